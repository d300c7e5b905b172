"""Where the project's data lives: seeds/, corpus/ and annotations/ of the newsgold checkout.

The data root is, in order: the ``NEWSGOLD_ROOT`` environment variable; the checkout this
package was installed from (editable install, src layout); the current directory.
"""

from __future__ import annotations

import os
from pathlib import Path


def _looks_like_root(path: Path) -> bool:
    return (path / "annotations" / "schema").is_dir() and (path / "seeds").is_dir()


def project_root() -> Path:
    env = os.environ.get("NEWSGOLD_ROOT")
    if env:
        return Path(env).resolve()
    checkout = Path(__file__).resolve().parents[2]
    if _looks_like_root(checkout):
        return checkout
    return Path.cwd()


def seeds_dir() -> Path:
    return project_root() / "seeds"


def corpus_dir() -> Path:
    return project_root() / "corpus"


def annotations_dir() -> Path:
    return project_root() / "annotations"


def schema_dir() -> Path:
    return annotations_dir() / "schema"


def gold_dir() -> Path:
    return annotations_dir() / "gold"


def record_schema_path() -> Path:
    return Path(__file__).resolve().parent / "schemas" / "record.schema.json"
