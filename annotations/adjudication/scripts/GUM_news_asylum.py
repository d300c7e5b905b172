"""Adjudicated gold of GUM_news_asylum (adjudicator_2): A = annotator_e (base), B = annotator_i.
Decisions: annotations/adjudication/GUM_news_asylum.md"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from adj2_lib import Adj

a = Adj("GUM_news_asylum", "annotator_e", "annotator_i")

# entities
a.add_entity("Rohingya", "NORP", 11)                       # B: E9, like every other `Rohingya`
# 'twice' (s8) CARDINAL kept from A (E15, uncovered; see gaps)

# events
a.take_event("deployed", 3)                                 # B: V1, a warship sent to the scene
a.del_arg("sent", 6, "destination", "Indonesia waters")     # B: `sent away from` -> origin
a.take_arg("sent", 6, "origin", "Indonesia waters", 6)
a.del_arg("turning", 7, "transporter", "boats of migrants") # B: K10 generic
a.del_arg("turn", 13, "transporter", "boats of people")     # B: K10 generic
a.del_event("cracked", 10)                                  # B: V1, no type fits a crackdown
a.del_arg("transport", 10, "passenger", "migrants")         # B: K10 generic
a.del_arg("transport", 10, "transporter", "people-smugglers")
a.take_event("contacted", 11)                               # B: contact.discussion (not opposed parties), no topic role
a.ev("contacted", 11)["note"] = "V8 (negotiate is for opposed parties; discussion has no topic role), V17a"
a.take_event("work", 12)                                    # B: contact.collaborate, requested

# stances
a.take_stance("deployed", 3, "Major general Fuad Basya", "factuality")
a.del_stance("rescued", 8, "Muhammad Amin", "factuality")   # B: ST2, no SIP -> author
a.del_stance("turned", 8, "Muhammad Amin", "factuality")
a.take_stance("rescued", 8, None, "factuality")
a.take_stance("turned", 8, None, "factuality")
a.take_stance("work", 12, "Jeff Rathke", "factuality")
a.take_stance("work", 12, "We", "attitude")

# notes of changed items
a.ev("sent", 6)["note"] = "V8 (being sent away = denied entry), V13 avoided event positive, V14; `away from` -> origin"
a.ev("turning", 7)["note"] += "; boats of migrants generic, no role (K10)"
a.ev("transport", 10)["note"] = "V1 habitual; people-smugglers, migrants generic, no role (K10)"
a.ev("turn", 13)["note"] += "; boats of people generic, no role (K10)"
for trig in ("rescued", "turned"):
    a.find_stance(trig, 8, None, "factuality")["note"] = "ST2 (no SIP: innermost source is the author), ST3"

a.finish()
