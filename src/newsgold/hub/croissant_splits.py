"""The splits in Croissant: an enumeration ``RecordSet`` of ``dataType`` ``cr:Split`` (each split's
name, its standard meaning and what it is for), and in every configuration's ``RecordSet`` a
``split`` field read from the parquet file name that references it (the Croissant spec's
"ML-specific features: splits")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from newsgold.hub.card_splits import PURPOSE

SPLITS_ID = "splits"
SPLIT_KINDS = {"dev": "cr:ValidationSplit", "test": "cr:TestSplit"}


def split_field(config: str, fileset_id: str, splits: Sequence[str]) -> dict[str, Any]:
    """The ``split`` field of a configuration's RecordSet: the split named by each row's parquet file."""
    return {
        "@type": "cr:Field",
        "@id": f"{config}/split",
        "name": "split",
        "description": "The split a row belongs to, from the parquet file name.",
        "dataType": "sc:Text",
        "references": {"field": {"@id": f"{SPLITS_ID}/name"}},
        "source": {
            "fileSet": {"@id": fileset_id},
            "extract": {"fileProperty": "filename"},
            # The file-name suffix is optional because mlcroissant 1.1.1 applies the transform a second
            # time, to the extracted split name, when it joins the field with its reference.
            "transform": {"regex": f"^({'|'.join(splits)})(?:-[0-9]+-of-[0-9]+\\.parquet)?$"},
        },
    }


def splits_record_set(splits: Sequence[str], documents: dict[str, int]) -> dict[str, Any]:
    """The enumeration of the export's splits; ``documents``: split -> number of documents."""
    field = [
        ("name", "sc:Text", "The split's name, as in the parquet file names and `load_dataset(..., split=...)`."),
        ("url", "sc:URL", "The split's standard meaning: cr:ValidationSplit (dev) or cr:TestSplit (test)."),
        ("description", "sc:Text", "What the split is for."),
        ("documents", "sc:Integer", "Number of documents in the split."),
    ]
    return {
        "@type": "cr:RecordSet",
        "@id": SPLITS_ID,
        "name": SPLITS_ID,
        "description": "The corpus splits (docs/splits.md): develop on dev, report test.",
        "dataType": "cr:Split",
        "key": {"@id": f"{SPLITS_ID}/name"},
        "field": [{"@type": "cr:Field", "@id": f"{SPLITS_ID}/{name}", "name": name, "dataType": kind,
                   "description": text} for name, kind, text in field],
        "data": [
            {f"{SPLITS_ID}/name": split, f"{SPLITS_ID}/url": SPLIT_KINDS[split],
             f"{SPLITS_ID}/description": PURPOSE[split], f"{SPLITS_ID}/documents": documents[split]}
            for split in splits
        ],
    }
