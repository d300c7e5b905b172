"""Adjudicated gold of GUM_news_warming (adjudicator_2): A = annotator_e (base), B = annotator_i.
The only disagreement (communicator of s3 `published`) is decided for A; the record is A's,
renumbered and relabelled. Decisions: annotations/adjudication/GUM_news_warming.md"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from adj2_lib import Adj

a = Adj("GUM_news_warming", "annotator_e", "annotator_i")
a.finish()
