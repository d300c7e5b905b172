"""Adjudicated gold of GUM_news_crane (adjudicator_1): annotator_d (A) + annotator_h (B).

Base: A's record. Decisions (see annotations/adjudication/GUM_news_crane.md):
1. s4 `taken`: drop destination `hospital` (B; bare institutional noun, no particular hospital: K10).
2. s9 `death`: add place `the mosque` (s7) (B; V9 i, V10), so `the mosque` s7 joins Grand Mosque (K3).
3. s12 `enlarge`: add B's event manufacture.artifact.build (other, purpose: V14), artifact
   `the mosque`, with the author's Uu stance (ST4).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from adjudicator_1_lib import Gold  # noqa: E402

g = Gold("GUM_news_crane", "annotations/raw/annotator_d/GUM_news_crane.json",
         "annotations/raw/annotator_h/GUM_news_crane.json", ("annotator_d", "annotator_h"))

# 1. taken: no destination
taken = g.ev("taken", 4)
g.del_arg(taken, "destination", "hospital", 4)
taken["note"] = "V18: casualties taken to hospital = evacuation/rescue; 'hospital' non-specific, no role (K10)"

# 2. death (s9): place = the mosque (s7)
death = g.ev("death", 9)
g.take_arg(death, "place", "the mosque", 7)
death["note"] = "V14: counterfactual; V9 i: place 'the mosque' (s7); 'more than a thousand' is a predicate value, K10"

# 3. enlarge (s12)
enl = g.take_event("enlarge", 12)
enl["note"] = "V18, uncovered: enlarging a building = building work (nearest type); V14 purpose clause"
g.take_stance(lambda st, o: st["target"].get("event") == g.ev("enlarge", 12, rec=o)["id"])

g.save()
