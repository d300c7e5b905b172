"""What the model answers: a JSON Schema per layer, and a tolerant parser of its text.

``answer_schema`` is generated from the label schema (types, roles, labels as enums). The
strict form (every property required, no others: what OpenAI's structured outputs accept)
is sent as ``response_format``; the lenient form (only the essential properties required)
checks each item of an answer, so one bad item is dropped, not the whole answer.
``parse_answer`` takes the JSON out of the text (whole, in a code fence, or followed by
other text) and raises ``UnparsableAnswer`` when there is none.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

from newsgold.schema import LabelSchema

_FENCE = re.compile(r"```[A-Za-z]*[ \t]*\n?(.*?)```", re.DOTALL)
_TEXT = {"type": "string"}
_MAX_SHOWN = 200


class UnparsableAnswer(ValueError):
    """The model's answer holds no JSON object with the layer's list."""


def _object(properties: dict[str, Any], essential: tuple[str, ...], strict: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "object", "properties": properties,
                           "required": list(properties) if strict else list(essential)}
    if strict:
        out["additionalProperties"] = False
    return out


def _enum(values, nullable: bool = False) -> dict[str, Any]:
    values = list(values)
    return {"type": ["string", "null"], "enum": [*values, None]} if nullable else {"type": "string", "enum": values}


def item_schema(layer: str, schema: LabelSchema, strict: bool = False) -> dict[str, Any]:
    """The JSON Schema of one item of ``layer``'s answer list."""
    if layer == "entities":
        return _object({"text": _TEXT, "label": _enum(schema.entity_types), "context": _TEXT},
                       ("text", "label"), strict)
    if layer == "events":
        roles = sorted({r for rs in schema.event_roles.values() for r in rs})
        role = _enum(roles) if strict else _TEXT  # checked against the event's type, argument by argument
        argument = _object({"role": role, "text": _TEXT, "context": _TEXT}, ("role", "text"), strict)
        attributes = {name: _enum(values, nullable=not strict) for name, values in schema.event_attributes.items()}
        return _object({"id": _TEXT, "type": _enum(schema.event_types), "trigger": _TEXT, "context": _TEXT,
                        "arguments": {"type": "array", "items": argument}, **attributes},
                       ("type", "trigger"), strict)
    if layer == "stances":
        return _object({"holder": _TEXT, "holder_context": _TEXT, "target": _TEXT,
                        "label": _enum(schema.stance_labels), "kind": _enum(schema.stance_kinds, nullable=not strict),
                        "factuality": _enum(schema.factuality_values, nullable=True),
                        "evidence": _TEXT, "evidence_context": _TEXT},
                       ("holder", "target", "label"), strict)
    raise ValueError(f"unknown layer {layer!r}")


def answer_schema(layer: str, schema: LabelSchema, strict: bool = True) -> dict[str, Any]:
    """The JSON Schema of a whole answer: ``{"<layer>": [item, ...]}``."""
    return _object({layer: {"type": "array", "items": item_schema(layer, schema, strict)}}, (layer,), strict)


def response_format(layer: str, schema: LabelSchema, kind: str) -> dict[str, Any] | None:
    """The ``response_format`` request parameter: ``json_schema``, ``json_object`` or none."""
    if kind == "json_schema":
        return {"type": "json_schema",
                "json_schema": {"name": f"newsgold_{layer}", "strict": True, "schema": answer_schema(layer, schema)}}
    if kind == "json_object":
        return {"type": "json_object"}
    return None


def _json_values(text: str) -> Iterator[Any]:
    """JSON values in ``text``: the whole text, each fenced block, then each value starting at a
    brace or bracket (what follows it is ignored)."""
    stripped = text.strip()
    for candidate in (stripped, *(block.strip() for block in _FENCE.findall(stripped))):
        try:
            yield json.loads(candidate)
        except ValueError:
            pass
    decoder = json.JSONDecoder()
    for match in re.finditer(r"[{\[]", stripped):
        try:
            yield decoder.raw_decode(stripped, match.start())[0]
        except ValueError:
            continue


def parse_answer(text: str | None, layer: str) -> list[Any]:
    """The list of items of ``layer`` in the model's answer."""
    if not text or not text.strip():
        raise UnparsableAnswer("the answer is empty")
    for value in _json_values(text):
        if isinstance(value, dict) and isinstance(value.get(layer), list):
            return value[layer]
        if isinstance(value, list) and all(isinstance(v, dict) for v in value) and value:
            return value
    shown = text.strip().replace("\n", " ")
    shown = shown if len(shown) <= _MAX_SHOWN else shown[:_MAX_SHOWN] + "..."
    raise UnparsableAnswer(f"no JSON object with a {layer!r} list in the answer: {shown!r}")


def check_items(items: list[Any], layer: str, schema: LabelSchema) -> tuple[list[dict[str, Any]], list[tuple[Any, str]]]:
    """(valid items, [(invalid item, why)]) against the lenient item schema."""
    validator = Draft202012Validator(item_schema(layer, schema))
    valid, invalid = [], []
    for item in items:
        error = best_match(validator.iter_errors(item))
        if error is None:
            valid.append(item)
        else:
            where = "/".join(str(p) for p in error.absolute_path)
            invalid.append((item, f"{where + ': ' if where else ''}{_short(error.message)}"))
    return valid, invalid


def _short(message: str) -> str:
    return message if len(message) <= _MAX_SHOWN else message[:_MAX_SHOWN] + "..."
