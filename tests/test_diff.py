"""newsgold diff: two systems' records compared with no gold, sharded and scheduled on Dask.

Expected figures come from a hand-worked pair of records; the rest checks invariances that
could fail: the same report whatever the partitioning, the block size, the input format
(JSONL or Parquet) and the scheduler (threads, a LocalCluster); document matching counts;
precise errors with exit status 2; and the review sample read back as gold.
"""

from __future__ import annotations

import json
import os
import random
import sys
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

pytest.importorskip("dask")
pytest.importorskip("distributed")

from helpers import CORPUS, write_jsonl

from newsgold.cli import main
from newsgold.diff import DiffInputError, DiffOptions, diff, parse_limits, write_review
from newsgold.diff.rows import ENTITY
from newsgold.formats import read_annotations
from newsgold.scoring import score_entities
from newsgold.validate import load_gold, validate_file

LABELS = ("PERSON", "ORG", "GPE", "DATE", "MONEY")
FAST = DiffOptions(sample=3, resamples=200, top=5, examples=3)


# --------------------------------------------------------------------------- generated data


def generated_pair(n_docs: int = 60, seed: int = 7) -> tuple[list[dict], list[dict]]:
    """OLD and NEW records of ``n_docs`` documents (ids doc-000 ...): NEW keeps, retypes, re-bounds,
    drops and adds mentions at random; a few documents carry events and stances; OLD has four
    documents NEW lacks and NEW two that OLD lacks."""
    rng = random.Random(seed)
    old, new = [], []
    for d in range(n_docs):
        mentions = sorted(rng.sample(range(0, 400, 10), rng.randint(0, 8)))
        o_ents = [{"start": s, "end": s + rng.randint(2, 8), "label": rng.choice(LABELS)} for s in mentions]
        n_ents = []
        for e in o_ents:
            x = rng.random()
            if x < 0.6:
                n_ents.append(dict(e))
            elif x < 0.7:
                n_ents.append({**e, "label": rng.choice([lab for lab in LABELS if lab != e["label"]])})
            elif x < 0.8:
                n_ents.append({**e, "end": e["end"] + 1})
        if rng.random() < 0.5:
            n_ents.append({"start": 405, "end": 409, "label": rng.choice(LABELS)})
        doc_id = f"doc-{d:03d}"
        o_rec = {"doc_id": doc_id, "system": "old-sys", "entities": o_ents}
        n_rec = {"doc_id": doc_id, "system": "new-sys", "entities": n_ents}
        if d % 5 == 0:
            o_rec["events"] = [{"id": "E1", "type": "conflict.attack.unspecified", "trigger": {"start": 500, "end": 506},
                                "arguments": [{"role": "attacker", "start": 510, "end": 515}]}]
            n_args = [{"role": rng.choice(["attacker", "target"]), "start": 510, "end": 515}]
            n_rec["events"] = [{"id": "E1", "type": rng.choice(["conflict.attack.unspecified", "life.die.unspecified"]),
                                "trigger": {"start": 500, "end": 506}, "arguments": n_args}]
            o_rec["stances"] = [{"holder": {"author": True}, "target": {"event": "E1"}, "label": "FAVOR"}]
            n_rec["stances"] = [{"holder": {"author": True}, "target": {"event": "E1"},
                                 "label": rng.choice(["FAVOR", "AGAINST"])}]
        if d < n_docs - 2:
            old.append(o_rec)
        if d >= 4:
            new.append(n_rec)
    rng.shuffle(new)
    return old, new


def write_parquet(path: Path, records: list[dict], rows_per_group: int = 10) -> Path:
    """Records as Parquet: doc_id, system and entities columns, events and stances as JSON text."""
    table = pa.table({
        "doc_id": [r["doc_id"] for r in records],
        "system": [r.get("system") for r in records],
        "entities": pa.array([r.get("entities") for r in records], pa.list_(ENTITY)),
        "events": [json.dumps(r["events"]) if "events" in r else None for r in records],
        "stances": [json.dumps(r["stances"]) if "stances" in r else None for r in records],
    })
    pq.write_table(table, path, row_group_size=rows_per_group)
    return path


@pytest.fixture(scope="module")
def pair(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pair")
    old, new = generated_pair()
    shards = folder / "new"
    shards.mkdir()
    for k in range(3):  # NEW as three shards: documents are matched across files
        write_jsonl(shards / f"part-{k}.jsonl", *new[k::3])
    return {"old": write_jsonl(folder / "old.jsonl", *old), "new": shards,
            "old_parquet": write_parquet(folder / "old.parquet", old),
            "new_parquet": write_parquet(folder / "new.parquet", new, rows_per_group=7)}


@pytest.fixture(scope="module")
def reference(pair) -> dict:
    return diff(pair["old"], pair["new"], options=FAST, text_from="none", partitions=1).to_dict()


# --------------------------------------------------------------------------- invariances


@pytest.mark.parametrize("partitions", [3, 17])
def test_partitions_give_identical_reports(pair, reference, partitions):
    report = diff(pair["old"], pair["new"], options=FAST, text_from="none", partitions=partitions).to_dict()
    assert report == reference


def test_blocks_and_parquet_give_identical_reports(pair, reference):
    small_blocks = diff(pair["old"], pair["new"], options=FAST, text_from="none", partitions=3, block_bytes=500)
    assert small_blocks.to_dict() == reference
    parquet = diff(pair["old_parquet"], pair["new_parquet"], options=FAST, text_from="none", partitions=5,
                   block_rows=10)
    assert {**parquet.to_dict(), "old": None, "new": None} == {**reference, "old": None, "new": None}


def test_local_cluster_gives_identical_report(pair, reference, tmp_path):
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        report = diff(pair["old"], pair["new"], options=FAST, text_from="none", partitions=4,
                      scheduler=cluster.scheduler_address, scratch=str(tmp_path))
    assert report.to_dict() == reference
    assert not list(tmp_path.iterdir()), "the run's scratch folder is removed"


def test_local_processes_give_identical_report(pair, reference):
    report = diff(pair["old"], pair["new"], options=FAST, text_from="none", partitions=2, scheduler="processes:2")
    assert report.to_dict() == reference


def test_reference_report_is_sane(reference):
    assert reference["old"] == "old-sys" and reference["new"] == "new-sys"
    assert [(s["layer"], s["metric"]) for s in reference["agreement"]] == [
        ("entities", "strict"), ("events", "trigger_classification"), ("events", "argument_classification"),
        ("stances", "extraction")]
    assert len(reference["sample"]) > 0
    assert all(item["kind"] != "unchanged" for item in reference["sample"])
    per_stratum: dict = {}
    for item in reference["sample"]:
        per_stratum[(item["layer"], item["category"])] = per_stratum.get((item["layer"], item["category"]), 0) + 1
    assert max(per_stratum.values()) <= FAST.sample


# --------------------------------------------------------------------------- documents


def test_document_matching_counts(pair, reference):
    assert reference["documents"] == {"OLD": 58, "NEW": 56, "matched": 54, "OLD only": 4, "NEW only": 2,
                                      "different doc_sha256": 0}
    examples = reference["unmatched"]["OLD only"]
    assert len(examples) == FAST.examples and set(examples) < {"doc-000", "doc-001", "doc-002", "doc-003"}
    assert sorted(reference["unmatched"]["NEW only"]) == ["doc-058", "doc-059"]
    assert reference["layers"]["entities"] == {"compared": 54, "OLD only": 0, "NEW only": 0}


def test_duplicate_document_is_an_input_error(tmp_path):
    old = write_jsonl(tmp_path / "old.jsonl", {"doc_id": "a", "entities": []}, {"doc_id": "b", "entities": []},
                      {"doc_id": "a", "entities": []})
    new = write_jsonl(tmp_path / "new.jsonl", {"doc_id": "a", "entities": []})
    with pytest.raises(DiffInputError, match=r"old\.jsonl:3: doc a: doc_id: error: found a second OLD record .*"
                                             r"first: .*old\.jsonl:1"):
        diff(old, new, options=FAST, text_from="none")


# --------------------------------------------------------------------------- hand-worked figures


def test_hand_worked_churn_and_agreement(tmp_path):
    """OLD: PERSON [0,5), ORG [10,15), GPE [20,25), DATE [30,35); NEW keeps PERSON, retypes ORG as GPE,
    re-bounds GPE to [20,27), drops DATE and adds MONEY [40,45). Events: the same trigger and type,
    the argument's role changed. Stances: the author's FAVOR flipped to AGAINST."""
    old = {"doc_id": "d", "entities": [{"start": 0, "end": 5, "label": "PERSON"}, {"start": 10, "end": 15, "label": "ORG"},
                                       {"start": 20, "end": 25, "label": "GPE"}, {"start": 30, "end": 35, "label": "DATE"}],
           "events": [{"id": "E1", "type": "life.die.unspecified", "trigger": {"start": 50, "end": 55},
                       "arguments": [{"role": "victim", "start": 0, "end": 5}]}],
           "stances": [{"holder": {"author": True}, "target": {"event": "E1"}, "label": "FAVOR"}]}
    new = {"doc_id": "d", "entities": [{"start": 0, "end": 5, "label": "PERSON"}, {"start": 10, "end": 15, "label": "GPE"},
                                       {"start": 20, "end": 27, "label": "GPE"}, {"start": 40, "end": 45, "label": "MONEY"}],
           "events": [{"id": "E1", "type": "life.die.unspecified", "trigger": {"start": 50, "end": 55},
                       "arguments": [{"role": "killer", "start": 0, "end": 5}]}],
           "stances": [{"holder": {"author": True}, "target": {"event": "E1"}, "label": "AGAINST"}]}
    report = diff(write_jsonl(tmp_path / "o.jsonl", old), write_jsonl(tmp_path / "n.jsonl", new),
                  options=DiffOptions(sample=10, resamples=0), text_from="none")
    micro = report.section("entities", "strict").micro
    assert (micro.tp, micro.fp, micro.fn) == (1, 3, 3)
    assert (micro.precision, micro.recall) == (0.25, 0.25)
    kinds = {r.category: {k: n for k, n in r.kinds.items() if n} for r in report.churn if r.layer == "entities"}
    assert kinds == {"PERSON": {"unchanged": 1}, "ORG": {"retyped": 1}, "GPE": {"re-bounded": 1},
                     "DATE": {"removed": 1}, "MONEY": {"added": 1}, "all": {"unchanged": 1, "retyped": 1,
                                                                            "re-bounded": 1, "removed": 1, "added": 1}}
    assert report.churn_row("entities").rate == 4 / 5
    assert report.churn_row("events").kinds["arguments changed"] == 1
    args = report.section("events", "argument_classification").micro
    assert (args.tp, args.fp, args.fn) == (0, 1, 1)
    assert report.churn_row("stances").kinds["flipped"] == 1
    assert report.top == ({"doc_id": "d", "changes": 6 + 2 + 2, "entities": 6, "events": 2, "stances": 2},)
    assert {(i["layer"], i["kind"]) for i in report.sample} == {
        ("entities", "retyped"), ("entities", "re-bounded"), ("entities", "removed"), ("entities", "added"),
        ("events", "arguments changed"), ("stances", "flipped")}


def test_churn_limits():
    assert parse_limits(["0.1", "entities=0.2", "entities/ORG=0.5"]) == {"": 0.1, "entities": 0.2, "entities/ORG": 0.5}
    for bad in ("1.5", "places=0.1", "entities/=0.1", "x"):
        with pytest.raises(DiffInputError, match="--max-churn"):
            parse_limits([bad])


# --------------------------------------------------------------------------- the review sample


@pytest.fixture(scope="module")
def bundled_pair(tmp_path_factory):
    """OLD: the gold of three corpus documents; NEW: the same with two entity labels changed in each."""
    folder = tmp_path_factory.mktemp("bundled")
    gold = [r for r in load_gold(corpus=CORPUS) if r.doc_id.startswith("GUM_news_")][:3]
    old = [r.to_dict() for r in gold]
    new = json.loads(json.dumps(old))
    for record in new:
        changed = 0
        for entity in record["entities"]:
            if entity["label"] in ("PERSON", "ORG", "GPE") and changed < 2:
                entity["label"] = {"PERSON": "NORP", "ORG": "GPE", "GPE": "LOC"}[entity["label"]]
                changed += 1
    return write_jsonl(folder / "old.jsonl", *old), write_jsonl(folder / "new.jsonl", *new)


def test_review_sample_reads_back_as_gold(bundled_pair, tmp_path):
    old_path, new_path = bundled_pair
    report = diff(old_path, new_path, options=DiffOptions(sample=50, resamples=0))
    assert {i["kind"] for i in report.sample} == {"retyped"} and len(report.sample) == 6
    review = tmp_path / "review.jsonl"
    assert write_review(report, review) == []
    checked = validate_file(review, CORPUS, gold=True)
    assert checked.ok, [str(p) for p in checked.errors]
    noted = [e for r in checked.records for e in r.entities if e.note and e.note.startswith("review: retyped; OLD: ")]
    assert len(noted) == 6
    old_records = [r for r in validate_file(old_path, CORPUS).records]
    as_gold = score_entities(checked.records, old_records).micro
    diffed = report.section("entities", "strict").micro
    assert (as_gold.tp, as_gold.fp, as_gold.fn) == (diffed.tp, diffed.fn, diffed.fp)  # OLD against NEW: P and R swap
    label_studio = tmp_path / "review.json"
    write_review(report, label_studio)
    read = read_annotations(label_studio)
    assert sorted((r.doc_id, e.start, e.end, e.label) for r in read.records for e in r.entities) == sorted(
        (r.doc_id, e.start, e.end, e.label) for r in checked.records for e in r.entities)


def test_texts_of_sampled_documents(tmp_path):
    from newsgold.corpus import sha256_text
    from newsgold.diff.texts import find_texts

    text = "Alice met Bob."
    records = {"a": {"old": {"doc_id": "a", "doc_sha256": sha256_text(text)}, "new": {"doc_id": "a"}},
               "b": {"old": {"doc_id": "b", "text": "its own text"}, "new": {"doc_id": "b"}},
               "c": {"old": {"doc_id": "c", "doc_sha256": "0" * 64}, "new": {"doc_id": "c"}}}
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "a.txt").write_text(text)
    (folder / "c.txt").write_text("not the text c was annotated on")
    assert find_texts(records, str(folder)) == {"a": text, "b": "its own text"}
    shards = write_jsonl(tmp_path / "texts.jsonl", {"doc_id": "a", "text": text}, {"doc_id": "c", "text": "x"})
    assert find_texts(records, str(shards)) == {"a": text, "b": "its own text"}
    assert find_texts(records, "none") == {"b": "its own text"}


# --------------------------------------------------------------------------- the command line


@dataclass
class Ran:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys, monkeypatch):
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


def test_cli_reports_review_and_exit_codes(bundled_pair, tmp_path, cli):
    old_path, new_path = bundled_pair
    outputs = [tmp_path / name for name in ("d.html", "d.json", "d.md")]
    ran = cli("diff", old_path, new_path, "--resamples", "50", *(x for p in outputs for x in ("-o", p)),
              "--review", tmp_path / "review.jsonl", "--max-churn", "entities/all=0.5")
    assert ran.code == 0, ran.err
    assert "entities: strict" in ran.out and "churn" in ran.out
    data = json.loads(outputs[1].read_text())
    assert data["format"] == "newsgold.diff/1" and data["breaches"] == []
    assert "<table" in outputs[0].read_text() and "## Churn" in outputs[2].read_text()
    assert validate_file(tmp_path / "review.jsonl", CORPUS, gold=True).ok
    ran = cli("diff", old_path, new_path, "--resamples", "0", "--max-churn", "0.01")
    assert ran.code == 1
    assert "churn limit exceeded: entities/all" in ran.out


@pytest.mark.parametrize("args, message", [
    (("--scheduler", "threads:2"), "expected local, processes:N"),
    (("--scheduler", "tcp://127.0.0.1:1"), "give --scratch"),
    (("-o", "d.txt"), "unknown report format"),
    (("--partitions", "0"), "expected a number >= 1"),
])
def test_cli_bad_options_exit_2(pair, cli, args, message):
    ran = cli("diff", pair["old"], pair["new"], "--text-from", "none", *args)
    assert ran.code == 2 and message in ran.err and "Traceback" not in ran.err


def test_cli_bad_record_exit_2(tmp_path, cli):
    old = tmp_path / "old.jsonl"
    old.write_text('{"doc_id": "a", "entities": []}\n{"doc_id": "b", "entities": [{"start": 5, "end": 2, '
                   '"label": "ORG"}]}\n')
    new = write_jsonl(tmp_path / "new.jsonl", {"doc_id": "a", "entities": []})
    ran = cli("diff", old, new, "--text-from", "none")
    assert ran.code == 2
    assert f"{old}:2: doc b: entities[0]: error: found [5, 2), expected start < end" in ran.err
    table = pa.table({"doc_id": ["a"], "entities": pa.array([[{"start": 3, "end": 3, "label": "X"}]], pa.list_(ENTITY))})
    pq.write_table(table, tmp_path / "bad.parquet")
    ran = cli("diff", tmp_path / "bad.parquet", new, "--text-from", "none")
    assert ran.code == 2
    assert "bad.parquet: record 1: doc a: entities[0]: error: found [3, 3), expected start < end" in ran.err
    ran = cli("diff", tmp_path / "missing", new)
    assert ran.code == 2 and "no such file or folder" in ran.err


@pytest.mark.parametrize("content, message", [
    (b'{"doc_id": "a", "entities": []}\n{"doc_id": "b\xff"}\n', ":2: error: found byte 0xff at column 14, which is not UTF-8; expected UTF-8 text"),
    (b'{"doc_id": "a", "entities": []}\n' + b'{"doc_id": "b", "x": ' + b"[" * 70 + b"]" * 70 + b"}\n",
     "[0][0]: error: nested more than 64 levels deep"),
    (b'{"doc_id": "a", "entities": []}\n{"doc_id": "\\ud800"}\n', ":2: doc_id: error: found '\\ud800', which holds a lone surrogate"),
])
def test_cli_hostile_lines_exit_2(tmp_path, cli, content, message):
    old = tmp_path / "old.jsonl"
    old.write_bytes(content)
    new = write_jsonl(tmp_path / "new.jsonl", {"doc_id": "a", "entities": []})
    ran = cli("diff", old, new, "--text-from", "none")
    assert ran.code == 2 and message in ran.err, ran.err


def test_special_files_are_refused_or_skipped(tmp_path, cli):
    """A named pipe is never opened (it would block): refused as an input, skipped in a folder."""
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    new = write_jsonl(tmp_path / "new.jsonl", {"doc_id": "a", "entities": []})
    ran = cli("diff", fifo, new, "--text-from", "none")
    assert ran.code == 2 and "is not a regular file" in ran.err
    folder = tmp_path / "old"
    folder.mkdir()
    os.mkfifo(folder / "a.jsonl")
    write_jsonl(folder / "b.jsonl", {"doc_id": "a", "entities": []})
    ran = cli("diff", folder, new, "--text-from", "none", "--resamples", "0")
    assert ran.code == 0, ran.err
