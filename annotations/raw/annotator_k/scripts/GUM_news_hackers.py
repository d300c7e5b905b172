import sys; sys.path.insert(0, "/work/main/scripts"); sys.path.insert(0, "/work/main/annotations/raw/annotator_k/scripts")
from kdoc import KDoc
d = KDoc("GUM_news_hackers", annotator="annotator_k")
COS = "Church of Scientology"
WEB = "Church of Scientology website"
POSTER = "the poster (anonymous blogger)"
# ---- entities
d.ent("Church of Scientology", "ORG", sent=0, cluster=COS, note="E1, E12")
d.ent("Sunday, January 20, 2008", "DATE", sent=1, note="E18")
d.ent("Wikinews", "ORG", sent=2, cluster="Wikinews", note="E12")
d.ent("just over 24 hours ago", "TIME", sent=2, note="E19")
d.ent("Church of Scientology", "ORG", sent=2, cluster=COS, note="E3, E4")
d.ent("Wednesday", "DATE", sent=3)
d.ent("Anonymous", "ORG", sent=3, cluster="Anonymous", note="E12, uncovered: user label of the hacker collective typed ORG")
d.ent("Insurgency Wiki", "ORG", sent=3, cluster="Insurgency Wiki", note="E12 (named website)")
d.ent("4chan", "ORG", sent=3, cluster="4chan", note="E12")
d.ent("Church of Scientology", "ORG", sent=4, cluster=COS, note="E3, E4")
d.ent("Scientologist", "NORP", sent=4, note="E9")
d.ent("Tom Cruise", "PERSON", sent=4, cluster="Tom Cruise")
d.ent("YouTube", "ORG", sent=4, cluster="YouTube", note="E12")
d.ent("YouTube", "ORG", sent=5, cluster="YouTube")
d.ent("Church of Scientology", "ORG", sent=5, cluster=COS, note="E3, E4")
d.ent("Gawker.com", "ORG", sent=5, cluster="Gawker.com", note="E12")
d.ent("1", "CARDINAL", sent=6, note="E22 (score number, not dash-joined)")
d.ent("Scientology", "NORP", sent=6, note="E9")
d.ent("0", "CARDINAL", sent=6, note="E22")
d.ent("Matthew Ingram", "PERSON", sent=6, cluster="Matthew Ingram")
d.ent("Matthew Ingram", "PERSON", sent=7, cluster="Matthew Ingram")
d.ent("The Globe and Mail", "ORG", sent=7, cluster="The Globe and Mail", note="E3, E12")
d.ent("Church of Scientology", "ORG", sent=7, cluster=COS, note="E3, E4")
d.ent("Cruise", "PERSON", sent=7, cluster="Tom Cruise")
d.ent("Scientology vs. the Internet, part XVII", "WORK_OF_ART", sent=7, cluster="Scientology vs. the Internet, part XVII", note="E23, E1")
d.ent("Church of Scientology", "ORG", sent=8, cluster=COS, note="E3")
d.ent("Cruise", "PERSON", sent=8, cluster="Tom Cruise")
d.ent("Scientology", "NORP", sent=8, n=2, note="E9")
d.ent("almost 15 years", "DATE", sent=8, note="E18")
d.ent("the early days of newsgroups", "DATE", sent=8, note="E18 (modifier 'early', the inside), uncovered: period named by its of-phrase")
d.ent("alt.religion.scientology", "ORG", sent=8, cluster="alt.religion.scientology", note="E12 (named online service)")
d.ent("1994", "DATE", sent=8)
d.ent("Tom Cruise", "PERSON", sent=10, cluster="Tom Cruise")
d.ent("Church of Scientology", "ORG", sent=10, n=1, cluster=COS, note="E3 (cf. 'the Church of Scientology')")
d.ent("Anon declares war on Church of Scientology", "WORK_OF_ART", sent=10, cluster="Anon declares war on Church of Scientology", note="E23 (blog post title), E1")
d.ent("One", "CARDINAL", sent=11, note="E15")
d.ent("Gigaloader", "PRODUCT", sent=11, cluster="Gigaloader", note="E23")
d.ent("Scientology", "NORP", sent=11, note="E9")
d.ent("Tom Cruise", "PERSON", sent=13, cluster="Tom Cruise")
d.ent("Church of Scientology", "ORG", sent=13, cluster=COS, note="E3")
d.ent("today", "DATE", sent=14, note="E18 ('earlier' is an adverb, outside)")
d.ent("scientology", "NORP", sent=14, note="E9")
d.ent("pigmy", "ORG", sent=15, cluster="pigmy", note="E12 (named website)")
d.ent("Church", "ORG", sent=16, cluster=COS, note="E3, E4, E12 (short name)")
d.ent("15:11 GMT", "TIME", sent=18, note="E19")
d.ent("the end of the day Saturday", "TIME", sent=18, note="E19 (day word + part of day)")
d.ent("Scientology", "NORP", sent=19, note="E9, G4 ('Scientology-critic')")
d.ent("Operation Clambake", "ORG", sent=19, cluster="Operation Clambake", note="E12 (named website)")
d.ent("Friday", "DATE", sent=19, n=1)
d.ent("Friday", "DATE", sent=19, n=2)
d.ent("Scientology.org", "ORG", sent=19, cluster=WEB, note="E12 (named website)")
d.ent("Scientology", "NORP", sent=20, note="E9")
d.ent("alt.religion.scientology", "ORG", sent=20, cluster="alt.religion.scientology")
d.ent("Church of Scientology", "ORG", sent=20, cluster=COS)
d.ent("one", "CARDINAL", sent=20, n=1, note="E15 ('one poster'; 'one side' not marked)")
d.ent("Scientology", "NORP", sent=21, note="E9")
d.ent("18-fold", "CARDINAL", sent=21, note="E15")
d.ent("Tom Cruise", "PERSON", sent=21, cluster="Tom Cruise")
d.ent("one in three", "CARDINAL", sent=22, note="E15")
d.ent("BBC News", "ORG", sent=22, cluster="BBC News", note="E12")
d.ent("3", "CARDINAL", sent=22, note="E15 (identifying number)")
d.ent("Hitwise UK", "ORG", sent=22, cluster="Hitwise UK", note="E4, E12")

# ---- events
atk0 = d.event("attack", "conflict.attack.unspecified", sent=0, args=[
    d.arg("attacker", "Hackers", sent=0, cluster="hackers"),
    d.arg("target", "Church of Scientology website", sent=0, head="website", cluster=WEB)],
    plover="COERCE", plover_mode="cyber", note="V18 (cyber attack), V15, V16")
atk2 = d.event("attacked", "conflict.attack.unspecified", sent=2, args=[
    d.arg("attacker", "hackers", sent=2, cluster="hackers"),
    d.arg("target", "the Church of Scientology's website", sent=2, head="website", cluster=WEB)],
    plover="COERCE", plover_mode="cyber", note="V18, V15, V16, coref=E1")
shut = d.event("shut", "artifactexistence.artifactfailure.mechanicalfailure", sent=2, args=[
    d.arg("mechanicalartifact", "the site", sent=2, cluster=WEB)],
    note="V3 ('shut down' -> 'shut'), uncovered: a website going down typed as artifact failure")
atk3 = d.event("attack", "conflict.attack.unspecified", sent=3, args=[
    d.arg("attacker", "a user", sent=3, head="user", cluster="Anonymous"),
    d.arg("target", "the site", sent=2, cluster=WEB)],
    plover="COERCE", plover_mode="cyber", note="V4 ('was launched' support), V9i, V10 (test 5), K4 ('a user labelled Anonymous' = Anonymous), coref=E1")
req = d.event("requests", "contact.requestadvise.unspecified", sent=5, args=[
    d.arg("communicator", "the Church of Scientology", sent=5, head="Scientology", cluster=COS),
    d.arg("recipient", "YouTube", sent=5),
    d.arg("topic", "to take down the video", sent=5, head="take")],
    plover="REQUEST", note="V17a, V9b, V9h, V12, V16 (no mode clearly applies)")
stated = d.event("stated", "contact.commitmentpromiseexpressintent.unspecified", sent=5, args=[
    d.arg("communicator", "other sites", sent=5, head="sites", cluster="other sites (Gawker.com etc.)"),
    d.arg("topic", "they will keep hosting the video", sent=5, head="keep")],
    plover="AGREE", note="V17a (announced intention of own action: 'stated' is the trigger), G6 ('such as' phrase outside), V16")
posted = d.event("posted", "contact.mediastatement.broadcast", sent=8, args=[
    d.arg("communicator", "alt.religion.scientology", sent=8)],
    note="V17b (publishing texts), V8 (.broadcast: online medium), V9e")
lawsuits = d.event("Lawsuits", "justice.initiatejudicialprocess.unspecified", sent=9, args=[],
    note="V4, V18")
raided = d.event("raided", "inspection.sensoryobserve.physicalinvestigateinspect", sent=9, args=[
    d.arg("inspectedentity", "homes of discussion group participants", sent=9, head="homes")],
    note="G6, uncovered: raids on homes typed as physical inspection")
seized = d.event("seized", "conflict.attack.stealrobhijack", sent=9, args=[
    d.arg("target", "discussion group participants", sent=9, head="participants", cluster="discussion group participants"),
    d.arg("artifact", "their computers", sent=9, head="computers")],
    plover="COERCE", plover_mode="seize", note="V8 (seizing property), V12, V15 (aggregate: no ACLED), V16")
instr = d.event("instructions", "contact.commandorder.unspecified", sent=11, args=[
    d.arg("recipient", "I", sent=11, cluster=POSTER)],
    plover="REQUEST", note="V17a (order), V9h, V16")
bomb = d.event("bombarding", "conflict.attack.unspecified", sent=11, args=[
    d.arg("attacker", "I", sent=11, cluster=POSTER),
    d.arg("target", "the Scientology homepage", sent=11, head="homepage", cluster=WEB),
    d.arg("instrument", "Gigaloader", sent=11)],
    plover="COERCE", plover_mode="cyber", note="V18 (cyber attack), V14 ('started' aspectual: asserted), V9h, V16")
atk14 = d.event("attack", "conflict.attack.unspecified", sent=14, args=[
    d.arg("attacker", "a group", sent=14, head="group"),
    d.arg("target", "the scientology website", sent=14, head="website", cluster=WEB),
    d.arg("instrument", "a tool", sent=14, head="tool", cluster="the attack tool")],
    modality="other", note="V18, V14 (purpose clause 'to attack'), V9d, coref=E1")
created = d.event("created", "manufacture.artifact.createintellectualproperty", sent=15, args=[
    d.arg("artifact", "It", sent=15, cluster="the attack tool")],
    note="V18 (creating software), K10 ('an interesting tool' is a predicate nominal: 'It' fills the role), V9h")
crash = d.event("crash", "conflict.attack.unspecified", sent=15, args=[
    d.arg("instrument", "It", sent=15, cluster="the attack tool")],
    modality="other", note="V18 (cyber attack), V14 (purpose 'created to'), K10 ('a website's database' non-specific), uncovered: deliberate crash typed attack")
atk19 = d.event("attack", "conflict.attack.unspecified", sent=19, args=[
    d.arg("target", "the Scientology.org site", sent=19, head="site", cluster=WEB)],
    plover="COERCE", plover_mode="cyber", note="V18, V9h, V14 (asserted through a reporting cue), coref=E1")
atk20 = d.event("attacks", "conflict.attack.unspecified", sent=20, args=[
    d.arg("target", "the Church of Scientology website", sent=20, head="website", cluster=WEB)],
    plover="COERCE", plover_mode="cyber", note="V18, V9b, coref=E1")
atk21 = d.event("attack", "conflict.attack.unspecified", sent=21, args=[
    d.arg("target", "the Scientology website", sent=21, head="website", cluster=WEB)],
    plover="COERCE", plover_mode="cyber", note="V18, V9h, coref=E1")

# ---- stances
for ev in [atk0, atk3, req, stated, atk20, atk21]:
    d.fact(ev, "CT+", note="ST3, ST4")
posting = d.holder("an Internet posting", sent=2)
wikinews = d.holder("Wikinews", sent=2)
for ev in [atk2, shut]:
    d.fact(ev, "CT+", holder=posting, cue=d.span("according to", sent=2), note="ST2, ST3, ST7")
    d.fact(ev, "CT+", holder=wikinews, cue=d.span("has learned", sent=2), note="ST2, ST3 (outer source), ST7")
he8 = d.holder("He", sent=8, cluster="Matthew Ingram")
for ev in [posted, lawsuits, raided, seized]:
    d.fact(ev, "CT+", holder=he8, cue=d.span("characterized", sent=8), note="ST2 (quotation across sentence break), ST6")
poster = d.holder("One poster", sent=11, cluster=POSTER)
for ev in [instr, bomb]:
    d.fact(ev, "CT+", holder=poster, cue=d.span("writing", sent=11), note="ST2, ST6, ST7")
someone = d.holder("Someone", sent=14)
post = d.holder("the post", sent=15)
d.fact(atk14, "Uu", holder=someone, cue=d.span("talking about", sent=14), note="ST2, ST4 (purpose), uncovered: 'emailed ... talking about' as SIP")
d.fact(atk14, "Uu", holder=post, cue=d.span("said", sent=15), note="ST3 (outer source), ST4, ST6 (G6: 'by an unknown author on pigmy' outside)")
d.fact(created, "CT+", holder=post, cue=d.span("said", sent=15), note="ST2, ST6")
d.fact(crash, "Uu", holder=post, cue=d.span("said", sent=15), note="ST4 (purpose)")
d.fact(atk19, "PR+", holder=d.holder("Posts", sent=19), cue=d.span("theorized", sent=19),
       note="ST2, ST6 (G6: PPs outside), uncovered: FactBank value of 'theorized' (PR+)")
d.attitude(d.holder("Critics of Scientology", sent=20), atk20, "AGAINST", cue=d.span("were critical of", sent=20), note="ST5, ST8")
d.save()
