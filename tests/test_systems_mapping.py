"""Label mappings: system labels onto the schema, the scored view, the signature."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from helpers import seed_gold

from newsgold import load_corpus, load_gold
from newsgold.reports import evaluate
from newsgold.systems import MappingError, available_mappings, load_mapping

CORPUS = load_corpus()
GOLD = seed_gold()
CONLL_OF = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "NORP": "MISC",
            "EVENT": "MISC", "PRODUCT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC", "LANGUAGE": "MISC"}


def as_conll_system(records):
    """A perfect CoNLL tagger: the gold entities it can see, in CoNLL labels, mapped back to the schema."""
    mapping = load_mapping("conll2003")
    out = []
    for r in records:
        ents = tuple(replace(e, label=mapping.map_label(CONLL_OF[e.label]), cluster=None)
                     for e in r.entities if e.label in CONLL_OF)
        out.append(replace(r, entities=ents, events=None, stances=None, clusters=None, annotator=None, system="conll"))
    return out


def test_the_packaged_mappings():
    assert {"conll2003", "ontonotes-coarse"} <= set(available_mappings())


def test_conll_labels_map_onto_the_schema():
    m = load_mapping("conll2003")
    assert [m.map_label(x) for x in ("PER", "ORG", "LOC", "MISC")] == ["PERSON", "ORG", "GPE", "NORP"]


def test_an_unknown_label_is_refused_with_a_clear_message():
    with pytest.raises(MappingError) as info:
        load_mapping("conll2003").map_label("B-XYZ", "model m")
    message = str(info.value)
    assert "label 'B-XYZ' of model m is not in the label mapping 'conll2003'" in message
    assert "it maps LOC, MISC, ORG, PER" in message


def test_the_coarse_view_merges_locations_and_drops_unscored_types():
    m = load_mapping("conll2003")
    (viewed,) = m.view_records(GOLD)
    labels = {e.label for e in viewed.entities}
    assert labels == {"PERSON", "ORG", "LOCATION", "MISC"}
    locations = sum(e.label in ("GPE", "LOC", "FAC") for e in GOLD[0].entities)
    assert sum(e.label == "LOCATION" for e in viewed.entities) == locations
    assert not any(e.label == "DATE" for e in viewed.entities)


def test_a_perfect_conll_system_scores_1_in_its_view_and_is_penalised_without_it():
    m = load_mapping("conll2003")
    pred = as_conll_system(GOLD)
    fair = evaluate(m.view_records(GOLD), m.view_records(pred), system="conll", mapping=m.signature_name,
                    n_resamples=0, corpus=CORPUS)
    unfair = evaluate(GOLD, pred, system="conll", n_resamples=0, corpus=CORPUS)
    assert fair.section("entities", "strict").micro.f1 == 1.0
    charged = unfair.section("entities", "strict").micro
    assert charged.recall < 0.75 and charged.f1 < 0.9  # charged for DATE, CARDINAL, ..., and LOC as GPE


def test_the_mapping_name_and_hash_are_in_the_signature():
    m = load_mapping("ontonotes-coarse")
    assert m.signature_name.startswith("ontonotes-coarse@") and len(m.signature_name.split("@")[1]) == 8
    report = evaluate(m.view_records(GOLD), m.view_records(GOLD), system="g", mapping=m.signature_name,
                      n_resamples=0, corpus=CORPUS)
    signature = report.signatures["entities"]
    assert f"|map:{m.signature_name}|" in str(signature)
    plain = evaluate(GOLD, GOLD, system="g", n_resamples=0, corpus=CORPUS).signatures["entities"]
    assert any(d.startswith("mapping:") for d in signature.differences(plain))


def test_a_changed_mapping_file_changes_its_hash(tmp_path):
    first = tmp_path / "a.json"
    first.write_text(json.dumps({"name": "mine", "labels": {"PER": "PERSON"}, "view": {"PERSON": "PERSON"}}))
    second = tmp_path / "b.json"
    second.write_text(json.dumps({"name": "mine", "labels": {"PER": "PERSON", "ORG": "ORG"},
                                  "view": {"PERSON": "PERSON"}}))
    assert load_mapping(str(first)).signature_name != load_mapping(str(second)).signature_name


def test_a_mapping_onto_labels_outside_the_schema_is_refused(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"name": "bad", "labels": {"PER": "HUMAN"}, "view": {"TOWN": "LOCATION"}}))
    with pytest.raises(MappingError, match="names HUMAN, TOWN, which are not entity types of the schema"):
        load_mapping(str(path))


def test_an_unknown_mapping_lists_the_known_ones():
    with pytest.raises(MappingError, match="unknown label mapping 'wnut'; expected one of conll2003, ontonotes-coarse"):
        load_mapping("wnut")


def test_a_malformed_mapping_file_is_refused(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text(json.dumps({"labels": {}}))
    with pytest.raises(MappingError, match="not a label mapping"):
        load_mapping(str(path))
