import sys; sys.path.insert(0, "/work/main/scripts"); sys.path.insert(0, "/work/main/annotations/raw/annotator_i/scripts")
from _k9 import Doc
d = Doc("GUM_news_warming", annotator="annotator_i")
A, R = d.arg, d.span
US = "United States"; HP = "The Huffington Post"; CH = "Colette Heald"

d.ent("Monday, July 28, 2014", "DATE", sent=1, note="E18")
d.ent("Massachusetts Institute of Technology", "ORG", sent=2, cluster="Massachusetts Institute of Technology", note="E3, E10")
d.ent("Colorado State University", "ORG", sent=2, cluster="Colorado State University")
d.ent("US", "GPE", sent=2, cluster=US, note="E3")
d.ent("University of Sheffield", "ORG", sent=2, cluster="University of Sheffield", note="E3")
d.ent("UK", "GPE", sent=2, cluster="UK", note="E3")
d.ent("2000 - 2050", "DATE", sent=2, note="E18 range with dash")
d.ent("Nature Climate Change", "ORG", sent=3, cluster="Nature Climate Change", note="E12")
d.ent("yesterday", "DATE", sent=3)
d.ent("2050", "DATE", sent=4, note="E18")
d.ent("10%", "PERCENT", sent=4, note="E21")
d.ent("2000", "DATE", sent=4)
d.ent("2050", "DATE", sent=6)
d.ent("50 percent", "PERCENT", sent=6, note="E21")
d.ent("Colette Heald", "PERSON", sent=7, cluster=CH, note="E5")
d.ent("The Huffington Post", "ORG", sent=7, cluster=HP, note="E3, E12")
d.ent("2050", "DATE", sent=9)
d.ent("49 percent", "PERCENT", sent=9, note="E21")
d.ent("27 percent", "PERCENT", sent=9, note="E21")
d.ent("Heald", "PERSON", sent=11, cluster=CH)
d.ent("U.S. Department of Agriculture", "ORG", sent=13, cluster="U.S. Department of Agriculture", note="E3, K6")
d.ent("NCLAN", "ORG", sent=14, cluster="NCLAN", note="E12, uncovered: acronym of a research network (National Crop Loss Assessment Network) as ORG")
d.ent("AS Heagle", "PERSON", sent=14, cluster="AS Heagle")
d.ent("1989", "DATE", sent=14)
d.ent("46 percent", "PERCENT", sent=15, note="E21")
d.ent("U.S. Environmental Protection Agency", "ORG", sent=17, cluster="U.S. Environmental Protection Agency", note="E3, K6")
d.ent("Heald", "PERSON", sent=20, cluster=CH)
d.ent("Heald", "PERSON", sent=23, cluster=CH)
d.ent("The Huffington Post", "ORG", sent=23, cluster=HP, note="E3, E12")
d.ent("US", "GPE", sent=23, cluster=US, note="E13")
d.ent("Clean Air Act", "LAW", sent=23, cluster="Clean Air Act", note="E23, K2")
d.ent("25 percent", "PERCENT", sent=24, note="E21")
d.ent("U.S.", "GPE", sent=24, cluster=US, note="E3")
d.ent("1980", "DATE", sent=24, note="E18 range with words")
d.ent("2012", "DATE", sent=24, note="E18")
d.ent("U.S.", "GPE", sent=25, cluster=US, note="E3")
d.ent("Croucher Foundation", "ORG", sent=26, cluster="Croucher Foundation", note="E3")
d.ent("US National Science Foundation", "ORG", sent=26, cluster="US National Science Foundation", note="E8, E13, uncovered: country name inside an agency name")
d.ent("US National Park Service", "ORG", sent=26, cluster="US National Park Service", note="E8, E13, uncovered")

# events: science has no type (V18): analyse/analysed, found, estimated, reduction, damage, increase: none
e_pub = d.event("published", "contact.mediastatement.broadcast", sent=3, args=[
    A("communicator", "A research team", sent=2, head="team", cluster="research team")],
    note="V17b, V18 (example), V9i, G6 (from-phrase outside)")
d.fact(e_pub, "CT+", note="ST3")
e_pub14 = d.event("published", "contact.mediastatement.unspecified", sent=14, args=[
    A("communicator", "AS Heagle", sent=14)],
    note="V17b, V8 (a paper: no named one-way medium), V9 (by-agent)")
d.fact(e_pub14, "CT+", note="ST2 (participial supplement: author)")
e_sup = d.event("supported", "transaction.transaction.giftgrantprovideaid", sent=26, args=[
    A("giver", "the Croucher Foundation", sent=26, head="Foundation", cluster="Croucher Foundation"),
    A("giver", "US National Science Foundation", sent=26),
    A("giver", "US National Park Service", sent=26),
    A("beneficiary", "The study", sent=26, head="study", cluster="the study")],
    note="V8, V18 (gifts/grants), uncovered: research funding; no PLOVER row (V16)")
d.fact(e_sup, "CT+")
d.save()
