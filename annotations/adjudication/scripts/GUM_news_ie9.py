"""Adjudicated gold of GUM_news_ie9 (adjudicator_1): annotator_d (A) + annotator_h (B).

Base: A's record. Decisions (see annotations/adjudication/GUM_news_ie9.md):
1. s15 `IE6`: PRODUCT in the Internet Explorer 6 cluster (B; A missed it: E1, E23, K2).
2. s20 `one` (`one of the most successful software products`): CARDINAL kept (A; E15, a count).
3. s2 `announced`: contact.requestadvise.unspecified (B; V17a: the announced content is an
   appeal to IE6 users), recipient `IE6 users`, topic `to move away ...`, PLOVER REQUEST.
4. s4: trigger `campaign` (A; V4 `launched` support verb, V3), contact.requestadvise.broadcast
   (named website, V8/V17), asserted; PLOVER REQUEST without mode (V16: no mode clearly applies);
   B's `persuade` (purpose of the campaign) not a separate event.
5. `IE6 users` (s2) and `users` (s4) corefer: cluster `ie6 users` (K3).
6. Cluster names `Mozilla Firefox`, `Google Chrome` (B; K1 fullest name).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from adjudicator_1_lib import Gold  # noqa: E402

g = Gold("GUM_news_ie9", "annotations/raw/annotator_d/GUM_news_ie9.json",
         "annotations/raw/annotator_h/GUM_news_ie9.json", ("annotator_d", "annotator_h"))

# 1. IE6 in s15
ie6 = g.ent("Internet Explorer 6", 0)["cluster"]
g.add_entity("IE6", "PRODUCT", 15, cluster=ie6, note="E23")

# 3. announced -> requestadvise (B)
ann = g.take_event("announced", 2)
ann["note"] = "V17a: the announced content is an appeal to IE6 users; V8 .unspecified (no medium named); V11: topic without the recipient (no overlap, H40)"
users_c = g.get_arg(ann, "recipient", "IE6 users", 2)["cluster"]  # new cluster 'ie6 users'

# 4. campaign (A), PLOVER without mode; recipient users joins ie6 users (5.)
camp = g.ev("campaign", 4)
camp["plover"] = {"category": "REQUEST"}
camp["note"] = ("V17a: an appeal campaign = request; V4 'launched' support; V8 .broadcast: a named website; "
                "'persuade' is the campaign's purpose, not a separate event; V16 no mode clearly applies")
g.get_arg(camp, "recipient", "users", 4)["cluster"] = users_c

# 6. cluster names (B): fullest proper name in the article (K1)
for c in g.r["clusters"]:
    c["name"] = {"Firefox": "Mozilla Firefox", "Chrome": "Google Chrome"}.get(c["name"], c["name"])

g.save()
