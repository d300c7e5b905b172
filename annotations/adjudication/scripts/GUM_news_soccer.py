"""Adjudicated gold of GUM_news_soccer (adjudicator_1): annotator_d (A) + annotator_h (B).

Base: A's record. Decisions (see annotations/adjudication/GUM_news_soccer.md):
1. s33 `a World Cup` (`the fifth time I've been at a World Cup`): EVENT, no cluster (B; K10
   non-specific indefinite; K10 is the specific rule for non-referring mentions, over K2).
2. Cluster name `2018 FIFA football World Cup` kept (A; K1 fullest name as written in the article).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from adjudicator_1_lib import Gold  # noqa: E402

g = Gold("GUM_news_soccer", "annotations/raw/annotator_d/GUM_news_soccer.json",
         "annotations/raw/annotator_h/GUM_news_soccer.json", ("annotator_d", "annotator_h"))

wc = g.ent("World Cup", 33)
wc.pop("cluster")
wc["note"] = "E23, K10: 'a World Cup' non-specific (any edition), no cluster"

g.save()
