"""Adjudicated gold of GUM_news_sensitive (adjudicator_4): A = annotator_g, B = annotator_k.

Starts from B's record; B's answers won all four disagreements (see ../GUM_news_sensitive.md).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from adj4lib import Rec  # noqa: E402

R = Rec("annotations/raw/annotator_k/GUM_news_sensitive.json", "adjudicated: annotator_g + annotator_k")

# s5 'delete', 'corrupt': no event (data is not "an object or structure" of damagedestroy; V1).
assert not any(e["trigger"]["text"] in ("delete", "corrupt") for e in R.events)
# s5 'prosecution': asserted, author CT+ (presupposed object of 'could affect'; V14, ST4).
assert R.ev("prosecution", 5)["modality"] == "asserted"
# s12 'told': contact.commitmentpromiseexpressintent.broadcast, the speaker's announced intention (V17a).
assert R.ev("told", 12)["type"] == "contact.commitmentpromiseexpressintent.broadcast"

R.save()
