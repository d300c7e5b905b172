"""A disk cache of the model's answers, keyed by (model, prompt version, messages, parameters).

One JSON file per answer (``<folder>/<key[:2]>/<key>.json``), written atomically as soon as
the answer has been parsed, so a rerun sends no request and an interrupted run resumes
where it stopped. Answers that could not be parsed are not kept: a rerun asks again.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from newsgold.jsonio import dumps_pretty, write_atomic


def cache_key(model: str, prompt: str, messages: Sequence[Mapping[str, str]], parameters: Mapping[str, Any]) -> str:
    """The sha256 of the canonical JSON of everything that determines an answer."""
    canonical = json.dumps({"model": model, "prompt": prompt, "messages": list(messages), "parameters": dict(parameters)},
                           sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class ResponseCache:
    def __init__(self, folder: str | Path):
        self.folder = Path(folder)

    def path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict[str, Any] | None:
        """The stored answer, or None (also for an unreadable entry, which is then asked again)."""
        try:
            value = json.loads(self.path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return value if isinstance(value, dict) else None

    def put(self, key: str, value: Mapping[str, Any]) -> None:
        write_atomic(self.path(key), dumps_pretty(dict(value)))
