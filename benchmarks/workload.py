"""A synthetic NER workload with a fixed seed: gold mentions and predictions with typical errors.

Offsets are token indices (end exclusive); every document is one sentence of ``n_tokens``
tokens. Gold mentions are flat, and so are predictions, so both can be written as IOB2 tags
for seqeval. Error mix per gold mention: exact copy, wrong type, one boundary shifted by a
token, wrong type and boundary, missed, merged with the next mention, split in two, ending
inside the next mention (whose prediction then starts late). Spurious
one-token predictions are added in long gaps.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

LABELS = ("LOC", "MISC", "ORG", "PER")

# exact, wrong type, boundary, type+boundary, missed, merged, split, crossing into the next
ERROR_MIX = np.array([0.795, 0.05, 0.06, 0.02, 0.04, 0.015, 0.015, 0.005])
SPURIOUS_RATE = 0.05


@dataclass(frozen=True)
class Workload:
    doc: np.ndarray
    start: np.ndarray
    end: np.ndarray
    label: np.ndarray
    pred_doc: np.ndarray
    pred_start: np.ndarray
    pred_end: np.ndarray
    pred_label: np.ndarray
    n_tokens: np.ndarray
    labels: tuple[str, ...] = LABELS

    @property
    def n_docs(self) -> int:
        return len(self.n_tokens)


def generate(n_docs: int, mentions_per_doc: int = 10, seed: int = 13) -> Workload:
    """About ``n_docs * mentions_per_doc`` gold mentions; identical output for the same seed."""
    rng = np.random.default_rng(seed)
    per_doc = rng.integers(mentions_per_doc // 2, mentions_per_doc * 3 // 2 + 1, n_docs)
    n = int(per_doc.sum())
    doc = np.repeat(np.arange(n_docs), per_doc)
    first = np.zeros(n, bool)
    first[np.cumsum(per_doc)[:-1]] = True
    first[0] = True
    gap = rng.geometric(0.2, n)
    length = rng.choice([1, 2, 3, 4], n, p=[0.45, 0.35, 0.15, 0.05])
    step = gap + length
    csum = np.cumsum(step)
    doc_base = np.repeat(np.concatenate([[0], csum[np.cumsum(per_doc)[:-1] - 1]]), per_doc)
    end = csum - doc_base
    start = end - length
    label = rng.integers(0, len(LABELS), n)
    tail = rng.geometric(0.2, n_docs)
    n_tokens = np.zeros(n_docs, np.int64)
    np.maximum.at(n_tokens, doc, end)
    n_tokens += tail

    last = np.zeros(n, bool)
    last[np.cumsum(per_doc) - 1] = True
    gap_after = np.where(last, tail[doc], np.roll(gap, -1))
    kind = rng.choice(len(ERROR_MIX), n, p=ERROR_MIX)
    kind[(kind == 7) & (last | (np.roll(length, -1) < 2))] = 0
    paired = ((kind == 5) | (kind == 7)) & ~last
    paired &= ~np.roll(paired, 1)
    kind[((kind == 5) | (kind == 7)) & ~paired] = 0
    merge, cross = paired & (kind == 5), paired & (kind == 7)
    absorbed = np.roll(paired, 1)
    kind[absorbed] = -1
    kind[(kind == 6) & (length < 2)] = 0

    p_start, p_end, p_label = start.copy(), end.copy(), label.copy()
    retype = (kind == 1) | (kind == 3)
    p_label[retype] = (label[retype] + rng.integers(1, len(LABELS), int(retype.sum()))) % len(LABELS)
    shift = (kind == 2) | (kind == 3)
    option = rng.integers(0, 4, n)
    can = np.stack([gap >= 2, length >= 2, gap_after >= 2, length >= 2], axis=1)
    can[first, 0] &= start[first] >= 1
    chosen = np.where(can[np.arange(n), option], option, np.argmax(can, axis=1))
    shift &= can.any(axis=1)
    p_start[shift & (chosen == 0)] -= 1
    p_start[shift & (chosen == 1)] += 1
    p_end[shift & (chosen == 2)] += 1
    p_end[shift & (chosen == 3)] -= 1
    p_end[merge] = np.roll(end, -1)[merge]
    p_end[cross] = np.roll(start, -1)[cross] + 1
    late = np.roll(cross, 1)

    keep = (kind != 4) & (kind != -1)
    split = kind == 6
    cut = start + 1 + (rng.integers(0, 8, n) % np.maximum(length - 1, 1))
    pred_doc = np.concatenate([doc[keep], doc[split], doc[late]])
    pred_start = np.concatenate([p_start[keep], cut[split], start[late] + 1])
    pred_end = np.concatenate([np.where(split, cut, p_end)[keep], end[split], end[late]])
    pred_label = np.concatenate([p_label[keep], p_label[split], label[late]])

    spurious = (gap >= 5) & ~absorbed & (rng.random(n) < SPURIOUS_RATE / max(np.mean(gap >= 5), 1e-9))
    s_pos = start[spurious] - gap[spurious] // 2 - 1
    pred_doc = np.concatenate([pred_doc, doc[spurious]])
    pred_start = np.concatenate([pred_start, s_pos])
    pred_end = np.concatenate([pred_end, s_pos + 1])
    pred_label = np.concatenate([pred_label, rng.integers(0, len(LABELS), int(spurious.sum()))])
    order = np.lexsort((pred_start, pred_doc))
    return Workload(
        doc, start, end, label,
        pred_doc[order], pred_start[order], pred_end[order], pred_label[order],
        n_tokens,
    )


def generate_long(n_docs: int, mentions_per_doc: int, seed: int = 13) -> Workload:
    """Few, very long documents: the case where per-document quadratic scorers slow down."""
    return generate(n_docs, mentions_per_doc, seed)


def doc_slices(doc: np.ndarray, n_docs: int) -> np.ndarray:
    """Boundaries of each document's run in arrays sorted by document."""
    return np.searchsorted(doc, np.arange(n_docs + 1))


def to_bio(w: Workload, pred: bool) -> list[list[str]]:
    """IOB2 tag sequences, one per document."""
    doc, start, end, label = (
        (w.pred_doc, w.pred_start, w.pred_end, w.pred_label) if pred else (w.doc, w.start, w.end, w.label)
    )
    offsets = np.concatenate([[0], np.cumsum(w.n_tokens)])
    codes = np.zeros(int(offsets[-1]), np.int64)
    base = offsets[doc]
    inside_len = end - start - 1
    codes[base + start] = 1 + 2 * label
    rows = np.repeat(np.arange(len(start)), inside_len)
    steps = np.arange(int(inside_len.sum())) - np.repeat(np.cumsum(inside_len) - inside_len, inside_len)
    codes[base[rows] + start[rows] + 1 + steps] = 2 + 2 * label[rows]
    names = ["O"] + [f"{p}-{lab}" for lab in w.labels for p in ("B", "I")]
    tags = np.array(names, dtype=object)[codes].tolist()
    return [tags[offsets[i]:offsets[i + 1]] for i in range(w.n_docs)]


def to_dicts(w: Workload, pred: bool) -> list[list[dict]]:
    """nervaluate's span input: {label, start, end} with an inclusive end, one list per document."""
    doc, start, end, label = (
        (w.pred_doc, w.pred_start, w.pred_end, w.pred_label) if pred else (w.doc, w.start, w.end, w.label)
    )
    names = [w.labels[i] for i in label.tolist()]
    bounds = doc_slices(doc, w.n_docs).tolist()
    items = [
        {"label": lab, "start": s, "end": e - 1}
        for lab, s, e in zip(names, start.tolist(), end.tolist())
    ]
    return [items[bounds[i]:bounds[i + 1]] for i in range(w.n_docs)]
