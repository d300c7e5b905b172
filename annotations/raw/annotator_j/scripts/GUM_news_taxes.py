import sys; sys.path.insert(0, "/work/main/annotations/raw/annotator_j/scripts")
from jkit import Doc
d = Doc("GUM_news_taxes", annotator="annotator_j")
MUN = "italian municipalities (tax requests)"; RS = "religious schools (tax requests)"
LIV = "Livorno"; CT = "Supreme Court of Cassation"; M5S = "Movimento 5 Stelle"; GOV = "italian government"
LAW = "municipal tax law"; UAAR = "Union of Rationalist Atheists and Agnostics"; NG = "Nunzio Galantino"
STATE = "italian state"
# ---- entities
d.ent("Italy", "GPE", sent=0, cluster="Italy")
d.ent("Sunday, August 2, 2015", "DATE", sent=1, note="E18, G2 dateline")
d.ent("the past few days", "DATE", sent=2, note="E18")
d.ent("Italy", "GPE", sent=2, cluster="Italy")
d.ent("Catholic Church", "ORG", sent=2, cluster="Catholic Church", note="E3, E12")
d.ent("Instituto Gonzaga", "ORG", sent=3, cluster="Instituto Gonzaga", note="E10 (school as body)")
d.ent("catholic", "NORP", sent=3, note="E9")
d.ent("Milan", "GPE", sent=3, cluster="Milan")
d.ent("Friedrichstrasse", "PERSON", sent=3, cluster="Friedrichstrasse", note="G2 photo credit, uncovered: photographer's user name -> PERSON")
d.ent("Italian", "NORP", sent=4, note="E8/E9: 'Italian' not part of the official name Supreme Court of Cassation")
d.ent("Supreme Court of Cassation", "ORG", sent=4, cluster=CT, note="E3, E12")
d.ent("July 8", "DATE", sent=4)
d.ent("Municipality of Livorno", "GPE", sent=4, cluster=LIV, note="E6 (capitalised classifier inside), E9, K6, uncovered: 'Municipality of X' -> GPE")
d.ent("Municipality of Bogliasco", "GPE", sent=5, cluster="Bogliasco", note="E6, E9, uncovered as above")
d.ent("Genova", "GPE", sent=5, cluster="Genova")
d.ent("Movimento 5 Stelle", "ORG", sent=5, cluster=M5S, note="E12 (party)")
d.ent("M5S", "ORG", sent=5, cluster=M5S, note="E12, E14")
d.ent("Lombardy", "GPE", sent=5, cluster="Lombardy")
d.ent("first", "ORDINAL", sent=6)
d.ent("Luca Pastorino", "PERSON", sent=6, cluster="Luca Pastorino", note="E5")
d.ent("last years", "DATE", sent=6, note="E18")
d.ent("second", "ORDINAL", sent=7)
d.ent("M5S", "ORG", sent=7, cluster=M5S)
d.ent("Supreme Court", "ORG", sent=7, cluster=CT, note="E3, E14")
d.ent("Court", "ORG", sent=8, cluster=CT, note="E3, E14")
d.ent("Santo Spirito", "ORG", sent=8, cluster="Santo Spirito", note="E10 (school as body)")
d.ent("Immacolata", "ORG", sent=8, cluster="Immacolata", note="E10")
d.ent("Livorno", "GPE", sent=8, cluster=LIV)
d.ent("Tuscany", "GPE", sent=8, cluster="Tuscany")
d.ent("over 422,000 euros", "MONEY", sent=8, note="E17, E15 approximator inside")
d.ent("2004", "DATE", sent=8, note="E18 range with words")
d.ent("2009", "DATE", sent=8)
d.ent("Municipality of Livorno", "GPE", sent=9, cluster=LIV, note="E6, E9")
d.ent("2010", "DATE", sent=9)
d.ent("2014", "DATE", sent=11)
d.ent("Italian", "NORP", sent=11)
d.ent("ICI", "LAW", sent=11, cluster="ICI", note="E23, uncovered: named tax system -> LAW")
d.ent("IMU", "LAW", sent=11, cluster="IMU", note="E23, uncovered: named tax system -> LAW")
d.ent("Monti", "PERSON", sent=11, cluster="Mario Monti", note="E13")
d.ent("ICI", "LAW", sent=13, cluster="ICI")
d.ent("2006", "DATE", sent=13)
d.ent("2009", "DATE", sent=13)
d.ent("Stefania Giannini", "PERSON", sent=14, cluster="Stefania Giannini", note="E5")
d.ent("Claudio De Vincenti", "PERSON", sent=15, cluster="Claudio De Vincenti")
d.ent("Toccafondi", "PERSON", sent=16, cluster="Toccafondi", note="E5")
d.ent("Lombardy", "GPE", sent=17, cluster="Lombardy")
d.ent("Roberto Maroni", "PERSON", sent=17, cluster="Roberto Maroni")
d.ent("CEI", "ORG", sent=18, cluster="Italian Episcopal Conference")
d.ent("Italian Episcopal Conference", "ORG", sent=18, cluster="Italian Episcopal Conference", note="E8, E14")
d.ent("Nunzio Galantino", "PERSON", sent=18, cluster=NG)
d.ent("Italian", "NORP", sent=23)
d.ent("MicroMega", "ORG", sent=24, cluster="MicroMega", note="E12")
d.ent("Union of Rationalist Atheists and Agnostics", "ORG", sent=25, cluster=UAAR, note="E3, E12")
d.ent("UAAR", "ORG", sent=25, cluster=UAAR, note="E14")
d.ent("more than 11,000", "CARDINAL", sent=25, note="E15")
d.ent("Supreme Court", "ORG", sent=25, cluster=CT, note="E3")
# ---- events
P = dict(plover="REQUEST")
ask0 = d.event("ask", "contact.requestadvise.unspecified", sent=0, args=[
    d.arg("communicator", "Local municipalities", sent=0, cluster=MUN),
    d.arg("recipient", "religious schools", sent=0, cluster=RS),
    d.arg("topic", "taxes", sent=0)], **P, note="V17a (demand), V16 (no mode fits)")
ask2 = d.event("asking", "contact.requestadvise.unspecified", sent=2, args=[
    d.arg("communicator", "several municipalities", sent=2, cluster=MUN),
    d.arg("recipient", "religious schools", sent=2, cluster=RS),
    d.arg("topic", "to pay taxes for property and local services", sent=2, head="pay")],
    **P, note="V4 (started: aspectual), V14, coref=E1")
pay2 = d.event("pay", "transaction.transfermoney.unspecified", sent=2, args=[
    d.arg("giver", "religious schools", sent=2, cluster=RS),
    d.arg("money", "taxes", sent=2),
    d.arg("recipient", "several municipalities", sent=2, cluster=MUN)],
    modality="other", note="V14 request, V9h")
req4 = d.event("request", "contact.requestadvise.unspecified", sent=4, args=[
    d.arg("communicator", "the municipalities", sent=4, cluster=MUN)], **P, note="V7, coref=E1")
sen4 = d.event("sentence", "justice.judicialconsequences.unspecified", sent=4, args=[
    d.arg("judgecourt", "the Italian Supreme Court of Cassation", sent=4, head="Court", cluster=CT)],
    note="V18 (ruling on a law/case: judicialconsequences.unspecified)")
req4b = d.event("request", "contact.requestadvise.unspecified", sent=4, n=2, args=[
    d.arg("communicator", "the Municipality of Livorno", sent=4, head="Municipality", cluster=LIV),
    d.arg("recipient", "religious schools", sent=4),
    d.arg("topic", "to pay property taxes", sent=4, head="pay")],
    **P, note="V3 ('asking' is the same request: one trigger), V9b")
pay4 = d.event("pay", "transaction.transfermoney.unspecified", sent=4, args=[
    d.arg("giver", "religious schools", sent=4),
    d.arg("money", "property taxes", sent=4, head="taxes"),
    d.arg("recipient", "the Municipality of Livorno", sent=4, head="Municipality", cluster=LIV)],
    modality="other", note="V14 request, V9h")
req5 = d.event("Requests", "contact.requestadvise.unspecified", sent=5, args=[
    d.arg("communicator", "the Municipality of Bogliasco", sent=5, head="Municipality", cluster="Bogliasco"),
    d.arg("communicator", "the deputies of Movimento 5 Stelle", sent=5, head="deputies")], **P)
req6 = d.event("requests", "contact.requestadvise.unspecified", sent=6, args=[
    d.arg("communicator", "his", sent=6, cluster="Luca Pastorino"),
    d.arg("topic", "payment", sent=6)], **P, note="V9b; 'refusals' no schema type (V1)")
pay6 = d.event("payment", "transaction.transfermoney.unspecified", sent=6,
    modality="other", note="V14 request")
ask7 = d.event("asks", "contact.requestadvise.unspecified", sent=7, args=[
    d.arg("communicator", "the M5S party", sent=7, head="party", cluster=M5S),
    d.arg("recipient", "the regional government", sent=7, head="government"),
    d.arg("topic", "to assure the local administrations of the region regularly apply the sentence of the Supreme Court", sent=7, head="assure")],
    **P, note="V12")
sen7 = d.event("sentence", "justice.judicialconsequences.unspecified", sent=7, args=[
    d.arg("judgecourt", "the Supreme Court", sent=7, head="Court", cluster=CT)], note="coref=E5")
ruled = d.event("ruled", "justice.judicialconsequences.unspecified", sent=8, args=[
    d.arg("judgecourt", "the Court", sent=8, head="Court", cluster=CT),
    d.arg("defendant", "Santo Spirito", sent=8),
    d.arg("defendant", "Immacolata", sent=8)], note="V18, G6 coordination split, V9h, coref=E5")
pay8 = d.event("pay", "transaction.transfermoney.unspecified", sent=8, args=[
    d.arg("giver", "Santo Spirito", sent=8),
    d.arg("giver", "Immacolata", sent=8),
    d.arg("money", "over 422,000 euros", sent=8),
    d.arg("recipient", "the Municipality of Livorno", sent=9, head="Municipality", cluster=LIV)],
    modality="other", note="V14 demand, V9i, G6 coordination split")
req9 = d.event("request", "contact.requestadvise.unspecified", sent=9, args=[
    d.arg("communicator", "the Municipality of Livorno", sent=9, head="Municipality", cluster=LIV)],
    **P, note="V4 (advanced = support), coref=E6")
fee = d.event("pay", "transaction.transfermoney.payforservice", sent=10, args=[
    d.arg("giver", "the users of the private schools", sent=10, head="users"),
    d.arg("money", "a frequency fee", sent=10, head="fee")], note="V1 habitual")
chg = d.event("changed", "government.legislate.legislate", sent=11, args=[
    d.arg("law", "the Italian municipal tax discipline", sent=11, head="discipline", cluster=LAW),
    d.arg("governmentbody", "the Monti government", sent=11, head="government", cluster=GOV)],
    note="uncovered: change of the tax system by the government -> legislate (nearest type), K6")
tax12 = d.event("tax", "transaction.transfermoney.unspecified", sent=12, args=[
    d.arg("giver", "the schools", sent=12, head="schools")],
    modality="other", note="V14 purpose, V1 habitual")
rec12 = d.event("receive", "transaction.transfermoney.payforservice", sent=12, args=[
    d.arg("recipient", "the schools", sent=12, head="schools"),
    d.arg("money", "a fee higher than the mean cost per student", sent=12, head="fee")],
    note="V9e, V1 habitual")
req13 = d.event("requested", "contact.requestadvise.unspecified", sent=13, args=[
    d.arg("topic", "the taxes", sent=13, head="taxes")], **P)
disc = d.event("discussion", "contact.negotiate.unspecified", sent=15, args=[
    d.arg("participant", "the non-profit associations", sent=15, head="associations")],
    modality="other", note="V8 (discussion table between opposed parties = negotiation), V14 future")
build = d.event("build", "manufacture.artifact.build", sent=16, args=[
    d.arg("manufacturer", "the State", sent=16, cluster=STATE),
    d.arg("artifact", "new structures", sent=16, head="structures")],
    modality="other", note="V18, V14 purpose/future")
prop = d.event("proposing", "contact.commitmentpromiseexpressintent.unspecified", sent=17, args=[
    d.arg("communicator", "Roberto Maroni", sent=17),
    d.arg("topic", "some regional counter-measures", sent=17, head="counter-measures")],
    plover="AGREE", note="V17a (proposal), V10 (name), V16")
fin = d.event("finance", "transaction.transfermoney.giftgrantprovideaid", sent=17, args=[
    d.arg("recipient", "private schools", sent=17, head="schools")],
    modality="other", note="V14 purpose/proposal")
sen18 = d.event("sentence", "justice.judicialconsequences.unspecified", sent=18, note="coref=E5")
sen19 = d.event("sentence", "justice.judicialconsequences.unspecified", sent=19, note="coref=E5")
mod = d.event("modify", "government.legislate.legislate", sent=23, args=[
    d.arg("governmentbody", "the Government", sent=23, head="Government", cluster=GOV),
    d.arg("law", "the law", sent=23, cluster=LAW)],
    modality="other", note="V14 fear, uncovered: amending a law -> legislate")
jud = d.event("judgement", "justice.judicialconsequences.unspecified", sent=24, args=[
    d.arg("judgecourt", "the court", sent=24, cluster=CT)], note="V9b, coref=E5")
pet = d.event("petition", "contact.requestadvise.unspecified", sent=25, args=[
    d.arg("communicator", "The Union of Rationalist Atheists and Agnostics", sent=25, head="Union", cluster=UAAR),
    d.arg("recipient", "the government", sent=25, cluster=GOV),
    d.arg("topic", "to respect and execute the sentence of the Supreme Court", sent=25, head="respect")],
    **P, note="V4 (launched = support), V17a (appeal); 'asking' same act, not a second trigger")
sen25 = d.event("sentence", "justice.judicialconsequences.unspecified", sent=25, args=[
    d.arg("judgecourt", "the Supreme Court", sent=25, head="Court", cluster=CT)], note="coref=E5")
enc = d.event("encouraging", "contact.requestadvise.unspecified", sent=26, args=[
    d.arg("communicator", "It", sent=26, cluster=UAAR),
    d.arg("recipient", "citizens", sent=26, cluster="citizens"),
    d.arg("topic", "to ask for application of the law in their local municipalities", sent=26, head="ask")],
    **P, note="V17a (appeal)")
ask26 = d.event("ask", "contact.requestadvise.unspecified", sent=26, args=[
    d.arg("communicator", "citizens", sent=26, cluster="citizens"),
    d.arg("topic", "application of the law", sent=26, head="application"),
    d.arg("recipient", "their local municipalities", sent=26, head="municipalities")],
    modality="other", note="V14 request, V9h")
# ---- stances
for ev in (ask0, ask2, req4, sen4, req4b, req5, req6, ask7, sen7, ruled, req9, chg, req13, sen18, prop, pet, sen25, enc):
    d.fact(ev, "CT+", note="ST3")
for ev in (pay2, pay4, pay6, pay8, tax12, fin, ask26, mod):
    d.fact(ev, "Uu", note="ST4 (requested/purpose/feared)")
d.fact(rec12, "CT+", note="ST3")
d.fact(fee, "CT+", holder=d.holder("The city", sent=10, cluster=LIV), cue=d.span("reasoned", sent=10), note="ST2 (reasoning verb as SIP), uncovered")
d.fact(disc, "PR+", holder=d.holder("Claudio De Vincenti", sent=15), cue=d.span("said", sent=15), note="ST4 will")
d.fact(build, "Uu", holder=d.holder("Undersecretary for Education Mr. Toccafondi", sent=16, cluster="Toccafondi"), cue=d.span("says", sent=16), note="ST4 purpose, ST6")
d.attitude(d.holder("Roberto Maroni", sent=17), fin, "FAVOR", cue=d.span("proposing", sent=17), note="ST5 propose")
gal = d.holder("The secretary general of CEI", sent=18, cluster=NG)
d.attitude(gal, sen18, "AGAINST", cue=d.span("called", sent=18), note="ST8 (evaluation 'dangerous'), uncovered: 'called ... dangerous' not in ST5 list")
d.fact(sen19, "CT+", holder=gal, cue=d.span("called", sent=18), note="ST2 (quotation after colon), uncovered: 'called' as quotation SIP")
d.attitude(d.holder("Italian secularist associations", sent=23, cluster=None), mod, "AGAINST", cue=d.span("concerned", sent=23), note="ST5 fear")
d.fact(jud, "CT+", holder=d.holder("The secularist magazine MicroMega", sent=24, cluster="MicroMega"), cue=d.span("describe", sent=24), note="ST2, presupposed")
d.attitude(d.holder("It", sent=26, cluster=UAAR), ask26, "FAVOR", cue=d.span("encouraging", sent=26), note="ST5 urge, uncovered: 'encouraging' read as urge")
d.save()
