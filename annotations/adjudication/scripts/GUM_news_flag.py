"""Adjudicated gold of GUM_news_flag (A = annotator_f, B = annotator_j); decisions in
annotations/adjudication/GUM_news_flag.md. Starts from B's record."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from adj3lib import Adj

d = Adj("GUM_news_flag", "annotations/raw/annotator_j/GUM_news_flag.json", "annotator_f", "annotator_j")

# events: 'suggest' (s2, s9) is no commitment event: suggesting designs or a meaning is not an
# offer/proposal of one's own action (V17a, V1) -> A
d.del_event(d.ev("suggest", 2))
d.del_event(d.ev("suggest", 9))

# 'encouraged' (s9): an asserted positive appeal -> PLOVER REQUEST, no mode (V16) -> A
enc = d.ev("encouraged", 9)
enc["plover"] = {"category": "REQUEST"}
enc["note"] = "V17a (appeal), V12, V16"

# 'referendum' (s13): voter 'I' (Key votes in each referendum, V9 a/h) -> A
ref = d.ev("referendum", 13)
key = d.cluster_id("John Key")
ref["arguments"].append(d.mk_arg("voter", d.span("I", 13), d.span("I", 13), key))
ref["note"] = "V18, V9h, V14 future"

# 'vote' (s13): ballot 'each referendum' kept (B; V9a prepositional complement)
d.finish()
