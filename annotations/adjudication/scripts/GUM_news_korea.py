"""Adjudicated gold of GUM_news_korea (adjudicator_2): A = annotator_e (base), B = annotator_i.
Decisions: annotations/adjudication/GUM_news_korea.md"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from adj2_lib import Adj

a = Adj("GUM_news_korea", "annotator_e", "annotator_i")

# clusters: `36 shells` corefers with `them` (`Six shells of them`) -> own cluster (B, K3)
a.set_cluster("36 shells", 5, "36 shells")

# events
a.del_arg("fell", 6, "instrument", "15 shells")            # B: `other` is inside the core NP (G6)
a.take_arg("fell", 6, "instrument", "other 15 shells", 6)
a.take_event("punishment", 7)                                # B: the threatened retaliation (V1, V14)
a.take_event("aimed", 8)                                     # B: inspection.targetaimat (V1, V8)
a.take_event("injuries", 10)                                 # B: injurycausedbyviolentevents (V8)
a.ev("injuries", 10)["note"] = "V8 (injuries in the attacks: violent), V13, K10"
a.del_arg("attacks", 10, "attacker", "North Korea")          # B: `either side` (V9b, V10, H29 `both sides`)
a.del_arg("attacks", 10, "attacker", "South Korea")
a.take_arg("attacks", 10, "attacker", "either side", 10)
a.ev("attacks", 10)["note"] = "V9b, V10 (the linked set `either side`, like H29 `both sides`), K7, V15 aggregate, coref=E3"

# stances
a.take_stance("punishment", 7, "it", "factuality")
a.take_stance("aimed", 8, None, "factuality")

a.finish()
