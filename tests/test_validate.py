"""The validator: a valid file passes; each kind of broken input gets its precise message."""

import copy
import json

import pytest

from helpers import DOC, span, valid_prediction, write_jsonl
from newsgold.records import Record
from newsgold.validate import InvalidInput, read_predictions, validate_file


def messages(report):
    return [str(p) for p in report.errors]


def test_valid_prediction_file_passes(tmp_path):
    path = write_jsonl(tmp_path / "p.jsonl", valid_prediction())
    report = validate_file(path)
    assert report.ok, messages(report)
    assert report.warnings == []
    (record,) = report.records
    assert record.entities[0].label == "ORG"
    assert record.stances[1].holder.is_author


def test_record_round_trips_through_dict(tmp_path):
    raw = valid_prediction()
    path = write_jsonl(tmp_path / "p.jsonl", raw)
    (record,) = validate_file(path).records
    assert record.to_dict() == {k: v for k, v in raw.items()}
    assert Record.from_dict(record.to_dict()) == record


def test_missing_sha_is_a_warning_for_predictions_and_an_error_for_gold(tmp_path):
    raw = valid_prediction()
    del raw["doc_sha256"]
    path = write_jsonl(tmp_path / "p.jsonl", raw)
    report = validate_file(path)
    assert report.ok and len(report.warnings) == 1
    assert "doc_sha256: warning: missing" in str(report.warnings[0])
    assert not validate_file(path, gold=True).ok


def test_json_file_with_one_object_or_a_list(tmp_path):
    one = tmp_path / "one.json"
    one.write_text(json.dumps(valid_prediction()))
    assert validate_file(one).ok
    many = tmp_path / "many.json"
    many.write_text(json.dumps([valid_prediction()]))
    assert validate_file(many).ok


def broken(mutate):
    raw = valid_prediction()
    mutate(raw)
    return raw


def set_in(path, value):
    def mutate(raw):
        target = raw
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
    return mutate


# Each case: (name, file name, file bytes, expected substrings of one error message).
def record_line(raw):
    return (json.dumps(raw) + "\n").encode()


text_len = len(DOC.text)
CASES = [
    ("missing file", None, None, ["no such file", "expected a JSON or JSONL file"]),
    ("directory", "dir", None, ["is a folder", "expected a JSON or JSONL file"]),
    ("empty file", "p.jsonl", b"  \n\n", ["is empty", "expected at least one JSON record"]),
    ("not UTF-8", "p.jsonl", b'{"doc_id": "caf\xe9"}\n', [":1:", "byte 0xe9", "column 16", "expected UTF-8"]),
    ("malformed JSON", "p.jsonl", record_line(valid_prediction()) + b'{"doc_id": \n', [":2:", "malformed JSON", "column 12"]),
    ("top-level array in JSONL", "p.jsonl", b"[1, 2]\n", [":1:", "found a JSON array", "expected an object"]),
    ("top-level number in .json", "p.json", b"42", ["record 1", "found a JSON integer", "expected an object"]),
    ("negative offset", "p.jsonl", record_line(broken(set_in(["entities", 0, "start"], -4))),
     ["entities[0].start", "found -4", "expected an integer >= 0"]),
    ("reversed offsets", "p.jsonl", record_line(broken(set_in(["entities", 1], {"start": 30, "end": 20, "label": "GPE"}))),
     ["entities[1]", "found start 30 > end 20", "expected start < end"]),
    ("offset past the end", "p.jsonl", record_line(broken(set_in(["entities", 1], {"start": 10, "end": text_len + 5, "label": "GPE"}))),
     ["entities[1].end", f"found {text_len + 5}", f"expected at most {text_len}"]),
    ("surface text differs", "p.jsonl", record_line(broken(set_in(["entities", 0, "text"], "Talibans"))),
     ["entities[0].text", "found 'Talibans'", "expected 'Taliban'"]),
    ("unknown entity label", "p.jsonl", record_line(broken(set_in(["entities", 0, "label"], "ORGANIZATION"))),
     ["entities[0].label", "found 'ORGANIZATION'", "expected an entity type of the schema", "PERSON"]),
    ("unknown event type", "p.jsonl", record_line(broken(set_in(["events", 0, "type"], "conflict.bombing"))),
     ["events[0].type", "found 'conflict.bombing'", "expected an event type"]),
    ("role not of the event type", "p.jsonl", record_line(broken(set_in(["events", 0, "arguments", 0, "role"], "attacker"))),
     ["events[0].arguments[0].role", "found 'attacker'", "expected a role of government.agreements.acceptagreementcontractceasefire"]),
    ("unresolved stance target", "p.jsonl", record_line(broken(set_in(["stances", 0, "target"], {"event": "E9"}))),
     ["stances[0].target.event", "found 'E9'", "expected the id of a event"]),
    ("unresolved cluster", "p.jsonl", record_line(broken(set_in(["entities", 1, "cluster"], "C7"))),
     ["entities[1].cluster", "found 'C7'", "expected the id of a cluster"]),
    ("duplicate id", "p.jsonl", record_line(broken(set_in(["entities", 1, "id"], "T1"))),
     ["entities[1].id", "found 'T1' again", "expected ids unique"]),
    ("unknown document", "p.jsonl", record_line(broken(set_in(["doc_id"], "no-such-doc"))),
     ["doc_id", "found 'no-such-doc'", "expected a corpus document id"]),
    ("hash of another text version", "p.jsonl", record_line(broken(set_in(["doc_sha256"], "0" * 64))),
     ["doc_sha256", "found 000000000000...", "another version of this document"]),
    ("malformed hash", "p.jsonl", record_line(broken(set_in(["doc_sha256"], "abc"))),
     ["doc_sha256", "found 'abc'", "expected 64 lower-case hex digits"]),
    ("missing required field", "p.jsonl", record_line(broken(lambda r: r["entities"][0].pop("label"))),
     ["entities[0].label", "missing; expected this required field"]),
    ("misspelt field", "p.jsonl", record_line(broken(lambda r: r["entities"][0].update(lable="ORG"))),
     ["entities[0].lable", "unknown field(s) 'lable'"]),
    ("offset as a float", "p.jsonl", record_line(broken(set_in(["entities", 0, "end"], 27.0))),
     ["entities[0].end", "found number 27.0", "expected integer"]),
    ("wrong type of a layer", "p.jsonl", record_line(broken(set_in(["entities"], {"start": 1}))),
     ["entities", "found object", "expected array"]),
    ("duplicate key", "p.jsonl", b'{"doc_id": "a", "doc_id": "b"}\n', [":1:", "duplicate key 'doc_id'"]),
    ("NaN", "p.jsonl", b'{"doc_id": "x", "entities": [{"start": NaN, "end": 2, "label": "ORG"}]}\n', ["NaN is not a JSON number"]),
    ("two records for one document", "p.jsonl", record_line(valid_prediction()) * 2,
     [":2:", "second record for this document (first: record 1)"]),
    ("holder neither span nor author", "p.jsonl", record_line(broken(set_in(["stances", 1, "holder"], {"author": False}))),
     ["stances[1].holder", 'or {"author": true}']),
    ("bad stance label", "p.jsonl", record_line(broken(set_in(["stances", 0, "label"], "SUPPORT"))),
     ["stances[0].label", "found 'SUPPORT'", "FAVOR, AGAINST, NONE"]),
    ("head outside its argument", "p.jsonl", record_line(broken(set_in(["events", 0, "arguments", 0, "head"], span("Badghis")))),
     ["events[0].arguments[0].head", "expected a span inside"]),
]


@pytest.mark.parametrize("name, filename, content, expected", CASES, ids=[c[0] for c in CASES])
def test_broken_input_gets_a_precise_message(tmp_path, name, filename, content, expected):
    if filename is None:
        path = tmp_path / "missing.jsonl"
    elif content is None:
        path = tmp_path / filename
        path.mkdir()
    else:
        path = tmp_path / filename
        path.write_bytes(content)
    report = validate_file(path)
    assert not report.ok
    found = [m for m in messages(report) if all(part in m for part in expected)]
    assert found, f"no error mentions {expected}; got {messages(report)}"
    assert found[0].startswith(str(path)), "every message names the file"


def test_all_errors_of_a_file_are_listed_up_to_a_cap(tmp_path):
    raw = valid_prediction()
    raw["stances"] = []
    raw["entities"] = [{"start": 0, "end": 3, "label": f"BAD{i}"} for i in range(30)]
    path = write_jsonl(tmp_path / "p.jsonl", raw)
    report = validate_file(path)
    assert len(report.errors) == 30
    capped = validate_file(path, cap=10)
    assert len(capped.errors) == 10 and capped.omitted == 20
    with pytest.raises(InvalidInput, match="and 20 more problem"):
        capped.raise_for_errors()


def test_structural_and_semantic_errors_of_one_record_are_all_reported(tmp_path):
    raw = valid_prediction()
    raw["entities"][0]["start"] = -1
    raw["entities"][1]["label"] = "TOWN"
    path = write_jsonl(tmp_path / "p.jsonl", raw)
    report = validate_file(path)
    assert any("entities[0].start" in m for m in messages(report))
    assert any("entities[1].label" in m and "TOWN" in m for m in messages(report))
    assert report.records == []


def test_gold_rules(tmp_path):
    raw = valid_prediction()
    raw["entities"].append({"id": "T3", **span("Badghis province"), "label": "GPE"})
    del raw["entities"][0]["text"]
    del raw["events"][0]["arguments"][0]["head"]
    del raw["stances"][0]["evidence"]
    path = write_jsonl(tmp_path / "g.jsonl", raw)
    assert validate_file(path).ok
    gold = messages(validate_file(path, gold=True))
    assert any("entities[0].text" in m and "required in gold" in m for m in gold)
    assert any("overlapping entities[1]" in m for m in gold)
    assert any("arguments[0].head" in m and "required in gold" in m for m in gold)
    assert any("stances[0].evidence" in m and "required in gold" in m for m in gold)
    assert any("stances[1].kind" in m for m in gold)


def test_read_predictions_raises_with_every_error(tmp_path):
    raw = copy.deepcopy(valid_prediction())
    raw["entities"][0]["label"] = "X"
    raw["entities"][1]["label"] = "Y"
    path = write_jsonl(tmp_path / "p.jsonl", raw)
    with pytest.raises(InvalidInput) as info:
        read_predictions(path)
    assert "'X'" in str(info.value) and "'Y'" in str(info.value)
