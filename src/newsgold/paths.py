"""Where newsgold's data lives: corpus/, annotations/, seeds/ and evaluate/, laid out as in the checkout.

The data root is, in order:

1. the ``NEWSGOLD_ROOT`` environment variable;
2. the checkout this package runs from (editable install, src layout);
3. the data bundled in the installed wheel (``newsgold/data``, read with ``importlib.resources``).

Every reader of bundled data goes through this module. The bundled data is read-only:
commands that write default to ``output_root()``, which is ``./newsgold-out/`` (laid out as
the checkout) when the data comes from the installed package.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Literal

ENV_VAR = "NEWSGOLD_ROOT"
OUTPUT_DIR = "newsgold-out"
PACKAGE_DATA = "data"

Source = Literal["env", "checkout", "package"]


@dataclass(frozen=True)
class DataRoot:
    path: Path
    source: Source


def _looks_like_root(path: Path) -> bool:
    return (path / "annotations" / "schema").is_dir() and (path / "corpus").is_dir()


def _package_data() -> Path | None:
    data = resources.files("newsgold").joinpath(PACKAGE_DATA)
    return data if isinstance(data, Path) and _looks_like_root(data) else None


def data_root() -> DataRoot:
    """The data root and where it came from; ``FileNotFoundError`` when there is none."""
    env = os.environ.get(ENV_VAR)
    if env:
        return DataRoot(Path(env).resolve(), "env")
    checkout = Path(__file__).resolve().parents[2]
    if _looks_like_root(checkout):
        return DataRoot(checkout, "checkout")
    bundled = _package_data()
    if bundled is not None:
        return DataRoot(bundled, "package")
    raise FileNotFoundError(
        f"no newsgold data: this installation has no newsgold/{PACKAGE_DATA} and runs from no checkout; "
        f"install newsgold from its wheel, or set {ENV_VAR} to a newsgold checkout"
    )


def project_root() -> Path:
    return data_root().path


def bundled() -> bool:
    """True when the data is the installed package's (read-only) copy."""
    return data_root().source == "package"


def output_root() -> Path:
    """Where writing commands put their files by default: the data root, or ./newsgold-out/ for bundled data."""
    root = data_root()
    return Path.cwd() / OUTPUT_DIR if root.source == "package" else root.path


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


def evaluate_dir() -> Path:
    """The committed benchmark artifacts (reference systems' predictions)."""
    return project_root() / "evaluate"


def record_schema_path() -> Path:
    return Path(__file__).resolve().parent / "schemas" / "record.schema.json"
