"""``newsgold export hf``: write a Hub-ready dataset folder, atomically.

The folder is built in a temporary sibling and renamed into place at the end, so an
error never leaves a half-written export behind. See ``newsgold.hub.layout`` for what the
folder holds.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgold import __version__, paths
from newsgold.corpus import ALL_SPLITS, Corpus, Document
from newsgold.hub.card import CardOptions, load_agreement, render_card
from newsgold.hub.convert import document_row, layer_rows
from newsgold.hub.croissant import croissant_jsonld
from newsgold.hub.features import HubLabels, all_features
from newsgold.hub.layout import (
    CARD,
    CONFIGS,
    CROISSANT,
    DEFAULT_CONFIG,
    FORMAT,
    FORMAT_VERSION,
    LICENSE,
    MANIFEST,
    NER_CONFIG,
    TEXT_INCLUDE,
    HubError,
    check_text_mode,
    dumps_manifest,
    parquet_path,
)
from newsgold.hub.splits import partition, present, with_splits
from newsgold.hub.tokens import ner_rows, tokenizer_name
from newsgold.jsonio import current_umask
from newsgold.records import Record
from newsgold.schema import LabelSchema
from newsgold.stats import corpus_stats


PROJECT_AGREEMENT = object()  # export_hf's default: annotations/agreement.json if it exists


@dataclass(frozen=True)
class ExportResult:
    out_dir: Path
    text: str
    rows: dict[str, int]
    files: dict[str, int]
    split_rows: dict[str, dict[str, int]] = field(default_factory=dict)  # config -> split -> rows


def _export_date() -> str:
    """Today (UTC), or the date of ``SOURCE_DATE_EPOCH`` for reproducible builds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = (
        _dt.datetime.fromtimestamp(int(epoch), _dt.timezone.utc) if epoch else _dt.datetime.now(_dt.timezone.utc)
    )
    return moment.date().isoformat()


def _stats_dict(corpus: Corpus, records: Sequence[Record], per_split: bool = True) -> dict[str, Any]:
    """``corpus_stats`` of the export; with ``per_split``, also per split and source (``part_rows``)
    and per split."""
    stats = corpus_stats(corpus, list(records))
    out: dict[str, Any] = {
        "documents": stats.documents,
        "characters": stats.characters,
        "sentences": stats.sentences,
        "paragraphs": stats.paragraphs,
        "layers": {layer: dict(counts) for layer, counts in stats.layers.items()},
    }
    if per_split:
        out["parts"] = stats.part_rows()
        out["splits"] = {}
        for split in present(corpus.splits[doc.doc_id] for doc in corpus):
            part = corpus.select(split)
            out["splits"][split] = _stats_dict(part, part.keep(records), per_split=False)
    return out


def find_guidelines(annotations_dir: Path | None = None) -> tuple[str, ...]:
    """Guideline documents under annotations/ (paths relative to the project root)."""
    annotations_dir = annotations_dir if annotations_dir is not None else paths.annotations_dir()
    if not annotations_dir.is_dir():
        return ()
    found = sorted(
        p for p in annotations_dir.rglob("*.md") if "guideline" in p.as_posix().lower() or p.name == "README.md"
    )
    root = annotations_dir.parent
    return tuple(p.relative_to(root).as_posix() for p in found)


def _check_records(corpus: Corpus, records: Sequence[Record]) -> None:
    for number, record in enumerate(records, start=1):
        doc = corpus.get(record.doc_id)
        if doc is None:
            raise HubError(f"record {number}: document {record.doc_id!r} is not in the corpus")
        if record.doc_sha256 is not None and record.doc_sha256 != doc.sha256:
            raise HubError(
                f"record {number}: document {record.doc_id} has sha256 {doc.sha256[:12]}... in the corpus "
                f"but {record.doc_sha256[:12]}... in the record"
            )


def build_manifest(
    corpus: Corpus,
    records: Sequence[Record],
    labels: HubLabels,
    *,
    text: str,
    schema_version: str,
    ner_info: dict[str, Any],
    options: CardOptions,
    agreement: dict[str, Any] | None,
    repo_id: str | None,
    date: str | None = None,
) -> dict[str, Any]:
    """Everything the card and the Croissant file say, except the per-file sizes (added on write)."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "newsgold_version": __version__,
        "repo_id": repo_id,
        "date": date or _export_date(),
        "text": text,
        "splits": present(corpus.splits[doc.doc_id] for doc in corpus),
        "default_config": DEFAULT_CONFIG,
        "corpus": {
            "name": corpus.name,
            "version": corpus.version,
            "documents": [
                {
                    "doc_id": doc.doc_id,
                    "sha256": doc.sha256,
                    "split": corpus.splits[doc.doc_id],
                    "characters": len(doc.text),
                    "outlet": doc.metadata.get("outlet"),
                    "published": doc.metadata.get("published"),
                    "rights": doc.metadata.get("rights"),
                    "licence": doc.metadata.get("licence"),
                    "text_shipped": text == TEXT_INCLUDE or openly_licensed(doc),
                }
                for doc in corpus
            ],
        },
        "schema_version": schema_version,
        "annotators": sorted({r.annotator for r in records if r.annotator}),
        "labels": labels.to_dict(),
        "stats": _stats_dict(corpus, records),
        "agreement": agreement,
        "ner": ner_info,
        "card": options.to_dict(),
        "configs": {},
    }


def _license_text(manifest: Mapping[str, Any]) -> str:
    options = CardOptions.from_dict(manifest["card"])
    lines = [
        "# Rights",
        "",
        "## Annotations",
        "",
        f"The annotations (offsets, labels, ids, references, notes) are by {' and '.join(options.authors)} "
        f"({options.year}) and licensed under {options.license_title} ({options.license_url}); credit them as "
        f"\"{options.pretty_name}, corpus version {manifest['corpus']['version']}\". The licence covers the "
        "annotations only, not the article texts.",
        "",
        "## Article text",
        "",
        "Each document's text carries its own licence, listed below. Openly licensed texts (the Wikinews "
        "articles from GUM, CC BY 2.5: attribute Wikinews and the article URL) are included. "
        + (
            "This copy also includes the texts without an open licence: keep it for your own research use "
            "and do not redistribute it."
            if manifest["text"] == TEXT_INCLUDE
            else "Texts without an open licence are omitted; re-attach them from your own copy with "
            "`newsgold export rehydrate`."
        ),
        "",
    ]
    for doc in manifest["corpus"]["documents"]:
        shipped = "text included" if doc.get("text_shipped", manifest["text"] == TEXT_INCLUDE) else "text omitted"
        lines.append(f"- `{doc['doc_id']}` ({shipped}): {doc.get('rights') or 'rights not recorded'}")
    return "\n".join(lines) + "\n"


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def write_export(
    out_dir: str | Path,
    tables: Mapping[str, list[dict[str, Any]]],
    features: Mapping[str, Any],
    manifest: dict[str, Any],
    overwrite: bool = False,
) -> ExportResult:
    """Write tables (rows per configuration, split by the manifest's document splits), card,
    Croissant, license and manifest, atomically."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    out_dir = Path(out_dir)
    if out_dir.exists():
        if not out_dir.is_dir():
            raise HubError(f"{out_dir} is a file; expected a folder to write the export into")
        if any(out_dir.iterdir()):
            if not (out_dir / MANIFEST).exists():
                raise HubError(f"{out_dir} exists and is not a newsgold export; refusing to replace it")
            if not overwrite:
                raise HubError(f"{out_dir} already holds an export; choose a new folder or pass --overwrite")
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", dir=out_dir.parent))
    os.chmod(tmp, 0o777 & ~current_umask())  # mkdtemp makes 0700; the export is a normal folder
    try:
        manifest = {**manifest, "configs": {}}
        split_of = {doc["doc_id"]: doc["split"] for doc in manifest["corpus"]["documents"]}
        files: dict[str, int] = {}
        for config in CONFIGS:
            # datasets cannot load a parquet file without rows: a split without rows gets no file.
            by_split = partition(tables[config], split_of, config)
            if not by_split:
                raise HubError(
                    f"the {config} configuration would be empty (no record annotates its layer); "
                    "a configuration needs at least one row"
                )
            shards = {}
            for split, rows in by_split.items():
                # The arrow schema carries the datasets Features (ClassLabel names) as metadata.
                try:
                    table = pa.Table.from_pylist(rows, schema=features[config].arrow_schema)
                except (pa.ArrowInvalid, pa.ArrowTypeError) as err:
                    raise HubError(f"the {config} rows do not fit the declared features ({err})") from None
                relative = parquet_path(config, split)
                target = tmp / relative
                target.parent.mkdir(parents=True, exist_ok=True)
                pq.write_table(table, target, compression="zstd")
                shards[split] = {
                    "path": relative,
                    "rows": table.num_rows,
                    "num_bytes": table.nbytes,
                    "download_size": target.stat().st_size,
                    "sha256": _sha256_file(target),
                }
            manifest["configs"][config] = {
                **{key: sum(shard[key] for shard in shards.values()) for key in ("rows", "num_bytes", "download_size")},
                "splits": shards,
            }
        (tmp / CARD).write_text(render_card(manifest, features), encoding="utf-8")
        croissant = croissant_jsonld(manifest, features)
        (tmp / CROISSANT).write_text(json.dumps(croissant, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        (tmp / LICENSE).write_text(_license_text(manifest), encoding="utf-8")
        (tmp / MANIFEST).write_text(dumps_manifest(manifest), encoding="utf-8")
        for path in sorted(tmp.rglob("*")):
            if path.is_file():
                files[path.relative_to(tmp).as_posix()] = path.stat().st_size
        _replace(tmp, out_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return ExportResult(
        out_dir=out_dir,
        text=manifest["text"],
        rows={config: info["rows"] for config, info in manifest["configs"].items()},
        files=files,
        split_rows={config: {split: shard["rows"] for split, shard in info["splits"].items()}
                    for config, info in manifest["configs"].items()},
    )


def _replace(new: Path, target: Path) -> None:
    """Move ``new`` to ``target``; an existing ``target`` is swapped out, then deleted."""
    if not target.exists():
        os.replace(new, target)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old.", dir=target.parent))
    old.rmdir()
    os.replace(target, old)
    try:
        os.replace(new, target)
    except BaseException:
        os.replace(old, target)
        raise
    shutil.rmtree(old, ignore_errors=True)


def openly_licensed(doc: Document) -> bool:
    """Whether a document's text may be redistributed: a Creative Commons licence (CC BY) in its metadata."""
    licence = doc.metadata.get("licence")
    return isinstance(licence, dict) and str(licence.get("text", "")).startswith("CC BY")


def shipped_texts(documents: Sequence[Document], text: str) -> frozenset[str]:
    """Ids of the documents whose text the export carries: every openly licensed one, and the
    others only with ``--text include``."""
    return frozenset(d.doc_id for d in documents if text == TEXT_INCLUDE or openly_licensed(d))


def build_tables(
    documents: Sequence[Document], records: Sequence[Record], labels: HubLabels, include_text: bool | frozenset[str]
) -> tuple[dict[str, list[dict[str, Any]]], dict[str, Any]]:
    """Rows of every configuration, and the ``ner`` build facts for the manifest.

    ``include_text``: for every document, or the ids of the documents whose text is shipped.
    """
    shipped = (frozenset(d.doc_id for d in documents) if include_text is True else frozenset()
               if include_text is False else include_text)
    by_id = {doc.doc_id: doc for doc in documents}
    tables: dict[str, list[dict[str, Any]]] = {
        "documents": [document_row(doc, doc.doc_id in shipped) for doc in documents]}
    tables.update(layer_rows(records, labels, shipped))
    ner = ner_rows(by_id, records, labels)
    for row in ner.rows:
        if row["doc_id"] not in shipped:
            row["tokens"] = None
    tables[NER_CONFIG] = ner.rows
    ner_info = {
        "tokenizer": tokenizer_name(),
        "split_tokens": ner.split_tokens,
        "unrepresentable_entities": [
            {"doc_id": doc_id, "start": e.start, "end": e.end, "label": e.label} for doc_id, e in ner.unrepresentable
        ],
    }
    return tables, ner_info


def export_hf(
    out_dir: str | Path,
    corpus: Corpus | None = None,
    records: Sequence[Record] | None = None,
    schema: LabelSchema | None = None,
    *,
    text: str = "omit",
    repo_id: str | None = None,
    options: CardOptions | None = None,
    agreement: dict[str, Any] | str | Path | None | object = PROJECT_AGREEMENT,
    overwrite: bool = False,
    date: str | None = None,
) -> ExportResult:
    """Export the corpus and its gold annotations as a Hub dataset folder.

    Defaults: the project's corpus, ``load_gold()``, the label schema, the guidelines found
    under annotations/, and ``annotations/agreement.json`` if it exists (``agreement``:
    ``None`` for no agreement figures, or a path, or a dict in that file's format).
    """
    from newsgold.corpus import load_corpus
    from newsgold.schema import load_schema
    from newsgold.validate import load_gold

    text = check_text_mode(text)
    corpus = corpus if corpus is not None else load_corpus()
    schema = schema if schema is not None else load_schema()
    records = list(records) if records is not None else load_gold(corpus=corpus, schema=schema)
    if not records and corpus.selected != ALL_SPLITS:
        raise HubError(f"there are no gold records to export: no record annotates a document of the "
                       f"{corpus.selected} split")
    if not records:
        raise HubError("there are no gold records to export; the gold folder holds no .json/.jsonl records yet")
    _check_records(corpus, records)
    corpus = with_splits(corpus.restrict(r.doc_id for r in records))
    if agreement is PROJECT_AGREEMENT:
        agreement = load_agreement(paths.annotations_dir() / "agreement.json")
    elif isinstance(agreement, (str, Path)):
        agreement = load_agreement(agreement)
    options = options if options is not None else CardOptions(guidelines=find_guidelines())
    labels = HubLabels.from_schema(schema)
    features = all_features(labels)
    documents = list(corpus)
    tables, ner_info = build_tables(documents, records, labels, include_text=shipped_texts(documents, text))
    manifest = build_manifest(
        corpus,
        records,
        labels,
        text=text,
        schema_version=schema.version,
        ner_info=ner_info,
        options=options,
        agreement=agreement,
        repo_id=repo_id,
        date=date,
    )
    return write_export(out_dir, tables, features, manifest, overwrite=overwrite)
