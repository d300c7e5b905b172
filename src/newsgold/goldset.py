"""What a system is scored against: document texts, label schema, gold records and split.

Every command and library entry point that scores takes one ``GoldSet``. The documents it
scores are those of the chosen split that have gold; predictions for other documents of
the corpus are set aside (and counted), so a prediction file made over the whole corpus
scores against any split.

A gold set is newsgold's bundled gold, or a user's own: records whose documents are not in
the bundled corpus, with the text from ``--corpus`` (a folder of ``<doc_id>.txt`` or a JSONL
of ``{"doc_id", "text"}``), from a ``text`` field in each record, or from the source format
(CoNLL tokens, BRAT ``.txt``, DocBin, ...; ``newsgold.formats``). Its labels are its own
(``--labels FILE`` to hold predictions to a fixed set), and reports name it by its name and
a content hash, never as newsgold's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import hashlib
from functools import partial

from newsgold.corpus import ALL_SPLITS, Corpus, Document, load_corpus, sha256_text, split_sentences
from newsgold.lazy import Lazy
from newsgold.record_columns import RecordColumns, doc_ids_of, keep_documents
from newsgold.records import Record
from newsgold.schema import LabelSchema, load_labels, load_schema, schema_from_labels

RECORD_SUFFIXES = (".json", ".jsonl")


@dataclass(frozen=True)
class GoldSet:
    corpus: Corpus
    schema: LabelSchema
    records: tuple[Record, ...]
    whole: Corpus | None = None  # every document predictions may cover (default: ``corpus``)

    @property
    def bundled(self) -> bool:
        """Whether this is newsgold's own gold (else a user's, named by ``corpus.id``)."""
        return self.schema.closed and self.corpus.root is not None

    @property
    def split(self) -> str:
        return self.corpus.selected

    @property
    def doc_ids(self) -> frozenset[str]:
        return frozenset(doc_ids_of(self.records))

    def read_predictions(self, path: str | Path, fmt: str | None = None, progress=None
                         ) -> tuple[list[Record], list[str], list[str]]:
        """Predictions from a record file or any format ``newsgold.formats`` reads, validated
        against this gold set's texts and labels: (records for documents with gold, ids of
        the documents set aside, validator warnings)."""
        from newsgold.validate import validate_file

        path = Path(path)
        universe = self.whole or self.corpus
        if fmt in (None, "newsgold") and path.suffix in RECORD_SUFFIXES:
            from newsgold.fast_read import read_checked
            from newsgold.validate import _whole

            report = read_checked(path, _whole(universe), self.schema, progress=progress)
            records = report.raise_for_errors()
        else:
            import tempfile

            from newsgold.formats import read_annotations
            from newsgold.jsonio import dumps_line

            loaded = read_annotations(path, fmt)
            with tempfile.TemporaryDirectory() as tmp:
                flat = Path(tmp) / f"{path.stem}.jsonl"
                flat.write_text("".join(dumps_line(r.to_dict()) for r in loaded.records), encoding="utf-8")
                report = validate_file(flat, universe, self.schema, gold=False)
                records = report.raise_for_errors()
        kept, aside = self.keep(records)
        return kept, aside, [str(w) for w in report.warnings]

    def keep(self, predictions: Sequence[Record]) -> tuple[Sequence[Record], list[str]]:
        """The predictions for documents with gold, and the ids of those set aside."""
        ids = self.doc_ids
        return keep_documents(predictions, ids), sorted({d for d in doc_ids_of(predictions) if d not in ids})


def load_goldset(
    gold: str | Path | None = None,
    split: str = ALL_SPLITS,
    corpus: Corpus | str | Path | None = None,
    schema: LabelSchema | None = None,
    *,
    labels: str | Path | None = None,
    name: str | None = None,
    fmt: str | None = None,
) -> GoldSet:
    """The gold to score against, on one split.

    With no ``gold``: newsgold's bundled gold. With a gold file or folder whose documents are
    all in the bundled corpus: that gold on newsgold's corpus and schema. Otherwise a user's
    own gold (see the module docstring); ``corpus`` may then be a path to its texts.

    Raises ``ValueError`` for an unknown or empty split or unusable input and
    ``InvalidInput`` for gold that does not validate.
    """
    from newsgold.validate import load_gold, validate_file

    decoded = _decoded(Path(gold), fmt) if gold is not None and not isinstance(corpus, Corpus) else None
    if gold is not None and not isinstance(corpus, Corpus) and _is_foreign(Path(gold), corpus, fmt, decoded):
        return _user_goldset(Path(gold), split, corpus, labels, name, fmt, decoded)
    whole = corpus if isinstance(corpus, Corpus) else load_corpus()
    schema = schema if schema is not None else load_schema()
    selected = whole.select(split)
    if gold is None or Path(gold).is_dir():
        records = load_gold(gold, selected, schema)
    else:
        records = selected.keep(validate_file(gold, whole, schema, gold=True).raise_for_errors())
    if not records:
        where = f"the {split} split" if split != ALL_SPLITS else "the corpus"
        raise ValueError(f"no gold records for {where}" + (f" in {gold}" if gold else ""))
    return GoldSet(selected.restrict(r.doc_id for r in records), schema, tuple(records), whole)


def _decoded(gold: Path, fmt: str | None) -> RecordColumns | None:
    """A record file read by the fast path (``newsgold.fast_read``), or None."""
    from newsgold.fast_read import decode_file

    if fmt in (None, "newsgold") and gold.suffix in RECORD_SUFFIXES and gold.is_file():
        return decode_file(gold, hash_records=True)
    return None


def _is_foreign(gold: Path, corpus: str | Path | None, fmt: str | None, decoded: RecordColumns | None = None) -> bool:
    """A user's own gold: another format, a corpus of its own, or documents newsgold lacks."""
    if corpus is not None or (fmt is not None and fmt != "newsgold"):
        return True
    if decoded is not None:
        known = load_corpus().documents
        return any(d not in known for d in decoded.doc_ids) or bool(decoded.texts())
    files = [gold] if gold.is_file() else sorted(p for p in gold.glob("*") if p.suffix in RECORD_SUFFIXES)
    if not files or any(f.suffix not in RECORD_SUFFIXES for f in files):
        return True
    known = set(load_corpus().documents)
    return any(raw.get("doc_id") not in known or "text" in raw for f in files for raw in _raw_records(f))


def _raw_records(path: Path) -> list[dict]:
    from newsgold.validate import InvalidInput, ValidationReport, _iter_raw_records

    report = ValidationReport(str(path))
    raws = [raw for raw, _line, _number in _iter_raw_records(path, report)]
    if not report.ok:
        raise InvalidInput(report.errors, report.omitted)
    return raws


def read_texts(source: str | Path) -> dict[str, str]:
    """Document texts from a folder of ``<doc_id>.txt`` files (UTF-8, used byte for byte) or a
    JSON Lines file of ``{"doc_id": ..., "text": ...}`` objects."""
    source = Path(source)
    if source.is_dir():
        texts = {p.stem: p.read_bytes().decode("utf-8") for p in sorted(source.glob("*.txt"))}
        if not texts:
            raise ValueError(f"{source}: no <doc_id>.txt files; expected the document texts")
        return texts
    texts = {}
    for number, raw in enumerate(_raw_records(source), start=1):
        if not isinstance(raw.get("doc_id"), str) or not isinstance(raw.get("text"), str):
            raise ValueError(f"{source}: record {number}: expected an object with string fields 'doc_id' and 'text'")
        texts[raw["doc_id"]] = raw["text"]
    return texts


def _user_goldset(gold: Path, split: str, corpus: str | Path | None, labels: str | Path | None,
                  name: str | None, fmt: str | None, decoded: RecordColumns | None = None) -> GoldSet:
    from newsgold.fast_read import no_gc, read_checked
    from newsgold.typed_records import content_digest
    from newsgold.validate import validate_file

    if split != ALL_SPLITS:
        raise ValueError(f"--split {split} selects newsgold's own documents; your gold {gold} has no splits")
    texts = read_texts(corpus) if corpus is not None else {}
    if decoded is not None:
        raws = decoded.records
        texts = {**decoded.texts(), **texts}
        missing = sorted(set(decoded.doc_ids) - set(texts))
        if missing:
            raise ValueError(f"{gold}: no text for document(s) {', '.join(missing[:5])}; give --corpus (a folder "
                             "of <doc_id>.txt or a JSONL of doc_id/text) or a 'text' field in each record")
        source = gold
    elif gold.is_file() and gold.suffix in RECORD_SUFFIXES and fmt in (None, "newsgold"):
        raws = _raw_records(gold)
        for raw in raws:
            if isinstance(raw.get("text"), str):
                texts.setdefault(raw["doc_id"], raw["text"])
        missing = sorted({str(r.get("doc_id")) for r in raws} - set(texts))
        if missing:
            raise ValueError(f"{gold}: no text for document(s) {', '.join(missing[:5])}; give --corpus (a folder "
                             "of <doc_id>.txt or a JSONL of doc_id/text) or a 'text' field in each record")
        source = gold
    else:
        from newsgold.formats import read_annotations

        loaded = read_annotations(gold, fmt)
        texts = {**loaded.texts, **texts}
        raws = [r.to_dict() for r in loaded.records]
        source = None
    with no_gc():
        documents = {doc_id: _document(doc_id, text) for doc_id, text in sorted(texts.items())}
    digest = content_digest(raws, ((doc_id, doc.sha256) for doc_id, doc in documents.items()),
                            decoded.records_hash if decoded is not None else None)
    user_corpus = Corpus(documents, digest, name=name or gold.stem)
    base = load_schema()
    if labels is not None:
        schema = load_labels(labels, base)
    elif decoded is not None:
        schema = schema_from_labels(set(decoded.labels), {}, base)
    else:
        entity_types = {e.get("label") for r in raws for e in r.get("entities", ()) if isinstance(e, dict)}
        roles: dict[str, set] = {}
        for r in raws:
            for ev in r.get("events", ()) or ():
                if isinstance(ev, dict) and isinstance(ev.get("type"), str):
                    roles.setdefault(ev["type"], set()).update(
                        a.get("role") for a in ev.get("arguments", ()) if isinstance(a, dict))
        schema = schema_from_labels({t for t in entity_types if isinstance(t, str)},
                                    {t: {x for x in rs if isinstance(x, str)} for t, rs in roles.items()}, base)
    if source is None:
        import tempfile

        from newsgold.jsonio import dumps_line

        with tempfile.TemporaryDirectory() as tmp:
            source = Path(tmp) / f"{gold.stem}.jsonl"
            source.write_text("".join(dumps_line(raw) for raw in raws), encoding="utf-8")
            records = validate_file(source, user_corpus, schema, gold=False).raise_for_errors()
    elif decoded is not None:
        records = read_checked(source, user_corpus, schema, columns=decoded).raise_for_errors()
    else:
        records = validate_file(source, user_corpus, schema, gold=False).raise_for_errors()
    if not records:
        raise ValueError(f"{gold}: no gold records")
    kept = records if isinstance(records, RecordColumns) else tuple(records)
    return GoldSet(user_corpus.restrict(doc_ids_of(records)), schema, kept, user_corpus)


def text_corpus(source: str | Path, name: str | None = None) -> Corpus:
    """A corpus of a user's own texts (``read_texts``), to run systems over; named by the source
    and a hash of the texts."""
    texts = read_texts(source)
    digest = hashlib.sha256()
    for doc_id, text in sorted(texts.items()):
        digest.update(f"{doc_id}\0{sha256_text(text)}".encode())
    documents = {doc_id: _document(doc_id, text) for doc_id, text in sorted(texts.items())}
    return Corpus(documents, digest.hexdigest()[:12], name=name or Path(source).stem)


def _document(doc_id: str, text: str) -> Document:
    return Document(doc_id=doc_id, text=text, sha256=sha256_text(text), metadata={}, paragraphs=(),
                    sentences=Lazy(partial(split_sentences, text)))
