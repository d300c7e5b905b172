import sys; sys.path.insert(0, "/work/main/annotations/raw/annotator_g/scripts")
from gkit import Doc
d = Doc("GUM_news_hackers", annotator="annotator_g")
COS = "Church of Scientology"
SITE = "Scientology.org"
ATT = "conflict.attack.unspecified"
# ---- entities
d.ent("Church of Scientology", "ORG", sent=0, cluster=COS, note="E1")
d.ent("Sunday, January 20, 2008", "DATE", sent=1, note="E18")
d.ent("Wikinews", "ORG", sent=2, cluster="Wikinews", note="E12")
d.ent("just over 24 hours ago", "TIME", sent=2, note="E19")
d.ent("Church of Scientology", "ORG", sent=2, cluster=COS, note="E3, E4")
d.ent("Wednesday", "DATE", sent=3)
d.ent("Anonymous", "ORG", sent=3, cluster="Anonymous", note="E12, uncovered: user name of the Anonymous collective, ORG not PERSON")
d.ent("Insurgency Wiki", "ORG", sent=3, cluster="Insurgency Wiki", note="E12 (named website)")
d.ent("4chan", "ORG", sent=3, cluster="4chan", note="E12")
d.ent("Church of Scientology", "ORG", sent=4, cluster=COS, note="E3, E4")
d.ent("Scientologist", "NORP", sent=4, note="E9")
d.ent("Tom Cruise", "PERSON", sent=4, cluster="Tom Cruise")
d.ent("YouTube", "ORG", sent=4, cluster="YouTube", note="E12")
d.ent("YouTube", "ORG", sent=5, cluster="YouTube")
d.ent("Church of Scientology", "ORG", sent=5, cluster=COS, note="E3, E4")
d.ent("Gawker.com", "ORG", sent=5, cluster="Gawker.com", note="E12")
d.ent("1", "CARDINAL", sent=6, note="E22 (score in words: per number)")
d.ent("Scientology", "NORP", sent=6, note="E9 (word form)")
d.ent("0", "CARDINAL", sent=6, note="E22")
d.ent("Matthew Ingram", "PERSON", sent=6, cluster="Matthew Ingram")
d.ent("Matthew Ingram", "PERSON", sent=7, cluster="Matthew Ingram")
d.ent("The Globe and Mail", "ORG", sent=7, cluster="The Globe and Mail", note="E3, E12")
d.ent("Church of Scientology", "ORG", sent=7, cluster=COS, note="E3, E4")
d.ent("Cruise", "PERSON", sent=7, cluster="Tom Cruise")
d.ent("Scientology vs. the Internet, part XVII", "WORK_OF_ART", sent=7, cluster="Scientology vs. the Internet, part XVII", note="E23, E1")
d.ent("Church of Scientology", "ORG", sent=8, cluster=COS, note="E3")
d.ent("Cruise", "PERSON", sent=8, cluster="Tom Cruise")
d.ent("Scientology", "NORP", sent=8, n=2, note="E9 (word form)")
d.ent("almost 15 years", "DATE", sent=8, note="E18")
d.ent("alt.religion.scientology", "ORG", sent=8, cluster="alt.religion.scientology", note="E12 (named online service)")
d.ent("1994", "DATE", sent=8)
d.ent("Tom Cruise", "PERSON", sent=10, cluster="Tom Cruise")
d.ent("Church of Scientology", "ORG", sent=10, n=1, cluster=COS, note="E3 ('The' is not part of the name)")
d.ent("Anon declares war on Church of Scientology", "WORK_OF_ART", sent=10, cluster="Anon declares war on Church of Scientology", note="E23 (blog post title), E1")
d.ent("One", "CARDINAL", sent=11, note="E15")
d.ent("Gigaloader", "PRODUCT", sent=11, cluster="Gigaloader", note="E23")
d.ent("Scientology", "NORP", sent=11, note="E9")
d.ent("Tom Cruise", "PERSON", sent=13, cluster="Tom Cruise", note="G3")
d.ent("Church of Scientology", "ORG", sent=13, cluster=COS, note="G3, E3")
d.ent("today", "DATE", sent=14, note="E18 ('earlier' outside, like 'later')")
d.ent("scientology", "NORP", sent=14, note="E9")
d.ent("pigmy", "ORG", sent=15, cluster="pigmy", note="E12 (named website)")
d.ent("Church", "ORG", sent=16, cluster=COS, note="E3, E4, E14 (short name)")
d.ent("15:11 GMT", "TIME", sent=18, note="E19")
d.ent("the end of the day Saturday", "TIME", sent=18, note="E19 (day word + part of day)")
d.ent("Scientology", "NORP", sent=19, note="G4, E9")
d.ent("Operation Clambake", "ORG", sent=19, cluster="Operation Clambake", note="E12")
d.ent("Friday", "DATE", sent=19, n=1)
d.ent("Friday", "DATE", sent=19, n=2)
d.ent("Scientology.org", "ORG", sent=19, cluster=SITE, note="E12 (named website)")
d.ent("Scientology", "NORP", sent=20, n=1, note="E9")
d.ent("alt.religion.scientology", "ORG", sent=20, cluster="alt.religion.scientology")
d.ent("Church of Scientology", "ORG", sent=20, cluster=COS, note="E3")
d.ent("one", "CARDINAL", sent=20, n=1, note="E15 (count, like 'One poster')")
d.ent("Scientology", "NORP", sent=21, n=1, note="E9")
d.ent("18-fold", "CARDINAL", sent=21, note="E15")
d.ent("Tom Cruise", "PERSON", sent=21, cluster="Tom Cruise")
d.ent("one in three", "CARDINAL", sent=22, note="E15")
d.ent("BBC News", "ORG", sent=22, cluster="BBC News", note="E12")
d.ent("3", "CARDINAL", sent=22, note="E15 (identifying number)")
d.ent("Hitwise UK", "ORG", sent=22, cluster="Hitwise UK", note="E4")

# ---- events
e_title = d.event("attack", ATT, sent=0, args=[
    d.arg("attacker", "Hackers", sent=0, cluster="hackers"),
    d.arg("target", "Church of Scientology website", sent=0, head="website", cluster=SITE)],
    plover="COERCE", plover_mode="cyber", note="V18 cyber attack, V15 (no ACLED), V16")
e_attacked = d.event("attacked", ATT, sent=2, args=[
    d.arg("attacker", "hackers", sent=2, cluster="hackers"),
    d.arg("target", "the Church of Scientology's website", sent=2, head="website", cluster=SITE)],
    plover="COERCE", plover_mode="cyber", note="V18, V16, coref=E1")
e_shut = d.event("shut", "artifactexistence.artifactfailure.mechanicalfailure", sent=2, args=[
    d.arg("mechanicalartifact", "the site", sent=2, cluster=SITE)],
    note="V3 (shut down), uncovered: a website going down as mechanicalfailure")
e_attack3 = d.event("attack", ATT, sent=3, args=[
    d.arg("attacker", "a user", sent=3, cluster="Anonymous"),
    d.arg("target", "the site", sent=2, cluster=SITE)],
    plover="COERCE", plover_mode="cyber", note="V4 (launched), V9i, V10, K3, coref=E1")
e_req = d.event("requests", "contact.requestadvise.unspecified", sent=5, args=[
    d.arg("communicator", "the Church of Scientology", sent=5, head="Church", cluster=COS),
    d.arg("recipient", "YouTube", sent=5),
    d.arg("topic", "to take down the video", sent=5, head="take")],
    plover="REQUEST", note="V17a, V12, G6, G7b; 'take down'/'remove' the video: no type (V1)")
e_posted = d.event("posted", "contact.mediastatement.broadcast", sent=8, args=[
    d.arg("communicator", "alt.religion.scientology", sent=8)],
    note="V17b (publishing texts on a named online medium)")
e_law = d.event("Lawsuits", "justice.initiatejudicialprocess.unspecified", sent=9, args=[
    d.arg("prosecutor", "Scientology", sent=8, n=2, cluster=COS)],
    note="V4, V18, V9i (the war Scientology wages), K4")
e_raid = d.event("raided", "inspection.sensoryobserve.physicalinvestigateinspect", sent=9, args=[
    d.arg("inspectedentity", "homes of discussion group participants", sent=9, head="homes")],
    note="V8, uncovered: a raid of homes as physical inspection")
e_seized = d.event("seized", "conflict.attack.stealrobhijack", sent=9, args=[
    d.arg("artifact", "their computers", sent=9, head="computers")],
    plover="COERCE", plover_mode="seize", note="V8 (seizing goods), V15 (no ACLED: no armed looting), V16")
e_bomb = d.event("bombarding", ATT, sent=11, args=[
    d.arg("attacker", "I", sent=11, cluster="one poster"),
    d.arg("target", "the Scientology homepage", sent=11, head="homepage", cluster=SITE),
    d.arg("instrument", "Gigaloader", sent=11)],
    plover="COERCE", plover_mode="cyber", note="V4 (started), V18 cyber attack")
e_attack14 = d.event("attack", ATT, sent=14, modality="other", args=[
    d.arg("attacker", "a group", sent=14),
    d.arg("instrument", "a tool", sent=14, cluster="the tool"),
    d.arg("target", "the scientology website", sent=14, head="website", cluster=SITE)],
    note="V14 (purpose clause), V18, G4 (’s = has)")
e_created = d.event("created", "manufacture.artifact.createintellectualproperty", sent=15, args=[
    d.arg("artifact", "It", sent=15, cluster="the tool")],
    note="V18 (creating software), K10 (predicate nominal not used)")
e_crash = d.event("crash", "artifactexistence.artifactfailure.mechanicalfailure", sent=15, modality="other",
                  note="V14 (purpose), K10: 'a website's database' generic; uncovered as for E3")
e_dos = d.event("attack", ATT, sent=19, args=[
    d.arg("target", "the Scientology.org site", sent=19, head="site", cluster=SITE)],
    plover="COERCE", plover_mode="cyber", note="V4 (occurred), V9h, V18, coref=E1")
e_attacks20 = d.event("attacks", ATT, sent=20, args=[
    d.arg("target", "the Church of Scientology website", sent=20, head="website", cluster=SITE)],
    plover="COERCE", plover_mode="cyber", note="V9b, V18, coref=E1")
e_attack21 = d.event("attack", ATT, sent=21, args=[
    d.arg("target", "the Scientology website", sent=21, head="website", cluster=SITE)],
    plover="COERCE", plover_mode="cyber", note="V9h, V18, coref=E1")

# ---- stances
d.fact(e_title, "CT+", note="ST3 (title)")
posting = d.holder("an Internet posting", sent=2)
wiki = d.holder("Wikinews", sent=2)
for ev in (e_attacked, e_shut):
    d.fact(ev, "CT+", holder=d.holder("an Internet posting", sent=2), cue=d.span("according to", sent=2), note="ST2, ST6, ST7")
    d.fact(ev, "CT+", holder=d.holder("Wikinews", sent=2), cue=d.span("has learned", sent=2), note="ST3 (outer source), ST7")
d.fact(e_attack3, "CT+")
d.fact(e_req, "CT+")
for ev in (e_posted, e_law, e_raid, e_seized):
    d.fact(ev, "CT+", holder=d.holder("He", sent=8), cue=d.span("characterized", sent=8),
           note="ST2 (quotation across sentence break)")
d.fact(e_bomb, "CT+", holder=d.holder("One poster", sent=11, cluster="one poster"), cue=d.span("writing", sent=11),
       note="ST2, ST6")
d.fact(e_attack14, "Uu", holder=d.holder("Someone", sent=14), cue=d.span("talking about", sent=14),
       note="ST2, ST4 (purpose), ST7")
d.fact(e_attack14, "Uu", holder=d.holder("the post", sent=15), cue=d.span("said", sent=15),
       note="ST3 (outer source), ST4, ST6")
for ev in (e_created,):
    d.fact(ev, "CT+", holder=d.holder("the post", sent=15), cue=d.span("said", sent=15), note="ST2, ST6")
d.fact(e_crash, "Uu", holder=d.holder("the post", sent=15), cue=d.span("said", sent=15), note="ST4 (purpose)")
d.fact(e_dos, "PR+", holder=d.holder("Posts", sent=19), cue=d.span("theorized", sent=19),
       note="ST2, ST6 (core NP), uncovered: 'theorized' valued PR+")
d.fact(e_attacks20, "CT+", note="ST3, ST4 (presupposed)")
d.attitude(d.holder("Critics of Scientology", sent=20), e_attacks20, "AGAINST",
           cue=d.span("were critical of", sent=20), note="ST5, ST8, ST6")
d.fact(e_attack21, "CT+", note="ST4 (presupposed)")
d.save()
