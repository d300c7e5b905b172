"""The one error of the diff: input it cannot compare (exit status 2 on the command line)."""

from __future__ import annotations


class DiffInputError(ValueError):
    """One line naming the file, the line or row, the field and what was expected.

    It carries only its message, so it crosses process boundaries (Dask workers) intact.
    """
