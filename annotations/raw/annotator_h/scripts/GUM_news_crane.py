import sys; sys.path.insert(0, "/work/main/scripts"); sys.path.insert(0, "/work/main/annotations/raw/annotator_h/scripts")
import k9  # noqa: F401  (K9 entity refs inside argument/holder spans)
from annotation_kit import Doc
d = Doc("GUM_news_crane", annotator="annotator_h")
GM, MEC = "Grand Mosque", "Mecca"

# ---- entities
d.ent("At least 107", "CARDINAL", sent=0, note="E15")
d.ent("Mecca", "GPE", sent=0, cluster=MEC, note="E13")
d.ent("Saturday, September 12, 2015", "DATE", sent=1, note="E18")
d.ent("Mecca", "GPE", sent=2, cluster=MEC, note="E4")
d.ent("Grand Mosque", "FAC", sent=2, cluster=GM, note="E10")
d.ent("2008", "DATE", sent=2)
d.ent("yesterday", "DATE", sent=3)
d.ent("Mecca", "GPE", sent=3, cluster=MEC, note="E4")
d.ent("Grand Mosque", "FAC", sent=3, cluster=GM, note="E10")
d.ent("107", "CARDINAL", sent=3, note="E15")
d.ent("238", "CARDINAL", sent=3)
d.ent("Saudi Arabia", "GPE", sent=3, cluster="Saudi Arabia", note="E4")
d.ent("Civil Defense Authority", "ORG", sent=3, cluster="Civil Defense Authority")
d.ent("Civil Defense Authority", "ORG", sent=4, cluster="Civil Defense Authority")
d.ent("Suleiman al-Amr", "PERSON", sent=4, cluster="Suleiman al-Amr", note="E5")
d.ent("al-Ikhbariya", "ORG", sent=4, cluster="al-Ikhbariya", note="E12")
d.ent("yesterday afternoon", "TIME", sent=5, note="E19")
d.ent("an hour later", "TIME", sent=8, note="E19")
d.ent("Khaled Al-Maeena", "PERSON", sent=8, cluster="Khaled Al-Maeena")
d.ent("Saudi Gazette", "ORG", sent=8, cluster="Saudi Gazette", note="E8, E12")
d.ent("five hours earlier", "TIME", sent=9, note="E19")
d.ent("four hours earlier", "TIME", sent=9, note="E19")
d.ent("more than a thousand", "CARDINAL", sent=9, note="E15: approximator inside")
d.ent("ten days", "DATE", sent=10, note="E18")
d.ent("Hajj", "EVENT", sent=10, cluster="Hajj", note="E3, E23")
d.ent("annual", "DATE", sent=10, note="uncovered: E18 nearest rule, frequency adjective 'annual' as DATE (OntoNotes practice)")
d.ent("Mecca", "GPE", sent=10, cluster=MEC)
d.ent("Islam", "NORP", sent=10, note="E4, E9")
d.ent("Mecca", "GPE", sent=11, n=1, cluster=MEC)
d.ent("Muslims", "NORP", sent=11, note="E9")
d.ent("millions", "CARDINAL", sent=11, note="E15")
d.ent("Mecca", "GPE", sent=11, n=2, cluster=MEC)
d.ent("each year", "DATE", sent=11, note="E18")
d.ent("Hajj", "EVENT", sent=11, cluster="Hajj", note="E3, E23")
d.ent("Mecca", "GPE", sent=12, cluster=MEC, note="E4")

# ---- events
killed = d.event("killed", "life.die.nonviolentdeath", sent=0, args=[
    d.arg("victim", "At least 107", sent=0, head="107", cluster="crane collapse dead"),
    d.arg("place", "Mecca", sent=0)], note="V18, V9h, K3")
collapse = d.event("collapse", "movement.transportartifact.fall", sent=0, args=[
    d.arg("artifact", "crane", sent=0, cluster="the crane")], note="V18, V12, V7")
fall1 = d.event("fall", "movement.transportartifact.fall", sent=3, args=[
    d.arg("artifact", "a crane", sent=3, head="crane", cluster="the crane"),
    d.arg("destination", "Mecca's Grand Mosque", sent=3, head="Mosque", cluster=GM)],
    note="V18, coref=E2")
killing = d.event("killing", "life.die.nonviolentdeath", sent=3, args=[
    d.arg("victim", "107 or more", sent=3, head="107", cluster="crane collapse dead"),
    d.arg("place", "Mecca's Grand Mosque", sent=3, head="Mosque", cluster=GM)], note="V18, G7, K3, coref=E1")
wounding = d.event("wounding", "life.injure.unspecified", sent=3, args=[
    d.arg("victim", "238", sent=3, cluster="crane collapse wounded"),
    d.arg("place", "Mecca's Grand Mosque", sent=3, head="Mosque", cluster=GM)], note="V18, V11, V9h")
wounded = d.event("wounded", "life.injure.unspecified", sent=4, args=[
    d.arg("victim", "All those", sent=4, head="those", cluster="crane collapse wounded")],
    note="V9e, G6, coref=E5")
taken = d.event("taken", "movement.transportperson.evacuationrescue", sent=4, args=[
    d.arg("passenger", "All those", sent=4, head="those", cluster="crane collapse wounded"),
    d.arg("passenger", "the dead", sent=4, head="dead", cluster="crane collapse dead")],
    note="V18: evacuation of victims; 'hospital' non-specific (K10)")
fall2 = d.event("fall", "movement.transportartifact.fall", sent=5, args=[
    d.arg("artifact", "the crane", sent=5, head="crane", cluster="the crane")], note="V18, coref=E2")
released = d.event("released", "contact.mediastatement.unspecified", sent=6,
                   note="V17b: release of images; communicator not mentioned")
death = d.event("death", "life.die.nonviolentdeath", sent=9, args=[
    d.arg("place", "the mosque", sent=7, head="mosque", cluster=GM)],
    modality="other", note="V14 counterfactual, V9i, K10: 'more than a thousand' predicate value fills no role")
arrive = d.event("arrive", "movement.transportperson.selfmotion", sent=11, args=[
    d.arg("transporter", "millions of pilgrims", sent=11, head="pilgrims"),
    d.arg("destination", "Mecca", sent=11, n=2, cluster=MEC)], note="V8, V1 habitual, G7a")
constr = d.event("Construction", "manufacture.artifact.build", sent=12, args=[
    d.arg("place", "the mosque", sent=12, n=1, head="mosque", cluster=GM)], note="V18")
enlarge = d.event("enlarge", "manufacture.artifact.build", sent=12, args=[
    d.arg("artifact", "the mosque", sent=12, n=2, head="mosque", cluster=GM)],
    modality="other", note="V18 nearest type (building extension), V14 purpose clause")

# ---- stances
d.fact(killed, "CT+", note="ST3: title")
d.fact(collapse, "CT+", note="ST3: title")
cda = lambda: d.holder("Saudi Arabia's Civil Defense Authority", sent=3, cluster="Civil Defense Authority")
acc = d.span("according to", sent=3)
d.fact(fall1, "CT+", holder=cda(), cue=acc, note="ST1, ST2: according to scopes over the clause")
d.fact(killing, "CT+", holder=cda(), cue=acc, note="ST1")
d.fact(wounding, "CT+", holder=cda(), cue=acc, note="ST2")
amr = lambda: d.holder("Civil Defense Authority director General Suleiman al-Amr", sent=4, cluster="Suleiman al-Amr")
said4 = d.span("said", sent=4)
d.fact(wounded, "CT+", holder=amr(), cue=said4, note="ST6, G6")
d.fact(taken, "CT+", holder=amr(), cue=said4, note="ST6")
d.fact(fall2, "CT+")
d.fact(released, "CT+", note="ST3: communication event")
d.fact(death, "Uu", holder=d.holder("I", sent=9, cluster="Khaled Al-Maeena"), cue=d.span("think", sent=9),
       note="ST3 innermost cue of one referent (said/think), ST4 counterfactual")
d.fact(arrive, "CT+")
d.fact(constr, "CT+")
d.fact(enlarge, "Uu", note="ST4 purpose")
d.save()
