import sys; sys.path.insert(0, "/work/main/annotations/raw/annotator_j/scripts")
from jkit import Doc, word
d = Doc("GUM_news_iodine", annotator="annotator_j")
AU = "Australia"; CE = "Cres Eastman"; WHO = "World Health Organisation"; FS = "Food Standards Australia New Zealand"
NZ = "New Zealand"; ST = "Australian National Iodine Nutrition Study"; LB = "Lydia Buchtmann"; AUTH = "study authors"
STUDY = "E23, uncovered: named study -> WORK_OF_ART"
def e(s, lab, sent, n=1, cl=None, note=None):
    d.ent(s, lab, sent=sent, n=n, cluster=cl, note=note)
e("Australian", "NORP", 0)
e("Thursday, February 23, 2006", "DATE", 1, note="E18, G2 dateline")
e("Almost half", "CARDINAL", 2, note="E15, uncovered: fraction 'half' with approximator -> CARDINAL")
e("Australian", "NORP", 2)
e("Australian", "NORP", 3)
e("Australia", "GPE", 4, cl=AU)
e("Australian National Iodine Nutrition Study", "WORK_OF_ART", 5, cl=ST, note=STUDY)
e("Medical Journal of Australia", "ORG", 5, cl="Medical Journal of Australia", note="E12, E1, E3")
e("this week", "DATE", 5)
e("Australia", "GPE", 5, n=3, cl=AU, note="E6 (lower-case 'mainland' outside)")
e("1709", "CARDINAL", 8)
e("8–10 years", "DATE", 8, note="E18 (age range joined by dash: one span)")
e("88", "CARDINAL", 8)
e("New South Wales", "GPE", 8, cl="New South Wales")
e("Victoria", "GPE", 8, cl="Victoria")
e("South Australia", "GPE", 8, cl="South Australia")
e("Western Australia", "GPE", 8, cl="Western Australia")
e("Queensland", "GPE", 8, cl="Queensland")
e("July 2003", "DATE", 8, note="E18 (range with words: two spans)")
e("December 2004", "DATE", 8)
e("Tasmania", "GPE", 9, cl="Tasmania")
e("Australian", "NORP", 10)
e("Australia", "GPE", 11, cl=AU)
e("Cres Eastman", "PERSON", 13, cl=CE, note="E5")
e("National Iodine Nutrition", "WORK_OF_ART", 13, cl=ST, note=STUDY + "; lower-case 'study' outside")
e("Australian Centre for Control of Iodine Deficiency Disorders", "ORG", 13, cl="Australian Centre for Control of Iodine Deficiency Disorders", note="E8, E1")
e("Eastman", "PERSON", 15, cl=CE)
e("United States", "GPE", 15, cl="United States", note="E3")
e("European", "NORP", 15)
e("Food Standards of Australia and New Zealand", "ORG", 16, cl=FS, note="E1, E3, E14")
e("Australia", "GPE", 18, cl=AU)
e("at least four decades", "DATE", 18, note="E18")
e("Eastman", "PERSON", 21, cl=CE)
e("10 per cent", "PERCENT", 21, note="E21 ('only' outside)")
e("Australian", "NORP", 21)
e("World Health Organisation", "ORG", 21, cl=WHO, note="E13")
e("Eastman", "PERSON", 24, cl=CE)
e("More than two billion", "CARDINAL", 26, note="E15")
e("World Health Organisation", "ORG", 27, cl=WHO, note="E3")
e("WHO", "ORG", 27, cl=WHO, note="E14")
e("WHO", "ORG", 29, cl=WHO)
e("Eastman", "PERSON", 30, cl=CE)
e("Australia", "GPE", 31, cl=AU)
e("about half", "CARDINAL", 31, note="E15, uncovered: ratio 'about half as much'")
e("daily", "DATE", 31, note="E18, uncovered: 'on a daily basis' -> DATE 'daily'")
e("15", "CARDINAL", 33, note="E21 (count of points)")
e("Australia", "GPE", 34, cl=AU)
e("Lydia Buchtmann", "PERSON", 35, cl=LB)
e("Food Standards Australia New Zealand", "ORG", 35, cl=FS, note="E1, E12")
e("the end of the year", "DATE", 35, note="E18")
e("Bauchtman", "PERSON", 38, cl=LB, note="E5, E14 (spelling variant)")
e("Mu Li", "PERSON", 40, cl="Mu Li", note="E5")
e("University of NSW", "ORG", 40, cl="University of NSW", note="E4, E10, E12")
# ---- events
pub = d.event("published", "contact.mediastatement.broadcast", sent=5,
    note="V17b, V18 (publishing a study; journal = one-way medium)")
cal6 = d.event("calls", "contact.requestadvise.unspecified", sent=6, args=[
    d.arg("topic", "all edible salt to be iodised", sent=6, head="iodised")],
    plover="REQUEST", note="V17a (appeal), V16")
cal11 = d.event("call", "contact.requestadvise.unspecified", sent=11, args=[
    d.arg("communicator", "They", sent=11, cluster=AUTH),
    d.arg("topic", "urgent implementation of mandatory iodisation of all edible salt in Australia", sent=11, head="implementation")],
    plover="REQUEST", note="V17a, V16, V12; 'implementation' no type")
conv = d.event("convinced", "contact.requestadvise.unspecified", sent=16, args=[
    d.arg("communicator", "we", sent=16, n=2, cluster="eastman's group"),
    d.arg("recipient", "the Food Standards of Australia and New Zealand", sent=16, head="Standards", cluster=FS),
    d.arg("topic", "that all salt should be iodised", sent=16, head="iodised")],
    plover="REQUEST", note="V17a, uncovered: successful persuasion -> requestadvise (advice)")
rec21 = d.event("recommendation", "contact.requestadvise.unspecified", sent=21, args=[
    d.arg("communicator", "World Health Organisation", sent=21),
    d.arg("topic", "that all salt be iodised", sent=21, head="iodised")],
    plover="REQUEST", note="V17a (advice), V12 premodifier")
cal22 = d.event("calls", "contact.requestadvise.unspecified", sent=22, args=[
    d.arg("communicator", "his", sent=22, cluster=CE),
    d.arg("recipient", "authorities", sent=22),
    d.arg("topic", "mandatory iodised salt", sent=22, head="salt")],
    plover="REQUEST", note="V17a, V9h")
rec27 = d.event("recommends", "contact.requestadvise.unspecified", sent=27, args=[
    d.arg("communicator", "The World Health Organisation", sent=27, head="Organisation", cluster=WHO),
    d.arg("topic", "that every country should iodise all edible salt", sent=27, head="iodise")],
    plover="REQUEST", note="V17a (advice is the news: not a mere attribution)")
for ev in (pub, cal6, cal11, rec27):
    d.fact(ev, "CT+", note="ST3")
d.fact(conv, "CT+", holder=d.holder(word(d, "he", 16), cluster=CE), cue=d.span("said", sent=16), note="ST2, ST6")
d.fact(rec21, "CT+", holder=d.holder("Professor Eastman", sent=21, cluster=CE), cue=d.span("says", sent=21), note="ST2, presupposed")
d.fact(cal22, "CT+", holder=d.holder("He", sent=22, cluster=CE), cue=d.span("says", sent=22), note="ST2")
d.save()
