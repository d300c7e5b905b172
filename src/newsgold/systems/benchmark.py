"""The benchmark: run systems over the corpus, score every layer, write reports and the leaderboard.

``run_benchmark`` is the library behind ``newsgold benchmark``. For each system it makes
(or, with ``committed=True``, reads) predictions, scores them with
``newsgold.reports.evaluate`` against the gold (in the system's label-mapping view, if it
has one) and writes, under ``out_dir``:

- ``systems/<system>.jsonl``: the predictions (record format, with doc_sha256 and system),
  and ``systems/<system>.json``: what ran (package, version), the predictions' sha256, and
  the signatures and headline figures of every score made from them;
- ``reports/<system>.json|.md|.html``: the full report of each system;
- ``leaderboard.md``.

All files are written atomically and hold no timestamps, so a rerun on the same
corpus, schema and software rewrites them byte for byte.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from newsgold import __version__, paths
from newsgold.corpus import Corpus, load_corpus
from newsgold.goldset import GoldSet
from newsgold.jsonio import dumps_pretty, write_atomic
from newsgold.records import Record
from newsgold.reports.evaluate import evaluate
from newsgold.reports.model import Report
from newsgold.resampling import Resampling
from newsgold.schema import LabelSchema, load_schema
from newsgold.systems.base import ModelUnavailable, SystemsError, write_predictions
from newsgold.systems.leaderboard import markdown_leaderboard
from newsgold.systems.mapping import load_mapping
from newsgold.systems.registry import REFERENCE_SYSTEMS, SystemEntry, build_system
from newsgold.systems.results import HEADLINE, Benchmark, SystemResult, relative_path
from newsgold.validate import load_gold, read_predictions


def default_out_dir() -> Path:
    """evaluate/ of the checkout, or ./newsgold-out/evaluate/ when running on the installed package's data."""
    return paths.output_root() / "evaluate"


def committed_dir() -> Path:
    """Where the reference predictions are committed."""
    return paths.evaluate_dir() / "systems"


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _with_info(report: Report, entry: SystemEntry, info: dict[str, str]) -> Report:
    """The report with what ran (spec, package, version) in each signature's ``extra``."""
    extra = {"system": entry.name, "spec": entry.spec, **{k: str(v) for k, v in info.items()}}
    return replace(report, signatures={k: replace(s, extra=dict(extra)) for k, s in report.signatures.items()})


def read_committed(entry: SystemEntry, corpus: Corpus, schema: LabelSchema, directory: Path | None = None
                   ) -> tuple[list[Record], dict[str, str], Path]:
    """The committed predictions of a system (validated) and what produced them."""
    directory = directory or committed_dir()
    path = directory / f"{entry.predictions_name}.jsonl"
    if not path.is_file():
        raise SystemsError(f"{path}: no committed predictions for {entry.name}; run 'newsgold benchmark' "
                           "without --committed to make them")
    records, _ = read_predictions(path, corpus, schema)
    meta_path = directory / f"{entry.predictions_name}.json"
    info = json.loads(meta_path.read_text(encoding="utf-8")).get("info", {}) if meta_path.is_file() else {}
    return records, info, path


def _headline(report: Report) -> dict[str, dict[str, float]]:
    out = {}
    for layer, metric in HEADLINE:
        try:
            section = report.section(layer, metric)
        except KeyError:
            continue
        out[f"{layer}/{metric}"] = {"micro_f1": round(section.micro.f1, 6), "macro_f1": round(section.macro.f1, 6)}
    return out


def _write_report(report: Report, result: SystemResult, out_dir: Path, written: list[Path]) -> None:
    from newsgold.reports.text import markdown_report
    from newsgold.systems.registry import safe_name

    stem = out_dir / "reports" / safe_name(result.entry.name)
    write_atomic(stem.with_suffix(".json"), dumps_pretty(report.to_dict()))
    header = [(f"System `{result.entry.name}`{' — a reference baseline' if result.entry.baseline else ''}: "
               f"{result.entry.description or result.entry.spec}."), ""]
    header += [f"- spec: `{result.entry.spec}`" + (f", label mapping `{result.entry.mapping}`" if result.entry.mapping else "")]
    header += [f"- {k}: {v}" for k, v in result.info.items()]
    if result.predictions is not None:
        header += [f"- predictions: `{relative_path(result.predictions, out_dir)}` (sha256 {result.predictions_sha256})"]
    title, _, body = markdown_report(report).partition("\n")
    write_atomic(stem.with_suffix(".md"), title + "\n\n" + "\n".join(header) + "\n" + body)
    written += [stem.with_suffix(".json"), stem.with_suffix(".md")]
    html = _html(report)
    if html is not None:
        write_atomic(stem.with_suffix(".html"), html)
        written.append(stem.with_suffix(".html"))


def _html(report: Report) -> str | None:
    try:
        from newsgold.reports.html import html_report
    except ImportError:  # the HTML renderer is optional
        return None
    return html_report(report)


def run_benchmark(
    entries: Sequence[SystemEntry] | None = None,
    out_dir: str | Path | None = None,
    *,
    resamples: int = 1000,
    seed: int = 12345,
    committed: bool = False,
    progress: bool = False,
    n_process: int = 1,
    write: bool = True,
    corpus: Corpus | None = None,
    schema: LabelSchema | None = None,
    gold: Sequence[Record] | None = None,
    goldset: GoldSet | None = None,
    llm_options: Mapping[str, Any] | None = None,
) -> Benchmark:
    """Run (or read) each system and score it on every layer it predicts; write the artifacts
    with ``write`` (else call ``write_artifacts`` later). ``llm_options`` are the
    ``LLMSettings`` fields of ``openai:MODEL`` systems (server, key, limits).

    A system whose model is not installed is skipped, with the install command in its
    ``SystemResult.skipped``; the other systems still run.
    """
    entries = list(entries) if entries is not None else list(REFERENCE_SYSTEMS)
    if resamples:
        Resampling(n_resamples=resamples, seed=seed)  # refuse a bad count or seed before any system runs
    if goldset is None:
        corpus = corpus if corpus is not None else load_corpus()
        schema = schema if schema is not None else load_schema()
        gold = list(gold) if gold is not None else load_gold(corpus=corpus, schema=schema)
        goldset = GoldSet(corpus, schema, tuple(gold))
    corpus, schema, gold = goldset.corpus, goldset.schema, list(goldset.records)
    documents = [doc for doc in corpus if doc.doc_id in goldset.doc_ids]
    bench = Benchmark([], corpus.id, len(documents), schema.version, resamples, seed,
                      committed)
    made: dict[str, tuple[list[Record], dict[str, str], Path | None, list[str]]] = {}
    unavailable: dict[str, ModelUnavailable] = {}
    for entry in entries:
        result = SystemResult(entry)
        bench.results.append(result)
        key = f"{entry.spec}|{entry.predictions_name}"
        if key in unavailable:
            result.skipped, result.hint = str(unavailable[key]), unavailable[key].hint
            continue
        if key not in made:
            try:
                made[key] = _predictions(entry, corpus, schema, documents, committed, progress, n_process,
                                         llm_options)
            except ModelUnavailable as error:
                unavailable[key] = error
                result.skipped, result.hint = str(error), error.hint
                continue
        records, info, source, warnings = made[key]
        result.records, result.info, result.warnings = records, dict(info), list(warnings)
        if source is not None:
            result.predictions, result.predictions_sha256 = source, _sha256(source)
        mapping = load_mapping(entry.mapping, schema) if entry.mapping else None
        scored, _ = goldset.keep(records)
        g, p = (mapping.view_records(gold), mapping.view_records(scored)) if mapping else (gold, scored)
        report = evaluate(g, p, system=entry.name, baseline=entry.baseline,
                          mapping=mapping.signature_name if mapping else "none",
                          n_resamples=resamples, seed=seed, corpus=corpus, schema=schema)
        result.report = _with_info(report, entry, result.info)
    if write:
        write_artifacts(bench, out_dir)
    return bench


def _predictions(entry, corpus, schema, documents, committed, progress, n_process, llm_options=None):
    """(records, info, source file or None, warnings) of one system."""
    if committed and entry.kind != "file":
        records, info, path = read_committed(entry, corpus, schema)
        return records, info, path, []
    system = build_system(entry, corpus=corpus, schema=schema, n_process=n_process, llm_options=llm_options)
    records = system.predict(documents, progress=progress)
    source = Path(entry.target) if entry.kind == "file" else None
    return records, system.info, source, list(getattr(system, "warnings", []))


def write_artifacts(bench: Benchmark, out_dir: str | Path | None = None) -> Path:
    """Write predictions, reports, metadata and leaderboard.md of a benchmark; return the folder."""
    out = Path(out_dir) if out_dir is not None else default_out_dir()
    bench.out_dir = out
    written: dict[str, Path] = {}
    for result in bench.scored:
        if result.predictions is None:
            name = result.entry.predictions_name
            if name not in written:
                written[name] = write_predictions(result.records, out / "systems" / f"{name}.jsonl")
                bench.written.append(written[name])
            result.predictions = written[name]
            result.predictions_sha256 = _sha256(written[name])
        _write_report(result.report, result, out, bench.written)
    _write_metadata(bench, out)
    write_atomic(out / "leaderboard.md", markdown_leaderboard(bench))
    bench.written.append(out / "leaderboard.md")
    return out


def _write_metadata(bench: Benchmark, out: Path) -> None:
    """``systems/<system>.json`` beside each predictions file the benchmark wrote."""
    groups: dict[Path, list[SystemResult]] = {}
    for result in bench.scored:
        if result.entry.kind != "file" and not bench.committed:
            groups.setdefault(result.predictions, []).append(result)
    for path, results in groups.items():
        first = results[0]
        meta = {
            "system": first.entry.predictions_name,
            "spec": first.entry.spec,
            "baseline": first.entry.baseline,
            "description": first.entry.description,
            "info": first.info,
            "layers": sorted({s.layer for r in results for s in r.report.sections}),
            "predictions": path.name,
            "predictions_sha256": first.predictions_sha256,
            "corpus": bench.corpus,
            "schema": bench.schema,
            "newsgold": __version__,
            "scores": {
                r.entry.name: {
                    "mapping": r.entry.mapping or "none",
                    "signatures": {layer: str(sig) for layer, sig in r.report.signatures.items()},
                    "headline": _headline(r.report),
                }
                for r in results
            },
        }
        target = path.with_suffix(".json")
        write_atomic(target, dumps_pretty(meta))
        bench.written.append(target)
