import sys; sys.path.insert(0, "/work/main/annotations/raw/annotator_g/scripts")
from gkit import Doc
d = Doc("GUM_news_lanterns", annotator="annotator_g")
SM = "movement.transportperson.selfmotion"
# ---- entities
d.ent("Lantern Festival", "EVENT", sent=0, cluster="Taipei City Lantern Festival", note="E23")
d.ent("Taipei", "GPE", sent=0, cluster="Taipei")
d.ent("the night", "TIME", sent=0, note="E19, E3")
d.ent("Monday, March 5, 2007", "DATE", sent=1, note="E18")
d.ent("Taipei", "GPE", sent=2, cluster="Taipei")
d.ent("Taiwan", "GPE", sent=2, cluster="Taiwan")
d.ent("Taipei City Lantern Festival", "EVENT", sent=2, cluster="Taipei City Lantern Festival", note="E3, E23")
d.ent("Saturday Night", "TIME", sent=2, note="E19")
d.ent("hundreds of thousands", "CARDINAL", sent=2, note="E15")
d.ent("Chiang Kai Shek Memorial", "FAC", sent=2, cluster="Chiang Kai Shek Memorial", note="E10")
d.ent("Taipei", "GPE", sent=2, n=3, cluster="Taipei")
d.ent("Hau Lung-bin", "PERSON", sent=2, cluster="Hau Lung-bin", note="E5")
d.ent("hundreds", "CARDINAL", sent=2, n=2)
d.ent("240,000 square meter", "QUANTITY", sent=2, note="E21")
d.ent("15 meter", "QUANTITY", sent=3, note="E21")
d.ent("this years", "DATE", sent=4, note="E18")
d.ent("12 year", "DATE", sent=4, note="E18")
d.ent("Chinese", "NORP", sent=4)
d.ent("year of the pig", "DATE", sent=4, note="E18, uncovered: zodiac year name as DATE")
d.ent("1990", "DATE", sent=6)
d.ent("Taipei", "GPE", sent=6, cluster="Taipei", note="E23: lower-case 'lantern festival' no EVENT")
d.ent("2000 year old", "DATE", sent=6, note="E18 (ages)")
d.ent("Chinese New Year", "DATE", sent=6, note="E18 (named holiday)")
d.ent("every year", "DATE", sent=7, note="E18")
d.ent("Last Year", "DATE", sent=8)
d.ent("over 4 million", "CARDINAL", sent=8, note="E15")
d.ent("this year", "DATE", sent=8)
d.ent("about 6 million", "CARDINAL", sent=8, note="E15")
d.ent("2 km", "QUANTITY", sent=9, note="E21")
d.ent("Taiwan", "GPE", sent=11, cluster="Taiwan")
d.ent("Malaysia Tourism board", "ORG", sent=13, cluster="Malaysia Tourism board",
      note="E3, E12, uncovered: lower-case 'board' kept inside the body's name")
d.ent("new year", "DATE", sent=14, note="E18 (holiday)")
d.ent("Taiwan", "GPE", sent=14, cluster="Taiwan")
d.ent("70 meter", "QUANTITY", sent=16, note="E21")
d.ent("Chiang Kai Shek Memorial Hall Station", "FAC", sent=18, cluster="Chiang Kai Shek Memorial Hall Station", note="E1, E10")
d.ent("hours", "TIME", sent=18, note="E19")
d.ent("Sunday night", "TIME", sent=19, note="E19")
d.ent("March 4", "DATE", sent=19)
d.ent("NTU Hospital Station", "FAC", sent=20, cluster="NTU Hospital Station", note="E10")
d.ent("Shandao Station", "FAC", sent=20, cluster="Shandao Station", note="E10")
d.ent("20 minute", "TIME", sent=21, note="E19")
d.ent("the weekends", "DATE", sent=22, note="E18, E3")
d.ent("the fourth or fifth day", "DATE", sent=23, note="E18 (like 'a day or two', one span)")
d.ent("Saturday night", "TIME", sent=24, note="E19")
d.ent("the opening night", "TIME", sent=24, note="E19")
d.ent("the next Tuesday night", "TIME", sent=25, note="E19")
d.ent("March 11", "DATE", sent=26)
d.ent("this year", "DATE", sent=26)

# ---- events
made = d.event("made", "manufacture.artifact.createintellectualproperty", sent=11, args=[
    d.arg("artifact", "scenes", sent=11),
    d.arg("manufacturer", "student groups", sent=11)],
    note="V18 (creating a work)")
spons = d.event("sponsored", "transaction.transfermoney.giftgrantprovideaid", sent=12, args=[
    d.arg("giver", "foreign countries", sent=12)],
    note="V8, uncovered: sponsorship as a money gift; 'a section of lanterns' is no beneficiary")
flock = d.event("flock", SM, sent=15, args=[
    d.arg("transporter", "People", sent=15, cluster="festival visitors")], note="V8")
carry = d.event("carry", "movement.transportartifact.bringcarryunload", sent=15, args=[
    d.arg("transporter", "they", sent=15, cluster="festival visitors"),
    d.arg("artifact", "lanterns", sent=15)], note="V8")
given = d.event("given", "transaction.transferownership.giftgrantprovideaid", sent=15, args=[
    d.arg("giver", "the city", sent=15, cluster="Taipei"),
    d.arg("artifact", "lanterns", sent=15),
    d.arg("recipient", "they", sent=15, cluster="festival visitors")],
    note="V3 (given away), V18, V9h, K4")
bought = d.event("bought", "transaction.transferownership.purchase", sent=15, args=[
    d.arg("giver", "street vendors", sent=15),
    d.arg("artifact", "lanterns", sent=15),
    d.arg("recipient", "they", sent=15, cluster="festival visitors")],
    note="V18, V9e, V9h")
climb = d.event("climbing", SM, sent=16, modality="other",
                note="V14 (modal of possibility 'can be observed by climbing'); the steps are a path (V11)")
exodus = d.event("exodus", SM, sent=19, args=[
    d.arg("transporter", "people", sent=19),
    d.arg("destination", "the station", sent=19, cluster="Chiang Kai Shek Memorial Hall Station")],
    note="V8, V3: 'head' is part of the same motion, not annotated separately")
walking = d.event("walking", SM, sent=20, modality="other", args=[
    d.arg("origin", "NTU Hospital Station", sent=20),
    d.arg("origin", "Shandao Station", sent=20)],
    note="V14 (can be avoided ... by walking), G6 coordination")
visited = d.event("visited", SM, sent=24, args=[
    d.arg("transporter", "I", sent=24, cluster="author (visitor)"),
    d.arg("destination", "the festival", sent=24, cluster="Taipei City Lantern Festival")],
    note="V8, uncovered: visiting a festival as selfmotion; festival itself no type (V18)")
went = d.event("went", SM, sent=25, args=[
    d.arg("transporter", "I", sent=25, cluster="author (visitor)")],
    note="V3 (went back)")

# ---- stances
for ev in (made, spons, flock, carry, given, bought, exodus, visited, went):
    d.fact(ev, "CT+", note="ST3, ST4")
for ev in (climb, walking):
    d.fact(ev, "PS+", note="ST4 (can)")
d.save()
