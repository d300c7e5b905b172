import sys; sys.path.insert(0, "/work/main/annotations/raw/annotator_g/scripts")
from gkit import Doc
d = Doc("GUM_news_election", annotator="annotator_g")
NPP = "New People's Party"
FC = "uncovered: a named functional (non-geographic) constituency typed ORG"
ORGS = {"Civic Passion", "Civic Party", "Democratic Party", "DAB", "FTU", "Labour Party", "ADPL", "People Power", "LSD",
        "Youngspiration", "Neo Democrats", "Demosisto", "BPA", "Proletariat Political Institute", "NWSC",
        "Legislative Council", "New People Party", "New People's Party", "NPP"}
GPES = {"Hong Kong", "Beijing", "New Territories West", "New Territories East", "Hong Kong Island", "Kowloon West",
        "Kowloon East", "Taikoo"}
E = [  # (sent, text, label-or-None, n, note)
    (0, "Hong Kong", None, 1, "E13"),
    (1, "Friday, September 9, 2016", "DATE", 1, "E18"),
    (2, "Hong Kong", None, 1, "E13, E23"), (2, "Sunday", "DATE", 1, None),
    (2, "around 2 million", "CARDINAL", 1, "E15"), (2, "58%", "PERCENT", 1, "E21"),
    (3, "a third", "CARDINAL", 1, "E15, uncovered: fraction as CARDINAL"),
    (4, "Beijing", None, 1, "G4"),
    (7, "New Territories West", None, 1, "E6"), (7, "pan-democrat", "NORP", 1, "E9, uncovered: 'pan-democrat' as political-group NORP"),
    (7, "Eddie Chu", "PERSON", 1, None), (7, "84,121", "CARDINAL", 1, "E15"),
    (6, "Eddie Chu", "PERSON", 1, "G2 caption"),
    (8, "Cheng Chung-tai", "PERSON", 1, None), (8, "Civic Passion", None, 1, None),
    (8, "Kwok Ka-ki", "PERSON", 1, None), (8, "Andrew Wan", "PERSON", 1, None),
    (8, "Civic Party", None, 1, "E12"), (8, "Democratic Party", None, 1, "E3"),
    (9, "Beijing", None, 1, "G4"), (9, "New People Party", None, 1, "E4, E14"), (9, "Michael Tien", "PERSON", 1, None),
    (9, "DAB", None, 1, "E4"), (9, "Ben Chan", "PERSON", 1, None), (9, "Leung Che-cheung", "PERSON", 1, None),
    (9, "FTU", None, 1, "E4"), (9, "Alice Mak", "PERSON", 1, None), (9, "Junius Ho", "PERSON", 1, None),
    (10, "Two", "CARDINAL", 1, None), (10, "pan-democratic", "NORP", 1, "E9, uncovered (as pan-democrat)"),
    (10, "Lee Cheuk-yan", "PERSON", 1, None), (10, "Labour Party", None, 1, "E3"),
    (10, "Frederick Fung", "PERSON", 1, None), (10, "ADPL", None, 1, None),
    (10, "Junius Ho", "PERSON", 1, None), (10, "Lee Cheuk-yan", "PERSON", 2, None),
    (10, "around five thousand", "CARDINAL", 1, "E15, E22"),
    (11, "Michael Tien", "PERSON", 1, "G2 caption"), (11, "NPP", None, 1, "E14"),
    (12, "DAB", None, 1, None), (12, "Elizabeth Quat", "PERSON", 1, None),
    (13, "New Territories East", None, 1, "E6"), (13, "Alvin Yeung", "PERSON", 1, None),
    (13, "Civic Party", None, 1, "E3"), (13, "Fernando Cheung", "PERSON", 1, None), (13, "Labour Party", None, 1, None),
    (13, "Raymond Chan", "PERSON", 1, None), (13, "People Power", None, 1, None),
    (13, "Leung Kwok-hung", "PERSON", 1, None), (13, "LSD", None, 1, None),
    (14, "Pan-democrat", "NORP", 1, "E9, uncovered (as pan-democrat)"), (14, "Lam Cheuk-ting", "PERSON", 1, None),
    (14, "Democratic Party", None, 1, None), (14, "Youngspiration", None, 1, "E4"), (14, "Baggio Leung", "PERSON", 1, None),
    (15, "Beijing", None, 1, "G4, E3"), (15, "Elizabeth Quat", "PERSON", 1, None), (15, "DAB", None, 1, None),
    (15, "58,825", "CARDINAL", 1, "E15"),
    (16, "Beijing", None, 1, "G4"), (16, "Gary Chan", "PERSON", 1, None), (16, "DAB", None, 1, None),
    (16, "Eunice Yung", "PERSON", 1, None), (16, "New People's Party", None, 1, "E14"),
    (17, "Pan-democrat", "NORP", 1, "E9, uncovered"), (17, "Gary Fan", "PERSON", 1, None),
    (17, "Neo Democrats", None, 1, "E3"),
    (18, "Alvin Yeung", "PERSON", 1, None), (18, "Civic Party", None, 1, None),
    (19, "New People Party", None, 1, "E4, E14"), (19, "Regina Ip", "PERSON", 1, None),
    (20, "Hong Kong Island", None, 1, "E6"), (20, "Beijing", None, 1, "G4"), (20, "New People Party", None, 1, "E4, E14"),
    (20, "Regina Ip", "PERSON", 1, None), (20, "60,760", "CARDINAL", 1, None),
    (21, "Beijing", None, 1, "G4"), (21, "FTU", None, 1, None), (21, "Kwok Wai-keung", "PERSON", 1, None),
    (21, "DAB", None, 1, None), (21, "Horace Cheung", "PERSON", 1, None),
    (22, "Demosisto", None, 1, "E4"), (22, "Nathan Law", "PERSON", 1, None), (22, "second", "ORDINAL", 1, "E16"),
    (22, "50,818", "CARDINAL", 1, None), (22, "Legislative Council", None, 1, "E12"), (22, "Hong Kong", None, 1, "E4"),
    (23, "two", "CARDINAL", 1, None), (23, "Hui Chi-fung", "PERSON", 1, None), (23, "Democratic Party", None, 1, None),
    (23, "Tanya Chan", "PERSON", 1, None), (23, "Civic Party", None, 1, None),
    (24, "Pan-democrat", "NORP", 1, "E9, uncovered"), (24, "Cyd Ho", "PERSON", 1, "E5"), (24, "Labour Party", None, 1, None),
    (25, "Nathan Law", "PERSON", 1, None), (25, "Demosisto", None, 1, None),
    (26, "Ann Chiang", "PERSON", 1, None), (26, "DAB", None, 1, None),
    (27, "Kowloon West", None, 1, "E6"), (27, "Beijing", None, 1, "G4"), (27, "Ann Chiang", "PERSON", 1, None),
    (27, "DAB", None, 1, None), (27, "Priscilla Leung", "PERSON", 1, None), (27, "BPA", None, 1, None),
    (27, "pan-democratic", "NORP", 1, "E9, uncovered"), (27, "Claudia Mo", "PERSON", 1, None), (27, "Civic Party", None, 1, None),
    (27, "Wong Pik-wan", "PERSON", 1, None), (27, "Democratic Party", None, 1, None),
    (28, "Lau Siu-lai", "PERSON", 1, None), (28, "Youngspiration", None, 1, None), (28, "Yau Wai-ching", "PERSON", 1, None),
    (29, "Yau Wai-ching", "PERSON", 1, None), (29, "Raymond Wong", "PERSON", 1, "E5"),
    (29, "Proletariat Political Institute", None, 1, "E3"), (29, "424", "CARDINAL", 1, "E22"),
    (30, "Claudia Mo", "PERSON", 1, None), (30, "Civic Party", None, 1, None),
    (31, "Wong Kwok-kin", "PERSON", 1, None), (31, "FTU", None, 1, None),
    (32, "Kowloon East", None, 1, "E6"), (32, "Beijing", None, 1, "G4"), (32, "Wilson Or", "PERSON", 1, "E5"),
    (32, "51,516", "CARDINAL", 1, None),
    (33, "Paul Tse", "PERSON", 1, None), (33, "Wong Kwok-kin", "PERSON", 1, None), (33, "FTU", None, 1, "E3"),
    (34, "Wu Chi-wai", "PERSON", 1, None), (34, "Democratic Party", None, 1, None),
    (35, "Civic Party", None, 1, "E4"), (35, "Jeremy Tam", "PERSON", 1, None), (35, "first", "ORDINAL", 1, "E16"),
    (36, "Civic Passion", None, 1, "E4"), (36, "Wong Yeung-tat", "PERSON", 1, None), (36, "Civic Passion", None, 2, None),
    (37, "Wu Chi-wai", "PERSON", 1, None), (37, "Democratic Party", None, 1, None),
    (38, "Leung Yiu-chung", "PERSON", 1, None), (38, "NWSC", None, 1, None), (38, "2008", "DATE", 1, "G2 caption"),
    (39, "District Council (Second)", "ORG", 1, "E6, G4, " + FC + "; the bracketed part belongs to the name"),
    (39, "Super District Council", "ORG", 1, FC),
    (39, "Kwong Chun-yu", "PERSON", 1, None), (39, "Democratic Party", None, 1, None),
    (39, "491,667", "CARDINAL", 1, None),
    (40, "pan-democrats", "NORP", 1, "E4, E9, uncovered"), (40, "Leung Yiu-chung", "PERSON", 1, None), (40, "NWSC", None, 1, None),
    (40, "James To", "PERSON", 1, None), (40, "Democratic Party", None, 1, None),
    (41, "Beijing", None, 1, "G4"), (41, "DAB", None, 1, None), (41, "Starry Lee", "PERSON", 1, None),
    (41, "Holden Chow", "PERSON", 1, None), (41, "Beijing", None, 2, "G4"), (41, "Wong Kwok-hing", "PERSON", 1, "E5"),
    (41, "FTU", None, 1, None), (41, "10,694", "CARDINAL", 1, "E22"), (41, "James To", "PERSON", 1, None),
    (42, "DAB", None, 1, None), (42, "Starry Lee", "PERSON", 1, None), (42, "2015", "DATE", 1, None),
    (43, "Beijing", None, 1, "G4"),
    (44, "Shiu Ka-chun", "PERSON", 1, None), (44, "Social Welfare", "ORG", 1, "E6, " + FC),
    (44, "pan-democrats", "NORP", 1, "E4, E9, uncovered"), (44, "9", "CARDINAL", 1, "E22"), (44, "10", "CARDINAL", 1, "E22"),
    (45, "Edward Yiu", "PERSON", 1, None),
    (45, "Architectural, Surveying, Planning and Landscape", "ORG", 1, "E6, " + FC),
    (46, "Legislative Council", None, 1, "E23 (lower-case 'elections' no EVENT)"),
    (46, "around 2 million", "CARDINAL", 1, "E15"), (46, "58%", "PERCENT", 1, "E21"),
    (47, "Taikoo", None, 1, "E9"), (47, "Hong Kong Island", None, 1, "E6"), (47, "22:30", "TIME", 1, "E19"),
    (47, "2:30 the next day", "TIME", 1, "E19"), (47, "four hours", "TIME", 1, "E19"),
    (48, "Hong Kong", None, 1, None), (48, "2014", "DATE", 1, "E23"),
    (49, "70", "CARDINAL", 1, None), (49, "Legislative Council", None, 1, None),
]
CL = {"New People Party": NPP, "NPP": NPP, "New People's Party": NPP, "Super District Council": "District Council (Second)"}
for sent, text, label, n, note in E:
    if label is None:
        label = "ORG" if text in ORGS else "GPE"
    cluster = None
    if label in ("PERSON", "ORG", "GPE", "LOC", "FAC"):
        cluster = CL.get(text, text)
    d.ent(text, label, sent=sent, n=n, cluster=cluster, note=note)

# ---- events
VOTE, ELECT, WIN = "government.vote.unspecified", "personnel.elect.unspecified", "personnel.elect.winelection"
A = d.arg
def P(role, text, sent, head, cluster, n=1):
    return A(role, text, sent=sent, n=n, head=head, cluster=cluster)
NTW = lambda s, t="the New Territories West geographical constituency", h="constituency": P("place", t, s, h, "New Territories West")
NTE = lambda s, t="the New Territories East geographical constituency", h="constituency": P("place", t, s, h, "New Territories East")
HKI = lambda s, t="the Hong Kong Island geographical constituency", h="constituency": P("place", t, s, h, "Hong Kong Island")
KW = lambda s, t="the Kowloon West geographical constituency", h="constituency": P("place", t, s, h, "Kowloon West")
KE = lambda s, t="the Kowloon East geographical constituency", h="constituency": P("place", t, s, h, "Kowloon East")
DC = lambda s, t, h="constituency": P("place", t, s, h, "District Council (Second)")
def C(text, sent, head, cluster=None, n=1):
    return P("candidate", text, sent, head, cluster or text.split(" of ")[0].split("'s ")[-1], n)

evs = []
def ev(trig, typ, sent, args=(), n=1, **kw):
    e = d.event(trig, typ, sent=sent, n=n, args=list(args), **kw)
    evs.append(e)
    return e

e_step0 = ev("step", "personnel.endposition.quitretire", 0, [A("employee", "veteran politicians", sent=0)],
             note="V3 (step down), V18")
e_el0 = ev("election", VOTE, 0, [A("place", "Hong Kong", sent=0)], note="V18, V9b, E13")
ev("election", VOTE, 2, [A("place", "Hong Kong", sent=2), A("voter", "around 2 million voters", sent=2, head="voters")],
   note="V4 (held), V18, V9b, G7a, coref=E2")
ev("stepped", "personnel.endposition.quitretire", 4, [A("employee", "veteran politicians", sent=4)],
   note="V18, coref=E1")
ev("elected", ELECT, 7, [C("nonpartisan pan-democrat Eddie Chu", 7, "Chu", "Eddie Chu"), NTW(7)], note="V18, V9f, E6")
ev("elected", ELECT, 8, [C("localist camp's Cheng Chung-tai of Civic Passion", 8, "Chung-tai", "Cheng Chung-tai"),
                         C("pan-democracy camp's Kwok Ka-ki", 8, "Ka-ki", "Kwok Ka-ki"),
                         C("Andrew Wan of respectively Civic Party and the Democratic Party", 8, "Wan", "Andrew Wan"),
                         P("place", "this district", 8, "district", "New Territories West")],
   note="V18, V9e, G6 (of-phrase), G7; the subject set 'Other anti-establishment candidates' (K7) not used")
ev("elected", ELECT, 9, [C("New People Party's Michael Tien", 9, "Tien", "Michael Tien"),
                         C("DAB's Ben Chan", 9, "Chan", "Ben Chan"),
                         C("Leung Che-cheung", 9, "Che-cheung"),
                         C("FTU's Alice Mak", 9, "Mak", "Alice Mak"),
                         C("pro-establishment nonpartisan Junius Ho", 9, "Ho", "Junius Ho"), NTW(7)],
   note="V18, V9i, V10")
ev("defeated", WIN, 10, [P("place", "this constituency", 10, "constituency", "New Territories West")],
   note="V18 (loser fills no role: Lee Cheuk-yan, Frederick Fung)")
ev("defeating", WIN, 10, [C("Junius Ho", 10, "Ho"), P("place", "this constituency", 10, "constituency", "New Territories West")],
   note="V18, V9i")
ev("elected", ELECT, 13, [C("pan-democracy camp councillors Alvin Yeung", 13, "Yeung", "Alvin Yeung"),
                          C("Fernando Cheung of the Labour Party", 13, "Cheung", "Fernando Cheung"),
                          C("Raymond Chan of People Power", 13, "Chan", "Raymond Chan"),
                          C("Leung Kwok-hung of LSD", 13, "Kwok-hung", "Leung Kwok-hung"), NTE(13)],
   note="V18, G6 ('from the Civic Party' outside), V9f")
ev("elected", ELECT, 14, [C("Pan-democrat Lam Cheuk-ting", 14, "Cheuk-ting", "Lam Cheuk-ting"),
                          C("localist group Youngspiration's Baggio Leung", 14, "Leung", "Baggio Leung"), NTE(13)],
   note="V18, V9i")
ev("elected", ELECT, 15, [C("Elizabeth Quat of DAB", 15, "Quat", "Elizabeth Quat"),
                          P("place", "the constituency", 15, "constituency", "New Territories East")], note="V18, V9h, V10")
ev("elected", ELECT, 16, [C("Gary Chan of DAB", 16, "Chan", "Gary Chan"),
                          C("Eunice Yung of New People's Party", 16, "Yung", "Eunice Yung"),
                          P("place", "this constituency", 16, "constituency", "New Territories East")], note="V18, V9e")
e_reel17 = ev("re-elected", ELECT, 17, [C("Pan-democrat Gary Fan of the Neo Democrats", 17, "Fan", "Gary Fan"),
                                        P("place", "this constituency", 17, "constituency", "New Territories East")],
              polarity="negative", note="V13, V14 (failed to: negative, asserted), V18")
ev("resigned", "personnel.endposition.quitretire", 17, [A("employee", "Pan-democrat Gary Fan of the Neo Democrats", sent=17, head="Fan", cluster="Gary Fan"),
                                                        P("placeofemployment", "his party", 17, "party", NPP if False else "Neo Democrats")],
   note="V18, K3")
ev("election", VOTE, 17, [], note="V18, coref=E2")
ev("defeat", WIN, 17, [], note="V18 (the party is the loser: no role)")
ev("re-elected", ELECT, 20, [C("pro-Beijing New People Party's Regina Ip", 20, "Ip", "Regina Ip"), HKI(20)], note="V18, V9f")
ev("elected", ELECT, 21, [C("FTU's Kwok Wai-keung", 21, "Wai-keung", "Kwok Wai-keung"),
                          C("DAB's Horace Cheung", 21, "Cheung", "Horace Cheung"), HKI(20)],
   note="V18 (nominal use 'pro-Beijing elected'), V9i")
ev("victory", WIN, 22, [C("Demosisto's Nathan Law", 22, "Law", "Nathan Law"),
                        P("place", "the constituency", 22, "constituency", "Hong Kong Island")], note="V4 (earned), V18")
ev("lost", "personnel.endposition.unspecified", 24, [A("employee", "Pan-democrat veteran Cyd Ho", sent=24, head="Ho", cluster="Cyd Ho"),
                                                     P("place", "this constituency", 24, "constituency", "Hong Kong Island")],
   note="V18 (lost her seat)")
ev("re-elected", ELECT, 27, [C("pro-Beijing councillors Ann Chiang of DAB", 27, "Chiang", "Ann Chiang"),
                             C("Priscilla Leung of BPA", 27, "Leung", "Priscilla Leung"),
                             C("pan-democratic councillors Claudia Mo of the Civic Party", 27, "Mo", "Claudia Mo"),
                             C("Wong Pik-wan of the Democratic Party", 27, "Pik-wan", "Wong Pik-wan"), KW(27)],
   note="V18, G6, V9f")
ev("elected", ELECT, 28, [C("Lau Siu-lai", 28, "Siu-lai"), C("Youngspiration's Yau Wai-ching", 28, "Wai-ching", "Yau Wai-ching"),
                          P("place", "this constituency", 28, "constituency", "Kowloon West")], note="V18, V9e")
ev("defeated", WIN, 29, [C("Yau Wai-ching", 29, "Wai-ching"), KW(27)], note="V18 (loser Raymond Wong fills no role), V9i, V10")
ev("elected", ELECT, 32, [C("pro-Beijing district councillor Wilson Or", 32, "Or", "Wilson Or"), KE(32)], note="V18, V9f")
ev("re-elected", ELECT, 33, [C("Nonpartisan Paul Tse", 33, "Tse", "Paul Tse"), C("Wong Kwok-kin of the FTU", 33, "Kwok-kin", "Wong Kwok-kin"), KE(32)],
   note="V18, V9i")
ev("elected", ELECT, 34, [C("Pan-democracy camp councillor Wu Chi-wai of the Democratic Party", 34, "Chi-wai", "Wu Chi-wai"), KE(32)],
   note="V18, V9i")
ev("elected", ELECT, 35, [C("Civic Party's Jeremy Tam", 35, "Tam", "Jeremy Tam"),
                          P("place", "this district", 36, "district", "Kowloon East")], note="V18, V9i")
ev("defeated", WIN, 36, [P("place", "this district", 36, "district", "Kowloon East")], note="V18 (loser fills no role)")
ev("resigned", "personnel.endposition.quitretire", 36, [
    A("employee", "Localist group Civic Passion's Wong Yeung-tat", sent=36, head="Yeung-tat", cluster="Wong Yeung-tat"),
    A("placeofemployment", "Civic Passion", sent=36, n=2)], note="V18")
ev("elected", ELECT, 40, [C("Leung Yiu-chung of NWSC", 40, "Yiu-chung", "Leung Yiu-chung"),
                          C("James To of the Democratic Party", 40, "To", "James To"),
                          DC(39, "the District Council (Second) functional constituency")], note="V18, V9i")
ev("elected", ELECT, 41, [C("Pro-Beijing DAB's Starry Lee", 41, "Lee", "Starry Lee"), C("Holden Chow", 41, "Chow"),
                          DC(41, "this constituency")], note="V18, V9f")
ev("defeated", WIN, 41, [C("James To", 41, "To"), DC(41, "this constituency")],
   note="V18 (winner = candidate; loser Wong Kwok-hing no role)")
ev("gained", WIN, 43, [A("candidate", "the pan-democracy camp", sent=43, head="camp")],
   note="V18, uncovered: 'gained a seat' as winelection; camp as candidate")
ev("defeated", WIN, 44, [C("Shiu Ka-chun of the Social Welfare constituency", 44, "Ka-chun", "Shiu Ka-chun")], note="V18")
ev("defeated", WIN, 45, [C("Edward Yiu of the Architectural, Surveying, Planning and Landscape constituency", 45, "Yiu", "Edward Yiu")],
   note="V18, V9h (apposition), V10 (name before nominal)")
ev("elected", ELECT, 45, [C("Edward Yiu of the Architectural, Surveying, Planning and Landscape constituency", 45, "Yiu", "Edward Yiu")],
   note="V18, V9h, V10")
ev("election", VOTE, 46, [], note="V18, coref=E2")
ev("elections", VOTE, 46, [A("place", "Legislative Council", sent=46, n=1)] if False else [], note="V18 (plural/aggregate, V1)")
ev("voted", "government.vote.castvote", 46, [A("voter", "around 2 million voters", sent=46, head="voters")], note="V18, G7a")
ev("cast", "government.vote.castvote", 47, [A("ballot", "the last ballot", sent=47),
                                             A("place", "a polling station", sent=47, cluster="taikoo polling station")],
   note="V18, V9f, G6, K3")
ev("election", VOTE, 48, [A("place", "Hong Kong", sent=48)], note="V18, V9f")
ev("protests", "conflict.demonstrate.unspecified", 48, [], plover="PROTEST",
   note="V8 (protest trigger), V15 (aggregate: no ACLED), V16")
ev("elects", ELECT, 49, [A("candidate", "70 members of the Legislative Council", sent=49, head="members")], note="V18, G7a")
ev("election", VOTE, 49, [], note="V18, coref=E2")

# ---- stances: author on everything
for e in evs:
    if e is e_reel17:
        d.fact(e, "CT-", note="ST4 (failed to)")
    else:
        d.fact(e, "CT+", note="ST3, ST4")
d.save()
