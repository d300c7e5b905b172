import sys; sys.path.insert(0, "/work/main/scripts"); sys.path.insert(0, "/work/main/annotations/raw/annotator_h/scripts")
import k9  # noqa: F401
from k9 import word
from annotation_kit import Doc
d = Doc("GUM_news_warhol", annotator="annotator_h")
AW, USI, FDN, PRG, KW, WAT = "Andy Warhol", "University of Southern Indiana", "Andy Warhol Foundation for the Visual Arts", \
    "Andy Warhol Photographic Legacy Program", "Kristen Wilkins", "Kathryn Waters"
US, EV, IN, WN = "United States", "Evansville", "Indiana", "Wikinews"
CL = {"GPE", "PERSON", "FAC", "EVENT", "WORK_OF_ART", "ORG", "LOC", "PRODUCT", "LAW"}

def E(s, label, sent, n=1, cluster=None, note=None):
    if cluster is None and label in CL:
        cluster = s
    if s in ("USI", "he", "He", "it"):
        d.ent(word(d, s, sent, n), label, cluster=cluster, note=note)
    else:
        d.ent(s, label, sent=sent, n=n, cluster=cluster, note=note)

W = lambda s, sent, n=1, note=None: E(s, "PERSON", sent, n, cluster=AW, note=note)
U = lambda sent, n=1, note=None: E("USI", "ORG", sent, n, cluster=USI, note=note)

# ---- entities
W("Warhol", 0, note="E4")
E("Tuesday, January 28, 2014", "DATE", 1)
E("Dennis Hopper", "PERSON", 2); E("1969", "DATE", 2); E("Easy Rider", "WORK_OF_ART", 2, note="E23")
W("Warhol", 2); U(2, note="E12"); E(FDN, "ORG", 2, cluster=FDN, note="E3")
W("Andy Warhol", 3, note="G2 photo credit")
E("January 23, 2014", "DATE", 4); W("Andy Warhol", 4); E(USI, "ORG", 4, cluster=USI, note="E3, E10")
E("Miharris", "PERSON", 5, note="credit"); E("Acphillips", "PERSON", 5, note="credit")
E("Evansville", "GPE", 6, cluster=EV); E("Indiana", "GPE", 6, cluster=IN); E("United States", "GPE", 6, cluster=US)
E("This past week", "DATE", 7, note="E18"); W("Andy Warhol", 7); E(USI, "ORG", 7, cluster=USI)
U(8, note="E4"); E("189", "CARDINAL", 8); W("Warhol", 8, 1); W("Warhol", 8, 2, note="E4")
E("Wikinews", "ORG", 9, cluster=WN)
U(10); E("Thursday", "DATE", 10); W("Warhol", 10, note="E4")
U(11, note="E4"); E("Evansville", "GPE", 11, cluster=EV); E("Indiana", "GPE", 11, cluster=IN)
E("January 23", "DATE", 11, note="E18 range with words: two spans"); E("March 9", "DATE", 11)
E("Kristin Wilkins", "PERSON", 12, cluster=KW, note="E14 spelling variant"); E(USI, "ORG", 12, cluster=USI)
E("Jkthom", "PERSON", 13, note="credit")
E("McCutchan Art Center / Pace Galleries", "ORG", 14, cluster="McCutchan Art Center / Pace Galleries",
  note="uncovered: E1/G4, two names of one gallery joined by a slash taken as one ORG span (E10 body)")
U(14); E("roughly 100", "CARDINAL", 14, note="E15")
E(PRG, "ORG", 15, cluster=PRG, note="E3"); E("Kristen Wilkins", "PERSON", 15, cluster=KW)
E(FDN, "ORG", 16, cluster=FDN); E("two", "CARDINAL", 16); E("USI Art Collections", "ORG", 16)
E("2007", "DATE", 16); E("second", "ORDINAL", 16)
E("Kathryn Waters", "PERSON", 17, cluster=WAT)
E("2007", "DATE", 18); E(PRG, "ORG", 18, cluster=PRG); E("United States", "GPE", 18, cluster=US, note="E3")
E("over 28,000", "CARDINAL", 18, note="E15"); W("Andy Warhol", 18, 2, note="E13")
W("Warhol", 19, 1, note="E4"); W("Warhol", 19, 2, note="E4")
E("Kristen Wilkins", "PERSON", 21, cluster=KW)
E("Andy Warhol: Photographs and Prints from the University Collection", "WORK_OF_ART", 21,
  note="E23 exhibition title, quotes outside")
E(USI, "ORG", 21, cluster=USI); E("January 23 - March 9 2014", "DATE", 21, note="E18 dash range one span")
E("Snbehnke", "PERSON", 22, note="credit")
E("Wikinews", "ORG", 23, cluster=WN)
E("Wilkins", "PERSON", 24, cluster=KW); E("2007", "DATE", 24); E(FDN, "ORG", 24, cluster=FDN)
E("20th", "ORDINAL", 24); W("Andy Warhol", 24, 2, note="E4"); E("1987", "DATE", 24)
U(25)
E("K.C. Maurer", "PERSON", 26, cluster="K.C. Maurer"); E("Andy Warhol Foundation", "ORG", 26, cluster=FDN, note="E14")
E("500", "CARDINAL", 26); E("190", "CARDINAL", 26); E("one", "CARDINAL", 26, n=1)
E("Mauer", "PERSON", 27, cluster="K.C. Maurer", note="E14 spelling variant"); W("Warhol", 27)
E("every ten years", "DATE", 27, note="E18")
U(28); W("Warhol", 28, 1)
E("Tang Teaching Museum and Art Gallery", "FAC", 28, note="E10: place where exhibits take place")
E("Skidmore College", "ORG", 28); E("Saratoga Springs", "GPE", 28); E("New York", "GPE", 28)
E("Edward Steichen", "PERSON", 28); W("Andy Warhol", 28, note="E13")
E("Mary & Leigh Block Museum of Art", "FAC", 28, note="E10"); E("Northwestern University", "ORG", 28)
E("Evanston", "GPE", 28); E("Illinois", "GPE", 28)
E("Weatherspoon Art Museum", "ORG", 31, note="E10 body (exhibited its collection)")
E("University of North Carolina at Greensboro", "ORG", 31, cluster="UNC Greensboro")
E("11,000", "CARDINAL", 31); W("Warhol", 31, note="E13"); E("2010", "DATE", 31)
E("Elaine Gustafon", "PERSON", 31, cluster="Elaine Gustafon", note="E5")
E("Duke University", "ORG", 32); E("Durham", "GPE", 32); E("North Carolina", "GPE", 32, n=1, cluster="North Carolina")
E("University of North Carolina at Chapel Hill", "ORG", 32, note="E1 flat")
E(PRG, "ORG", 32, cluster=PRG)
E(PRG, "ORG", 34, cluster=PRG)
E("UNC Greensboro", "ORG", 35, cluster="UNC Greensboro", note="E14"); E("Truman Capote", "PERSON", 35)
E("Carly Simon", "PERSON", 35)
E("America", "GPE", 36, cluster=US, note="E4, E14"); E("today", "DATE", 36); W("Warhol", 36)
E("Gustafon", "PERSON", 36, cluster="Elaine Gustafon")
E("Wilkins", "PERSON", 38, cluster=KW); W("Warhol", 38, note="E4"); E("first", "ORDINAL", 38, note="E16 adverbial")
E("Wilkins", "PERSON", 39, cluster=KW)
U(40); E("Dennis Hopper", "PERSON", 40); E("Nick Rhodes", "PERSON", 40); E("Duran Duran", "ORG", 40)
E("Jann Wenner", "PERSON", 40); E("Rolling Stone Magazine", "ORG", 40, note="E12")
E("Carlo De Benedetti", "PERSON", 40); E("Italy", "GPE", 40, note="E4"); E("la Repubblica", "ORG", 40, note="E12")
E("Steve Rubell", "PERSON", 40); E("Studio 54", "ORG", 40); E("Nat Finkelstein", "PERSON", 40)
E("Christopher Makos", "PERSON", 40); E("Felice Quinto", "PERSON", 40); E("Vitas Gerulaitis", "PERSON", 40)
E("Jack Nicklaus", "PERSON", 40)
E("Wikinews", "ORG", 41, cluster=WN); U(41); E("Halston", "PERSON", 41); E("Evansville", "GPE", 41, cluster=EV)
E("United States", "GPE", 42, cluster=US, note="E3"); E("fifteen minutes", "TIME", 42, note="E19")
E("Cynthia Thompson", "PERSON", 43); E("University of Arkansas", "ORG", 43); E("Fayetteville", "GPE", 43)
W("Warhol", 44, note="E4")
W("Warhol", 45); E("the 1960s", "DATE", 45, note="E3, E18"); E("Wikinews", "ORG", 45, cluster=WN); U(45, note="E4")
E("American", "NORP", 47); E("Kathryn Waters", "PERSON", 47, cluster=WAT)
E("Campbell Soup", "PRODUCT", 48, note="E23"); E("Marilyn", "PERSON", 48, cluster="Marilyn Monroe", note="E13")
E("American", "NORP", 48)
E("the sixties", "DATE", 49, note="E3, E18")
E("2014", "DATE", 50); E("a thousand fold", "CARDINAL", 50, note="E15 (-fold)")
W("Andy Warhol", 51, note="E4"); E("Water", "PERSON", 51, cluster=WAT, note="E14 spelling variant")
E("Hilary Braysmith", "PERSON", 52); U(52); E("Marilyn", "PERSON", 52, cluster="Marilyn Monroe")
POL = "uncovered: E23, brand name of the camera/format marked PRODUCT; plural 'Polaroids' (the photos) left as common noun"
E("Polaroid", "PRODUCT", 54, cluster="Polaroid", note=POL); W("Warhol", 54)
for p in ["Ansel Adams", "Chuck Close", "Walker Evans", "Robert Mapplethorpe", "Helmut Newton"]:
    E(p, "PERSON", 54)
E("Wilkins", "PERSON", 55, cluster=KW); W("Warhol", 55, note="G4 brackets outside")
E("Polaroid", "PRODUCT", 55, cluster="Polaroid", note=POL)
W("Warhol", 56, note="E4"); E("Polaroid", "PRODUCT", 56, cluster="Polaroid", note=POL)
E("Wilkins", "PERSON", 57, cluster=KW); W("Warhol", 57); E("Polaroid", "PRODUCT", 57, cluster="Polaroid", note=POL)
U(58); E("Annie Oakley", "PERSON", 58); E("Cowboys and Indians", "WORK_OF_ART", 58, note="E23"); E("1987", "DATE", 58)
E("Wilkins", "PERSON", 59, cluster=KW); W("Warhol", 59)
for i in (1, 2, 3):
    d.ent("Marilyn", "WORK_OF_ART", sent=60, n=i, note="E23: a print of the Marilyn series; K10 non-specific, no cluster")
E("Wilkins", "PERSON", 63, cluster=KW)
U(64)
E("Kiara Perkins", "PERSON", 65); E("second", "ORDINAL", 65, note="E16"); U(65); E("Thursday night", "TIME", 65, note="E19")
W("Warhol", 67)
E("Kevin Allton", "PERSON", 69, cluster="Kevin Allton"); U(69); E("English", "LANGUAGE", 69, note="E23: the subject taught")
W("Warhol", 69)
W("Andy Warhol", 70); E("the 20th century", "DATE", 70, note="E3, E18")
E("Allton", "PERSON", 72, cluster="Kevin Allton"); E("Silver Clouds", "WORK_OF_ART", 72, cluster="Silver Clouds")
E("Silver Clouds", "WORK_OF_ART", 73, cluster="Silver Clouds")
E("Allton", "PERSON", 74, cluster="Kevin Allton")
U(76, note="E4")
E("Waters", "PERSON", 77, cluster=WAT); E("Warhol Factory", "FAC", 77, note="E3, E10 the studio")
E("Campbell's Soup", "PRODUCT", 78); E("Kool Aid", "PRODUCT", 78)
E("The Velvet Underground", "ORG", 79, note="E3 capitalised The inside")
E("Wikinews", "ORG", 80, cluster=WN); W("Warhol", 80, note="G4 first part of hyphenated compound")
E("Wikinews", "ORG", 83, cluster=WN); E("one", "CARDINAL", 83)
W("Warhol", 84)

# ---- events
GG = "transaction.transferownership.giftgrantprovideaid"
CI = "manufacture.artifact.createintellectualproperty"
don2 = d.event("donated", GG, sent=2, args=[
    d.arg("artifact", "the Warhol Polaroids", sent=2, head="Polaroids"),
    d.arg("recipient", "USI", sent=2, cluster=USI),
    d.arg("giver", "the Andy Warhol Foundation for the Visual Arts", sent=2, head="Foundation", cluster=FDN)],
    note="V18 gifts, G2 caption")
don15 = d.event("donated", GG, sent=15, args=[
    d.arg("artifact", "The Polaroids", sent=15, head="Polaroids"),
    d.arg("giver", "the Andy Warhol Photographic Legacy Program", sent=15, head="Program", cluster=PRG),
    d.arg("recipient", "The McCutchan Art Center / Pace Galleries", sent=14, head="Galleries",
          cluster="McCutchan Art Center / Pace Galleries")], note="V18, V9i, G6 place phrase 'at USI' outside")
don16 = d.event("donations", GG, sent=16, args=[
    d.arg("giver", "The Andy Warhol Foundation for the Visual Arts", sent=16, head="Foundation", cluster=FDN),
    d.arg("recipient", "USI Art Collections", sent=16, head="Collections", cluster="USI Art Collections")],
    note="V4 made = support verb, V18")
don17 = d.event("donations", GG, sent=17, args=[
    d.arg("giver", "the foundation", sent=17, head="foundation", cluster=FDN),
    d.arg("recipient", "the gallery", sent=17, head="gallery", cluster="McCutchan Art Center / Pace Galleries")],
    modality="other", note="V14 want (expressed interest), V9h")
seeded = d.event("seeded", GG, sent=18, args=[
    d.arg("giver", "the Andy Warhol Photographic Legacy Program", sent=18, head="Program", cluster=PRG),
    d.arg("recipient", "university art galleries", sent=18, head="galleries"),
    d.arg("place", "the United States", sent=18, head="States", cluster=US),
    d.arg("artifact", "over 28,000 Andy Warhol photographs", sent=18, head="photographs"),
    d.arg("artifact", "other artifacts", sent=18, head="artifacts")], note="V18 gifts, V9f, G6 split conjuncts")
enc = d.event("encourages", "contact.requestadvise.unspecified", sent=19, args=[
    d.arg("communicator", "The program", sent=19, head="program", cluster=PRG),
    d.arg("recipient", "university art galleries", sent=19, head="galleries"),
    d.arg("topic", "to regularly disseminate and educate audiences about Warhol's artistic vision", sent=19, head="disseminate")],
    note="V17a appeal; PLOVER none (culture, V16)")
death = d.event("death", "life.die.nonviolentdeath", sent=24, args=[
    d.arg("victim", "Andy Warhol", sent=24, n=2, cluster=AW)], note="V18")
don25 = d.event("donation", GG, sent=25, args=[
    d.arg("recipient", "USI", sent=25, cluster=USI)], note="V4 receiving = support verb")
inv = d.event("invitation", "contact.requestadvise.unspecified", sent=26, args=[
    d.arg("communicator", "the Andy Warhol Foundation", sent=26, head="Foundation", cluster=FDN),
    d.arg("recipient", "500 institutions", sent=26, head="institutions")], note="V8 invitation, V9h")
don26 = d.event("donations", GG, sent=26, args=[
    d.arg("giver", "the Andy Warhol Foundation", sent=26, head="Foundation", cluster=FDN),
    d.arg("recipient", "190 universities", sent=26, head="universities")], note="V18, V5 accepted not a support here")
don27 = d.event("donated", GG, sent=27, args=[
    d.arg("recipient", "Institutional recipients", sent=27, head="recipients", cluster="institutional recipients")],
    note="V18; artifact NP contains the trigger, left out (V11)")
rec29 = d.event("received", GG, sent=29, args=[
    d.arg("artifact", "Polaroids", sent=29),
    d.arg("giver", "the foundation", sent=29, head="foundation", cluster=FDN)],
    note="V18; 'All' = set of differently clustered bodies, no cluster (K7)")
collab = d.event("collaboration", "contact.collaborate.unspecified", sent=32, args=[
    d.arg("participant", "Duke University", sent=32, cluster="Duke University"),
    d.arg("participant", "University of North Carolina at Chapel Hill", sent=32,
          cluster="University of North Carolina at Chapel Hill")], note="V1, type from events.json, V9h")
don32 = d.event("donated", GG, sent=32, args=[
    d.arg("recipient", "Duke University", sent=32, cluster="Duke University"),
    d.arg("recipient", "University of North Carolina at Chapel Hill", sent=32, cluster="University of North Carolina at Chapel Hill"),
    d.arg("giver", "the Andy Warhol Photographic Legacy Program", sent=32, head="Program", cluster=PRG)],
    note="V9e relative clause antecedents, V18")
don34 = d.event("donated", GG, sent=34, args=[
    d.arg("giver", "the Andy Warhol Photographic Legacy Program", sent=34, head="Program", cluster=PRG)],
    note="V18; 'Each collection' quantified, fills no role (K10)")
did = d.event("did", CI, sent=48, args=[
    d.arg("manufacturer", word(d, "he", 48, 1), cluster=AW),
    d.arg("artifact", "the Campbell Soup cans", sent=48, head="cans"),
    d.arg("artifact", "the Marilyn pictures", sent=48, head="pictures")], note="V18 creating a work")
repro = d.event("reproduce", CI, sent=57, args=[
    d.arg("manufacturer", "Warhol", sent=57, cluster=AW),
    d.arg("artifact", "the Polaroid photograph", sent=57, head="photograph")], note="V18; 'was able to' implicative in the past")
create = d.event("create", CI, sent=57, args=[
    d.arg("manufacturer", "Warhol", sent=57, cluster=AW),
    d.arg("artifact", "an enlargement of it", sent=57, head="enlargement")], note="V18")
make = d.event("make", CI, sent=60, args=[
    d.arg("manufacturer", word(d, "he", 60, 1), cluster=AW),
    d.arg("artifact", "a blue Marilyn", sent=60, head="Marilyn"),
    d.arg("artifact", "a pink Marilyn", sent=60, head="Marilyn"),
    d.arg("artifact", "a yellow Marilyn", sent=60, head="Marilyn")], note="V18, V1 habitual past 'would'")
buy = d.event("buy", "transaction.transferownership.purchase", sent=60, modality="other",
              note="V18 sales, V14 modal 'could'; generic 'you' fills no role (K10)")
left = d.event("left", "movement.transportperson.selfmotion", sent=83, args=[
    d.arg("transporter", word(d, "they", 83, 1), cluster="people observed leaving")], note="V8 selfmotion")

# ---- stances
for ev in [don2, don16, seeded, enc, don25, rec29, collab, don32, don34]:
    d.fact(ev, "CT+")
d.fact(don15, "CT+", holder=d.holder("Kristen Wilkins", sent=15, cluster=KW), cue=d.span("according to", sent=15), note="ST2, ST6")
d.fact(don17, "Uu", note="ST4 wanted")
d.attitude(d.holder("Kathryn Waters", sent=17, cluster=WAT), don17, "FAVOR", cue=d.span("expressed interest in", sent=17),
           note="uncovered: ST5, 'expressed interest in' taken as want/wish")
d.fact(death, "CT+", holder=d.holder("Wilkins", sent=24, cluster=KW), cue=d.span("observed", sent=24), note="ST2 finding verb")
mau = lambda: d.holder("K.C. Maurer", sent=26, cluster="K.C. Maurer")
said26 = d.span("said", sent=26)
d.fact(inv, "CT+", holder=mau(), cue=said26, note="ST6")
d.fact(don26, "CT+", holder=mau(), cue=said26)
d.attitude(d.holder("190 universities", sent=26), don26, "FAVOR", cue=d.span("accepted", sent=26), note="ST5 accept")
d.fact(don27, "CT+", holder=d.holder("Mauer", sent=27, cluster="K.C. Maurer"), cue=d.span("said", sent=27),
       note="ST6 inverted attribution")
d.fact(did, "CT+", holder=d.holder("Kathryn Waters", sent=47, cluster=WAT), cue=d.span("said", sent=47),
       note="ST2 quotation continues across sentences")
accw = d.span("According to", sent=57)
d.fact(repro, "CT+", holder=d.holder("Wilkins", sent=57, cluster=KW), cue=accw, note="ST2")
d.fact(create, "CT+", holder=d.holder("Wilkins", sent=57, cluster=KW), cue=accw, note="ST2")
w59 = lambda: d.holder("Wilkins", sent=59, cluster=KW)
s59 = d.span("said", sent=59)
d.fact(make, "CT+", holder=w59(), cue=s59, note="ST2: quotation paragraph continuing Wilkins without a new SIP")
d.fact(buy, "Uu", holder=w59(), cue=s59, note="ST4 modal possibility")
d.fact(left, "CT+", holder=d.holder("Wikinews", sent=83, cluster=WN), cue=d.span("observed", sent=83), note="ST2")
d.save()
