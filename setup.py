"""Build hook: the wheel carries newsgold's data as package data under ``newsgold/data/``.

The data stays at the top of the repository (corpus/, annotations/, seeds/, evaluate/);
``build_py`` copies the files matched by ``BUNDLED`` into the built package, keeping their
paths, and ``sdist`` adds them to the source archive so that a wheel built from it carries
them too. ``newsgold.paths`` reads them with ``importlib.resources``. Everything else about
the package is in pyproject.toml.
"""

from __future__ import annotations

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.command.sdist import sdist

ROOT = Path(__file__).resolve().parent
PACKAGE_DATA_DIR = Path("newsgold") / "data"

# What commands read, relative to the repository root (and to newsgold/data/ in the wheel).
BUNDLED = (
    "corpus/manifest.json",
    "corpus/documents/*.json",
    "annotations/gold/*.json",
    "annotations/schema/*.json",
    "annotations/guidelines.md",
    "annotations/README.md",
    "annotations/agreement.json",
    "annotations/reference/gum/*.jsonl",
    "annotations/reference/gum/LICENSE-GUM.txt",
    "seeds/splits.json",
    "evaluate/systems/*.json",
    "evaluate/systems/*.jsonl",
)


def bundled_files() -> list[Path]:
    """The data files, relative to the root; refuses a tree that lacks any of them."""
    found = []
    for pattern in BUNDLED:
        matches = sorted(p.relative_to(ROOT) for p in ROOT.glob(pattern) if p.is_file())
        if not matches:
            raise SystemExit(f"setup.py: no file matches {pattern}: build from a newsgold checkout or its sdist")
        found += matches
    return found


class build_py_with_data(build_py):
    """build_py, then the data into ``newsgold/data/`` (not for editable installs, which read the checkout)."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return
        for relative in bundled_files():
            target = Path(self.build_lib) / PACKAGE_DATA_DIR / relative
            self.mkpath(str(target.parent))
            self.copy_file(str(ROOT / relative), str(target))


class sdist_with_data(sdist):
    """sdist with the data files, so a wheel built from the sdist carries them."""

    def make_release_tree(self, base_dir: str, files: list[str]) -> None:
        listed = set(files)
        extra = [str(p) for p in bundled_files() if str(p) not in listed]
        super().make_release_tree(base_dir, list(files) + extra)


setup(cmdclass={"build_py": build_py_with_data, "sdist": sdist_with_data})
