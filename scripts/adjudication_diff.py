"""Every disagreement between two annotations of one document, for the adjudicator.

    .venv/bin/python scripts/adjudication_diff.py annotations/raw/annotator_d/DOC.json annotations/raw/annotator_h/DOC.json

Prints, per layer, what both annotators have (counted) and each item only one has or that
they annotate differently, with its sentence number and text, so that every disagreement
can be decided and recorded.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def _load(path: str) -> dict[str, Any]:
    return json.loads(Path(path).read_text(encoding="utf-8"))


class Context:
    def __init__(self, doc_id: str):
        doc = json.loads((ROOT / "corpus" / "documents" / f"{doc_id}.json").read_text(encoding="utf-8"))
        self.text = doc["text"]
        self.sentences = [tuple(s) for s in doc["sentences"]]

    def sentence(self, offset: int) -> int:
        return max((i for i, (s, _e) in enumerate(self.sentences) if s <= offset), default=0)

    def at(self, start: int, end: int) -> str:
        return f"s{self.sentence(start)} [{start},{end}) {self.text[start:end]!r}"


def _entities(a: dict, b: dict, ctx: Context) -> None:
    ka = {(e["start"], e["end"]): e["label"] for e in a.get("entities", [])}
    kb = {(e["start"], e["end"]): e["label"] for e in b.get("entities", [])}
    same = sum(1 for k in ka if kb.get(k) == ka[k])
    print(f"\n## entities: {same} agreed, A {len(ka)}, B {len(kb)}")
    for key in sorted(set(ka) | set(kb)):
        la, lb = ka.get(key), kb.get(key)
        if la != lb:
            print(f"- {ctx.at(*key)}: A {la or '-'} | B {lb or '-'}")


def _clusters(a: dict, b: dict, ctx: Context) -> None:
    def partition(record: dict) -> dict[tuple[int, int], frozenset]:
        members: dict[str, set] = {}
        spans = [(e["start"], e["end"], e.get("cluster")) for e in record.get("entities", [])]
        for ev in record.get("events", []):
            spans += [(x["start"], x["end"], x.get("cluster")) for x in ev.get("arguments", [])]
        for st in record.get("stances", []):
            h = st["holder"]
            if not h.get("author"):
                spans.append((h["start"], h["end"], h.get("cluster")))
        for s, e, c in spans:
            if c:
                members.setdefault(c, set()).add((s, e))
        return {m: frozenset(group) for group in members.values() for m in group}

    pa, pb = partition(a), partition(b)
    shown: set = set()
    diffs = 0
    lines = []
    for mention in sorted(set(pa) | set(pb)):
        ga, gb = pa.get(mention, frozenset()), pb.get(mention, frozenset())
        key = (ga, gb)
        if ga != gb and key not in shown:
            shown.add(key)
            diffs += 1
            show = lambda g: "{" + ", ".join(repr(ctx.text[s:e]) + f"@s{ctx.sentence(s)}" for s, e in sorted(g)) + "}"  # noqa: E731
            lines.append(f"- {ctx.at(*mention)}: A {show(ga) if ga else 'no cluster'}\n    B {show(gb) if gb else 'no cluster'}")
    print(f"\n## clusters: {diffs} differing groupings (A {len(set(pa.values()))} clusters, B {len(set(pb.values()))})")
    print("\n".join(lines))


def _events(a: dict, b: dict, ctx: Context) -> None:
    ea = {(e["trigger"]["start"], e["trigger"]["end"]): e for e in a.get("events", [])}
    eb = {(e["trigger"]["start"], e["trigger"]["end"]): e for e in b.get("events", [])}
    agree = 0
    out = []
    for key in sorted(set(ea) | set(eb)):
        x, y = ea.get(key), eb.get(key)
        if x is None or y is None:
            have, ev = ("A", x) if x else ("B", y)
            args = "; ".join(f"{g['role']}={g['text']!r}" for g in ev["arguments"])
            out.append(f"- {ctx.at(*key)}: only {have}: {ev['type']} {ev['polarity']}/{ev['modality']} [{args}]")
            continue
        notes = []
        for field in ("type", "polarity", "modality", "acled", "plover"):
            if x.get(field) != y.get(field):
                notes.append(f"{field}: A {x.get(field)} | B {y.get(field)}")
        aa = {(g["role"], g["start"], g["end"]) for g in x["arguments"]}
        ab = {(g["role"], g["start"], g["end"]) for g in y["arguments"]}
        for role, s, e in sorted(aa - ab):
            notes.append(f"arg only A: {role}={ctx.text[s:e]!r}@s{ctx.sentence(s)}")
        for role, s, e in sorted(ab - aa):
            notes.append(f"arg only B: {role}={ctx.text[s:e]!r}@s{ctx.sentence(s)}")
        if notes:
            out.append(f"- {ctx.at(*key)} ({x['type']}):\n    " + "\n    ".join(notes))
        else:
            agree += 1
    print(f"\n## events: {agree} identical, A {len(ea)}, B {len(eb)}")
    print("\n".join(out))


def _stances(a: dict, b: dict, ctx: Context) -> None:
    def keyed(record: dict) -> dict[tuple, dict]:
        events = {e["id"]: (e["trigger"]["start"], e["trigger"]["end"]) for e in record.get("events", [])}
        entities = {e["id"]: (e["start"], e["end"]) for e in record.get("entities", [])}
        out = {}
        for st in record.get("stances", []):
            h = st["holder"]
            holder = "author" if h.get("author") else (h["start"], h["end"])
            t = st["target"]
            target = ("event", events.get(t.get("event"))) if "event" in t else ("entity", entities.get(t.get("entity")))
            out[(holder, target, st["kind"])] = st
        return out

    sa, sb = keyed(a), keyed(b)
    agree = 0
    out = []

    def name(key: tuple) -> str:
        holder, (kind, span), stance_kind = key
        who = "author" if holder == "author" else repr(ctx.text[holder[0]:holder[1]])
        what = ctx.at(*span) if span else "?"
        return f"{stance_kind} {who} -> {kind} {what}"

    for key in sorted(set(sa) | set(sb), key=str):
        x, y = sa.get(key), sb.get(key)
        if x is None or y is None:
            have, st = ("A", x) if x else ("B", y)
            out.append(f"- {name(key)}: only {have}: {st['label']} {st.get('factuality', '')} cue {st['evidence']['text']!r}")
            continue
        diffs = [f"{f}: A {x.get(f)} | B {y.get(f)}" for f in ("label", "factuality") if x.get(f) != y.get(f)]
        if (x["evidence"]["start"], x["evidence"]["end"]) != (y["evidence"]["start"], y["evidence"]["end"]):
            diffs.append(f"cue: A {x['evidence']['text']!r} | B {y['evidence']['text']!r}")
        if diffs:
            out.append(f"- {name(key)}: " + "; ".join(diffs))
        else:
            agree += 1
    print(f"\n## stances: {agree} identical, A {len(sa)}, B {len(sb)}")
    print("\n".join(out))


def main(path_a: str, path_b: str) -> None:
    a, b = _load(path_a), _load(path_b)
    ctx = Context(a["doc_id"])
    print(f"# {a['doc_id']}: A = {a.get('annotator')}, B = {b.get('annotator')}")
    _entities(a, b, ctx)
    _clusters(a, b, ctx)
    _events(a, b, ctx)
    _stances(a, b, ctx)


if __name__ == "__main__":
    main(*sys.argv[1:3])
