"""``diff``: the library entry point behind ``newsgold diff``.

The Dask graph: one ``exchange.scatter`` task per block of either side, one
``compare.compare_partition`` task per partition (each reads its batch of every exchange
file), and a tree of ``partial.merge_partials`` tasks; the client receives one small
``Partial`` and builds the report.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from dask import delayed

from newsgold.diff.compare import compare_partition
from newsgold.diff.errors import DiffInputError
from newsgold.diff.exchange import scatter, scratch_folder
from newsgold.diff.options import DiffOptions
from newsgold.diff.partial import merge_partials
from newsgold.diff.report import DiffReport, build_report, with_limits
from newsgold.diff.schedule import connect, parse_scheduler
from newsgold.diff.sources import BLOCK_BYTES, BLOCK_ROWS, find_shards, plan_blocks
from newsgold.diff.texts import CORPUS, find_texts

FAN_IN = 8


def _tree(parts: list, options: DiffOptions):
    merged = [delayed(merge_partials)(parts[i:i + FAN_IN], options) for i in range(0, len(parts), FAN_IN)]
    while len(merged) > 1:
        merged = [delayed(merge_partials)(merged[i:i + FAN_IN], options) for i in range(0, len(merged), FAN_IN)]
    return merged[0]


def diff(
    old: str | Path,
    new: str | Path,
    *,
    options: DiffOptions | None = None,
    scheduler: str = "local",
    partitions: int | None = None,
    scratch: str | None = None,
    text_from: str | None = CORPUS,
    max_churn: Mapping[str, float] | None = None,
    block_bytes: int = BLOCK_BYTES,
    block_rows: int = BLOCK_ROWS,
) -> DiffReport:
    """Compare the records of system NEW with those of system OLD (see ``docs/diff.md``).

    old, new: a file, folder or glob of .jsonl/.json/.parquet record files, local or an fsspec URL.
    options: sample size, seed, resamples, ... (default ``DiffOptions()``).
    scheduler: ``local``, ``processes:N`` or ``tcp://HOST:PORT``.
    partitions: how many partitions documents are hashed into (default: as many as the larger
        side has blocks); the figures do not depend on it.
    scratch: a folder or fsspec URL for the exchange files, reachable by every worker
        (required with a ``tcp://`` scheduler; default: a temporary folder on this machine).
    text_from: where the sampled documents' texts come from: ``corpus`` (the bundled corpus),
        ``none``, a corpus folder, a folder of DOC_ID.txt files or records with doc_id and text.
    max_churn: churn limits, as ``report.parse_limits`` returns them.
    Raises ``DiffInputError`` for input it cannot compare.
    """
    options = options or DiffOptions()
    chosen = parse_scheduler(scheduler)
    if chosen.kind == "cluster" and scratch is None:
        raise DiffInputError(f"--scheduler {chosen}: give --scratch, a folder or URL (e.g. s3://bucket/tmp) that "
                             "every worker of the cluster can read and write")
    if partitions is not None and partitions < 1:
        raise DiffInputError(f"--partitions {partitions}: expected a number >= 1")
    blocks = {side: plan_blocks(find_shards(str(spec), side.upper()), block_bytes, block_rows)
              for side, spec in (("old", old), ("new", new))}
    count = partitions or max(len(blocks["old"]), len(blocks["new"]))
    with scratch_folder(scratch) as folder, connect(chosen) as compute:
        files = {side: [delayed(scatter)(block, i, side, count, folder) for i, block in enumerate(side_blocks)]
                 for side, side_blocks in blocks.items()}
        parts = [delayed(compare_partition)(k, files, blocks, options) for k in range(count)]
        merged = compute(_tree(parts, options))
    if not merged.documents.get("matched"):
        raise DiffInputError(f"{old} and {new}: no document id is on both sides (OLD: {merged.documents['OLD']} "
                             f"record(s), NEW: {merged.documents['NEW']}); expected records of the same documents")
    if not merged.counts:
        raise DiffInputError(f"{old} and {new}: no layer (entities, events, stances) is on both sides of any "
                             f"matched document; expected records that annotate the same layer")
    report = build_report(merged, {"old": str(old), "new": str(new)}, options, find_texts(merged.records, text_from))
    return with_limits(report, max_churn or {})
