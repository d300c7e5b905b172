"""The layout of a Hub export folder and its manifest, ``newsgold_export.json``.

An export folder is what ``newsgold export hf`` writes and ``newsgold publish`` uploads::

    README.md                 dataset card (YAML metadata + body)
    croissant.json            Croissant 1.1 JSON-LD metadata
    newsgold_export.json      this module's manifest: everything the card and the
                              Croissant file are generated from
    LICENSE.md                the rights of the annotations and of the text
    documents/test-00000-of-00001.parquet
    entities/test-00000-of-00001.parquet
    events/...  stance/...  ner/...

The card and the Croissant file are pure functions of the manifest and the parquet
features, so an export can be rebuilt (rehydrated, retargeted to another repository)
without the project checkout.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from newsgold.jsonio import dumps_pretty

FORMAT = "newsgold-hf-export"
FORMAT_VERSION = 1

MANIFEST = "newsgold_export.json"
CARD = "README.md"
CROISSANT = "croissant.json"
LICENSE = "LICENSE.md"

SPLIT = "test"

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


def parquet_path(config: str, split: str = SPLIT) -> str:
    """Relative path of a configuration's single parquet shard (``push_to_hub`` naming)."""
    return f"{config}/{split}-00000-of-00001.parquet"


def check_text_mode(text: str) -> str:
    if text not in TEXT_MODES:
        raise HubError(f"--text must be one of {', '.join(TEXT_MODES)}, not {text!r}")
    return text


MANIFEST_FIELDS = {"text": str, "corpus": dict, "card": dict, "labels": dict, "stats": dict, "ner": dict,
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
    documents = manifest["corpus"].get("documents")
    if not isinstance(documents, list) or not all(
            isinstance(d, dict) and isinstance(d.get("doc_id"), str) and isinstance(d.get("sha256"), str)
            for d in documents):
        raise HubError(f"{shown(path)}: corpus.documents: expected a list of objects with doc_id and sha256")
    return manifest


def dumps_manifest(manifest: dict[str, Any]) -> str:
    return dumps_pretty(manifest)
