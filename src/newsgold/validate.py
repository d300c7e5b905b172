"""Strict validation of gold and prediction files.

Every problem names the file, the line (JSONL) or record number (JSON), the field, what
was found and what was expected. All problems of a file are collected, up to a cap.
Structure is checked with the published JSON Schema (``jsonschema``); offsets, labels,
roles, references, ids and hashes are checked against the corpus and the label schema.
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsgold import paths
from newsgold.corpus import ALL_SPLITS, Corpus, load_corpus
from newsgold.jsonio import InputError, iter_lines, loads_json, read_text, shown
from newsgold.records import Record
from newsgold.schema import LabelSchema, load_schema
from newsgold.typed_records import structurally_valid

if TYPE_CHECKING:
    import jsonschema

DEFAULT_CAP = 50


@dataclass(frozen=True)
class Problem:
    file: str
    message: str
    line: int | None = None
    record: int | None = None
    doc_id: str | None = None
    field: str | None = None
    severity: str = "error"

    def __str__(self) -> str:
        """One line: file, line or record, document, field, severity, message; escaped for a terminal."""
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
        parts = [where]
        if self.record is not None and self.line is None:
            parts.append(f"record {self.record}")
        if self.doc_id is not None:
            parts.append(f"doc {self.doc_id}")
        if self.field:
            parts.append(self.field)
        return shown(f"{': '.join(parts)}: {self.severity}: {self.message}")


class InvalidInput(ValueError):
    """A user's file failed validation; the message lists every problem found."""

    def __init__(self, problems: list[Problem], omitted: int = 0):
        self.problems = problems
        lines = [str(p) for p in problems]
        if omitted:
            lines.append(f"... and {omitted} more problem(s) not shown")
        super().__init__("\n".join(lines))


@dataclass
class ValidationReport:
    file: str
    records: list[Record] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    omitted: int = 0
    cap: int = DEFAULT_CAP

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    @property
    def ok(self) -> bool:
        return not self.errors and not self.omitted

    def add(self, problem: Problem) -> None:
        if problem.severity == "error" and len(self.errors) >= self.cap:
            self.omitted += 1
        else:
            self.problems.append(problem)

    def raise_for_errors(self) -> list[Record]:
        """Return the records, or raise ``InvalidInput`` listing every error."""
        if not self.ok:
            raise InvalidInput(self.errors, self.omitted)
        return self.records


def _found(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list):
        return "array"
    if isinstance(value, str):
        return "string"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    return "null"


def _path(parts: Iterable[Any]) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


@lru_cache(maxsize=1)
def _record_validator() -> jsonschema.protocols.Validator:
    import jsonschema

    schema = json.loads(paths.record_schema_path().read_text(encoding="utf-8"))
    base = jsonschema.Draft202012Validator
    strict_integers = base.TYPE_CHECKER.redefine(
        "integer", lambda _checker, x: isinstance(x, int) and not isinstance(x, bool)
    )
    cls = jsonschema.validators.extend(base, type_checker=strict_integers)
    return cls(schema)


def _structural_message(error: jsonschema.ValidationError) -> tuple[str, str]:
    """(field path, message) for a JSON Schema violation, in found/expected form."""
    where = _path(error.absolute_path) or "(record)"
    kind, value, spec = error.validator, error.instance, error.validator_value
    if kind == "required":
        missing = error.message.split("'")[1]
        return _path([*error.absolute_path, missing]), "missing; expected this required field"
    if kind == "additionalProperties":
        known = sorted(error.schema.get("properties", {}))
        extra = sorted(set(value) - set(known))
        return (
            _path([*error.absolute_path, extra[0]]) if extra else where,
            f"unknown field(s) {', '.join(map(repr, extra))}; expected only {', '.join(known)}",
        )
    if kind == "type":
        return where, f"found {_json_type(value)} {_found(value)}, expected {spec}"
    if kind == "minimum":
        return where, f"found {_found(value)}, expected an integer >= {spec} (offsets cannot be negative)"
    if kind == "minLength":
        return where, f"found {_found(value)}, expected a non-empty string"
    if kind == "pattern":
        return where, f"found {_found(value)}, expected 64 lower-case hex digits (a sha256)"
    if kind == "oneOf":
        return where, (
            f"found {_found(value)}, expected a span {{start, end, text}} "
            'or {"author": true}'
        )
    if kind in ("minProperties", "maxProperties"):
        return where, f'found {_found(value)}, expected exactly one of {{"event": ID}} or {{"entity": ID}}'
    if kind == "const":
        return where, f"found {_found(value)}, expected {_found(spec)}"
    return where, f"found {_found(value)}: {error.message}"


RECORD_FILE = "a JSON or JSONL file of records"
MAX_ITEMS = 100_000  # per layer of one record: linear work, bounded memory (README, Limits)
RECORD_LAYERS = ("clusters", "entities", "events", "stances")


def _file_problem(report: ValidationReport, error: InputError) -> None:
    report.add(Problem(report.file, error.reason, line=error.line, field=error.field))


def _iter_raw_records(
    path: Path, report: ValidationReport
) -> Iterator[tuple[dict[str, Any], int | None, int]]:
    """Yield (record dict, line or None, record number) and report file-level problems."""
    try:
        if path.suffix == ".json":
            yield from _json_records(path, report)
        else:
            yield from _jsonl_records(path, report)
    except InputError as error:
        _file_problem(report, error)


def _json_records(path: Path, report: ValidationReport) -> Iterator[tuple[dict[str, Any], int | None, int]]:
    text = read_text(path, RECORD_FILE)
    if text.startswith("\ufeff"):
        report.add(Problem(report.file, "starts with a byte-order mark; ignored", line=1, severity="warning"))
    if not text.strip("\ufeff \t\r\n"):
        report.add(Problem(report.file, "is empty; expected at least one JSON record"))
        return
    try:
        value = loads_json(text, path, "valid JSON", strict=True)
    except InputError as error:
        _file_problem(report, error)
        return
    values = value if isinstance(value, list) else [value]
    if isinstance(value, list) and not value:
        report.add(Problem(report.file, "holds an empty list; expected at least one record"))
    for number, item in enumerate(values, start=1):
        if not isinstance(item, dict):
            report.add(Problem(report.file, f"found a JSON {_json_type(item)}, expected an object (a record) "
                                            "or a list of objects", record=number))
            continue
        yield item, None, number


def _jsonl_records(path: Path, report: ValidationReport) -> Iterator[tuple[dict[str, Any], int | None, int]]:
    number = 0
    for line_no, line in iter_lines(path, RECORD_FILE):
        if line_no == 1 and line.startswith("\ufeff"):
            report.add(Problem(report.file, "starts with a byte-order mark; ignored", line=1, severity="warning"))
            line = line[1:]
        if not line.strip():
            continue
        number += 1
        try:
            item = loads_json(line, path, "valid JSON (JSONL holds one complete JSON object per line)",
                              line=line_no, strict=True)
        except InputError as error:
            _file_problem(report, error)
            continue
        if not isinstance(item, dict):
            report.add(Problem(report.file, f"found a JSON {_json_type(item)}, expected an object (one record per line)",
                               line=line_no))
            continue
        yield item, line_no, number
    if number == 0 and not report.problems:
        report.add(Problem(report.file, "is empty; expected at least one JSON record"))


GUM_ENTITY_TYPES = (
    "abstract", "animal", "event", "object", "organization", "person", "place", "plant", "substance", "time",
)
COREF_MENTION_LABEL = "MENTION"


def _word_around(text: str, offset: int) -> str:
    start = offset
    while start > 0 and (text[start - 1].isalnum() or unicodedata.combining(text[start - 1])):
        start -= 1
    end = offset
    while end < len(text) and (text[end].isalnum() or unicodedata.combining(text[end])):
        end += 1
    return text[start:end]


class _RecordChecker:
    """Semantic checks of one structurally valid record."""

    def __init__(
        self,
        report: ValidationReport,
        raw: dict[str, Any],
        line: int | None,
        number: int,
        corpus: Corpus,
        schema: LabelSchema,
        gold: bool,
        broken: set[tuple[Any, ...]] = frozenset(),
    ):
        self.report, self.raw, self.line, self.number = report, raw, line, number
        self.broken = broken
        self.corpus, self.schema, self.gold = corpus, schema, gold
        self.doc_id = raw.get("doc_id")
        self.document = corpus.get(self.doc_id) if isinstance(self.doc_id, str) else None

    def problem(self, field_: str, message: str, severity: str = "error") -> None:
        self.report.add(
            Problem(
                self.report.file,
                message,
                line=self.line,
                record=self.number,
                doc_id=self.doc_id,
                field=field_,
                severity=severity,
            )
        )

    def items(self, layer: str) -> Iterator[tuple[int, dict[str, Any]]]:
        """The items of a layer that passed the structural check, with their index."""
        if (layer,) in self.broken:
            return
        for i, item in enumerate(self.raw.get(layer, [])):
            if (layer, i) not in self.broken:
                yield i, item

    def run(self) -> None:
        self.check_document()
        self.check_names()
        self.check_ids()
        clusters = {c["id"] for _, c in self.items("clusters")}
        entity_ids = {e["id"] for _, e in self.items("entities") if "id" in e}
        event_ids = {e["id"] for _, e in self.items("events") if "id" in e}
        entity_labels, what = self.entity_label_set()
        for i, ent in self.items("entities"):
            where = f"entities[{i}]"
            self.check_span(where, ent)
            self.check_label(f"{where}.label", ent["label"], entity_labels, what)
            self.check_ref(f"{where}.cluster", ent.get("cluster"), clusters, "cluster")
        if self.gold:
            self.check_flat()
        for i, event in self.items("events"):
            self.check_event(f"events[{i}]", event, entity_ids, clusters)
        for i, stance in self.items("stances"):
            self.check_stance(f"stances[{i}]", stance, entity_ids, event_ids, clusters)

    def entity_label_set(self) -> tuple[Iterable[str], str]:
        """The labels allowed for entities: the schema's, or a reference layer's own set."""
        label_set = self.raw.get("label_set", "ontonotes")
        if label_set == "gum":
            return GUM_ENTITY_TYPES, "GUM entity type"
        if label_set == "coref":
            return (COREF_MENTION_LABEL,), "coreference mention label"
        return self.schema.entity_types, "entity type"

    def check_document(self) -> None:
        if self.document is None:
            known = ", ".join(sorted(self.corpus.documents)[:5])
            self.problem("doc_id", f"found {_found(self.doc_id)}, expected a corpus document id ({known})")
            return
        sha = self.raw.get("doc_sha256")
        if sha is None:
            self.problem(
                "doc_sha256",
                "missing; expected the sha256 of the document text, so that scores are known "
                "to refer to this version of the text",
                severity="error" if self.gold else "warning",
            )
        elif sha != self.document.sha256:
            self.problem(
                "doc_sha256",
                f"found {sha[:12]}..., expected {self.document.sha256[:12]}... (the corpus text); "
                "the predictions were made on another version of this document",
            )

    def check_names(self) -> None:
        for key in ("system", "annotator"):
            value = self.raw.get(key)
            if isinstance(value, str) and any(unicodedata.category(c) == "Cc" for c in value):
                self.problem(key, f"found {_found(value)}, which holds a control character; expected a name "
                                  "without newlines, tabs or escape characters")

    def check_ids(self) -> None:
        ids: Counter[str] = Counter()
        for layer in ("clusters", "entities", "events", "stances"):
            for i, item in self.items(layer):
                if "id" not in item:
                    if self.gold and layer != "clusters":
                        self.problem(f"{layer}[{i}].id", "missing; expected an id (required in gold)")
                    continue
                ids[item["id"]] += 1
                if ids[item["id"]] == 2:
                    self.problem(
                        f"{layer}[{i}].id",
                        f"found {_found(item['id'])} again, expected ids unique within the record",
                    )

    def check_span(self, where: str, span: dict[str, Any], inside: dict[str, Any] | None = None) -> None:
        start, end = span["start"], span["end"]
        if end < start:
            self.problem(where, f"found start {start} > end {end}, expected start < end (end is exclusive)")
            return
        if end == start:
            self.problem(where, f"found an empty span [{start}, {end}), expected start < end")
            return
        if self.document is None:
            return
        length = len(self.document.text)
        if end > length:
            self.problem(f"{where}.end", f"found {end}, expected at most {length} (the document length)")
            return
        text = self.document.text
        if unicodedata.combining(text[start]) or (end < length and unicodedata.combining(text[end])):
            cut = start if unicodedata.combining(text[start]) else end
            self.problem(where, f"found [{start}, {end}), which splits a character from its combining mark "
                                f"U+{ord(text[cut]):04X} at {cut}; expected span boundaries between whole characters")
            return
        actual = text[start:end]
        if "text" in span:
            if span["text"] != actual:
                self.problem(
                    f"{where}.text",
                    f"found {_found(span['text'])}, expected {_found(actual)} (the document text at "
                    f"[{start}, {end}))",
                )
        elif self.gold:
            self.problem(f"{where}.text", f"missing; expected the surface text {_found(actual)} (required in gold)")
        if self.gold:
            self.check_word_edges(where, start, end)
        if inside is not None and not (inside["start"] <= start and end <= inside["end"]):
            self.problem(
                where,
                f"found [{start}, {end}), expected a span inside [{inside['start']}, {inside['end']})",
            )

    def check_word_edges(self, where: str, start: int, end: int) -> None:
        """Gold spans consist of whole words (guideline G4): no edge between two letters or digits,
        and none before a combining mark."""
        text = self.document.text
        for edge, name in ((start, "start"), (end, "end")):
            if 0 < edge < len(text) and (
                (text[edge - 1].isalnum() and text[edge].isalnum()) or unicodedata.combining(text[edge])
            ):
                word = _word_around(text, edge)
                self.problem(f"{where}.{name}", f"found {edge}, inside the word {_found(word)}; expected a "
                             "span of whole words (a gold span never splits a word or a character)")

    def check_label(self, where: str, value: str | None, allowed: Iterable[str], what: str) -> None:
        if not self.gold and not self.schema.closed:
            return
        allowed = tuple(allowed)
        if value is not None and value not in allowed:
            shown = ", ".join(allowed[:18]) + (", ..." if len(allowed) > 18 else "")
            article = "an" if what[0].lower() in "aeiou" else "a"
            self.problem(where, f"found {_found(value)}, expected {article} {what} of the schema ({shown})")

    def check_ref(self, where: str, value: str | None, known: set[str], what: str) -> None:
        if value is not None and value not in known:
            self.problem(where, f"found {_found(value)}, expected the id of a {what} in this record")

    def check_flat(self) -> None:
        ordered = sorted(self.items("entities"), key=lambda pair: (pair[1]["start"], pair[1]["end"]))
        for (i, a), (j, b) in zip(ordered, ordered[1:]):
            if b["start"] < a["end"]:
                self.problem(
                    f"entities[{j}]",
                    f"found [{b['start']}, {b['end']}) overlapping entities[{i}] [{a['start']}, "
                    f"{a['end']}), expected flat, non-overlapping entities in gold",
                )

    def check_event(self, where: str, event: dict[str, Any], entity_ids: set[str], clusters: set[str]) -> None:
        self.check_span(f"{where}.trigger", event["trigger"])
        roles = self.schema.event_roles.get(event["type"])
        self.check_label(f"{where}.type", event["type"], self.schema.event_types, "event type")
        for name, values in self.schema.event_attributes.items():
            value = event.get(name)
            if value is None and self.gold:
                self.problem(f"{where}.{name}", f"missing; expected one of {', '.join(values)} (required in gold)")
            self.check_label(f"{where}.{name}", value, values, name)
        self.check_label(f"{where}.acled", event.get("acled"), self.schema.acled_sub_event_types, "ACLED sub-event type")
        plover = event.get("plover")
        if plover is not None:
            category = plover["category"]
            self.check_label(f"{where}.plover.category", category, self.schema.plover_modes, "PLOVER category")
            if "mode" in plover and category in self.schema.plover_modes:
                self.check_label(
                    f"{where}.plover.mode", plover["mode"], self.schema.plover_modes[category], f"mode of {category}"
                )
        for k, arg in enumerate(event.get("arguments", [])):
            at = f"{where}.arguments[{k}]"
            self.check_span(at, arg)
            if roles is not None:
                self.check_label(f"{at}.role", arg["role"], roles, f"role of {event['type']}")
            if "head" in arg:
                self.check_span(f"{at}.head", arg["head"], inside=arg)
            elif self.gold:
                self.problem(f"{at}.head", "missing; expected the span of the argument's syntactic head (required in gold)")
            self.check_ref(f"{at}.entity", arg.get("entity"), entity_ids, "entity")
            self.check_ref(f"{at}.cluster", arg.get("cluster"), clusters, "cluster")

    def check_stance(
        self, where: str, stance: dict[str, Any], entity_ids: set[str], event_ids: set[str], clusters: set[str]
    ) -> None:
        holder = stance["holder"]
        if "author" not in holder:
            self.check_span(f"{where}.holder", holder)
            self.check_ref(f"{where}.holder.entity", holder.get("entity"), entity_ids, "entity")
            self.check_ref(f"{where}.holder.cluster", holder.get("cluster"), clusters, "cluster")
        ((kind, target),) = stance["target"].items()
        self.check_ref(f"{where}.target.{kind}", target, event_ids if kind == "event" else entity_ids, kind)
        self.check_label(f"{where}.label", stance["label"], self.schema.stance_labels, "stance label")
        self.check_label(f"{where}.kind", stance.get("kind"), self.schema.stance_kinds, "stance kind")
        self.check_label(
            f"{where}.factuality", stance.get("factuality"), self.schema.factuality_values, "FactBank value"
        )
        if "evidence" in stance:
            self.check_span(f"{where}.evidence", stance["evidence"])
        if self.gold:
            if "kind" not in stance:
                self.problem(f"{where}.kind", f"missing; expected one of {', '.join(self.schema.stance_kinds)}")
            if "evidence" not in stance:
                self.problem(f"{where}.evidence", "missing; expected the evidence cue span (required in gold)")
            if stance.get("kind") == "factuality" and "factuality" not in stance:
                self.problem(f"{where}.factuality", "missing; expected a FactBank value for a factuality stance")


def _oversized_lists(raw: dict[str, Any]) -> list[tuple[str, int]]:
    """(field, length) of every list of a record's layers longer than ``MAX_ITEMS``: checked before
    anything else, so that a runaway record costs no more than reading it."""
    out = []
    for layer in RECORD_LAYERS:
        items = raw.get(layer)
        if not isinstance(items, list):
            continue
        if len(items) > MAX_ITEMS:
            out.append((layer, len(items)))
        elif layer == "events":
            out += [(f"events[{i}].arguments", len(e["arguments"])) for i, e in enumerate(items)
                    if isinstance(e, dict) and isinstance(e.get("arguments"), list) and len(e["arguments"]) > MAX_ITEMS]
    return out


def validate_file(
    path: str | Path,
    corpus: Corpus | None = None,
    schema: LabelSchema | None = None,
    gold: bool = False,
    cap: int = DEFAULT_CAP,
    progress: Callable[[int], None] | None = None,
) -> ValidationReport:
    """Validate one gold (``gold=True``) or prediction file; never raises for bad input.

    ``progress``, if given, is called after each record with the number of records read.
    """
    path = Path(path)
    corpus = corpus if corpus is not None else load_corpus()
    schema = schema if schema is not None else load_schema()
    report = ValidationReport(str(path), cap=cap)
    seen_docs: dict[str, int] = {}
    for raw, line, number in _iter_raw_records(path, report):
        if progress is not None:
            progress(number)
        doc_id = raw.get("doc_id") if isinstance(raw.get("doc_id"), str) else None
        oversized = _oversized_lists(raw)
        for where, size in oversized:
            report.add(Problem(str(path), f"found {size} items, expected at most {MAX_ITEMS} per list in one record "
                                          "(README: Limits)",
                               line=line, record=number, doc_id=doc_id, field=where))
        if oversized:
            continue
        structural = [] if structurally_valid(raw) else sorted(
            _record_validator().iter_errors(raw), key=lambda e: list(map(str, e.absolute_path)))
        for error in structural:
            where, message = _structural_message(error)
            report.add(Problem(str(path), message, line=line, record=number, doc_id=doc_id, field=where))
        broken = {tuple(e.absolute_path)[:2] for e in structural}
        if any(len(b) < 1 or b[0] in ("doc_id", "doc_sha256") for b in broken):
            continue
        if doc_id in seen_docs:
            report.add(
                Problem(
                    str(path),
                    f"found a second record for this document (first: record {seen_docs[doc_id]}), "
                    "expected one record per document",
                    line=line,
                    record=number,
                    doc_id=doc_id,
                    field="doc_id",
                )
            )
            continue
        seen_docs[doc_id] = number
        errors_before = len(report.errors) + report.omitted
        _RecordChecker(report, raw, line, number, corpus, schema, gold, broken).run()
        if not structural and len(report.errors) + report.omitted == errors_before:
            report.records.append(Record.from_dict(raw, origin=f"{path}:{line or number}"))
    return report


def read_predictions(
    path: str | Path,
    corpus: Corpus | None = None,
    schema: LabelSchema | None = None,
    progress: Callable[[int], None] | None = None,
) -> tuple[list[Record], ValidationReport]:
    """Read a prediction file with the validator in front; raise ``InvalidInput`` on errors."""
    corpus = corpus if corpus is not None else load_corpus()
    report = validate_file(path, _whole(corpus), schema, gold=False, progress=progress)
    return report.raise_for_errors(), report


def read_records(path: str | Path) -> list[Record]:
    """Read and validate a gold or prediction file; raise ``InvalidInput`` on any error."""
    return validate_file(path).raise_for_errors()


def _whole(corpus: Corpus) -> Corpus:
    """The whole corpus a split or a gold set was taken from: records of its other documents are
    valid (and set aside by the caller)."""
    if corpus.root is None:
        return corpus
    whole = load_corpus(corpus.root)
    return whole if whole.version == corpus.version else corpus


def gold_files(directory: str | Path | None = None) -> list[Path]:
    directory = Path(directory) if directory is not None else paths.gold_dir()
    return sorted(p for p in directory.glob("*.json*") if p.suffix in (".json", ".jsonl"))


def load_gold(
    directory: str | Path | None = None, corpus: Corpus | None = None, schema: LabelSchema | None = None
) -> list[Record]:
    """Load and strictly validate the gold annotations (default: annotations/gold/)."""
    corpus = corpus if corpus is not None else load_corpus()
    schema = schema if schema is not None else load_schema()
    records: list[Record] = []
    whole = _whole(corpus)
    for path in gold_files(directory):
        records.extend(validate_file(path, whole, schema, gold=True).raise_for_errors())
    return corpus.keep(records)
