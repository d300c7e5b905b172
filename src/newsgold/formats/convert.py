"""Reading and writing annotations in any supported format: the library entry points."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from newsgold.formats.annotations import Annotations
from newsgold.formats.detect import FORMATS, WRITABLE, detect_format, folder_files
from newsgold.formats.errors import FormatError
from newsgold.formats.tags import REPAIR
from newsgold.records import Record

TOKEN_FORMATS = ("conll", "iob1", "iob2", "bioes")
WRITE_EXTENSIONS = {".conll": "conll", ".iob1": "iob1", ".iob2": "iob2", ".bio": "iob2", ".bioes": "bioes",
                    ".iobes": "bioes", ".spacy": "docbin", ".jsonl": "newsgold", ".ann": "brat"}


def _check_format(fmt: str, allowed: Sequence[str], what: str) -> str:
    if fmt not in allowed:
        raise FormatError(f"unknown {what} format {fmt!r}; expected one of {', '.join(allowed)}")
    return fmt


def _read_one(path: Path, fmt: str, bio_repair: str, tag_column: int | str | None, spans_key: str | None,
              id_prefix: str) -> Annotations:
    if fmt in TOKEN_FORMATS:
        from newsgold.formats.conll import read_conll

        if isinstance(tag_column, str):
            raise FormatError(f"tag_column={tag_column!r}: a token file's tag column is a number")
        return read_conll(path, fmt, bio_repair=bio_repair, tag_column=tag_column, id_prefix=id_prefix)
    if fmt == "conllu":
        from newsgold.formats.corefud import read_corefud

        return read_corefud(path, id_prefix=id_prefix)
    if fmt == "webanno":
        from newsgold.formats.webanno import read_webanno

        return read_webanno(path, id_prefix=id_prefix)
    if fmt == "brat":
        from newsgold.formats.brat import read_brat

        return read_brat(path)
    if fmt == "docbin":
        from newsgold.formats.docbin import read_docbin

        return read_docbin(path, spans_key=spans_key, id_prefix=id_prefix)
    if fmt == "labelstudio":
        from newsgold.formats.labelstudio import read_labelstudio

        return read_labelstudio(path, id_prefix=id_prefix)
    if fmt == "doccano":
        from newsgold.formats.doccano import read_doccano

        return read_doccano(path, id_prefix=id_prefix)
    if fmt == "hf":
        from newsgold.formats.hf_dataset import read_hf_dataset

        return read_hf_dataset(path, bio_repair=bio_repair, tag_column=tag_column, id_prefix=id_prefix)
    from newsgold.formats.native import read_native

    return read_native(path)


def _merge(parts: Sequence[tuple[Path, Annotations]], fmt: str) -> Annotations:
    texts: dict[str, str] = {}
    records: list[Record] = []
    notes: list[str] = []
    for file, part in parts:
        for record in part.records:
            if record.doc_id in texts:
                raise FormatError.at(file, f"document id {record.doc_id!r} is also in another file of the folder; "
                                           "expected unique document ids")
            texts[record.doc_id] = part.texts[record.doc_id]
            records.append(record)
        notes.extend(part.notes)
    return Annotations(texts, tuple(records), fmt, tuple(notes))


def read_annotations(
    path: str | os.PathLike[str],
    fmt: str | None = None,
    *,
    bio_repair: str = "refuse",
    tag_column: int | str | None = None,
    spans_key: str | None = None,
) -> Annotations:
    """Documents and their annotations from a file or folder in format ``fmt`` (default: detected).

    bio_repair: ``refuse`` (a broken tag sequence is a ``FormatError``) or ``repair`` (read it
        as seqeval's default mode does, and say so in the notes).
    tag_column: the tag column of a token file (a number; default: the rightmost column of
        tags) or the tag column of a Hugging Face dataset (a name; default ``ner_tags``).
    spans_key: read a DocBin's entities from ``doc.spans[spans_key]`` instead of ``doc.ents``.
    A folder holds a BRAT collection, a saved Hugging Face dataset, or files of one format.
    """
    path = Path(path)
    fmt = _check_format(fmt, tuple(FORMATS), "input") if fmt is not None else detect_format(path)
    _check_format(bio_repair, REPAIR, "bio_repair")
    if not path.exists():
        raise FormatError.at(path, "no such file or folder; expected annotations to read")
    if path.is_dir() and fmt not in ("brat", "hf"):
        files = folder_files(path)
        if not files:
            raise FormatError.at(path, "is an empty folder; expected annotation files")
        parts = [(file, _read_one(file, fmt, bio_repair, tag_column, spans_key,
                                  file.relative_to(path).with_suffix("").as_posix())) for file in files]
        return _merge(parts, fmt)
    return _read_one(path, fmt, bio_repair, tag_column, spans_key, "doc")


def output_format(path: str | os.PathLike[str]) -> str:
    """The format an output path names: its extension, ``.json`` for Label Studio, a folder for BRAT."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in WRITE_EXTENSIONS:
        return WRITE_EXTENSIONS[suffix]
    if suffix == ".json":
        return "labelstudio"
    if not suffix or path.is_dir():
        return "brat"
    raise FormatError.at(path, f"cannot tell the output format from {suffix!r}; expected one of "
                               f"{', '.join(sorted(WRITE_EXTENSIONS))}, .json (Label Studio), a folder (BRAT), "
                               "or name it with --to / fmt=...")


def write_annotations(
    annotations: Annotations | Sequence[Record],
    texts: Mapping[str, str] | None = None,
    path: str | os.PathLike[str] = "",
    fmt: str | None = None,
) -> tuple[str, ...]:
    """Write records (or ``Annotations``, whose texts are used unless ``texts`` is given) in ``fmt``
    (default: from the path) atomically; returns notes on what the format could not hold."""
    if not os.fspath(path):
        raise FormatError("no output path given")
    path = Path(path)
    if isinstance(annotations, Annotations):
        records, texts = annotations.records, texts if texts is not None else annotations.texts
    else:
        records = tuple(annotations)
    fmt = _check_format(fmt, WRITABLE, "output") if fmt is not None else output_format(path)
    texts = dict(texts or {})
    if fmt in TOKEN_FORMATS:
        from newsgold.formats.conll import write_conll

        return tuple(write_conll(records, texts, path, fmt))
    if fmt == "brat":
        from newsgold.formats.brat import write_brat

        return tuple(write_brat(records, texts, path))
    if fmt == "docbin":
        from newsgold.formats.docbin import write_docbin

        return tuple(write_docbin(records, texts, path))
    if fmt == "labelstudio":
        from newsgold.formats.labelstudio import write_labelstudio

        return tuple(write_labelstudio(records, texts, path))
    if fmt == "doccano":
        from newsgold.formats.doccano import write_doccano

        return tuple(write_doccano(records, texts, path))
    from newsgold.formats.native import write_native

    return tuple(write_native(records, texts, path))


def convert(
    source: str | os.PathLike[str],
    target: str | os.PathLike[str],
    from_fmt: str | None = None,
    to_fmt: str | None = None,
    *,
    bio_repair: str = "refuse",
) -> tuple[Annotations, tuple[str, ...]]:
    """Read ``source`` and write it to ``target``: (what was read, notes of the write)."""
    annotations = read_annotations(source, from_fmt, bio_repair=bio_repair)
    return annotations, write_annotations(annotations, None, target, to_fmt)

