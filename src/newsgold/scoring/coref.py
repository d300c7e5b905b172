"""Coreference scores: MUC, B³, CEAF-e, their CoNLL-2012 average, and LEA.

Each metric is kept per document as four sums (recall numerator and denominator,
precision numerator and denominator), so documents pool exactly as the CoNLL reference
scorer pools them (sums over documents, then ratios) and resample cheaply for intervals.
Definitions follow Pradhan et al. (2014) as implemented by ``scorch`` (CEAF-e with Luo's
Φ4, a division by zero gives 0) and Moosavi and Strube (2016) for LEA, where a singleton
entity has one self-link, resolved only when the other side has the same singleton.

A mention is a character span; a clustering is a list of disjoint sets of mentions.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from newsgold.records import Record

METRICS = ("muc", "b3", "ceaf_e", "lea")
CONLL_METRICS = ("muc", "b3", "ceaf_e")
LABELS = {"muc": "MUC", "b3": "B³", "ceaf_e": "CEAF-e", "lea": "LEA", "conll": "CoNLL"}

Mention = tuple[int, int]
Clustering = Sequence[frozenset[Mention]]


def _partitions(cluster: frozenset[Mention], owner: Mapping[Mention, int]) -> int:
    """|p(k, R)|: parts of ``cluster`` induced by the other clustering (unmatched: singletons)."""
    parts = set()
    alone = 0
    for mention in cluster:
        index = owner.get(mention)
        if index is None:
            alone += 1
        else:
            parts.add(index)
    return len(parts) + alone


def _owner(clustering: Clustering) -> dict[Mention, int]:
    return {m: i for i, cluster in enumerate(clustering) for m in cluster}


def _links(n: int) -> int:
    return n * (n - 1) // 2


def _overlaps(key: Clustering, response: Clustering) -> NDArray[np.int64]:
    """|k ∩ r| for every key (rows) and response (columns) cluster."""
    table = np.zeros((len(key), len(response)), dtype=np.int64)
    owner = _owner(response)
    for i, cluster in enumerate(key):
        for mention in cluster:
            j = owner.get(mention)
            if j is not None:
                table[i, j] += 1
    return table


def document_sums(key: Clustering, response: Clustering) -> NDArray[np.float64]:
    """Shape (4 metrics, 4): recall numerator, recall denominator, precision numerator and denominator."""
    key = [c for c in key if c]
    response = [c for c in response if c]
    out = np.zeros((len(METRICS), 4), dtype=np.float64)
    key_sizes = np.array([len(c) for c in key], dtype=np.float64)
    resp_sizes = np.array([len(c) for c in response], dtype=np.float64)
    overlap = _overlaps(key, response).astype(np.float64)

    key_owner, resp_owner = _owner(key), _owner(response)
    out[0] = (
        sum(len(k) - _partitions(k, resp_owner) for k in key), sum(len(k) - 1 for k in key),
        sum(len(r) - _partitions(r, key_owner) for r in response), sum(len(r) - 1 for r in response),
    )

    squared = overlap**2
    out[1] = (
        (squared / key_sizes[:, None]).sum() if key else 0.0, key_sizes.sum(),
        (squared / resp_sizes[None, :]).sum() if response else 0.0, resp_sizes.sum(),
    )

    if key and response:
        similarity = 2 * overlap / (key_sizes[:, None] + resp_sizes[None, :])
        from scipy.optimize import linear_sum_assignment

        rows, cols = linear_sum_assignment(-similarity)
        total = similarity[rows, cols].sum()
    else:
        total = 0.0
    out[2] = (total, len(key), total, len(response))

    out[3] = (*_lea_side(key, overlap, response), *_lea_side(response, overlap.T, key))
    return out


def _lea_side(entities: Clustering, overlap: NDArray[np.float64], other: Clustering) -> tuple[float, float]:
    """LEA numerator and denominator of one side: Σ |e|·resolution(e) and Σ |e|."""
    numerator = 0.0
    other_sizes = [len(c) for c in other]
    for i, entity in enumerate(entities):
        size = len(entity)
        if size == 1:
            resolved = any(overlap[i, j] == 1 and other_sizes[j] == 1 for j in range(len(other)))
            numerator += 1.0 if resolved else 0.0
        else:
            common = sum(_links(int(n)) for n in overlap[i] if n > 1)
            numerator += size * common / _links(size)
    return numerator, float(sum(len(e) for e in entities))


def ratios(sums: NDArray[np.float64]) -> NDArray[np.float64]:
    """(..., 4 metrics, 4 sums) -> (..., 5 rows, 3): P, R, F1 for each metric then the CoNLL average."""
    with np.errstate(divide="ignore", invalid="ignore"):
        recall = np.where(sums[..., 1] > 0, sums[..., 0] / sums[..., 1], 0.0)
        precision = np.where(sums[..., 3] > 0, sums[..., 2] / sums[..., 3], 0.0)
        denominator = precision + recall
        f1 = np.where(denominator > 0, 2 * precision * recall / np.where(denominator > 0, denominator, 1), 0.0)
    table = np.stack([precision, recall, f1], axis=-1)
    conll = table[..., : len(CONLL_METRICS), :].mean(axis=-2, keepdims=True)
    return np.concatenate([table, conll], axis=-2)


@dataclass(frozen=True)
class CorefScore:
    """Per-document sums of every metric; ``table`` pools them as the CoNLL scorer does."""

    documents: tuple[str, ...]
    sums: NDArray[np.float64]  # (n_documents, 4 metrics, 4 sums)

    @property
    def table(self) -> NDArray[np.float64]:
        """Rows MUC, B³, CEAF-e, LEA, CoNLL; columns precision, recall, F1."""
        return ratios(self.sums.sum(axis=0))

    def row(self, name: str) -> tuple[float, float, float]:
        names = (*METRICS, "conll")
        return tuple(float(x) for x in self.table[names.index(name)])

    def per_document(self) -> dict[str, NDArray[np.float64]]:
        return {doc: ratios(self.sums[i]) for i, doc in enumerate(self.documents)}

    def bootstrap(self, n_resamples: int = 1000, seed: int = 12345, confidence: float = 0.95
                  ) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
        """Percentile intervals (low, high), each (5, 3), resampling documents."""
        from newsgold.resampling import bootstrap_weights

        n = len(self.documents)
        flat = self.sums.reshape(n, -1)
        samples = [
            ratios((weights @ flat).reshape(len(weights), len(METRICS), 4))
            for weights in bootstrap_weights(n, n_resamples, seed)
        ]
        stacked = np.concatenate(samples)
        alpha = (1 - confidence) / 2
        low, high = np.quantile(stacked, [alpha, 1 - alpha], axis=0)
        return low, high


def clusters_of(record: Record) -> list[frozenset[Mention]]:
    """The clustering of a record: every span that carries a cluster id (entities, arguments,
    stance holders), grouped by that id; a span in two clusters keeps the first."""
    members: dict[str, list[Mention]] = {}
    seen: set[Mention] = set()

    def add(span: Mention, cluster: str | None) -> None:
        if cluster and span not in seen:
            seen.add(span)
            members.setdefault(cluster, []).append(span)

    for entity in record.entities or ():
        add((entity.start, entity.end), entity.cluster)
    for event in record.events or ():
        for argument in event.arguments:
            add((argument.start, argument.end), argument.cluster)
    for stance in record.stances or ():
        holder = stance.holder
        if holder.span is not None:
            add((holder.span.start, holder.span.end), holder.cluster)
    return [frozenset(spans) for spans in members.values()]


def score_coreference(
    gold: Iterable[Record], pred: Iterable[Record], missing: str = "error"
) -> CorefScore:
    """Score the predicted clusterings against the gold ones, document by document."""
    predicted = {r.doc_id: r for r in pred}
    documents: list[str] = []
    sums: list[NDArray[np.float64]] = []
    for record in gold:
        other = predicted.get(record.doc_id)
        if other is None:
            if missing == "error":
                raise ValueError(f"no prediction for document {record.doc_id}")
            response: list[frozenset[Mention]] = []
        else:
            response = clusters_of(other)
        documents.append(record.doc_id)
        sums.append(document_sums(clusters_of(record), response))
    if not sums:
        raise ValueError("no documents to score")
    return CorefScore(tuple(documents), np.stack(sums))
