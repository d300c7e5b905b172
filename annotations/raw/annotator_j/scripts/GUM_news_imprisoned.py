import sys; sys.path.insert(0, "/work/main/annotations/raw/annotator_j/scripts")
from jkit import Doc, word
d = Doc("GUM_news_imprisoned", annotator="annotator_j")
VP = "Valeska Paris"; CS = "Church of Scientology"; FW = "Freewinds"; MOM = "paris's mother"
AGE = "E18 (age as DATE, number only); uncovered: age span extent"
SCN = "E9, E12, uncovered: 'Scientology' standing for the Church (organisation) -> ORG, Church cluster"
# ---- entities
d.ent("Australian", "NORP", sent=0)
d.ent("Church of Scientology", "ORG", sent=0, cluster=CS, note="E1, E12")
d.ent("twelve years", "DATE", sent=0)
d.ent("Thursday, May 7, 2015", "DATE", sent=1, note="E18, G2 dateline")
d.ent("Valeska Paris", "PERSON", sent=2, cluster=VP)
d.ent("Australian", "NORP", sent=2)
d.ent("Scientologist", "NORP", sent=2, note="E9")
d.ent("Church of Scientology", "ORG", sent=2, cluster=CS, note="E3")
d.ent("twelve years", "DATE", sent=2)
d.ent("Scientology", "ORG", sent=2, n=2, cluster=CS, note=SCN + ", G4")
d.ent("Freewinds", "PRODUCT", sent=2, cluster=FW, note="E23 (named vessel)")
d.ent("Church of Scientology", "ORG", sent=3, cluster=CS, note="E4")
d.ent("Freewinds", "PRODUCT", sent=3, cluster=FW, note="E23")
d.ent("Bonaire", "GPE", sent=3, cluster="Bonaire")
d.ent("Paris", "PERSON", sent=4, cluster=VP)
d.ent("Switzerland", "GPE", sent=4, cluster="Switzerland")
d.ent("United Kingdom", "GPE", sent=4, cluster="United Kingdom", note="E3")
d.ent("six", "DATE", sent=4, note=AGE)
d.ent("Sea Org", "ORG", sent=5, cluster="Sea Org", note="E3, E12")
d.ent("14", "DATE", sent=5, note=AGE)
d.ent("1995", "DATE", sent=6)
d.ent("seventeen", "DATE", sent=6, note=AGE)
d.ent("Paris", "PERSON", sent=7, cluster=VP)
d.ent("first", "ORDINAL", sent=7, note="E16")
d.ent("eighteen", "DATE", sent=7, note=AGE)
d.ent("two weeks", "DATE", sent=7)
d.ent("twelve years", "DATE", sent=7)
d.ent("Paris", "PERSON", sent=8, cluster=VP)
d.ent("Valeska Paris", "PERSON", sent=9, cluster=VP, note="G2 pull quote")
d.ent("Scientology", "ORG", sent=11, cluster=CS, note=SCN)
d.ent("French", "NORP", sent=11)
d.ent("Paris", "PERSON", sent=11, cluster=VP, note="E4")
d.ent("Albert Jaquier", "PERSON", sent=11, cluster="Albert Jaquier")
d.ent("Scientology", "ORG", sent=11, n=2, cluster=CS, note=SCN)
d.ent("Paris", "PERSON", sent=12, cluster=VP)
d.ent("Flag Land Base", "FAC", sent=12, cluster="Flag Land Base", note="E10 (named base, place where something happens)")
d.ent("Clearwater", "GPE", sent=12, cluster="Clearwater")
d.ent("Florida", "GPE", sent=12, cluster="Florida")
d.ent("eighteen", "DATE", sent=12, note=AGE)
d.ent("Freewinds", "PRODUCT", sent=12, cluster=FW)
d.ent("Freewinds", "PRODUCT", sent=13, cluster=FW)
d.ent("Paris", "PERSON", sent=13, cluster=VP)
d.ent("6:00am", "TIME", sent=13, note="E19 (range with words: two spans)")
d.ent("midnight", "TIME", sent=13, note="E19")
d.ent("1997", "DATE", sent=14)
d.ent("1998", "DATE", sent=14)
d.ent("2007", "DATE", sent=15)
d.ent("Paris", "PERSON", sent=15, cluster=VP)
d.ent("Rehabilitation Project Force", "ORG", sent=16, cluster="Rehabilitation Project Force", note="E10, E12, uncovered: named Scientology programme/camp -> ORG")
d.ent("Sydney", "GPE", sent=16, cluster="Sydney")
d.ent("Church", "ORG", sent=16, cluster=CS, note="E3, E14 short name")
d.ent("Australian Broadcasting Corporation", "ORG", sent=18, cluster="Australian Broadcasting Corporation", note="E3, E8, E12")
d.ent("Church", "ORG", sent=18, cluster=CS, note="E3")
d.ent("Paris", "PERSON", sent=21, cluster=VP)
d.ent("Church", "ORG", sent=21, cluster=CS, note="E3")
d.ent("Church", "ORG", sent=22, cluster=CS, note="E3")
d.ent("Paris", "PERSON", sent=22, cluster=VP)
# ---- events
imp0 = d.event("imprisoned", "justice.arrestjaildetain.arrestjaildetain", sent=0, args=[
    d.arg("jailer", "Church of Scientology", sent=0),
    d.arg("detainee", "her", sent=0, cluster=VP)],
    plover="COERCE", plover_mode="arrest", note="V18, V16; no ACLED (not state forces, V15)")
imp2 = d.event("imprisoned", "justice.arrestjaildetain.arrestjaildetain", sent=2, args=[
    d.arg("jailer", "the Church of Scientology", sent=2, head="Church", cluster=CS),
    d.arg("detainee", "her", sent=2, cluster=VP),
    d.arg("place", "Freewinds", sent=2)],
    plover="COERCE", plover_mode="arrest", note="V18, V9f, V10 (name before nominal), V16, coref=E1")
mov = d.event("moved", "movement.transportperson.unspecified", sent=4, args=[
    d.arg("transporter", "her parents", sent=4, head="parents", cluster="paris's parents"),
    d.arg("passenger", "her", sent=4, n=2, cluster=VP),
    d.arg("origin", "Switzerland", sent=4),
    d.arg("destination", "the United Kingdom", sent=4, head="Kingdom", cluster="United Kingdom")],
    note="V8, V9h (origin by meaning)")
join = d.event("joined", "personnel.startposition.unspecified", sent=5, args=[
    d.arg("employee", "She", sent=5, cluster=VP),
    d.arg("placeofemployment", "the Sea Org", sent=5, head="Org", cluster="Sea Org")],
    note="V18, uncovered: joining the Sea Org (staff body) as taking up a position")
told6 = d.event("told", "contact.commandorder.unspecified", sent=6, args=[
    d.arg("recipient", "she", sent=6, cluster=VP),
    d.arg("topic", "to disconnect from her mother", sent=6, head="disconnect")],
    note="V17a (order)")
sent7 = d.event("sent", "movement.transportperson.unspecified", sent=7, args=[
    d.arg("passenger", "she", sent=7, cluster=VP),
    d.arg("destination", "the ship", sent=7, cluster=FW)])
taken = d.event("taken", "transaction.transferownership.unspecified", sent=8, args=[
    d.arg("artifact", "her passport", sent=8, head="passport", cluster="paris's passport"),
    d.arg("giver", "her", sent=8, n=2, cluster=VP)],
    note="uncovered: confiscation of a passport -> transferownership.unspecified (nearest type)")
forced8 = d.event("forced", "contact.threatencoerce.unspecified", sent=8, args=[
    d.arg("recipient", "she", sent=8, cluster=VP),
    d.arg("topic", "to work in the engine room", sent=8, head="work")],
    note="V17a (coercion)")
haul9 = d.event("hauled", "movement.transportperson.bringcarryunload", sent=9, args=[
    d.arg("passenger", "I", sent=9, cluster=VP)],
    note="G2 pull quote, uncovered: 'hauled in' (summoned) -> bringcarryunload")
told9 = d.event("told", "contact.commandorder.unspecified", sent=9, args=[
    d.arg("recipient", "I", sent=9, cluster=VP),
    d.arg("topic", "that I needed to disconnect from her because she was suppressive", sent=9, head="needed")],
    note="V17a (order); 'attacked' figurative (criticism), no event (V2c)")
haul10 = d.event("hauled", "movement.transportperson.bringcarryunload", sent=10, args=[
    d.arg("passenger", "I", sent=10, cluster=VP)],
    note="G3, coref=E9")
told10 = d.event("told", "contact.commandorder.unspecified", sent=10, args=[
    d.arg("recipient", "I", sent=10, cluster=VP),
    d.arg("topic", "that I needed to disconnect from her because she was suppressive", sent=10, head="needed")],
    note="G3, V17a, coref=E10")
spoke = d.event("spoken", "contact.mediastatement.broadcast", sent=11, args=[
    d.arg("communicator", "Her mother", sent=11, head="mother", cluster=MOM)],
    note="V17b (public statement on TV), uncovered: 'spoken out against' as statement event")
sui = d.event("suicide", "life.die.unspecified", sent=11, args=[
    d.arg("victim", "Albert Jaquier", sent=11)],
    note="V4 (committed = support), V10 (name), uncovered: suicide -> life.die.unspecified")
lost = d.event("lost", "transaction.transfermoney.unspecified", sent=11, args=[
    d.arg("giver", word(d, "he", 11), cluster="Albert Jaquier"),
    d.arg("money", "his fortune", sent=11, head="fortune"),
    d.arg("recipient", "Scientology", sent=11, n=2)],
    note="uncovered: losing a fortune to an organisation -> transfermoney.unspecified")
kept = d.event("kept", "justice.arrestjaildetain.arrestjaildetain", sent=12, args=[
    d.arg("detainee", "she", sent=12, cluster=VP),
    d.arg("place", "Flag Land Base", sent=12)],
    plover="COERCE", plover_mode="arrest", note="V18, V9f, uncovered: 'kept' (held) as detention")
trans = d.event("transferred", "movement.transportperson.unspecified", sent=12, args=[
    d.arg("passenger", "she", sent=12, cluster=VP),
    d.arg("origin", "Flag Land Base", sent=12),
    d.arg("destination", "the Freewinds", sent=12, head="Freewinds", cluster=FW)],
    note="V9d")
task = d.event("tasked", "contact.commandorder.unspecified", sent=14, args=[
    d.arg("recipient", "she", sent=14, cluster=VP),
    d.arg("topic", "removal of asbestos from the ship", sent=14, head="removal")],
    note="V17a (order)")
left15 = d.event("left", "movement.transportperson.selfmotion", sent=15, args=[
    d.arg("transporter", "Paris", sent=15),
    d.arg("origin", "the ship", sent=15, cluster=FW)],
    note="V8 (non-combatant leaving)")
sent16 = d.event("sent", "movement.transportperson.unspecified", sent=16, args=[
    d.arg("passenger", "She", sent=16, cluster=VP),
    d.arg("destination", "Rehabilitation Project Force", sent=16)])
left17 = d.event("left", "personnel.endposition.quitretire", sent=17, args=[
    d.arg("employee", "she", sent=17, cluster=VP),
    d.arg("placeofemployment", "the church", sent=17, head="church", cluster=CS)],
    note="V18, uncovered: leaving the church (former Sea Org member) as quitting")
stmt = d.event("statement", "contact.mediastatement.broadcast", sent=18, args=[
    d.arg("communicator", "the Church", sent=18, head="Church", cluster=CS)],
    note="V17b (statement to a broadcaster; ABC is not recipient)")
f19 = d.event("forced", "contact.threatencoerce.unspecified", sent=19, args=[
    d.arg("recipient", "She", sent=19, cluster=VP)],
    polarity="negative", note="V13, V14, V17a")
f20 = d.event("forced", "contact.threatencoerce.unspecified", sent=20, args=[
    d.arg("recipient", "She", sent=20, cluster=VP),
    d.arg("topic", "to perform labour in the engine room", sent=20, head="perform")],
    polarity="negative", note="V13, V14, coref=E8")
mis = d.event("misrepresenting", "contact.prevarication.unspecified", sent=21, args=[
    d.arg("communicator", "she", sent=21, cluster=VP),
    d.arg("topic", "her experiences with the Church", sent=21, head="experiences")],
    note="V17 (prevarication: statement said to be false), uncovered: motive 'vested interest for' treated as asserted")
# ---- stances
d.fact(imp0, "CT+", holder=d.holder("Australian woman", sent=0, cluster=VP), cue=d.span("claims", sent=0), note="ST3 (title attributed by SIP), ST6")
d.fact(imp2, "CT+", holder=d.holder("Valeska Paris", sent=2), cue=d.span("claimed", sent=2), note="ST2, ST6")
for ev in (mov, join, told6, spoke, sui, lost, left15, sent16, left17, stmt):
    d.fact(ev, "CT+", note="ST3")
p7 = d.holder("Paris", sent=7); c7 = d.span("claims", sent=7)
d.fact(sent7, "CT+", holder=p7, cue=c7, note="ST2")
p8 = d.holder("Paris", sent=8); c8 = d.span("claims", sent=8)
d.fact(taken, "CT+", holder=p8, cue=c8, note="ST2")
d.fact(forced8, "CT+", holder=p8, cue=c8, note="ST2")
p9 = d.holder("Valeska Paris", sent=9); c9 = d.span("Valeska Paris", sent=9)
d.fact(haul9, "CT+", holder=p9, cue=c9, note="ST2 (pull quote attributed without verb)")
d.fact(told9, "CT+", holder=p9, cue=c9, note="ST2 (pull quote)")
d.fact(haul10, "CT+", holder=p8, cue=c8, note="ST2, uncovered: unattributed body copy of the quote attributed to Paris's last SIP (s8)")
d.fact(told10, "CT+", holder=p8, cue=c8, note="ST2, uncovered: as E11")
p12 = d.holder("Paris", sent=12); c12 = d.span("claims", sent=12)
d.fact(kept, "CT+", holder=p12, cue=c12, note="ST2")
d.fact(trans, "CT+", holder=p12, cue=c12, note="ST2")
d.fact(task, "CT+", holder=d.holder("She", sent=14, cluster=VP), cue=d.span("claims", sent=14), note="ST2, ST6")
ch = d.holder("the Church", sent=18, cluster=CS); cd = d.span("denied", sent=18)
d.fact(f19, "CT-", holder=ch, cue=cd, note="ST2 (quotation introduced by 'denied'), ST4")
d.fact(f20, "CT-", holder=ch, cue=cd, note="ST2, ST4")
d.fact(mis, "PR+", holder=d.holder("They", sent=21, cluster=CS), cue=d.span("claim", sent=21, n=2), note="ST2, ST4, uncovered: implied by 'vested interest for'")
d.save()
