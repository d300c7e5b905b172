"""doccano JSONL (sequence labelling export): one document per line, ``{"text": ...}`` with spans
either as ``"label": [[start, end, "TYPE"], ...]`` or as ``"entities": [{"start_offset": ...,
"end_offset": ..., "label": ...}]`` (projects with relations). Offsets count UTF-16 code units,
as doccano's browser annotator counts them, and are converted exactly.

The id is ``doc_id`` when present, else ``example-ID``, else positional. Relations are dropped
and counted. Writing uses the ``label`` style with ``doc_id``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from newsgold.formats.annotations import Annotations, counted, make_record, positional_id, texts_for
from newsgold.formats.detect import KindCheck
from newsgold.formats.errors import FormatError
from newsgold.formats.layers import dropped
from newsgold.formats.source import jsonl_items
from newsgold.formats.utf16 import Utf16Offsets
from newsgold.jsonio import dumps_line, write_atomic
from newsgold.records import Record

WHAT = "doccano JSONL (one {\"text\": ..., \"label\": [[start, end, label], ...]} per line)"


def _raw_spans(path: Path, line: int, item: dict[str, Any]) -> list[tuple[Any, Any, Any]]:
    if isinstance(item.get("entities"), list):
        out = []
        for entity in item["entities"]:
            if not isinstance(entity, dict):
                raise FormatError.at(path, f"found an entity {entity!r}; expected {{\"start_offset\", \"end_offset\", "
                                           "\"label\"}", line)
            out.append((entity.get("start_offset"), entity.get("end_offset"), entity.get("label")))
        return out
    for key in ("label", "labels"):
        if key in item:
            value = item[key]
            if not isinstance(value, list) or any(not isinstance(v, list) or len(v) < 3 for v in value):
                raise FormatError.at(path, f"'{key}' is {str(value)[:60]}; expected a list of [start, end, label] "
                                           "(a list of names is text classification, not spans)", line)
            return [tuple(v[:3]) for v in value]
    return []


def read_doccano(path: Path, *, id_prefix: str = "doc") -> Annotations:
    texts: dict[str, str] = {}
    records = []
    relations = 0
    check = KindCheck(path, "doccano")
    for n, (line, item) in enumerate(jsonl_items(path, WHAT), start=1):
        check(line, item)
        text = item.get("text")
        if not isinstance(text, str):
            raise FormatError.at(path, f"no 'text' string; expected {WHAT}", line)
        if item.get("doc_id") not in (None, ""):
            doc_id = str(item["doc_id"])
        elif item.get("id") is not None:
            doc_id = f"example-{item['id']}"
        else:
            doc_id = positional_id(id_prefix, n)
        if doc_id in texts:
            raise FormatError.at(path, f"document id {doc_id!r} occurs twice; expected one line per document", line)
        offsets = Utf16Offsets(text)
        spans = []
        for start, end, label in _raw_spans(path, line, item):
            if not (isinstance(start, int) and isinstance(end, int) and isinstance(label, str)):
                raise FormatError.at(path, f"found a span ({start!r}, {end!r}, {label!r}); expected integer offsets "
                                           "and a label name", line)
            try:
                s, e = offsets.to_index(start), offsets.to_index(end)
            except ValueError as error:
                raise FormatError.at(path, f"span {start}-{end} {label}: {error}; expected UTF-16 offsets into "
                                           "'text'", line) from None
            if s > e:
                raise FormatError.at(path, f"span {start}-{end} {label}: start after end", line)
            spans.append((s, e, label))
        relations += len(item.get("relations") or ())
        texts[doc_id] = text
        records.append(make_record(doc_id, text, spans))
    notes = [f"doccano: {counted(relations, 'relation')} dropped"] if relations else []
    return Annotations(texts, tuple(records), "doccano", tuple(notes))


def write_doccano(records: Sequence[Record], texts: dict[str, str] | None, path: Path) -> list[str]:
    texts = texts_for(records, texts, "doccano")
    lines = []
    for record in records:
        text = texts[record.doc_id]
        offsets = Utf16Offsets(text)
        spans = [[offsets.to_units(e.start), offsets.to_units(e.end), e.label] for e in record.entities or ()]
        lines.append(dumps_line({"doc_id": record.doc_id, "text": text, "label": spans}))
    write_atomic(path, "".join(lines))
    return dropped(records, "doccano", keeps=())
