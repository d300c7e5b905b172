"""Which corpus split each exported document, and so each row, belongs to.

Every row of every configuration carries a ``doc_id``; the split of its document decides the
parquet file it goes to. Within a split, rows keep their input order; reading an export back
concatenates the splits in ``SPLITS`` order.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TypeVar

from newsgold.corpus import Corpus
from newsgold.hub.layout import EVALUATION_SPLIT, SPLITS, HubError

T = TypeVar("T")


def with_splits(corpus: Corpus) -> Corpus:
    """The corpus with a split for every document: a document the corpus assigns none (a corpus
    built by hand, without ``seeds/splits.json``) is exported as ``test``, the evaluation split."""
    unassigned = {doc.doc_id: EVALUATION_SPLIT for doc in corpus if corpus.split_of(doc.doc_id) is None}
    odd = sorted({s for s in corpus.splits.values() if s not in SPLITS})
    if odd:
        raise HubError(f"the corpus names split(s) {', '.join(odd)}; expected only {', '.join(SPLITS)}")
    return dataclasses.replace(corpus, splits={**corpus.splits, **unassigned}) if unassigned else corpus


def present(names: Iterable[str]) -> list[str]:
    """The distinct split names among ``names``, in ``SPLITS`` order."""
    found = set(names)
    return [split for split in SPLITS if split in found]


def partition(rows: Sequence[Mapping[str, Any]], split_of: Mapping[str, str], config: str) -> dict[str, list]:
    """Rows by the split of their ``doc_id`` (splits without rows left out), input order kept."""
    out: dict[str, list] = {}
    for index, row in enumerate(rows):
        split = split_of.get(row["doc_id"])
        if split is None:
            raise HubError(f"row {index} of {config}: document {row['doc_id']!r} is not among the export's "
                           "documents; expected every row to belong to a document of the manifest")
        out.setdefault(split, []).append(row)
    return {split: out[split] for split in SPLITS if split in out}


def concatenated(by_split: Mapping[str, Sequence[T]]) -> list[T]:
    """The rows of every split, in ``SPLITS`` order."""
    return [row for split in SPLITS for row in by_split.get(split, ())]
