"""Adjudicated gold of GUM_news_worship (adjudicator_1): annotator_d (A) + annotator_h (B).

A and B agree on every item of every layer; the gold is A's record (annotator field set).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from adjudicator_1_lib import Gold  # noqa: E402

g = Gold("GUM_news_worship", "annotations/raw/annotator_d/GUM_news_worship.json",
         "annotations/raw/annotator_h/GUM_news_worship.json", ("annotator_d", "annotator_h"))
g.save()
