import sys; sys.path.insert(0, "/work/main/annotations/raw/annotator_d/scripts")
from kd import Doc
d = Doc("GUM_news_warhol", annotator="annotator_d")
AW, USI, FDN, PRG, KW, WAT = "Andy Warhol", "University of Southern Indiana", "Andy Warhol Foundation for the Visual Arts", \
    "Andy Warhol Photographic Legacy Program", "Kristen Wilkins", "Kathryn Waters"
GAL, US, MM, POL, UNCG = "McCutchan Art Center / Pace Galleries", "United States", "Marilyn", "Polaroid", \
    "University of North Carolina at Greensboro"
P, O, G = "PERSON", "ORG", "GPE"
POLN = "uncovered: 'Polaroid' naming the camera/format (brand) = PRODUCT; plural 'Polaroids' (the photographs) is a common-noun use, not marked (E2)"
ents = [
 ("Warhol", P, 0, 1, AW, "E4"),
 ("Tuesday, January 28, 2014", "DATE", 1, 1, None, "E18"),
 ("Dennis Hopper", P, 2, 1, "Dennis Hopper", None),
 ("1969", "DATE", 2, 1, None, None),
 ("Easy Rider", "WORK_OF_ART", 2, 1, "Easy Rider", "E23"),
 ("Warhol", P, 2, 1, AW, "E13"),
 ("USI", O, 2, 1, USI, "E10, E12"),
 (FDN, O, 2, 1, FDN, "E3"),
 ("Andy Warhol", P, 3, 1, AW, "G2 photo credit"),
 ("January 23, 2014", "DATE", 4, 1, None, None),
 ("Andy Warhol", P, 4, 1, AW, "E13"),
 (USI, O, 4, 1, USI, "E3, E10"),
 ("Miharris", P, 5, 1, "Miharris", "G2 credit; uncovered: user name = PERSON"),
 ("Acphillips", P, 5, 1, "Acphillips", "G2 credit; uncovered: user name = PERSON"),
 ("Evansville", G, 6, 1, "Evansville", None),
 ("Indiana", G, 6, 1, "Indiana", None),
 ("United States", G, 6, 1, US, None),
 ("This past week", "DATE", 7, 1, None, "E18"),
 ("Andy Warhol", P, 7, 1, AW, "E13"),
 (USI, O, 7, 1, USI, "E3"),
 ("USI", O, 8, 1, USI, "E4"),
 ("189", "CARDINAL", 8, 1, None, None),
 ("Warhol", P, 8, 1, AW, "E13"),
 ("Warhol", P, 8, 2, AW, "E4"),
 ("Wikinews", O, 9, 1, "Wikinews", "E12"),
 ("USI", O, 10, 1, USI, "E13"),
 ("Thursday", "DATE", 10, 1, None, None),
 ("Warhol", P, 10, 1, AW, "E4"),
 ("USI", O, 11, 1, USI, "E4"),
 ("Evansville", G, 11, 1, "Evansville", None),
 ("Indiana", G, 11, 1, "Indiana", None),
 ("January 23", "DATE", 11, 1, None, "E18: range with words = two spans"),
 ("March 9", "DATE", 11, 1, None, None),
 ("Kristin Wilkins", P, 12, 1, KW, "E14: spelling variant"),
 (USI, O, 12, 1, USI, "E3"),
 ("Jkthom", P, 13, 1, "Jkthom", "G2 credit; uncovered: user name = PERSON"),
 (GAL, O, 14, 1, GAL, "E10: gallery as institution; one name written with a slash"),
 ("USI", O, 14, 1, USI, None),
 ("roughly 100", "CARDINAL", 14, 1, None, "E15"),
 (PRG, O, 15, 1, PRG, "E3, E12"),
 ("Kristen Wilkins", P, 15, 1, KW, None),
 (FDN, O, 16, 1, FDN, "E3"),
 ("two", "CARDINAL", 16, 1, None, None),
 ("USI Art Collections", O, 16, 1, "USI Art Collections", "E12: capitalised name of a body"),
 ("2007", "DATE", 16, 1, None, None),
 ("second", "ORDINAL", 16, 1, None, None),
 (WAT, P, 17, 1, WAT, None),
 ("2007", "DATE", 18, 1, None, None),
 (PRG, O, 18, 1, PRG, "E3"),
 ("United States", G, 18, 1, US, "E3"),
 ("over 28,000", "CARDINAL", 18, 1, None, "E15"),
 ("Andy Warhol", P, 18, 2, AW, "E13"),
 ("Warhol", P, 19, 1, AW, "E4"),
 ("Warhol", P, 19, 2, AW, "E4"),
 ("Kristen Wilkins", P, 21, 1, KW, None),
 ("Andy Warhol: Photographs and Prints from the University Collection", "EVENT", 21, 1,
  "Andy Warhol: Photographs and Prints from the University Collection", "E23, V18: a named exhibition = EVENT; quotation marks outside; E1 flat"),
 (USI, O, 21, 1, USI, "E3"),
 ("January 23 - March 9 2014", "DATE", 21, 1, None, "E18: dash range = one span"),
 ("Snbehnke", P, 22, 1, "Snbehnke", "G2 credit; uncovered: user name = PERSON"),
 ("Wikinews", O, 23, 1, "Wikinews", None),
 ("Wilkins", P, 24, 1, KW, None),
 ("2007", "DATE", 24, 1, None, None),
 (FDN, O, 24, 1, FDN, "E3"),
 ("20th", "ORDINAL", 24, 1, None, None),
 ("Andy Warhol", P, 24, 2, AW, "E4"),
 ("1987", "DATE", 24, 1, None, None),
 ("USI", O, 25, 1, USI, None),
 ("K.C. Maurer", P, 26, 1, "K.C. Maurer", "E5"),
 ("Andy Warhol Foundation", O, 26, 1, FDN, "E3, E14"),
 ("500", "CARDINAL", 26, 1, None, None),
 ("190", "CARDINAL", 26, 1, None, None),
 ("one", "CARDINAL", 26, 1, None, "E15: a count"),
 ("Mauer", P, 27, 1, "K.C. Maurer", "E14: spelling variant"),
 ("Warhol", P, 27, 1, AW, "E13"),
 ("every ten years", "DATE", 27, 1, None, "E18"),
 ("one", "CARDINAL", 27, 1, None, "E15"),
 ("USI", O, 28, 1, USI, None),
 ("Warhol", P, 28, 1, AW, "E13"),
 ("Polaroid", "PRODUCT", 28, 1, POL, POLN),
 ("Tang Teaching Museum and Art Gallery", O, 28, 1, "Tang Teaching Museum and Art Gallery", "E3, E10"),
 ("Skidmore College", O, 28, 1, "Skidmore College", "E10"),
 ("Saratoga Springs", G, 28, 1, "Saratoga Springs", None),
 ("New York", G, 28, 1, "New York", None),
 ("Edward Steichen", P, 28, 1, "Edward Steichen", "E13"),
 ("Andy Warhol", P, 28, 1, AW, "E13"),
 ("Mary & Leigh Block Museum of Art", O, 28, 1, "Mary & Leigh Block Museum of Art", "E3, E10"),
 ("Northwestern University", O, 28, 1, "Northwestern University", "E10"),
 ("Evanston", G, 28, 1, "Evanston", None),
 ("Illinois", G, 28, 1, "Illinois", None),
 ("Weatherspoon Art Museum", O, 31, 1, "Weatherspoon Art Museum", "E3, E10"),
 (UNCG, O, 31, 1, UNCG, "E3, E10"),
 ("11,000", "CARDINAL", 31, 1, None, None),
 ("Warhol", P, 31, 1, AW, "E13"),
 ("2010", "DATE", 31, 1, None, None),
 ("Elaine Gustafon", P, 31, 1, "Elaine Gustafon", "E5"),
 ("Duke University", O, 32, 1, "Duke University", "E10"),
 ("Durham", G, 32, 1, "Durham", None),
 ("North Carolina", G, 32, 1, "North Carolina", None),
 ("University of North Carolina at Chapel Hill", O, 32, 1, "University of North Carolina at Chapel Hill", "E10"),
 (PRG, O, 32, 1, PRG, "E3"),
 (PRG, O, 34, 1, PRG, "E3"),
 ("UNC Greensboro", O, 35, 1, UNCG, "E13, E14"),
 ("Truman Capote", P, 35, 1, "Truman Capote", "E5"),
 ("Carly Simon", P, 35, 1, "Carly Simon", "E5"),
 ("America", G, 36, 1, US, "E4, E9, E14"),
 ("today", "DATE", 36, 1, None, None),
 ("Warhol", P, 36, 1, AW, None),
 ("Gustafon", P, 36, 1, "Elaine Gustafon", None),
 ("Wilkins", P, 38, 1, KW, None),
 ("Warhol", P, 38, 1, AW, "E4"),
 ("first", "ORDINAL", 38, 1, None, "E16 adverbial"),
 ("Wilkins", P, 39, 1, KW, None),
 ("USI", O, 40, 1, USI, None),
 ("Dennis Hopper", P, 40, 1, "Dennis Hopper", "E5"),
 ("Nick Rhodes", P, 40, 1, "Nick Rhodes", "E5"),
 ("Duran Duran", O, 40, 1, "Duran Duran", None),
 ("Jann Wenner", P, 40, 1, "Jann Wenner", "E5"),
 ("Rolling Stone Magazine", O, 40, 1, "Rolling Stone Magazine", "E12"),
 ("Carlo De Benedetti", P, 40, 1, "Carlo De Benedetti", None),
 ("Italy", G, 40, 1, "Italy", "E4"),
 ("la Repubblica", O, 40, 1, "la Repubblica", "E12: 'la' is part of the name"),
 ("Steve Rubell", P, 40, 1, "Steve Rubell", "E5"),
 ("Studio 54", O, 40, 1, "Studio 54", "E10, E12: the club as a business"),
 ("Nat Finkelstein", P, 40, 1, "Nat Finkelstein", "E5"),
 ("Christopher Makos", P, 40, 1, "Christopher Makos", None),
 ("Felice Quinto", P, 40, 1, "Felice Quinto", None),
 ("Vitas Gerulaitis", P, 40, 1, "Vitas Gerulaitis", "E5"),
 ("Jack Nicklaus", P, 40, 1, "Jack Nicklaus", None),
 ("Wikinews", O, 41, 1, "Wikinews", None),
 ("USI", O, 41, 1, USI, None),
 ("Halston", P, 41, 1, "Halston", "E5"),
 ("Evansville", G, 41, 1, "Evansville", None),
 ("United States", G, 42, 1, US, "E3"),
 ("fifteen minutes", "TIME", 42, 1, None, "E19"),
 ("Cynthia Thompson", P, 43, 1, "Cynthia Thompson", None),
 ("University of Arkansas", O, 43, 1, "University of Arkansas", "E3, E10"),
 ("Fayetteville", G, 43, 1, "Fayetteville", None),
 ("Warhol", P, 44, 1, AW, "E4"),
 ("Warhol", P, 45, 1, AW, None),
 ("the 1960s", "DATE", 45, 1, None, "E3, E18"),
 ("Wikinews", O, 45, 1, "Wikinews", None),
 ("USI", O, 45, 1, USI, "E4"),
 ("American", "NORP", 47, 1, None, None),
 (WAT, P, 47, 1, WAT, None),
 ("Campbell Soup", "PRODUCT", 48, 1, "Campbell's Soup", "E23: named product (brand) as modifier, E13"),
 (MM, P, 48, 1, MM, "E13"),
 ("American", "NORP", 48, 1, None, None),
 ("the sixties", "DATE", 49, 1, None, "E3, E18"),
 ("2014", "DATE", 50, 1, None, None),
 ("a thousand fold", "CARDINAL", 50, 1, None, "E15: like '18-fold'"),
 ("Andy Warhol", P, 51, 1, AW, "E4"),
 ("Water", P, 51, 1, WAT, "E14: misspelling of Waters"),
 ("Hilary Braysmith", P, 52, 1, "Hilary Braysmith", None),
 ("USI", O, 52, 1, USI, "E13"),
 (MM, P, 52, 1, MM, None),
 ("Polaroid", "PRODUCT", 54, 1, POL, POLN),
 ("Warhol", P, 54, 1, AW, None),
 ("Ansel Adams", P, 54, 1, "Ansel Adams", None),
 ("Chuck Close", P, 54, 1, "Chuck Close", None),
 ("Walker Evans", P, 54, 1, "Walker Evans", None),
 ("Robert Mapplethorpe", P, 54, 1, "Robert Mapplethorpe", None),
 ("Helmut Newton", P, 54, 1, "Helmut Newton", None),
 ("Wilkins", P, 55, 1, KW, None),
 ("Warhol", P, 55, 1, AW, "G4: brackets outside"),
 ("Polaroid", "PRODUCT", 55, 1, POL, POLN + "; E4"),
 ("Warhol", P, 56, 1, AW, "E4"),
 ("Polaroid", "PRODUCT", 56, 1, POL, POLN),
 ("Wilkins", P, 57, 1, KW, None),
 ("Warhol", P, 57, 1, AW, None),
 ("Polaroid", "PRODUCT", 57, 1, POL, POLN),
 ("One", "CARDINAL", 58, 1, None, "E15: a count"),
 ("USI", O, 58, 1, USI, None),
 ("Annie Oakley", P, 58, 1, "Annie Oakley", "E13"),
 ("Cowboys and Indians", "WORK_OF_ART", 58, 1, "Cowboys and Indians", "E23: quotation marks outside"),
 ("1987", "DATE", 58, 1, None, None),
 ("Wilkins", P, 59, 1, KW, None),
 ("Warhol", P, 59, 1, AW, None),
 (MM, P, 60, 1, MM, "uncovered: a print named after its subject; the name joins its own cluster (nearest K6)"),
 (MM, P, 60, 2, MM, "see above"),
 (MM, P, 60, 3, MM, "see above"),
 ("Wilkins", P, 63, 1, KW, None),
 ("USI", O, 64, 1, USI, "E13"),
 ("Kiara Perkins", P, 65, 1, "Kiara Perkins", None),
 ("second", "ORDINAL", 65, 1, None, None),
 ("USI", O, 65, 1, USI, "E13"),
 ("Thursday night", "TIME", 65, 1, None, "E19: day + part of day"),
 ("Warhol", P, 67, 1, AW, None),
 ("Kevin Allton", P, 69, 1, "Kevin Allton", None),
 ("USI", O, 69, 1, USI, "E13"),
 ("English", "LANGUAGE", 69, 1, None, "E23: the language as a subject taught"),
 ("Warhol", P, 69, 1, AW, None),
 ("Andy Warhol", P, 70, 1, AW, None),
 ("the 20th century", "DATE", 70, 1, None, "E3, E18"),
 ("Allton", P, 72, 1, "Kevin Allton", None),
 ("Silver Clouds", "WORK_OF_ART", 72, 1, "Silver Clouds", "E23: named installation; 'installation' outside"),
 ("Silver Clouds", "WORK_OF_ART", 73, 1, "Silver Clouds", "E23"),
 ("one", "CARDINAL", 73, 1, None, "E15"),
 ("Allton", P, 74, 1, "Kevin Allton", None),
 ("USI", O, 76, 1, USI, "E4"),
 ("Waters", P, 77, 1, WAT, None),
 ("Warhol Factory", "FAC", 77, 1, "Warhol Factory", "E3, E10: the studio (a named place)"),
 ("Campbell's Soup", "PRODUCT", 78, 1, "Campbell's Soup", "uncovered: brand-internal 's kept inside (G4/E4 concern possessives at the span edge)"),
 ("Kool Aid", "PRODUCT", 78, 1, "Kool Aid", "E23"),
 ("The Velvet Underground", O, 79, 1, "The Velvet Underground", "E3: capitalised The belongs to the name"),
 ("the evening", "TIME", 80, 1, None, "E19: part of a day"),
 ("Wikinews", O, 80, 1, "Wikinews", None),
 ("Warhol", P, 80, 1, AW, "G4: name as first part of a hyphenated compound"),
 ("Polaroid", "PRODUCT", 80, 1, POL, POLN + "; G4"),
 ("Wikinews", O, 83, 1, "Wikinews", None),
 ("the evening", "TIME", 83, 1, None, "E19"),
 ("one", "CARDINAL", 83, 2, None, "E15"),
 ("Warhol", P, 84, 1, AW, "E13"),
]
for t, lab, s, n, cl, note in ents:
    d.ent(t, lab, sent=s, n=n, cluster=cl, note=note)

GIFT = "transaction.transferownership.giftgrantprovideaid"
gn = "V18: gifts"
don2 = d.event("donated", GIFT, sent=2, args=[
    d.arg("artifact", "the Warhol Polaroids", sent=2, head="Polaroids"),
    d.arg("recipient", "USI", sent=2),
    d.arg("giver", "the Andy Warhol Foundation for the Visual Arts", sent=2, head="Foundation", cluster=FDN)],
    note=gn + "; G2 caption, V9 within itself")
spoke = d.event("spoke", "contact.discussion.unspecified", sent=9, args=[
    d.arg("participant", "Wikinews reporters", sent=9, head="reporters"),
    d.arg("participant", "donors", sent=9),
    d.arg("participant", "exhibit organizers", sent=9, head="organizers"),
    d.arg("participant", "patrons", sent=9)],
    note="uncovered: an interview is reported as news; nearest V17 (not a mere attribution) -> contact.discussion")
intv = d.event("interview", "contact.discussion.unspecified", sent=12, args=[
    d.arg("participant", "Kristin Wilkins", sent=12, cluster=KW)],
    note="uncovered: see 'spoke'; G2 caption")
don15 = d.event("donated", GIFT, sent=15, args=[
    d.arg("artifact", "The Polaroids", sent=15, head="Polaroids"),
    d.arg("giver", "the Andy Warhol Photographic Legacy Program", sent=15, head="Program", cluster=PRG),
    d.arg("recipient", "The McCutchan Art Center / Pace Galleries", sent=14, head="Galleries", cluster=GAL, note="V9 i")],
    note=gn)
don16 = d.event("donations", GIFT, sent=16, args=[
    d.arg("giver", "The Andy Warhol Foundation for the Visual Arts", sent=16, head="Foundation", cluster=FDN),
    d.arg("recipient", "USI Art Collections", sent=16)],
    note=gn + "; V4 'made' support")
don17 = d.event("donations", GIFT, sent=17, modality="other", args=[
    d.arg("giver", "the foundation", sent=17, cluster=FDN),
    d.arg("recipient", "the gallery", sent=17, cluster=GAL, note="V9 h: apposition")],
    note=gn + "; V14: wished for")
seed = d.event("seeded", GIFT, sent=18, args=[
    d.arg("giver", "the Andy Warhol Photographic Legacy Program", sent=18, head="Program", cluster=PRG),
    d.arg("recipient", "university art galleries", sent=18, head="galleries"),
    d.arg("artifact", "over 28,000 Andy Warhol photographs", sent=18, head="photographs"),
    d.arg("artifact", "other artifacts", sent=18, head="artifacts"),
    d.arg("place", "the United States", sent=18, head="States", cluster=US, note="V9 f")],
    note=gn + "; 'seeded ... with' = provided")
enc = d.event("encourages", "contact.requestadvise.unspecified", sent=19, args=[
    d.arg("communicator", "The program", sent=19, head="program", cluster=PRG),
    d.arg("recipient", "university art galleries", sent=19, head="galleries"),
    d.arg("topic", "to regularly disseminate", sent=19, head="disseminate"),
    d.arg("topic", "educate audiences about Warhol's artistic vision", sent=19, head="educate")],
    note="V17a: encourage = appeal; habitual; PLOVER none (V16 culture)")
death = d.event("death", "life.die.nonviolentdeath", sent=24, args=[
    d.arg("victim", "Andy Warhol", sent=24, n=2, cluster=AW)], note="V18")
recv = d.event("receiving", GIFT, sent=25, args=[
    d.arg("recipient", "USI", sent=25)], note=gn)
inv = d.event("invitation", "contact.requestadvise.unspecified", sent=26, args=[
    d.arg("recipient", "500 institutions", sent=26, head="institutions"),
    d.arg("communicator", "the Andy Warhol Foundation", sent=26, head="Foundation", cluster=FDN, note="V9 h: apposition")],
    note="V8 invitation; V4 'received' support; PLOVER none: not to a conference, culture (V16)")
don26 = d.event("donations", GIFT, sent=26, args=[
    d.arg("recipient", "190 universities", sent=26, head="universities")],
    note=gn + "; V4 'accepted' support")
don27 = d.event("donated", GIFT, sent=27, args=[
    d.arg("recipient", "their", sent=27, cluster="institutional recipients")], note=gn)
recd29 = d.event("received", GIFT, sent=29, args=[
    d.arg("recipient", "All", sent=29, note="K7: set of differently clustered institutions"),
    d.arg("artifact", "Polaroids", sent=29),
    d.arg("giver", "the foundation", sent=29, cluster=FDN)], note=gn)
collab = d.event("collaboration", "contact.collaborate.unspecified", sent=32, args=[
    d.arg("participant", "Duke University", sent=32, cluster="Duke University"),
    d.arg("participant", "University of North Carolina at Chapel Hill", sent=32,
          cluster="University of North Carolina at Chapel Hill")],
    note="parties working together (joint exhibit)")
don32 = d.event("donated", GIFT, sent=32, args=[
    d.arg("recipient", "Duke University", sent=32, cluster="Duke University", note="V9 e"),
    d.arg("recipient", "University of North Carolina at Chapel Hill", sent=32,
          cluster="University of North Carolina at Chapel Hill", note="V9 e"),
    d.arg("artifact", "items", sent=32),
    d.arg("giver", "the Andy Warhol Photographic Legacy Program", sent=32, head="Program", cluster=PRG)], note=gn)
don34 = d.event("donated", GIFT, sent=34, args=[
    d.arg("giver", "the Andy Warhol Photographic Legacy Program", sent=34, head="Program", cluster=PRG)],
    note=gn + "; 'Each collection' quantified (K10), no artifact")
did = d.event("did", "manufacture.artifact.createintellectualproperty", sent=48, args=[
    d.arg("manufacturer", "he", sent=48, cluster=AW),
    d.arg("artifact", "the Campbell Soup cans", sent=48, head="cans"),
    d.arg("artifact", "the Marilyn pictures", sent=48, head="pictures")],
    note="V4 b: verb + object noun is the trigger; V18 creating a work")
repro = d.event("reproduce", "manufacture.artifact.createintellectualproperty", sent=57, args=[
    d.arg("manufacturer", "Warhol", sent=57, cluster=AW),
    d.arg("artifact", "the Polaroid photograph", sent=57, head="photograph")],
    note="V18; 'was able to' (past, implicative) read as asserted")
create = d.event("create", "manufacture.artifact.createintellectualproperty", sent=57, args=[
    d.arg("manufacturer", "Warhol", sent=57, cluster=AW),
    d.arg("artifact", "an enlargement of it", sent=57, head="enlargement")],
    note="V18; G6 of-phrase inside")
make = d.event("make", "manufacture.artifact.createintellectualproperty", sent=60, args=[
    d.arg("manufacturer", "he", sent=60, cluster=AW),
    d.arg("artifact", "a blue Marilyn", sent=60, head="Marilyn"),
    d.arg("artifact", "a pink Marilyn", sent=60, head="Marilyn"),
    d.arg("artifact", "a yellow Marilyn", sent=60, head="Marilyn")],
    note="V18; habitual past 'would' (not future)")
buy = d.event("buy", "transaction.transferownership.purchase", sent=60, modality="other",
    note="V14: modal of possibility 'could'; generic 'you' (K10) fills no role")
left = d.event("left", "movement.transportperson.selfmotion", sent=83, args=[
    d.arg("transporter", "they", sent=83, n=1, cluster="people leaving the exhibit")], note="V8")

# ---- stances
for ev in (don2, spoke, intv, don16, seed, enc, recv, recd29, collab, don32, don34, left):
    d.fact(ev, "CT+")
d.fact(don15, "CT+", holder=d.holder("Kristen Wilkins", sent=15, cluster=KW), cue=d.span("according to", sent=15))
wat17 = d.holder("Kathryn Waters", sent=17, cluster=WAT)
d.fact(don17, "Uu", holder=wat17, cue=d.span("expressed", sent=17), note="ST4: wanted")
d.attitude(wat17, don17, "FAVOR", cue=d.span("expressed interest in", sent=17),
           note="uncovered: 'expressed interest in' = want (ST5 closed list has want/wish/hope)")
d.fact(death, "CT+", holder=d.holder("Wilkins", sent=24, cluster=KW), cue=d.span("observed", sent=24), note="ST2: finding/knowing verb")
mau = d.holder("K.C. Maurer", sent=26, cluster="K.C. Maurer")
said26 = d.span("said", sent=26)
d.fact(inv, "CT+", holder=mau, cue=said26)
d.fact(don26, "CT+", holder=mau, cue=said26)
d.attitude(d.holder("190 universities", sent=26), don26, "FAVOR", cue=d.span("accepted", sent=26), note="ST5: accept")
d.fact(don27, "CT+", holder=d.holder("Mauer", sent=27, cluster="K.C. Maurer"), cue=d.span("said", sent=27), note="ST6 inverted attribution")
d.fact(did, "CT+", holder=d.holder("Kathryn Waters", sent=47, cluster=WAT), cue=d.span("said", sent=47),
       note="ST2: quotation continues in s48")
acc57 = d.span("According to", sent=57)
wil57 = d.holder("Wilkins", sent=57, cluster=KW)
d.fact(repro, "CT+", holder=wil57, cue=acc57)
d.fact(create, "CT+", holder=wil57, cue=acc57)
wil59 = d.holder("Wilkins", sent=59, cluster=KW)
said59 = d.span("said", sent=59)
d.fact(make, "CT+", holder=wil59, cue=said59, note="ST2: quotation continues in s60 without new SIP")
d.fact(buy, "PS+", holder=wil59, cue=said59, note="ST4: could")
d.save()
