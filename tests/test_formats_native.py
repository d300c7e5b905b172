"""newsgold records as a format, and the same annotations through every writable format."""

from __future__ import annotations

import json

import pytest
from helpers import DOC, valid_prediction

from newsgold.formats import FormatError, read_annotations, write_annotations
from newsgold.formats.annotations import make_record


def test_records_without_text_take_the_corpus_text(tmp_path):
    path = tmp_path / "p.jsonl"
    path.write_text(json.dumps(valid_prediction()) + "\n", encoding="utf-8")
    got = read_annotations(path)
    assert got.format == "newsgold" and got.texts == {DOC.doc_id: DOC.text}
    (record,) = got.records
    assert record.events and record.stances  # every layer kept
    write_annotations(got, None, tmp_path / "out.jsonl")
    line = json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8"))
    assert list(line)[:3] == ["doc_id", "doc_sha256", "text"] and line["text"] == DOC.text
    again = read_annotations(tmp_path / "out.jsonl")
    assert again.records == got.records


def test_a_record_of_an_unknown_document_needs_its_text(tmp_path):
    path = tmp_path / "p.jsonl"
    path.write_text('{"doc_id": "mine", "entities": []}\n', encoding="utf-8")
    with pytest.raises(FormatError, match=rf"^{path}:1: doc mine: no 'text' field, and no corpus document has this id"):
        read_annotations(path)
    path.write_text('{"doc_id": "mine", "text": "Ann", "entities": [{"start": 0, "end": 4, "label": "PER"}]}\n',
                    encoding="utf-8")
    with pytest.raises(FormatError, match=rf"^{path}:1: doc mine: entities\[0\]: offsets 0-4 are outside the text"):
        read_annotations(path)


TEXT = "Zoë Ödön 👍 met Anna\r\nin São Paulo."


@pytest.mark.parametrize("name,fmt,options", [
    ("out", "brat", {}), ("out.json", "labelstudio", {}), ("out.jsonl", "doccano", {}),
    ("out.spacy", "docbin", {"spans_key": "sc"}), ("out.jsonl", "newsgold", {}),
])
def test_overlapping_entities_survive_every_format_that_holds_them(tmp_path, name, fmt, options):
    record = make_record("d1", TEXT, [(0, 8, "PER"), (0, 3, "PER"), (15, 19, "PER"), (24, 33, "GPE"), (28, 33, "X")])
    notes = write_annotations([record], {"d1": TEXT}, tmp_path / name, fmt)
    assert notes == (() if fmt != "docbin" else ("docbin: 2 overlapping entities kept only in doc.spans['sc'] "
                                                 "(doc.ents cannot hold overlaps; read it with spans_key='sc')",))
    got = read_annotations(tmp_path / name, fmt, **options)
    assert got.texts == {"d1": TEXT} and got.records == (record,)
