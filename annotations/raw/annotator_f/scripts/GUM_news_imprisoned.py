import sys; sys.path.insert(0, "/work/main/annotations/raw/annotator_f/scripts")
from fkit import Doc, within
d = Doc("GUM_news_imprisoned", annotator="annotator_f")
VP = "Valeska Paris"; CS = "Church of Scientology"; FW = "Freewinds"; MOM = "paris's mother"
W = lambda phrase, word, sent, n=1: within(d, phrase, word, sent, n)
# ---- entities
d.ent("Australian", "NORP", sent=0)
d.ent("Church of Scientology", "ORG", sent=0, cluster=CS, note="E1, E9")
d.ent("twelve years", "DATE", sent=0)
d.ent("Thursday, May 7, 2015", "DATE", sent=1, note="E18 dateline")
d.ent("Valeska Paris", "PERSON", sent=2, cluster=VP)
d.ent("Australian", "NORP", sent=2)
d.ent("Scientologist", "NORP", sent=2, note="E9")
d.ent("Church of Scientology", "ORG", sent=2, cluster=CS, note="E3")
d.ent("twelve years", "DATE", sent=2)
d.ent("Scientology", "NORP", sent=2, n=2, note="E9 word form of the religion, G4 hyphenated compound; uncovered: 'Scientology-owned' standing for the church")
d.ent("Freewinds", "PRODUCT", sent=2, cluster=FW, note="E23 named vehicle (ship)")
d.ent("Church of Scientology", "ORG", sent=3, cluster=CS, note="E3, G2 caption")
d.ent("Freewinds", "PRODUCT", sent=3, cluster=FW, note="E23")
d.ent("Bonaire", "GPE", sent=3, cluster="Bonaire")
d.ent("Paris", "PERSON", sent=4, cluster=VP)
d.ent("Switzerland", "GPE", sent=4, cluster="Switzerland")
d.ent("United Kingdom", "GPE", sent=4, cluster="United Kingdom", note="E3")
d.ent("six", "DATE", sent=4, note="Appendix A DATE incl. ages")
d.ent("Sea Org", "ORG", sent=5, cluster="Sea Org", note="E3")
d.ent("14", "DATE", sent=5, note="age, Appendix A")
d.ent("1995", "DATE", sent=6)
d.ent("seventeen", "DATE", sent=6, note="age, Appendix A")
d.ent("Paris", "PERSON", sent=7, cluster=VP)
d.ent("first", "ORDINAL", sent=7, note="E16 adverbial")
d.ent("eighteen", "DATE", sent=7, note="age")
d.ent("two weeks", "DATE", sent=7)
d.ent("twelve years", "DATE", sent=7)
d.ent("Paris", "PERSON", sent=8, cluster=VP)
d.ent("Valeska Paris", "PERSON", sent=9, cluster=VP, note="G2 pull quote attribution")
d.ent("Scientology", "NORP", sent=11, n=1, note="E9")
d.ent("French", "NORP", sent=11)
d.ent("Paris", "PERSON", sent=11, cluster=VP, note="E4")
d.ent("Albert Jaquier", "PERSON", sent=11, cluster="Albert Jaquier")
d.ent("Scientology", "NORP", sent=11, n=2, note="E9")
d.ent("Paris", "PERSON", sent=12, cluster=VP)
d.ent("Flag Land Base", "FAC", sent=12, cluster="Flag Land Base", note="E10 named facility")
d.ent("Clearwater", "GPE", sent=12, cluster="Clearwater")
d.ent("Florida", "GPE", sent=12, cluster="Florida")
d.ent("eighteen", "DATE", sent=12, note="age")
d.ent("Freewinds", "PRODUCT", sent=12, cluster=FW)
d.ent("Freewinds", "PRODUCT", sent=13, cluster=FW)
d.ent("Paris", "PERSON", sent=13, cluster=VP)
d.ent("6:00am", "TIME", sent=13, note="E19")
d.ent("midnight", "TIME", sent=13, note="E19")
d.ent("1997", "DATE", sent=14)
d.ent("1998", "DATE", sent=14)
d.ent("2007", "DATE", sent=15)
d.ent("Paris", "PERSON", sent=15, cluster=VP)
d.ent("Rehabilitation Project Force", "ORG", sent=16, cluster="Rehabilitation Project Force", note="E12, uncovered: named programme of an organisation -> ORG")
d.ent("Sydney", "GPE", sent=16, cluster="Sydney")
d.ent("Church", "ORG", sent=16, cluster=CS, note="E3, E12 capitalised short name")
d.ent("Australian Broadcasting Corporation", "ORG", sent=18, cluster="Australian Broadcasting Corporation", note="E3, E8, E12")
d.ent("Church", "ORG", sent=18, cluster=CS, note="E3, E12")
d.ent("Paris", "PERSON", sent=21, cluster=VP)
d.ent("Church", "ORG", sent=21, cluster=CS, note="E3, E12")
d.ent("Church", "ORG", sent=22, cluster=CS, note="E3, E12")
d.ent("Paris", "PERSON", sent=22, cluster=VP)

# ---- events
e0 = d.event("imprisoned", "justice.arrestjaildetain.arrestjaildetain", sent=0, args=[
    d.arg("jailer", "Church of Scientology", sent=0),
    d.arg("detainee", W("imprisoned her", "her", 0), cluster=VP)],
    plover="COERCE", plover_mode="arrest", note="V18, V16; ACLED Arrests only for state forces (V15)")
d.fact(e0, "CT+", holder=d.holder("Australian woman", sent=0, cluster=VP), cue=d.span("claims", sent=0),
       note="ST2, ST3 title attributed by a SIP in the title")
e2 = d.event("imprisoned", "justice.arrestjaildetain.arrestjaildetain", sent=2, args=[
    d.arg("jailer", "the Church of Scientology", sent=2, head="Church", cluster=CS),
    d.arg("detainee", W("imprisoned her", "her", 2), cluster=VP),
    d.arg("place", "Freewinds", sent=2)],
    plover="COERCE", plover_mode="arrest", note="V18, V9f, V10 test 4 (name over apposed nominal), coref=E1")
d.fact(e2, "CT+", holder=d.holder("Valeska Paris", sent=2), cue=d.span("claimed", sent=2), note="ST2, ST7")

mv = d.event("moved", "movement.transportperson.unspecified", sent=4, args=[
    d.arg("transporter", "her parents", sent=4, head="parents", cluster="paris's parents"),
    d.arg("passenger", W("moved her", "her", 4), cluster=VP),
    d.arg("origin", "Switzerland", sent=4),
    d.arg("destination", "the United Kingdom", sent=4, head="Kingdom", cluster="United Kingdom")],
    note="V8 people moved by others, V9h origin by meaning")
d.fact(mv, "CT+")
jn = d.event("joined", "personnel.startposition.unspecified", sent=5, args=[
    d.arg("employee", "She", sent=5, cluster=VP),
    d.arg("placeofemployment", "the Sea Org", sent=5, head="Org", cluster="Sea Org")],
    note="V18, uncovered: joining the Sea Org (staff order) -> startposition.unspecified")
d.fact(jn, "CT+")
t6 = d.event("told", "contact.commandorder.unspecified", sent=6, args=[
    d.arg("recipient", "she", sent=6, cluster=VP),
    d.arg("topic", "to disconnect from her mother", sent=6, head="disconnect")],
    plover="REQUEST", note="V17a order ('told to'), V16; 'disconnect' no type")
d.fact(t6, "CT+")

sent7 = d.event("sent", "movement.transportperson.unspecified", sent=7, args=[
    d.arg("passenger", W("claims she", "she", 7), cluster=VP),
    d.arg("destination", "the ship", sent=7, head="ship", cluster=FW)], note="V8")
d.fact(sent7, "CT+", holder=d.holder("Paris", sent=7), cue=d.span("claims", sent=7), note="ST2")
tk = d.event("taken", "conflict.attack.stealrobhijack", sent=8, args=[
    d.arg("target", W("from her", "her", 8), cluster=VP),
    d.arg("artifact", "her passport", sent=8, head="passport", cluster="paris's passport")],
    plover="COERCE", plover_mode="seize",
    note="V8 seizing property, uncovered: confiscation of a passport by an organisation -> stealrobhijack; no ACLED (not armed actors)")
frc8 = d.event("forced", "contact.threatencoerce.unspecified", sent=8, args=[
    d.arg("recipient", W("she was forced", "she", 8), cluster=VP),
    d.arg("topic", "to work in the engine room", sent=8, head="work")],
    plover="COERCE", note="V17a, uncovered: 'forced to' (coercion) -> threatencoerce, PLOVER COERCE without mode")
hP8 = lambda: d.holder("Paris", sent=8)
d.fact(tk, "CT+", holder=hP8(), cue=d.span("claims", sent=8), note="ST2")
d.fact(frc8, "CT+", holder=hP8(), cue=d.span("claims", sent=8), note="ST2")

# pull quote s9 (links within itself)
h9 = d.event("hauled", "movement.transportperson.bringcarryunload", sent=9, args=[
    d.arg("passenger", "I", sent=9, n=1, cluster=VP)], note="V9 pull quote within itself, uncovered: 'hauled in' (summoned) -> bringcarryunload")
t9 = d.event("told", "contact.commandorder.unspecified", sent=9, args=[
    d.arg("recipient", "I", sent=9, n=1, cluster=VP),
    d.arg("topic", "that I needed to disconnect from her because she was suppressive", sent=9, head="needed")],
    plover="REQUEST", note="V17a order, G6 clause topic; 'attacked the church' figurative (V2c)")
d.fact(h9, "CT+", holder=d.holder("Valeska Paris", sent=9), cue=d.span("Valeska Paris", sent=9), note="ST2 pull quote")
d.fact(t9, "CT+", holder=d.holder("Valeska Paris", sent=9), cue=d.span("Valeska Paris", sent=9), note="ST2 pull quote")
# body copy s10
h10 = d.event("hauled", "movement.transportperson.bringcarryunload", sent=10, args=[
    d.arg("passenger", "I", sent=10, n=1, cluster=VP)], note="G3, coref=E9")
t10 = d.event("told", "contact.commandorder.unspecified", sent=10, args=[
    d.arg("recipient", "I", sent=10, n=1, cluster=VP),
    d.arg("topic", "that I needed to disconnect from her because she was suppressive", sent=10, head="needed")],
    plover="REQUEST", note="G3, V17a, coref=E10")
d.fact(h10, "CT+", holder=hP8(), cue=d.span("claims", sent=8),
       note="ST2 quotation paragraph of Paris without own SIP -> her last SIP, uncovered: body quote block after a pull quote")
d.fact(t10, "CT+", holder=hP8(), cue=d.span("claims", sent=8), note="ST2, uncovered (as above)")

sp = d.event("spoken", "contact.mediastatement.broadcast", sent=11, args=[
    d.arg("communicator", "Her mother", sent=11, head="mother", cluster=MOM)],
    note="V17b public statement, medium television -> broadcast")
d.fact(sp, "CT+")
d.attitude(d.holder("Her mother", sent=11, cluster=MOM), d.entities[29], "AGAINST",
           cue=d.span("spoken out against", sent=11),
           note="ST8 explicit evaluation of an entity, uncovered: 'spoken out against' not in ST5 list (nearest: oppose/condemn)")
su = d.event("suicide", "life.die.deathcausedbyviolentevents", sent=11, args=[
    d.arg("victim", "Albert Jaquier", sent=11)],
    note="V4 'committed' support, V10 test 4, uncovered: suicide -> deathcausedbyviolentevents")
d.fact(su, "CT+")
lost = d.event("lost", "transaction.transfermoney.unspecified", sent=11, args=[
    d.arg("giver", W("he lost", "he", 11), cluster="Albert Jaquier"),
    d.arg("money", "his fortune", sent=11, head="fortune"),
    d.arg("recipient", "Scientology", sent=11, n=2)],
    note="uncovered: losing money to an organisation -> transfermoney.unspecified")
d.fact(lost, "CT+")

kept = d.event("kept", "justice.arrestjaildetain.arrestjaildetain", sent=12, args=[
    d.arg("detainee", W("that she", "she", 12), cluster=VP),
    d.arg("place", "Flag Land Base", sent=12)],
    plover="COERCE", plover_mode="arrest", note="V18 detain, V9f")
tr = d.event("transferred", "movement.transportperson.unspecified", sent=12, args=[
    d.arg("passenger", W("that she", "she", 12), cluster=VP),
    d.arg("origin", "Flag Land Base", sent=12),
    d.arg("destination", "the Freewinds", sent=12, head="Freewinds", cluster=FW)],
    note="V8, V9h, coref=E6")
d.fact(kept, "CT+", holder=d.holder("Paris", sent=12), cue=d.span("claims", sent=12), note="ST2")
d.fact(tr, "CT+", holder=d.holder("Paris", sent=12), cue=d.span("claims", sent=12), note="ST2")

tsk = d.event("tasked", "contact.commandorder.unspecified", sent=14, args=[
    d.arg("recipient", W("she was tasked", "she", 14), cluster=VP),
    d.arg("topic", "removal of asbestos from the ship", sent=14, head="removal")],
    plover="REQUEST", note="V17a order, G6, G7; 'removal' no type (V2h)")
d.fact(tsk, "CT+", holder=d.holder("She", sent=14), cue=d.span("claims", sent=14), note="ST2, ST6")

lf = d.event("left", "movement.transportperson.selfmotion", sent=15, args=[
    d.arg("transporter", "Paris", sent=15),
    d.arg("origin", "the ship", sent=15, head="ship", cluster=FW)], note="V8 selfmotion")
d.fact(lf, "CT+")
s16 = d.event("sent", "movement.transportperson.unspecified", sent=16, args=[
    d.arg("passenger", "She", sent=16, cluster=VP),
    d.arg("destination", "Rehabilitation Project Force", sent=16)], note="V8, V9f")
d.fact(s16, "CT+")
q17 = d.event("left", "personnel.endposition.quitretire", sent=17, args=[
    d.arg("employee", "she", sent=17, cluster=VP),
    d.arg("placeofemployment", "the church", sent=17, head="church", cluster=CS)],
    note="V18, uncovered: leaving the church (staff member) -> endposition.quitretire")
d.fact(q17, "CT+")

st = d.event("statement", "contact.mediastatement.unspecified", sent=18, args=[
    d.arg("communicator", "the Church", sent=18, n=1, head="Church", cluster=CS)],
    note="V17b; the media outlet is no recipient (V17)")
d.fact(st, "CT+")
f19 = d.event("forced", "contact.threatencoerce.unspecified", sent=19, args=[
    d.arg("recipient", "She", sent=19, cluster=VP),
    d.arg("topic", "to be there", sent=19, head="be")], polarity="negative",
    note="V13, V14 negated -> asserted, uncovered: coercion -> threatencoerce")
f20 = d.event("forced", "contact.threatencoerce.unspecified", sent=20, args=[
    d.arg("recipient", "She", sent=20, cluster=VP),
    d.arg("topic", "to perform labour in the engine room", sent=20, head="perform")], polarity="negative",
    note="V13, V14, coref=E8")
hC = lambda: d.holder("the Church", sent=18, cluster=CS)
d.fact(f19, "CT-", holder=hC(), cue=d.span("denied", sent=18), note="ST2 quotation attributed by 'denied ...:', ST4")
d.fact(f20, "CT-", holder=hC(), cue=d.span("denied", sent=18), note="ST2, ST4")
mis = d.event("misrepresenting", "contact.prevarication.unspecified", sent=21, args=[
    d.arg("communicator", "she", sent=21, cluster=VP),
    d.arg("topic", "her experiences with the Church", sent=21, head="experiences")], modality="other",
    note="V17 prevarication (statement said to be false), G6 complement phrase; uncovered: motive ('vested interest for') -> other")
d.fact(mis, "Uu", holder=d.holder("They", sent=21, cluster=CS), cue=d.span("claim", sent=21, n=2),
       note="ST2, ST4, ST6")
d.fact(tk, "CT+", holder=d.holder("The Church", sent=22, cluster=CS), cue=d.span("claims", sent=22),
       note="ST8: scope asserts the result ('not having her passport') of the s8 event")
d.save()
