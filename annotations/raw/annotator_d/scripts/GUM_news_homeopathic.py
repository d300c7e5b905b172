import sys; sys.path.insert(0, "/work/main/annotations/raw/annotator_d/scripts")
from kd import Doc
d = Doc("GUM_news_homeopathic", annotator="annotator_d")
TS, MS, GL, PA = "Thomas Sam", "Manju Sam", "Gloria", "Sams"
# ---- entities
d.ent("Friday, May 8, 2009", "DATE", sent=1, note="E18")
d.ent("Thomas Sam", "PERSON", sent=2, cluster=TS)
d.ent("42", "DATE", sent=2, note="Appendix A: ages are DATE")
d.ent("Manju Sam", "PERSON", sent=2, cluster=MS, note="E5")
d.ent("36", "DATE", sent=2, note="Appendix A: ages are DATE")
d.ent("Sydney", "GPE", sent=2, cluster="Sydney")
d.ent("Australia", "GPE", sent=2, cluster="Australia")
d.ent("nine-month-old", "DATE", sent=2, note="E18: age, G4")
d.ent("Gloria", "PERSON", sent=2, cluster=GL)
d.ent("Social Science & Medicine", "ORG", sent=4, cluster="Social Science & Medicine", note="E12: periodical")
d.ent("Jambula", "PERSON", sent=6, cluster="Jambula", note="G2 photo credit: entities only; uncovered: a photographer's user name = PERSON")
d.ent("Gloria", "PERSON", sent=7, cluster=GL)
d.ent("four months", "DATE", sent=7, note="E18: age")
d.ent("Thomas Sam", "PERSON", sent=8, cluster=TS)
d.ent("Gloria", "PERSON", sent=10, n=1, cluster=GL, note="E4")
d.ent("Crown", "ORG", sent=10, cluster="Crown", note="E12: capitalised body (the prosecuting state); 'prosecutor' outside (E5)")
d.ent("Mark Tedeschi", "PERSON", sent=10, cluster="Mark Tedeschi", note="E5: QC outside")
d.ent("Gloria", "PERSON", sent=10, n=2, cluster=GL)
d.ent("the last five months", "DATE", sent=10, note="E3, E18")
d.ent("Tedeschi", "PERSON", sent=12, cluster="Mark Tedeschi", note="E5: Mr. outside")
d.ent("the last five months", "DATE", sent=12, note="E18")
d.ent("Gloria", "PERSON", sent=12, cluster=GL, note="E4")
d.ent("Crown", "ORG", sent=12, cluster="Crown", note="E3, E12")
d.ent("Sams", "PERSON", sent=13, cluster=PA, note="E3: family name plural = the two parents")
d.ent("Gloria", "PERSON", sent=14, cluster=GL)
d.ent("Thomas", "PERSON", sent=15, cluster=TS, note="E4")
d.ent("Gloria", "PERSON", sent=15, cluster=GL)
d.ent("India", "GPE", sent=16, cluster="India")
d.ent("Gloria", "PERSON", sent=17, cluster=GL)
d.ent("Sydney Morning Herald", "ORG", sent=18, cluster="Sydney Morning Herald", note="E3 lower-case the outside, E12")
d.ent("Tom Molomby", "PERSON", sent=19, cluster="Tom Molomby", note="E5: SC outside")
d.ent("India", "GPE", sent=19, cluster="India")

# ---- events
pros = d.event("prosecuted", "justice.initiatejudicialprocess.unspecified", sent=0, args=[
    d.arg("defendant", "Parents", sent=0, cluster=PA)], note="V18 courts")
treat0 = d.event("treatment", "medical.intervention.intervention", sent=0, args=[
    d.arg("patient", "daughter", sent=0, cluster=GL, note="V9: by meaning, within the title")],
    note="the treatment of the daughter (an occurrence), unlike 'conventional medical treatments' = kind of medicine (V2e)")
death0 = d.event("death", "life.die.nonviolentdeath", sent=0, args=[
    d.arg("victim", "daughter", sent=0, cluster=GL)], note="V18")
trial = d.event("trial", "justice.initiatejudicialprocess.trialhearing", sent=2, args=[
    d.arg("defendant", "Thomas Sam", sent=2, cluster=TS),
    d.arg("defendant", "his wife Manju Sam", sent=2, head="Sam", cluster=MS),
    d.arg("crime", "manslaughter", sent=2, note="G6: 'by gross negligence' outside")],
    note="V4 'undergoing' support; V18")
death2 = d.event("death", "life.die.nonviolentdeath", sent=2, args=[
    d.arg("victim", "their nine-month-old child", sent=2, head="child", cluster=GL, note="V10 test 3"),
    d.arg("medicalissue", "infection", sent=3, note="V9 i")],
    note="V18, coref=E3")
died = d.event("died", "life.die.nonviolentdeath", sent=3, args=[
    d.arg("victim", "She", sent=3, cluster=GL),
    d.arg("medicalissue", "infection", sent=3)], note="V18, coref=E3")
dev = d.event("developed", "life.injure.illnessdegradationphysical", sent=7, args=[
    d.arg("victim", "Gloria", sent=7, cluster=GL),
    d.arg("medicalissue", "severe eczema", sent=7, head="eczema")],
    note="uncovered: onset/worsening of a disease, nearest type illnessdegradationphysical (V18 nonviolent injury)")
adv = d.event("advised", "contact.requestadvise.unspecified", sent=7, args=[
    d.arg("recipient", "the parents", sent=7, cluster=PA),
    d.arg("topic", "to send the child to a skin specialist", sent=7, head="send")],
    plover="REQUEST", note="V17a: advice = request; communicator unstated")
send7 = d.event("send", "movement.transportperson.bringcarryunload", sent=7, modality="other", args=[
    d.arg("transporter", "the parents", sent=7, cluster=PA),
    d.arg("passenger", "the child", sent=7, cluster=GL)],
    note="V14: requested; 'a skin specialist' non-specific (K10)")
treat8 = d.event("treat", "medical.intervention.intervention", sent=8, args=[
    d.arg("treater", "Thomas Sam", sent=8, cluster=TS),
    d.arg("patient", "his daughter", sent=8, cluster=GL)],
    note="asserted: 'decided to' is not a V14 marker and the treatment is reported as carried out (s9, s13)")
det = d.event("deteriorated", "life.injure.illnessdegradationphysical", sent=9, args=[
    d.arg("victim", "His daughter", sent=9, cluster=GL, note="possessor of 'condition'")],
    note="uncovered: see 'developed'")
brk = d.event("breaking", "life.injure.unspecified", sent=9, args=[
    d.arg("victim", "the baby", sent=9, cluster=GL, note="V9 h")],
    note="V18: nonviolent injury (skin breaking)")
maln = d.event("malnutrition", "life.injure.illnessdegradationhungerthirst", sent=9, args=[
    d.arg("victim", "the baby", sent=9, cluster=GL)], note="uncovered: malnutrition from illness, nearest type hungerthirst")
death9 = d.event("death", "life.die.nonviolentdeath", sent=9, args=[
    d.arg("victim", "her", sent=9, n=2, cluster=GL),
    d.arg("medicalissue", "the infections", sent=9, head="infections")], note="V18, coref=E3")
broke = d.event("broke", "life.injure.unspecified", sent=10, args=[
    d.arg("victim", "her", sent=10, n=1, cluster=GL, note="possessor of the subject 'her skin'")],
    note="V18, coref=E12")
disc = d.event("discussed", "contact.discussion.unspecified", sent=12, args=[
    d.arg("participant", "both her parents", sent=12, head="parents", cluster=PA)],
    note="'each other' is the same set, V10")
worse = d.event("worsened", "life.injure.illnessdegradationphysical", sent=14, args=[
    d.arg("victim", "she", sent=14, cluster=GL)], note="uncovered: see 'developed'")
plead = d.event("pleaded", "contact.requestadvise.unspecified", sent=15, args=[
    d.arg("communicator", "Thomas' sister", sent=15, head="sister"),
    d.arg("recipient", "him", sent=15, cluster=TS),
    d.arg("topic", "to send Gloria to a conventional medical doctor", sent=15, head="send")],
    plover="REQUEST", note="V17a: plea = request")
send15 = d.event("send", "movement.transportperson.bringcarryunload", sent=15, modality="other", args=[
    d.arg("transporter", "him", sent=15, cluster=TS),
    d.arg("passenger", "Gloria", sent=15, cluster=GL)],
    note="V14: requested; destination non-specific (K10)")
take16 = d.event("taking", "movement.transportperson.bringcarryunload", sent=16, args=[
    d.arg("transporter", "The parents", sent=16, cluster=PA),
    d.arg("passenger", "her", sent=16, n=1, cluster=GL),
    d.arg("destination", "India", sent=16)],
    note="V14: under the reporting cue 'accused' = asserted; 'trip' not a separate trigger (V3)")
give = d.event("giving", "medical.intervention.intervention", sent=16, args=[
    d.arg("treater", "The parents", sent=16, cluster=PA),
    d.arg("patient", "her", sent=16, n=3, cluster=GL),
    d.arg("instrument", "homeopathic drops", sent=16, head="drops")],
    note="administering medicine = treatment")
using = d.event("using", "medical.intervention.intervention", sent=16, polarity="negative", args=[
    d.arg("treater", "The parents", sent=16, cluster=PA),
    d.arg("instrument", "the prescription creams", sent=16, head="creams")],
    note="V13: 'instead of using' = not done; V14 asserted")
given = d.event("given", "transaction.transferownership.giftgrantprovideaid", sent=16, args=[
    d.arg("recipient", "they", sent=16, cluster=PA),
    d.arg("artifact", "the prescription creams", sent=16, head="creams")],
    note="V18 gifts; V9 e")
taken17 = d.event("taken", "movement.transportperson.bringcarryunload", sent=17, args=[
    d.arg("passenger", "Gloria", sent=17, cluster=GL),
    d.arg("destination", "the emergency department", sent=17, head="department")])
death17 = d.event("death", "life.die.nonviolentdeath", sent=17, args=[
    d.arg("victim", "her", sent=17, cluster=GL)], note="V18, coref=E3")
came = d.event("came", "movement.transportperson.selfmotion", sent=19, args=[
    d.arg("transporter", "the parents", sent=19, n=2, cluster=PA),
    d.arg("origin", "India", sent=19)], note="V8 selfmotion")
decl = d.event("declared", "justice.judicialconsequences.unspecified", sent=19, modality="other", args=[
    d.arg("defendant", "they", sent=19, cluster=PA)],
    note="V18: acquittal = judicialconsequences.unspecified; V14: deontic 'should' (want)")
treats = d.event("treats", "medical.intervention.intervention", sent=20,
    note="V1 habitual/generic; participants generic (K10)")

# ---- stances
for ev in (pros, treat0, death0, trial, death2, died, dev, adv, treat8, det, brk, maln, death9, broke,
           worse, taken17, death17, treats):
    d.fact(ev, "CT+")
d.fact(send7, "Uu", note="ST4: requested")
crown = d.holder("Crown", sent=12, cluster="Crown")
d.fact(disc, "CT+", holder=crown, cue=d.span("asserted", sent=12), note="ST2")
d.fact(disc, "CT+", holder=d.holder("Mr. Tedeschi", sent=12, cluster="Mark Tedeschi"),
       cue=d.span("told the court", sent=12), note="ST3: outer source of another referent; he speaks for the Crown")
d.fact(plead, "Uu", note="uncovered: 'Allegedly' (author attributes to unnamed sources) = Uu, nearest ST4")
d.fact(send15, "Uu", note="ST4: requested")
d.attitude(d.holder("Thomas' sister", sent=15), send15, "FAVOR", cue=d.span("pleaded", sent=15),
           note="ST5, ST10: plea = request/urge")
for ev in (take16, give, using, given):
    d.fact(ev, "Uu", note="uncovered: agentless 'are accused of' - source unnamed, author uncommitted (ST3, ST4)")
mol = d.holder("Tom Molomby", sent=19, cluster="Tom Molomby")
said19 = d.span("said", sent=19)
d.fact(came, "CT+", holder=mol, cue=said19)
d.fact(decl, "Uu", holder=mol, cue=said19, note="ST4: deontic 'should' = wanted, not predicted")
d.save()
