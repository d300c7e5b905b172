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


def read_manifest(export_dir: str | Path) -> dict[str, Any]:
    """The manifest of an export folder; ``HubError`` if the folder is not a newsgold export."""
    export_dir = Path(export_dir)
    path = export_dir / MANIFEST
    if not export_dir.is_dir():
        raise HubError(f"{export_dir}: no such folder; expected a folder written by 'newsgold export hf'")
    if not path.is_file():
        raise HubError(f"{export_dir}: not a newsgold export ({MANIFEST} is missing); run 'newsgold export hf' first")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise HubError(f"{path}: not valid JSON ({err})") from None
    if manifest.get("format") != FORMAT or manifest.get("format_version") != FORMAT_VERSION:
        raise HubError(
            f"{path}: format {manifest.get('format')!r} version {manifest.get('format_version')!r} "
            f"is not {FORMAT!r} version {FORMAT_VERSION}"
        )
    return manifest


def dumps_manifest(manifest: dict[str, Any]) -> str:
    return dumps_pretty(manifest)
