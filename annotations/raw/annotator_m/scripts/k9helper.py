"""annotator_m helper: save a kit Doc with K9 nested entity links and coref notes.

K9: an argument or holder whose span contains an entity mention of its own cluster gets
`entity` = that mention (the one nearest the head if several). The kit links identical
spans only; this adds the nested links, then writes and validates like Doc.save().
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, "/work/main/scripts")
sys.path.insert(0, "/work/main/src")


def _nested(obj: dict, entities: list[dict], head: dict | None) -> None:
    if "entity" in obj or "cluster" not in obj:
        return
    cands = [e for e in entities
             if e.get("cluster") == obj["cluster"] and e["start"] >= obj["start"] and e["end"] <= obj["end"]]
    if not cands:
        return
    if head is not None:
        def dist(e):
            if e["start"] <= head["start"] < e["end"]:
                return 0
            return min(abs(e["start"] - head["end"]), abs(head["start"] - e["end"]))
        cands.sort(key=dist)
    ent = cands[0]["id"]
    items = list(obj.items())
    obj.clear()
    for k, v in items:
        if k == "cluster":
            obj["entity"] = ent
        obj[k] = v


def save(d, corefs: list[tuple] | None = None):
    from newsgold.jsonio import dumps_pretty, write_atomic
    from newsgold.validate import validate_file

    # assign ids once so that coref notes can name the chain head
    d.record()
    for ev, head in corefs or []:
        tag = f"coref={head.id}"
        ev.note = f"{ev.note}, {tag}" if ev.note else tag
    rec = d.record()
    ents = rec["entities"]
    for ev in rec["events"]:
        for a in ev["arguments"]:
            _nested(a, ents, a["head"])
    for st in rec["stances"]:
        h = st["holder"]
        if "author" not in h:
            _nested(h, ents, None)
    target = Path("/work/main/annotations/raw") / d.annotator / f"{d.doc_id}.json"
    write_atomic(target, dumps_pretty(rec))
    report = validate_file(target, gold=True, cap=200)
    for problem in report.errors:
        print("ERROR", problem)
    for problem in report.warnings:
        print("WARN", problem)
    missing = [e["id"] for e in rec["events"]
               if sum(1 for s in rec["stances"] if s["target"].get("event") == e["id"] and s["kind"] == "factuality") < 1]
    if missing:
        print("WARNING: events without a factuality stance (ST3):", ", ".join(missing))
    print(f"{target}: {len(rec['entities'])} entities, {len(rec['events'])} events, "
          f"{len(rec['stances'])} stances, {len(rec['clusters'])} clusters; {'valid' if report.ok else 'INVALID'}")
    return rec
