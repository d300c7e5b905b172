"""WebAnno / INCEpTION TSV 3 (``#FORMAT=WebAnno TSV 3.x``): one document per file.

Entities come from the named-entity span layer (``...NamedEntity``, label: its ``value``
feature) or, when there is none, from the first span layer (label: its first feature; ``*``,
an annotation without a value, takes the layer's name). An annotation spans the rows it
occurs on (tokens or sub-token rows), joined by its ``[N]`` number. The file does not name its
document: the id is positional (``doc-0001``). Other span layers, chain
and relation layers are dropped and counted.

The text keeps the file's offsets: each sentence's ``#Text=`` is placed at its first token's
offset, and the characters between sentences, which the format does not record, become
line breaks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from newsgold.formats.annotations import Annotations, make_record, positional_id
from newsgold.formats.errors import FormatError
from newsgold.formats.source import lines, read_text

WHAT = "a WebAnno TSV 3 file"
NAMED_ENTITY = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity"

_HEADER = re.compile(r"#FORMAT=WebAnno TSV 3(\.\d+)?")
_ROW = re.compile(r"(?P<sent>\d+)-(?P<tok>\d+)(?:\.(?P<sub>\d+))?")
_OFFSETS = re.compile(r"(?P<begin>\d+)-(?P<end>\d+)")
_VALUE = re.compile(r"(?P<label>.*?)(?:\[(?P<ref>\d+)(?:_\d+)?\])?")
_ESCAPES = {"\\\\": "\\", "\\[": "[", "\\]": "]", "\\|": "|", "\\_": "_", "\\->": "->", "\\;": ";",
            "\\t": "\t", "\\n": "\n", "\\r": "\r", "\\*": "*"}
_ESCAPE = re.compile("|".join(re.escape(k) for k in sorted(_ESCAPES, key=len, reverse=True)))


def unescape(value: str) -> str:
    return _ESCAPE.sub(lambda m: _ESCAPES[m.group()], value)


def split_stack(value: str) -> list[str]:
    """A column value split at ``|`` that is not escaped."""
    parts, current, i = [], [], 0
    while i < len(value):
        char = value[i]
        if char == "\\" and i + 1 < len(value):
            current.append(value[i:i + 2])
            i += 2
            continue
        if char == "|":
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
        i += 1
    parts.append("".join(current))
    return parts


@dataclass
class _Layer:
    kind: str  # SP, CH, RL
    name: str
    features: list[str]
    first_column: int = 0

    @property
    def width(self) -> int:
        # a relation layer's last "feature" is its BT_ (source) column; a layer without features has one column
        return max(len(self.features), 1)


@dataclass
class _Sentence:
    text: str
    line: int
    rows: list[tuple[int, int, int, str, list[str]]] = field(default_factory=list)  # line, begin, end, form, columns


def _header(path: Path, all_lines: list[str]) -> tuple[list[_Layer], int]:
    if not all_lines or not _HEADER.fullmatch(all_lines[0].strip()):
        found = all_lines[0][:60] if all_lines else "an empty file"
        raise FormatError.at(path, f"found {found!r}; expected the header #FORMAT=WebAnno TSV 3.x", 1)
    layers: list[_Layer] = []
    column = 3
    body = 2
    while body <= len(all_lines):
        match = re.fullmatch(r"#T_(SP|CH|RL)=(.*)", all_lines[body - 1])
        if match is None:
            break
        name, *features = match[2].split("|")
        layers.append(_Layer(match[1], name, features, column))
        column += layers[-1].width
        body += 1
    return layers, body


def _sentences(path: Path, all_lines: list[str], start: int, columns: int) -> list[_Sentence]:
    sentences: list[_Sentence] = []
    text_lines: list[str] = []
    for number, line in enumerate(all_lines[start - 1:], start=start):
        if line.startswith("#Text="):
            if not text_lines:
                sentences.append(_Sentence("", number))
            text_lines.append(line[len("#Text="):])
            sentences[-1].text = "\n".join(text_lines)
            continue
        if not line.strip() or line.startswith("#"):
            if not line.strip():
                text_lines = []
            continue
        fields = line.split("\t")
        if fields and fields[-1] == "":
            fields.pop()
        row, offsets = _ROW.fullmatch(fields[0]), _OFFSETS.fullmatch(fields[1]) if len(fields) > 1 else None
        if row is None or offsets is None or len(fields) < 3:
            raise FormatError.at(path, f"found {line[:60]!r}; expected a row SENT-TOKEN<tab>BEGIN-END<tab>FORM<tab>...",
                                 number)
        if not sentences:
            raise FormatError.at(path, "a token row before any #Text= line; expected each sentence to start with "
                                       "#Text=", number)
        if len(fields) != columns:
            raise FormatError.at(path, f"found {len(fields)} columns, expected {columns} (3 + the columns of the "
                                       "layers the header declares)", number)
        text_lines = []
        sentences[-1].rows.append((number, int(offsets["begin"]), int(offsets["end"]), unescape(fields[2]),
                                   fields[3:]))
    return sentences


def _text(path: Path, sentences: list[_Sentence]) -> str:
    parts: list[str] = []
    length = 0
    for sentence in sentences:
        if not sentence.rows:
            continue
        begin = sentence.rows[0][1]
        if begin < length:
            raise FormatError.at(path, f"sentence starts at {begin}, before the end of the previous one ({length}); "
                                       "expected increasing offsets", sentence.line)
        parts.append("\n" * (begin - length))
        parts.append(sentence.text)
        length = begin + len(sentence.text)
    text = "".join(parts)
    for sentence in sentences:
        for number, begin, end, form, _ in sentence.rows:
            if text[begin:end] != form:
                raise FormatError.at(path, f"token {form!r} at {begin}-{end}: the #Text= line has "
                                           f"{text[begin:end]!r} there; expected the token's text", number)
    return text


def read_webanno(path: Path, *, id_prefix: str = "doc") -> Annotations:
    all_lines = lines(read_text(path, WHAT))
    layers, body = _header(path, all_lines)
    spans_layers = [layer for layer in layers if layer.kind == "SP"]
    chosen = next((layer for layer in spans_layers if layer.name == NAMED_ENTITY), spans_layers[0] if spans_layers else None)
    columns = 3 + sum(layer.width for layer in layers)
    sentences = _sentences(path, all_lines, body, columns)
    text = _text(path, sentences)
    kinds = {"SP": "span", "CH": "chain", "RL": "relation"}
    notes = [f"{path.name}: layer {layer.name} ({kinds[layer.kind]}) dropped" for layer in layers if layer is not chosen]
    spans: list[tuple[int, int, str]] = []
    if chosen is not None:
        feature = chosen.features.index("value") if "value" in chosen.features else 0
        column = chosen.first_column - 3 + (feature if chosen.features else 0)
        short = chosen.name.rsplit(".", 1)[-1]
        joined: dict[str, list] = {}
        for sentence in sentences:
            for number, begin, end, _, values in sentence.rows:
                if values[column] == "_":
                    continue
                for k, element in enumerate(split_stack(values[column])):
                    match = _VALUE.fullmatch(element)
                    label = unescape(match["label"]) if match["label"] not in ("", "*") else short
                    key = match["ref"] or f"row{number}.{k}"
                    if key in joined:
                        joined[key][0] = min(joined[key][0], begin)
                        joined[key][1] = max(joined[key][1], end)
                    else:
                        joined[key] = [begin, end, label]
        spans = [tuple(v) for v in joined.values()]
    doc_id = positional_id(id_prefix, 1)
    record = make_record(doc_id, text, spans)
    return Annotations({doc_id: text}, (record,), "webanno", tuple(notes))
