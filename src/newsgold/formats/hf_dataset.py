"""A Hugging Face ``datasets`` token-classification dataset: ``tokens`` and ``ner_tags`` (a sequence
of ``ClassLabel``; strings are read as tags too), from a ``save_to_disk`` folder (a Dataset or a
DatasetDict) or a parquet file written by ``datasets`` (which keeps the ``ClassLabel`` names).

Each row is a sentence; rows whose only token is ``-DOCSTART-`` separate documents, as in
CoNLL-2003, and each split is read as its own run of documents (ids ``SPLIT-0001``, ...). Tags
are read as the token files' are (scheme detected, broken sequences refused or repaired).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from newsgold.formats.annotations import Annotations, positional_id
from newsgold.formats.conll import DOCSTART, decode_documents
from newsgold.formats.errors import FormatError
from newsgold.formats.tags import SCHEMES, is_tag
from newsgold.formats.tokenized import Sentence

WHAT = "a Hugging Face token-classification dataset (tokens and ner_tags)"
TOKENS = ("tokens", "words")
TAGS = "ner_tags"


def _splits(path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """{split: columns as lists}, {split: features}."""
    import datasets

    try:
        if path.is_dir():
            loaded = datasets.load_from_disk(str(path))
            parts = loaded if isinstance(loaded, datasets.DatasetDict) else {"": loaded}
            return ({name: part.to_dict() for name, part in parts.items()},
                    {name: part.features for name, part in parts.items()})
        import pyarrow.parquet as pq

        table = pq.read_table(path)
        return {"": table.to_pydict()}, {"": datasets.Features.from_arrow_schema(table.schema)}
    except FormatError:
        raise
    except Exception as error:  # datasets and pyarrow raise many kinds on a damaged dataset
        raise FormatError.at(path, f"cannot be read as a dataset ({type(error).__name__}: {error}); expected {WHAT}") from None


def _tag_names(path: Path, split: str, features: Any, column: str) -> list[str] | None:
    feature = getattr(features[column], "feature", None)
    names = getattr(feature, "names", None)
    if names is not None:
        return list(names)
    if getattr(feature, "dtype", None) == "string":
        return None
    raise FormatError.at(path, f"{split + ': ' if split else ''}column {column!r} is {features[column]}; expected a "
                               "sequence of ClassLabel (tag names) or of strings")


def read_hf_dataset(
    path: Path, fmt: str = "hf", *, bio_repair: str = "refuse", tag_column: int | str | None = None,
    id_prefix: str = "doc",
) -> Annotations:
    splits, features = _splits(path)
    tag_name = tag_column if isinstance(tag_column, str) else TAGS
    scheme = fmt if fmt in SCHEMES else None
    texts: dict[str, str] = {}
    records = []
    notes: list[str] = []
    for split, columns in splits.items():
        where = f"{split} row" if split else "row"
        token_name = next((c for c in TOKENS if c in columns), None)
        if token_name is None or tag_name not in columns:
            raise FormatError.at(path, f"{split + ': ' if split else ''}columns are {', '.join(columns)}; expected "
                                       f"'tokens' and '{tag_name}'")
        names = _tag_names(path, split, features[split], tag_name)
        docs: list[list[Sentence]] = [[]]
        for row, (tokens, tags) in enumerate(zip(columns[token_name], columns[tag_name])):
            if list(tokens) == [DOCSTART]:
                if docs[-1]:
                    docs.append([])
                continue
            if len(tokens) != len(tags):
                raise FormatError.at(path, f"{where} {row}: {len(tokens)} tokens but {len(tags)} tags; expected one tag "
                                           "per token")
            if not tokens:
                continue
            try:
                labels = tuple(names[t] for t in tags) if names is not None else tuple(tags)
            except (IndexError, TypeError):
                raise FormatError.at(path, f"{where} {row}: tag ids {list(tags)} are not all in 0..{len(names) - 1}; "
                                           "expected ClassLabel ids") from None
            bad = next((t for t in labels if not is_tag(t)), None)
            if bad is not None:
                raise FormatError.at(path, f"{where} {row}: {bad!r} is not a tag; expected O or B-TYPE, I-TYPE, "
                                           "E-TYPE, S-TYPE")
            docs[-1].append(Sentence(tuple(tokens), labels, (row,) * len(tokens)))
        docs = [d for d in docs if d]
        ids = [positional_id(split or id_prefix, n) for n in range(1, len(docs) + 1)]
        part = decode_documents(path, docs, scheme, bio_repair, ids, "hf", where=where)
        texts.update(part.texts)
        records.extend(part.records)
        notes.extend(part.notes)
    return Annotations(texts, tuple(records), "hf", tuple(notes))
