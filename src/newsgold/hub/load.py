"""Read an export back: newsgold records and documents from Hub configurations.

Works on ``datasets.Dataset`` objects (``load_dataset(folder_or_repo, config, split="test")``)
and on an export folder directly (parquet read with pyarrow, no cache written).
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
from newsgold.hub.layout import CONFIGS, HubError, parquet_path, read_manifest
from newsgold.hub.tokens import entities_from_bio
from newsgold.jsonio import InputError, open_input, shown
from newsgold.records import Record


def _labels_from(features_by_config: Mapping[str, Features]) -> HubLabels:
    return HubLabels.from_features(dict(features_by_config))


def records_from_datasets(datasets: Mapping[str, Any]) -> list[Record]:
    """newsgold records from the ``entities``, ``events`` and ``stance`` datasets of an export.

    ``datasets`` maps configuration names to ``datasets.Dataset`` objects (one split each),
    e.g. ``{c: load_dataset(repo, c, split="test") for c in ("entities", "events", "stance")}``.
    """
    missing = [config for config in RECORD_LAYERS if config not in datasets]
    if missing:
        raise HubError(f"records need the configuration(s) {', '.join(missing)}")
    labels = _labels_from({config: datasets[config].features for config in RECORD_LAYERS})
    rows = {config: datasets[config].to_list() for config in RECORD_LAYERS}
    return records_from_rows(rows, labels)


def documents_from_dataset(dataset: Any, texts: Mapping[str, str] | None = None) -> list[Document]:
    """Corpus documents from the ``documents`` configuration (``texts`` fills omitted text)."""
    texts = texts or {}
    return [document_from_row(row, texts.get(row["doc_id"])) for row in dataset.to_list()]


def ner_entities(dataset: Any) -> dict[tuple[str, str | None], list[tuple[int, int, str]]]:
    """(doc_id, annotator) -> sorted (start, end, label) entity spans decoded from the ``ner`` BIO tags."""
    names = dataset.features["ner_tags"].feature.names
    out: dict[tuple[str, str | None], list[tuple[int, int, str]]] = {}
    for row in dataset.to_list():
        out.setdefault((row["doc_id"], row["annotator"]), []).extend(entities_from_bio(row, names))
    return {key: sorted(spans) for key, spans in out.items()}


EXPECTED_COLUMNS = {config: tuple(features) for config, features in
                    all_features(HubLabels(*[()] * len(HubLabels.__dataclass_fields__))).items()}


@dataclass
class ExportTables:
    """An export folder in memory: manifest, rows and features of every configuration."""

    manifest: dict[str, Any]
    rows: dict[str, list[dict[str, Any]]]
    features: dict[str, Features]

    @property
    def labels(self) -> HubLabels:
        return _labels_from(self.features)

    def records(self) -> list[Record]:
        return records_from_rows({c: self.rows[c] for c in RECORD_LAYERS}, self.labels)


def read_export(export_dir: str | Path) -> ExportTables:
    """Read every configuration of an export folder with pyarrow (ClassLabels stay ids)."""
    import pyarrow.parquet as pq

    import pyarrow as pa

    export_dir = Path(export_dir)
    manifest = read_manifest(export_dir)
    rows: dict[str, list[dict[str, Any]]] = {}
    features: dict[str, Features] = {}
    for config in CONFIGS:
        path = export_dir / parquet_path(config)
        what = f"the {config} configuration written with this export's manifest"
        recorded = manifest["configs"].get(config, {})
        digest = _sha256(path, what)
        if isinstance(recorded, dict) and recorded.get("sha256") not in (None, digest):
            raise HubError(f"{shown(path)}: sha256 {digest[:12]}... differs from {str(recorded['sha256'])[:12]}... in the "
                           f"manifest; expected {what} (a truncated, swapped or edited file)")
        try:
            table = pq.read_table(path)
            features[config] = Features.from_arrow_schema(table.schema)
        except (pa.ArrowException, OSError, ValueError, KeyError, TypeError) as error:
            raise HubError(f"{shown(path)}: not a readable parquet file ({type(error).__name__}: "
                           f"{str(error).splitlines()[0] if str(error) else ''}); expected {what}") from None
        expected = list(EXPECTED_COLUMNS[config])
        if table.column_names != expected:
            raise HubError(f"{shown(path)}: columns {', '.join(table.column_names)}; expected {what}: "
                           f"{', '.join(expected)}")
        rows[config] = table.to_pylist()
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
