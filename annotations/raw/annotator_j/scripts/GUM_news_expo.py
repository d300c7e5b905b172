import sys; sys.path.insert(0, "/work/main/annotations/raw/annotator_j/scripts")
from jkit import Doc
d = Doc("GUM_news_expo", annotator="annotator_j")
FE = "Fan Expo Canada"; NM = "Nick Moreau"; CC = "Comic Corps of Canada"; KA = "The Katherinator"
GAME = "E23 (software), uncovered: video game title -> PRODUCT"
def ents(pairs):
    for s, lab, sent, *rest in pairs:
        kw = rest[0] if rest else {}
        d.ent(s, lab, sent=sent, **kw)
ents([
 ("Fan Expo Canada 2016", "EVENT", 0, dict(cluster=FE, note="E23 (named gathering)")),
 ("Toronto", "GPE", 0, dict(cluster="Toronto")),
 ("Wednesday, September 7, 2016", "DATE", 1, dict(note="E18, G2 dateline")),
 ("Friday", "DATE", 2),
 ("22nd", "ORDINAL", 4),
 ("Fan Expo Canada", "EVENT", 4, dict(cluster=FE, note="E23, E3")),
 ("Metro Toronto Convention Centre", "FAC", 4, dict(cluster="Metro Toronto Convention Centre", note="E10, E3")),
 ("this weekend", "DATE", 4),
 ("thousands", "CARDINAL", 4, dict(note="E15")),
 ("North America", "LOC", 4, dict(cluster="North America", note="E11")),
 ("Hundreds", "CARDINAL", 6, dict(note="E15")),
 ("Stan Lee", "PERSON", 6, dict(cluster="Stan Lee")),
 ("Mark Hamill", "PERSON", 6, dict(cluster="Mark Hamill")),
 ("Margaret Atwood", "PERSON", 6, dict(cluster="Margaret Atwood")),
 ("thousands", "CARDINAL", 7, dict(note="E15")),
 ("Atwood", "PERSON", 8, dict(cluster="Margaret Atwood")),
 ("Booker Prize", "WORK_OF_ART", 8, dict(cluster="Booker Prize", note="E23 (award), G4 name as first part of hyphenated compound")),
 ("Angel Catbird", "WORK_OF_ART", 8, dict(cluster="Angel Catbird", note="E23")),
 ("Johnnie Christmas", "PERSON", 8, dict(cluster="Johnnie Christmas", note="E5")),
 ("Lee", "PERSON", 9, dict(cluster="Stan Lee")),
 ("Canadian", "NORP", 9),
 ("Hamill", "PERSON", 10, dict(cluster="Mark Hamill", note="E4")),
 ("Kevin Conroy", "PERSON", 10, dict(cluster="Kevin Conroy")),
 ("Batman", "PERSON", 10, dict(cluster="Batman", note="fictional character (Appendix A PERSON)")),
 ("Batman: The Animated Series", "WORK_OF_ART", 10, dict(cluster="Batman: The Animated Series", note="E23, E1")),
 ("Star Wars", "WORK_OF_ART", 10, dict(cluster="Star Wars", note="E23, E13")),
 ("Joker", "PERSON", 10, dict(cluster="Joker", note="E3, fictional")),
 ("Ubisoft", "ORG", 11, dict(cluster="Ubisoft")),
 ("Microsoft", "ORG", 11, dict(cluster="Microsoft")),
 ("PlayStation VR", "PRODUCT", 11, dict(cluster="PlayStation VR", note="E23")),
 ("20-minute", "TIME", 12, dict(note="E19, G4")),
 ("PlayStation VR", "PRODUCT", 12, dict(cluster="PlayStation VR")),
 ("Batman: Arkham VR", "PRODUCT", 12, dict(cluster="Batman: Arkham VR", note=GAME)),
 ("Bruce Wayne", "PERSON", 12, dict(cluster="Batman", note="E4, fictional; same character as Batman (K4)")),
 ("Bat Cave", "FAC", 12, dict(cluster="Bat Cave", note="E3, E10, uncovered: fictional structure -> FAC")),
 ("Nightwing", "PERSON", 13, dict(cluster="Nightwing")),
 ("Northern Arena Esports Championship", "EVENT", 14, dict(cluster="Northern Arena Esports Championship", note="E23, E3")),
 ("the weekend", "DATE", 14, dict(note="E3, E18")),
 ("US", "GPE", 16, dict(cluster="US", note="E9")),
 ("Cloud9", "ORG", 16, dict(cluster="Cloud9", note="E12 (club team)")),
 ("Immortals", "ORG", 16, dict(cluster="Immortals", note="E12")),
 ("Brazil", "GPE", 16, dict(cluster="Brazil")),
 ("Counter-Strike: Global Offensive", "PRODUCT", 16, dict(cluster="Counter-Strike: Global Offensive", note=GAME)),
 ("Brazillian", "NORP", 17, dict(note="E9")),
 ("$ 50,000", "MONEY", 17, dict(note="E17")),
 ("third", "ORDINAL", 18, dict(note="E16")),
 ("third", "ORDINAL", 18, dict(note="E16")),
 ("one", "CARDINAL", 18, dict(note="E15 (count)")),
 ("Immortals", "ORG", 18, dict(cluster="Immortals")),
 ("nearly half an hour", "TIME", 19, dict(note="E19")),
 ("US", "GPE", 19, dict(cluster="US")),
 ("Playstation VR", "PRODUCT", 20, dict(cluster="PlayStation VR", note="E14")),
 ("Canadian", "NORP", 23),
 ("501st Legion", "ORG", 23, dict(cluster="501st Legion")),
 ("Make-A-Wish Foundation", "ORG", 23, dict(cluster="Make-A-Wish Foundation", note="E3")),
 ("Comic Corps of Canada", "ORG", 24, dict(cluster=CC, note="E5 (role noun outside)")),
 ("The Ontario Ghostbusters", "ORG", 26, dict(cluster="The Ontario Ghostbusters", note="E3 (capitalised mid-sentence The)")),
 ("Doctor Who Society of Canada", "ORG", 26, dict(cluster="Doctor Who Society of Canada", note="E1")),
 ("Klingon Assault Group", "ORG", 26, dict(cluster="Klingon Assault Group")),
 ("Brampton", "GPE", 27, dict(cluster="Brampton", note="E13")),
 ("Spider-Gwen", "PERSON", 27, dict(cluster="Spider-Gwen", note="uncovered: cosplayer named by character -> PERSON")),
 ("Symbiote Spidey", "PERSON", 27, dict(cluster="Symbiote Spidey", note="uncovered: as Spider-Gwen")),
 ("Comic Corps", "ORG", 27, dict(cluster=CC, note="E14")),
 ("501st Legion", "ORG", 29, dict(cluster="501st Legion")),
 ("Epic Mickey", "PERSON", 34, dict(cluster="Epic Mickey", note="uncovered: costumed character -> PERSON")),
 ("The Katherinator", "PERSON", 34, dict(cluster=KA, note="E3 (The part of the name)")),
 ("thousands", "CARDINAL", 36, dict(note="E15")),
 ("thousands", "CARDINAL", 38, dict(note="E15")),
 ("Wikinews", "ORG", 38, dict(cluster="Wikinews", note="E12")),
 ("The Katherinator", "PERSON", 38, dict(cluster=KA)),
 ("Epic Mickey", "PERSON", 39, dict(cluster="Epic Mickey")),
 ("many hours", "TIME", 40, dict(note="E19")),
 ("Disney", "ORG", 41, dict(cluster="Disney")),
 ("Belle", "PERSON", 42, dict(cluster="Belle")),
 ("Black Widow", "PERSON", 45, dict(cluster="Black Widow")),
 ("Captain America", "PERSON", 45, dict(cluster="Captain America")),
 ("Three", "CARDINAL", 48, dict(note="E15")),
 ("Digimon", "WORK_OF_ART", 48, dict(cluster="Digimon", note="E4, E23")),
 ("Jessica Anderson", "PERSON", 48, dict(cluster="Jessica Anderson", note="E5")),
 ("Lady Cassandra", "PERSON", 51, dict(cluster="Lady Cassandra")),
 ("Doctor Who", "WORK_OF_ART", 51, dict(cluster="Doctor Who", note="E23")),
 ("Peekaboo Cosplay", "PERSON", 53, dict(cluster="Peekaboo Cosplay", note="uncovered: cosplayer alias -> PERSON")),
 ("The Fawn", "PERSON", 53, dict(cluster="The Fawn")),
])
# Nick Moreau credits (photo credit zone: entities only)
for s in (3, 21, 28, 30, 32, 35, 43, 46, 49, 52, 54):
    d.ent("Nick Moreau", "PERSON", sent=s, cluster=NM, note="G2 photo credit")
# fix the second 'third' (n=2)
d.entities = [e for e in d.entities if not (e.span.text == "third" and e.note == "E16")]
d.ent("third", "ORDINAL", sent=18, n=1, note="E16")
d.ent("third", "ORDINAL", sent=18, n=2, note="E16")
# ---- events
cre = d.event("created", "manufacture.artifact.unspecified", sent=7, args=[
    d.arg("manufacturer", "they", sent=7, cluster="costumed fans"),
    d.arg("artifact", "costumes", sent=7)],
    note="V18 (making), V9e (antecedent of 'which'), uncovered: hand-made costumes -> manufacture.artifact.unspecified")
lau = d.event("launch", "contact.mediastatement.unspecified", sent=8, args=[
    d.arg("communicator", "Atwood", sent=8)],
    modality="other", note="V17b (release of a text), V14 purpose, uncovered: book launch as release")
don = d.event("donations", "transaction.transferownership.giftgrantprovideaid", sent=24, args=[
    d.arg("recipient", "Volunteer organization Comic Corps of Canada", sent=24, head="Corps", cluster=CC),
    d.arg("artifact", "comics", sent=24)], note="V18 (gifts), V9c, G7")
dis = d.event("distribute", "transaction.transferownership.giftgrantprovideaid", sent=24, args=[
    d.arg("giver", "Volunteer organization Comic Corps of Canada", sent=24, head="Corps", cluster=CC),
    d.arg("artifact", "comics", sent=24),
    d.arg("recipient", "children", sent=24),
    d.arg("recipient", "youth", sent=24)],
    modality="other", note="V18, V14 purpose, V9d, G6 coordination split")
col = d.event("collecting", "transaction.transferownership.giftgrantprovideaid", sent=25, args=[
    d.arg("recipient", "the group", sent=25, head="group", cluster=CC),
    d.arg("artifact", "comics", sent=25)], note="V18, V9d, coref=E3")
fun = d.event("fundraising", "transaction.transfermoney.giftgrantprovideaid", sent=25, args=[
    d.arg("recipient", "the group", sent=25, head="group", cluster=CC)], note="V18, uncovered: fundraising -> money gift")
sal = d.event("sales", "transaction.transferownership.purchase", sent=25, args=[
    d.arg("giver", "the group", sent=25, head="group", cluster=CC),
    d.arg("artifact", "button", sent=25)], note="V18 (sales), V12 premodifier")
spk = d.event("spoke", "contact.discussion.meet", sent=38, args=[
    d.arg("participant", "Wikinews", sent=38),
    d.arg("participant", "a cosplayer", sent=38, head="cosplayer", cluster=KA)],
    note="uncovered: interview reported as news -> contact.discussion.meet")
for ev in (cre, don, col, fun, sal, spk):
    d.fact(ev, "CT+", note="ST3")
d.fact(lau, "Uu", note="ST4 purpose")
d.fact(dis, "Uu", note="ST4 purpose")
d.save()
