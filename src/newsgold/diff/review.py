"""The review sample as annotations a person corrects, then reads back as gold.

Each sampled document becomes one record: NEW's annotation of it (every layer NEW has), with
ids and surface text filled in, and on every sampled NEW item a ``note`` saying what changed
and what OLD had. Items OLD had and NEW removed are not in the record (they are listed in
the report's sample). The records are written by ``newsgold.formats`` in the format the
file name says: ``.jsonl`` newsgold records, ``.json`` Label Studio tasks, a folder BRAT.
A reviewed file is read back with ``newsgold.formats.read_annotations`` (or, as
``.jsonl``, used directly as gold: ``newsgold score PREDICTIONS --gold REVIEW.jsonl``).
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from newsgold.diff.report import DiffReport
from newsgold.records import Record

LAYER_KEYS = ("clusters", "entities", "events", "stances")
ID_PREFIX = {"entities": "T", "events": "E", "stances": "S"}


def _spans(record: dict[str, Any]) -> list[dict[str, Any]]:
    spans = list(record.get("entities") or ())
    for event in record.get("events") or ():
        spans.append(event["trigger"])
        for argument in event.get("arguments") or ():
            spans.append(argument)
            if "head" in argument:
                spans.append(argument["head"])
    for stance in record.get("stances") or ():
        if "start" in stance["holder"]:
            spans.append(stance["holder"])
        if "evidence" in stance:
            spans.append(stance["evidence"])
    return spans


def _with_ids(record: dict[str, Any]) -> None:
    used = {item["id"] for key in LAYER_KEYS for item in record.get(key) or () if "id" in item}
    for key, prefix in ID_PREFIX.items():
        number = 0
        for item in record.get(key) or ():
            while "id" not in item:
                number += 1
                if f"{prefix}{number}" not in used:
                    item["id"] = f"{prefix}{number}"
                    used.add(item["id"])


SAME_KEYS = {"entities": ("start", "end", "label"), "events": ("type", "trigger", "arguments"),
             "stances": ("holder", "target", "label")}


def _same(item: dict[str, Any], value: dict[str, Any], layer: str) -> bool:
    return all(_plain(item.get(k)) == _plain(value.get(k)) for k in SAME_KEYS[layer])


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items() if k not in ("text", "id")}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _describe(item: dict[str, Any]) -> str:
    old = item["old"]
    if old is None:
        return f"review: {item['kind']} by NEW (OLD had nothing here)"
    if item["layer"] == "entities":
        had = f"{old['label']} [{old['start']}, {old['end']})"
    elif item["layer"] == "events":
        had = f"{old['type']} [{old['trigger']['start']}, {old['trigger']['end']})"
        if item["kind"] == "arguments changed":
            had += " with arguments " + ", ".join(f"{a['role']} [{a['start']}, {a['end']})" for a in old["arguments"])
    else:
        had = old["label"]
    return f"review: {item['kind']}; OLD: {had}"


def review_records(report: DiffReport) -> tuple[list[Record], dict[str, str], list[str]]:
    """(records to review, their texts, notes): one record per sampled document that has a text."""
    items: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in report.sample:
        items[item["doc_id"]].append(item)
    records, texts, missing = [], {}, []
    for doc_id in sorted(items):
        text = report.texts.get(doc_id)
        if text is None:
            missing.append(doc_id)
            continue
        new = report.records[doc_id]["new"]
        data: dict[str, Any] = {"doc_id": doc_id, "annotator": f"review of {report.new} against {report.old}"}
        for key in LAYER_KEYS:
            if new.get(key) is not None:
                data[key] = [dict(x) for x in new[key]]
        for layer in ("events", "stances"):
            for item in data.get(layer) or ():
                for key in ("trigger", "holder", "evidence"):
                    if isinstance(item.get(key), dict):
                        item[key] = dict(item[key])
                if "arguments" in item:
                    item["arguments"] = [{**a, **({"head": dict(a["head"])} if "head" in a else {})}
                                         for a in item["arguments"]]
        _with_ids(data)
        for span in _spans(data):
            span["text"] = text[span["start"]:span["end"]]
        for item in items[doc_id]:
            target = next((x for x in data.get(item["layer"]) or () if item["new"] is not None
                           and _same(x, item["new"], item["layer"])), None)
            if target is not None:
                target["note"] = _describe(item)
        records.append(Record.from_dict(data))
        texts[doc_id] = text
    notes = []
    if missing:
        notes.append(f"{len(missing)} sampled document(s) have no text and are not in the review file "
                     f"({', '.join(missing[:5])}{', ...' if len(missing) > 5 else ''}); give --text-from")
    return records, texts, notes


def write_review(report: DiffReport, path: str | os.PathLike[str]) -> Sequence[str]:
    """Write the review records in the format ``path`` names; notes on what was left out."""
    from newsgold.formats import write_annotations

    records, texts, notes = review_records(report)
    return [*notes, *write_annotations(records, texts, path)]
