"""Which format a file is in, and the errors for unknown and mixed input."""

from __future__ import annotations

import json

import pytest

from newsgold.formats import FormatError, detect_format, read_annotations


def put(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("name,content,expected", [
    ("a.conll", "", "conll"),
    ("a.iob1", "", "iob1"),
    ("a.bioes", "", "bioes"),
    ("a.conllu", "", "conllu"),
    ("a.spacy", "", "docbin"),
    ("a.txt", "EU B-ORG\nrejects O\n", "conll"),
    ("a.tsv", "#FORMAT=WebAnno TSV 3.3\n", "webanno"),
    ("a.tsv", "1\tEU\tB-ORG\n", "conll"),
    ("a.data", "# sent_id = 1\n1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n", "conllu"),
    ("a.jsonl", '{"text": "Ann", "label": [[0, 3, "PER"]]}\n', "doccano"),
    ("a.jsonl", '{"doc_id": "d", "entities": [{"start": 0, "end": 3, "label": "PER"}]}\n', "newsgold"),
    ("a.json", '[{"data": {"text": "Ann"}, "annotations": []}]', "labelstudio"),
    ("a.json", '{"doc_id": "d", "entities": []}', "newsgold"),
])
def test_format_from_name_or_content(tmp_path, name, content, expected):
    assert detect_format(put(tmp_path / name, content)) == expected


def test_brat_text_file_and_folders(tmp_path):
    put(tmp_path / "b" / "x.ann", "")
    put(tmp_path / "b" / "x.txt", "")
    assert detect_format(tmp_path / "b" / "x.txt") == "brat"
    assert detect_format(tmp_path / "b") == "brat"
    put(tmp_path / "c" / "one.conll", "Ann B-PER\n")
    put(tmp_path / "c" / "sub" / "two.conll", "Bob B-PER\n\n-DOCSTART- O\n\nCy B-PER\n")
    assert detect_format(tmp_path / "c") == "conll"
    got = read_annotations(tmp_path / "c")
    assert list(got.texts) == ["one-0001", "sub/two-0001", "sub/two-0002"]


def test_unknown_format_names_file_and_line(tmp_path):
    path = put(tmp_path / "notes.txt", "# my notes\n\nJust some prose here.\n")
    with pytest.raises(FormatError) as info:
        detect_format(path)
    assert str(info.value).startswith(f"{path}:3: cannot tell the format from the line 'Just some prose here.'")


def test_mixed_jsonl_names_the_line(tmp_path):
    path = put(tmp_path / "mixed.jsonl", "\n".join([
        json.dumps({"text": "Ann", "label": [[0, 3, "PER"]]}),
        json.dumps({"text": "Bob", "label": []}),
        json.dumps({"doc_id": "d", "doc_sha256": "0" * 64, "entities": []}),
    ]) + "\n")
    with pytest.raises(FormatError) as info:
        read_annotations(path)
    assert str(info.value) == f"{path}:3: this line is newsgold but line 1 is doccano; expected one format per file"


def test_mixed_folders_name_the_odd_file(tmp_path):
    put(tmp_path / "m" / "a.conll", "Ann B-PER\n")
    odd = put(tmp_path / "m" / "b.json", '[{"data": {"text": "x"}}]')
    with pytest.raises(FormatError, match=rf"^{odd}: is labelstudio but a\.conll is conll; expected one format per folder"):
        read_annotations(tmp_path / "m")
    put(tmp_path / "n" / "x.ann", "")
    put(tmp_path / "n" / "x.txt", "")
    odd = put(tmp_path / "n" / "y.conll", "Ann B-PER\n")
    with pytest.raises(FormatError, match=rf"^{odd}: is in a BRAT folder but is not BRAT"):
        read_annotations(tmp_path / "n")


def test_a_token_file_that_turns_into_something_else(tmp_path):
    path = put(tmp_path / "a.conll", "Ann B-PER\nsaw O\n{\"doc_id\": \"x\"}\n")
    with pytest.raises(FormatError, match=rf"^{path}:3: found '\"x\"}}' in the last column and no column of tags"):
        read_annotations(path)


def test_unknown_format_names(tmp_path):
    path = put(tmp_path / "a.conll", "Ann B-PER\n")
    with pytest.raises(FormatError, match=r"unknown input format 'xml'; expected one of conll, iob1"):
        read_annotations(path, "xml")
    with pytest.raises(FormatError, match=r"unknown bio_repair format 'fix'"):
        read_annotations(path, bio_repair="fix")
