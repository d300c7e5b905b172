"""The validator's fast path for files of entity records: msgspec decodes, numpy checks.

``read_checked(path, corpus, schema)`` gives what ``validate_file(path, corpus, schema)``
gives for predictions (the same problems, records equal to its records), with the records
held as ``RecordColumns``. It proves a file clean or hands it to ``validate_file``, whose
messages are the precise ones: the fast path accepts nothing the validator refuses, and
anything it is not sure of (a decoding error, a duplicate key, an offset out of range, a
layer other than clusters and entities, ...) takes the exact path.

How a clean file is proved clean:

- reading: only regular files, at most ``max_input_bytes()``, lines split on ``"\\n"`` only,
  no byte-order mark (``jsonio``'s limits); msgspec refuses bad UTF-8, lone surrogates,
  NaN and anything the ``TypedRecord`` types do not allow (types, required and unknown
  fields, ``minLength``, the sha256 pattern);
- duplicate keys, which JSON decoders keep silently: a member has exactly one ``:`` outside
  strings, so the file's ``:`` bytes (counting ``\\u003a`` escapes) equal those of the decoded
  records written back as JSON (each member once, ``:`` unescaped) only when no key was
  repeated;
- the checks of ``validate._RecordChecker`` as array operations: document ids and hashes,
  names, unique ids, cluster references, labels (closed schemas), spans (non-empty, inside
  the text, not splitting a combining mark, equal to their ``text``).
"""

from __future__ import annotations

import gc
import hashlib
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

import msgspec
import numpy as np
from msgspec import UNSET

from newsgold.corpus import Corpus, Document
from newsgold.jsonio import InputError, max_input_bytes, open_input
from newsgold.record_columns import RecordColumns
from newsgold.schema import LabelSchema
from newsgold.typed_records import TypedRecord

PROGRESS_EVERY = 4096
CHECKED_FIELDS = ("text", "id", "cluster")  # the optional entity fields the checks read
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")  # Unicode category Cc
_DECODER = msgspec.json.Decoder(TypedRecord)
_JSON_DECODER = msgspec.json.Decoder(TypedRecord | list[TypedRecord])


class _Unsure(Exception):
    """The fast path cannot prove the file clean: ``validate_file`` decides."""


@contextmanager
def no_gc() -> Iterator[None]:
    """For building many acyclic objects at once: the cyclic garbage collector, triggered by
    their number, would walk the heap again and again and find nothing."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _read(path: Path) -> bytes:
    from newsgold.validate import RECORD_FILE

    try:
        limit = max_input_bytes()
        with open_input(path, RECORD_FILE) as handle:
            data = handle.read(limit + 1)
    except (InputError, OSError):
        raise _Unsure from None
    if len(data) > limit or data.startswith(b"\xef\xbb\xbf") or not data.strip():
        raise _Unsure
    return data


def _jsonl(data: bytes, progress: Callable[[int], None] | None) -> tuple[list[TypedRecord], list[int]]:
    records: list[TypedRecord] = []
    lines: list[int] = []
    view = memoryview(data)
    decode = _DECODER.decode
    start, line, size = 0, 0, len(data)
    while start < size:
        end = data.find(b"\n", start)
        end = size if end < 0 else end
        line += 1
        try:
            records.append(decode(view[start:end]))
            lines.append(line)
        except msgspec.DecodeError:
            if data[start:end].strip():
                raise _Unsure from None
        start = end + 1
        if progress is not None and len(records) % PROGRESS_EVERY == 0 and records:
            progress(len(records))
    if not records:
        raise _Unsure
    return records, lines


def _json(data: bytes) -> tuple[list[TypedRecord], list[int]]:
    try:
        value = _JSON_DECODER.decode(data)
    except msgspec.DecodeError:
        raise _Unsure from None
    records = value if isinstance(value, list) else [value]
    if not records:
        raise _Unsure
    return records, list(range(1, len(records) + 1))


def _raw_colons(data: bytes) -> int:
    escaped = data.count(b"\\u003a") + data.count(b"\\u003A") if b"\\u003" in data else 0
    return data.count(b":") + escaped


def decode_file(path: str | Path, progress: Callable[[int], None] | None = None,
                hash_records: bool = False) -> RecordColumns | None:
    """The records of a ``.jsonl`` or ``.json`` file as columns, structurally checked; None when
    anything in the file needs the exact validator (``validate_file``). ``hash_records``: set
    ``records_hash`` where the file is in document order (the gold's content hash needs it)."""
    from newsgold.validate import MAX_ITEMS

    path = Path(path)
    try:
        data = _read(path)
        with no_gc():
            records, origins = _jsonl(data, progress) if path.suffix != ".json" else _json(data)
            # the records as msgspec writes them: each member once, ":" only between key and value
            # or inside a string, and a field's key only where the field is set
            canonical = msgspec.json.encode(records, order="sorted")
            if _raw_colons(data) != canonical.count(b":"):
                raise _Unsure  # a repeated key
            absent = frozenset(f for f in CHECKED_FIELDS if b'"%s":' % f.encode() not in canonical)
            try:
                columns = RecordColumns(str(path), records, origins, absent)
            except OverflowError:  # an offset beyond int64
                raise _Unsure from None
            if hash_records and list(columns.doc_ids) == sorted(columns.doc_ids):
                columns.records_hash = hashlib.sha256(canonical).hexdigest()  # = records_sha256(records)
            del canonical, data
    except _Unsure:
        return None
    if len(columns.start) and (columns.start.min() < 0 or columns.end.min() < 0):
        return None
    if (columns.counts > MAX_ITEMS).any() or any(len(r.clusters) > MAX_ITEMS for r in records if r.clusters):
        return None
    if len(set(columns.doc_ids)) != len(records):
        return None
    if progress is not None:
        progress(len(records))
    return columns


@lru_cache(maxsize=1)
def _combining() -> re.Pattern[str]:
    marks = [chr(c) for c in range(sys.maxunicode + 1) if unicodedata.combining(chr(c))]
    return re.compile("[" + "".join(re.escape(m) for m in marks) + "]")


def _splits_a_mark(columns: RecordColumns, texts: list[str]) -> bool:
    """Whether a span starts on, or ends before, a combining mark (ASCII texts have none)."""
    wide = [i for i, t in enumerate(texts) if not t.isascii()]
    if not wide:
        return False
    lengths = np.fromiter(map(len, texts), np.int64, len(texts))
    base = np.concatenate([[0], np.cumsum(lengths)])
    marks = np.array([base[i] + m.start() for i in wide for m in _combining().finditer(texts[i])], np.int64)
    if not len(marks):
        return False
    at = base[columns.doc]
    inside = columns.end < lengths[columns.doc]
    return bool(np.isin(at + columns.start, marks).any() or np.isin((at + columns.end)[inside], marks).any())


def _labels_allowed(columns: RecordColumns, schema: LabelSchema) -> bool:
    from newsgold.validate import COREF_MENTION_LABEL, GUM_ENTITY_TYPES

    allowed = {"ontonotes": set(schema.entity_types), "gum": set(GUM_ENTITY_TYPES), "coref": {COREF_MENTION_LABEL}}
    label_sets = ["ontonotes" if r.label_set is UNSET else r.label_set for r in columns.records]
    if set(label_sets) == {"ontonotes"}:
        return set(columns.labels) <= allowed["ontonotes"]
    per_row = np.repeat(np.array(label_sets, dtype=object), columns.counts).tolist()
    return all(label in allowed[s] for s, label in zip(per_row, columns.labels))


def _ids_and_references(columns: RecordColumns) -> bool:
    """Ids unique within each record; entity clusters naming a cluster of their record."""
    records = columns.records
    cluster_ids = [(i, c.id) for i, r in enumerate(records) if r.clusters is not UNSET for c in r.clusters]
    rows = columns.doc.tolist()
    entity_ids = [(d, x) for d, x in zip(rows, columns.column("id")) if x is not UNSET] if "id" not in columns.absent else []
    ids = cluster_ids + entity_ids
    if len(set(ids)) != len(ids):
        return False
    if "cluster" not in columns.absent:
        known = set(cluster_ids)
        return all(c is UNSET or (d, c) in known for d, c in zip(rows, columns.column("cluster")))
    return True


def _spans_match(columns: RecordColumns, documents: list[Document]) -> bool:
    texts = [d.text for d in documents]
    start, end, doc = columns.start, columns.end, columns.doc
    if not len(start):
        return True
    lengths = np.fromiter(map(len, texts), np.int64, len(texts))
    if (end <= start).any() or (end > lengths[doc]).any() or _splits_a_mark(columns, texts):
        return False
    if "text" in columns.absent:
        return True
    given = columns.column("text")
    actual = tuple([texts[d][s:e] for d, s, e in zip(doc.tolist(), start.tolist(), end.tolist())])
    if UNSET not in given:
        return given == actual
    return all(g is UNSET or g == a for g, a in zip(given, actual))


def check_columns(columns: RecordColumns, corpus: Corpus, schema: LabelSchema) -> list | None:
    """The warnings ``validate_file(..., gold=False)`` gives for these records, or None when it
    would give an error (or the fast path cannot tell)."""
    from newsgold.validate import ValidationReport, _RecordChecker

    documents = [corpus.get(d) for d in columns.doc_ids]
    if any(d is None for d in documents):
        return None
    warnings = ValidationReport(columns.source)
    jsonl = Path(columns.source).suffix != ".json"
    for number, (record, document) in enumerate(zip(columns.records, documents), start=1):
        if record.doc_sha256 is UNSET:
            line = columns.origins[number - 1] if jsonl else None
            _RecordChecker(warnings, {"doc_id": record.doc_id}, line, number, corpus, schema, False).check_document()
        elif record.doc_sha256 != document.sha256:
            return None
        for name in (record.system, record.annotator):
            if name is not UNSET and _CONTROL.search(name):
                return None
    if any(p.severity != "warning" for p in warnings.problems):
        return None
    if schema.closed and not _labels_allowed(columns, schema):
        return None
    if not _ids_and_references(columns) or not _spans_match(columns, documents):
        return None
    return list(warnings.problems)


def read_checked(
    path: str | Path,
    corpus: Corpus,
    schema: LabelSchema,
    progress: Callable[[int], None] | None = None,
    columns: RecordColumns | None = None,
):
    """``validate_file(path, corpus, schema, gold=False)``, with the records as ``RecordColumns``
    when the file is proved clean (see the module docstring). ``columns``: the file as
    ``decode_file`` gave it, if it was decoded already."""
    from newsgold.validate import ValidationReport, validate_file

    columns = columns if columns is not None else decode_file(path, progress)
    problems = check_columns(columns, corpus, schema) if columns is not None else None
    if problems is None:
        return validate_file(path, corpus, schema, gold=False, progress=progress)
    report = ValidationReport(str(Path(path)))
    report.problems = problems
    report.records = columns  # type: ignore[assignment]
    return report
