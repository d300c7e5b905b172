"""Stable 64-bit hashes (pandas' SipHash): the same for the same input in every process and run.

Three independent uses, each with its own key: the partition of a document, its resampling
unit, and the sampling priority of a disagreement (keyed by the seed). Nothing depends on
how the input is split into files, blocks or partitions.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa

PARTITION_KEY = "newsgold-part-v1"
UNIT_KEY = "newsgold-unit-v1"
RESAMPLING_UNITS = 4096


def _objects(values: pa.Array | pa.ChunkedArray | list[str] | np.ndarray) -> np.ndarray:
    if isinstance(values, (pa.Array, pa.ChunkedArray)):
        values = values.to_numpy(zero_copy_only=False)
    return np.asarray(values, dtype=object)


def hash_strings(values: pa.Array | pa.ChunkedArray | list[str] | np.ndarray, key: str) -> np.ndarray:
    """uint64 hashes of strings under a 16-character ``key``."""
    return pd.util.hash_array(_objects(values), hash_key=key, categorize=False)


def partition_of(doc_ids: pa.Array | pa.ChunkedArray, partitions: int) -> np.ndarray:
    """The partition (0 .. partitions - 1) of each document id."""
    return (hash_strings(doc_ids, PARTITION_KEY) % np.uint64(partitions)).astype(np.int64)


def unit_of(doc_ids: pa.Array | pa.ChunkedArray | list[str]) -> np.ndarray:
    """The resampling unit of each document id: one of ``RESAMPLING_UNITS`` random groups."""
    return (hash_strings(doc_ids, UNIT_KEY) % np.uint64(RESAMPLING_UNITS)).astype(np.int64)


def seed_key(seed: int) -> str:
    """The 16-character hash key of a sampling seed."""
    return f"{seed & 0xFFFFFFFFFFFFFFFF:016x}"


def priorities(frame: pd.DataFrame, seed: int) -> np.ndarray:
    """The sampling priority of each row (uint64): a hash of every column under the seed."""
    if frame.empty:
        return np.zeros(0, np.uint64)
    return pd.util.hash_pandas_object(frame, index=False, hash_key=seed_key(seed), categorize=False).to_numpy()
