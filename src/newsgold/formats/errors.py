"""The one error of the format readers and writers."""

from __future__ import annotations

import os

from newsgold.jsonio import shown


class FormatError(ValueError):
    """An input that is not what its format says, or data a format cannot hold:
    ``FILE[:LINE]: what was found; what was expected``."""

    path: str | None = None
    line: int | None = None

    @classmethod
    def at(cls, path: str | os.PathLike[str], reason: str, line: int | None = None) -> FormatError:
        where = shown(os.fspath(path)) + (f":{line}" if line is not None else "")
        error = cls(f"{where}: {reason}")
        error.path, error.line = os.fspath(path), line
        return error
