"""The nervaluate profile against nervaluate 1.2.1 itself, and its documented order-dependent cases."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from nervaluate import Evaluator

from newsgold.records import Entity, Record
from newsgold.scoring import ScoringError, SpanTable, score_spans
from newsgold.scoring.compat.nervaluate import nervaluate_from_records, nervaluate_scores
from newsgold.scoring.render import nervaluate_text

LABELS = ("LOC", "ORG", "PER")


def table(docs):
    """docs: per document a list of (start, end exclusive, label)."""
    rows = [(d, s, e, LABELS.index(lab)) for d, doc in enumerate(docs) for s, e, lab in doc]
    cols = list(zip(*rows)) if rows else [(), (), (), ()]
    return SpanTable.from_arrays(*cols, tuple(str(i) for i in range(len(docs))), LABELS)


def run_nervaluate(gold_docs, pred_docs, **kw):
    """nervaluate on the same spans (inclusive end), results as plain dicts."""
    as_dicts = lambda docs: [[{"label": lab, "start": s, "end": e - 1} for s, e, lab in doc] for doc in docs]
    ev = Evaluator(as_dicts(gold_docs), as_dicts(pred_docs), tags=list(LABELS), loader="dict", **kw).evaluate()
    return {
        "overall": {s: dataclasses.asdict(r) for s, r in ev["overall"].items()},
        "entities": {t: {s: dataclasses.asdict(r) for s, r in rs.items()} for t, rs in ev["entities"].items()},
    }


mention = st.tuples(st.integers(0, 14), st.integers(1, 5), st.sampled_from(LABELS)).map(
    lambda t: (t[0], t[0] + t[1], t[2])
)
documents = st.integers(1, 3).flatmap(
    lambda n: st.tuples(st.lists(st.lists(mention, max_size=7), min_size=n, max_size=n),
                        st.lists(st.lists(mention, max_size=7), min_size=n, max_size=n))
)


def sort_docs(docs):
    return [sorted(doc, key=lambda m: (m[0], m[1], m[2])) for doc in docs]


@settings(max_examples=400, deadline=None)
@given(documents, st.sampled_from([1.0, 1.0, 25.0, 50.0, 100.0]))
def test_every_figure_equals_nervaluate_on_sorted_input(docs, pct):
    """Nested, overlapping and duplicate spans included; nervaluate gets each document sorted."""
    gold, pred = sort_docs(docs[0]), sort_docs(docs[1])
    ours = nervaluate_scores(table(gold), table(pred), min_overlap_percentage=pct).to_dict()
    assert ours == run_nervaluate(gold, pred, min_overlap_percentage=pct)


@settings(max_examples=100, deadline=None)
@given(documents, st.randoms(use_true_random=False))
def test_our_profile_ignores_input_order(docs, rnd):
    gold, pred = docs
    shuffled = [rnd.sample(doc, len(doc)) for doc in pred]
    assert nervaluate_scores(table(gold), table(shuffled)).to_dict() == nervaluate_scores(table(gold), table(pred)).to_dict()


def test_tags_filter_both_sides():
    gold, pred = [[(0, 3, "PER"), (5, 8, "ORG")]], [[(0, 3, "PER"), (5, 8, "LOC")]]
    ours = nervaluate_scores(table(gold), table(pred), tags=["PER", "ORG"]).to_dict()
    ref = Evaluator([[{"label": "PER", "start": 0, "end": 2}, {"label": "ORG", "start": 5, "end": 7}]],
                    [[{"label": "PER", "start": 0, "end": 2}, {"label": "LOC", "start": 5, "end": 7}]],
                    tags=["PER", "ORG"], loader="dict").evaluate()
    assert ours["overall"]["strict"] == dataclasses.asdict(ref["overall"]["strict"])
    assert set(ours["entities"]) == set(ref["entities"]) == {"PER", "ORG"}


# --- documented cases: nervaluate is order-dependent and greedy --------------------------------

def test_issue_40_prediction_order_changes_nervaluate_but_not_newsgold():
    """Gold A[0,5] (inclusive); predictions A[0,3] and A[0,5]: nervaluate strict P is 0.0 in
    this order and 0.5 reversed. Our greedy profile is nervaluate on sorted input (0.0);
    newsgold's optimal matching (mode strict, or matching='optimal') gives 0.5 for any order."""
    gold = [[(0, 6, "PER")]]
    preds = [(0, 4, "PER"), (0, 6, "PER")]
    assert run_nervaluate(gold, [preds])["overall"]["strict"]["precision"] == 0.0
    assert run_nervaluate(gold, [preds[::-1]])["overall"]["strict"]["precision"] == 0.5
    for order in (preds, preds[::-1]):
        assert nervaluate_scores(table(gold), table([order])).overall["strict"].precision == 0.0
        assert nervaluate_scores(table(gold), table([order]), matching="optimal").overall["strict"].precision == 0.5
        assert score_spans(table(gold), table([order]), mode="strict").micro.precision == 0.5


def test_ent_type_greedy_closest_boundaries_can_lose_a_match():
    """G1 [0,3] and G2 [5,10]; P1 [3,8] is closer to G2, so nervaluate gives it G2 and P2 [9,10]
    has nothing left: COR 1. The optimal assignment (P1-G1, P2-G2) has COR 2."""
    gold = [[(0, 4, "PER"), (5, 11, "PER")]]
    pred = [[(3, 9, "PER"), (9, 11, "PER")]]
    ref = run_nervaluate(gold, pred)["overall"]["ent_type"]
    assert (ref["correct"], ref["missed"], ref["spurious"]) == (1, 1, 1)
    assert nervaluate_scores(table(gold), table(pred)).to_dict()["overall"]["ent_type"] == ref
    optimal = nervaluate_scores(table(gold), table(pred), matching="optimal").overall["ent_type"]
    assert (optimal.correct, optimal.missed, optimal.spurious) == (2, 0, 0)
    assert score_spans(table(gold), table(pred), mode="type").micro.tp == 2


def test_per_type_results_do_not_add_up_in_nervaluate_but_do_in_newsgold():
    """A PER gold predicted as ORG: one INC overall, but MIS for PER and SPU for ORG per type."""
    gold, pred = [[(0, 5, "PER")]], [[(0, 5, "ORG")]]
    ours = nervaluate_scores(table(gold), table(pred))
    assert ours.to_dict() == run_nervaluate(gold, pred)
    assert ours.overall["strict"].incorrect == 1
    assert ours.entities["PER"]["strict"].missed == 1 and ours.entities["ORG"]["strict"].spurious == 1
    s = score_spans(table(gold), table(pred), mode="strict")
    assert (s.micro.fp, s.micro.fn) == (1, 1)  # the same one fp (ORG) and one fn (PER) in rows and totals


def test_issue_108_partial_credit_survives_merging_documents():
    """nervaluate 1.1 dropped the 0.5 PAR term when results of several documents were merged."""
    gold = [[(0, 4, "PER"), (10, 14, "ORG")], [(0, 4, "LOC")]]
    pred = [[(0, 4, "PER"), (10, 12, "ORG")], [(1, 4, "LOC")]]
    ours = nervaluate_scores(table(gold), table(pred)).overall["partial"]
    assert (ours.correct, ours.partial, ours.actual) == (1, 2, 3)
    assert ours.precision == pytest.approx(2 / 3)
    assert dataclasses.asdict(ours) == run_nervaluate(gold, pred)["overall"]["partial"]


def test_native_modes_equal_nervaluate_overall_when_matching_is_unambiguous():
    gold = [[(0, 3, "PER"), (4, 6, "ORG"), (10, 12, "LOC"), (20, 25, "PER")]]
    pred = [[(0, 3, "PER"), (4, 6, "LOC"), (9, 12, "LOC"), (30, 32, "ORG")]]
    ref = run_nervaluate(gold, pred)["overall"]
    for mode, scheme in (("strict", "strict"), ("exact", "exact"), ("partial", "partial"), ("type", "ent_type")):
        micro = score_spans(table(gold), table(pred), mode=mode).micro
        assert (micro.precision, micro.recall) == (ref[scheme]["precision"], ref[scheme]["recall"]), mode
        assert micro.f1 == pytest.approx(ref[scheme]["f1"], rel=1e-12)


def test_records_and_text_report():
    gold = [Record("d", entities=(Entity(0, 5, "PER"), Entity(10, 15, "ORG")))]
    pred = [Record("d", entities=(Entity(0, 5, "PER"), Entity(11, 15, "ORG")))]
    result = nervaluate_from_records(gold, pred)
    ref = Evaluator([[{"label": "PER", "start": 0, "end": 4}, {"label": "ORG", "start": 10, "end": 14}]],
                    [[{"label": "PER", "start": 0, "end": 4}, {"label": "ORG", "start": 11, "end": 14}]],
                    tags=["PER", "ORG"], loader="dict")
    assert nervaluate_text(result) == ref.summary_report()
    assert nervaluate_text(result, "entities", "partial") == ref.summary_report(mode="entities", scenario="partial")


def test_bad_options():
    with pytest.raises(ScoringError, match="between 1.0 and 100.0"):
        nervaluate_scores(table([[]]), table([[]]), min_overlap_percentage=0)
    with pytest.raises(ScoringError, match="matching="):
        nervaluate_scores(table([[]]), table([[]]), matching="best")
