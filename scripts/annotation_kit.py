"""Annotation kit: write one document's annotation as a short Python script.

Spans are found in the corpus text by their string (never counted by hand); ids are given
on save by the guidelines' rule P2; the record is validated strictly on save.

    import sys; sys.path.insert(0, "/work/main/scripts")
    from annotation_kit import Doc
    d = Doc("GUM_news_korea", annotator="annotator_x")
    d.show()                    # paragraphs and numbered sentences with offsets
    d.show_reference()          # GUM's named mentions and OntoGUM's clusters (pre-annotation)
    nk = d.ent("North Korea", "GPE", sent=0, cluster="North Korea")
    fire = d.event("exchanged", "conflict.attack.firearmattack", sent=3, args=[
        d.arg("attacker", "North and South Korea", sent=3, head="Korea", cluster="..."),
    ])
    d.fact(fire, "CT+")                                   # author, cue = the trigger
    d.fact(ev, "Uu", holder=d.holder("Kim", sent=5), cue=d.span("said", sent=5))
    d.attitude(d.holder("Kim", sent=5), ev, "FAVOR", cue=d.span("wants", sent=5))
    d.save()                    # writes annotations/raw/<annotator>/<doc>.json and validates

Span lookup: ``sent=k`` searches sentence k (0-based, as printed by ``show``); ``n`` picks the
n-th occurrence there (1-based); ``after=offset`` searches from a character offset instead.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

FACTUALITY_LABEL = {"CT+": "FAVOR", "PR+": "FAVOR", "PS+": "FAVOR", "CT-": "AGAINST", "PR-": "AGAINST",
                    "PS-": "AGAINST", "CTu": "NONE", "Uu": "NONE"}


@dataclass(eq=False)
class Span:
    start: int
    end: int
    text: str

    def as_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(eq=False)
class Ent:
    span: Span
    label: str
    cluster: str | None
    note: str | None
    id: str = ""


@dataclass(eq=False)
class Arg:
    role: str
    span: Span
    head: Span
    cluster: str | None
    entity: Ent | None
    note: str | None


@dataclass(eq=False)
class Ev:
    trigger: Span
    type: str
    args: list[Arg]
    polarity: str
    modality: str
    acled: str | None
    plover: dict[str, str] | None
    note: str | None
    id: str = ""


@dataclass(eq=False)
class Holder:
    span: Span | None  # None: the author
    cluster: str | None = None
    entity: Ent | None = None


@dataclass(eq=False)
class St:
    holder: Holder
    target: Ev | Ent
    label: str
    kind: str
    factuality: str | None
    evidence: Span
    note: str | None
    id: str = ""


class Doc:
    def __init__(self, doc_id: str, annotator: str):
        path = ROOT / "corpus" / "documents" / f"{doc_id}.json"
        self.data = json.loads(path.read_text(encoding="utf-8"))
        self.doc_id = doc_id
        self.text: str = self.data["text"]
        self.sentences: list[tuple[int, int]] = [tuple(s) for s in self.data["sentences"]]
        self.annotator = annotator
        self.entities: list[Ent] = []
        self.events: list[Ev] = []
        self.stances: list[St] = []
        self.cluster_names: dict[str, str] = {}

    # -- reading ---------------------------------------------------------------------------
    def show(self) -> None:
        """Print every sentence with its number and character offsets."""
        para_starts = {p["start"]: p["kind"] for p in self.data["paragraphs"]}
        for i, (s, e) in enumerate(self.sentences):
            if s in para_starts:
                print(f"--- paragraph ({para_starts[s]})")
            print(f"[{i}] {s}-{e}: {self.text[s:e]}")

    def show_reference(self, named_only: bool = True) -> None:
        """GUM mentions (named: with a Wikipedia identity or a capitalised first word) and OntoGUM clusters."""
        ref = ROOT / "annotations" / "reference" / "gum"
        gum = _record(ref / "gum_entities.jsonl", self.doc_id)
        onto = _record(ref / "ontogum_coref.jsonl", self.doc_id)
        print("GUM mentions (start-end sentence type [identity] text):")
        for m in gum.get("entities", []):
            named = "identity" in m or m["text"][:1].isupper() or m["text"][:1].isdigit()
            if named or not named_only:
                ident = f" [{m['identity']}]" if "identity" in m else ""
                print(f"  {m['start']}-{m['end']} s{self.sentence_of(m['start'])} {m['label']}{ident} "
                      f"{m['cluster']}: {m['text']}")
        clusters: dict[str, list[str]] = {}
        for m in onto.get("entities", []):
            clusters.setdefault(m["cluster"], []).append(f"{m['text']}@{m['start']}")
        print("OntoGUM clusters:")
        for cid, members in clusters.items():
            print(f"  {cid}: " + " | ".join(members))

    def sentence_of(self, offset: int) -> int:
        index = 0
        for i, (s, _e) in enumerate(self.sentences):
            if s <= offset:
                index = i
        return index

    # -- spans -----------------------------------------------------------------------------
    def span(self, s: str, sent: int | None = None, n: int = 1, after: int | None = None) -> Span:
        """The n-th whole-word occurrence of ``s`` in sentence ``sent`` (or from offset ``after``)."""
        if sent is not None:
            lo, hi = self.sentences[sent]
        else:
            lo, hi = (after or 0), len(self.text)
        pattern = re.compile(("(?<!\\w)" if s[:1].isalnum() else "") + re.escape(s)
                             + ("(?!\\w)" if s[-1:].isalnum() else ""))
        matches = [m.start() for m in pattern.finditer(self.text, lo, hi)]
        if len(matches) < n:
            where = f"sentence {sent}" if sent is not None else f"text from {lo}"
            raise ValueError(f"{s!r} (whole-word occurrence {n}) not found in {where}: {self.text[lo:hi]!r}")
        pos = matches[n - 1]
        return Span(pos, pos + len(s), s)

    def _as_span(self, value: str | Span, sent: int | None, n: int, after: int | None) -> Span:
        return value if isinstance(value, Span) else self.span(value, sent=sent, n=n, after=after)

    def _head(self, span: Span, head: str | Span | None) -> Span:
        if isinstance(head, Span):
            return head
        if head is None:
            word = span.text.split()[-1]
            start = span.start + span.text.rindex(word)
            return Span(start, start + len(word), word)
        offset = span.text.rfind(head)
        if offset < 0:
            raise ValueError(f"head {head!r} is not inside {span.text!r}")
        return Span(span.start + offset, span.start + offset + len(head), head)

    # -- layers ----------------------------------------------------------------------------
    def ent(self, s: str | Span, label: str, sent: int | None = None, n: int = 1, after: int | None = None,
            cluster: str | None = None, note: str | None = None) -> Ent:
        entity = Ent(self._as_span(s, sent, n, after), label, cluster, note)
        self.entities.append(entity)
        return entity

    def arg(self, role: str, s: str | Span, sent: int | None = None, n: int = 1, after: int | None = None,
            head: str | Span | None = None, cluster: str | None = None, note: str | None = None) -> Arg:
        """An argument; ``head`` defaults to the span's last word. Linked on save to an entity
        with the same span (its cluster too, unless ``cluster`` is given)."""
        span = self._as_span(s, sent, n, after)
        return Arg(role, span, self._head(span, head), cluster, None, note)

    def event(self, trigger: str | Span, type: str, sent: int | None = None, n: int = 1,
              after: int | None = None, args: list[Arg] | None = None, polarity: str = "positive",
              modality: str = "asserted", acled: str | None = None, plover: str | None = None,
              plover_mode: str | None = None, note: str | None = None) -> Ev:
        plover_value = None
        if plover:
            plover_value = {"category": plover, **({"mode": plover_mode} if plover_mode else {})}
        event = Ev(self._as_span(trigger, sent, n, after), type, list(args or []), polarity, modality,
                   acled, plover_value, note)
        self.events.append(event)
        return event

    def holder(self, s: str | Span, sent: int | None = None, n: int = 1, after: int | None = None,
               cluster: str | None = None) -> Holder:
        return Holder(self._as_span(s, sent, n, after), cluster)

    def fact(self, target: Ev, value: str, holder: Holder | None = None, cue: Span | None = None,
             note: str | None = None) -> St:
        """A factuality stance; the author and the trigger as cue by default."""
        stance = St(holder or Holder(None), target, FACTUALITY_LABEL[value], "factuality", value,
                    cue or target.trigger, note)
        self.stances.append(stance)
        return stance

    def attitude(self, holder: Holder, target: Ev | Ent, label: str, cue: Span, note: str | None = None) -> St:
        stance = St(holder, target, label, "attitude", None, cue, note)
        self.stances.append(stance)
        return stance

    # -- output ----------------------------------------------------------------------------
    def record(self) -> dict[str, Any]:
        """The record with ids by P2: T by start, C by first mention, E by trigger, S by cue."""
        entities = sorted(self.entities, key=lambda e: (e.span.start, e.span.end))
        for i, entity in enumerate(entities, 1):
            entity.id = f"T{i}"
        by_span = {(e.span.start, e.span.end): e for e in entities}
        events = sorted(self.events, key=lambda e: (e.trigger.start, e.trigger.end))
        for i, event in enumerate(events, 1):
            event.id = f"E{i}"
        mentions: list[tuple[int, str]] = []
        for entity in entities:
            if entity.cluster:
                mentions.append((entity.span.start, entity.cluster))
        for event in events:
            for arg in event.args:
                arg.entity = by_span.get((arg.span.start, arg.span.end))
                if arg.cluster is None and arg.entity is not None:
                    arg.cluster = arg.entity.cluster
                if arg.cluster:
                    mentions.append((arg.span.start, arg.cluster))
        for stance in self.stances:
            h = stance.holder
            if h.span is not None:
                h.entity = by_span.get((h.span.start, h.span.end))
                if h.cluster is None and h.entity is not None:
                    h.cluster = h.entity.cluster
                if h.cluster:
                    mentions.append((h.span.start, h.cluster))
        cluster_ids: dict[str, str] = {}
        for _start, name in sorted(mentions):
            cluster_ids.setdefault(name, f"C{len(cluster_ids) + 1}")

        def target_key(st: St) -> tuple[int, str]:
            tid = st.target.id
            return (0 if tid.startswith("E") else 1, int(tid[1:]))

        stances = sorted(self.stances, key=lambda s: (s.evidence.start, target_key(s), s.holder.span is not None,
                                                       s.holder.span.start if s.holder.span else -1))
        for i, stance in enumerate(stances, 1):
            stance.id = f"S{i}"
        record = {
            "doc_id": self.doc_id,
            "doc_sha256": self.data["sha256"],
            "annotator": self.annotator,
            "clusters": [{"id": cid, "name": name} for name, cid in cluster_ids.items()],
            "entities": [_entity(e, cluster_ids) for e in entities],
            "events": [_event(e, cluster_ids) for e in events],
            "stances": [_stance(s, cluster_ids) for s in stances],
        }
        return record

    def save(self, path: str | Path | None = None) -> Path:
        from newsgold.jsonio import dumps_pretty, write_atomic
        from newsgold.validate import validate_file

        target = Path(path) if path else ROOT / "annotations" / "raw" / self.annotator / f"{self.doc_id}.json"
        write_atomic(target, dumps_pretty(self.record()))
        report = validate_file(target, gold=True, cap=200)
        for problem in report.errors:
            print("ERROR", problem)
        missing = [e.id for e in self.events if not any(s.target is e and s.kind == "factuality" for s in self.stances)]
        if missing:
            print("WARNING: events without a factuality stance (ST3):", ", ".join(missing))
        print(f"{target}: {len(self.entities)} entities, {len(self.events)} events, {len(self.stances)} stances; "
              f"{'valid' if report.ok else 'INVALID'}")
        return target


def _record(path: Path, doc_id: str) -> dict[str, Any]:
    if not path.exists():
        return {}
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line and json.loads(line)["doc_id"] == doc_id:
            return json.loads(line)
    return {}


def _entity(e: Ent, clusters: dict[str, str]) -> dict[str, Any]:
    out = {"id": e.id, **e.span.as_dict(), "label": e.label}
    if e.cluster:
        out["cluster"] = clusters[e.cluster]
    if e.note:
        out["note"] = e.note
    return out


def _event(e: Ev, clusters: dict[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = {"id": e.id, "type": e.type, "trigger": e.trigger.as_dict(), "arguments": []}
    for a in e.args:
        arg: dict[str, Any] = {"role": a.role, **a.span.as_dict(), "head": a.head.as_dict()}
        if a.entity is not None:
            arg["entity"] = a.entity.id
        if a.cluster:
            arg["cluster"] = clusters[a.cluster]
        out["arguments"].append(arg)
    out["polarity"] = e.polarity
    out["modality"] = e.modality
    if e.acled:
        out["acled"] = e.acled
    if e.plover:
        out["plover"] = e.plover
    if e.note:
        out["note"] = e.note
    return out


def _stance(s: St, clusters: dict[str, str]) -> dict[str, Any]:
    if s.holder.span is None:
        holder: dict[str, Any] = {"author": True}
    else:
        holder = s.holder.span.as_dict()
        if s.holder.entity is not None:
            holder["entity"] = s.holder.entity.id
        if s.holder.cluster:
            holder["cluster"] = clusters[s.holder.cluster]
    target = {"event": s.target.id} if isinstance(s.target, Ev) else {"entity": s.target.id}
    out: dict[str, Any] = {"id": s.id, "holder": holder, "target": target, "label": s.label, "kind": s.kind}
    if s.factuality:
        out["factuality"] = s.factuality
    out["evidence"] = s.evidence.as_dict()
    if s.note:
        out["note"] = s.note
    return out
