"""Helper for annotator_n: event-coref notes by object, K9 nested entity links, save + validate.

finalize(d, corefs) where corefs is a list of (event, head_event) pairs:
  - assigns ids (kit rule P2), appends "coref=E<n>" of the head event to each event's note (V7);
  - K9: an argument/holder with a cluster but no same-span entity gets `entity` = the entity mention
    inside its span whose cluster is the argument's cluster (the one nearest the head);
  - writes annotations/raw/annotator_n/<doc>.json and validates it as gold.
"""
from __future__ import annotations

from pathlib import Path


def _nested(item: dict, entities: list[dict], head: dict | None) -> None:
    if "entity" in item or "cluster" not in item:
        return
    inside = [e for e in entities if e.get("cluster") == item["cluster"]
              and e["start"] >= item["start"] and e["end"] <= item["end"]]
    if not inside:
        return
    ref = head["start"] if head else item["end"]
    best = min(inside, key=lambda e: min(abs(e["start"] - ref), abs(e["end"] - ref)))
    # keep key order: put entity before cluster
    cluster = item.pop("cluster")
    item["entity"] = best["id"]
    item["cluster"] = cluster


def finalize(d, corefs) -> Path:
    from newsgold.jsonio import dumps_pretty, write_atomic
    from newsgold.validate import validate_file

    d.record()  # assigns ids
    for ev, head in corefs:
        extra = f"coref={head.id}"
        ev.note = f"{ev.note}, {extra}" if ev.note else extra
    rec = d.record()
    ents = rec["entities"]
    for ev in rec["events"]:
        for a in ev["arguments"]:
            _nested(a, ents, a.get("head"))
    for st in rec["stances"]:
        h = st["holder"]
        if not h.get("author"):
            _nested(h, ents, None)
    root = Path("/work/main")
    target = root / "annotations" / "raw" / d.annotator / f"{d.doc_id}.json"
    write_atomic(target, dumps_pretty(rec))
    report = validate_file(target, gold=True, cap=200)
    for problem in report.errors:
        print("ERROR", problem)
    missing = [e.id for e in d.events if not any(s.target is e and s.kind == "factuality" for s in d.stances)]
    if missing:
        print("WARNING: events without a factuality stance (ST3):", ", ".join(missing))
    nf = {}
    for s in d.stances:
        if s.kind == "factuality":
            nf[s.target.id] = nf.get(s.target.id, 0) + 1
    print(f"{target}: {len(rec['entities'])} entities, {len(rec['clusters'])} clusters, "
          f"{len(rec['events'])} events, {len(rec['stances'])} stances; {'valid' if report.ok else 'INVALID'}")
    return target
