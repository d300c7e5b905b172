"""File I/O at the edges: one guarded reader, one output guard, one atomic writer.

- Reading (``open_input``, ``read_text``, ``load_json``, ``load_toml``, ``iter_lines``):
  only regular files (a FIFO, a device or a folder is refused before it is read), at most
  ``max_input_bytes()`` bytes (``NEWSGOLD_MAX_INPUT_BYTES``), strict UTF-8, JSON at most
  ``MAX_DEPTH`` levels deep and without lone surrogates, JSONL split on ``"\\n"`` only.
  Every failure is an ``InputError`` naming the file, the line and the field.
- ``check_outputs`` refuses an output that is, or resolves to, one of the command's inputs.
- ``write_atomic`` writes a file that readers see whole or not at all.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import stat
import tempfile
import tomllib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

MAX_BYTES_ENV = "NEWSGOLD_MAX_INPUT_BYTES"
DEFAULT_MAX_BYTES = 1 << 30
MAX_DEPTH = 64

_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")


def shown(value: object) -> str:
    """``value`` as text that is safe on a terminal, in a log line and in XML: control characters,
    line separators and lone surrogates become escapes such as ``\\x1b`` and ``\\n``."""
    return _UNSAFE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), str(value))


def dumps_pretty(obj: Any) -> str:
    """Deterministic, human-diffable JSON: 1-space indent, key order as given, UTF-8 text."""
    return json.dumps(obj, indent=1, ensure_ascii=False) + "\n"


def dumps_line(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n"


# --------------------------------------------------------------------------- reading


class InputError(ValueError):
    """An input cannot be read as what it should be: ``FILE[:LINE]: [FIELD: ]REASON``."""

    def __init__(self, path: str | os.PathLike[str], reason: str, line: int | None = None, field: str | None = None):
        self.path, self.reason, self.line, self.field = str(path), reason, line, field
        where = shown(self.path) + (f":{line}" if line is not None else "")
        super().__init__(f"{where}: {shown(field) + ': ' if field else ''}{reason}")


def max_input_bytes() -> int:
    """The size cap of one input file: ``NEWSGOLD_MAX_INPUT_BYTES`` or 1 GiB."""
    value = os.environ.get(MAX_BYTES_ENV, "").strip()
    if not value:
        return DEFAULT_MAX_BYTES
    try:
        limit = int(value)
    except ValueError:
        limit = 0
    if limit < 1:
        raise InputError(MAX_BYTES_ENV, f"found {shown(value)!r}, expected a positive number of bytes")
    return limit


_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def open_input(path: str | os.PathLike[str], what: str) -> IO[bytes]:
    """Open a regular file for reading without blocking on FIFOs; ``InputError`` for anything else."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise InputError(path, f"no such file; expected {what}") from None
    except PermissionError:
        raise InputError(path, f"cannot read it (permission denied); expected {what}") from None
    except OSError as error:
        raise InputError(path, f"cannot open it ({error.strerror}); expected {what}") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            kind = next((name for test, name in _KINDS if test(info.st_mode)), "not a regular file")
            raise InputError(path, f"is {kind}; expected {what} (a regular file)")
        limit = max_input_bytes()
        if info.st_size > limit:
            raise InputError(path, f"is {info.st_size} bytes, more than the input limit of {limit} bytes "
                                   f"(set {MAX_BYTES_ENV} to raise it); expected {what}")
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_bytes(path: str | os.PathLike[str], what: str) -> bytes:
    """The whole file, refused as ``open_input`` refuses, and at most ``max_input_bytes()`` read."""
    limit = max_input_bytes()
    with open_input(path, what) as handle:
        try:
            data = handle.read(limit + 1)
        except OSError as error:
            raise InputError(path, f"cannot read it ({error.strerror}); expected {what}") from None
    if len(data) > limit:
        raise InputError(path, f"is more than the input limit of {limit} bytes (set {MAX_BYTES_ENV} to raise it); "
                               f"expected {what}")
    return data


def decode(data: bytes, path: str | os.PathLike[str], line: int | None = None) -> str:
    """Strict UTF-8; an error names the line and column of the first bad byte."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        first = data[: error.start].count(b"\n")
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        where = (line or 1) + first
        raise InputError(path, f"found byte 0x{data[error.start]:02x} at column {column}, which is not UTF-8; "
                               "expected UTF-8 text", line=where) from None


def read_text(path: str | os.PathLike[str], what: str) -> str:
    return decode(read_bytes(path, what), path)


def iter_lines(path: str | os.PathLike[str], what: str) -> Iterator[tuple[int, str]]:
    """(line number, text) of each line, split on ``"\\n"`` only (U+2028 and U+0085 are text),
    read as a stream; the size cap counts every byte read."""
    limit = max_input_bytes()
    total = 0
    with open_input(path, what) as handle:
        for number, raw in enumerate(handle, start=1):
            total += len(raw)
            if total > limit:
                raise InputError(path, f"is more than the input limit of {limit} bytes (set {MAX_BYTES_ENV} to "
                                       f"raise it); expected {what}")
            yield number, decode(raw[:-1] if raw.endswith(b"\n") else raw, path, number)


def _deep_message() -> str:
    return f"nested more than {MAX_DEPTH} levels deep"


def _check_tree(value: Any, surrogates: bool) -> tuple[str, str] | None:
    """(field path, problem) of the first container deeper than ``MAX_DEPTH`` or string with a lone
    surrogate, or None. Iterative, so any depth is safe to walk."""
    stack: list[tuple[Any, int, tuple[Any, ...]]] = [(value, 0, ())]
    while stack:
        node, depth, where = stack.pop()
        if isinstance(node, (dict, list)):
            if depth >= MAX_DEPTH:
                return _field(where), _deep_message()
            items = node.items() if isinstance(node, dict) else enumerate(node)
            for key, child in items:
                if surrogates and isinstance(key, str) and _has_surrogate(key):
                    return _field(where), f"found the key {_surrogate_text(key)}, {_SURROGATE}"
                stack.append((child, depth + 1, (*where, key)))
        elif surrogates and isinstance(node, str) and _has_surrogate(node):
            return _field(where), f"found {_surrogate_text(node)}, {_SURROGATE}"
    return None


_SURROGATE = "which holds a lone surrogate (not a Unicode character); expected valid Unicode text"
_SURROGATES = re.compile(r"[\ud800-\udfff]")


def _has_surrogate(text: str) -> bool:
    return _SURROGATES.search(text) is not None


def _surrogate_text(text: str) -> str:
    return shown(repr(text if len(text) <= 40 else text[:37] + "..."))


def _field(where: tuple[Any, ...]) -> str:
    out = ""
    for part in where:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def check_tree(value: Any, path: str | os.PathLike[str], line: int | None = None, text: str | None = None) -> Any:
    """``value`` if no container in it is deeper than ``MAX_DEPTH`` and no string holds a lone surrogate.

    ``text``, the JSON it was parsed from, lets the surrogate walk be skipped when no ``\\u`` escape
    could have made one.
    """
    found = _check_tree(value, text is None or "\\u" in text or "\\U" in text)
    if found is not None:
        where, problem = found
        raise InputError(path, problem, line=line, field=where or None)
    return value


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise ValueError(f"duplicate key {key!r} in one object")
        seen[key] = value
    return seen


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not a JSON number")


def loads_json(text: str, path: str | os.PathLike[str], what: str, line: int | None = None, strict: bool = False) -> Any:
    """Parse JSON text read from ``path``. ``strict``: no duplicate keys, no NaN or Infinity."""
    hooks: dict[str, Any] = {"object_pairs_hook": _no_duplicate_keys, "parse_constant": _reject_constant} if strict else {}
    try:
        value = json.loads(text[1:] if text.startswith("\ufeff") else text, **hooks)
    except json.JSONDecodeError as error:
        at = error.lineno if line is None else line
        raise InputError(path, f"malformed JSON at column {error.colno}: {error.msg}; expected {what}", line=at) from None
    except RecursionError:
        raise InputError(path, f"JSON {_deep_message()}; expected {what}", line=line) from None
    except ValueError as error:
        raise InputError(path, f"malformed JSON: {error}; expected {what}", line=line) from None
    return check_tree(value, path, line, text)


def load_json(path: str | os.PathLike[str], what: str, strict: bool = False) -> Any:
    """A JSON file through every check of this module."""
    return loads_json(read_text(path, what), path, what, strict=strict)


def load_toml(path: str | os.PathLike[str], what: str) -> dict[str, Any]:
    text = read_text(path, what)
    try:
        value = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise InputError(path, f"not valid TOML ({error}); expected {what}") from None
    except RecursionError:
        raise InputError(path, f"TOML {_deep_message()}; expected {what}") from None
    return check_tree(value, path)


# --------------------------------------------------------------------------- writing


class OutputError(ValueError):
    """An output cannot be written where it was asked for; the message says why."""


def _same(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)


def check_outputs(outputs: Iterable[str | os.PathLike[str] | None], inputs: Iterable[str | os.PathLike[str] | None],
                  folders: bool = False) -> None:
    """Refuse (``OutputError``) an output that is one of ``inputs`` (the same file, also through a
    symbolic or hard link), an existing folder where a file is expected, or, with ``folders``, a
    folder that holds an input (writing it would replace the input)."""
    given = [Path(p) for p in inputs if p is not None]
    for out in (Path(p) for p in outputs if p is not None):
        if not folders and out.is_dir():
            raise OutputError(f"{shown(out)}: is a folder; expected the path of a file to write")
        parent = next((a for a in Path(os.path.abspath(out)).parents if os.path.lexists(a)), None)
        if parent is not None and not parent.is_dir():
            raise OutputError(f"{shown(out)}: cannot write it ({shown(parent)} is a file, not a folder); "
                              "expected a path in a folder")
        for source in given:
            if not (os.path.lexists(out) or os.path.lexists(source)):
                continue
            inside = folders and Path(os.path.realpath(out)) in Path(os.path.realpath(source)).parents
            if _same(out, source) or inside:
                raise OutputError(f"{shown(out)}: {'holds' if inside else 'is'} the input {shown(source)}; "
                                  "expected an output path that is not an input (writing it would destroy the input)")


def current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _temp_prefix(name: str) -> str:
    return f".{name}.newsgold-"


def _remove_stale_temps(folder: Path, name: str) -> None:
    """Delete temporary files of ``name`` left by writers that were killed (their process is gone)."""
    prefix = _temp_prefix(name)
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if not (entry.name.startswith(prefix) and entry.name.endswith(".tmp")):
            continue
        pid = entry.name[len(prefix):].split(".", 1)[0]
        if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            with contextlib.suppress(OSError):
                os.unlink(entry.path)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def write_atomic(path: str | os.PathLike[str], text: str | bytes) -> None:
    """Write a file so that readers see either the old content or the whole new one.

    The data goes to a hidden temporary file next to ``path`` (removed on any failure, and by
    the next write of ``path`` if the writer was killed), is synced, renamed over ``path``, and
    the folder is synced. An existing file keeps its mode; a new one gets 0666 minus the umask.
    ``OutputError`` says why a write failed.
    """
    path = Path(path)
    data = text.encode("utf-8") if isinstance(text, str) else text
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"{shown(path)}: cannot write it (cannot create its folder {shown(path.parent)}: "
                          f"{error.strerror or error}); expected a writable file path") from None
    try:
        if path.is_dir():
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        try:
            mode = stat.S_IMODE(path.stat().st_mode)
        except FileNotFoundError:
            mode = 0o666 & ~current_umask()
        _write_replace(path, data, mode)
    except OSError as error:
        reason = "it is a folder" if isinstance(error, IsADirectoryError) else (error.strerror or str(error))
        raise OutputError(f"{shown(path)}: cannot write it ({reason}); expected a writable file path") from None
    _fsync_folder(path.parent)


def _write_replace(path: Path, data: bytes, mode: int) -> None:
    _remove_stale_temps(path.parent, path.name)
    fd, name = tempfile.mkstemp(prefix=f"{_temp_prefix(path.name)}{os.getpid()}.", suffix=".tmp", dir=path.parent)
    try:
        try:
            _write_all(fd, data, mode)
        finally:
            os.close(fd)
        os.replace(name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(name)
        raise


def _write_all(fd: int, data: bytes, mode: int) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]
    os.fchmod(fd, mode)
    os.fsync(fd)
