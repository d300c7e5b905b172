"""Adjudicated gold of GUM_news_afghan (A = annotator_f, B = annotator_j); decisions in
annotations/adjudication/GUM_news_afghan.md. Starts from B's record."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from adj3lib import Adj

d = Adj("GUM_news_afghan", "annotations/raw/annotator_j/GUM_news_afghan.json", "annotator_f", "annotator_j")
C = d.cluster_id

# entities (A): 'Hope' (s28) GPE, the country name the refugee team gave itself; 'Afghan' (s35) NORP
d.add_entity(d.span("Hope", 28), "GPE", d.add_cluster("Hope"),
             note="E9 country name as written (symbolic, on the team's shirts), uncovered")
d.add_entity(d.span("Afghan", 35), "NORP", note="E9")

# events
# s16 'came': transporter is the subject 'we' of 'we came' (B linked the later 'now we are here') -> A
came = d.ev("came", 16)
t = d.arg(came, "transporter")
w = d.span("we", after=d.span("came", 16)["start"] - 3)
assert w["end"] == d.span("came", 16)["start"] - 1
t.update(w)
t["head"] = dict(w)
# s19 'applying': PLOVER REQUEST (asserted request) -> A
d.ev("applying", 19)["plover"] = {"category": "REQUEST"}
# s34 'sent': 'Every team' is no destination (a recipient, not a place; no such role) -> A; head 'collection' (collective noun, G7a) -> B
sent = d.ev("sent", 34)
sent["arguments"].remove(d.arg(sent, "destination"))
sent["note"] = "V1, G6, G7a (collective noun is head); the addressee fits no role (V11)"
# kept from B: PLOVER ASSAULT on both 'conflict' (aggregates included, V16); 'travel' asserted (s20: they made
# the trip) + author CT+; s23 'enter' and s35 'mail' events; s29 'getting'; 'rebuild'/'assemble' createmanufacture;
# 'Team Estonia' with entity Estonia and the Estonia cluster (E9, K6, K9)

# shared error fixed: the Afghan team's robot of s35 ('their robot', 'it') is the robot named
# "Better Idea of Afghan Girls" (s13): one cluster (K4)
robot = C("afghan team robot")
named = C("Better Idea of Afghan Girls")
for ev in d.rec["events"]:
    for a in ev["arguments"]:
        if a.get("cluster") == robot:
            a["cluster"] = named
d.finish()
