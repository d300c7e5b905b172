import sys; sys.path.insert(0, "/work/main/annotations/raw/annotator_f/scripts")
from fkit import Doc, within
d = Doc("GUM_news_iodine", annotator="annotator_f")
W = lambda phrase, word, sent, n=1: within(d, phrase, word, sent, n)
AU = "Australia"; CE = "Cres Eastman"; WHO = "World Health Organisation"; FS = "Food Standards Australia New Zealand"
NIN = "Australian National Iodine Nutrition Study"; LB = "Lydia Buchtmann"; AUTH = "study authors"
NAMED = ("PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW")
def E(s, lab, sent, n=1, cl=None, note=None):
    return d.ent(s, lab, sent=sent, n=n, cluster=(cl or s) if lab in NAMED else None, note=note)
E("Australian", "NORP", 0)
E("Thursday, February 23, 2006", "DATE", 1, note="E18 dateline")
E("Almost half", "CARDINAL", 2, note="E15 fraction with approximator, uncovered")
E("Australian", "NORP", 2); E("Australian", "NORP", 3)
E("Australia", "GPE", 4, cl=AU)
E("Australian National Iodine Nutrition Study", "WORK_OF_ART", 5, cl=NIN, note="E23, uncovered: named study -> WORK_OF_ART")
E("Medical Journal of Australia", "ORG", 5, note="E3, E12 periodical, E1")
E("this week", "DATE", 5)
E("Australia", "GPE", 5, n=3, cl=AU, note="E6 lower-case 'mainland' outside")
E("1709", "CARDINAL", 8)
E("8–10 years", "DATE", 8, note="E18 age range joined by a dash: one span")
E("88", "CARDINAL", 8)
for g in ("New South Wales", "Victoria", "South Australia", "Western Australia", "Queensland"):
    E(g, "GPE", 8)
E("July 2003", "DATE", 8, note="E18 range with words: two spans"); E("December 2004", "DATE", 8)
E("Tasmania", "GPE", 9)
E("Australian", "NORP", 10)
E("Australia", "GPE", 11, cl=AU)
E("Cres Eastman", "PERSON", 13, note="E5")
E("National Iodine Nutrition", "WORK_OF_ART", 13, cl=NIN, note="E14, E6-like: lower-case 'study' outside, uncovered")
E("Australian Centre for Control of Iodine Deficiency Disorders", "ORG", 13, note="E3, E8, E1")
E("Eastman", "PERSON", 15, cl=CE); E("United States", "GPE", 15, note="E3"); E("European", "NORP", 15)
E("Food Standards of Australia and New Zealand", "ORG", 16, cl=FS, note="E3, E14 spelling variant")
E("Australia", "GPE", 18, cl=AU); E("at least four decades", "DATE", 18, note="E18 approximator")
E("Eastman", "PERSON", 21, cl=CE); E("10 per cent", "PERCENT", 21, note="E21 ('only' outside)")
E("Australian", "NORP", 21); E("World Health Organisation", "ORG", 21)
E("Eastman", "PERSON", 24, cl=CE)
E("More than two billion", "CARDINAL", 26, note="E15")
E("World Health Organisation", "ORG", 27, note="E3"); E("WHO", "ORG", 27, cl=WHO, note="E14")
E("WHO", "ORG", 29, cl=WHO)
E("Eastman", "PERSON", 30, cl=CE)
E("Australia", "GPE", 31, cl=AU); E("about half", "CARDINAL", 31, note="E15")
E("15", "CARDINAL", 33, note="E21 counts are CARDINAL ('15 IQ points')")
E("Australia", "GPE", 34, cl=AU)
E("Lydia Buchtmann", "PERSON", 35)
E("Food Standards Australia New Zealand", "ORG", 35)
E("the end of the year", "DATE", 35, note="E18")
E("Bauchtman", "PERSON", 38, cl=LB, note="E5, E14 spelling variant as written")
E("Mu Li", "PERSON", 40, note="E5")
E("University of NSW", "ORG", 40, note="E3, E4, E12")

# ---- events
su = d.event("suffering", "life.injure.illnessdegradationphysical", sent=0, args=[
    d.arg("victim", "Australian children", sent=0, head="children", cluster="australian children"),
    d.arg("medicalissue", "iodine deficiency", sent=0, head="deficiency")],
    note="V8 most specific type, uncovered: nutritional deficiency -> illnessdegradationphysical (V18 names only injuries/deaths)")
d.fact(su, "CT+", note="ST3 title")
pb = d.event("published", "contact.mediastatement.broadcast", sent=5, args=[],
             note="V17b publishing a study in a journal -> .broadcast (cf. gum warming)")
d.fact(pb, "CT+")
c6 = d.event("calls", "contact.requestadvise.unspecified", sent=6, args=[
    d.arg("topic", "all edible salt to be iodised", sent=6, head="iodised")], note="V17a demand, G6, G7b; callers unnamed")
d.fact(c6, "CT+")
c11 = d.event("call", "contact.requestadvise.unspecified", sent=11, args=[
    d.arg("communicator", "They", sent=11, cluster=AUTH),
    d.arg("topic", "urgent implementation of mandatory iodisation of all edible salt in Australia", sent=11, head="implementation")],
    note="V17a demand, G6 of-phrases and complement")
d.fact(c11, "CT+")
cv = d.event("convinced", "contact.requestadvise.unspecified", sent=16, args=[
    d.arg("communicator", W("so we", "we", 16), cluster="eastman's group"),
    d.arg("recipient", "the Food Standards of Australia and New Zealand", sent=16, head="Standards", cluster=FS),
    d.arg("topic", "that all salt should be iodised", sent=16, head="iodised")],
    note="V17a advice/persuasion, uncovered: 'convinced' -> requestadvise")
d.fact(cv, "CT+", holder=d.holder(W("he said", "he", 16), cluster=CE), cue=d.span("said", sent=16), note="ST2, ST6")
rc = d.event("recommendation", "contact.requestadvise.unspecified", sent=21, args=[
    d.arg("communicator", "World Health Organisation", sent=21),
    d.arg("topic", "that all salt be iodised", sent=21, head="iodised")], note="V17a advice, V9b")
d.fact(rc, "CT+", holder=d.holder("Professor Eastman", sent=21, cluster=CE), cue=d.span("says", sent=21), note="ST2")
c22 = d.event("calls", "contact.requestadvise.unspecified", sent=22, args=[
    d.arg("communicator", "his", sent=22, cluster=CE),
    d.arg("topic", "mandatory iodised salt", sent=22, head="salt")], note="V17a demand")
d.fact(c22, "CT+", holder=d.holder("He", sent=22, cluster=CE), cue=d.span("says", sent=22), note="ST2, ST4 presupposed")
rm = d.event("recommends", "contact.requestadvise.unspecified", sent=27, args=[
    d.arg("communicator", "The World Health Organisation", sent=27, head="Organisation", cluster=WHO),
    d.arg("topic", "that every country should iodise all edible salt", sent=27, head="iodise")], note="V17a advice, coref=E6")
d.fact(rm, "CT+")
d.save()
