"""Trust repairs (issue 15): stance holders resolve alike on both sides, one macro F1, profile reports to file."""

from __future__ import annotations

import json
from dataclasses import replace

from newsgold import paths
from newsgold.records import Record
from newsgold.scoring.stance import score_stances

SEED = "000_2d0b2fe5cfeb493e"


def _seed_without_holder_cluster(stance_id: str) -> Record:
    data = json.loads((paths.gold_dir() / f"{SEED}.json").read_text(encoding="utf-8"))
    for stance in data["stances"]:
        if stance["id"] == stance_id:
            assert "cluster" in stance["holder"], "the case needs a clustered holder"
            del stance["holder"]["cluster"]
    return Record.from_dict(data)


def test_identical_prediction_scores_one_when_gold_holder_omits_its_cluster():
    gold = _seed_without_holder_cluster("S14")
    pred = replace(gold, annotator=None, system="copy")
    for match in ("cluster", "span"):
        extraction = score_stances([gold], [pred], holder_match=match).extraction
        assert extraction.micro.f1 == 1.0, match
        assert extraction.micro.fp == extraction.micro.fn == 0


def test_holder_given_by_another_mention_of_the_cluster_still_matches_by_cluster():
    """The prediction names the holder by a different span of the same gold cluster."""
    gold = Record.from_dict(json.loads((paths.gold_dir() / f"{SEED}.json").read_text(encoding="utf-8")))
    stance = next(s for s in gold.stances if s.id == "S14")
    cluster = stance.holder.cluster
    other = next(e for e in gold.entities if e.cluster == cluster
                 and (e.start, e.end) != (stance.holder.span.start, stance.holder.span.end))
    moved = replace(stance, holder=replace(stance.holder, span=replace(stance.holder.span, start=other.start,
                                                                        end=other.end, text=other.text)))
    pred = replace(gold, stances=tuple(moved if s.id == "S14" else s for s in gold.stances))
    assert score_stances([gold], [pred], holder_match="cluster").extraction.micro.f1 == 1.0
    assert score_stances([gold], [pred], holder_match="span").extraction.micro.f1 < 1.0


def test_one_macro_definition_for_stance_classification():
    """Gold FAVOR, AGAINST; predictions FAVOR, FAVOR; NONE occurs nowhere. The table's macro row and
    the macro F1 figure agree (mean over FAVOR and AGAINST: (2/3 + 0) / 2), NONE is not shown, and
    F_avg is the SemEval mean of the FAVOR and AGAINST F1."""
    from newsgold.reports.evaluate import _classification_section
    from newsgold.scoring.stance import StanceClassification

    c = StanceClassification(gold=("FAVOR", "AGAINST"), pred=("FAVOR", "FAVOR"), given=(True, True),
                             units=(0, 1), n_units=2)
    section = _classification_section(c, ["u0", "u1"], None)
    assert [r.name for r in section.categories()] == ["FAVOR", "AGAINST"]
    assert section.macro.f1 == section.extra["macro_f1"] == (2 / 3 + 0) / 2
    assert section.extra["f_avg"] == (2 / 3 + 0) / 2
    assert section.extra["accuracy"] == 0.5


def test_profile_report_is_written_as_json_at_full_precision(tmp_path):
    """`score --profile conlleval -o FILE` writes the figures; they equal the library's, unrounded."""
    import subprocess
    import sys

    from helpers import CORPUS, seed_gold

    from newsgold.scoring.compat.conlleval import conlleval_from_records
    from newsgold.systems import write_predictions

    gold = seed_gold()
    preds = [replace(r, annotator=None, system="no-dates", events=None, stances=None,
                     entities=tuple(e for e in r.entities if e.label != "DATE")) for r in gold]
    preds_path = write_predictions(preds, tmp_path / "preds.jsonl")
    gold_path = paths.gold_dir() / f"{SEED}.json"
    out = tmp_path / "profile.json"
    result = subprocess.run([sys.executable, "-m", "newsgold.cli", "score", str(preds_path), "--gold", str(gold_path),
                             "--profile", "conlleval", "-o", str(out)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    data = json.loads(out.read_text())
    expected = conlleval_from_records(gold, preds, CORPUS)
    assert data["profile"] == "conlleval" and data["figures"]["fb1"] == expected.fb1
    assert data["figures"]["fb1"] != round(expected.fb1, 2)


def test_entity_score_signature_is_the_report_signature_type():
    from helpers import CORPUS, seed_gold

    from newsgold.scoring import score_entities
    from newsgold.signature import Signature

    gold = seed_gold()
    score = score_entities(gold, gold, mode="exact", corpus=CORPUS)
    assert isinstance(score.signature, Signature)
    assert score.signature.corpus == CORPUS.id and score.signature.mode == "exact"
    assert score.to_dict()["signature"] == str(score.signature)
