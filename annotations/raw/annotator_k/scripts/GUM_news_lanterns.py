import sys; sys.path.insert(0, "/work/main/scripts"); sys.path.insert(0, "/work/main/annotations/raw/annotator_k/scripts")
from kdoc import KDoc
d = KDoc("GUM_news_lanterns", annotator="annotator_k")
FEST = "Taipei City Lantern Festival"
CKS = "Chiang Kai Shek Memorial"
# ---- entities
d.ent("Lantern Festival", "EVENT", sent=0, cluster=FEST, note="E23 (named recurring gathering)")
d.ent("Taipei", "GPE", sent=0, cluster="Taipei")
d.ent("Monday, March 5, 2007", "DATE", sent=1, note="E18")
d.ent("Taipei", "GPE", sent=2, n=1, cluster="Taipei")
d.ent("Taiwan", "GPE", sent=2, cluster="Taiwan")
d.ent("Taipei City Lantern Festival", "EVENT", sent=2, cluster=FEST, note="E1, E3, E23")
d.ent("Saturday Night", "TIME", sent=2, note="E19")
d.ent("hundreds of thousands", "CARDINAL", sent=2, note="E15")
d.ent("Chiang Kai Shek Memorial", "FAC", sent=2, cluster=CKS, note="E1, E3, E10")
d.ent("Taipei", "GPE", sent=2, n=3, cluster="Taipei")
d.ent("Hau Lung-bin", "PERSON", sent=2, cluster="Hau Lung-bin", note="E5")
d.ent("hundreds", "CARDINAL", sent=2, n=2, note="E15")
d.ent("240,000 square meter", "QUANTITY", sent=2, note="E21")
d.ent("15 meter", "QUANTITY", sent=3, note="E21")
d.ent("this years", "DATE", sent=4, note="E18")
d.ent("12 year", "DATE", sent=4, note="E18")
d.ent("Chinese", "NORP", sent=4, note="E9")
d.ent("year of the pig", "DATE", sent=4, note="E18, uncovered: named zodiac year as DATE")
d.ent("1990", "DATE", sent=6)
d.ent("Taipei", "GPE", sent=6, cluster="Taipei")
d.ent("2000 year old", "DATE", sent=6, note="E18 (ages)")
d.ent("Chinese New Year", "DATE", sent=6, note="E18 (named holiday)")
d.ent("every year", "DATE", sent=7, note="E18")
d.ent("Last Year", "DATE", sent=8, note="E18")
d.ent("over 4 million", "CARDINAL", sent=8, note="E15")
d.ent("this year", "DATE", sent=8, note="E18")
d.ent("about 6 million", "CARDINAL", sent=8, note="E15")
d.ent("2 km", "QUANTITY", sent=9, note="E21")
d.ent("Taiwan", "GPE", sent=11, cluster="Taiwan")
d.ent("Malaysia Tourism", "ORG", sent=13, cluster="Malaysia Tourism",
      note="E3, E12, uncovered: lower-case 'board' left outside the ORG name (cf. E6, E23)")
d.ent("new year", "DATE", sent=14, note="E18, uncovered: lower-case holiday name")
d.ent("Taiwan", "GPE", sent=14, cluster="Taiwan")
d.ent("70 meter", "QUANTITY", sent=16, note="E21")
d.ent("Chiang Kai Shek Memorial Hall Station", "FAC", sent=18, cluster="Chiang Kai Shek Memorial Hall Station", note="E10")
d.ent("hours", "TIME", sent=18, note="E19 (durations counted in hours)")
d.ent("Sunday night", "TIME", sent=19, note="E19")
d.ent("March 4", "DATE", sent=19, note="E18")
d.ent("NTU Hospital Station", "FAC", sent=20, cluster="NTU Hospital Station", note="E10")
d.ent("Shandao Station", "FAC", sent=20, cluster="Shandao Station", note="E10")
d.ent("about a 20 minute", "TIME", sent=21, note="E19, E15 (approximator inside)")
d.ent("the weekends", "DATE", sent=22, note="E3, E18")
d.ent("the fourth or fifth day of the festival", "DATE", sent=23, note="E18 ('day five'), uncovered: festival day range as one DATE")
d.ent("Saturday night", "TIME", sent=24, note="E19")
d.ent("the opening night", "TIME", sent=24, note="E19, uncovered: relative day + part of day")
d.ent("the next Tuesday night", "TIME", sent=25, note="E19")
d.ent("March 11 this year", "DATE", sent=26, note="E18, E19 (one span as '2:30 the next day')")

# ---- events
made = d.event("made", "manufacture.artifact.createintellectualproperty", sent=11, args=[
    d.arg("manufacturer", "student groups", sent=11, head="groups")],
    note="V18 (creating a work), K10 ('scenes' is a predicate nominal, fills no role)")
sponsored = d.event("sponsored", "transaction.transfermoney.giftgrantprovideaid", sent=12, args=[
    d.arg("giver", "foreign countries", sent=12, head="countries")],
    note="V18, K7, uncovered: sponsorship typed as a money grant")
flock = d.event("flock", "movement.transportperson.selfmotion", sent=15, args=[
    d.arg("transporter", "People", sent=15, cluster="festival visitors (people)")],
    note="V1 (habitual), V8")
carry = d.event("carry", "movement.transportartifact.bringcarryunload", sent=15, args=[
    d.arg("transporter", "they", sent=15, cluster="festival visitors (people)"),
    d.arg("artifact", "lanterns", sent=15)],
    note="V1 (habitual), uncovered: carrying typed bringcarryunload")
given = d.event("given", "transaction.transferownership.giftgrantprovideaid", sent=15, args=[
    d.arg("giver", "the city", sent=15, cluster="Taipei"),
    d.arg("recipient", "they", sent=15, cluster="festival visitors (people)"),
    d.arg("artifact", "lanterns", sent=15)],
    note="V18 (gifts), V9e, V9h, K6 (the city = Taipei)")
bought = d.event("bought", "transaction.transferownership.purchase", sent=15, args=[
    d.arg("giver", "street vendors", sent=15, head="vendors"),
    d.arg("recipient", "they", sent=15, cluster="festival visitors (people)"),
    d.arg("artifact", "lanterns", sent=15)],
    note="V18 (sales), V9e, V9h")
exodus = d.event("exodus", "movement.transportperson.selfmotion", sent=19, args=[
    d.arg("transporter", "people", sent=19),
    d.arg("destination", "the station", sent=19, cluster="Chiang Kai Shek Memorial Hall Station")],
    note="V8, V9b, V9h ('to head for the station' describes the exodus; 'head' not a second trigger, V3)")
walking = d.event("walking", "movement.transportperson.selfmotion", sent=20, args=[
    d.arg("origin", "NTU Hospital Station", sent=20),
    d.arg("origin", "Shandao Station", sent=20)],
    modality="other", note="V14 (modal of possibility 'can'), G6 (conjuncts split)")
visited = d.event("visited", "movement.transportperson.selfmotion", sent=24, args=[
    d.arg("transporter", "I", sent=24, cluster="author (reporter)"),
    d.arg("destination", "the festival", sent=24, cluster=FEST)],
    note="V8, V9a")
went = d.event("went", "movement.transportperson.selfmotion", sent=25, args=[
    d.arg("transporter", "I", sent=25, cluster="author (reporter)")],
    note="V8, V9a")

# ---- stances
for ev in [made, sponsored, flock, carry, given, bought, exodus, visited, went]:
    d.fact(ev, "CT+", note="ST3, ST4")
d.fact(walking, "Uu", note="ST4 (advice under 'can be avoided by': not asserted), uncovered")
d.save()
