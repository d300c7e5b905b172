"""Adjudicated gold of GUM_news_iodine (A = annotator_f, B = annotator_j); decisions in
annotations/adjudication/GUM_news_iodine.md. Starts from B's record; every disagreement was
decided for B, so no item changes (ids renumbered by P2, K9 refs checked)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from adj3lib import Adj

d = Adj("GUM_news_iodine", "annotations/raw/annotator_j/GUM_news_iodine.json", "annotator_f", "annotator_j")
# entities: 'daily' (s31, 'on a daily basis') DATE (E18, frequency like 'each year') -> B (kept)
# events: title 'suffering' is a state, no event (V2b) -> B (kept: absent)
# PLOVER REQUEST on the six asserted requests (V16) -> B (kept); s22 'calls' recipient 'authorities' (V9h) -> B (kept)
d.finish()
