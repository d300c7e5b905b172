"""Bootstrap intervals cover the truth about as often as they claim; paired tests see what they should."""

import numpy as np
import pytest

from newsgold.resampling import Resampling, Stats, approximate_randomization, bootstrap, paired_bootstrap, scores


def synthetic(rng, n_units, rates, mentions=8, spurious=0.1):
    gold = rng.poisson(mentions, size=(n_units, len(rates))).astype(float)
    correct = rng.binomial(gold.astype(int), rates).astype(float)
    predicted = correct + rng.binomial(gold.astype(int), spurious)
    return Stats.of(correct, predicted, gold)


def test_point_estimate_equals_scoring_all_units():
    stats = Stats.of([[1, 0], [2, 3]], [[2, 1], [2, 3]], [[1, 1], [4, 3]])
    table = scores(stats.stacked().sum(0), 2)
    assert table[0].tolist() == [0.75, 0.6, pytest.approx(2 * 3 / (4 + 5))]
    intervals = bootstrap(stats, Resampling(n_resamples=50))
    np.testing.assert_array_equal(intervals.point, table)
    assert np.all(intervals.low <= intervals.high)


def test_same_seed_same_intervals_other_seed_other_intervals():
    stats = synthetic(np.random.default_rng(0), 60, [0.6, 0.8])
    a = bootstrap(stats, Resampling(n_resamples=200, seed=1))
    b = bootstrap(stats, Resampling(n_resamples=200, seed=1))
    c = bootstrap(stats, Resampling(n_resamples=200, seed=2))
    np.testing.assert_array_equal(a.low, b.low)
    assert not np.array_equal(a.low, c.low)


def test_chunked_resampling_equals_one_chunk(monkeypatch):
    import newsgold.resampling as resampling

    stats = synthetic(np.random.default_rng(3), 50, [0.7])
    whole = bootstrap(stats, Resampling(n_resamples=64, seed=9))
    monkeypatch.setattr(resampling, "_CHUNK_CELLS", 50 * 5)
    chunked = bootstrap(stats, Resampling(n_resamples=64, seed=9))
    np.testing.assert_array_equal(whole.low, chunked.low)
    np.testing.assert_array_equal(whole.high, chunked.high)


def test_recall_intervals_cover_the_true_rate_about_95_percent_of_the_time():
    true_recall = 0.7
    rng = np.random.default_rng(2026)
    hits, runs = 0, 300
    for run in range(runs):
        stats = synthetic(rng, 80, [true_recall])
        ci = bootstrap(stats, Resampling(n_resamples=400, seed=run))
        hits += ci.low[0, 1] <= true_recall <= ci.high[0, 1]
    coverage = hits / runs
    assert 0.90 <= coverage <= 0.985, coverage


def test_one_unit_is_refused_with_advice():
    with pytest.raises(ValueError, match="resample sentences"):
        bootstrap(Stats.of([[1]], [[1]], [[1]]), Resampling(unit="document"))


@pytest.mark.parametrize("test", [paired_bootstrap, approximate_randomization])
def test_a_system_against_itself_shows_no_difference(test):
    stats = synthetic(np.random.default_rng(5), 100, [0.6, 0.8, 0.5])
    result = test(stats, stats, 500)
    assert np.all(result.delta == 0)
    assert np.all(result.p_value == 1.0)


@pytest.mark.parametrize("test", [paired_bootstrap, approximate_randomization])
def test_a_planted_drop_is_significant_only_where_planted(test):
    rng = np.random.default_rng(11)
    base = synthetic(rng, 200, [0.8, 0.8])
    dropped = base.correct.copy()
    dropped[:, 0] = rng.binomial(dropped[:, 0].astype(int), 0.7)  # category 0 loses ~30% of its hits
    worse = Stats.of(dropped, base.predicted - (base.correct - dropped), base.gold)
    result = test(base, worse, 1000)
    assert result.delta[0, 2] < -0.1            # F1 of category 0 fell
    assert result.p_value[0, 2] < 0.01          # ...significantly
    assert result.delta[1, 2] == 0 and result.p_value[1, 2] == 1.0   # category 1 untouched
    assert result.p_value[2, 2] < 0.01          # micro F1 row


def test_unpaired_systems_are_refused():
    a = Stats.of([[1, 1]], [[1, 1]], [[2, 2]])
    b = Stats.of([[1, 1]], [[1, 1]], [[2, 3]])
    with pytest.raises(ValueError, match="different gold"):
        paired_bootstrap(a, b)
