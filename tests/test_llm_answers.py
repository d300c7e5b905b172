"""Parsing what a model answers, and the JSON Schemas sent as response_format."""

import json

import pytest
from jsonschema import Draft202012Validator

from newsgold.schema import load_schema
from newsgold.systems.llm.answers import (
    UnparsableAnswer,
    answer_schema,
    check_items,
    parse_answer,
    response_format,
)

SCHEMA = load_schema()
ITEMS = [{"text": "Taliban", "label": "ORG", "context": "the Taliban said"}]


@pytest.mark.parametrize("text", [
    json.dumps({"entities": ITEMS}),
    "```json\n" + json.dumps({"entities": ITEMS}) + "\n```\nThese are all the entities I found.",
    "Here you go:\n```\n" + json.dumps({"entities": ITEMS}, indent=2) + "\n```",
    "Sure! " + json.dumps({"entities": ITEMS}) + " Let me know if you need more.",
    json.dumps(ITEMS),
])
def test_json_is_found_in_fences_and_before_trailing_text(text):
    assert parse_answer(text, "entities") == ITEMS


@pytest.mark.parametrize("text, why", [
    ('{"entities": [{"text": "Taliban", "label": "ORG"', "no JSON object"),
    ("I cannot help with that.", "no JSON object"),
    ('{"events": []}', "no JSON object with a 'entities' list"),
    ("", "empty"),
    (None, "empty"),
])
def test_unparsable_answers_say_why(text, why):
    with pytest.raises(UnparsableAnswer, match=why):
        parse_answer(text, "entities")


def test_an_empty_list_is_an_answer():
    assert parse_answer('{"entities": []}', "entities") == []


def test_bad_items_are_dropped_one_by_one():
    items = [ITEMS[0], {"text": "Kabul", "label": "TOWN"}, {"label": "GPE"}, "Kabul"]
    valid, invalid = check_items(items, "entities", SCHEMA)
    assert valid == [ITEMS[0]]
    assert [item for item, _ in invalid] == items[1:]
    assert "label" in invalid[0][1] and "'text' is a required property" in invalid[1][1]


@pytest.mark.parametrize("layer", ["entities", "events", "stances"])
def test_strict_schemas_are_valid_and_accept_a_full_answer(layer):
    schema = answer_schema(layer, SCHEMA)
    Draft202012Validator.check_schema(schema)
    full = {
        "entities": {"text": "Taliban", "label": "ORG", "context": "the Taliban said"},
        "events": {"id": "E1", "type": "conflict.attack.unspecified", "trigger": "stormed", "context": "c",
                   "arguments": [{"role": "attacker", "text": "Taliban", "context": "c"}],
                   "polarity": "positive", "modality": "asserted"},
        "stances": {"holder": "AUTHOR", "holder_context": "", "target": "E1", "label": "FAVOR",
                    "kind": "factuality", "factuality": "CT+", "evidence": "stormed", "evidence_context": ""},
    }[layer]
    validator = Draft202012Validator(schema)
    assert not list(validator.iter_errors({layer: [full]}))
    missing = {k: v for k, v in full.items() if k != "context" and k != "holder_context"}
    assert list(validator.iter_errors({layer: [missing]}))  # strict: every property required
    assert response_format(layer, SCHEMA, "json_schema")["json_schema"]["schema"] == schema
    assert response_format(layer, SCHEMA, "json_object") == {"type": "json_object"}
    assert response_format(layer, SCHEMA, "none") is None
