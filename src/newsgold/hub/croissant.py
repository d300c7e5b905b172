"""Croissant 1.1 JSON-LD metadata for an export, with every column described (none skipped).

One ``FileSet`` per configuration over its parquet files (paths relative to the export
folder, so the file works in the folder and in a download of the Hub repository), one
``RecordSet`` per configuration whose ``Field``s follow the ``datasets.Features``:
structs become ``subField``s, lists become ``isArray`` fields (with ``arrayShape``), and
nested values are reached with ``jsonPath`` transforms. ClassLabel columns are integers
whose names are listed in the field description and in a small enumeration RecordSet
per label inventory. The Responsible-AI properties come from the same facts as the card.

Generation needs no Croissant library; ``validate_croissant`` uses ``mlcroissant``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from datasets import ClassLabel, Features, List, Value

from newsgold.hub.card import CardOptions, home_url
from newsgold.hub.card_splits import split_summary
from newsgold.hub.croissant_splits import split_field, splits_record_set
from newsgold.hub.layout import CONFIGS, CROISSANT, DEFAULT_CONFIG, EVALUATION_SPLIT, SPLITS, TEXT_INCLUDE, HubError

CONFORMS_TO = "http://mlcommons.org/croissant/1.1"

# The standard @context of Croissant 1.1 (as mlcroissant 1.1 writes it), plus the RAI prefix.
CONTEXT: dict[str, Any] = {
    "@language": "en",
    "@vocab": "https://schema.org/",
    "arrayShape": "cr:arrayShape",
    "citeAs": "cr:citeAs",
    "column": "cr:column",
    "conformsTo": "dct:conformsTo",
    "containedIn": "cr:containedIn",
    "cr": "http://mlcommons.org/croissant/",
    "rai": "http://mlcommons.org/croissant/RAI/",
    "data": {"@id": "cr:data", "@type": "@json"},
    "dataType": {"@id": "cr:dataType", "@type": "@vocab"},
    "dct": "http://purl.org/dc/terms/",
    "description": {"@container": "@language"},
    "equivalentProperty": "cr:equivalentProperty",
    "examples": {"@id": "cr:examples", "@type": "@json"},
    "extract": "cr:extract",
    "field": "cr:field",
    "fileProperty": "cr:fileProperty",
    "fileObject": "cr:fileObject",
    "fileSet": "cr:fileSet",
    "format": "cr:format",
    "includes": "cr:includes",
    "isArray": "cr:isArray",
    "isLiveDataset": "cr:isLiveDataset",
    "jsonPath": "cr:jsonPath",
    "key": "cr:key",
    "md5": "cr:md5",
    "name": {"@container": "@language"},
    "parentField": "cr:parentField",
    "path": "cr:path",
    "recordSet": "cr:recordSet",
    "references": "cr:references",
    "regex": "cr:regex",
    "repeated": "cr:repeated",
    "replace": "cr:replace",
    "samplingRate": "cr:samplingRate",
    "sc": "https://schema.org/",
    "separator": "cr:separator",
    "source": "cr:source",
    "subField": "cr:subField",
    "transform": "cr:transform",
}

_DATA_TYPES = {
    "string": "sc:Text",
    "large_string": "sc:Text",
    "bool": "sc:Boolean",
    "int8": "sc:Integer",
    "int16": "sc:Integer",
    "int32": "sc:Integer",
    "int64": "sc:Integer",
    "float32": "sc:Float",
    "float64": "sc:Float",
}

_ID = re.compile(r"[^a-zA-Z0-9\-_.]")


def _fileset_id(config: str) -> str:
    return f"parquet-files-{config}"


def _source(config: str, column: str, json_path: list[str]) -> dict[str, Any]:
    source: dict[str, Any] = {"fileSet": {"@id": _fileset_id(config)}, "extract": {"column": column}}
    if json_path:
        source["transform"] = (
            {"jsonPath": json_path[0]} if len(json_path) == 1 else [{"jsonPath": p} for p in json_path]
        )
    return source


class _FieldBuilder:
    def __init__(self, config: str):
        self.config = config
        self.skipped: list[str] = []

    def field(self, field_id: str, column: str, feature: Any, json_path: list[str]) -> dict[str, Any] | None:
        if isinstance(feature, List):
            shape = []
            inner = feature
            while isinstance(inner, List):
                shape.append(str(inner.length if inner.length and inner.length > 0 else -1))
                inner = inner.feature
            out = self.field(field_id, column, inner, json_path)
            if out is not None:
                out["isArray"] = True
                out["arrayShape"] = ",".join(shape)
            return out
        if isinstance(feature, dict):
            sub_fields = []
            for name, sub in feature.items():
                sub_field = self.field(f"{field_id}/{_ID.sub('_', name)}", column, sub, [*json_path, name])
                if sub_field is not None:
                    sub_fields.append(sub_field)
            return {"@type": "cr:Field", "@id": field_id, "name": field_id.rsplit("/", 1)[-1], "subField": sub_fields}
        if isinstance(feature, ClassLabel):
            names = feature.names
            shown = ", ".join(f"{i}={n}" for i, n in enumerate(names))
            return {
                "@type": "cr:Field",
                "@id": field_id,
                "name": field_id.rsplit("/", 1)[-1],
                "description": f"ClassLabel id; names: {shown}",
                "dataType": "sc:Integer",
                "source": _source(self.config, column, json_path),
            }
        if isinstance(feature, Value) and feature.dtype in _DATA_TYPES:
            return {
                "@type": "cr:Field",
                "@id": field_id,
                "name": field_id.rsplit("/", 1)[-1],
                "dataType": _DATA_TYPES[feature.dtype],
                "source": _source(self.config, column, json_path),
            }
        self.skipped.append(field_id)
        return None


_FIELD_DESCRIPTIONS = {
    "doc_id": "Id of the corpus document.",
    "sha256": "sha256 of the document text (UTF-8).",
    "doc_sha256": "sha256 of the document text the record was annotated on.",
    "text": "The document text (null when the export omits it).",
    "metadata": "Document metadata as a JSON object.",
    "tokens": "Tokens of one sentence (null when the export omits the text).",
    "ner_tags": "BIO tags of the tokens.",
}


def record_set(config: str, features: Features, splits: tuple[str, ...] | list[str] = SPLITS
               ) -> tuple[dict[str, Any], list[str]]:
    builder = _FieldBuilder(config)
    fields = [split_field(config, _fileset_id(config), splits)]
    for column, feature in features.items():
        field = builder.field(f"{config}/{_ID.sub('_', column)}", column, feature, [])
        if field is not None:
            if column in _FIELD_DESCRIPTIONS and "description" not in field:
                field["description"] = _FIELD_DESCRIPTIONS[column]
            fields.append(field)
    description = f"The '{config}' configuration{' (default)' if config == DEFAULT_CONFIG else ''}."
    if builder.skipped:
        description += f" {len(builder.skipped)} skipped column(s): {', '.join(builder.skipped)}"
    return (
        {"@type": "cr:RecordSet", "@id": config, "name": config, "description": description, "field": fields},
        builder.skipped,
    )


def licence_urls(manifest: Mapping[str, Any], options: CardOptions) -> list[str]:
    """The annotations' licence, then the licence of every text the export ships, as URLs."""
    urls = [options.license_url]
    for doc in manifest["corpus"]["documents"]:
        licence = doc.get("licence") if doc.get("text_shipped", manifest["text"] == TEXT_INCLUDE) else None
        url = licence.get("text_url") if isinstance(licence, dict) else None
        if url and url not in urls:
            urls.append(url)
    return urls


def croissant_jsonld(manifest: Mapping[str, Any], features: Mapping[str, Features]) -> dict[str, Any]:
    """The Croissant JSON-LD of an export; raises ``HubError`` if any column could not be described."""
    options = CardOptions.from_dict(manifest["card"])
    stats = manifest["stats"]
    docs = manifest["corpus"]["documents"]
    url = home_url(manifest, options)
    distribution = [
        {
            "@type": "cr:FileSet",
            "@id": _fileset_id(config),
            "name": _fileset_id(config),
            "description": f"Parquet files of the '{config}' configuration.",
            "encodingFormat": "application/x-parquet",
            "includes": f"{config}/*.parquet",
        }
        for config in CONFIGS
    ]
    record_sets = []
    skipped: list[str] = []
    for config in CONFIGS:
        rs, missed = record_set(config, features[config], list(manifest["configs"][config]["splits"]))
        record_sets.append(rs)
        skipped += missed
    record_sets.append(splits_record_set(
        manifest["splits"], {split: sum(d["split"] == split for d in docs) for split in manifest["splits"]}))
    if skipped:
        raise HubError(f"Croissant cannot describe the column(s) {', '.join(skipped)}")
    included = manifest["text"] == TEXT_INCLUDE
    persons = stats["layers"]["entities"].get("PERSON", 0)
    outlets = sorted({d.get("outlet") or "unknown outlet" for d in docs})
    version = f"{manifest['newsgold_version']}+corpus.{manifest['corpus']['version']}"
    return {
        "@context": CONTEXT,
        "@type": "sc:Dataset",
        "conformsTo": CONFORMS_TO,
        "name": options.pretty_name,
        "description": (
            "A gold-annotated English news corpus for evaluating entity, event and stance extraction: "
            f"{stats['documents']} document(s), {sum(stats['layers']['entities'].values())} entity mentions, "
            f"{sum(stats['layers']['events'].values())} events, {sum(stats['layers']['stances'].values())} "
            f"stances. Splits (documents): {split_summary(manifest)}; develop on dev, report {EVALUATION_SPLIT}. "
            + ("The article text is included." if included else "The article text is omitted (offsets, labels and "
               "sha256 only); rehydrate it from your own copy with 'newsgold export rehydrate'.")
        ),
        **({"url": url} if url else {}),
        **({"sameAs": [options.repo_url]} if options.repo_url else {}),
        "license": licence_urls(manifest, options),
        "version": version,
        "datePublished": options.release_date,
        "inLanguage": "en",
        "keywords": ["news", "named entities", "event extraction", "stance", "evaluation"],
        "citeAs": f"{' and '.join(options.authors)} ({options.year}). {options.pretty_name}, corpus version "
                  f"{manifest['corpus']['version']}" + (f". {url}" if url else ""),
        "creator": {"@type": "sc:Organization", "name": " and ".join(options.authors),
                    **({"url": options.repo_url} if options.repo_url else {})},
        "rai:dataCollection": (
            f"Published news articles ({', '.join(outlets)}), kept byte for byte; documents built with exact "
            "text, sha256, metadata and sentence offsets."
        ),
        "rai:dataAnnotationProtocol": (
            "Annotation guidelines in the source repository's annotations/ folder; gold files are validated "
            "strictly against the record format, the label schema and the corpus."
        ),
        "rai:dataUseCases": [(f"Evaluating entity, event and stance extraction systems: report the "
                              f"{EVALUATION_SPLIT} split; dev is for developing guidelines, rules and prompts.")],
        "rai:dataLimitations": [
            f"A corpus of {stats['documents']} article(s): per-category scores rest on few mentions.",
            "The article text is copyrighted news; the default export omits it.",
        ],
        "rai:dataBiases": [
            f"One language and {len(outlets)} outlet(s): the framing and vocabulary of that reporting."
        ],
        "rai:personalSensitiveInformation": [
            f"The news names real people ({persons} PERSON mention(s) in the gold), as reported in published news."
        ],
        "distribution": distribution,
        "recordSet": record_sets,
    }


def validate_croissant(path_or_jsonld: Any) -> list[str]:
    """Validate with ``mlcroissant``; return its warnings, raise ``HubError`` on any error."""
    import mlcroissant as mlc

    try:
        dataset = mlc.Dataset(jsonld=path_or_jsonld)
    except mlc.ValidationError as err:
        raise HubError(f"{CROISSANT}: Croissant validation failed: {err}") from None
    return list(dataset.metadata.issues.warnings)
