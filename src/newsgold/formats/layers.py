"""What a format cannot hold of newsgold records, counted for the notes of a lossy write."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from newsgold.formats.annotations import counted
from newsgold.records import Record

PARTS = ("events", "stances", "clusters", "cluster names", "notes", "scores", "argument heads",
         "argument clusters", "acled", "plover", "record fields")


def _count(records: Sequence[Record], part: str) -> int:
    entities = [e for r in records for e in r.entities or ()]
    events = [e for r in records for e in r.events or ()]
    arguments = [a for e in events for a in e.arguments]
    if part in ("events", "stances", "clusters"):
        return sum(len(getattr(r, part) or ()) for r in records)
    return {
        "cluster names": sum(1 for r in records for c in r.clusters or () if c.name),
        "notes": sum(1 for x in (*entities, *events) if x.note),
        "scores": sum(1 for x in (*entities, *events) if x.score is not None),
        "argument heads": sum(1 for a in arguments if a.head is not None),
        "argument clusters": sum(1 for a in arguments if a.cluster),
        "acled": sum(1 for e in events if e.acled),
        "plover": sum(1 for e in events if e.plover),
        "record fields": sum(1 for r in records if r.annotator or r.system),
    }[part]


_WHAT = {
    "events": ("event", None), "stances": ("stance", None), "clusters": ("cluster", None),
    "cluster names": ("cluster name", None), "notes": ("note", None), "scores": ("confidence score", None),
    "argument heads": ("argument head", None), "argument clusters": ("argument cluster link", None),
    "acled": ("ACLED event type", None), "plover": ("PLOVER category", None),
    "record fields": ("record annotator/system field", None),
}


def dropped(records: Sequence[Record], fmt: str, keeps: Collection[str]) -> list[str]:
    """One note per part of the records that ``fmt`` does not keep and the records hold."""
    out = []
    for part in PARTS:
        if part in keeps:
            continue
        n = _count(records, part)
        if n:
            singular, plural = _WHAT[part]
            out.append(f"{fmt}: {counted(n, singular, plural)} dropped (no place for it in the format)")
    return out
