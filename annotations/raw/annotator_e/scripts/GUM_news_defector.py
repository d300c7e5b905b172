import sys; sys.path.insert(0, "/work/main/annotations/raw/annotator_e/scripts")
from kit_e import Doc
d = Doc("GUM_news_defector", annotator="annotator_e")
E, A, S = d.ent, d.arg, d.span
DM, SO, MR, TD, LA, KM, SW, LW = ("Daniel Montalvo", "Sea Org", "Mark Rathbun", "Tom Devocht", "Los Angeles",
                                  "Kendrick Moxon", "Steve Whitmore", "LA Weekly")
SC = "scientology organization"
NS = "E9 (religion name, NORP by word form)"
ARR = "justice.arrestjaildetain.arrestjaildetain"
QUIT = "personnel.endposition.quitretire"
SM = "movement.transportperson.selfmotion"
BRING = "movement.transportperson.bringcarryunload"
INV = "justice.investigate.unspecified"

# ---- entities
E("Scientology", "NORP", sent=0, note=NS)
E("Saturday, October 9, 2010", "DATE", sent=1, note="E18")
E("Scientology", "NORP", sent=2, n=1, note=NS)
E("Sea Org", "ORG", sent=2, cluster=SO, note="E3")
E("first", "ORDINAL", sent=2, note="E16")
E("California", "GPE", sent=2, cluster="California")
E("Scientology", "NORP", sent=2, n=2, note=NS)
E("Daniel Montalvo", "PERSON", sent=3, cluster=DM)
E("September 2010", "DATE", sent=3)
E("Scientology", "NORP", sent=3, note=NS)
E("Sea Org", "ORG", sent=3, cluster=SO)
E("Montalvo", "PERSON", sent=4, cluster=DM)
E("Blown for Good", "WORK_OF_ART", sent=4, cluster="Blown for Good", note="E23")
E("Scientology", "NORP", sent=4, note=NS)
E("Marc Headley", "PERSON", sent=4, cluster="Marc Headley")
E("Mark Rathbun", "PERSON", sent=5, cluster=MR, note="G2 credit")
E("Daniel Montalvo", "PERSON", sent=6, cluster=DM)
E("19", "DATE", sent=6, note="Appendix A (age)")
E("Scientology", "NORP", sent=6, note=NS)
E("Sea Org", "ORG", sent=6, cluster=SO)
E("US$ 20,000", "MONEY", sent=7, note="E17")
E("Thursday", "DATE", sent=7)
E("Montalvo", "PERSON", sent=8, cluster=DM)
E("Scientology", "NORP", sent=8, note=NS)
E("Sea Org", "ORG", sent=8, cluster=SO)
E("Sea Org", "ORG", sent=9, cluster=SO)
E("L. Ron Hubbard", "PERSON", sent=9, cluster="L. Ron Hubbard", note="E5")
E("Sea Org", "ORG", sent=10, cluster=SO)
E("Montalvo", "PERSON", sent=11, cluster=DM)
E("Scientology", "NORP", sent=11, note=NS)
E("Freedom Magazine", "ORG", sent=11, cluster="Freedom Magazine", note="E12")
E("Tom Devocht", "PERSON", sent=11, cluster=TD)
E("Mark Rathbun", "PERSON", sent=11, cluster=MR)
E("Montalvo", "PERSON", sent=12, cluster=DM)
E("Devocht", "PERSON", sent=12, cluster=TD)
E("Freedom", "ORG", sent=12, cluster="Freedom Magazine", note="E13, E14")
E("Montalvo", "PERSON", sent=13, cluster=DM)
E("Scientology", "NORP", sent=13, note=NS)
E("Rathbun", "PERSON", sent=13, cluster=MR)
E("Montalvo", "PERSON", sent=14, cluster=DM)
E("Scientology", "NORP", sent=14, note=NS)
E("Devocht", "PERSON", sent=14, cluster=TD)
E("Florida", "GPE", sent=15, cluster="Florida")
E("Devocht", "PERSON", sent=15, cluster=TD)
E("Montalvo", "PERSON", sent=15, cluster=DM)
E("Rathbun", "PERSON", sent=16, cluster=MR)
E("Scientology", "NORP", sent=16, note=NS)
E("Montalvo", "PERSON", sent=16, cluster=DM)
E("Sea Org", "ORG", sent=16, cluster=SO)
E("Scientology", "NORP", sent=17, note=NS)
E("Scientology", "NORP", sent=18, n=1, note=NS)
E("Montalvo", "PERSON", sent=18, cluster=DM)
E("Scientology", "NORP", sent=18, n=2, note=NS)
E("Kendrick Moxon", "PERSON", sent=18, cluster=KM)
E("Rathbun", "PERSON", sent=19, cluster=MR)
E("Moxon", "PERSON", sent=19, n=1, cluster=KM)
E("Daniel", "PERSON", sent=19, n=1, cluster=DM)
E("19 year old", "DATE", sent=19, note="Appendix A (age)")
E("Daniel", "PERSON", sent=19, n=2, cluster=DM)
E("three", "CARDINAL", sent=19)
E("Moxon", "PERSON", sent=19, n=2, cluster=KM)
E("Scientology", "NORP", sent=20, n=1, note=NS)
E("Scientology", "NORP", sent=20, n=2, note=NS)
E("E-meter", "PRODUCT", sent=20, cluster="E-meter", note="E23")
E("Rathbun", "PERSON", sent=21, cluster=MR)
E("Los Angeles", "GPE", sent=21, cluster=LA, note="E2 (lower-case office), E13")
E("Scientology", "NORP", sent=21, note=NS)
E("Montalvo", "PERSON", sent=21, cluster=DM)
E("Rathbun", "PERSON", sent=22, cluster=MR)
E("Daniel", "PERSON", sent=23, cluster=DM)
E("Century City Towers", "FAC", sent=24, cluster="Century City Towers", note="E3, E10")
E("33rd", "ORDINAL", sent=25)
E("two hours", "TIME", sent=25, note="E19")
E("Rathbun", "PERSON", sent=26, cluster=MR)
E("Scientology", "NORP", sent=26, n=1, note=NS)
E("Scientology", "NORP", sent=26, n=2, note=NS)
E("Daniel", "PERSON", sent=26, cluster=DM)
E("the next 30 hours", "TIME", sent=26, note="E3, E19")
E("Steve Whitmore", "PERSON", sent=27, cluster=SW)
E("LA", "GPE", sent=27, n=1, cluster=LA, note="E13")
E("LA Weekly", "ORG", sent=27, cluster=LW, note="E12")
E("Montalvo", "PERSON", sent=27, cluster=DM)
E("Whitmore", "PERSON", sent=28, cluster=SW)
E("Montalvo", "PERSON", sent=28, cluster=DM)
E("Scientology", "NORP", sent=28, note="G4, " + NS)
E("Los Angeles", "GPE", sent=28, cluster=LA)
E("September 24", "DATE", sent=28)
E("September 29", "DATE", sent=29)
E("Scientology", "NORP", sent=29, note=NS)
E("East Los Angeles", "GPE", sent=29, cluster="East Los Angeles")
E("Montalvo", "PERSON", sent=29, cluster=DM)
E("Whitmore", "PERSON", sent=30, cluster=SW)
E("LA Weekly", "ORG", sent=30, cluster=LW)
E("October 6", "DATE", sent=30)
E("Florida", "GPE", sent=30, cluster="Florida")
E("Montalvo", "PERSON", sent=30, cluster=DM)
E("East L.A.", "GPE", sent=30, cluster="East Los Angeles", note="E14")
E("Whitmore", "PERSON", sent=31, cluster=SW)
E("LA Weekly", "ORG", sent=31, cluster=LW)
E("five", "CARDINAL", sent=31)
E("$ 200", "MONEY", sent=31, note="E17")
E("Montalvo", "PERSON", sent=32, cluster=DM)
E("Scientology", "NORP", sent=32, note=NS)
E("Tiziano Lugli", "PERSON", sent=32, cluster="Tiziano Lugli", note="E5")
E("Jason Beghe", "PERSON", sent=32, cluster="Jason Beghe", note="E5")
E("Rathbun", "PERSON", sent=33, cluster=MR)
E("Montalvo", "PERSON", sent=33, cluster=DM)
E("Montalvo", "PERSON", sent=34, cluster=DM)
E("three", "CARDINAL", sent=34)

PROP = "returned scientology property"
# ---- events
# s0 title
t_arr = d.event("arrested", ARR, sent=0, args=[A("detainee", "Scientology defector", sent=0, head="defector", cluster=DM)],
                acled="Arrests", plover="COERCE", plover_mode="arrest", note="V18, V15, V16")
t_leave = d.event("leave", QUIT, sent=0, args=[
    A("employee", "Scientology defector", sent=0, head="defector", cluster=DM),
    A("placeofemployment", "organization", sent=0, cluster=SC)], modality="other",
    note="V14 attempt; uncovered: leaving a religious organisation's staff typed quitretire (V18 positions row)")
d.fact(t_arr, "CT+", note="ST3 title"); d.fact(t_leave, "Uu", note="ST4 tried")
d.attitude(d.holder("Scientology defector", sent=0, cluster=DM), t_leave, "FAVOR", cue=S("attempting", sent=0), note="ST5")
# s2
rep = d.holder("Recent reports", sent=2); rev = S("revealed", sent=2)
DEF = "a defector from the elite group within Scientology"
trav2 = d.event("travel", SM, sent=2, args=[
    A("transporter", DEF, sent=2, head="defector", cluster=DM),
    A("destination", "a management building", sent=2, head="building", cluster="management building")],
    note="V8, G6")
int2 = d.event("interrogated", INV, sent=2, args=[
    A("defendant", "he", sent=2, cluster=DM),
    A("investigator", "an attorney for Scientology", sent=2, head="attorney"),
    A("place", "a management building", sent=2, head="building", cluster="management building")], note="V9e, V18")
arr2 = d.event("arrested", ARR, sent=2, args=[
    A("detainee", "he", sent=2, cluster=DM),
    A("place", "a management building", sent=2, head="building", cluster="management building")],
    acled="Arrests", plover="COERCE", plover_mode="arrest", note="V9e, coref=E1")
for ev in (trav2, int2, arr2):
    d.fact(ev, "CT+", holder=rep, cue=rev, note="ST2 (revealed: factive)")
# s3 caption
left3 = d.event("left", QUIT, sent=3, args=[
    A("employee", "Daniel Montalvo", sent=3),
    A("placeofemployment", "the elite group within Scientology", sent=3, head="group", cluster=SO)],
    note="G2 caption, V18, coref=E2")
d.fact(left3, "CT+")
# s4 caption
wr4 = d.event("written", "manufacture.artifact.createintellectualproperty", sent=4, args=[
    A("manufacturer", "Marc Headley", sent=4),
    A("artifact", "the book Blown for Good", sent=4, head="book", cluster="Blown for Good")], note="V18 culture")
d.fact(wr4, "CT+")
# s6-s8
arr6 = d.event("arrested", ARR, sent=6, args=[A("detainee", "Daniel Montalvo", sent=6)],
               acled="Arrests", plover="COERCE", plover_mode="arrest", note="coref=E1")
lv6 = d.event("leaving", QUIT, sent=6, args=[
    A("employee", "Daniel Montalvo", sent=6),
    A("placeofemployment", "its elite group", sent=6, head="group", cluster=SO)], note="G6 apposition outside, coref=E2")
rel = d.event("released", "justice.releaseparole.releaseparole", sent=7, args=[A("released", "He", sent=7, cluster=DM)],
              plover="RETREAT", plover_mode="release", note="V18, V16")
ch = d.event("charged", "justice.initiatejudicialprocess.chargeindict", sent=8, args=[
    A("defendant", "Montalvo", sent=8),
    A("crime", "taking hard drives and a zip drive from the Scientology organization", sent=8, head="taking")],
    note="V18")
tk = d.event("taking", "genericcrime.genericcrime.genericcrime", sent=8, args=[
    A("perpetrator", "Montalvo", sent=8),
    A("victim", "the Scientology organization", sent=8, head="organization", cluster=SC)],
    note="V18 (theft without violence)")
lv8 = d.event("leaving", QUIT, sent=8, args=[
    A("employee", "Montalvo", sent=8),
    A("placeofemployment", "the Sea Org group", sent=8, head="group", cluster=SO)], note="coref=E2")
for ev in (arr6, lv6, rel, ch, lv8):
    d.fact(ev, "CT+")
d.fact(tk, "Uu", note="uncovered: event only alleged by a charge; author Uu (nearest ST4)")
# s12-s15
lies = d.event("lies", "contact.prevarication.unspecified", sent=12, note="V17 (statement said to be false)")
d.fact(lies, "CT+", holder=d.holder("Montalvo", sent=12), cue=S("came to the conclusion", sent=12), note="ST2 finding")
wr13 = d.event("written", "manufacture.artifact.createintellectualproperty", sent=13, args=[
    A("manufacturer", "Rathbun", sent=13), A("artifact", "a blog", sent=13, head="blog", cluster="rathbun blog")],
    note="V18 culture")
d.fact(wr13, "CT+")
ct14 = d.event("contacted", "contact.discussion.unspecified", sent=14, args=[
    A("participant", "Montalvo", sent=14),
    A("participant", "former members of Scientology", sent=14, head="members", cluster="former scientology members")],
    note="uncovered: contacting people (no negotiation) typed contact.discussion")
lv14 = d.event("leave", QUIT, sent=14, args=[
    A("employee", "him", sent=14, cluster=DM),
    A("placeofemployment", "the organization", sent=14, head="organization", cluster=SC)], note="coref=E2")
tr15 = d.event("traveled", SM, sent=15, args=[A("transporter", "He", sent=15, cluster=DM),
                                              A("destination", "Florida", sent=15)])
mt15 = d.event("meet", "contact.discussion.meet", sent=15, args=[
    A("participant", "He", sent=15, cluster=DM), A("participant", "Devocht", sent=15)],
    modality="other", note="V14 purpose; uncovered: meeting typed contact.discussion.meet")
for ev in (ct14, lv14, tr15):
    d.fact(ev, "CT+")
d.fact(mt15, "Uu", note="ST4 purpose")
# s16-s17
rb16 = d.holder("Rathbun", sent=16); acc16 = S("According to", sent=16)
ret16 = d.event("returned", "movement.transportartifact.sendsupplyexport", sent=16, args=[
    A("artifact", "the Scientology property", sent=16, head="property", cluster=PROP),
    A("destination", "the organization", sent=16, head="organization", cluster=SC),
    A("transporter", "Montalvo", sent=16)],
    note="uncovered: returning property by mail typed sendsupplyexport (nearest movement type)")
lv16 = d.event("left", QUIT, sent=16, args=[A("employee", "he", sent=16, cluster=DM),
                                            A("placeofemployment", "the Sea Org", sent=16, head="Org")], note="coref=E2")
d.fact(ret16, "CT+", holder=rb16, cue=acc16); d.fact(lv16, "CT+", holder=rb16, cue=acc16)
rcv = d.event("received", "movement.transportartifact.receiveimport", sent=17, args=[
    A("destination", "they", sent=17, cluster="scientology officials (s17)"),
    A("artifact", "the materials", sent=17, head="materials", cluster=PROP)], polarity="negative",
    note="V13, V14 (denied: asserted)")
d.fact(rcv, "CT-", holder=d.holder("Scientology officials", sent=17, cluster="scientology officials (s17)"),
       cue=S("stated", sent=17))
# s18
call = d.event("calling", "contact.discussion.correspondence", sent=18, args=[
    A("participant", "Montalvo", sent=18),
    A("participant", "the Scientology organization", sent=18, head="organization", cluster=SC)],
    note="V8 .correspondence (phone)")
spk = d.event("speak", "contact.discussion.correspondence", sent=18, args=[
    A("participant", "Montalvo", sent=18), A("participant", "his mother", sent=18, head="mother")],
    modality="other", note="V14 attempt")
d.fact(call, "CT+"); d.fact(spk, "Uu", note="ST4 tried")
d.attitude(d.holder("Montalvo", sent=18), spk, "FAVOR", cue=S("attempt", sent=18), note="ST5")
# s19 Rathbun quote
rb19 = d.holder("Rathbun", sent=19); wr19 = S("wrote", sent=19)
lie = d.event("lie", "contact.prevarication.unspecified", sent=19, args=[
    A("communicator", "Moxon", sent=19, n=1),
    A("recipient", "Daniel", sent=19, n=1),
    A("topic", "that the hard drives were never returned", sent=19, head="returned")], note="V17")
ret19 = d.event("returned", "movement.transportartifact.sendsupplyexport", sent=19, n=1, args=[
    A("artifact", "the hard drives", sent=19, head="drives", cluster=PROP)], polarity="negative",
    note="V13, coref=E20")
jail = d.event("put", ARR, sent=19, args=[A("detainee", "Daniel", sent=19, n=2)], modality="other",
               note="V14 condition / threat")
ret19b = d.event("returned", SM, sent=19, n=2, args=[A("transporter", "he", sent=19, cluster=DM)], modality="other",
                 note="V14 condition")
rout = d.event("routed", QUIT, sent=19, args=[A("employee", "he", sent=19, cluster=DM)], modality="other",
               note="V14 condition; route out = leave the organisation")
d.fact(lie, "CT+", holder=rb19, cue=wr19)
d.fact(ret19, "CT-", holder=d.holder("Moxon", sent=19, n=1), cue=S("lie", sent=19), note="ST3 inner source")
d.fact(ret19, "CT+", holder=rb19, cue=wr19, note="ST3 outer source: the claim is called a lie")
for ev in (jail, ret19b, rout):
    d.fact(ev, "Uu", holder=rb19, cue=wr19, note="ST4 condition")
# s20 definition
lv20 = d.event("leave", QUIT, sent=20, modality="other", note="V14 wish; generic member (K10), no role")
d.fact(lv20, "Uu")
# s21
rb21 = d.holder("Rathbun", sent=21); acc21 = S("According to", sent=21)
prov = d.event("provided", "transaction.transferownership.giftgrantprovideaid", sent=21, args=[
    A("recipient", "a detective for the Los Angeles Sheriff's office", sent=21, head="detective", cluster="sheriff's detective"),
    A("artifact", "material", sent=21)], note="V18 gifts row")
case = d.event("case", "justice.investigate.investigatecrime", sent=21, args=[
    A("investigator", "a detective for the Los Angeles Sheriff's office", sent=21, head="detective", cluster="sheriff's detective"),
    A("defendant", "Montalvo", sent=21)], modality="other",
    note="V14 purpose; uncovered: 'build a case' typed investigatecrime")
d.fact(prov, "CT+", holder=rb21, cue=acc21); d.fact(case, "Uu", holder=rb21, cue=acc21)
# s23-s25 Rathbun quote
rb22 = d.holder("Rathbun", sent=22); st22 = S("stated", sent=22)
pick = d.event("picked", BRING, sent=23, args=[
    A("passenger", "Daniel", sent=23), A("transporter", "an investigator", sent=23, head="investigator"),
    A("vehicle", "a black car", sent=23, head="car")], note="V3 (particle outside)")
tk24a = d.event("taken", BRING, sent=24, n=1, args=[
    A("passenger", "he", sent=24, n=2, cluster=DM), A("destination", "a hotel", sent=24, head="hotel")],
    polarity="negative", note="V13 ('instead of': did not happen), V9 i")
rt24 = d.event("route", QUIT, sent=24, args=[A("employee", "he", sent=24, n=1, cluster=DM)], modality="other",
               note="V14 modal 'could'")
prm = d.event("promised", "contact.commitmentpromiseexpressintent.unspecified", sent=24, note="V17a")
tk24b = d.event("taken", BRING, sent=24, n=2, args=[
    A("passenger", "he", sent=24, n=2, cluster=DM),
    A("destination", "the Century City Towers", sent=24, head="Towers")], note="V9")
dep = d.event("deposited", BRING, sent=25, args=[
    A("passenger", "He", sent=25, cluster=DM), A("destination", "an office", sent=25, head="office")])
int25 = d.event("interrogated", INV, sent=25, args=[
    A("investigator", "a pricy church lawyer", sent=25, head="lawyer"),
    A("defendant", "him", sent=25, cluster=DM), A("place", "an office", sent=25, head="office")], note="V9e")
for ev in (pick, prm, tk24b, dep, int25):
    d.fact(ev, "CT+", holder=rb22, cue=st22, note="ST2 quotation continues")
d.fact(tk24a, "CT-", holder=rb22, cue=st22)
d.fact(rt24, "PS+", holder=rb22, cue=st22)
# s27-s31 Whitmore
stm = d.event("statement", "contact.mediastatement.unspecified", sent=27, args=[
    A("communicator", "Steve Whitmore", sent=27), A("recipient", "LA Weekly", sent=27)],
    note="V17b, uncovered: recipient = the outlet addressed by 'told' (V17 excludes only outlets as such)")
d.fact(stm, "CT+")
sw27 = d.holder("Steve Whitmore", sent=27); tl27 = S("told LA Weekly", sent=27)
chg = d.event("charges", "justice.initiatejudicialprocess.chargeindict", sent=27, args=[
    A("crime", "grand theft", sent=27, head="theft")], note="V18")
d.fact(chg, "CT+", holder=sw27, cue=tl27)
lv28 = d.event("left", QUIT, sent=28, args=[
    A("employee", "Montalvo", sent=28), A("place", "Los Angeles", sent=28)], note="coref=E2")
d.fact(lv28, "CT+", holder=d.holder("Whitmore", sent=28), cue=S("stated", sent=28))
went = d.event("went", SM, sent=29, args=[
    A("transporter", "Scientology officials", sent=29, head="officials", cluster="scientology officials (s29)"),
    A("destination", "the East Los Angeles sheriff's station", sent=29, head="station", cluster="east la sheriff's station")])
d.fact(went, "CT+")
lv29 = d.event("left", QUIT, sent=29, args=[
    A("employee", "Montalvo", sent=29),
    A("placeofemployment", "the organization", sent=29, head="organization", cluster=SC)], note="coref=E2")
d.fact(lv29, "CT+", holder=d.holder("they", sent=29, cluster="scientology officials (s29)"), cue=S("claimed", sent=29))
sw30 = d.holder("Whitmore", sent=30); tl30 = S("told LA Weekly", sent=30)
tr30 = d.event("traveling", SM, sent=30, args=[A("transporter", "Montalvo", sent=30), A("origin", "Florida", sent=30)],
               note="V9d")
wk = d.event("walked", SM, sent=30, args=[A("transporter", "Montalvo", sent=30),
                                          A("destination", "lobby of the East L.A. station", sent=30, head="lobby",
                                            cluster=None)])
tin = d.event("turned", ARR, sent=30, args=[A("detainee", "himself", sent=30, cluster=DM)],
              note="uncovered: turning oneself in to police typed arrestjaildetain (the detainee surrenders)")
for ev in (tr30, wk, tin):
    d.fact(ev, "CT+", holder=sw30, cue=tl30)
crime = d.event("crime", "genericcrime.genericcrime.genericcrime", sent=31, note="V18; 'alleged'")
d.fact(crime, "Uu", holder=d.holder("Whitmore", sent=31), cue=S("stated to LA Weekly", sent=31), note="ST4 alleged")
# s33-s34
req = d.event("requested", "contact.requestadvise.unspecified", sent=33, args=[
    A("communicator", "Rathbun", sent=33), A("topic", "donations", sent=33)], note="V17a")
don = d.event("donations", "transaction.transfermoney.giftgrantprovideaid", sent=33, modality="other", note="V14 request")
stm33 = d.event("statement", "contact.mediastatement.broadcast", sent=33, args=[A("communicator", "Rathbun", sent=33)],
                note="V17b (blog = website)")
d.fact(req, "CT+"); d.fact(don, "Uu", note="ST4 requested"); d.fact(stm33, "CT+")
d.attitude(d.holder("Rathbun", sent=33), don, "FAVOR", cue=S("requested", sent=33), note="ST5")
lv34 = d.event("Leaving", QUIT, sent=34, args=[A("employee", "Montalvo", sent=34)], note="coref=E2")
d.fact(lv34, "CT+", holder=d.holder("He", sent=34, cluster=MR), cue=S("described", sent=34), note="uncovered: 'described' as SIP")
d.save()
