"""Adjudicated gold of GUM_news_hackers (adjudicator_4): A = annotator_g, B = annotator_k.

Starts from B's record and applies the decisions of ../GUM_news_hackers.md.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from adj4lib import Rec  # noqa: E402

R = Rec("annotations/raw/annotator_k/GUM_news_hackers.json", "adjudicated: annotator_g + annotator_k")

# s8 'since the early days of newsgroups': DATE 'the early days' (third answer; the of-phrase
# names no time and stays outside, E18, as 'the fourth or fifth day' in GUM_news_lanterns).
e = R.ent("the early days of newsgroups", 8)
e.update(R.span("the early days", 8))
e["note"] = "E18 (modifier 'early' and 'the' inside; the of-phrase naming no time outside)"

# s9 'Lawsuits': prosecutor 'Scientology' of s8 ('a war that Scientology has been waging ...
# Lawsuits have been filed'), V9 i (A). The NORP word keeps no cluster (K2; by word form, E9, as a
# GPE name keeps its own cluster, K6); the argument carries the NORP entity id (K9, exact span).
law = R.ev("Lawsuits", 9)
p = R.add_arg(law, "prosecutor", "Scientology", 8, n=2)
assert p["start"] == 1236 and R.text[p["start"] - 5:p["end"] + 16] == "that Scientology has been waging"
law["note"] = "V4, V18, V9i (prosecutor: the war 'Scientology has been waging', s8)"

# s5 'requests': head of 'the Church of Scientology' is 'Church' (G7: last word before the of-phrase) (A).
a = R.arg(R.ev("requests", 5), "communicator", "the Church of Scientology")
a["head"] = {"start": a["start"] + 4, "end": a["start"] + 10, "text": "Church"}
assert R.text[a["head"]["start"]:a["head"]["end"]] == "Church"

R.save()
