"""newsgold's own record files (``.jsonl``, or ``.json`` holding one record or a list), with the
document text in a ``text`` field of each record, or, for a document of the bundled corpus,
taken from the corpus. Writing puts the text in every record (JSONL, or a JSON list for a
``.json`` path)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from newsgold.formats.annotations import Annotations, sha256, texts_for
from newsgold.formats.detect import KindCheck
from newsgold.formats.errors import FormatError
from newsgold.formats.source import json_items, jsonl_items
from newsgold.jsonio import dumps_line, dumps_pretty, write_atomic
from newsgold.records import Record

WHAT = "newsgold records (one JSON object per document with doc_id and its layers)"


class _CorpusTexts:
    """Texts of the bundled corpus, loaded on first use."""

    def __init__(self) -> None:
        self.corpus = None

    def get(self, doc_id: str) -> str | None:
        from newsgold.corpus import load_corpus

        if self.corpus is None:
            try:
                self.corpus = load_corpus()
            except (OSError, ValueError):
                return None
        document = self.corpus.get(doc_id)
        return document.text if document is not None else None


def _check(path: Path, line: int, record: Record, text: str) -> None:
    spans = [(f"entities[{i}]", e.start, e.end, e.text) for i, e in enumerate(record.entities or ())]
    for i, event in enumerate(record.events or ()):
        spans.append((f"events[{i}].trigger", event.trigger.start, event.trigger.end, event.trigger.text))
        spans += [(f"events[{i}].arguments[{k}]", a.start, a.end, a.text) for k, a in enumerate(event.arguments)]
    for where, start, end, surface in spans:
        if not 0 <= start <= end <= len(text):
            raise FormatError.at(path, f"doc {record.doc_id}: {where}: offsets {start}-{end} are outside the text "
                                       f"({len(text)} characters)", line)
        if surface is not None and text[start:end] != surface:
            raise FormatError.at(path, f"doc {record.doc_id}: {where}: text is {surface!r} but the document has "
                                       f"{text[start:end]!r} at {start}-{end}; expected the same", line)


def _record(path: Path, line: int, item: Any, corpus: _CorpusTexts) -> tuple[Record, str]:
    if not isinstance(item, dict) or not isinstance(item.get("doc_id"), str):
        raise FormatError.at(path, f"found {str(item)[:60]!r}; expected a record with a doc_id string", line)
    data = dict(item)
    text = data.pop("text", None)
    data.pop("label_set", None)
    try:
        record = Record.from_dict(data, origin=str(path))
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise FormatError.at(path, f"doc {item['doc_id']}: not a valid record ({type(error).__name__}: {error}); "
                                   f"expected {WHAT}", line) from None
    if text is None:
        text = corpus.get(record.doc_id)
        if text is None:
            raise FormatError.at(path, f"doc {record.doc_id}: no 'text' field, and no corpus document has this id; "
                                       "expected the document text in the record", line)
    if not isinstance(text, str):
        raise FormatError.at(path, f"doc {record.doc_id}: text is a {type(text).__name__}; expected a string", line)
    if record.doc_sha256 is not None and record.doc_sha256 != sha256(text):
        raise FormatError.at(path, f"doc {record.doc_id}: doc_sha256 does not match the text; expected the sha256 of "
                                   "the text the offsets point into", line)
    _check(path, line, record, text)
    return record, text


def read_native(path: Path) -> Annotations:
    items = jsonl_items(path, WHAT) if path.suffix.lower() == ".jsonl" else json_items(path, WHAT)
    texts: dict[str, str] = {}
    records = []
    corpus = _CorpusTexts()
    check = KindCheck(path, "newsgold")
    for line, item in items:
        check(line, item)
        record, text = _record(path, line, item, corpus)
        if record.doc_id in texts:
            raise FormatError.at(path, f"doc {record.doc_id} occurs twice; expected one record per document", line)
        texts[record.doc_id] = text
        records.append(record if record.doc_sha256 else _with_hash(record, text))
    return Annotations(texts, tuple(records), "newsgold", ())


def _with_hash(record: Record, text: str) -> Record:
    from dataclasses import replace

    return replace(record, doc_sha256=sha256(text))


def write_native(records: Sequence[Record], texts: dict[str, str] | None, path: Path) -> list[str]:
    texts = texts_for(records, texts, "newsgold")
    items = []
    for record in records:
        data = record.to_dict()
        head = {"doc_id": data.pop("doc_id"), "doc_sha256": sha256(texts[record.doc_id]), "text": texts[record.doc_id]}
        data.pop("doc_sha256", None)
        items.append({**head, **data})
    if path.suffix.lower() == ".json":
        write_atomic(path, dumps_pretty(items))
    else:
        write_atomic(path, "".join(dumps_line(item) for item in items))
    return []
