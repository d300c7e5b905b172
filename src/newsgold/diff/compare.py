"""One partition of a diff: OLD and NEW records matched by document id, compared layer by layer.

NEW is scored against OLD as the reference with newsgold's scoring engine, one-to-one
matching in strict mode: entities (``score_spans`` on columns), event triggers and arguments
(``score_events``) and stance extraction (``score_stances``), on the matched documents that
have the layer on both sides. What the matching says about each item becomes churn:

- an OLD item matched exactly is unchanged; matched with another type it was retyped (a
  stance label flipped), with another span re-bounded (or both); unmatched it was removed;
- a NEW item without a counterpart was added;
- an event whose trigger and type are unchanged but whose arguments (role, span) differ had
  its arguments changed.

Changes are charged to the OLD item's category, additions to the NEW item's. Counts are
summed per resampling unit (``hashing.unit_of``), never per document, so a partition's
figures stay small; the review sample keeps, per layer and category, the changes with the
lowest seeded priority.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from functools import cached_property
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from newsgold.diff.exchange import gather
from newsgold.diff.hashing import hash_strings, priorities, seed_key, unit_of
from newsgold.diff.options import DiffOptions
from newsgold.diff.partial import Partial
from newsgold.diff.rows import locate, problem
from newsgold.diff.sources import Block
from newsgold.records import Record
from newsgold.scoring import SpanTable, score_spans
from newsgold.scoring.counts import Counts
from newsgold.scoring.events import score_events
from newsgold.scoring.matching import Outcome
from newsgold.scoring.result import EntityScore
from newsgold.scoring.stance import score_stances

LAYERS = ("entities", "events", "stances")
METRICS = (
    ("entities", "strict"),
    ("events", "trigger_classification"),
    ("events", "argument_classification"),
    ("stances", "extraction"),
)
KINDS = ("unchanged", "added", "removed", "retyped", "re-bounded", "retyped and re-bounded", "flipped",
         "arguments changed")
LAYER_KINDS = {
    "entities": KINDS[:6],
    "events": (*KINDS[:6], "arguments changed"),
    "stances": ("unchanged", "added", "removed", "flipped"),
}
_K = {name: i for i, name in enumerate(KINDS)}
_OLD_KIND = {Outcome.CORRECT: "unchanged", Outcome.WRONG_TYPE: "retyped", Outcome.WRONG_BOUNDARY: "re-bounded",
             Outcome.WRONG_TYPE_AND_BOUNDARY: "retyped and re-bounded", Outcome.MISSED: "removed"}
SIDES = ("old", "new")
SIDE_NAMES = {"old": "OLD", "new": "NEW"}


def metric_key(layer: str, metric: str) -> str:
    return f"{layer}/{metric}"


def by_unit(counts: Counts, doc_ids: np.ndarray | None = None) -> Counts:
    """Counts of documents summed into their resampling units (only units that hold a document);
    ``doc_ids``: the units' document ids as an array, when the caller has one."""
    unit = unit_of(doc_ids if doc_ids is not None else list(map(str, counts.units)))
    present = np.unique(unit)
    return counts.group(np.searchsorted(present, unit), tuple(int(u) for u in present))


# --------------------------------------------------------------------------- rows of a partition


def _check_unique(rows: pa.Table, side: str, blocks: Sequence[Block]) -> None:
    counts = pc.value_counts(rows.column("doc_id"))
    repeated = counts.filter(pc.greater(counts.field("counts"), 1))
    if not len(repeated):
        return
    doc_id = min(repeated.field("values").to_pylist())
    hits = np.flatnonzero(pc.equal(rows.column("doc_id"), doc_id).to_numpy(zero_copy_only=False))
    places = sorted((int(rows.column("block")[i].as_py()), int(rows.column("row")[i].as_py())) for i in hits)
    (b1, r1), (b2, r2) = places[:2]
    first = locate(blocks[b1], r1)
    first_text = f"{blocks[b1].shard.name}:" + (str(first["line"]) if "line" in first else f" record {first['record']}")
    raise problem(blocks[b2].shard.name, f"found a second {SIDE_NAMES[side]} record for this document (first: "
                                         f"{first_text}), expected one record per document",
                  doc_id=doc_id, field="doc_id", **locate(blocks[b2], r2))


def record_dict(rows: pa.Table, i: int) -> dict[str, Any]:
    """Row ``i`` as a record in the record format (entities only, when that is all the row holds)."""
    text = rows.column("record")[i].as_py()
    if text is not None:
        return json.loads(text)
    out: dict[str, Any] = {"doc_id": rows.column("doc_id")[i].as_py()}
    for key in ("doc_sha256", "system"):
        value = rows.column(key)[i].as_py()
        if value is not None:
            out[key] = value
    entities = rows.column("entities")[i].as_py()
    if entities is not None:
        out["entities"] = entities
    return out


class _Matched:
    """The documents of a partition found on both sides, OLD and NEW rows aligned."""

    def __init__(self, old: pa.Table, new: pa.Table):
        position = pc.index_in(old.column("doc_id"), value_set=new.column("doc_id"))
        found = position.is_valid().to_numpy(zero_copy_only=False)
        self.old = old.filter(pa.array(found))
        self.new = new.take(position.drop_null())
        self.ids = np.asarray(self.old.column("doc_id").to_numpy(zero_copy_only=False), dtype=object)
        self.changes = {layer: np.zeros(len(self.ids), np.int64) for layer in LAYERS}
        self._records: dict[tuple[str, int], dict[str, Any]] = {}
        self._hashes: dict[int, np.ndarray] = {}
        self._objects: dict[tuple[str, int], Record] = {}

    @cached_property
    def index(self) -> dict[str, int]:
        return {doc_id: i for i, doc_id in enumerate(self.ids)}

    def __len__(self) -> int:
        return len(self.ids)

    def record(self, side: str, i: int) -> dict[str, Any]:
        key = (side, i)
        if key not in self._records:
            self._records[key] = record_dict(self.old if side == "old" else self.new, i)
        return self._records[key]

    def record_object(self, side: str, i: int) -> Record:
        key = (side, i)
        if key not in self._objects:
            self._objects[key] = Record.from_dict(self.record(side, i))
        return self._objects[key]

    def add_changes(self, layer: str, counts: Counts, rows: np.ndarray | None = None) -> None:
        """Add each document's fp + fn to its changes; ``rows``: the counts' units as matched rows."""
        if rows is None:
            rows = np.fromiter((self.index[u] for u in counts.units), np.int64, len(counts.units))
        np.add.at(self.changes[layer], rows, counts.fp.sum(axis=1) + counts.fn.sum(axis=1))

    def doc_hashes(self, seed: int) -> np.ndarray:
        """A seeded hash of every matched document id (computed once per seed)."""
        if seed not in self._hashes:
            self._hashes[seed] = hash_strings(self.ids, seed_key(seed))
        return self._hashes[seed]


# --------------------------------------------------------------------------- churn and the sample


class _Changes:
    """Every item of a span score with what became of it: its document (row of ``_Matched``),
    category, kind, and its OLD and NEW rows in the score's tables (-1: none)."""

    def __init__(self, score: EntityScore, doc_rows: np.ndarray, retyped: str = "retyped"):
        m = score.matching
        added = np.flatnonzero(m.pred_outcome == Outcome.SPURIOUS)
        kind_of = np.zeros(len(Outcome), np.int64)
        for outcome, name in _OLD_KIND.items():
            kind_of[outcome] = _K[retyped if name == "retyped" else name]
        self.categories = score.gold.labels
        self.doc = np.concatenate([doc_rows[score.gold.doc], doc_rows[score.pred.doc[added]]])
        self.category = np.concatenate([score.gold.label, score.pred.label[added]])
        self.kind = np.concatenate([kind_of[m.gold_outcome], np.full(len(added), _K["added"])])
        self.old_row = np.concatenate([np.arange(len(score.gold)), np.full(len(added), -1)])
        self.new_row = np.concatenate([m.gold_match, added])


def _tally(part: Partial, layer: str, changes: _Changes) -> None:
    n = len(KINDS)
    flat = np.bincount(changes.category * n + changes.kind, minlength=len(changes.categories) * n)
    for code in np.flatnonzero(flat):
        category, kind = divmod(int(code), n)
        part.churn[(layer, changes.categories[category], KINDS[kind])] += int(flat[code])


def _sample(
    part: Partial,
    layer: str,
    changes: _Changes,
    matched: _Matched,
    identity: Callable[[np.ndarray], pd.DataFrame],
    payload: Callable[[str, int], dict[str, Any]],
    options: DiffOptions,
) -> None:
    """Keep, per category, the ``options.sample`` changed items with the lowest seeded priority."""
    if options.sample == 0:
        return
    changed = np.flatnonzero(changes.kind != _K["unchanged"])
    if not len(changed):
        return
    frame = identity(changed)
    frame.insert(0, "kind", changes.kind[changed])
    frame.insert(0, "doc", matched.doc_hashes(options.seed)[changes.doc[changed]])
    priority = priorities(frame, options.seed)
    category = changes.category[changed]
    order = np.lexsort((priority, category))
    ranked = category[order]
    rank = np.arange(len(order)) - np.searchsorted(ranked, ranked, "left")
    for i in order[rank < options.sample]:
        item_row = changed[i]
        doc = int(changes.doc[item_row])
        old_row, new_row = int(changes.old_row[item_row]), int(changes.new_row[item_row])
        item = {"layer": layer, "category": changes.categories[changes.category[item_row]],
                "kind": KINDS[changes.kind[item_row]], "doc_id": str(matched.ids[doc]),
                "old": payload("old", old_row) if old_row >= 0 else None,
                "new": payload("new", new_row) if new_row >= 0 else None}
        key = json.dumps(item, sort_keys=True, ensure_ascii=False)
        part.sample.setdefault((layer, item["category"]), []).append((int(priority[i]), item["doc_id"], key, item))
        part.records.setdefault(item["doc_id"], {side: matched.record(side, doc) for side in SIDES})


# --------------------------------------------------------------------------- layers


def _span_columns(lists: pa.Array, flat: pa.Array, labels: pa.Array) -> tuple[np.ndarray, ...]:
    doc = pc.list_parent_indices(lists).to_numpy(zero_copy_only=False).astype(np.int64)
    start = pc.struct_field(flat, "start").to_numpy(zero_copy_only=False)
    end = pc.struct_field(flat, "end").to_numpy(zero_copy_only=False)
    label = pc.index_in(pc.struct_field(flat, "label"), value_set=labels).to_numpy(zero_copy_only=False)
    return doc, np.asarray(start, np.int64), np.asarray(end, np.int64), np.asarray(label, np.int64)


def _compare_entities(part: Partial, matched: _Matched, options: DiffOptions) -> None:
    has = {side: getattr(matched, side).column("entities").is_valid().to_numpy(zero_copy_only=False) for side in SIDES}
    both = has["old"] & has["new"]
    _count_layer(part, "entities", has)
    if not both.any():
        return
    doc_rows = np.flatnonzero(both)
    lists = {}
    for side in SIDES:
        column = getattr(matched, side).column("entities")
        lists[side] = (column if both.all() else column.filter(pa.array(both))).combine_chunks()
    flat = {side: pc.list_flatten(lists[side]) for side in SIDES}
    names = sorted(pc.unique(pa.chunked_array([pc.struct_field(flat[s], "label") for s in SIDES])).to_pylist())
    labels = pa.array(names, pa.string())
    docs = tuple(matched.ids[doc_rows])
    tables = {side: SpanTable(*_span_columns(lists[side], flat[side], labels), docs, tuple(names)) for side in SIDES}
    score = score_spans(tables["old"], tables["new"], mode="strict")
    part.counts[metric_key("entities", "strict")] = by_unit(score.counts, matched.ids[doc_rows])
    matched.add_changes("entities", score.counts, doc_rows)
    changes = _Changes(score, doc_rows)
    _tally(part, "entities", changes)
    label_hashes = np.append(hash_strings(np.asarray(names, dtype=object), seed_key(options.seed)), np.uint64(0))

    def columns(side: str, rows: np.ndarray) -> dict[str, np.ndarray]:
        table = tables[side]
        ok = rows >= 0
        safe = np.where(ok, rows, 0)
        return {f"{side}_start": np.where(ok, table.start[safe], -1), f"{side}_end": np.where(ok, table.end[safe], -1),
                f"{side}_label": label_hashes[np.where(ok, table.label[safe], len(names))]}

    def identity(items: np.ndarray) -> pd.DataFrame:
        return pd.DataFrame({**columns("old", changes.old_row[items]), **columns("new", changes.new_row[items])})

    def payload(side: str, row: int) -> dict[str, Any]:
        table = tables[side]
        return {"start": int(table.start[row]), "end": int(table.end[row]), "label": names[table.label[row]]}

    _sample(part, "entities", changes, matched, identity, payload, options)


def _count_layer(part: Partial, layer: str, has: dict[str, np.ndarray]) -> None:
    part.layers[(layer, "compared")] += int((has["old"] & has["new"]).sum())
    part.layers[(layer, "OLD only")] += int((has["old"] & ~has["new"]).sum())
    part.layers[(layer, "NEW only")] += int((~has["old"] & has["new"]).sum())


def _records(matched: _Matched, layer: str) -> tuple[np.ndarray, dict[str, list[Record]]]:
    has = {side: getattr(matched, side).column(layer).to_numpy(zero_copy_only=False) for side in SIDES}
    rows = np.flatnonzero(has["old"] & has["new"])
    return rows, {side: [matched.record_object(side, int(i)) for i in rows] for side in SIDES}


def _json_identity(values: Callable[[str, int], dict[str, Any]], changes: _Changes) -> Callable[[np.ndarray], pd.DataFrame]:
    def identity(items: np.ndarray) -> pd.DataFrame:
        def column(side: str, rows: np.ndarray) -> list[str]:
            return [json.dumps(values(side, int(r)), sort_keys=True) if r >= 0 else "" for r in rows]

        return pd.DataFrame({"old": column("old", changes.old_row[items]), "new": column("new", changes.new_row[items])})

    return identity


def _item_dict(item: Any) -> dict[str, Any]:
    out = item.to_dict()
    out.pop("id", None)
    return out


def _compare_events(part: Partial, matched: _Matched, options: DiffOptions) -> None:
    _count_layer(part, "events", {s: getattr(matched, s).column("events").to_numpy(zero_copy_only=False) for s in SIDES})
    rows, records = _records(matched, "events")
    if not len(rows):
        return
    score = score_events(records["old"], records["new"], argument_match="span", unit="document")
    triggers, arguments = score.trigger_classification, score.argument_classification
    for name, metric in (("trigger_classification", triggers), ("argument_classification", arguments)):
        part.counts[metric_key("events", name)] = by_unit(metric.counts)
        matched.add_changes("events", metric.counts)
    events = {side: [e for r in records[side] for e in r.events] for side in SIDES}
    changes = _Changes(triggers, _doc_rows(triggers, matched))
    same_span = (changes.kind == _K["unchanged"]) & (changes.new_row >= 0)
    for i in np.flatnonzero(same_span):
        old_event, new_event = events["old"][changes.old_row[i]], events["new"][changes.new_row[i]]
        if _arguments(old_event) != _arguments(new_event):
            changes.kind[i] = _K["arguments changed"]
    _tally(part, "events", changes)

    def payload(side: str, row: int) -> dict[str, Any]:
        return _item_dict(events[side][row])

    _sample(part, "events", changes, matched, _json_identity(payload, changes), payload, options)


def _doc_rows(score: EntityScore, matched: _Matched) -> np.ndarray:
    """The matched row of each group of a record-scored span table (a group is a document id, or
    a document id followed by ``|`` and a key)."""

    def row(group: str) -> int:
        if group in matched.index:
            return matched.index[group]
        cut = group.find("|")
        while cut >= 0 and group[:cut] not in matched.index:
            cut = group.find("|", cut + 1)
        return matched.index[group[:cut]]

    return np.array([row(str(g)) for g in score.gold.docs], np.int64)


def _arguments(event: Any) -> list[tuple[str, int, int]]:
    return sorted((a.role, a.start, a.end) for a in event.arguments)


def _compare_stances(part: Partial, matched: _Matched, options: DiffOptions) -> None:
    _count_layer(part, "stances", {s: getattr(matched, s).column("stances").to_numpy(zero_copy_only=False) for s in SIDES})
    rows, records = _records(matched, "stances")
    if not len(rows):
        return
    score = score_stances(records["old"], records["new"], holder_match="cluster", unit="document")
    extraction = score.extraction
    part.counts[metric_key("stances", "extraction")] = by_unit(extraction.counts)
    matched.add_changes("stances", extraction.counts)
    changes = _Changes(extraction, _doc_rows(extraction, matched), retyped="flipped")
    _tally(part, "stances", changes)
    stances = {side: [s for r in records[side] for s in r.stances] for side in SIDES}

    def payload(side: str, row: int) -> dict[str, Any]:
        return _item_dict(stances[side][row])

    _sample(part, "stances", changes, matched, _json_identity(payload, changes), payload, options)


# --------------------------------------------------------------------------- a partition


def _examples(ids: np.ndarray, options: DiffOptions) -> list[tuple[int, str]]:
    if not len(ids) or options.examples == 0:
        return []
    keys = hash_strings(ids, seed_key(options.seed))
    first = np.argsort(keys, kind="stable")[: options.examples]
    return [(int(keys[i]), str(ids[i])) for i in first]


def _systems(rows: pa.Table) -> list[str]:
    return sorted(v for v in pc.unique(rows.column("system")).to_pylist() if v is not None)


def compare_rows(old: pa.Table, new: pa.Table, blocks: dict[str, Sequence[Block]], options: DiffOptions) -> Partial:
    """The contribution of one partition: ``old`` and ``new`` hold every record of its documents."""
    _check_unique(old, "old", blocks["old"])
    _check_unique(new, "new", blocks["new"])
    part = Partial()
    matched = _Matched(old, new)
    part.documents.update({"OLD": len(old), "NEW": len(new), "matched": len(matched),
                           "OLD only": len(old) - len(matched), "NEW only": len(new) - len(matched)})
    sha = [matched.old.column("doc_sha256"), matched.new.column("doc_sha256")]
    part.documents["different doc_sha256"] = int(pc.sum(pc.and_(pc.and_(sha[0].is_valid(), sha[1].is_valid()),
                                                               pc.not_equal(sha[0], sha[1]))).as_py() or 0)
    for side, rows in (("OLD only", old), ("NEW only", new)):
        other = new if side == "OLD only" else old
        alone = rows.filter(pc.invert(pc.is_in(rows.column("doc_id"), value_set=other.column("doc_id"))))
        part.only[side] = _examples(np.asarray(alone.column("doc_id").to_numpy(zero_copy_only=False), object), options)
    part.systems = {"OLD": _systems(old), "NEW": _systems(new)}
    _compare_entities(part, matched, options)
    _compare_events(part, matched, options)
    _compare_stances(part, matched, options)
    _top(part, matched, options)
    return part


def _top(part: Partial, matched: _Matched, options: DiffOptions) -> None:
    total = sum(matched.changes.values())
    if options.top == 0 or not total.any():
        return
    changed = np.flatnonzero(total)
    if len(changed) > options.top:
        threshold = np.partition(total[changed], len(changed) - options.top)[len(changed) - options.top]
        changed = changed[total[changed] >= threshold]
    part.top = sorted(((-int(total[i]), str(matched.ids[i]),
                        {layer: int(c[i]) for layer, c in matched.changes.items() if c[i]}) for i in changed),
                      key=lambda t: (t[0], t[1]))[: options.top]


def compare_partition(
    partition: int,
    files: dict[str, list[str]],
    blocks: dict[str, Sequence[Block]],
    options: DiffOptions,
) -> Partial:
    """Gather one partition's rows from the exchange files of both sides and compare them."""
    return compare_rows(gather(files["old"], partition), gather(files["new"], partition), blocks, options)
