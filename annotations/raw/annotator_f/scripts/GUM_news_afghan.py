import sys; sys.path.insert(0, "/work/main/annotations/raw/annotator_f/scripts")
from fkit import Doc, within
d = Doc("GUM_news_afghan", annotator="annotator_f")
W = lambda phrase, word, sent, n=1: within(d, phrase, word, sent, n)
US = "United States"; DT = "Donald Trump"; HM = "Hamdullah Mohib"; FG = "FIRST Global"; TEAM = "afghan girls robotics team"
NAMED = ("PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW")
def E(s, lab, sent, n=1, cl=None, note=None):
    return d.ent(s, lab, sent=sent, n=n, cluster=(cl or s) if lab in NAMED else None, note=note)
E("Afghan", "NORP", 0)
E("Friday, July 21, 2017", "DATE", 1, note="E18 dateline")
E("Afghan", "NORP", 2); E("Tuesday", "DATE", 2)
E("FIRST Global Challenge Robot Olympics", "EVENT", 2, note="E3, E23 named competition")
E("Daughters of the American Revolution Constitution Hall", "FAC", 2, note="E3, E10 named building")
E("Washington D.C.", "GPE", 2)
E("six", "CARDINAL", 3, note="E15, G4 ('six - member' tokenised)")
E("Afghan", "NORP", 3); E("United States", "GPE", 3, cl=US); E("last week", "DATE", 3)
E("U.S.", "GPE", 3, n=1, cl=US); E("Donald Trump", "PERSON", 3, note="E5"); E("Muslims", "NORP", 3, note="E9")
E("U.S.", "GPE", 3, n=2, cl=US)
E("Afghan", "NORP", 5); E("United States", "GPE", 5, cl=US); E("Hamdullah Mohib", "PERSON", 5, note="E5")
E("Afghanistan", "GPE", 5, note="E4"); E("nearly two decades", "DATE", 5, note="E18 approximator")
E("first", "ORDINAL", 6); E("FIRST Global", "ORG", 6, note="E12, E13 name as modifier")
E("this week", "DATE", 6); E("Washington D.C.", "GPE", 6)
E("United States Navy", "ORG", 7, note="photo credit, E12")
E("FIRST Global", "ORG", 8)
E("For Inspiration and Recognition of Science and Technlogy", "ORG", 8, cl=FG, note="E14 expansion of FIRST")
E("Dean Kamen", "PERSON", 8)
E("This year", "DATE", 9, note="E4, E18")
E("three", "CARDINAL", 11); E("three", "CARDINAL", 12)
E("Afghan", "NORP", 13, n=1); E("Alireza Mehraban", "PERSON", 13, note="E5")
E("first", "ORDINAL", 13); E("Afghan", "NORP", 13, n=2)
E("Better Idea of Afghan Girls", "PRODUCT", 13, note="E23 named robot, E1")
d.ent(W("one or two", "one", 13), "CARDINAL", note="E15 'one or two points'"); E("two", "CARDINAL", 13)
E("three-nation", "CARDINAL", 13, note="E15, G4 hyphenated word (cf. 18-fold)")
E("Gabonese", "NORP", 13); E("Estonian", "NORP", 13)
E("This year", "DATE", 14); E("European", "NORP", 14); E("Poland", "GPE", 14, note="E9 team by country name"); E("Armenia", "GPE", 14)
E("Afghans", "NORP", 15); E("Rodaba Noori", "PERSON", 15, note="E5"); d.ent(W("Afghan women", "Afghan", 15), "NORP")
E("United States", "GPE", 16, cl=US); E("Trump", "PERSON", 16, cl=DT, note="E13")
E("Washington D.C.", "GPE", 17)
E("United States", "GPE", 18, cl=US)
E("about 500 miles", "QUANTITY", 19, note="E21"); E("800 km", "QUANTITY", 19, note="E21")
E("Herat", "GPE", 19); E("Kabul", "GPE", 19); E("Taliban", "ORG", 19, note="E7")
E("Donald Trump", "PERSON", 21, note="E5")
E("United States National Security Council", "ORG", 21, note="E3, E12")
E("State", "ORG", 22, note="E12, uncovered: coordinated 'State and Homeland Security Departments' split")
E("Homeland Security Departments", "ORG", 22, note="E12, uncovered (as above)")
E("U.S.", "GPE", 23, cl=US); E("Afghanistan", "GPE", 23); E("Muslims", "NORP", 23)
E("U.S.", "GPE", 24, cl=US); E("Afghan", "NORP", 24); E("Hamdullah Mohib", "PERSON", 24, note="E5")
E("United States", "GPE", 24, cl=US); E("Canada", "GPE", 24)
E("Afghanistan", "GPE", 25); E("Trump", "PERSON", 25, cl=DT, note="E4, E5")
for c in ("Sudan", "Iran", "Libya", "Yemen"):
    E(c, "GPE", 25)
E("163", "CARDINAL", 25)
E("two", "CARDINAL", 26); E("Syrian", "NORP", 26)
E("Syria", "GPE", 27)
E("Syrian", "NORP", 28)
E("Hope", "GPE", 28, note="uncovered: invented country name on shirts -> GPE")
E("Robogee", "PRODUCT", 28, note="E23 named robot")
E("Morocco", "GPE", 29); E("Iran", "GPE", 29); E("U.S.", "GPE", 29, cl=US)
E("Estonia", "GPE", 30, note="E9 team named by country")
E("Seventeen years ago", "DATE", 31, note="E18")
E("Mohib", "PERSON", 31, cl=HM, note="E5")
E("roughly four months", "DATE", 34, note="E18 approximator")
E("Afghan", "NORP", 35); E("two weeks", "DATE", 35, note="E18 ('only' outside, E15)"); E("one day", "DATE", 35)
E("Tuesday", "DATE", 36)
E("first", "ORDINAL", 37); E("FIRST Global", "ORG", 37); E("every year", "DATE", 37, note="E18 (cf. 'each year')")
E("Next year", "DATE", 38, note="E4"); E("Mexico City", "GPE", 38)

# ---- events
team3 = lambda: d.arg("passenger", "The six - member Afghan team", sent=3, head="team", cluster=TEAM)
dn3 = d.event("denied", "movement.transportperson.prevententry", sent=3, args=[team3(),
    d.arg("destination", "the United States", sent=3, head="States", cluster=US)],
    plover="COERCE", plover_mode="restrict", note="V8 prevententry (visa refusal), uncovered: visa denial -> prevententry")
en3 = d.event("enter", "movement.transportperson.selfmotion", sent=3, args=[
    d.arg("transporter", "The six - member Afghan team", sent=3, head="team", cluster=TEAM),
    d.arg("destination", "the United States", sent=3, head="States", cluster=US)], modality="other", note="V14 purpose")
d.fact(dn3, "CT+"); d.fact(en3, "Uu", note="ST4 purpose")
al = d.event("allow", "movement.transportperson.grantentryasylum", sent=4, args=[
    d.arg("granter", "The President", sent=4, head="President", cluster=DT),
    d.arg("passenger", "the team", sent=4, head="team", cluster=TEAM),
    d.arg("destination", "the country", sent=4, head="country", cluster=US)], modality="other",
    note="V8, V14 purpose clause ('took action to allow')")
d.fact(al, "Uu", note="ST4 purpose")
cf5 = d.event("conflict", "conflict.attack.selfdirectedbattle", sent=5, args=[
    d.arg("place", "Afghanistan", sent=5)], note="V1 aggregate, V9h, V15 no ACLED for aggregates; no PLOVER (aggregate process, not a single assault)")
d.fact(cf5, "CT+", holder=d.holder("Afghan Ambassador to the United States Hamdullah Mohib", sent=5, cluster=HM),
       cue=d.span("According to", sent=5), note="ST2, ST4 presupposed")
cm = d.event("came", "movement.transportperson.selfmotion", sent=16, args=[
    d.arg("transporter", "we", sent=16, n=3, cluster=TEAM),
    d.arg("destination", "United States", sent=16)], note="K8 'we' = the team, V8")
d.fact(cm, "CT+", holder=d.holder("team member Rodaba Noori", sent=15, cluster="Rodaba Noori"),
       cue=d.span("told the press", sent=15), note="ST2 quotation across the sentence break, ST6, ST7")
ar = d.event("arrived", "movement.transportperson.selfmotion", sent=17, args=[
    d.arg("transporter", "The team", sent=17, head="team", cluster=TEAM),
    d.arg("destination", "Washington D.C.", sent=17)], note="V8, coref=E5")
d.fact(ar, "CT+")
dn18 = d.event("denied", "movement.transportperson.prevententry", sent=18, args=[
    d.arg("passenger", "They", sent=18, cluster=TEAM),
    d.arg("destination", "the United States", sent=18, head="States", cluster=US)],
    plover="COERCE", plover_mode="restrict", note="V8, coref=E1")
en18 = d.event("enter", "movement.transportperson.selfmotion", sent=18, args=[
    d.arg("transporter", "They", sent=18, cluster=TEAM),
    d.arg("destination", "the United States", sent=18, head="States", cluster=US)], modality="other", note="V14 purpose, coref=E2")
d.fact(dn18, "CT+"); d.fact(en18, "Uu", note="ST4 purpose")
ap = d.event("applying", "contact.requestadvise.unspecified", sent=19, args=[
    d.arg("communicator", "the entire team", sent=19, head="team", cluster=TEAM),
    d.arg("topic", "a visa", sent=19, head="visa")], plover="REQUEST", note="V17a request (visa application), V9h")
tv = d.event("travel", "movement.transportperson.selfmotion", sent=19, args=[
    d.arg("transporter", "the entire team", sent=19, head="team", cluster=TEAM),
    d.arg("origin", "Herat", sent=19),
    d.arg("destination", "Kabul", sent=19)], modality="other",
    note="V8, V10 test 4 (Kabul over 'the capital'), V14 demand ('required ... to travel')")
d.fact(ap, "CT+"); d.fact(tv, "Uu", note="ST4 required (demand)")
tp = d.event("trip", "movement.transportperson.selfmotion", sent=20, args=[
    d.arg("transporter", "They", sent=20, cluster=TEAM)], note="V4 'made' support, coref=E10")
td = d.event("turned", "movement.transportperson.prevententry", sent=20, args=[
    d.arg("passenger", "They", sent=20, cluster=TEAM)], plover="COERCE", plover_mode="restrict", note="V3 particle outside, coref=E1")
d.fact(tp, "CT+"); d.fact(td, "CT+")
ak = d.event("asked", "contact.requestadvise.unspecified", sent=21, args=[
    d.arg("communicator", "President Donald Trump", sent=21, head="Trump", cluster=DT),
    d.arg("recipient", "the United States National Security Council", sent=21, head="Council", cluster="United States National Security Council"),
    d.arg("topic", "to help the girls enter the country", sent=21, head="help")], plover="REQUEST", note="V17a, G6")
en21 = d.event("enter", "movement.transportperson.selfmotion", sent=21, args=[
    d.arg("transporter", "the girls", sent=21, head="girls", cluster=TEAM),
    d.arg("destination", "the country", sent=21, head="country", cluster=US)], modality="other", note="V14 request")
d.fact(ak, "CT+"); d.fact(en21, "Uu", note="ST4 requested")
d.attitude(d.holder("President Donald Trump", sent=21, cluster=DT), en21, "FAVOR", cue=d.span("asked", sent=21), note="ST5, ST10")
gr = d.event("granted", "movement.transportperson.grantentryasylum", sent=22, args=[
    d.arg("passenger", "the girls", sent=22, n=1, head="girls", cluster=TEAM)], plover="RETREAT", plover_mode="access",
    note="V8 letting people in (parole status), V16")
ent22 = d.event("entry", "movement.transportperson.selfmotion", sent=22, args=[
    d.arg("transporter", "their", sent=22, cluster=TEAM)], modality="other", note="V14 would")
d.fact(gr, "CT+"); d.fact(ent22, "PR+", note="ST4 would")
bn23 = d.event("ban", "movement.transportperson.prevententry", sent=23, args=[
    d.arg("preventer", "his", sent=23, cluster=DT)], plover="COERCE", plover_mode="restrict", note="V8 travel ban")
dy = d.event("denying", "movement.transportperson.prevententry", sent=23, args=[
    d.arg("passenger", "them", sent=23, cluster=TEAM)], plover="COERCE", plover_mode="restrict", note="V8, coref=E1")
d.fact(bn23, "CT+")
d.fact(dy, "CT+", holder=d.holder("critics", sent=23), cue=d.span("blame", sent=23), note="ST2, uncovered: 'blame ... for' as SIP")
dn24 = d.event("denied", "movement.transportperson.prevententry", sent=24, args=[
    d.arg("passenger", "the team", sent=24, head="team", cluster=TEAM)], plover="COERCE", plover_mode="restrict",
    note="V8, coref=E1")
d.fact(dn24, "CT+", note="ST4 presupposed by 'why'; negated SIP 'have not said' commits to nothing")
bn25 = d.event("ban", "movement.transportperson.prevententry", sent=25, args=[
    d.arg("preventer", "President Trump", sent=25, head="Trump", cluster=DT)], plover="COERCE", plover_mode="restrict", note="coref=E17")
bn27 = d.event("ban", "movement.transportperson.prevententry", sent=27, plover="COERCE", plover_mode="restrict", note="coref=E17")
d.fact(bn25, "CT+"); d.fact(bn27, "CT+")
rb = d.event("rebuild", "manufacture.artifact.build", sent=30, args=[
    d.arg("manufacturer", "Team Estonia", sent=30, head="Estonia", cluster="team estonia"),
    d.arg("artifact", "their robot", sent=30, head="robot")], note="V18 build")
d.fact(rb, "CT+")
cf32 = d.event("conflict", "conflict.attack.selfdirectedbattle", sent=32, note="V1, coref=E4")
d.fact(cf32, "CT+", holder=d.holder("Ambassador Mohib", sent=31, cluster=HM), cue=d.span("said", sent=31),
       note="ST2 quotation paragraph continuing Mohib's quote")
sn = d.event("sent", "movement.transportartifact.sendsupplyexport", sent=34, args=[
    d.arg("artifact", "a collection of robot parts", sent=34, head="parts")], note="V8, G7a")
d.fact(sn, "CT+")
asm = d.event("assemble", "manufacture.artifact.build", sent=35, args=[
    d.arg("manufacturer", "them", sent=35, cluster=TEAM),
    d.arg("artifact", "their robot", sent=35, head="robot", cluster="better idea of afghan girls")], modality="other",
    note="V14 purpose (infinitival of time left)")
d.fact(asm, "Uu", note="ST4 purpose")
d.save()
