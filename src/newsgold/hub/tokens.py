"""The token-classification configuration: ``tokens`` / ``ner_tags`` (BIO) per sentence.

Tokens come from spaCy's blank English tokenizer (rules only, no model download), run on
each corpus sentence; whitespace tokens are dropped. A token that a gold entity boundary
falls inside is split at that boundary, so every entity is a whole number of tokens and
the BIO tags give back the exact character spans (the ``token_starts`` / ``token_ends``
columns are document offsets). Entities that cannot be expressed in per-sentence BIO
(overlapping another entity, crossing a sentence boundary, outside every sentence) are
counted and reported, never silently dropped.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from newsgold.corpus import Document
from newsgold.hub.features import HubLabels
from newsgold.records import Entity, Record


@lru_cache(maxsize=1)
def _tokenizer():
    import spacy

    return spacy.blank("en").tokenizer


def tokenizer_name() -> str:
    import spacy

    return f"spaCy {spacy.__version__} blank English tokenizer"


def sentence_tokens(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) document offsets of the non-space spaCy tokens of ``text[start:end]``."""
    doc = _tokenizer()(text[start:end])
    return [(start + t.idx, start + t.idx + len(t.text)) for t in doc if not t.is_space]


@dataclass
class NerBuild:
    rows: list[dict[str, Any]] = field(default_factory=list)
    split_tokens: int = 0
    unrepresentable: list[tuple[str, Entity]] = field(default_factory=list)


def _split(tokens: list[tuple[int, int]], boundaries: set[int]) -> tuple[list[tuple[int, int]], int]:
    out, splits = [], 0
    for start, end in tokens:
        cuts = sorted(b for b in boundaries if start < b < end)
        edges = [start, *cuts, end]
        out.extend(zip(edges, edges[1:]))
        splits += len(cuts)
    return out, splits


def ner_rows(documents: Mapping[str, Document], records: Sequence[Record], labels: HubLabels) -> NerBuild:
    """Rows of the ``ner`` configuration, one per sentence of every record with entities."""
    tag_id = {name: i for i, name in enumerate(labels.ner_tags)}
    build = NerBuild()
    per_doc = Counter(r.doc_id for r in records if r.entities is not None)
    for number, record in enumerate(records):
        if record.entities is None:
            continue
        doc = documents[record.doc_id]
        entities = sorted(record.entities, key=lambda e: (e.start, e.end))
        boundaries = {b for e in entities for b in (e.start, e.end)}
        placed: set[int] = set()
        for index, (s_start, s_end) in enumerate(doc.sentences):
            tokens, splits = _split(sentence_tokens(doc.text, s_start, s_end), boundaries)
            build.split_tokens += splits
            tags = [0] * len(tokens)
            for k, e in enumerate(entities):
                if not (s_start <= e.start and e.end <= s_end):
                    continue
                covered = [i for i, (t_start, t_end) in enumerate(tokens) if e.start <= t_start and t_end <= e.end]
                exact = covered and tokens[covered[0]][0] == e.start and tokens[covered[-1]][1] == e.end
                if not exact or any(tags[i] for i in covered) or covered != list(range(covered[0], covered[-1] + 1)):
                    continue
                tags[covered[0]] = tag_id[f"B-{e.label}"]
                for i in covered[1:]:
                    tags[i] = tag_id[f"I-{e.label}"]
                placed.add(k)
            build.rows.append(
                {
                    "id": f"{record.doc_id}:{index}" + (f"@{number}" if per_doc[record.doc_id] > 1 else ""),
                    "doc_id": record.doc_id,
                    "annotator": record.annotator,
                    "sentence": index,
                    "tokens": [doc.text[a:b] for a, b in tokens],
                    "ner_tags": tags,
                    "token_starts": [a for a, _ in tokens],
                    "token_ends": [b for _, b in tokens],
                }
            )
        build.unrepresentable.extend(
            (record.doc_id, e) for k, e in enumerate(entities) if k not in placed
        )
    return build


def entities_from_bio(row: Mapping[str, Any], tag_names: Sequence[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) character spans of the entities a ``ner`` row's BIO tags encode."""
    spans: list[tuple[int, int, str]] = []
    current: list[Any] | None = None
    for tag, start, end in zip(row["ner_tags"], row["token_starts"], row["token_ends"]):
        name = tag_names[tag]
        if name == "O":
            current = None
            continue
        prefix, label = name.split("-", 1)
        if prefix == "I" and current is not None and current[2] == label:
            current[1] = end
            spans[-1] = tuple(current)
            continue
        current = [start, end, label]
        spans.append(tuple(current))
    return spans
