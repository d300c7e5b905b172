"""Intervals at the edges: [low, high] where not symmetric, n<5 where too few units, both bounds in JSON."""

from __future__ import annotations

import numpy as np

from newsgold.records import Entity, Record
from newsgold.reports import evaluate
from newsgold.reports.model import Interval
from newsgold.reports.text import MIN_UNITS, with_interval

from helpers import CORPUS, DOC


def test_symmetric_interval_is_plus_minus():
    assert with_interval(0.5, Interval(0.4, 0.6), units=20) == "0.500 ±0.100"


def test_asymmetric_interval_shows_its_bounds():
    """CARDINAL precision 0.750 with an interval [0.400, 1.000] is not '0.750 ±0.300'."""
    assert with_interval(0.75, Interval(0.4, 1.0), units=10) == "0.750 [0.400, 1.000]"


def test_too_few_units_is_not_estimable():
    assert with_interval(1.0, Interval(1.0, 1.0), units=1) == f"1.000 (n<{MIN_UNITS})"
    assert with_interval(0.0, Interval(0.0, 0.0), units=MIN_UNITS - 1) == f"0.000 (n<{MIN_UNITS})"
    assert with_interval(0.0, Interval(0.0, 0.0), units=MIN_UNITS) == "0.000 ±0.000"


def test_rows_count_the_units_that_hold_their_items():
    """Gold: one MONEY mention and ten DATE mentions in ten different sentences; the prediction
    copies them. MONEY rests on 1 sentence, DATE on 10, micro on 10 (MONEY shares a sentence)."""
    sentences = DOC.sentences[:10]
    dates = [Entity(s, s + 1, "DATE", DOC.text[s:s + 1]) for s, _ in sentences]
    money = Entity(sentences[0][0] + 2, sentences[0][0] + 3, "MONEY", DOC.text[sentences[0][0] + 2:sentences[0][0] + 3])
    gold = [Record(DOC.doc_id, DOC.sha256, entities=tuple(dates + [money]))]
    pred = [Record(DOC.doc_id, DOC.sha256, system="copy", entities=tuple(dates + [money]))]
    report = evaluate(gold, pred, layers=["entities"], n_resamples=50, unit="sentence", corpus=CORPUS)
    rows = {r.name: r for r in report.section("entities", "strict").rows}
    assert rows["MONEY"].units == 1 and rows["DATE"].units == 10 and rows["micro"].units == 10
    data = report.to_dict()["sections"][0]["rows"]
    money_row = next(r for r in data if r["name"] == "MONEY")
    assert set(money_row["f1_ci"]) == {"low", "high"} and money_row["units"] == 1
    assert np.isclose(rows["DATE"].f1, 1.0)
