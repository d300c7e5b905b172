import sys; sys.path.insert(0, "/work/main/annotations/raw/annotator_j/scripts")
from jkit import Doc, word
d = Doc("GUM_news_flag", annotator="annotator_j")
NZ = "New Zealand"; GOV = "new zealand government"; FCP = "Flag Consideration Project"
JK = "John Key"; JB = "John Burrows"; CUR = "current flag"; NEW = "new flag"
# ---- entities
d.ent("New Zealand", "GPE", sent=0, cluster=NZ)
d.ent("Thursday, May 7, 2015", "DATE", sent=1, note="E18")
d.ent("Tuesday", "DATE", sent=2)
d.ent("New Zealand", "GPE", sent=2, cluster=NZ, note="E13, K6")
d.ent("New Zealand", "GPE", sent=3, cluster=NZ)
d.ent("New Zealand", "GPE", sent=4, cluster=NZ, note="E13")
d.ent("United Kingdom", "GPE", sent=4, cluster="United Kingdom", note="E3, E4")
d.ent("New Zealand", "GPE", sent=5, cluster=NZ)
d.ent("Flag Consideration Project", "ORG", sent=6, cluster=FCP, note="E12, uncovered: named government project acting as a body -> ORG")
d.ent("first", "ORDINAL", sent=6)
d.ent("Christchurch", "GPE", sent=6, cluster="Christchurch")
d.ent("May 16", "DATE", sent=6)
d.ent("New Zealand Herald", "ORG", sent=7, cluster="New Zealand Herald", note="E3, E8, E12")
d.ent("John Burrows", "PERSON", sent=7, cluster=JB, note="E5")
d.ent("twelve", "CARDINAL", sent=7)
d.ent("New Zealand", "GPE", sent=7, n=2, cluster=NZ, note="E4")
d.ent("Burrows", "PERSON", sent=8, cluster=JB, note="E5")
d.ent("www.flag.govt.nz", "ORG", sent=9, cluster="www.flag.govt.nz", note="E12")
d.ent("www.standfor.co.nz", "ORG", sent=9, cluster="www.standfor.co.nz", note="E12")
d.ent("Wellington", "GPE", sent=10, cluster="Wellington")
d.ent("New Zealand", "GPE", sent=11, cluster=NZ, note="E4")
d.ent("John Key", "PERSON", sent=11, cluster=JK, note="E5")
d.ent("Key", "PERSON", sent=12, cluster=JK, note="E5")
d.ent("New Zealand", "GPE", sent=12, cluster=NZ, note="E13")
d.ent("Waitangi Day", "DATE", sent=12, note="E18 (named holiday)")
d.ent("February 6", "DATE", sent=12)
d.ent("this year", "DATE", sent=12)
d.ent("one", "CARDINAL", sent=13, note="E15")
d.ent("New Zealander", "NORP", sent=13, note="E9")
d.ent("New Zealand", "GPE", sent=14, cluster=NZ, note="E13, K6")
d.ent("two", "CARDINAL", sent=14)
d.ent("NZ $ 26 million", "MONEY", sent=14, note="E17")
d.ent("a quarter", "CARDINAL", sent=14, note="E15, uncovered: fraction 'a quarter' -> CARDINAL with 'a' inside")
d.ent("the year before", "DATE", sent=15, note="E18")
d.ent("forty percent", "PERCENT", sent=15, note="E21")
d.ent("first", "ORDINAL", sent=16)
d.ent("November 20", "DATE", sent=16, note="E18 (range with words: two spans)")
d.ent("December 11", "DATE", sent=16, note="E18")
d.ent("about four", "CARDINAL", sent=16, note="E15")
d.ent("early in 2016", "DATE", sent=17, note="E18, uncovered: 'early in 2016' kept as one span with its modifier")
# ---- events
ann = d.event("announced", "contact.mediastatement.unspecified", sent=2, args=[
    d.arg("communicator", "the New Zealand government", sent=2, head="government", cluster=GOV)],
    note="V17b, K6")
sug = d.event("suggest", "contact.commitmentpromiseexpressintent.unspecified", sent=2, args=[
    d.arg("topic", "designs for a new national flag", sent=2, head="designs")],
    modality="other", note="V8 (suggestion), V17a, V14 purpose; uncovered: public suggesting designs treated as proposal")
conf = d.event("conferences", "contact.discussion.meet", sent=6, args=[
    d.arg("participant", "The government's Flag Consideration Project", sent=6, head="Project", cluster=FCP)],
    modality="other", note="V8, V14 plan; uncovered: public consultation conferences -> contact.discussion.meet")
meet = d.event("meeting", "contact.discussion.meet", sent=6, args=[
    d.arg("participant", "The government's Flag Consideration Project", sent=6, head="Project", cluster=FCP),
    d.arg("place", "Christchurch", sent=6)],
    modality="other", note="V8, V9h, V9f, V14 schedule")
disc = d.event("discussions", "contact.discussion.unspecified", sent=8, args=[
    d.arg("participant", "schools", sent=8, n=2, cluster="schools")],
    modality="other", note="V14 modal of possibility (can)")
ref8 = d.event("referendums", "government.vote.unspecified", sent=8,
    modality="other", note="V18, V14 modal of possibility (can)")
enc = d.event("encouraged", "contact.requestadvise.unspecified", sent=9, args=[
    d.arg("recipient", "People", sent=9, cluster="people (flag submissions)"),
    d.arg("topic", "to submit their designs online at www.flag.govt.nz", sent=9, head="submit"),
    d.arg("topic", "suggest what the flag should mean on www.standfor.co.nz", sent=9, head="suggest")],
    note="V17a (appeal), V12")
sug9 = d.event("suggest", "contact.commitmentpromiseexpressintent.unspecified", sent=9, args=[
    d.arg("communicator", "People", sent=9, cluster="people (flag submissions)"),
    d.arg("topic", "what the flag should mean", sent=9, head="mean")],
    modality="other", note="V8 (suggestion), V14 request; uncovered: suggesting a meaning treated as proposal")
built = d.event("built", "manufacture.artifact.build", sent=10, args=[
    d.arg("artifact", "a flag pole monument", sent=10, head="monument"),
    d.arg("place", "Wellington", sent=10)],
    modality="other", note="V18, V9h, V10 (name before nominal 'the nation's capital'), V14 future")
red = d.event("redesigning", "manufacture.artifact.createintellectualproperty", sent=11, args=[
    d.arg("artifact", "the flag", sent=11, cluster=CUR)],
    modality="other", note="V18 (creating a design), V14 plan")
vote = d.event("vote", "government.vote.castvote", sent=13, args=[
    d.arg("voter", word(d, "I", 13), cluster=JK),
    d.arg("ballot", "each referendum", sent=13, head="referendum")],
    modality="other", note="V18, V14 future")
ref13 = d.event("referendum", "government.vote.unspecified", sent=13,
    modality="other", note="V18, V14 future")
ref14 = d.event("referendums", "government.vote.unspecified", sent=14,
    modality="other", note="V18, V14 plan (intends)")
ref16 = d.event("referendum", "government.vote.unspecified", sent=16,
    modality="other", note="V18, V14 schedule; not coref with the aggregate 'two referendums' (part, K7 by analogy)")
sel = d.event("selecting", "government.vote.unspecified", sent=16, args=[
    d.arg("result", "a single new flag design", sent=16, head="design"),
    d.arg("candidate", "about four finalists", sent=16, head="finalists")],
    modality="other", note=f"V18, V14 schedule, V7; uncovered: selecting as the referendum vote, coref=E14")
cho = d.event("choose", "government.vote.castvote", sent=17, args=[
    d.arg("voter", "Voters", sent=17, cluster="voters"),
    d.arg("candidate", "the new flag", sent=17, cluster=NEW),
    d.arg("candidate", "their current flag", sent=17, cluster=CUR)],
    modality="other", note="V18, V14 future")
# ---- stances
d.fact(ann, "CT+", note="ST3, V17b")
d.fact(sug, "Uu", holder=d.holder("the New Zealand government", sent=2, cluster=GOV), cue=d.span("announced", sent=2), note="ST2, ST4 purpose, ST10")
d.fact(conf, "Uu", note="ST4 planned by others")
d.attitude(d.holder("The government's Flag Consideration Project", sent=6, cluster=FCP), conf, "FAVOR", cue=d.span("planned", sent=6), note="ST5 plan")
d.fact(meet, "PR+", note="ST4 scheduled")
bur = d.holder("Professor Burrows", sent=8, cluster=JB)
d.fact(disc, "PS+", holder=bur, cue=d.span("said", sent=8), note="ST2, ST4 can")
d.fact(ref8, "PS+", holder=bur, cue=d.span("said", sent=8), note="ST2, ST4 can")
d.fact(enc, "CT+")
d.fact(sug9, "Uu", note="ST4 requested")
d.fact(built, "PR+", note="ST4 would/to be")
d.fact(red, "Uu", holder=d.holder("he", sent=11, cluster=JK), cue=d.span("believes", sent=11),
       note="ST2, ST3 (one referent: innermost cue), ST4; uncovered: 'has a strong rationale' evaluation not in ST5 list, no attitude")
kh = d.holder(word(d, "he", 13), cluster=JK)
d.fact(vote, "PR+", holder=kh, cue=d.span("said", sent=13), note="ST4 will")
d.fact(ref13, "PR+", holder=kh, cue=d.span("said", sent=13), note="ST4 will")
d.fact(ref14, "Uu", note="ST4 planned")
d.attitude(d.holder("The New Zealand government", sent=14, cluster=GOV), ref14, "FAVOR", cue=d.span("intends", sent=14), note="ST5 intend")
d.fact(ref16, "PR+", note="ST4 scheduled")
d.fact(sel, "PR+", note="ST4 scheduled")
d.fact(cho, "PR+", note="ST4 would")
d.save()
