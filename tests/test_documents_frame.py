"""EntityScore.documents() is a DataFrame; undefined cells do not cost a row or a neighbour its interval."""

from __future__ import annotations

import dataclasses
import math

import pandas as pd
import pytest
from helpers import CORPUS, DOC, seed_gold, span

from newsgold.records import Record
from newsgold.reports import evaluate, to_frame
from newsgold.resampling import Resampling
from newsgold.scoring import score_entities

# Three gold mentions in three sentences of the seed: 0, 11 and 16 (of 45).
GOLD = [Record.from_dict({"doc_id": DOC.doc_id, "entities": [
    {**span("Badghis"), "label": "GPE"}, {**span("Kabul"), "label": "GPE"}, {**span("Spin Boldak"), "label": "GPE"}]})]
RESAMPLING = Resampling("sentence", 300, 7)


def predicted(*names):
    return [Record.from_dict({"doc_id": DOC.doc_id, "entities": [{**span(n), "label": "GPE"} for n in names]})]


def test_documents_is_a_frame_like_to_frame():
    score = score_entities(GOLD, predicted("Badghis", "Kabul"), corpus=CORPUS)
    frame = score.documents()
    assert isinstance(frame, pd.DataFrame)
    assert frame.index.name == "document" and list(frame.index) == [DOC.doc_id]
    assert list(frame.columns) == list(score.to_frame().columns)
    row = frame.loc[DOC.doc_id]
    # tp 2, fp 0, fn 1: P 2/2, R 2/3, F1 4/5
    assert (row.tp, row.fp, row.fn, row.support) == (2, 0, 1, 3)
    assert (row.precision, row.recall, row.f1) == (1.0, pytest.approx(2 / 3), pytest.approx(0.8))


def test_an_undefined_precision_is_nan_and_the_row_keeps_its_other_intervals():
    score = score_entities(GOLD, predicted(), unit="sentence", corpus=CORPUS)
    row = score.documents(zero_division="nan", resampling=RESAMPLING).loc[DOC.doc_id]
    # Nothing predicted: P undefined (in every resample too); R = F1 = 0 in every resample that draws a gold item.
    assert math.isnan(row.precision) and math.isnan(row.precision_low) and math.isnan(row.precision_high)
    assert (row.recall, row.recall_low, row.recall_high) == (0.0, 0.0, 0.0)
    assert (row.f1, row.f1_low, row.f1_high) == (0.0, 0.0, 0.0)
    assert row.units == 3 and row.support == 3


def test_a_precision_undefined_in_some_resamples_keeps_its_interval():
    score = score_entities(GOLD, predicted("Badghis"), unit="sentence", corpus=CORPUS)
    row = score.documents(resampling=RESAMPLING).loc[DOC.doc_id]
    # The one prediction (sentence 0) is right: P = 1 whenever sentence 0 is drawn, undefined otherwise
    # (about (44/45)^45 = 36% of resamples), so the interval is [1, 1], not dropped.
    assert (row.precision, row.precision_low, row.precision_high) == (1.0, 1.0, 1.0)
    assert row.recall == pytest.approx(1 / 3) and 0.0 <= row.recall_low <= 1 / 3 <= row.recall_high <= 1.0


def test_document_units_give_no_interval_but_keep_the_columns():
    frame = score_entities(GOLD, predicted("Badghis"), corpus=CORPUS).documents(resampling=RESAMPLING)
    assert frame[["precision_low", "recall_high", "f1_low"]].isna().all().all()
    assert frame.loc[DOC.doc_id, "units"] == 1


def test_an_average_over_a_category_without_predictions_keeps_its_interval():
    gold = seed_gold()
    record = gold[0]
    pred = [dataclasses.replace(record, annotator=None, entities=tuple(e for e in record.entities if e.label != "DATE"))]
    report = evaluate(gold, pred, layers=["entities"], n_resamples=200, corpus=CORPUS)
    rows = {r.name: r for r in report.section("entities", "strict").rows}
    categories = [r for r in rows.values() if r.kind == "category"]
    assert len(categories) == 10 and rows["DATE"].precision == 0.0 and rows["DATE"].precision_ci is None
    # Every other category is perfect and DATE (22 mentions in 16 of 45 sentences) is in every resample,
    # so macro P = (k - 1) / k over the k categories a resample holds: 9/10 with all of them, down to
    # 5/6 without the four held by one or two sentences (LOC, MONEY, TIME; ORDINAL).
    macro = rows["macro"]
    assert macro.precision == pytest.approx(0.9)
    assert macro.precision_ci is not None and macro.precision_ci.high == pytest.approx(0.9)
    assert 5 / 6 - 1e-9 <= macro.precision_ci.low < 0.9
    assert rows["weighted"].precision_ci is not None
    tidy = to_frame(report)
    cell = tidy[(tidy.category == "macro") & (tidy.statistic == "precision")].iloc[0]
    assert cell.low == pytest.approx(macro.precision_ci.low) and cell.high == pytest.approx(0.9)
