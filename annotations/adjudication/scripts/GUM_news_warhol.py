"""Adjudicated gold of GUM_news_warhol (adjudicator_1): annotator_d (A) + annotator_h (B).

Base: A's record. Decisions (see annotations/adjudication/GUM_news_warhol.md).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from adjudicator_1_lib import Gold  # noqa: E402

g = Gold("GUM_news_warhol", "annotations/raw/annotator_d/GUM_news_warhol.json",
         "annotations/raw/annotator_h/GUM_news_warhol.json", ("annotator_d", "annotator_h"))

# entities
# - s21 exhibition title: EVENT kept (A; V18 culture row: named exhibitions are EVENT entities)
# - s27/s58/s73/s83 `one`: CARDINAL kept (A; E15 counts); B's s83 `one` inside `phone` is a split word
# - s28, s80 `Polaroid`: PRODUCT kept (A; same use as the agreed s54-s57 mentions, E13, G4)
# - s80, s83 `the evening`: TIME kept (A; E19, E3)
# - s28 museums: FAC (B; E10: the place where the exhibits take place)
for name in ("Tang Teaching Museum and Art Gallery", "Mary & Leigh Block Museum of Art"):
    e = g.ent(name, 28)
    e["label"] = "FAC"
    e["note"] = "E3, E10: named building as the place where the exhibits take place"
# - s60 `a blue/pink/yellow Marilyn`: WORK_OF_ART, no cluster (B; prints, non-specific: E23, K10)
for n in (1, 2, 3):
    e = g.ent("Marilyn", 60, n)
    e["label"] = "WORK_OF_ART"
    e.pop("cluster", None)
    e["note"] = "E23: a print of Warhol's Marilyn series, not the person; K10 non-specific, no cluster"

# events
# - s9 `spoke`, s12 `interview`: contact.discussion kept (A)
# - s19 `encourages`: two topics, one per conjunct kept (A; V12, G6)
# - s25: trigger `donation` (B; V4 `receiving` support, as `received the initial invitation`)
g.del_event("receiving", 25)
don = g.take_event("donation", 25)
don["note"] = "V18 gifts; V4 'receiving' support verb (as 'received the initial invitation', 'accepted ... donations')"
g.take_stance(lambda st, o: st["target"].get("event") == g.ev("donation", 25, rec=o)["id"])
# - s26 `donations`: giver `the Andy Warhol Foundation` (B; V9 h, V10 own sentence)
g.take_arg(g.ev("donations", 26), "giver", "the Andy Warhol Foundation", 26)
# - s27 `donated`: recipient `Institutional recipients` (B; V10 test 4 nominal before pronoun);
#   artifact `Warhol photographs` added (the noun the participle modifies, as `items` in s32)
d27 = g.ev("donated", 27)
g.del_arg(d27, "recipient", "their", 27)
g.take_arg(d27, "recipient", "Institutional recipients", 27)
g.arg(d27, "artifact", "Warhol photographs", 27, head="photographs")
d27["note"] = "V18 gifts; V10 test 4: recipient nominal before 'their'; artifact = the noun the participle modifies, trigger left out (as 'items' s32)"
# - s29 `received`: recipient `All` kept (A; V9 a subject; a set, no cluster K7)
# - s32 `donated`: artifact `items` kept (A)

# stances
# - s17 `further donations`: factuality from the author, Uu (B; `expressed interest in` is an attitude cue, no SIP)
st = next(s for s in g.r["stances"] if s["kind"] == "factuality" and s["evidence"]["text"] == "expressed")
st["holder"] = {"author": True}
st["evidence"] = dict(g.ev("donations", 17)["trigger"])
st["note"] = "ST3, ST4: wanted by another (no SIP: 'expressed interest in' is an attitude cue), author Uu"
# - s60 `buy`: Wilkins PS+ kept (A; ST4 `could`)
# - s83 `left`: author CT+ kept (A; `Wikinews observed` is a relative clause inside the subject NP)

g.save()
