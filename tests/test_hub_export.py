"""Hub export: every configuration loads offline with ``datasets.load_dataset``, one split per
corpus split holding exactly its documents, and converts back to exactly the records and documents
that went in; ``--text omit`` ships no text; rehydration restores it and refuses a copy with
another hash; writes are atomic."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from test_hub_common import (
    SCHEMA,
    edge_records,
    full_record,
    synthetic_document,
    two_document_corpus,
)

import datasets
from datasets import DatasetDict, concatenate_datasets, load_dataset
from huggingface_hub import DatasetCard
from newsgold.hub import (
    CONFIGS,
    SPLITS,
    HubError,
    HubLabels,
    documents_from_dataset,
    export_hf,
    load_export_records,
    ner_entities,
    records_from_datasets,
    rehydrate_export,
)
from newsgold.hub import export as export_module
from newsgold.hub.convert import record_rows, records_from_rows
from newsgold.hub.tokens import entities_from_bio, ner_rows
from newsgold.records import Entity, Record

datasets.disable_progress_bars()
DATE = "2026-01-01"
LAYER_CONFIGS = ("entities", "events", "stance")


@pytest.fixture(scope="module")
def corpus():
    return two_document_corpus()


@pytest.fixture(scope="module")
def records():
    return [full_record(), *edge_records()]


@pytest.fixture(scope="module")
def exports(tmp_path_factory, corpus, records):
    root = tmp_path_factory.mktemp("hub")
    out = {}
    for mode in ("include", "omit"):
        export_hf(root / mode, corpus, records, SCHEMA, text=mode, agreement=None, date=DATE)
        out[mode] = root / mode
    return out


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    return str(tmp_path_factory.mktemp("hf-cache"))


def load_splits(folder: Path, config: str, cache: str) -> DatasetDict:
    return load_dataset(str(folder), config, cache_dir=cache)


def load(folder: Path, config: str, cache: str):
    """Every split of a configuration, concatenated dev then test."""
    loaded = load_splits(folder, config, cache)
    return concatenate_datasets([loaded[split] for split in SPLITS if split in loaded])


def own_texts(tmp_path: Path, corpus) -> Path:
    folder = tmp_path / "my-copy"
    folder.mkdir()
    for doc in corpus:
        (folder / f"{doc.doc_id}.txt").write_bytes(doc.text.encode("utf-8"))
    return folder


def expected_ner(records):
    out = {}
    for record in records:
        if record.entities is not None:
            out.setdefault((record.doc_id, record.annotator), []).extend(
                (e.start, e.end, e.label) for e in record.entities
            )
    return {key: sorted(spans) for key, spans in out.items()}


# --------------------------------------------------------------------------- round trip


def test_every_configuration_loads_offline_and_converts_back_exactly(exports, corpus, records, cache):
    loaded = {config: load_splits(exports["include"], config, cache) for config in CONFIGS}
    # The seed document (one record) is dev, the synthetic one (two records) test.
    assert {config: {split: ds.num_rows for split, ds in dd.items()} for config, dd in loaded.items()} == {
        "documents": {"dev": 1, "test": 1},
        "entities": {"dev": 1, "test": 2},
        "events": {"dev": 1, "test": 2},
        "stance": {"dev": 1, "test": 2},
        "ner": {"dev": len(corpus["000_2d0b2fe5cfeb493e"].sentences), "test": len(synthetic_document().sentences)},
    }
    assert records_from_datasets({c: loaded[c] for c in LAYER_CONFIGS}) == records
    assert documents_from_dataset(loaded["documents"]) == list(corpus)
    assert ner_entities(loaded["ner"]) == expected_ner(records)


def test_each_split_holds_exactly_its_documents(exports, corpus, records, cache):
    for split in SPLITS:
        mine = {doc.doc_id for doc in corpus if corpus.split_of(doc.doc_id) == split}
        for config in CONFIGS:
            rows = load_dataset(str(exports["include"]), config, split=split, cache_dir=cache)
            assert set(rows["doc_id"]) == mine, (split, config)
        layers = {c: load_dataset(str(exports["include"]), c, split=split, cache_dir=cache) for c in LAYER_CONFIGS}
        assert records_from_datasets(layers) == [r for r in records if r.doc_id in mine]


def test_rows_are_written_per_split_in_input_order_and_read_back_dev_then_test(corpus, tmp_path):
    edge, bare = edge_records()
    interleaved = [edge, full_record(), bare]  # test, dev, test
    export_hf(tmp_path / "out", corpus, interleaved, SCHEMA, text="include", agreement=None, date=DATE)
    assert load_export_records(tmp_path / "out") == [interleaved[1], edge, bare]
    manifest = json.loads((tmp_path / "out" / "newsgold_export.json").read_text())
    assert manifest["splits"] == ["dev", "test"]
    assert [(d["doc_id"], d["split"]) for d in manifest["corpus"]["documents"]] == [
        ("000_2d0b2fe5cfeb493e", "dev"), ("zz_synthetic", "test")]
    assert {s: shard["rows"] for s, shard in manifest["configs"]["entities"]["splits"].items()} == {"dev": 1, "test": 2}


def test_an_export_of_one_split_writes_only_that_split(corpus, records, tmp_path, cache):
    result = export_hf(tmp_path / "dev", corpus.select("dev"), records[:1], SCHEMA, agreement=None, date=DATE)
    assert sorted(p.relative_to(result.out_dir).as_posix() for p in result.out_dir.rglob("*.parquet")) == [
        f"{config}/dev-00000-of-00001.parquet" for config in sorted(CONFIGS)]
    assert result.split_rows["entities"] == {"dev": 1}
    assert list(load_splits(result.out_dir, "entities", cache)) == ["dev"]
    card = DatasetCard.load(result.out_dir / "README.md")
    assert card.data.configs[0]["data_files"] == [{"split": "dev", "path": "documents/dev-*"}]


def test_a_corpus_without_splits_is_exported_as_test(records, tmp_path):
    result = export_hf(tmp_path / "out", two_document_corpus(splits={}), records, SCHEMA, text="include",
                       agreement=None, date=DATE)
    assert result.split_rows["documents"] == {"test": 2}
    assert load_export_records(result.out_dir) == records


def test_a_manifest_naming_an_unknown_split_or_another_file_is_refused(exports, tmp_path):
    import shutil

    for name, edit, says in (
        ("odd-split", lambda m: m.__setitem__("splits", ["dev", "../x"]),
         "splits: found ['dev', '../x']; expected split names from dev, test, each once, in that order"),
        ("odd-path", lambda m: m["configs"]["ner"]["splits"]["test"].__setitem__("path", "../ner.parquet"),
         "configs.ner.splits: found "),
        ("no-doc-split", lambda m: m["corpus"]["documents"][0].pop("split"),
         "corpus.documents: expected a list of objects with doc_id, sha256 and a split among dev, test"),
        ("format-1", lambda m: m.__setitem__("format_version", 1),
         ("format version 1 (one 'test' split, before the dev/test splits) is not version 2; export the corpus "
          "again with this newsgold")),
    ):
        folder = tmp_path / name
        shutil.copytree(exports["omit"], folder)
        manifest = json.loads((folder / "newsgold_export.json").read_text())
        edit(manifest)
        (folder / "newsgold_export.json").write_text(json.dumps(manifest))
        with pytest.raises(HubError, match=re.escape(says)):
            load_export_records(folder)


def test_round_trip_keeps_every_detail_of_the_format(exports, records, cache):
    back = records_from_datasets({c: load(exports["include"], c, cache) for c in LAYER_CONFIGS})
    # Record equality covers everything; spell out the easily-lost details too.
    assert [r.to_dict() for r in back] == [r.to_dict() for r in records]
    full, edge, bare = back
    assert full.events[0].plover == {"category": "RETREAT", "mode": "ceasefire"}
    assert full.events[1].plover == {"category": "AGREE"}  # no mode key appears
    assert full.events[1].arguments == () and full.events[1].acled is None
    assert full.stances[1].holder.is_author and full.stances[0].holder.entity == "T3"
    assert full.entities[1].score == 0.75 and full.clusters[1].name is None
    assert edge.events is None and edge.stances == () and edge.clusters == ()
    assert bare.doc_sha256 is None and bare.annotator is None and bare.entities is None and bare.events == ()


def test_labels_are_classlabels_in_schema_order(exports, cache):
    entities = load(exports["include"], "entities", cache)
    ner = load(exports["include"], "ner", cache)
    assert entities.features["entities"].feature["label"].names == list(SCHEMA.entity_types)
    tags = ner.features["ner_tags"].feature.names
    assert len(SCHEMA.entity_types) == 18 and len(tags) == 37
    assert tags[:5] == ["O", "B-PERSON", "I-PERSON", "B-NORP", "I-NORP"]
    assert tags[-2:] == ["B-CARDINAL", "I-CARDINAL"]
    raw = entities[0]["entities"][0]
    assert raw["label"] == SCHEMA.entity_types.index("ORG")  # stored as an id, not a string


def test_ner_rows_are_bio_per_sentence(exports, cache):
    ner = load(exports["include"], "ner", cache)
    names = ner.features["ner_tags"].feature.names
    row = next(r for r in ner if "Hesamuddin" in r["tokens"])
    tags = [names[t] for t in row["ner_tags"]]
    i = row["tokens"].index("Hesamuddin")
    assert row["tokens"][i : i + 2] == ["Hesamuddin", "Shams"]
    assert tags[i : i + 2] == ["B-PERSON", "I-PERSON"]
    j = row["tokens"].index("Qala")
    assert row["tokens"][j : j + 5] == ["Qala", "-", "e", "-", "Naw"]
    assert tags[j : j + 5] == ["B-GPE"] + ["I-GPE"] * 4
    assert all(not token.isspace() for r in ner for token in r["tokens"])


def test_ner_splits_a_token_at_an_entity_boundary_and_reports_what_bio_cannot_hold(corpus):
    doc = corpus["000_2d0b2fe5cfeb493e"]
    at = doc.text.index("10:00")
    ten = Entity(at, at + 2, "CARDINAL", "10")  # inside the spaCy token "10:00"
    overlapping = Entity(at, at + 5, "TIME", "10:00")  # overlaps the first one
    record = Record(doc.doc_id, entities=(ten, overlapping))
    labels = HubLabels.from_schema(SCHEMA)
    build = ner_rows({doc.doc_id: doc}, [record], labels)
    assert build.split_tokens == 1
    assert [(d, e.label) for d, e in build.unrepresentable] == [(doc.doc_id, "TIME")]
    spans = [s for row in build.rows for s in entities_from_bio(row, labels.ner_tags)]
    assert spans == [(at, at + 2, "CARDINAL")]


# --------------------------------------------------------------------------- text omitted


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for sub in value.values():
            yield from _strings(sub)
    elif isinstance(value, list):
        for sub in value:
            yield from _strings(sub)


def test_omit_ships_offsets_labels_and_hashes_but_no_text(exports, corpus, records, cache):
    folder = exports["omit"]
    documents = load(folder, "documents", cache)
    assert documents["doc_id"] == [doc.doc_id for doc in corpus]  # dev (the seed), then test
    assert documents["text"] == [None, None]
    assert documents["sha256"] == [doc.sha256 for doc in corpus]
    assert documents["characters"] == [len(doc.text) for doc in corpus]
    assert all(row["tokens"] is None for row in load(folder, "ner", cache))
    back = records_from_datasets({c: load(folder, c, cache) for c in LAYER_CONFIGS})
    assert [(e.start, e.end, e.label, e.text) for e in back[0].entities] == [
        (e.start, e.end, e.label, None) for e in records[0].entities
    ]
    # No string anywhere in the parquet data (metadata JSON included) is a piece of a text,
    # and no sentence appears in the card, the Croissant file, the license or the manifest.
    texts = [doc.text for doc in corpus]
    values = []
    for config in CONFIGS:
        for row in load(folder, config, cache):
            for value in _strings(row):
                values.extend(_strings(json.loads(value)) if value.startswith("{") else [value])
    leaks = {v for v in values if len(v) >= 12 and any(v in text for text in texts)}
    assert not leaks
    sentences = [doc.text[s:e] for doc in corpus for s, e in doc.sentences if e - s >= 20]
    for path in folder.glob("*.*"):
        content = path.read_text(encoding="utf-8")
        assert not [s for s in sentences if s in content], path.name
    headings = corpus["000_2d0b2fe5cfeb493e"].metadata["headings"]
    assert headings and not any(h in json.dumps(values) for h in headings)


def test_rehydrate_reproduces_the_include_export_byte_for_byte(exports, corpus, tmp_path):
    result = rehydrate_export(exports["omit"], tmp_path / "rehydrated", own_texts(tmp_path, corpus))
    assert result.text == "include"
    files = sorted(p.relative_to(exports["include"]) for p in exports["include"].rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(result.out_dir) for p in result.out_dir.rglob("*") if p.is_file())
    for rel in files:
        assert (result.out_dir / rel).read_bytes() == (exports["include"] / rel).read_bytes(), rel


def test_rehydrate_refuses_a_copy_whose_hash_differs(exports, corpus, tmp_path):
    folder = own_texts(tmp_path, corpus)
    doc = corpus["000_2d0b2fe5cfeb493e"]
    (folder / f"{doc.doc_id}.txt").write_bytes(doc.text.replace("\n", "\r\n").encode("utf-8"))
    with pytest.raises(HubError, match=r"sha256 [0-9a-f]{12}\.\.\. differs from document 000_2d0b2fe5cfeb493e's 14c73abb6f53"):
        rehydrate_export(exports["omit"], tmp_path / "out", folder)
    assert not (tmp_path / "out").exists()


def test_rehydrate_finds_a_renamed_copy_by_hash_and_says_which_document_is_missing(exports, corpus, tmp_path):
    folder = own_texts(tmp_path, corpus)
    (folder / "zz_synthetic.txt").rename(folder / "bridge-story.txt")
    result = rehydrate_export(exports["omit"], tmp_path / "out", folder)
    assert load_export_records(result.out_dir)[1].entities[1].text == "Ana Ruiz"
    (folder / "bridge-story.txt").unlink()
    with pytest.raises(HubError, match="no copy of document zz_synthetic"):
        rehydrate_export(exports["omit"], tmp_path / "out2", folder)
    with pytest.raises(HubError, match="holds 2 documents"):
        rehydrate_export(exports["omit"], tmp_path / "out3", folder / "000_2d0b2fe5cfeb493e.txt")
    with pytest.raises(HubError, match="already includes the text"):
        rehydrate_export(exports["include"], tmp_path / "out4", folder)


# --------------------------------------------------------------------------- writing


def test_a_failed_export_leaves_nothing_behind(corpus, records, tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(export_module, "croissant_jsonld", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        export_hf(tmp_path / "out", corpus, records, SCHEMA, agreement=None, date=DATE)
    assert list(tmp_path.iterdir()) == []


def test_export_refuses_to_clobber_and_replaces_only_an_export(corpus, records, tmp_path):
    out = tmp_path / "out"
    export_hf(out, corpus, records[:1], SCHEMA, agreement=None, date=DATE)
    with pytest.raises(HubError, match="already holds an export; choose a new folder or pass --overwrite"):
        export_hf(out, corpus, records, SCHEMA, agreement=None, date=DATE)
    export_hf(out, corpus, records, SCHEMA, text="include", agreement=None, date=DATE, overwrite=True)
    assert load_export_records(out) == records
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # no temporary folders left
    other = tmp_path / "notes"
    other.mkdir()
    (other / "keep.txt").write_text("mine")
    with pytest.raises(HubError, match="is not a newsgold export; refusing to replace it"):
        export_hf(other, corpus, records, SCHEMA, agreement=None, date=DATE, overwrite=True)
    assert (other / "keep.txt").read_text() == "mine"


def test_export_refuses_records_made_on_another_text_or_with_unknown_labels(corpus, tmp_path):
    stale = Record("000_2d0b2fe5cfeb493e", doc_sha256="0" * 64, entities=())
    with pytest.raises(HubError, match="14c73abb6f53... in the corpus but 000000000000... in the record"):
        export_hf(tmp_path / "a", corpus, [stale], SCHEMA, agreement=None)
    odd = Record("000_2d0b2fe5cfeb493e", entities=(Entity(0, 3, "TOWN", "The"),))
    with pytest.raises(HubError, match="entity type 'TOWN' is not in the label schema"):
        export_hf(tmp_path / "b", corpus, [odd], SCHEMA, agreement=None)
    assert not (tmp_path / "a").exists() and not (tmp_path / "b").exists()


def test_rows_and_records_are_inverse_without_any_files(records):
    labels = HubLabels.from_schema(SCHEMA)
    rows = {config: [] for config in LAYER_CONFIGS}
    for record in records:
        for config, row in record_rows(record, labels).items():
            rows[config].append(row)
    assert records_from_rows(rows, labels) == records
    rows["events"][0] = {**rows["events"][0], "doc_id": "elsewhere"}
    with pytest.raises(HubError, match="row 0 of events .* does not belong to the same record"):
        records_from_rows(rows, labels)


def system_prediction(gold: Record) -> Record:
    """A plausible system output: one entity dropped, one mislabelled, one boundary off."""
    first, second, third, *rest = gold.entities
    return Record(
        doc_id=gold.doc_id,
        doc_sha256=gold.doc_sha256,
        system="toy",
        entities=(
            Entity(first.start, first.end, "NORP"),
            Entity(second.start, second.end + 9, second.label),
            *(Entity(e.start, e.end, e.label) for e in rest),
        ),
    )


def test_scoring_against_the_round_tripped_gold_gives_identical_numbers(exports, corpus, records, cache):
    scoring = pytest.importorskip("newsgold.scoring")
    gold = records[:1]
    back = records_from_datasets({c: load(exports["include"], c, cache) for c in LAYER_CONFIGS})[:1]
    pred = [system_prediction(gold[0])]
    for mode in ("strict", "exact", "partial", "type"):
        original = scoring.score_entities(gold, pred, mode=mode, corpus=corpus)
        round_tripped = scoring.score_entities(back, pred, mode=mode, corpus=corpus)
        assert round_tripped.to_dict() == original.to_dict(), mode
        assert (round_tripped.counts.tp == original.counts.tp).all()
    assert 0 < original.micro.f1 < 1  # the toy system is neither perfect nor useless


def test_an_export_that_would_have_an_empty_configuration_is_refused(corpus, tmp_path):
    only_events = [Record("zz_synthetic", events=())]  # no entities anywhere: ner has no rows
    with pytest.raises(HubError, match="the ner configuration would be empty"):
        export_hf(tmp_path / "out", corpus, only_events, SCHEMA, agreement=None)
    assert list(tmp_path.iterdir()) == []
