"""Records held as decoded structs and entity columns: a ``Sequence[Record]`` that never builds
a ``Record`` unless one is asked for.

``RecordColumns`` is what the fast reader (``newsgold.fast_read``) returns for a file of
entity records. Indexing or iterating it gives the same ``Record`` objects the validator
would have built; the scorer and ``GoldSet`` read its columns instead (``doc_ids``,
``start``, ``end``, ``labels``), so a million mentions cost arrays, not objects.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import chain
from operator import attrgetter
from typing import Any, overload

import numpy as np
from msgspec import UNSET

from newsgold.records import Cluster, Entity, Record
from newsgold.typed_records import TypedEntity, TypedRecord

_ENTITIES = attrgetter("entities")


def _value(x: Any) -> Any:
    return None if x is UNSET else x


def to_entity(e: TypedEntity) -> Entity:
    return Entity(e.start, e.end, e.label, _value(e.text), _value(e.id), _value(e.cluster), _value(e.score),
                  _value(e.note))


class EntityRows(Sequence[Entity]):
    """The entities of a ``RecordColumns`` in row order, each built when asked for."""

    def __init__(self, entities: Sequence[TypedEntity]):
        self._entities = entities

    def __len__(self) -> int:
        return len(self._entities)

    @overload
    def __getitem__(self, i: int) -> Entity: ...
    @overload
    def __getitem__(self, i: slice) -> list[Entity]: ...
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [to_entity(e) for e in self._entities[i]]
        return to_entity(self._entities[i])


class RecordColumns(Sequence[Record]):
    """Validated records of one file, in file order.

    ``doc`` (record index), ``start``, ``end`` and ``labels`` hold one row per entity, records'
    entities in order; ``absent`` names optional entity fields known to be set on no entity.
    """

    def __init__(self, source: str, records: Sequence[TypedRecord], origins: Sequence[int],
                 absent: frozenset[str] = frozenset()):
        # tuples of untracked objects leave the cyclic garbage collector's view: millions of
        # entities then cost it nothing
        self.source = source
        self.records = tuple(records)
        self.origins = tuple(origins)  # line (JSONL) or record number (JSON) of each record
        self.absent = absent
        layers = [e if e is not UNSET else () for e in map(_ENTITIES, self.records)]
        self.counts = np.fromiter(map(len, layers), np.int64, len(layers))
        self.entities: tuple[TypedEntity, ...] = tuple(chain.from_iterable(layers))
        n = len(self.entities)
        self.doc = np.repeat(np.arange(len(layers), dtype=np.int64), self.counts)
        self.start = np.fromiter(map(attrgetter("start"), self.entities), np.int64, n)
        self.end = np.fromiter(map(attrgetter("end"), self.entities), np.int64, n)
        self.labels: tuple[str, ...] = tuple(map(attrgetter("label"), self.entities))
        self.doc_ids: tuple[str, ...] = tuple(map(attrgetter("doc_id"), self.records))
        self.records_hash: str | None = None  # typed_records.records_sha256 of the records, where known
        self._columns: dict[str, tuple[Any, ...]] = {}
        self._built: dict[int, Record] = {}

    def column(self, name: str) -> tuple[Any, ...]:
        """An optional entity field per row (``UNSET`` where absent)."""
        if name in self.absent:
            return (UNSET,) * len(self.entities)
        if name not in self._columns:
            self._columns[name] = tuple(map(attrgetter(name), self.entities))
        return self._columns[name]

    def __len__(self) -> int:
        return len(self.records)

    def record(self, i: int) -> Record:
        """Record ``i``, built on first use and kept."""
        built = self._built.get(i)
        if built is None:
            built = self._built[i] = self._build(i)
        return built

    def _build(self, i: int) -> Record:
        r = self.records[i]
        return Record(
            doc_id=r.doc_id, doc_sha256=_value(r.doc_sha256), annotator=_value(r.annotator),
            system=_value(r.system),
            clusters=None if r.clusters is UNSET else tuple(Cluster(c.id, _value(c.name)) for c in r.clusters),
            entities=None if r.entities is UNSET else tuple(map(to_entity, r.entities)),
            origin=f"{self.source}:{self.origins[i]}",
        )

    @overload
    def __getitem__(self, i: int) -> Record: ...
    @overload
    def __getitem__(self, i: slice) -> list[Record]: ...
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self.record(k) for k in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        return self.record(i)

    def __iter__(self) -> Iterator[Record]:
        return map(self.record, range(len(self)))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, (str, bytes)):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"RecordColumns({self.source!r}, {len(self)} records, {len(self.entities)} entities)"

    def subset(self, keep: Sequence[int]) -> RecordColumns:
        """The records at the indices ``keep``, in that order."""
        return RecordColumns(self.source, [self.records[i] for i in keep], [self.origins[i] for i in keep],
                             self.absent)

    def texts(self) -> dict[str, str]:
        """The ``text`` field of each record that has one, by document id."""
        return {r.doc_id: r.text for r in self.records if r.text is not UNSET}

    def has_entities(self) -> bool:
        return any(r.entities is not UNSET for r in self.records)

    def has_clusters(self) -> bool:
        """Whether any entity carries a (non-empty) cluster id."""
        return "cluster" not in self.absent and any(self.column("cluster"))


def doc_ids_of(records: Sequence[Record]) -> Sequence[str]:
    """The document id of each record, without building records held as columns."""
    if isinstance(records, RecordColumns):
        return records.doc_ids
    return [r.doc_id for r in records]


def first_system(records: Sequence[Record]) -> str | None:
    """The first non-empty ``system`` of the records, or None."""
    if isinstance(records, RecordColumns):
        return next((r.system for r in records.records if r.system), None)
    return next((r.system for r in records if r.system), None)


def keep_documents(records: Sequence[Record], doc_ids: set[str] | frozenset[str]) -> Sequence[Record]:
    """The records of documents in ``doc_ids``, in order (the same object when all are kept)."""
    ids = doc_ids_of(records)
    if isinstance(records, RecordColumns):
        keep = [i for i, d in enumerate(ids) if d in doc_ids]
        return records if len(keep) == len(records) else records.subset(keep)
    return [r for r in records if r.doc_id in doc_ids]
