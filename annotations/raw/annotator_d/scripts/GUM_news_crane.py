import sys; sys.path.insert(0, "/work/main/annotations/raw/annotator_d/scripts")
from kd import Doc
d = Doc("GUM_news_crane", annotator="annotator_d")

# ---- entities
d.ent("At least 107", "CARDINAL", sent=0, note="E15")
d.ent("Mecca", "GPE", sent=0, cluster="Mecca", note="E13")
d.ent("Saturday, September 12, 2015", "DATE", sent=1, note="E18")
d.ent("Mecca", "GPE", sent=2, cluster="Mecca", note="E4")
d.ent("Grand Mosque", "FAC", sent=2, cluster="Grand Mosque", note="E4, E10")
d.ent("2008", "DATE", sent=2)
d.ent("yesterday", "DATE", sent=3)
d.ent("Mecca", "GPE", sent=3, cluster="Mecca", note="E4")
d.ent("Grand Mosque", "FAC", sent=3, cluster="Grand Mosque", note="E10")
d.ent("107", "CARDINAL", sent=3, note="E15: 107 or more -> 107")
d.ent("238", "CARDINAL", sent=3)
d.ent("Saudi Arabia", "GPE", sent=3, cluster="Saudi Arabia", note="E4")
d.ent("Civil Defense Authority", "ORG", sent=3, cluster="Civil Defense Authority")
d.ent("Civil Defense Authority", "ORG", sent=4, cluster="Civil Defense Authority")
d.ent("Suleiman al-Amr", "PERSON", sent=4, cluster="Suleiman al-Amr", note="E5")
d.ent("al-Ikhbariya", "ORG", sent=4, cluster="al-Ikhbariya", note="E12")
d.ent("yesterday afternoon", "TIME", sent=5, note="E19")
d.ent("an hour later", "TIME", sent=8, note="E19")
d.ent("Khaled Al-Maeena", "PERSON", sent=8, cluster="Khaled Al-Maeena", note="E5")
d.ent("Saudi Gazette", "ORG", sent=8, cluster="Saudi Gazette", note="E3, E8")
d.ent("five hours earlier", "TIME", sent=9, note="E19")
d.ent("four hours earlier", "TIME", sent=9, note="E19")
d.ent("more than a thousand", "CARDINAL", sent=9, note="E15")
d.ent("ten days", "DATE", sent=10, note="E18")
d.ent("Hajj", "EVENT", sent=10, n=1, cluster="Hajj", note="E3, E23")
d.ent("annual", "DATE", sent=10, note="uncovered: 'annual' as DATE (OntoNotes practice), nearest E18")
d.ent("Mecca", "GPE", sent=10, cluster="Mecca")
d.ent("Islam", "NORP", sent=10, note="E4, E9")
d.ent("Mecca", "GPE", sent=11, n=1, cluster="Mecca")
d.ent("Muslims", "NORP", sent=11, note="E4, E9")
d.ent("millions", "CARDINAL", sent=11, note="E15")
d.ent("Mecca", "GPE", sent=11, n=2, cluster="Mecca")
d.ent("each year", "DATE", sent=11, note="E18")
d.ent("Hajj", "EVENT", sent=11, cluster="Hajj", note="E3, E23")
d.ent("Mecca", "GPE", sent=12, cluster="Mecca", note="E4")

# ---- events
killed = d.event("killed", "life.die.nonviolentdeath", sent=0, args=[
    d.arg("victim", "At least 107", sent=0, head="107", cluster="crane collapse dead"),
    d.arg("place", "Mecca", sent=0, note="V9: by meaning")],
    note="V18, ST3")
collapse = d.event("collapse", "movement.transportartifact.fall", sent=0, args=[
    d.arg("artifact", "crane", sent=0, cluster="the crane", note="V12 premodifier")],
    note="V18, V7")
fall1 = d.event("fall", "movement.transportartifact.fall", sent=3, args=[
    d.arg("artifact", "a crane", sent=3, cluster="the crane"),
    d.arg("destination", "Mecca's Grand Mosque", sent=3, head="Mosque", cluster="Grand Mosque")],
    note="V18, coref=E2")
killing = d.event("killing", "life.die.nonviolentdeath", sent=3, args=[
    d.arg("victim", "107 or more", sent=3, head="107", cluster="crane collapse dead", note="G7, K3"),
    d.arg("place", "Mecca's Grand Mosque", sent=3, head="Mosque", cluster="Grand Mosque")],
    note="V18, coref=E1")
wounding = d.event("wounding", "life.injure.unspecified", sent=3, args=[
    d.arg("victim", "238", sent=3, cluster="crane collapse wounded", note="V11"),
    d.arg("place", "Mecca's Grand Mosque", sent=3, head="Mosque", cluster="Grand Mosque")],
    note="V18")
wounded = d.event("wounded", "life.injure.unspecified", sent=4, args=[
    d.arg("victim", "All those", sent=4, head="those", cluster="crane collapse wounded", note="V9 e, G6")],
    note="V18, coref=E5")
taken = d.event("taken", "movement.transportperson.evacuationrescue", sent=4, args=[
    d.arg("passenger", "All those", sent=4, head="those", cluster="crane collapse wounded"),
    d.arg("passenger", "the dead", sent=4, head="dead", cluster="crane collapse dead"),
    d.arg("destination", "hospital", sent=4)],
    note="V18: casualties taken to hospital = rescue/evacuation")
fall2 = d.event("fall", "movement.transportartifact.fall", sent=5, args=[
    d.arg("artifact", "the crane", sent=5, cluster="the crane")],
    note="V18, coref=E2")
released = d.event("released", "contact.mediastatement.unspecified", sent=6,
    note="V17b: release of images; no communicator stated")
death = d.event("death", "life.die.nonviolentdeath", sent=9, modality="other",
    note="V14: counterfactual; 'more than a thousand' is a predicate value, K10")
arrive = d.event("arrive", "movement.transportperson.selfmotion", sent=11, args=[
    d.arg("transporter", "millions of pilgrims", sent=11, head="pilgrims", note="G7a"),
    d.arg("destination", "Mecca", sent=11, n=2)],
    note="V1 habitual, V8")
constr = d.event("Construction", "manufacture.artifact.build", sent=12, args=[
    d.arg("place", "the mosque", sent=12, n=1, cluster="Grand Mosque")],
    note="V18")

# ---- stances
d.fact(killed, "CT+", note="ST3: title")
d.fact(collapse, "CT+", note="ST3: title")
cda = d.holder("Saudi Arabia's Civil Defense Authority", sent=3, cluster="Civil Defense Authority")
acc = d.span("according to", sent=3)
for ev in (fall1, killing, wounding):
    d.fact(ev, "CT+", holder=cda, cue=acc, note="ST1, ST2: according to scopes over the clause")
amr = d.holder("Civil Defense Authority director General Suleiman al-Amr", sent=4, cluster="Suleiman al-Amr")
said4 = d.span("said", sent=4)
d.fact(wounded, "CT+", holder=amr, cue=said4)
d.fact(taken, "CT+", holder=amr, cue=said4)
d.fact(fall2, "CT+")
d.fact(released, "CT+", note="ST3")
d.fact(death, "Uu", holder=d.holder("I", sent=9, cluster="Khaled Al-Maeena"), cue=d.span("think", sent=9),
       note="ST2, ST3: one referent, innermost cue; ST4 counterfactual")
d.fact(arrive, "CT+")
d.fact(constr, "CT+")
d.save()
