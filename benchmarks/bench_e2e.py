"""End-to-end benchmark from files: ``newsgold score`` vs seqeval vs nervaluate on the same data.

One run writes a synthetic workload (``workload.py``, fixed seed) as files (``e2e_files.py``):
``gold.jsonl`` (records with the document ``text``) and ``pred.jsonl`` for newsgold, the same
mentions as ``token<TAB>tag`` IOB2 files for the reference tools. Then, each in a fresh
subprocess and timed from its start to its exit (interpreter start, imports, reading the
files, scoring, printing):

- ``newsgold score pred.jsonl --gold gold.jsonl --resamples 0``, and with the default 1,000
  bootstrap resamples (each run ``--repeat`` times; the median counts);
- seqeval 1.2.2: read both tag files, ``classification_report(mode="strict", scheme=IOB2)``;
- nervaluate 1.2.1: read both tag files, ``Evaluator(..., loader="conll").evaluate()``.

Peak memory is each subprocess's maximum resident set (``os.wait4``). The script checks that
newsgold's per-label counts give seqeval's precision, recall and support and nervaluate's
strict figures, and prints times, ratios and peaks.

    python benchmarks/bench_e2e.py                  # 1,000,000 gold mentions (about 10 minutes)
    python benchmarks/bench_e2e.py --docs 10000     # 100,000 mentions
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

SEQEVAL = """
import json, sys, time
t0 = time.perf_counter()
from seqeval.metrics import classification_report
from seqeval.scheme import IOB2

def tags(path):
    docs, doc = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\\n")
            if line:
                doc.append(line.split("\\t")[1])
            elif doc:
                docs.append(doc)
                doc = []
    if doc:
        docs.append(doc)
    return docs

gold, pred = tags(sys.argv[1]), tags(sys.argv[2])
t1 = time.perf_counter()
report = classification_report(gold, pred, mode="strict", scheme=IOB2, output_dict=True)
t2 = time.perf_counter()
print(json.dumps({"read": t1 - t0, "score": t2 - t1, "figures": {
    k: {m: float(v) for m, v in row.items()} for k, row in report.items()}}))
"""

NERVALUATE = """
import json, sys, time
t0 = time.perf_counter()
from nervaluate import Evaluator

gold = open(sys.argv[1], encoding="utf-8").read()
pred = open(sys.argv[2], encoding="utf-8").read()
t1 = time.perf_counter()
result = Evaluator(gold, pred, tags=sys.argv[3].split(","), loader="conll").evaluate()
t2 = time.perf_counter()
strict = result["overall"]["strict"]
print(json.dumps({"read": t1 - t0, "score": t2 - t1, "figures": {
    "correct": strict.correct, "actual": strict.actual, "possible": strict.possible,
    "precision": strict.precision, "recall": strict.recall}}))
"""

def run_measured(cmd: list[str], cwd: Path) -> dict:
    """``run`` with the child's own rusage (peak RSS and CPU), read with ``os.wait4``."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as errs_file:
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=errs_file)
        out = proc.stdout.read()
        _pid, status, usage = os.wait4(proc.pid, 0)
        errs_file.seek(0)
        errs = errs_file.read()
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{errs.decode()[-2000:]}")
    return {"seconds": seconds, "cpu": usage.ru_utime + usage.ru_stime, "peak": usage.ru_maxrss * 1024,
            "stdout": out.decode("utf-8"), "stderr": errs.decode("utf-8")}


def newsgold_rows(stdout: str) -> dict[str, dict[str, int]]:
    """tp, fp, fn and support per category (and micro) from the printed entity table."""
    rows = {}
    for line in stdout.splitlines():
        cells = [c.strip() for c in line.strip().strip("│").split("│")]
        if len(cells) == 8 and all(c.isdigit() for c in cells[4:]):
            support, tp, fp, fn = map(int, cells[4:])
            rows[cells[0]] = {"support": support, "tp": tp, "fp": fp, "fn": fn}
    return rows


def checks(rows: dict, seqeval: dict, nervaluate: dict, labels: tuple[str, ...]) -> list[tuple[str, bool]]:
    def close(a: float, b: float) -> bool:
        return abs(a - b) <= 1e-12

    ok_seq = all(
        rows[name]["support"] == int(seqeval[key]["support"])
        and close(rows[name]["tp"] / (rows[name]["tp"] + rows[name]["fp"]), seqeval[key]["precision"])
        and close(rows[name]["tp"] / rows[name]["support"], seqeval[key]["recall"])
        for name, key in [*((lab, lab) for lab in labels), ("micro", "micro avg")]
    )
    micro = rows["micro"]
    ok_ner = (micro["tp"] == nervaluate["correct"] and micro["support"] == nervaluate["possible"]
              and micro["tp"] + micro["fp"] == nervaluate["actual"])
    return [("newsgold per-label and micro support, P, R == seqeval strict IOB2", ok_seq),
            ("newsgold micro tp, gold, predicted == nervaluate overall strict correct, possible, actual", ok_ner)]


def machine() -> dict:
    from importlib.metadata import version

    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), "unknown")
    mem = next((f"{int(line.split()[1]) / 2**20:.1f} GiB" for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")), "unknown")
    return {"cpu": cpu, "cores": os.cpu_count(), "memory": mem, "python": platform.python_version(),
            "newsgold": version("newsgold"), "msgspec": version("msgspec"), "numpy": version("numpy"),
            "seqeval": version("seqeval"), "nervaluate": version("nervaluate"),
            "load": Path("/proc/loadavg").read_text().split()[:3]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=100_000, help="documents (about 10 gold mentions each)")
    parser.add_argument("--per-doc", type=int, default=10)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each newsgold command")
    parser.add_argument("--folder", type=Path, help="write the files here (kept) instead of a temporary folder")
    parser.add_argument("--json", type=Path, help="write the measurements here")
    args = parser.parse_args()
    newsgold = shutil.which("newsgold", path=str(Path(sys.executable).parent)) or "newsgold"
    info = machine()
    print(f"machine: {info['cpu']}, {info['cores']} cores, {info['memory']}; Python {info['python']}; "
          f"newsgold {info['newsgold']} (msgspec {info['msgspec']}, numpy {info['numpy']}), seqeval {info['seqeval']}, "
          f"nervaluate {info['nervaluate']}; load average at start {' '.join(info['load'])}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.folder or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        t0 = time.perf_counter()
        # written by a child process: a process started from this one would count its memory as its own peak
        w = json.loads(subprocess.run([sys.executable, str(HERE / "e2e_files.py"), str(folder), str(args.docs),
                                       str(args.per_doc), str(args.seed)], check=True, capture_output=True,
                                      text=True).stdout)
        sizes = {p.name: p.stat().st_size for p in sorted(folder.iterdir()) if p.suffix in (".jsonl", ".conll")}
        print(f"workload: {w['docs']:,} documents, {w['gold']:,} gold and {w['pred']:,} predicted mentions, "
              f"{w['tokens']:,} tokens (written in {time.perf_counter() - t0:.0f} s: "
              + ", ".join(f"{name} {size / 2**20:.0f} MB" for name, size in sizes.items()) + ")\n")
        score = [newsgold, "score", "pred.jsonl", "--gold", "gold.jsonl"]
        results: dict[str, list[dict]] = {"newsgold --resamples 0": [], "newsgold (1000 resamples)": []}
        for _ in range(args.repeat):
            results["newsgold --resamples 0"].append(run_measured([*score, "--resamples", "0"], folder))
            results["newsgold (1000 resamples)"].append(run_measured(score, folder))
        labels = tuple(w["labels"])
        results["seqeval"] = [run_measured([sys.executable, "-c", SEQEVAL, "gold.conll", "pred.conll"], folder)]
        results["nervaluate"] = [run_measured([sys.executable, "-c", NERVALUATE, "gold.conll", "pred.conll",
                                               ",".join(labels)], folder)]
    median = {name: statistics.median(r["seconds"] for r in runs) for name, runs in results.items()}
    print(f"{'run':<28}{'wall s (median)':>16}{'runs':>24}{'CPU s':>8}{'peak RSS':>11}")
    for name, runs in results.items():
        each = " ".join(f"{r['seconds']:.2f}" for r in runs)
        cpu = statistics.median(r["cpu"] for r in runs)
        peak = max(r["peak"] for r in runs)
        print(f"{name:<28}{median[name]:>16.2f}{each:>24}{cpu:>8.2f}{peak / 2**20:>8.0f} MB")
    seq = json.loads(results["seqeval"][0]["stdout"])
    ner = json.loads(results["nervaluate"][0]["stdout"])
    print(f"(seqeval: reading {seq['read']:.1f} s, classification_report {seq['score']:.1f} s; "
          f"nervaluate: reading {ner['read']:.1f} s, evaluate {ner['score']:.1f} s)")
    ratios = {}
    for ref in ("seqeval", "nervaluate"):
        for ours in ("newsgold --resamples 0", "newsgold (1000 resamples)"):
            ratios[f"{ref} / {ours}"] = median[ref] / median[ours]
            print(f"speed ratio {ref} / {ours}: {ratios[f'{ref} / {ours}']:.1f}x")
    failed = False
    for label, ok in checks(newsgold_rows(results["newsgold --resamples 0"][0]["stdout"]), seq["figures"],
                            ner["figures"], labels):
        print(f"{'OK  ' if ok else 'FAIL'} {label}")
        failed |= not ok
    if args.json:
        args.json.write_text(json.dumps({"machine": info, "workload": w, "median_seconds": median, "ratios": ratios,
                                         "runs": {n: [{k: v for k, v in r.items() if k not in ("stdout", "stderr")}
                                                      for r in runs] for n, runs in results.items()}}, indent=1))
    if failed:
        raise SystemExit("newsgold's figures differ from the reference tools'")


if __name__ == "__main__":
    main()
