"""Adjudicated gold of GUM_news_taxes (A = annotator_f, B = annotator_j); decisions in
annotations/adjudication/GUM_news_taxes.md. Starts from B's record."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from adj3lib import Adj

d = Adj("GUM_news_taxes", "annotations/raw/annotator_j/GUM_news_taxes.json", "annotator_f", "annotator_j")
C = d.cluster_id

# entities: 'Municipality of Livorno' (s4, s9), 'Municipality of Bogliasco' (s5) GPE with the
# capitalised classifier inside, Livorno cluster (E6, E9, K6) -> B (kept)

# clusters: the Monti government (s11) is not the 2015 government of s23/s25 (K4) -> A
gov = d.ev("changed", 11)
del d.arg(gov, "governmentbody")["cluster"]
C_gov = C("italian government")
# the tax discipline (s11) and 'the law' (s23): identity not certain -> no cluster (K4, K3) -> A
del d.arg(gov, "law")["cluster"]
del d.arg(d.ev("modify", 23), "law")["cluster"]
gov["note"] = "uncovered: change of the tax system by the government -> legislate (nearest type); K4: the Monti government is not the 2015 government"
# 'the State' (s12, s16) mentioned twice -> own cluster (K3, K6) -> B (kept)

# events
# s2 'asking': place 'Italy' (locative of the trigger's clause, V9f) -> A
ask2 = d.ev("asking", 2)
ask2["arguments"].append(d.mk_arg("place", d.span("Italy", 2), d.span("Italy", 2), C("Italy")))
# s2 'pay': money = core NP with its complement 'for property and local services' (G6 b) -> A
pay2 = d.ev("pay", 2)
m = d.arg(pay2, "money")
m.update(d.span("taxes for property and local services", 2))
m["head"] = d.span("taxes", 2)
# s6 'payment': recipient is the municipality of the mayor's 'first case' (Bogliasco, s5), not
# the mayor 'his' (A) -> third answer (V9 i)
pm = d.ev("payment", 6)
pm["arguments"].append(d.mk_arg("recipient", d.span("the Municipality of Bogliasco", 5),
                                d.span("Municipality", 5), C("Bogliasco")))
pm["note"] = "V14 request, V9i recipient: the municipality of the first case (s5)"
# s12 'tax', 'receive' events -> B (kept)
# s15 'discussion' -> contact.discussion.unspecified (the trigger is a discussion; no bargaining stated) -> A
disc = d.ev("discussion", 15)
disc["type"] = "contact.discussion.unspecified"
disc["note"] = "V14 future, V4 'opened' support, V8 most specific fitting type: a 'discussion table' -> contact.discussion (uncovered)"
# s25 'petition': one clause topic 'to respect and execute ...' (G6) -> B (kept)
# s26 'ask': no recipient ('in their local municipalities' is a locative, recipient not certain) -> A
ask26 = d.ev("ask", 26)
ask26["arguments"].remove(d.arg(ask26, "recipient"))

# stances
# attitudes of requesters toward the requested payment (ST5 request, ST10) -> A
d.add_stance(d.holder(d.span("several municipalities", 2), C("italian municipalities (tax requests)")),
             pay2, "FAVOR", "attitude", d.span("asking", 2), note="ST5, ST10")
d.add_stance(d.holder(d.span("the Municipality of Livorno", 4), C("Livorno")),
             d.ev("pay", 4), "FAVOR", "attitude", d.span("asking", 4), note="ST5 request, ST7 verb cue")
d.add_stance(d.holder(d.span("his", 6), C("Luca Pastorino")),
             pm, "FAVOR", "attitude", d.span("requests", 6), note="ST5, ST10")
# holder of 'proposing' (s17): the subject's core NP without the apposition (G6, ST6) -> A
st = d.stance(holder="Roberto Maroni", cue="proposing")
st["holder"] = d.holder(d.span("the president of the Lombardy region", 17), C("Roberto Maroni"))
st["note"] = "ST5 propose, ST6, G6 apposition excluded"
# not added (B): 'resistance', 'recognising as legitimate', 'dangerous' (s19), 'historic' are not
# on the closed ST5 cue list
d.finish()
