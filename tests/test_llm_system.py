"""The LLM adapter against a local Chat Completions server replaying recorded responses.

Each test starts ``llm_server.ReplayServer`` on 127.0.0.1; no network, no model.
"""

import json
import socket
import time

import pytest

pytest.importorskip("openai")

from llm_server import ReplayServer, Reply, user_text

from newsgold.corpus import Document, load_corpus, sha256_text
from newsgold.records import Argument, Entity, Event, Holder, Span, Stance
from newsgold.systems.base import ModelUnavailable, SystemsError
from newsgold.systems.llm import LLMSettings, llm_system

# "Taliban" 0-7, "fighters" 8-16, "stormed" 17-24, "Qala-e-Naw" 25-35, "Friday" 39-45, "officials" 47-56,
# "said" 57-61, "\n\n" 62-64, "The" 64-67, "Taliban" 68-75, "’s" 75-77, "offer" 78-83, "ceasefire" 89-98
TEXT = "Taliban fighters stormed Qala-e-Naw on Friday, officials said.\n\nThe Taliban’s offer of a ceasefire was rejected."


def document(doc_id="toy", text=TEXT):
    return Document(doc_id, text, sha256_text(text), {}, (), ((0, 62), (64, len(text))))


ENTITIES = {"entities": [
    {"text": "Taliban", "label": "ORG", "context": "Taliban fighters stormed"},
    {"text": "Qala-e-Naw", "label": "GPE", "context": ""},
    {"text": "Friday", "label": "DATE", "context": ""},
    {"text": "Taliban", "label": "ORG", "context": ""},  # the second occurrence, by order
    {"text": "Kandahar", "label": "GPE", "context": ""},  # hallucinated
    {"text": "Taliban", "label": "TOWN", "context": ""},  # off-schema
]}
EVENTS = {"events": [
    {"id": "E7", "type": "conflict.attack.unspecified", "trigger": "stormed", "context": "fighters stormed Qala-e-Naw",
     "arguments": [{"role": "attacker", "text": "Taliban fighters", "context": ""},
                   {"role": "target", "text": "Qala-e-Naw", "context": ""},
                   {"role": "giver", "text": "officials", "context": ""}],  # not a role of the type
     "polarity": "positive", "modality": "asserted"},
    {"id": "E8", "type": "contact.commitmentpromiseexpressintent.unspecified", "trigger": "offer", "context": "",
     "arguments": [{"role": "communicator", "text": "The Taliban", "context": ""}],
     "polarity": "positive", "modality": "asserted"},
    {"id": "E9", "type": "conflict.attack.unspecified", "trigger": "bombed", "context": "", "arguments": [],
     "polarity": "positive", "modality": "asserted"},  # hallucinated trigger
]}
STANCES = {"stances": [
    {"holder": "officials", "holder_context": "", "target": "E1", "label": "FAVOR", "kind": "factuality",
     "factuality": "CT+", "evidence": "said", "evidence_context": ""},
    {"holder": "AUTHOR", "holder_context": "", "target": "E2", "label": "FAVOR", "kind": "factuality",
     "factuality": "CT+", "evidence": "", "evidence_context": ""},
    {"holder": "AUTHOR", "holder_context": "", "target": "E9", "label": "FAVOR", "kind": "factuality",
     "factuality": "CT+", "evidence": "", "evidence_context": ""},  # no such event
]}
ANSWERS = {"entities": ENTITIES, "events": EVENTS, "stances": STANCES}


def layer_of(request):
    return request["response_format"]["json_schema"]["name"].removeprefix("newsgold_")


def recorded(request):
    return Reply(json.dumps(ANSWERS[layer_of(request)]), prompt_tokens=1000, completion_tokens=200)


def settings(server, tmp_path, **kw):
    kw = {"base_url": server.url, "cache_dir": tmp_path / "cache", "max_retries": 2, "timeout": 5.0,
          "concurrency": 1, **kw}
    return LLMSettings("test-model", **kw)


def test_answers_become_grounded_linked_records(tmp_path):
    with ReplayServer(recorded) as server:
        system = llm_system(settings(server, tmp_path, price_per_mtok=(0.15, 0.60)))
        (record,) = system.predict([document()])
    assert len(server.requests) == 3
    assert record.doc_sha256 == sha256_text(TEXT)
    assert record.entities == (
        Entity(0, 7, "ORG", "Taliban", id="T1"), Entity(25, 35, "GPE", "Qala-e-Naw", id="T2"),
        Entity(39, 45, "DATE", "Friday", id="T3"), Entity(68, 75, "ORG", "Taliban", id="T4"))
    assert record.events == (
        Event("conflict.attack.unspecified", Span(17, 24, "stormed"),
              (Argument("attacker", 0, 16, "Taliban fighters"), Argument("target", 25, 35, "Qala-e-Naw")),
              id="E1", polarity="positive", modality="asserted"),
        Event("contact.commitmentpromiseexpressintent.unspecified", Span(78, 83, "offer"),
              (Argument("communicator", 64, 75, "The Taliban"),), id="E2", polarity="positive", modality="asserted"))
    assert record.stances == (
        Stance(Holder(Span(47, 56, "officials")), "event", "E1", "FAVOR", id="S1", kind="factuality",
               factuality="CT+", evidence=Span(57, 61, "said")),
        Stance(Holder(), "event", "E2", "FAVOR", id="S2", kind="factuality", factuality="CT+",
               evidence=Span(78, 83, "offer")))
    # the stance prompt lists the grounded events under their record ids
    assert '{"id": "E2", "type": "contact.commitmentpromiseexpressintent.unspecified", "trigger": "offer"' in \
        server.requests[2]["messages"][-1]["content"]
    run = system.run
    ents, evs, sts = run.layers["entities"], run.layers["events"], run.layers["stances"]
    assert (ents.mentions, ents.ungrounded, ents.invalid, ents.exact) == (5, 1, 1, 4)
    assert ents.hallucination_rate == 1 / 5
    assert (evs.mentions, evs.ungrounded, evs.invalid) == (6, 1, 1)  # 3 triggers, 3 arguments (E9's none)
    assert (sts.mentions, sts.ungrounded, sts.invalid) == (2, 0, 1)
    assert (ents.prompt_tokens, ents.completion_tokens) == (1000, 200)
    assert ents.cost((0.15, 0.60)) == pytest.approx((1000 * 0.15 + 200 * 0.60) / 1e6)
    assert [(u.layer, u.kind, u.text) for u in run.unplaced if u.kind != "item"] == [
        ("entities", "entity", "Kandahar"), ("events", "trigger", "bombed")]
    prompts = "+".join(f"{layer}-v1." for layer in ("entities", "events", "stances"))
    assert record.system.startswith(f"openai:test-model|host:127.0.0.1:{server.url.split(':')[2][:-3]}|prompts:")
    assert record.system.endswith("|temperature:0|seed:0|few-shot:0")
    assert all(part in record.system for part in prompts.split("+"))
    assert system.info["prompts"] in record.system and "entities" in system.info


def test_requests_carry_schema_model_temperature_and_seed(tmp_path):
    with ReplayServer(recorded) as server:
        llm_system(settings(server, tmp_path, layers=("entities",), temperature=0.3, seed=7)).predict([document()])
    (request,) = server.requests
    assert request["model"] == "test-model"
    assert (request["temperature"], request["seed"]) == (0.3, 7)
    assert request["response_format"]["type"] == "json_schema"
    assert request["messages"][0]["role"] == "system" and "PERSON" in request["messages"][0]["content"]
    assert user_text(request) == TEXT


def test_429_with_retry_after_twice_then_the_answer(tmp_path):
    busy = Reply(status=429, headers={"Retry-After": "1"})
    with ReplayServer([busy, busy, Reply(json.dumps(ENTITIES))]) as server:
        system = llm_system(settings(server, tmp_path, layers=("entities",)))
        started = time.monotonic()
        (record,) = system.predict([document()])
        waited = time.monotonic() - started
    assert len(server.requests) == 3
    assert len(record.entities) == 4
    assert system.run.layers["entities"].retries == 2
    assert waited >= 2.0  # two Retry-After: 1 (the client's own backoff would wait at most 1.5 s)


def test_a_500_is_retried(tmp_path):
    with ReplayServer([Reply(status=500), Reply(json.dumps(ENTITIES))]) as server:
        system = llm_system(settings(server, tmp_path, layers=("entities",)))
        (record,) = system.predict([document()])
    assert len(server.requests) == 2 and len(record.entities) == 4
    assert system.run.complete


def test_a_500_that_persists_is_a_failure(tmp_path):
    with ReplayServer([Reply(status=500)]) as server:
        system = llm_system(settings(server, tmp_path, layers=("entities",), max_retries=1))
        (record,) = system.predict([document()])
    assert len(server.requests) == 2
    assert record.entities is None
    (failure,) = system.run.failures
    assert failure.error.startswith("HTTP 500 after 1 retries")
    assert not system.run.complete


def test_a_slow_response_beyond_the_timeout_is_retried(tmp_path):
    with ReplayServer([Reply(json.dumps(ENTITIES), delay=3.0), Reply(json.dumps(ENTITIES))]) as server:
        system = llm_system(settings(server, tmp_path, layers=("entities",), timeout=0.5, max_retries=1))
        (record,) = system.predict([document()])
    assert len(server.requests) == 2 and len(record.entities) == 4


def test_a_response_always_too_slow_is_a_failure(tmp_path):
    with ReplayServer([Reply(json.dumps(ENTITIES), delay=2.0)]) as server:
        system = llm_system(settings(server, tmp_path, layers=("entities",), timeout=0.5, max_retries=0))
        (record,) = system.predict([document()])
    assert record.entities is None
    assert system.run.failures[0].error == "timed out after 0.5 s (0 retries)"


@pytest.mark.parametrize("content", [
    "I'm sorry, I cannot annotate this article.",
    '{"entities": [{"text": "Taliban", "label": "ORG", "context": "',  # malformed JSON
])
def test_an_unparsable_answer_is_a_failure_with_its_raw_text(tmp_path, content):
    with ReplayServer([Reply(content)]) as server:
        system = llm_system(settings(server, tmp_path, layers=("entities", "events")))
        records = system.predict([document(), document("toy2", TEXT.replace("Friday", "Monday"))])
        again = llm_system(settings(server, tmp_path, layers=("entities", "events"))).predict([document()])
    assert [r.entities for r in records] == [None, None] and again[0].entities is None
    run = system.run
    assert [(f.doc_id, f.layer, f.raw) for f in run.failures] == [
        ("toy", "entities", content), ("toy", "events", content), ("toy2", "entities", content),
        ("toy2", "events", content)]
    assert run.failures[0].error.startswith("no JSON object with a 'entities' list in the answer")
    assert run.layers["entities"].failures == 2 and run.layers["entities"].prompt_tokens == 200
    assert len(server.requests) == 4 + 2  # unparsable answers are not cached: the rerun asks again


def test_json_in_a_code_fence_with_trailing_text_is_an_answer(tmp_path):
    fenced = "Here are the entities:\n```json\n" + json.dumps(ENTITIES, indent=2) + "\n```\nLet me know if you need more."
    with ReplayServer([Reply(fenced)]) as server:
        system = llm_system(settings(server, tmp_path, layers=("entities",)))
        (record,) = system.predict([document()])
    assert len(record.entities) == 4 and system.run.complete


def test_a_body_that_is_not_json_is_a_failure(tmp_path):
    with ReplayServer([Reply(body=b"<html>502 Bad Gateway</html>")]) as server:
        system = llm_system(settings(server, tmp_path, layers=("entities",)))
        (record,) = system.predict([document()])
    assert record.entities is None
    assert len(system.run.failures) == 1


def test_a_second_run_sends_no_request_and_gives_the_same_records(tmp_path):
    docs = [document(), document("toy2", TEXT.replace("Friday", "Monday"))]
    with ReplayServer(recorded) as server:
        first = llm_system(settings(server, tmp_path, concurrency=4)).predict(docs)
        sent = len(server.requests)
        system = llm_system(settings(server, tmp_path, concurrency=4))
        second = system.predict(docs)
    assert sent == 6 and len(server.requests) == 6
    assert [r.to_dict() for r in first] == [r.to_dict() for r in second]
    assert all(s.cached == 2 and s.requests == 0 for s in system.run.layers.values())
    assert system.run.layers["entities"].prompt_tokens == 2000  # the tokens the cached answers cost


def test_the_request_budget_stops_sending_and_a_rerun_resumes(tmp_path):
    docs = [document(f"toy{i}", TEXT.replace("Friday", day)) for i, day in enumerate(("Monday", "Tuesday", "Friday"))]
    with ReplayServer(recorded) as server:
        system = llm_system(settings(server, tmp_path, layers=("entities",), max_requests=2))
        records = system.predict(docs)
        assert len(server.requests) == 2
        assert [r.entities is not None for r in records] == [True, True, False]
        assert system.run.layers["entities"].skipped == 1 and not system.run.complete
        resumed = llm_system(settings(server, tmp_path, layers=("entities",))).predict(docs)
    assert len(server.requests) == 3  # only the document left out was asked
    assert all(r.entities is not None for r in resumed)


def test_a_server_refusing_response_format_gets_plain_requests(tmp_path):
    def server_without_schemas(request):
        if "response_format" in request:
            return Reply(status=400)
        return Reply(json.dumps(ENTITIES))

    with ReplayServer(server_without_schemas) as server:
        system = llm_system(settings(server, tmp_path, layers=("entities",)))
        records = system.predict([document(), document("toy2", TEXT.replace("Friday", "Monday"))])
    assert [len(r.entities) for r in records] == [4, 3]  # "Friday" is not in the second text
    assert ["response_format" in r for r in server.requests] == [True, False, False]
    assert "refused response_format" in system.run.notes[0]


def test_stances_bring_their_events_and_wait_for_them(tmp_path):
    with ReplayServer(recorded) as server:
        system = llm_system(settings(server, tmp_path, layers=("stances",)))
        (record,) = system.predict([document()])
    assert [layer_of(r) for r in server.requests] == ["events", "stances"]
    assert record.entities is None and len(record.events) == 2 and len(record.stances) == 2
    assert system.layers == ("events", "stances")


def test_no_stance_request_for_a_document_whose_events_failed(tmp_path):
    def events_fail(request):
        return Reply("no idea") if layer_of(request) == "events" else recorded(request)

    with ReplayServer(events_fail) as server:
        system = llm_system(settings(server, tmp_path, layers=("events", "stances")))
        (record,) = system.predict([document()])
    assert len(server.requests) == 1 and record.stances is None
    assert system.run.layers["stances"].skipped == 1


def test_no_server_is_an_unavailable_model(tmp_path):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    s = LLMSettings("m", base_url=f"http://127.0.0.1:{port}/v1", cache_dir=tmp_path, max_retries=0, layers=("entities",))
    with pytest.raises(ModelUnavailable, match=f"no OpenAI-compatible server answered at 127.0.0.1:{port}"):
        llm_system(s).predict([document()])


def test_a_bad_key_stops_the_run(tmp_path):
    with ReplayServer([Reply(status=401)]) as server, pytest.raises(SystemsError, match="HTTP 401"):
        llm_system(settings(server, tmp_path, layers=("entities",))).predict([document()])
    assert len(server.requests) == 1


def test_few_shot_examples_come_from_dev_and_never_from_the_predicted_document(tmp_path):
    corpus = load_corpus()
    dev = sorted(corpus.select("dev").documents)
    seed = corpus[dev[0]]
    test_doc = corpus[min(corpus.select("test").documents)]
    with ReplayServer(recorded) as server:
        llm_system(settings(server, tmp_path, layers=("entities",), few_shot=2)).predict([seed, test_doc])
    by_doc = {user_text(r): r for r in server.requests}
    for doc, expected in ((seed, dev[1:3]), (test_doc, dev[0:2])):
        messages = by_doc[doc.text]["messages"]
        assert [m["role"] for m in messages] == ["system", "user", "assistant", "user", "assistant", "user"]
        shown = [m["content"].split("<article>\n", 1)[1].split("\n</article>", 1)[0] for m in messages[1:5:2]]
        assert [next(d for d in dev if corpus[d].text.startswith(s)) for s in shown] == list(expected)
        answer = json.loads(messages[2]["content"])
        assert answer["entities"] and all(e["text"] in shown[0] for e in answer["entities"])


def test_settings_refuse_bad_values():
    with pytest.raises(SystemsError, match="layers entities,relations"):
        LLMSettings("m", layers="entities,relations")
    with pytest.raises(SystemsError, match="concurrency 0"):
        LLMSettings("m", concurrency=0)


def test_the_spec_names_the_model_and_options_reach_the_system(tmp_path):
    from newsgold.systems import build_system, parse_spec

    entry = parse_spec("openai:qwen2.5:7b")
    assert (entry.name, entry.kind, entry.target, entry.predictions_name) == (
        "openai:qwen2.5:7b", "openai", "qwen2.5:7b", "openai_qwen2.5_7b")
    system = build_system(entry, llm_options={"base_url": "http://127.0.0.1:9/v1", "layers": ("entities",)})
    assert (system.settings.model, system.settings.base_url, system.layers) == (
        "qwen2.5:7b", "http://127.0.0.1:9/v1", ("entities",))
    with pytest.raises(SystemsError, match="names no openai target"):
        parse_spec("openai:")
