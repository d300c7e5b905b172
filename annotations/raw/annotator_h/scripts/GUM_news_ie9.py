import sys; sys.path.insert(0, "/work/main/scripts"); sys.path.insert(0, "/work/main/annotations/raw/annotator_h/scripts")
import k9  # noqa: F401
from annotation_kit import Doc
d = Doc("GUM_news_ie9", annotator="annotator_h")
MS, IE6, IE, CD = "Microsoft", "Internet Explorer 6", "Internet Explorer", "The Internet Explorer 6 Countdown"
P = "PRODUCT"

# ---- entities
d.ent("Microsoft", "ORG", sent=0, cluster=MS)
d.ent("Internet Explorer 6", P, sent=0, cluster=IE6, note="E23: software")
d.ent("Tuesday, March 8, 2011", "DATE", sent=1, note="E18")
d.ent("Microsoft", "ORG", sent=2, n=1, cluster=MS, note="E4")
d.ent("Internet Explorer 9", P, sent=2, cluster="Internet Explorer 9", note="E23")
d.ent("IE9", P, sent=2, cluster="Internet Explorer 9", note="E14")
d.ent("Microsoft", "ORG", sent=2, n=2, cluster=MS)
d.ent("Friday", "DATE", sent=2)
d.ent("IE6", P, sent=2, cluster=IE6, note="E13, E14")
d.ent("10-year-old", "DATE", sent=2, note="E18 age, G4")
d.ent("Microsoft", "ORG", sent=3, cluster=MS)
d.ent("three", "CARDINAL", sent=3)
d.ent(CD, "ORG", sent=4, cluster=CD, note="E12 website, E3 capitalised The inside, G4 quotes outside")
d.ent("Microsoft", "ORG", sent=4, cluster=MS)
d.ent("IE6", P, sent=4, cluster=IE6)
d.ent("IE", P, sent=4, n=2, cluster=IE, note="E23")
d.ent("IE6", P, sent=5, cluster=IE6)
d.ent("less than one percent", "PERCENT", sent=5, note="E21")
d.ent("Ten] years ago", "DATE", sent=6, note="uncovered: G4/E18, editorial bracket [Ten]: span starts at the word, bracket inside")
d.ent("Internet Explorer 6", P, sent=7, cluster=IE6)
d.ent("2011", "DATE", sent=8)
d.ent("Microsoft", "ORG", sent=8, cluster=MS)
d.ent(CD, "ORG", sent=8, cluster=CD, note="E12, E3")
d.ent("Internet Explorer", P, sent=9, cluster=IE, note="E4")
d.ent("IE", P, sent=10, cluster=IE, note="E4")
d.ent("70 percent", "PERCENT", sent=10, note="E21")
d.ent("2009", "DATE", sent=10)
d.ent("approximately 56 percent", "PERCENT", sent=10, note="E21")
d.ent("today", "DATE", sent=10)
d.ent("Mozilla Firefox", P, sent=11, cluster="Mozilla Firefox", note="E1, E23")
d.ent("Google Chrome", P, sent=11, cluster="Google Chrome", note="E1, E23")
d.ent("PC World", "ORG", sent=12, cluster="PC World", note="E12, E4")
d.ent("Internet Explorer", P, sent=12, cluster=IE)
d.ent("#2", "ORDINAL", sent=12, note="uncovered: E16, rank '#2' = second, sign inside by E17 analogy")
d.ent("Firefox", P, sent=12, cluster="Mozilla Firefox", note="E14")
d.ent("the past 30 days", "DATE", sent=12, note="E3, E18")
d.ent("#3", "ORDINAL", sent=12, note="uncovered: E16, rank")
d.ent("a couple", "CARDINAL", sent=12, note="E15 vague numeral")
d.ent("Safari", P, sent=12, cluster="Safari")
d.ent("Chrome", P, sent=12, cluster="Google Chrome", note="E14")
d.ent("Chrome", P, sent=14, cluster="Google Chrome")
d.ent("IE", P, sent=14, cluster=IE)
d.ent("fourth", "ORDINAL", sent=14)
d.ent("IE6", P, sent=15, cluster=IE6)
d.ent("HTML 5", P, sent=16, cluster="HTML 5", note="uncovered: E23, a markup standard taken as PRODUCT (LANGUAGE reserved for human languages)")
d.ent("IE6", P, sent=16, cluster=IE6)
d.ent("Microsoft", "ORG", sent=17, cluster=MS, note="E4")
d.ent(CD, "ORG", sent=17, cluster=CD)
d.ent("Secunia.com", "ORG", sent=18, cluster="Secunia.com", note="E12")
d.ent("March 4, 2011", "DATE", sent=18)
d.ent("IE6", P, sent=18, cluster=IE6)
d.ent("277", "CARDINAL", sent=18)
d.ent("39 percent", "PERCENT", sent=18)
d.ent("Microsoft", "ORG", sent=19, cluster=MS)
d.ent("Internet Explorer", P, sent=19, cluster=IE)
d.ent("Microsoft", "ORG", sent=20, cluster=MS, note="E4")
d.ent("Internet Explorer 6", P, sent=20, cluster=IE6)
d.ent("IE6", P, sent=21, cluster=IE6)
d.ent("Windows XP", P, sent=21, cluster="Windows XP")
d.ent("nearly a decade ago", "DATE", sent=21, note="E18 approximator inside")
d.ent("Microsoft", "ORG", sent=22, cluster=MS)

# ---- events
dev = d.event("development", "manufacture.artifact.createintellectualproperty", sent=2, args=[
    d.arg("artifact", "Microsoft's Internet Explorer 9 (IE9) browser", sent=2, head="browser", cluster="Internet Explorer 9"),
    d.arg("manufacturer", "Microsoft", sent=2, n=2, cluster=MS)],
    note="V18 creating a work (software), V11 no overlap: manufacturer from the main clause (V9h)")
ann = d.event("announced", "contact.requestadvise.unspecified", sent=2, args=[
    d.arg("communicator", "Microsoft", sent=2, n=2, cluster=MS),
    d.arg("recipient", "IE6 users", sent=2, head="users", cluster="ie6 users"),
    d.arg("topic", "to move away from the antiquated 10-year-old browser", sent=2, head="move")],
    plover="REQUEST", note="V17a: the announced content is an appeal to users, V12, G6")
pers = d.event("persuade", "contact.requestadvise.unspecified", sent=4, args=[
    d.arg("communicator", "Microsoft", sent=4, cluster=MS),
    d.arg("recipient", "users", sent=4, head="users"),
    d.arg("topic", "to stop using IE6", sent=4, head="stop"),
    d.arg("topic", "update to a newer IE", sent=4, head="update")],
    modality="other", note="V17a appeal, V12 one topic per conjunct, V14 purpose clause")
design = d.event("design", "manufacture.artifact.createintellectualproperty", sent=16, args=[
    d.arg("manufacturer", "they", sent=16, n=1, cluster="web developers"),
    d.arg("artifact", "their web pages", sent=16, head="pages")],
    note="V18 creating a work, V1 habitual")
hack = d.event("hacked", "conflict.attack.unspecified", sent=17, args=[
    d.arg("target", "the browser", sent=17, head="browser", cluster=IE6)],
    modality="other", note="V18 cyber attack, V14 possibility ('at risk of')")
att = d.event("attacks", "conflict.attack.unspecified", sent=19, plover="COERCE", plover_mode="cyber", note="V18 cyber attacks; target/attacker not referring")

# ---- stances
d.fact(dev, "CT+", note="ST2: with-clause is the author's")
d.fact(ann, "CT+", note="ST3 communication event")
d.fact(pers, "Uu", note="ST4 purpose")
d.fact(design, "CT+")
d.fact(hack, "PS+", note="ST4 possibility")
d.fact(att, "CT+", holder=d.holder("Microsoft", sent=19, cluster=MS), cue=d.span("says", sent=19),
       note="ST2, ST4 presupposed")
d.save()
