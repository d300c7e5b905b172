"""The exchange: the rows of every block routed to the partition of their document id, through files.

Stage 1, one task per block: read its rows, give each the partition of its document id (a
stable hash modulo the number of partitions) and write one Arrow IPC file whose record
batch ``k`` holds the rows of partition ``k``. Stage 2, one task per partition: read batch
``k`` of every file of a side. A worker holds one block or one partition at a time, never
the input. The files live in a scratch folder (a local path or an fsspec URL) that every
worker can read and write; it is removed when the run ends.
"""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress

import numpy as np
import pyarrow as pa
from fsspec.core import url_to_fs
from fsspec.implementations.local import LocalFileSystem
from pyarrow import ipc

from newsgold.diff.errors import DiffInputError
from newsgold.diff.hashing import partition_of
from newsgold.diff.rows import ROWS, read_rows
from newsgold.diff.sources import Block

EXCHANGE = ROWS.append(pa.field("block", pa.int32()))


def _batch(table: pa.Table) -> pa.RecordBatch:
    batches = table.combine_chunks().to_batches()
    if len(batches) == 1:
        return batches[0]
    if not batches:
        return pa.RecordBatch.from_pylist([], schema=table.schema)
    return pa.concat_batches(batches)


def scatter(block: Block, index: int, side: str, partitions: int, folder: str) -> str:
    """Read a block and write its rows, grouped by partition, to ``folder``; the file's URL."""
    rows = read_rows(block)
    rows = rows.append_column(EXCHANGE.field("block"), pa.array(np.full(len(rows), index, np.int32)))
    part = partition_of(rows.column("doc_id"), partitions)
    order = np.argsort(part, kind="stable")
    rows = rows.take(pa.array(order))
    bounds = np.searchsorted(part[order], np.arange(partitions + 1))
    url = f"{folder}/{side}-{index:06d}.arrow"
    fs, path = url_to_fs(url)
    with fs.open(path, "wb") as sink, ipc.new_file(sink, EXCHANGE) as writer:
        for k in range(partitions):
            writer.write_batch(_batch(rows.slice(bounds[k], bounds[k + 1] - bounds[k])))
    return url


def gather(files: list[str], partition: int) -> pa.Table:
    """The rows of one partition from the files of one side."""
    batches = []
    for url in files:
        fs, path = url_to_fs(url)
        source = pa.OSFile(path, "rb") if isinstance(fs, LocalFileSystem) else fs.open(path, "rb")
        with source:
            batches.append(ipc.open_file(source).get_batch(partition))
    return pa.Table.from_batches(batches, schema=EXCHANGE)


@contextmanager
def scratch_folder(scratch: str | None) -> Iterator[str]:
    """A new folder for one run's exchange files (under ``scratch``, else the system's temporary
    folder), removed afterwards."""
    if scratch is None:
        fs, path = url_to_fs(tempfile.mkdtemp(prefix="newsgold-diff-"))
    else:
        try:
            fs, root = url_to_fs(scratch)
            path = f"{root.rstrip('/')}/newsgold-diff-{uuid.uuid4().hex[:12]}"
            fs.makedirs(path, exist_ok=True)
        except (OSError, ValueError, ImportError) as error:
            raise DiffInputError(f"{scratch}: cannot create a scratch folder there ({error}); expected a writable "
                                 "folder or fsspec URL that every worker can reach") from None
    try:
        yield path if isinstance(fs, LocalFileSystem) else fs.unstrip_protocol(path)
    finally:
        with suppress(FileNotFoundError):
            fs.rm(path, recursive=True)
