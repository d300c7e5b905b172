"""Label Studio JSON export and doccano JSONL: UTF-16 offsets converted exactly, round trips, errors."""

from __future__ import annotations

import json

import pytest

from newsgold.formats import FormatError, read_annotations, write_annotations

# Python indices: "Zoë" 0-3, 👍 4, "Kraków" 14-20, 🇵🇱 21-23, "Ana" 29-32, "\r\n" 33-35, "Bye" 35-38.
# UTF-16 code units: 👍, 🇵 and 🇱 take two each, so "Kraków" is 15-21, the flag 22-26, "Ana" 32-35, "Bye" 38-41.
TEXT = "Zoë 👍 visited Kraków 🇵🇱 with Ana.\r\nBye 😀"


def region(rid, start, end, text, label):
    return {"value": {"start": start, "end": end, "text": text, "labels": [label]}, "id": rid,
            "from_name": "label", "to_name": "text", "type": "labels", "origin": "manual"}


EXPORT = [
    {
        "id": 12,
        "annotations": [
            {"id": 7, "completed_by": 1, "was_cancelled": True, "result": [region("x", 0, 3, "Zoë", "ORG")]},
            {"id": 8, "completed_by": 1, "was_cancelled": False, "ground_truth": False, "lead_time": 31.2,
             "result": [region("a1", 0, 3, "Zoë", "PER"), region("a2", 15, 21, "Kraków", "GPE"),
                        region("a3", 22, 26, "🇵🇱", "FLAG"), region("a4", 32, 35, "Ana", "PER"),
                        region("a5", 38, 41, "Bye", "MISC"),
                        {"from_id": "a1", "to_id": "a4", "type": "relation", "direction": "right"}]},
        ],
        "drafts": [], "predictions": [], "data": {"text": TEXT}, "meta": {}, "inner_id": 1, "project": 3,
        "total_annotations": 1, "cancelled_annotations": 1,
    },
    {"id": 13, "annotations": [], "predictions": [], "data": {"text": "Never annotated."}},
]


def test_utf16_offsets_are_converted_exactly(tmp_path):
    path = tmp_path / "export.json"
    path.write_text(json.dumps(EXPORT, indent=2, ensure_ascii=False), encoding="utf-8")
    got = read_annotations(path)
    assert got.format == "labelstudio" and got.texts == {"task-12": TEXT}
    assert [(e.start, e.end, e.text, e.label) for e in got.records[0].entities] == [
        (0, 3, "Zoë", "PER"), (14, 20, "Kraków", "GPE"), (21, 23, "🇵🇱", "FLAG"), (29, 32, "Ana", "PER"),
        (35, 38, "Bye", "MISC")]
    assert "Label Studio: 1 relation result dropped" in got.notes
    assert "Label Studio: 1 task without annotations or predictions skipped" in got.notes


def test_round_trip_writes_utf16_offsets(tmp_path):
    path = tmp_path / "export.json"
    path.write_text(json.dumps(EXPORT), encoding="utf-8")
    first = read_annotations(path)
    assert write_annotations(first, None, tmp_path / "out.json") == ()
    tasks = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert tasks[0]["data"] == {"text": TEXT, "doc_id": "task-12"}
    assert [(r["value"]["start"], r["value"]["end"]) for r in tasks[0]["annotations"][0]["result"]] == [
        (0, 3), (15, 21), (22, 26), (32, 35), (38, 41)]
    second = read_annotations(tmp_path / "out.json")
    assert second.records == first.records and second.texts == first.texts


def test_task_without_text_names_file_and_line(tmp_path):
    path = tmp_path / "export.json"
    path.write_text('[\n{"id": 1, "data": {"text": "Ann"}, "annotations": [{"result": []}]},\n'
                    '{"id": 2, "data": {"image": 5}, "annotations": [{"result": []}]}\n]\n', encoding="utf-8")
    with pytest.raises(FormatError) as info:
        read_annotations(path)
    assert str(info.value) == f"{path}:3: task 2 has no text; expected the document text in data.text"


def test_offset_inside_a_surrogate_pair_or_beyond_the_text(tmp_path):
    path = tmp_path / "export.json"
    task = {"id": 1, "data": {"text": TEXT}, "annotations": [{"result": [region("r", 23, 26, "🇱", "X")]}]}
    path.write_text(json.dumps([task]), encoding="utf-8")
    with pytest.raises(FormatError, match=r"export\.json:1: task 1, result r: offset 23 falls inside the surrogate pair"):
        read_annotations(path)
    # 40 characters, four of them (👍, 🇵, 🇱, 😀) two code units long: 44 units
    task["annotations"][0]["result"] = [region("r", 40, 46, "x", "X")]
    path.write_text(json.dumps([task]), encoding="utf-8")
    with pytest.raises(FormatError, match=r"offset 46 is outside the text \(44 UTF-16 code units\)"):
        read_annotations(path)


def test_value_text_that_disagrees_is_an_error(tmp_path):
    path = tmp_path / "export.json"
    # offsets counted in code points, as a buggy exporter would: the text no longer matches
    task = {"id": 1, "data": {"text": TEXT}, "annotations": [{"result": [region("r", 14, 20, "Kraków", "GPE")]}]}
    path.write_text(json.dumps([task]), encoding="utf-8")
    with pytest.raises(FormatError, match=r"value\.text is 'Kraków' but the text at 14-20 \(UTF-16\) is ' Krakó'"):
        read_annotations(path)


# ------------------------------------------------------------------------- doccano

def test_doccano_both_styles_with_utf16_offsets(tmp_path):
    path = tmp_path / "all.jsonl"
    lines = [
        {"id": 1, "text": TEXT, "label": [[0, 3, "PER"], [15, 21, "GPE"], [32, 35, "PER"]], "Comments": []},
        {"id": 2, "text": "Ann met Bob.", "entities": [
            {"id": 5, "label": "PER", "start_offset": 0, "end_offset": 3},
            {"id": 6, "label": "PER", "start_offset": 8, "end_offset": 11}],
         "relations": [{"id": 1, "from_id": 5, "to_id": 6, "type": "knows"}]},
    ]
    path.write_bytes("".join(json.dumps(line, ensure_ascii=False) + "\r\n" for line in lines).encode("utf-8"))
    got = read_annotations(path)
    assert got.format == "doccano"
    assert [(e.text, e.label) for e in got.records[0].entities] == [("Zoë", "PER"), ("Kraków", "GPE"), ("Ana", "PER")]
    assert [(r.doc_id, [e.text for e in r.entities]) for r in got.records][1] == ("example-2", ["Ann", "Bob"])
    assert got.notes == ("doccano: 1 relation dropped",)
    assert write_annotations(got, None, tmp_path / "out.jsonl", "doccano") == ()
    first = json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8").split("\n")[0])
    assert first["label"] == [[0, 3, "PER"], [15, 21, "GPE"], [32, 35, "PER"]]
    again = read_annotations(tmp_path / "out.jsonl")
    assert again.records == got.records and again.texts == got.texts


def test_doccano_line_without_text_names_the_line(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "Ann", "label": [[0, 3, "PER"]]}\n\n{"id": 4, "label": [[0, 3, "PER"]]}\n', encoding="utf-8")
    with pytest.raises(FormatError, match=rf"^{path}:3: no 'text' string"):
        read_annotations(path)
