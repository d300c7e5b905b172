import sys; sys.path.insert(0, "/work/main/scripts"); sys.path.insert(0, "/work/main/annotations/raw/annotator_i/scripts")
from _k9 import Doc
d = Doc("GUM_news_defector", annotator="annotator_i")
A, R, E = d.arg, d.span, d.ent
DM, SO, MR, CS, KM, TD, SW, LW = "Daniel Montalvo", "Sea Org", "Mark Rathbun", "scientology organization", "Kendrick Moxon", "Tom Devocht", "Steve Whitmore", "LA Weekly"
LA = "Los Angeles"
Q = "personnel.endposition.quitretire"; ARR = "justice.arrestjaildetain.arrestjaildetain"
BCU = "movement.transportperson.bringcarryunload"; SM = "movement.transportperson.selfmotion"
SCI = "E9: religion name (NORP), uncovered: also when it stands for the organisation"

# ---------------- entities
E("Scientology", "NORP", sent=0, note=SCI)
E("Saturday, October 9, 2010", "DATE", sent=1)
E("Scientology", "NORP", sent=2, n=1, note=SCI); E("Sea Org", "ORG", sent=2, cluster=SO, note="E3")
E("California", "GPE", sent=2, cluster="California"); E("Scientology", "NORP", sent=2, n=2)
E("Daniel Montalvo", "PERSON", sent=3, cluster=DM); E("September 2010", "DATE", sent=3)
E("Scientology", "NORP", sent=3); E("Sea Org", "ORG", sent=3, cluster=SO)
E("Montalvo", "PERSON", sent=4, cluster=DM); E("Blown for Good", "WORK_OF_ART", sent=4, cluster="Blown for Good", note="E23")
E("Scientology", "NORP", sent=4); E("Marc Headley", "PERSON", sent=4, cluster="Marc Headley")
E("Mark Rathbun", "PERSON", sent=5, cluster=MR, note="G2 credit")
E("Daniel Montalvo", "PERSON", sent=6, cluster=DM); E("19", "DATE", sent=6, note="E18 age")
E("Scientology", "NORP", sent=6); E("Sea Org", "ORG", sent=6, cluster=SO)
E("US$ 20,000", "MONEY", sent=7, note="E17"); E("Thursday", "DATE", sent=7)
E("Montalvo", "PERSON", sent=8, cluster=DM); E("Scientology", "NORP", sent=8); E("Sea Org", "ORG", sent=8, cluster=SO)
E("Sea Org", "ORG", sent=9, cluster=SO); E("L. Ron Hubbard", "PERSON", sent=9, cluster="L. Ron Hubbard", note="E5")
E("Sea Org", "ORG", sent=10, cluster=SO)
E("Montalvo", "PERSON", sent=11, cluster=DM); E("Scientology", "NORP", sent=11)
E("Freedom Magazine", "ORG", sent=11, cluster="Freedom Magazine", note="E12 periodical")
E("Tom Devocht", "PERSON", sent=11, cluster=TD); E("Mark Rathbun", "PERSON", sent=11, cluster=MR)
E("Montalvo", "PERSON", sent=12, cluster=DM); E("Devocht", "PERSON", sent=12, cluster=TD)
E("Freedom", "ORG", sent=12, cluster="Freedom Magazine", note="E13, E14")
E("Montalvo", "PERSON", sent=13, cluster=DM); E("Scientology", "NORP", sent=13); E("Rathbun", "PERSON", sent=13, cluster=MR)
E("Montalvo", "PERSON", sent=14, cluster=DM); E("Scientology", "NORP", sent=14); E("Devocht", "PERSON", sent=14, cluster=TD)
E("Florida", "GPE", sent=15, cluster="Florida"); E("Devocht", "PERSON", sent=15, cluster=TD); E("Montalvo", "PERSON", sent=15, cluster=DM)
E("Rathbun", "PERSON", sent=16, cluster=MR); E("Scientology", "NORP", sent=16); E("Montalvo", "PERSON", sent=16, cluster=DM)
E("Sea Org", "ORG", sent=16, cluster=SO)
E("Scientology", "NORP", sent=17)
E("Scientology", "NORP", sent=18, n=1); E("Montalvo", "PERSON", sent=18, cluster=DM); E("Scientology", "NORP", sent=18, n=2)
E("Kendrick Moxon", "PERSON", sent=18, cluster=KM)
E("Rathbun", "PERSON", sent=19, cluster=MR); E("Moxon", "PERSON", sent=19, n=1, cluster=KM)
E("Daniel", "PERSON", sent=19, n=1, cluster=DM); E("19 year old", "DATE", sent=19, note="E18 age")
E("three", "CARDINAL", sent=19); E("Daniel", "PERSON", sent=19, n=2, cluster=DM); E("Moxon", "PERSON", sent=19, n=2, cluster=KM)
E("Scientology", "NORP", sent=20, n=1); E("Scientology", "NORP", sent=20, n=2)
E("E-meter", "PRODUCT", sent=20, cluster="E-meter", note="E23 named device")
E("Rathbun", "PERSON", sent=21, cluster=MR); E("Los Angeles", "GPE", sent=21, cluster=LA, note="E2 (lower-case office)")
E("Scientology", "NORP", sent=21); E("Montalvo", "PERSON", sent=21, cluster=DM)
E("Rathbun", "PERSON", sent=22, cluster=MR)
E("Daniel", "PERSON", sent=23, cluster=DM)
E("Century City Towers", "FAC", sent=24, cluster="Century City Towers", note="E3, E10")
E("33rd", "ORDINAL", sent=25); E("two hours", "TIME", sent=25, note="E19")
E("Rathbun", "PERSON", sent=26, cluster=MR); E("Scientology", "NORP", sent=26, n=1); E("Scientology", "NORP", sent=26, n=2)
E("Daniel", "PERSON", sent=26, cluster=DM); E("the next 30 hours", "TIME", sent=26, note="E3, E19")
E("Steve Whitmore", "PERSON", sent=27, cluster=SW); E("LA", "GPE", sent=27, n=1, cluster=LA)
E("LA Weekly", "ORG", sent=27, cluster=LW, note="E12"); E("Montalvo", "PERSON", sent=27, cluster=DM)
E("Whitmore", "PERSON", sent=28, cluster=SW); E("Montalvo", "PERSON", sent=28, cluster=DM)
E("Scientology", "NORP", sent=28, note="G4 hyphenated compound part"); E("Los Angeles", "GPE", sent=28, cluster=LA)
E("September 24", "DATE", sent=28)
E("September 29", "DATE", sent=29); E("Scientology", "NORP", sent=29)
E("East Los Angeles", "GPE", sent=29, cluster="East Los Angeles"); E("Montalvo", "PERSON", sent=29, cluster=DM)
E("Whitmore", "PERSON", sent=30, cluster=SW); E("LA Weekly", "ORG", sent=30, cluster=LW); E("October 6", "DATE", sent=30)
E("Florida", "GPE", sent=30, cluster="Florida"); E("Montalvo", "PERSON", sent=30, cluster=DM)
E("East L.A.", "GPE", sent=30, cluster="East Los Angeles", note="E14")
E("Whitmore", "PERSON", sent=31, cluster=SW); E("LA Weekly", "ORG", sent=31, cluster=LW)
E("five", "CARDINAL", sent=31); E("$ 200", "MONEY", sent=31, note="E17")
E("Montalvo", "PERSON", sent=32, cluster=DM); E("Scientology", "NORP", sent=32)
E("Tiziano Lugli", "PERSON", sent=32, cluster="Tiziano Lugli", note="E5"); E("Jason Beghe", "PERSON", sent=32, cluster="Jason Beghe", note="E5")
E("Rathbun", "PERSON", sent=33, cluster=MR); E("Montalvo", "PERSON", sent=33, cluster=DM)
E("Montalvo", "PERSON", sent=34, cluster=DM); E("three", "CARDINAL", sent=34)

# ---------------- events
# title
e0a = d.event("arrested", ARR, sent=0, args=[A("detainee", "Scientology defector", sent=0, head="defector")],
              acled="Arrests", plover="COERCE", plover_mode="arrest", note="V18, V15, V16, G2")
d.fact(e0a, "CT+", note="ST3 title")
e0l = d.event("leave", Q, sent=0, args=[A("employee", "Scientology defector", sent=0, head="defector"),
              A("placeofemployment", "organization", sent=0)],
              note="V8, uncovered: leaving a (religious) organisation as quitretire; attempting = aspect of an event that happened (defector)")
d.fact(e0l, "CT+", note="ST3 title")
# s2 Recent reports revealed
rep = lambda: d.holder("Recent reports", sent=2)
rev = R("revealed", sent=2)
DEF = lambda: A("recipient", "a defector from the elite group", sent=2, head="defector", cluster=DM)
e2p = d.event("persuaded", "contact.requestadvise.unspecified", sent=2, args=[
    DEF(), A("topic", "to travel back to a management building for the organization in California", sent=2, head="travel")],
    note="V17a (persuading = request/advice), G6")
d.fact(e2p, "CT+", holder=rep(), cue=rev, note="ST2 revealed")
e2t = d.event("travel", SM, sent=2, args=[
    A("transporter", "a defector from the elite group", sent=2, head="defector", cluster=DM),
    A("destination", "a management building for the organization", sent=2, head="building")],
    note="V8; persuaded implies it happened")
d.fact(e2t, "CT+", holder=rep(), cue=rev)
e2i = d.event("interrogated", "justice.investigate.unspecified", sent=2, args=[
    A("defendant", "he", sent=2, cluster=DM), A("investigator", "an attorney for Scientology", sent=2, head="attorney", cluster=KM),
    A("place", "a management building for the organization", sent=2, head="building")],
    note="V18 courts and police, V9e (where), K4 (the attorney is Moxon, s18)")
d.fact(e2i, "CT+", holder=rep(), cue=rev)
e2a = d.event("arrested", ARR, sent=2, args=[A("detainee", "he", sent=2, cluster=DM)],
              acled="Arrests", plover="COERCE", plover_mode="arrest", note="coref=E1")
d.fact(e2a, "CT+", holder=rep(), cue=rev)
# captions
e3l = d.event("left", Q, sent=3, args=[A("employee", "Daniel Montalvo", sent=3),
              A("placeofemployment", "the elite group", sent=3, head="group", cluster=SO)], note="G2 caption, V8, coref=E2")
d.fact(e3l, "CT+")
e4w = d.event("written", "manufacture.artifact.createintellectualproperty", sent=4, args=[
    A("artifact", "a copy of the book Blown for Good", sent=4, head="copy", cluster="Blown for Good"),
    A("manufacturer", "Marc Headley", sent=4)], note="V18 creating a work, G6, G7")
d.fact(e4w, "CT+")
# s6-s8
e6a = d.event("arrested", ARR, sent=6, args=[A("detainee", "Daniel Montalvo", sent=6)],
              acled="Arrests", plover="COERCE", plover_mode="arrest", note="coref=E1")
d.fact(e6a, "CT+")
e6l = d.event("leaving", Q, sent=6, args=[A("employee", "Daniel Montalvo", sent=6),
              A("placeofemployment", "its elite group", sent=6, head="group", cluster=SO)], note="V9d, G6 apposition outside, coref=E2")
d.fact(e6l, "CT+")
e7r = d.event("released", "justice.releaseparole.releaseparole", sent=7, args=[A("released", "He", sent=7, cluster=DM)],
              plover="RETREAT", plover_mode="release", note="V18, V16")
d.fact(e7r, "CT+")
e8c = d.event("charged", "justice.initiatejudicialprocess.chargeindict", sent=8, args=[
    A("defendant", "Montalvo", sent=8),
    A("crime", "taking hard drives and a zip drive from the Scientology organization after leaving the Sea Org group", sent=8, head="taking")],
    note="V18; no PLOVER row for a charge (V16)")
d.fact(e8c, "CT+")
e8t = d.event("taking", "genericcrime.genericcrime.genericcrime", sent=8, args=[
    A("perpetrator", "Montalvo", sent=8), A("victim", "the Scientology organization", sent=8, head="organization", cluster=CS)],
    modality="other", note="V18 theft without violence, uncovered: an event named as a charge treated as not asserted")
d.fact(e8t, "Uu", note="uncovered: charged with = allegation, author uncommitted")
e8l = d.event("leaving", Q, sent=8, args=[A("employee", "Montalvo", sent=8),
              A("placeofemployment", "the Sea Org group", sent=8, head="group", cluster=SO)], note="coref=E2")
d.fact(e8l, "CT+")
e9c = d.event("billion-year-contract", "government.agreements.acceptagreementcontractceasefire", sent=9, args=[
    A("participant", "The Sea Org", sent=9, head="Org", cluster=SO)],
    modality="other", note="V5 (agreement noun, one hyphenated word G4), V14 demand (requires); members generic (K10)")
d.fact(e9c, "Uu", note="ST4 demanded")
# s12 lies; s13 written
e12 = d.event("lies", "contact.prevarication.unspecified", sent=12, args=[
    A("communicator", "the Freedom article", sent=12, head="article"), A("topic", "the claims made about him", sent=12, head="claims")],
    note="V17 prevarication (text says the claims were false)")
d.fact(e12, "CT+", holder=d.holder("Montalvo", sent=12), cue=R("came to the conclusion", sent=12), note="ST2 finding predicate")
e13 = d.event("written", "manufacture.artifact.createintellectualproperty", sent=13, args=[
    A("artifact", "a blog", sent=13, cluster="rathbun blog"), A("manufacturer", "Rathbun", sent=13)], note="V18")
d.fact(e13, "CT+")
# s14-15
e14c = d.event("contacted", "contact.discussion.unspecified", sent=14, args=[
    A("participant", "Montalvo", sent=14), A("participant", "former members of Scientology", sent=14, head="members")],
    note="V17a (schema speech act), V8")
d.fact(e14c, "CT+")
e14l = d.event("leave", Q, sent=14, args=[A("employee", "him", sent=14, cluster=DM),
               A("placeofemployment", "the organization", sent=14, head="organization", cluster=CS)], note="coref=E2")
d.fact(e14l, "CT+")
e14t = d.event("touch", "contact.discussion.unspecified", sent=14, args=[
    A("participant", "him", sent=14, cluster=DM), A("participant", "Devocht", sent=14)],
    note="V3 (get in touch: the noun carries the event), V8")
d.fact(e14t, "CT+")
e15t = d.event("traveled", SM, sent=15, args=[A("transporter", "He", sent=15, cluster=DM), A("destination", "Florida", sent=15)])
d.fact(e15t, "CT+")
e15m = d.event("meet", "contact.discussion.meet", sent=15, args=[
    A("participant", "He", sent=15, cluster=DM), A("participant", "Devocht", sent=15)], modality="other", note="V14 purpose")
d.fact(e15m, "Uu", note="ST4 purpose")
e15p = d.event("told", "contact.commitmentpromiseexpressintent.unspecified", sent=15, args=[
    A("communicator", "Devocht", sent=15), A("recipient", "Montalvo", sent=15),
    A("topic", "he would assist him with future employment and housing", sent=15, head="assist")],
    plover="AGREE", note="V17a (told introduces the speaker's own promise), V9e, ST10")
d.fact(e15p, "CT+")
# s16-17
rb16 = lambda: d.holder("Rathbun", sent=16)
e16r = d.event("returned", "movement.transportartifact.sendsupplyexport", sent=16, args=[
    A("artifact", "the Scientology property", sent=16, head="property", cluster="scientology property"),
    A("destination", "the organization", sent=16, head="organization", cluster=CS),
    A("transporter", "Montalvo", sent=16)], note="V8, G6 (in question outside)")
d.fact(e16r, "CT+", holder=rb16(), cue=R("According to", sent=16))
e16l = d.event("left", Q, sent=16, args=[A("employee", "he", sent=16, cluster=DM),
               A("placeofemployment", "the Sea Org", sent=16, head="Org", cluster=SO)], note="coref=E2")
d.fact(e16l, "CT+", holder=rb16(), cue=R("According to", sent=16))
e17 = d.event("received", "movement.transportartifact.receiveimport", sent=17, args=[
    A("destination", "they", sent=17, cluster="scientology officials (s17)"),
    A("artifact", "the materials", sent=17, cluster="scientology property")],
    polarity="negative", note="V13, V14 (negated, asserted)")
d.fact(e17, "CT-", holder=d.holder("Scientology officials", sent=17, cluster="scientology officials (s17)"),
       cue=R("stated", sent=17), note="ST4")
# s18
e18c = d.event("calling", "contact.discussion.correspondence", sent=18, args=[
    A("participant", "Montalvo", sent=18), A("participant", "the Scientology organization", sent=18, head="organization", cluster=CS)],
    note="V8 (.correspondence: by phone), V9d")
d.fact(e18c, "CT+")
e18s = d.event("speak", "contact.discussion.correspondence", sent=18, args=[
    A("participant", "Montalvo", sent=18), A("participant", "his mother", sent=18, head="mother")],
    modality="other", note="V14 attempt/purpose, V9d")
d.fact(e18s, "Uu", note="ST4 attempted")
d.attitude(d.holder("Montalvo", sent=18), e18s, "FAVOR", cue=R("attempt", sent=18), note="ST5 attempt, ST6 controller")
# s19 Rathbun wrote
rb19 = lambda: d.holder("Rathbun", sent=19)
wr = R("wrote", sent=19)
mox = lambda: d.holder("Moxon", sent=19, n=1)
e19l = d.event("lie", "contact.prevarication.unspecified", sent=19, args=[
    A("communicator", "Moxon", sent=19, n=1), A("recipient", "Daniel", sent=19, n=1),
    A("topic", "that the hard drives were never returned", sent=19, head="returned")],
    note="V17 prevarication (text says false)")
d.fact(e19l, "CT+", holder=rb19(), cue=wr)
e19r = d.event("returned", "movement.transportartifact.sendsupplyexport", sent=19, args=[
    A("artifact", "the hard drives", sent=19, head="drives", cluster="scientology property")],
    polarity="negative", note="V13 (as Moxon states it), coref=E24")
d.fact(e19r, "CT-", holder=mox(), cue=R("lie", sent=19), note="ST2, ST3 inner source")
d.fact(e19r, "CT+", holder=rb19(), cue=wr, note="ST3 outer source: Rathbun calls the denial a lie")
e19c = d.event("case", "contact.threatencoerce.unspecified", sent=19, args=[
    A("communicator", "Moxon", sent=19, n=1), A("recipient", "Daniel", sent=19, n=1),
    A("topic", "that Daniel would be put behind iron bars for a good long time, UNLESS of course, he returned and cooperated with Moxon and routed out properly", sent=19, head="put")],
    plover="THREATEN", note="V4 (made = support), V17a threat, uncovered: 'made a convincing case that ... UNLESS' read as a threat")
d.fact(e19c, "CT+", holder=rb19(), cue=wr)
e19p = d.event("put", ARR, sent=19, args=[A("detainee", "Daniel", sent=19, n=2, cluster=DM)],
               modality="other", note="V14 threat + condition, uncovered: 'put behind iron bars' as jailing")
d.fact(e19p, "Uu", holder=mox(), cue=R("case", sent=19), note="ST4 threat")
d.fact(e19p, "Uu", holder=rb19(), cue=wr, note="ST3")
e19rt = d.event("returned", SM, sent=19, n=2, args=[A("transporter", "he", sent=19, cluster=DM)],
                modality="other", note="V14 condition")
d.fact(e19rt, "Uu", holder=mox(), cue=R("case", sent=19))
d.fact(e19rt, "Uu", holder=rb19(), cue=wr)
e19co = d.event("cooperated", "contact.collaborate.unspecified", sent=19, args=[
    A("participant", "he", sent=19, cluster=DM), A("participant", "Moxon", sent=19, n=2)], modality="other", note="V8, V14 condition")
d.fact(e19co, "Uu", holder=mox(), cue=R("case", sent=19))
d.fact(e19co, "Uu", holder=rb19(), cue=wr)
e19ro = d.event("routed", Q, sent=19, args=[A("employee", "he", sent=19, cluster=DM)], modality="other",
                note="V14 condition, uncovered: 'route out' (formal exit, s20) as quitretire")
d.fact(e19ro, "Uu", holder=mox(), cue=R("case", sent=19))
d.fact(e19ro, "Uu", holder=rb19(), cue=wr)
# s21
rb21 = lambda: d.holder("Rathbun", sent=21)
acc21 = R("According to", sent=21)
DET = "a detective for the Los Angeles Sheriff's office"
e21p = d.event("provided", "transaction.transferownership.giftgrantprovideaid", sent=21, args=[
    A("recipient", DET, sent=21, head="detective", cluster="la sheriff detective"),
    A("artifact", "material", sent=21)], note="V8, V18 (gifts), G6")
d.fact(e21p, "CT+", holder=rb21(), cue=acc21)
e21b = d.event("case", "justice.investigate.investigatecrime", sent=21, args=[
    A("investigator", DET, sent=21, head="detective", cluster="la sheriff detective"),
    A("defendant", "Montalvo", sent=21)], modality="other", note="V4 (build = support), V14 purpose, V18")
d.fact(e21b, "Uu", holder=rb21(), cue=acc21, note="ST4 purpose")
# s23-s26 Rathbun stated
rb22 = lambda: d.holder("Rathbun", sent=22)
st22 = R("stated", sent=22)
e23 = d.event("picked", BCU, sent=23, args=[
    A("passenger", "Daniel", sent=23), A("transporter", "an investigator", sent=23, head="investigator"),
    A("vehicle", "a black car", sent=23, head="car")], note="V3 (up outside), V8")
d.fact(e23, "CT+", holder=rb22(), cue=st22, note="ST2 quotation across sentences")
e24a = d.event("taken", BCU, sent=24, n=1, args=[A("passenger", "he", sent=24, n=1, cluster=DM),
               A("destination", "a hotel", sent=24, head="hotel")], polarity="negative",
               note="V13 (instead of: did not happen), V14")
d.fact(e24a, "CT-", holder=rb22(), cue=st22)
e24ro = d.event("route", Q, sent=24, args=[A("employee", "he", sent=24, n=2, cluster=DM)], modality="other",
                note="V14 modal (could), uncovered: route out as quitretire")
d.fact(e24ro, "Uu", holder=rb22(), cue=st22)
e24pr = d.event("promised", "contact.commitmentpromiseexpressintent.unspecified", sent=24, plover="AGREE",
                note="V17a promise; promiser implied")
d.fact(e24pr, "CT+", holder=rb22(), cue=st22)
e24b = d.event("taken", BCU, sent=24, n=2, args=[A("passenger", "he", sent=24, n=3, cluster=DM),
               A("destination", "the Century City Towers", sent=24, head="Towers", cluster="Century City Towers")],
               note="coref=E38")
d.fact(e24b, "CT+", holder=rb22(), cue=st22)
e25d = d.event("deposited", BCU, sent=25, args=[A("passenger", "He", sent=25, cluster=DM),
               A("destination", "an office on the 33rd floor", sent=25, head="office")], note="V8, V12, uncovered: 'on the 33rd floor' kept as the office's identifying place phrase (G6 c analogue)")
d.fact(e25d, "CT+", holder=rb22(), cue=st22)
e25i = d.event("interrogated", "justice.investigate.unspecified", sent=25, args=[
    A("investigator", "a pricy church lawyer", sent=25, head="lawyer", cluster=KM),
    A("defendant", "him", sent=25, cluster=DM), A("place", "an office on the 33rd floor", sent=25, head="office")],
    note="V9e (where), coref=E5")
d.fact(e25i, "CT+", holder=rb22(), cue=st22)
# s27-31 Whitmore
wh27 = lambda: d.holder("Steve Whitmore", sent=27)
tl27 = R("told LA Weekly", sent=27)
e27s = d.event("statement", "contact.mediastatement.unspecified", sent=27, args=[A("communicator", "Steve Whitmore", sent=27)],
               note="V17b (statement), recipient is the media outlet: none (V17); ST10")
d.fact(e27s, "CT+")
e27c = d.event("charges", "justice.initiatejudicialprocess.chargeindict", sent=27, args=[
    A("defendant", "Montalvo", sent=27), A("crime", "grand theft", sent=27, head="theft")], note="V18, V9h")
d.fact(e27c, "CT+", holder=wh27(), cue=tl27)
e27t = d.event("theft", "genericcrime.genericcrime.genericcrime", sent=27, args=[A("perpetrator", "Montalvo", sent=27)],
               modality="other", note="V18, uncovered: charged crime not asserted")
d.fact(e27t, "Uu", holder=wh27(), cue=tl27)
e28 = d.event("left", Q, sent=28, args=[A("employee", "Montalvo", sent=28),
              A("placeofemployment", "Scientology-related employment", sent=28, head="employment"),
              A("place", "Los Angeles", sent=28)], note="V9f, coref=E2")
d.fact(e28, "CT+", holder=d.holder("Whitmore", sent=28), cue=R("stated", sent=28))
e29g = d.event("went", SM, sent=29, args=[
    A("transporter", "Scientology officials", sent=29, head="officials", cluster="scientology officials (s29)"),
    A("destination", "the East Los Angeles sheriff's station", sent=29, head="station", cluster="east la sheriff station")])
d.fact(e29g, "CT+")
e29l = d.event("left", Q, sent=29, args=[A("employee", "Montalvo", sent=29),
               A("placeofemployment", "the organization", sent=29, head="organization", cluster=SO)],
               note="V8, coref=E2; allegedly: hedge inside the claim")
d.fact(e29l, "PR+", holder=d.holder("they", sent=29, cluster="scientology officials (s29)"), cue=R("claimed", sent=29),
       note="ST2, uncovered: 'allegedly' inside the claim read as PR+")
wh30 = lambda: d.holder("Whitmore", sent=30)
tl30 = R("told LA Weekly", sent=30)
e30t = d.event("traveling", SM, sent=30, args=[A("transporter", "Montalvo", sent=30), A("origin", "Florida", sent=30)], note="V9d")
d.fact(e30t, "CT+", holder=wh30(), cue=tl30)
e30w = d.event("walked", SM, sent=30, args=[A("transporter", "Montalvo", sent=30),
               A("destination", "lobby of the East L.A. station", sent=30, head="lobby")],
               note="K7 (the lobby is a part of the station: no cluster)")
d.fact(e30w, "CT+", holder=wh30(), cue=tl30)
e30tu = d.event("turned", ARR, sent=30, args=[A("detainee", "himself", sent=30, cluster=DM)],
                note="V3 (in outside), uncovered: turning oneself in as detention")
d.fact(e30tu, "CT+", holder=wh30(), cue=tl30)
e31 = d.event("crime", "genericcrime.genericcrime.genericcrime", sent=31, modality="other",
              note="V18, uncovered: alleged crime not asserted")
d.fact(e31, "Uu", holder=d.holder("Whitmore", sent=31), cue=R("stated to LA Weekly", sent=31), note="ST4 alleged")
# s32-34
e32 = d.event("assisted", "transaction.transaction.giftgrantprovideaid", sent=32, args=[
    A("beneficiary", "Montalvo", sent=32), A("giver", "former members of Scientology", sent=32, head="members")],
    note="V8, uncovered: help as aid")
d.fact(e32, "CT+")
e33r = d.event("requested", "contact.requestadvise.unspecified", sent=33, args=[
    A("communicator", "Rathbun", sent=33), A("topic", "donations", sent=33)], plover="REQUEST", note="V17a, V12")
d.fact(e33r, "CT+")
e33d = d.event("donations", "transaction.transfermoney.giftgrantprovideaid", sent=33, args=[
    A("beneficiary", "Montalvo", sent=33)], modality="other", note="V14 request")
d.fact(e33d, "Uu", note="ST4 requested")
d.attitude(d.holder("Rathbun", sent=33), e33d, "FAVOR", cue=R("requested", sent=33), note="ST5 request")
e33s = d.event("statement", "contact.mediastatement.broadcast", sent=33, args=[A("communicator", "Rathbun", sent=33)],
               note="V17b, V8 (blog = website)")
d.fact(e33s, "CT+")
he34 = lambda: d.holder("He", sent=34, cluster=MR)
e34l = d.event("Leaving", Q, sent=34, args=[A("employee", "Montalvo", sent=34)], note="coref=E2")
d.fact(e34l, "CT+", holder=he34(), cue=R("described", sent=34), note="ST2")
e34f = d.event("frame", "contact.prevarication.unspecified", sent=34, args=[
    A("recipient", "three guys", sent=34, head="guys")],
    polarity="negative", note="V13 (refusing), uncovered: framing people (false accusation) as prevarication; no attitude: no holder span (ST6)")
d.fact(e34f, "CT-", holder=he34(), cue=R("described", sent=34))
d.save()
