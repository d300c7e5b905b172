"""The validator's fast path (``newsgold.fast_read``) gives exactly what ``validate_file`` gives:
the same problems for every bad file, records equal to its records for every good one, and
``newsgold score`` prints and writes the same report either way."""

from __future__ import annotations

import json
import pickle
import random
import subprocess
import sys
from pathlib import Path

import msgspec
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgold import fast_read
from newsgold.corpus import Corpus, Document, sha256_text
from newsgold.goldset import load_goldset
from newsgold.lazy import Lazy
from newsgold.record_columns import RecordColumns
from newsgold.reports import evaluate
from newsgold.reports.model import document_views
from newsgold.schema import load_schema, schema_from_labels
from newsgold.scoring import SpanTable, score_spans
from newsgold.typed_records import (TypedCluster, TypedEntity, TypedRecord, content_digest, records_sha256,
                                    structurally_valid)
from newsgold.validate import _record_validator, validate_file

TEXTS = {
    "a": "Alice Smith met Bob Jones in Paris on Monday: talks went well.",
    "b": "Ma\u0301laga et José — 😀 São Paulo",  # a combining accent, an astral emoji
}


def _span(doc: str, text: str, label: str, **extra) -> dict:
    start = TEXTS[doc].index(text)
    return {"start": start, "end": start + len(text), "text": text, "label": label, **extra}


def _record(doc: str, *entities: dict, **fields) -> dict:
    return {"doc_id": doc, "doc_sha256": sha256_text(TEXTS[doc]), "entities": list(entities), **fields}


GOOD_A = _record("a", _span("a", "Alice Smith", "PERSON"), _span("a", "Paris", "GPE"))
GOOD_B = _record("b", _span("b", "José", "PERSON"), _span("b", "São Paulo", "GPE"))


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    docs = {d: Document(d, t, sha256_text(t), {}, (), ()) for d, t in TEXTS.items()}
    return Corpus(docs, "test", name="mine")


def _lines(*records) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in records)


CLEAN = {
    "two records": _lines(GOOD_A, GOOD_B),
    "no surface text": _lines(_record("a", {"start": 0, "end": 5, "label": "PERSON"}), GOOD_B),
    "no hash (a warning each)": _lines({k: v for k, v in GOOD_A.items() if k != "doc_sha256"},
                                       {k: v for k, v in GOOD_B.items() if k != "doc_sha256"}),
    "blank lines and CRLF": "\n" + json.dumps(GOOD_A) + "\r\n  \n" + json.dumps(GOOD_B) + "\n\n",
    "no final newline": json.dumps(GOOD_A),
    "ensure_ascii escapes": _lines(json.dumps(_record("b", _span("b", "São Paulo", "GPE")))),
    "clusters, ids, notes, scores": _lines(_record(
        "a", _span("a", "Alice Smith", "PERSON", id="T1", cluster="C1", score=1, note="n: x"),
        _span("a", "Bob Jones", "PERSON", id="T2", score=0.25, identity="Bob", attributes={"k:": "v"}),
        clusters=[{"id": "C1", "name": "Alice"}], system="sys", annotator="me")),
    "escaped colon in a text": _lines(json.dumps(_record("a", _span("a", "Monday:", "DATE")))
                                      .replace('"Monday:"', '"Monday\\u003a"')),
    "empty entity layer and no layer": _lines(_record("a"), {"doc_id": "b"}),
    "gum label set": _lines(_record("a", _span("a", "Alice Smith", "person"), label_set="gum")),
    "label outside a closed schema is fine in an open one": _lines(_record("a", _span("a", "Paris", "TOWN"))),
}

BAD = {
    "duplicate key in a record": _lines('{"doc_id": "a", "doc_id": "b", "entities": []}'),
    "duplicate key in an entity": _lines(json.dumps(GOOD_A).replace('"label": "GPE"', '"label": "GPE", "label": "ORG"')),
    "duplicate key hidden by an escaped colon": _lines(
        '{"doc_id": "a", "system": "x", "system": "\\u003a", "entities": []}'),
    "duplicate attribute": _lines(json.dumps(_record("a", _span("a", "Paris", "GPE", attributes={"k": "v"})))
                                  .replace('{"k": "v"}', '{"k": "v", "k": "w"}')),
    "escaped key name": _lines(json.dumps(GOOD_A).replace('"label"', '"\\u006cabel"', 1).replace(
        '"text": "Alice Smith"', '"text": "Alice Smith", "\\u0069d": "T1", "id": "T2"', 1)),
    "unknown document": _lines(_record("a"), {"doc_id": "zzz", "entities": []}),
    "second record of a document": _lines(GOOD_A, GOOD_A),
    "wrong hash": _lines({**GOOD_A, "doc_sha256": "0" * 64}),
    "bad hash pattern": _lines({**GOOD_A, "doc_sha256": "XYZ"}),
    "surface text differs": _lines(_record("a", {**_span("a", "Paris", "GPE"), "text": "Pariss"})),
    "span past the end": _lines(_record("a", {"start": 60, "end": 99, "label": "GPE"})),
    "empty span": _lines(_record("a", {"start": 3, "end": 3, "label": "GPE"})),
    "reversed span": _lines(_record("a", {"start": 5, "end": 3, "label": "GPE"})),
    "negative offset": _lines(_record("a", {"start": -1, "end": 3, "label": "GPE"})),
    "offset beyond int64": _lines(_record("a", {"start": 0, "end": 2**70, "label": "GPE"})),
    "float offset": _lines(_record("a", {"start": 0.0, "end": 3, "label": "GPE"})),
    "boolean offset": _lines(_record("a", {"start": True, "end": 3, "label": "GPE"})),
    "null text": _lines(_record("a", {"start": 0, "end": 5, "label": "GPE", "text": None})),
    "splits a combining mark": _lines(_record("b", {"start": 0, "end": 2, "label": "GPE"})),
    "unknown field": _lines({**GOOD_A, "confidence": 1}),
    "missing label": _lines(_record("a", {"start": 0, "end": 5})),
    "duplicate ids": _lines(_record("a", _span("a", "Alice Smith", "PERSON", id="T1"),
                                    _span("a", "Paris", "GPE", id="T1"))),
    "cluster id reused by an entity": _lines(_record("a", _span("a", "Paris", "GPE", id="C1"),
                                                     clusters=[{"id": "C1"}])),
    "unknown cluster": _lines(_record("a", _span("a", "Paris", "GPE", cluster="C9"))),
    "control character in the system name": _lines({**GOOD_A, "system": "x\x1b[31m"}),
    "bad label set": _lines({**GOOD_A, "label_set": "wikidata"}),
    "byte-order mark": "\ufeff" + _lines(GOOD_A),
    "malformed line": _lines(GOOD_A, "{not json"),
    "not an object": _lines(GOOD_A, "[1, 2]"),
    "NaN score": _lines(json.dumps(_record("a", _span("a", "Paris", "GPE", score=1.5))).replace("1.5", "NaN")),
    "lone surrogate": _lines(json.dumps({**GOOD_A, "system": "x"}).replace('"x"', '"\\ud800"')),
    "empty file": "",
    "only blank lines": "\n \n",
}


def _both(tmp_path: Path, name: str, content: str, corpus: Corpus, schema, suffix: str = ".jsonl"):
    path = tmp_path / f"preds{suffix}"
    path.write_bytes(content.encode("utf-8", "surrogatepass"))
    fast = fast_read.read_checked(path, corpus, schema)
    exact = validate_file(path, corpus, schema, gold=False)
    assert [str(p) for p in fast.problems] == [str(p) for p in exact.problems], name
    assert fast.omitted == exact.omitted
    assert list(fast.records) == exact.records, name
    assert [r.to_dict() for r in fast.records] == [r.to_dict() for r in exact.records], name
    assert [r.origin for r in fast.records] == [r.origin for r in exact.records], name
    return fast, exact


@pytest.mark.parametrize("name", sorted(CLEAN))
def test_a_clean_file_takes_the_fast_path_and_gives_the_validators_records(tmp_path, corpus, name):
    open_schema = schema_from_labels(["PERSON", "GPE", "DATE"], {}, load_schema())
    fast, exact = _both(tmp_path, name, CLEAN[name], corpus, open_schema)
    assert isinstance(fast.records, RecordColumns) and exact.ok


@pytest.mark.parametrize("name", sorted(BAD))
def test_a_bad_file_gets_the_validators_messages(tmp_path, corpus, name):
    fast, exact = _both(tmp_path, name, BAD[name], corpus, load_schema())
    assert not isinstance(fast.records, RecordColumns)
    assert exact.problems, name


def test_a_record_with_events_takes_the_exact_path(tmp_path, corpus):
    fast, exact = _both(tmp_path, "events", _lines({**GOOD_A, "events": []}, GOOD_B), corpus, load_schema())
    assert exact.ok and not isinstance(fast.records, RecordColumns)


def test_a_label_outside_a_closed_schema_and_the_cap_on_errors(tmp_path, corpus):
    many = _lines(*[_record("a", *[{"start": 0, "end": 5, "label": f"X{i}"} for i in range(60)])])
    fast, exact = _both(tmp_path, "labels", many, corpus, load_schema())
    assert exact.omitted == 10 and not isinstance(fast.records, RecordColumns)


def test_a_json_file_of_records_and_its_record_numbers(tmp_path, corpus):
    open_schema = schema_from_labels(["PERSON", "GPE"], {}, load_schema())
    fast, _ = _both(tmp_path, "json", json.dumps([GOOD_A, GOOD_B]), corpus, open_schema, ".json")
    assert isinstance(fast.records, RecordColumns) and [r.origin for r in fast.records][-1].endswith(".json:2")
    _both(tmp_path, "json one", json.dumps(GOOD_A), corpus, open_schema, ".json")
    _both(tmp_path, "json empty", "[]", corpus, open_schema, ".json")
    _both(tmp_path, "json dup", '{"doc_id": "a", "doc_id": "a"}', corpus, open_schema, ".json")


def test_more_items_than_the_limit_take_the_exact_path(tmp_path, corpus, monkeypatch):
    import newsgold.validate

    monkeypatch.setattr(newsgold.validate, "MAX_ITEMS", 1)
    fast, exact = _both(tmp_path, "limit", _lines(GOOD_A), corpus, load_schema())
    assert "expected at most 1 per list" in str(exact.problems[0])


# --------------------------------------------------------------------------- the typed structure check


def _schema_properties() -> dict:
    from newsgold import paths

    return json.loads(paths.record_schema_path().read_text(encoding="utf-8"))


def test_the_typed_records_mirror_the_json_schema():
    schema = _schema_properties()
    record = schema["properties"]
    entity = record["entities"]["items"]
    cluster = record["clusters"]["items"]
    for struct, spec, skip in ((TypedRecord, schema, {"events", "stances"}), (TypedEntity, entity, set()),
                               (TypedCluster, cluster, set())):
        fields = struct.__struct_fields__
        assert set(fields) == set(spec["properties"]) - skip, struct.__name__
        required = fields[:len(fields) - len(struct.__struct_defaults__)]
        assert set(required) == set(spec.get("required", ())), struct.__name__


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 2**64) | st.floats(allow_nan=False) | st.text(max_size=4),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3),
    max_leaves=6,
)
ENTITY_KEYS = ["start", "end", "label", "text", "id", "cluster", "note", "score", "identity", "attributes", "x"]
ENTITY = st.dictionaries(st.sampled_from(ENTITY_KEYS), JSON_VALUES | st.integers(0, 9) | st.just("E"), max_size=6)
RECORD = st.fixed_dictionaries(
    {"doc_id": st.just("a") | JSON_VALUES},
    optional={"entities": st.lists(ENTITY, max_size=3) | JSON_VALUES,
              "clusters": st.lists(st.dictionaries(st.sampled_from(["id", "name", "x"]), JSON_VALUES | st.just("C"),
                                                   max_size=2), max_size=2),
              "label_set": st.sampled_from(["ontonotes", "gum", "coref", "x"]), "system": JSON_VALUES,
              "doc_sha256": st.just("a" * 64) | JSON_VALUES, "text": JSON_VALUES},
)


@settings(max_examples=400, deadline=None)
@given(RECORD)
def test_what_the_typed_check_accepts_jsonschema_accepts(raw):
    if structurally_valid(raw):
        assert not list(_record_validator().iter_errors(raw))


def test_the_content_hash_is_the_same_from_a_dict_and_from_a_decoded_record():
    raw = _record("a", _span("a", "Paris", "GPE", score=1, attributes={"b": "1", "a": "2"}), system="s")
    decoded = msgspec.json.decode(json.dumps(raw).encode(), type=TypedRecord)
    texts = [("a", sha256_text(TEXTS["a"]))]
    assert content_digest([raw], texts) == content_digest([decoded], texts)
    assert content_digest([raw], texts) != content_digest([{**raw, "system": "t"}], texts)


def test_the_records_hash_of_a_decoded_file_is_that_of_its_records(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(_lines(GOOD_A, GOOD_B), encoding="utf-8")
    assert fast_read.decode_file(path, hash_records=True).records_hash == records_sha256([GOOD_A, GOOD_B])
    path.write_text(_lines(GOOD_B, GOOD_A), encoding="utf-8")
    assert fast_read.decode_file(path, hash_records=True).records_hash is None


# --------------------------------------------------------------------------- the score path end to end


def _write_workload(folder: Path, n_docs: int, seed: int) -> tuple[Path, Path]:
    """Documents of random words; gold with the text; predictions with typical errors."""
    rng = random.Random(seed)
    words = ["".join(rng.choice("abcdefgh") for _ in range(rng.randint(1, 7))) for _ in range(200)]
    labels = ["LOC", "ORG", "PER", "MISC"]
    gold, pred = [], []
    for d in range(n_docs):
        tokens = [rng.choice(words) for _ in range(rng.randint(5, 40))]
        text = " ".join(tokens)
        starts = np.cumsum([0] + [len(t) + 1 for t in tokens[:-1]]).tolist()
        spans, i = [], rng.randint(0, 2)
        while i < len(tokens):
            n = rng.randint(1, 3)
            if i + n <= len(tokens):
                spans.append((starts[i], starts[i + n - 1] + len(tokens[i + n - 1]), rng.choice(labels)))
            i += n + rng.randint(1, 4)
        ents = [{"start": s, "end": e, "text": text[s:e], "label": lab} for s, e, lab in spans]
        guess = []
        for s, e, lab in spans:
            r = rng.random()
            if r < 0.1:
                continue
            if r < 0.2:
                lab = rng.choice(labels)
            elif r < 0.3 and e - s > 1:
                e -= 1
            guess.append({"start": s, "end": e, "label": lab})
        sha = sha256_text(text)
        gold.append({"doc_id": f"d{d}", "doc_sha256": sha, "text": text, "entities": ents})
        pred.append({"doc_id": f"d{d}", "doc_sha256": sha, "system": "sys", "entities": guess})
    g, p = folder / "gold.jsonl", folder / "pred.jsonl"
    g.write_text(_lines(*gold), encoding="utf-8")
    p.write_text(_lines(*pred), encoding="utf-8")
    return g, p


EXACT_PATH = "import newsgold.fast_read as f; f.decode_file = lambda *a, **k: None; "


def _score(args: list, cwd: Path, exact: bool) -> subprocess.CompletedProcess:
    code = (EXACT_PATH if exact else "") + "from newsgold.cli import main; main()"
    return subprocess.run([sys.executable, "-c", code, "score", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, timeout=300)


def test_score_prints_and_writes_the_same_report_on_either_path(tmp_path):
    _write_workload(tmp_path, 60, seed=5)
    runs = {}
    for exact in (False, True):
        out = tmp_path / f"report-{exact}.json"
        runs[exact] = _score(["pred.jsonl", "--gold", "gold.jsonl", "--resamples", "50", "-o", out], tmp_path, exact)
        assert runs[exact].returncode == 0, runs[exact].stderr
    assert runs[False].stdout.replace("report-False", "report-True") == runs[True].stdout
    fast, exact = (json.loads((tmp_path / f"report-{e}.json").read_text()) for e in (False, True))
    assert fast == exact and fast["errors"] and fast["documents"]


@pytest.mark.parametrize("damage", ["label outside --labels", "offset", "duplicate key", "unknown document"])
def test_score_refuses_bad_predictions_with_the_same_message_on_either_path(tmp_path, damage):
    _, pred = _write_workload(tmp_path, 40, seed=7)
    lines = pred.read_text().splitlines()
    row = json.loads(lines[3])
    if damage == "label outside --labels":
        row["entities"][0]["label"] = "TOWN"
    elif damage == "offset":
        row["entities"][0]["end"] = 10**6
    elif damage == "unknown document":
        row["doc_id"] = "nowhere"
    lines[3] = json.dumps(row)
    if damage == "duplicate key":
        lines[3] = lines[3].replace('"system": "sys"', '"system": "sys", "system": "sys"')
    pred.write_text("\n".join(lines) + "\n")
    (tmp_path / "labels.json").write_text('["LOC", "ORG", "PER", "MISC"]')
    runs = [_score(["pred.jsonl", "--gold", "gold.jsonl", "--labels", "labels.json", "--resamples", "0"],
                   tmp_path, exact) for exact in (False, True)]
    assert runs[0].returncode == runs[1].returncode == 1
    assert runs[0].stderr == runs[1].stderr and "pred.jsonl:4" in runs[0].stderr
    assert "Traceback" not in runs[0].stderr


def test_the_library_scores_columns_as_it_scores_records(tmp_path):
    gold_path, pred_path = _write_workload(tmp_path, 50, seed=3)
    gs = load_goldset(gold_path)
    preds, aside, warnings = gs.read_predictions(pred_path)
    assert isinstance(gs.records, RecordColumns) and isinstance(preds, RecordColumns) and not aside
    options = dict(n_resamples=30, corpus=gs.corpus, schema=gs.schema, system="s")
    assert evaluate(gs.records, preds, **options).to_dict() == evaluate(list(gs.records), list(preds), **options).to_dict()


# --------------------------------------------------------------------------- pieces


def test_lazy_is_its_tuple_computed_once():
    calls = []
    lazy = Lazy(lambda: calls.append(1) or [3, 1, 2])
    assert repr(lazy) == "Lazy(<not computed>)"
    assert lazy == (3, 1, 2) and len(lazy) == 3 and lazy[1:] == (1, 2) and list(lazy) == [3, 1, 2]
    assert calls == [1] and pickle.loads(pickle.dumps(lazy)) == (3, 1, 2) and lazy + (4,) == (3, 1, 2, 4)


def _naive_views(score, texts):
    """document_views as it was first written: one scan of every mention per document."""
    from newsgold.reports.model import DocumentView, Span
    from newsgold.scoring.matching import OUTCOMES

    m = score.matching
    views = []
    for d, doc_id in enumerate(score.gold.docs):
        def spans(table, outcome):
            rows = np.flatnonzero(table.doc == d)
            return tuple(sorted((Span(int(table.start[i]), int(table.end[i]), table.labels[table.label[i]],
                                      OUTCOMES[outcome[i]]) for i in rows), key=lambda s: (s.start, s.end)))
        views.append(DocumentView(doc_id, texts.get(doc_id), spans(score.gold, m.gold_outcome),
                                  spans(score.pred, m.pred_outcome)))
    return tuple(views)


def _random_score(seed: int):
    rng = np.random.default_rng(seed)
    n_docs, labels = 7, ("A", "B", "C")

    def table(n):
        start = rng.integers(0, 30, n)
        return SpanTable.from_arrays(rng.integers(0, n_docs, n), start, start + rng.integers(1, 4, n),
                                     rng.integers(0, 3, n), [f"d{i}" for i in range(n_docs)], labels)

    return score_spans(table(40), table(45), mode="partial")


def test_document_views_are_those_of_the_per_document_scan():
    score = _random_score(1)
    texts = {"d1": "x" * 40}
    assert document_views(score, texts) == _naive_views(score, texts)


def test_the_confusion_matrix_is_sklearns():
    from sklearn.metrics import confusion_matrix

    score = _random_score(2)
    m, n = score.matching, len(score.gold.labels)
    g, p = m.pairs
    missed, spurious = np.flatnonzero(m.gold_match < 0), np.flatnonzero(m.pred_match < 0)
    y_true = np.concatenate([score.gold.label[g], score.gold.label[missed], np.full(len(spurious), n + 1)])
    y_pred = np.concatenate([score.pred.label[p], np.full(len(missed), n), score.pred.label[spurious]])
    expected = confusion_matrix(y_true, y_pred, labels=np.arange(n + 2))
    assert (score.confusion().matrix == expected).all()
    frame = score.confusion().to_frame()
    assert score.confusion().to_dict() == {"labels_gold": list(frame.index), "labels_pred": list(frame.columns),
                                           "matrix": frame.to_numpy().tolist()}
