import sys; sys.path.insert(0, "/work/main/annotations/raw/annotator_e/scripts")
from kit_e import Doc
d = Doc("GUM_news_korea", annotator="annotator_e")
E, A, S = d.ent, d.arg, d.span
ATT = "conflict.attack.unspecified"
BC = "contact.mediastatement.broadcast"
NK, SK, KPA, KC = "North Korea", "South Korea", "Korean People's Army", "Korean Central News Agency"
SHELL = "Shelling/artillery/missile attack"

# ---- entities
E("North Korea", "GPE", sent=0, cluster=NK, note="E9, E20, PA1")
E("Friday, August 21, 2015", "DATE", sent=1, note="E18")
E("Yonhap", "ORG", sent=2, cluster="Yonhap", note="E12")
E("North Korea", "GPE", sent=2, cluster=NK, note="E4")
E("Korean Central News Agency", "ORG", sent=2, cluster=KC, note="E8")
E("KCNA", "ORG", sent=2, cluster=KC)
E("North", "GPE", sent=3, cluster=NK, note="E9")
E("South Korea", "GPE", sent=3, cluster=SK)
E("yesterday", "DATE", sent=3, note="E18")
E("South Korean", "NORP", sent=4, note="E2")
E("DPRK", "GPE", sent=4, cluster=NK, note="E9")
E("Thursday afternoon", "TIME", sent=4, note="E19")
E("36", "CARDINAL", sent=5, note="E21")
E("KPA", "ORG", sent=5, n=1, cluster=KPA, note="E13")
E("KPA", "ORG", sent=5, n=2, cluster=KPA)
E("one", "CARDINAL", sent=5)
E("Six", "CARDINAL", sent=6)
E("KPA", "ORG", sent=6, n=1, cluster=KPA)
E("542", "CARDINAL", sent=6, note="E15")
E("543", "CARDINAL", sent=6, note="E15")
E("15", "CARDINAL", sent=6)
E("KPA", "ORG", sent=6, n=2, cluster=KPA)
E("250", "CARDINAL", sent=6, note="E15")
E("251", "CARDINAL", sent=6, note="E15")
E("KCNA", "ORG", sent=6, cluster=KC)
E("Kim Jong-un", "PERSON", sent=7, cluster="Kim Jong-un", note="G4")
E("Korean People's Army", "ORG", sent=7, cluster=KPA, note="E7")
E("KPA", "ORG", sent=7, n=1, cluster=KPA)
E("KPA", "ORG", sent=7, n=2, cluster=KPA)
E("Yesterday", "DATE", sent=8)
E("North Korea", "GPE", sent=8, cluster=NK)
E("South Korea", "GPE", sent=8, cluster=SK)
E("Pyongyang", "GPE", sent=8, cluster="Pyongyang", note="G4, K6")
E("North", "GPE", sent=8, n=2, cluster=NK, note="E9 (capitalised 'the North')")
E("Korean People's Army", "ORG", sent=9, cluster=KPA)
E("48 hours", "TIME", sent=9, note="E19")
E("KCNA", "ORG", sent=9, cluster=KC)
E("South Korea", "GPE", sent=10, cluster=SK)
E("about 80", "CARDINAL", sent=10, note="E15")
E("Yeoncheon", "GPE", sent=10, cluster="Yeoncheon", note="E6")
E("at least one", "CARDINAL", sent=10, note="E15")
E("South", "GPE", sent=11, cluster=SK, note="E9")
E("dozens", "CARDINAL", sent=11, note="E15")
E("South Korea", "GPE", sent=12, cluster=SK)
E("11-year", "DATE", sent=12, note="E18")
E("August 10", "DATE", sent=13)
E("South Korea", "GPE", sent=13, cluster=SK)
E("North Korea", "GPE", sent=14, cluster=NK)
E("48 hours", "TIME", sent=14, note="E19")

MAN = "south korean war maniacs"

# ---- events
# s2
kc2 = d.holder("North Korea's main news agency Korean Central News Agency", sent=2, cluster=KC)
yon = d.holder("Yonhap news agency", sent=2, cluster="Yonhap")
told = d.event("told", "contact.commandorder.unspecified", sent=2, args=[
    A("recipient", "the country's military", sent=2, head="military"),
    A("topic", 'to prepare a "quasi-state of war"', sent=2, head="prepare")],
    plover="REQUEST", note="V17a order, K6 (military joins no cluster)")
d.fact(told, "CT+", holder=kc2, cue=S("quoting", sent=2), note="ST2, ST7 (nested source, cf. has learned/according to)")
d.fact(told, "Uu", holder=yon, cue=S("According to", sent=2), note="ST3 outer source, uncovered: relaying agency uncommitted")
# s3
rep = d.event("report", "contact.mediastatement.broadcast", sent=3, args=[
    A("communicator", "KCNA", sent=2)], note="V17b (news agency = one-way public medium), V9i, V10")
d.fact(rep, "CT+")
exch = d.event("exchanged", ATT, sent=3, args=[
    A("attacker", "North", sent=3), A("attacker", "South Korea", sent=3)],
    acled=SHELL, plover="ASSAULT", plover_mode="heavy-weapons", note="V8 artillery row, V4b, V11 (yesterday no role), V15, V16")
d.fact(exch, "CT+")
# s4-s6 KCNA quote
kc6 = d.holder("KCNA", sent=6)
said6 = S("said", sent=6)
prov = d.event("provocation", ATT, sent=4, args=[
    A("attacker", "War maniacs of the South Korean puppet military", sent=4, head="maniacs", cluster=MAN),
    A("target", "the DPRK", sent=4, head="DPRK"),
    A("place", "the central western sector of the front", sent=4, head="sector")],
    acled=SHELL, plover="ASSAULT", plover_mode="heavy-weapons",
    note="uncovered: 'provocation' naming the shelling of s5 taken as attack trigger (V1)")
firing5 = d.event("firing", ATT, sent=5, args=[
    A("attacker", "They", sent=5, cluster=MAN),
    A("instrument", "36 shells", sent=5, head="shells"),
    A("target", "KPA civil police posts", sent=5, n=1, head="posts")],
    acled=SHELL, plover="ASSAULT", plover_mode="heavy-weapons", note="V4b, V8, coref=E4")
fired5 = d.event("fired", ATT, sent=5, args=[
    A("attacker", "the KPA", sent=5, head="KPA"),
    A("instrument", "one shell", sent=5, head="shell"),
    A("target", "the south side", sent=5, head="side")],
    polarity="negative", note="V13, uncovered: 'under the absurd pretext that' = source presents the claim as false")
hit = d.event("hit", ATT, sent=6, args=[
    A("instrument", "Six shells of them", sent=6, head="shells"),
    A("target", "the area", sent=6, head="area")],
    acled=SHELL, plover="ASSAULT", plover_mode="heavy-weapons", note="K7, V7, coref=E4")
fell = d.event("fell", ATT, sent=6, args=[
    A("instrument", "15 shells", sent=6, head="shells"),
    A("place", "KPA civil police posts 250 and 251", sent=6, head="posts")],
    acled=SHELL, plover="ASSAULT", plover_mode="heavy-weapons",
    note="uncovered: shells falling in an attack typed as the attack (not V18 fall), coref=E4")
for ev in (prov, firing5, hit, fell):
    d.fact(ev, "CT+", holder=kc6, cue=said6)
d.fact(fired5, "CT-", holder=kc6, cue=said6, note="ST4, uncovered: 'absurd pretext'")
# s7
it7 = d.holder("it", sent=7, cluster=KC)
add7 = S("added", sent=7)
prov7 = d.event("provocation", ATT, sent=7, note="V7, coref=E4; no participant in the sentence, quote-internal")
order = d.event("order", "contact.commandorder.unspecified", sent=7, args=[
    A("communicator", "Kim Jong-un", sent=7),
    A("topic", "that the front-line large combined units of the KPA should enter a wartime state to be fully battle ready to launch surprise operations", sent=7, head="enter")],
    plover="REQUEST", note="V4, V17a, V16, G6")
ops7 = d.event("operations", ATT, sent=7, args=[
    A("attacker", "the front-line large combined units of the KPA", sent=7, head="units")],
    modality="other", note="V14 order, purpose; K5 subset no cluster")
d.fact(prov7, "CT+", holder=it7, cue=add7)
d.fact(order, "CT+", holder=it7, cue=add7, note="ST3")
d.fact(ops7, "Uu", holder=it7, cue=add7)
# s8
fired8 = d.event("fired", ATT, sent=8, args=[
    A("attacker", "North Korea", sent=8),
    A("instrument", "artillery rounds", sent=8, head="rounds"),
    A("target", "a loudspeaker", sent=8, head="loudspeaker"),
    A("place", "South Korea", sent=8)],
    acled=SHELL, plover="ASSAULT", plover_mode="heavy-weapons", note="V4b, V8, V9f, V15, V16")
d.fact(fired8, "CT+")
bc8 = d.event("broadcasts", BC, sent=8, args=[
    A("communicator", "South Korea", sent=8),
    A("recipient", "the North", sent=8, head="North")],
    note="V17b, V8 (loudspeakers); habitual")
d.fact(bc8, "CT+")
# s9
kc9 = d.holder("KCNA", sent=9)
add9 = S("added", sent=9)
CMD = "Commanders of the Korean People's Army"
disp = d.event("dispatched", "movement.transportperson.unspecified", sent=9, args=[
    A("passenger", CMD, sent=9, head="Commanders"),
    A("destination", "the front-line troops", sent=9, head="troops")],
    note="uncovered: sending commanders to the front; no V8 row, nearest movement type; K5 subset")
ops9 = d.event("operations", ATT, sent=9, args=[
    A("attacker", CMD, sent=9, head="Commanders")], modality="other", note="V14 purpose")
destroy = d.event("destroy", "artifactexistence.damagedestroy.destroy", sent=9, args=[
    A("destroyer", CMD, sent=9, head="Commanders"),
    A("artifact", "psychological warfare tools", sent=9, head="tools")], modality="other", note="V14 purpose, condition")
bc9 = d.event("broadcast", BC, sent=9, args=[
    A("communicator", "the enemy", sent=9, n=1, head="enemy", cluster=SK)],
    note="V14 (aspectual 'stop'; the broadcast itself is presupposed), coref=E13")
counter = d.event("counteractions", ATT, sent=9, args=[
    A("attacker", "the enemy", sent=9, n=2, head="enemy", cluster=SK)], modality="other", note="V14 possibility")
d.fact(disp, "CT+", holder=kc9, cue=add9)
d.fact(ops9, "Uu", holder=kc9, cue=add9)
d.fact(destroy, "Uu", holder=kc9, cue=add9, note="ST4 purpose/condition")
d.fact(bc9, "CT+", holder=kc9, cue=add9, note="ST4 presupposed")
d.fact(counter, "PS+", holder=kc9, cue=add9)
# s10
att10 = d.event("attacks", ATT, sent=10, args=[
    A("attacker", "South Korea", sent=10), A("attacker", "North Korea", sent=8)],
    plover="ASSAULT", plover_mode="heavy-weapons", note="V9i, V15 aggregate, coref=E3")
inj = d.event("injuries", "life.injure.unspecified", sent=10, polarity="negative", note="V13, K10")
dea = d.event("deaths", "life.die.deathcausedbyviolentevents", sent=10, polarity="negative", note="V13, K10")
evac = d.event("evacuated", "movement.transportperson.evacuationrescue", sent=10, args=[
    A("transporter", "South Korea", sent=10),
    A("passenger", "about 80 people", sent=10, head="people"),
    A("origin", "the town of Yeoncheon", sent=10, head="town", cluster="Yeoncheon")],
    note="V18, G7; locative taken as origin (no place role)")
land = d.event("landed", ATT, sent=10, args=[
    A("attacker", "North Korea", sent=8),
    A("instrument", "at least one shell", sent=10, head="shell"),
    A("place", "the area", sent=10, head="area", cluster="Yeoncheon")],
    acled=SHELL, plover="ASSAULT", plover_mode="heavy-weapons",
    note="uncovered: shell landing typed as the attack; V9i, coref=E12")
for ev in (att10, evac, land):
    d.fact(ev, "CT+")
d.fact(inj, "CT-", note="ST4 (agentless 'were reported': author)")
d.fact(dea, "CT-", note="ST4 (agentless 'were reported': author)")
# s11
ret = d.event("retaliated", ATT, sent=11, args=[
    A("attacker", "The South", sent=11, head="South"),
    A("target", "the north", sent=11, head="north", cluster=NK)],
    acled=SHELL, plover="ASSAULT", plover_mode="heavy-weapons", note="E11, K4")
fir11 = d.event("firing", ATT, sent=11, args=[
    A("attacker", "The South", sent=11, head="South"),
    A("instrument", "dozens of rounds of artillery", sent=11, head="rounds"),
    A("target", "the north", sent=11, head="north", cluster=NK)],
    acled=SHELL, plover="ASSAULT", plover_mode="heavy-weapons", note="V4b, G7a, coref=E24")
d.fact(ret, "CT+"); d.fact(fir11, "CT+")
# s12-s13
bc12 = d.event("broadcast", BC, sent=12, args=[A("communicator", "South Korea", sent=12)],
               note="V8, V14 aspectual, coref=E13")
d.fact(bc12, "CT+")
bc13a = d.event("broadcasts", BC, sent=13, n=1, args=[A("communicator", "South Korea", sent=13)],
                note="V14 aspectual, V10 test 2, coref=E13")
d.fact(bc13a, "CT+")
bc13b = d.event("broadcasts", BC, sent=13, n=2, args=[A("communicator", "South Korea", sent=13)],
                modality="other", note="V14 future, coref=E13")
d.fact(bc13b, "PR+", holder=d.holder("South Korea", sent=13), cue=S("says", sent=13), note="ST4")
# s14
exch14 = d.event("exchange", ATT, sent=14, args=[
    A("attacker", "North Korea", sent=14), A("attacker", "South Korea", sent=13)],
    acled=SHELL, plover="ASSAULT", plover_mode="heavy-weapons", note="V9i, coref=E3")
d.fact(exch14, "CT+")
TOP = "it would attack any loudspeakers broadcasting propaganda and would respond, militarily, within 48 hours if the broadcasts do not stop"
stated = d.event("stated", "contact.threatencoerce.unspecified", sent=14, args=[
    A("communicator", "North Korea", sent=14),
    A("topic", TOP, sent=14, head="attack")],
    plover="THREATEN", plover_mode="violence", note="V6, V17a, ST10")
d.fact(stated, "CT+")
nk14 = d.holder("North Korea", sent=14)
attack14 = d.event("attack", ATT, sent=14, args=[A("attacker", "it", sent=14, cluster=NK)],
                   modality="other", note="V14 threat; K10 'any loudspeakers' fills no role")
bc14a = d.event("broadcasting", BC, sent=14, modality="other", note="V14 hypothetical (any loudspeakers), K10")
resp = d.event("respond", ATT, sent=14, args=[A("attacker", "it", sent=14, cluster=NK)],
               modality="other", note="V14 threat, condition")
bc14b = d.event("broadcasts", BC, sent=14, args=[A("communicator", "South Korea", sent=13)],
                note="V9i, V10 test 5, coref=E13; the condition bears on 'stop'")
stc = S("stated", sent=14)
d.fact(attack14, "Uu", holder=nk14, cue=stc, note="ST4, ST10")
d.fact(bc14a, "Uu", holder=nk14, cue=stc)
d.fact(resp, "Uu", holder=nk14, cue=stc, note="ST4 threat, condition")
d.fact(bc14b, "CT+", holder=nk14, cue=stc, note="ST4 presupposed")
d.save()
