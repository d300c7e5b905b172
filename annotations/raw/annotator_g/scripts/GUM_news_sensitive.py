import sys; sys.path.insert(0, "/work/main/annotations/raw/annotator_g/scripts")
from gkit import Doc
from annotation_kit import Span
d = Doc("GUM_news_sensitive", annotator="annotator_g")
EC = "Environment Canada"
NEM = "NEMISIS"
# ---- entities
d.ent("Canadian", "NORP", sent=0)
d.ent("Friday, August 15, 2008", "DATE", sent=1, note="E18")
d.ent("Environment Canada", "ORG", sent=2, cluster=EC)
d.ent("Ottawa", "GPE", sent=2, cluster="Ottawa")
d.ent("CBC", "ORG", sent=2, cluster="CBC", note="E3, E12")
d.ent("today", "DATE", sent=2)
d.ent("131-page", "CARDINAL", sent=3, note="E15, G4, uncovered: count of pages in a hyphenated modifier")
d.ent("Castlefrank Road", "FAC", sent=3, cluster="Castlefrank Road", note="E10 (road)")
d.ent("Kanata", "GPE", sent=3, cluster="Kanata")
d.ent("Ontario", "GPE", sent=3, cluster="Ontario")
d.ent("NEMISIS", "PRODUCT", sent=4, cluster=NEM, note="E23 (named software)")
d.ent("1999", "DATE", sent=6)
d.ent("National Enforcement Management Information System and Intelligence System", "PRODUCT", sent=6, cluster=NEM, note="E3, E14, E23")
d.ent("National Enforcement and Emergency Management Information System and Intelligence System", "PRODUCT", sent=7, cluster=NEM, note="E14, E23")
d.ent("second", "ORDINAL", sent=8)
d.ent("Environment Canada", "ORG", sent=9, cluster=EC)
d.ent("Julie Hahn", "PERSON", sent=9, cluster="Julie Hahn", note="E5")
d.ent("Treasury Board", "ORG", sent=9, cluster="Treasury Board", note="E13")
d.ent("John Baird", "PERSON", sent=10, cluster="John Baird", note="E5: 'Environment Minister' is a title")
d.ent("two", "CARDINAL", sent=11)
d.ent("Baird", "PERSON", sent=11, cluster="John Baird")
d.ent("Environment Canada", "ORG", sent=12, cluster=EC)
d.ent("Sujata Raisinghani", "PERSON", sent=12, cluster="Sujata Raisinghani", note="E5")
d.ent("CBC News", "ORG", sent=12, cluster="CBC", note="E12, E14")
d.ent("Paul Dewar", "PERSON", sent=14, cluster="Paul Dewar")
d.ent("Ottawa", "GPE", sent=14, cluster="Ottawa")
d.ent("New Democrat", "NORP", sent=14, note="E9 (political group adjective), E5")
d.ent("Dewar", "PERSON", sent=15, cluster="Paul Dewar")
d.ent("Conservative", "NORP", sent=15, note="E9, E2")
d.ent("Dewar", "PERSON", sent=17, cluster="Paul Dewar")
d.ent("two", "CARDINAL", sent=18)
d.ent("March", "DATE", sent=19)
d.ent("May", "DATE", sent=20)
d.ent("Maxime Bernier", "PERSON", sent=20, cluster="Maxime Bernier")
d.ent("Julie Couillard", "PERSON", sent=20, cluster="Julie Couillard")
d.ent("Hells Angels", "ORG", sent=20, cluster="Hells Angels", note="E3, E7")
# sources / categories zone: entities only (G2, E20)
d.ent("Ottawa", "GPE", sent=22, cluster="Ottawa", note="G2, E20")
d.ent("CBC.ca", "ORG", sent=22, cluster="CBC", note="E12, E20")
d.ent("August 15, 2008", "DATE", sent=22)
d.ent("The Canadian Press", "ORG", sent=23, cluster="The Canadian Press", note="E3 (The belongs to the name), E20")
d.ent("August 15, 2008", "DATE", sent=23)
d.ent("Environment Canada", "ORG", sent=24, cluster=EC, note="E20")
d.ent("Toronto Star", "ORG", sent=24, cluster="Toronto Star", note="E12")
d.ent("August 15, 2008", "DATE", sent=24)
d.ent("Peter Zimonjic", "PERSON", sent=25, cluster="Peter Zimonjic")
d.ent("Edmonton Sun", "ORG", sent=26, cluster="Edmonton Sun", note="E12")
d.ent("August 16, 2008", "DATE", sent=26)
d.ent("August 15, 2008", "DATE", sent=28, note="G2 (categories list, like Sources)")
d.ent("Canada", "GPE", sent=29, cluster="Canada")
d.ent("North America", "LOC", sent=31, cluster="North America", note="E11")
d.ent("Environment Canada", "ORG", sent=33, cluster=EC)

# ---- events  ('found' of the document: no schema type, V1, uncovered)
gave = d.event("gave", "transaction.transferownership.giftgrantprovideaid", sent=2, args=[
    d.arg("giver", "someone", sent=2, cluster="the passerby"),
    d.arg("artifact", Span(d.span("it to the CBC", sent=2).start, d.span("it to the CBC", sent=2).start + 2, "it"), cluster="the document"),
    d.arg("recipient", "the CBC", sent=2, head="CBC", cluster="CBC")],
    note="V8, V18; 'found' no type (V1, uncovered)")
track = d.event("track", "justice.investigate.unspecified", sent=4, modality="other",
                note="V14 (purpose), K10: generic officers/law-breakers fill no role")
pros = d.event("prosecute", "justice.initiatejudicialprocess.unspecified", sent=4, modality="other",
               note="V14 (purpose), V18, K10")
hack = d.event("hack", "conflict.attack.unspecified", sent=5, modality="other", args=[
    d.arg("target", "the system", sent=5, cluster=NEM)],
    note="V18 cyber attack, V14 (condition), K10: 'someone' non-specific; 'shut ... down' no type")
delete = d.event("delete", "artifactexistence.damagedestroy.destroy", sent=5, modality="other", args=[
    d.arg("artifact", "the information", sent=5)],
    note="V14 (condition), uncovered: deleting data as destroy")
corrupt = d.event("corrupt", "artifactexistence.damagedestroy.damage", sent=5, modality="other", args=[
    d.arg("artifact", "the information", sent=5)],
    note="V14 (condition), uncovered: corrupting data as damage")
prosec = d.event("prosecution", "justice.initiatejudicialprocess.unspecified", sent=5, modality="other",
                 note="V14 (condition/could), K10: generic lawbreakers, coref=E3")
asked = d.event("asked", "contact.requestadvise.unspecified", sent=10, args=[
    d.arg("communicator", "Environment Minister John Baird", sent=10, head="Baird", cluster="John Baird"),
    d.arg("recipient", "government officials", sent=10),
    d.arg("topic", "how such documents that are supposed to be stored in \"approved security cabinets\" wound up on the street", sent=10, head="wound")],
    plover="REQUEST", note="V17a (a request for information), V12, G6, G7b")
look = d.event("look", "justice.investigate.unspecified", sent=12, modality="other", args=[
    d.arg("investigator", "the department", sent=12, cluster=EC)],
    note="V3 (look into), V14 (will), V18")
resign = d.event("resign", "personnel.endposition.quitretire", sent=20, args=[
    d.arg("employee", "Maxime Bernier", sent=20)],
    note="V18")

# ---- stances
d.fact(gave, "CT+")
for ev in (track, pros):
    d.fact(ev, "Uu", note="ST4 (purpose)")
for ev in (hack, delete, corrupt, prosec):
    d.fact(ev, "Uu", note="ST4 (conditional)")
d.fact(asked, "CT+")
d.fact(look, "PR+", holder=d.holder("Environment Canada spokeswoman Sujata Raisinghani", sent=12, cluster="Sujata Raisinghani"),
       cue=d.span("told CBC News", sent=12), note="ST2, ST4 (will), ST6, ST7")
d.fact(resign, "CT+")
d.save()
