"""Stance error listing (holder, target and cue in context) on hand-worked examples on the seed; the CLI table."""

from __future__ import annotations

import dataclasses
import io
import subprocess
import sys

from helpers import CORPUS, DOC, SEED_ID, seed_gold, span, write_jsonl
from rich.console import Console

from newsgold import paths
from newsgold.records import Record
from newsgold.reports import evaluate
from newsgold.reports.errors_text import error_tables
from newsgold.scoring.stance import score_stances

CEASEFIRE = "government.agreements.acceptagreementcontractceasefire"


def flipped(stance_id: str, label: str) -> list[Record]:
    """The seed gold as a prediction, with one stance's label changed."""
    record = seed_gold()[0]
    stances = tuple(dataclasses.replace(s, label=label) if s.id == stance_id else s for s in record.stances)
    return [dataclasses.replace(record, annotator=None, system="flipped", stances=stances)]


def part(error, name: str) -> str:
    start = getattr(error, f"{name}_start") - error.context_start
    return error.context[start:start + getattr(error, f"{name}_end") - getattr(error, f"{name}_start")]


def test_a_wrong_label_shows_holder_target_and_cue_in_context():
    # S6: "An Afghan official said "an indefinite ceasefire" had been negotiated", FAVOR in the gold.
    (error,) = score_stances(seed_gold(), flipped("S6", "AGAINST"), corpus=CORPUS).errors()
    assert (error.kind, error.gold_id, error.pred_id, error.gold_label, error.pred_label) == (
        "wrong label", "S6", "S6", "FAVOR", "AGAINST")
    assert (error.holder, error.target, error.target_label, error.cue) == ("An Afghan official", "ceasefire", CEASEFIRE, "said")
    assert [part(error, p) for p in ("holder", "target", "cue")] == ["An Afghan official", "ceasefire", "said"]
    assert "\n" not in error.context and DOC.text[error.context_start:].replace("\n", " ").startswith(error.context)


def test_missed_and_spurious_stances():
    entities = [{"id": "T1", **span("Badghis"), "label": "GPE"}]
    gold = Record.from_dict({"doc_id": DOC.doc_id, "entities": entities, "stances": [
        {"id": "S1", "holder": {"author": True}, "target": {"entity": "T1"}, "label": "FAVOR"},
        {"id": "S2", "holder": span("Hesamuddin Shams"), "target": {"entity": "T1"}, "label": "AGAINST",
         "evidence": span("said", 1)}]})
    pred = Record.from_dict({"doc_id": DOC.doc_id, "entities": entities, "stances": [
        {"id": "P1", "holder": {"author": True}, "target": {"entity": "T1"}, "label": "FAVOR"},
        {"id": "P2", "holder": span("An Afghan official"), "target": {"entity": "T1"}, "label": "AGAINST"}]})
    errors = score_stances([gold], [pred], corpus=CORPUS).errors()
    # Sorted by position: the spurious stance's holder (546) comes before the missed stance's cue ("Shams said", 796).
    assert [(e.kind, e.gold_id, e.pred_id, e.holder, e.cue) for e in errors] == [
        ("spurious", None, "P2", "An Afghan official", None), ("missed", "S2", None, "Hesamuddin Shams", "said")]
    assert (errors[1].target, errors[1].target_label, part(errors[1], "cue")) == ("Badghis", "GPE", "said")
    assert (errors[1].holder_start, errors[1].cue_start) == (779, 796)


def test_the_report_carries_the_stance_errors_and_the_terminal_table_marks_them():
    report = evaluate(seed_gold(), flipped("S6", "NONE"), layers=["stances"], n_resamples=0, corpus=CORPUS)
    assert [(e["kind"], e["holder"], e["pred_label"]) for e in report.stance_errors] == [
        ("wrong label", "An Afghan official", "NONE")]
    console = Console(width=400, record=True, file=io.StringIO())
    for table in error_tables(report, 5):
        console.print(table)
    text = console.export_text()
    assert '(AFP)  [An Afghan official] «said» "an indefinite {ceasefire}" had been negotiated' in text
    assert "Entity errors" not in text and "Event" not in text  # only the layers scored


def test_score_prints_a_stance_error_table_with_marked_context(tmp_path):
    pred = write_jsonl(tmp_path / "p.jsonl", flipped("S6", "AGAINST")[0].to_dict())
    gold = paths.gold_dir() / f"{SEED_ID}.json"
    result = subprocess.run([sys.executable, "-m", "newsgold.cli", "score", str(pred), "--gold", str(gold),
                             "--resamples", "0", "--errors", "5", "--layers", "stances"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    out = " ".join(result.stdout.split())
    assert "Stance errors (1)" in out and "wrong label" in out
    assert "An Afghan official" in out and "context: [holder] {target} «cue»" in out
