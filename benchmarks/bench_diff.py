"""System-against-system diff at scale: synthetic sharded Parquet, diffed on Dask.

Generates two synthetic extractor outputs (OLD, and NEW derived from it: 85% of mentions
kept, 5% retyped, 4% re-bounded, 3% dropped, 3% added; 0.1% of documents on one side only)
as sharded Parquet in the record format, then diffs them three ways and prints wall time,
throughput and peak memory:

- the single-process path: ``newsgold diff OLD NEW --scheduler local`` in a subprocess
  (Dask's threaded scheduler); peak memory is the subprocess's peak resident set;
- a ``distributed.LocalCluster`` of 1 and of 2 single-threaded worker processes; peak memory
  is each worker's peak resident set (``ru_maxrss``), read from the workers after the run.

Throughput is mentions (both sides) per second of wall time per worker, and per CPU second
(user + system time of the processes that did the work: contention from other jobs on the
machine lowers the first, not the second). The three reports
must be identical (checked). ``--shuffle`` also times dask.dataframe's own shuffle of the
same input on the 2-worker cluster, the alternative to newsgold's file exchange.

    python benchmarks/bench_diff.py --scale 0.01     # 20,000 documents, seconds
    python benchmarks/bench_diff.py                  # 2,000,000 documents, 20,000,000 mentions a side
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from newsgold.diff import diff
from newsgold.diff.rows import ENTITY

FULL_DOCUMENTS = 2_000_000
DOCS_PER_SHARD = 100_000
ROW_GROUP = 50_000
LABELS = ("PERSON", "ORG", "GPE", "DATE", "CARDINAL", "NORP", "MONEY", "PERCENT", "LOC", "FAC", "PRODUCT", "EVENT")


def _entities(start: np.ndarray, end: np.ndarray, label: np.ndarray, counts: np.ndarray) -> pa.Array:
    offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int32)
    labels = pa.DictionaryArray.from_arrays(pa.array(label.astype(np.int32)), pa.array(LABELS)).cast(pa.string())
    values = pa.StructArray.from_arrays([pa.array(start), pa.array(end), labels], fields=list(ENTITY))
    return pa.ListArray.from_arrays(pa.array(offsets), values)


def generate_shard(first: int, n: int, rng: np.random.Generator) -> tuple[pa.Table, pa.Table]:
    """OLD and NEW tables of documents first .. first + n - 1 (NEW's in reverse order)."""
    counts = rng.integers(5, 16, n)
    total = int(counts.sum())
    owner = np.repeat(np.arange(n), counts)
    slot = np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts)
    start = slot * 40 + rng.integers(0, 10, total)
    end = start + rng.integers(2, 20, total)
    label = rng.integers(0, len(LABELS), total)
    fate = rng.random(total)
    keep = fate >= 0.03
    n_label = np.where(fate > 0.95, (label + rng.integers(1, len(LABELS), total)) % len(LABELS), label)
    n_end = np.where((fate > 0.91) & (fate <= 0.95), end + rng.integers(1, 4, total), end)
    added = rng.random(n) < 0.3  # about 3% more mentions: one at the end of 30% of documents
    a_owner = np.flatnonzero(added)
    n_owner = np.concatenate([owner[keep], a_owner])
    n_start = np.concatenate([start[keep], np.full(len(a_owner), 1000)])
    n_end = np.concatenate([n_end[keep], np.full(len(a_owner), 1008)])
    n_label = np.concatenate([n_label[keep], rng.integers(0, len(LABELS), len(a_owner))])
    order = np.lexsort((n_start, n_owner))
    n_counts = np.bincount(n_owner, minlength=n)
    ids = pa.array([f"d{i:09d}" for i in range(first, first + n)])
    old = pa.table({"doc_id": ids, "system": pa.array(["old-extractor"] * n),
                    "entities": _entities(start, end, label, counts)})
    new = pa.table({"doc_id": ids, "system": pa.array(["new-extractor"] * n),
                    "entities": _entities(n_start[order], n_end[order], n_label[order], n_counts)})
    alone = rng.random(n)  # 0.1% of documents only in OLD, 0.1% only in NEW
    old = old.filter(pa.array(alone >= 0.001))
    new = new.filter(pa.array((alone < 0.001) | (alone >= 0.002)))
    return old, new.take(pa.array(np.arange(len(new))[::-1]))


def generate(folder: Path, documents: int, seed: int = 2026) -> dict[str, int]:
    """Sharded Parquet under folder/old and folder/new (NEW's shards hold the documents in another
    order and numbering); the mention counts of both sides."""
    rng = np.random.default_rng(seed)
    shards = max(1, documents // DOCS_PER_SHARD)
    (folder / "old").mkdir(parents=True)
    (folder / "new").mkdir(parents=True)
    mentions = {"old": 0, "new": 0}
    for k in range(shards):
        first, n = k * documents // shards, (k + 1) * documents // shards - k * documents // shards
        tables = dict(zip(("old", "new"), generate_shard(first, n, rng)))
        for side, table in tables.items():
            number = k if side == "old" else shards - 1 - k
            pq.write_table(table, folder / side / f"part-{number:05d}.parquet", row_group_size=ROW_GROUP)
            mentions[side] += pc.sum(pc.list_value_length(table.column("entities"))).as_py()
    return mentions


def _json(report) -> str:
    return json.dumps(report.to_dict(), sort_keys=True)


def _cpu(who: int = resource.RUSAGE_SELF) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def run_cli(folder: Path, out: Path) -> tuple[float, float, float]:
    """The single-process path as a subprocess: (seconds, CPU seconds, peak resident MB)."""
    command = [sys.executable, "-m", "newsgold.cli", "diff", str(folder / "old"), str(folder / "new"),
               "--scheduler", "local", "--text-from", "none", "-o", str(out)]
    cpu = _cpu(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - began
    if done.returncode not in (0, 1):
        raise SystemExit(f"newsgold diff failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return seconds, _cpu(resource.RUSAGE_CHILDREN) - cpu, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_cluster(folder: Path, workers: int, scratch: Path) -> tuple[float, float, list[float], str]:
    """A LocalCluster of ``workers`` processes: (seconds, CPU seconds of the workers and this process,
    each worker's peak resident MB, report JSON)."""
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        cpu = sum(client.run(_cpu).values()) + _cpu()
        began = time.perf_counter()
        report = diff(folder / "old", folder / "new", scheduler=cluster.scheduler_address, scratch=str(scratch),
                      text_from="none")
        seconds = time.perf_counter() - began
        cpu = sum(client.run(_cpu).values()) + _cpu() - cpu
        peaks = sorted(client.run(_peak_mb).values())
    return seconds, cpu, peaks, _json(report)


def time_dask_shuffle(folder: Path, workers: int) -> float:
    """Seconds for dask.dataframe to shuffle both sides by doc_id (p2p) on a LocalCluster."""
    import dask.dataframe as dd
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster):
        frames = [dd.read_parquet(str(folder / side), columns=["doc_id", "entities"]) for side in ("old", "new")]
        both = dd.concat(frames)
        began = time.perf_counter()
        both.shuffle("doc_id", npartitions=both.npartitions // 2).map_partitions(len).sum().compute()
        return time.perf_counter() - began


def main() -> None:
    sys.stdout.reconfigure(line_buffering=True)
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of 2,000,000 documents (default 1)")
    parser.add_argument("--data", type=Path, help="folder for the generated Parquet (default: a temporary one)")
    parser.add_argument("--shuffle", action="store_true", help="also time dask.dataframe's shuffle of the input")
    args = parser.parse_args()
    documents = int(FULL_DOCUMENTS * args.scale)
    root = Path(tempfile.mkdtemp(prefix="bench-diff-", dir=args.data))
    try:
        began = time.perf_counter()
        mentions = generate(root / "data", documents)
        total = mentions["old"] + mentions["new"]
        print(f"generated {documents:,} documents, {mentions['old']:,} OLD and {mentions['new']:,} NEW mentions "
              f"({total:,} in all) as {len(list((root / 'data' / 'old').iterdir()))} Parquet shards a side "
              f"in {time.perf_counter() - began:.1f} s")
        print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, Python "
              f"{platform.python_version()}, {platform.platform()}")
        single, single_cpu, single_peak = run_cli(root / "data", root / "single.json")
        single_report = json.dumps(json.loads((root / "single.json").read_text()), sort_keys=True)
        rows = [("newsgold diff --scheduler local (1 process)", single, single_cpu, 1, [single_peak])]
        reports = [single_report]
        for workers in (1, 2):
            scratch = root / f"scratch-{workers}"
            scratch.mkdir()
            seconds, cpu, peaks, report = run_cluster(root / "data", workers, scratch)
            rows.append((f"LocalCluster, {workers} worker process(es)", seconds, cpu, workers, peaks))
            reports.append(report)
        same = all(r == reports[0] for r in reports)
        load = os.getloadavg()[0]
        print(f"\n{'run':45} {'seconds':>8} {'CPU s':>7} {'mentions/s/worker':>18} {'mentions/CPU s':>15} "
              f"{'peak MB per worker':>19}")
        for name, seconds, cpu, workers, peaks in rows:
            print(f"{name:45} {seconds:8.1f} {cpu:7.1f} {total / seconds / workers:18,.0f} {total / cpu:15,.0f} "
                  f"{', '.join(f'{p:,.0f}' for p in peaks):>19}")
        print(f"load average at the end (1 min): {load:.1f} on {os.cpu_count()} CPUs")
        one, two = rows[1][1], rows[2][1]
        print(f"\n2 workers vs 1 worker: {one / two:.2f}x faster (wall time); single process vs 1 worker: "
              f"{rows[0][1] / one:.2f}x the time")
        print(f"reports identical across the three runs: {same}")
        if args.shuffle:
            seconds = time_dask_shuffle(root / "data", 2)
            print(f"dask.dataframe shuffle (p2p) of the same input on 2 workers, shuffle alone: {seconds:.1f} s "
                  f"({seconds / two:.2f}x newsgold's whole 2-worker diff)")
        if not same:
            raise SystemExit("the reports differ")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
