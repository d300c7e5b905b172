"""Shared builders for the Hub tests, and tests that the builders cover the record format.

``full_record()`` is a gold-valid record on the seed document that uses every field of
``record.schema.json`` at least once; ``two_document_corpus()`` adds a synthetic (not
copyrighted) second document so multi-document paths are exercised.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")

from helpers import CORPUS, DOC, span  # noqa: E402

from newsgold import paths  # noqa: E402
from newsgold.corpus import Corpus, Document, sha256_text, split_paragraphs, split_sentences  # noqa: E402
from newsgold.records import Record  # noqa: E402
from newsgold.schema import load_schema  # noqa: E402
from newsgold.validate import validate_file  # noqa: E402

SCHEMA = load_schema()

SYNTHETIC_TEXT = (
    "Lakeside council approved a new bridge on Monday.\n\n"
    "Mayor Ana Ruiz said the work would start in March. Critics said the bridge was too costly."
)


def full_record_dict() -> dict[str, Any]:
    """A gold-valid record that uses every field of the record format."""
    return {
        "doc_id": DOC.doc_id,
        "doc_sha256": DOC.sha256,
        "annotator": "annotator-a",
        "system": "hub-test",
        "clusters": [{"id": "C1", "name": "Taliban"}, {"id": "C2"}],
        "entities": [
            {"id": "T1", **span("Taliban"), "label": "ORG", "cluster": "C1", "note": "named armed group"},
            {"id": "T2", **span("Badghis"), "label": "GPE", "score": 0.75},
            {"id": "T3", **span("Hesamuddin Shams"), "label": "PERSON", "cluster": "C2"},
            {"id": "T4", **span("Qala-e-Naw"), "label": "GPE"},
            {"id": "T5", **span("10:00 am"), "label": "TIME"},
        ],
        "events": [
            {
                "id": "E1",
                "type": "government.agreements.acceptagreementcontractceasefire",
                "trigger": span("ceasefire"),
                "arguments": [
                    {"role": "participant", **span("local Taliban leaders"), "head": span("leaders"), "cluster": "C1"},
                    {"role": "place", **span("Badghis"), "head": span("Badghis"), "entity": "T2"},
                ],
                "polarity": "positive",
                "modality": "asserted",
                "acled": "Agreement",
                "plover": {"category": "RETREAT", "mode": "ceasefire"},
                "note": "ceasefire as agreement",
            },
            {
                "id": "E2",
                "type": "conflict.attack.unspecified",
                "trigger": span("stormed"),
                "arguments": [],
                "polarity": "positive",
                "modality": "asserted",
                "plover": {"category": "AGREE"},
                "score": 0.5,
            },
        ],
        "stances": [
            {
                "id": "S1",
                "holder": {**span("Hesamuddin Shams"), "entity": "T3", "cluster": "C2"},
                "target": {"event": "E1"},
                "label": "FAVOR",
                "kind": "factuality",
                "factuality": "CT+",
                "evidence": span("said", 1),
                "note": "governor reports the truce",
            },
            {
                "id": "S2",
                "holder": {"author": True},
                "target": {"entity": "T2"},
                "label": "NONE",
                "kind": "attitude",
                "evidence": span("province"),
                "score": 0.9,
            },
            {
                "id": "S3",
                "holder": span("A spokesman for the Taliban"),
                "target": {"event": "E1"},
                "label": "AGAINST",
                "kind": "factuality",
                "factuality": "CT-",
                "evidence": span("denied"),
            },
        ],
    }


def full_record() -> Record:
    return Record.from_dict(full_record_dict())


def synthetic_document() -> Document:
    text = SYNTHETIC_TEXT
    return Document(
        doc_id="zz_synthetic",
        text=text,
        sha256=sha256_text(text),
        metadata={"seed_file": "zz_synthetic.txt", "outlet": "Test Gazette", "published": "2024-01-02",
                  "headings": [], "title": None, "language": "en"},
        paragraphs=tuple(split_paragraphs(text)),
        sentences=tuple(split_sentences(text)),
    )


def two_document_corpus(splits: dict[str, str] | None = None) -> Corpus:
    """The seed document (split ``dev``) and the synthetic one (``test``), unless ``splits`` says otherwise."""
    synthetic = synthetic_document()
    documents = {DOC.doc_id: DOC, synthetic.doc_id: synthetic}
    splits = {DOC.doc_id: "dev", synthetic.doc_id: "test"} if splits is None else splits
    return Corpus(documents, version="test-2docs", name=CORPUS.name, splits=splits)


def synthetic_span(text: str, occurrence: int = 0) -> dict[str, Any]:
    start = SYNTHETIC_TEXT.index(text)
    for _ in range(occurrence):
        start = SYNTHETIC_TEXT.index(text, start + 1)
    return {"start": start, "end": start + len(text), "text": text}


def edge_records() -> list[Record]:
    """Records that exercise None-vs-empty layers and several records per document."""
    doc = synthetic_document()
    return [
        # Entities annotated (an empty cluster list), events not annotated (None), stances: nothing found.
        Record(doc_id=doc.doc_id, doc_sha256=doc.sha256, annotator="annotator-b", clusters=(),
               entities=tuple(Record.from_dict({"doc_id": "x", "entities": [
                   {"id": "A1", **synthetic_span("Lakeside council"), "label": "ORG"},
                   {"id": "A2", **synthetic_span("Ana Ruiz"), "label": "PERSON"},
                   {"id": "A3", **synthetic_span("March"), "label": "DATE"},
               ]}).entities), events=None, stances=()),
        # A second record on the same document: no sha, no annotator, only an empty event layer.
        Record(doc_id=doc.doc_id, events=()),
    ]


def write_gold_dir(directory: Path, records: list[dict[str, Any]]) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "gold.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return directory


def _schema_fields(node: dict[str, Any], prefix: str = "") -> set[str]:
    """Dotted paths of every property in the record JSON Schema."""
    out: set[str] = set()
    if "oneOf" in node:
        for option in node["oneOf"]:
            out |= _schema_fields(option, prefix)
    for name, sub in node.get("properties", {}).items():
        path = f"{prefix}{name}"
        out.add(path)
        if sub.get("type") == "array" and "items" in sub:
            out |= _schema_fields(sub["items"], path + ".")
        else:
            out |= _schema_fields(sub, path + ".")
    return out


def _used_fields(value: Any, prefix: str = "") -> set[str]:
    out: set[str] = set()
    if isinstance(value, dict):
        for key, sub in value.items():
            path = f"{prefix}{key}"
            out.add(path)
            out |= _used_fields(sub, path + ".")
    elif isinstance(value, list):
        for item in value:
            out |= _used_fields(item, prefix)
    return out


# --------------------------------------------------------------------------- tests of the builders


def test_full_record_is_valid_gold(tmp_path):
    write_gold_dir(tmp_path, [full_record_dict()])
    report = validate_file(tmp_path / "gold.jsonl", CORPUS, SCHEMA, gold=True)
    assert report.ok, [str(p) for p in report.problems]


# Fields of the reference layers (GUM, OntoGUM), which are not gold and not exported to the Hub,
# and the record-level ``text`` of bring-your-own gold, which becomes a document (the Hub's ``documents``).
REFERENCE_LAYER_FIELDS = {"label_set", "entities.identity", "entities.attributes", "text"}


def test_full_record_uses_every_field_of_the_record_format():
    schema = json.loads(paths.record_schema_path().read_text(encoding="utf-8"))
    unused = _schema_fields(schema) - _used_fields(full_record_dict()) - REFERENCE_LAYER_FIELDS
    assert not unused, f"the Hub tests' record leaves these fields unexercised: {sorted(unused)}"
