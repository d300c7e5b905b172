"""Read an export back: newsgold records and documents from Hub configurations.

Works on ``datasets.Dataset`` objects (``load_dataset(folder_or_repo, config, split="test")``),
on ``DatasetDict``s (``load_dataset(folder_or_repo, config)``: every split, concatenated dev
then test) and on an export folder directly (parquet read with pyarrow, no cache written).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from datasets import Features

from newsgold.corpus import Document
from newsgold.hub.convert import RECORD_LAYERS, document_from_row, records_from_rows
from newsgold.hub.features import HubLabels, all_features
from newsgold.hub.layout import (
    CONFIGS,
    MANIFEST,
    SPLITS,
    HubError,
    parquet_path,
    read_manifest,
)
from newsgold.hub.splits import concatenated
from newsgold.hub.tokens import entities_from_bio
from newsgold.jsonio import InputError, open_input, shown
from newsgold.records import Record


def _labels_from(features_by_config: Mapping[str, Features]) -> HubLabels:
    return HubLabels.from_features(dict(features_by_config))


def _splits_of(dataset: Any) -> list[Any]:
    """A ``Dataset`` as itself; a ``DatasetDict``'s splits, dev then test (then any other, as given)."""
    if not isinstance(dataset, Mapping):
        return [dataset]
    if not dataset:
        raise HubError("a DatasetDict without splits; expected the splits of an export configuration")
    return [dataset[s] for s in SPLITS if s in dataset] + [d for s, d in dataset.items() if s not in SPLITS]


def _rows_of(dataset: Any) -> list[dict[str, Any]]:
    return [row for part in _splits_of(dataset) for row in part.to_list()]


def _features_of(dataset: Any) -> Features:
    return _splits_of(dataset)[0].features


def records_from_datasets(datasets: Mapping[str, Any]) -> list[Record]:
    """newsgold records from the ``entities``, ``events`` and ``stance`` datasets of an export.

    ``datasets`` maps configuration names to ``datasets.Dataset`` objects (one split each),
    e.g. ``{c: load_dataset(repo, c, split="test") for c in ("entities", "events", "stance")}``,
    or to ``DatasetDict``s (``load_dataset(repo, c)``: every split, dev then test).
    """
    missing = [config for config in RECORD_LAYERS if config not in datasets]
    if missing:
        raise HubError(f"records need the configuration(s) {', '.join(missing)}")
    labels = _labels_from({config: _features_of(datasets[config]) for config in RECORD_LAYERS})
    rows = {config: _rows_of(datasets[config]) for config in RECORD_LAYERS}
    return records_from_rows(rows, labels)


def documents_from_dataset(dataset: Any, texts: Mapping[str, str] | None = None) -> list[Document]:
    """Corpus documents from the ``documents`` configuration, a ``Dataset`` or a ``DatasetDict``
    (``texts`` fills omitted text)."""
    texts = texts or {}
    return [document_from_row(row, texts.get(row["doc_id"])) for row in _rows_of(dataset)]


def ner_entities(dataset: Any) -> dict[tuple[str, str | None], list[tuple[int, int, str]]]:
    """(doc_id, annotator) -> sorted (start, end, label) entity spans decoded from the ``ner`` BIO tags
    (a ``Dataset`` or a ``DatasetDict``)."""
    names = _features_of(dataset)["ner_tags"].feature.names
    out: dict[tuple[str, str | None], list[tuple[int, int, str]]] = {}
    for row in _rows_of(dataset):
        out.setdefault((row["doc_id"], row["annotator"]), []).extend(entities_from_bio(row, names))
    return {key: sorted(spans) for key, spans in out.items()}


EXPECTED_COLUMNS = {config: tuple(features) for config, features in
                    all_features(HubLabels(*[()] * len(HubLabels.__dataclass_fields__))).items()}


@dataclass
class ExportTables:
    """An export folder in memory: manifest, rows (every split, dev then test) and features of
    every configuration."""

    manifest: dict[str, Any]
    rows: dict[str, list[dict[str, Any]]]
    features: dict[str, Features]

    @property
    def labels(self) -> HubLabels:
        return _labels_from(self.features)

    def records(self) -> list[Record]:
        return records_from_rows({c: self.rows[c] for c in RECORD_LAYERS}, self.labels)


def _shards(manifest: Mapping[str, Any], config: str, export_dir: Path) -> dict[str, dict[str, Any]]:
    """split -> {path, sha256, ...} of a configuration, as the manifest lists them (checked: a known
    split, the path ``export hf`` gives it)."""
    info = manifest["configs"].get(config)
    shards = info.get("splits") if isinstance(info, dict) else None
    if not isinstance(shards, dict) or not shards or not all(
            split in manifest["splits"] and isinstance(shard, dict) and shard.get("path") == parquet_path(config, split)
            for split, shard in shards.items()):
        raise HubError(f"{shown(export_dir / MANIFEST)}: configs.{config}.splits: found {shown(repr(shards)[:200])}; "
                       f"expected, for splits among {', '.join(manifest['splits'])}, the parquet file "
                       f"'newsgold export hf' wrote ({parquet_path(config, manifest['splits'][0])}, ...)")
    return {split: shards[split] for split in SPLITS if split in shards}


def _read_shard(export_dir: Path, config: str, shard: Mapping[str, Any]) -> tuple[list[dict[str, Any]], Features]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = export_dir / shard["path"]
    what = f"the {config} configuration written with this export's manifest"
    digest = _sha256(path, what)
    if shard.get("sha256") not in (None, digest):
        raise HubError(f"{shown(path)}: sha256 {digest[:12]}... differs from {str(shard['sha256'])[:12]}... in the "
                       f"manifest; expected {what} (a truncated, swapped or edited file)")
    try:
        table = pq.read_table(path)
        features = Features.from_arrow_schema(table.schema)
    except (pa.ArrowException, OSError, ValueError, KeyError, TypeError) as error:
        raise HubError(f"{shown(path)}: not a readable parquet file ({type(error).__name__}: "
                       f"{str(error).splitlines()[0] if str(error) else ''}); expected {what}") from None
    expected = list(EXPECTED_COLUMNS[config])
    if table.column_names != expected:
        raise HubError(f"{shown(path)}: columns {', '.join(table.column_names)}; expected {what}: "
                       f"{', '.join(expected)}")
    return table.to_pylist(), features


def read_export(export_dir: str | Path) -> ExportTables:
    """Read every configuration of an export folder with pyarrow (ClassLabels stay ids); the rows
    of every split, concatenated dev then test."""
    export_dir = Path(export_dir)
    manifest = read_manifest(export_dir)
    rows: dict[str, list[dict[str, Any]]] = {}
    features: dict[str, Features] = {}
    for config in CONFIGS:
        by_split = {}
        for split, shard in _shards(manifest, config, export_dir).items():
            by_split[split], found = _read_shard(export_dir, config, shard)
            if features.setdefault(config, found) != found:
                raise HubError(f"{shown(export_dir / shard['path'])}: its features differ from the {config} "
                               "configuration's other split; expected one schema per configuration")
        rows[config] = concatenated(by_split)
    return ExportTables(manifest, rows, features)


def _sha256(path: Path, what: str) -> str:
    """The sha256 of a regular file, read in chunks (``HubError`` for anything else)."""
    import hashlib

    digest = hashlib.sha256()
    try:
        with open_input(path, what) as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
    except InputError as error:
        raise HubError(str(error)) from None
    return digest.hexdigest()


def load_export_records(export_dir: str | Path) -> list[Record]:
    """The newsgold records of an export folder (span texts are ``None`` if the text was omitted)."""
    return read_export(export_dir).records()


__all__ = [
    "ExportTables",
    "documents_from_dataset",
    "load_export_records",
    "ner_entities",
    "read_export",
    "records_from_datasets",
]
