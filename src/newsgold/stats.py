"""Counts per layer and per category for a corpus and its annotations."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from newsgold.corpus import Corpus
from newsgold.records import Record


@dataclass(frozen=True)
class CorpusStats:
    documents: int
    characters: int
    sentences: int
    paragraphs: int
    layers: dict[str, Counter[str]]
    parts: tuple[dict[str, object], ...] = ()

    def part_rows(self) -> list[dict[str, object]]:
        """Per split and source: documents, sentences, characters, gold documents."""
        return list(self.parts)

    def rows(self) -> list[tuple[str, str, int]]:
        """(layer, category, count) rows, categories sorted by count then name."""
        out = []
        for layer, counts in self.layers.items():
            for category, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
                out.append((layer, category, n))
        return out


def source_of(metadata: dict) -> str:
    """Where a document's text comes from, in a word or two (GUM Wikinews, or the seed's outlet)."""
    if str(metadata.get("source", "")).startswith("GUM"):
        return "GUM / Wikinews"
    return str(metadata.get("outlet") or "seed")


def reference_type_counts(records: dict[str, dict]) -> Counter[str]:
    """Mentions per GUM entity type in the GUM reference layer."""
    return Counter(e["label"] for record in records.values() for e in record.get("entities", ()))


def corpus_stats(corpus: Corpus, gold: list[Record]) -> CorpusStats:
    layers: dict[str, Counter[str]] = {
        "entities": Counter(),
        "events": Counter(),
        "event arguments": Counter(),
        "stances": Counter(),
        "entity clusters": Counter(),
    }
    for record in gold:
        layers["entities"].update(e.label for e in record.entities or ())
        layers["events"].update(e.type for e in record.events or ())
        layers["event arguments"].update(a.role for e in record.events or () for a in e.arguments)
        layers["stances"].update(f"{s.label} ({s.kind})" for s in record.stances or ())
        clustered = Counter(e.cluster for e in record.entities or () if e.cluster)
        layers["entity clusters"].update(
            {"clusters": len(record.clusters or ()), "clustered mentions": sum(clustered.values())}
        )
    gold_docs = {r.doc_id for r in gold}
    parts: dict[tuple[str, str], dict[str, object]] = {}
    for doc in corpus:
        key = (corpus.split_of(doc.doc_id) or "-", source_of(doc.metadata))
        part = parts.setdefault(key, {"split": key[0], "source": key[1], "documents": 0, "sentences": 0,
                                      "characters": 0, "with gold": 0})
        part["documents"] += 1
        part["sentences"] += len(doc.sentences)
        part["characters"] += len(doc.text)
        part["with gold"] += doc.doc_id in gold_docs
    return CorpusStats(
        parts=tuple(parts[k] for k in sorted(parts)),
        documents=len(corpus),
        characters=sum(len(d.text) for d in corpus),
        sentences=sum(len(d.sentences) for d in corpus),
        paragraphs=sum(len(d.paragraphs) for d in corpus),
        layers=layers,
    )
