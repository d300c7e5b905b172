"""Scoring your own data: gold outside the bundled corpus, with its own texts and labels."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsgold.goldset import load_goldset
from newsgold.reports import evaluate

TEXTS = {"d1": "Alice Smith met Bob Jones in Paris on Monday.", "d2": "Acme Corp hired 300 workers in Berlin."}


def _span(doc: str, text: str, label: str) -> dict:
    start = TEXTS[doc].index(text)
    return {"start": start, "end": start + len(text), "text": text, "label": label}


GOLD = [
    {"doc_id": "d1", "entities": [_span("d1", "Alice Smith", "PER"), _span("d1", "Bob Jones", "PER"),
                                  _span("d1", "Paris", "LOC")]},
    {"doc_id": "d2", "entities": [_span("d2", "Acme Corp", "ORG"), _span("d2", "Berlin", "LOC")]},
]
PRED = [
    {"doc_id": "d1", "entities": [_span("d1", "Alice Smith", "PER"), _span("d1", "Paris", "GPE")]},
    {"doc_id": "d2", "entities": [_span("d2", "Acme Corp", "ORG"), _span("d2", "Berlin", "LOC")]},
]


def _jsonl(path: Path, records: list[dict], with_text: bool = False) -> Path:
    rows = [{**r, "text": TEXTS[r["doc_id"]]} if with_text else r for r in records]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def run(*args, cwd):
    return subprocess.run([sys.executable, "-m", "newsgold.cli", *map(str, args)], capture_output=True, text=True,
                          timeout=120, cwd=cwd)


def test_own_gold_with_texts_in_the_records_scores_by_hand(tmp_path):
    """PER: 1 of 2 found; LOC: Berlin found, Paris typed GPE; ORG right. Micro P 3/4, R 3/5."""
    gs = load_goldset(_jsonl(tmp_path / "gold.jsonl", GOLD, with_text=True))
    assert not gs.bundled and gs.corpus.name == "gold" and set(gs.schema.entity_types) == {"PER", "LOC", "ORG"}
    preds, aside, _ = gs.read_predictions(_jsonl(tmp_path / "pred.jsonl", PRED))
    assert not aside
    section = evaluate(list(gs.records), preds, layers=["entities"], n_resamples=0, corpus=gs.corpus,
                       schema=gs.schema).section("entities", "strict")
    rows = {r.name: r for r in section.rows}
    assert (rows["PER"].precision, rows["PER"].recall) == (1.0, 0.5)
    assert (rows["LOC"].precision, rows["LOC"].recall) == (1.0, 0.5)
    assert rows["GPE"].precision == 0.0 and rows["micro"].precision == 0.75 and rows["micro"].recall == 0.6


def test_texts_from_a_corpus_folder_and_the_signature_names_the_gold(tmp_path):
    corpus = tmp_path / "texts"
    corpus.mkdir()
    for doc_id, text in TEXTS.items():
        (corpus / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    gold = _jsonl(tmp_path / "mine.jsonl", GOLD)
    result = run("score", _jsonl(tmp_path / "pred.jsonl", PRED), "--gold", gold, "--corpus", corpus,
                 "--gold-name", "my-news", "--resamples", "0", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "corpus:my-news@" in result.stdout and "corpus:newsgold" not in result.stdout


def test_missing_texts_and_held_labels_are_clear_errors(tmp_path):
    gold = _jsonl(tmp_path / "gold.jsonl", GOLD)
    result = run("score", _jsonl(tmp_path / "pred.jsonl", PRED), "--gold", gold, cwd=tmp_path)
    assert result.returncode == 1 and "no text for document(s) d1, d2" in result.stderr
    assert "Traceback" not in result.stderr
    labels = tmp_path / "labels.json"
    labels.write_text(json.dumps(["PER", "LOC", "ORG"]))
    gold = _jsonl(tmp_path / "gold2.jsonl", GOLD, with_text=True)
    result = run("score", tmp_path / "pred.jsonl", "--gold", gold, "--labels", labels, cwd=tmp_path)
    assert result.returncode == 1 and "'GPE'" in result.stderr and "entity type" in result.stderr
    open_labels = run("score", tmp_path / "pred.jsonl", "--gold", gold, "--resamples", "0", cwd=tmp_path)
    assert open_labels.returncode == 0, open_labels.stderr


def test_gate_in_a_separate_project_with_its_own_gold(tmp_path):
    gold = _jsonl(tmp_path / "gold.jsonl", GOLD, with_text=True)
    good = _jsonl(tmp_path / "good.jsonl", GOLD)
    saved = run("baseline", "save", good, "--gold", gold, "-o", tmp_path / "base.json", cwd=tmp_path)
    assert saved.returncode == 0, saved.stderr
    same = run("gate", good, "-b", tmp_path / "base.json", "--gold", gold, cwd=tmp_path)
    assert same.returncode == 0, same.stdout + same.stderr
    worse = _jsonl(tmp_path / "worse.jsonl", [{"doc_id": "d1", "entities": []}, {"doc_id": "d2", "entities": []}])
    regressed = run("gate", worse, "-b", tmp_path / "base.json", "--gold", gold, "--test", "none", cwd=tmp_path)
    assert regressed.returncode == 1, regressed.stdout + regressed.stderr
    other = run("gate", good, "-b", tmp_path / "base.json", cwd=tmp_path)
    assert other.returncode == 2 and "Traceback" not in other.stderr


@pytest.mark.parametrize("split", ["dev", "test"])
def test_splits_are_newsgold_only(tmp_path, split):
    with pytest.raises(ValueError, match="no splits"):
        load_goldset(_jsonl(tmp_path / "gold.jsonl", GOLD, with_text=True), split)


def test_compare_agreement_and_predict_on_own_data(tmp_path):
    texts = tmp_path / "texts"
    texts.mkdir()
    for doc_id, text in TEXTS.items():
        (texts / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    gold = _jsonl(tmp_path / "gold.jsonl", GOLD, with_text=True)
    pred = _jsonl(tmp_path / "pred.jsonl", PRED)
    copied = run("predict", "-s", f"file:{pred}", "--corpus", texts, "-o", tmp_path / "copy.jsonl", "--no-progress",
                 cwd=tmp_path)
    assert copied.returncode == 0, copied.stderr
    assert "wrote 2 record(s)" in copied.stdout
    compared = run("compare", gold, tmp_path / "copy.jsonl", "--gold", gold, "--trials", "200", cwd=tmp_path)
    assert compared.returncode == 0, compared.stderr
    assert "micro" in compared.stdout and "+0.000" not in compared.stdout.split("micro", 1)[1].split("\n", 1)[0]
    agreed = run("agreement", gold, pred, cwd=tmp_path)
    assert agreed.returncode == 0, agreed.stderr
    # pred finds 3 of the 5 gold mentions with the right type and adds 1 (Paris as GPE): F1 = 2*3/(5+4)
    assert f"{2 * 3 / 9:.3f}" in agreed.stdout
