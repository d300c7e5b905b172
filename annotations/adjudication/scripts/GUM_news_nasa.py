"""Adjudicated gold of GUM_news_nasa (adjudicator_5): annotator_m (A) + annotator_n (B).

Base: A's record (json.load). Every decision is listed in
annotations/adjudication/GUM_news_nasa.md. Run from /work/main:
    .venv/bin/python annotations/adjudication/scripts/GUM_news_nasa.py
"""
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DOC = "GUM_news_nasa"
A_FILE = ROOT / "annotations/raw/annotator_m/GUM_news_nasa.json"
OUT = ROOT / "annotations/gold/GUM_news_nasa.json"

doc = json.loads((ROOT / f"corpus/documents/{DOC}.json").read_text(encoding="utf-8"))
text = doc["text"]
sents = doc["sentences"]
g = json.loads(A_FILE.read_text(encoding="utf-8"))


def span(s, sent, n=1):
    """n-th occurrence of s inside sentence `sent`, as {start, end, text}."""
    lo, hi = sents[sent]
    start = lo - 1
    for _ in range(n):
        start = text.index(s, start + 1)
    assert start + len(s) <= hi and text[start:start + len(s)] == s, (s, sent)
    return {"start": start, "end": start + len(s), "text": s}


def ent_at(start, end):
    return next(e for e in g["entities"] if e["start"] == start and e["end"] == end)


def ev(trigger, sent, n=1):
    sp = span(trigger, sent, n)
    return next(e for e in g["events"] if e["trigger"]["start"] == sp["start"])


def arg(event, role, s, sent, head, n=1, entity=None, cluster=None):
    sp = span(s, sent, n)
    h_start = text.index(head, sp["start"])  # head: first occurrence inside the span
    assert h_start + len(head) <= sp["end"]
    h = {"start": h_start, "end": h_start + len(head), "text": head}
    a = {"role": role, **sp, "head": h}
    if entity:
        a["entity"] = entity
    if cluster:
        a["cluster"] = cluster
    return a


def del_arg(event, role, start):
    before = len(event["arguments"])
    event["arguments"] = [a for a in event["arguments"] if not (a["role"] == role and a["start"] == start)]
    assert len(event["arguments"]) == before - 1, (event["trigger"], role, start)


# ---------------------------------------------------------------- entities
# s0, s2, s49 `30th`/`50th` (anniversary): ORDINAL kept (A; E16, as `20th anniversary` in GUM_news_warhol gold)
# s32 `Johnson Space Center` and its pull-quote copy s44: ORG (B; E10: the staff's institution, not the building)
for sent in (32, 44):
    sp = span("Johnson Space Center", sent)
    e = ent_at(sp["start"], sp["end"])
    e["label"] = "ORG"
    e["note"] = ("G3, " if sent == 44 else "") + "E10: employer of `the thousands of dedicated men and women at`, the institution, not the building"
# s45 `R` of `(R-Texas)`: NORP added (B; E9 party, as the agreed NORP `Republican` s28; G4 first part of a hyphenated compound)
r = span("R", 45)
assert text[r["end"]] == "-" and text[r["start"] - 1] == "("
g["entities"].append({"id": "Tnew", **r, "label": "NORP",
                      "note": "E9, G4: party abbreviation `R` (Republican) as first part of `R-Texas`; uncovered"})

# ---------------------------------------------------------------- events
# PLOVER of the `announce(s/d/ment)` chain: AGREE (B; V16 commitment row, announced intention of own action,
# as `stated` in GUM_news_hackers and `told` in GUM_news_sensitive gold)
for trig, sent in (("announces", 0), ("announces", 2), ("announced", 7), ("announcement", 32), ("announcement", 44)):
    e = ev(trig, sent)
    e["plover"] = {"category": "AGREE"}
    e["note"] = re.sub(r",? ?V16 no row \(uncovered: no PLOVER\)", "", e.get("note") or "")
    e["note"] = (e["note"] + ", V16 commitment row: AGREE").lstrip(", ")

# s2 `launch`: artifact is the `shuttle` of `the first shuttle launch` (B; A's span was the `shuttle` of
# `four space shuttle orbiters`); transporter NASA kept (A; V9, caption-internal)
e = ev("launch", 2)
del_arg(e, "artifact", span("shuttle", 2, 1)["start"])
e["arguments"].append(arg(e, "artifact", "shuttle", 2, "shuttle", n=2, cluster="C2"))
assert e["arguments"][-1]["start"] == 345

# s18 request: trigger `interest` (B; V4 `expressed` light verb), communicator `the locations`
# (A; V9e antecedent of `that`, as `government officials` of `fled` H46), topic removed
# (shared fix: `one of these national treasures` is non-specific, K10), PLOVER REQUEST (B; V16)
e = ev("expressed", 18)
e["trigger"] = span("interest", 18)
del_arg(e, "topic", span("one of these national treasures", 18)["start"])
e["plover"] = {"category": "REQUEST"}
e["note"] = ("V4 `expressed` light verb, V17a, V9e (antecedent of `that`, as H46 `fled`), V10, K8, "
             "K10 (`one of these national treasures` non-specific: no topic), V16; "
             "uncovered: expressing interest in receiving an orbiter read as a request")

# s48 `offering`: recipients `schools`, `universities` removed (B; generic/non-specific, K10)
e = ev("offering", 48)
del_arg(e, "recipient", span("schools", 48)["start"])
del_arg(e, "recipient", span("universities", 48)["start"])
e["note"] = "V17a offer, V12, V16, G6 relative clause outside, K10 `schools and universities that want ...` non-specific: no recipient"

# s49 `lifted`: coreferent with `flight` (B; V7, same selfmotion event); destination `space` of `into space` kept (A)
fl = ev("flight", 49)
e = ev("lifted", 49)
e["note"] = e["note"] + ", coref=" + fl["id"]

# kept from A (B lacked them): transporter NASA of s2 `launch`, s5 `lifted` (NASA s6), s8 `relocated` (NASA s7),
# transporter `all seven astronauts` of s16 `re-entry`, transporter `We` (s18) of s17 `liftoff`,
# place `Seattle` of s34 `build`; no artifact for s35 `landing` (K10).

# ---------------------------------------------------------------- renumber (P2)
g["entities"].sort(key=lambda x: (x["start"], x["end"]))
emap = {}
for i, e in enumerate(g["entities"], 1):
    emap[e["id"]] = f"T{i}"
    e["id"] = f"T{i}"


def fix_ref(o):
    if o.get("entity"):
        o["entity"] = emap[o["entity"]]


for e in g["events"]:
    for a in e["arguments"]:
        fix_ref(a)
for s in g["stances"]:
    if not s["holder"].get("author"):
        fix_ref(s["holder"])
    if "entity" in s["target"]:
        s["target"]["entity"] = emap[s["target"]["entity"]]

# events: trigger order unchanged (interest@2442 stays between killing@2360 and lifting@3328)
starts = [e["trigger"]["start"] for e in g["events"]]
assert starts == sorted(starts)
# stances: evidence order unchanged
assert [s["evidence"]["start"] for s in g["stances"]] == sorted(s["evidence"]["start"] for s in g["stances"])

# K9: every argument/holder span equal to or containing a clustered entity mention carries it
ents = g["entities"]
for e in g["events"]:
    for a in e["arguments"]:
        inside = [x for x in ents if a["start"] <= x["start"] and x["end"] <= a["end"]]
        if a.get("entity"):
            x = next(x for x in ents if x["id"] == a["entity"])
            assert x in inside and x.get("cluster") == a.get("cluster"), a
        exact = [x for x in inside if (x["start"], x["end"]) == (a["start"], a["end"])]
        if exact:
            assert a.get("entity") == exact[0]["id"], a

g["annotator"] = "adjudicated: annotator_m + annotator_n"
OUT.write_text(json.dumps(g, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print("wrote", OUT, len(g["entities"]), "entities", len(g["events"]), "events", len(g["stances"]), "stances")
