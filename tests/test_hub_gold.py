"""The project's own gold (``load_gold()``) through the Hub export: every configuration loads
offline, its dev and test splits holding exactly the documents of the corpus splits, and converts
back to exactly the gold; the text-less export rehydrates from the seed article; the card's
statistics (overall, per split and source) are the ones ``newsgold corpus stats`` prints.

These tests need annotations/gold/ to hold the gold; they fail (with that message) until it does.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
import test_hub_common  # noqa: F401  (offline environment for datasets / huggingface_hub)

import datasets
from datasets import load_dataset
from huggingface_hub import DatasetCard
from newsgold import paths
from newsgold.corpus import load_corpus
from newsgold.hub import (
    CONFIGS,
    SPLITS,
    documents_from_dataset,
    export_hf,
    load_export_records,
    ner_entities,
    records_from_datasets,
    rehydrate_export,
)
from newsgold.hub.card import parse_stats_block
from newsgold.hub.card_splits import parse_parts_block
from newsgold.stats import corpus_stats
from newsgold.validate import gold_files, load_gold

datasets.disable_progress_bars()


@pytest.fixture(scope="module")
def project():
    assert gold_files(), f"no gold yet: {paths.gold_dir()} holds no .json/.jsonl files"
    corpus = load_corpus()
    return corpus, load_gold(corpus=corpus)


@pytest.fixture(scope="module")
def exports(project, tmp_path_factory):
    corpus, gold = project
    root = tmp_path_factory.mktemp("gold-export")
    for mode in ("include", "omit"):
        export_hf(root / mode, corpus, gold, text=mode, date="2026-01-01")
    return {mode: root / mode for mode in ("include", "omit")}


def by_split(corpus, items):
    """Records or documents in the order an export reads them back: dev, then test, each in input order."""
    return [item for split in SPLITS for item in items if corpus.split_of(item.doc_id) == split]


def test_gold_round_trips_exactly_through_every_configuration(project, exports, tmp_path):
    corpus, gold = project
    cache = str(tmp_path / "cache")
    loaded = {c: load_dataset(str(exports["include"]), c, cache_dir=cache) for c in CONFIGS}  # every split
    assert all(list(loaded[c]) == ["dev", "test"] for c in CONFIGS)
    assert records_from_datasets({c: loaded[c] for c in ("entities", "events", "stance")}) == by_split(corpus, gold)
    assert documents_from_dataset(loaded["documents"]) == by_split(
        corpus, [d for d in corpus if d.doc_id in {r.doc_id for r in gold}])
    expected = {}
    for record in gold:
        if record.entities is not None:
            expected.setdefault((record.doc_id, record.annotator), []).extend(
                (e.start, e.end, e.label) for e in record.entities
            )
    assert ner_entities(loaded["ner"]) == {key: sorted(spans) for key, spans in expected.items()}


def test_each_split_of_the_export_holds_exactly_the_documents_of_that_corpus_split(project, exports, tmp_path):
    corpus, gold = project
    cache = str(tmp_path / "cache")
    with_gold = {r.doc_id for r in gold}
    for split in SPLITS:
        mine = {doc.doc_id for doc in corpus.select(split)} & with_gold
        assert mine, split
        for config in CONFIGS:
            rows = load_dataset(str(exports["omit"]), config, split=split, cache_dir=cache)
            assert set(rows["doc_id"]) == mine, (split, config)
        layers = {c: load_dataset(str(exports["include"]), c, split=split, cache_dir=cache)
                  for c in ("entities", "events", "stance")}
        assert records_from_datasets(layers) == [r for r in gold if r.doc_id in mine]
    assert corpus.split_of("000_2d0b2fe5cfeb493e") == "dev"  # the seed article, whose text is omitted


def test_gold_without_text_rehydrates_from_the_seed_articles(project, exports, tmp_path):
    corpus, gold = project
    omitted = load_export_records(exports["omit"])
    for record in omitted:
        shipped = corpus[record.doc_id].metadata.get("licence") is not None  # CC BY Wikinews texts ship
        assert all((e.text is not None) == shipped for e in record.entities or ()), record.doc_id
    assert any(e.text is None for r in omitted for e in r.entities or ())
    rehydrated = rehydrate_export(exports["omit"], tmp_path / "rehydrated", paths.seeds_dir())
    assert load_export_records(rehydrated.out_dir) == by_split(corpus, gold)


def _cli_stats(split: str = "all"):
    """Parse what ``newsgold corpus stats`` prints: header figures, (layer, category) -> count, layer
    totals and the rows of the table of documents per split and source."""
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1", "TERM": "dumb"}
    result = subprocess.run(
        [sys.executable, "-m", "newsgold.cli", "corpus", "stats", "--split", split], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    header = result.stdout.splitlines()[0]
    counts, totals, layer, parts = {}, {}, None, []
    for line in result.stdout.splitlines():
        cells = [c.strip() for c in line.replace("┃", "│").split("│")[1:-1]]
        if len(cells) == 6 and cells[2].isdigit():
            parts.append(dict(zip(("split", "source", "documents", "sentences", "characters", "with gold"),
                                  cells[:2] + [int(c) for c in cells[2:]])))
        if len(cells) != 3 or not cells[2].isdigit():
            continue
        if cells[0].endswith(" total"):
            totals[cells[0].removesuffix(" total")] = int(cells[2])
            continue
        layer = cells[0] or layer
        counts[(layer, cells[1])] = int(cells[2])
    return header, counts, totals, parts


def test_card_statistics_match_newsgold_corpus_stats(project, exports):
    corpus, gold = project
    card = DatasetCard.load(exports["omit"] / "README.md")
    shown = parse_stats_block(card.text)
    expected = corpus_stats(corpus, gold)
    assert shown["layers"] == {layer: dict(c) for layer, c in expected.layers.items() if c}
    header, counts, totals, parts = _cli_stats()
    exported = corpus_stats(corpus.restrict(r.doc_id for r in gold), gold)
    assert (shown["documents"], shown["paragraphs"], shown["sentences"], shown["characters"]) == (
        exported.documents, exported.paragraphs, exported.sentences, exported.characters)
    if exported.documents == len(corpus):
        assert (f"{shown['documents']} document(s), {shown['paragraphs']} paragraphs, "
                f"{shown['sentences']} sentences, {shown['characters']} characters") in header
    assert counts == {(layer, cat): n for layer, cats in shown["layers"].items() for cat, n in cats.items()}
    assert totals == shown["totals"]
    card_parts, card_totals = parse_parts_block(card.text)
    assert card_parts == exported.part_rows()
    if exported.documents == len(corpus):
        assert parts and card_parts == parts  # the table of documents per split and source, as the CLI prints it
    for split in SPLITS:  # the gold per split: the totals `newsgold corpus stats --split SPLIT` prints
        _, _, split_totals, _ = _cli_stats(split)
        assert {layer: card_totals[split][layer] for layer in split_totals} == split_totals, split
