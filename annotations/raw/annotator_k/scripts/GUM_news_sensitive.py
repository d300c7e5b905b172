import sys; sys.path.insert(0, "/work/main/scripts"); sys.path.insert(0, "/work/main/annotations/raw/annotator_k/scripts")
from kdoc import KDoc
d = KDoc("GUM_news_sensitive", annotator="annotator_k")
EC = "Environment Canada"
NEM = "NEMISIS"
# ---- entities
d.ent("Canadian", "NORP", sent=0, note="E9")
d.ent("Friday, August 15, 2008", "DATE", sent=1, note="E18")
d.ent("Environment Canada", "ORG", sent=2, cluster=EC, note="E12")
d.ent("Ottawa", "GPE", sent=2, cluster="Ottawa")
d.ent("CBC", "ORG", sent=2, cluster="CBC", note="E3, E12")
d.ent("today", "DATE", sent=2, note="E18")
d.ent("131-page", "CARDINAL", sent=3, note="E15, G4 (hyphenated count of pages), uncovered")
d.ent("Castlefrank Road", "FAC", sent=3, cluster="Castlefrank Road", note="E10 (named road)")
d.ent("Kanata", "GPE", sent=3, cluster="Kanata")
d.ent("Ontario", "GPE", sent=3, cluster="Ontario")
d.ent("NEMISIS", "PRODUCT", sent=4, cluster=NEM, note="E23 (named software/database)")
d.ent("1999", "DATE", sent=6)
d.ent("National Enforcement Management Information System and Intelligence System", "PRODUCT", sent=6, cluster=NEM, note="E3, E14, E23")
d.ent("National Enforcement and Emergency Management Information System and Intelligence System", "PRODUCT", sent=7, cluster=NEM, note="E14, E23")
d.ent("second", "ORDINAL", sent=8, note="E16")
d.ent("Environment Canada", "ORG", sent=9, cluster=EC)
d.ent("Julie Hahn", "PERSON", sent=9, cluster="Julie Hahn", note="E5")
d.ent("Treasury Board", "ORG", sent=9, cluster="Treasury Board", note="E12")
d.ent("John Baird", "PERSON", sent=10, cluster="John Baird", note="E5")
d.ent("two", "CARDINAL", sent=11, note="E15")
d.ent("Baird", "PERSON", sent=11, cluster="John Baird")
d.ent("Environment Canada", "ORG", sent=12, cluster=EC)
d.ent("Sujata Raisinghani", "PERSON", sent=12, cluster="Sujata Raisinghani", note="E5")
d.ent("CBC News", "ORG", sent=12, cluster="CBC", note="E12, E14, PA5")
d.ent("Paul Dewar", "PERSON", sent=14, cluster="Paul Dewar")
d.ent("Ottawa", "GPE", sent=14, cluster="Ottawa")
d.ent("New Democrat", "NORP", sent=14, note="E9 (political group adjective)")
d.ent("Dewar", "PERSON", sent=15, cluster="Paul Dewar")
d.ent("Conservative", "NORP", sent=15, note="E9 (political group adjective, not a party name)")
d.ent("Dewar", "PERSON", sent=17, cluster="Paul Dewar")
d.ent("two", "CARDINAL", sent=18, note="E15")
d.ent("March", "DATE", sent=19, note="E18")
d.ent("May", "DATE", sent=20, note="E18")
d.ent("Maxime Bernier", "PERSON", sent=20, cluster="Maxime Bernier")
d.ent("Julie Couillard", "PERSON", sent=20, cluster="Julie Couillard", note="E5")
d.ent("Hells Angels", "ORG", sent=20, cluster="Hells Angels", note="E3, E7")
# Sources / categories zone: entities only (G2, E20)
d.ent("Ottawa", "GPE", sent=22, cluster="Ottawa", note="E20")
d.ent("CBC.ca", "ORG", sent=22, cluster="CBC", note="E12, E20, PA5")
d.ent("August 15, 2008", "DATE", sent=22, note="E18, E20")
d.ent("The Canadian Press", "ORG", sent=23, cluster="The Canadian Press", note="E3, E12, E20")
d.ent("August 15, 2008", "DATE", sent=23, note="E18, E20")
d.ent("Environment Canada", "ORG", sent=24, cluster=EC, note="E20")
d.ent("Toronto Star", "ORG", sent=24, cluster="Toronto Star", note="E1, E12, E20")
d.ent("August 15, 2008", "DATE", sent=24, note="E18, E20")
d.ent("Peter Zimonjic", "PERSON", sent=25, cluster="Peter Zimonjic", note="E20")
d.ent("Edmonton Sun", "ORG", sent=26, cluster="Edmonton Sun", note="E1, E12, E20")
d.ent("August 16, 2008", "DATE", sent=26, note="E18, E20")
d.ent("August 15, 2008", "DATE", sent=28, note="E18, E20 (category list, treated as source-list zone, uncovered)")
d.ent("Canada", "GPE", sent=29, cluster="Canada", note="E20")
d.ent("North America", "LOC", sent=31, cluster="North America", note="E11, E20")
d.ent("Environment Canada", "ORG", sent=33, cluster=EC, note="E20")

# ---- events
gave = d.event("gave", "transaction.transferownership.giftgrantprovideaid", sent=2, args=[
    d.arg("giver", "someone", sent=2, cluster="finder of the document (passerby)"),
    d.arg("recipient", "the CBC", sent=2, head="CBC", cluster="CBC"),
    d.arg("artifact", "it", sent=2, n=1, after=None, cluster="the document")],
    note="V18 (gifts), V9a, V9e, uncovered: handing a found document to the media typed as a gift")
track = d.event("track", "justice.investigate.unspecified", sent=4, args=[], modality="other",
    note="V18 (courts and police), V14 (purpose clause), K10 (generic 'officers', 'law-breakers' fill no role)")
prosecute = d.event("prosecute", "justice.initiatejudicialprocess.unspecified", sent=4, args=[], modality="other",
    note="V18, V14 (purpose clause), K10")
hack = d.event("hack", "conflict.attack.unspecified", sent=5, args=[
    d.arg("target", "the system", sent=5, cluster=NEM)],
    modality="other", note="V18 (cyber attack), V14 (condition), K10 ('someone' non-specific fills no role), V9i")
prosecution = d.event("prosecution", "justice.initiatejudicialprocess.unspecified", sent=5, args=[],
    note="V18, K10 (generic 'the lawbreakers'), coref=E3")
asked = d.event("asked", "contact.requestadvise.unspecified", sent=10, args=[
    d.arg("communicator", "Environment Minister John Baird", sent=10, head="Baird", cluster="John Baird"),
    d.arg("recipient", "government officials", sent=10, head="officials"),
    d.arg("topic", 'how such documents that are supposed to be stored in "approved security cabinets" wound up on the street', sent=10, head="wound")],
    plover="REQUEST", note="V17a (request), V12, V16, G6 (clause topic), G7b")
told = d.event("told", "contact.commitmentpromiseexpressintent.broadcast", sent=12, args=[
    d.arg("communicator", "Environment Canada spokeswoman Sujata Raisinghani", sent=12, head="Raisinghani", cluster="Sujata Raisinghani"),
    d.arg("topic", "the department will look into the incident", sent=12, head="look")],
    plover="AGREE", note="V17a (announced intention of the speaker's body's own action: 'told' is the trigger), V8 (.broadcast: news outlet named), V16, uncovered: PLOVER for a promised investigation")
look = d.event("look", "justice.investigate.unspecified", sent=12, args=[
    d.arg("investigator", "the department", sent=12, cluster=EC)],
    modality="other", note="V18, V14 (future 'will'), V3 ('look into' -> 'look')")
resign = d.event("resign", "personnel.endposition.quitretire", sent=20, args=[
    d.arg("employee", "Maxime Bernier", sent=20)],
    note="V18, V9d")

# ---- stances
for ev in [gave, prosecution, asked, told, resign]:
    d.fact(ev, "CT+", note="ST3, ST4")
for ev in [track, prosecute]:
    d.fact(ev, "Uu", note="ST4 (purpose)")
d.fact(hack, "Uu", note="ST4 (condition)")
d.fact(look, "PR+", holder=d.holder("Environment Canada spokeswoman Sujata Raisinghani", sent=12, cluster="Sujata Raisinghani"),
       cue=d.span("told CBC News", sent=12), note="ST2, ST4 (will), ST6, ST7, ST10")
d.save()
