"""Tag sequences: IOB2 encoding of spans, and the chunk rules of seqeval and conlleval.

Decoders return a ``SpanTable`` whose document index is the sequence index and whose offsets
are token positions (end exclusive), so tag sequences are scored by the same core as spans.

- ``seqeval``: seqeval 1.2.2's default mode (``get_entities``): understands B/I/E/S; an I-
  after O or after another type opens a chunk.
- ``iob2``: seqeval's strict mode with ``scheme=IOB2``: a chunk is a B-X followed by I-X
  tokens; a stray I- is no chunk; E- and S- tags are an error.
- ``conlleval``: the perl script (2004-01-26): B/I/O and E rules but no S rules, so two
  adjacent same-type S- tokens form one chunk, and an E- followed by a B- of the same type
  does not end the chunk.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from newsgold.scoring.errors import ScoringError
from newsgold.scoring.spans import SpanTable

RULES = ("seqeval", "iob2", "conlleval")

_SEQEVAL_END = {("B", "B"), ("B", "S"), ("B", "O"), ("I", "B"), ("I", "S"), ("I", "O")}
_SEQEVAL_START = {("E", "E"), ("E", "I"), ("S", "E"), ("S", "I"), ("O", "E"), ("O", "I")}
_CONLL_END = {("B", "B"), ("B", "O"), ("I", "B"), ("I", "O"), ("E", "E"), ("E", "I"), ("E", "O")}
_CONLL_START = {("B", "B"), ("I", "B"), ("O", "B"), ("O", "I"), ("E", "E"), ("E", "I"), ("O", "E")}


def to_iob2(table: SpanTable, lengths: Sequence[int]) -> list[list[str]]:
    """IOB2 tags per sequence for flat token spans (document index = sequence index)."""
    tags = [["O"] * int(n) for n in lengths]
    for d, s, e, lab in zip(table.doc.tolist(), table.start.tolist(), table.end.tolist(), table.label.tolist()):
        seq, name = tags[d], table.labels[lab]
        if any(t != "O" for t in seq[s:e]):
            raise ScoringError(f"overlapping spans in sequence {d} cannot be written as tags")
        seq[s] = f"B-{name}"
        for i in range(s + 1, e):
            seq[i] = f"I-{name}"
    return tags


def _split_seqeval(tag: str) -> tuple[str, str]:
    return tag[0], tag[1:].split("-", maxsplit=1)[-1] or "_"


def conlleval_tag(tag: str) -> tuple[str, str]:
    prefix, sep, rest = tag.partition("-")
    return (prefix, rest) if sep else (tag, "")


def _seqeval_chunks(seq: Sequence[str]) -> list[tuple[str, int, int]]:
    chunks = []
    prev_tag, prev_type, begin = "O", "", 0
    for i, chunk in enumerate([*seq, "O"]):
        tag, type_ = _split_seqeval(chunk)
        changed = prev_type != type_
        if prev_tag in ("E", "S") or (prev_tag, tag) in _SEQEVAL_END or (prev_tag not in ("O", ".") and changed):
            chunks.append((prev_type, begin, i))
        if tag in ("B", "S") or (prev_tag, tag) in _SEQEVAL_START or (tag not in ("O", ".") and changed):
            begin = i
        prev_tag, prev_type = tag, type_
    return chunks


def _conlleval_chunks(seq: Sequence[str]) -> list[tuple[str, int, int]]:
    chunks = []
    prev_tag, prev_type, begin = "O", "", 0
    for i, chunk in enumerate([*seq, "O"]):
        tag, type_ = conlleval_tag(chunk)
        changed = prev_type != type_
        if (prev_tag, tag) in _CONLL_END or (prev_tag not in ("O", ".") and changed) or prev_tag in ("[", "]"):
            chunks.append((prev_type, begin, i))
        if (prev_tag, tag) in _CONLL_START or (tag not in ("O", ".") and changed) or tag in ("[", "]"):
            begin = i
        prev_tag, prev_type = tag, type_
    return chunks


def _iob2_chunks(seq: Sequence[str]) -> list[tuple[str, int, int]]:
    chunks = []
    parsed = []
    for tag in seq:
        if not tag or tag[0] not in "BIO":
            raise ScoringError(f"tag {tag!r} is not allowed in IOB2; expected B-, I- or O")
        parsed.append((tag[0], tag[1:].strip("-") or "_"))
    i = 0
    while i < len(parsed):
        prefix, type_ = parsed[i]
        if prefix != "B":
            i += 1
            continue
        j = i + 1
        while j < len(parsed) and parsed[j] == ("I", type_):
            j += 1
        chunks.append((type_, i, j))
        i = j
    return chunks


_DECODERS = {"seqeval": _seqeval_chunks, "iob2": _iob2_chunks, "conlleval": _conlleval_chunks}


def decode(sequences: Sequence[Sequence[str]], rules: str, labels: Sequence[str] | None = None) -> SpanTable:
    """Chunks of tag sequences under ``rules`` as a SpanTable (categories sorted unless given)."""
    if rules not in _DECODERS:
        raise ScoringError(f"unknown chunk rules {rules!r}; expected one of {', '.join(RULES)}")
    decoder = _DECODERS[rules]
    found = [(d, *chunk) for d, seq in enumerate(sequences) for chunk in decoder(seq)]
    names = tuple(sorted({c[1] for c in found})) if labels is None else tuple(labels)
    position = {name: i for i, name in enumerate(names)}
    columns = list(zip(*found)) if found else [(), (), (), ()]
    doc, types, start, end = columns
    return SpanTable.from_arrays(
        np.array(doc, np.int64), np.array(start, np.int64), np.array(end, np.int64),
        np.array([position[t] for t in types], np.int64),
        tuple(str(i) for i in range(len(sequences))), names,
    )
