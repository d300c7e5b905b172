"""`newsgold convert` as a user runs it: notes, one-line errors, exit status."""

from __future__ import annotations

import subprocess
import sys

from newsgold.formats import read_annotations

GOLD = "-DOCSTART- -X- -X- O\n\nEU B-ORG\nrejects O\nGerman B-MISC\n\n-DOCSTART- -X- -X- O\n\nJosé B-PER\nMaría I-PER\n"


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "newsgold.cli", "convert", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd, timeout=300)


def test_conll_to_brat_and_back(tmp_path):
    (tmp_path / "gold.conll").write_text(GOLD, encoding="utf-8")
    result = run(tmp_path / "gold.conll", tmp_path / "brat")
    assert result.returncode == 0, result.stderr
    assert "read 2 document(s), 3 entity mention(s)" in result.stdout
    assert (tmp_path / "brat" / "doc-0002.txt").read_text(encoding="utf-8") == "José María"
    result = run(tmp_path / "brat", tmp_path / "back.conll")
    assert result.returncode == 0, result.stderr
    assert read_annotations(tmp_path / "back.conll").records == read_annotations(tmp_path / "gold.conll").records


def test_lossy_conversion_prints_notes(tmp_path):
    (tmp_path / "d.txt").write_text("São Paulo e Rio", encoding="utf-8")
    (tmp_path / "d.ann").write_text("T1\tLOC 0 9\tSão Paulo\nT2\tGPE 0 3;4 9\tSão Paulo\nR1\tX Arg1:T1 Arg2:T2\n",
                                    encoding="utf-8")
    result = run(tmp_path / "d.ann", tmp_path / "d.conll")
    assert result.returncode == 0, result.stderr
    for note in ("newsgold: note: d: discontinuous span T2 kept as its outer extent",
                 "newsgold: note: BRAT: 1 relation (R) line dropped",
                 "newsgold: note: conll: 1 entity overlapping a longer or earlier one left out"):
        assert note in result.stderr


def test_broken_tags_refused_in_one_line_or_repaired(tmp_path):
    path = tmp_path / "p.conll"
    path.write_text("Ann B-PER\nsaw O\nSmith I-PER\n", encoding="utf-8")
    result = run(path, tmp_path / "p.json")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"newsgold: error: {path}:3: broken IOB2 sequence: I-PER follows O; expected a tag that continues or opens "
        "an entity (choose --bio-repair repair to read it as B-PER)"]
    assert not (tmp_path / "p.json").exists()
    result = run(path, tmp_path / "p.json", "--bio-repair", "repair")
    assert result.returncode == 0, result.stderr
    assert "1 broken BIO sequence repaired as IOB2" in result.stderr and "line 3" in result.stderr


def test_unknown_input_and_output_formats(tmp_path):
    path = tmp_path / "x.txt"
    path.write_text("Dear diary,\n", encoding="utf-8")
    result = run(path, tmp_path / "y.conll")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith(f"newsgold: error: {path}:1: cannot tell the format")
    (tmp_path / "a.conll").write_text("Ann B-PER\n", encoding="utf-8")
    result = run(tmp_path / "a.conll", tmp_path / "y.xml")
    assert result.returncode == 1 and "cannot tell the output format from '.xml'" in result.stderr
    result = run(tmp_path / "a.conll", tmp_path / "a.conll", "--to", "conll")
    assert result.returncode == 1 and "is the input" in result.stderr
