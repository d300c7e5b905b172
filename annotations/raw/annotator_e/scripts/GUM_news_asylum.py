import sys; sys.path.insert(0, "/work/main/annotations/raw/annotator_e/scripts")
from kit_e import Doc
d = Doc("GUM_news_asylum", annotator="annotator_e")
E, A, S = d.ent, d.arg, d.span
RESC = "movement.transportperson.evacuationrescue"
OBS = "inspection.sensoryobserve.unspecified"
PE = "movement.transportperson.prevententry"

# ---- entities
E("Over 900", "CARDINAL", sent=0, note="E15")
E("Indonesian", "NORP", sent=0)
E("Monday, May 18, 2015", "DATE", sent=1, note="E18")
E("Friday", "DATE", sent=2)
E("over 700", "CARDINAL", sent=2, note="E15")
E("Indonesian Navy", "ORG", sent=2, cluster="Indonesian Navy", note="E7")
E("200", "CARDINAL", sent=2)
E("Aceh", "GPE", sent=2, cluster="Aceh")
E("Indonesia", "GPE", sent=2, n=2, cluster="Indonesia")
E("Fuad Basya", "PERSON", sent=3, cluster="Fuad Basya", note="E5")
E("Indonesian", "NORP", sent=3, note="E2")
E("first", "ORDINAL", sent=3, note="E16")
E("Bangladeshis", "NORP", sent=4)
E("Rohingya", "NORP", sent=4)
E("Muslims", "NORP", sent=4, note="E9")
E("Myanmar", "GPE", sent=4, cluster="Myanmar")
E("Myanmar", "GPE", sent=5, cluster="Myanmar")
E("Buddhist", "NORP", sent=5, note="E9")
E("United Nations", "ORG", sent=5, cluster="United Nations")
E("Rohingya", "NORP", sent=5)
E("ABC News", "ORG", sent=6, cluster="ABC News", note="E12")
E("Basya", "PERSON", sent=6, cluster="Fuad Basya")
E("Indonesia", "GPE", sent=6, cluster="Indonesia", note="E13")
E("Malaysia", "GPE", sent=7, cluster="Malaysia")
E("Indonesia", "GPE", sent=7, cluster="Indonesia")
E("AFP", "ORG", sent=7, cluster="AFP")
E("Untied Nations", "ORG", sent=7, cluster="United Nations", note="E14 (misspelling of United Nations)")
E("United States", "GPE", sent=7, cluster="United States")
E("One", "CARDINAL", sent=8, note="E15")
E("Rohingya", "NORP", sent=8)
E("Muhammad Amin", "PERSON", sent=8, cluster="Muhammad Amin")
E("first", "ORDINAL", sent=8)
E("Friday", "DATE", sent=8)
E("twice", "CARDINAL", sent=8, note="E15, uncovered: adverbial count 'twice' marked CARDINAL")
E("Malaysia", "GPE", sent=8, n=1, cluster="Malaysia")
E("Indonesian", "NORP", sent=8, note="E2: lower-case navy")
E("Indonesia", "GPE", sent=8, n=2, cluster="Indonesia")
E("Malaysian", "NORP", sent=8, note="E2: lower-case navy")
E("Malaysia", "GPE", sent=9, cluster="Malaysia", note="E4")
E("Najib Razak", "PERSON", sent=9, cluster="Najib Razak")
E("Thailand", "GPE", sent=10, cluster="Thailand")
E("US State Department", "ORG", sent=11, cluster="US State Department", note="E1, E12, K6")
E("John Kerry", "PERSON", sent=11, cluster="John Kerry")
E("Thailand", "GPE", sent=11, cluster="Thailand", note="E4")
E("Jeff Rathke", "PERSON", sent=12, cluster="Jeff Rathke")
E("State Department", "ORG", sent=12, cluster="US State Department", note="E14")
E("first", "ORDINAL", sent=12, note="E16, adverbial 'first and foremost'")
E("Rathke", "PERSON", sent=13, cluster="Jeff Rathke")
E("South East Asia", "LOC", sent=13, cluster="South East Asia", note="E11")
E("8000", "CARDINAL", sent=14)

ALL = "all rescued asylum seekers"
A700 = "asylum seekers rescued by fishermen"
A200 = "asylum seekers found swimming"
PPL = "people noticed by the fishermen"
BOAT = "sunk boat"
GOV = "governments of south east asia"

# ---- events
# s0 title
t_resc = d.event("rescued", RESC, sent=0, args=[
    A("passenger", "Over 900 asylum seekers", sent=0, head="seekers", cluster=ALL)], note="V18")
d.fact(t_resc, "CT+", note="ST3")
# s2
resc2 = d.event("rescued", RESC, sent=2, args=[
    A("transporter", "fishermen", sent=2, cluster="fishermen"),
    A("passenger", "over 700 asylum seekers", sent=2, head="seekers")],
    note="V18, G6, K3; part of the title's aggregate, not coreferent")
d.fact(resc2, "CT+")
sank = d.event("sank", "disaster.accidentcrash.accidentcrash", sent=2, args=[
    A("vehicle", "whose boat", sent=2, head="boat", cluster=BOAT),
    A("driverpassenger", "over 700 asylum seekers", sent=2, head="seekers")],
    note="V18, V9e")
d.fact(sank, "CT+")
saved = d.event("saved", RESC, sent=2, args=[
    A("transporter", "the Indonesian Navy", sent=2, head="Navy"),
    A("passenger", "200 more", sent=2, head="200", cluster=A200)], note="V18, G7")
d.fact(saved, "PR+", note="uncovered: 'reportedly' without a named source; author PR+ (nearest ST4 hedge)")
found2 = d.event("found", OBS, sent=2, args=[
    A("observedentity", "they", sent=2, cluster=A200)],
    note="uncovered: physical discovery typed inspection.sensoryobserve (nearest type, V1)")
d.fact(found2, "CT+")
swim = d.event("swimming", "movement.transportperson.selfmotion", sent=2, args=[
    A("transporter", "they", sent=2, cluster=A200)], note="V8")
d.fact(swim, "CT+")
# s3
basya3 = d.holder("Major general Fuad Basya", sent=3, cluster="Fuad Basya")
said3 = S("said", sent=3)
noticed = d.event("noticed", OBS, sent=3, args=[
    A("observer", "fisherman", sent=3, cluster="fishermen"),
    A("observedentity", "the people", sent=3, cluster=PPL)],
    note="uncovered: physical discovery typed inspection.sensoryobserve (nearest type, V1)")
d.fact(noticed, "CT+", holder=basya3, cue=said3)
retr = d.event("retrieve", RESC, sent=3, args=[
    A("passenger", "them", sent=3, cluster=PPL),
    A("vehicle", "a warship", sent=3, head="warship")], modality="other", note="V14 purpose clause")
d.fact(retr, "Uu", holder=basya3, cue=said3, note="ST4 purpose")
# s4
resc4 = d.event("rescued", RESC, sent=4, args=[
    A("passenger", "The rescued members", sent=4, head="members", cluster=ALL)],
    note="V1, V7, coref=E1")
d.fact(resc4, "CT+")
# s6
abc = d.holder("ABC News", sent=6)
acc6 = S("According to", sent=6)
basya6 = d.holder("Basya", sent=6)
bel = S("believes", sent=6)
found6 = d.event("found", OBS, sent=6, args=[
    A("observedentity", "the asylum seekers", sent=6, head="seekers", cluster=A200),
    A("place", "the water", sent=6, head="water")],
    note="uncovered: physical discovery typed inspection.sensoryobserve; coref=E5")
left = d.event("left", "movement.transportperson.selfmotion", sent=6, args=[
    A("transporter", "the asylum seekers", sent=6, head="seekers", cluster=A200),
    A("origin", "the boat", sent=6, cluster=BOAT)], modality="other", note="V14 modal 'may'")
resc6 = d.event("rescued", RESC, sent=6, args=[
    A("passenger", "the asylum seekers", sent=6, head="seekers", cluster=A200)],
    modality="other", note="V14 purpose")
sent_ = d.event("sent", PE, sent=6, args=[
    A("passenger", "the asylum seekers", sent=6, head="seekers", cluster=A200),
    A("destination", "Indonesia waters", sent=6, head="waters")],
    modality="other", note="V8 (being sent away = denied entry), V13 avoided event positive, V14")
d.fact(found6, "CT+", holder=basya6, cue=bel, note="ST2 believes = SIP; presupposed")
d.fact(left, "PS+", holder=basya6, cue=bel)
d.fact(resc6, "Uu", holder=basya6, cue=bel)
d.fact(sent_, "Uu", holder=basya6, cue=bel)
for ev in (found6, left, resc6, sent_):
    d.fact(ev, "Uu", holder=abc, cue=acc6, note="ST3 outer source")
d.attitude(d.holder("the asylum seekers", sent=6, cluster=A200), sent_, "AGAINST", cue=S("avoid", sent=6), note="ST5")
# s7
turning = d.event("turning", PE, sent=7, args=[
    A("preventer", "Malaysia", sent=7, n=1),
    A("preventer", "Indonesia", sent=7),
    A("transporter", "boats of migrants", sent=7, head="boats")],
    plover="COERCE", plover_mode="restrict", note="V8, V16; habitual policy")
d.fact(turning, "CT+")
d.fact(turning, "CT+", holder=d.holder("AFP", sent=7), cue=S("according to", sent=7),
       note="ST8: scope refers to the event by 'which'")
crit = S("criticised", sent=7)
d.attitude(d.holder("the Untied Nations", sent=7), turning, "AGAINST", cue=crit,
           note="ST5, uncovered: 'criticised' taken as 'critical of'")
d.attitude(d.holder("United States", sent=7), turning, "AGAINST", cue=crit,
           note="ST5, uncovered: 'criticised' taken as 'critical of'")
# s8
amin = d.holder("Muhammad Amin", sent=8)
amin_cue = S("Muhammad Amin", sent=8)
resc8 = d.event("rescued", RESC, sent=8, note="V18; boat only, no participant role fits (V11)")
turned = d.event("turned", PE, sent=8, args=[
    A("preventer", "Indonesian navy", sent=8, head="navy", cluster="Indonesian Navy"),
    A("preventer", "Malaysian navy", sent=8, head="navy"),
    A("transporter", "the first boat", sent=8, head="boat")],
    plover="COERCE", plover_mode="restrict", note="V8, V16")
NOTE8 = "ST2, uncovered: attribution without a verb ('One Rohingya, Muhammad Amin, ...'): name as holder and cue"
d.fact(resc8, "CT+", holder=amin, cue=amin_cue, note=NOTE8)
d.fact(turned, "CT+", holder=amin, cue=amin_cue, note=NOTE8)
# s9
stmt = d.event("statement", "contact.mediastatement.unspecified", sent=9, args=[
    A("communicator", "Najib Razak", sent=9)], note="V17b, V10")
d.fact(stmt, "CT+")
# s10
crack = d.event("cracked", "justice.investigate.investigatecrime", sent=10, args=[
    A("investigator", "Thailand", sent=10),
    A("crime", "human trafficking", sent=10, head="trafficking")],
    note="V18, uncovered: law-enforcement crackdown typed as investigatecrime (nearest police type)")
d.fact(crack, "CT+")
traff = d.event("trafficking", "movement.transportperson.smuggleextract", sent=10,
                note="V1 habitual/generic; no referring participant")
d.fact(traff, "CT+")
transp = d.event("transport", "movement.transportperson.smuggleextract", sent=10, args=[
    A("transporter", "people-smugglers", sent=10),
    A("passenger", "migrants", sent=10)], note="V1 habitual")
d.fact(transp, "CT+")
# s11
cont = d.event("contacted", "contact.negotiate.unspecified", sent=11, args=[
    A("participant", "John Kerry", sent=11),
    A("participant", "Thailand's foreign minister", sent=11, head="minister"),
    A("topic", "temporary housing for the Rohingya", sent=11, head="housing")],
    plover="CONSULT", note="V8, uncovered: diplomatic contact between non-opposed parties typed negotiate (nearest 'talks' row)")
d.fact(cont, "CT+", holder=d.holder("The US State Department", sent=11), cue=S("said", sent=11))
# s12
rath = d.holder("Jeff Rathke", sent=12)
said12 = S("said", sent=12)
urge = d.event("urge", "contact.requestadvise.unspecified", sent=12, args=[
    A("communicator", "We", sent=12, cluster="US State Department"),
    A("recipient", "the governments of the region", sent=12, head="governments", cluster=GOV),
    A("topic", "to work together quickly, first and foremost, to save the lives of migrants now at sea who are in need of an immediate rescue effort", sent=12, head="work")],
    plover="REQUEST", note="V17a, K8, G6")
save = d.event("save", RESC, sent=12, args=[
    A("transporter", "the governments of the region", sent=12, head="governments", cluster=GOV),
    A("passenger", "migrants", sent=12, cluster=None)], modality="other", note="V14 request, purpose")
resc12 = d.event("rescue", RESC, sent=12, args=[
    A("passenger", "migrants", sent=12, cluster=None)], modality="other",
    note="V9e, V14 (needed, not asserted)")
d.fact(urge, "CT+", holder=rath, cue=said12)
d.fact(save, "Uu", holder=rath, cue=said12)
d.fact(resc12, "Uu", holder=rath, cue=said12)
d.attitude(d.holder("We", sent=12, cluster="US State Department"), save, "FAVOR", cue=S("urge", sent=12), note="ST5")
# s13
asked = d.event("asked", "contact.requestadvise.unspecified", sent=13, args=[
    A("communicator", "Rathke", sent=13),
    A("recipient", "the governments of South East Asia", sent=13, head="governments", cluster=GOV),
    A("topic", "not to turn away boats of people seeking asylum", sent=13, head="turn")],
    plover="REQUEST", plover_mode="change", note="V17a, V16")
d.fact(asked, "CT+")
turn13 = d.event("turn", PE, sent=13, args=[
    A("preventer", "the governments of South East Asia", sent=13, head="governments", cluster=GOV),
    A("transporter", "boats of people", sent=13, head="boats")],
    polarity="negative", modality="other", note="V13, V14: requested non-occurrence")
d.fact(turn13, "Uu", note="ST4 requested")
d.attitude(d.holder("Rathke", sent=13), turn13, "AGAINST", cue=S("asked", sent=13), note="ST5, ST7")
d.save()
