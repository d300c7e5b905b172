"""Re-attach the omitted article text to an export, from the user's own hash-checked copy.

``newsgold export hf --text omit`` (the default) ships offsets, labels and each
document's sha256 but no text. ``rehydrate_export`` reads such an export, takes the text
of every document from the user's copy, refuses any copy whose sha256 differs from the
document's, and writes a new export with the text, the span surface texts and the
``ner`` tokens filled in: the same folder ``newsgold export hf --text include`` writes.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from newsgold.hub.convert import attach_text
from newsgold.hub.export import ExportResult, write_export
from newsgold.hub.features import all_features
from newsgold.hub.layout import TEXT_INCLUDE, HubError
from newsgold.hub.load import read_export
from newsgold.jsonio import InputError, read_text, shown


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _read_text(path: Path) -> str:
    """The article text of one file, through the shared reader (a regular file, size-capped, strict UTF-8)."""
    try:
        return read_text(path, "your copy of the article as UTF-8 text")
    except InputError as err:
        raise HubError(str(err)) from None


def _file_name(doc_id: str) -> str:
    """``<doc_id>.txt``, if the id is a plain file name; an export is untrusted input, and an id such
    as ``../x`` or ``/abs/x`` must not make rehydration read outside ``--texts``."""
    if not doc_id or doc_id in (".", "..") or any(c in doc_id for c in "/\\\x00") or Path(doc_id).name != doc_id:
        raise HubError(f"document id {shown(repr(doc_id))} is not a plain file name; expected an id without "
                       "path separators (refusing to look for its text outside --texts)")
    return f"{doc_id}.txt"


def _refuse(path: Path, doc_id: str, actual: str, expected: str) -> HubError:
    return HubError(
        f"{path}: sha256 {actual[:12]}... differs from document {doc_id}'s {expected[:12]}...; the annotation "
        "offsets only fit the exact text, so this copy is refused"
    )


def read_texts(source: str | Path, documents: list[Mapping[str, Any]]) -> dict[str, str]:
    """doc_id -> text from ``source``: a folder of ``<doc_id>.txt`` files, or one file for one document.

    A file named after a document must hash to that document's sha256 (else ``HubError``);
    a document without such a file is looked up by hash among the folder's ``*.txt`` files.
    """
    source = Path(source)
    names = {doc["doc_id"]: _file_name(doc["doc_id"]) for doc in documents}
    if not os.path.lexists(source):
        raise HubError(f"{shown(source)}: no such file or folder; expected your copy of the article text(s)")
    if not source.is_dir():
        if len(documents) != 1:
            raise HubError(
                f"{source} is one file but the export holds {len(documents)} documents; "
                "give a folder of <doc_id>.txt files"
            )
        doc = documents[0]
        text = _read_text(source)
        if _sha256(text) != doc["sha256"]:
            raise _refuse(source, doc["doc_id"], _sha256(text), doc["sha256"])
        return {doc["doc_id"]: text}
    texts: dict[str, str] = {}
    by_hash: dict[str, tuple[Path, str]] | None = None
    for doc in documents:
        named = source / names[doc["doc_id"]]
        if os.path.lexists(named):
            text = _read_text(named)
            if _sha256(text) != doc["sha256"]:
                raise _refuse(named, doc["doc_id"], _sha256(text), doc["sha256"])
            texts[doc["doc_id"]] = text
            continue
        if by_hash is None:
            by_hash = {}
            for path in sorted(source.glob("*.txt")):
                text = _read_text(path)
                by_hash.setdefault(_sha256(text), (path, text))
        if doc["sha256"] not in by_hash:
            raise HubError(
                f"{source}: no copy of document {doc['doc_id']} (no {named.name}, and no .txt file with "
                f"sha256 {doc['sha256'][:12]}...)"
            )
        texts[doc["doc_id"]] = by_hash[doc["sha256"]][1]
    return texts


def rebuild_export(
    export_dir: str | Path,
    out_dir: str | Path,
    *,
    texts: str | Path | Mapping[str, str] | None = None,
    repo_id: str | None | bool = False,
    overwrite: bool = False,
) -> ExportResult:
    """Rewrite an export into ``out_dir``: attach ``texts`` and/or set ``repo_id`` (False keeps it).

    The card, the Croissant file and the manifest are regenerated from the stored manifest.
    """
    tables = read_export(export_dir)
    try:
        return _rebuild(tables, export_dir, out_dir, texts, repo_id, overwrite)
    except (KeyError, TypeError, AttributeError) as error:
        raise HubError(f"{shown(export_dir)}: the manifest or the tables are malformed ({type(error).__name__}: "
                       f"{error}); expected an export written by 'newsgold export hf'") from None


def _rebuild(tables, export_dir, out_dir, texts, repo_id, overwrite) -> ExportResult:
    manifest = dict(tables.manifest)
    rows = tables.rows
    documents = rows["documents"]
    if texts is not None:
        documents = [doc for doc in documents if doc["text"] is None]
        if manifest["text"] == TEXT_INCLUDE or not documents:
            raise HubError(f"{export_dir} already includes the text; there is nothing to rehydrate")
        if isinstance(texts, Mapping):
            by_doc = dict(texts)
            for doc in documents:
                if doc["doc_id"] not in by_doc:
                    raise HubError(f"no text given for document {doc['doc_id']}")
                actual = _sha256(by_doc[doc["doc_id"]])
                if actual != doc["sha256"]:
                    raise _refuse(Path("<given text>"), doc["doc_id"], actual, doc["sha256"])
            by_doc = {doc["doc_id"]: by_doc[doc["doc_id"]] for doc in documents}
        else:
            by_doc = read_texts(texts, documents)
        attach_text(rows, by_doc)
        manifest["text"] = TEXT_INCLUDE
        corpus = dict(manifest["corpus"])
        corpus["documents"] = [{**doc, "text_shipped": True} for doc in corpus["documents"]]
        manifest["corpus"] = corpus
    if repo_id is not False:
        manifest["repo_id"] = repo_id
    features = all_features(tables.labels)
    return write_export(out_dir, rows, features, manifest, overwrite=overwrite)


def rehydrate_export(
    export_dir: str | Path, out_dir: str | Path, texts: str | Path | Mapping[str, str], overwrite: bool = False
) -> ExportResult:
    """Write ``out_dir``: the export at ``export_dir`` with the article text re-attached from ``texts``."""
    return rebuild_export(export_dir, out_dir, texts=texts, overwrite=overwrite)
