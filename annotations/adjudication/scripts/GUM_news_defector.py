"""Adjudicated gold of GUM_news_defector (adjudicator_2): A = annotator_e (base), B = annotator_i.
Decisions: annotations/adjudication/GUM_news_defector.md"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from adj2_lib import Adj

a = Adj("GUM_news_defector", "annotator_e", "annotator_i")

# kit bug shared by A and B: `he` matched inside longer words -> the intended `he`
a.fix_span(148, 150, "he", 2)        # `he` in `the` -> `where he was interrogated` (interrogated, arrested)
a.fix_span(1930, 1932, "he", 16)     # `he` in `the` -> `shortly after he left` (left)
a.fix_span(2346, 2348, "he", 19)     # `he` in `the` -> `UNLESS of course, he returned` (returned, cooperated, routed)
a.fix_span(3134, 3136, "he", 24)     # `he` in `where` -> `where he could route out` (route)

# entities: s2 `first` ORDINAL kept (A; E16 adverbial)

# clusters
a.set_cluster("a management building", 2, None)              # B: mentioned once (K3)
a.set_cluster("former members of Scientology", 14, None)     # B: mentioned once (K3, K4)

# events
a.take_event("persuaded", 2)                                 # B: request/advice (V17a)
a.del_arg("travel", 2, "transporter", "a defector from the elite group within Scientology")
a.take_arg("travel", 2, "transporter", "a defector from the elite group", 2)   # B span (G6: place PP of the inner NP out)
a.del_arg("left", 3, "placeofemployment", "the elite group within Scientology")
a.take_arg("left", 3, "placeofemployment", "the elite group", 3)               # B span (G6)
a.ev("left", 3)["note"] += "; G6 (`within Scientology` is a place phrase)"
a.del_arg("charged", 8, "crime", "taking hard drives and a zip drive from the Scientology organization")
a.take_arg("charged", 8, "crime",
           "taking hard drives and a zip drive from the Scientology organization after leaving the Sea Org group", 8)  # B: whole clause (G6)
a.take_event("billion-year-contract", 9)                     # B: agreement noun (V5), required (V14)
a.take_arg("lies", 12, "communicator", "the Freedom article", 12)             # B; topic `the claims made about him` not taken
a.ev("lies", 12)["note"] = "V17 (statement said to be false); communicator by meaning (V9 h); the claims are the lies themselves, no topic"
a.take_event("touch", 14)                                    # B: `get in touch` (V4, V8)
a.take_event("told", 15)                                     # B: the speaker's own promise (V17a)
a.take_event("case", 19)                                     # B: threat/warning (V17a)
a.take_event("cooperated", 19)                               # B: collaborate (V1, V14)
a.del_arg("taken", 24, "passenger", "he")                    # 1st `taken`: the controller `he` (V9d, V10 test 3)
a.add_arg("taken", 24, a.arg("passenger", "he", sent=24, n=2, cluster="Daniel Montalvo"))
a.del_arg("taken", 24, "passenger", "he", n=2)               # 2nd `taken`: its subject `he` (B)
a.add_arg("taken", 24, a.arg("passenger", "he", sent=24, n=2, cluster="Daniel Montalvo"), n=2)
a.ev("promised", 24)["plover"] = {"category": "AGREE"}       # B (V16 commitment)
a.ev("interrogated", 25)["note"] = "V9e, V7: the interrogation of s2, coref=E4"
a.take_arg("charges", 27, "defendant", "Montalvo", 27)       # B (V9 h)
a.ev("statement", 27)["arguments"] = [x for x in a.ev("statement", 27)["arguments"] if x["role"] != "recipient"]
a.ev("statement", 27)["note"] = "V17b; the media outlet is no recipient (V17)"
a.take_event("theft", 27)                                    # B: the charged crime is an event (V18) ...
a.ev("theft", 27)["modality"] = "asserted"                   # ... asserted: no V14 marker (as s8 `taking`, s31 `crime`)
a.ev("theft", 27)["note"] = "V18 theft without violence; V14 (no marker of the closed list: asserted; author/source Uu, ST4)"
a.ev("requested", 33)["plover"] = {"category": "REQUEST"}    # B (V16)
a.take_arg("donations", 33, "beneficiary", "Montalvo", 33)   # B (V9 h)

# stances
a.take_stance("persuaded", 2, "Recent reports", "factuality")
a.take_stance("billion-year-contract", 9, None, "factuality")
a.take_stance("touch", 14, None, "factuality")
a.take_stance("told", 15, None, "factuality")
a.take_stance("case", 19, "Rathbun", "factuality")
a.take_stance("cooperated", 19, "Rathbun", "factuality")
for trig, n in (("put", 1), ("returned", 2), ("cooperated", 1), ("routed", 1)):
    a.take_stance(trig, 19, "Moxon", "factuality", "case", n=n)
st = a.find_stance("route", 24, "Rathbun", "factuality")     # B: `as promised` -> Uu
st.update(label="NONE", factuality="Uu", note="ST4 (promised; `could` is not an epistemic hedge here)")
a.take_stance("theft", 27, "Steve Whitmore", "factuality")

a.finish()
