"""Where the records of one side come from: sharded JSONL, JSON or Parquet, local or fsspec URLs.

A side is a file, a folder (every ``.jsonl``, ``.ndjson``, ``.json`` and ``.parquet`` file
under it, hidden files and ``_``-prefixed files skipped), a glob, or any of these as an
fsspec URL (``s3://bucket/preds/``, ``memory://...``). Files are cut into blocks that a
worker reads with bounded memory: JSONL by byte ranges aligned to lines, Parquet by row
groups, a ``.json`` file whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import IO

from fsspec.core import url_to_fs
from fsspec.implementations.local import LocalFileSystem
from fsspec.utils import seek_delimiter

from newsgold.diff.errors import DiffInputError
from newsgold.jsonio import MAX_BYTES_ENV, max_input_bytes

FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".parquet": "parquet"}
BLOCK_BYTES = 64 << 20
BLOCK_ROWS = 200_000
WHAT = "a file, folder or glob of .jsonl/.json/.parquet record files (local or an fsspec URL)"


@dataclass(frozen=True)
class Shard:
    url: str
    name: str  # as the user sees it: the local path or the URL
    format: str
    size: int


@dataclass(frozen=True)
class Block:
    """Part of a shard: JSONL byte range [start, stop), Parquet row groups [start, stop), or a whole JSON file."""

    shard: Shard
    start: int
    stop: int
    first_row: int = 0  # Parquet: row number of the block's first row


def _open_fs(spec: str, side: str):
    try:
        return url_to_fs(spec)
    except (ValueError, ImportError, OSError) as error:
        raise DiffInputError(f"{spec}: cannot open {side} ({error}); expected {WHAT}") from None


def find_shards(spec: str, side: str) -> list[Shard]:
    """The record files of one side, sorted by path."""
    fs, root = _open_fs(spec, side)
    local = isinstance(fs, LocalFileSystem)
    try:
        if any(c in root for c in "*?["):
            found = fs.glob(root, detail=True)
        elif fs.isdir(root):
            found = fs.find(root, detail=True)
        elif fs.exists(root):
            found = {root: fs.info(root)}
            if found[root].get("type") != "file":
                raise DiffInputError(f"{spec}: is not a regular file (a pipe, device or socket); expected {side} "
                                     f"as {WHAT}")
        else:
            raise DiffInputError(f"{spec}: no such file or folder; expected {side} as {WHAT}")
    except OSError as error:
        raise DiffInputError(f"{spec}: cannot list {side} ({error}); expected {WHAT}") from None
    shards = []
    for path in sorted(found):
        info = found[path]
        name = PurePosixPath(path).name
        suffix = PurePosixPath(path).suffix.lower()
        if info.get("type") != "file" or suffix not in FORMATS or name.startswith((".", "_")):
            continue
        url = path if local else fs.unstrip_protocol(path)
        shards.append(Shard(url, path if local else url, FORMATS[suffix], int(info.get("size") or 0)))
    if not shards:
        raise DiffInputError(f"{spec}: no .jsonl, .json or .parquet files; expected {side} as {WHAT}")
    return shards


def plan_blocks(shards: list[Shard], block_bytes: int = BLOCK_BYTES, block_rows: int = BLOCK_ROWS) -> list[Block]:
    """Blocks of every shard: at most ``block_bytes`` of JSONL, about ``block_rows`` Parquet rows."""
    blocks: list[Block] = []
    for shard in shards:
        if shard.format == "jsonl":
            blocks += [Block(shard, start, min(start + block_bytes, shard.size))
                       for start in range(0, max(shard.size, 1), block_bytes)]
        elif shard.format == "json":
            blocks.append(Block(shard, 0, shard.size))
        else:
            blocks += _parquet_blocks(shard, block_rows)
    return blocks


def _parquet_blocks(shard: Shard, block_rows: int) -> list[Block]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    fs, path = url_to_fs(shard.url)
    try:
        with fs.open(path, "rb") as handle:
            meta = pq.ParquetFile(handle).metadata
    except (pa.ArrowException, OSError, ValueError) as error:
        raise DiffInputError(f"{shard.name}: not a readable Parquet file ({error}); expected record rows") from None
    blocks, first, rows, row = [], 0, 0, 0
    for group in range(meta.num_row_groups):
        rows += meta.row_group(group).num_rows
        if rows >= block_rows or group == meta.num_row_groups - 1:
            blocks.append(Block(shard, first, group + 1, row))
            row += rows
            first, rows = group + 1, 0
    return blocks


def _boundary(handle: IO[bytes], offset: int) -> int:
    """The start of the first line that begins at or after ``offset`` (as ``fsspec.utils.read_block``)."""
    handle.seek(offset)
    seek_delimiter(handle, b"\n", 1 << 16)
    return handle.tell()


def read_lines(block: Block) -> tuple[int, bytes]:
    """(byte offset of the first line, the lines whose first byte lies in the block's range).

    A line longer than the input limit (``NEWSGOLD_MAX_INPUT_BYTES``) is refused before it is read.
    """
    fs, path = url_to_fs(block.shard.url)
    with fs.open(path, "rb") as handle:
        start = _boundary(handle, block.start)
        end = _boundary(handle, block.stop) if block.stop < block.shard.size else block.shard.size
        if end - start > (block.stop - block.start) + max_input_bytes():
            raise DiffInputError(f"{block.shard.name}: holds a line longer than the input limit of "
                                 f"{max_input_bytes()} bytes after byte {block.start} (set {MAX_BYTES_ENV} to raise "
                                 "it); expected one record per line")
        handle.seek(start)
        return start, handle.read(end - start)


def line_number(block: Block, offset: int, index: int) -> int:
    """The 1-based line number of the ``index``-th line of a block that starts at byte ``offset``."""
    fs, path = url_to_fs(block.shard.url)
    before, remaining = 0, offset
    with fs.open(path, "rb") as handle:
        while remaining:
            chunk = handle.read(min(remaining, 1 << 20))
            if not chunk:
                break
            before += chunk.count(b"\n")
            remaining -= len(chunk)
    return before + index + 1


def read_all(shard: Shard) -> bytes:
    """A whole (JSON) file, refused above the input limit (``NEWSGOLD_MAX_INPUT_BYTES``)."""
    if shard.size > max_input_bytes():
        raise DiffInputError(f"{shard.name}: is {shard.size} bytes, more than the input limit of {max_input_bytes()} "
                             f"bytes (set {MAX_BYTES_ENV} to raise it, or write JSONL or Parquet)")
    fs, path = url_to_fs(shard.url)
    with fs.open(path, "rb") as handle:
        return handle.read()


def open_parquet(shard: Shard):
    """A ``pyarrow.parquet.ParquetFile`` over the shard (the caller closes ``.reader``'s source)."""
    import pyarrow.parquet as pq

    fs, path = url_to_fs(shard.url)
    return pq.ParquetFile(fs.open(path, "rb"))
