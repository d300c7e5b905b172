"""The command line for the Hub (export hf, export rehydrate, publish) as a user runs it, and
the upload through huggingface_hub with the network replaced by a fake (never the real Hub)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from test_hub_common import full_record, full_record_dict, write_gold_dir

from huggingface_hub.errors import HfHubHTTPError
from newsgold import paths
from newsgold.hub import HubError, load_export_records, plan_upload, publish, upload

REPO = "newsgold-org/newsgold"
DOC_ID = "000_2d0b2fe5cfeb493e"


def run(*args, env_extra=None, drop=("HF_TOKEN",), hf_home=None):
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env.update({"HF_HUB_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1"})
    if hf_home is not None:
        env["HF_HOME"] = str(hf_home)
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "-m", "newsgold.cli", *map(str, args)],
        capture_output=True, text=True, timeout=180, env=env,
    )


def one_sentence_error(result, starts):
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"newsgold: error: {starts}"), result.stderr
    return lines[0]


@pytest.fixture(scope="module")
def cli_export(tmp_path_factory):
    """``newsgold export hf`` run as a user runs it, on a gold folder holding the test record."""
    root = tmp_path_factory.mktemp("cli")
    gold = write_gold_dir(root / "gold", [full_record_dict()])
    out = root / "export"
    result = run("export", "hf", out, "--gold", gold, "--repo-id", REPO)
    assert result.returncode == 0, result.stderr
    # The seed article is dev: the export has a dev split only.
    assert (f"exported to {out} (text: omit); rows: documents 1 (dev 1), entities 1 (dev 1), events 1 (dev 1), "
            "stance 1 (dev 1), ner 45 (dev 45)") in result.stdout
    return out


def test_cli_export_of_one_split_writes_that_split_or_says_it_has_no_gold(cli_export, tmp_path):
    gold = cli_export.parent / "gold"  # the seed article's record: dev
    result = run("export", "hf", tmp_path / "dev", "--gold", gold, "--split", "dev")
    assert result.returncode == 0, result.stderr
    assert sorted(p.relative_to(tmp_path / "dev").as_posix() for p in (tmp_path / "dev").rglob("*.parquet")) == [
        f"{config}/dev-00000-of-00001.parquet" for config in ("documents", "entities", "events", "ner", "stance")]
    result = run("export", "hf", tmp_path / "test", "--gold", gold, "--split", "test")
    one_sentence_error(result, "there are no gold records to export: no record annotates a document of the test split")
    assert not (tmp_path / "test").exists()


def test_cli_export_then_rehydrate_from_the_seed_copy(cli_export, tmp_path):
    assert load_export_records(cli_export)[0].entities[0].text is None
    out = tmp_path / "rehydrated"
    result = run("export", "rehydrate", cli_export, out, "--texts", paths.seeds_dir())
    assert result.returncode == 0, result.stderr
    assert "text of 1 document(s) re-attached" in result.stdout
    assert load_export_records(out) == [full_record()]


def test_cli_rehydrate_refuses_a_tampered_copy_in_one_sentence(cli_export, tmp_path):
    seed = (paths.seeds_dir() / f"{DOC_ID}.txt").read_bytes()
    copy = tmp_path / f"{DOC_ID}.txt"
    copy.write_bytes(seed.replace(b"ceasefire", b"cease-fire", 1))
    result = run("export", "rehydrate", cli_export, tmp_path / "out", "--texts", copy)
    line = one_sentence_error(result, f"{copy}: sha256 ")
    assert "differs from document 000_2d0b2fe5cfeb493e's 14c73abb6f53" in line and "refused" in line
    assert not (tmp_path / "out").exists()


def test_publish_dry_run_lists_every_file_with_its_size(cli_export, tmp_path):
    result = run("publish", "--repo-id", REPO, "--from", cli_export, "--dry-run", hf_home=tmp_path)
    assert result.returncode == 0, result.stderr
    files = sorted((p.relative_to(cli_export).as_posix(), p.stat().st_size) for p in cli_export.rglob("*") if p.is_file())
    total = sum(size for _, size in files)
    assert f"would upload {len(files)} file(s), {total} bytes, to dataset {REPO}; text: omit" in result.stdout
    listed = [line.split() for line in result.stdout.splitlines()[1:]]
    assert [(path, int(size)) for size, path in listed] == files
    assert any(path == "ner/dev-00000-of-00001.parquet" for path, _ in files)
    assert not any(path.endswith("test-00000-of-00001.parquet") for path, _ in files)


def test_publish_without_a_token_fails_in_one_sentence(cli_export, tmp_path):
    result = run("publish", "--repo-id", REPO, "--from", cli_export, hf_home=tmp_path)
    one_sentence_error(result, "no Hugging Face token: set HF_TOKEN")


def test_publish_offline_fails_in_one_sentence(cli_export, tmp_path):
    result = run("publish", "--repo-id", REPO, "--from", cli_export, env_extra={"HF_TOKEN": "hf_test"}, hf_home=tmp_path)
    one_sentence_error(result, "cannot upload while offline mode is on")


# --------------------------------------------------------------------------- library, fake Hub


class FakeApi:
    calls: list = []
    fail: Exception | None = None

    def __init__(self, token=None):
        self.token = token

    def create_repo(self, repo_id, **kwargs):
        FakeApi.calls.append(("create_repo", repo_id, kwargs, self.token))
        if FakeApi.fail is not None:
            raise FakeApi.fail

    def upload_folder(self, **kwargs):
        FakeApi.calls.append(("upload_folder", kwargs["repo_id"], kwargs, self.token))
        return type("CommitInfo", (), {"commit_url": f"https://huggingface.co/datasets/{kwargs['repo_id']}/commit/abc"})()


@pytest.fixture
def fake_hub(monkeypatch):
    import huggingface_hub

    FakeApi.calls, FakeApi.fail = [], None
    monkeypatch.setattr(huggingface_hub, "HfApi", FakeApi)
    return FakeApi


def test_upload_creates_a_dataset_repo_and_uploads_the_folder_with_the_env_token(cli_export, fake_hub, monkeypatch):
    monkeypatch.setenv("HF_TOKEN", "hf_secret")
    result = publish(REPO, cli_export, private=True)
    assert result.url == f"https://huggingface.co/datasets/{REPO}/commit/abc"
    (create, upload_call) = fake_hub.calls
    assert create == ("create_repo", REPO, {"repo_type": "dataset", "private": True, "exist_ok": True}, "hf_secret")
    assert upload_call[2]["repo_type"] == "dataset" and Path(upload_call[2]["folder_path"]) == cli_export
    assert upload_call[2]["delete_patterns"] == ["*.parquet"]  # stale shards of an older upload go
    assert upload_call[3] == "hf_secret"


def test_network_and_auth_failures_become_one_sentence(cli_export, fake_hub):
    plan = plan_upload(cli_export, REPO)
    fake_hub.fail = httpx.ConnectError("[Errno -2] Name or service not known")
    with pytest.raises(HubError, match=r"^cannot reach the Hugging Face Hub \(ConnectError: \[Errno -2\] Name or service not known\)$"):
        upload(plan, token="hf_x")
    response = httpx.Response(401, request=httpx.Request("POST", "https://huggingface.co/api/repos/create"))
    fake_hub.fail = HfHubHTTPError("401 Client Error: Unauthorized", response=response)
    with pytest.raises(HubError, match=r"^the Hub rejected the token in HF_TOKEN \(401 Unauthorized\)"):
        upload(plan, token="hf_x")


def test_an_export_with_text_is_only_uploaded_when_asked_for(tmp_path, fake_hub):
    from newsgold.hub import export_hf

    out = tmp_path / "with-text"
    export_hf(out, records=[full_record()], text="include", agreement=None, repo_id=REPO)
    with pytest.raises(HubError, match="contains the copyrighted article text; pass --text include"):
        publish(REPO, out, dry_run=True)
    assert publish(REPO, out, text="include", dry_run=True).plan.text == "include"
    with pytest.raises(HubError, match="--repo-id must look like ORG/NAME"):
        publish("newsgold", out, text="include", dry_run=True)


def test_publish_rebuilds_the_card_of_an_export_made_for_another_repository(cli_export, fake_hub):
    result = publish("someone-else/copy", cli_export, dry_run=True)
    sizes = dict(result.plan.files)
    assert sizes["ner/dev-00000-of-00001.parquet"] == (cli_export / "ner/dev-00000-of-00001.parquet").stat().st_size
    assert sizes["README.md"] != (cli_export / "README.md").stat().st_size  # it names the new repository
