"""score_entities on records: options, bad input, error analysis, per-document rows, the CLI."""

from __future__ import annotations

import json
import sys

import numpy as np
import pytest

from newsgold.corpus import Corpus, Document, sha256_text
from newsgold.records import Entity, Record
from newsgold.scoring import ScoringError, merge, score_entities

TEXT_A = "Obama met the White House staff. Merkel went to Berlin on Monday."
TEXT_B = "Nothing here. The United Nations met in New York."


def doc(doc_id, text):
    sentences, start = [], 0
    for part in text.split(". "):
        end = start + len(part) + (1 if not part.endswith(".") else 0)
        sentences.append((start, min(end, len(text))))
        start = end + 1
    return Document(doc_id, text, sha256_text(text), {}, (), tuple(sentences))


CORPUS = Corpus({"a": doc("a", TEXT_A), "b": doc("b", TEXT_B)}, "test")


def ent(text, doc_text, surface, label, nth=0, with_text=True):
    start = -1
    for _ in range(nth + 1):
        start = doc_text.index(surface, start + 1)
    return Entity(start, start + len(surface), label, surface if with_text else None)


def gold_records():
    return [
        Record("a", entities=(ent("", TEXT_A, "Obama", "PERSON"), ent("", TEXT_A, "White House", "ORG"),
                              ent("", TEXT_A, "Merkel", "PERSON"), ent("", TEXT_A, "Berlin", "GPE"),
                              ent("", TEXT_A, "Monday", "DATE"))),
        Record("b", entities=(ent("", TEXT_B, "The United Nations", "ORG"), ent("", TEXT_B, "New York", "GPE"))),
    ]


def pred_records(with_text=True):
    return [
        Record("a", entities=(ent("", TEXT_A, "Obama", "PERSON", with_text=with_text),
                              ent("", TEXT_A, "the White House", "ORG", with_text=with_text),
                              ent("", TEXT_A, "Merkel", "ORG", with_text=with_text),
                              ent("", TEXT_A, "Berlin on Monday", "DATE", with_text=with_text))),
        Record("b", entities=(ent("", TEXT_B, "United Nations", "ORG", with_text=with_text),
                              ent("", TEXT_B, "Nothing", "PERSON", with_text=with_text),
                              ent("", TEXT_B, "New York", "GPE", with_text=with_text))),
    ]


def test_strict_scores_and_outcomes_by_hand():
    s = score_entities(gold_records(), pred_records())
    assert s.categories == ("DATE", "GPE", "ORG", "PERSON")
    rows = {r.name: r for r in s.table()}
    # correct: Obama, New York; wrong boundary: White House, United Nations, Monday ("Berlin on
    # Monday" overlaps Berlin and Monday; the same type wins); wrong type: Merkel; missed: Berlin;
    # spurious: Nothing
    assert (rows["micro"].tp, rows["micro"].fp, rows["micro"].fn) == (2, 5, 5)
    assert (rows["ORG"].tp, rows["ORG"].fp, rows["ORG"].fn) == (0, 3, 2)
    assert (rows["PERSON"].tp, rows["PERSON"].fp, rows["PERSON"].fn) == (1, 1, 1)
    assert s.outcome_counts() == {
        "gold": {"correct": 2, "wrong type": 1, "wrong boundary": 3, "wrong type and boundary": 0, "missed": 1},
        "predicted": {"correct": 2, "wrong type": 1, "wrong boundary": 3, "wrong type and boundary": 0, "spurious": 1},
    }
    assert rows["micro"].precision == 2 / 7 and rows["micro"].recall == 2 / 7


def test_modes_on_records():
    expect = {"exact": (3, 4, 4, 0), "type": (5, 2, 2, 0), "partial": (3, 1, 1, 3)}
    for mode, (tp, fp, fn, partial) in expect.items():
        m = score_entities(gold_records(), pred_records(), mode=mode).micro
        assert (m.tp, m.fp, m.fn, m.partial) == (tp, fp, fn, partial), mode


def test_determiners_are_no_boundary_error():
    s = score_entities(gold_records(), pred_records(), ignore_determiners=True)
    # "the White House" and "The United Nations" now match their counterparts
    assert s.micro.tp == 4
    assert s.options.determiners == ("the",)
    # mentions keep their original offsets in the result
    assert s.pred.start.tolist()[1] == TEXT_A.index("the White House")
    with pytest.raises(ScoringError, match="needs the text of every mention"):
        score_entities(gold_records(), pred_records(with_text=False), ignore_determiners=True)
    s2 = score_entities(gold_records(), pred_records(with_text=False), ignore_determiners=True, corpus=CORPUS)
    assert s2.micro.tp == 4


def test_aliases_from_the_schema_view():
    s = score_entities(gold_records(), pred_records(), aliases={"PERSON": ["ORG"]})
    assert s.micro.tp == 3  # Merkel: PERSON predicted as ORG is accepted


def test_bad_input_gives_one_precise_message():
    gold, pred = gold_records(), pred_records()
    with pytest.raises(ScoringError, match="unknown mode 'fuzzy'; expected one of strict, exact, partial, type"):
        score_entities(gold, pred, mode="fuzzy")
    with pytest.raises(ScoringError, match="gold record for document a has no entities layer"):
        score_entities([Record("a"), gold[1]], pred)
    with pytest.raises(ScoringError, match="prediction record for document b has no entities layer"):
        score_entities(gold, [pred[0], Record("b")])
    with pytest.raises(ScoringError, match=r"predictions for document\(s\) not in gold: zz"):
        score_entities(gold, [*pred, Record("zz", entities=())])
    with pytest.raises(ScoringError, match=r"no prediction record for gold document\(s\) b"):
        score_entities(gold, pred[:1])
    assert score_entities(gold, pred[:1], missing="empty").micro.fn == 4 + 2
    with pytest.raises(ScoringError, match=r"more than one record for document\(s\) a"):
        score_entities(gold, [pred[0], pred[0], pred[1]])
    with pytest.raises(ScoringError, match="min_overlap=1.5"):
        score_entities(gold, pred, min_overlap=1.5)
    with pytest.raises(ScoringError, match="needs the corpus"):
        score_entities(gold, pred, unit="sentence")
    with pytest.raises(ScoringError, match="unknown unit"):
        score_entities(gold, pred, unit="paragraph")
    bad = [Record("a", entities=(Entity(5, 5, "ORG"),)), gold[1]]
    with pytest.raises(ScoringError, match="empty or reversed span"):
        score_entities(gold, bad)
    with pytest.raises(ScoringError, match="labels 'GPE'|labels GPE"):
        score_entities(gold, pred, labels=["DATE", "ORG", "PERSON"])


def test_sentence_units_add_up_to_documents():
    s = score_entities(gold_records(), pred_records(), unit="sentence", corpus=CORPUS)
    assert s.counts.units == (("a", 0), ("a", 1), ("b", 0), ("b", 1))
    by_doc = score_entities(gold_records(), pred_records())
    grouped = s.document_counts()
    for name in ("tp", "fp", "fn", "partial"):
        assert np.array_equal(getattr(grouped, name), getattr(by_doc.counts, name))
    # "Nothing" (spurious) is in sentence 0 of b, the rest of b in sentence 1
    assert s.counts.fp[2].sum() == 1 and s.counts.tp[3].sum() == 1
    assert list(s.documents().index) == ["a", "b"]


def test_per_document_rows():
    rows = score_entities(gold_records(), pred_records()).documents()
    assert rows[["tp", "fp", "fn"]].to_dict("index") == {"a": {"tp": 1, "fp": 3, "fn": 4}, "b": {"tp": 1, "fp": 2, "fn": 1}}
    assert rows.loc["a", "precision"] == 0.25 and rows.loc["b", "recall"] == 0.5


def test_shards_of_records_merge():
    gold, pred = gold_records(), pred_records()
    merged = merge([score_entities(gold[:1], pred[:1]).counts, score_entities(gold[1:], pred[1:]).counts])
    whole = score_entities(gold, pred).counts
    assert merged.units == whole.units
    for name in ("tp", "fp", "fn", "partial"):
        assert np.array_equal(getattr(merged, name), getattr(whole, name))


def test_confusion_matrix_has_missed_and_spurious():
    c = score_entities(gold_records(), pred_records()).confusion()
    assert c.labels == ("DATE", "GPE", "ORG", "PERSON", "MISSED", "SPURIOUS")
    frame = c.to_frame()
    assert list(frame.index) == ["DATE", "GPE", "ORG", "PERSON", "SPURIOUS"]
    assert list(frame.columns) == ["DATE", "GPE", "ORG", "PERSON", "MISSED"]
    assert frame.loc["PERSON", "ORG"] == 1  # Merkel
    assert frame.loc["GPE", "MISSED"] == 1  # Berlin
    assert frame.loc["SPURIOUS", "PERSON"] == 1  # Nothing
    assert frame.loc["ORG", "ORG"] == 2  # boundary errors stay on the diagonal
    assert int(frame.to_numpy().sum()) == 7 + 1  # 6 pairs + 1 missed + 1 spurious


def test_error_listing_with_context():
    s = score_entities(gold_records(), pred_records(), corpus=CORPUS)
    errors = s.errors(width=10)
    assert [(e.doc_id, e.kind) for e in errors] == [
        ("a", "wrong boundary"), ("a", "wrong type"), ("a", "missed"), ("a", "wrong boundary"),
        ("b", "spurious"), ("b", "wrong boundary"),
    ]
    merkel = errors[1]
    assert (merkel.gold_label, merkel.pred_label, merkel.gold_text) == ("PERSON", "ORG", "Merkel")
    assert merkel.context == "…se staff. «Merkel» went to B…"
    assert errors[3].context.count("«") == 1 and "Berlin on Monday" in errors[3].context
    assert s.errors(kinds=["missed"])[0].gold_text == "Berlin"
    frame = s.errors_frame()
    assert len(frame) == 6 and "context" in frame.columns
    # without a corpus: surface text from the records, no context
    assert score_entities(gold_records(), pred_records()).errors()[1].context is None


def test_partial_mode_lists_half_credits_and_type_mode_does_not_list_boundary_errors():
    assert {e.kind for e in score_entities(gold_records(), pred_records(), mode="partial").errors()} >= {"wrong boundary"}
    kinds = [e.kind for e in score_entities(gold_records(), pred_records(), mode="type").errors()]
    assert "wrong boundary" not in kinds


def test_frames_and_json():
    s = score_entities(gold_records(), pred_records())
    frame = s.to_frame()
    assert list(frame.index) == ["DATE", "GPE", "ORG", "PERSON", "micro", "macro", "weighted"]
    assert frame.loc["micro", "tp"] == frame.loc[["DATE", "GPE", "ORG", "PERSON"], "tp"].sum()
    data = json.loads(json.dumps(s.to_dict()))
    assert "layer:entities" in data["signature"] and "mode:strict" in data["signature"]


# --- CLI ---------------------------------------------------------------------------------

def run_cli(monkeypatch, capsys, *args):
    from newsgold import cli

    monkeypatch.setattr(sys, "argv", ["newsgold", *map(str, args)])
    with pytest.raises(SystemExit) as exit_info:
        cli.main()
    captured = capsys.readouterr()
    return exit_info.value.code, captured.out, captured.err


@pytest.fixture
def seed_files(tmp_path):
    from newsgold.corpus import load_corpus

    document = next(iter(load_corpus()))
    text = document.text

    def entity(surface, label, nth=0):
        start = -1
        for _ in range(nth + 1):
            start = text.index(surface, start + 1)
        return {"start": start, "end": start + len(surface), "text": surface, "label": label}

    gold = [entity("Taliban", "ORG"), entity("Badghis province", "GPE"), entity("Afghan", "NORP")]
    for i, e in enumerate(gold):
        e["id"] = f"e{i}"
    pred = [entity("Taliban", "ORG"), entity("Badghis", "GPE"), entity("Afghan", "PERSON")]
    gold_path, pred_path = tmp_path / "gold.json", tmp_path / "pred.jsonl"
    gold_path.write_text(json.dumps([{"doc_id": document.doc_id, "doc_sha256": document.sha256,
                                      "annotator": "test", "entities": gold}]))
    pred_path.write_text(json.dumps({"doc_id": document.doc_id, "entities": pred}) + "\n")
    return gold_path, pred_path, document


def test_cli_score_prints_the_table_and_writes_every_report_format(monkeypatch, capsys, seed_files, tmp_path):
    gold_path, pred_path, _ = seed_files
    outputs = [tmp_path / f"s.{ext}" for ext in ("json", "md", "csv", "html")]
    args = [a for p in outputs for a in ("-o", p)]
    code, out, err = run_cli(monkeypatch, capsys, "score", pred_path, "--gold", gold_path, "--resamples", "100",
                             "--errors", "5", "--documents", "--confusion", *args)
    assert code in (0, None), err
    assert "micro" in out and "weighted" in out and "mode:strict" in out.replace("\n", "")
    data = json.loads(outputs[0].read_text())
    micro = next(r for r in data["sections"][0]["rows"] if r["name"] == "micro")
    assert (micro["tp"], micro["fp"], micro["fn"]) == (1, 2, 2)
    assert "| **micro** |" in outputs[1].read_text()
    assert outputs[2].read_text().startswith("system,baseline,layer")
    assert outputs[3].read_text().lstrip().lower().startswith("<!doctype html>")


def test_cli_score_refuses_an_unknown_output_format_before_scoring(monkeypatch, capsys, seed_files, tmp_path):
    gold_path, pred_path, _ = seed_files
    code, _, err = run_cli(monkeypatch, capsys, "score", pred_path, "--gold", gold_path, "-o", tmp_path / "s.xlsx")
    assert code == 1 and "unknown report format .xlsx" in err
    assert not (tmp_path / "s.xlsx").exists()


def test_cli_profiles(monkeypatch, capsys, seed_files):
    gold_path, pred_path, _ = seed_files
    code, out, _ = run_cli(monkeypatch, capsys, "score", pred_path, "--gold", gold_path, "--profile", "conlleval")
    assert "found: 3 phrases; correct: 1." in out
    code, out, _ = run_cli(monkeypatch, capsys, "score", pred_path, "--gold", gold_path, "--profile", "seqeval-strict")
    assert "micro avg" in out


def test_cli_user_errors_exit_1_with_one_line(monkeypatch, capsys, seed_files, tmp_path):
    gold_path, pred_path, document = seed_files
    code, out, err = run_cli(monkeypatch, capsys, "score", pred_path, "--gold", gold_path, "--mode", "fuzzy")
    errors = [line for line in err.strip().split("\n") if "warning" not in line]
    assert code == 1 and errors == ["newsgold: error: unknown mode 'fuzzy'; expected one of strict, exact, partial, type"]
    code, _, err = run_cli(monkeypatch, capsys, "score", pred_path, "--gold", gold_path, "--aliases", "nope")
    assert code == 1 and "unknown alias view 'nope'" in err
    code, _, err = run_cli(monkeypatch, capsys, "score", tmp_path / "missing.jsonl", "--gold", gold_path)
    assert code == 1 and "no such file" in err
    no_layer = tmp_path / "nolayer.jsonl"
    no_layer.write_text(json.dumps({"doc_id": document.doc_id}) + "\n")
    code, _, err = run_cli(monkeypatch, capsys, "score", no_layer, "--gold", gold_path)
    assert code == 1 and "none of the layers entities, events, stances" in err and "Traceback" not in err
    code, _, err = run_cli(monkeypatch, capsys, "score", no_layer, "--gold", gold_path, "--layers", "entities")
    assert code == 1 and "has no entities layer" in err and "Traceback" not in err
