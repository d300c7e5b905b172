"""Records and documents to rows of the Hub configurations, and back, without loss.

Every record becomes one row in each layer configuration (``entities``, ``events``,
``stance``), in the same order, so the three rows of a record sit at the same index.
Labels are stored as ClassLabel ids. ``records_from_rows`` inverts ``record_rows``
exactly (``Record`` equality), given the label names the rows were encoded with.

With ``text=omit`` the document text, every span's surface text and the ``ner`` tokens are
left out (null), and metadata strings copied from the text (headings, credit lines) become
offset references; ``attach_text`` puts all of them back from the document text.
"""

from __future__ import annotations

import json
from collections.abc import Container, Mapping, Sequence
from typing import Any

from newsgold.corpus import Document
from newsgold.hub.features import HubLabels
from newsgold.hub.layout import HubError
from newsgold.records import Argument, Cluster, Entity, Event, Holder, Record, Span, Stance

Row = dict[str, Any]

RECORD_LAYERS = {"entities": "entities", "events": "events", "stance": "stances"}


class _Codec:
    """Name <-> id for one ClassLabel, with errors that say which label and where."""

    def __init__(self, names: Sequence[str], what: str):
        self.names = tuple(names)
        self.ids = {name: i for i, name in enumerate(self.names)}
        self.what = what

    def encode(self, value: str | None, where: str) -> int | None:
        if value is None:
            return None
        try:
            return self.ids[value]
        except KeyError:
            raise HubError(
                f"{where}: {self.what} {value!r} is not in the label schema's {len(self.names)} {self.what}s"
            ) from None

    def decode(self, value: int | None, where: str) -> str | None:
        if value is None:
            return None
        if not 0 <= value < len(self.names):
            raise HubError(f"{where}: {self.what} id {value} is out of range 0..{len(self.names) - 1}")
        return self.names[value]


class Codecs:
    def __init__(self, labels: HubLabels):
        self.entity = _Codec(labels.entity, "entity type")
        self.event_type = _Codec(labels.event_type, "event type")
        self.role = _Codec(labels.role, "argument role")
        self.polarity = _Codec(labels.polarity, "polarity")
        self.modality = _Codec(labels.modality, "modality")
        self.acled = _Codec(labels.acled, "ACLED sub-event type")
        self.plover = _Codec(labels.plover, "PLOVER category")
        self.stance_label = _Codec(labels.stance_label, "stance label")
        self.stance_kind = _Codec(labels.stance_kind, "stance kind")
        self.factuality = _Codec(labels.factuality, "factuality value")


# --------------------------------------------------------------------------- documents


# With the text omitted, a metadata string of at least this many characters that occurs
# verbatim in the text (a heading, a credit line) is shipped as a reference to its offsets.
MASK_MIN_CHARS = 12
MASK_KEY = "newsgold:text_span"


def mask_metadata(value: Any, text: str) -> Any:
    """Replace metadata strings copied from ``text`` by ``{MASK_KEY: [start, end]}``."""
    if isinstance(value, str) and len(value) >= MASK_MIN_CHARS and value in text:
        start = text.index(value)
        return {MASK_KEY: [start, start + len(value)]}
    if isinstance(value, dict):
        return {key: mask_metadata(sub, text) for key, sub in value.items()}
    if isinstance(value, list):
        return [mask_metadata(sub, text) for sub in value]
    return value


def unmask_metadata(value: Any, text: str) -> Any:
    """Invert ``mask_metadata``."""
    if isinstance(value, dict):
        if set(value) == {MASK_KEY}:
            start, end = value[MASK_KEY]
            return text[start:end]
        return {key: unmask_metadata(sub, text) for key, sub in value.items()}
    if isinstance(value, list):
        return [unmask_metadata(sub, text) for sub in value]
    return value


def document_row(doc: Document, include_text: bool) -> Row:
    metadata = doc.metadata if include_text else mask_metadata(doc.metadata, doc.text)
    return {
        "doc_id": doc.doc_id,
        "sha256": doc.sha256,
        "characters": len(doc.text),
        "text": doc.text if include_text else None,
        "metadata": json.dumps(metadata, ensure_ascii=False),
        "paragraphs": [dict(p) for p in doc.paragraphs],
        "sentences": [{"start": start, "end": end} for start, end in doc.sentences],
    }


def document_from_row(row: Mapping[str, Any], text: str | None = None) -> Document:
    """The Document of a ``documents`` row; ``text`` supplies an omitted text."""
    text = row["text"] if text is None else text
    if text is None:
        raise HubError(
            f"document {row['doc_id']}: the export omits the text; run 'newsgold export rehydrate' "
            "with your own copy of the article first"
        )
    return Document(
        doc_id=row["doc_id"],
        text=text,
        sha256=row["sha256"],
        metadata=unmask_metadata(json.loads(row["metadata"]), text),
        paragraphs=tuple(dict(p) for p in row["paragraphs"]),
        sentences=tuple((s["start"], s["end"]) for s in row["sentences"]),
    )


# --------------------------------------------------------------------------- records -> rows


def _span(span: Span | None, keep_text: bool) -> Row | None:
    if span is None:
        return None
    return {"start": span.start, "end": span.end, "text": span.text if keep_text else None}


def _header(record: Record) -> Row:
    return {
        "doc_id": record.doc_id,
        "doc_sha256": record.doc_sha256,
        "annotator": record.annotator,
        "system": record.system,
    }


def record_rows(record: Record, labels: HubLabels | Codecs, include_text: bool = True) -> dict[str, Row]:
    """One row per layer configuration for ``record``: ``{"entities": ..., "events": ..., "stance": ...}``."""
    codecs = labels if isinstance(labels, Codecs) else Codecs(labels)
    keep = include_text
    where = f"document {record.doc_id}"
    header = _header(record)

    entities = None
    if record.entities is not None:
        entities = [
            {
                "id": e.id,
                "start": e.start,
                "end": e.end,
                "text": e.text if keep else None,
                "label": codecs.entity.encode(e.label, f"{where}: entities[{i}]"),
                "cluster": e.cluster,
                "score": e.score,
                "note": e.note,
            }
            for i, e in enumerate(record.entities)
        ]
    clusters = None if record.clusters is None else [{"id": c.id, "name": c.name} for c in record.clusters]

    events = None
    if record.events is not None:
        events = []
        for i, ev in enumerate(record.events):
            at = f"{where}: events[{i}]"
            plover = None
            if ev.plover is not None:
                unknown = set(ev.plover) - {"category", "mode"}
                if unknown:
                    raise HubError(f"{at}.plover: unexpected key(s) {sorted(unknown)}; expected category and mode")
                plover = {
                    "category": codecs.plover.encode(ev.plover["category"], f"{at}.plover"),
                    "mode": ev.plover.get("mode"),
                }
            events.append(
                {
                    "id": ev.id,
                    "type": codecs.event_type.encode(ev.type, at),
                    "trigger": _span(ev.trigger, keep),
                    "arguments": [
                        {
                            "role": codecs.role.encode(a.role, f"{at}.arguments[{k}]"),
                            "start": a.start,
                            "end": a.end,
                            "text": a.text if keep else None,
                            "head": _span(a.head, keep),
                            "entity": a.entity,
                            "cluster": a.cluster,
                        }
                        for k, a in enumerate(ev.arguments)
                    ],
                    "polarity": codecs.polarity.encode(ev.polarity, at),
                    "modality": codecs.modality.encode(ev.modality, at),
                    "acled": codecs.acled.encode(ev.acled, at),
                    "plover": plover,
                    "score": ev.score,
                    "note": ev.note,
                }
            )

    stances = None
    if record.stances is not None:
        stances = []
        for i, st in enumerate(record.stances):
            at = f"{where}: stances[{i}]"
            if st.target_kind not in ("event", "entity"):
                raise HubError(f"{at}.target: kind {st.target_kind!r} is neither event nor entity")
            holder_span = st.holder.span
            stances.append(
                {
                    "id": st.id,
                    "holder": {
                        "author": st.holder.is_author,
                        "start": None if holder_span is None else holder_span.start,
                        "end": None if holder_span is None else holder_span.end,
                        "text": None if holder_span is None or not keep else holder_span.text,
                        "entity": st.holder.entity,
                        "cluster": st.holder.cluster,
                    },
                    "target": {
                        "event": st.target_id if st.target_kind == "event" else None,
                        "entity": st.target_id if st.target_kind == "entity" else None,
                    },
                    "label": codecs.stance_label.encode(st.label, at),
                    "kind": codecs.stance_kind.encode(st.kind, at),
                    "factuality": codecs.factuality.encode(st.factuality, at),
                    "evidence": _span(st.evidence, keep),
                    "score": st.score,
                    "note": st.note,
                }
            )

    return {
        "entities": {**header, "clusters": clusters, "entities": entities},
        "events": {**header, "events": events},
        "stance": {**header, "stances": stances},
    }


def layer_rows(
    records: Sequence[Record], labels: HubLabels, include_text: bool | Container[str] = True
) -> dict[str, list[Row]]:
    """Rows of the three layer configurations for all records, index-aligned.

    ``include_text``: for every record, or the ids of the documents whose text is shipped.
    """
    codecs = Codecs(labels)
    out: dict[str, list[Row]] = {config: [] for config in RECORD_LAYERS}
    for record in records:
        keep = include_text if isinstance(include_text, bool) else record.doc_id in include_text
        for config, row in record_rows(record, codecs, keep).items():
            out[config].append(row)
    return out


# --------------------------------------------------------------------------- rows -> records


def _span_back(data: Mapping[str, Any] | None) -> Span | None:
    if data is None:
        return None
    return Span(data["start"], data["end"], data["text"])


def _layer(items: Sequence[Any] | None, make: Any) -> tuple[Any, ...] | None:
    return None if items is None else tuple(make(i, item) for i, item in enumerate(items))


def records_from_rows(rows: Mapping[str, Sequence[Mapping[str, Any]]], labels: HubLabels) -> list[Record]:
    """Invert ``layer_rows``: ``rows`` maps ``entities``/``events``/``stance`` to their rows."""
    codecs = Codecs(labels)
    missing = [config for config in RECORD_LAYERS if config not in rows]
    if missing:
        raise HubError(f"cannot rebuild records without the configuration(s) {', '.join(missing)}")
    lengths = {config: len(rows[config]) for config in RECORD_LAYERS}
    if len(set(lengths.values())) != 1:
        raise HubError(f"the layer configurations hold different numbers of rows: {lengths}")
    records = []
    for index in range(lengths["entities"]):
        ent_row, ev_row, st_row = (rows[config][index] for config in RECORD_LAYERS)
        header = _header_of(ent_row)
        for config, row in (("events", ev_row), ("stance", st_row)):
            if _header_of(row) != header:
                raise HubError(
                    f"row {index} of {config} ({_header_of(row)}) does not belong to the same record "
                    f"as row {index} of entities ({header})"
                )
        where = f"document {header['doc_id']}"
        records.append(
            Record(
                **header,
                clusters=_layer(ent_row["clusters"], lambda _i, c: Cluster(c["id"], c["name"])),
                entities=_layer(ent_row["entities"], lambda i, e: _entity(e, codecs, f"{where}: entities[{i}]")),
                events=_layer(ev_row["events"], lambda i, e: _event(e, codecs, f"{where}: events[{i}]")),
                stances=_layer(st_row["stances"], lambda i, s: _stance(s, codecs, f"{where}: stances[{i}]")),
            )
        )
    return records


def _header_of(row: Mapping[str, Any]) -> dict[str, Any]:
    return {key: row[key] for key in ("doc_id", "doc_sha256", "annotator", "system")}


def _entity(e: Mapping[str, Any], codecs: Codecs, where: str) -> Entity:
    return Entity(
        start=e["start"],
        end=e["end"],
        label=codecs.entity.decode(e["label"], where),
        text=e["text"],
        id=e["id"],
        cluster=e["cluster"],
        score=e["score"],
        note=e["note"],
    )


def _event(e: Mapping[str, Any], codecs: Codecs, where: str) -> Event:
    plover = None
    if e["plover"] is not None:
        plover = {"category": codecs.plover.decode(e["plover"]["category"], f"{where}.plover")}
        if e["plover"]["mode"] is not None:
            plover["mode"] = e["plover"]["mode"]
    return Event(
        type=codecs.event_type.decode(e["type"], where),
        trigger=_span_back(e["trigger"]),
        arguments=tuple(
            Argument(
                role=codecs.role.decode(a["role"], f"{where}.arguments[{k}]"),
                start=a["start"],
                end=a["end"],
                text=a["text"],
                head=_span_back(a["head"]),
                entity=a["entity"],
                cluster=a["cluster"],
            )
            for k, a in enumerate(e["arguments"] or ())
        ),
        id=e["id"],
        polarity=codecs.polarity.decode(e["polarity"], where),
        modality=codecs.modality.decode(e["modality"], where),
        acled=codecs.acled.decode(e["acled"], where),
        plover=plover,
        score=e["score"],
        note=e["note"],
    )


def _stance(s: Mapping[str, Any], codecs: Codecs, where: str) -> Stance:
    h = s["holder"]
    holder = Holder() if h["author"] else Holder(Span(h["start"], h["end"], h["text"]), h["entity"], h["cluster"])
    target = s["target"]
    kinds = [kind for kind in ("event", "entity") if target[kind] is not None]
    if len(kinds) != 1:
        raise HubError(f"{where}.target: expected exactly one of event or entity, found {target}")
    return Stance(
        holder=holder,
        target_kind=kinds[0],
        target_id=target[kinds[0]],
        label=codecs.stance_label.decode(s["label"], where),
        id=s["id"],
        kind=codecs.stance_kind.decode(s["kind"], where),
        factuality=codecs.factuality.decode(s["factuality"], where),
        evidence=_span_back(s["evidence"]),
        score=s["score"],
        note=s["note"],
    )


# --------------------------------------------------------------------------- text


def _fill(span: dict[str, Any] | None, text: str) -> None:
    if span is not None and span.get("start") is not None:
        span["text"] = text[span["start"] : span["end"]]


def attach_text(rows: Mapping[str, list[Row]], texts: Mapping[str, str]) -> None:
    """Put the document text and every span's surface text back into omitted rows, in place.

    ``texts`` maps doc_id to the (already hash-checked) document text; documents not in
    ``texts`` (those whose text the export already ships) are left as they are.
    """
    for name in ("documents", "entities", "events", "stance", "ner"):
        rows_of = rows.get(name)
        if rows_of is not None:
            rows = {**rows, name: [r for r in rows_of if r["doc_id"] in texts]}
    for row in rows.get("documents", ()):
        row["text"] = texts[row["doc_id"]]
        row["metadata"] = json.dumps(unmask_metadata(json.loads(row["metadata"]), row["text"]), ensure_ascii=False)
    for row in rows.get("entities", ()):
        for e in row["entities"] or ():
            _fill(e, texts[row["doc_id"]])
    for row in rows.get("events", ()):
        text = texts[row["doc_id"]]
        for ev in row["events"] or ():
            _fill(ev["trigger"], text)
            for arg in ev["arguments"] or ():
                _fill(arg, text)
                _fill(arg["head"], text)
    for row in rows.get("stance", ()):
        text = texts[row["doc_id"]]
        for st in row["stances"] or ():
            if not st["holder"]["author"]:
                _fill(st["holder"], text)
            _fill(st["evidence"], text)
    for row in rows.get("ner", ()):
        text = texts[row["doc_id"]]
        row["tokens"] = [text[s:e] for s, e in zip(row["token_starts"], row["token_ends"])]
