import sys; sys.path.insert(0, "/work/main/scripts"); sys.path.insert(0, "/work/main/annotations/raw/annotator_i/scripts")
from _k9 import Doc
d = Doc("GUM_news_clock", annotator="annotator_i")
A, R = d.arg, d.span
AM, BO, GO, TW, UN, FB = "Ahmed Mohamed", "Barack Obama", "Google", "Twitter", "United Nations", "Facebook"
GSF, US, TX = "Google Science Fair", "United States", "Texas"
BR = "contact.mediastatement.broadcast"

E = d.ent
E("Texas", "GPE", sent=0, cluster=TX); E("Ahmed Mohamed", "PERSON", sent=0, cluster=AM, note="E5")
E("Tuesday, September 22, 2015", "DATE", sent=1, note="E18")
E("Texas", "GPE", sent=2, cluster=TX); E("last week", "DATE", sent=2)
E("Ahmed Mohamed", "PERSON", sent=3, cluster=AM); E("14-year-old", "DATE", sent=3, note="E18 age, G4")
E("Irving", "GPE", sent=3, cluster="Irving"); E("Texas", "GPE", sent=3, cluster=TX)
E("Mohamed", "PERSON", sent=4, cluster=AM); E("US", "GPE", sent=4, cluster=US, note="E5")
E("Barack Obama", "PERSON", sent=4, cluster=BO, note="E5"); E("Facebook", "ORG", sent=4, cluster=FB)
E("Mark Zuckerberg", "PERSON", sent=4, cluster="Mark Zuckerberg", note="E5")
E("Yesterday", "DATE", sent=5); E("Mohamed", "PERSON", sent=5, cluster=AM)
E("Google", "ORG", sent=5, cluster=GO, note="E10, E13"); E("California", "GPE", sent=5, cluster="California")
E("Google Science Fair", "EVENT", sent=5, cluster=GSF, note="E3, E23 named gathering")
E("tomorrow", "DATE", sent=5); E("United Nations", "ORG", sent=5, cluster=UN, note="E10, E13")
E("New York", "GPE", sent=5, cluster="New York")
E("US", "GPE", sent=6, cluster=US); E("Barack Obama", "PERSON", sent=6, cluster=BO); E("Ahmed Mohamed", "PERSON", sent=6, cluster=AM)
E("Twitter", "ORG", sent=7, cluster=TW, note="G2 credit, E12"); E("Barack Obama", "PERSON", sent=7, cluster=BO)
E("Mohamed", "PERSON", sent=8, cluster=AM); E("September 14", "DATE", sent=8)
E("NASA", "ORG", sent=10, cluster="NASA", note="E13")
E("Deseret News", "ORG", sent=11, cluster="Deseret News", note="E3, E12"); E("Twitter", "ORG", sent=11, cluster=TW)
E("Straits Times", "ORG", sent=12, cluster="Straits Times", note="E3, E12"); E("Mohamed", "PERSON", sent=12, cluster=AM)
E("American", "NORP", sent=13); E("Marc Lamont Hill", "PERSON", sent=13, cluster="Marc Lamont Hill", note="E5")
E("Twitter", "ORG", sent=15, cluster=TW, note="E13"); E("Google", "ORG", sent=15, cluster=GO)
E("Mohamed", "PERSON", sent=15, cluster=AM); E("Google Science Fair", "EVENT", sent=15, cluster=GSF)
E("Mohamed", "PERSON", sent=16, cluster=AM); E("Google Science Fair", "EVENT", sent=16, cluster=GSF)
E("this weekend", "DATE", sent=16); E("Google", "ORG", sent=16, n=2, cluster=GO, note="E4")
E("Mountain View", "GPE", sent=16, cluster="Mountain View"); E("California", "GPE", sent=16, cluster="California")
E("Google", "ORG", sent=17, cluster=GO); E("Sergey Brin", "PERSON", sent=17, cluster="Sergey Brin")
E("Mohamed", "PERSON", sent=17, cluster=AM); E("Google", "ORG", sent=17, n=2, cluster=GO)
E("Wednesday", "DATE", sent=18); E("Mohamed", "PERSON", sent=18, cluster=AM)
E("United Nations", "ORG", sent=18, cluster=UN, note="E3")
E("Mohamed El-Hassan Mohamed", "PERSON", sent=19, cluster="Mohamed El-Hassan Mohamed")
E("U.N.", "ORG", sent=19, cluster=UN, note="E13, E14"); E("New York", "GPE", sent=19, cluster="New York")
E("University of Texas Arlington", "ORG", sent=20, cluster="University of Texas Arlington", note="E10")
E("Amneh Jafari", "PERSON", sent=20, cluster="Amneh Jafari", note="E5"); E("Mohamed", "PERSON", sent=20, cluster=AM)
E("Twitter", "ORG", sent=21, cluster=TW)
E("Jafari", "PERSON", sent=22, cluster="Amneh Jafari"); E("Mohamed", "PERSON", sent=22, cluster=AM)
E("Twitter", "ORG", sent=23, cluster=TW); E("over one million", "CARDINAL", sent=23, note="E15")
E("Thursday night", "TIME", sent=23, note="E19")
E("NASA", "ORG", sent=24, cluster="NASA"); E("Ahmed Mohamed", "PERSON", sent=24, cluster=AM)
E("International Space Station", "ORG", sent=24, cluster="International Space Station (account)",
  note="E12, uncovered: a Twitter account named after the space station, typed as an online service (ORG)")
E("Twitter", "ORG", sent=25, cluster=TW); E("NASA", "ORG", sent=25, cluster="NASA")
E("US", "GPE", sent=26, cluster=US); E("Barack Obama", "PERSON", sent=26, cluster=BO)
E("Ahmed", "PERSON", sent=27, cluster=AM)
E("White House", "FAC", sent=28, cluster="White House", note="E3, E10 (the building as destination)")
E("America", "GPE", sent=30, cluster=US)
E("Twitter", "ORG", sent=31, cluster=TW); E("Mohamed", "PERSON", sent=31, cluster=AM)
E("Facebook", "ORG", sent=32, cluster=FB); E("Mark Zuckerberg", "PERSON", sent=32, cluster="Mark Zuckerberg")
E("Mohamed", "PERSON", sent=32, cluster=AM)
E("Dallas", "GPE", sent=33, cluster="Dallas")
E("Council on American - Islamic Relations", "ORG", sent=33, cluster="Council on American - Islamic Relations", note="E3, E8")
E("Alia Salem", "PERSON", sent=33, cluster="Alia Salem", note="E5"); E("Mohamed", "PERSON", sent=33, cluster=AM)
E("Muslims", "NORP", sent=33, note="E9"); E("United States", "GPE", sent=33, cluster=US, note="E3")
E("University of Texas Arlington Muslim Student Association", "ORG", sent=34,
  cluster="University of Texas Arlington Muslim Student Association", note="E1 flat, E8")
E("Sehar Memon", "PERSON", sent=34, cluster="Sehar Memon", note="E5"); E("Mohamed", "PERSON", sent=34, cluster=AM)
E("Memon", "PERSON", sent=35, cluster="Sehar Memon"); E("Mohamed", "PERSON", sent=35, cluster=AM)
E("Muslim", "NORP", sent=35, n=1); E("Muslim", "NORP", sent=35, n=2, note="G4 name part of hyphenated compound")
E("Irving Independent School District", "ORG", sent=36, cluster="Irving Independent School District", note="E3")
E("Irving Police Department", "ORG", sent=36, cluster="Irving Police Department", note="E3")

# ---------------- events
CLK = "digital clock"
e_arr = d.event("arrested", "justice.arrestjaildetain.arrestjaildetain", sent=3, args=[
    A("detainee", "Ahmed Mohamed", sent=3), A("place", "his school", sent=3, head="school"),
    A("jailer", "police", sent=3)],
    acled="Arrests", plover="COERCE", plover_mode="arrest", note="V18, V9f, V15, V16")
d.fact(e_arr, "CT+")
e_br3 = d.event("brought", "movement.transportartifact.bringcarryunload", sent=3, args=[
    A("transporter", "he", sent=3, n=1, cluster=AM), A("artifact", "a digital clock", sent=3, head="clock", cluster=CLK),
    A("destination", "school", sent=3, n=2)], note="V8, G6 (relative clause outside)")
d.fact(e_br3, "CT+")
e_mk3 = d.event("made", "manufacture.artifact.createmanufacture", sent=3, args=[
    A("manufacturer", "he", sent=3, n=2, cluster=AM), A("artifact", "a digital clock", sent=3, head="clock", cluster=CLK)],
    note="V8, V9e, V18 (creating an object)")
d.fact(e_mk3, "CT+")
e_meet5 = d.event("meet", "contact.discussion.meet", sent=5, args=[
    A("participant", "he", sent=5, cluster=AM), A("participant", "international dignitaries", sent=5, head="dignitaries", cluster="international dignitaries"),
    A("place", "the United Nations headquarters", sent=5, head="headquarters")],
    modality="other", note="V8 (.meet), V14 plan, V9f")
d.fact(e_meet5, "Uu", note="ST4 planned")
d.attitude(d.holder("he", sent=5, cluster=AM), e_meet5, "FAVOR", cue=R("plans", sent=5), note="ST5 plan")
# caption s6
e_tw6 = d.event("tweet", BR, sent=6, args=[
    A("communicator", "US President Barack Obama", sent=6, head="Obama", cluster=BO),
    A("recipient", "student Ahmed Mohamed", sent=6, head="Mohamed", cluster=AM)],
    note="G2 caption, V17b, V8 (online one-way medium)")
d.fact(e_tw6, "CT+", note="ST3")
# s8-s10
e_br8 = d.event("brought", "movement.transportartifact.bringcarryunload", sent=8, args=[
    A("transporter", "Mohamed", sent=8, cluster=AM), A("artifact", "the digital clock", sent=8, head="clock", cluster=CLK),
    A("destination", "school", sent=8)], note="coref=E2")
d.fact(e_br8, "CT+")
e_mk8 = d.event("made", "manufacture.artifact.createmanufacture", sent=8, args=[
    A("manufacturer", "he", sent=8, cluster=AM), A("artifact", "the digital clock", sent=8, head="clock", cluster=CLK)],
    note="V9e, coref=E3")
d.fact(e_mk8, "CT+")
e_arr9 = d.event("arrested", "justice.arrestjaildetain.arrestjaildetain", sent=9, args=[
    A("jailer", "Police", sent=9, cluster="irving police"), A("detainee", "the student", sent=9, cluster=AM)],
    acled="Arrests", plover="COERCE", plover_mode="arrest", note="coref=E1")
d.fact(e_arr9, "CT+")
e_q = d.event("questioned", "justice.investigate.unspecified", sent=9, args=[
    A("investigator", "Police", sent=9, cluster="irving police"), A("defendant", "the student", sent=9, cluster=AM)],
    note="V18 courts and police")
d.fact(e_q, "CT+")
e_hc = d.event("handcuffed", "justice.arrestjaildetain.arrestjaildetain", sent=10, args=[
    A("detainee", "the boy", sent=10, cluster=AM), A("jailer", "the police", sent=10, cluster="irving police")],
    acled="Arrests", plover="COERCE", plover_mode="arrest", note="V18, V9e, coref=E1")
d.fact(e_hc, "CT+")
e_po = d.event("posted", BR, sent=10, note="V17b (release of images online)")
d.fact(e_po, "CT+")
e_rpo = d.event("reposted", BR, sent=10, note="V17b")
d.fact(e_rpo, "CT+")
# s13-14 Hill
hill = lambda: d.holder("American academic and professor Marc Lamont Hill", sent=13, cluster="Marc Lamont Hill")
e_conv = d.event("conversation", "contact.discussion.unspecified", sent=14, modality="other",
                 note="V8, V14 hope, uncovered: national conversation as discussion event")
d.fact(e_conv, "Uu", holder=hill(), cue=R("commented", sent=13), note="ST2, ST4 hoped")
d.attitude(hill(), e_conv, "FAVOR", cue=R("Hoping", sent=14), note="ST5, ST6 (speaker-oriented, holder of the quote's SIP)")
# s15
e_inv = d.event("invited", "contact.requestadvise.unspecified", sent=15, args=[
    A("communicator", "Google", sent=15), A("recipient", "Mohamed", sent=15),
    A("topic", "their Google Science Fair", sent=15, head="Fair", cluster=GSF)],
    note="V8 invitation, V12, V16 (no row for a fair invitation: no PLOVER); no attitude: no agent in position, fair is no event (ST5, V18)")
d.fact(e_inv, "CT+")
# s16-17
e_meet16 = d.event("meet", "contact.discussion.meet", sent=16, args=[
    A("participant", "Mohamed", sent=16), A("participant", "finalists", sent=16)], note="V8")
d.fact(e_meet16, "CT+")
e_met17 = d.event("met", "contact.discussion.meet", sent=17, args=[
    A("participant", "Sergey Brin", sent=17), A("participant", "Mohamed", sent=17)], note="V8, V10 name")
d.fact(e_met17, "CT+")
e_vis = d.event("visit", "movement.transportperson.selfmotion", sent=17, args=[
    A("transporter", "his", sent=17, cluster=AM), A("destination", "Google", sent=17, n=2)], note="V8")
d.fact(e_vis, "CT+")
# s18-19
e_tr = d.event("travel", "movement.transportperson.selfmotion", sent=18, args=[
    A("transporter", "Mohamed", sent=18), A("transporter", "his father", sent=18, cluster="Mohamed El-Hassan Mohamed"),
    A("destination", "the United Nations", sent=18, head="Nations", cluster=UN)],
    modality="other", note="V14 plan/schedule (are to)")
d.fact(e_tr, "PR+", note="ST4 scheduled")
fa = lambda: d.holder("His father Mohamed El-Hassan Mohamed", sent=19, cluster="Mohamed El-Hassan Mohamed")
said19 = R("said", sent=19)
e_tk = d.event("taking", "movement.transportperson.bringcarryunload", sent=19, args=[
    A("transporter", "he", sent=19, cluster="Mohamed El-Hassan Mohamed"),
    A("passenger", "his entire family", sent=19, head="family"),
    A("destination", "the U.N. headquarters", sent=19, head="headquarters")],
    modality="other", note="V14 plan (progressive future), coref not with travel (different type, V7)")
d.fact(e_tk, "PR+", holder=fa(), cue=said19, note="ST4 planned own action")
e_meet19 = d.event("meet", "contact.discussion.meet", sent=19, args=[
    A("participant", "international dignitaries", sent=19, head="dignitaries", cluster="international dignitaries"),
    A("participant", "his son", sent=19, head="son", cluster=AM)],
    modality="other", note="V14 want, coref=E4")
d.fact(e_meet19, "Uu", holder=fa(), cue=said19, note="ST4 wanted")
d.attitude(d.holder("international dignitaries", sent=19, cluster="international dignitaries"), e_meet19, "FAVOR",
           cue=R("wanted", sent=19), note="ST5 want")
# s21, s24, s26
e_po21 = d.event("posted", BR, sent=21, args=[A("communicator", "She", sent=21, cluster="Amneh Jafari")],
                 note="V17b (online), V8")
d.fact(e_po21, "CT+")
e_tw24 = d.event("tweeted", BR, sent=24, args=[A("communicator", "NASA", sent=24)], note="V17b, V8")
d.fact(e_tw24, "CT+")
e_tw26 = d.event("tweeted", BR, sent=26, args=[
    A("communicator", "US President Barack Obama", sent=26, head="Obama", cluster=BO)],
    note="V17b, V8, ST10 (also the SIP of the tweet), coref=E5")
d.fact(e_tw26, "CT+")
e_bring = d.event("bring", "movement.transportartifact.bringcarryunload", sent=28, args=[
    A("artifact", "it", sent=28, cluster=CLK), A("destination", "the White House", sent=28, head="House", cluster="White House")],
    modality="other", note="V14 question; transporter (you) implied")
d.fact(e_bring, "Uu", holder=d.holder("US President Barack Obama", sent=26, cluster=BO), cue=R("tweeted", sent=26),
       note="ST2 tweet quotation, ST4 question")
# s31
e_opt = d.event("option", "contact.commitmentpromiseexpressintent.unspecified", sent=31, args=[
    A("communicator", "Twitter", sent=31), A("recipient", "Mohamed", sent=31),
    A("topic", "to come to their company for an internship", sent=31, head="come")],
    plover="AGREE", note="V4 (gave = support verb), V17a offer, uncovered: 'option' as offer noun; no ST5 cue in the closed list")
d.fact(e_opt, "CT+")
e_come31 = d.event("come", "movement.transportperson.selfmotion", sent=31, args=[
    A("transporter", "Mohamed", sent=31), A("destination", "their company", sent=31, head="company", cluster=TW)],
    modality="other", note="V14 offer, V9d")
d.fact(e_come31, "Uu", note="ST4 offered")
e_int = d.event("internship", "personnel.startposition.hiring", sent=31, args=[
    A("employee", "Mohamed", sent=31), A("placeofemployment", "their company", sent=31, head="company", cluster=TW)],
    modality="other", note="V18 (hiring), V14 offer")
d.fact(e_int, "Uu", note="ST4 offered")
# s32
mz = lambda: d.holder("Facebook co-founder Mark Zuckerberg", sent=32, cluster="Mark Zuckerberg")
said32 = R("said", sent=32)
e_tw32 = d.event("tweeted", BR, sent=32, args=[
    A("communicator", "Facebook co-founder Mark Zuckerberg", sent=32, head="Zuckerberg", cluster="Mark Zuckerberg"),
    A("recipient", "Mohamed", sent=32)], note="V17b, V8")
d.fact(e_tw32, "CT+")
e_wel = d.event("said", "contact.requestadvise.unspecified", sent=32, args=[
    A("communicator", "Facebook co-founder Mark Zuckerberg", sent=32, head="Zuckerberg", cluster="Mark Zuckerberg"),
    A("recipient", "the boy", sent=32, cluster=AM),
    A("topic", "to come and tour the company", sent=32, head="come")],
    note="V17a (said introduces the speaker's own invitation: 'was welcome to come'), V8, ST10; no PLOVER row")
d.fact(e_wel, "CT+", note="ST3")
e_come32 = d.event("come", "movement.transportperson.selfmotion", sent=32, args=[
    A("transporter", "the boy", sent=32, cluster=AM), A("destination", "the company", sent=32, head="company", cluster=FB)],
    modality="other", note="V14 invitation")
d.fact(e_come32, "Uu", holder=mz(), cue=said32, note="ST4 invited")
e_tour = d.event("tour", "movement.transportperson.selfmotion", sent=32, args=[
    A("transporter", "the boy", sent=32, cluster=AM), A("destination", "the company", sent=32, head="company", cluster=FB)],
    modality="other", note="V14 invitation, uncovered: touring a site as selfmotion")
d.fact(e_tour, "Uu", holder=mz(), cue=said32)
d.attitude(mz(), e_come32, "FAVOR", cue=R("welcome", sent=32), note="ST5 welcome")
d.attitude(mz(), e_tour, "FAVOR", cue=R("welcome", sent=32), note="ST5 welcome")
d.save()
