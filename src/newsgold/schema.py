"""The label schema: entity types, event types with their roles, stance labels.

The schema is data, read from ``annotations/schema/{entities,events,stance}.json``; nothing
about the labels is hard-coded in the validator or the scorer, so other schemas can be used.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from collections.abc import Iterable
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
    closed: bool = True  # False: labels taken from a user's gold; predictions may use others

    @property
    def event_types(self) -> tuple[str, ...]:
        return tuple(self.event_roles)


def schema_from_labels(
    entity_types: Iterable[str],
    event_roles: dict[str, Iterable[str]] | None = None,
    base: LabelSchema | None = None,
    closed: bool = False,
) -> LabelSchema:
    """A label schema for gold outside newsgold: its own entity and event labels; event
    attributes and stance inventories as newsgold's (``base``)."""
    base = base if base is not None else load_schema()
    roles = {t: tuple(sorted(set(r))) for t, r in sorted((event_roles or {}).items())}
    labels = {"entity_types": sorted(set(entity_types)), "event_roles": {t: list(r) for t, r in roles.items()}}
    digest = hashlib.sha256(json.dumps(labels, sort_keys=True).encode("utf-8")).hexdigest()
    return LabelSchema(
        entity_types=tuple(labels["entity_types"]),
        event_roles=roles,
        event_attributes=base.event_attributes,
        acled_sub_event_types=base.acled_sub_event_types,
        plover_modes=base.plover_modes,
        stance_labels=base.stance_labels,
        stance_kinds=base.stance_kinds,
        factuality_values=base.factuality_values,
        version=f"labels-{digest[:12]}",
        raw={"entities": {"entity_types": labels["entity_types"]}},
        closed=closed,
    )


def load_labels(path: str | Path, base: LabelSchema | None = None) -> LabelSchema:
    """A ``--labels`` file: a JSON list of entity labels, or {"entity_types": [...],
    "event_types": {type: [roles]}}; predictions are then held to it."""
    path = Path(path)
    data = _read(path)
    if isinstance(data, list) and all(isinstance(x, str) for x in data):
        return schema_from_labels(data, base=base, closed=True)
    if isinstance(data, dict) and isinstance(data.get("entity_types"), list):
        events = data.get("event_types", {})
        if not isinstance(events, dict):
            raise SchemaError(f"{path}: 'event_types' must map each event type to its list of roles")
        return schema_from_labels(data["entity_types"], events, base=base, closed=True)
    raise SchemaError(f"{path}: expected a JSON list of entity labels, or an object with 'entity_types' "
                      "(and optionally 'event_types': {type: [roles]})")


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
