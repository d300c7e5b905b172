"""Adjudicated gold of GUM_news_lanterns (adjudicator_4): A = annotator_g, B = annotator_k.

Starts from B's record and applies the decisions of ../GUM_news_lanterns.md.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from adj4lib import Rec  # noqa: E402

R = Rec("annotations/raw/annotator_k/GUM_news_lanterns.json", "adjudicated: annotator_g + annotator_k")

# s23: DATE 'the fourth or fifth day' (A): the of-phrase 'of the festival' is no temporal expression
# and stays outside (E18: 'ten days before the beginning of the Hajj' -> 'ten days').
e = R.ent("the fourth or fifth day of the festival", 23)
e.update(R.span("the fourth or fifth day", 23))
e["note"] = "E18 (an of-phrase naming an event stays outside, as 'ten days'), one span like 'a day or two'"

# s16 'climbing' (A): a hypothetical self-motion, annotated like the agreed s20 'walking' (V1, V14).
climb = R.add_event("climbing", "movement.transportperson.selfmotion", 16, modality="other",
                    note="V1, V14 (means under the modal 'can be observed', like 'walking' s20); the steps are a path (V11)")
# its author stance: Uu (a generic means under 'can', not a possible specific event), as 'walking'
R.add_stance("author", climb, "NONE", "factuality", None, factuality="Uu",
             note="ST3, ST4 (conditional means under 'can', as 'walking')")

# s20 'walking': author Uu NONE (B) kept.
R.cluster_name  # names as in B
R.save()
