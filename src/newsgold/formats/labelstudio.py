"""Label Studio JSON export: a list of tasks, each ``{"data": {"text": ...}, "annotations":
[{"result": [...]}]}``. Offsets count UTF-16 code units (JavaScript string indices) and are
converted exactly; an offset inside a surrogate pair, outside the text, or a ``value.text``
other than the text at the offsets is an error.

Reading: the first annotation that was not cancelled (else the first prediction) of each
task; ``labels`` results become entities (one per label); other results (relations,
choices, ...) are dropped and counted; tasks with neither are skipped. The text is
``data.text`` (or the only string of ``data``); the id is ``data.doc_id``, else
``task-ID``. Writing: one task per document with ``data.text`` and ``data.doc_id``, and one
annotation whose results use ``from_name="label"``, ``to_name="text"``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from newsgold.formats.annotations import Annotations, counted, make_record, positional_id, texts_for
from newsgold.formats.errors import FormatError
from newsgold.formats.layers import dropped
from newsgold.formats.source import json_items
from newsgold.formats.utf16 import Utf16Offsets
from newsgold.jsonio import dumps_pretty, write_atomic
from newsgold.records import Record

WHAT = "a Label Studio JSON export (a list of tasks with data and annotations)"
FROM_NAME, TO_NAME = "label", "text"


def _text(path: Path, line: int, task: dict[str, Any], n: int) -> str:
    data = task.get("data")
    if not isinstance(data, dict):
        raise FormatError.at(path, f"task {n} has no 'data' object; expected {WHAT}", line)
    if isinstance(data.get("text"), str):
        return data["text"]
    strings = [k for k, v in data.items() if isinstance(v, str) and k != "doc_id"]
    if len(strings) == 1:
        return data[strings[0]]
    found = "no text" if not strings else f"several strings ({', '.join(strings)}) and no data.text"
    raise FormatError.at(path, f"task {n} has {found}; expected the document text in data.text", line)


def _results(task: dict[str, Any]) -> tuple[list[Any] | None, int, str]:
    """The results to read, how many other annotations were passed over, and where they come from."""
    for key in ("annotations", "completions", "predictions"):
        items = [a for a in task.get(key) or () if isinstance(a, dict) and not a.get("was_cancelled")]
        if items:
            return items[0].get("result") or [], len(items) - 1, key
    return None, 0, ""


def _doc_id(task: dict[str, Any], n: int, prefix: str) -> str:
    data = task.get("data") or {}
    if data.get("doc_id") not in (None, ""):
        return str(data["doc_id"])
    if task.get("id") is not None:
        return f"task-{task['id']}"
    return positional_id(prefix, n)


def _spans(path: Path, line: int, n: int, text: str, results: list[Any], counts: Counter) -> list[tuple[int, int, str]]:
    offsets = Utf16Offsets(text)
    spans = []
    for result in results:
        value = result.get("value") if isinstance(result, dict) else None
        if not isinstance(value, dict) or "labels" not in value or "start" not in value:
            counts[f"{result.get('type', 'unknown') if isinstance(result, dict) else 'malformed'} result"] += 1
            continue
        rid = result.get("id", "?")
        start, end, labels = value.get("start"), value.get("end"), value.get("labels")
        if not (isinstance(start, int) and isinstance(end, int) and isinstance(labels, list)
                and all(isinstance(x, str) for x in labels)):
            raise FormatError.at(path, f"task {n}, result {rid}: found start={start!r}, end={end!r}, labels={labels!r}; "
                                       "expected integer offsets and a list of label names", line)
        try:
            s, e = offsets.to_index(start), offsets.to_index(end)
        except ValueError as error:
            raise FormatError.at(path, f"task {n}, result {rid}: {error}; expected UTF-16 offsets into data.text",
                                 line) from None
        if s > e:
            raise FormatError.at(path, f"task {n}, result {rid}: start {start} is after end {end}", line)
        if isinstance(value.get("text"), str) and value["text"] != text[s:e]:
            raise FormatError.at(path, f"task {n}, result {rid}: value.text is {value['text']!r} but the text at "
                                       f"{start}-{end} (UTF-16) is {text[s:e]!r}; expected the same text", line)
        spans.extend((s, e, label) for label in labels)
        if len(labels) > 1:
            counts["region with several labels read as one entity per label (not dropped)"] += 1
    return spans


def read_labelstudio(path: Path, *, id_prefix: str = "doc") -> Annotations:
    texts: dict[str, str] = {}
    records = []
    counts: Counter = Counter()
    skipped = passed = predicted = 0
    for n, (line, task) in enumerate(json_items(path, WHAT), start=1):
        if not isinstance(task, dict):
            raise FormatError.at(path, f"task {n} is a JSON {type(task).__name__}; expected a task object", line)
        text = _text(path, line, task, n)
        results, others, source = _results(task)
        if results is None:
            skipped += 1
            continue
        passed += others
        predicted += source == "predictions"
        doc_id = _doc_id(task, n, id_prefix)
        if doc_id in texts:
            raise FormatError.at(path, f"task {n}: document id {doc_id!r} occurs twice; expected one task per document",
                                 line)
        texts[doc_id] = text
        records.append(make_record(doc_id, text, _spans(path, line, n, text, results, counts)))
    notes = [f"Label Studio: {counted(c, kind)}{'' if 'not dropped' in kind else ' dropped'}"
             for kind, c in sorted(counts.items())]
    if skipped:
        notes.append(f"Label Studio: {counted(skipped, 'task')} without annotations or predictions skipped")
    if predicted:
        notes.append(f"Label Studio: {counted(predicted, 'task')} without annotations read from their predictions")
    if passed:
        notes.append(f"Label Studio: {counted(passed, 'further annotation')} of tasks passed over (the first is read)")
    return Annotations(texts, tuple(records), "labelstudio", tuple(notes))


def write_labelstudio(records: Sequence[Record], texts: dict[str, str] | None, path: Path) -> list[str]:
    texts = texts_for(records, texts, "labelstudio")
    tasks = []
    for record in records:
        text = texts[record.doc_id]
        offsets = Utf16Offsets(text)
        results = [
            {"id": e.id or f"T{k}", "from_name": FROM_NAME, "to_name": TO_NAME, "type": "labels",
             "value": {"start": offsets.to_units(e.start), "end": offsets.to_units(e.end),
                       "text": text[e.start:e.end], "labels": [e.label]}}
            for k, e in enumerate(record.entities or (), start=1)
        ]
        tasks.append({"data": {"text": text, "doc_id": record.doc_id}, "annotations": [{"result": results}]})
    write_atomic(path, dumps_pretty(tasks))
    return dropped(records, "labelstudio", keeps=())
