"""Event error listings and document views on hand-worked examples on the seed."""

from __future__ import annotations

import dataclasses
from collections import Counter

from helpers import CORPUS, DOC, seed_gold, span

from newsgold.records import Record
from newsgold.reports import evaluate
from newsgold.reports.model import event_document_views
from newsgold.scoring.event_errors import argument_outcomes
from newsgold.scoring.events import score_events

ATTACK = "conflict.attack.unspecified"
CEASEFIRE = "government.agreements.acceptagreementcontractceasefire"


def arg(role, text, head=None, occurrence=0):
    s = span(text, occurrence)
    return {"role": role, **s, "head": span(head, start_at=s["start"]) if head else s}


def event(etype, trigger, args=()):
    return {"type": etype, "trigger": span(trigger), "arguments": list(args)}


def record(*events):
    return Record.from_dict({"doc_id": DOC.doc_id, "events": list(events)})


ATTACKER = arg("attacker", "the Taliban", "Taliban", 1)
TARGET = arg("target", "the provincial capital Qala-e-Naw", "Qala-e-Naw")
ELDERS = arg("participant", "tribal elders")
GOLD = record(event(ATTACK, "stormed", [ATTACKER, TARGET]), event(CEASEFIRE, "truce", [ELDERS]))


def errors(pred, **options):
    score = score_events([GOLD], [pred], corpus=CORPUS, **options)
    return score, score.trigger_errors(), score.argument_errors()


def test_a_mistyped_trigger_and_a_missed_one():
    score, triggers, arguments = errors(record(event(CEASEFIRE, "stormed", [ATTACKER, TARGET])))
    assert [(t.kind, t.gold_label, t.pred_label, t.gold_text) for t in triggers] == [
        ("missed", CEASEFIRE, None, "truce"), ("wrong type", ATTACK, CEASEFIRE, "stormed")]  # in text order
    assert "«stormed»" in triggers[1].context
    # The retyped event matches no gold event: its two arguments are spurious and the gold ones missed.
    assert Counter(a.kind for a in arguments) == {"missed": 3, "spurious": 2}


def test_arguments_on_a_wrong_trigger_of_the_right_type_are_misattached():
    score, triggers, arguments = errors(record(event(ATTACK, "attack", [ATTACKER, TARGET]),
                                               event(CEASEFIRE, "truce", [ELDERS])))
    assert [(t.kind, t.gold_text or t.pred_text) for t in triggers] == [("missed", "stormed"), ("spurious", "attack")]
    assert [(a.kind, a.gold_role, a.gold_trigger, a.pred_role, a.pred_trigger, a.gold_text) for a in arguments] == [
        ("misattached", "target", "stormed", "target", "attack", "the provincial capital Qala-e-Naw"),
        ("misattached", "attacker", "stormed", "attacker", "attack", "the Taliban"),
    ]
    outcomes = argument_outcomes(score)
    assert outcomes.gold == ("misattached", "misattached", "correct") and outcomes.pred == outcomes.gold


def test_a_wrong_role_and_a_wrong_boundary():
    instrument = {**TARGET, "role": "instrument"}
    _, triggers, arguments = errors(record(event(ATTACK, "stormed", [ATTACKER, instrument]),
                                           event(CEASEFIRE, "truce", [ELDERS])))
    assert triggers == []
    assert [(a.kind, a.gold_role, a.pred_role) for a in arguments] == [("wrong role", "target", "instrument")]
    short = arg("target", "Qala-e-Naw")
    pred = record(event(ATTACK, "stormed", [ATTACKER, short]), event(CEASEFIRE, "truce", [ELDERS]))
    _, _, arguments = errors(pred)
    assert [(a.kind, a.gold_text, a.pred_text) for a in arguments] == [
        ("wrong boundary", "the provincial capital Qala-e-Naw", "Qala-e-Naw")]
    assert "«the provincial capital Qala-e-Naw»" in arguments[0].context
    _, _, arguments = errors(pred, argument_match="head")  # the predicted span holds the gold head
    assert arguments == []


def test_the_document_view_ties_arguments_to_their_events():
    score = score_events([GOLD], [record(event(ATTACK, "attack", [ATTACKER, TARGET]), event(CEASEFIRE, "truce", [ELDERS]))],
                         corpus=CORPUS)
    (view,) = event_document_views(score)
    assert view.text == DOC.text
    gold = {(DOC.text[s.start:s.end], s.part, s.event, s.outcome) for s in view.gold}
    assert gold == {("stormed", "trigger", 0, "missed"), ("the Taliban", "argument", 0, "misattached"),
                    ("the provincial capital Qala-e-Naw", "argument", 0, "misattached"),
                    ("truce", "trigger", 1, "correct"), ("tribal elders", "argument", 1, "correct")}
    pred = {(DOC.text[s.start:s.end], s.part, s.event, s.outcome) for s in view.pred}
    assert ("attack", "trigger", 0, "spurious") in pred and ("the Taliban", "argument", 0, "misattached") in pred


def test_the_listings_agree_with_the_counts_and_reach_the_report():
    gold = seed_gold()
    record_ = gold[0]
    events = [dataclasses.replace(e, type=ATTACK) if i % 5 == 1 else e
              for i, e in enumerate(record_.events) if i % 6 != 2]
    pred = [dataclasses.replace(record_, annotator=None, events=tuple(events))]
    score = score_events(gold, pred, corpus=CORPUS)
    outcomes = argument_outcomes(score)
    attached = score.argument_classification_attached.micro
    assert outcomes.gold.count("correct") == outcomes.pred.count("correct") == attached.tp
    assert sum(k != "correct" for k in outcomes.gold) == attached.fn
    assert sum(k != "correct" for k in outcomes.pred) == attached.fp
    trigger = score.trigger_classification.micro
    assert Counter(e.kind for e in score.trigger_errors()) == {"missed": trigger.fn - trigger.fp, "wrong type": trigger.fp}
    report = evaluate(gold, pred, layers=["events"], n_resamples=0, corpus=CORPUS)
    assert [e["kind"] for e in report.trigger_errors] == [e.kind for e in score.trigger_errors()]
    assert len(report.argument_errors) == len(score.argument_errors()) and report.event_documents


def test_trigger_classification_keeps_its_counts_so_reports_compare():
    from newsgold.reports import compare

    gold = seed_gold()
    report = evaluate(gold, gold, layers=["events"], n_resamples=0, corpus=CORPUS)
    assert report.section("events", "trigger_classification").counts is not None
    rows = compare(report, report, trials=10)
    assert {r.metric for r in rows} >= {"trigger_classification"} and all(r.delta == 0 for r in rows)
