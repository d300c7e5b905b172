"""Coreference scores against scorch (MUC, B³, CEAF-e, CoNLL) and hand-worked LEA cases."""

from __future__ import annotations

import random
import statistics

import numpy as np
import pytest
from scorch import scores as scorch

from newsgold.records import Record
from newsgold.reference import load_reference
from newsgold.scoring.coref import clusters_of, document_sums, ratios, score_coreference

ROWS = {"muc": 0, "b3": 1, "ceaf_e": 2, "lea": 3, "conll": 4}


def _scorch(metric, key, response) -> tuple[float, float, float]:
    """scorch's (R, P, F); its harmonic mean raises when R = P = 0, where F is 0."""
    try:
        return metric([set(k) for k in key], [set(r) for r in response])
    except statistics.StatisticsError:
        return 0.0, 0.0, 0.0


def _random_clustering(rng: random.Random, mentions: list) -> list[frozenset]:
    chosen = rng.sample(mentions, rng.randint(1, len(mentions)))
    groups: dict[int, set] = {}
    for m in chosen:
        groups.setdefault(rng.randint(0, 4), set()).add(m)
    return [frozenset(g) for g in groups.values()]


def _assert_equal_to_scorch(table, key, response) -> None:
    for name, metric in (("muc", scorch.muc), ("b3", scorch.b_cubed), ("ceaf_e", scorch.ceaf_e)):
        recall, precision, f1 = _scorch(metric, key, response)
        assert table[ROWS[name]] == pytest.approx([precision, recall, f1], abs=1e-9), name
    f1s = [_scorch(m, key, response)[2] for m in (scorch.muc, scorch.b_cubed, scorch.ceaf_e)]
    assert table[ROWS["conll"], 2] == pytest.approx(sum(f1s) / 3, abs=1e-9)


@pytest.mark.parametrize("seed", range(250))
def test_generated_cases_equal_scorch(seed):
    rng = random.Random(seed)
    mentions = [(i, i + 1) for i in range(rng.randint(1, 14))]
    key, response = _random_clustering(rng, mentions), _random_clustering(rng, mentions)
    _assert_equal_to_scorch(ratios(document_sums(key, response)), key, response)


def test_lea_example_of_moosavi_and_strube():
    """Key {a,b,c},{d,e,f,g}; response {a,b},{c,d},{f,g,h,i} (Moosavi and Strube 2016, §4):
    R = (3·1/3 + 4·1/6) / 7 = 0.2381, P = (2·1/1 + 2·0/1 + 4·1/6) / 8 = 0.3333."""
    a, b, c, d, e, f, g, h, i = [(n, n + 1) for n in range(9)]
    key = [frozenset({a, b, c}), frozenset({d, e, f, g})]
    response = [frozenset({a, b}), frozenset({c, d}), frozenset({f, g, h, i})]
    precision, recall, f1 = ratios(document_sums(key, response))[ROWS["lea"]]
    assert recall == pytest.approx((1 + 4 / 6) / 7)
    assert precision == pytest.approx((2 + 4 / 6) / 8)
    assert f1 == pytest.approx(2 * precision * recall / (precision + recall))


def test_lea_singletons_resolve_only_as_singletons():
    """A key singleton counts one self-link: resolved by the same singleton, not by a larger entity."""
    a, b, c = (0, 1), (1, 2), (2, 3)
    key = [frozenset({a}), frozenset({b, c})]
    assert ratios(document_sums(key, key))[ROWS["lea"]].tolist() == [1.0, 1.0, 1.0]
    response = [frozenset({a, b, c})]
    precision, recall, _ = ratios(document_sums(key, response))[ROWS["lea"]]
    assert recall == pytest.approx((0 + 2 * 1 / 1) / 3)
    assert precision == pytest.approx(3 * (1 / 3) / 3)


def _gum_and_ontogum() -> tuple[list[Record], list[Record]]:
    gum, onto = load_reference("gum"), load_reference("ontogum")
    docs = sorted(onto)
    return [Record.from_dict(onto[d]) for d in docs], [Record.from_dict(gum[d]) for d in docs]


def test_ontogum_against_gum_equals_scorch_per_document_and_pooled():
    key_records, response_records = _gum_and_ontogum()
    assert len(key_records) == 24
    score = score_coreference(key_records, response_records)
    union_key, union_response = [], []
    for i, (k, r) in enumerate(zip(key_records, response_records)):
        key, response = clusters_of(k), clusters_of(r)
        _assert_equal_to_scorch(ratios(score.sums[i]), key, response)
        union_key += [frozenset((i, *m) for m in c) for c in key]
        union_response += [frozenset((i, *m) for m in c) for c in response]
    _assert_equal_to_scorch(score.table, union_key, union_response)


def test_identical_clusterings_score_one_and_intervals_hold_the_point():
    key_records, _ = _gum_and_ontogum()
    score = score_coreference(key_records, key_records)
    assert np.allclose(score.table, 1.0)
    low, high = score.bootstrap(n_resamples=50)
    assert np.allclose(low, 1.0) and np.allclose(high, 1.0)
    _, response_records = _gum_and_ontogum()
    other = score_coreference(key_records, response_records)
    low, high = other.bootstrap(n_resamples=200)
    assert np.all(low <= other.table + 1e-12) and np.all(other.table <= high + 1e-12)
    assert np.any(high - low > 0.01)
