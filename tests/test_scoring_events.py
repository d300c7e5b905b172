"""Event metrics on hand-worked examples."""

import pytest

from helpers import DOC, span
from newsgold.records import Record
from newsgold.scoring.errors import ScoringError
from newsgold.scoring.events import score_events

ATTACK = "conflict.attack.unspecified"
CEASEFIRE = "government.agreements.acceptagreementcontractceasefire"


def arg(role, text, head=None, occurrence=0, cluster=None):
    s = span(text, occurrence)
    out = {"role": role, **s}
    h = span(head, start_at=s["start"]) if head else s
    out["head"] = h
    if cluster:
        out["cluster"] = cluster
    return out


def event(etype, trigger, args=(), occurrence=0, **attrs):
    return {"type": etype, "trigger": span(trigger, occurrence), "arguments": list(args), **attrs}


def record(events, entities=(), clusters=()):
    raw = {"doc_id": DOC.doc_id, "events": events, "entities": list(entities), "clusters": list(clusters)}
    return Record.from_dict(raw)


GOLD = record([
    event(ATTACK, "stormed", [arg("attacker", "the Taliban", "Taliban", 1), arg("target", "the provincial capital Qala-e-Naw", "Qala-e-Naw")],
          polarity="positive", modality="asserted"),
    event(CEASEFIRE, "truce", [arg("participant", "tribal elders")], polarity="positive", modality="other"),
])


def test_perfect_prediction_scores_one_everywhere():
    score = score_events([GOLD], [GOLD])
    assert all(v == 1.0 for v in score.summary().values())


def test_mistyped_trigger_counts_for_identification_only():
    pred = record([event(CEASEFIRE, "stormed", GOLD.events[0].to_dict()["arguments"])])
    pred = Record.from_dict({**pred.to_dict(), "events": [
        {**pred.events[0].to_dict(), "arguments": [a.to_dict() for a in GOLD.events[0].arguments]}]})
    s = score_events([GOLD], [pred])
    ti, tc = s.trigger_identification.micro, s.trigger_classification.micro
    assert (ti.tp, ti.fp, ti.fn) == (1, 0, 1)
    assert (tc.tp, tc.fp, tc.fn) == (0, 1, 2)
    row = {r.name: r for r in s.trigger_classification.table()}
    assert row[CEASEFIRE].fp == 1 and row[ATTACK].fn == 1 and row[CEASEFIRE].fn == 1
    ai = s.argument_identification.micro
    assert (ai.tp, ai.fp, ai.fn) == (0, 2, 3), "argument keys include the event type"


def test_argument_on_a_wrong_trigger_of_the_right_type_scores_only_unattached():
    # Gold attack "stormed"; prediction puts the same arguments on "attack" (wrong trigger, right type).
    args = [a.to_dict() for a in GOLD.events[0].arguments]
    pred = Record.from_dict({"doc_id": DOC.doc_id, "events": [
        {"type": ATTACK, "trigger": span("attack"), "arguments": args},
        GOLD.events[1].to_dict()]})
    s = score_events([GOLD], [pred])
    assert (s.argument_classification.micro.tp, s.argument_classification.micro.fp) == (3, 0)
    attached = s.argument_classification_attached.micro
    assert (attached.tp, attached.fp, attached.fn) == (1, 2, 2)
    assert s.trigger_classification.micro.tp == 1


def test_a_duplicate_prediction_is_one_true_and_one_false_positive():
    dup = GOLD.events[1].to_dict()
    pred = Record.from_dict({"doc_id": DOC.doc_id, "events": [e.to_dict() for e in GOLD.events] + [dup]})
    s = score_events([GOLD], [pred])
    tc = s.trigger_classification.micro
    assert (tc.tp, tc.fp, tc.fn) == (2, 1, 0)
    assert tc.precision == pytest.approx(2 / 3) and tc.recall == 1.0
    ac = s.argument_classification.micro
    assert (ac.tp, ac.fp, ac.fn) == (3, 1, 0)


def test_role_rows_and_wrong_role():
    args = [a.to_dict() for a in GOLD.events[0].arguments]
    args[1]["role"] = "instrument"
    pred = Record.from_dict({"doc_id": DOC.doc_id, "events": [{**GOLD.events[0].to_dict(), "arguments": args}, GOLD.events[1].to_dict()]})
    s = score_events([GOLD], [pred])
    rows = {r.name: r for r in s.argument_classification.table()}
    assert (rows["target"].tp, rows["target"].fn) == (0, 1)
    assert (rows["instrument"].fp, rows["attacker"].tp) == (1, 1)
    assert s.argument_identification.micro.f1 == 1.0


def test_head_matching_accepts_a_longer_or_shorter_span_containing_the_head():
    args = [a.to_dict() for a in GOLD.events[0].arguments]
    args[1] = {"role": "target", **span("Qala-e-Naw")}  # gold: "the provincial capital Qala-e-Naw", head Qala-e-Naw
    pred = Record.from_dict({"doc_id": DOC.doc_id, "events": [{**GOLD.events[0].to_dict(), "arguments": args}, GOLD.events[1].to_dict()]})
    assert score_events([GOLD], [pred]).argument_classification.micro.tp == 2
    assert score_events([GOLD], [pred], argument_match="head").argument_classification.micro.tp == 3


def test_coreference_match_through_entity_clusters():
    gold = record(
        [event(ATTACK, "stormed", [arg("attacker", "the Taliban", "Taliban", 1, cluster="C1")], polarity="positive", modality="asserted")],
        entities=[{"id": "T1", **span("Taliban"), "label": "ORG", "cluster": "C1"}],
        clusters=[{"id": "C1", "name": "Taliban"}],
    )
    pred = record([event(ATTACK, "stormed", [{"role": "attacker", **span("Taliban")}])])
    assert score_events([gold], [pred]).argument_classification.micro.tp == 0
    assert score_events([gold], [pred], coref=True).argument_classification.micro.tp == 1


def test_attribute_accuracy_on_matched_events():
    pred_events = [e.to_dict() for e in GOLD.events]
    pred_events[1]["modality"] = "asserted"
    s = score_events([GOLD], [Record.from_dict({"doc_id": DOC.doc_id, "events": pred_events})])
    assert s.attributes["polarity"].accuracy == 1.0
    assert s.attributes["modality"].accuracy == 0.5
    assert s.attributes["modality"].confusion().loc["other", "asserted"] == 1


def test_sentence_units_split_counts_by_trigger_sentence():
    from newsgold.corpus import load_corpus

    s = score_events([GOLD], [GOLD], unit="sentence", corpus=load_corpus())
    tp = s.trigger_classification.counts.tp.sum(axis=1)
    expected = [DOC.sentence_index(span(t)["start"]) for t in ("stormed", "truce")]
    assert len(tp) == len(DOC.sentences)
    assert tp.sum() == 2 and [int(tp[i]) for i in expected] == [2, 2] and expected[0] == expected[1] == 5


def test_missing_layer_is_a_clear_error():
    with pytest.raises(ScoringError, match="no events layer"):
        score_events([GOLD], [Record(doc_id=DOC.doc_id)])


@pytest.mark.parametrize("argument_match", ["span", "head"])
@pytest.mark.parametrize("coref", [False, True])
def test_an_annotation_scored_against_itself_is_perfect_in_every_mode(argument_match, coref):
    # Regression: with coref, arguments of one cluster in several same-type events were all
    # moved onto the first event's argument span.
    from newsgold import paths
    from newsgold.validate import validate_file

    path = paths.annotations_dir() / "raw" / "annotator_a" / f"{DOC.doc_id}.json"
    records = validate_file(path, gold=True).raise_for_errors()
    score = score_events(records, records, argument_match=argument_match, coref=coref)
    assert all(v == 1.0 for v in score.summary().values())
