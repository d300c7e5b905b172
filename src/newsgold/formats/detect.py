"""Which format a file or folder is in: from the name where it says, else from the content."""

from __future__ import annotations

import json
import re
from pathlib import Path

from newsgold.formats.errors import FormatError
from newsgold.formats.source import lines, read_text
from newsgold.formats.tags import is_tag

FORMATS = {
    "conll": "token file in columns, tag scheme detected (CoNLL-2003, IOB1, IOB2 or BIOES)",
    "iob1": "token file in columns, IOB1 tags",
    "iob2": "token file in columns, IOB2 tags",
    "bioes": "token file in columns, BIOES (or BILOU) tags",
    "conllu": "CoNLL-U, with CorefUD Entity= mentions",
    "webanno": "WebAnno / INCEpTION TSV 3",
    "brat": "BRAT standoff (.ann + .txt, or a folder of them)",
    "docbin": "spaCy DocBin (.spacy)",
    "labelstudio": "Label Studio JSON export",
    "doccano": "doccano JSONL",
    "hf": "Hugging Face datasets token classification (save_to_disk folder or parquet)",
    "newsgold": "newsgold records (.jsonl / .json) with the document text",
}
WRITABLE = ("conll", "iob1", "iob2", "bioes", "brat", "docbin", "labelstudio", "doccano", "newsgold")

EXTENSIONS = {
    ".conll": "conll", ".conll03": "conll", ".conll2003": "conll", ".iob": "conll", ".bio": "conll",
    ".iob1": "iob1", ".iob2": "iob2", ".bioes": "bioes", ".iobes": "bioes", ".bilou": "bioes",
    ".conllu": "conllu", ".ann": "brat", ".spacy": "docbin", ".parquet": "hf",
}  # other names (.txt, .tsv, .json, .jsonl) are shared by several formats: the content decides

_CONLLU_ID = re.compile(r"\d+(?:[-.]\d+)?")
_BRAT_LINE = re.compile(r"[TERAMN]\d+\t\S|\*\t\S|#\d+\t\S")
_NATIVE_KEYS = {"doc_sha256", "events", "stances", "clusters", "system", "annotator"}
_DOCCANO_KEYS = {"label", "labels", "relations"}


def _unknown(path: Path, line: int | None, found: str) -> FormatError:
    names = ", ".join(FORMATS)
    return FormatError.at(path, f"cannot tell the format from {found}; expected one of {names} "
                                "(name it with --from / fmt=...)", line)


def json_kind(path: Path, number: int, item: object) -> str | None:
    """``newsgold``, ``doccano``, ``labelstudio`` or None (this item does not say)."""
    if not isinstance(item, dict):
        raise FormatError.at(path, f"found a JSON {type(item).__name__}; expected an object per document", number)
    if "data" in item and isinstance(item["data"], dict):
        return "labelstudio"
    keys = set(item)
    entities = item.get("entities") if isinstance(item.get("entities"), list) else []
    first = entities[0] if entities and isinstance(entities[0], dict) else {}
    if keys & _NATIVE_KEYS or "start" in first:
        return "newsgold"
    if keys & _DOCCANO_KEYS or "start_offset" in first:
        return "doccano"
    return None


def _jsonl_format(path: Path, text: str) -> str:
    """The kind of the first line that says (each reader checks that the other lines agree)."""
    first = None
    for number, line in enumerate(lines(text), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            raise FormatError.at(path, f"malformed JSON at column {error.colno}: {error.msg}; expected one JSON object "
                                       "per line", number) from None
        first = item if first is None else first
        kind = json_kind(path, number, item)
        if kind is not None:
            return kind
    return "doccano" if isinstance(first, dict) and "text" in first else "newsgold"


class KindCheck:
    """Refuses a line of a JSONL file that another format's line already decided against."""

    def __init__(self, path: Path, expected: str):
        self.path, self.expected, self.first = path, expected, None

    def __call__(self, number: int, item: object) -> None:
        kind = json_kind(self.path, number, item)
        if kind == self.expected and self.first is None:
            self.first = number
        elif kind is not None and kind != self.expected:
            where = f"line {self.first} is {self.expected}" if self.first else f"the file is read as {self.expected}"
            raise FormatError.at(self.path, f"this line is {kind} but {where}; expected one format per file", number)


def _json_format(path: Path, text: str) -> str:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        raise FormatError.at(path, f"malformed JSON at column {error.colno}: {error.msg}", error.lineno) from None
    items = value if isinstance(value, list) else [value]
    for item in items:
        kind = json_kind(path, 1, item)
        if kind in ("labelstudio", "newsgold"):
            return kind
        if kind is None and isinstance(item, dict) and isinstance(item.get("doc_id"), str):
            return "newsgold"
    raise _unknown(path, 1, "JSON whose objects have neither 'data' (Label Studio) nor 'doc_id' (newsgold); "
                            "doccano exports are JSONL")


def _parses(line: str) -> bool:
    try:
        json.loads(line)
    except json.JSONDecodeError:
        return False
    return True


def _text_format(path: Path, text: str) -> str:
    rows = [(n, line) for n, line in enumerate(lines(text), start=1) if line.strip()]
    if not rows:
        raise FormatError.at(path, "is empty; expected annotations in a known format")
    number, first = rows[0]
    if first.startswith("#FORMAT=WebAnno TSV"):
        return "webanno"
    if first.lstrip().startswith(("{", "[")):
        if path.suffix.lower() == ".json" or not _parses(first):
            return _json_format(path, text)
        return _jsonl_format(path, text)
    if _BRAT_LINE.match(first):
        return "brat"
    body = [(n, line) for n, line in rows if not line.startswith("#")]
    if not body:
        raise _unknown(path, number, "comment lines only")
    number, line = body[0]
    fields = line.split("\t")
    if len(fields) == 10 and _CONLLU_ID.fullmatch(fields[0]):
        return "conllu"
    columns = fields if "\t" in line else line.split()
    if columns[0] == "-DOCSTART-" or (len(columns) >= 2 and is_tag(columns[-1])):
        return "conll"
    raise _unknown(path, number, f"the line {line[:60]!r}")


def _folder_format(path: Path) -> str:
    if (path / "dataset_dict.json").is_file() or (path / "state.json").is_file():
        return "hf"
    files = folder_files(path)
    if any(f.suffix == ".ann" for f in files):
        other = next((f for f in files if f.suffix.lower() in (*EXTENSIONS, ".json", ".jsonl", ".tsv")
                      and f.suffix != ".ann"), None)
        if other is not None:
            raise FormatError.at(other, "is in a BRAT folder but is not BRAT (.ann, .txt); expected one format per "
                                        "folder")
        return "brat"
    if not files:
        raise FormatError.at(path, "is an empty folder; expected annotation files")
    first = detect_format(files[0])
    for file in files[1:]:
        fmt = detect_format(file)
        if fmt != first:
            raise FormatError.at(file, f"is {fmt} but {files[0].name} is {first}; expected one format per folder")
    return first


def folder_files(path: Path) -> list[Path]:
    """The files of a folder, recursively, without hidden ones."""
    return sorted(p for p in path.rglob("*") if p.is_file()
                  and not any(part.startswith(".") for part in p.relative_to(path).parts))


def detect_format(path: str | Path) -> str:
    """The format of a file or folder: its extension, else its content; ``FormatError`` naming the
    file and line when it cannot tell or the content mixes formats."""
    path = Path(path)
    if path.is_dir():
        return _folder_format(path)
    suffix = path.suffix.lower()
    if suffix in EXTENSIONS:
        return EXTENSIONS[suffix]
    if suffix == ".txt" and path.with_suffix(".ann").is_file():
        return "brat"
    if not path.exists():
        raise FormatError.at(path, "no such file or folder; expected annotations to read")
    return _text_format(path, read_text(path, "annotations in a known format"))
