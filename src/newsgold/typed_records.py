"""The record format as msgspec types: the structural check at decoding speed.

``TypedRecord`` mirrors ``schemas/record.schema.json`` for records whose layers are clusters
and entities (a test holds the two in step); the one rule it leaves out, offsets >= 0, is
checked on the offset columns. A record it decodes is structurally valid; one it refuses
goes to jsonschema for a precise message. Records with events or stances always do.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Annotated, Any, Literal

import msgspec
from msgspec import UNSET, Meta, Struct, UnsetType

NonEmpty = Annotated[str, Meta(min_length=1)]
Sha256 = Annotated[str, Meta(pattern="^[0-9a-f]{64}$")]


class TypedCluster(Struct, forbid_unknown_fields=True, gc=False):
    id: NonEmpty
    name: str | UnsetType = UNSET


class TypedEntity(Struct, forbid_unknown_fields=True, gc=False):
    start: int
    end: int
    label: str
    text: str | UnsetType = UNSET
    id: NonEmpty | UnsetType = UNSET
    cluster: str | UnsetType = UNSET
    note: str | UnsetType = UNSET
    score: int | float | UnsetType = UNSET
    identity: str | UnsetType = UNSET
    attributes: dict[str, str] | UnsetType = UNSET


class TypedRecord(Struct, forbid_unknown_fields=True, gc=False):
    doc_id: NonEmpty
    doc_sha256: Sha256 | UnsetType = UNSET
    text: str | UnsetType = UNSET
    annotator: str | UnsetType = UNSET
    system: str | UnsetType = UNSET
    label_set: Literal["ontonotes", "gum", "coref"] | UnsetType = UNSET
    clusters: tuple[TypedCluster, ...] | UnsetType = UNSET
    entities: tuple[TypedEntity, ...] | UnsetType = UNSET




def structurally_valid(raw: dict[str, Any]) -> bool:
    """Whether jsonschema would find nothing wrong with ``raw`` (a parsed JSON object): True
    only when the types above accept it and no offset is negative. False means "ask jsonschema"."""
    if "events" in raw or "stances" in raw:
        return False
    try:
        record = msgspec.convert(raw, TypedRecord)
    except msgspec.ValidationError:
        return False
    return all(e.start >= 0 and e.end >= 0 for e in record.entities or ())


def _typed(raw: dict[str, Any] | TypedRecord) -> dict[str, Any] | TypedRecord:
    if isinstance(raw, dict):
        try:
            return msgspec.convert(raw, TypedRecord)
        except msgspec.ValidationError:
            pass
    return raw


def records_sha256(records: list[dict[str, Any] | TypedRecord]) -> str:
    """sha256 of records as one JSON array with sorted keys, each record as ``TypedRecord`` where
    it is one (a dict parsed from a file and the record decoded from it give the same bytes)."""
    return hashlib.sha256(msgspec.json.encode(list(map(_typed, records)), order="sorted")).hexdigest()


def content_digest(records: Iterable[dict[str, Any] | TypedRecord], texts: Iterable[tuple[str, str]],
                   records_hash: str | None = None) -> str:
    """The content hash of a user's gold, 12 hex digits: of ``records_sha256`` of its records in
    document order (or ``records_hash``, that value computed already), then of each
    ``(doc_id, text sha256)``."""
    if records_hash is None:
        keyed = sorted(records, key=lambda r: str(r.get("doc_id") if isinstance(r, dict) else r.doc_id))
        records_hash = records_sha256(keyed)
    digest = hashlib.sha256(records_hash.encode())
    for doc_id, sha in texts:
        digest.update(f"{doc_id}\0{sha}".encode())
    return digest.hexdigest()[:12]
