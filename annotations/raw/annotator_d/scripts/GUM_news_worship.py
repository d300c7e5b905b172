import sys; sys.path.insert(0, "/work/main/scripts")
from annotation_kit import Doc
d = Doc("GUM_news_worship", annotator="annotator_d")

# entities
d.ent("Greek", "NORP", sent=0, n=1, note="E2, E9")
d.ent("Greek", "NORP", sent=0, n=2)
d.ent("Monday, March 27, 2006", "DATE", sent=1, note="E18")
d.ent("Greek", "NORP", sent=2, n=1, note="E2, E9")
d.ent("Greek", "NORP", sent=2, n=2)
d.ent("Greek Ministry of Culture", "ORG", sent=3, cluster="Greek Ministry of Culture", note="E3, E8, E12")
d.ent("Greek Orthodox Church", "ORG", sent=5, cluster="Greek Orthodox Church", note="E3, E8")
d.ent("Christian", "NORP", sent=5)
d.ent("Today", "DATE", sent=6)
d.ent("about 100,000", "CARDINAL", sent=6, note="E15")
d.ent("Greeks", "NORP", sent=6, note="E4")
for g in ["Zeus", "Hera", "Poseidon", "Aphrodite", "Athena"]:
    d.ent(g, "PERSON", sent=6, cluster=g, note="PA3: named deity, PERSON (fictional persons)")
d.ent("Greek Orthodox Church", "ORG", sent=7, cluster="Greek Orthodox Church")
d.ent("40,000", "CARDINAL", sent=7, note="E15")
d.ent("Wicca", "NORP", sent=8, note="E9: religion")
d.ent("Greek", "NORP", sent=8)
d.ent("Hellenic", "NORP", sent=8, note="E2, E9: lower-case 'polytheism' outside; uncovered: religion named by adjective + common noun")

# events
e_rules = d.event("rules", "justice.judicialconsequences.unspecified", sent=0, args=[
    d.arg("judgecourt", "Greek court", sent=0, head="court", cluster="greek court")],
    note="V18: a ruling on a law, judgecourt only; PLOVER none (not a conviction/sentence)")
e_ruled = d.event("ruled", "justice.judicialconsequences.unspecified", sent=2, args=[
    d.arg("judgecourt", "Greek court", sent=2, head="court", cluster="greek court")],
    note="V18, coref=E1")
e_ruling = d.event("ruling", "justice.judicialconsequences.unspecified", sent=3, args=[
    d.arg("judgecourt", "Greek court", sent=2, head="court", cluster="greek court", note="V9 i")],
    note="V18, V9 i, coref=E1")

# stances
d.fact(e_rules, "CT+", note="ST3: title")
d.fact(e_ruled, "CT+")
d.fact(e_ruling, "CT+", note="ST4: presupposed")
d.save()
