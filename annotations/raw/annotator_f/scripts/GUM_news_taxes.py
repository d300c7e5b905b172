import sys; sys.path.insert(0, "/work/main/annotations/raw/annotator_f/scripts")
from fkit import Doc, within
d = Doc("GUM_news_taxes", annotator="annotator_f")
W = lambda phrase, word, sent, n=1: within(d, phrase, word, sent, n)
IT = "Italy"; SC = "Supreme Court of Cassation"; ML = "Municipality of Livorno"; M5 = "Movimento 5 Stelle"
GOV = "italian government (2015)"; RS = "religious schools in italy"; MUN = "italian municipalities requesting taxes"
UA = "Union of Rationalist Atheists and Agnostics"; CEI = "Italian Episcopal Conference"
# ---- entities
d.ent("Italy", "GPE", sent=0, cluster=IT)
d.ent("Sunday, August 2, 2015", "DATE", sent=1, note="E18 dateline")
d.ent("the past few days", "DATE", sent=2, note="E18")
d.ent("Italy", "GPE", sent=2, cluster=IT)
d.ent("Catholic Church", "ORG", sent=2, cluster="Catholic Church", note="E3")
d.ent("Instituto Gonzaga", "ORG", sent=3, cluster="Instituto Gonzaga", note="E10 institution -> ORG, G2 caption")
d.ent("catholic", "NORP", sent=3, note="E9 religion adjective")
d.ent("Milan", "GPE", sent=3, cluster="Milan")
d.ent("Friedrichstrasse", "PERSON", sent=3, cluster="Friedrichstrasse", note="photo credit, uncovered: photographer's user name -> PERSON")
d.ent("Italian", "NORP", sent=4, note="E9, E13 (cf. OntoNotes 'U.S. Supreme Court')")
d.ent("Supreme Court of Cassation", "ORG", sent=4, cluster=SC)
d.ent("July 8", "DATE", sent=4)
d.ent("Municipality of Livorno", "ORG", sent=4, cluster=ML, note="E12 capitalised body, E1")
d.ent("Municipality of Bogliasco", "ORG", sent=5, cluster="Municipality of Bogliasco", note="E12")
d.ent("Genova", "GPE", sent=5, cluster="Genova")
d.ent("Movimento 5 Stelle", "ORG", sent=5, cluster=M5)
d.ent("M5S", "ORG", sent=5, cluster=M5, note="E14")
d.ent("Lombardy", "GPE", sent=5, cluster="Lombardy")
d.ent("first", "ORDINAL", sent=6)
d.ent("Luca Pastorino", "PERSON", sent=6, cluster="Luca Pastorino", note="E5")
d.ent("last years", "DATE", sent=6, note="E18")
d.ent("second", "ORDINAL", sent=7)
d.ent("M5S", "ORG", sent=7, cluster=M5)
d.ent("Supreme Court", "ORG", sent=7, cluster=SC, note="E3, E14")
d.ent("Court", "ORG", sent=8, cluster=SC, note="E3, E12 capitalised")
d.ent("Santo Spirito", "ORG", sent=8, cluster="Santo Spirito", note="E10 school -> ORG")
d.ent("Immacolata", "ORG", sent=8, cluster="Immacolata", note="E10")
d.ent("Livorno", "GPE", sent=8, cluster="Livorno")
d.ent("Tuscany", "GPE", sent=8, cluster="Tuscany")
d.ent("over 422,000 euros", "MONEY", sent=8, note="E17, E15 approximator inside")
d.ent("2004", "DATE", sent=8, note="E18 range with words")
d.ent("2009", "DATE", sent=8)
d.ent("Municipality of Livorno", "ORG", sent=9, cluster=ML)
d.ent("2010", "DATE", sent=9)
d.ent("2014", "DATE", sent=11)
d.ent("Italian", "NORP", sent=11)
d.ent("ICI", "LAW", sent=11, cluster="ICI", note="E23 named tax regime")
d.ent("IMU", "LAW", sent=11, cluster="IMU", note="E23")
d.ent("Monti", "PERSON", sent=11, cluster="Mario Monti", note="E13")
d.ent("2006", "DATE", sent=13)
d.ent("2009", "DATE", sent=13)
d.ent("ICI", "LAW", sent=13, cluster="ICI")
d.ent("Stefania Giannini", "PERSON", sent=14, cluster="Stefania Giannini", note="E5")
d.ent("Claudio De Vincenti", "PERSON", sent=15, cluster="Claudio De Vincenti")
d.ent("Toccafondi", "PERSON", sent=16, cluster="Toccafondi", note="E5")
d.ent("Lombardy", "GPE", sent=17, cluster="Lombardy")
d.ent("Roberto Maroni", "PERSON", sent=17, cluster="Roberto Maroni")
d.ent("CEI", "ORG", sent=18, cluster=CEI)
d.ent("Italian Episcopal Conference", "ORG", sent=18, cluster=CEI, note="E8, E14")
d.ent("Nunzio Galantino", "PERSON", sent=18, cluster="Nunzio Galantino")
d.ent("Italian", "NORP", sent=23)
d.ent("MicroMega", "ORG", sent=24, cluster="MicroMega", note="E12 periodical")
d.ent("Union of Rationalist Atheists and Agnostics", "ORG", sent=25, cluster=UA, note="E3")
d.ent("UAAR", "ORG", sent=25, cluster=UA, note="E14")
d.ent("more than 11,000", "CARDINAL", sent=25, note="E15")
d.ent("Supreme Court", "ORG", sent=25, cluster=SC)

# ---- events
a0 = d.event("ask", "contact.requestadvise.unspecified", sent=0, args=[
    d.arg("communicator", "Local municipalities", sent=0, head="municipalities", cluster=MUN),
    d.arg("recipient", "religious schools", sent=0, head="schools", cluster=RS),
    d.arg("topic", "taxes", sent=0)], plover="REQUEST", note="V17a demand, V16 (no mode fits)")
d.fact(a0, "CT+", note="ST3 title")
a2 = d.event("asking", "contact.requestadvise.unspecified", sent=2, args=[
    d.arg("communicator", "several municipalities", sent=2, head="municipalities", cluster=MUN),
    d.arg("recipient", "religious schools", sent=2, head="schools", cluster=RS),
    d.arg("topic", "to pay taxes for property and local services", sent=2, head="pay"),
    d.arg("place", "Italy", sent=2)], plover="REQUEST", note="V4 'started' aspectual, V9f, coref=E1")
p2 = d.event("pay", "transaction.transfermoney.unspecified", sent=2, args=[
    d.arg("giver", "religious schools", sent=2, head="schools", cluster=RS),
    d.arg("recipient", "several municipalities", sent=2, head="municipalities", cluster=MUN),
    d.arg("money", "taxes for property and local services", sent=2, head="taxes")], modality="other",
    note="V14 request, V9h, G6 complement of 'taxes'")
d.fact(a2, "CT+")
d.fact(p2, "Uu", note="ST4 requested")
d.attitude(d.holder("several municipalities", sent=2, cluster=MUN), p2, "FAVOR", cue=d.span("asking", sent=2), note="ST5, ST10")
d.attitude(d.holder("the Catholic Church", sent=2, cluster="Catholic Church"), p2, "AGAINST", cue=d.span("resistance", sent=2),
           note="ST5 oppose/refuse, uncovered: noun cue 'resistance'")

r4 = d.event("request", "contact.requestadvise.unspecified", sent=4, n=1, args=[
    d.arg("communicator", "the municipalities", sent=4, head="municipalities", cluster=MUN)],
    plover="REQUEST", note="coref=E1")
s4 = d.event("sentence", "justice.judicialconsequences.unspecified", sent=4, args=[
    d.arg("judgecourt", "the Italian Supreme Court of Cassation", sent=4, head="Court", cluster=SC)],
    note="V18 ruling -> judicialconsequences.unspecified")
rl4 = d.event("request", "contact.requestadvise.unspecified", sent=4, n=2, args=[
    d.arg("communicator", "the Municipality of Livorno", sent=4, head="Municipality", cluster=ML),
    d.arg("recipient", "religious schools", sent=4, head="schools"),
    d.arg("topic", "to pay property taxes", sent=4, head="pay")], plover="REQUEST",
    note="V17a; 'asking' restates this request (one event, V6); recipient a subset, no cluster (K5, K7)")
p4 = d.event("pay", "transaction.transfermoney.unspecified", sent=4, args=[
    d.arg("giver", "religious schools", sent=4, head="schools"),
    d.arg("recipient", "the Municipality of Livorno", sent=4, head="Municipality", cluster=ML),
    d.arg("money", "property taxes", sent=4, head="taxes")], modality="other", note="V14 request")
d.fact(r4, "CT+"); d.fact(s4, "CT+"); d.fact(rl4, "CT+")
d.fact(p4, "Uu", note="ST4 requested")
d.attitude(d.holder("the Municipality of Livorno", sent=4, cluster=ML), p4, "FAVOR", cue=d.span("asking", sent=4),
           note="ST5 request, ST7 verb cue")
d.attitude(d.holder("the Italian Supreme Court of Cassation", sent=4, cluster=SC), rl4, "FAVOR",
           cue=d.span("recognising as legitimate", sent=4), note="ST8 evaluation -> attitude, uncovered: cue not in ST5 list (nearest: support/accept)")

r5 = d.event("Requests", "contact.requestadvise.unspecified", sent=5, args=[
    d.arg("communicator", "the Municipality of Bogliasco", sent=5, head="Municipality", cluster="Municipality of Bogliasco"),
    d.arg("communicator", "the deputies of Movimento 5 Stelle", sent=5, head="deputies")], plover="REQUEST",
    note="V17a, G6 (parenthesis and following of-phrase cut: contiguous span), K5 members not the party")
d.fact(r5, "CT+")
rq6 = d.event("requests", "contact.requestadvise.unspecified", sent=6, args=[
    d.arg("communicator", "his", sent=6, cluster="Luca Pastorino"),
    d.arg("topic", "payment", sent=6)], plover="REQUEST", note="V17a, V12")
pm6 = d.event("payment", "transaction.transfermoney.unspecified", sent=6, args=[
    d.arg("recipient", "his", sent=6, cluster="Luca Pastorino")], modality="other", note="V14 request; refused")
d.fact(rq6, "CT+"); d.fact(pm6, "Uu", note="ST4 requested")
d.attitude(d.holder("his", sent=6, cluster="Luca Pastorino"), pm6, "FAVOR", cue=d.span("requests", sent=6), note="ST5, ST10")
a7 = d.event("asks", "contact.requestadvise.unspecified", sent=7, args=[
    d.arg("communicator", "the M5S party", sent=7, head="party", cluster=M5),
    d.arg("recipient", "the regional government", sent=7, head="government"),
    d.arg("topic", "to assure the local administrations of the region regularly apply the sentence of the Supreme Court", sent=7, head="assure")],
    plover="REQUEST", note="V17a, G6 clause topic")
s7 = d.event("sentence", "justice.judicialconsequences.unspecified", sent=7, args=[
    d.arg("judgecourt", "the Supreme Court", sent=7, head="Court", cluster=SC)], note="V18, coref=E5")
d.fact(a7, "CT+"); d.fact(s7, "CT+", note="ST4 presupposed")

ru8 = d.event("ruled", "justice.judicialconsequences.unspecified", sent=8, args=[
    d.arg("judgecourt", "the Court", sent=8, head="Court", cluster=SC),
    d.arg("defendant", "Santo Spirito", sent=8),
    d.arg("defendant", "Immacolata", sent=8)], note="V18, G6 conjuncts split, coref=E5")
p8 = d.event("pay", "transaction.transfermoney.unspecified", sent=8, args=[
    d.arg("giver", "Santo Spirito", sent=8), d.arg("giver", "Immacolata", sent=8),
    d.arg("money", "over 422,000 euros", sent=8, head="euros"),
    d.arg("recipient", "the Municipality of Livorno", sent=9, head="Municipality", cluster=ML)], modality="other",
    note="V14 demanded payment, V9i recipient from s9")
d.fact(ru8, "CT+"); d.fact(p8, "Uu", note="ST4 demanded")
r9 = d.event("request", "contact.requestadvise.unspecified", sent=9, args=[
    d.arg("communicator", "the Municipality of Livorno", sent=9, head="Municipality", cluster=ML)],
    plover="REQUEST", note="V4 'advanced' support, coref=E6")
d.fact(r9, "CT+")
p10 = d.event("pay", "transaction.transfermoney.payforservice", sent=10, args=[
    d.arg("giver", "the users of the private schools", sent=10, head="users"),
    d.arg("money", "a frequency fee", sent=10, head="fee")], note="V1 habitual")
d.fact(p10, "CT+", holder=d.holder("The city", sent=10, cluster="Livorno"), cue=d.span("reasoned", sent=10),
       note="ST2 quotation, uncovered: 'reasoned' as SIP; K6 'The city' -> Livorno")
ch = d.event("changed", "government.legislate.legislate", sent=11, args=[
    d.arg("law", "the Italian municipal tax discipline", sent=11, head="discipline"),
    d.arg("governmentbody", "the Monti government", sent=11, head="government")],
    note="uncovered: a government changing a tax regime -> legislate")
d.fact(ch, "CT+")
rq13 = d.event("requested", "contact.requestadvise.unspecified", sent=13, args=[
    d.arg("topic", "the taxes", sent=13, head="taxes")], plover="REQUEST", note="coref=E6 (Livorno's request)")
d.fact(rq13, "CT+")
dsc = d.event("discussion", "contact.discussion.unspecified", sent=15, args=[
    d.arg("participant", "the non-profit associations", sent=15, head="associations")], modality="other",
    note="V14 future, V4 'opened' support, uncovered: consultation 'discussion table' -> contact.discussion")
d.fact(dsc, "PR+", holder=d.holder("Claudio De Vincenti", sent=15), cue=d.span("said", sent=15), note="ST4 will")
bld = d.event("build", "manufacture.artifact.build", sent=16, args=[
    d.arg("manufacturer", "the State", sent=16, head="State"),
    d.arg("artifact", "new structures", sent=16, head="structures")], modality="other", note="V18, V14 purpose")
d.fact(bld, "Uu", holder=d.holder("Undersecretary for Education Mr. Toccafondi", sent=16, cluster="Toccafondi"),
       cue=d.span("says", sent=16), note="ST4 purpose, ST6")
pr = d.event("proposing", "contact.commitmentpromiseexpressintent.unspecified", sent=17, args=[
    d.arg("communicator", "Roberto Maroni", sent=17),
    d.arg("topic", "some regional counter-measures", sent=17, head="counter-measures")], plover="AGREE",
    note="V17a proposal, V10 test 4 (name in apposition), G6")
fin = d.event("finance", "transaction.transfermoney.giftgrantprovideaid", sent=17, args=[
    d.arg("recipient", "private schools", sent=17, head="schools")], modality="other", note="V14 proposal/purpose")
d.fact(pr, "CT+"); d.fact(fin, "Uu", note="ST4 proposed")
d.attitude(d.holder("the president of the Lombardy region", sent=17, cluster="Roberto Maroni"), fin, "FAVOR",
           cue=d.span("proposing", sent=17), note="ST5 propose, ST6")
s18 = d.event("sentence", "justice.judicialconsequences.unspecified", sent=18, note="V18, coref=E5")
d.fact(s18, "CT+")
GAL = lambda: d.holder("The secretary general of CEI", sent=18, cluster="Nunzio Galantino")
d.attitude(GAL(), s18, "AGAINST", cue=d.span("called", sent=18), note="ST8 evaluation ('dangerous', 'ideological') -> attitude, ST6 parenthesis cut")
s19 = d.event("sentence", "justice.judicialconsequences.unspecified", sent=19, note="V18, coref=E5")
d.fact(s19, "CT+", holder=GAL(), cue=d.span("called", sent=18), note="ST2 quotation introduced by 'called ...:'")
d.attitude(GAL(), s19, "AGAINST", cue=d.span("dangerous", sent=19), note="ST8, ST6 speaker evaluation inside quote")
mod = d.event("modify", "government.legislate.legislate", sent=23, args=[
    d.arg("governmentbody", "the Government", sent=23, head="Government", cluster=GOV),
    d.arg("law", "the law", sent=23, head="law")], modality="other", note="V14 fear/future, uncovered: amending a law -> legislate")
d.fact(mod, "Uu", note="ST4 feared")
d.attitude(d.holder("Italian secularist associations", sent=23), mod, "AGAINST", cue=d.span("concerned", sent=23), note="ST5 fear")
j24 = d.event("judgement", "justice.judicialconsequences.unspecified", sent=24, args=[
    d.arg("judgecourt", "the court", sent=24, head="court", cluster=SC)], note="V18, G4, coref=E5")
MM = lambda: d.holder("The secularist magazine MicroMega", sent=24, cluster="MicroMega")
d.fact(j24, "CT+", holder=MM(), cue=d.span("describe", sent=24), note="ST2")
d.attitude(MM(), j24, "FAVOR", cue=d.span("historic", sent=24), note="ST8 evaluation, uncovered: 'historic' read as approval")
pet = d.event("petition", "contact.requestadvise.unspecified", sent=25, args=[
    d.arg("communicator", "The Union of Rationalist Atheists and Agnostics", sent=25, head="Union", cluster=UA),
    d.arg("recipient", "the government", sent=25, head="government", cluster=GOV),
    d.arg("topic", "to respect", sent=25, head="respect"),
    d.arg("topic", "execute the sentence of the Supreme Court", sent=25, head="execute")], plover="REQUEST",
    note="V17a appeal, V4 'launched', 'asking' restates the petition (V6), V12 one topic per conjunct")
s25 = d.event("sentence", "justice.judicialconsequences.unspecified", sent=25, args=[
    d.arg("judgecourt", "the Supreme Court", sent=25, head="Court", cluster=SC)], note="V18, coref=E5")
d.fact(pet, "CT+"); d.fact(s25, "CT+")
enc = d.event("encouraging", "contact.requestadvise.unspecified", sent=26, args=[
    d.arg("communicator", "It", sent=26, cluster=UA),
    d.arg("recipient", "citizens", sent=26, cluster="citizens (uaar appeal)"),
    d.arg("topic", "to ask for application of the law in their local municipalities", sent=26, head="ask")],
    plover="REQUEST", note="V17a appeal, G6")
ask = d.event("ask", "contact.requestadvise.unspecified", sent=26, args=[
    d.arg("communicator", "citizens", sent=26, cluster="citizens (uaar appeal)"),
    d.arg("topic", "application of the law", sent=26, head="application")], modality="other", note="V14 request")
d.fact(enc, "CT+"); d.fact(ask, "Uu", note="ST4 requested")
d.attitude(d.holder("It", sent=26, cluster=UA), ask, "FAVOR", cue=d.span("encouraging", sent=26), note="ST5 urge")
d.save()
