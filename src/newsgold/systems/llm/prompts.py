"""Prompts: one versioned template file per layer, filled from the label schema and the document.

Templates live in ``prompts/<layer>.v<N>.txt`` (package data): comment lines, then a
``=== system ===`` part and a ``=== user ===`` part in ``string.Template`` syntax. The
highest version of a layer is used. A prompt's id, ``<layer>-v<N>.<first 8 hex digits of the
file's sha256>``, names the exact text: editing a template without a new version number
still changes the id that provenance, signatures and the cache record.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from string import Template
from typing import Any

from newsgold.schema import LabelSchema
from newsgold.systems.base import SystemsError

_NAME = re.compile(r"^(?P<layer>[a-z]+)\.v(?P<version>\d+)\.txt$")
_PARTS = re.compile(r"^=== (system|user) ===$", re.MULTILINE)


@dataclass(frozen=True)
class PromptTemplate:
    layer: str
    version: int
    system: str
    user: str
    sha256: str

    @property
    def id(self) -> str:
        return f"{self.layer}-v{self.version}.{self.sha256[:8]}"


@dataclass(frozen=True)
class Example:
    """A few-shot example: an excerpt of a dev document and the answer its gold gives."""

    doc_id: str
    text: str
    answer: dict[str, Any]
    events: tuple[dict[str, Any], ...] = ()


def _files() -> dict[str, list[tuple[int, str]]]:
    found: dict[str, list[tuple[int, str]]] = {}
    for entry in resources.files("newsgold.systems.llm").joinpath("prompts").iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.setdefault(match["layer"], []).append((int(match["version"]), entry.name))
    return found


def load_template(layer: str, version: int | None = None) -> PromptTemplate:
    """The template of ``layer`` (its highest version unless ``version`` is given)."""
    versions = dict(_files().get(layer, []))
    if not versions or (version is not None and version not in versions):
        have = ", ".join(f"v{v}" for v in sorted(versions)) or "none"
        raise SystemsError(f"no prompt template for layer {layer!r}" + (f" version {version}" if version else "")
                           + f"; shipped versions: {have}")
    chosen = version if version is not None else max(versions)
    raw = resources.files("newsgold.systems.llm").joinpath("prompts", versions[chosen]).read_bytes()
    parts = _PARTS.split(raw.decode("utf-8"))
    if len(parts) != 5 or parts[1] != "system" or parts[3] != "user":
        raise SystemsError(f"prompt template {versions[chosen]}: expected one '=== system ===' line, "
                           "then one '=== user ===' line")
    system, user = parts[2].strip("\n"), parts[4].strip("\n")
    return PromptTemplate(layer, chosen, system, user, hashlib.sha256(raw).hexdigest())


def _described(entries: dict[str, Any]) -> str:
    return "\n".join(f"- {name}: {spec.get('description', '')}".rstrip(": ") for name, spec in entries.items())


def schema_values(layer: str, schema: LabelSchema) -> dict[str, str]:
    """The inventory placeholders of ``layer``'s template, from the label schema."""
    raw = schema.raw
    if layer == "entities":
        specs = raw.get("entities", {}).get("entity_types", {})
        return {"entity_types": _described({t: specs.get(t, {}) if isinstance(specs, dict) else {}
                                            for t in schema.entity_types})}
    if layer == "events":
        specs = raw.get("events", {}).get("event_types", {})
        lines = []
        for name, roles in schema.event_roles.items():
            description = specs.get(name, {}).get("description", "")
            lines.append(f"- {name}: {description} Roles: {', '.join(roles) or 'none'}.".replace(":  Roles", ": Roles"))
        attributes = raw.get("events", {}).get("attributes", {})
        return {"event_types": "\n".join(lines),
                **{name: f"{' | '.join(values)}. {attributes.get(name, {}).get('description', '')}".strip()
                   for name, values in schema.event_attributes.items()}}
    stance = raw.get("stance", {})
    return {
        "stance_labels": _described({k: stance.get("labels", {}).get(k, {}) for k in schema.stance_labels}),
        "stance_kinds": _described({k: stance.get("kinds", {}).get(k, {}) for k in schema.stance_kinds}),
        "factuality_values": _described({k: stance.get("factuality_values", {}).get(k, {})
                                         for k in schema.factuality_values}),
    }


def events_listing(events: Sequence[dict[str, Any]]) -> str:
    """The events a stance prompt targets, one JSON object a line."""
    return "\n".join(json.dumps(e, ensure_ascii=False) for e in events) or "(none)"


def _user(template: PromptTemplate, text: str, events: Sequence[dict[str, Any]]) -> str:
    try:
        return Template(template.user).substitute(text=text, events=events_listing(events))
    except (KeyError, ValueError) as error:
        raise SystemsError(f"prompt template {template.id}: bad placeholder in the user part ({error})") from None


def build_messages(
    template: PromptTemplate,
    schema: LabelSchema,
    text: str,
    events: Sequence[dict[str, Any]] = (),
    examples: Sequence[Example] = (),
) -> list[dict[str, str]]:
    """Chat messages: the system prompt, each example as a user/assistant turn, the document."""
    try:
        system = Template(template.system).substitute(schema_values(template.layer, schema))
    except (KeyError, ValueError) as error:
        raise SystemsError(f"prompt template {template.id}: bad placeholder in the system part ({error})") from None
    messages = [{"role": "system", "content": system}]
    for example in examples:
        messages.append({"role": "user", "content": _user(template, example.text, example.events)})
        messages.append({"role": "assistant", "content": json.dumps(example.answer, ensure_ascii=False)})
    messages.append({"role": "user", "content": _user(template, text, events)})
    return messages
