"""Reading the files of a format: the guarded reader of ``newsgold.jsonio``, lines, and JSON with
the line each item starts on."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsgold.formats.errors import FormatError
from newsgold.jsonio import InputError, check_tree, decode, read_bytes


def read_data(path: str | os.PathLike[str], what: str) -> bytes:
    try:
        return read_bytes(path, what)
    except InputError as error:
        raise FormatError(str(error)) from None


def read_text(path: str | os.PathLike[str], what: str, keep_bom: bool = False) -> str:
    """The file as text (strict UTF-8, a byte order mark dropped unless ``keep_bom``); line ends
    are kept as they are."""
    try:
        text = decode(read_data(path, what), path)
    except InputError as error:
        raise FormatError(str(error)) from None
    return text if keep_bom else text.removeprefix("\ufeff")


def lines(text: str) -> list[str]:
    """Lines split on ``"\\n"`` only, a trailing ``"\\r"`` removed (CRLF files)."""
    out = text.split("\n")
    if out and out[-1] == "":
        out.pop()
    return [line[:-1] if line.endswith("\r") else line for line in out]


def line_of(text: str, index: int) -> int:
    return text.count("\n", 0, index) + 1


def _loads(text: str, path: Path, what: str, line: int) -> Any:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        raise FormatError.at(path, f"malformed JSON at column {error.colno}: {error.msg}; expected {what}",
                             line + error.lineno - 1) from None
    except RecursionError:
        raise FormatError.at(path, f"JSON nested too deeply; expected {what}", line) from None
    try:
        return check_tree(value, path, line)
    except InputError as error:
        raise FormatError(str(error)) from None


def json_items(path: Path, what: str) -> list[tuple[int, Any]]:
    """(line, item) of each item of the file's top-level JSON array (one object counts as a list of one)."""
    text = read_text(path, what)
    value = _loads(text, path, what, 1)
    if isinstance(value, dict):
        return [(line_of(text, len(text) - len(text.lstrip())), value)]
    if not isinstance(value, list):
        raise FormatError.at(path, f"found a JSON {type(value).__name__}; expected {what}")
    decoder = json.JSONDecoder()
    position = text.index("[") + 1
    out = []
    for item in value:
        while text[position] in " \t\r\n,":
            position += 1
        out.append((line_of(text, position), item))
        position = decoder.raw_decode(text, position)[1]
    return out


def jsonl_items(path: Path, what: str) -> Iterator[tuple[int, Any]]:
    """(line, value) of each non-blank line."""
    for number, line in enumerate(lines(read_text(path, what)), start=1):
        if line.strip():
            yield number, _loads(line, path, what, number)
