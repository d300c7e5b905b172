import sys; sys.path.insert(0, "/work/main/scripts"); sys.path.insert(0, "/work/main/annotations/raw/annotator_k/scripts")
from kdoc import KDoc
d = KDoc("GUM_news_stampede", annotator="annotator_k")

# ---- entities
d.ent("Hundreds", "CARDINAL", sent=0, note="E15")
d.ent("Hajj", "EVENT", sent=0, cluster="Hajj", note="E23")
d.ent("Thursday, January 12, 2006", "DATE", sent=1, note="E18")
d.ent("Plains of Arafat", "LOC", sent=2, cluster="Plains of Arafat", note="E3, E11")
d.ent("the day of Hajj", "DATE", sent=2, note="E18, E1, uncovered: 'the day of Hajj' as a holiday-like DATE, Hajj not marked separately (flat)")
d.ent("Saudi Interior Ministry", "ORG", sent=3, cluster="Saudi Interior Ministry", note="E3, E8")
d.ent("over 345", "CARDINAL", sent=3, note="E15")
d.ent("Muslim", "NORP", sent=3, note="E9")
d.ent("annual", "DATE", sent=3, note="E18 (cf. 'each year'), uncovered: frequency adjective 'annual'")
d.ent("Hajj", "EVENT", sent=3, cluster="Hajj", note="E23")
d.ent("Mecca", "GPE", sent=3, cluster="Mecca")
d.ent("Saudi Arabia", "GPE", sent=3, cluster="Saudi Arabia")
d.ent("Islam", "NORP", sent=4, note="E4, E9")
d.ent("Jamarat Bridge", "FAC", sent=4, cluster="Jamarat Bridge", note="E10")
d.ent("Satan", "PERSON", sent=4, cluster="Satan")
d.ent("Hajj", "EVENT", sent=4, cluster="Hajj", note="E3, E23")
d.ent("Muslims", "NORP", sent=7, note="E4, E9")
d.ent("Mecca", "GPE", sent=7, cluster="Mecca")
d.ent("five", "CARDINAL", sent=7, note="E15")
d.ent("Islamic", "NORP", sent=7, note="E9")
d.ent("Saudi", "NORP", sent=8, note="E9")
d.ent("over 60,000", "CARDINAL", sent=8, note="E15")
d.ent("first", "ORDINAL", sent=9, note="E16")
d.ent("Hajj", "EVENT", sent=9, cluster="Hajj", note="E3, E23")
d.ent("1991 Hajj", "EVENT", sent=9, cluster="1991 Hajj", note="E3, E23")
d.ent("1,426", "CARDINAL", sent=9, note="E15")
d.ent("Last week", "DATE", sent=10, note="E18")
d.ent("at least 76", "CARDINAL", sent=10, note="E15")
d.ent("Al-Ghaza Hotel", "FAC", sent=10, cluster="Al-Ghaza Hotel", note="E3, E10 (the building collapsed)")
d.ent("Masjid Al-Haram", "FAC", sent=10, cluster="Masjid Al-Haram", note="E3, E10")
d.ent("Grand Mosque", "FAC", sent=10, cluster="Masjid Al-Haram", note="E10, E14")

# ---- events
dead = d.event("dead", "life.die.nonviolentdeath", sent=0, args=[
    d.arg("victim", "Hundreds", sent=0, cluster="stampede dead")],
    note="V18, V9, uncovered: headline adjective 'dead' read as the deaths (title asserts its news, G2)")
killed3 = d.event("killed", "life.die.nonviolentdeath", sent=3, args=[
    d.arg("victim", "over 345 Muslim pilgrims", sent=3, head="pilgrims", cluster="stampede dead"),
    d.arg("place", "Mecca", sent=3)],
    note="V18 (stampede = accident, not violence), V9f, coref=E1")
thrown = d.event("thrown", "movement.transportartifact.nonviolentthrowlaunch", sent=4, args=[],
    note="V1 (habitual), K10 (generic 'pebbles', 'a pillar' fill no role), uncovered: ritual action inside a ceremony (V18 culture) typed as throw")
trip5 = d.event("tripped", "movement.transportperson.fall", sent=5, args=[
    d.arg("passenger", "pilgrims", sent=5, cluster="tripped pilgrims")],
    note="V9a, G6, uncovered: tripping typed as a person falling")
trip6 = d.event("tripped", "movement.transportperson.fall", sent=6, args=[
    d.arg("passenger", "Those", sent=6, cluster="tripped pilgrims")],
    note="V9e, G6, coref=E4")
crushed = d.event("crushed", "life.injure.unspecified", sent=6, args=[
    d.arg("victim", "Those", sent=6, cluster="tripped pilgrims"),
    d.arg("injurer", "the wave of people", sent=6, head="wave")],
    note="V18 (accident injuries), G6, G7a (collective noun head)")
install = d.event("installing", "manufacture.artifact.build", sent=8, args=[
    d.arg("manufacturer", "Saudi officials", sent=8, head="officials"),
    d.arg("artifact", "an oval wall", sent=8, head="wall")],
    note="V18 (building), V9d, G6")
placed = d.event("placed", "movement.transportperson.bringcarryunload", sent=8, args=[
    d.arg("transporter", "Saudi officials", sent=8, head="officials"),
    d.arg("passenger", "over 60,000 security personnel", sent=8, head="personnel"),
    d.arg("destination", "the area", sent=8, head="area")],
    note="V8, V9a, uncovered: deployment of security personnel typed bringcarryunload, no PLOVER row")
trampled = d.event("trampled", "life.injure.unspecified", sent=9, args=[
    d.arg("victim", "1,426 pilgrims", sent=9, head="pilgrims")],
    note="V18, V9a")
killed10 = d.event("killed", "life.die.nonviolentdeath", sent=10, args=[
    d.arg("victim", "at least 76 people", sent=10, head="people"),
    d.arg("place", "the Al-Ghaza Hotel", sent=10, head="Hotel", cluster="Al-Ghaza Hotel")],
    note="V18, V9h, G6")
collapsed = d.event("collasped", "movement.transportartifact.fall", sent=10, args=[
    d.arg("artifact", "the Al-Ghaza Hotel", sent=10, head="Hotel", cluster="Al-Ghaza Hotel")],
    note="V18 (collapse = fall), G6")

# ---- stances
for ev in [dead, thrown, trip5, trip6, crushed, install, placed, trampled, killed10, collapsed]:
    d.fact(ev, "CT+", note="ST3, ST4")
d.fact(killed3, "CT+", holder=d.holder("the Saudi Interior Ministry", sent=3, cluster="Saudi Interior Ministry"),
       cue=d.span("According to", sent=3), note="ST2, ST6, ST7")
d.save()
