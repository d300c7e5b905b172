#!/usr/bin/env python3
"""Guidelines v2.1: bring the adjudicated gold in line with the v2.1 rules that decide a
case mechanically. Idempotent: a second run changes nothing.

Rules applied (see annotations/guidelines.md, "Changes", 2.1):
  V16 (v2.1)  PLOVER by event type for contact events: every asserted, positive
              contact.requestadvise.* / contact.commandorder.* -> REQUEST, except invitations
              -> CONSULT; contact.discussion.* -> CONSULT; contact.collaborate.* -> COOPERATE;
              contact.commitmentpromiseexpressintent.* -> AGREE (CONCEDE for concessions).
              Only events with no PLOVER are filled; an existing category/mode is kept.
  E15 (v2.1)  `one` heading a partitive `one of NP` and the frequency numeral `twice` are
              CARDINAL (added where no entity covers the word).
  V11 (v2.1)  a participant whose noun is modified by the trigger (participle/adjective)
              fills its role with the whole core NP, trigger included.
  ST7 (v2.1)  an attitude cue includes a following preposition that belongs to it
              (`asked for`, `pleaded with`, `requests for`); the infinitival `to` is outside.

Run from the repository root:  .venv/bin/python annotations/adjudication/scripts/v2_1_consistency.py
Prints one line per change (document, item, before, after, rule).
"""
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
GOLD = ROOT / "annotations" / "gold"
DOCS = ROOT / "corpus" / "documents"

# Invitations among requestadvise events whose trigger is not `invite*` (V8/V17a decided in
# adjudication: GUM_news_clock `said the boy was welcome to come and tour the company`).
INVITATIONS = {("GUM_news_clock", "E28")}

# Left for re-adjudication, not filled: the reporters' own interviews of GUM_news_warhol
# (`spoke`, caption `interview`) are no events under V20 (v2.1); whether to delete them is a
# judgement listed in annotations/adjudication/v2.1-consistency.md.
SKIP_PLOVER = {("GUM_news_warhol", "E2"), ("GUM_news_warhol", "E3")}

# V11 (v2.1): (doc, event, role, old text) -> new core-NP text, which must end where the old
# span ends and contain the trigger.
TRIGGER_IN_NP = {
    ("GUM_news_warhol", "E13", "artifact", "Warhol photographs"): "their donated Warhol photographs",
    ("GUM_news_warhol", "E16", "artifact", "items"): "donated items",
}

CUE_PREPOSITIONS = ("for", "with", "on", "against", "of")

changes = []


def log(doc, item, before, after, rule):
    changes.append((doc, item, before, after, rule))
    print(f"{doc}\t{item}\t{before}\t{after}\t{rule}")


def add_note(obj, text):
    note = obj.get("note", "")
    if text not in note:
        obj["note"] = f"{note}; {text}" if note else text


def plover_for(doc, ev):
    t = ev["type"]
    trig = ev["trigger"]["text"].lower()
    if t.startswith(("contact.requestadvise.", "contact.commandorder.")):
        if t.startswith("contact.requestadvise.") and (trig.startswith("invit") or (doc, ev["id"]) in INVITATIONS):
            return {"category": "CONSULT"}
        return {"category": "REQUEST"}
    if t.startswith("contact.discussion."):
        return {"category": "CONSULT"}
    if t.startswith("contact.collaborate."):
        return {"category": "COOPERATE"}
    if t.startswith("contact.commitmentpromiseexpressintent."):
        return {"category": "AGREE"}
    return None


def fix_plover(doc, g):
    for ev in g["events"]:
        if ev.get("plover") or ev["polarity"] != "positive" or ev["modality"] != "asserted":
            continue
        if (doc, ev["id"]) in SKIP_PLOVER:
            continue
        p = plover_for(doc, ev)
        if p:
            ev["plover"] = p
            add_note(ev, "V16 (v2.1): PLOVER by event type")
            log(doc, f"{ev['id']} `{ev['trigger']['text']}` ({ev['type']}) plover", "none", p["category"], "V16 (v2.1)")


def next_id(items, prefix):
    nums = [int(x["id"][len(prefix):]) for x in items if re.fullmatch(prefix + r"\d+", x["id"])]
    return f"{prefix}{max(nums, default=0) + 1}"


def fix_cardinals(doc, g, text):
    ents = g["entities"]
    cands = []
    for m in re.finditer(r"\b([Oo]ne) of\b", text):
        cands.append((m.start(1), m.end(1), "partitive `one of`"))
    for m in re.finditer(r"\btwice\b", text):
        cands.append((m.start(), m.end(), "frequency numeral"))
    for s, e, why in cands:
        if any(x["start"] < e and x["end"] > s for x in ents):
            continue
        new = {"id": next_id(ents, "T"), "start": s, "end": e, "text": text[s:e],
               "label": "CARDINAL", "note": "E15 (v2.1)"}
        pos = next((i for i, x in enumerate(ents) if x["start"] > s), len(ents))
        ents.insert(pos, new)
        ctx = text[max(0, s - 25):e + 25].replace("\n", " ")
        log(doc, f"{new['id']} `{new['text']}` ({why}: \"...{ctx}...\")", "no entity", "CARDINAL", "E15 (v2.1)")


def fix_trigger_in_np(doc, g, text):
    for ev in g["events"]:
        for a in ev["arguments"]:
            key = (doc, ev["id"], a["role"], a["text"])
            if key not in TRIGGER_IN_NP:
                continue
            new_text = TRIGGER_IN_NP[key]
            start = a["end"] - len(new_text)
            assert text[start:a["end"]] == new_text, (key, text[start:a["end"]])
            assert start <= ev["trigger"]["start"] and ev["trigger"]["end"] <= a["end"]
            before = a["text"]
            a["start"], a["text"] = start, new_text
            log(doc, f"{ev['id']} `{ev['trigger']['text']}` {a['role']}", f"`{before}`", f"`{new_text}`", "V11 (v2.1), G6")
            add_note(ev, f"V11 (v2.1): {a['role']} is the core NP with the trigger")


def fix_cue_prepositions(doc, g, text):
    for s in g["stances"]:
        if s["kind"] != "attitude":
            continue
        ev = s["evidence"]
        if " " in ev["text"]:
            continue
        m = re.match(r" (%s)\b" % "|".join(CUE_PREPOSITIONS), text[ev["end"]:])
        if not m:
            continue
        before = ev["text"]
        ev["end"] += m.end()
        ev["text"] = text[ev["start"]:ev["end"]]
        add_note(s, "ST7 (v2.1)")
        log(doc, f"{s['id']} evidence", f"`{before}`", f"`{ev['text']}`", "ST7 (v2.1)")


def main():
    files = sorted(GOLD.glob("*.json"))
    for f in files:
        g = json.loads(f.read_text(encoding="utf-8"))
        doc = g["doc_id"]
        text = json.loads((DOCS / f"{doc}.json").read_text(encoding="utf-8"))["text"]
        n0 = len(changes)
        fix_plover(doc, g)
        fix_cardinals(doc, g, text)
        fix_trigger_in_np(doc, g, text)
        fix_cue_prepositions(doc, g, text)
        if len(changes) > n0:
            f.write_text(json.dumps(g, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(changes)} changes", file=sys.stderr)


if __name__ == "__main__":
    main()
