"""The seqeval profile against seqeval 1.2.2 itself: every figure of classification_report."""

from __future__ import annotations

import math
import warnings

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from seqeval.metrics import classification_report
from seqeval.scheme import IOB2

from newsgold.scoring import ScoringError, SpanTable, score_spans
from newsgold.scoring.bio import to_iob2
from newsgold.scoring.compat.seqeval import seqeval_from_tags, seqeval_report
from newsgold.scoring.render import seqeval_text

TYPES = ("LOC", "ORG", "PER")


def reference(y_true, y_pred, mode=None, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        extra = {"mode": "strict", "scheme": IOB2} if mode == "strict" else {}
        return classification_report(y_true, y_pred, output_dict=True, **extra, **kw)


def same(a, b):
    """Dicts equal figure for figure; nan equals nan."""
    assert a.keys() == b.keys()
    for key in a:
        assert a[key].keys() == b[key].keys(), key
        for field in a[key]:
            x, y = a[key][field], b[key][field]
            assert (x == y) or (isinstance(x, float) and math.isnan(x) and math.isnan(y)), (key, field, x, y)
    return True


def tags(prefixes):
    tag = st.one_of(st.just("O"), st.builds(lambda p, t: f"{p}-{t}", st.sampled_from(prefixes), st.sampled_from(TYPES)))
    return st.lists(st.lists(tag, min_size=1, max_size=12), min_size=1, max_size=6)


@st.composite
def tag_pairs(draw, prefixes):
    y_true = draw(tags(prefixes))
    y_pred = [draw(st.lists(st.sampled_from(["O"] + [f"{p}-{t}" for p in prefixes for t in TYPES]),
                            min_size=len(s), max_size=len(s))) for s in y_true]
    return y_true, y_pred


def has_entity(y):
    return any(t != "O" for s in y for t in s)


@settings(max_examples=300, deadline=None)
@given(tag_pairs("BIES"), st.sampled_from(["warn", 0, 1]))
def test_default_mode_equals_seqeval_on_any_tags(pair, zero_division):
    y_true, y_pred = pair
    if not (has_entity(y_true) or has_entity(y_pred)):
        return  # seqeval has no report without any entity
    assert same(seqeval_from_tags(y_true, y_pred, zero_division=zero_division),
                reference(y_true, y_pred, zero_division=zero_division))


@settings(max_examples=300, deadline=None)
@given(tag_pairs("BI"), st.sampled_from(["warn", 0, 1]))
def test_strict_iob2_equals_seqeval_on_any_bio_tags(pair, zero_division):
    y_true, y_pred = pair
    ours = seqeval_from_tags(y_true, y_pred, mode="strict", zero_division=zero_division)
    ref = reference(y_true, y_pred, mode="strict", zero_division=zero_division)
    if not ref:
        return
    assert same(ours, ref)


@st.composite
def flat_token_spans(draw):
    lengths = draw(st.lists(st.integers(1, 15), min_size=1, max_size=5))
    rows = []
    for d, n in enumerate(lengths):
        pos = 0
        while True:
            pos += draw(st.integers(0, 4))
            size = draw(st.integers(1, 4))
            if pos + size > n:
                break
            rows.append((d, pos, pos + size, draw(st.integers(0, 2))))
            pos += size
    return lengths, rows


def span_table(lengths, rows):
    cols = list(zip(*rows)) if rows else [(), (), (), ()]
    return SpanTable.from_arrays(*cols, tuple(str(i) for i in range(len(lengths))), TYPES)


@settings(max_examples=200, deadline=None)
@given(flat_token_spans(), flat_token_spans())
def test_spans_via_iob2_equal_seqeval_in_both_modes(a, b):
    lengths = [max(x, y) for x, y in zip(a[0] + [0] * 5, b[0] + [0] * 5)][:max(len(a[0]), len(b[0]))]
    gold = span_table(lengths, [r for r in a[1] if r[0] < len(lengths)])
    pred = span_table(lengths, [r for r in b[1] if r[0] < len(lengths)])
    y_true, y_pred = to_iob2(gold, lengths), to_iob2(pred, lengths)
    if not (has_entity(y_true) or has_entity(y_pred)):
        return
    ours = seqeval_report(gold, pred)
    assert same(ours, reference(y_true, y_pred))
    assert same(ours, reference(y_true, y_pred, mode="strict"))
    # and newsgold's strict mode has the same counts behind it
    s = score_spans(gold, pred, mode="strict")
    for name, row in ((r.name, r) for r in s.table()):
        if name in ours:
            assert row.support == ours[name]["support"]
            assert math.isclose(row.precision, ours[name]["precision"], rel_tol=1e-12)


def test_report_text_is_seqeval_layout():
    y_true = [["B-PER", "I-PER", "O", "B-ORG"], ["B-LOC", "O"]]
    y_pred = [["B-PER", "I-PER", "O", "B-LOC"], ["B-LOC", "O"]]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        text = classification_report(y_true, y_pred)
    assert seqeval_text(seqeval_from_tags(y_true, y_pred)) == text


def test_documented_mode_difference_stray_i_tag():
    """Reference notes: gold B-PER I-PER O B-ORG I-ORG, pred I-PER I-PER O B-ORG I-ORG."""
    y_true = [["B-PER", "I-PER", "O", "B-ORG", "I-ORG"]]
    y_pred = [["I-PER", "I-PER", "O", "B-ORG", "I-ORG"]]
    default = seqeval_from_tags(y_true, y_pred)
    strict = seqeval_from_tags(y_true, y_pred, mode="strict")
    assert default["micro avg"]["precision"] == default["micro avg"]["recall"] == 1.0
    assert (strict["micro avg"]["precision"], strict["micro avg"]["recall"]) == (1.0, 0.5)
    assert same(strict, reference(y_true, y_pred, mode="strict"))


def test_duplicates_collapse_as_in_seqeval_sets():
    gold = span_table([5], [(0, 0, 2, 0)])
    pred = span_table([5], [(0, 0, 2, 0), (0, 0, 2, 0)])
    assert seqeval_report(gold, pred)["LOC"]["precision"] == 1.0  # seqeval: a set of one
    assert score_spans(gold, pred).micro.precision == 0.5  # newsgold counts every prediction


def test_bad_tags():
    with pytest.raises(ScoringError, match="not allowed in IOB2"):
        seqeval_from_tags([["S-PER"]], [["O"]], mode="strict")
    with pytest.raises(ScoringError, match="differ in number or length"):
        seqeval_from_tags([["O"]], [["O", "O"]])
