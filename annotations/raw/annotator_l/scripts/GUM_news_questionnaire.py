import sys; sys.path.insert(0, "/work/main/scripts")
from annotation_kit import Doc, Span

d = Doc("GUM_news_questionnaire", annotator="annotator_l")
T = d.text


def sub(big, s, n=1):
    """Sub-span of span `big` (n-th occurrence of s inside it)."""
    pos = -1
    for _ in range(n):
        pos = big.text.index(s, pos + 1)
    return Span(big.start + pos, big.start + pos + len(s), s)


def sp(s, sent, n=1):
    return d.span(s, sent=sent, n=n)


# ============================ ENTITIES ============================
# s0 title
d.ent("UK", "GPE", sent=0, cluster="UK", note="E13")
d.ent("five", "CARDINAL", sent=0)
# s1 dateline
d.ent("Thursday, February 23, 2023", "DATE", sent=1, note="E18, G2")
# s2 caption
d.ent("Braverman", "PERSON", sent=2, cluster="Suella Braverman")
d.ent("Sunak", "PERSON", sent=2, cluster="Rishi Sunak")
d.ent("October 25, 2022", "DATE", sent=2)
# s3 photo credit
d.ent("UK Government", "ORG", sent=3, cluster="UK Government", note="E12, G2: capitalised name of a body in a credit")
# s4 caption
d.ent("Border Force", "ORG", sent=4, cluster="Border Force", note="E12")
d.ent("HMC Searcher", "PRODUCT", sent=4, cluster="HMC Searcher", note="E23: named vessel, K2")
d.ent("The Solent", "LOC", sent=4, cluster="The Solent", note="E3: capitalised mid-sentence The of the name, E11")
d.ent("February 8, 2010", "DATE", sent=4)
# s5 credit
d.ent("Brian Burnell", "PERSON", sent=5, cluster="Brian Burnell", note="G2: photo credit")
# s6
ukho = sp("The United Kingdom Home Office", 6)
d.ent(sub(ukho, "United Kingdom Home Office"), "ORG", cluster="Home Office",
      note="E3, E8, E12, uncovered: country name before an agency name kept inside the ORG (OntoNotes practice, cf. K6 'The U.S. Department of Agriculture')")
d.ent("today", "DATE", sent=6)
d.ent("some 12,000", "CARDINAL", sent=6, note="E15: approximator inside")
for g in ["Afghanistan", "Eritrea", "Libya", "Syria", "Yemen"]:
    d.ent(g, "GPE", sent=6, cluster=g)
d.ent("last summer", "DATE", sent=6)
# s7
d.ent("Rishi Sunak", "PERSON", sent=7, cluster="Rishi Sunak", note="E5")
d.ent("92,000", "CARDINAL", sent=7)
d.ent("year end", "DATE", sent=7, note="E18")
# s8
d.ent("five", "CARDINAL", sent=8)
d.ent("above 95%", "PERCENT", sent=8, note="E21: approximator inside")
# s9
d.ent(sub(sp("from ten to 32", 9), "ten"), "CARDINAL", note="E18, E22: range with words = two spans")
d.ent("32", "CARDINAL", sent=9, note="E22")
d.ent("40", "CARDINAL", sent=9, note="E22")
d.ent("50", "CARDINAL", sent=9, note="E22")
d.ent("English", "LANGUAGE", sent=9, note="E23")
# s10
d.ent("twenty working days", "DATE", sent=10, note="E18")
# s11
d.ent("Sky News", "ORG", sent=11, cluster="Sky News", note="E12")
# s12
d.ent("BBC News", "ORG", sent=12, cluster="BBC News", note="E12")
the_i = sub(sp("the i reporting", 12), "the i")
d.ent(Span(the_i.start + 4, the_i.end, "i"), "ORG", cluster="i",
      note="E3, E12: newspaper 'the i', lower-case the outside")
# s13
d.ent("British Red Cross", "ORG", sent=13, cluster="British Red Cross", note="E3, E8, E12")
d.ent("September 2021", "DATE", sent=13)
d.ent("3,000", "CARDINAL", sent=13)
d.ent("Afghan", "NORP", sent=13, note="E9")
d.ent("Boris Johnson", "PERSON", sent=13, cluster="Boris Johnson", note="E5")
d.ent("Home Office", "ORG", sent=13, cluster="Home Office", note="E3")
d.ent("today", "DATE", sent=13)
d.ent("UK", "GPE", sent=13, cluster="UK", note="E4")
# s14
d.ent("Labour", "ORG", sent=14, cluster="Labour", note="E4, E12")
d.ent("Yvette Cooper", "PERSON", sent=14, cluster="Yvette Cooper", note="E5")
d.ent("months", "DATE", sent=14, note="E18")
d.ent("Home Office", "ORG", sent=14, cluster="Home Office", note="E3")
d.ent("Albania", "GPE", sent=14, cluster="Albania")
d.ent("United Nations High Commissioner for Refugees", "ORG", sent=14,
      cluster="United Nations High Commissioner for Refugees",
      note="E1, E3, E12, uncovered: capitalised UN office name without a person name (the UNHCR) = one ORG, no nested United Nations")
d.ent("two years ago", "DATE", sent=14, note="E18")
# s15
d.ent("Labour", "ORG", sent=15, cluster="Labour", note="E12")
# s16
d.ent("today", "DATE", sent=16)
d.ent("45,756", "CARDINAL", sent=16)
d.ent("Channel", "LOC", sent=16, cluster="Channel", note="E3, E11")
d.ent("last year", "DATE", sent=16)
d.ent("over 150,000", "CARDINAL", sent=16, note="E15: approximator inside")
# s17
d.ent("Sunak", "PERSON", sent=17, cluster="Rishi Sunak")
d.ent(sub(sp("one of his", 17), "one"), "CARDINAL", note="E15: 'one of' = a count (partitive numeral, G7a)")
d.ent("UK", "GPE", sent=17, cluster="UK", note="E3")
d.ent("next month", "DATE", sent=17)
# s18
d.ent("Home Office", "ORG", sent=18, cluster="Home Office", note="E3, E13")
# s19 caption
d.ent("Braverman", "PERSON", sent=19, cluster="Suella Braverman")
d.ent("France", "GPE", sent=19, cluster="France", note="E4")
d.ent("Gérald Darmanin", "PERSON", sent=19, cluster="Gérald Darmanin", note="E5")
d.ent("Paris", "GPE", sent=19, cluster="Paris")
d.ent("November 14, 2022", "DATE", sent=19)
# s20 credit
d.ent("Home Office", "ORG", sent=20, cluster="Home Office", note="G2: photo credit")
# s21
d.ent("Wednesday", "DATE", sent=21)
d.ent("Suella Braverman", "PERSON", sent=21, cluster="Suella Braverman", note="E5")
d.ent("GB News", "ORG", sent=21, cluster="GB News", note="E12")
# s22
d.ent("UK", "GPE", sent=22, cluster="UK", note="E3")
d.ent("English", "LANGUAGE", sent=22, note="E23")
# s23
d.ent("Guardian", "ORG", sent=23, cluster="The Guardian",
      note="E3, E12: sentence-initial The is not a mid-sentence capitalised The, so outside")
d.ent("over fifty", "CARDINAL", sent=23, note="E15: approximator inside")
d.ent("UK", "GPE", sent=23, cluster="UK", note="E3")
# s24
d.ent("Colin Yeo", "PERSON", sent=24, cluster="Colin Yeo", note="E5")
d.ent("Joint Council for the Welfare of Immigrants", "ORG", sent=24,
      cluster="Joint Council for the Welfare of Immigrants", note="E12, E5")
d.ent("Caitlin Boswell", "PERSON", sent=24, cluster="Caitlin Boswell", note="E5")
d.ent(sub(sp("with Boswell stating", 24), "Boswell"), "PERSON", cluster="Caitlin Boswell")
# s26
d.ent("Refugee Council", "ORG", sent=26, cluster="Refugee Council", note="E3, E12")
d.ent("Enver Solomon", "PERSON", sent=26, cluster="Enver Solomon", note="E5")
d.ent("Sky News", "ORG", sent=26, cluster="Sky News", note="E12")
# s27
d.ent("months", "DATE", sent=27, note="E18")
d.ent("years", "DATE", sent=27, note="E18")
d.ent("English", "LANGUAGE", sent=27, n=1, note="E23")
d.ent("a matter of weeks", "DATE", sent=27, note="E18: quantity modifier inside, like 'a day or two'")
d.ent("English", "LANGUAGE", sent=27, n=2, note="E23")
# s28
d.ent("Prime Minister's Questions", "EVENT", sent=28, cluster="Prime Minister's Questions",
      note="E23: named recurring parliamentary session, K2")
d.ent("Wednesday", "DATE", sent=28)
d.ent("Sunak", "PERSON", sent=28, cluster="Rishi Sunak")
d.ent("Braverman", "PERSON", sent=28, cluster="Suella Braverman")
d.ent("Albania", "GPE", sent=28, cluster="Albania")
d.ent("France", "GPE", sent=28, cluster="France")

# ============================ EVENTS ============================
COREF = {}  # placeholder key -> Ev

# s0 title
ev_int0 = d.event("interview", "contact.discussion.meet", sent=0, args=[
    d.arg("participant", "five nationalities", sent=0, head="nationalities", cluster="five nationalities",
          note="V9, V12: the claimants by nationality"),
], polarity="negative", modality="other",
    note="V1, V8, V13, V14, G2, uncovered: asylum interview (face-to-face, s8) -> contact.discussion.meet; to be replaced = will not happen")
COREF["int"] = ev_int0

# s6
ev_int6 = d.event("interviews", "contact.discussion.meet", sent=6, args=[
    d.arg("participant", ukho, head="Office", cluster="Home Office"),
    d.arg("participant", "some 12,000 asylee hopefuls", sent=6, head="hopefuls", note="G6: from-PP and relative clause outside"),
], polarity="negative", modality="other",
    note="V8, V9, V13, V14: 'in place of' = will not happen, 'is to begin' = schedule; coref={int}")
ev_applied = d.event("applied", "contact.requestadvise.unspecified", sent=6, args=[
    d.arg("communicator", "some 12,000 asylee hopefuls", sent=6, head="hopefuls", note="V9e"),
    d.arg("topic", "refugee status", sent=6, head="status", note="V9h"),
], note="V17a, V12, uncovered: applying for asylum = a formal request (requestadvise); no PLOVER row (V16)")

# s8
ev_checks = d.event("checks", "inspection.sensoryobserve.inspectpeopleorganization", sent=8, args=[],
                    modality="other",
                    note="V1, V8, V14 (will), uncovered: security/criminal/health checks of claimants -> inspectpeopleorganization")
ev_int8 = d.event("interview", "contact.discussion.meet", sent=8, args=[
    d.arg("participant", "officials", sent=8, head="officials", note="V9h"),
    d.arg("participant", "five nationalities", sent=8, head="nationalities", cluster="five nationalities"),
], polarity="negative", modality="other",
    note="V8 (face-to-face), V13, V14 (will scrap); coref={int}")
ev_accept = d.event("acceptance", "movement.transportperson.grantentryasylum", sent=8, args=[
    d.arg("granter", ukho, head="Office", cluster="Home Office", note="V9i: the Home Office determines refugee status (s6)"),
    d.arg("passenger", "five nationalities", sent=8, head="nationalities", cluster="five nationalities", note="V9e (whose)"),
    d.arg("destination", sub(sp("the nation's", 7), "the nation"), head="nation", cluster="UK", note="V9i, G4"),
], plover="RETREAT", plover_mode="access",
    note="V1 (aggregate), V8, V16 (nearest row: letting people in), uncovered: claim acceptance = granting asylum")

# s9
ev_recing = d.event("recommending", "contact.requestadvise.unspecified", sent=9, args=[
    d.arg("communicator", "the government", sent=9, head="government", cluster="UK Government", note="K3, K6"),
    d.arg("topic", "online translation tools", sent=9, head="tools", note="G4: quotation marks outside"),
], note="V17a (advice = requestadvise), V16: no PLOVER row for advice to applicants")

# s11
ev_leaked = d.event("leaked", "contact.mediastatement.unspecified", sent=11, args=[],
                    note="V17b (release of a text), uncovered: a leak = unauthorised release of a document; Sky News is not a recipient (V17)")
COREF["leak"] = ev_leaked
ev_remind = d.event("reminder", "contact.requestadvise.unspecified", sent=11, args=[
    d.arg("communicator", "the government", sent=11, head="government", cluster="UK Government", note="V9c"),
], modality="other", note="V14 (will), V17a, uncovered: a reminder to return the form = request")

# s12
ev_refused = d.event("refused", "movement.transportperson.prevententry", sent=12, args=[],
                     polarity="negative", modality="other",
                     note="V8, V13, V14 (will not), K10 ('no one' fills no role), uncovered: refusing asylum -> prevententry")

# s13
ev_amnesty = d.event("amnesty", "movement.transportperson.grantentryasylum", sent=13, args=[
    d.arg("passenger", "3,000 Afghan refugees", sent=13, head="refugees", note="V9i"),
], modality="other", note="V14 (fear, would), uncovered: migrant amnesty = granting leave to remain -> grantentryasylum")

# s14
unhcr = sp("the United Nations High Commissioner for Refugees", 14)
it14 = sub(sp("recommended it", 14), "it")
ev_recd = d.event("recommended", "contact.requestadvise.unspecified", sent=14, args=[
    d.arg("communicator", unhcr, head="Commissioner", cluster="United Nations High Commissioner for Refugees", note="K9"),
    d.arg("topic", it14, head=it14, cluster="fast-track asylum idea", note="K3: = 'the idea'"),
], plover="REQUEST", plover_mode="change", note="V17a, V12, V16: recommendation of a policy change")

# s15
ev_agr15 = d.event("agreements", "government.agreements.acceptagreementcontractceasefire", sent=15, args=[
    d.arg("participant", "Labour", sent=15, note="V9c, V9d"),
], modality="other", note="V5, V14 (plan)")
ev_ret15 = d.event("returned", "movement.transportperson.bringcarryunload", sent=15, args=[],
                   modality="other",
                   note="V14 (plan, purpose), K10 (generic 'unsuccessful claims' fills no role), uncovered: return of failed claimants -> bringcarryunload; premodifier 'return' of 'return agreements' not a trigger")
ev_cross15 = d.event("crossings", "movement.transportperson.selfmotion", sent=15, args=[
    d.arg("vehicle", "small boat", sent=15, head="boat", note="V12: premodifier"),
], note="V8, H42")

# s16
ev_pub16 = d.event("published", "contact.mediastatement.unspecified", sent=16, args=[], modality="other",
                   note="V17b (publish a text), V14 (scheduled)")
ev_cross16 = d.event("crossing", "movement.transportperson.selfmotion", sent=16, args=[
    d.arg("transporter", "a record 45,756 migrants", sent=16, head="migrants", note="G6: participial modifier outside"),
], note="V1 (aggregate), V8, V11: the crossed Channel is a path, no role")

# s17
ev_claim17 = d.event("claiming", "contact.requestadvise.unspecified", sent=17, args=[
    d.arg("topic", "asylum", sent=17, n=1, head="asylum"),
    d.arg("place", sub(sp("in the UK", 17), "the UK"), head="UK", cluster="UK", note="V9f"),
], modality="other",
    note="V17a, V14 (banned, expected laws), K10 (generic 'illegal migrants'), uncovered: claiming asylum = request")

# s21
here = sub(sp("arriving here", 21), "here")
ev_arr21 = d.event("arriving", "movement.transportperson.selfmotion", sent=21, args=[
    d.arg("transporter", "the overwhelming numbers of people", sent=21, head="people", note="G6, G7a"),
    d.arg("destination", here, head=here, cluster="UK", note="V9a: pro-adverb 'here' = the UK"),
], note="V8")

# s22
ev_obtain = d.event("obtain", "movement.transportperson.grantentryasylum", sent=22, args=[
    d.arg("destination", sub(sp("in the UK", 22), "the UK"), head="UK", cluster="UK", note="V9f"),
], modality="other",
    note="V14 (possibility), K10 ('some asylum seekers' non-specific), uncovered: obtaining the right to live in the UK = being granted leave")

# s23 (quoted questionnaire question)
ev_traff = d.event("trafficking", "movement.transportperson.smuggleextract", sent=23, args=[], modality="other",
                   note="V14 (question), K10 (generic you), uncovered: human trafficking -> smuggleextract")
ev_transp = d.event("transportation", "movement.transportperson.bringcarryunload", sent=23, args=[], modality="other",
                    note="V14, K10 (generic people); 'recruitment', 'receipt' no type")
ev_transf = d.event("transfer", "movement.transportperson.bringcarryunload", sent=23, args=[], modality="other",
                    note="V14, K10")
ev_harb = d.event("harbouring", "movement.transportperson.hide", sent=23, args=[], modality="other",
                  note="V14, K10")
uk23 = sub(sp("in the UK", 23), "the UK")
ev_journey = d.event("journey", "movement.transportperson.selfmotion", sent=23, args=[
    d.arg("destination", uk23, head="UK", cluster="UK", note="V9a (journey to ... the UK)"),
], modality="other", note="V14 (question), K10 (generic your)")
ev_arrived23 = d.event("arrived", "movement.transportperson.selfmotion", sent=23, args=[
    d.arg("destination", uk23, head="UK", cluster="UK", note="V9a"),
], modality="other", note="V14 (question), K10 (generic you)")

# s24
ev_flee = d.event("fleeing", "movement.transportperson.selfmotion", sent=24, args=[],
                  note="V8 (flight of non-combatants), K10 (generic People)")

# s26
ev_leak26 = d.event("leak", "contact.mediastatement.unspecified", sent=26, args=[],
                    note="V17b, V7, coref={leak}")
ev_threat = d.event("threats", "contact.threatencoerce.unspecified", sent=26, args=[
    d.arg("topic", "applications being withdrawn", sent=26, head="withdrawn", note="G6, G7b"),
], plover="THREATEN", note="V17a, V16 (no mode fits)")

# s28
ev_promise = d.event("promising", "contact.commitmentpromiseexpressintent.unspecified", sent=28, args=[
    d.arg("communicator", "Sunak", sent=28),
    d.arg("topic", 'a "formal update" from Braverman is forthcoming', sent=28, head="forthcoming", note="G6, G7b"),
], plover="AGREE", note="V17a, V16")
ev_update = d.event("update", "contact.mediastatement.unspecified", sent=28, args=[
    d.arg("communicator", "Braverman", sent=28, note="V9b"),
], modality="other", note="V17b, V14 (promised, forthcoming), uncovered: a formal update = public statement")
ev_bring = d.event("bring", "government.legislate.legislate", sent=28, args=[
    d.arg("governmentbody", "The Home Secretary", sent=28, head="Secretary", cluster="Suella Braverman"),
    d.arg("governmentbody", sub(sp("and I are", 28), "I"), head=sub(sp("and I are", 28), "I"), cluster="Rishi Sunak"),
    d.arg("law", "that legislation", sent=28, head="legislation"),
], modality="other", note="V4b, V14 (purpose), V6, uncovered: bringing forward legislation -> government.legislate.legislate")
our28 = sub(sp("our deals", 28), "our")
ev_deals = d.event("deals", "government.agreements.acceptagreementcontractceasefire", sent=28, args=[
    d.arg("participant", our28, head=our28, cluster="UK Government", note="K8: the PM speaks for the government"),
    d.arg("participant", "Albania", sent=28),
    d.arg("participant", "France", sent=28),
], plover="AGREE", note="V5, V15 (two deals: aggregate, no ACLED), V16")
ev_arrives28 = d.event("arrives", "movement.transportperson.selfmotion", sent=28, args=[
    d.arg("destination", sub(sp("arrives in our country", 28), "our country"), head="country", cluster="UK", note="V9f"),
], modality="other", note="V14 (condition), K10 ('someone' non-specific)")

# ============================ STANCES ============================
# title: attributed by "Reports:"
reports = d.holder("Reports", sent=0)
d.fact(ev_int0, "PR-", holder=reports, cue=sp("Reports", 0),
       note="ST2, ST3, ST4, uncovered: title-initial 'Reports:' attributes the headline; holder and cue 'Reports'")

# s6
d.fact(ev_int6, "PR-", note="ST3, ST4: scheduled replacement")
d.fact(ev_applied, "CT+")
# s8
d.fact(ev_checks, "PR+", note="ST4 (will)")
d.fact(ev_int8, "PR-", note="ST4 (will scrap)")
d.fact(ev_accept, "CT+")
# s9
d.fact(ev_recing, "CT+", note="ST2: the absolute clause is the author's")
# s11
d.fact(ev_leaked, "CT+")
d.fact(ev_remind, "PR+", note="ST4 (will); the but-clause is outside the letter's quotation")
# s12
d.fact(ev_refused, "PR-", holder=d.holder(the_i, cluster="i"), cue=sp("reporting", 12),
       note="ST2, ST4 (will not)")
# s13
d.fact(ev_amnesty, "Uu", note="ST2 (fears is no SIP; 'reportedly' has no holder), ST4 (feared)")
d.attitude(d.holder("Prime Minister Boris Johnson", sent=13, cluster="Boris Johnson"), ev_amnesty, "AGAINST",
           cue=sp("fears", 13), note="ST5, ST6: experiencer of fears = the rejecting PM")
d.attitude(d.holder("the Home Office", sent=13, cluster="Home Office"), ev_amnesty, "AGAINST",
           cue=sp("rejects", 13), note="ST5, ST8, ST10: reject is an attitude cue; 'which' refers to the amnesty claim")
# s14
cooper = d.holder("Labour's Shadow Home Secretary Yvette Cooper", sent=14, cluster="Yvette Cooper")
d.fact(ev_recd, "CT+", holder=cooper, cue=sp("said", 14, n=2), note="ST2, ST6")
# s15
she = d.holder("She", sent=15, cluster="Yvette Cooper")
cont = sp("continued", 15)
d.fact(ev_agr15, "Uu", holder=she, cue=cont, note="ST2, ST4 (planned)")
d.fact(ev_ret15, "Uu", holder=she, cue=cont, note="ST2, ST4 (planned, purpose)")
d.fact(ev_cross15, "CT+", holder=she, cue=cont, note="ST2")
lab = d.holder("Labour", sent=15, cluster="Labour")
d.attitude(lab, ev_agr15, "FAVOR", cue=sp("plan", 15), note="ST5")
d.attitude(lab, ev_ret15, "FAVOR", cue=sp("plan", 15), note="ST5")
# s16
d.fact(ev_pub16, "PR+", note="ST3, ST4 (to be published today = scheduled)")
d.fact(ev_cross16, "CT+", holder=d.holder("Figures", sent=16), cue=sp("show", 16), note="ST2 (findings verb show)")
# s17
d.fact(ev_claim17, "Uu", note="ST4 (banned, hypothetical)")
# s21
d.fact(ev_arr21, "CT+", holder=d.holder("Home Secretary Suella Braverman", sent=21, cluster="Suella Braverman"),
       cue=sp("told GB News", 21), note="ST2, ST6, ST7")
# s22
d.fact(ev_obtain, "Uu", holder=d.holder("media", sent=22), cue=sp("said", 22), note="ST2, ST4 (possibility)")
# s23
gu = d.holder("The Guardian", sent=23, cluster="The Guardian")
cited = sp("cited", 23)
for ev in [ev_traff, ev_transp, ev_transf, ev_harb, ev_journey, ev_arrived23]:
    d.fact(ev, "Uu", holder=gu, cue=cited, note="ST2, ST4: quoted question, not asserted")
# s24
d.fact(ev_flee, "CT+", holder=d.holder(sub(sp("with Boswell stating", 24), "Boswell"), cluster="Caitlin Boswell"),
       cue=sp("stating", 24), note="ST2, ST3 (innermost source)")
d.fact(ev_flee, "Uu", holder=d.holder("It", sent=24, cluster="The Guardian"), cue=sp("quoted", 24),
       note="ST3: outer source of the quoted statement")
# s26
d.fact(ev_leak26, "CT+")
d.fact(ev_threat, "CT+", holder=d.holder("CEO of the Refugee Council Enver Solomon", sent=26, cluster="Enver Solomon"),
       cue=sp("told Sky News", 26), note="ST2, ST6, ST7: 'yet more' presupposes the threats")
# s28
d.fact(ev_promise, "CT+")
d.fact(ev_update, "Uu", note="ST3, ST4 (promised), H73 analogue")
d.attitude(d.holder("Sunak", sent=28, cluster="Rishi Sunak"), ev_update, "FAVOR", cue=sp("promising", 28), note="ST5")
sunak = d.holder("Sunak", sent=28, cluster="Rishi Sunak")
defended = sp("defended", 28)
d.fact(ev_bring, "Uu", holder=sunak, cue=defended, note="ST2 (the quotation is introduced by the defended-clause), ST4 (purpose)")
d.fact(ev_deals, "CT+", holder=sunak, cue=defended, note="ST2")
d.fact(ev_arrives28, "Uu", holder=sunak, cue=defended, note="ST2, ST4 (condition)")


# ============================ POST-PROCESSING ============================
_orig_record = d.record


def _record():
    rec = _orig_record()
    # coref placeholders
    for e in rec["events"]:
        if "note" in e and "{" in e["note"]:
            e["note"] = e["note"].format(**{k: v.id for k, v in COREF.items()})
    # K9: link an argument / holder to the nested entity of its own cluster (nearest the head)
    ents = rec["entities"]

    def link(obj, head_end):
        if "entity" in obj or "cluster" not in obj:
            return
        cands = [e for e in ents if e.get("cluster") == obj["cluster"]
                 and e["start"] >= obj["start"] and e["end"] <= obj["end"]]
        if cands:
            cands.sort(key=lambda e: abs(e["end"] - head_end))
            obj["entity"] = cands[0]["id"]

    for ev in rec["events"]:
        for a in ev["arguments"]:
            link(a, a["head"]["end"])
    for st in rec["stances"]:
        h = st["holder"]
        if not h.get("author"):
            link(h, h["end"])
    return rec


d.record = _record
d.save()
