"""From a parsed answer to record items: check each item, ground its mentions, link ids.

Entities and event triggers are grounded exclusively and in order (``grounding.Grounder``);
event arguments near their trigger; stance evidence near the target's trigger and holders
near their evidence. Events get the ids E1, E2, ... in answer order; the stance prompt lists
the events under these ids, and a stance's target is linked by the id the model gives. An item whose mention cannot be grounded, or that is
outside the schema, is left out and kept as an ``Unplaced`` entry, so it can be counted and
read.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from newsgold.corpus import Document
from newsgold.records import Argument, Entity, Event, Holder, Span, Stance
from newsgold.schema import LabelSchema
from newsgold.systems.llm.answers import check_items
from newsgold.systems.llm.grounding import Grounder, Match

AUTHOR_NAMES = frozenset({"author", "the author", "<author>"})


@dataclass(frozen=True)
class Unplaced:
    """A returned item or mention left out of the predictions, and why."""

    doc_id: str
    layer: str
    kind: str  # entity, trigger, argument, holder, evidence, or item (off-schema / unlinked)
    reason: str
    text: str | None = None
    context: str | None = None
    item: Any = None

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}


@dataclass
class Extraction:
    """The record items of one layer of one document, and how grounding went."""

    items: tuple[Any, ...] = ()
    mentions: int = 0
    methods: Counter = field(default_factory=Counter)
    ungrounded: list[Unplaced] = field(default_factory=list)
    invalid: list[Unplaced] = field(default_factory=list)


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


class _Placer:
    """Grounds mentions for one layer of one document and keeps the tally."""

    def __init__(self, document: Document, layer: str, out: Extraction):
        self.document, self.layer, self.out = document, layer, out

    def place(self, grounder: Grounder, kind: str, mention: str, context: str, near: int | None = None,
              item: Any = None) -> Span | None:
        self.out.mentions += 1
        match: Match | None = grounder.ground(mention, context or None, near)
        if match is None:
            self.out.ungrounded.append(Unplaced(self.document.doc_id, self.layer, kind, "not found in the text",
                                                mention, context or None, item))
            return None
        self.out.methods[match.method] += 1
        return Span(match.start, match.end, self.document.text[match.start:match.end])

    def reject(self, item: Any, reason: str) -> None:
        self.out.invalid.append(Unplaced(self.document.doc_id, self.layer, "item", reason, item=item))


def _checked(items: list[Any], layer: str, schema: LabelSchema, placer: _Placer) -> list[dict[str, Any]]:
    valid, invalid = check_items(items, layer, schema)
    for item, reason in invalid:
        placer.reject(item, f"outside the answer schema: {reason}")
    return valid


def extract_entities(items: list[Any], document: Document, schema: LabelSchema) -> Extraction:
    out = Extraction()
    placer = _Placer(document, "entities", out)
    grounder = Grounder(document.text, exclusive=True)
    found = []
    for item in _checked(items, "entities", schema, placer):
        span = placer.place(grounder, "entity", _text(item["text"]), _text(item.get("context")), item=item)
        if span is not None:
            found.append((span, item["label"]))
    found.sort(key=lambda f: (f[0].start, f[0].end))
    out.items = tuple(Entity(s.start, s.end, label, s.text, id=f"T{n}") for n, (s, label) in enumerate(found, 1))
    return out


def extract_events(items: list[Any], document: Document, schema: LabelSchema) -> Extraction:
    out = Extraction()
    placer = _Placer(document, "events", out)
    triggers = Grounder(document.text, exclusive=True)
    fillers = Grounder(document.text, exclusive=False)
    events = []
    for item in _checked(items, "events", schema, placer):
        trigger = placer.place(triggers, "trigger", _text(item["trigger"]), _text(item.get("context")), item=item)
        if trigger is None:
            continue
        roles = schema.event_roles[item["type"]]
        arguments = []
        for argument in item.get("arguments") or ():
            if argument["role"] not in roles:
                placer.reject(argument, f"role {argument['role']!r} is not a role of {item['type']} "
                                        f"({', '.join(roles) or 'none'})")
                continue
            span = placer.place(fillers, "argument", _text(argument["text"]), _text(argument.get("context")),
                                near=trigger.start, item=argument)
            if span is not None:
                arguments.append(Argument(argument["role"], span.start, span.end, span.text))
        events.append(Event(item["type"], trigger, tuple(dict.fromkeys(arguments)), id=f"E{len(events) + 1}",
                            polarity=item.get("polarity"), modality=item.get("modality")))
    out.items = tuple(events)
    return out


def extract_stances(items: list[Any], document: Document, schema: LabelSchema, events: Sequence[Event]) -> Extraction:
    """Stances toward ``events`` (the events the stance prompt listed, by id)."""
    out = Extraction()
    placer = _Placer(document, "stances", out)
    grounder = Grounder(document.text, exclusive=False)
    by_id = {e.id: e for e in events}
    stances: list[Stance] = []
    for item in _checked(items, "stances", schema, placer):
        target = by_id.get(_text(item["target"]))
        if target is None:
            placer.reject(item, f"target {item['target']!r} is none of the event ids given "
                                f"({', '.join(by_id) or 'none'})")
            continue
        author = _text(item["holder"]).lower() in AUTHOR_NAMES
        evidence = None
        if _text(item.get("evidence")):
            evidence = placer.place(grounder, "evidence", _text(item["evidence"]), _text(item.get("evidence_context")),
                                    near=target.trigger.start, item=item)
        elif author:
            evidence = target.trigger
        if author:
            holder = Holder()
        else:
            near = evidence.start if evidence is not None else target.trigger.start
            span = placer.place(grounder, "holder", _text(item["holder"]), _text(item.get("holder_context")),
                                near=near, item=item)
            if span is None:
                continue
            holder = Holder(span)
        kind = item.get("kind")
        stance = Stance(holder, "event", target.id, item["label"], kind=kind,
                        factuality=item.get("factuality") if kind != "attitude" else None, evidence=evidence)
        if stance not in stances:
            stances.append(stance)
    out.items = tuple(Stance(s.holder, s.target_kind, s.target_id, s.label, id=f"S{n}", kind=s.kind,
                             factuality=s.factuality, evidence=s.evidence) for n, s in enumerate(stances, 1))
    return out


def event_listing(events: Sequence[Event], text: str) -> list[dict[str, str]]:
    """The events a stance prompt is given: id, type, trigger and the trigger in context."""
    from newsgold.systems.llm.grounding import context_around

    return [{"id": e.id, "type": e.type, "trigger": text[e.trigger.start:e.trigger.end],
             "context": context_around(text, e.trigger.start, e.trigger.end)} for e in events]
