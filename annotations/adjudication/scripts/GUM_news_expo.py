"""Adjudicated gold of GUM_news_expo (A = annotator_f, B = annotator_j); decisions in
annotations/adjudication/GUM_news_expo.md. Starts from B's record."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from adj3lib import Adj

d = Adj("GUM_news_expo", "annotations/raw/annotator_j/GUM_news_expo.json", "annotator_f", "annotator_j")
C = d.cluster_id

# entities
# 'Bat Cave' (s12): a named cave, not a named building -> LOC -> A
bc = d.ent("Bat Cave", 12)
bc["label"] = "LOC"
bc["note"] = "E3, E11 named cave (fictional); FAC only for named buildings (E10)"
# 'Brampton' GPE + 'Spider-Gwen' PERSON (s27): a name used as modifier is marked alone (E13) -> B (kept)
# 'Epic Mickey' (s34, s39): the portrayed character, as the other cosplay captions -> PERSON -> B (kept)

# clusters: 'Batman' (s10) and 'Bruce Wayne' (s12) are not identified by the text -> two clusters -> A
bw = d.ent("Bruce Wayne", 12)
bw["cluster"] = d.add_cluster("Bruce Wayne")
bw["note"] = "E4, fictional; K4: not identified with Batman by the text"

# events
# s7 'created' (costumes): physical craft, not intellectual property -> manufacture.artifact.unspecified -> B (kept)
# s10 'panel': a programme item of the convention -> no event (V18 culture row, by analogy) -> B (kept)
# s38 'spoke': Wikinews's own interview is a sourcing formula, not news -> no event -> A
d.del_event(d.ev("spoke", 38))
# s23 'returned': the garrison came back to the expo -> selfmotion, asserted -> A
s23 = d.span("The Canadian garrison of 501st Legion", 23)
ret = d.add_event(d.span("returned", 23), "movement.transportperson.selfmotion",
                  [d.mk_arg("transporter", s23, d.span("garrison", 23))], "positive", "asserted",
                  note="V8 selfmotion; a part of the 501st Legion, not the whole (K5, K7): no cluster")
d.fact(ret, "CT+", note="ST3")
# s37 'made' (elements made from scratch) -> event as s7 'created', same type -> A (type as B's s7)
made = d.add_event(d.span("made", 37), "manufacture.artifact.unspecified",
                   [d.mk_arg("artifact", d.span("at least some elements", 37), d.span("elements", 37))],
                   "positive", "asserted", note="V18, V1 aggregate; type as s7 'created' (uncovered: hand-made costumes)")
d.fact(made, "CT+", note="ST3")
# heads of 'Volunteer organization Comic Corps of Canada': 'Corps' (of-phrase after the head) -> B (kept)
d.finish()
