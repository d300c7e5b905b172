"""Adjudicated gold of GUM_news_clock (adjudicator_2): A = annotator_e (base), B = annotator_i.
Decisions: annotations/adjudication/GUM_news_clock.md"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from adj2_lib import Adj

a = Adj("GUM_news_clock", "annotator_e", "annotator_i")

# kit bug shared by A and B: short words matched inside longer words -> the intended words
a.fix_span(567, 569, "he", 5)        # `he` in `headquarters` -> `tomorrow he plans` (meet participant, plans holder)
a.fix_span(834, 836, "he", 8)        # `he` in `the` -> `the digital clock he made`
a.fix_span(1966, 1968, "he", 19)     # `he` in `father` (s18) -> `said he was taking` (s19)
a.fix_span(3057, 3061, "come", 32)  # `come` in `welcome` -> `to come and tour`

# entities: `The Straits Times` (A) kept: the paper's name includes `The` (E3, see gaps)

# events
a.del_arg("meet", 16, "place", "the event")                  # B: an event is no place ...
a.add_arg("meet", 16, a.arg("place", "Google's headquarters", "headquarters", 16,
                            cluster="google headquarters"))   # ... the meeting place is named (V9 h), third answer
a.ev("meet", 16)["note"] += "; place = Google's headquarters where the event was held (V9 h), not `the event`"
a.take_event("internship", 31)                               # B: hiring, offered (V18, V14)
a.take_event("said", 32)                                     # B: `said` introduces Zuckerberg's own invitation (V17a)
a.ev("come", 32)["note"] = "V14 invitation ('welcome to'); V17a: `said` is the invitation event"
# `conversation` (s14, B) not taken: `a national conversation` is figurative (V2c)

# stances
st = a.find_stance("meet", 5, None, "factuality")            # B: Mohamed's own plan, reported by the author: Uu
st.update(label="NONE", factuality="Uu", note="ST4 (planned by others: Mohamed's plan)")
a.take_stance("internship", 31, None, "factuality")
a.add_stance("internship", 31, a.holder("Twitter", 31, cluster="Twitter"), "FAVOR", "attitude", None,
             a.span("option", 31), note="ST5 offer, ST10 (third answer: the internship is offered with `come`)")
a.take_stance("said", 32, None, "factuality")
a.take_stance("come", 32, "Facebook co-founder Mark Zuckerberg", "attitude", "welcome")
a.take_stance("tour", 32, "Facebook co-founder Mark Zuckerberg", "attitude", "welcome")

a.finish()
