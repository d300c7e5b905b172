"""What a system is scored against: document texts, label schema, gold records and split.

Every command and library entry point that scores takes one ``GoldSet``. The documents it
scores are those of the chosen split that have gold; predictions for other documents of
the corpus are set aside (and counted), so a prediction file made over the whole corpus
scores against any split.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from newsgold.corpus import ALL_SPLITS, Corpus, load_corpus
from newsgold.records import Record
from newsgold.schema import LabelSchema, load_schema


@dataclass(frozen=True)
class GoldSet:
    corpus: Corpus
    schema: LabelSchema
    records: tuple[Record, ...]

    @property
    def split(self) -> str:
        return self.corpus.selected

    @property
    def doc_ids(self) -> frozenset[str]:
        return frozenset(r.doc_id for r in self.records)

    def keep(self, predictions: Sequence[Record]) -> tuple[list[Record], list[str]]:
        """The predictions for documents with gold, and the ids of those set aside."""
        ids = self.doc_ids
        kept = [p for p in predictions if p.doc_id in ids]
        return kept, sorted({p.doc_id for p in predictions if p.doc_id not in ids})


def load_goldset(
    gold: str | Path | None = None,
    split: str = ALL_SPLITS,
    corpus: Corpus | None = None,
    schema: LabelSchema | None = None,
) -> GoldSet:
    """The bundled gold (or the gold file/folder ``gold``) on one split of the corpus.

    Raises ``ValueError`` for an unknown or empty split and ``InvalidInput`` for gold that
    does not validate.
    """
    from newsgold.validate import load_gold, validate_file

    whole = corpus if corpus is not None else load_corpus()
    schema = schema if schema is not None else load_schema()
    selected = whole.select(split)
    if gold is None or Path(gold).is_dir():
        records = load_gold(gold, selected, schema)
    else:
        records = selected.keep(validate_file(gold, whole, schema, gold=True).raise_for_errors())
    if not records:
        where = f"the {split} split" if split != ALL_SPLITS else "the corpus"
        raise ValueError(f"no gold records for {where}" + (f" in {gold}" if gold else ""))
    return GoldSet(selected.restrict(r.doc_id for r in records), schema, tuple(records))
