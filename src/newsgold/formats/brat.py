"""BRAT standoff: ``NAME.txt`` (the text, used byte for byte) and ``NAME.ann`` (the annotations).

Reading: T lines are entities (a discontinuous span is kept as its outer extent), except the
triggers of E lines, which become events with their arguments (a T or E argument; E arguments
are dropped); ``Equiv`` lines (``*``) become clusters; A/M lines ``Negation``/``Polarity`` and
``Speculation``/``Modality`` on events become polarity and modality; ``AnnotatorNotes`` become
notes. R, N and other attribute lines are dropped and counted. A role numbered as BRAT numbers
repeated roles (``Theme2`` next to ``Theme``) is read without its number.

Writing: one ``.txt`` and ``.ann`` per document and an ``annotation.conf`` declaring the types.
An argument span that is no entity of the record is written as a T line of type ``Argument``,
and read back as an argument only.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath

from newsgold.formats.annotations import Annotations, counted, full_record, listed, texts_for
from newsgold.formats.errors import FormatError
from newsgold.formats.layers import dropped
from newsgold.formats.source import lines, read_text
from newsgold.jsonio import write_atomic
from newsgold.records import Argument, Cluster, Entity, Event, Record, Span

ARGUMENT_TYPE = "Argument"
CONF = "annotation.conf"
WHAT = "a BRAT annotation file (.ann)"

_T = re.compile(r"(?P<id>T\d+)\t(?P<type>\S+) (?P<frags>\d+ \d+(?:;\d+ \d+)*)\t(?P<text>.*)")
_E = re.compile(r"(?P<id>E\d+)\t(?P<args>\S+:\S+(?: \S+:\S+)*) ?")
_A = re.compile(r"(?P<id>[AM]\d+)\t(?P<name>\S+) (?P<target>\S+)(?: (?P<value>\S+))?")
_NOTE = re.compile(r"#\d+\tAnnotatorNotes (?P<target>\S+)\t(?P<text>.*)")
_ROLE_NUMBER = re.compile(r"(?P<base>.*\D)(?P<n>[2-9]|[1-9]\d+)")

POLARITY = {"negation": "negative", "negated": "negative", "negative": "negative"}
MODALITY = {"speculation": "other", "speculated": "other", "uncertain": "other", "hypothetical": "other"}


@dataclass
class _Parsed:
    spans: dict[str, tuple[str, int, int, int]] = field(default_factory=dict)  # id -> (type, start, end, line)
    discontinuous: list[str] = field(default_factory=list)
    events: dict[str, tuple[str, str, list[tuple[str, str]], int]] = field(default_factory=dict)
    equiv: list[list[str]] = field(default_factory=list)
    attributes: list[tuple[str, str, str | None, int]] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)
    dropped: Counter = field(default_factory=Counter)


def _parse(ann: Path, text: str, txt_name: str) -> _Parsed:
    out = _Parsed()
    for number, line in enumerate(lines(read_text(ann, WHAT)), start=1):
        if not line.strip():
            continue
        kind = line[0]
        if kind == "T":
            match = _T.fullmatch(line)
            if match is None:
                raise FormatError.at(ann, f"found {line[:60]!r}; expected a T line: ID<tab>TYPE START END[;START END]"
                                          "<tab>TEXT", number)
            frags = [tuple(int(x) for x in f.split()) for f in match["frags"].split(";")]
            for start, end in frags:
                if end > len(text) or start > end:
                    raise FormatError.at(ann, f"{match['id']}: offsets {start}-{end} are outside {txt_name} "
                                              f"({len(text)} characters); expected 0 <= start <= end <= {len(text)}",
                                         number)
            surface = " ".join(text[s:e] for s, e in frags)
            if _one_line(surface) != match["text"]:
                raise FormatError.at(ann, f"{match['id']}: found {match['text']!r} but {txt_name} has {surface!r} at "
                                          f"{match['frags']}; expected the text at the offsets (is {txt_name} the "
                                          "annotated text?)", number)
            if len(frags) > 1:
                out.discontinuous.append(match["id"])
            out.spans[match["id"]] = (match["type"], min(s for s, _ in frags), max(e for _, e in frags), number)
        elif kind == "E":
            match = _E.fullmatch(line)
            if match is None:
                raise FormatError.at(ann, f"found {line[:60]!r}; expected an E line: ID<tab>TYPE:TRIGGER ROLE:ID ...",
                                     number)
            pairs = [tuple(p.split(":", 1)) for p in match["args"].split(" ")]
            (etype, trigger), arguments = pairs[0], pairs[1:]
            out.events[match["id"]] = (etype, trigger, arguments, number)
        elif kind in "AM":
            match = _A.fullmatch(line)
            if match is None:
                raise FormatError.at(ann, f"found {line[:60]!r}; expected an attribute line: ID<tab>NAME TARGET [VALUE]",
                                     number)
            out.attributes.append((match["name"], match["target"], match["value"], number))
        elif kind == "*":
            parts = line.split("\t", 1)[-1].split()
            if parts and parts[0] == "Equiv":
                out.equiv.append(parts[1:])
            else:
                out.dropped["equivalence (*) line"] += 1
        elif kind == "#":
            match = _NOTE.fullmatch(line)
            if match is not None:
                out.notes[match["target"]] = match["text"]
            else:
                out.dropped["comment (#) line"] += 1
        elif kind == "R":
            out.dropped["relation (R) line"] += 1
        elif kind == "N":
            out.dropped["normalization (N) line"] += 1
        else:
            raise FormatError.at(ann, f"found {line[:60]!r}; expected a BRAT annotation line (T, E, R, A, M, N, * or #)",
                                 number)
    return out


def _role(role: str, others: list[str]) -> str:
    match = _ROLE_NUMBER.fullmatch(role)
    return match["base"] if match and match["base"] in others else role


def _document(doc_id: str, ann: Path, text: str, txt_name: str, notes: list[str], counts: Counter) -> Record:
    p = _parse(ann, text, txt_name)
    counts.update(p.dropped)
    for eid, (_, trigger, arguments, number) in p.events.items():
        for _, target in [("", trigger), *arguments]:
            if target not in p.spans and target not in p.events:
                raise FormatError.at(ann, f"{eid}: {target} is not annotated in this file; expected the id of a T "
                                          "or E line", number)
        if trigger not in p.spans:
            raise FormatError.at(ann, f"{eid}: its trigger {trigger} is an event; expected a T line", number)
    triggers = {trigger for _, trigger, _, _ in p.events.values()}
    argument_ids = {target for _, _, args, _ in p.events.values() for _, target in args}
    entity_ids = {
        tid for tid, (ttype, *_rest) in p.spans.items()
        if tid not in triggers and not (ttype == ARGUMENT_TYPE and tid in argument_ids)
    }
    clusters: dict[str, str] = {}
    members: list[set[str]] = []
    for group in p.equiv:
        merged = {g for g in group if g in entity_ids}
        if not merged:
            continue
        for existing in [m for m in members if m & merged]:
            merged |= existing
            members.remove(existing)
        members.append(merged)
    cluster_list = []
    for n, group in enumerate(sorted(members, key=lambda g: min(int(t[1:]) for t in g)), start=1):
        cluster_list.append(Cluster(f"C{n}"))
        clusters.update({tid: f"C{n}" for tid in group})
    entities = [
        Entity(start=s, end=e, label=ttype, text=text[s:e], id=tid, cluster=clusters.get(tid), note=p.notes.get(tid))
        for tid, (ttype, s, e, _) in p.spans.items() if tid in entity_ids
    ]
    polarity: dict[str, str] = {}
    modality: dict[str, str] = {}
    for name, target, value, _ in p.attributes:
        key, val = name.lower(), (value or "").lower()
        if target in p.events and (key in POLARITY and not value or key == "polarity" and val in ("positive", "negative")):
            polarity[target] = POLARITY.get(key, val)
        elif target in p.events and (key in MODALITY and not value or key == "modality" and val in ("asserted", "other")):
            modality[target] = MODALITY.get(key, val)
        else:
            counts[f"attribute (A/M) line ({name})"] += 1
    events = []
    for eid, (etype, trigger, arguments, _) in p.events.items():
        _, ts, te, _ = p.spans[trigger]
        roles = [r for r, _ in arguments]
        args = []
        for role, target in arguments:
            if target in p.events:
                counts["event argument that is an event"] += 1
                continue
            _, s, e, _ = p.spans[target]
            args.append(Argument(role=_role(role, roles), start=s, end=e, text=text[s:e],
                                 entity=target if target in entity_ids else None))
        events.append(Event(type=etype, trigger=Span(ts, te, text[ts:te]), arguments=tuple(args), id=eid,
                            polarity=polarity.get(eid), modality=modality.get(eid), note=p.notes.get(eid)))
    counts["annotator note on a trigger or argument span"] += len(set(p.notes) - entity_ids - set(p.events))
    if p.discontinuous:
        notes.append(f"{doc_id}: discontinuous span{'s' if len(p.discontinuous) > 1 else ''} "
                     f"{listed(p.discontinuous)} kept as {'their' if len(p.discontinuous) > 1 else 'its'} outer extent")
    return full_record(doc_id, text, entities, events if p.events else None, cluster_list)


def _pairs(path: Path) -> list[tuple[str, Path, Path]]:
    """(doc id, .ann, .txt) of a folder (every .ann below it), an .ann file or a .txt file."""
    if path.is_dir():
        anns = sorted(p for p in path.rglob("*.ann") if not any(part.startswith(".") for part in p.relative_to(path).parts))
        if not anns:
            raise FormatError.at(path, "holds no .ann file; expected a BRAT folder (NAME.ann with NAME.txt)")
        pairs = [(a.relative_to(path).with_suffix("").as_posix(), a, a.with_suffix(".txt"))
                 for a in anns]
    else:
        ann = path.with_suffix(".ann")
        pairs = [(path.stem, ann, path.with_suffix(".txt"))]
    for _, ann, txt in pairs:
        if not txt.is_file():
            raise FormatError.at(ann, f"no text file {txt.name} next to it; expected NAME.txt with NAME.ann")
        if not ann.is_file():
            raise FormatError.at(txt, f"no annotation file {ann.name} next to it; expected NAME.ann with NAME.txt")
    return pairs


def read_brat(path: Path) -> Annotations:
    texts: dict[str, str] = {}
    records = []
    notes: list[str] = []
    counts: Counter = Counter()
    for doc_id, ann, txt in _pairs(path):
        text = read_text(txt, "the text of a BRAT document", keep_bom=True)
        texts[doc_id] = text
        records.append(_document(doc_id, ann, text, txt.name, notes, counts))
    if any(r.events is not None for r in records):
        records = [r if r.events is not None else replace(r, events=()) for r in records]
    notes.extend(f"BRAT: {counted(n, kind)} dropped" for kind, n in sorted(counts.items()) if n)
    return Annotations(texts, tuple(records), "brat", tuple(notes))


# --------------------------------------------------------------------------- writing


def _kept_ids(ids: list[str | None], letter: str) -> list[str]:
    """The record's ids where they are BRAT ids (``T7``), unique and all present; else renumbered."""
    pattern = re.compile(rf"{letter}[1-9]\d*")
    if all(i and pattern.fullmatch(i) for i in ids) and len(set(ids)) == len(ids):
        return [str(i) for i in ids]
    return [f"{letter}{n}" for n in range(1, len(ids) + 1)]


def _doc_path(folder: Path, doc_id: str) -> Path:
    parts = PurePosixPath(doc_id).parts
    if not parts or doc_id.startswith("/") or any(p in ("..", ".") for p in parts) or "\\" in doc_id:
        raise FormatError(f"document id {doc_id!r} cannot name a file inside {folder}; expected a relative name")
    return folder.joinpath(*parts)


def _one_line(value: str) -> str:
    return value.replace("\r", " ").replace("\n", " ").replace("\t", " ")


@dataclass
class _Types:
    entities: set[str] = field(default_factory=set)
    events: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    polarity: bool = False
    modality: bool = False


def _ann(record: Record, text: str, types: _Types, counts: Counter) -> str:
    entities = list(record.entities or ())
    ids = _kept_ids([e.id for e in entities], "T")
    event_ids = _kept_ids([e.id for e in record.events or ()], "E")
    next_t = max((int(i[1:]) for i in ids), default=0) + 1
    out: list[str] = []

    def t_line(tid: str, label: str, start: int, end: int) -> None:
        if "\n" in text[start:end]:
            counts["span holding a line break (BRAT cannot show it) written anyway"] += 1
        out.append(f"{tid}\t{label} {start} {end}\t{_one_line(text[start:end])}")

    by_record_id: dict[str, str] = {}
    for tid, e in zip(ids, entities):
        t_line(tid, e.label, e.start, e.end)
        types.entities.add(e.label)
        if e.id:
            by_record_id[e.id] = tid
    notes = [(tid, e.note) for tid, e in zip(ids, entities) if e.note]
    groups: dict[str, list[str]] = defaultdict(list)
    for tid, e in zip(ids, entities):
        if e.cluster:
            groups[e.cluster].append(tid)
    for members in groups.values():
        if len(members) > 1:
            out.append("*\tEquiv " + " ".join(members))
        else:
            counts["single-mention cluster (Equiv needs two)"] += 1
    attributes = []
    for eid, event in zip(event_ids, record.events or ()):
        trigger = f"T{next_t}"
        next_t += 1
        t_line(trigger, event.type, event.trigger.start, event.trigger.end)
        parts = [f"{event.type}:{trigger}"]
        seen: Counter = Counter()
        for argument in event.arguments:
            target = by_record_id.get(argument.entity or "")
            if target is None:
                target = f"T{next_t}"
                next_t += 1
                t_line(target, ARGUMENT_TYPE, argument.start, argument.end)
                types.entities.add(ARGUMENT_TYPE)
            seen[argument.role] += 1
            parts.append(f"{argument.role}{seen[argument.role] if seen[argument.role] > 1 else ''}:{target}")
            types.events[event.type].add(argument.role)
        types.events.setdefault(event.type, set())
        out.append(f"{eid}\t{' '.join(parts)}")
        if event.polarity:
            attributes.append(f"Polarity {eid} {event.polarity}")
            types.polarity = True
        if event.modality:
            attributes.append(f"Modality {eid} {event.modality}")
            types.modality = True
        if event.note:
            notes.append((eid, event.note))
    out.extend(f"A{n}\t{a}" for n, a in enumerate(attributes, start=1))
    out.extend(f"#{n}\tAnnotatorNotes {target}\t{_one_line(note)}" for n, (target, note) in enumerate(notes, start=1))
    return "".join(line + "\n" for line in out)


def _conf(types: _Types) -> str:
    out = ["[entities]", *sorted(types.entities), "", "[relations]",
           "Equiv\tArg1:<ENTITY>, Arg2:<ENTITY>, <REL-TYPE>:symmetric-transitive",
           "<OVERLAP>\tArg1:<ANY>, Arg2:<ANY>, <OVL-TYPE>:<ANY>", "", "[events]"]
    for etype in sorted(types.events):
        roles = ", ".join(f"{role}*:<ENTITY>" for role in sorted(types.events[etype]))
        out.append(f"{etype}\t{roles}" if roles else etype)
    out += ["", "[attributes]"]
    if types.polarity:
        out.append("Polarity\tArg:<EVENT>, Value:positive|negative")
    if types.modality:
        out.append("Modality\tArg:<EVENT>, Value:asserted|other")
    return "\n".join(out) + "\n"


def write_brat(records: Sequence[Record], texts: dict[str, str] | None, path: Path) -> list[str]:
    """A folder of ``DOC_ID.txt`` + ``DOC_ID.ann`` and ``annotation.conf`` (``path`` ending in ``.ann``:
    that file and its ``.txt``, for one document)."""
    texts = texts_for(records, texts, "brat")
    types = _Types()
    counts: Counter = Counter()
    if path.suffix == ".ann":
        if len(records) != 1:
            raise FormatError.at(path, f"holds one document, but there are {len(records)}; expected a folder to write "
                                       "several BRAT documents")
        targets = [path.with_suffix("")]
    else:
        targets = [_doc_path(path, r.doc_id) for r in records]
    for record, target in zip(records, targets):
        ann = _ann(record, texts[record.doc_id], types, counts)
        write_atomic(target.with_name(target.name + ".txt"), texts[record.doc_id])
        write_atomic(target.with_name(target.name + ".ann"), ann)
    conf = (path.parent if path.suffix == ".ann" else path) / CONF
    write_atomic(conf, _conf(types))
    notes = [f"brat: {counted(n, kind)}" for kind, n in sorted(counts.items())]
    notes += dropped(records, "brat", keeps=("events", "clusters", "notes"))
    return notes
