"""The layout of a Hub export folder and its manifest, ``newsgold_export.json``.

An export folder is what ``newsgold export hf`` writes and ``newsgold publish`` uploads::

    README.md                 dataset card (YAML metadata + body)
    croissant.json            Croissant 1.1 JSON-LD metadata
    newsgold_export.json      this module's manifest: everything the card and the
                              Croissant file are generated from
    LICENSE.md                the rights of the annotations and of the text
    documents/dev-00000-of-00001.parquet
    documents/test-00000-of-00001.parquet
    entities/dev-...  entities/test-...  events/...  stance/...  ner/...

One parquet file per configuration and corpus split present (``push_to_hub`` naming), so
``load_dataset(folder, config, split="test")`` gives the test documents' rows.

The card and the Croissant file are pure functions of the manifest and the parquet
features, so an export can be rebuilt (rehydrated, retargeted to another repository)
without the project checkout.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from newsgold.corpus import SPLIT_NAMES
from newsgold.jsonio import dumps_pretty

FORMAT = "newsgold-hf-export"
FORMAT_VERSION = 2  # 2: one parquet file per corpus split (1: a single "test" split)

MANIFEST = "newsgold_export.json"
CARD = "README.md"
CROISSANT = "croissant.json"
LICENSE = "LICENSE.md"

SPLITS = SPLIT_NAMES  # the corpus splits, in the order they are written and read back
EVALUATION_SPLIT = "test"  # the held-out split scores are reported on (docs/splits.md)

# Layer configurations, then the token-classification one. ``documents`` is the default.
LAYER_CONFIGS = ("documents", "entities", "events", "stance")
NER_CONFIG = "ner"
CONFIGS = (*LAYER_CONFIGS, NER_CONFIG)
DEFAULT_CONFIG = "documents"

TEXT_OMIT = "omit"
TEXT_INCLUDE = "include"
TEXT_MODES = (TEXT_OMIT, TEXT_INCLUDE)
DEFAULT_TEXT = TEXT_OMIT


class HubError(Exception):
    """A Hub export, rehydration or upload cannot proceed; the message says why, in one sentence."""


def parquet_path(config: str, split: str) -> str:
    """Relative path of a configuration's parquet shard for one split (``push_to_hub`` naming)."""
    return f"{config}/{split}-00000-of-00001.parquet"


def check_text_mode(text: str) -> str:
    if text not in TEXT_MODES:
        raise HubError(f"--text must be one of {', '.join(TEXT_MODES)}, not {text!r}")
    return text


MANIFEST_FIELDS = {"text": str, "splits": list, "corpus": dict, "card": dict, "labels": dict, "stats": dict, "ner": dict,
                   "configs": dict, "schema_version": str, "newsgold_version": str, "date": str, "annotators": list}


def read_manifest(export_dir: str | Path) -> dict[str, Any]:
    """The manifest of an export folder; ``HubError`` if the folder is not a newsgold export."""
    from newsgold.jsonio import InputError, load_json, shown

    export_dir = Path(export_dir)
    path = export_dir / MANIFEST
    if not export_dir.is_dir():
        raise HubError(f"{shown(export_dir)}: no such folder; expected a folder written by 'newsgold export hf'")
    what = "the manifest of a folder written by 'newsgold export hf' (JSON)"
    try:
        manifest = load_json(path, what)
    except InputError as err:
        raise HubError(f"{shown(export_dir)} is not a readable newsgold export: {err}") from None
    if not isinstance(manifest, dict):
        raise HubError(f"{shown(path)}: found a JSON {type(manifest).__name__}, expected {what}")
    if manifest.get("format") == FORMAT and manifest.get("format_version") == 1:
        raise HubError(f"{shown(path)}: format version 1 (one 'test' split, before the dev/test splits) is not "
                       f"version {FORMAT_VERSION}; export the corpus again with this newsgold")
    if manifest.get("format") != FORMAT or manifest.get("format_version") != FORMAT_VERSION:
        raise HubError(
            f"{shown(path)}: format {manifest.get('format')!r} version {manifest.get('format_version')!r} "
            f"is not {FORMAT!r} version {FORMAT_VERSION}; expected {what}"
        )
    for key, kind in MANIFEST_FIELDS.items():
        if not isinstance(manifest.get(key), kind):
            found = "missing" if key not in manifest else f"found {type(manifest[key]).__name__}"
            raise HubError(f"{shown(path)}: {key}: {found}; expected a JSON {kind.__name__} as "
                           "'newsgold export hf' writes it")
    if manifest["text"] not in TEXT_MODES:
        raise HubError(f"{shown(path)}: text: found {manifest['text']!r}, expected one of {', '.join(TEXT_MODES)}")
    splits = manifest["splits"]
    if not splits or any(s not in SPLITS for s in splits) or list(splits) != sorted(set(splits), key=SPLITS.index):
        raise HubError(f"{shown(path)}: splits: found {shown(repr(splits))}; expected split names from "
                       f"{', '.join(SPLITS)}, each once, in that order")
    documents = manifest["corpus"].get("documents")
    if not isinstance(documents, list) or not all(
            isinstance(d, dict) and isinstance(d.get("doc_id"), str) and isinstance(d.get("sha256"), str)
            and d.get("split") in splits for d in documents):
        raise HubError(f"{shown(path)}: corpus.documents: expected a list of objects with doc_id, sha256 and a "
                       f"split among {', '.join(splits)}")
    return manifest


def dumps_manifest(manifest: dict[str, Any]) -> str:
    return dumps_pretty(manifest)
