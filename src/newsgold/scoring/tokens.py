"""Character spans to token spans, for the profiles of token-based tools (seqeval, conlleval, spaCy).

Tokens come from spaCy's blank English tokenizer (no model download), the same rules as the
tokenizer of spaCy's English pipelines. Policies, applied to gold and predictions alike:

- alignment: a span covers every token it touches, as ``Doc.char_span(alignment_mode="expand")``;
  a span that touches no token is dropped;
- overlapping spans are resolved as ``spacy.util.filter_spans`` does on the document's
  tokens: the longest span wins, then the earliest; tag sequences and ``Doc.ents`` cannot
  hold overlaps;
- ``by="sentence"`` (seqeval, conlleval): one sequence per corpus sentence, without
  whitespace tokens; a span is cut down to these tokens (dropped if none is left) and
  clipped to the sentence of its first token (its part in later sentences is dropped).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from newsgold.corpus import Corpus
from newsgold.records import Record
from newsgold.scoring.errors import ScoringError, listing
from newsgold.scoring.spans import SpanTable, spans_from_records


@lru_cache(maxsize=1)
def _tokenizer():
    import spacy

    return spacy.blank("en").tokenizer


@dataclass(frozen=True)
class Tokens:
    """Character offsets of a text's tokens and whether each is whitespace."""

    start: np.ndarray
    end: np.ndarray
    space: np.ndarray
    words: tuple[str, ...]
    trailing: tuple[bool, ...]


def tokenize(text: str) -> Tokens:
    doc = _tokenizer()(text)
    return Tokens(
        np.fromiter((t.idx for t in doc), np.int64, len(doc)),
        np.fromiter((t.idx + len(t) for t in doc), np.int64, len(doc)),
        np.fromiter((t.is_space for t in doc), bool, len(doc)),
        tuple(t.text for t in doc),
        tuple(bool(t.whitespace_) for t in doc),
    )


def align(tok_start: np.ndarray, tok_end: np.ndarray, start: np.ndarray, end: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Token range [t0, t1) of every token each character span touches (``t1 <= t0``: none)."""
    return np.searchsorted(tok_end, start, "right"), np.searchsorted(tok_start, end, "left")


def filter_overlaps(start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """Rows kept by the ``spacy.util.filter_spans`` policy (longest first, then earliest)."""
    order = sorted(range(len(start)), key=lambda i: (-(end[i] - start[i]), start[i]))
    seen: set[int] = set()
    keep = []
    for i in order:
        s, e = int(start[i]), int(end[i])
        if s not in seen and e - 1 not in seen:
            keep.append(i)
            seen.update(range(s, e))
    return np.array(sorted(keep), dtype=np.int64)


@dataclass(frozen=True)
class TokenSpans:
    """Gold and predicted mentions on token sequences (sentences or documents).

    In ``gold`` and ``pred`` the document index is the sequence index and offsets are token
    positions in the sequence. ``adjusted`` counts, per side, the spans dropped (no token),
    clipped (crossing a sentence end) and removed as overlapping.
    """

    gold: SpanTable
    pred: SpanTable
    sequences: tuple[tuple[str, int], ...]
    words: list[list[str]]
    trailing: list[list[bool]]
    adjusted: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def lengths(self) -> np.ndarray:
        return np.array([len(w) for w in self.words], dtype=np.int64)


def _sequences(doc_tokens: Tokens, sentences: Sequence[tuple[int, int]], by: str):
    """(tokens kept, sequence id of each, number of sequences) for one document."""
    if by == "document":
        rows = np.arange(len(doc_tokens.start))
        return rows, np.zeros(len(rows), np.int64), 1
    starts = np.array([s for s, _ in sentences], dtype=np.int64)
    ends = np.array([e for _, e in sentences], dtype=np.int64)
    sent = np.searchsorted(starts, doc_tokens.start, "right") - 1
    inside = (sent >= 0) & (doc_tokens.start < ends[np.maximum(sent, 0)]) & ~doc_tokens.space
    rows = np.flatnonzero(inside)
    return rows, sent[rows], len(sentences)


def token_spans(
    gold: Sequence[Record],
    pred: Sequence[Record],
    corpus: Corpus,
    by: str = "sentence",
    missing: str = "error",
) -> TokenSpans:
    """Token-level mentions of gold and prediction records; see the module docstring for the policies.

    Alignment and overlap filtering happen on the document's spaCy tokens (as ``Doc.ents``);
    with ``by="sentence"`` the result is then cut down to the sentences' non-space tokens.
    """
    if by not in ("sentence", "document"):
        raise ScoringError(f"by={by!r}: expected 'sentence' or 'document'")
    spans = spans_from_records(gold, pred, missing=missing)
    absent = [d for d in spans.gold.docs if corpus.get(d) is None]
    if absent:
        raise ScoringError(f"gold document(s) {listing(absent)} are not in the corpus")
    names: list[tuple[str, int]] = []
    words: list[list[str]] = []
    trailing: list[list[bool]] = []
    out = {side: ([], [], [], []) for side in ("gold", "pred")}
    adjusted = {side: {"dropped": 0, "clipped": 0, "overlapping": 0} for side in ("gold", "pred")}
    by_doc = {side: _rows_by_doc(getattr(spans, side), len(spans.gold.docs)) for side in ("gold", "pred")}
    for d, doc_id in enumerate(spans.gold.docs):
        document = corpus[doc_id]
        tokens = tokenize(document.text)
        kept, seq, n_seq = _sequences(tokens, document.sentences, by)
        base = len(names)
        first = np.searchsorted(seq, np.arange(n_seq + 1))
        for k in range(n_seq):
            names.append((doc_id, k))
            rows = kept[first[k]:first[k + 1]]
            words.append([tokens.words[i] for i in rows])
            trailing.append([tokens.trailing[i] for i in rows])
        for side in ("gold", "pred"):
            table = getattr(spans, side)
            r = by_doc[side][d]
            t0, t1 = align(tokens.start, tokens.end, table.start[r], table.end[r])
            label = table.label[r]
            touched = t1 > t0
            keep = filter_overlaps(t0[touched], t1[touched])
            adjusted[side]["overlapping"] += int(touched.sum()) - len(keep)
            t0, t1, label = t0[touched][keep], t1[touched][keep], label[touched][keep]
            k0, k1 = np.searchsorted(kept, t0, "left"), np.searchsorted(kept, t1, "left")
            inside = k1 > k0
            adjusted[side]["dropped"] += int((~touched).sum()) + int((~inside).sum())
            k0, k1, label = k0[inside], k1[inside], label[inside]
            s = seq[k0]
            limit = first[s + 1]
            adjusted[side]["clipped"] += int((k1 > limit).sum())
            k1 = np.minimum(k1, limit)
            for col, values in zip(out[side], (base + s, k0 - first[s], k1 - first[s], label)):
                col.append(values)
    tables = {
        side: SpanTable(*(np.concatenate(c) if c else np.zeros(0, np.int64) for c in cols), tuple(names), spans.gold.labels)
        for side, cols in out.items()
    }
    return TokenSpans(tables["gold"], tables["pred"], tuple(names), words, trailing, adjusted)


def _rows_by_doc(table: SpanTable, n_docs: int) -> list[np.ndarray]:
    order = np.argsort(table.doc, kind="stable")
    bounds = np.searchsorted(table.doc[order], np.arange(n_docs + 1))
    return [order[bounds[i]:bounds[i + 1]] for i in range(n_docs)]
