"""Stance extraction and classification on hand-worked examples."""

import pytest

from helpers import DOC, span
from newsgold.records import Record
from newsgold.scoring.stance import score_stances

NAMES = ["Badghis", "Hesamuddin Shams", "Qala-e-Naw", "Kabul", "Spin Boldak"]


def entities(prefix="T"):
    return [{"id": f"{prefix}{i}", **span(n), "label": "GPE"} for i, n in enumerate(NAMES)]


def author_stances(labels, prefix="T"):
    return [{"id": f"S{i}", "holder": {"author": True}, "target": {"entity": f"{prefix}{i}"}, "label": lab}
            for i, lab in enumerate(labels)]


def rec(ents, stances, events=(), clusters=()):
    return Record.from_dict({"doc_id": DOC.doc_id, "entities": ents, "events": list(events),
                             "clusters": list(clusters), "stances": stances})


def test_classification_f_avg_by_hand():
    gold = rec(entities(), author_stances(["FAVOR", "FAVOR", "AGAINST", "AGAINST", "NONE"]))
    pred = rec(entities("P"), author_stances(["FAVOR", "AGAINST", "AGAINST", "NONE", "NONE"], "P"))
    c = score_stances([gold], [pred]).classification
    # FAVOR: P 1/1, R 1/2, F 2/3.  AGAINST: P 1/2, R 1/2, F 1/2.  NONE: P 1/2, R 1/1, F 2/3.
    assert c.f_avg == pytest.approx((2 / 3 + 1 / 2) / 2)
    assert c.macro_f1 == pytest.approx((2 / 3 + 1 / 2 + 2 / 3) / 3)
    assert c.accuracy == pytest.approx(3 / 5)
    assert c.confusion().loc["AGAINST", "NONE"] == 1
    assert c.confusion().loc["FAVOR", "AGAINST"] == 1


def test_extraction_charges_a_wrong_label_to_both_labels():
    gold = rec(entities(), author_stances(["FAVOR", "AGAINST"] + ["NONE"] * 3))
    pred = rec(entities("P"), author_stances(["AGAINST", "AGAINST"] + ["NONE"] * 3, "P"))
    e = score_stances([gold], [pred]).extraction
    rows = {r.name: r for r in e.table()}
    assert (rows["FAVOR"].tp, rows["FAVOR"].fn, rows["FAVOR"].fp) == (0, 1, 0)
    assert (rows["AGAINST"].tp, rows["AGAINST"].fp) == (1, 1)
    assert (e.micro.tp, e.micro.fp, e.micro.fn) == (4, 1, 1)


def test_missing_pair_is_none_in_classification_and_a_miss_in_extraction():
    gold = rec(entities(), author_stances(["FAVOR"] * 5))
    pred = rec(entities("P"), author_stances(["FAVOR"] * 4, "P"))
    s = score_stances([gold], [pred])
    assert s.classification.pred[-1] == "NONE"
    assert (s.extraction.micro.tp, s.extraction.micro.fn) == (4, 1)


def test_holder_matches_through_entity_cluster_and_event_target_through_trigger():
    ceasefire = {"id": "E1", "type": "government.agreements.acceptagreementcontractceasefire",
                 "trigger": span("ceasefire", 2), "arguments": []}
    gold_holder = {**span("Shams", 1), "cluster": "C1"}
    gold = rec([{"id": "T1", **span("Hesamuddin Shams"), "label": "PERSON", "cluster": "C1"}],
               [{"id": "S1", "holder": gold_holder, "target": {"event": "E1"}, "label": "FAVOR",
                 "evidence": span("told AFP")}],
               events=[ceasefire], clusters=[{"id": "C1", "name": "Hesamuddin Shams"}])
    pred = rec([], [{"id": "S9", "holder": span("Hesamuddin Shams"), "target": {"event": "X1"}, "label": "FAVOR"}],
               events=[{**ceasefire, "id": "X1", "type": "conflict.attack.unspecified"}])
    assert score_stances([gold], [pred]).extraction.micro.tp == 1
    assert score_stances([gold], [pred], holder_match="span").extraction.micro.tp == 0


def test_unmatched_target_event_is_an_error():
    gold = rec([], [{"id": "S1", "holder": {"author": True}, "target": {"event": "E1"}, "label": "FAVOR"}],
               events=[{"id": "E1", "type": "conflict.attack.unspecified", "trigger": span("stormed"), "arguments": []}])
    pred = rec([], [{"id": "S1", "holder": {"author": True}, "target": {"event": "E1"}, "label": "FAVOR"}],
               events=[{"id": "E1", "type": "conflict.attack.unspecified", "trigger": span("attack"), "arguments": []}])
    e = score_stances([gold], [pred]).extraction.micro
    assert (e.tp, e.fp, e.fn) == (0, 1, 1)
