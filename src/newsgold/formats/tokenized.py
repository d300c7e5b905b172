"""Documents as sentences of tokens, both ways.

Reading: a document's text is its tokens joined by single spaces, its sentences joined by
``"\\n"``; tags become character spans in that text. Writing: every line of the text is a
sentence and its tokens are the runs of non-space characters, split where an entity starts or
ends inside one, so the tags give back the exact spans; spans a flat tag sequence cannot hold
(overlapping a longer or earlier one, crossing a line end, covering no token) are left out
and counted.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from newsgold.formats.annotations import counted
from newsgold.records import Record

_TOKEN = re.compile(r"\S+")


@dataclass(frozen=True)
class Sentence:
    tokens: tuple[str, ...]
    tags: tuple[str, ...]
    positions: tuple[int, ...]  # where each token is: its line, or its row


def text_and_spans(
    sentences: Sequence[Sequence[str]], chunks: Sequence[Sequence[tuple[str, int, int]]]
) -> tuple[str, list[tuple[int, int, str]]]:
    """The text of token sentences and the character spans ``(start, end, label)`` of token chunks."""
    parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    offset = 0
    for k, (tokens, found) in enumerate(zip(sentences, chunks)):
        if k:
            parts.append("\n")
            offset += 1
        starts = []
        for i, token in enumerate(tokens):
            if i:
                parts.append(" ")
                offset += 1
            starts.append(offset)
            parts.append(token)
            offset += len(token)
        for label, first, end in found:
            spans.append((starts[first], starts[end - 1] + len(tokens[end - 1]), label))
    return "".join(parts), spans


@dataclass
class TokenizedDocument:
    """Sentences of tokens ``(start, end)`` with the chunks of the entities written as tags."""

    sentences: list[list[tuple[int, int]]] = field(default_factory=list)
    chunks: list[list[tuple[str, int, int]]] = field(default_factory=list)


@dataclass
class Left:
    """Entities a flat tag sequence could not hold, per reason."""

    overlapping: int = 0
    crossing: int = 0
    empty: int = 0

    def notes(self, fmt: str) -> list[str]:
        out = []
        if self.overlapping:
            out.append(f"{fmt}: {counted(self.overlapping, 'entity', 'entities')} overlapping a longer or earlier "
                       "one left out (tags hold one entity per token)")
        if self.crossing:
            out.append(f"{fmt}: {counted(self.crossing, 'entity', 'entities')} crossing a line end left out "
                       "(a sentence is a line)")
        if self.empty:
            out.append(f"{fmt}: {counted(self.empty, 'entity', 'entities')} without a non-space character left out")
        return out


def tokenize_for_tags(text: str, record: Record, left: Left) -> TokenizedDocument:
    """Lines as sentences, whitespace tokens split at entity boundaries, entities as token chunks."""
    from newsgold.scoring.tokens import filter_overlaps

    trimmed: list[tuple[int, int, str]] = []
    for e in record.entities or ():
        surface = text[e.start:e.end]
        start = e.start + len(surface) - len(surface.lstrip())
        end = e.end - len(surface) + len(surface.rstrip())
        if start >= end:
            left.empty += 1
        elif text.find("\n", start, end) >= 0:
            left.crossing += 1
        else:
            trimmed.append((start, end, e.label))
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    keep = filter_overlaps(np.array([t[0] for t in trimmed], np.int64), np.array([t[1] for t in trimmed], np.int64))
    left.overlapping += len(trimmed) - len(keep)
    kept = [trimmed[i] for i in keep]
    cuts = sorted({s for s, _, _ in kept} | {e for _, e, _ in kept})
    by_line: dict[int, list[tuple[int, int, str]]] = {}
    for span in kept:
        by_line.setdefault(bisect_right(line_starts, span[0]) - 1, []).append(span)
    doc = TokenizedDocument()
    for n, line_start in enumerate(line_starts):
        line_end = line_starts[n + 1] - 1 if n + 1 < len(line_starts) else len(text)
        tokens: list[tuple[int, int]] = []
        for match in _TOKEN.finditer(text, line_start, line_end):
            inner = cuts[bisect_right(cuts, match.start()):bisect_left(cuts, match.end())]
            edges = [match.start(), *inner, match.end()]
            tokens.extend(zip(edges, edges[1:]))
        if not tokens:
            continue
        first = {s: i for i, (s, _) in enumerate(tokens)}
        last = {e: i for i, (_, e) in enumerate(tokens)}
        doc.sentences.append(tokens)
        doc.chunks.append([(label, first[s], last[e] + 1) for s, e, label in by_line.get(n, ())])
    return doc


def normalized(text: str) -> str:
    """The text a token file gives back for ``text``: its non-empty lines' tokens joined by spaces."""
    rows = (" ".join(_TOKEN.findall(line)) for line in text.split("\n"))
    return "\n".join(row for row in rows if row)
