import sys; sys.path.insert(0, "/work/main/annotations/raw/annotator_f/scripts")
from fkit import Doc, within
d = Doc("GUM_news_expo", annotator="annotator_f")
W = lambda phrase, word, sent, n=1: within(d, phrase, word, sent, n)
NM = "Nick Moreau"; FE = "Fan Expo Canada"; CC = "Comic Corps of Canada"; KA = "The Katherinator"
def E(s, lab, sent, n=1, cl=None, note=None, clustered=True):
    c = (cl or s) if clustered and lab in ("PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW") else None
    return d.ent(s, lab, sent=sent, n=n, cluster=c, note=note)
E("Fan Expo Canada 2016", "EVENT", 0, cl=FE, note="E23 named recurring gathering, E14")
E("Toronto", "GPE", 0)
E("Wednesday, September 7, 2016", "DATE", 1, note="E18 dateline")
E("Friday", "DATE", 2, note="G2 caption")
for s in (3, 21, 28, 30, 32, 35, 43, 46, 49, 52, 54):
    E("Nick Moreau", "PERSON", s, note="G2 photo credit")
E("22nd", "ORDINAL", 4, note="E16")
E("Fan Expo Canada", "EVENT", 4, cl=FE, note="E23")
E("Metro Toronto Convention Centre", "FAC", 4, note="E3, E10 building where the event happens")
E("this weekend", "DATE", 4)
E("thousands", "CARDINAL", 4, note="E15")
E("North America", "LOC", 4, note="E11 continent")
E("Hundreds", "CARDINAL", 6, note="E15")
E("Stan Lee", "PERSON", 6); E("Mark Hamill", "PERSON", 6); E("Margaret Atwood", "PERSON", 6)
E("thousands", "CARDINAL", 7)
E("Atwood", "PERSON", 8, cl="Margaret Atwood")
E("Booker Prize", "WORK_OF_ART", 8, note="E23 named award, G4 name as part of hyphenated compound")
E("Angel Catbird", "WORK_OF_ART", 8, note="E23")
E("Johnnie Christmas", "PERSON", 8)
E("Lee", "PERSON", 9, cl="Stan Lee")
E("Canadian", "NORP", 9)
E("Hamill", "PERSON", 10, cl="Mark Hamill", note="E4")
E("Kevin Conroy", "PERSON", 10)
E("Batman", "PERSON", 10, n=1, note="fictional character")
E("Batman: The Animated Series", "WORK_OF_ART", 10, note="E23 programme")
E("Star Wars", "WORK_OF_ART", 10, note="E23, E13")
E("Joker", "PERSON", 10, note="E3 fictional character")
E("Ubisoft", "ORG", 11); E("Microsoft", "ORG", 11)
E("PlayStation VR", "PRODUCT", 11, note="E23")
E("20-minute", "TIME", 12, note="E19 minutes")
E("PlayStation VR", "PRODUCT", 12)
E("Batman: Arkham VR", "PRODUCT", 12, note="E23 software (game)")
E("Bruce Wayne", "PERSON", 12, note="E4 fictional")
E("Bat Cave", "LOC", 12, note="E3, E11 fictional cave, uncovered: fictional place")
E("Nightwing", "PERSON", 13)
E("Northern Arena Esports Championship", "EVENT", 14, note="E3, E23 tournament")
E("the weekend", "DATE", 14, note="E3 DATE with 'the'")
E("US", "GPE", 16, note="E13")
E("Cloud9", "ORG", 16, note="E12 team (not a national team)")
E("Immortals", "ORG", 16)
E("Brazil", "GPE", 16)
E("Counter-Strike: Global Offensive", "PRODUCT", 16, note="E23 software (game)")
E("Brazillian", "NORP", 17, note="E9 (spelling as written)")
E("$ 50,000", "MONEY", 17, note="E17")
E("third", "ORDINAL", 18, n=1); E("third", "ORDINAL", 18, n=2)
E("one", "CARDINAL", 18, note="E15 count")
E("Immortals", "ORG", 18)
E("nearly half an hour", "TIME", 19, note="E19 approximator inside")
E("US", "GPE", 19)
E("Playstation VR", "PRODUCT", 20, cl="PlayStation VR", note="E14 spelling variant, G2 caption")
E("Canadian", "NORP", 23)
E("501st Legion", "ORG", 23)
E("Make-A-Wish Foundation", "ORG", 23, note="E3")
E("Comic Corps of Canada", "ORG", 24)
E("The Ontario Ghostbusters", "ORG", 26, note="E3 capitalised mid-sentence The inside")
E("Doctor Who Society of Canada", "ORG", 26, note="E1")
E("Klingon Assault Group", "ORG", 26)
E("Brampton Spider-Gwen", "PERSON", 27, note="uncovered: cosplayer nickname kept whole (flat)")
E("Symbiote Spidey", "PERSON", 27)
E("Comic Corps", "ORG", 27, cl=CC, note="E14 short name, G2 caption")
E("501st Legion", "ORG", 29)
E("Epic Mickey", "WORK_OF_ART", 34, note="E23, uncovered: costume named after a game title")
E("The Katherinator", "PERSON", 34, cl=KA, note="E3 capitalised The of the name")
E("thousands", "CARDINAL", 36)
E("thousands", "CARDINAL", 38)
E("Wikinews", "ORG", 38, note="E12")
E("The Katherinator", "PERSON", 38, cl=KA)
E("Epic Mickey", "WORK_OF_ART", 39)
E("many hours", "TIME", 40, note="E19 hours")
E("Disney", "ORG", 41, note="heading")
E("Belle", "PERSON", 42)
E("Black Widow", "PERSON", 45); E("Captain America", "PERSON", 45)
E("Three", "CARDINAL", 48)
E("Digimon", "WORK_OF_ART", 48, note="E4, E23")
E("Jessica Anderson", "PERSON", 48)
E("Lady Cassandra", "PERSON", 51)
E("Doctor Who", "WORK_OF_ART", 51, note="E23 programme")
E("Peekaboo Cosplay", "PERSON", 53)
E("The Fawn", "PERSON", 53, note="character name with capitalised The")

# ---- events
cr = d.event("created", "manufacture.artifact.createintellectualproperty", sent=7, args=[
    d.arg("manufacturer", "they", sent=7, cluster="costumed fans"),
    d.arg("artifact", "costumes", sent=7)], note="V18 creating a work, V9e antecedent of relative ('many of which': partitive of costumes), uncovered: costumes as works")
d.fact(cr, "CT+")
la = d.event("launch", "contact.mediastatement.unspecified", sent=8, args=[
    d.arg("communicator", "Atwood", sent=8)], modality="other",
    note="V17b release of a text (book launch), V14 purpose clause ('was there to launch')")
d.fact(la, "Uu", note="ST4 purpose")
pn = d.event("panel", "contact.discussion.meet", sent=10, args=[
    d.arg("participant", "Hamill", sent=10), d.arg("participant", "Kevin Conroy", sent=10)], modality="other",
    note="V8 .meet (face-to-face session), V14 schedule, uncovered: convention panel -> contact.discussion.meet")
d.fact(pn, "PR+", note="ST4 scheduled")
rt = d.event("returned", "movement.transportperson.selfmotion", sent=23, args=[
    d.arg("transporter", "The Canadian garrison of 501st Legion", sent=23, head="garrison")],
    note="V8 selfmotion; a part of the 501st Legion, not the whole (K5)")
d.fact(rt, "CT+")
dn = d.event("donations", "transaction.transferownership.giftgrantprovideaid", sent=24, args=[
    d.arg("recipient", "Volunteer organization Comic Corps of Canada", sent=24, head="Canada", cluster=CC),
    d.arg("artifact", "comics", sent=24, n=1)], note="V18 gifts, V4 'collects' support, V9c")
dis = d.event("distribute", "transaction.transferownership.giftgrantprovideaid", sent=24, args=[
    d.arg("giver", "Volunteer organization Comic Corps of Canada", sent=24, head="Canada", cluster=CC),
    d.arg("artifact", "comics", sent=24, n=1),
    d.arg("recipient", "children", sent=24), d.arg("recipient", "youth", sent=24)], modality="other",
    note="V18, V14 purpose clause, V9d")
d.fact(dn, "CT+"); d.fact(dis, "Uu", note="ST4 purpose")
co = d.event("collecting", "transaction.transferownership.giftgrantprovideaid", sent=25, args=[
    d.arg("recipient", "the group", sent=25, head="group", cluster=CC),
    d.arg("artifact", "comics", sent=25)], note="V9d, coref=E5")
fr = d.event("fundraising", "transaction.transfermoney.giftgrantprovideaid", sent=25, args=[
    d.arg("recipient", "the group", sent=25, head="group", cluster=CC)], note="V18 gifts of money")
sa = d.event("sales", "transaction.transferownership.purchase", sent=25, args=[
    d.arg("giver", "the group", sent=25, head="group", cluster=CC),
    d.arg("artifact", "button", sent=25)], note="V18 sales, V12 premodifier as argument")
d.fact(co, "CT+"); d.fact(fr, "CT+"); d.fact(sa, "CT+")
md = d.event("made", "manufacture.artifact.createintellectualproperty", sent=37, args=[
    d.arg("artifact", "at least some elements", sent=37, head="elements")], note="V18, V1 aggregate")
d.fact(md, "CT+")
d.save()
