"""The schema of every Hub configuration, declared once as ``datasets.Features``.

Labels are ``ClassLabel``s whose names come from the label schema (``annotations/schema``)
in the schema's own order, so the integer ids are stable. Spans are ``{start, end, text}``
structs (Python ``str`` offsets, end exclusive); lists of spans and of arguments are nested
``List``s of structs. A ``None`` list means "layer not annotated", an empty list
"nothing found", exactly as in the record format.

``HubLabels`` carries the label inventories; it is built from a ``LabelSchema`` when
exporting and read back from the parquet features when loading or rehydrating an export,
so a downloaded export is self-describing and needs no project checkout.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from datasets import ClassLabel, Features, List, Value

from newsgold.hub.layout import CONFIGS, NER_CONFIG, HubError
from newsgold.schema import LabelSchema

STANCE_TARGET_KINDS = ("event", "entity")


@dataclass(frozen=True)
class HubLabels:
    """The names behind every ClassLabel of the export, in id order."""

    entity: tuple[str, ...]
    event_type: tuple[str, ...]
    role: tuple[str, ...]
    polarity: tuple[str, ...]
    modality: tuple[str, ...]
    acled: tuple[str, ...]
    plover: tuple[str, ...]
    stance_label: tuple[str, ...]
    stance_kind: tuple[str, ...]
    factuality: tuple[str, ...]

    @property
    def ner_tags(self) -> tuple[str, ...]:
        """``O``, then ``B-X``, ``I-X`` for every entity type X in schema order."""
        return ("O", *(f"{prefix}-{label}" for label in self.entity for prefix in ("B", "I")))

    @classmethod
    def from_schema(cls, schema: LabelSchema) -> HubLabels:
        roles: dict[str, None] = {}
        for type_roles in schema.event_roles.values():
            roles.update(dict.fromkeys(type_roles))
        return cls(
            entity=tuple(schema.entity_types),
            event_type=tuple(schema.event_types),
            role=tuple(roles),
            polarity=tuple(schema.event_attributes.get("polarity", ())),
            modality=tuple(schema.event_attributes.get("modality", ())),
            acled=tuple(schema.acled_sub_event_types),
            plover=tuple(schema.plover_modes),
            stance_label=tuple(schema.stance_labels),
            stance_kind=tuple(schema.stance_kinds),
            factuality=tuple(schema.factuality_values),
        )

    @classmethod
    def from_features(cls, features: dict[str, Features]) -> HubLabels:
        """Read the inventories back from the features of the exported configurations."""
        try:
            ent = features["entities"]["entities"].feature
            ev = features["events"]["events"].feature
            st = features["stance"]["stances"].feature
            return cls(
                entity=tuple(ent["label"].names),
                event_type=tuple(ev["type"].names),
                role=tuple(ev["arguments"].feature["role"].names),
                polarity=tuple(ev["polarity"].names),
                modality=tuple(ev["modality"].names),
                acled=tuple(ev["acled"].names),
                plover=tuple(ev["plover"]["category"].names),
                stance_label=tuple(st["label"].names),
                stance_kind=tuple(st["kind"].names),
                factuality=tuple(st["factuality"].names),
            )
        except (KeyError, AttributeError, TypeError) as err:
            raise HubError(f"the export's features lack the label inventory {err}; was it written by newsgold?") from None

    def to_dict(self) -> dict[str, list[str]]:
        return {key: list(value) for key, value in asdict(self).items()}


def _label(names: tuple[str, ...]) -> ClassLabel:
    return ClassLabel(names=list(names))


def _string() -> Value:
    return Value("string")


def _offset() -> Value:
    return Value("int32")


def span_feature() -> dict[str, Value]:
    return {"start": _offset(), "end": _offset(), "text": _string()}


def _record_columns() -> dict[str, Any]:
    """Record-level fields repeated in every layer configuration (one row per record)."""
    return {"doc_id": _string(), "doc_sha256": _string(), "annotator": _string(), "system": _string()}


def documents_features() -> Features:
    return Features(
        {
            "doc_id": _string(),
            "sha256": _string(),
            "characters": _offset(),
            "text": _string(),
            "metadata": _string(),
            "paragraphs": List({"start": _offset(), "end": _offset(), "kind": _string()}),
            "sentences": List({"start": _offset(), "end": _offset()}),
        }
    )


def entities_features(labels: HubLabels) -> Features:
    return Features(
        {
            **_record_columns(),
            "clusters": List({"id": _string(), "name": _string()}),
            "entities": List(
                {
                    "id": _string(),
                    "start": _offset(),
                    "end": _offset(),
                    "text": _string(),
                    "label": _label(labels.entity),
                    "cluster": _string(),
                    "score": Value("float64"),
                    "note": _string(),
                }
            ),
        }
    )


def events_features(labels: HubLabels) -> Features:
    argument = {
        "role": _label(labels.role),
        "start": _offset(),
        "end": _offset(),
        "text": _string(),
        "head": span_feature(),
        "entity": _string(),
        "cluster": _string(),
    }
    return Features(
        {
            **_record_columns(),
            "events": List(
                {
                    "id": _string(),
                    "type": _label(labels.event_type),
                    "trigger": span_feature(),
                    "arguments": List(argument),
                    "polarity": _label(labels.polarity),
                    "modality": _label(labels.modality),
                    "acled": _label(labels.acled),
                    "plover": {"category": _label(labels.plover), "mode": _string()},
                    "score": Value("float64"),
                    "note": _string(),
                }
            ),
        }
    )


def stance_features(labels: HubLabels) -> Features:
    return Features(
        {
            **_record_columns(),
            "stances": List(
                {
                    "id": _string(),
                    "holder": {
                        "author": Value("bool"),
                        "start": _offset(),
                        "end": _offset(),
                        "text": _string(),
                        "entity": _string(),
                        "cluster": _string(),
                    },
                    "target": {"event": _string(), "entity": _string()},
                    "label": _label(labels.stance_label),
                    "kind": _label(labels.stance_kind),
                    "factuality": _label(labels.factuality),
                    "evidence": span_feature(),
                    "score": Value("float64"),
                    "note": _string(),
                }
            ),
        }
    )


def ner_features(labels: HubLabels) -> Features:
    return Features(
        {
            "id": _string(),
            "doc_id": _string(),
            "annotator": _string(),
            "sentence": _offset(),
            "tokens": List(_string()),
            "ner_tags": List(_label(labels.ner_tags)),
            "token_starts": List(_offset()),
            "token_ends": List(_offset()),
        }
    )


def all_features(labels: HubLabels) -> dict[str, Features]:
    """Features of every configuration, in ``CONFIGS`` order."""
    builders = {
        "documents": lambda: documents_features(),
        "entities": lambda: entities_features(labels),
        "events": lambda: events_features(labels),
        "stance": lambda: stance_features(labels),
        NER_CONFIG: lambda: ner_features(labels),
    }
    return {config: builders[config]() for config in CONFIGS}
