"""report.schema.json describes Report.to_dict() exactly: real reports pass, broken ones fail."""

from __future__ import annotations

import copy
import dataclasses
import json
from importlib.resources import files

import jsonschema
import pytest

import newsgold
from helpers import seed_gold
from newsgold.reports import Report, evaluate
from newsgold.reports.model import REPORT_FORMAT
from newsgold.scoring.event_errors import ARGUMENT_OUTCOMES
from newsgold.scoring.matching import OUTCOMES
from newsgold.scoring.stance_errors import STANCE_ERROR_KINDS

SCHEMA = json.loads(files("newsgold").joinpath("schemas/report.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def perturbed(gold):
    record = gold[0]
    entities = [dataclasses.replace(e, label="ORG" if e.label != "ORG" else "GPE") if i % 5 == 1 else e
                for i, e in enumerate(record.entities) if i % 7 != 3]
    events = [dataclasses.replace(ev, type="conflict.attack.unspecified") if i % 4 == 1 else ev
              for i, ev in enumerate(record.events) if i % 6 != 2]
    flip = {"FAVOR": "AGAINST", "AGAINST": "NONE", "NONE": "FAVOR"}
    stances = [dataclasses.replace(s, label=flip[s.label]) if i % 3 == 1 else s for i, s in enumerate(record.stances)]
    return [dataclasses.replace(record, annotator=None, entities=tuple(entities), events=tuple(events),
                                stances=tuple(stances))]


@pytest.fixture(scope="module")
def report() -> Report:
    gold = seed_gold()
    return evaluate(gold, perturbed(gold), system="perturbed", n_resamples=200)


@pytest.fixture(scope="module")
def data(report) -> dict:
    return json.loads(json.dumps(report.to_dict()))  # what a reader of the JSON file sees


@pytest.fixture(scope="module")
def small(data) -> dict:
    """The report cut down (fewer units, mentions and errors), still valid: cheap to break and check."""
    d = copy.deepcopy(data)
    for section in d["sections"]:
        if section["counts"] is not None:
            section["counts"] = {k: v[:2] if k != "categories" else v for k, v in section["counts"].items()}
    for key in ("errors", "trigger_errors", "argument_errors", "stance_errors"):
        d[key] = d[key][:8]
    for key in ("documents", "event_documents"):
        d[key] = [{**doc, "gold": doc["gold"][:5], "pred": doc["pred"][:5]} for doc in d[key]]
    assert errors(d) == []
    return d


def errors(instance) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in VALIDATOR.iter_errors(instance)]


def test_the_schema_is_a_valid_draft_2020_12_schema():
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_the_schema_agrees_with_the_code():
    assert SCHEMA["properties"]["format"]["const"] == REPORT_FORMAT
    assert SCHEMA["$defs"]["mention"]["properties"]["outcome"]["enum"] == list(OUTCOMES)
    assert SCHEMA["$defs"]["errorKind"]["enum"] == [o for o in OUTCOMES if o != "correct"]
    assert SCHEMA["$defs"]["argumentOutcome"]["enum"] == list(ARGUMENT_OUTCOMES)
    assert SCHEMA["$defs"]["stanceError"]["properties"]["kind"]["enum"] == list(STANCE_ERROR_KINDS)


def test_a_report_on_every_layer_is_valid(report, data):
    assert {s["layer"] for s in data["sections"]} == {"entities", "events", "stances", "coreference"}
    assert data["confusion"] is not None and data["errors"] and data["documents"]
    assert {e["kind"] for e in data["errors"]} >= {"missed", "wrong type"}
    assert {e["kind"] for e in data["trigger_errors"]} >= {"missed", "wrong type"}
    assert {e["kind"] for e in data["argument_errors"]} >= {"missed"}
    assert {e["kind"] for e in data["stance_errors"]} >= {"missed", "wrong label"}
    assert {s["part"] for s in data["event_documents"][0]["gold"]} == {"trigger", "argument"}
    assert errors(data) == []
    assert errors(report.to_dict()) == []  # before the JSON round trip too (numpy scalars and all)


def test_a_read_back_report_is_valid(data):
    again = json.loads(json.dumps(Report.from_dict(data).to_dict()))
    assert errors(again) == []
    assert again == data


def test_a_minimal_report_is_valid(data):
    minimal = {k: data[k] for k in ("format", "system", "signatures", "sections")}
    assert errors(minimal) == []


@pytest.mark.parametrize("breakage", [
    "no sections", "wrong format", "unknown top-level key", "row without f1", "f1 above one", "unknown row kind",
    "interval without high", "signature of another layer", "signature without string", "spurious gold mention",
    "unknown outcome", "negative offset", "unknown error kind", "error with extra key", "section without micro row",
    "confusion with negative count", "baseline as string", "argument error of kind correct",
    "argument error with extra key", "missed argument with a predicted role", "stance error of unknown kind",
    "missed stance with a predicted label", "stance error without cue", "event span of unknown part",
    "trigger outcome misattached", "spurious gold event span",
])
def test_a_broken_report_is_invalid(small, breakage):
    d = copy.deepcopy(small)
    entities = next(s for s in d["sections"] if s["layer"] == "entities")
    if breakage == "no sections":
        del d["sections"]
    elif breakage == "wrong format":
        d["format"] = "newsgold.report/0"
    elif breakage == "unknown top-level key":
        d["score"] = 0.5
    elif breakage == "row without f1":
        del entities["rows"][0]["f1"]
    elif breakage == "f1 above one":
        entities["rows"][0]["f1"] = 1.5
    elif breakage == "unknown row kind":
        entities["rows"][0]["kind"] = "average"
    elif breakage == "interval without high":
        del entities["rows"][0]["f1_ci"]["high"]
    elif breakage == "signature of another layer":
        d["signatures"]["entities"]["layer"] = "events"
    elif breakage == "signature without string":
        del d["signatures"]["events"]["string"]
    elif breakage == "spurious gold mention":
        d["documents"][0]["gold"][0]["outcome"] = "spurious"
    elif breakage == "unknown outcome":
        d["documents"][0]["pred"][0]["outcome"] = "almost"
    elif breakage == "negative offset":
        d["documents"][0]["gold"][0]["start"] = -1
    elif breakage == "unknown error kind":
        d["errors"][0]["kind"] = "correct"
    elif breakage == "error with extra key":
        d["errors"][0]["severity"] = "high"
    elif breakage == "section without micro row":
        entities["rows"] = [r for r in entities["rows"] if r["kind"] != "micro"]
    elif breakage == "confusion with negative count":
        d["confusion"]["matrix"][0][0] = -1
    elif breakage == "baseline as string":
        d["baseline"] = "no"
    elif breakage == "argument error of kind correct":
        d["argument_errors"][0]["kind"] = "correct"
    elif breakage == "argument error with extra key":
        d["argument_errors"][0]["severity"] = "high"
    elif breakage == "missed argument with a predicted role":
        missed = next(e for e in d["argument_errors"] if e["kind"] == "missed")
        missed["pred_role"] = "place"
    elif breakage == "stance error of unknown kind":
        d["stance_errors"][0]["kind"] = "wrong holder"
    elif breakage == "missed stance with a predicted label":
        missed = next(e for e in d["stance_errors"] if e["kind"] == "missed")
        missed["pred_label"] = "FAVOR"
    elif breakage == "stance error without cue":
        del d["stance_errors"][0]["cue"]
    elif breakage == "event span of unknown part":
        d["event_documents"][0]["gold"][0]["part"] = "head"
    elif breakage == "trigger outcome misattached":
        trigger = next(s for s in d["event_documents"][0]["gold"] if s["part"] == "trigger")
        trigger["outcome"] = "misattached"
    elif breakage == "spurious gold event span":
        d["event_documents"][0]["gold"][0]["outcome"] = "spurious"
    assert errors(d), breakage


def test_the_schema_is_shipped_with_the_package():
    assert files("newsgold").joinpath("schemas/report.schema.json").is_file()
