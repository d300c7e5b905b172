"""Adjudicated gold of GUM_news_stampede (adjudicator_4): A = annotator_g, B = annotator_k.

Starts from B's record; B's answers won all three disagreements (see ../GUM_news_stampede.md).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from adj4lib import Rec  # noqa: E402

R = Rec("annotations/raw/annotator_k/GUM_news_stampede.json", "adjudicated: annotator_g + annotator_k")

# s4 'thrown': B has no arguments (generic 'pebbles', non-specific 'a pillar' in a habitual
# description of the rite: K10); kept as in B.
# s8 'installed' (security cameras): no event (B); installing equipment is not
# manufacture.artifact.build ("builds or constructs something"), no other type fits (V1).
assert not any(e["trigger"]["text"] == "installed" for e in R.events)
assert R.ev("thrown", 4)["arguments"] == []

R.save()
