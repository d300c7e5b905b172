"""spaCy ``DocBin`` files (``.spacy``), through spaCy's own ``DocBin``.

Reading: each ``Doc`` is a document with its exact text; entities are ``doc.ents``, or the span
group ``spans_key`` (which may hold overlapping spans); the id is ``doc.user_data["doc_id"]``
when stored, else positional. Writing: tokens are spaCy's blank tokenizer's, split where an
entity boundary falls inside one, so every entity is kept exactly; ``doc.ents`` holds the
entities, and when some overlap, ``doc.ents`` holds those that fit (longest first) and the
span group ``sc`` holds all of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from newsgold.formats.annotations import Annotations, counted, make_record, positional_id, texts_for
from newsgold.formats.errors import FormatError
from newsgold.formats.layers import dropped
from newsgold.formats.source import read_data
from newsgold.jsonio import write_atomic
from newsgold.records import Record

SPANS_KEY = "sc"
WHAT = "a spaCy DocBin file (.spacy)"


def read_docbin(path: Path, *, spans_key: str | None = None, id_prefix: str = "doc") -> Annotations:
    from spacy.tokens import DocBin
    from spacy.vocab import Vocab

    data = read_data(path, WHAT)
    try:
        docs = list(DocBin().from_bytes(data).get_docs(Vocab()))
    except Exception as error:  # spaCy raises what msgpack and zlib raise on a damaged file
        raise FormatError.at(path, f"not a DocBin ({type(error).__name__}: {error}); expected {WHAT}") from None
    if spans_key is not None and docs and not any(spans_key in doc.spans for doc in docs):
        groups = sorted({key for doc in docs for key in doc.spans})
        raise FormatError.at(path, f"no document has the span group {spans_key!r}; expected "
                                   + (f"one of {', '.join(map(repr, groups))}" if groups else
                                      "none: the entities are in doc.ents (read without spans_key)"))
    texts: dict[str, str] = {}
    records = []
    unread = 0
    for n, doc in enumerate(docs, start=1):
        doc_id = str(doc.user_data.get("doc_id") or positional_id(id_prefix, n))
        if doc_id in texts:
            raise FormatError.at(path, f"document {n}: id {doc_id!r} occurs twice; expected unique doc_id in user_data")
        if spans_key is None:
            spans = list(doc.ents)
            unread += sum(len(group) for group in doc.spans.values())
        else:
            spans = list(doc.spans[spans_key]) if spans_key in doc.spans else []
        texts[doc_id] = doc.text
        records.append(make_record(doc_id, doc.text, [(s.start_char, s.end_char, s.label_) for s in spans]))
    notes = []
    if unread:
        notes.append(f"{path.name}: {counted(unread, 'span')} in span groups not read (entities come from doc.ents; "
                     "choose a span group with spans_key)")
    return Annotations(texts, tuple(records), "docbin", tuple(notes))


def _doc(nlp, text: str, record: Record):
    from spacy.tokens import Doc

    cuts = sorted({e.start for e in record.entities or ()} | {e.end for e in record.entities or ()})
    words: list[str] = []
    spaces: list[bool] = []
    for token in nlp.tokenizer(text):
        start, end = token.idx, token.idx + len(token)
        edges = [start, *(c for c in cuts if start < c < end), end]
        pieces = list(zip(edges, edges[1:]))
        words.extend(text[s:e] for s, e in pieces)
        spaces.extend([False] * (len(pieces) - 1) + [bool(token.whitespace_)])
    return Doc(nlp.vocab, words=words, spaces=spaces)


def write_docbin(records: Sequence[Record], texts: dict[str, str] | None, path: Path) -> list[str]:
    import spacy
    from spacy.tokens import DocBin
    from spacy.util import filter_spans

    texts = texts_for(records, texts, "docbin")
    nlp = spacy.blank("xx")
    out = DocBin(store_user_data=True)
    overlapping = blank = trimmed = 0
    for record in records:
        doc = _doc(nlp, texts[record.doc_id], record)
        spans = []
        for e in record.entities or ():
            span = doc.char_span(e.start, e.end, label=e.label, alignment_mode="contract")
            if span is None:
                blank += 1
                continue
            trimmed += (span.start_char, span.end_char) != (e.start, e.end)
            spans.append(span)
        flat = filter_spans(spans)
        doc.ents = flat
        if len(flat) < len(spans):
            overlapping += len(spans) - len(flat)
            doc.spans[SPANS_KEY] = spans
        doc.user_data["doc_id"] = record.doc_id
        out.add(doc)
    write_atomic(path, out.to_bytes())
    notes = []
    if overlapping:
        notes.append(f"docbin: {counted(overlapping, 'overlapping entity', 'overlapping entities')} kept only in "
                     f"doc.spans[{SPANS_KEY!r}] (doc.ents cannot hold overlaps; read it with spans_key={SPANS_KEY!r})")
    if blank:
        notes.append(f"docbin: {counted(blank, 'entity', 'entities')} of whitespace only dropped (no token holds them)")
    if trimmed:
        notes.append(f"docbin: {counted(trimmed, 'entity', 'entities')} trimmed of leading or trailing whitespace "
                     "(a token's trailing space is no token)")
    return notes + dropped(records, "docbin", keeps=())
