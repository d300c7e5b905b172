import sys; sys.path.insert(0, "/work/main/scripts"); sys.path.insert(0, "/work/main/annotations/raw/annotator_k/scripts")
from kdoc import KDoc
d = KDoc("GUM_news_election", annotator="annotator_k")
E = d.ent
HK = "Hong Kong"
# ---- entities (sentence, text, label, cluster or None, n)
ents = [
 (0, "Hong Kong", "GPE", HK, 1),
 (1, "Friday, September 9, 2016", "DATE", None, 1),
 (2, "Hong Kong", "GPE", HK, 1), (2, "Sunday", "DATE", None, 1), (2, "around 2 million", "CARDINAL", None, 1), (2, "58%", "PERCENT", None, 1),
 (3, "a third", "CARDINAL", None, 1),
 (4, "Beijing", "GPE", "Beijing", 1),
 (6, "Eddie Chu", "PERSON", "Eddie Chu", 1),
 (7, "New Territories West", "GPE", "New Territories West", 1), (7, "pan-democrat", "NORP", None, 1), (7, "Eddie Chu", "PERSON", "Eddie Chu", 1), (7, "84,121", "CARDINAL", None, 1),
 (8, "Cheng Chung-tai", "PERSON", "Cheng Chung-tai", 1), (8, "Civic Passion", "ORG", "Civic Passion", 1), (8, "Kwok Ka-ki", "PERSON", "Kwok Ka-ki", 1),
 (8, "Andrew Wan", "PERSON", "Andrew Wan", 1), (8, "Civic Party", "ORG", "Civic Party", 1), (8, "Democratic Party", "ORG", "Democratic Party", 1),
 (9, "Beijing", "GPE", "Beijing", 1), (9, "New People Party", "ORG", "New People's Party", 1), (9, "Michael Tien", "PERSON", "Michael Tien", 1),
 (9, "DAB", "ORG", "DAB", 1), (9, "Ben Chan", "PERSON", "Ben Chan", 1), (9, "Leung Che-cheung", "PERSON", "Leung Che-cheung", 1),
 (9, "FTU", "ORG", "FTU", 1), (9, "Alice Mak", "PERSON", "Alice Mak", 1), (9, "Junius Ho", "PERSON", "Junius Ho", 1),
 (10, "Two", "CARDINAL", None, 1), (10, "pan-democratic", "NORP", None, 1), (10, "Lee Cheuk-yan", "PERSON", "Lee Cheuk-yan", 1), (10, "Labour Party", "ORG", "Labour Party", 1),
 (10, "Frederick Fung", "PERSON", "Frederick Fung", 1), (10, "ADPL", "ORG", "ADPL", 1), (10, "Junius Ho", "PERSON", "Junius Ho", 1),
 (10, "Lee Cheuk-yan", "PERSON", "Lee Cheuk-yan", 2), (10, "around five thousand", "CARDINAL", None, 1),
 (11, "Michael Tien", "PERSON", "Michael Tien", 1), (11, "NPP", "ORG", "New People's Party", 1),
 (12, "DAB", "ORG", "DAB", 1), (12, "Elizabeth Quat", "PERSON", "Elizabeth Quat", 1),
 (13, "New Territories East", "GPE", "New Territories East", 1), (13, "Alvin Yeung", "PERSON", "Alvin Yeung", 1), (13, "Civic Party", "ORG", "Civic Party", 1),
 (13, "Fernando Cheung", "PERSON", "Fernando Cheung", 1), (13, "Labour Party", "ORG", "Labour Party", 1), (13, "Raymond Chan", "PERSON", "Raymond Chan", 1),
 (13, "People Power", "ORG", "People Power", 1), (13, "Leung Kwok-hung", "PERSON", "Leung Kwok-hung", 1), (13, "LSD", "ORG", "LSD", 1),
 (14, "Pan-democrat", "NORP", None, 1), (14, "Lam Cheuk-ting", "PERSON", "Lam Cheuk-ting", 1), (14, "Democratic Party", "ORG", "Democratic Party", 1),
 (14, "Youngspiration", "ORG", "Youngspiration", 1), (14, "Baggio Leung", "PERSON", "Baggio Leung", 1),
 (15, "Beijing", "GPE", "Beijing", 1), (15, "Elizabeth Quat", "PERSON", "Elizabeth Quat", 1), (15, "DAB", "ORG", "DAB", 1), (15, "58,825", "CARDINAL", None, 1),
 (16, "Beijing", "GPE", "Beijing", 1), (16, "Gary Chan", "PERSON", "Gary Chan", 1), (16, "DAB", "ORG", "DAB", 1), (16, "Eunice Yung", "PERSON", "Eunice Yung", 1),
 (16, "New People's Party", "ORG", "New People's Party", 1),
 (17, "Pan-democrat", "NORP", None, 1), (17, "Gary Fan", "PERSON", "Gary Fan", 1), (17, "Neo Democrats", "ORG", "Neo Democrats", 1),
 (18, "Alvin Yeung", "PERSON", "Alvin Yeung", 1), (18, "Civic Party", "ORG", "Civic Party", 1),
 (19, "New People Party", "ORG", "New People's Party", 1), (19, "Regina Ip", "PERSON", "Regina Ip", 1),
 (20, "Hong Kong Island", "GPE", "Hong Kong Island", 1), (20, "Beijing", "GPE", "Beijing", 1), (20, "New People Party", "ORG", "New People's Party", 1),
 (20, "Regina Ip", "PERSON", "Regina Ip", 1), (20, "60,760", "CARDINAL", None, 1),
 (21, "Beijing", "GPE", "Beijing", 1), (21, "FTU", "ORG", "FTU", 1), (21, "Kwok Wai-keung", "PERSON", "Kwok Wai-keung", 1), (21, "DAB", "ORG", "DAB", 1),
 (21, "Horace Cheung", "PERSON", "Horace Cheung", 1),
 (22, "Demosisto", "ORG", "Demosisto", 1), (22, "Nathan Law", "PERSON", "Nathan Law", 1), (22, "second", "ORDINAL", None, 1), (22, "50,818", "CARDINAL", None, 1),
 (22, "Legislative Council", "ORG", "Legislative Council", 1), (22, "Hong Kong", "GPE", HK, 1),
 (23, "two", "CARDINAL", None, 1), (23, "Hui Chi-fung", "PERSON", "Hui Chi-fung", 1), (23, "Democratic Party", "ORG", "Democratic Party", 1),
 (23, "Tanya Chan", "PERSON", "Tanya Chan", 1), (23, "Civic Party", "ORG", "Civic Party", 1),
 (24, "Pan-democrat", "NORP", None, 1), (24, "Cyd Ho", "PERSON", "Cyd Ho", 1), (24, "Labour Party", "ORG", "Labour Party", 1),
 (25, "Nathan Law", "PERSON", "Nathan Law", 1), (25, "Demosisto", "ORG", "Demosisto", 1),
 (26, "Ann Chiang", "PERSON", "Ann Chiang", 1), (26, "DAB", "ORG", "DAB", 1),
 (27, "Kowloon West", "GPE", "Kowloon West", 1), (27, "Beijing", "GPE", "Beijing", 1), (27, "Ann Chiang", "PERSON", "Ann Chiang", 1), (27, "DAB", "ORG", "DAB", 1),
 (27, "Priscilla Leung", "PERSON", "Priscilla Leung", 1), (27, "BPA", "ORG", "BPA", 1), (27, "pan-democratic", "NORP", None, 1),
 (27, "Claudia Mo", "PERSON", "Claudia Mo", 1), (27, "Civic Party", "ORG", "Civic Party", 1), (27, "Wong Pik-wan", "PERSON", "Wong Pik-wan", 1),
 (27, "Democratic Party", "ORG", "Democratic Party", 1),
 (28, "Lau Siu-lai", "PERSON", "Lau Siu-lai", 1), (28, "Youngspiration", "ORG", "Youngspiration", 1), (28, "Yau Wai-ching", "PERSON", "Yau Wai-ching", 1),
 (29, "Yau Wai-ching", "PERSON", "Yau Wai-ching", 1), (29, "Raymond Wong", "PERSON", "Raymond Wong", 1),
 (29, "Proletariat Political Institute", "ORG", "Proletariat Political Institute", 1), (29, "424", "CARDINAL", None, 1),
 (30, "Claudia Mo", "PERSON", "Claudia Mo", 1), (30, "Civic Party", "ORG", "Civic Party", 1),
 (31, "Wong Kwok-kin", "PERSON", "Wong Kwok-kin", 1), (31, "FTU", "ORG", "FTU", 1),
 (32, "Kowloon East", "GPE", "Kowloon East", 1), (32, "Beijing", "GPE", "Beijing", 1), (32, "Wilson Or", "PERSON", "Wilson Or", 1), (32, "51,516", "CARDINAL", None, 1),
 (33, "Paul Tse", "PERSON", "Paul Tse", 1), (33, "Wong Kwok-kin", "PERSON", "Wong Kwok-kin", 1), (33, "FTU", "ORG", "FTU", 1),
 (34, "Wu Chi-wai", "PERSON", "Wu Chi-wai", 1), (34, "Democratic Party", "ORG", "Democratic Party", 1),
 (35, "Civic Party", "ORG", "Civic Party", 1), (35, "Jeremy Tam", "PERSON", "Jeremy Tam", 1), (35, "first", "ORDINAL", None, 1),
 (36, "Civic Passion", "ORG", "Civic Passion", 1), (36, "Wong Yeung-tat", "PERSON", "Wong Yeung-tat", 1), (36, "Civic Passion", "ORG", "Civic Passion", 2),
 (37, "Wu Chi-wai", "PERSON", "Wu Chi-wai", 1), (37, "Democratic Party", "ORG", "Democratic Party", 1),
 (38, "Leung Yiu-chung", "PERSON", "Leung Yiu-chung", 1), (38, "NWSC", "ORG", "NWSC", 1), (38, "2008", "DATE", None, 1),
 (39, "District Council (Second)", "ORG", "District Council (Second)", 1), (39, "Super District Council", "ORG", "District Council (Second)", 1),
 (39, "Kwong Chun-yu", "PERSON", "Kwong Chun-yu", 1), (39, "Democratic Party", "ORG", "Democratic Party", 1), (39, "491,667", "CARDINAL", None, 1),
 (40, "pan-democrats", "NORP", None, 1), (40, "Leung Yiu-chung", "PERSON", "Leung Yiu-chung", 1), (40, "NWSC", "ORG", "NWSC", 1),
 (40, "James To", "PERSON", "James To", 1), (40, "Democratic Party", "ORG", "Democratic Party", 1),
 (41, "Beijing", "GPE", "Beijing", 1), (41, "DAB", "ORG", "DAB", 1), (41, "Starry Lee", "PERSON", "Starry Lee", 1), (41, "Holden Chow", "PERSON", "Holden Chow", 1),
 (41, "Beijing", "GPE", "Beijing", 2), (41, "Wong Kwok-hing", "PERSON", "Wong Kwok-hing", 1), (41, "FTU", "ORG", "FTU", 1), (41, "10,694", "CARDINAL", None, 1),
 (41, "James To", "PERSON", "James To", 1),
 (42, "DAB", "ORG", "DAB", 1), (42, "Starry Lee", "PERSON", "Starry Lee", 1), (42, "2015", "DATE", None, 1),
 (43, "Beijing", "GPE", "Beijing", 1),
 (44, "Shiu Ka-chun", "PERSON", "Shiu Ka-chun", 1), (44, "Social Welfare", "ORG", "Social Welfare", 1), (44, "pan-democrats", "NORP", None, 1),
 (44, "9", "CARDINAL", None, 1), (44, "10", "CARDINAL", None, 1),
 (45, "Edward Yiu", "PERSON", "Edward Yiu", 1), (45, "Architectural, Surveying, Planning and Landscape", "ORG", "Architectural, Surveying, Planning and Landscape", 1),
 (46, "Legislative Council", "ORG", "Legislative Council", 1), (46, "around 2 million", "CARDINAL", None, 1), (46, "58%", "PERCENT", None, 1),
 (47, "Taikoo", "GPE", "Taikoo", 1), (47, "Hong Kong Island", "GPE", "Hong Kong Island", 1), (47, "22:30", "TIME", None, 1),
 (47, "2:30 the next day", "TIME", None, 1), (47, "four hours", "TIME", None, 1),
 (48, "Hong Kong", "GPE", HK, 1), (48, "2014", "DATE", None, 1),
 (49, "70", "CARDINAL", None, 1), (49, "Legislative Council", "ORG", "Legislative Council", 1),
]
NOTES = {"NORP": "E9, uncovered: 'pan-democrat(ic)' political-group word typed NORP (E2 leaves only 'the pan-democracy camp' unmarked)",
         "Social Welfare": "E6, E12, uncovered: functional constituency (not territorial) typed ORG, lower-case 'constituency' outside",
         "Architectural, Surveying, Planning and Landscape": "E6, E12, uncovered: functional constituency typed ORG",
         "District Council (Second)": "E12, uncovered: functional constituency typed ORG",
         "Super District Council": "E12, E14, uncovered: functional constituency typed ORG",
         "Beijing": "G4 ('pro-Beijing')", "Taikoo": "E9 (district)"}
for s, t, lab, cl, n in ents:
    note = NOTES.get(t) or (NOTES["NORP"] if lab == "NORP" else ("E6" if t in ("New Territories West", "New Territories East", "Kowloon West", "Kowloon East", "Hong Kong Island") else None))
    E(t, lab, sent=s, n=n, cluster=cl, note=note)

# ---- events
A = d.arg
ev = {}
def elect(key, trig, s, cands, place=None, typ="personnel.elect.unspecified", pol="positive", note="V18", n=1):
    args = [A("candidate", c, sent=cs, head=h, cluster=cl) for (c, cs, h, cl) in cands]
    if place:
        p, ps, ph, pcl = place
        args.append(A("place", p, sent=ps, head=ph, cluster=pcl))
    ev[key] = d.event(trig, typ, sent=s, n=n, args=args, polarity=pol, note=note)
    return ev[key]

NTW = ("this district", 8, "district", "New Territories West")
ev["step0"] = d.event("step", "personnel.endposition.quitretire", sent=0, args=[A("employee", "veteran politicians", sent=0, head="politicians")], note="V3, V18")
ev["elec0"] = d.event("election", "government.vote.unspecified", sent=0, args=[A("place", "Hong Kong", sent=0)], note="V18, E13, V9b")
ev["elec2"] = d.event("election", "government.vote.unspecified", sent=2, args=[A("place", "Hong Kong", sent=2),
    A("voter", "around 2 million voters", sent=2, head="voters")], note="V18, V4 ('was held'), V9b")
ev["step4"] = d.event("stepped", "personnel.endposition.quitretire", sent=4, args=[A("employee", "veteran politicians", sent=4, head="politicians")], note="V3, V18")
elect("el7", "elected", 7, [("nonpartisan pan-democrat Eddie Chu", 7, "Chu", "Eddie Chu")],
      ("the New Territories West geographical constituency", 7, "constituency", "New Territories West"), note="V18, V9f")
elect("el8", "elected", 8, [("localist camp's Cheng Chung-tai of Civic Passion", 8, "Chung-tai", "Cheng Chung-tai"),
      ("pan-democracy camp's Kwok Ka-ki", 8, "Ka-ki", "Kwok Ka-ki"), ("Andrew Wan", 8, "Wan", "Andrew Wan")], NTW, note="V18, V10 (names over 'Other anti-establishment candidates'), G6")
elect("el9", "elected", 9, [("New People Party's Michael Tien", 9, "Tien", "Michael Tien"), ("DAB's Ben Chan", 9, "Chan", "Ben Chan"),
      ("Leung Che-cheung", 9, "Che-cheung", "Leung Che-cheung"), ("FTU's Alice Mak", 9, "Mak", "Alice Mak"),
      ("pro-establishment nonpartisan Junius Ho", 9, "Ho", "Junius Ho")], NTW, note="V18, V9i, V10 (test 5), G6")
elect("def10", "defeated", 10, [], ("this constituency", 10, "constituency", "New Territories West"), typ="personnel.elect.winelection",
      note="V18 (losers fill no role; winner not named in this clause)")
elect("def10b", "defeating", 10, [("Junius Ho", 10, "Ho", "Junius Ho")], ("this constituency", 10, "constituency", "New Territories West"),
      typ="personnel.elect.winelection", note="V18, V9i")
NTE = ("the New Territories East geographical constituency", 13, "constituency", "New Territories East")
elect("el13", "elected", 13, [("pan-democracy camp councillors Alvin Yeung", 13, "Yeung", "Alvin Yeung"),
      ("Fernando Cheung of the Labour Party", 13, "Cheung", "Fernando Cheung"), ("Raymond Chan of People Power", 13, "Chan", "Raymond Chan"),
      ("Leung Kwok-hung of LSD", 13, "Kwok-hung", "Leung Kwok-hung")], NTE, note="V18, V9f, G6 ('from'-PP outside)")
elect("el14", "elected", 14, [("Pan-democrat Lam Cheuk-ting", 14, "Cheuk-ting", "Lam Cheuk-ting"),
      ("localist group Youngspiration's Baggio Leung", 14, "Leung", "Baggio Leung")], NTE, note="V18, V9i, V10 (test 4)")
elect("el15", "elected", 15, [("Elizabeth Quat of DAB", 15, "Quat", "Elizabeth Quat")], ("the constituency", 15, "constituency", "New Territories East"), note="V18, V9h")
elect("el16", "elected", 16, [("Gary Chan of DAB", 16, "Chan", "Gary Chan"), ("Eunice Yung of New People's Party", 16, "Yung", "Eunice Yung")],
      ("this constituency", 16, "constituency", "New Territories East"), note="V18, V9h")
elect("el17", "re-elected", 17, [("Pan-democrat Gary Fan of the Neo Democrats", 17, "Fan", "Gary Fan")],
      ("this constituency", 17, "constituency", "New Territories East"), pol="negative", note="V13, V14, V18 (failed to get re-elected)")
ev["res17"] = d.event("resigned", "personnel.endposition.quitretire", sent=17, args=[
    A("employee", "Pan-democrat Gary Fan of the Neo Democrats", sent=17, head="Fan", cluster="Gary Fan"),
    A("placeofemployment", "his party", sent=17, head="party", cluster="Neo Democrats")], note="V18, V9d")
elect("def17", "defeat", 17, [], None, typ="personnel.elect.winelection", note="V18 (the loser 'its' fills no role)")
HKI = ("the Hong Kong Island geographical constituency", 20, "constituency", "Hong Kong Island")
elect("el20", "re-elected", 20, [("pro-Beijing New People Party's Regina Ip", 20, "Ip", "Regina Ip")], HKI, note="V18, V9f")
elect("el21", "elected", 21, [("FTU's Kwok Wai-keung", 21, "Wai-keung", "Kwok Wai-keung"), ("DAB's Horace Cheung", 21, "Cheung", "Horace Cheung")], HKI,
      note="V18, V9i, uncovered: nominalised 'elected' ('Other pro-Beijing elected') as trigger")
elect("vic22", "victory", 22, [("Demosisto's Nathan Law", 22, "Law", "Nathan Law")], ("the constituency", 22, "constituency", "Hong Kong Island"),
      typ="personnel.elect.winelection", note="V4 ('earned' support), V18, V9h")
elect("el23", "elects", 23, [("Hui Chi-fung", 23, "Chi-fung", "Hui Chi-fung"), ("Tanya Chan of the Civic Party", 23, "Chan", "Tanya Chan")],
      ("the constituency", 22, "constituency", "Hong Kong Island"), note="V18, V9i, uncovered: noun 'elects' as trigger")
ev["lost24"] = d.event("lost", "personnel.endposition.unspecified", sent=24, args=[
    A("employee", "Pan-democrat veteran Cyd Ho", sent=24, head="Ho", cluster="Cyd Ho"),
    A("place", "this constituency", sent=24, head="constituency", cluster="Hong Kong Island")], note="V18 (lost her seat), G6")
KW = ("the Kowloon West geographical constituency", 27, "constituency", "Kowloon West")
elect("el27", "re-elected", 27, [("pro-Beijing councillors Ann Chiang of DAB", 27, "Chiang", "Ann Chiang"), ("Priscilla Leung of BPA", 27, "Leung", "Priscilla Leung"),
      ("pan-democratic councillors Claudia Mo of the Civic Party", 27, "Mo", "Claudia Mo"), ("Wong Pik-wan of the Democratic Party", 27, "Pik-wan", "Wong Pik-wan")], KW,
      note="V18, V9f")
elect("el28", "elected", 28, [("Lau Siu-lai", 28, "Siu-lai", "Lau Siu-lai"), ("Youngspiration's Yau Wai-ching", 28, "Wai-ching", "Yau Wai-ching")],
      ("this constituency", 28, "constituency", "Kowloon West"), note="V18, V10 (names over 'The rest of the candidates')")
elect("def29", "defeated", 29, [("Yau Wai-ching", 29, "Wai-ching", "Yau Wai-ching")], ("this constituency", 28, "constituency", "Kowloon West"),
      typ="personnel.elect.winelection", note="V18, V9i")
KE = ("the Kowloon East geographical constituency", 32, "constituency", "Kowloon East")
elect("el32", "elected", 32, [("pro-Beijing district councillor Wilson Or", 32, "Or", "Wilson Or")], KE, note="V18, V9f")
elect("el33", "re-elected", 33, [("Nonpartisan Paul Tse", 33, "Tse", "Paul Tse"), ("Wong Kwok-kin of the FTU", 33, "Kwok-kin", "Wong Kwok-kin")],
      ("this constituency", 32, "constituency", "Kowloon East"), note="V18, V9i")
elect("el34", "elected", 34, [("Pan-democracy camp councillor Wu Chi-wai of the Democratic Party", 34, "Chi-wai", "Wu Chi-wai")],
      ("this constituency", 32, "constituency", "Kowloon East"), note="V18, V9i")
elect("el35", "elected", 35, [("Civic Party's Jeremy Tam", 35, "Tam", "Jeremy Tam")], ("this district", 36, "district", "Kowloon East"), note="V18, V9i")
elect("def36", "defeated", 36, [], ("this district", 36, "district", "Kowloon East"), typ="personnel.elect.winelection", note="V18 (loser fills no role)")
ev["res36"] = d.event("resigned", "personnel.endposition.quitretire", sent=36, args=[
    A("employee", "Localist group Civic Passion's Wong Yeung-tat", sent=36, head="Yeung-tat", cluster="Wong Yeung-tat"),
    A("placeofemployment", "Civic Passion", sent=36, n=2)], note="V18, V9d")
elect("el40", "elected", 40, [("Leung Yiu-chung of NWSC", 40, "Yiu-chung", "Leung Yiu-chung"), ("James To of the Democratic Party", 40, "To", "James To")],
      None, note="V18, V10 (names over 'Other pan-democrats')")
elect("el41", "elected", 41, [("Pro-Beijing DAB's Starry Lee", 41, "Lee", "Starry Lee"), ("Holden Chow", 41, "Chow", "Holden Chow")], None, note="V18")
elect("def41", "defeated", 41, [("James To", 41, "To", "James To")], None, typ="personnel.elect.winelection", note="V18 (winner = by-agent)")
elect("gain43", "gained", 43, [("the pan-democracy camp", 43, "camp", None)], None, typ="personnel.elect.winelection",
      note="V18, uncovered: 'gained a seat' typed winelection")
elect("def44", "defeated", 44, [("Shiu Ka-chun of the Social Welfare constituency", 44, "Ka-chun", "Shiu Ka-chun")], None, typ="personnel.elect.winelection", note="V18, G6")
ED = ("Edward Yiu of the Architectural, Surveying, Planning and Landscape constituency", 45, "Yiu", "Edward Yiu")
elect("def45", "defeated", 45, [ED], None, typ="personnel.elect.winelection", note="V18, V9h (apposition), V10 (name)")
elect("el45", "elected", 45, [ED], None, note="V18, V9h, V10")
ev["elec46"] = d.event("election", "government.vote.unspecified", sent=46, args=[], note="V18, coref=E2")
ev["elecs46"] = d.event("elections", "government.vote.unspecified", sent=46, args=[], note="V1 (aggregate), V18")
ev["voted46"] = d.event("voted", "government.vote.castvote", sent=46, args=[A("voter", "around 2 million voters", sent=46, head="voters")], note="V18")
ev["cast47"] = d.event("cast", "government.vote.castvote", sent=47, args=[A("ballot", "the last ballot", sent=47, head="ballot"),
    A("place", "a polling station", sent=47, head="station", cluster="taikoo polling station")], note="V18, V9f, G6")
ev["elec48"] = d.event("election", "government.vote.unspecified", sent=48, args=[A("place", "Hong Kong", sent=48)], note="V18, V9f")
ev["prot48"] = d.event("protests", "conflict.demonstrate.marchprotestpoliticalgathering", sent=48, args=[],
    plover="PROTEST", plover_mode="demo", note="V8 (protest trigger), V15 (aggregate: no ACLED), V16, uncovered: PLOVER mode 'demo' for protests")
ev["elec49"] = d.event("election", "government.vote.unspecified", sent=49, args=[], note="V18, coref=E2")
ev["elects49"] = d.event("elects", "personnel.elect.unspecified", sent=49, args=[A("candidate", "70 members of the Legislative Council", sent=49, head="members")],
    note="V18, uncovered: generic statement of what the election elects")

# coref notes by final ids
order = sorted(d.events, key=lambda e: (e.trigger.start, e.trigger.end))
eid = {id(e): f"E{i}" for i, e in enumerate(order, 1)}
def coref(k, head):
    ev[k].note = (ev[k].note or "") + f", coref={eid[id(ev[head])]}"
coref("elec2", "elec0"); coref("step4", "step0")
for k in ("elec46", "elec49"):
    ev[k].note = ev[k].note.replace("coref=E2", f"coref={eid[id(ev['elec0'])]}")
coref("cast47", "voted46") if False else None

# ---- stances: all author
for k, e in ev.items():
    if k == "el17":
        d.fact(e, "CT-", note="ST4 (failed to)")
    else:
        d.fact(e, "CT+", note="ST3, ST4")
d.save()
