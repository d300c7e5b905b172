"""Record rows: one block of a side read into an Arrow table, one row per record.

Columns: ``doc_id``, ``row`` (line index in the block for JSONL, row index for Parquet,
record index for JSON), ``doc_sha256``, ``system``, ``entities`` (``start``, ``end``,
``label`` of every mention; null when the layer is absent), ``events`` and ``stances``
(whether the record has the layer) and ``record`` (the whole record as JSON, kept for the
layers scored from ``Record`` objects and for the review sample; null for Parquet files
that hold nothing but the columns above).

Every record is checked on the way in: JSON records against the record format's JSON Schema
(compiled by fastjsonschema; a record it refuses gets the validator's message), spans for
``start < end``. The first bad record stops the read with a
``DiffInputError`` naming the file, the line (or record), the field and what was expected.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

import fastjsonschema
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from newsgold.diff.errors import DiffInputError
from newsgold.diff.sources import Block, line_number, open_parquet, read_all, read_lines
from newsgold.jsonio import InputError, decode, loads_json

ENTITY = pa.struct([("start", pa.int64()), ("end", pa.int64()), ("label", pa.string())])
ROWS = pa.schema([
    ("doc_id", pa.string()),
    ("row", pa.int64()),
    ("doc_sha256", pa.string()),
    ("system", pa.string()),
    ("entities", pa.list_(ENTITY)),
    ("events", pa.bool_()),
    ("stances", pa.bool_()),
    ("record", pa.string()),
])
CORE_COLUMNS = ("doc_id", "doc_sha256", "system", "annotator", "entities")
RECORD_KEYS = ("doc_id", "doc_sha256", "text", "annotator", "system", "label_set", "clusters", "entities", "events",
               "stances")
JSONL_WHAT = "a JSON record (JSONL holds one complete JSON object per line)"


def problem(name: str, message: str, *, line: int | None = None, record: int | None = None,
            doc_id: str | None = None, field: str | None = None) -> DiffInputError:
    """A ``DiffInputError`` worded as the validator words its problems."""
    from newsgold.validate import Problem

    return DiffInputError(str(Problem(name, message, line=line, record=record, doc_id=doc_id, field=field)))


def locate(block: Block, row: int) -> dict[str, Any]:
    """Where row ``row`` of a block is: ``{"line": N}`` (JSONL) or ``{"record": N}`` (1-based)."""
    if block.shard.format == "jsonl":
        start, _ = read_lines(Block(block.shard, block.start, block.start))
        return {"line": line_number(block, start, row)}
    return {"record": block.first_row + row + 1}


def _spans(raw: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for i, entity in enumerate(raw.get("entities") or ()):
        yield f"entities[{i}]", entity
    for i, event in enumerate(raw.get("events") or ()):
        yield f"events[{i}].trigger", event["trigger"]
        for k, argument in enumerate(event.get("arguments") or ()):
            yield f"events[{i}].arguments[{k}]", argument
            if "head" in argument:
                yield f"events[{i}].arguments[{k}].head", argument["head"]
    for i, stance in enumerate(raw.get("stances") or ()):
        if "start" in stance["holder"]:
            yield f"stances[{i}].holder", stance["holder"]
        if "evidence" in stance:
            yield f"stances[{i}].evidence", stance["evidence"]


@lru_cache(maxsize=1)
def _fast_validator() -> Callable[[Any], Any]:
    from newsgold import paths

    return fastjsonschema.compile(json.loads(paths.record_schema_path().read_text(encoding="utf-8")))


def _plain(raw: dict[str, Any]) -> bool:
    """Whether a record passes the record format's JSON Schema (compiled by fastjsonschema) with
    integer offsets and non-empty spans: the common case, checked fast."""
    try:
        _fast_validator()(raw)
    except fastjsonschema.JsonSchemaException:
        return False
    return all(type(span["start"]) is int and type(span["end"]) is int and span["start"] < span["end"]
               for _, span in _spans(raw))


def record_problem(raw: Any) -> tuple[str, str] | None:
    """(field, message) of the first thing wrong with a parsed record, or None.

    Valid records pass a compiled schema check; the others get the validator's message.
    """
    from newsgold.validate import _json_type, _record_validator, _structural_message

    if not isinstance(raw, dict):
        return "(record)", f"found a JSON {_json_type(raw)}, expected an object (a record)"
    if _plain(raw):
        return None
    errors = sorted(_record_validator().iter_errors(raw), key=lambda e: list(map(str, e.absolute_path)))
    if errors:
        return _structural_message(errors[0])
    for where, span in _spans(raw):
        if span["end"] <= span["start"]:
            return where, f"found [{span['start']}, {span['end']}), expected start < end (end is exclusive)"
    return None


class _Builder:
    def __init__(self) -> None:
        self.columns: dict[str, list[Any]] = {name: [] for name in ROWS.names}

    def add(self, raw: dict[str, Any], row: int, text: str | None) -> None:
        c = self.columns
        c["doc_id"].append(raw["doc_id"])
        c["row"].append(row)
        c["doc_sha256"].append(raw.get("doc_sha256"))
        c["system"].append(raw.get("system"))
        c["entities"].append(raw.get("entities"))
        c["events"].append(raw.get("events") is not None)
        c["stances"].append(raw.get("stances") is not None)
        c["record"].append(text if text is not None else json.dumps(raw, ensure_ascii=False, separators=(",", ":")))

    def table(self) -> pa.Table:
        return pa.table({name: pa.array(values, type=ROWS.field(name).type) for name, values in self.columns.items()},
                        schema=ROWS)


def _checked(raw: Any, name: str, where: Callable[[], dict[str, int]]) -> dict[str, Any]:
    """``raw`` if it is a valid record; else the problem at ``where()`` (computed only then)."""
    found = record_problem(raw)
    if found is not None:
        doc_id = raw.get("doc_id") if isinstance(raw, dict) and isinstance(raw.get("doc_id"), str) else None
        raise problem(name, found[1], doc_id=doc_id, field=found[0], **where())
    return raw


def _jsonl_rows(block: Block) -> pa.Table:
    name = block.shard.name
    offset, data = read_lines(block)
    rows = _Builder()
    for index, raw_line in enumerate(data.split(b"\n")):
        if not raw_line.strip():
            continue
        try:
            text = decode(raw_line, name).removeprefix("\ufeff").strip()
            raw = loads_json(text, name, JSONL_WHAT, line=0, strict=True)
        except InputError as error:
            line = line_number(block, offset, index)
            raise problem(name, error.reason, line=line, field=error.field) from None
        rows.add(_checked(raw, name, lambda i=index: {"line": line_number(block, offset, i)}), index, text)
    return rows.table()


def _json_rows(block: Block) -> pa.Table:
    name = block.shard.name
    try:
        value = loads_json(decode(read_all(block.shard), name).removeprefix("\ufeff"), name,
                           "a JSON record or a list of records", strict=True)
    except InputError as error:
        raise problem(name, error.reason, line=error.line, field=error.field) from None
    rows = _Builder()
    for index, raw in enumerate(value if isinstance(value, list) else [value]):
        rows.add(_checked(raw, name, lambda i=index: {"record": i + 1}), index, None)
    return rows.table()


def _drop_nulls(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _drop_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_drop_nulls(v) for v in value]
    return value


def _is_text(kind: pa.DataType) -> bool:
    return pa.types.is_string(kind) or pa.types.is_large_string(kind)


def _string_column(table: pa.Table, name: str, shard_name: str) -> pa.Array:
    if name not in table.column_names:
        return pa.nulls(len(table), pa.string())
    column = table.column(name)
    if not (_is_text(column.type) or pa.types.is_null(column.type)):
        raise problem(shard_name, f"found type {column.type}, expected strings", field=f"column {name}")
    return column.cast(pa.string()).combine_chunks()


def _parquet_entities(table: pa.Table, block: Block) -> pa.Array:
    name = block.shard.name
    if "entities" not in table.column_names:
        return pa.nulls(len(table), pa.list_(ENTITY))
    column = table.column("entities").combine_chunks()
    kind = column.type
    item = kind.value_type if pa.types.is_list(kind) or pa.types.is_large_list(kind) else None
    fields = {item.field(i).name: item.field(i).type for i in range(item.num_fields)} if pa.types.is_struct(item) else {}
    if not (pa.types.is_integer(fields.get("start", pa.null())) and pa.types.is_integer(fields.get("end", pa.null()))
            and _is_text(fields.get("label", pa.null()))):
        raise problem(name, f"found type {kind}, expected a list of structs with integer start and end and a string "
                            "label (the record format's entities)", field="column entities")
    lengths = pc.list_value_length(column).fill_null(0).to_numpy(zero_copy_only=False).astype(np.int64)
    flat = pc.list_flatten(column)
    parts = [pc.struct_field(flat, key).cast(ENTITY.field(key).type) for key in ("start", "end", "label")]
    start, end = (np.asarray(p.fill_null(-1).to_numpy(zero_copy_only=False)) for p in parts[:2])
    bad = (start < 0) | (end <= start) | np.asarray(parts[2].is_null().to_numpy(zero_copy_only=False))
    if bad.any():
        first = int(np.flatnonzero(bad)[0])
        row = int(np.searchsorted(np.cumsum(lengths), first, "right"))
        index = first - int(lengths[:row].sum())
        field = f"entities[{index}]"
        s, e = parts[0][first].as_py(), parts[1][first].as_py()
        if s is None or e is None or parts[2][first].as_py() is None:
            missing = next(k for k, p in zip(("start", "end", "label"), parts) if p[first].as_py() is None)
            message, field = "missing; expected this required field", f"{field}.{missing}"
        elif s < 0:
            message, field = f"found {s}, expected an integer >= 0 (offsets cannot be negative)", f"{field}.start"
        else:
            message = f"found [{s}, {e}), expected start < end (end is exclusive)"
        doc_id = table.column("doc_id")[row].as_py()
        raise problem(name, message, record=block.first_row + row + 1, doc_id=doc_id, field=field)
    offsets = np.concatenate([[0], np.cumsum(lengths)])
    values = pa.StructArray.from_arrays(parts, fields=list(ENTITY))
    return pa.ListArray.from_arrays(pa.array(offsets, pa.int32()), values, mask=column.is_null())


def _parquet_rows(block: Block) -> pa.Table:
    name = block.shard.name
    handle = open_parquet(block.shard)
    try:
        unknown = [c for c in handle.schema_arrow.names if c not in RECORD_KEYS]
        if unknown or "doc_id" not in handle.schema_arrow.names:
            found = f"column(s) {', '.join(map(repr, unknown))}" if unknown else "no doc_id column"
            raise problem(name, f"found {found}; expected the record format's keys as columns "
                                f"({', '.join(RECORD_KEYS)}), doc_id required")
        table = handle.read_row_groups(range(block.start, block.stop))
    except DiffInputError:
        raise
    except (pa.ArrowException, OSError, ValueError) as error:
        raise problem(name, f"cannot be read as Parquet ({error}); expected record rows") from None
    finally:
        handle.close()
    doc_id = _string_column(table, "doc_id", name)
    if doc_id.null_count:
        first = int(np.flatnonzero(doc_id.is_null().to_numpy(zero_copy_only=False))[0])
        raise problem(name, "missing; expected this required field", record=block.first_row + first + 1, field="doc_id")
    entities = _parquet_entities(table, block)
    n = len(table)
    events = stances = pa.array(np.zeros(n, bool))
    record = pa.nulls(n, pa.string())
    extra = [c for c in table.column_names if c not in CORE_COLUMNS]
    struct_fields = table.schema.field("entities").type.value_type if "entities" in table.column_names else None
    if extra or (struct_fields is not None and struct_fields.num_fields > 3):
        texts, has_events, has_stances = [], [], []
        json_columns = [c for c in ("clusters", "events", "stances")
                        if c in table.column_names and _is_text(table.schema.field(c).type)]
        for index, raw in enumerate(table.to_pylist()):
            where = {"record": block.first_row + index + 1}
            raw = _drop_nulls(raw)
            for column in json_columns:
                if column in raw:
                    try:
                        raw[column] = loads_json(raw[column], name, f"the {column} layer as JSON text", strict=True)
                    except InputError as error:
                        raise problem(name, error.reason, field=column, doc_id=raw["doc_id"], **where) from None
            raw = _checked(raw, name, lambda at=where: at)
            has_events.append("events" in raw)
            has_stances.append("stances" in raw)
            texts.append(json.dumps(raw, ensure_ascii=False, separators=(",", ":")))
        events, stances, record = pa.array(has_events), pa.array(has_stances), pa.array(texts, pa.string())
    return pa.table([doc_id, pa.array(np.arange(n, dtype=np.int64)), _string_column(table, "doc_sha256", name),
                     _string_column(table, "system", name), entities, events, stances, record], schema=ROWS)


READERS = {"jsonl": _jsonl_rows, "json": _json_rows, "parquet": _parquet_rows}


def read_rows(block: Block) -> pa.Table:
    """The records of one block as a ``ROWS`` table; ``DiffInputError`` at the first bad record."""
    return READERS[block.shard.format](block)
