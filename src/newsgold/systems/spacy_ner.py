"""spaCy adapter: entities of any installed pipeline, from ``doc.ents`` or a ``doc.spans`` key.

Documents are processed with ``nlp.pipe`` (batched, optionally in several processes);
spans become entities with the pipeline's character offsets, unchanged. Labels must be
schema entity types, or be mapped onto them by a label mapping.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsgold.corpus import Document
from newsgold.records import Entity, Record
from newsgold.schema import LabelSchema, load_schema
from newsgold.systems.base import System, SystemsError, record_for, track
from newsgold.systems.mapping import LabelMapping
from newsgold.systems.spacy_models import load_pipeline

# Components an entity run does not need (only excluded when present).
NOT_NEEDED_FOR_ENTS = ("lemmatizer",)


@dataclass
class SpacyEntities(System):
    model: str = "en_core_web_sm"
    spans_key: str | None = None
    batch_size: int = 32
    n_process: int = 1
    mapping: LabelMapping | None = None
    schema: LabelSchema | None = None

    def __post_init__(self) -> None:
        self.layers = ("entities",)

    def predict(self, documents: Sequence[Document], progress: bool = False) -> list[Record]:
        pipeline = load_pipeline(self.model)
        self.info = {"adapter": "spacy", **pipeline.info()}
        if self.spans_key is not None:
            self.info["spans_key"] = self.spans_key
        nlp = pipeline.nlp
        schema = self.schema if self.schema is not None else load_schema()
        docs = nlp.pipe((d.text for d in documents), batch_size=self.batch_size, n_process=self.n_process)
        records = []
        for document, doc in zip(documents, track(docs, f"{self.name}: spaCy", progress, total=len(documents))):
            spans = self._spans(doc)
            entities = tuple(
                Entity(id=f"T{i}", start=span.start_char, end=span.end_char, text=span.text,
                       label=self._label(span.label_, schema.entity_types))
                for i, span in enumerate(sorted(spans, key=lambda s: (s.start_char, s.end_char)), start=1)
            )
            records.append(record_for(document, self.name, entities=entities))
        return records

    def _spans(self, doc):
        if self.spans_key is None:
            return list(doc.ents)
        if self.spans_key not in doc.spans:
            keys = ", ".join(sorted(doc.spans)) or "none"
            raise SystemsError(f"the spaCy pipeline {self.model} sets no doc.spans[{self.spans_key!r}] "
                               f"(its span keys: {keys}); leave out the spans key to use doc.ents")
        return list(doc.spans[self.spans_key])

    def _label(self, label: str, types: Sequence[str]) -> str:
        mapped = self.mapping.map_label(label, f"spaCy pipeline {self.model}") if self.mapping else label
        if mapped not in types:
            raise SystemsError(
                f"label {label!r} of spaCy pipeline {self.model} is not an entity type of the schema; "
                "give a label mapping (e.g. --mapping conll2003) that maps it"
            )
        return mapped
