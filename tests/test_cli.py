"""The command line as a user runs it: exit codes, messages, no tracebacks."""

import subprocess
import sys

from helpers import valid_prediction, write_jsonl


def run(*args, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "newsgold.cli", *map(str, args)],
        capture_output=True, text=True, cwd=cwd, timeout=120,
    )


def test_validate_accepts_a_valid_prediction_file(tmp_path):
    path = write_jsonl(tmp_path / "p.jsonl", valid_prediction())
    result = run("validate", path)
    assert result.returncode == 0, result.stderr
    assert f"ok {path}: 1 record(s)" in result.stdout


def test_validate_reports_every_broken_file_and_exits_1(tmp_path):
    raw = valid_prediction()
    raw["entities"][0]["label"] = "TOWN"
    bad = write_jsonl(tmp_path / "bad.jsonl", raw)
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    result = run("validate", bad, empty, tmp_path / "missing.jsonl")
    assert result.returncode == 1
    assert f"{bad}:1: doc 000_2d0b2fe5cfeb493e: entities[0].label: error: found 'TOWN'" in result.stderr
    assert f"{empty}: error: is empty" in result.stderr
    assert "missing.jsonl: error: no such file" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_corpus_build_check_passes_on_the_committed_corpus():
    result = run("corpus", "build", "--check")
    assert result.returncode == 0, result.stderr
    assert "up to date" in result.stdout


def test_corpus_build_check_fails_on_a_stale_corpus(tmp_path):
    result = run("corpus", "build", "--check", "--out", tmp_path)
    assert result.returncode == 1
    assert "corpus is stale" in result.stderr and "newsgold corpus build" in result.stderr
    assert "Traceback" not in result.stderr


def test_corpus_build_writes_identical_bytes_twice(tmp_path):
    assert run("corpus", "build", "--out", tmp_path / "a").returncode == 0
    assert run("corpus", "build", "--out", tmp_path / "b").returncode == 0
    files_a = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*") if p.is_file())
    files_b = sorted(p.relative_to(tmp_path / "b") for p in (tmp_path / "b").rglob("*") if p.is_file())
    assert files_a == files_b and files_a
    for rel in files_a:
        assert (tmp_path / "a" / rel).read_bytes() == (tmp_path / "b" / rel).read_bytes()


def test_help_explains_commands():
    result = run("--help")
    assert result.returncode == 0
    for command in ("validate", "corpus"):
        assert command in result.stdout
