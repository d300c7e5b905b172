"""The label schema: entity types, event types with their roles, stance labels.

The schema is data, read from ``annotations/schema/{entities,events,stance}.json``; nothing
about the labels is hard-coded in the validator or the scorer, so other schemas can be used.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgold import paths

SCHEMA_FILES = ("entities.json", "events.json", "stance.json")


@dataclass(frozen=True)
class LabelSchema:
    entity_types: tuple[str, ...]
    event_roles: dict[str, tuple[str, ...]]
    event_attributes: dict[str, tuple[str, ...]]
    acled_sub_event_types: tuple[str, ...]
    plover_modes: dict[str, tuple[str, ...]]
    stance_labels: tuple[str, ...]
    stance_kinds: tuple[str, ...]
    factuality_values: tuple[str, ...]
    entity_aliases: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    version: str = ""
    raw: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def event_types(self) -> tuple[str, ...]:
        return tuple(self.event_roles)


class SchemaError(ValueError):
    """The schema files themselves are missing or malformed."""


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open(encoding="utf-8") as handle:
            return json.load(handle)
    except FileNotFoundError:
        raise SchemaError(f"{path}: label schema file is missing") from None
    except json.JSONDecodeError as err:
        raise SchemaError(f"{path}:{err.lineno}: not valid JSON ({err.msg})") from None


def load_schema(directory: str | Path | None = None) -> LabelSchema:
    """Load the label schema from ``directory`` (default: the project's annotations/schema)."""
    directory = Path(directory) if directory is not None else paths.schema_dir()
    raw = {name.removesuffix(".json"): _read(directory / name) for name in SCHEMA_FILES}
    digest = hashlib.sha256(json.dumps(raw, sort_keys=True).encode("utf-8")).hexdigest()
    ents, events, stance = raw["entities"], raw["events"], raw["stance"]
    try:
        return LabelSchema(
            entity_types=tuple(ents["entity_types"]),
            entity_aliases={
                view: {k: tuple(v) for k, v in table.items()}
                for view, table in ents.get("aliases", {}).items()
            },
            event_roles={name: tuple(spec["roles"]) for name, spec in events["event_types"].items()},
            event_attributes={
                name: tuple(spec["values"]) for name, spec in events["attributes"].items()
            },
            acled_sub_event_types=tuple(
                sub for subs in events.get("acled_sub_event_types", {}).values() for sub in subs
            ),
            plover_modes={
                name: tuple(spec.get("modes", ())) for name, spec in events.get("plover", {}).items()
            },
            stance_labels=tuple(stance["labels"]),
            stance_kinds=tuple(stance["kinds"]),
            factuality_values=tuple(stance["factuality_values"]),
            version=digest[:12],
            raw=raw,
        )
    except (KeyError, TypeError, AttributeError) as err:
        raise SchemaError(f"{directory}: label schema lacks or misshapes the entry {err}") from None
