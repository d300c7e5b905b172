"""The dataset card: YAML metadata parses with huggingface_hub, one default configuration,
dataset_info matching the features, the template's sections filled, statistics equal to
``corpus_stats``, agreement figures read from a file when it exists."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_hub_common import SCHEMA, edge_records, full_record, two_document_corpus

from datasets import Features
from huggingface_hub import DatasetCard
from newsgold.hub import CONFIGS, HubError, HubLabels, all_features, export_hf, load_agreement
from newsgold.hub.card import parse_stats_block
from newsgold.hub.card_splits import parse_parts_block
from newsgold.stats import corpus_stats

DATE = "2026-01-01"

AGREEMENT = {
    "annotators": ["annotator-a", "annotator-b"],
    "documents": ["000_2d0b2fe5cfeb493e"],
    "method": "Annotator B scored against annotator A with the strict mode.",
    "scores": [
        {"layer": "entities", "measure": "strict F1", "value": 0.875},
        {"layer": "events", "measure": "trigger classification F1", "value": 0.6, "note": "few events"},
    ],
    "details": "annotations/README.md",
}


@pytest.fixture(scope="module")
def corpus():
    return two_document_corpus()


@pytest.fixture(scope="module")
def records():
    return [full_record(), *edge_records()]


@pytest.fixture(scope="module")
def export(tmp_path_factory, corpus, records):
    out = tmp_path_factory.mktemp("card") / "export"
    export_hf(out, corpus, records, SCHEMA, agreement=None, date=DATE, repo_id="newsgold/newsgold")
    return out


@pytest.fixture(scope="module")
def card(export):
    return DatasetCard.load(export / "README.md")


def test_yaml_parses_and_declares_every_configuration_with_exactly_one_default(card):
    configs = card.data.configs
    assert [c["config_name"] for c in configs] == list(CONFIGS)
    assert [c["config_name"] for c in configs if c.get("default")] == ["documents"]
    for c in configs:
        assert c["data_files"] == [{"split": "dev", "path": f"{c['config_name']}/dev-*"},
                                   {"split": "test", "path": f"{c['config_name']}/test-*"}]


def test_yaml_carries_the_hub_metadata_fields(card):
    data = card.data.to_dict()
    assert data["language"] == ["en"]
    assert data["license"] == "cc-by-4.0" and "license_name" not in data
    assert data["annotations_creators"] == ["machine-generated"]
    assert data["size_categories"] == ["n<1K"]
    assert data["pretty_name"] == "newsgold"
    assert "token-classification" in data["task_categories"]
    assert "named-entity-recognition" in data["task_ids"]


def test_dataset_info_matches_the_parquet_features_and_row_counts(card, export):
    infos = {info["config_name"]: info for info in card.data.to_dict()["dataset_info"]}
    assert sorted(infos) == sorted(CONFIGS)
    features = all_features(HubLabels.from_schema(SCHEMA))
    manifest = json.loads((export / "newsgold_export.json").read_text())
    for config in CONFIGS:
        assert Features._from_yaml_list(infos[config]["features"]) == features[config], config
        splits = {split["name"]: split["num_examples"] for split in infos[config]["splits"]}
        assert splits == {name: shard["rows"] for name, shard in manifest["configs"][config]["splits"].items()}
        assert list(splits) == ["dev", "test"] and sum(splits.values()) == manifest["configs"][config]["rows"]
        assert infos[config]["download_size"] == sum(
            (export / f"{config}/{name}-00000-of-00001.parquet").stat().st_size for name in splits)
    assert {name: {s["name"]: s["num_examples"] for s in infos[name]["splits"]} for name in ("documents", "entities")} == {
        "documents": {"dev": 1, "test": 1}, "entities": {"dev": 1, "test": 2}}


def test_body_fills_the_sections_of_the_hub_template(card):
    text = card.text
    for heading in (
        "## Dataset Details", "### Dataset Description", "### Dataset Sources", "## Uses", "### Direct Use",
        "### Out-of-Scope Use", "## Dataset Structure", "## Dataset Creation", "### Curation Rationale",
        "### Source Data", "### Annotations", "#### Personal and Sensitive Information",
        "## Bias, Risks, and Limitations", "### Recommendations", "## Citation", "## Glossary",
        "## More Information", "## Dataset Card Authors", "## Dataset Card Contact",
    ):
        assert f"\n{heading}\n" in text, heading
    assert "TODO" not in text and "[More Information Needed]" not in text
    assert 'load_dataset("newsgold/newsgold", "ner", split="test")' in text
    assert "A corpus of 2 article(s) today" in text
    assert "the gold marks 2 PERSON mention(s)" in text  # Hesamuddin Shams, Ana Ruiz
    assert "Splits: `dev`, `test`. This is an evaluation corpus" in text


def test_the_card_says_which_documents_are_in_which_split_and_why(card):
    text = card.text
    assert "| `dev` | 1 | development: " in text and "| `000_2d0b2fe5cfeb493e` |" in text
    assert "| `test` | 1 | held out: " in text and "| `zz_synthetic` |" in text
    assert "Every article and the reason it is where it is: `docs/splits.md`." in text
    assert "- **Size:** 2 document(s) (dev 1, test 1)" in text
    assert "| configuration | one row is | dev rows | test rows |" in text
    assert "| `entities` | one annotation record: " in text and text.split("| `entities` |", 1)[1].split("\n", 1)[0].endswith(
        "| 1 | 2 |")


def test_statistics_per_split_and_source_are_corpus_stats_part_rows(card, corpus, records):
    parts, totals = parse_parts_block(card.text)
    assert parts == corpus_stats(corpus, records).part_rows()
    assert [(p["split"], p["source"], p["documents"]) for p in parts] == [
        ("dev", "TRT World and agencies", 1), ("test", "Test Gazette", 1)]
    # dev: the full record (5 entities, 2 events with 2 arguments, 3 stances, 2 clusters);
    # test: the edge records (3 entities, events not annotated or empty, no stances, no clusters).
    assert totals == {
        "dev": {"entities": 5, "events": 2, "event arguments": 2, "stances": 3, "entity clusters": 2},
        "test": {"entities": 3, "events": 0, "event arguments": 0, "stances": 0, "entity clusters": 0},
    }


def test_statistics_in_the_card_are_corpus_stats(card, corpus, records):
    expected = corpus_stats(corpus, records)
    shown = parse_stats_block(card.text)
    assert (shown["documents"], shown["paragraphs"], shown["sentences"], shown["characters"]) == (
        expected.documents, expected.paragraphs, expected.sentences, expected.characters,
    )
    assert shown["layers"] == {
        layer: dict(counts) for layer, counts in expected.layers.items() if counts
    }
    assert shown["totals"]["entities"] == 8 == sum(expected.layers["entities"].values())
    assert shown["layers"]["event arguments"] == {"participant": 1, "place": 1}


def test_the_card_states_the_text_default_and_why_and_warns_when_text_is_included(card, corpus, records, tmp_path):
    assert "The export's default is `--text omit`" in card.text
    assert "no right to redistribute" in card.text
    assert "This copy omits the article text" in card.text
    out = tmp_path / "with-text"
    export_hf(out, corpus, records, SCHEMA, text="include", agreement=None, date=DATE)
    included = DatasetCard.load(out / "README.md").text
    assert "This copy includes the article text" in included and "do not redistribute it" in included


def test_agreement_is_not_yet_measured_without_a_file_and_reported_from_it(card, corpus, records, tmp_path):
    assert "Inter-annotator agreement: **not yet measured**" in card.text
    path = tmp_path / "agreement.json"
    path.write_text(json.dumps(AGREEMENT))
    out = tmp_path / "export"
    export_hf(out, corpus, records, SCHEMA, agreement=path, date=DATE)
    text = DatasetCard.load(out / "README.md").text
    assert "not yet measured" not in text
    assert "Measured between annotator-a, annotator-b on 1 document(s)." in text
    assert "| entities | strict F1 | 0.875 |  |" in text
    assert "| events | trigger classification F1 | 0.600 | few events |" in text


def test_a_malformed_agreement_file_is_a_clear_error(tmp_path):
    assert load_agreement(tmp_path / "absent.json") is None
    path = tmp_path / "agreement.json"
    path.write_text(json.dumps({**AGREEMENT, "annotators": ["solo"], "scores": [{"layer": "entities", "value": "high"}]}))
    with pytest.raises(HubError, match="'annotators' must list at least two annotators; scores\\[0\\] needs layer, measure and value"):
        load_agreement(path)


# --- rights, provenance and citation (issue 15) ---------------------------------------------

ROOT = Path(__file__).resolve().parents[1]


def _texts(folder: Path) -> str:
    return "".join((folder / name).read_text(encoding="utf-8") for name in ("README.md", "croissant.json", "LICENSE.md"))


def test_the_annotations_carry_a_real_licence_in_the_license_file_card_and_croissant(export):
    licence = (export / "LICENSE.md").read_text(encoding="utf-8")
    assert "CC BY 4.0" in licence and "https://creativecommons.org/licenses/by/4.0/" in licence
    assert "terms are those stated" not in licence
    jsonld = json.loads((export / "croissant.json").read_text(encoding="utf-8"))
    assert jsonld["license"][0] == "https://creativecommons.org/licenses/by/4.0/"
    assert all(url.startswith("https://") for url in jsonld["license"])
    readme = (export / "README.md").read_text(encoding="utf-8")
    assert "the annotations are CC BY 4.0" in readme
    repo_licence = (ROOT / "LICENSE.md").read_text(encoding="utf-8")
    assert "CC BY 4.0" in repo_licence and "annotations" in repo_licence


def test_an_export_with_unlicensed_text_is_not_labelled_cc_by(corpus, records, tmp_path):
    export_hf(tmp_path / "inc", corpus, records, SCHEMA, text="include", agreement=None, date=DATE)
    data = DatasetCard.load(tmp_path / "inc" / "README.md").data.to_dict()
    assert data["license"] == "other" and data["license_link"] == "LICENSE.md" and data["license_name"]


def test_no_placeholder_repository_url_anywhere(export, corpus, records, tmp_path):
    assert "github.com/newsgold/newsgold" not in _texts(export)
    export_hf(tmp_path / "bare", corpus, records, SCHEMA, agreement=None, date=DATE)
    text = _texts(tmp_path / "bare")
    assert "github.com/newsgold" not in text and "None" not in DatasetCard.load(tmp_path / "bare" / "README.md").text


def test_the_citation_has_authors_and_a_year_and_croissant_dates_the_release_not_the_export(export, card):
    from newsgold.hub.card import CardOptions

    options = CardOptions()
    bibtex = card.text.split("```bibtex", 1)[1].split("```", 1)[0]
    assert f"author = {{{{{options.authors[0]}}}}}" in bibtex and f"year = {{{options.release_date[:4]}}}" in bibtex
    jsonld = json.loads((export / "croissant.json").read_text(encoding="utf-8"))
    assert jsonld["datePublished"] == options.release_date != DATE
    assert options.authors[0] in jsonld["citeAs"] and options.release_date[:4] in jsonld["citeAs"]


def test_the_card_says_the_annotators_are_language_models(card):
    assert "Language-model annotators" in card.text and "machine-generated" in card.text


def test_docs_do_not_claim_the_default_export_equals_load_gold():
    hub = (ROOT / "docs" / "hub.md").read_text(encoding="utf-8")
    assert "== newsgold.load_gold(), exactly" not in hub
    assert "rehydrate" in hub.split("### Loading it back", 1)[1].split("##", 1)[0]
