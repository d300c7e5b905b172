import sys; sys.path.insert(0, "/work/main/scripts")
from annotation_kit import Doc
d = Doc("GUM_news_worship", annotator="annotator_h")

# ---- entities
d.ent("Greek", "NORP", sent=0, n=1)
d.ent("Greek", "NORP", sent=0, n=2)
d.ent("Monday, March 27, 2006", "DATE", sent=1, note="E18")
d.ent("Greek", "NORP", sent=2, n=1)
d.ent("Greek", "NORP", sent=2, n=2)
d.ent("Greek Ministry of Culture", "ORG", sent=3, cluster="Greek Ministry of Culture", note="E3, E8, E12")
d.ent("Greek Orthodox Church", "ORG", sent=5, cluster="Greek Orthodox Church", note="E3, E8")
d.ent("Christian", "NORP", sent=5)
d.ent("Today", "DATE", sent=6)
d.ent("about 100,000", "CARDINAL", sent=6, note="E15")
d.ent("Greeks", "NORP", sent=6, note="E4")
for g in ["Zeus", "Hera", "Poseidon", "Aphrodite", "Athena"]:
    d.ent(g, "PERSON", sent=6, cluster=g)
d.ent("Greek Orthodox Church", "ORG", sent=7, cluster="Greek Orthodox Church")
d.ent("40,000", "CARDINAL", sent=7, note="E15")
d.ent("Wicca", "NORP", sent=8, note="E9: religion")
d.ent("Greek", "NORP", sent=8)
d.ent("Hellenic", "NORP", sent=8, note="E2, E9: lower-case 'polytheism' outside")

# ---- events
e1 = d.event("rules", "justice.judicialconsequences.unspecified", sent=0, args=[
    d.arg("judgecourt", "Greek court", sent=0, head="court", cluster="greek court")],
    note="V18: ruling on a law, judgecourt only")
e2 = d.event("ruled", "justice.judicialconsequences.unspecified", sent=2, args=[
    d.arg("judgecourt", "Greek court", sent=2, head="court", cluster="greek court")],
    note="V18, coref=E1")
e3 = d.event("ruling", "justice.judicialconsequences.unspecified", sent=3, args=[
    d.arg("judgecourt", "Greek court", sent=2, head="court", cluster="greek court")],
    note="V18, V9i, V10, coref=E1")

# ---- stances
d.fact(e1, "CT+", note="ST3: title")
d.fact(e2, "CT+")
d.fact(e3, "CT+", note="ST4: presupposed")
d.save()
