"""Records through tokens: the spaCy profile against get_ner_prf, and the tag-based profiles
against tags built independently with spaCy's own ``char_span``, ``filter_spans`` and ``Doc.ents``."""

from __future__ import annotations

import warnings

import numpy as np
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from seqeval.metrics import classification_report
from seqeval.scheme import IOB2
from spacy.scorer import get_ner_prf
from spacy.training import Example
from spacy.util import filter_spans
from test_scoring_conlleval import lines_of, perl_conlleval

from newsgold.corpus import Corpus, Document, sha256_text
from newsgold.records import Entity, Record
from newsgold.scoring.compat.conlleval import conlleval_from_records
from newsgold.scoring.compat.seqeval import seqeval_from_records
from newsgold.scoring.compat.spacy_ner import spacy_ner_from_records
from newsgold.scoring.tokens import align, token_spans, tokenize

NLP = spacy.blank("en")
LABELS = ("GPE", "ORG", "PERSON")


# --- reference constructions with spaCy itself (also used by the seed test) ------------------

def reference_doc(text: str, entities) -> spacy.tokens.Doc:
    """A Doc whose ents are the entities, aligned with char_span(expand) and filter_spans."""
    doc = NLP.make_doc(text)
    spans = [doc.char_span(e.start, e.end, label=e.label, alignment_mode="expand") for e in entities]
    doc.set_ents(filter_spans([s for s in spans if s is not None and len(s) > 0]), default="outside")
    return doc


def reference_iob2(doc: spacy.tokens.Doc, sentences) -> list[list[str]]:
    """IOB2 tags per corpus sentence over non-space tokens; an entity is cut to the sentence of its first token."""
    starts = [s for s, _ in sentences]

    def sentence_of(token):
        k = int(np.searchsorted(starts, token.idx, "right")) - 1
        return k if k >= 0 and token.idx < sentences[k][1] and not token.is_space else None

    tags = {i: "O" for i in range(len(doc))}
    for ent in doc.ents:
        kept = [t for t in ent if sentence_of(t) is not None]
        kept = [t for t in kept if sentence_of(t) == sentence_of(kept[0])] if kept else []
        for j, t in enumerate(kept):
            tags[t.i] = f"{'B' if j == 0 else 'I'}-{ent.label_}"
    out = [[] for _ in sentences]
    for t in doc:
        k = sentence_of(t)
        if k is not None:
            out[k].append(tags[t.i])
    return out


def reference_tags(gold, pred, corpus):
    y_true, y_pred = [], []
    for g, p in zip(gold, pred):
        document = corpus[g.doc_id]
        y_true += reference_iob2(reference_doc(document.text, g.entities), document.sentences)
        y_pred += reference_iob2(reference_doc(document.text, p.entities), document.sentences)
    return y_true, y_pred


def reference_examples(gold, pred, corpus, predicted_docs=None):
    examples = []
    for i, (g, p) in enumerate(zip(gold, pred)):
        text = corpus[g.doc_id].text
        predicted = predicted_docs[i] if predicted_docs is not None else reference_doc(text, p.entities)
        examples.append(Example(predicted, reference_doc(text, g.entities)))
    return examples


# --- generated documents ----------------------------------------------------------------------

WORDS = ["Kabul", "the", "Taliban", "said", "U.S.", "forces", "in", "New", "York", "'s", "(AFP)", "on", "July", "8,"]


@st.composite
def corpus_and_records(draw):
    documents, gold, pred = {}, [], []
    for d in range(draw(st.integers(1, 3))):
        words = draw(st.lists(st.sampled_from(WORDS), min_size=2, max_size=18))
        gaps = [draw(st.sampled_from([" ", " ", " ", "  ", "\n"])) for _ in words[1:]]
        text = words[0] + "".join(g + w for g, w in zip(gaps, words[1:]))
        cuts = sorted(set(draw(st.lists(st.integers(1, len(words) - 1), max_size=2))))
        bounds, pos, sentences = [0], 0, []
        offsets = []
        for w, g in zip(words, ["", *gaps]):
            pos += len(g)
            offsets.append(pos)
            pos += len(w)
        starts = [0] + [offsets[c] for c in cuts]
        ends = [offsets[c] - 1 for c in cuts] + [len(text)]
        sentences = [(s, len(text[:e].rstrip())) for s, e in zip(starts, ends)]
        doc_id = f"doc{d}"
        documents[doc_id] = Document(doc_id, text, sha256_text(text), {}, (), tuple(sentences))

        def spans(flat):
            out, cursor = [], 0
            for _ in range(draw(st.integers(0, 6))):
                start = draw(st.integers(cursor if flat else 0, len(text) - 1)) if (not flat or cursor < len(text)) else None
                if start is None:
                    break
                end = draw(st.integers(start + 1, min(len(text), start + 25)))
                out.append(Entity(start, end, draw(st.sampled_from(LABELS))))
                cursor = end
                if flat and cursor >= len(text):
                    break
            return tuple(out)

        gold.append(Record(doc_id, entities=spans(flat=True)))
        pred.append(Record(doc_id, entities=spans(flat=False)))
    return Corpus(documents, "test"), gold, pred


@settings(max_examples=150, deadline=None)
@given(corpus_and_records())
def test_spacy_profile_equals_get_ner_prf(data):
    corpus, gold, pred = data
    assert spacy_ner_from_records(gold, pred, corpus) == get_ner_prf(reference_examples(gold, pred, corpus))


@settings(max_examples=150, deadline=None)
@given(corpus_and_records())
def test_seqeval_and_conlleval_on_records_equal_the_tools_on_spacy_built_tags(data):
    corpus, gold, pred = data
    y_true, y_pred = reference_tags(gold, pred, corpus)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if any(t != "O" for s in y_true + y_pred for t in s):
            assert seqeval_from_records(gold, pred, corpus) == classification_report(y_true, y_pred, output_dict=True)
            assert seqeval_from_records(gold, pred, corpus, mode="strict") == classification_report(
                y_true, y_pred, output_dict=True, mode="strict", scheme=IOB2)
    counts, text = perl_conlleval(lines_of(y_true, y_pred))
    assert conlleval_from_records(gold, pred, corpus).text() == text


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS + ["  ", "\n", ",", "-"]), min_size=1, max_size=15), st.data())
def test_alignment_is_char_span_expand(words, data):
    text = " ".join(words)
    tokens = tokenize(text)
    doc = NLP.make_doc(text)
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    t0, t1 = align(tokens.start, tokens.end, np.array([start]), np.array([end]))
    span = doc.char_span(start, end, alignment_mode="expand")
    if t1[0] > t0[0]:
        assert (span.start, span.end) == (t0[0], t1[0])
    else:
        assert span is None or len(span) == 0


def test_token_spans_report_their_adjustments():
    text = "Joe Biden met Angela Merkel. Then Kabul fell."
    corpus = Corpus({"d": Document("d", text, sha256_text(text), {}, (), ((0, 28), (29, len(text))))}, "t")
    gold = [Record("d", entities=(Entity(0, 9, "PERSON"), Entity(34, 39, "GPE")))]
    pred = [Record("d", entities=(Entity(0, 3, "PERSON"), Entity(1, 9, "PERSON"), Entity(14, 33, "PERSON"),
                                  Entity(9, 10, "ORG")))]
    spans = token_spans(gold, pred, corpus)
    assert spans.words == [["Joe", "Biden", "met", "Angela", "Merkel", "."], ["Then", "Kabul", "fell", "."]]
    # "Joe"/"oe Biden" overlap: the longer wins; " " touches no token; "Angela Merkel. Then" is clipped
    assert spans.adjusted["pred"] == {"dropped": 1, "clipped": 1, "overlapping": 1}
    assert list(zip(spans.pred.doc.tolist(), spans.pred.start.tolist(), spans.pred.end.tolist())) == [(0, 0, 2), (0, 3, 6)]
    result = conlleval_from_records(gold, pred, corpus)
    assert (result.found_correct, result.found_guessed, result.correct) == (2, 2, 1)
