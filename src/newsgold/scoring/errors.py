"""The scorer's own exception: bad input, said in one precise message."""

from __future__ import annotations


class ScoringError(ValueError):
    """Input that cannot be scored: unknown mode, missing layer, unknown documents, ..."""


def listing(items: list[str], limit: int = 5) -> str:
    """'a, b, c' or 'a, b, c, ... (12 in all)'."""
    shown = ", ".join(map(str, items[:limit]))
    return shown if len(items) <= limit else f"{shown}, ... ({len(items)} in all)"
