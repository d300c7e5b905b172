"""Systems to benchmark: adapters, label mappings, reference baselines, and the benchmark.

Notebook use::

    import newsgold
    from newsgold.systems import parse_spec, build_system, run_benchmark

    corpus = newsgold.load_corpus()
    system = build_system(parse_spec("spacy:en_core_web_sm"))
    preds = system.predict(list(corpus))          # list[Record], with doc_sha256 and system
    bench = run_benchmark(write=False)            # the reference systems, scored on every layer

Adapters: ``spacy_ner.SpacyEntities`` (any spaCy pipeline), ``hf_tokens.TransformersTokens``
(a local token classification model; extra ``transformers``), ``files.PredictionFile`` (a
prediction file from anywhere, validated), ``rules.RuleSystem`` (rule-based events and
stance), ``llm.LLMSystem`` (an LLM behind an OpenAI-compatible server; extra ``llm``).
``mapping.load_mapping`` reads a label mapping (``mappings/*.json``).
"""

from newsgold.systems.base import (
    ModelUnavailable,
    System,
    SystemsError,
    write_predictions,
)
from newsgold.systems.benchmark import run_benchmark, write_artifacts
from newsgold.systems.mapping import (
    LabelMapping,
    MappingError,
    available_mappings,
    load_mapping,
)
from newsgold.systems.registry import (
    REFERENCE_SYSTEMS,
    SystemEntry,
    build_system,
    parse_spec,
)
from newsgold.systems.results import Benchmark, SystemResult

__all__ = [
    "REFERENCE_SYSTEMS",
    "Benchmark",
    "LabelMapping",
    "MappingError",
    "ModelUnavailable",
    "System",
    "SystemEntry",
    "SystemResult",
    "SystemsError",
    "available_mappings",
    "build_system",
    "load_mapping",
    "parse_spec",
    "run_benchmark",
    "write_artifacts",
    "write_predictions",
]
