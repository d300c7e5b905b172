import sys; sys.path.insert(0, "/work/main/scripts"); sys.path.insert(0, "/work/main/annotations/raw/annotator_h/scripts")
import k9  # noqa: F401
from k9 import word
from annotation_kit import Doc
d = Doc("GUM_news_homeopathic", annotator="annotator_h")
G, TS, MS, SAMS, TED, CROWN = "Gloria", "Thomas Sam", "Manju Sam", "Sams", "Mark Tedeschi", "Crown"

# ---- entities
d.ent("Friday, May 8, 2009", "DATE", sent=1, note="E18")
d.ent("Thomas Sam", "PERSON", sent=2, cluster=TS)
d.ent("42", "DATE", sent=2, note="age = DATE (Appendix A)")
d.ent("Manju Sam", "PERSON", sent=2, cluster=MS)
d.ent("36", "DATE", sent=2, note="age = DATE")
d.ent("Sydney", "GPE", sent=2, cluster="Sydney")
d.ent("Australia", "GPE", sent=2, cluster="Australia")
d.ent("nine-month-old", "DATE", sent=2, note="E18 age, G4")
d.ent("Gloria", "PERSON", sent=2, cluster=G)
d.ent("Social Science & Medicine", "ORG", sent=4, cluster="Social Science & Medicine", note="E12 periodical")
d.ent("Jambula", "PERSON", sent=6, cluster="Jambula", note="G2 photo credit; user name of the photographer")
d.ent("Gloria", "PERSON", sent=7, cluster=G)
d.ent("four months", "DATE", sent=7, note="E18 age")
d.ent("Thomas Sam", "PERSON", sent=8, cluster=TS)
d.ent("Gloria", "PERSON", sent=10, n=1, cluster=G, note="E4")
d.ent("Crown", "ORG", sent=10, cluster=CROWN, note="E12, E13")
d.ent("Mark Tedeschi", "PERSON", sent=10, cluster=TED, note="E5: QC outside")
d.ent("Gloria", "PERSON", sent=10, n=2, cluster=G)
d.ent("the last five months", "DATE", sent=10, note="E18")
d.ent("Gloria", "PERSON", sent=11, cluster=G)
d.ent("Tedeschi", "PERSON", sent=12, cluster=TED, note="E5: Mr. outside")
d.ent("the last five months", "DATE", sent=12, note="E18")
d.ent("Gloria", "PERSON", sent=12, cluster=G, note="E4")
d.ent("Crown", "ORG", sent=12, cluster=CROWN, note="E3")
d.ent("Sams", "PERSON", sent=13, cluster=SAMS, note="E3: family name plural for the couple")
d.ent("Gloria", "PERSON", sent=14, cluster=G)
d.ent("Thomas", "PERSON", sent=15, cluster=TS, note="E4")
d.ent("Gloria", "PERSON", sent=15, cluster=G)
d.ent("India", "GPE", sent=16, cluster="India")
d.ent("Gloria", "PERSON", sent=17, cluster=G)
d.ent("Sydney Morning Herald", "ORG", sent=18, cluster="Sydney Morning Herald", note="E3, E12")
d.ent("Tom Molomby", "PERSON", sent=19, cluster="Tom Molomby", note="E5: SC outside")
d.ent("India", "GPE", sent=19, cluster="India")

# ---- events
pros = d.event("prosecuted", "justice.initiatejudicialprocess.unspecified", sent=0, args=[
    d.arg("defendant", "Parents", sent=0, cluster=SAMS)], note="V18 courts")
treat0 = d.event("treatment", "medical.intervention.intervention", sent=0, args=[
    d.arg("patient", "daughter", sent=0, cluster=G)],
    note="uncovered: V1, type from events.json not in Appendix B; treater only implied in the title")
death0 = d.event("death", "life.die.nonviolentdeath", sent=0, args=[
    d.arg("victim", "daughter", sent=0, cluster=G)], note="V18 death not by violence")
trial = d.event("trial", "justice.initiatejudicialprocess.trialhearing", sent=2, args=[
    d.arg("defendant", "Thomas Sam", sent=2, cluster=TS),
    d.arg("defendant", "his wife Manju Sam", sent=2, head="Sam", cluster=MS),
    d.arg("crime", "manslaughter", sent=2)], note="V18, V4 undergoing support verb, G6")
death2 = d.event("death", "life.die.nonviolentdeath", sent=2, args=[
    d.arg("victim", "their nine-month-old child", sent=2, head="child", cluster=G)], note="V10 test 3, coref=E3")
died = d.event("died", "life.die.nonviolentdeath", sent=3, args=[
    d.arg("victim", "She", sent=3, cluster=G),
    d.arg("medicalissue", "infection", sent=3)], note="coref=E3")
devel = d.event("developed", "life.injure.illnessdegredationsickness", sent=7, args=[
    d.arg("victim", "Gloria", sent=7, cluster=G),
    d.arg("disease", "severe eczema", sent=7, head="eczema")], note="V1, V4b: verb with disease noun")
advised = d.event("advised", "contact.requestadvise.unspecified", sent=7, args=[
    d.arg("recipient", "the parents", sent=7, head="parents", cluster=SAMS),
    d.arg("topic", "to send the child to a skin specialist", sent=7, head="send")], note="V17a, V12")
send7 = d.event("send", "movement.transportperson.bringcarryunload", sent=7, args=[
    d.arg("transporter", "the parents", sent=7, head="parents", cluster=SAMS),
    d.arg("passenger", "the child", sent=7, head="child", cluster=G)],
    modality="other", note="V14 request; 'a skin specialist' non-specific (K10)")
treat8 = d.event("treat", "medical.intervention.intervention", sent=8, args=[
    d.arg("treater", "Thomas Sam", sent=8, cluster=TS),
    d.arg("patient", "his daughter", sent=8, head="daughter", cluster=G)],
    modality="other", note="uncovered: V14, 'decided to' treated as plan/intention marker")
breaking = d.event("breaking", "life.injure.unspecified", sent=9, args=[
    d.arg("victim", "the baby", sent=9, head="baby", cluster=G)], note="V1, V9h")
death9 = d.event("death", "life.die.nonviolentdeath", sent=9, args=[
    d.arg("victim", word(d, "her", 9, 2), cluster=G),
    d.arg("medicalissue", "severe malnutrition", sent=9, head="malnutrition")], note="coref=E3")
broke = d.event("broke", "life.injure.unspecified", sent=10, args=[
    d.arg("victim", word(d, "her", 10, 1), cluster=G)], note="V1 habitual, coref=E11")
disc = d.event("discussed", "contact.discussion.unspecified", sent=12, args=[
    d.arg("participant", "both her parents", sent=12, head="parents", cluster=SAMS)],
    note="V1, type from events.json; 'each other' reciprocal of the same set")
seek = d.event("seeking", "contact.requestadvise.unspecified", sent=13, args=[
    d.arg("communicator", "the Sams", sent=13, head="Sams", cluster=SAMS),
    d.arg("recipient", "other homeopaths", sent=13, head="homeopaths"),
    d.arg("recipient", "naturopaths", sent=13),
    d.arg("topic", "help", sent=13)], note="V17a request, V12")
plead = d.event("pleaded", "contact.requestadvise.unspecified", sent=15, args=[
    d.arg("communicator", "Thomas' sister", sent=15, head="sister"),
    d.arg("recipient", word(d, "him", 15, 1), cluster=TS),
    d.arg("topic", "to send Gloria to a conventional medical doctor", sent=15, head="send")], note="V17a, V12")
send15 = d.event("send", "movement.transportperson.bringcarryunload", sent=15, args=[
    d.arg("transporter", word(d, "him", 15, 1), cluster=TS),
    d.arg("passenger", "Gloria", sent=15, cluster=G)],
    modality="other", note="V14 request; destination non-specific (K10)")
accused = d.event("accused", "justice.initiatejudicialprocess.chargeindict", sent=16, args=[
    d.arg("defendant", "The parents", sent=16, head="parents", cluster=SAMS)], note="V18 courts (accusation at trial)")
taking = d.event("taking", "movement.transportperson.bringcarryunload", sent=16, args=[
    d.arg("transporter", "The parents", sent=16, head="parents", cluster=SAMS),
    d.arg("passenger", word(d, "her", 16, 1), cluster=G),
    d.arg("destination", "India", sent=16, cluster="India")], note="V9d, V3 (trip = same event)")
giving = d.event("giving", "medical.intervention.intervention", sent=16, args=[
    d.arg("treater", "The parents", sent=16, head="parents", cluster=SAMS),
    d.arg("patient", word(d, "her", 16, 3), cluster=G),
    d.arg("instrument", "homeopathic drops", sent=16, head="drops")], note="V9d, type from events.json")
given = d.event("given", "transaction.transferownership.giftgrantprovideaid", sent=16, args=[
    d.arg("recipient", word(d, "they", 16, 1), cluster=SAMS),
    d.arg("artifact", "the prescription creams", sent=16, head="creams")], note="V9e, V18")
taken = d.event("taken", "movement.transportperson.bringcarryunload", sent=17, args=[
    d.arg("passenger", "Gloria", sent=17, cluster=G),
    d.arg("destination", "the emergency department", sent=17, head="department")], note="V1")
death17 = d.event("death", "life.die.nonviolentdeath", sent=17, args=[
    d.arg("victim", word(d, "her", 17, 1), cluster=G)], note="coref=E3")
came = d.event("came", "movement.transportperson.selfmotion", sent=19, args=[
    d.arg("transporter", "the parents", sent=19, n=2, head="parents", cluster=SAMS),
    d.arg("origin", "India", sent=19, cluster="India")], note="V8 selfmotion")
decl = d.event("declared", "justice.judicialconsequences.unspecified", sent=19, args=[
    d.arg("defendant", word(d, "they", 19, 1), cluster=SAMS)],
    modality="other", note="V18 acquittal/ruling, V14 modal 'should'")

# ---- stances
for ev in [pros, treat0, death0, trial, death2, died, devel, advised, breaking, death9, broke, seek, accused, taken, death17]:
    d.fact(ev, "CT+")
d.fact(send7, "Uu", note="ST4 requested")
d.fact(treat8, "Uu", note="ST4 intention (decided to)")
d.fact(disc, "CT+", holder=d.holder("the Crown", sent=12, cluster=CROWN), cue=d.span("asserted", sent=12),
       note="ST2 innermost source")
d.fact(disc, "CT+", holder=d.holder("Mr. Tedeschi", sent=12, cluster=TED), cue=d.span("told the court", sent=12),
       note="ST3 outer holder of a different referent, ST7")
d.fact(plead, "Uu", note="ST4: 'Allegedly', author does not commit")
d.fact(send15, "Uu", note="ST4 requested")
d.attitude(d.holder("Thomas' sister", sent=15), send15, "FAVOR", cue=d.span("pleaded with", sent=15),
           note="ST5 request cue, ST10")
d.fact(send15, "CT-", holder=d.holder(word(d, "he", 15, 1), cluster=TS), cue=d.span("replied", sent=15),
       note="ST8: 'do that' refers to send; 'not able' = will not happen")
d.fact(taking, "Uu", note="ST4: content of an accusation, author does not commit")
d.fact(giving, "Uu", note="ST4: content of an accusation")
d.fact(given, "CT+", note="ST4 presupposed (restrictive relative)")
mol = lambda: d.holder("Tom Molomby", sent=19, cluster="Tom Molomby")
said19 = d.span("said", sent=19)
d.fact(came, "CT+", holder=mol(), cue=said19, note="ST6")
d.fact(decl, "Uu", holder=mol(), cue=said19, note="ST4 deontic 'should'")
d.save()
