import sys; sys.path.insert(0, "/work/main/annotations/raw/annotator_e/scripts")
from kit_e import Doc
d = Doc("GUM_news_warming", annotator="annotator_e")
E, A, S = d.ent, d.arg, d.span
US, HP = "United States", "The Huffington Post"

# ---- entities
E("Monday, July 28, 2014", "DATE", sent=1, note="E18")
E("Massachusetts Institute of Technology", "ORG", sent=2, cluster="Massachusetts Institute of Technology", note="E3, E10")
E("Colorado State University", "ORG", sent=2, cluster="Colorado State University")
E("US", "GPE", sent=2, cluster=US, note="E3")
E("University of Sheffield", "ORG", sent=2, cluster="University of Sheffield", note="E3, E10")
E("UK", "GPE", sent=2, cluster="United Kingdom")
E("2000 - 2050", "DATE", sent=2, note="E18")
E("Nature Climate Change", "ORG", sent=3, cluster="Nature Climate Change", note="E12")
E("yesterday", "DATE", sent=3)
E("2050", "DATE", sent=4, note="E18")
E("10%", "PERCENT", sent=4, note="E21")
E("2000", "DATE", sent=4)
E("2050", "DATE", sent=6, note="E18")
E("50 percent", "PERCENT", sent=6, note="E21")
E("Colette Heald", "PERSON", sent=7, cluster="Colette Heald", note="E5")
E("The Huffington Post", "ORG", sent=7, cluster=HP, note="E3, E12")
E("2050", "DATE", sent=9)
E("49 percent", "PERCENT", sent=9, note="E21")
E("27 percent", "PERCENT", sent=9, note="E21")
E("Heald", "PERSON", sent=11, cluster="Colette Heald")
E("U.S. Department of Agriculture", "ORG", sent=13, cluster="U.S. Department of Agriculture", note="E1, K6")
E("NCLAN", "ORG", sent=14, cluster="NCLAN", note="E13, uncovered: acronym of a research programme used as modifier, ORG")
E("AS Heagle", "PERSON", sent=14, cluster="AS Heagle")
E("1989", "DATE", sent=14)
E("46 percent", "PERCENT", sent=15, note="E21")
E("U.S. Environmental Protection Agency", "ORG", sent=17, cluster="U.S. Environmental Protection Agency", note="E1, K6")
E("Heald", "PERSON", sent=20, cluster="Colette Heald")
E("Heald", "PERSON", sent=23, cluster="Colette Heald")
E("The Huffington Post", "ORG", sent=23, cluster=HP)
E("US", "GPE", sent=23, cluster=US, note="E13")
E("Clean Air Act", "LAW", sent=23, cluster="Clean Air Act", note="E23, K2")
E("25 percent", "PERCENT", sent=24, note="E21")
E("U.S.", "GPE", sent=24, cluster=US, note="E3")
E("1980", "DATE", sent=24, note="E18")
E("2012", "DATE", sent=24, note="E18")
E("U.S.", "GPE", sent=25, cluster=US)
E("Croucher Foundation", "ORG", sent=26, cluster="Croucher Foundation")
E("US National Science Foundation", "ORG", sent=26, cluster="US National Science Foundation", note="E1")
E("US National Park Service", "ORG", sent=26, cluster="US National Park Service", note="E1")

TEAM = "research team"
# ---- events (V18 science: analysis, findings, estimates are no events)
pub3 = d.event("published", "contact.mediastatement.broadcast", sent=3, args=[
    A("communicator", "The scientists", sent=4, head="scientists", cluster=TEAM)],
    note="V17b, V18 (journal = one-way public medium); V9i, V10 test 5")
d.fact(pub3, "CT+", note="ST3")
pub14 = d.event("published", "contact.mediastatement.unspecified", sent=14, args=[
    A("communicator", "AS Heagle", sent=14)],
    note="V17b (no medium named: 'a paper'), ST2 supplement -> author")
d.fact(pub14, "CT+", note="ST2, ST3")
sup = d.event("supported", "transaction.transaction.giftgrantprovideaid", sent=26, args=[
    A("giver", "the Croucher Foundation", sent=26, head="Foundation"),
    A("giver", "US National Science Foundation", sent=26),
    A("giver", "US National Park Service", sent=26),
    A("beneficiary", "The study", sent=26, head="study", cluster="the study")],
    note="uncovered: funding support of a study typed as giftgrantprovideaid (nearest V18 gifts row); no PLOVER (V16 science)")
d.fact(sup, "CT+")
# K3: "The scientists" corefers with "A research team", "They"; "The study" with two other "The study" mentions.
d.save()
