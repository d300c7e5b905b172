"""Hugging Face token-classification datasets: save_to_disk folders and parquet files, read as
the same token file would be."""

from __future__ import annotations

import pytest
from datasets import ClassLabel, Dataset, DatasetDict, Features, Sequence, Value

from newsgold.formats import FormatError, read_annotations

NAMES = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC"]
FEATURES = Features({"id": Value("string"), "tokens": Sequence(Value("string")),
                     "ner_tags": Sequence(ClassLabel(names=NAMES))})
ROWS = {
    "id": ["0", "1", "2", "3"],
    "tokens": [["-DOCSTART-"], ["José", "María", "visitó", "Málaga"], ["Adiós", "."], ["-DOCSTART-"]],
    "ner_tags": [[0], [1, 2, 0, 3], [0, 0], [0]],
}
CONLL = "-DOCSTART- O\n\nJosé B-PER\nMaría I-PER\nvisitó O\nMálaga B-LOC\n\nAdiós O\n. O\n"


def test_save_to_disk_dataset_dict_reads_as_the_token_file(tmp_path):
    data = Dataset.from_dict(ROWS, features=FEATURES)
    DatasetDict({"train": data, "test": data}).save_to_disk(str(tmp_path / "ds"))
    got = read_annotations(tmp_path / "ds")
    assert got.format == "hf"
    (tmp_path / "same.conll").write_text(CONLL, encoding="utf-8")
    conll = read_annotations(tmp_path / "same.conll")
    assert set(got.texts) == {"train-0001", "test-0001"}
    assert got.texts["train-0001"] == conll.texts["doc-0001"] == "José María visitó Málaga\nAdiós ."
    assert [(e.text, e.label) for e in got.records[0].entities] == [("José María", "PER"), ("Málaga", "LOC")]
    assert got.records[0].entities == conll.records[0].entities


def test_parquet_file_keeps_the_class_names(tmp_path):
    Dataset.from_dict(ROWS, features=FEATURES).to_parquet(str(tmp_path / "train.parquet"))
    got = read_annotations(tmp_path / "train.parquet")
    assert [(e.text, e.label) for e in got.records[0].entities] == [("José María", "PER"), ("Málaga", "LOC")]


def test_broken_tags_name_the_row(tmp_path):
    rows = dict(ROWS, ner_tags=[[0], [2, 2, 0, 3], [0, 0], [0]])
    Dataset.from_dict(rows, features=FEATURES).save_to_disk(str(tmp_path / "ds"))
    with pytest.raises(FormatError, match=r"ds: row 1: broken IOB2 sequence: I-PER follows the sentence start"):
        read_annotations(tmp_path / "ds")
    assert [e.text for e in read_annotations(tmp_path / "ds", bio_repair="repair").records[0].entities] == [
        "José María", "Málaga"]


def test_integer_tags_without_names_are_refused(tmp_path):
    plain = Features({"tokens": Sequence(Value("string")), "ner_tags": Sequence(Value("int64"))})
    Dataset.from_dict({"tokens": [["Ann"]], "ner_tags": [[1]]}, features=plain).save_to_disk(str(tmp_path / "ds"))
    with pytest.raises(FormatError, match=r"column 'ner_tags' is .*; expected a sequence of ClassLabel"):
        read_annotations(tmp_path / "ds")
