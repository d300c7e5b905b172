"""The one record format shared by gold annotations and system predictions.

A record holds one document's annotations in up to three layers. Offsets are Python
``str`` indices into the document text, end exclusive. A layer that is ``None`` was not
annotated or predicted; an empty list means "nothing found". See
``schemas/record.schema.json`` for the published JSON Schema.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"start": self.start, "end": self.end}
        if self.text is not None:
            out["text"] = self.text
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Span:
        return cls(data["start"], data["end"], data.get("text"))


def _put(out: dict[str, Any], key: str, value: Any) -> None:
    if value is not None:
        out[key] = value


@dataclass(frozen=True)
class Entity:
    start: int
    end: int
    label: str
    text: str | None = None
    id: str | None = None
    cluster: str | None = None
    score: float | None = None
    note: str | None = None

    @property
    def span(self) -> Span:
        return Span(self.start, self.end, self.text)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        _put(out, "id", self.id)
        out.update(start=self.start, end=self.end)
        _put(out, "text", self.text)
        out["label"] = self.label
        for key in ("cluster", "score", "note"):
            _put(out, key, getattr(self, key))
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Entity:
        return cls(
            start=data["start"],
            end=data["end"],
            label=data["label"],
            text=data.get("text"),
            id=data.get("id"),
            cluster=data.get("cluster"),
            score=data.get("score"),
            note=data.get("note"),
        )


@dataclass(frozen=True)
class Argument:
    role: str
    start: int
    end: int
    text: str | None = None
    head: Span | None = None
    entity: str | None = None
    cluster: str | None = None

    @property
    def span(self) -> Span:
        return Span(self.start, self.end, self.text)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"role": self.role, "start": self.start, "end": self.end}
        _put(out, "text", self.text)
        if self.head is not None:
            out["head"] = self.head.to_dict()
        _put(out, "entity", self.entity)
        _put(out, "cluster", self.cluster)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Argument:
        head = data.get("head")
        return cls(
            role=data["role"],
            start=data["start"],
            end=data["end"],
            text=data.get("text"),
            head=Span.from_dict(head) if head is not None else None,
            entity=data.get("entity"),
            cluster=data.get("cluster"),
        )


@dataclass(frozen=True)
class Event:
    type: str
    trigger: Span
    arguments: tuple[Argument, ...] = ()
    id: str | None = None
    polarity: str | None = None
    modality: str | None = None
    acled: str | None = None
    plover: dict[str, str] | None = None
    score: float | None = None
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        _put(out, "id", self.id)
        out["type"] = self.type
        out["trigger"] = self.trigger.to_dict()
        out["arguments"] = [a.to_dict() for a in self.arguments]
        for key in ("polarity", "modality", "acled", "plover", "score", "note"):
            _put(out, key, getattr(self, key))
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        return cls(
            type=data["type"],
            trigger=Span.from_dict(data["trigger"]),
            arguments=tuple(Argument.from_dict(a) for a in data.get("arguments", ())),
            id=data.get("id"),
            polarity=data.get("polarity"),
            modality=data.get("modality"),
            acled=data.get("acled"),
            plover=data.get("plover"),
            score=data.get("score"),
            note=data.get("note"),
        )


@dataclass(frozen=True)
class Holder:
    """Who holds a stance: a mention in the text, or the article's author."""

    span: Span | None = None
    entity: str | None = None
    cluster: str | None = None

    @property
    def is_author(self) -> bool:
        return self.span is None

    def to_dict(self) -> dict[str, Any]:
        if self.span is None:
            return {"author": True}
        out = self.span.to_dict()
        _put(out, "entity", self.entity)
        _put(out, "cluster", self.cluster)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Holder:
        if data.get("author"):
            return cls()
        return cls(Span.from_dict(data), data.get("entity"), data.get("cluster"))


@dataclass(frozen=True)
class Stance:
    holder: Holder
    target_kind: str
    target_id: str
    label: str
    id: str | None = None
    kind: str | None = None
    factuality: str | None = None
    evidence: Span | None = None
    score: float | None = None
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        _put(out, "id", self.id)
        out["holder"] = self.holder.to_dict()
        out["target"] = {self.target_kind: self.target_id}
        out["label"] = self.label
        _put(out, "kind", self.kind)
        _put(out, "factuality", self.factuality)
        if self.evidence is not None:
            out["evidence"] = self.evidence.to_dict()
        _put(out, "score", self.score)
        _put(out, "note", self.note)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Stance:
        ((target_kind, target_id),) = data["target"].items()
        evidence = data.get("evidence")
        return cls(
            holder=Holder.from_dict(data["holder"]),
            target_kind=target_kind,
            target_id=target_id,
            label=data["label"],
            id=data.get("id"),
            kind=data.get("kind"),
            factuality=data.get("factuality"),
            evidence=Span.from_dict(evidence) if evidence is not None else None,
            score=data.get("score"),
            note=data.get("note"),
        )


@dataclass(frozen=True)
class Cluster:
    id: str
    name: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id}
        _put(out, "name", self.name)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Cluster:
        return cls(data["id"], data.get("name"))


LAYERS = ("entities", "events", "stances")


@dataclass(frozen=True)
class Record:
    doc_id: str
    doc_sha256: str | None = None
    annotator: str | None = None
    system: str | None = None
    clusters: tuple[Cluster, ...] | None = None
    entities: tuple[Entity, ...] | None = None
    events: tuple[Event, ...] | None = None
    stances: tuple[Stance, ...] | None = None
    origin: str | None = field(default=None, compare=False)

    def layers(self) -> tuple[str, ...]:
        """The layers this record annotates (present, possibly empty)."""
        return tuple(name for name in LAYERS if getattr(self, name) is not None)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"doc_id": self.doc_id}
        for key in ("doc_sha256", "annotator", "system"):
            _put(out, key, getattr(self, key))
        for key in ("clusters", *LAYERS):
            items = getattr(self, key)
            if items is not None:
                out[key] = [item.to_dict() for item in items]
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any], origin: str | None = None) -> Record:
        def layer(key: str, item_cls: Any) -> tuple[Any, ...] | None:
            items = data.get(key)
            return None if items is None else tuple(item_cls.from_dict(i) for i in items)

        return cls(
            doc_id=data["doc_id"],
            doc_sha256=data.get("doc_sha256"),
            annotator=data.get("annotator"),
            system=data.get("system"),
            clusters=layer("clusters", Cluster),
            entities=layer("entities", Entity),
            events=layer("events", Event),
            stances=layer("stances", Stance),
            origin=origin,
        )
