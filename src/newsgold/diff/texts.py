"""Document texts for the review sample: from the records, the bundled corpus, or files.

Only the texts of sampled documents are looked up, after the comparison. A text is used
only when its sha256 equals the records' ``doc_sha256`` (where they give one).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from fsspec.core import url_to_fs

from newsgold.corpus import sha256_text
from newsgold.diff.errors import DiffInputError
from newsgold.diff.sources import find_shards, open_parquet, read_all

CORPUS = "corpus"
NONE = "none"


def _expected_sha(records: Mapping[str, Any]) -> set[str]:
    return {r["doc_sha256"] for r in records.values() if isinstance(r, dict) and r.get("doc_sha256")}


def _fits(text: str, expected: set[str]) -> bool:
    return not expected or sha256_text(text) in expected


def _from_source(source: str, wanted: set[str]) -> dict[str, str]:
    if source == CORPUS:
        from newsgold.corpus import load_corpus

        corpus = load_corpus()
        return {d: corpus[d].text for d in wanted if corpus.get(d) is not None}
    fs, root = url_to_fs(source)
    if fs.isdir(root) and fs.exists(f"{root}/manifest.json"):
        from newsgold.corpus import load_corpus

        corpus = load_corpus(root)
        return {d: corpus[d].text for d in wanted if corpus.get(d) is not None}
    if fs.isdir(root) and fs.glob(f"{root}/*.txt"):
        out = {}
        for doc_id in wanted:
            path = f"{root}/{doc_id}.txt"
            if "/" not in doc_id and fs.exists(path):
                out[doc_id] = fs.cat_file(path).decode("utf-8")
        return out
    return _from_records(source, wanted)


def _from_records(source: str, wanted: set[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for shard in find_shards(source, "--text-from"):
        if shard.format == "parquet":
            handle = open_parquet(shard)
            try:
                if not {"doc_id", "text"} <= set(handle.schema_arrow.names):
                    raise DiffInputError(f"{shard.name}: no doc_id and text columns; expected document texts")
                for batch in handle.iter_batches(columns=["doc_id", "text"]):
                    for doc_id, text in zip(*(batch.column(i).to_pylist() for i in range(2))):
                        if doc_id in wanted and isinstance(text, str):
                            out[doc_id] = text
            finally:
                handle.close()
            continue
        data = read_all(shard).decode("utf-8", errors="replace")
        lines: Iterable[str] = data.splitlines() if shard.format == "jsonl" else [data]
        for line in lines:
            try:
                value = json.loads(line) if line.strip() else None
            except json.JSONDecodeError:
                continue
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, dict) and item.get("doc_id") in wanted and isinstance(item.get("text"), str):
                    out[item["doc_id"]] = item["text"]
    return out


def find_texts(records: Mapping[str, Mapping[str, Any]], source: str | None = CORPUS) -> dict[str, str]:
    """The texts of the documents in ``records`` ({doc_id: {"old": record, "new": record}})."""
    found: dict[str, str] = {}
    for doc_id, sides in records.items():
        expected = _expected_sha(sides)
        for record in sides.values():
            text = record.get("text") if isinstance(record, dict) else None
            if isinstance(text, str) and _fits(text, expected):
                found[doc_id] = text
                break
    wanted = set(records) - set(found)
    if wanted and source not in (None, NONE):
        try:
            candidates = _from_source(source, wanted)
        except (OSError, ValueError) as error:
            if isinstance(error, DiffInputError):
                raise
            raise DiffInputError(f"--text-from {source}: cannot read texts there ({error}); expected corpus, none, "
                                 "a corpus folder, a folder of DOC_ID.txt files, or records with doc_id and text")
        for doc_id, text in candidates.items():
            if _fits(text, _expected_sha(records[doc_id])):
                found[doc_id] = text
    return found
