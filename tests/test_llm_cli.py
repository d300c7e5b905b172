"""`newsgold predict|benchmark --system(s) openai:MODEL` as a user runs them, against a local server."""

import json
import re
import subprocess
import sys

import pytest

pytest.importorskip("openai")

from llm_server import ReplayServer, Reply, user_text


def run(*args, env_home):
    return subprocess.run([sys.executable, "-m", "newsgold.cli", *map(str, args)], capture_output=True, text=True,
                          timeout=300, env={**_env(), "XDG_CACHE_HOME": str(env_home)}, check=False)


def _env():
    import os

    return {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_")}


def schema_valid(request):
    """Answers every request with a schema-valid object naming words of the article (and one that is not)."""
    words = re.findall(r"\b[A-Z][a-z]+\b", user_text(request))
    layer = request["response_format"]["json_schema"]["name"].removeprefix("newsgold_")
    answer = {
        "entities": {"entities": [{"text": w, "label": "ORG", "context": ""} for w in words[:3]]
                     + [{"text": "Zanzibar Quux", "label": "GPE", "context": ""}]},
        "events": {"events": [{"id": "E1", "type": "conflict.attack.unspecified", "trigger": words[0], "context": "",
                               "arguments": [{"role": "place", "text": words[1], "context": ""}],
                               "polarity": "positive", "modality": "asserted"}]},
        "stances": {"stances": [{"holder": "AUTHOR", "holder_context": "", "target": "E1", "label": "FAVOR",
                                 "kind": "factuality", "factuality": "CT+", "evidence": "", "evidence_context": ""}]},
    }[layer]
    return Reply(json.dumps(answer))


def test_predict_writes_valid_predictions_and_a_rerun_sends_nothing(tmp_path):
    out = tmp_path / "preds.jsonl"
    with ReplayServer(schema_valid) as server:
        args = ("predict", "--system", "openai:any-model", "--base-url", server.url, "--split", "dev", "-o", out,
                "--no-progress", "--price-per-mtok", "0.15,0.60")
        first = run(*args, env_home=tmp_path)
        assert first.returncode == 0, first.stderr
        sent = len(server.requests)
        content = out.read_bytes()
        second = run(*args, env_home=tmp_path)
        assert second.returncode == 0, second.stderr
    assert sent == 7 * 3 and len(server.requests) == sent
    assert out.read_bytes() == content
    checked = run("validate", out, env_home=tmp_path)
    assert checked.returncode == 0 and "ok" in checked.stdout, checked.stdout + checked.stderr
    records = [json.loads(line) for line in content.decode().splitlines()]
    assert len(records) == 7 and all(r["system"].startswith("openai:any-model|host:127.0.0.1:") for r in records)
    assert all(len(r["entities"]) == 3 and len(r["stances"]) == 1 for r in records)
    report = json.loads((tmp_path / "preds.llm.json").read_text())
    assert report["layers"]["entities"]["ungrounded"] == 7 and report["layers"]["entities"]["mentions"] == 28
    assert report["layers"]["entities"]["cost"] == pytest.approx(7 * (100 * 0.15 + 20 * 0.60) / 1e6)
    assert re.match(r"entities-v1\.[0-9a-f]{8}\+events-v1\.[0-9a-f]{8}\+stances-v1\.[0-9a-f]{8}$",
                    report["provenance"]["prompts"])
    ungrounded = [json.loads(line) for line in (tmp_path / "preds.ungrounded.jsonl").read_text().splitlines()]
    assert {u["text"] for u in ungrounded} == {"Zanzibar Quux"} and len(ungrounded) == 7
    assert (tmp_path / "preds.failures.jsonl").read_text() == ""
    assert "7/7" in second.stdout and "Traceback" not in first.stderr + second.stderr


def test_two_429s_with_retry_after_still_give_the_prediction(tmp_path):
    def busy_twice(request):
        busy = len(server.requests) <= 2
        return Reply(status=429, headers={"Retry-After": "1"}) if busy else schema_valid(request)

    out = tmp_path / "preds.jsonl"
    with ReplayServer(busy_twice) as server:
        result = run("predict", "--system", "openai:m", "--base-url", server.url, "--split", "dev", "--layers",
                     "entities", "--concurrency", "1", "-o", out, "--no-progress", env_home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert len(server.requests) == 7 + 2
    assert all(len(json.loads(line)["entities"]) == 3 for line in out.read_text().splitlines())


def test_a_server_answering_garbage_gives_a_report_of_failures_and_exit_1(tmp_path):
    out = tmp_path / "preds.jsonl"
    with ReplayServer([Reply("Sorry, as an AI I can't do JSON today. {{{")]) as server:
        result = run("predict", "--system", "openai:m", "--base-url", server.url, "--split", "dev", "--layers",
                     "entities", "-o", out, "--no-progress", env_home=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "incomplete predictions: 7 document-layer(s) failed" in result.stderr
    failures = [json.loads(line) for line in (tmp_path / "preds.failures.jsonl").read_text().splitlines()]
    assert len(failures) == 7 and failures[0]["raw"] == "Sorry, as an AI I can't do JSON today. {{{"
    assert "0/7" in result.stdout


def test_bad_llm_options_are_one_line_errors(tmp_path):
    result = run("predict", "--system", "openai:m", "--layers", "entities,relations", "-o", tmp_path / "p.jsonl",
                 env_home=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip().startswith("newsgold: error: layers entities,relations: expected")
    result = run("predict", "--system", "openai:m", "--price-per-mtok", "cheap", "-o", tmp_path / "p.jsonl",
                 env_home=tmp_path)
    assert result.returncode == 1 and "expected IN,OUT dollars per million tokens" in result.stderr


def test_benchmark_has_an_llm_row_naming_its_prompt_versions(tmp_path):
    with ReplayServer(schema_valid) as server:
        result = run("benchmark", "--systems", "openai:any-model", "--base-url", server.url, "--split", "dev",
                     "--out", tmp_path / "bench", "--resamples", "0", "--no-progress", env_home=tmp_path)
    assert result.returncode == 0, result.stderr
    board = (tmp_path / "bench" / "leaderboard.md").read_text()
    assert "| openai:any-model | entities | strict spans |" in board
    assert re.search(r"prompts entities-v1\.[0-9a-f]{8}\+events-v1\.[0-9a-f]{8}\+stances-v1\.[0-9a-f]{8}", board)
    report = json.loads((tmp_path / "bench" / "reports" / "openai_any-model.json").read_text())
    extra = report["signatures"]["entities"]["extra"]
    assert extra["model"] == "openai:any-model" and extra["prompts"].startswith("entities-v1.")
    assert (extra["temperature"], extra["seed"]) == ("0", "0") and extra["host"].startswith("127.0.0.1:")
