"""Entity scoring benchmark: newsgold vs seqeval (strict IOB2 classification_report) vs nervaluate 1.2.1.

One run generates synthetic workloads with a fixed seed (see ``workload.py``), scores each
with every tool on the same data, checks that the numbers agree, and prints wall time, peak
memory and speed ratios. Ratios use the first (cold) run of every tool; newsgold's calls are
cheap enough to repeat, so the best of three is printed as well.

Each measurement runs in its own subprocess, which builds the tool's input (not timed),
then times the scoring call with ``time.perf_counter``. Peak memory: the process's peak
resident set is reset just before the call (``/proc/self/clear_refs``) and read after it
(``VmHWM``); "peak" is that high-water mark (input data included), "added" is the peak minus
the resident set just before the call.

    python benchmarks/bench_entities.py --size small     # a few seconds, in one process
    python benchmarks/bench_entities.py --size full      # minutes: 1M mentions
    python benchmarks/bench_entities.py --docs 20000     # one workload of your size
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import platform
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from workload import Workload, generate, to_bio, to_dicts  # noqa: E402

SIZES = {
    # name: [(workload label, documents, mentions per document, tools)]
    "small": [
        ("short", 500, 10, "all"),
        ("long", 5, 400, "all"),
    ],
    "full": [
        ("short", 100_000, 10, "all"),
        ("long", 100, 1_000, "all"),
        ("long-newsgold", 100, 10_000, "newsgold"),
        ("short-100k", 10_000, 10, "all"),
    ],
}
SEED = 13
NEWSGOLD_TOOLS = ("newsgold", "newsgold-arrays", "newsgold-seqeval", "newsgold-nervaluate",
                  "newsgold-nervaluate-arrays", "newsgold-bootstrap")
BOOTSTRAP_RESAMPLES = 1000
REFERENCE_TOOLS = ("seqeval", "nervaluate")


# --- workers: one tool, one workload, one subprocess ------------------------------------------

def _status(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    return 0


def _reset_peak() -> bool:
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def _records(w: Workload):
    from newsgold.records import Entity, Record

    def side(doc, start, end, label):
        bounds = np.searchsorted(doc, np.arange(w.n_docs + 1)).tolist()
        names = [w.labels[i] for i in label.tolist()]
        ents = [Entity(s, e, n) for s, e, n in zip(start.tolist(), end.tolist(), names)]
        return [Record(f"d{i}", entities=tuple(ents[bounds[i]:bounds[i + 1]])) for i in range(w.n_docs)]

    return side(w.doc, w.start, w.end, w.label), side(w.pred_doc, w.pred_start, w.pred_end, w.pred_label)


def _tables(w: Workload):
    from newsgold.scoring import SpanTable

    docs = tuple(f"d{i}" for i in range(w.n_docs))
    return (
        SpanTable.from_arrays(w.doc, w.start, w.end, w.label, docs, w.labels),
        SpanTable.from_arrays(w.pred_doc, w.pred_start, w.pred_end, w.pred_label, docs, w.labels),
    )


def _plain(obj):
    if isinstance(obj, dict):
        return {str(k): _plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_plain(v) for v in obj]
    if isinstance(obj, (np.integer,)):
        return int(obj)
    if isinstance(obj, (np.floating, float)):
        return None if math.isnan(obj) else float(obj)
    return obj


def _rows(scored) -> dict:
    return {r.name: r.to_dict() for r in scored[1]}


def _with_table(score):
    return score, score.table()


def prepare(tool: str, w: Workload):
    """(callable that scores, function turning its result into JSON figures)."""
    if tool == "seqeval":
        from seqeval.metrics import classification_report
        from seqeval.scheme import IOB2

        y_true, y_pred = to_bio(w, False), to_bio(w, True)
        return (lambda: classification_report(y_true, y_pred, mode="strict", scheme=IOB2, output_dict=True)), _plain
    if tool == "nervaluate":
        import dataclasses

        from nervaluate import Evaluator

        true, pred = to_dicts(w, False), to_dicts(w, True)

        def figures(ev):
            return {
                "overall": {s: dataclasses.asdict(r) for s, r in ev["overall"].items()},
                "entities": {t: {s: dataclasses.asdict(r) for s, r in rs.items()} for t, rs in ev["entities"].items()},
            }

        return (lambda: Evaluator(true, pred, tags=list(w.labels), loader="dict").evaluate()), figures
    if tool == "newsgold":
        from newsgold.scoring import score_entities

        gold, pred = _records(w)
        return (lambda: _with_table(score_entities(gold, pred, mode="strict"))), _rows
    if tool == "newsgold-arrays":
        from newsgold.scoring import score_spans

        gold, pred = _tables(w)
        return (lambda: _with_table(score_spans(gold, pred, mode="strict"))), _rows
    if tool == "newsgold-seqeval":
        from newsgold.scoring.compat.seqeval import seqeval_report
        from newsgold.scoring.spans import spans_from_records

        gold, pred = _records(w)

        def run():
            spans = spans_from_records(gold, pred)
            return seqeval_report(spans.gold, spans.pred)

        return run, _plain
    if tool == "newsgold-nervaluate":
        from newsgold.scoring.compat.nervaluate import nervaluate_from_records

        gold, pred = _records(w)
        return (lambda: nervaluate_from_records(gold, pred)), lambda r: r.to_dict()
    if tool == "newsgold-nervaluate-arrays":
        from newsgold.scoring.compat.nervaluate import nervaluate_scores

        gold, pred = _tables(w)
        return (lambda: nervaluate_scores(gold, pred)), lambda r: r.to_dict()
    if tool == "newsgold-bootstrap":
        from newsgold.reports.model import stats_of
        from newsgold.resampling import Resampling, bootstrap
        from newsgold.scoring import score_entities

        gold, pred = _records(w)
        stats = stats_of(score_entities(gold, pred, mode="strict"))
        resampling = Resampling("document", BOOTSTRAP_RESAMPLES)
        return (lambda: bootstrap(stats, resampling)), (lambda ci: {"micro_f1_interval": [ci.low[-3, 2], ci.high[-3, 2]]})
    if tool == "newsgold-modes":
        from newsgold.scoring import score_spans

        gold, pred = _tables(w)
        return (lambda: {m: score_spans(gold, pred, mode=m) for m in ("strict", "exact", "partial", "type")}), (
            lambda scores: {m: s.micro.to_dict() for m, s in scores.items()})
    raise SystemExit(f"unknown tool {tool}")


def worker(tool: str, docs: int, per_doc: int, seed: int, out: Path | None = None) -> dict:
    warnings.filterwarnings("ignore")
    w = generate(docs, per_doc, seed)
    run, figures = prepare(tool, w)
    gc.collect()
    exact_peak = _reset_peak()
    before = _status("VmRSS")
    t0 = time.perf_counter()
    result = run()
    seconds = time.perf_counter() - t0
    peak = _status("VmHWM")
    again = []
    if tool.startswith("newsgold"):
        for _ in range(2):
            del result
            gc.collect()
            t0 = time.perf_counter()
            result = run()
            again.append(time.perf_counter() - t0)
    measured = {
        "tool": tool, "seconds": seconds, "best_of_3": min([seconds, *again]) if again else None,
        "peak_bytes": peak, "added_bytes": max(peak - before, 0),
        "peak_is_exact": exact_peak, "gold": int(len(w.start)), "pred": int(len(w.pred_start)),
        "tokens": int(w.n_tokens.sum()), "figures": _plain(figures(result)),
    }
    if out is not None:
        out.write_text(json.dumps(measured))
    return measured


# --- orchestration -------------------------------------------------------------------------

def measure(tool: str, docs: int, per_doc: int, seed: int, in_process: bool = False) -> dict:
    if in_process:
        return json.loads(json.dumps(worker(tool, docs, per_doc, seed)))
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "result.json"
        cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", tool, "--docs", str(docs),
               "--per-doc", str(per_doc), "--seed", str(seed), "--result", str(out)]
        subprocess.run(cmd, check=True)
        return json.loads(out.read_text())


def _close(a, b) -> bool:
    if a is None or b is None:
        return a is b
    return a == b or abs(a - b) <= 1e-12 * max(abs(a), abs(b))


def checks(results: dict[str, dict]) -> list[tuple[str, bool]]:
    """Which figures agree between tools on one workload."""
    out = []
    if "seqeval" in results:
        ref = results["seqeval"]["figures"]
        out.append(("seqeval profile == seqeval classification_report (every figure)",
                    results["newsgold-seqeval"]["figures"] == ref))
        rows = results["newsgold"]["figures"]
        ok = all(
            _close(rows[n]["precision"], ref[key]["precision"]) and _close(rows[n]["recall"], ref[key]["recall"])
            and _close(rows[n]["f1"], ref[key]["f1-score"]) and rows[n]["support"] == ref[key]["support"]
            for key in ref for n in [key.replace(" avg", "")]
        )
        out.append(("newsgold strict rows == seqeval (P, R, support equal; F1 within 1e-12)", ok))
    if "nervaluate" in results:
        ref = results["nervaluate"]["figures"]
        out.append(("nervaluate profile == nervaluate (4 schemes, overall and per type, every field)",
                    results["newsgold-nervaluate"]["figures"] == ref == results["newsgold-nervaluate-arrays"]["figures"]))
        micro = results["newsgold"]["figures"]["micro"]
        strict = ref["overall"]["strict"]
        out.append(("newsgold strict micro P/R == nervaluate overall strict P/R",
                    micro["precision"] == strict["precision"] and micro["recall"] == strict["recall"]))
    return out


def machine() -> dict:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import nervaluate  # noqa: F401
    import scipy
    from importlib.metadata import version

    return {
        "cpu": cpu, "nproc": os.cpu_count(), "python": platform.python_version(),
        "numpy": np.__version__, "scipy": scipy.__version__,
        "seqeval": version("seqeval"), "nervaluate": version("nervaluate"),
        "mem_total": _meminfo(),
    }


def _meminfo() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def _mb(n: int) -> str:
    return f"{n / 2**20:,.0f} MB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", choices=sorted(SIZES), default="small")
    parser.add_argument("--docs", type=int, help="override: documents of a single 'short' workload")
    parser.add_argument("--per-doc", type=int, default=10)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--json", type=Path, help="write all measurements here")
    parser.add_argument("--in-process", action="store_true",
                        help="no subprocesses (default for --size small): faster, memory figures less clean")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--result", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.docs, args.per_doc, args.seed, args.result)
        return
    plan = SIZES[args.size] if args.docs is None else [("custom", args.docs, args.per_doc, "all")]
    in_process = args.in_process or (args.size == "small" and args.docs is None)
    info = machine()
    print(f"machine: {info['cpu']}, {info['nproc']} CPUs, {info['mem_total']}; Python {info['python']}, "
          f"numpy {info['numpy']}, scipy {info['scipy']}, seqeval {info['seqeval']}, nervaluate {info['nervaluate']}")
    print(f"seed {args.seed}; " + ("all runs in this process\n" if in_process
                                    else "every figure is one run in a fresh subprocess\n"))
    report = {"machine": info, "seed": args.seed, "size": args.size, "workloads": []}
    failed = False
    for name, docs, per_doc, tools in plan:
        names = NEWSGOLD_TOOLS + (REFERENCE_TOOLS if tools == "all" else ())
        results = {tool: measure(tool, docs, per_doc, args.seed, in_process) for tool in names}
        any_result = next(iter(results.values()))
        print(f"## workload {name}: {docs:,} documents, {any_result['gold']:,} gold and {any_result['pred']:,} "
              f"predicted mentions, {any_result['tokens']:,} tokens")
        print(f"{'tool':<28}{'seconds':>10}{'best of 3':>11}{'peak RSS':>12}{'added':>11}")
        for tool, r in results.items():
            best = f"{r['best_of_3']:.3f}" if r.get("best_of_3") is not None else ""
            print(f"{tool:<28}{r['seconds']:>10.3f}{best:>11}{_mb(r['peak_bytes']):>12}{_mb(r['added_bytes']):>11}")
        ratios = {}
        if tools == "all":
            ratios = {
                "seqeval / newsgold": results["seqeval"]["seconds"] / results["newsgold"]["seconds"],
                "seqeval / newsgold-arrays": results["seqeval"]["seconds"] / results["newsgold-arrays"]["seconds"],
                "nervaluate / newsgold-nervaluate": results["nervaluate"]["seconds"] / results["newsgold-nervaluate"]["seconds"],
                "nervaluate / newsgold-nervaluate-arrays":
                    results["nervaluate"]["seconds"] / results["newsgold-nervaluate-arrays"]["seconds"],
                "nervaluate / newsgold": results["nervaluate"]["seconds"] / results["newsgold"]["seconds"],
            }
            for label, value in ratios.items():
                print(f"speed ratio {label:<40} {value:8.1f}x")
        boot = results["newsgold-bootstrap"]["seconds"] / results["newsgold"]["seconds"]
        ratios["bootstrap / newsgold"] = boot
        low, high = results["newsgold-bootstrap"]["figures"]["micro_f1_interval"]
        print(f"{BOOTSTRAP_RESAMPLES} bootstrap resamples over {docs:,} documents / one scoring pass: {boot:.2f}x "
              f"(target <= 3); micro F1 95% interval [{low:.4f}, {high:.4f}]")
        per_mention = results["newsgold"]["seconds"] / any_result["gold"] * 1e6
        print(f"newsgold: {per_mention:.3f} µs per gold mention (records, strict)")
        agree = checks(results)
        for label, ok in agree:
            print(f"{'OK  ' if ok else 'FAIL'} {label}")
            failed |= not ok
        print()
        report["workloads"].append({"name": name, "docs": docs, "per_doc": per_doc, "ratios": ratios,
                                    "checks": agree, "results": {
                                        t: {k: v for k, v in r.items() if k != "figures"} for t, r in results.items()}})
    if args.json:
        args.json.write_text(json.dumps(report, indent=1))
    if failed:
        raise SystemExit("some figures disagree")


if __name__ == "__main__":
    main()
