"""Prediction files from anywhere (an LLM extractor, another toolkit), read through the validator.

The file must be in the record format (see the README); it is validated against the
corpus and the label schema before anything is scored, so a misaligned offset, an unknown
label or a prediction made on another version of a text is reported, not scored.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from newsgold.corpus import Corpus, Document, load_corpus
from newsgold.records import LAYERS, Record
from newsgold.schema import LabelSchema
from newsgold.systems.base import System, SystemsError
from newsgold.validate import read_predictions


@dataclass
class PredictionFile(System):
    path: str = ""
    corpus: Corpus | None = None
    schema: LabelSchema | None = None

    def predict(self, documents: Sequence[Document], progress: bool = False) -> list[Record]:
        path = Path(self.path)
        corpus = self.corpus if self.corpus is not None else load_corpus()
        records, report = read_predictions(path, corpus, self.schema)
        self.warnings = [str(p) for p in report.warnings]
        wanted = {d.doc_id for d in documents}
        records = [r for r in records if r.doc_id in wanted]
        if not records:
            raise SystemsError(f"{path}: no record for any of the {len(wanted)} corpus document(s)")
        self.layers = tuple(layer for layer in LAYERS if any(getattr(r, layer) is not None for r in records))
        self.info = {"adapter": "file", "file": str(path)}
        names = sorted({r.system for r in records if r.system})
        if names:
            self.info["system"] = ", ".join(names)
        return [replace(r, system=r.system or self.name) for r in records]
