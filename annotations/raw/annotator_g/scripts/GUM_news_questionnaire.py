import sys; sys.path.insert(0, "/work/main/annotations/raw/annotator_g/scripts")
from gkit import Doc
d = Doc("GUM_news_questionnaire", annotator="annotator_g")
HO = "Home Office"
SM = "movement.transportperson.selfmotion"
E = [  # (sent, text, label, cluster, n, note)
    (0, "UK", "GPE", "UK", 1, "E13"), (0, "five", "CARDINAL", None, 1, None),
    (1, "Thursday, February 23, 2023", "DATE", None, 1, "E18"),
    (2, "Braverman", "PERSON", "Suella Braverman", 1, "G2 caption"), (2, "Sunak", "PERSON", "Rishi Sunak", 1, None),
    (2, "October 25, 2022", "DATE", None, 1, None),
    (3, "UK Government", "ORG", "UK Government", 1, "G2 credit, E12 (capitalised body)"),
    (4, "Border Force", "ORG", "Border Force", 1, "E3"), (4, "HMC Searcher", "PRODUCT", "HMC Searcher", 1, "E23 (vessel)"),
    (4, "The Solent", "LOC", "The Solent", 1, "E3 (The belongs to the name), E11"),
    (4, "February 8, 2010", "DATE", None, 1, None),
    (5, "Brian Burnell", "PERSON", "Brian Burnell", 1, "G2 credit"),
    (6, "United Kingdom Home Office", "ORG", HO, 1, "E3, E8 (by analogy: GPE name inside the ORG name, K6 'U.S. Department of Agriculture')"),
    (6, "today", "DATE", None, 1, None), (6, "some 12,000", "CARDINAL", None, 1, "E15"),
    (6, "Afghanistan", "GPE", "Afghanistan", 1, None), (6, "Eritrea", "GPE", "Eritrea", 1, None),
    (6, "Libya", "GPE", "Libya", 1, None), (6, "Syria", "GPE", "Syria", 1, None), (6, "Yemen", "GPE", "Yemen", 1, None),
    (6, "last summer", "DATE", None, 1, "E18"),
    (7, "Rishi Sunak", "PERSON", "Rishi Sunak", 1, "E5, E4"), (7, "92,000", "CARDINAL", None, 1, None),
    (7, "year end", "DATE", None, 1, "E18"),
    (8, "five", "CARDINAL", None, 1, None), (8, "above 95%", "PERCENT", None, 1, "E21"),
    (9, "ten", "CARDINAL", None, 1, "E22 (range in words: two spans)"), (9, "32", "CARDINAL", None, 1, None),
    (9, "40", "CARDINAL", None, 1, None), (9, "50", "CARDINAL", None, 1, None),
    (9, "English", "LANGUAGE", None, 1, "E23"),
    (10, "twenty working days", "DATE", None, 1, "E18"),
    (11, "Sky News", "ORG", "Sky News", 1, "E12"),
    (12, "BBC News", "ORG", "BBC News", 1, "E12"),     (13, "British Red Cross", "ORG", "British Red Cross", 1, "E3"), (13, "September 2021", "DATE", None, 1, None),
    (13, "3,000", "CARDINAL", None, 1, None), (13, "Afghan", "NORP", None, 1, None),
    (13, "Boris Johnson", "PERSON", "Boris Johnson", 1, "E5"), (13, "Home Office", "ORG", HO, 1, "E3"),
    (13, "today", "DATE", None, 1, None), (13, "UK", "GPE", "UK", 1, "E4"),
    (14, "Labour", "ORG", "Labour", 1, "E4, E12"), (14, "Yvette Cooper", "PERSON", "Yvette Cooper", 1, "E5"),
    (14, "months", "DATE", None, 1, "E18"), (14, "Home Office", "ORG", HO, 1, None),
    (14, "Albania", "GPE", "Albania", 1, None),
    (14, "United Nations High Commissioner for Refugees", "ORG", "United Nations High Commissioner for Refugees", 1,
     "E1, E3, uncovered: the office (UNHCR) typed ORG"),
    (14, "two years ago", "DATE", None, 1, "E18"),
    (15, "Labour", "ORG", "Labour", 1, None),
    (16, "today", "DATE", None, 1, None), (16, "45,756", "CARDINAL", None, 1, None),
    (16, "Channel", "LOC", "Channel", 1, "E3, E11"), (16, "last year", "DATE", None, 1, None),
    (16, "over 150,000", "CARDINAL", None, 1, "E15"),
    (17, "Sunak", "PERSON", "Rishi Sunak", 1, None), (17, "UK", "GPE", "UK", 1, None), (17, "next month", "DATE", None, 1, None),
    (18, "Home Office", "ORG", HO, 1, None),
    (19, "Braverman", "PERSON", "Suella Braverman", 1, "G2 caption"), (19, "France", "GPE", "France", 1, "E4"),
    (19, "Gérald Darmanin", "PERSON", "Gérald Darmanin", 1, "E5"), (19, "Paris", "GPE", "Paris", 1, None),
    (19, "November 14, 2022", "DATE", None, 1, None),
    (20, "Home Office", "ORG", HO, 1, "G2 credit"),
    (21, "Wednesday", "DATE", None, 1, None), (21, "Suella Braverman", "PERSON", "Suella Braverman", 1, "E5"),
    (21, "GB News", "ORG", "GB News", 1, "E12"),
    (22, "UK", "GPE", "UK", 1, None), (22, "English", "LANGUAGE", None, 1, None),
    (23, "The Guardian", "ORG", "The Guardian", 1, "E3 (The belongs to the name), E12"),
    (23, "over fifty", "CARDINAL", None, 1, "E15"), (23, "UK", "GPE", "UK", 1, None),
    (24, "Colin Yeo", "PERSON", "Colin Yeo", 1, "E5"),
    (24, "Joint Council for the Welfare of Immigrants", "ORG", "Joint Council for the Welfare of Immigrants", 1, None),
    (24, "Caitlin Boswell", "PERSON", "Caitlin Boswell", 1, "E5"), (24, "Boswell", "PERSON", "Caitlin Boswell", 2, None),
    (26, "Refugee Council", "ORG", "Refugee Council", 1, "E3"), (26, "Enver Solomon", "PERSON", "Enver Solomon", 1, "E5"),
    (26, "Sky News", "ORG", "Sky News", 1, None),
    (27, "months", "DATE", None, 1, None), (27, "years", "DATE", None, 1, None),
    (27, "a matter of weeks", "DATE", None, 1, "E18"),
    (27, "English", "LANGUAGE", None, 1, None), (27, "English", "LANGUAGE", None, 2, None),
    (28, "Prime Minister's Questions", "EVENT", "Prime Minister's Questions", 1, "E23 (named recurring session)"),
    (28, "Wednesday", "DATE", None, 1, None), (28, "Sunak", "PERSON", "Rishi Sunak", 1, None),
    (28, "Braverman", "PERSON", "Suella Braverman", 1, None),
    (28, "Albania", "GPE", "Albania", 1, None), (28, "France", "GPE", "France", 1, None),
]
for sent, text, label, cl, n, note in E:
    d.ent(text, label, sent=sent, n=n, cluster=cl, note=note)
from annotation_kit import Span
_ti = d.span("the i reporting", sent=12)
d.ent(Span(_ti.start + 4, _ti.start + 5, "i"), "ORG", cluster="the i", note="E3, E12 (newspaper 'the i')")

A = d.arg
REQ = "contact.requestadvise.unspecified"
applied = d.event("applied", REQ, sent=6, args=[
    A("communicator", "some 12,000 asylee hopefuls", sent=6, head="hopefuls")],
    plover="REQUEST", note="V17a (an asylum application is a request), G6, uncovered: applying for asylum as requestadvise")
checks = d.event("checks", "inspection.sensoryobserve.inspectpeopleorganization", sent=8, modality="other",
                 note="V14 (will), uncovered: security/health checks as inspection")
accept = d.event("acceptance", "movement.transportperson.grantentryasylum", sent=8,
                 note="V8 (letting people in), uncovered: acceptance of asylum claims; nationalities fill no role")
recom = d.event("recommending", REQ, sent=9, args=[
    A("communicator", "the government", sent=9, cluster="UK Government"),
    A("topic", "online translation tools", sent=9)],
    plover="REQUEST", note="V17a (advice), V12, G4")
refused = d.event("refused", "movement.transportperson.prevententry", sent=12, polarity="negative", modality="other",
                  note="V13, V14 (will), K10 ('no one' fills no role), uncovered: refusing asylum as prevententry")
recom14 = d.event("recommended", REQ, sent=14, args=[
    A("communicator", "the United Nations High Commissioner for Refugees", sent=14, head="Commissioner",
      cluster="United Nations High Commissioner for Refugees"),
    A("topic", "it", sent=14, n=3)],
    plover="REQUEST", note="V17a, V12")
agree15 = d.event("agreements", "government.agreements.acceptagreementcontractceasefire", sent=15, modality="other", args=[
    A("participant", "Labour", sent=15)],
    note="V5, V14 (plan), V9i")
cross15 = d.event("crossings", "movement.transportperson.smuggleextract", sent=15, args=[
    A("transporter", "the criminal gangs", sent=15, head="gangs"),
    A("vehicle", "small boat", sent=15, head="boat")],
    note="V8, V12 (premodifier as argument), uncovered: gang-driven boat crossings as smuggleextract")
pub = d.event("published", "contact.mediastatement.unspecified", sent=16, modality="other",
              note="V17b (publish figures), V14 (scheduled)")
cross16 = d.event("crossing", SM, sent=16, args=[
    A("transporter", "a record 45,756 migrants", sent=16, head="migrants")],
    note="V8, V11 (the Channel is the crossed path)")
claiming = d.event("claiming", REQ, sent=17, modality="other", args=[A("place", "the UK", sent=17)],
                   note="V14 (expected law), K10 (generic 'illegal migrants'), as E1")
arriving = d.event("arriving", SM, sent=21, args=[
    A("transporter", "the overwhelming numbers of people", sent=21, head="people")],
    note="V8, G7a")
traff = d.event("trafficking", "movement.transportperson.smuggleextract", sent=23, modality="other",
                note="V14 (question), K10 (generic 'you')")
journey = d.event("journey", SM, sent=23, modality="other", note="V14 (question), K10")
arrived = d.event("arrived", SM, sent=23, modality="other", args=[A("destination", "the UK", sent=23)],
                  note="V14 (question), K10")
fleeing = d.event("fleeing", SM, sent=24, note="V1 (generic), K10")
threats = d.event("threats", "contact.threatencoerce.unspecified", sent=26, args=[
    A("topic", "applications being withdrawn", sent=26, head="withdrawn")],
    note="V17a (threat), G6, G7b")
promising = d.event("promising", "contact.commitmentpromiseexpressintent.unspecified", sent=28, args=[
    A("communicator", "Sunak", sent=28),
    A("topic", 'a "formal update" from Braverman is forthcoming', sent=28, head="is")],
    plover="AGREE", note="V17a (promise), V12, G4, uncovered: PLOVER AGREE for a promise (commitment row)")
update = d.event("update", "contact.mediastatement.unspecified", sent=28, modality="other", args=[
    A("communicator", "Braverman", sent=28)], note="V17b (statement), V14 (promise)")
bring = d.event("bring", "government.legislate.legislate", sent=28, modality="other", args=[
    A("governmentbody", "The Home Secretary", sent=28, cluster="Suella Braverman"),
    A("governmentbody", "I", sent=28, n=1, cluster="Rishi Sunak")],
    note="V3 (bring forward), V14 (purpose), uncovered: introducing legislation as legislate")
deals = d.event("deals", "government.agreements.acceptagreementcontractceasefire", sent=28, args=[
    A("participant", "our", sent=28, cluster="UK Government"),
    A("participant", "Albania", sent=28), A("participant", "France", sent=28)],
    plover="AGREE", note="V5, V15 (plural: no ACLED), V16 (other agreement made), K8")
arrives = d.event("arrives", SM, sent=28, modality="other", args=[
    A("destination", "our country", sent=28, cluster="UK")], note="V14 (condition), K10 ('someone' non-specific)")

# ---- stances
for ev in (applied, recom):
    d.fact(ev, "CT+")
d.fact(checks, "PR+", note="ST4 (will)")
d.fact(accept, "CT+")
d.fact(refused, "PR-", holder=d.holder("the i", sent=12, cluster="the i"), cue=d.span("reporting", sent=12),
       note="ST2, ST4 (will not), ST6")
cooper = d.holder("Labour's Shadow Home Secretary Yvette Cooper", sent=14, cluster="Yvette Cooper")
d.fact(recom14, "CT+", holder=cooper, cue=d.span("said", sent=14, n=2), note="ST2, ST4 (presupposed after-clause)")
for ev, v in ((agree15, "Uu"), (cross15, "CT+")):
    d.fact(ev, v, holder=d.holder("She", sent=15, cluster="Yvette Cooper"), cue=d.span("continued", sent=15),
           note="ST2, ST4, ST6")
d.attitude(d.holder("Labour", sent=15), agree15, "FAVOR", cue=d.span("plan", sent=15), note="ST5 (plan)")
d.fact(pub, "PR+", note="ST4 (scheduled)")
d.fact(cross16, "CT+", holder=d.holder("Figures", sent=16), cue=d.span("show", sent=16), note="ST2, ST6")
d.fact(claiming, "Uu", note="ST4 (expected law)")
d.fact(arriving, "CT+", holder=d.holder("Home Secretary Suella Braverman", sent=21, cluster="Suella Braverman"),
       cue=d.span("told GB News", sent=21), note="ST2, ST7")
for ev in (traff, journey, arrived):
    d.fact(ev, "Uu", holder=d.holder("The Guardian", sent=23), cue=d.span("cited", sent=23), note="ST2, ST4 (question)")
d.fact(fleeing, "CT+", holder=d.holder("Boswell", sent=24, n=2), cue=d.span("stating", sent=24), note="ST2, ST6")
d.fact(threats, "CT+", holder=d.holder("CEO of the Refugee Council Enver Solomon", sent=26, cluster="Enver Solomon"),
       cue=d.span("told Sky News", sent=26), note="ST2, ST7")
d.fact(promising, "CT+")
d.fact(update, "Uu", note="ST4 (promised)")
d.attitude(d.holder("Sunak", sent=28), update, "FAVOR", cue=d.span("promising", sent=28), note="ST5 (promise)")
sun = lambda: d.holder("Sunak", sent=28)
for ev, v in ((bring, "Uu"), (deals, "CT+"), (arrives, "Uu")):
    d.fact(ev, v, holder=sun(), cue=d.span("defended", sent=28),
           note="ST2, ST4, uncovered: quotation after 'defended ... whilst promising ...:' attributed via 'defended'")
d.save()
