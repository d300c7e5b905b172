"""What a reader returns: document texts and newsgold records, with notes on what was changed."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from newsgold.corpus import sha256_text as sha256
from newsgold.formats.errors import FormatError
from newsgold.records import Cluster, Entity, Event, Record


@dataclass(frozen=True)
class Annotations:
    """Documents read from a file of some format.

    ``texts`` maps each document id to its text; ``records`` hold the annotations (with
    ``doc_sha256`` and the surface ``text`` of every span); ``notes`` say what was repaired,
    converted or dropped on the way.
    """

    texts: dict[str, str]
    records: tuple[Record, ...]
    format: str
    notes: tuple[str, ...] = field(default=())


def positional_id(prefix: str, number: int) -> str:
    """The id of the ``number``-th (1-based) document of a source that does not name its documents."""
    return f"{prefix}-{number:04d}"


def entity_order(entity: Entity) -> tuple[int, int, str]:
    return entity.start, -entity.end, entity.label


def make_record(doc_id: str, text: str, spans: Iterable[tuple[int, int, str]]) -> Record:
    """A record of entity mentions ``(start, end, label)`` in document order, with ids ``T1``, ``T2``, ..."""
    entities = sorted((Entity(start=s, end=e, label=label, text=text[s:e]) for s, e, label in spans), key=entity_order)
    return Record(doc_id=doc_id, doc_sha256=sha256(text),
                  entities=tuple(replace(e, id=f"T{n}") for n, e in enumerate(entities, start=1)))


def full_record(
    doc_id: str,
    text: str,
    entities: Sequence[Entity],
    events: Sequence[Event] | None = None,
    clusters: Sequence[Cluster] | None = None,
) -> Record:
    return Record(
        doc_id=doc_id,
        doc_sha256=sha256(text),
        clusters=tuple(clusters) if clusters else None,
        entities=tuple(sorted(entities, key=entity_order)),
        events=tuple(events) if events is not None else None,
    )


def counted(count: int, singular: str, plural: str | None = None) -> str:
    return f"{count} {singular if count == 1 else (plural or singular + 's')}"


def listed(items: Sequence[object], limit: int = 10) -> str:
    shown = ", ".join(str(i) for i in items[:limit])
    return shown + (f" and {len(items) - limit} more" if len(items) > limit else "")


def texts_for(records: Sequence[Record], texts: Mapping[str, str] | None, fmt: str) -> dict[str, str]:
    """Every record's text; ``FormatError`` naming the first record without one."""
    texts = texts or {}
    missing = [r.doc_id for r in records if r.doc_id not in texts]
    if missing:
        raise FormatError(f"no text for document(s) {listed(missing)}; expected the text of every document "
                          f"to write {fmt}")
    return {r.doc_id: texts[r.doc_id] for r in records}
