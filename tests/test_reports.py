"""evaluate(): every layer with intervals and signatures; renderings; paired comparison of reports."""

import dataclasses
import io
import json

import pytest
from rich.console import Console

from newsgold import load_corpus, load_gold
from newsgold.records import Record
from newsgold.reports import evaluate
from newsgold.reports.compare import compare
from newsgold.reports.frame import to_csv, to_frame
from newsgold.reports.model import Report
from newsgold.reports.text import markdown_report, rich_report, with_interval
from newsgold.signature import SignatureMismatch
from helpers import seed_gold

GOLD = seed_gold()
CORPUS = load_corpus()


def without(labels):
    record = GOLD[0]
    return [dataclasses.replace(record, annotator=None, system="degraded",
                                entities=tuple(e for e in record.entities if e.label not in labels))]


@pytest.fixture(scope="module")
def perfect():
    return evaluate(GOLD, GOLD, system="gold", n_resamples=200, corpus=CORPUS)


@pytest.fixture(scope="module")
def degraded():
    return evaluate(GOLD, without({"DATE"}), system="no-dates", layers=["entities"], n_resamples=200, corpus=CORPUS)


def test_gold_against_itself_is_perfect_on_every_layer_with_tight_intervals(perfect):
    assert {s.layer for s in perfect.sections} == {"entities", "events", "stances", "coreference"}
    for section in perfect.sections:
        for row in section.rows:
            assert row.f1 == 1.0, (section.metric, row.name)
            if row.f1_ci is not None:
                assert (row.f1_ci.low, row.f1_ci.high) == (1.0, 1.0)
    assert perfect.section("stances", "classification").extra["f_avg"] == 1.0


def test_sentence_units_are_the_default_for_one_document(perfect):
    assert "bootstrap-sentence-200-seed12345" in str(perfect.signatures["entities"])
    counts = perfect.section("entities", "strict").counts
    assert len(counts["units"]) == len(CORPUS[GOLD[0].doc_id].sentences)


def test_dropping_a_category_shows_in_its_row_only(degraded):
    rows = {r.name: r for r in degraded.section("entities", "strict").rows}
    assert rows["DATE"].recall == 0.0 and rows["DATE"].fn == 22
    assert rows["GPE"].f1 == 1.0
    assert rows["micro"].recall == pytest.approx((131 - 22) / 131)
    low, high = rows["micro"].recall_ci.low, rows["micro"].recall_ci.high
    assert low < rows["micro"].recall < high


def test_report_json_round_trip_is_lossless(degraded):
    data = json.loads(json.dumps(degraded.to_dict(), allow_nan=False))
    assert Report.from_dict(data).to_dict() == data


def test_renderings_carry_figures_intervals_and_signature(degraded):
    md = markdown_report(degraded)
    micro = degraded.section("entities", "strict").micro
    assert with_interval(micro.f1, micro.f1_ci, micro.units) in md and str(degraded.signatures["entities"]) in md
    console = Console(file=io.StringIO(), width=200, color_system=None)
    console.print(rich_report(degraded))
    text = console.file.getvalue()
    assert "DATE" in text and with_interval(micro.f1, micro.f1_ci, micro.units) in text and "signature (entities)" in text
    frame = to_frame(degraded)
    f1 = frame[(frame.category == "micro") & (frame.statistic == "f1")]
    assert f1.value.item() == pytest.approx(micro.f1)
    assert to_csv(degraded).splitlines()[0].startswith("system,baseline,layer")


def test_compare_a_report_with_itself_finds_no_difference(degraded):
    rows = compare(degraded, degraded, trials=200)
    assert rows and all(r.delta == 0 and r.p_value == 1.0 for r in rows)


def test_compare_finds_the_planted_drop(perfect, degraded):
    full = evaluate(GOLD, [dataclasses.replace(GOLD[0], system="full")], layers=["entities"], n_resamples=200, corpus=CORPUS)
    rows = {r.category: r for r in compare(full, degraded, trials=500)}
    assert rows["DATE"].delta == -1.0 and rows["DATE"].p_value < 0.01
    assert rows["GPE"].delta == 0 and rows["GPE"].p_value == 1.0
    assert rows["micro"].delta == pytest.approx(degraded.section("entities", "strict").micro.f1 - 1.0)


def test_compare_refuses_reports_with_different_signatures(degraded):
    partial = evaluate(GOLD, without({"DATE"}), layers=["entities"], entity_mode="partial", n_resamples=50, corpus=CORPUS)
    with pytest.raises(SignatureMismatch, match="mode: strict vs partial"):
        compare(degraded, partial)


def test_unknown_layer_is_refused():
    from newsgold.scoring.errors import ScoringError

    with pytest.raises(ScoringError, match="unknown layer"):
        evaluate(GOLD, GOLD, layers=["relations"], n_resamples=0)


def test_predictions_without_any_layer_are_refused():
    from newsgold.scoring.errors import ScoringError

    with pytest.raises(ScoringError, match="none of the layers"):
        evaluate(GOLD, [Record(doc_id=GOLD[0].doc_id)], n_resamples=0)
