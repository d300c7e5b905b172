"""Adjudicated gold of GUM_news_questionnaire (adjudicator_4): A = annotator_g, B = annotator_l.

Starts from B's record and applies the decisions of ../GUM_news_questionnaire.md.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from adj4lib import Rec  # noqa: E402

R = Rec("annotations/raw/annotator_l/GUM_news_questionnaire.json", "adjudicated: annotator_g + annotator_l")

# s23 ORG 'The Guardian' (A): the newspaper's name has 'The' (E3, E12: 'The Globe and Mail',
# 'The Huffington Post'); sentence-initial position does not take it out of the name.
g = R.ent("Guardian", 23)
g.update(R.span("The Guardian", 23))
g["note"] = "E3 ('The' belongs to the newspaper's name, as 'The Globe and Mail'), E12"

# PLOVER REQUEST (no mode) on the asserted, positive requests 'applied' (s6) and 'recommending' (s9) (A),
# as on every other asserted requestadvise event of the gold (V16).
for trig, s in (("applied", 6), ("recommending", 9)):
    ev = R.ev(trig, s)
    ev["plover"] = {"category": "REQUEST"}
    ev["note"] = ev.get("note", "").replace("no PLOVER row (V16)", "V16 (REQUEST, no mode)").replace(
        "V16: no PLOVER row for advice to applicants", "V16 (REQUEST, no mode)")

# s23: 'transportation', 'transfer', 'harbouring' are terms of the bracketed definition of
# 'human trafficking', not mentions of occurrences (V1) (A): delete with their stances.
for trig in ("transportation", "transfer", "harbouring"):
    R.del_event(R.ev(trig, 23))

R.save()
