"""Prediction files from anywhere, and system specs."""

from __future__ import annotations

import pytest
from helpers import valid_prediction, write_jsonl

from newsgold import load_corpus
from newsgold.systems import SystemsError, build_system, parse_spec
from newsgold.systems.registry import REFERENCE_SYSTEMS
from newsgold.validate import InvalidInput

CORPUS = load_corpus()


def test_a_valid_file_is_read_through_the_validator(tmp_path):
    path = write_jsonl(tmp_path / "llm.jsonl", valid_prediction())
    system = build_system(parse_spec(f"file:{path}"), corpus=CORPUS)
    (record,) = system.predict(list(CORPUS))
    assert system.name == "llm" and system.layers == ("entities", "events", "stances")
    assert record.system == "test" and system.info == {"adapter": "file", "file": str(path), "system": "test"}
    assert [e.text for e in record.entities] == ["Taliban", "Badghis"]


def test_a_missing_system_name_is_filled_from_the_file_name(tmp_path):
    raw = valid_prediction()
    del raw["system"]
    path = write_jsonl(tmp_path / "other-toolkit.jsonl", raw)
    (record,) = build_system(parse_spec(str(path)), corpus=CORPUS).predict(list(CORPUS))
    assert record.system == "other-toolkit"


def test_an_invalid_file_is_refused_with_every_problem(tmp_path):
    raw = valid_prediction()
    raw["entities"][0]["label"] = "TOWN"
    raw["entities"][1]["start"] = 85
    path = write_jsonl(tmp_path / "bad.jsonl", raw)
    with pytest.raises(InvalidInput) as info:
        build_system(parse_spec(f"file:{path}"), corpus=CORPUS).predict(list(CORPUS))
    message = str(info.value)
    assert "entities[0].label: error: found 'TOWN'" in message
    assert "entities[1].text: error: found 'Badghis'" in message


def test_predictions_on_another_version_of_the_text_are_refused(tmp_path):
    raw = valid_prediction()
    raw["doc_sha256"] = "0" * 64
    path = write_jsonl(tmp_path / "stale.jsonl", raw)
    with pytest.raises(InvalidInput, match="made on another version of this document"):
        build_system(parse_spec(f"file:{path}"), corpus=CORPUS).predict(list(CORPUS))


def test_a_missing_hash_is_a_warning_kept_for_the_user(tmp_path):
    raw = valid_prediction()
    del raw["doc_sha256"]
    path = write_jsonl(tmp_path / "nohash.jsonl", raw)
    system = build_system(parse_spec(f"file:{path}"), corpus=CORPUS)
    system.predict(list(CORPUS))
    assert any("doc_sha256: warning: missing" in w for w in system.warnings)


# --- specs ---

def test_reference_names_and_specs_resolve_to_the_reference_systems():
    names = {e.name: e for e in REFERENCE_SYSTEMS}
    assert parse_spec("en_core_web_sm") is names["en_core_web_sm"]
    assert parse_spec("spacy:en_core_web_sm") is names["en_core_web_sm"]
    assert parse_spec("spacy:en_core_web_sm@ontonotes-coarse") is names["en_core_web_sm@ontonotes-coarse"]
    assert parse_spec("rules") is names["rules"]
    assert all(e.baseline for e in REFERENCE_SYSTEMS)


def test_specs_with_mappings_and_paths(tmp_path):
    entry = parse_spec("hf:/models/bert-conll/@conll2003")
    assert (entry.kind, entry.target, entry.mapping, entry.name) == ("hf", "/models/bert-conll/", "conll2003",
                                                                     "bert-conll@conll2003")
    assert entry.predictions_name == "bert-conll"
    assert parse_spec("spacy:en-core-web-md").name == "en_core_web_md"
    assert parse_spec("preds/v2.jsonl").spec == "file:preds/v2.jsonl"
    assert parse_spec("rules:en_core_web_md").name == "rules-en_core_web_md"
    assert parse_spec("file:a@b.jsonl").target == "a@b.jsonl"  # '@' not followed by a mapping stays in the path


def test_an_unknown_spec_explains_the_forms():
    with pytest.raises(SystemsError, match="unknown system 'bert'; expected a reference system .* KIND:TARGET"):
        parse_spec("bert")
    with pytest.raises(SystemsError, match="names no spacy target"):
        parse_spec("spacy:")

