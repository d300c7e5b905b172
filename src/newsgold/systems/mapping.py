"""Label mappings: a system's entity labels onto the schema's, and the view they are scored in.

A mapping is data (``mappings/<name>.json``, or any JSON file of the same shape)::

    {"name": "conll2003", "description": "...",
     "labels": {"PER": "PERSON", "LOC": "GPE", ...},   # system label -> schema entity type
     "view":   {"GPE": "LOCATION", "LOC": "LOCATION", ...}}  # schema type -> scored category

``labels`` is applied when predictions are made (the prediction file then holds schema
labels and passes the validator); an empty ``labels`` means the system already uses the
schema's labels. A label the mapping does not name is refused, never guessed. ``view`` is
applied to gold and predictions alike when they are scored: types mapped to one category
count as the same type, and types the view leaves out are not scored (a CoNLL model is
not charged for DATE, which CoNLL does not annotate). The mapping's name and content hash
(``conll2003@1a2b3c4d``) go into every signature of a score made with it.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from newsgold.jsonio import InputError, decode, loads_json, read_bytes, shown
from newsgold.records import Record
from newsgold.schema import LabelSchema, load_schema
from newsgold.systems.base import SystemsError

MAPPINGS_DIR = Path(__file__).resolve().parent / "mappings"


class MappingError(SystemsError):
    """A label the mapping does not cover, or a malformed mapping file."""


@dataclass(frozen=True)
class LabelMapping:
    name: str
    description: str
    labels: dict[str, str]
    view: dict[str, str] | None
    digest: str

    @property
    def signature_name(self) -> str:
        """What signatures record: the name and the first 8 hex digits of the content hash."""
        return f"{self.name}@{self.digest[:8]}"

    def map_label(self, label: str, system: str = "the system") -> str:
        """The schema label for a system label; ``MappingError`` for a label not in the mapping."""
        if not self.labels:
            return label
        try:
            return self.labels[label]
        except KeyError:
            known = ", ".join(sorted(self.labels))
            raise MappingError(
                f"label {label!r} of {system} is not in the label mapping {self.name!r} "
                f"(it maps {known}); add it to the mapping or choose another mapping"
            ) from None

    def view_records(self, records: Sequence[Record]) -> list[Record]:
        """Records with entity labels replaced by their view category; unscored types dropped."""
        if self.view is None:
            return list(records)
        out = []
        for record in records:
            if record.entities is None:
                out.append(record)
                continue
            entities = tuple(replace(e, label=self.view[e.label]) for e in record.entities if e.label in self.view)
            out.append(replace(record, entities=entities))
        return out


def available_mappings() -> list[str]:
    return sorted(p.stem for p in MAPPINGS_DIR.glob("*.json"))


def load_mapping(name: str, schema: LabelSchema | None = None) -> LabelMapping:
    """Load a mapping by name (``mappings/<name>.json``) or path, and check it against the schema."""
    path = Path(name)
    if not (path.suffix == ".json" and os.path.lexists(path)):
        path = MAPPINGS_DIR / f"{name}.json"
        if not path.is_file():
            raise MappingError(f"unknown label mapping {shown(repr(name))}; expected one of "
                               f"{', '.join(available_mappings())} or the path of a mapping JSON file")
    what = "a label mapping (JSON: name, labels, view)"
    try:
        raw = read_bytes(path, what)
        data = loads_json(decode(raw, path), path, what)
    except InputError as error:
        raise MappingError(str(error)) from None
    try:
        mapping = LabelMapping(
            name=str(data["name"]), description=str(data.get("description", "")),
            labels={str(k): str(v) for k, v in data.get("labels", {}).items()},
            view={str(k): str(v) for k, v in data["view"].items()} if data.get("view") is not None else None,
            digest=hashlib.sha256(raw).hexdigest(),
        )
    except (KeyError, AttributeError, TypeError) as error:
        raise MappingError(f"{shown(path)}: not a label mapping ({type(error).__name__}: {error}); "
                           "expected an object {name, labels, view}") from None
    schema = schema if schema is not None else load_schema()
    types = set(schema.entity_types)
    bad = sorted({v for v in mapping.labels.values() if v not in types} | set(mapping.view or {}) - types)
    if bad:
        raise MappingError(f"{path}: label mapping {mapping.name!r} names {', '.join(bad)}, "
                           f"which are not entity types of the schema")
    return mapping
