import sys; sys.path.insert(0, "/work/main/annotations/raw/annotator_f/scripts")
from fkit import Doc
d = Doc("GUM_news_flag", annotator="annotator_f")
NZ = "New Zealand"; GOV = "new zealand government"; CUR = "current new zealand flag"; NEW = "new new zealand flag"
# ---- entities
d.ent("New Zealand", "GPE", sent=0, cluster=NZ)
d.ent("Thursday, May 7, 2015", "DATE", sent=1, note="E18, G2 dateline")
d.ent("Tuesday", "DATE", sent=2)
d.ent("New Zealand", "GPE", sent=2, cluster=NZ)
d.ent("New Zealand", "GPE", sent=3, cluster=NZ, note="G2 caption")
d.ent("New Zealand", "GPE", sent=4, cluster=NZ)
d.ent("United Kingdom", "GPE", sent=4, cluster="United Kingdom", note="E3, E4")
d.ent("New Zealand", "GPE", sent=5, cluster=NZ)
d.ent("Flag Consideration Project", "ORG", sent=6, cluster="Flag Consideration Project")
d.ent("first", "ORDINAL", sent=6)
d.ent("Christchurch", "GPE", sent=6, cluster="Christchurch")
d.ent("May 16", "DATE", sent=6)
d.ent("New Zealand Herald", "ORG", sent=7, cluster="New Zealand Herald", note="E3, E12")
d.ent("John Burrows", "PERSON", sent=7, cluster="John Burrows", note="E5")
d.ent("twelve", "CARDINAL", sent=7)
d.ent("New Zealand", "GPE", sent=7, n=2, cluster=NZ)
d.ent("Burrows", "PERSON", sent=8, cluster="John Burrows", note="E5")
d.ent("www.flag.govt.nz", "ORG", sent=9, cluster="www.flag.govt.nz", note="E12 named website")
d.ent("www.standfor.co.nz", "ORG", sent=9, cluster="www.standfor.co.nz", note="E12 named website")
d.ent("Wellington", "GPE", sent=10, cluster="Wellington")
d.ent("New Zealand", "GPE", sent=11, cluster=NZ)
d.ent("John Key", "PERSON", sent=11, cluster="John Key", note="E5")
d.ent("Key", "PERSON", sent=12, cluster="John Key", note="E5")
d.ent("New Zealand", "GPE", sent=12, cluster=NZ)
d.ent("Waitangi Day", "DATE", sent=12, note="E18 named holiday")
d.ent("February 6", "DATE", sent=12)
d.ent("this year", "DATE", sent=12)
d.ent("one", "CARDINAL", sent=13, note="E15")
d.ent("New Zealander", "NORP", sent=13)
d.ent("New Zealand", "GPE", sent=14, cluster=NZ)
d.ent("two", "CARDINAL", sent=14)
d.ent("NZ $ 26 million", "MONEY", sent=14, note="E17")
d.ent("a quarter", "CARDINAL", sent=14, note="E15, uncovered: fraction of a group -> CARDINAL, 'only' outside")
d.ent("the year before", "DATE", sent=15, note="E18")
d.ent("forty percent", "PERCENT", sent=15, note="E21")
d.ent("first", "ORDINAL", sent=16)
d.ent("November 20", "DATE", sent=16, note="E18 range with words: two spans")
d.ent("December 11", "DATE", sent=16, note="E18")
d.ent("about four", "CARDINAL", sent=16, note="E15")
d.ent("early in 2016", "DATE", sent=17, note="E18, uncovered: 'early in <year>' kept whole as modifier + date")

# ---- events
ann = d.event("announced", "contact.mediastatement.unspecified", sent=2, args=[
    d.arg("communicator", "the New Zealand government", sent=2, head="government", cluster=GOV)],
    note="V17b: the announcement of the process is the news; K6")
d.fact(ann, "CT+", note="ST3")

proj = lambda s: d.arg("participant", "The government's Flag Consideration Project", sent=s, head="Project",
                       cluster="Flag Consideration Project")
conf = d.event("conferences", "contact.discussion.meet", sent=6, args=[proj(6)], modality="other",
               note="V8, V14 plan, uncovered: public consultation conferences -> contact.discussion.meet (not negotiation between opposed parties)")
meet = d.event("meeting", "contact.discussion.meet", sent=6, args=[proj(6),
    d.arg("place", "Christchurch", sent=6)], modality="other",
    note="V8, V14 schedule ('set to take place'), V9f, uncovered: consultation meeting")
d.fact(conf, "Uu", note="ST4 planned by others")
d.fact(meet, "PR+", note="ST4 scheduled")
d.attitude(d.holder("The government's Flag Consideration Project", sent=6, cluster="Flag Consideration Project"),
           conf, "FAVOR", cue=d.span("planned", sent=6), note="ST5 plan")

schools = d.arg("participant", "schools", sent=8, n=2, cluster="new zealand schools")
disc = d.event("discussions", "contact.discussion.unspecified", sent=8, args=[schools], modality="other",
               note="V14 modal of possibility ('can')")
refs8 = d.event("referendums", "government.vote.unspecified", sent=8, modality="other",
                note="V18, V14 modal of possibility; schools organise, voters unmentioned")
bur = lambda: d.holder("Professor Burrows", sent=8, cluster="John Burrows")
d.fact(disc, "PS+", holder=bur(), cue=d.span("said", sent=8), note="ST2 quotation in scope, ST4")
d.fact(refs8, "PS+", holder=bur(), cue=d.span("said", sent=8), note="ST2, ST4")

enc = d.event("encouraged", "contact.requestadvise.unspecified", sent=9, args=[
    d.arg("recipient", "People", sent=9, head="People", cluster="people submitting designs"),
    d.arg("topic", "to submit their designs online at www.flag.govt.nz", sent=9, head="submit"),
    d.arg("topic", "suggest what the flag should mean on www.standfor.co.nz", sent=9, head="suggest")],
    plover="REQUEST", note="V17a appeal, V12 one topic per conjunct, G6, G7b")
d.fact(enc, "CT+")

built = d.event("built", "manufacture.artifact.build", sent=10, args=[
    d.arg("artifact", "a flag pole monument", sent=10, head="monument"),
    d.arg("place", "Wellington", sent=10)], modality="other",
    note="V18 build, V14 future, V10 test 4 (name over 'the nation's capital')")
d.fact(built, "PR+", note="ST4 would/future")

red = d.event("redesigning", "manufacture.artifact.createintellectualproperty", sent=11, args=[
    d.arg("artifact", "the flag", sent=11, head="flag", cluster=CUR)], modality="other",
    note="V18 createintellectualproperty, uncovered: proposed (not yet happened) action under evaluation -> other")
d.fact(red, "Uu", holder=d.holder("he", sent=11, cluster="John Key"), cue=d.span("believes", sent=11),
       note="ST2 innermost SIP of one referent (said/believes), ST3, ST4")
d.attitude(d.holder("he", sent=11, cluster="John Key"), red, "FAVOR", cue=d.span("strong rationale", sent=11),
           note="ST8 evaluation of an event is an attitude, uncovered: cue not in ST5 list")

vote = d.event("vote", "government.vote.castvote", sent=13, args=[
    d.arg("voter", "I", sent=13, n=2, cluster="John Key")], modality="other",
    note="V18 castvote, V14 future; 'each referendum' quantified (K10), no ballot")
ref13 = d.event("referendum", "government.vote.unspecified", sent=13, args=[
    d.arg("voter", "I", sent=13, n=2, cluster="John Key")], modality="other", note="V18, V14 future")
h13 = lambda: d.holder("he", sent=13, cluster="John Key")
d.fact(vote, "PR+", holder=h13(), cue=d.span("said", sent=13), note="ST2, ST4 will")
d.fact(ref13, "PR+", holder=h13(), cue=d.span("said", sent=13), note="ST2, ST4 will")

ref14 = d.event("referendums", "government.vote.unspecified", sent=14, modality="other",
                note="V18, V4 'hold' support verb, V14 plan/intend")
d.fact(ref14, "Uu", note="ST4 planned by others")
d.attitude(d.holder("The New Zealand government", sent=14, cluster=GOV), ref14, "FAVOR",
           cue=d.span("intends", sent=14), note="ST5 intend")

ref16 = d.event("referendum", "government.vote.unspecified", sent=16, modality="other",
                note="V18, V14 schedule ('is to be held'); one of the two referendums of s14, not coreferent (part)")
d.fact(ref16, "PR+", note="ST4 scheduled")

choose = d.event("choose", "government.vote.castvote", sent=17, args=[
    d.arg("voter", "Voters", sent=17, cluster="voters"),
    d.arg("candidate", "the new flag", sent=17, head="flag", cluster=NEW),
    d.arg("candidate", "their current flag", sent=17, head="flag", cluster=CUR)], modality="other",
    note="V18 castvote, V14 would, uncovered: referendum options as candidate")
d.fact(choose, "PR+", note="ST4 would")
d.save()
