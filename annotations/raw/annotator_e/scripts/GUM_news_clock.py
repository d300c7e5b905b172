import sys; sys.path.insert(0, "/work/main/annotations/raw/annotator_e/scripts")
from kit_e import Doc
d = Doc("GUM_news_clock", annotator="annotator_e")
E, A, S = d.ent, d.arg, d.span
AM, US, BO, GO, TW, UN = "Ahmed Mohamed", "United States", "Barack Obama", "Google", "Twitter", "United Nations"
GSF, MZ, FB = "Google Science Fair", "Mark Zuckerberg", "Facebook"
BC = "contact.mediastatement.broadcast"
MEET = "contact.discussion.meet"
MEETNOTE = "V8, uncovered: a courtesy meeting (no negotiation) typed contact.discussion.meet"

# ---- entities
E("Texas", "GPE", sent=0, cluster="Texas")
E("Ahmed Mohamed", "PERSON", sent=0, cluster=AM, note="E5")
E("Tuesday, September 22, 2015", "DATE", sent=1, note="E18")
E("Texas", "GPE", sent=2, cluster="Texas")
E("last week", "DATE", sent=2)
E("Ahmed Mohamed", "PERSON", sent=3, cluster=AM)
E("14-year-old", "DATE", sent=3, note="Appendix A (ages)")
E("Irving", "GPE", sent=3, cluster="Irving")
E("Texas", "GPE", sent=3, cluster="Texas")
E("Mohamed", "PERSON", sent=4, cluster=AM)
E("US", "GPE", sent=4, cluster=US)
E("Barack Obama", "PERSON", sent=4, cluster=BO, note="E5")
E("Facebook", "ORG", sent=4, cluster=FB)
E("Mark Zuckerberg", "PERSON", sent=4, cluster=MZ, note="E5")
E("Yesterday", "DATE", sent=5)
E("Mohamed", "PERSON", sent=5, cluster=AM)
E("Google", "ORG", sent=5, n=1, cluster=GO, note="E13")
E("California", "GPE", sent=5, cluster="California")
E("Google Science Fair", "EVENT", sent=5, cluster=GSF, note="E1, E23")
E("tomorrow", "DATE", sent=5)
E("United Nations", "ORG", sent=5, cluster=UN, note="E13")
E("New York", "GPE", sent=5, cluster="New York")
E("US", "GPE", sent=6, cluster=US)
E("Barack Obama", "PERSON", sent=6, cluster=BO)
E("Ahmed Mohamed", "PERSON", sent=6, cluster=AM)
E("Twitter", "ORG", sent=7, cluster=TW, note="G2 credit, E12")
E("Barack Obama", "PERSON", sent=7, cluster=BO)
E("Mohamed", "PERSON", sent=8, cluster=AM)
E("September 14", "DATE", sent=8)
E("NASA", "ORG", sent=10, cluster="NASA", note="E13")
E("Deseret News", "ORG", sent=11, cluster="Deseret News", note="E3, E12")
E("Twitter", "ORG", sent=11, cluster=TW)
E("The Straits Times", "ORG", sent=12, cluster="The Straits Times", note="E3 ('The' part of the name), E12")
E("Mohamed", "PERSON", sent=12, cluster=AM)
E("American", "NORP", sent=13)
E("Marc Lamont Hill", "PERSON", sent=13, cluster="Marc Lamont Hill", note="E5")
E("Twitter", "ORG", sent=15, cluster=TW)
E("Google", "ORG", sent=15, n=1, cluster=GO)
E("Mohamed", "PERSON", sent=15, cluster=AM)
E("Google Science Fair", "EVENT", sent=15, cluster=GSF)
E("Mohamed", "PERSON", sent=16, cluster=AM)
E("Google Science Fair", "EVENT", sent=16, cluster=GSF)
E("this weekend", "DATE", sent=16)
E("Google", "ORG", sent=16, n=2, cluster=GO, note="E4")
E("Mountain View", "GPE", sent=16, cluster="Mountain View")
E("California", "GPE", sent=16, cluster="California")
E("Google", "ORG", sent=17, n=1, cluster=GO)
E("Sergey Brin", "PERSON", sent=17, cluster="Sergey Brin")
E("Mohamed", "PERSON", sent=17, cluster=AM)
E("Google", "ORG", sent=17, n=2, cluster=GO)
E("Wednesday", "DATE", sent=18)
E("Mohamed", "PERSON", sent=18, cluster=AM)
E("United Nations", "ORG", sent=18, cluster=UN)
E("Mohamed El-Hassan Mohamed", "PERSON", sent=19, cluster="Mohamed El-Hassan Mohamed")
E("U.N.", "ORG", sent=19, cluster=UN)
E("New York", "GPE", sent=19, cluster="New York")
E("University of Texas Arlington", "ORG", sent=20, cluster="University of Texas Arlington", note="E1")
E("Amneh Jafari", "PERSON", sent=20, cluster="Amneh Jafari", note="E5")
E("Mohamed", "PERSON", sent=20, cluster=AM)
E("Twitter", "ORG", sent=21, cluster=TW)
E("Jafari", "PERSON", sent=22, cluster="Amneh Jafari")
E("Mohamed", "PERSON", sent=22, cluster=AM)
E("Twitter", "ORG", sent=23, cluster=TW)
E("over one million", "CARDINAL", sent=23, note="E15")
E("Thursday night", "TIME", sent=23, note="E19")
E("NASA", "ORG", sent=24, cluster="NASA")
E("Ahmed Mohamed", "PERSON", sent=24, cluster=AM)
E("International Space Station", "ORG", sent=24, cluster="International Space Station (account)",
  note="E12, uncovered: a named social-media account, typed like a named online service (ORG)")
E("Twitter", "ORG", sent=25, cluster=TW)
E("NASA", "ORG", sent=25, cluster="NASA")
E("US", "GPE", sent=26, cluster=US)
E("Barack Obama", "PERSON", sent=26, cluster=BO)
E("Ahmed", "PERSON", sent=27, cluster=AM)
E("White House", "FAC", sent=28, cluster="White House", note="E3, E10 (the building as destination)")
E("America", "GPE", sent=30, cluster=US)
E("Twitter", "ORG", sent=31, cluster=TW)
E("Mohamed", "PERSON", sent=31, cluster=AM)
E("Facebook", "ORG", sent=32, cluster=FB)
E("Mark Zuckerberg", "PERSON", sent=32, cluster=MZ)
E("Mohamed", "PERSON", sent=32, cluster=AM)
E("Dallas", "GPE", sent=33, cluster="Dallas")
E("Council on American - Islamic Relations", "ORG", sent=33, cluster="Council on American - Islamic Relations", note="E1, E3")
E("Alia Salem", "PERSON", sent=33, cluster="Alia Salem", note="E5")
E("Mohamed", "PERSON", sent=33, cluster=AM)
E("Muslims", "NORP", sent=33)
E("United States", "GPE", sent=33, cluster=US)
E("University of Texas Arlington Muslim Student Association", "ORG", sent=34, cluster="University of Texas Arlington Muslim Student Association", note="E1")
E("Sehar Memon", "PERSON", sent=34, cluster="Sehar Memon", note="E5")
E("Mohamed", "PERSON", sent=34, cluster=AM)
E("Memon", "PERSON", sent=35, cluster="Sehar Memon")
E("Mohamed", "PERSON", sent=35, cluster=AM)
E("Muslim", "NORP", sent=35, n=1)
E("Muslim", "NORP", sent=35, n=2, note="G4 (last part of non-Muslim)")
E("Irving Independent School District", "ORG", sent=36, cluster="Irving Independent School District", note="E3")
E("Irving Police Department", "ORG", sent=36, cluster="Irving Police Department", note="E3")

CLOCK, POL, UNHQ, DIGN = "the digital clock", "irving police", "un headquarters in new york", "international dignitaries"
ARR = "justice.arrestjaildetain.arrestjaildetain"
BRING = "movement.transportartifact.bringcarryunload"
MAKE = "manufacture.artifact.createmanufacture"
# ---- events
# s3
arr3 = d.event("arrested", ARR, sent=3, args=[
    A("detainee", "Ahmed Mohamed", sent=3),
    A("place", "his school", sent=3, head="school"),
    A("jailer", "police", sent=3, cluster=POL)],
    acled="Arrests", plover="COERCE", plover_mode="arrest", note="V18, V15, V16, G6")
d.fact(arr3, "CT+")
br3 = d.event("brought", BRING, sent=3, args=[
    A("transporter", "he", sent=3, n=1, cluster=AM),
    A("artifact", "a digital clock", sent=3, head="clock", cluster=CLOCK),
    A("destination", "school", sent=3, n=2)], note="V1, G6 (relative clause outside)")
d.fact(br3, "CT+")
mk3 = d.event("made", MAKE, sent=3, args=[
    A("manufacturer", "he", sent=3, n=2, cluster=AM),
    A("artifact", "a digital clock", sent=3, head="clock", cluster=CLOCK)],
    note="V9e, uncovered: making an object typed createmanufacture (V18 lists build / createintellectualproperty only)")
d.fact(mk3, "CT+")
# s5
meet5 = d.event("meet", MEET, sent=5, args=[
    A("participant", "he", sent=5, cluster=AM),
    A("participant", "international dignitaries", sent=5, head="dignitaries", cluster=DIGN),
    A("place", "the United Nations headquarters", sent=5, head="headquarters", cluster=UNHQ)],
    modality="other", note=MEETNOTE + "; V14 plan")
d.fact(meet5, "PR+", note="ST4 scheduled")
d.attitude(d.holder("he", sent=5, cluster=AM), meet5, "FAVOR", cue=S("plans", sent=5), note="ST5 plan")
# s6 heading
tw6 = d.event("tweet", BC, sent=6, args=[
    A("communicator", "US President Barack Obama", sent=6, head="Obama", cluster=BO),
    A("recipient", "student Ahmed Mohamed", sent=6, head="Mohamed", cluster=AM)],
    note="G2 heading, V17b (tweet = online public message on Twitter)")
d.fact(tw6, "CT+", note="ST3 heading")
# s8
br8 = d.event("brought", BRING, sent=8, args=[
    A("transporter", "Mohamed", sent=8),
    A("artifact", "the digital clock", sent=8, head="clock", cluster=CLOCK),
    A("destination", "school", sent=8)], note="coref=E2")
mk8 = d.event("made", MAKE, sent=8, args=[
    A("manufacturer", "he", sent=8, cluster=AM),
    A("artifact", "the digital clock", sent=8, head="clock", cluster=CLOCK)], note="V9e, coref=E3")
d.fact(br8, "CT+"); d.fact(mk8, "CT+")
# s9
arr9 = d.event("arrested", ARR, sent=9, args=[
    A("jailer", "Police", sent=9, cluster=POL),
    A("detainee", "the student", sent=9, head="student", cluster=AM)],
    acled="Arrests", plover="COERCE", plover_mode="arrest", note="coref=E1")
que = d.event("questioned", "justice.investigate.unspecified", sent=9, args=[
    A("investigator", "Police", sent=9, cluster=POL),
    A("defendant", "the student", sent=9, head="student", cluster=AM)],
    note="V18 courts and police (questioning = investigation)")
d.fact(arr9, "CT+"); d.fact(que, "CT+")
# s10
hc = d.event("handcuffed", ARR, sent=10, args=[
    A("detainee", "the boy", sent=10, head="boy", cluster=AM),
    A("jailer", "the police", sent=10, head="police", cluster=POL)],
    acled="Arrests", plover="COERCE", plover_mode="arrest", note="V9a, coref=E1")
post = d.event("posted", "contact.mediastatement.unspecified", sent=10,
               note="V17b (releasing images); 'online' names no medium")
repost = d.event("reposted", "contact.mediastatement.unspecified", sent=10, note="V17b")
for ev in (hc, post, repost):
    d.fact(ev, "CT+")
# s15
inv = d.event("invited", "contact.requestadvise.unspecified", sent=15, args=[
    A("communicator", "Google", sent=15),
    A("recipient", "Mohamed", sent=15),
    A("topic", "their Google Science Fair", sent=15, head="Fair", cluster=GSF)],
    note="V8 invitation, V12; no PLOVER (V16: culture), no attitude (ST5: no event as object)")
d.fact(inv, "CT+")
# s16
meet16 = d.event("meet", MEET, sent=16, args=[
    A("participant", "Mohamed", sent=16),
    A("participant", "finalists", sent=16),
    A("place", "the event", sent=16, head="event", cluster=GSF)], note=MEETNOTE)
d.fact(meet16, "CT+")
# s17
met = d.event("met", MEET, sent=17, args=[
    A("participant", "Sergey Brin", sent=17),
    A("participant", "Mohamed", sent=17)], note=MEETNOTE + "; V10 name")
visit = d.event("visit", "movement.transportperson.selfmotion", sent=17, args=[
    A("transporter", "his", sent=17, cluster=AM),
    A("destination", "Google", sent=17, n=2)], note="V8 selfmotion")
d.fact(met, "CT+"); d.fact(visit, "CT+")
# s18
trav = d.event("travel", "movement.transportperson.selfmotion", sent=18, args=[
    A("transporter", "Mohamed", sent=18),
    A("transporter", "his father", sent=18, head="father", cluster="Mohamed El-Hassan Mohamed"),
    A("destination", "the United Nations", sent=18, head="Nations")], modality="other", note="V14 'are to' (plan)")
d.fact(trav, "PR+", note="ST4 scheduled")
# s19
fath = d.holder("His father Mohamed El-Hassan Mohamed", sent=19, cluster="Mohamed El-Hassan Mohamed")
said19 = S("said", sent=19)
take = d.event("taking", "movement.transportperson.bringcarryunload", sent=19, args=[
    A("transporter", "he", sent=19, cluster="Mohamed El-Hassan Mohamed"),
    A("passenger", "his entire family", sent=19, head="family"),
    A("destination", "the U.N. headquarters", sent=19, head="headquarters", cluster=UNHQ)],
    modality="other", note="V14 planned (progressive future)")
meet19 = d.event("meet", MEET, sent=19, args=[
    A("participant", "international dignitaries", sent=19, head="dignitaries", cluster=DIGN),
    A("participant", "his son", sent=19, head="son", cluster=AM)],
    modality="other", note=MEETNOTE + "; V14 want; coref=E4")
d.fact(take, "PR+", holder=fath, cue=said19)
d.fact(meet19, "Uu", holder=fath, cue=said19, note="ST4 wanted")
d.attitude(d.holder("international dignitaries", sent=19, cluster=DIGN), meet19, "FAVOR", cue=S("wanted", sent=19), note="ST5")
# s21
post21 = d.event("posted", BC, sent=21, args=[A("communicator", "She", sent=21, cluster="Amneh Jafari")],
                 note="V17b, V8 (named website Twitter)")
d.fact(post21, "CT+")
# s24 caption
tw24 = d.event("tweeted", BC, sent=24, args=[A("communicator", "NASA", sent=24)], note="G2 caption, V17b")
d.fact(tw24, "CT+")
# s26-s30
tw26 = d.event("tweeted", BC, sent=26, args=[
    A("communicator", "US President Barack Obama", sent=26, head="Obama", cluster=BO)], note="V17b, ST10 (also SIP)")
d.fact(tw26, "CT+")
bring = d.event("bring", BRING, sent=28, args=[
    A("artifact", "it", sent=28, cluster=CLOCK),
    A("destination", "the White House", sent=28, head="House")],
    modality="other", note="V14 question/invitation")
d.fact(bring, "Uu", holder=d.holder("US President Barack Obama", sent=26, cluster=BO), cue=S("tweeted", sent=26),
       note="ST2, ST10")
# s31
opt = d.event("option", "contact.commitmentpromiseexpressintent.unspecified", sent=31, args=[
    A("communicator", "Twitter", sent=31),
    A("recipient", "Mohamed", sent=31),
    A("topic", "to come to their company for an internship", sent=31, head="come")],
    plover="AGREE", note="V17a, uncovered: 'gave X the option' taken as an offer, trigger = the offer noun")
come31 = d.event("come", "movement.transportperson.selfmotion", sent=31, args=[
    A("transporter", "Mohamed", sent=31),
    A("destination", "their company", sent=31, head="company", cluster=TW)], modality="other", note="V14 offer")
d.fact(opt, "CT+")
d.fact(come31, "Uu", note="ST4 offered")
d.attitude(d.holder("Twitter", sent=31), come31, "FAVOR", cue=S("option", sent=31), note="ST5 offer, ST10")
# s32
zuck = d.holder("Facebook co-founder Mark Zuckerberg", sent=32, cluster=MZ)
tw32 = d.event("tweeted", BC, sent=32, args=[
    A("communicator", "Facebook co-founder Mark Zuckerberg", sent=32, head="Zuckerberg", cluster=MZ),
    A("recipient", "Mohamed", sent=32)], note="V17b")
d.fact(tw32, "CT+")
come32 = d.event("come", "movement.transportperson.selfmotion", sent=32, args=[
    A("transporter", "the boy", sent=32, head="boy", cluster=AM),
    A("destination", "the company", sent=32, head="company", cluster=FB)], modality="other",
    note="V14 invitation ('welcome to'); 'said' kept as SIP only (V17c)")
tour = d.event("tour", "movement.transportperson.selfmotion", sent=32, args=[
    A("transporter", "the boy", sent=32, head="boy", cluster=AM),
    A("destination", "the company", sent=32, head="company", cluster=FB)], modality="other",
    note="V14 invitation; uncovered: touring a place typed selfmotion")
said32 = S("said", sent=32)
d.fact(come32, "Uu", holder=zuck, cue=said32, note="ST4 invited")
d.fact(tour, "Uu", holder=zuck, cue=said32, note="ST4 invited")
d.save()
