"""P/R/F1 and averages against scikit-learn on the same decisions."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.metrics import precision_recall_fscore_support

from newsgold.prf import averaged, prf


def test_hand_worked_example():
    # PER: 3 correct of 4 predicted, 6 gold; ORG: 0 predicted, 2 gold.
    p, r, f = prf([3, 0], [4, 0], [6, 2])
    assert p.tolist() == [0.75, 0.0]
    assert r.tolist() == [0.5, 0.0]
    assert f[0] == pytest.approx(2 * 0.75 * 0.5 / 1.25) and f[1] == 0.0
    micro = averaged([3, 0], [4, 0], [6, 2], "micro")
    assert (micro.precision, micro.recall) == (0.75, 3 / 8)


def test_zero_division_value_is_used():
    p, r, f = prf([0], [0], [0], zero_division=1.0)
    assert (p[0], r[0], f[0]) == (1.0, 1.0, 1.0)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 3)), min_size=1, max_size=60))
def test_matches_sklearn_on_label_vectors(pairs):
    y_true = [t for t, _ in pairs]
    y_pred = [p for _, p in pairs]
    labels = [1, 2, 3]  # 0 plays "O": outside every category, as in multi-class with a negative label
    correct = [sum(t == p == c for t, p in pairs) for c in labels]
    predicted = [y_pred.count(c) for c in labels]
    gold = [y_true.count(c) for c in labels]
    ours = prf(correct, predicted, gold)
    theirs = precision_recall_fscore_support(y_true, y_pred, labels=labels, zero_division=0)
    for mine, ref in zip(ours, theirs[:3]):
        np.testing.assert_allclose(mine, ref)
    for average in ("micro", "weighted"):
        ref = precision_recall_fscore_support(y_true, y_pred, labels=labels, average=average, zero_division=0)
        np.testing.assert_allclose(averaged(correct, predicted, gold, average), ref[:3], atol=1e-12)
    present = [c for c in labels if c in y_true or c in y_pred]
    if present:
        keep = [labels.index(c) for c in present]
        ref = precision_recall_fscore_support(y_true, y_pred, labels=present, average="macro", zero_division=0)
        mine = averaged(np.array(correct), np.array(predicted), np.array(gold), "macro")
        np.testing.assert_allclose(mine, ref[:3], atol=1e-12)
        assert keep


def test_vectorised_over_leading_axes():
    correct = np.array([[1, 2], [3, 4]])
    predicted = np.array([[2, 2], [4, 8]])
    gold = np.array([[1, 4], [6, 4]])
    p, _, _ = prf(correct, predicted, gold)
    assert p.shape == (2, 2) and p[1, 1] == 0.5
    assert averaged(correct, predicted, gold, "micro").precision.shape == (2,)
