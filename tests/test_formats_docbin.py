"""spaCy DocBin files made by spaCy itself: doc.ents, span groups with nested spans, round trips."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import DocBin, Span

from newsgold.formats import FormatError, read_annotations, write_annotations


@pytest.fixture
def docbin(tmp_path):
    nlp = spacy.blank("en")
    first = nlp("Ana Souza 🙂 flew to São Paulo.\nOn Monday.")
    first.ents = [Span(first, 0, 2, "PER"), Span(first, 5, 7, "GPE"), Span(first, 10, 11, "DATE")]
    first.spans["sc"] = [Span(first, 0, 2, "PER"), Span(first, 5, 7, "GPE"), Span(first, 5, 6, "PER")]  # nested
    first.user_data["doc_id"] = "flight"
    second = nlp("Nothing here.")
    bin_ = DocBin(store_user_data=True)
    bin_.add(first)
    bin_.add(second)
    path = tmp_path / "train.spacy"
    bin_.to_disk(path)
    return path


def test_reads_ents_with_exact_text(docbin):
    got = read_annotations(docbin)
    assert got.format == "docbin"
    assert got.texts == {"flight": "Ana Souza 🙂 flew to São Paulo.\nOn Monday.", "doc-0002": "Nothing here."}
    assert [(e.start, e.end, e.text, e.label) for e in got.records[0].entities] == [
        (0, 9, "Ana Souza", "PER"), (20, 29, "São Paulo", "GPE"), (34, 40, "Monday", "DATE")]
    assert got.records[1].entities == ()
    assert "train.spacy: 3 spans in span groups not read" in got.notes[0]


def test_reads_a_span_group_with_nested_spans(docbin):
    got = read_annotations(docbin, spans_key="sc")
    assert [(e.text, e.label) for e in got.records[0].entities] == [("Ana Souza", "PER"), ("São Paulo", "GPE"),
                                                                    ("São", "PER")]
    assert got.records[1].entities == ()  # a document without the group has no spans
    with pytest.raises(FormatError, match=r"train\.spacy: no document has the span group 'ner'; expected one of 'sc'"):
        read_annotations(docbin, spans_key="ner")


def test_round_trip_keeps_text_ids_and_entities(docbin, tmp_path):
    first = read_annotations(docbin)
    assert write_annotations(first, None, tmp_path / "out.spacy") == ()
    second = read_annotations(tmp_path / "out.spacy")
    assert second.records == first.records and second.texts == first.texts


def test_entities_inside_tokens_and_overlaps_are_kept(tmp_path):
    from newsgold.formats.annotations import make_record

    text = "Paris-Nord and the U.S.-led talks"
    record = make_record("t", text, [(0, 5, "GPE"), (0, 10, "FAC"), (19, 23, "GPE")])
    notes = write_annotations([record], {"t": text}, tmp_path / "t.spacy")
    assert notes == ("docbin: 1 overlapping entity kept only in doc.spans['sc'] (doc.ents cannot hold overlaps; "
                     "read it with spans_key='sc')",)
    assert [(e.text, e.label) for e in read_annotations(tmp_path / "t.spacy").records[0].entities] == [
        ("Paris-Nord", "FAC"), ("U.S.", "GPE")]
    assert read_annotations(tmp_path / "t.spacy", spans_key="sc").records[0] == record


def test_a_file_that_is_no_docbin(tmp_path):
    path = tmp_path / "x.spacy"
    path.write_bytes(b"not a docbin at all")
    with pytest.raises(FormatError, match=r"x\.spacy: not a DocBin"):
        read_annotations(path)
