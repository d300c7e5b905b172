import sys; sys.path.insert(0, "/work/main/annotations/raw/annotator_j/scripts")
from jkit import Doc
d = Doc("GUM_news_afghan", annotator="annotator_j")
TEAM = "afghan girls robotics team"; US = "United States"; DT = "Donald Trump"; HM = "Hamdullah Mohib"
FG = "FIRST Global"; WDC = "Washington D.C."; BAN = "travel ban"
E = []
def e(s, lab, sent, n=1, cl=None, note=None):
    d.ent(s, lab, sent=sent, n=n, cluster=cl, note=note)
e("Afghan", "NORP", 0)
e("Friday, July 21, 2017", "DATE", 1, note="E18, G2 dateline")
e("Afghan", "NORP", 2)
e("Tuesday", "DATE", 2)
e("FIRST Global Challenge Robot Olympics", "EVENT", 2, cl="FIRST Global Challenge Robot Olympics", note="E23, E1, E3")
e("Daughters of the American Revolution Constitution Hall", "FAC", 2, cl="DAR Constitution Hall", note="E10, E1, E3")
e("Washington D.C.", "GPE", 2, cl=WDC)
e("six", "CARDINAL", 3, note="E15")
e("Afghan", "NORP", 3)
e("United States", "GPE", 3, cl=US, note="E3")
e("last week", "DATE", 3)
e("U.S.", "GPE", 3, n=1, cl=US)
e("Donald Trump", "PERSON", 3, cl=DT, note="E5, E4")
e("Muslims", "NORP", 3, note="E9")
e("U.S.", "GPE", 3, n=2, cl=US)
e("Afghan", "NORP", 5)
e("United States", "GPE", 5, cl=US)
e("Hamdullah Mohib", "PERSON", 5, cl=HM, note="E5")
e("Afghanistan", "GPE", 5, cl="Afghanistan", note="E4")
e("nearly two decades", "DATE", 5, note="E18")
e("first", "ORDINAL", 6)
e("FIRST Global", "ORG", 6, cl=FG, note="E12, E23 (lower-case 'robotics competition' no EVENT)")
e("this week", "DATE", 6)
e("Washington D.C.", "GPE", 6, cl=WDC)
e("United States Navy", "ORG", 7, cl="United States Navy", note="G2 photo credit, E7")
e("FIRST Global", "ORG", 8, cl=FG)
e("For Inspiration and Recognition of Science and Technlogy", "ORG", 8, cl=FG, note="E14")
e("Dean Kamen", "PERSON", 8, cl="Dean Kamen")
e("This year", "DATE", 9, note="E4, E18")
e("three", "CARDINAL", 11)
e("three", "CARDINAL", 12)
e("Afghan", "NORP", 13, n=1)
e("Alireza Mehraban", "PERSON", 13, cl="Alireza Mehraban")
e("first", "ORDINAL", 13)
e("Afghan", "NORP", 13, n=2)
e("Better Idea of Afghan Girls", "PRODUCT", 13, cl="Better Idea of Afghan Girls", note="E23 (named robot), E1")
e("one", "CARDINAL", 13, note="E22")
e("two", "CARDINAL", 13, note="E22")
e("three-nation", "CARDINAL", 13, note="E15, G4")
e("Gabonese", "NORP", 13)
e("Estonian", "NORP", 13)
e("This year", "DATE", 14)
e("European", "NORP", 14)
e("Poland", "GPE", 14, cl="Poland", note="E9 (team by country name)")
e("Armenia", "GPE", 14, cl="Armenia", note="E9")
e("Afghans", "NORP", 15, note="E4")
e("Rodaba Noori", "PERSON", 15, cl="Rodaba Noori", note="E5")
e("Afghan", "NORP", 15, n=2)
e("United States", "GPE", 16, cl=US)
e("Trump", "PERSON", 16, cl=DT, note="E13")
e("Washington D.C.", "GPE", 17, cl=WDC)
e("United States", "GPE", 18, cl=US)
e("about 500 miles", "QUANTITY", 19, note="E21")
e("800 km", "QUANTITY", 19, note="E21")
e("Herat", "GPE", 19, cl="Herat")
e("Kabul", "GPE", 19, cl="Kabul")
e("Taliban", "ORG", 19, cl="Taliban", note="E7, E3")
e("Donald Trump", "PERSON", 21, cl=DT, note="E5")
e("United States National Security Council", "ORG", 21, cl="United States National Security Council", note="E3, E12")
e("State", "ORG", 22, cl="State Department", note="E12, uncovered: elided 'State [Department]' in a coordination")
e("Homeland Security Departments", "ORG", 22, cl="Homeland Security Department", note="E12")
e("U.S.", "GPE", 23, cl=US)
e("Afghanistan", "GPE", 23, cl="Afghanistan")
e("Muslims", "NORP", 23)
e("U.S.", "GPE", 24, cl=US, note="E13")
e("Afghan", "NORP", 24)
e("Hamdullah Mohib", "PERSON", 24, cl=HM)
e("United States", "GPE", 24, cl=US)
e("Canada", "GPE", 24, cl="Canada")
e("Afghanistan", "GPE", 25, cl="Afghanistan")
e("Trump", "PERSON", 25, cl=DT, note="E4, E5")
e("Sudan", "GPE", 25, cl="Sudan")
e("Iran", "GPE", 25, cl="Iran")
e("Libya", "GPE", 25, cl="Libya")
e("Yemen", "GPE", 25, cl="Yemen")
e("163", "CARDINAL", 25)
e("two", "CARDINAL", 26)
e("Syrian", "NORP", 26)
e("Syria", "GPE", 27, cl="Syria")
e("Syrian", "NORP", 28)
e("Robogee", "PRODUCT", 28, cl="Robogee", note="E23 (named robot)")
e("Morocco", "GPE", 29, cl="Morocco")
e("Iran", "GPE", 29, cl="Iran")
e("U.S.", "GPE", 29, cl=US, note="E13")
e("Estonia", "GPE", 30, cl="Estonia", note="E9 (national team by country name), E5-like 'Team' outside")
e("Seventeen years ago", "DATE", 31, note="E18")
e("Mohib", "PERSON", 31, cl=HM, note="E5")
e("roughly four months", "DATE", 34, note="E18")
e("two weeks", "DATE", 35, note="E15 ('only' outside), E18")
e("one day", "DATE", 35, note="E18")
e("Tuesday", "DATE", 36)
e("first", "ORDINAL", 37)
e("FIRST Global", "ORG", 37, cl=FG)
e("every year", "DATE", 37, note="E18 (like 'each year')")
e("Next year", "DATE", 38, note="E4, E18")
e("Mexico City", "GPE", 38, cl="Mexico City")
# ---- events
PR = dict(plover="COERCE", plover_mode="restrict")
den3 = d.event("denied", "movement.transportperson.prevententry", sent=3, args=[
    d.arg("passenger", "The six - member Afghan team", sent=3, head="team", cluster=TEAM),
    d.arg("destination", "the United States", sent=3, head="States", cluster=US)],
    **PR, note="V8, V16, uncovered: visa denial -> prevententry; preventer (US authorities) implied only")
ent3 = d.event("enter", "movement.transportperson.selfmotion", sent=3, args=[
    d.arg("transporter", "The six - member Afghan team", sent=3, head="team", cluster=TEAM),
    d.arg("destination", "the United States", sent=3, head="States", cluster=US)],
    modality="other", note="V8, V14 purpose")
allow = d.event("allow", "movement.transportperson.grantentryasylum", sent=4, args=[
    d.arg("granter", "The President", sent=4, head="President", cluster=DT),
    d.arg("passenger", "the team", sent=4, cluster=TEAM),
    d.arg("destination", "the country", sent=4, cluster=US)],
    modality="other", note="V8, V14 purpose")
con5 = d.event("conflict", "conflict.attack.selfdirectedbattle", sent=5, args=[
    d.arg("place", "Afghanistan", sent=5)],
    plover="ASSAULT", note="V8, V9h, V15 (aggregate: no ACLED)")
came = d.event("came", "movement.transportperson.selfmotion", sent=16, args=[
    d.arg("transporter", "we", sent=16, n=4, cluster=TEAM),
    d.arg("destination", "United States", sent=16)], note="V8, K8")
arr = d.event("arrived", "movement.transportperson.selfmotion", sent=17, args=[
    d.arg("transporter", "The team", sent=17, cluster=TEAM),
    d.arg("destination", "Washington D.C.", sent=17)], note="V8")
den18 = d.event("denied", "movement.transportperson.prevententry", sent=18, args=[
    d.arg("passenger", "They", sent=18, cluster=TEAM),
    d.arg("destination", "the United States", sent=18, head="States", cluster=US)],
    **PR, note="V8, coref=E1")
ent18 = d.event("enter", "movement.transportperson.selfmotion", sent=18, args=[
    d.arg("transporter", "They", sent=18, cluster=TEAM),
    d.arg("destination", "the United States", sent=18, head="States", cluster=US)],
    modality="other", note="V14 purpose, coref=E2")
app = d.event("applying", "contact.requestadvise.unspecified", sent=19, args=[
    d.arg("communicator", "the entire team", sent=19, head="team", cluster=TEAM),
    d.arg("topic", "a visa", sent=19, head="visa")], note="V17a (request), V9h")
trv = d.event("travel", "movement.transportperson.selfmotion", sent=19, args=[
    d.arg("transporter", "the entire team", sent=19, head="team", cluster=TEAM),
    d.arg("origin", "Herat", sent=19),
    d.arg("destination", "Kabul", sent=19)], note="V8, V10 (name before 'the capital')")
trip = d.event("trip", "movement.transportperson.selfmotion", sent=20, args=[
    d.arg("transporter", "They", sent=20, cluster=TEAM)], note="V4 (made = support), coref=E10")
turn = d.event("turned", "movement.transportperson.prevententry", sent=20, args=[
    d.arg("passenger", "They", sent=20, cluster=TEAM)], **PR, note="V3 (turned down -> turned), coref=E1")
ask = d.event("asked", "contact.requestadvise.unspecified", sent=21, args=[
    d.arg("communicator", "President Donald Trump", sent=21, head="Trump", cluster=DT),
    d.arg("recipient", "the United States National Security Council", sent=21, head="Council", cluster="United States National Security Council"),
    d.arg("topic", "to help the girls enter the country", sent=21, head="help")],
    plover="REQUEST", note="V17a, V16")
ent21 = d.event("enter", "movement.transportperson.selfmotion", sent=21, args=[
    d.arg("transporter", "the girls", sent=21, head="girls", cluster=TEAM),
    d.arg("destination", "the country", sent=21, cluster=US)],
    modality="other", note="V14 request, K5, coref=E2")
grant = d.event("granted", "movement.transportperson.grantentryasylum", sent=22, args=[
    d.arg("passenger", "the girls", sent=22, head="girls", cluster=TEAM)],
    plover="RETREAT", plover_mode="access", note="V8, V16, coref=E3")
ent22 = d.event("entry", "movement.transportperson.selfmotion", sent=22, args=[
    d.arg("transporter", "their", sent=22, cluster=TEAM)],
    modality="other", note="V14 would, coref=E2")
ent23 = d.event("enter", "movement.transportperson.selfmotion", sent=23, args=[
    d.arg("transporter", "the girls", sent=23, head="girls", cluster=TEAM),
    d.arg("destination", "the U.S.", sent=23, head="U.S.", cluster=US)], note="coref=E2")
ban23 = d.event("ban", "movement.transportperson.prevententry", sent=23, args=[
    d.arg("preventer", "his", sent=23, cluster=DT)], **PR, note="V8, V12, V16")
deny23 = d.event("denying", "movement.transportperson.prevententry", sent=23, args=[
    d.arg("passenger", "them", sent=23, cluster=TEAM)], **PR, note="V8, coref=E1")
den24 = d.event("denied", "movement.transportperson.prevententry", sent=24, args=[
    d.arg("passenger", "the team", sent=24, cluster=TEAM)], **PR, note="coref=E1")
ban25 = d.event("ban", "movement.transportperson.prevententry", sent=25, args=[
    d.arg("preventer", "President Trump", sent=25, head="Trump", cluster=DT)], **PR, note="coref=E18")
ban27 = d.event("ban", "movement.transportperson.prevententry", sent=27, **PR, note="coref=E18")
get29 = d.event("getting", "movement.transportperson.unspecified", sent=29, args=[
    d.arg("transporter", "Teams", sent=29, cluster="moroccan and iranian teams"),
    d.arg("passenger", "themselves", sent=29, cluster="moroccan and iranian teams")],
    modality="other", note="V11 (border = path), V14 try (difficulties), uncovered: 'had difficulties getting' read as attempt")
reb = d.event("rebuild", "manufacture.artifact.createmanufacture", sent=30, args=[
    d.arg("manufacturer", "Team Estonia", sent=30, head="Estonia", cluster="Estonia"),
    d.arg("artifact", "their robot", sent=30, head="robot")], note="V18 (making goods), E9, K9")
con32 = d.event("conflict", "conflict.attack.selfdirectedbattle", sent=32, plover="ASSAULT", note="V15 aggregate, coref=E4")
sent34 = d.event("sent", "movement.transportartifact.sendsupplyexport", sent=34, args=[
    d.arg("artifact", "a collection of robot parts", sent=34, head="collection"),
    d.arg("destination", "Every team", sent=34, head="team")], note="V1, G6 (PP outside), G7a (collective noun is head)")
asm = d.event("assemble", "manufacture.artifact.createmanufacture", sent=35, args=[
    d.arg("manufacturer", "them", sent=35, cluster=TEAM),
    d.arg("artifact", "their robot", sent=35, head="robot", cluster="afghan team robot")],
    modality="other", note="V14 purpose")
mail = d.event("mail", "movement.transportartifact.sendsupplyexport", sent=35, args=[
    d.arg("artifact", "it", sent=35, n=2, cluster="afghan team robot"),
    d.arg("destination", "the competition site", sent=35, head="site")],
    modality="other", note="V14 purpose")
# ---- stances
for ev in (den3, arr, den18, app, trv, trip, turn, ask, grant, ent23, ban23, den24, ban25, ban27, reb, sent34):
    d.fact(ev, "CT+", note="ST3")
for ev in (ent3, allow, ent18, ent21, get29, asm, mail):
    d.fact(ev, "Uu", note="ST4 (purpose/request/attempt)")
d.fact(ent22, "PR+", note="ST4 would")
d.fact(con5, "CT+", holder=d.holder("Afghan Ambassador to the United States Hamdullah Mohib", sent=5, cluster=HM), cue=d.span("According to", sent=5), note="ST2, ST6, presupposed")
d.fact(came, "CT+", holder=d.holder("team member Rodaba Noori", sent=15, cluster="Rodaba Noori"), cue=d.span("told the press", sent=15), note="ST2 (quotation continues), ST7")
d.fact(deny23, "CT+", holder=d.holder("critics", sent=23, n=1), cue=d.span("blame", sent=23), note="ST2, uncovered: 'blame ... for' as SIP (presupposes the denial)")
d.attitude(d.holder("President Donald Trump", sent=21, cluster=DT), ent21, "FAVOR", cue=d.span("asked", sent=21), note="ST5, ST10")
d.fact(con32, "CT+", holder=d.holder("Ambassador Mohib", sent=31, cluster=HM), cue=d.span("said", sent=31), note="ST2 (quotation paragraph continues the SIP of s31), ST6")
d.save()
