import sys; sys.path.insert(0, "/work/main/scripts"); sys.path.insert(0, "/work/main/annotations/raw/annotator_i/scripts")
from _k9 import Doc
d = Doc("GUM_news_asylum", annotator="annotator_i")
A, R = d.arg, d.span

# ---------------- entities
d.ent("Over 900", "CARDINAL", sent=0, note="E15")
d.ent("Indonesian", "NORP", sent=0)
d.ent("Monday, May 18, 2015", "DATE", sent=1, note="E18")
d.ent("Friday", "DATE", sent=2)
d.ent("over 700", "CARDINAL", sent=2, note="E15")
d.ent("Indonesian Navy", "ORG", sent=2, cluster="Indonesian Navy", note="E7, E8")
d.ent("200", "CARDINAL", sent=2)
d.ent("Aceh", "GPE", sent=2, cluster="Aceh")
d.ent("Indonesia", "GPE", sent=2, n=2, cluster="Indonesia")
d.ent("Fuad Basya", "PERSON", sent=3, cluster="Fuad Basya", note="E5")
d.ent("Indonesian", "NORP", sent=3, note="E2")
d.ent("first", "ORDINAL", sent=3, note="E16")
d.ent("Bangladeshis", "NORP", sent=4)
d.ent("Rohingya", "NORP", sent=4)
d.ent("Muslims", "NORP", sent=4, note="E9")
d.ent("Myanmar", "GPE", sent=4, cluster="Myanmar")
d.ent("Myanmar", "GPE", sent=5, cluster="Myanmar")
d.ent("Buddhist", "NORP", sent=5, note="E9")
d.ent("United Nations", "ORG", sent=5, cluster="United Nations", note="E3")
d.ent("Rohingya", "NORP", sent=5)
d.ent("ABC News", "ORG", sent=6, cluster="ABC News", note="E12")
d.ent("Basya", "PERSON", sent=6, cluster="Fuad Basya")
d.ent("Indonesia", "GPE", sent=6, cluster="Indonesia", note="E13")
d.ent("Malaysia", "GPE", sent=7, cluster="Malaysia")
d.ent("Indonesia", "GPE", sent=7, cluster="Indonesia")
d.ent("AFP", "ORG", sent=7, cluster="AFP")
d.ent("Untied Nations", "ORG", sent=7, cluster="United Nations", note="E14: misspelling of United Nations")
d.ent("United States", "GPE", sent=7, cluster="United States")
d.ent("One", "CARDINAL", sent=8, note="E15")
d.ent("Rohingya", "NORP", sent=8)
d.ent("Muhammad Amin", "PERSON", sent=8, cluster="Muhammad Amin")
d.ent("first", "ORDINAL", sent=8)
d.ent("Friday", "DATE", sent=8)
d.ent("Malaysia", "GPE", sent=8, cluster="Malaysia")
d.ent("Indonesian", "NORP", sent=8, note="E2: lower-case navy")
d.ent("Indonesia", "GPE", sent=8, n=2, cluster="Indonesia")
d.ent("Malaysian", "NORP", sent=8, note="E2")
d.ent("Malaysia", "GPE", sent=9, cluster="Malaysia")
d.ent("Najib Razak", "PERSON", sent=9, cluster="Najib Razak", note="E5")
d.ent("Thailand", "GPE", sent=10, cluster="Thailand")
d.ent("US State Department", "ORG", sent=11, cluster="US State Department",
      note="E3, E8, E13, uncovered: country name as first word of a department's name kept inside ORG")
d.ent("John Kerry", "PERSON", sent=11, cluster="John Kerry", note="E5")
d.ent("Thailand", "GPE", sent=11, cluster="Thailand")
d.ent("Rohingya", "NORP", sent=11)
d.ent("Jeff Rathke", "PERSON", sent=12, cluster="Jeff Rathke")
d.ent("State Department", "ORG", sent=12, cluster="US State Department", note="E13")
d.ent("first", "ORDINAL", sent=12, note="E16")
d.ent("Rathke", "PERSON", sent=13, cluster="Jeff Rathke")
d.ent("South East Asia", "LOC", sent=13, cluster="South East Asia", note="E11")
d.ent("8000", "CARDINAL", sent=14)

# ---------------- events
# title
e_t = d.event("rescued", "movement.transportperson.evacuationrescue", sent=0,
              args=[A("passenger", "Over 900 asylum seekers", sent=0, head="seekers")],
              note="V18, G2; asylum seekers: role noun, no event (uncovered)")
d.fact(e_t, "CT+", note="ST3")
# s2
e2r = d.event("rescued", "movement.transportperson.evacuationrescue", sent=2, args=[
    A("transporter", "fishermen", sent=2),
    A("passenger", "over 700 asylum seekers", sent=2, head="seekers", cluster="asylum seekers rescued by fishermen")],
    note="V18")
d.fact(e2r, "CT+")
e2sank = d.event("sank", "disaster.accidentcrash.accidentcrash", sent=2, args=[
    A("driverpassenger", "over 700 asylum seekers", sent=2, head="seekers", cluster="asylum seekers rescued by fishermen"),
    A("vehicle", "whose boat", sent=2, head="boat")],
    note="V18 accidents (vessel), V9e")
d.fact(e2sank, "CT+")
e2saved = d.event("saved", "movement.transportperson.evacuationrescue", sent=2, args=[
    A("transporter", "the Indonesian Navy", sent=2, head="Navy", cluster="Indonesian Navy"),
    A("passenger", "200 more", sent=2, head="200", cluster="asylum seekers saved by the navy")],
    note="V18, G7")
d.fact(e2saved, "PR+", note="uncovered: 'reportedly' (author hedge without a named source) read as PR+")
e2found = d.event("found", "inspection.sensoryobserve.unspecified", sent=2, args=[
    A("observer", "the Indonesian Navy", sent=2, head="Navy", cluster="Indonesian Navy"),
    A("observedentity", "they", sent=2, cluster="asylum seekers saved by the navy")],
    note="V8 most specific type; physical finding, not a findings SIP (ST2); V9h")
d.fact(e2found, "CT+")
e2swim = d.event("swimming", "movement.transportperson.selfmotion", sent=2, args=[
    A("transporter", "they", sent=2, cluster="asylum seekers saved by the navy")], note="V8")
d.fact(e2swim, "CT+")
# s3
said3 = R("said", sent=3)
basya3 = lambda: d.holder("Major general Fuad Basya", sent=3, cluster="Fuad Basya")
e3n = d.event("noticed", "inspection.sensoryobserve.unspecified", sent=3, args=[
    A("observer", "fisherman", sent=3),
    A("observedentity", "the people", sent=3, cluster="asylum seekers rescued by fishermen")],
    note="V8, K4 (OntoGUM links the people to the 700)")
d.fact(e3n, "CT+", holder=basya3(), cue=said3, note="ST2, ST6")
e3d = d.event("deployed", "movement.transportartifact.unspecified", sent=3, args=[
    A("artifact", "a warship", sent=3)], note="V8, uncovered: deploying a ship as transport of an artifact")
d.fact(e3d, "CT+", holder=basya3(), cue=said3)
e3r = d.event("retrieve", "movement.transportperson.evacuationrescue", sent=3, args=[
    A("vehicle", "a warship", sent=3),
    A("passenger", "them", sent=3, cluster="asylum seekers rescued by fishermen")],
    modality="other", note="V14 purpose clause, V9h")
d.fact(e3r, "Uu", holder=basya3(), cue=said3, note="ST4 purpose")
# s4
e4 = d.event("rescued", "movement.transportperson.evacuationrescue", sent=4,
             note="V18; passenger is the NP containing the trigger, left out (V11); coref=E1")
d.fact(e4, "CT+")
# s6: according to ABC News, Basya believes ...
abc = lambda: d.holder("ABC News", sent=6)
bas6 = lambda: d.holder("Basya", sent=6)
acc = R("According to", sent=6)
bel = R("believes", sent=6)
seek6 = lambda: A("transporter", "the asylum seekers", sent=6, head="seekers", cluster="asylum seekers saved by the navy")
e6l = d.event("left", "movement.transportperson.selfmotion", sent=6, args=[
    seek6(), A("origin", "the boat", sent=6)], modality="other", note="V14 modal of possibility (may have)")
d.fact(e6l, "PS+", holder=bas6(), cue=bel, note="ST2 believes = SIP, ST4 may")
d.fact(e6l, "Uu", holder=abc(), cue=acc, note="ST3 outer source")
e6r = d.event("rescued", "movement.transportperson.evacuationrescue", sent=6, args=[
    A("passenger", "the asylum seekers", sent=6, head="seekers", cluster="asylum seekers saved by the navy")],
    modality="other", note="V14 purpose clause")
d.fact(e6r, "Uu", holder=bas6(), cue=bel)
d.fact(e6r, "Uu", holder=abc(), cue=acc)
e6s = d.event("sent", "movement.transportperson.prevententry", sent=6, args=[
    A("passenger", "the asylum seekers", sent=6, head="seekers", cluster="asylum seekers saved by the navy"),
    A("origin", "Indonesia waters", sent=6, head="waters")],
    modality="other", note="V3 (away outside), V8, V14 (to avoid)")
d.fact(e6s, "Uu", holder=bas6(), cue=bel)
d.fact(e6s, "Uu", holder=abc(), cue=acc)
d.attitude(d.holder("the asylum seekers", sent=6, cluster="asylum seekers saved by the navy"), e6s, "AGAINST",
           cue=R("avoid", sent=6), note="ST5 avoid")
# s7
e7 = d.event("turning", "movement.transportperson.prevententry", sent=7, args=[
    A("preventer", "Malaysia", sent=7), A("preventer", "Indonesia", sent=7)],
    plover="COERCE", plover_mode="restrict",
    note="V1 habitual, V3, V8; boats of migrants generic (K10)")
d.fact(e7, "CT+")
crit = R("criticised", sent=7)
d.attitude(d.holder("the Untied Nations", sent=7, cluster="United Nations"), e7, "AGAINST", cue=crit,
           note="ST5 (criticised ~ critical of), ST8")
d.attitude(d.holder("United States", sent=7), e7, "AGAINST", cue=crit, note="ST5, ST8")
# s8
e8r = d.event("rescued", "movement.transportperson.evacuationrescue", sent=8, args=[
    A("vehicle", "the first boat", sent=8, head="boat")], note="V18")
d.fact(e8r, "CT+", note="uncovered: quotation of Muhammad Amin without a SIP; author source")
e8t = d.event("turned", "movement.transportperson.prevententry", sent=8, args=[
    A("transporter", "the first boat", sent=8, head="boat"),
    A("preventer", "Indonesian navy", sent=8, head="navy", cluster="Indonesian Navy"),
    A("preventer", "Malaysian navy", sent=8, head="navy")],
    plover="COERCE", plover_mode="restrict",
    note="V3, V8 turning a boat back; 'toward' directions not origin/destination; uncovered: boat as transporter")
d.fact(e8t, "CT+", note="uncovered: no SIP for Muhammad Amin; author source")
# s9
e9st = d.event("statement", "contact.mediastatement.unspecified", sent=9, args=[
    A("communicator", "Najib Razak", sent=9)], note="V17b, V10 name")
d.fact(e9st, "CT+", note="ST3")
e9c = d.event("contact", "contact.discussion.unspecified", sent=9, args=[
    A("participant", "We", sent=9, cluster="malaysian government"),
    A("participant", "all relevant parties", sent=9, head="parties")],
    plover="CONSULT", note="V8, K8, uncovered: 'are in contact' read as ongoing discussion")
d.fact(e9c, "CT+", holder=d.holder("Malaysia's Prime Minister", sent=9, cluster="Najib Razak"), cue=R("said", sent=9),
       note="ST6 apposition excluded")
# s10
e10t = d.event("trafficking", "movement.transportperson.smuggleextract", sent=10,
               note="V1 habitual; uncovered: 'cracked down' has no type; generic participants (K10)")
d.fact(e10t, "CT+")
e10tr = d.event("transport", "movement.transportperson.smuggleextract", sent=10,
                note="V1 habitual; people-smugglers, migrants generic (K10)")
d.fact(e10tr, "CT+")
# s11
e11 = d.event("contacted", "contact.discussion.unspecified", sent=11, args=[
    A("participant", "John Kerry", sent=11),
    A("participant", "Thailand's foreign minister", sent=11, head="minister")],
    plover="CONSULT", note="V17a (schema speech act), V8")
d.fact(e11, "CT+", holder=d.holder("The US State Department", sent=11, cluster="US State Department"),
       cue=R("said", sent=11), note="ST6")
# s12
rath = lambda: d.holder("Jeff Rathke", sent=12)
said12 = R("said", sent=12)
e12u = d.event("urge", "contact.requestadvise.unspecified", sent=12, args=[
    A("communicator", "We", sent=12, cluster="US State Department"),
    A("recipient", "the governments of the region", sent=12, head="governments", cluster="governments of south east asia"),
    A("topic", "to work together quickly, first and foremost, to save the lives of migrants now at sea who are in need of an immediate rescue effort", sent=12, head="work")],
    plover="REQUEST", note="V17a, K8, G6 clause topic")
d.fact(e12u, "CT+", holder=rath(), cue=said12)
e12w = d.event("work", "contact.collaborate.unspecified", sent=12, args=[
    A("participant", "the governments of the region", sent=12, head="governments", cluster="governments of south east asia")],
    modality="other", note="V8, V14 request")
d.fact(e12w, "Uu", holder=rath(), cue=said12, note="ST4 requested")
e12s = d.event("save", "movement.transportperson.evacuationrescue", sent=12, args=[
    A("transporter", "the governments of the region", sent=12, head="governments", cluster="governments of south east asia"),
    A("passenger", "migrants", sent=12)],
    modality="other", note="V14 purpose/request, G6")
d.fact(e12s, "Uu", holder=rath(), cue=said12)
e12r = d.event("rescue", "movement.transportperson.evacuationrescue", sent=12, args=[
    A("passenger", "migrants", sent=12)],
    modality="other", note="V9e, uncovered: 'in need of' read as a want marker (V14)")
d.fact(e12r, "Uu", holder=rath(), cue=said12)
weh = lambda: d.holder("We", sent=12, cluster="US State Department")
d.attitude(weh(), e12w, "FAVOR", cue=R("urge", sent=12), note="ST5 urge")
d.attitude(weh(), e12s, "FAVOR", cue=R("urge", sent=12), note="ST5 urge")
# s13
e13a = d.event("asked", "contact.requestadvise.unspecified", sent=13, args=[
    A("communicator", "Rathke", sent=13),
    A("recipient", "the governments of South East Asia", sent=13, head="governments", cluster="governments of south east asia"),
    A("topic", "not to turn away boats of people seeking asylum", sent=13, head="turn")],
    plover="REQUEST", plover_mode="change", note="V17a, G6, G7b")
d.fact(e13a, "CT+")
e13t = d.event("turn", "movement.transportperson.prevententry", sent=13, args=[
    A("preventer", "the governments of South East Asia", sent=13, head="governments", cluster="governments of south east asia")],
    polarity="negative", modality="other",
    note="V3, V13, V14 (negated requested event), people seeking asylum generic (K10)")
d.fact(e13t, "Uu", note="ST4 requested; no SIP")
d.attitude(d.holder("Rathke", sent=13), e13t, "AGAINST", cue=R("asked", sent=13), note="ST5, ST7")
d.save()
