"""Publishing newsgold on the Hugging Face Hub.

- ``export_hf(out_dir, text="omit")``: a Hub-ready folder: one parquet configuration per
  layer (``documents``, ``entities``, ``events``, ``stance``) plus ``ner`` (tokens /
  BIO ``ner_tags``), each with a file per corpus split (``dev``, ``test``), a dataset card,
  Croissant metadata and a manifest.
- ``records_from_datasets`` / ``load_export_records``: the same newsgold records back.
- ``rehydrate_export``: re-attach omitted text from the user's hash-checked copy.
- ``plan_upload`` / ``upload``: push the folder with ``huggingface_hub``.

Details and the reasons for the defaults: docs/hub.md.
"""

from newsgold.hub.card import CardOptions, load_agreement
from newsgold.hub.export import ExportResult, export_hf
from newsgold.hub.features import HubLabels, all_features
from newsgold.hub.layout import CONFIGS, DEFAULT_CONFIG, DEFAULT_TEXT, EVALUATION_SPLIT, SPLITS, TEXT_MODES, HubError
from newsgold.hub.load import (
    documents_from_dataset,
    load_export_records,
    ner_entities,
    read_export,
    records_from_datasets,
)
from newsgold.hub.publish import PublishPlan, PublishResult, plan_upload, publish, upload
from newsgold.hub.rehydrate import read_texts, rebuild_export, rehydrate_export

__all__ = [
    "CONFIGS",
    "DEFAULT_CONFIG",
    "DEFAULT_TEXT",
    "EVALUATION_SPLIT",
    "SPLITS",
    "TEXT_MODES",
    "CardOptions",
    "ExportResult",
    "HubError",
    "HubLabels",
    "PublishPlan",
    "PublishResult",
    "all_features",
    "documents_from_dataset",
    "export_hf",
    "load_agreement",
    "load_export_records",
    "ner_entities",
    "plan_upload",
    "publish",
    "read_export",
    "read_texts",
    "rebuild_export",
    "records_from_datasets",
    "rehydrate_export",
    "upload",
]
