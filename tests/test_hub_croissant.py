"""Croissant metadata: mlcroissant validates it with no errors or warnings, every parquet
column (span lists and nested arguments included) has a Field, and mlcroissant reads the
records back from the parquet files."""

from __future__ import annotations

import json

import mlcroissant as mlc
import pytest
from test_hub_common import SCHEMA, edge_records, full_record, two_document_corpus

from datasets import Features, List, Value
from newsgold.hub import CONFIGS, HubError, HubLabels, all_features, export_hf, read_export
from newsgold.hub.croissant import CONTEXT, croissant_jsonld, record_set, validate_croissant

DATE = "2026-01-01"
pytestmark = [  # mlcroissant's own dependencies warn about their deprecations
    pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated"),
    pytest.mark.filterwarnings("ignore:The inplace keyword"),
]


@pytest.fixture(scope="module")
def export(tmp_path_factory):
    out = tmp_path_factory.mktemp("croissant") / "export"
    export_hf(out, two_document_corpus(), [full_record(), *edge_records()], SCHEMA, text="include",
              agreement=None, date=DATE)
    return out


@pytest.fixture(scope="module")
def jsonld(export):
    return json.loads((export / "croissant.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def dataset(export):
    return mlc.Dataset(jsonld=export / "croissant.json")


def test_mlcroissant_validates_with_no_errors_and_no_warnings(dataset, export):
    issues = dataset.metadata.issues
    assert not issues.errors and not issues.warnings, issues.report()
    assert validate_croissant(export / "croissant.json") == []
    assert dataset.metadata.ctx.is_v1_1()
    meta = dataset.metadata  # the Responsible-AI properties are read, not ignored
    assert meta.data_biases and meta.data_limitations and meta.data_collection
    assert "PERSON mention(s)" in meta.personal_sensitive_information[0]


def test_the_context_is_the_standard_croissant_1_1_context():
    from mlcroissant._src.core.context import Context, CroissantVersion
    from mlcroissant._src.core.rdf import make_context

    assert CONTEXT == make_context(Context(conforms_to=CroissantVersion.V_1_1))


def _leaf_paths(feature, prefix):
    if isinstance(feature, List):
        return _leaf_paths(feature.feature, prefix)
    if isinstance(feature, dict):
        return {p for name, sub in feature.items() for p in _leaf_paths(sub, f"{prefix}/{name}")}
    return {prefix}


def _field_paths(field):
    if "subField" in field:
        return {p for sub in field["subField"] for p in _field_paths(sub)}
    return {field["@id"]}


def test_every_column_and_nested_span_field_is_described_and_none_skipped(jsonld):
    features = all_features(HubLabels.from_schema(SCHEMA))
    record_sets = {rs["@id"]: rs for rs in jsonld["recordSet"]}
    assert sorted(record_sets) == sorted([*CONFIGS, "splits"])
    assert {fs["includes"] for fs in jsonld["distribution"]} == {f"{c}/*.parquet" for c in CONFIGS}
    for config in CONFIGS:
        rs = record_sets[config]
        assert "skipped" not in rs["description"]
        described = {p for field in rs["field"] for p in _field_paths(field)} - {f"{config}/split"}
        expected = {p for column, f in features[config].items() for p in _leaf_paths(f, f"{config}/{column}")}
        assert described == expected, config
    events = {f["@id"]: f for f in record_sets["events"]["field"]}["events/events"]
    arguments = {f["@id"]: f for f in events["subField"]}["events/events/arguments"]
    assert events["isArray"] and arguments["isArray"]
    head = {f["@id"]: f for f in arguments["subField"]}["events/events/arguments/head"]
    start = {f["@id"]: f for f in head["subField"]}["events/events/arguments/head/start"]
    assert start["source"]["transform"] == [{"jsonPath": "arguments"}, {"jsonPath": "head"}, {"jsonPath": "start"}]
    assert start["dataType"] == "sc:Integer"


def test_an_undescribable_column_is_an_error_not_a_silent_skip():
    features = Features({"doc_id": Value("string"), "when": List(Value("timestamp[s]"))})
    rs, skipped = record_set("documents", features)
    assert skipped == ["documents/when"] and "1 skipped column(s)" in rs["description"]
    manifest = read_manifest_like()
    with pytest.raises(HubError, match="Croissant cannot describe the column\\(s\\) documents/when"):
        croissant_jsonld(manifest, {**all_features(HubLabels.from_schema(SCHEMA)), "documents": features})


def read_manifest_like():
    """A minimal manifest for calling the generator directly."""
    return {
        "card": {}, "repo_id": None, "text": "omit", "newsgold_version": "0.1.0", "date": DATE,
        "corpus": {"version": "x", "documents": []}, "splits": ["test"],
        "configs": {config: {"splits": {"test": {}}} for config in CONFIGS},
        "stats": {"documents": 0, "layers": {"entities": {}, "events": {}, "stances": {}}},
    }


def test_mlcroissant_reads_the_records_back_from_parquet(dataset, export):
    tables = read_export(export)
    docs = list(dataset.records("documents"))
    assert [d["documents/text"].decode() for d in docs] == [row["text"] for row in tables.rows["documents"]]
    entities = list(dataset.records("entities"))
    assert len(entities) == len(tables.rows["entities"])
    for got, row in zip(entities, tables.rows["entities"]):
        if row["entities"] is None:  # mlcroissant renders a null list as one all-null item
            assert [set(e.values()) for e in got["entities/entities"]] == [{None}]
            continue
        assert [(e["entities/entities/start"], e["entities/entities/label"]) for e in got["entities/entities"]] == [
            (e["start"], e["label"]) for e in row["entities"]
        ]
    ner = list(dataset.records("ner"))
    assert len(ner) == len(tables.rows["ner"])
    assert [list(r["ner/ner_tags"]) for r in ner] == [row["ner_tags"] for row in tables.rows["ner"]]
    assert {r["ner/split"] for r in ner} == {b"dev", b"test"}


def test_splits_are_an_enumeration_every_record_set_references_and_each_holds_its_documents(jsonld, export):
    splits = {rs["@id"]: rs for rs in jsonld["recordSet"]}["splits"]
    assert splits["dataType"] == "cr:Split"
    assert [(row["splits/name"], row["splits/url"], row["splits/documents"]) for row in splits["data"]] == [
        ("dev", "cr:ValidationSplit", 1), ("test", "cr:TestSplit", 1)]
    for rs in jsonld["recordSet"]:
        if rs["@id"] != "splits":
            split = {f["@id"]: f for f in rs["field"]}[f"{rs['@id']}/split"]
            assert split["references"] == {"field": {"@id": "splits/name"}}
            assert split["source"]["transform"] == {"regex": "^(dev|test)(?:-[0-9]+-of-[0-9]+\\.parquet)?$"}
    # mlcroissant reads each row's split from its file: the seed document is dev, the synthetic one test.
    # (A fresh reader: mlcroissant 1.1.1 yields a record set's records only once per Dataset.)
    dataset = mlc.Dataset(jsonld=export / "croissant.json")
    by_split = {}
    for row in dataset.records("documents"):
        by_split.setdefault(row["documents/split"].decode(), []).append(row["documents/doc_id"].decode())
    assert by_split == {"dev": ["000_2d0b2fe5cfeb493e"], "test": ["zz_synthetic"]}
    ner = [(r["ner/split"].decode(), r["ner/doc_id"].decode()) for r in dataset.records("ner")]
    assert {doc for split, doc in ner if split == "dev"} == {"000_2d0b2fe5cfeb493e"}
    assert {doc for split, doc in ner if split == "test"} == {"zz_synthetic"}
