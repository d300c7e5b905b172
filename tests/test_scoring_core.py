"""The scoring core: matching per mode, tie-breaking, optimality, order independence, counts that add up."""

from __future__ import annotations


import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.metrics import precision_recall_fscore_support

from newsgold.scoring import Counts, ScoringError, SpanTable, match_spans, merge, precision_recall_f1, score_spans
from newsgold.scoring.candidates import candidate_pairs
from newsgold.scoring.matching import credit

LABELS = ("LOC", "ORG", "PER")


def table(rows, n_docs=1, labels=LABELS):
    """rows: (doc, start, end, label name)."""
    cols = list(zip(*rows)) if rows else [(), (), (), ()]
    return SpanTable.from_arrays(
        cols[0], cols[1], cols[2], [labels.index(x) for x in cols[3]], tuple(f"d{i}" for i in range(n_docs)), labels
    )


def totals(score):
    return {k: v.sum(axis=0).tolist() for k, v in score.counts.arrays().items()}


# --- hand-worked examples, one per mode -------------------------------------------------

def test_strict_type_error_is_one_fp_for_the_predicted_and_one_fn_for_the_gold_type():
    s = score_spans(table([(0, 0, 5, "PER")]), table([(0, 0, 5, "ORG")]), mode="strict")
    assert totals(s) == {"tp": [0, 0, 0], "fp": [0, 1, 0], "fn": [0, 0, 1], "partial": [0, 0, 0]}
    assert s.outcome_counts()["gold"]["wrong type"] == 1
    assert s.micro.precision == 0.0 and s.micro.recall == 0.0


def test_exact_ignores_the_type_and_credits_the_gold_category():
    s = score_spans(table([(0, 0, 5, "PER")]), table([(0, 0, 5, "ORG")]), mode="exact")
    assert totals(s) == {"tp": [0, 0, 1], "fp": [0, 0, 0], "fn": [0, 0, 0], "partial": [0, 0, 0]}
    assert s.micro.f1 == 1.0


def test_partial_gives_half_credit_to_an_overlap_of_any_type():
    gold = table([(0, 0, 10, "PER"), (0, 20, 25, "ORG")])
    pred = table([(0, 0, 5, "ORG"), (0, 20, 25, "LOC"), (0, 30, 32, "LOC")])
    s = score_spans(gold, pred, mode="partial")
    assert totals(s) == {"tp": [0, 1, 0], "fp": [1, 0, 0], "fn": [0, 0, 0], "partial": [0, 0, 1]}
    # SemEval: (COR + PAR/2) / ACT and / POS
    assert s.micro.precision == pytest.approx(1.5 / 3) and s.micro.recall == pytest.approx(1.5 / 2)


def test_type_mode_needs_overlap_and_type():
    gold = table([(0, 0, 10, "PER"), (0, 20, 25, "ORG")])
    pred = table([(0, 2, 12, "PER"), (0, 22, 24, "LOC")])
    s = score_spans(gold, pred, mode="type")
    assert totals(s) == {"tp": [0, 0, 1], "fp": [1, 0, 0], "fn": [0, 1, 0], "partial": [0, 0, 0]}


def test_min_overlap_is_a_fraction_of_the_gold_span():
    gold, pred = table([(0, 0, 10, "PER")]), table([(0, 0, 4, "PER")])
    assert score_spans(gold, pred, mode="type", min_overlap=0.4).micro.tp == 1
    low = score_spans(gold, pred, mode="type", min_overlap=0.5)
    assert low.micro.tp == 0
    assert low.outcome_counts()["gold"]["missed"] == 1  # not compared at all


def test_spans_that_only_touch_do_not_overlap():
    s = score_spans(table([(0, 0, 5, "PER")]), table([(0, 5, 9, "PER")]), mode="partial")
    assert s.outcome_counts()["gold"]["missed"] == 1


def test_other_documents_never_match():
    s = score_spans(table([(0, 0, 5, "PER")], 2), table([(1, 0, 5, "PER")], 2))
    assert s.micro.tp == 0 and s.counts.fn[0].sum() == 1 and s.counts.fp[1].sum() == 1


def test_aliases_count_as_the_same_type():
    gold, pred = table([(0, 0, 5, "ORG")]), table([(0, 0, 5, "LOC")])
    assert score_spans(gold, pred).micro.tp == 0
    s = score_spans(gold, pred, aliases={"ORG": ["LOC"]})
    assert s.micro.tp == 1 and totals(s)["tp"] == [0, 1, 0]
    assert score_spans(pred, gold, aliases={"ORG": ["LOC"]}).micro.tp == 0  # only as declared


# --- tie-breaking -------------------------------------------------------------------------

def test_exact_span_is_preferred_over_same_type_when_no_credit_is_at_stake():
    gold = table([(0, 0, 5, "PER")])
    pred = table([(0, 0, 3, "PER"), (0, 0, 5, "ORG")])
    m = match_spans(gold, pred, "strict")
    assert m.gold_match.tolist() == [1]  # the ORG with the exact span: a type error
    m = match_spans(gold, pred, "type")
    assert m.gold_match.tolist() == [0]  # credit first: the overlapping PER


def test_larger_overlap_then_earliest_mention_wins():
    gold = table([(0, 0, 10, "PER")])
    assert match_spans(gold, table([(0, 0, 4, "PER"), (0, 2, 9, "PER")]), "strict").gold_match.tolist() == [1]
    # equal IoU: the earliest prediction
    assert match_spans(gold, table([(0, 0, 5, "PER"), (0, 5, 10, "PER")]), "strict").gold_match.tolist() == [0]
    assert match_spans(table([(0, 0, 5, "PER"), (0, 5, 10, "PER")]), gold, "strict").pred_match.tolist() == [0]


def test_more_pairs_beat_a_better_single_pair():
    # G1 [0,4) G2 [5,11); P1 [3,9) overlaps both, P2 [9,11) only G2: two pairs beat P1-G2 alone
    gold = table([(0, 0, 4, "PER"), (0, 5, 11, "PER")])
    pred = table([(0, 3, 9, "PER"), (0, 9, 11, "PER")])
    m = match_spans(gold, pred, "type")
    assert m.gold_match.tolist() == [0, 1]
    assert m.gold_credit.tolist() == [2, 2]


# --- optimality and order independence on generated inputs ----------------------------------

span = st.tuples(st.integers(0, 12), st.integers(1, 5), st.sampled_from(LABELS)).map(
    lambda t: (0, t[0], t[0] + t[1], t[2])
)
spans = st.lists(span, max_size=6)
modes = st.sampled_from(["strict", "exact", "partial", "type"])


def brute_force(gold, pred, mode):
    """Best (credit, number of pairs) over every one-to-one matching of candidate pairs."""
    gold, pred = (t.take(np.lexsort((t.label, t.end, t.start, t.doc))) for t in (gold, pred))
    pairs = candidate_pairs(gold, pred)
    gain = credit(mode, pairs.same_span, pairs.same_label).tolist()
    options: dict[int, list[tuple[int, int]]] = {}
    for g, p, c in zip(pairs.g.tolist(), pairs.p.tolist(), gain):
        options.setdefault(g, []).append((p, c))
    golds = sorted(options)

    def best(i, used):
        if i == len(golds):
            return (0, 0)
        result = best(i + 1, used)
        for p, c in options[golds[i]]:
            if p not in used:
                sub = best(i + 1, used | {p})
                result = max(result, (sub[0] + c, sub[1] + 1))
        return result

    return best(0, frozenset())


@settings(max_examples=150, deadline=None)
@given(spans, spans, modes)
def test_assignment_is_optimal(gold_rows, pred_rows, mode):
    gold, pred = table(gold_rows), table(pred_rows)
    m = match_spans(gold, pred, mode)
    assert (int(m.gold_credit.sum()), int((m.gold_match >= 0).sum())) == brute_force(gold, pred, mode)


@settings(max_examples=150, deadline=None)
@given(spans, spans, modes, st.randoms(use_true_random=False))
def test_input_order_does_not_matter(gold_rows, pred_rows, mode, rnd):
    a = score_spans(table(gold_rows), table(pred_rows), mode=mode)
    g2, p2 = list(gold_rows), list(pred_rows)
    rnd.shuffle(g2)
    rnd.shuffle(p2)
    b = score_spans(table(g2), table(p2), mode=mode)
    for name in ("tp", "fp", "fn", "partial"):
        assert np.array_equal(getattr(a.counts, name), getattr(b.counts, name))
    pairs = lambda s, rows_g, rows_p: sorted((rows_g[g], rows_p[p]) for g, p in zip(*s.matching.pairs))
    assert pairs(a, gold_rows, pred_rows) == pairs(b, g2, p2)


@settings(max_examples=150, deadline=None)
@given(spans, spans, modes)
def test_rows_add_up_to_the_totals(gold_rows, pred_rows, mode):
    s = score_spans(table(gold_rows), table(pred_rows), mode=mode)
    c = s.counts.per_category()
    assert int((c["tp"] + c["partial"] + c["fn"]).sum()) == len(gold_rows)
    assert int((c["tp"] + c["partial"] + c["fp"]).sum()) == len(pred_rows)
    rows = s.table()
    micro = rows[-3]
    for name in ("tp", "fp", "fn", "partial"):
        assert getattr(micro, name) == sum(getattr(r, name) for r in rows[:-3])
    assert micro.support == sum(r.support for r in rows[:-3]) == len(gold_rows)
    # every gold item is credited, half-credited, or missed/in an error pair
    outcomes = s.outcome_counts()
    assert sum(outcomes["gold"].values()) == len(gold_rows)
    assert sum(outcomes["predicted"].values()) == len(pred_rows)


# --- counts: shards, units, resampling ----------------------------------------------------

doc_spans = st.lists(
    st.tuples(st.integers(0, 3), st.integers(0, 12), st.integers(1, 4), st.sampled_from(LABELS)).map(
        lambda t: (t[0], t[1], t[1] + t[2], t[3])
    ),
    max_size=12,
)


@settings(max_examples=100, deadline=None)
@given(doc_spans, doc_spans, modes, st.integers(1, 3))
def test_scoring_in_shards_and_merging_equals_scoring_at_once(gold_rows, pred_rows, mode, cut):
    whole = score_spans(table(gold_rows, 4), table(pred_rows, 4), mode=mode).counts
    shards = []
    for docs in (range(cut), range(cut, 4)):
        keep = lambda rows: [(d - docs[0], s, e, lab) for d, s, e, lab in rows if d in docs]
        names = tuple(f"d{i}" for i in docs)
        g, p = table(keep(gold_rows), len(docs)), table(keep(pred_rows), len(docs))
        g, p = (SpanTable(t.doc, t.start, t.end, t.label, names, t.labels) for t in (g, p))
        shards.append(score_spans(g, p, mode=mode).counts)
    merged = merge(shards)
    assert merged.units == whole.units and merged.categories == whole.categories
    for name in ("tp", "fp", "fn", "partial"):
        assert np.array_equal(getattr(merged, name), getattr(whole, name))
    assert precision_recall_f1(merged, average="micro") == precision_recall_f1(whole, average="micro")


def test_units_per_mention_sum_to_documents():
    gold = table([(0, 0, 3, "PER"), (0, 10, 12, "ORG"), (1, 0, 2, "LOC")], 2)
    pred = table([(0, 0, 3, "PER"), (0, 10, 13, "ORG"), (1, 5, 6, "LOC")], 2)
    by_doc = score_spans(gold, pred)
    # units: sentences (doc 0: [0, 8) and [8, ...); doc 1: one sentence)
    unit_of = lambda t: np.where(t.doc == 0, (t.start >= 8).astype(int), 2)
    s = score_spans(gold, pred, gold_unit=unit_of(gold), pred_unit=unit_of(pred),
                    units=[("d0", 0), ("d0", 1), ("d1", 0)], unit_doc=[0, 0, 1])
    assert s.counts.shape == (3, 3)
    assert s.counts.tp[:, 2].tolist() == [1, 0, 0] and s.counts.fn[:, 1].tolist() == [0, 1, 0]
    grouped = s.counts.group(np.array([0, 0, 1]), ["d0", "d1"])
    for name in ("tp", "fp", "fn", "partial"):
        assert np.array_equal(getattr(grouped, name), getattr(by_doc.counts, name))
        assert np.array_equal(getattr(s.document_counts(), name), getattr(by_doc.counts, name))
    assert "unit-custom" in str(s.signature)
    no_docs = score_spans(gold, pred, gold_unit=unit_of(gold), pred_unit=unit_of(pred), units=["a", "b", "c"])
    with pytest.raises(ScoringError, match="need each unit's document"):
        no_docs.documents()
    with pytest.raises(ScoringError, match="gold_unit must give each of the 3 mentions a unit index in 0..1"):
        score_spans(gold, pred, gold_unit=unit_of(gold), pred_unit=unit_of(pred), units=["a", "b"])


def test_take_resamples_units_and_select_keeps_categories():
    c = Counts(np.array([[1, 0], [0, 2]]), np.array([[0, 1], [1, 0]]), np.array([[1, 1], [0, 0]]),
               np.zeros((2, 2), np.int64), ("A", "B"), ("u0", "u1"))
    r = c.take([1, 1, 0])
    assert r.units == ("u1", "u1", "u0") and r.tp[:, 1].tolist() == [2, 2, 0]
    assert c.select(["B"]).tp.tolist() == [[0], [2]]
    with pytest.raises(ScoringError, match="unknown categories 'C'|unknown categories C"):
        c.select(["C"])
    assert (c + c).tp.tolist() == [[2, 0], [0, 4]]  # the same units are summed


# --- metrics --------------------------------------------------------------------------------

def counts_of(tp, fp, fn, partial=None, labels=("A", "B", "C")):
    arr = lambda x: np.array([x], dtype=np.int64)
    return Counts(arr(tp), arr(fp), arr(fn), arr(partial or [0] * len(tp)), labels, ("all",))


def test_zero_division_is_explicit():
    c = counts_of([0, 2, 0], [0, 0, 1], [3, 2, 0])  # A: nothing predicted; C: no gold
    p, r, f, s = precision_recall_f1(c)
    assert p.tolist() == [0.0, 1.0, 0.0] and r.tolist() == [0.0, 0.5, 0.0] and s.tolist() == [3, 4, 0]
    p, r, f, s = precision_recall_f1(c, zero_division=1.0)
    assert p.tolist()[0] == 1.0 and r.tolist()[2] == 1.0 and f.tolist() == [0.0, pytest.approx(2 / 3), 0.0]
    p, _, _, _ = precision_recall_f1(c, zero_division=np.nan)
    assert np.isnan(p[0])
    empty = counts_of([0], [0], [0], labels=("A",))
    assert precision_recall_f1(empty, average="micro", zero_division=1) == (1.0, 1.0, 1.0, 0)
    with pytest.raises(ScoringError, match="zero_division"):
        precision_recall_f1(c, zero_division=0.5)
    with pytest.raises(ScoringError, match="average"):
        precision_recall_f1(c, average="samples")


def test_averages_by_hand():
    c = counts_of([1, 3, 0], [1, 1, 2], [0, 1, 0])  # A: P 1/2 R 1; B: P 3/4 R 3/4; C: P 0, R undefined
    assert precision_recall_f1(c, average="micro")[:2] == (4 / 8, 4 / 5)
    p, r, f, s = precision_recall_f1(c, average="macro")
    assert p == pytest.approx((0.5 + 0.75 + 0) / 3) and r == pytest.approx((1 + 0.75 + 0) / 3) and s == 5
    p, r, f, s = precision_recall_f1(c, average="weighted")
    assert p == pytest.approx((0.5 * 1 + 0.75 * 4) / 5) and f == pytest.approx((2 / 3 * 1 + 0.75 * 4) / 5)
    assert precision_recall_f1(c, labels=["B"], average="macro")[0] == 0.75


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["A", "B", "C", None]), st.sampled_from(["A", "B", "C", None])),
                min_size=1, max_size=30),
       st.sampled_from([0.0, 1.0]))
def test_metrics_agree_with_scikit_learn(pairs, zd):
    """Strict-mode counts as a classification problem: an unmatched side is the class None."""
    labels = ("A", "B", "C")
    tp, fp, fn = [0] * 3, [0] * 3, [0] * 3
    for g, p in pairs:
        if g is not None and g == p:
            tp[labels.index(g)] += 1
            continue
        if g is not None:
            fn[labels.index(g)] += 1
        if p is not None:
            fp[labels.index(p)] += 1
    c = counts_of(tp, fp, fn)
    y_true = [g or "none" for g, _ in pairs]
    y_pred = [p or "none" for _, p in pairs]
    for average in (None, "micro", "macro", "weighted"):
        ours = precision_recall_f1(c, average=average, zero_division=zd)
        ref = precision_recall_fscore_support(y_true, y_pred, labels=list(labels), average=average, zero_division=zd)
        for a, b in zip(ours[:3], ref[:3]):
            assert np.allclose(a, b, rtol=1e-12, atol=0)


def test_a_prediction_covering_a_long_document_stays_fast_and_exact():
    """One component of 5,001 predictions and 5,000 golds: solved sparse, not as a dense matrix."""
    n = 5_000
    gold = SpanTable.from_arrays(np.zeros(n), np.arange(n) * 3, np.arange(n) * 3 + 2, np.zeros(n), ("d",), LABELS)
    pred = SpanTable.from_arrays(np.zeros(n + 1), np.r_[0, np.arange(n) * 3], np.r_[3 * n, np.arange(n) * 3 + 2],
                                 np.zeros(n + 1), ("d",), LABELS)
    s = score_spans(gold, pred, mode="partial")
    assert (s.micro.tp, s.micro.partial, s.micro.fp, s.micro.fn) == (n, 0, 1, 0)
