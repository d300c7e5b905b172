"""Entity tag sequences (IOB1, IOB2, BIOES): which scheme a file uses, chunks with repair of broken
sequences, and tags for chunks.

A tag is ``O`` or ``P-TYPE`` with prefix ``P`` in B, I, E, S (``L`` and ``U``, as in BILOU, read as
E and S). Chunks are ``(type, first, end)`` token positions, end exclusive.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

SCHEMES = ("iob1", "iob2", "bioes")
REPAIR = ("refuse", "repair")
REPAIR_RULES = {
    "iob2": "an I- that continues nothing opens an entity, as seqeval's default mode reads it",
    "iob1": "a B- after O or another type opens an entity",
    "bioes": "an I- or E- that continues nothing opens an entity; an entity that E- does not close ends before "
             "the next tag",
}

_TAG = re.compile(r"(?P<prefix>[BIESLU])-(?P<type>\S.*)")
_ALIAS = {"L": "E", "U": "S"}


def parse_tag(tag: str) -> tuple[str, str] | None:
    """(prefix, type), ``("O", "")`` for O, or None for something that is not a tag."""
    if tag == "O":
        return "O", ""
    match = _TAG.fullmatch(tag)
    if match is None:
        return None
    return _ALIAS.get(match["prefix"], match["prefix"]), match["type"]


def is_tag(tag: str) -> bool:
    return parse_tag(tag) is not None


@dataclass(frozen=True)
class Broken:
    """A broken sequence at token ``position``: what was found and how repair reads it."""

    position: int
    found: str
    repair: str


def detect_scheme(sequences: Sequence[Sequence[tuple[str, str]]]) -> str:
    """``bioes`` if E- or S- tags occur; ``iob1`` if I- opens entities and B- only separates two
    adjacent entities of one type; else ``iob2``."""
    b_opens = i_opens = False
    for seq in sequences:
        prev = ("O", "")
        for prefix, type_ in seq:
            if prefix in ("E", "S"):
                return "bioes"
            continues = prev[0] in ("B", "I") and prev[1] == type_
            if prefix == "B" and not continues:
                b_opens = True
            elif prefix == "I" and not continues:
                i_opens = True
            prev = (prefix, type_)
    return "iob1" if i_opens and not b_opens else "iob2"


def chunks(seq: Sequence[tuple[str, str]], scheme: str) -> tuple[list[tuple[str, int, int]], list[Broken]]:
    """The entities of one sentence and the broken sequences met (read as their repair says)."""
    out: list[tuple[str, int, int]] = []
    broken: list[Broken] = []
    open_type: str | None = None
    begin = 0

    def close(at: int) -> None:
        nonlocal open_type
        if open_type is not None:
            out.append((open_type, begin, at))
            open_type = None

    previous = "the sentence start"
    for i, (prefix, type_) in enumerate(seq):
        tag = "O" if prefix == "O" else f"{prefix}-{type_}"
        after, previous = previous, tag
        if scheme == "bioes" and open_type is not None and not (prefix in ("I", "E") and type_ == open_type):
            broken.append(Broken(i - 1, f"B-/I-{open_type} not closed by E-{open_type} before {tag}",
                                 f"the entity ends before {tag}"))
            close(i)
        if prefix == "O":
            close(i)
            continue
        if prefix in ("E", "S") and scheme != "bioes":
            raise ValueError(f"found {tag}, which {scheme.upper()} does not have; expected B-, I- or O "
                             "(E- and S- tags are BIOES)")
        continues = open_type == type_
        if prefix == "B" or prefix == "S" or not continues:
            if prefix in ("I", "E") and not continues and scheme != "iob1":
                broken.append(Broken(i, f"{tag} follows {after}", f"B-{type_}" if prefix == "I" else f"S-{type_}"))
            elif prefix == "B" and not continues and scheme == "iob1":
                broken.append(Broken(i, f"{tag} follows {after} (in IOB1, B- only separates two adjacent entities "
                                        f"of type {type_})", f"I-{type_}"))
            close(i)
            open_type, begin = type_, i
        if prefix in ("E", "S"):
            close(i + 1)
    if open_type is not None and scheme == "bioes":
        broken.append(Broken(len(seq) - 1, f"B-/I-{open_type} not closed by E-{open_type} at the sentence end",
                             "the entity ends with the sentence"))
    close(len(seq))
    return out, broken


def encode(spans: Sequence[tuple[str, int, int]], length: int, scheme: str = "iob2") -> list[str]:
    """Tags of ``length`` tokens for non-overlapping chunks ``(type, first, end)``."""
    tags = ["O"] * length
    previous_end, previous_type = -1, None
    for type_, first, end in sorted(spans, key=lambda s: s[1]):
        if scheme == "bioes":
            if end - first == 1:
                tags[first] = f"S-{type_}"
            else:
                tags[first] = f"B-{type_}"
                tags[first + 1:end - 1] = [f"I-{type_}"] * (end - first - 2)
                tags[end - 1] = f"E-{type_}"
        else:
            opens = "B" if scheme == "iob2" or (first == previous_end and type_ == previous_type) else "I"
            tags[first] = f"{opens}-{type_}"
            tags[first + 1:end] = [f"I-{type_}"] * (end - first - 1)
        previous_end, previous_type = end, type_
    return tags
