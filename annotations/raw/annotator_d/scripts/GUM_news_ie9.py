import sys; sys.path.insert(0, "/work/main/annotations/raw/annotator_d/scripts")
from kd import Doc
d = Doc("GUM_news_ie9", annotator="annotator_d")
MS, IE6, IE, CD = "Microsoft", "Internet Explorer 6", "Internet Explorer", "The Internet Explorer 6 Countdown"
P = "PRODUCT"
note_p = "E23: named software = PRODUCT"
# ---- entities
d.ent("Microsoft", "ORG", sent=0, cluster=MS)
d.ent("Internet Explorer 6", P, sent=0, cluster=IE6, note=note_p)
d.ent("Tuesday, March 8, 2011", "DATE", sent=1, note="E18")
d.ent("Microsoft", "ORG", sent=2, n=1, cluster=MS, note="E4")
d.ent("Internet Explorer 9", P, sent=2, cluster="Internet Explorer 9", note=note_p)
d.ent("IE9", P, sent=2, cluster="Internet Explorer 9", note="E14, G4")
d.ent("Microsoft", "ORG", sent=2, n=2, cluster=MS)
d.ent("Friday", "DATE", sent=2)
d.ent("IE6", P, sent=2, cluster=IE6, note="E13")
d.ent("10-year-old", "DATE", sent=2, note="E18: age, hyphenated word (G4)")
d.ent("Microsoft", "ORG", sent=3, cluster=MS)
d.ent("three", "CARDINAL", sent=3)
d.ent(CD, "ORG", sent=4, cluster=CD, note="E12: named website; E3 capitalised The of the title inside; E1 flat")
d.ent("Microsoft", "ORG", sent=4, cluster=MS)
d.ent("IE6", P, sent=4, cluster=IE6)
d.ent("IE", P, sent=4, n=2, cluster=IE, note="E23")
d.ent("IE6", P, sent=5, cluster=IE6)
d.ent("less than one percent", "PERCENT", sent=5, note="E21")
d.ent("Ten] years ago", "DATE", sent=6, note="E18, G4; uncovered: editorial bracket [Ten] - leading '[' left out, closing ']' kept inside as a word-internal mark")
d.ent("Internet Explorer 6", P, sent=7, cluster=IE6)
d.ent("2011", "DATE", sent=8)
d.ent("Microsoft", "ORG", sent=8, cluster=MS)
d.ent(CD, "ORG", sent=8, cluster=CD, note="E12")
d.ent("Internet Explorer", P, sent=9, cluster=IE, note="E4, E23")
d.ent("IE", P, sent=10, n=1, cluster=IE, note="E4")
d.ent("70 percent", "PERCENT", sent=10, note="E21")
d.ent("2009", "DATE", sent=10)
d.ent("approximately 56 percent", "PERCENT", sent=10, note="E21")
d.ent("today", "DATE", sent=10)
d.ent("Mozilla Firefox", P, sent=11, cluster="Firefox", note="E1, E23")
d.ent("Google Chrome", P, sent=11, cluster="Chrome", note="E1, E23")
d.ent("PC World", "ORG", sent=12, cluster="PC World", note="E4, E12")
d.ent("Internet Explorer", P, sent=12, cluster=IE)
d.ent("#2", "ORDINAL", sent=12, note="uncovered: rank '#2' = ORDINAL, '#' kept inside like a currency sign (E16, E17)")
d.ent("Firefox", P, sent=12, cluster="Firefox")
d.ent("the past 30 days", "DATE", sent=12, note="E3, E18")
d.ent("#3", "ORDINAL", sent=12, note="uncovered: see #2")
d.ent("a couple", "CARDINAL", sent=12, note="E15: vague numeral")
d.ent("Safari", P, sent=12, cluster="Safari")
d.ent("Chrome", P, sent=12, cluster="Chrome")
d.ent("Chrome", P, sent=14, cluster="Chrome")
d.ent("IE", P, sent=14, cluster=IE)
d.ent("fourth", "ORDINAL", sent=14)
d.ent("HTML 5", P, sent=16, cluster="HTML 5", note="uncovered: a named markup language (technical standard) = PRODUCT, not LANGUAGE (natural languages only)")
d.ent("IE6", P, sent=16, cluster=IE6)
d.ent("Microsoft", "ORG", sent=17, cluster=MS, note="E4")
d.ent(CD, "ORG", sent=17, cluster=CD)
d.ent("Secunia.com", "ORG", sent=18, cluster="Secunia.com", note="E12")
d.ent("March 4, 2011", "DATE", sent=18)
d.ent("IE6", P, sent=18, cluster=IE6)
d.ent("277", "CARDINAL", sent=18)
d.ent("39 percent", "PERCENT", sent=18, note="E21")
d.ent("Microsoft", "ORG", sent=19, cluster=MS)
d.ent("Internet Explorer", P, sent=19, cluster=IE)
d.ent("Microsoft", "ORG", sent=20, cluster=MS, note="E4")
d.ent("Internet Explorer 6", P, sent=20, cluster=IE6)
d.ent("one", "CARDINAL", sent=20, note="E15: a count (one of ...)")
d.ent("IE6", P, sent=21, cluster=IE6)
d.ent("Windows XP", P, sent=21, cluster="Windows XP")
d.ent("nearly a decade ago", "DATE", sent=21, note="E18")
d.ent("Microsoft", "ORG", sent=22, cluster=MS)

# ---- events
dev = d.event("development", "manufacture.artifact.createintellectualproperty", sent=2, args=[
    d.arg("artifact", "Microsoft's Internet Explorer 9 (IE9) browser", sent=2, head="browser", cluster="Internet Explorer 9",
          note="G6: contiguous core NP incl. the bracketed short name"),
    d.arg("manufacturer", "Microsoft", sent=2, n=2, note="V9 h, V11: no overlap with the artifact")],
    note="V18: creating software")
ann = d.event("announced", "contact.mediastatement.unspecified", sent=2, args=[
    d.arg("communicator", "Microsoft", sent=2, n=2)],
    note="V17b: the announcement is the news; no medium named")
camp = d.event("campaign", "contact.requestadvise.broadcast", sent=4, args=[
    d.arg("communicator", "Microsoft", sent=4),
    d.arg("recipient", "users", sent=4),
    d.arg("topic", "to stop using IE6", sent=4, head="stop"),
    d.arg("topic", "update to a newer IE", sent=4, head="update")],
    plover="REQUEST", plover_mode="change",
    note="V17a: an appeal campaign = request; V4 'launched' support; V8 .broadcast: a website; uncovered: PLOVER for a commercial appeal, nearest V16 row 'request for a change'")
design = d.event("design", "manufacture.artifact.createintellectualproperty", sent=16, args=[
    d.arg("manufacturer", "they", sent=16, n=1, cluster="web developers"),
    d.arg("artifact", "their web pages", sent=16, head="pages")],
    note="V18: creating a work (web pages); habitual (V1)")
hacked = d.event("hacked", "conflict.attack.unspecified", sent=17, modality="other", args=[
    d.arg("target", "the browser", sent=17, cluster=IE6)],
    note="V18 cyber attack; V14: 'at risk of' = modal of possibility")
attacks = d.event("attacks", "conflict.attack.unspecified", sent=19, args=[],
    plover="COERCE", plover_mode="cyber",
    note="V18 cyber attacks (generic, V1 aggregates); V14 asserted; V16")

# ---- stances
d.fact(dev, "CT+")
d.fact(ann, "CT+", note="ST3, ST10")
d.fact(camp, "CT+")
d.fact(design, "CT+")
d.fact(hacked, "PS+", note="ST4: possibility")
d.fact(attacks, "CT+", holder=d.holder("Microsoft", sent=19), cue=d.span("says", sent=19), note="ST2, ST4: presupposed")
d.save()
