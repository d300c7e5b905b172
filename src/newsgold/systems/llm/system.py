"""``LLMSystem``: an LLM behind an OpenAI-compatible server as a newsgold system (``openai:MODEL``).

For each document and layer it builds the prompt, asks the model (through the cache,
concurrently), parses the answer, grounds the mentions and makes a prediction record. The
entity and event requests of all documents run first; the stance request of a document
follows once its events are known, since the stance prompt lists them by id. A document
and layer without an answer (a failure, or a request left out by ``max_requests``) leaves
that layer absent from the document's record and is counted in ``run``; the run never
raises for one document.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgold.corpus import Document
from newsgold.jsonio import dumps_line, dumps_pretty, write_atomic
from newsgold.records import Event, Record
from newsgold.schema import LabelSchema, load_schema
from newsgold.systems.base import ModelUnavailable, System, record_for
from newsgold.systems.llm.answers import UnparsableAnswer, parse_answer, response_format
from newsgold.systems.llm.cache import ResponseCache
from newsgold.systems.llm.client import (
    Answer,
    BudgetExhausted,
    ChatClient,
    RequestFailed,
)
from newsgold.systems.llm.examples import dev_examples
from newsgold.systems.llm.extract import (
    Extraction,
    event_listing,
    extract_entities,
    extract_events,
    extract_stances,
)
from newsgold.systems.llm.prompts import PromptTemplate, build_messages, load_template
from newsgold.systems.llm.run import Failure, LayerStats, LLMRun
from newsgold.systems.llm.settings import LLMSettings


@dataclass
class _Outcome:
    answer: Answer | None = None
    extraction: Extraction | None = None
    failure: Failure | None = None
    skipped: str | None = None
    connection: bool = False


@dataclass
class LLMSystem(System):
    settings: LLMSettings | None = None
    schema: LabelSchema | None = None
    run: LLMRun | None = None
    warnings: list[str] = field(default_factory=list)

    def predict(self, documents: Sequence[Document], progress: bool = False) -> list[Record]:
        settings = self.settings
        if settings is None:
            raise ValueError("LLMSystem needs settings")
        schema = self.schema if self.schema is not None else load_schema()
        cache = ResponseCache(settings.cache_folder()) if settings.use_cache else None
        client = ChatClient(settings, cache)
        layers = settings.requested_layers
        templates = {layer: load_template(layer) for layer in layers}
        self.layers = layers
        run = self.run = LLMRun(self._provenance(client, templates), settings.price_per_mtok,
                                {layer: LayerStats() for layer in layers})
        if "stances" in layers and "events" not in settings.layers:
            run.notes.append("events were predicted too: the stances target them")
        work = _Work(client, schema, templates, settings)
        first = [(doc, layer) for doc in documents for layer in layers if layer != "stances"]
        results: dict[tuple[str, str], _Outcome] = {}
        with _progress(progress, len(documents) * len(layers)) as advance:
            results.update(_run_all(work, first, {}, settings.concurrency, advance))
            if "stances" in layers:
                events: dict[str, tuple[Event, ...]] = {}
                second = []
                for doc in documents:
                    done = results[(doc.doc_id, "events")]
                    if done.extraction is None:
                        results[(doc.doc_id, "stances")] = _Outcome(skipped="its events have no answer")
                        advance()
                    else:
                        events[doc.doc_id] = done.extraction.items
                        second.append((doc, "stances"))
                results.update(_run_all(work, second, events, settings.concurrency, advance))
        if client.unstructured:
            run.notes.append("the server refused response_format: answers were requested without a JSON Schema")
        records = [self._record(doc, layers, results, run) for doc in documents]
        failed = [o for o in results.values() if o.failure is not None]
        if failed and all(o.connection for o in failed) and not any(o.extraction for o in results.values()):
            raise ModelUnavailable(f"no OpenAI-compatible server answered at {client.host}",
                                   "start one (docs/llm.md) or pass --base-url URL")
        self.info = self._info(run)
        self.warnings = self._warnings(run)
        return records

    def _record(self, doc: Document, layers: tuple[str, ...], results: dict[tuple[str, str], _Outcome],
                run: LLMRun) -> Record:
        found: dict[str, Any] = {}
        for layer in layers:
            outcome, stats = results[(doc.doc_id, layer)], run.layers[layer]
            stats.documents += 1
            if outcome.answer is not None:
                a = outcome.answer
                stats.requests += a.requests
                stats.cached += a.cached
                stats.retries += a.retries
                stats.prompt_tokens += a.prompt_tokens
                stats.completion_tokens += a.completion_tokens
            if outcome.failure is not None:
                stats.failures += 1
                run.failures.append(outcome.failure)
            if outcome.skipped is not None:
                stats.skipped += 1
            if outcome.extraction is not None:
                x = outcome.extraction
                stats.answers += 1
                stats.latency += outcome.answer.latency if outcome.answer else 0.0
                stats.mentions += x.mentions
                stats.ungrounded += len(x.ungrounded)
                stats.invalid += len(x.invalid)
                for method in ("exact", "normalised", "fuzzy"):
                    setattr(stats, method, getattr(stats, method) + x.methods[method])
                run.unplaced += x.ungrounded + x.invalid
                found[layer] = x.items
        return record_for(doc, self.record_system(), **found)

    def describe(self) -> str:
        p = self.run.provenance if self.run else {}
        shown = ", ".join(f"{k} {p[k]}" for k in ("model", "host", "prompts", "temperature", "seed") if k in p)
        return f"{self.name} [{shown}]" if shown else self.name

    def record_system(self) -> str:
        """The predictions' ``system``: model, host, prompt versions, temperature, seed, few-shot."""
        p = self.run.provenance if self.run else {}
        fields = [f"{k}:{p[k]}" for k in ("host", "prompts", "temperature", "seed", "few-shot") if k in p]
        return "|".join([p.get("model", f"openai:{self.settings.model}"), *fields])

    def _provenance(self, client: ChatClient, templates: dict[str, PromptTemplate]) -> dict[str, str]:
        s = self.settings
        return {"adapter": f"openai-compatible (openai {client._openai.__version__})",
                "model": f"openai:{s.model}", "host": client.host,
                "prompts": "+".join(t.id for t in templates.values()),
                "temperature": f"{s.temperature:g}", "seed": "none" if s.seed is None else str(s.seed),
                "few-shot": f"{s.few_shot} (dev split)" if s.few_shot else "0",
                "response-format": s.response_format}

    def _info(self, run: LLMRun) -> dict[str, str]:
        return {**run.provenance, **{layer: run.summary(layer) for layer in run.layers}}

    def _warnings(self, run: LLMRun) -> list[str]:
        out = list(run.notes)
        for layer, s in run.layers.items():
            if s.failures:
                out.append(f"{layer}: {s.failures} of {s.documents} document(s) have no usable answer")
            if s.skipped:
                out.append(f"{layer}: {s.skipped} of {s.documents} document(s) were not requested "
                           "(--max-requests, or their events have no answer); rerun to continue from the cache")
        return out


@dataclass
class _Work:
    client: ChatClient
    schema: LabelSchema
    templates: dict[str, PromptTemplate]
    settings: LLMSettings

    def __call__(self, doc: Document, layer: str, events: tuple[Event, ...] = ()) -> _Outcome:
        template = self.templates[layer]
        listing = event_listing(events, doc.text) if layer == "stances" else []
        messages = build_messages(template, self.schema, doc.text, listing,
                                  dev_examples(layer, self.settings.few_shot, exclude=doc.doc_id))
        try:
            answer = self.client.complete(messages, template.id,
                                          response_format(layer, self.schema, self.settings.response_format))
        except BudgetExhausted:
            return _Outcome(skipped="--max-requests reached")
        except RequestFailed as error:
            return _Outcome(failure=Failure(doc.doc_id, layer, str(error)), connection=error.connection,
                            answer=Answer(None, None, 0, 0, 0.0, requests=error.requests))
        try:
            items = parse_answer(answer.text, layer)
        except UnparsableAnswer as error:
            note = " (cut at the token limit)" if answer.finish_reason == "length" else ""
            return _Outcome(answer=answer, failure=Failure(doc.doc_id, layer, f"{error}{note}", answer.text or ""))
        self.client.keep(answer)
        if layer == "entities":
            extraction = extract_entities(items, doc, self.schema)
        elif layer == "events":
            extraction = extract_events(items, doc, self.schema)
        else:
            extraction = extract_stances(items, doc, self.schema, events)
        return _Outcome(answer=answer, extraction=extraction)


def _run_all(work: _Work, units: list[tuple[Document, str]], events: dict[str, tuple[Event, ...]],
             concurrency: int, advance: Callable[[], None]) -> dict[tuple[str, str], _Outcome]:
    results: dict[tuple[str, str], _Outcome] = {}
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        futures = {pool.submit(work, doc, layer, events.get(doc.doc_id, ())): (doc.doc_id, layer)
                   for doc, layer in units}
        try:
            for future in as_completed(futures):
                results[futures[future]] = future.result()
                advance()
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)
            raise
    return results


def _progress(enabled: bool, total: int):
    """A context giving an ``advance()`` callable, with a rich progress bar on stderr when enabled."""
    if not enabled:
        return nullcontext(lambda: None)
    from contextlib import contextmanager

    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    @contextmanager
    def bar():
        with Progress(TextColumn("asking the model"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=Console(stderr=True), transient=True) as shown:
            task = shown.add_task("llm", total=total)
            yield lambda: shown.advance(task)

    return bar()


def side_files(predictions: str | Path) -> dict[str, Path]:
    """Where a run's report, ungrounded items and failures go, beside the predictions file."""
    path = Path(predictions)
    stem = path.name.removesuffix(".jsonl").removesuffix(".json")
    return {kind: path.with_name(f"{stem}.{kind}") for kind in ("llm.json", "ungrounded.jsonl", "failures.jsonl")}


def write_run_files(run: LLMRun, predictions: str | Path) -> list[Path]:
    """Write the run report, the ungrounded and off-schema items, and the failures (with the raw
    answers) beside the predictions file, atomically; return the paths."""
    paths = side_files(predictions)
    write_atomic(paths["llm.json"], dumps_pretty(run.to_dict()))
    write_atomic(paths["ungrounded.jsonl"], "".join(dumps_line(u.to_dict()) for u in run.unplaced))
    write_atomic(paths["failures.jsonl"], "".join(dumps_line(f.to_dict()) for f in run.failures))
    return list(paths.values())


def llm_system(settings: LLMSettings, name: str | None = None, schema: LabelSchema | None = None,
               **common: Any) -> LLMSystem:
    """An ``LLMSystem`` (nothing is called until it predicts)."""
    return LLMSystem(name=name or f"openai-{settings.model}", layers=settings.requested_layers, settings=settings,
                     schema=schema, **common)
