import sys; sys.path.insert(0, "/work/main/scripts"); sys.path.insert(0, "/work/main/annotations/raw/annotator_i/scripts")
from _k9 import Doc
d = Doc("GUM_news_korea", annotator="annotator_i")
A, R = d.arg, d.span
NK, SK, KC, KPA = "North Korea", "South Korea", "Korean Central News Agency", "Korean People's Army"
BR = "contact.mediastatement.broadcast"
ATT = "conflict.attack.unspecified"

# ---------------- entities
d.ent("North Korea", "GPE", sent=0, cluster=NK, note="E9, E20, PA1")
d.ent("Friday, August 21, 2015", "DATE", sent=1, note="E18")
d.ent("Yonhap", "ORG", sent=2, cluster="Yonhap", note="E12")
d.ent("North Korea", "GPE", sent=2, cluster=NK, note="E4")
d.ent("Korean Central News Agency", "ORG", sent=2, cluster=KC, note="E8")
d.ent("KCNA", "ORG", sent=2, cluster=KC, note="E14")
d.ent("North", "GPE", sent=3, cluster=NK, note="E9 short name")
d.ent("South Korea", "GPE", sent=3, cluster=SK)
d.ent("yesterday", "DATE", sent=3)
d.ent("South Korean", "NORP", sent=4, note="E2")
d.ent("DPRK", "GPE", sent=4, cluster=NK, note="E3, E9")
d.ent("Thursday afternoon", "TIME", sent=4, note="E19")
d.ent("36", "CARDINAL", sent=5, note="E21")
d.ent("KPA", "ORG", sent=5, cluster=KPA, note="E7, E13")
d.ent("KPA", "ORG", sent=5, n=2, cluster=KPA, note="E3, E7")
d.ent("one", "CARDINAL", sent=5, note="E15 count")
d.ent("Six", "CARDINAL", sent=6)
d.ent("KPA", "ORG", sent=6, cluster=KPA, note="E13")
d.ent("542", "CARDINAL", sent=6, note="E15")
d.ent("543", "CARDINAL", sent=6, note="E15")
d.ent("15", "CARDINAL", sent=6)
d.ent("KPA", "ORG", sent=6, n=2, cluster=KPA, note="E13")
d.ent("250", "CARDINAL", sent=6, note="E15")
d.ent("251", "CARDINAL", sent=6, note="E15")
d.ent("KCNA", "ORG", sent=6, cluster=KC)
d.ent("Kim Jong-un", "PERSON", sent=7, cluster="Kim Jong-un", note="G4")
d.ent("Korean People's Army", "ORG", sent=7, cluster=KPA, note="E3, E7")
d.ent("KPA", "ORG", sent=7, cluster=KPA, note="E14")
d.ent("KPA", "ORG", sent=7, n=2, cluster=KPA)
d.ent("Yesterday", "DATE", sent=8)
d.ent("North Korea", "GPE", sent=8, cluster=NK)
d.ent("South Korea", "GPE", sent=8, cluster=SK)
d.ent("Pyongyang", "GPE", sent=8, cluster="Pyongyang", note="G4")
d.ent("North", "GPE", sent=8, n=2, cluster=NK, note="E3, E9, E11 (capitalised)")
d.ent("Korean People's Army", "ORG", sent=9, cluster=KPA)
d.ent("48 hours", "TIME", sent=9, note="E19")
d.ent("KCNA", "ORG", sent=9, cluster=KC)
d.ent("South Korea", "GPE", sent=10, cluster=SK)
d.ent("about 80", "CARDINAL", sent=10, note="E15")
d.ent("Yeoncheon", "GPE", sent=10, cluster="Yeoncheon", note="E6")
d.ent("at least one", "CARDINAL", sent=10, note="E15")
d.ent("South", "GPE", sent=11, cluster=SK, note="E9")
d.ent("dozens", "CARDINAL", sent=11, note="E15")
d.ent("South Korea", "GPE", sent=12, cluster=SK)
d.ent("11-year", "DATE", sent=12, note="E18")
d.ent("August 10", "DATE", sent=13, note="E18")
d.ent("South Korea", "GPE", sent=13, cluster=SK)
d.ent("North Korea", "GPE", sent=14, cluster=NK)
d.ent("48 hours", "TIME", sent=14, note="E19")

# ---------------- events
# s2
kcna2 = lambda: d.holder("North Korea's main news agency Korean Central News Agency", sent=2, cluster=KC)
yon = lambda: d.holder("Yonhap news agency", sent=2, cluster="Yonhap")
e_told = d.event("told", "contact.commandorder.unspecified", sent=2, args=[
    A("recipient", "the country's military", sent=2, head="military"),
    A("topic", 'to prepare a "quasi-state of war"', sent=2, head="prepare")],
    plover="REQUEST", note="V17a (an order; passive, orderer implied), K6, G6; 'placed on high alert' no event (V2h)")
d.fact(e_told, "CT+", holder=kcna2(), cue=R("quoting", sent=2), note="ST2, ST6")
d.fact(e_told, "Uu", holder=yon(), cue=R("According to", sent=2), note="ST3 outer source")
# s3
e_rep = d.event("report", "contact.mediastatement.broadcast", sent=3, args=[
    A("communicator", "North Korea's main news agency Korean Central News Agency", sent=2, head="Agency", cluster=KC)],
    note="V17b (news agency = broadcast medium), V9i")
d.fact(e_rep, "CT+", note="ST3")
e_exch = d.event("exchanged", ATT, sent=3, args=[
    A("attacker", "North", sent=3), A("attacker", "South Korea", sent=3),
    A("instrument", "artillery fire", sent=3, head="fire")],
    acled="Shelling/artillery/missile attack", plover="ASSAULT", plover_mode="heavy-weapons",
    note="V8 artillery row, V6, G6 (coordination split), V15, V16")
d.fact(e_exch, "CT+")
# s4-s6 KCNA quotation, "said KCNA" (s6)
kc6 = lambda: d.holder("KCNA", sent=6)
said6 = R("said", sent=6)
e_prov = d.event("provocation", ATT, sent=4, args=[
    A("attacker", "War maniacs of the South Korean puppet military", sent=4, head="maniacs", cluster="south korean war maniacs"),
    A("target", "the DPRK", sent=4, head="DPRK", cluster=NK),
    A("place", "the central western sector of the front", sent=4, head="sector")],
    acled="Shelling/artillery/missile attack", plover="ASSAULT", plover_mode="heavy-weapons",
    note="V8, uncovered: 'provocation' (the shelling described in s5) typed as attack; V15")
d.fact(e_prov, "CT+", holder=kc6(), cue=said6, note="ST2 quotation across sentences")
e_fir5 = d.event("firing", ATT, sent=5, args=[
    A("attacker", "They", sent=5, cluster="south korean war maniacs"),
    A("instrument", "36 shells", sent=5, head="shells", cluster="36 shells"),
    A("target", "KPA civil police posts", sent=5, head="posts")],
    acled="Shelling/artillery/missile attack", plover="ASSAULT", plover_mode="heavy-weapons",
    note="V4b, V8, V15, coref=E4")
d.fact(e_fir5, "CT+", holder=kc6(), cue=said6)
e_fir5b = d.event("fired", ATT, sent=5, args=[
    A("attacker", "the KPA", sent=5, head="KPA", cluster=KPA),
    A("instrument", "one shell", sent=5, head="shell"),
    A("target", "the south side", sent=5, head="side")],
    polarity="negative", note="V13, uncovered: 'absurd pretext that ...' read as KCNA's denial")
d.fact(e_fir5b, "CT-", holder=kc6(), cue=said6, note="ST4, uncovered (absurd pretext)")
e_hit = d.event("hit", ATT, sent=6, args=[
    A("instrument", "Six shells of them", sent=6, head="shells"),
    A("target", "the area", sent=6, head="area")],
    acled="Shelling/artillery/missile attack", plover="ASSAULT", plover_mode="heavy-weapons",
    note="V8 artillery row, K7, uncovered: shell impacts typed as attack")
d.fact(e_hit, "CT+", holder=kc6(), cue=said6)
e_fell = d.event("fell", ATT, sent=6, args=[
    A("instrument", "other 15 shells", sent=6, head="shells"),
    A("place", "KPA civil police posts 250 and 251", sent=6, head="posts")],
    acled="Shelling/artillery/missile attack", plover="ASSAULT", plover_mode="heavy-weapons",
    note="V8 artillery row, uncovered: shell impacts typed as attack, not fall")
d.fact(e_fell, "CT+", holder=kc6(), cue=said6)
# s7 "it added"
it7 = lambda: d.holder("it", sent=7, cluster=KC)
add7 = R("added", sent=7)
e_prov7 = d.event("provocation", ATT, sent=7, note="V7, coref=E4")
d.fact(e_prov7, "CT+", holder=it7(), cue=add7, note="ST4 presupposed")
e_pun = d.event("punishment", ATT, sent=7, modality="other",
                note="V14 (deserves: not asserted), uncovered: 'punishment' as retaliatory attack")
d.fact(e_pun, "Uu", holder=it7(), cue=add7)
e_ord = d.event("order", "contact.commandorder.unspecified", sent=7, args=[
    A("communicator", "Kim Jong-un", sent=7),
    A("topic", "that the front-line large combined units of the KPA should enter a wartime state to be fully battle ready to launch surprise operations", sent=7, head="enter")],
    plover="REQUEST", note="V4, V17a, G6; recipient inside topic left out (V11 no overlap)")
d.fact(e_ord, "CT+", holder=it7(), cue=add7, note="ST3")
e_ops = d.event("operations", ATT, sent=7, args=[
    A("attacker", "the front-line large combined units of the KPA", sent=7, head="units")],
    modality="other", note="V14 purpose/ordered")
d.fact(e_ops, "Uu", holder=it7(), cue=add7, note="ST4")
# s8
e_fir8 = d.event("fired", ATT, sent=8, args=[
    A("attacker", "North Korea", sent=8), A("instrument", "artillery rounds", sent=8, head="rounds"),
    A("target", "a loudspeaker", sent=8, head="loudspeaker"), A("place", "South Korea", sent=8)],
    acled="Shelling/artillery/missile attack", plover="ASSAULT", plover_mode="heavy-weapons",
    note="V4b, V8, V9f, V15, V16")
d.fact(e_fir8, "CT+")
e_aim = d.event("aimed", "inspection.targetaimat.targetaimat", sent=8, args=[
    A("targeter", "North Korea", sent=8), A("instrument", "artillery rounds", sent=8, head="rounds"),
    A("target", "a loudspeaker", sent=8, head="loudspeaker")], note="V8 most specific type")
d.fact(e_aim, "CT+")
e_b8 = d.event("broadcasts", BR, sent=8, args=[
    A("communicator", "a loudspeaker", sent=8, head="loudspeaker"),
    A("recipient", "the North", sent=8, n=1, head="North", cluster=NK)],
    note="V17b, V8 (loudspeakers), V9e")
d.fact(e_b8, "CT+")
# s9 "added KCNA"
kc9 = lambda: d.holder("KCNA", sent=9)
add9 = R("added", sent=9)
cmd = lambda: A("passenger", "Commanders of the Korean People's Army", sent=9, head="Commanders")
e_dis = d.event("dispatched", "movement.transportperson.unspecified", sent=9, args=[
    cmd(), A("destination", "the front-line troops", sent=9, head="troops")], note="V8, K5")
d.fact(e_dis, "CT+", holder=kc9(), cue=add9, note="ST2")
e_ops9 = d.event("operations", ATT, sent=9, args=[
    A("attacker", "Commanders of the Korean People's Army", sent=9, head="Commanders")],
    modality="other", note="V14 purpose clause")
d.fact(e_ops9, "Uu", holder=kc9(), cue=add9)
e_des = d.event("destroy", "artifactexistence.damagedestroy.destroy", sent=9, args=[
    A("destroyer", "Commanders of the Korean People's Army", sent=9, head="Commanders"),
    A("artifact", "psychological warfare tools", sent=9, head="tools")],
    modality="other", note="V14 purpose + condition")
d.fact(e_des, "Uu", holder=kc9(), cue=add9, note="ST4 condition")
e_b9 = d.event("broadcast", BR, sent=9, args=[
    A("communicator", "the enemy", sent=9, cluster=SK)],
    note="V17b, presupposed in the condition, coref=E15")
d.fact(e_b9, "CT+", holder=kc9(), cue=add9, note="ST4 presupposed")
e_cnt = d.event("counteractions", ATT, sent=9, args=[
    A("attacker", "the enemy", sent=9, n=2, cluster=SK)],
    modality="other", note="V14 modal of possibility (possible), G4 possessive outside")
d.fact(e_cnt, "PS+", holder=kc9(), cue=add9, note="ST4 possible")
# s10
e_inj = d.event("injuries", "life.injure.injurycausedbyviolentevents", sent=10, polarity="negative",
                note="V13, V14, K10 (No injuries or deaths is non-referring)")
d.fact(e_inj, "CT-", note="ST4; 'were reported' has no named holder: author")
e_dth = d.event("deaths", "life.die.deathcausedbyviolentevents", sent=10, polarity="negative", note="V13, V14")
d.fact(e_dth, "CT-", note="ST4")
e_atk = d.event("attacks", ATT, sent=10, args=[
    A("attacker", "either side", sent=10, head="side")],
    plover="ASSAULT", plover_mode="heavy-weapons", note="V15 aggregate (no ACLED), K7, coref=E3")
d.fact(e_atk, "CT+")
e_eva = d.event("evacuated", "movement.transportperson.evacuationrescue", sent=10, args=[
    A("transporter", "South Korea", sent=10),
    A("passenger", "about 80 people", sent=10, head="people"),
    A("origin", "the town of Yeoncheon", sent=10, head="town", cluster="Yeoncheon")],
    note="V18, G7, V15, V16 (none)")
d.fact(e_eva, "CT+")
e_land = d.event("landed", ATT, sent=10, args=[
    A("attacker", "North Korea", sent=8),
    A("instrument", "at least one shell", sent=10, head="shell"),
    A("place", "the area", sent=10, head="area", cluster="Yeoncheon")],
    acled="Shelling/artillery/missile attack", plover="ASSAULT", plover_mode="heavy-weapons",
    note="V8 artillery row, V9i, uncovered: shell impact typed as attack")
d.fact(e_land, "CT+")
# s11
e_ret = d.event("retaliated", ATT, sent=11, args=[
    A("attacker", "The South", sent=11, head="South", cluster=SK),
    A("target", "the north", sent=11, head="north", cluster=NK)],
    acled="Shelling/artillery/missile attack", plover="ASSAULT", plover_mode="heavy-weapons", note="V8, V15")
d.fact(e_ret, "CT+")
e_fir11 = d.event("firing", ATT, sent=11, args=[
    A("attacker", "The South", sent=11, head="South", cluster=SK),
    A("instrument", "dozens of rounds of artillery", sent=11, head="rounds"),
    A("target", "the north", sent=11, head="north", cluster=NK)],
    acled="Shelling/artillery/missile attack", plover="ASSAULT", plover_mode="heavy-weapons",
    note="V4b, G7a, coref=E26")
d.fact(e_fir11, "CT+")
# s12-s13
e_b12 = d.event("broadcast", BR, sent=12, args=[A("communicator", "South Korea", sent=12)],
                note="V17b, V14 aspectual, coref=E15")
d.fact(e_b12, "CT+")
e_b13 = d.event("broadcasts", BR, sent=13, args=[A("communicator", "South Korea", sent=13)],
                note="V14 aspectual (began), coref=E15")
d.fact(e_b13, "CT+")
e_b13b = d.event("broadcasts", BR, sent=13, n=2, args=[A("communicator", "South Korea", sent=13)],
                 modality="other", note="V14 future, coref=E15")
d.fact(e_b13b, "PR+", holder=d.holder("South Korea", sent=13), cue=R("says", sent=13), note="ST4")
# s14
nkh = lambda: d.holder("North Korea", sent=14)
st14 = R("stated", sent=14)
e_ex14 = d.event("exchange", ATT, sent=14, args=[
    A("attacker", "North Korea", sent=14), A("attacker", "South Korea", sent=13)],
    acled="Shelling/artillery/missile attack", plover="ASSAULT", plover_mode="heavy-weapons",
    note="V9i, V10, coref=E3")
d.fact(e_ex14, "CT+")
e_stat = d.event("stated", "contact.threatencoerce.unspecified", sent=14, args=[
    A("communicator", "North Korea", sent=14),
    A("topic", "it would attack any loudspeakers broadcasting propaganda and would respond, militarily, within 48 hours if the broadcasts do not stop", sent=14, head="attack")],
    plover="THREATEN", plover_mode="violence", note="V6, V17a, ST10")
d.fact(e_stat, "CT+", note="ST10")
e_att14 = d.event("attack", ATT, sent=14, args=[A("attacker", "it", sent=14, cluster=NK)],
                  modality="other", note="V14 threat; any loudspeakers non-referring (K10)")
d.fact(e_att14, "Uu", holder=nkh(), cue=st14, note="ST4 threat")
e_b14 = d.event("broadcasting", BR, sent=14, modality="other",
                note="V14 (inside threat/condition), K10, coref=E15")
d.fact(e_b14, "Uu", holder=nkh(), cue=st14)
e_resp = d.event("respond", ATT, sent=14, args=[A("attacker", "it", sent=14, cluster=NK)],
                 modality="other", note="V14 threat + condition")
d.fact(e_resp, "Uu", holder=nkh(), cue=st14, note="ST4")
e_b14b = d.event("broadcasts", BR, sent=14, args=[A("communicator", "South Korea", sent=13)],
                 note="V9i, V10 (example), presupposed in the condition, coref=E15")
d.fact(e_b14b, "CT+", holder=nkh(), cue=st14, note="ST4 presupposed")
d.save()
