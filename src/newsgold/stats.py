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

    def rows(self) -> list[tuple[str, str, int]]:
        """(layer, category, count) rows, categories sorted by count then name."""
        out = []
        for layer, counts in self.layers.items():
            for category, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
                out.append((layer, category, n))
        return out


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
    return CorpusStats(
        documents=len(corpus),
        characters=sum(len(d.text) for d in corpus),
        sentences=sum(len(d.sentences) for d in corpus),
        paragraphs=sum(len(d.paragraphs) for d in corpus),
        layers=layers,
    )
