"""The wheel carries its data: built from a copy of the checkout, installed into a fresh virtual
environment, and run from folders outside the repository.

The fresh environment gets newsgold from the wheel and, offline, exactly the distributions
its metadata requires (transitively) plus the spaCy model of requirements/model.txt: they are
linked from this environment into a folder that a ``.pth`` file puts on the path. An import
that the wheel does not declare fails there as it would after ``pip install``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import venv
import zipfile
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from newsgold import paths
from newsgold.corpus import load_corpus
from newsgold.validate import load_gold

REPO = paths.project_root()
SEED = "000_2d0b2fe5cfeb493e"
NOT_COPIED = shutil.ignore_patterns(".venv", ".git", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache",
                                   ".hypothesis", "out", "newsgold-out", "raw", "adjudication")
MAX_WHEEL_BYTES = 3_000_000


@dataclass(frozen=True)
class Installed:
    wheel: Path
    bin: Path
    site_packages: Path
    env: dict[str, str]

    def run(self, *args: str | Path, cwd: Path, program: str = "newsgold") -> subprocess.CompletedProcess:
        return subprocess.run([str(self.bin / program), *map(str, args)], check=False, cwd=cwd, env=self.env,
                              capture_output=True, text=True, timeout=300)


def required_distributions(requirements: list[str]) -> dict[str, metadata.Distribution]:
    """The installed distributions that ``requirements`` pull in, transitively, with their extras."""
    found: dict[str, metadata.Distribution] = {}
    seen: set[tuple[str, str]] = set()
    todo = [Requirement(r) for r in requirements]
    while todo:
        requirement = todo.pop()
        dist = metadata.distribution(requirement.name)
        name = canonicalize_name(dist.metadata["Name"])
        found[name] = dist
        for extra in ("", *requirement.extras):
            if (name, extra) in seen:
                continue
            seen.add((name, extra))
            for text in dist.requires or ():
                sub = Requirement(text)
                if (sub.marker is None and not extra) or (sub.marker is not None and sub.marker.evaluate({"extra": extra})):
                    todo.append(sub)
    return found


def wheel_requirements(wheel: Path) -> list[str]:
    """Requires-Dist of the wheel, without the optional extras."""
    with zipfile.ZipFile(wheel) as archive:
        meta = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        lines = archive.read(meta).decode("utf-8").splitlines()
    requirements = [line.split(":", 1)[1].strip() for line in lines if line.startswith("Requires-Dist:")]
    return [r for r in requirements if Requirement(r).marker is None or Requirement(r).marker.evaluate({"extra": ""})]


def model_requirements() -> list[str]:
    lines = (REPO / "requirements" / "model.txt").read_text(encoding="utf-8").splitlines()
    return [line.split()[0] for line in lines if line and not line.startswith((" ", "#"))]


def link_distributions(dists: dict[str, metadata.Distribution], folder: Path) -> None:
    """Symlink each distribution's top-level files and folders (its package and dist-info) into ``folder``."""
    folder.mkdir()
    for dist in dists.values():
        root = Path(dist.locate_file(""))
        for top in {Path(f).parts[0] for f in dist.files or ()} - {"..", "__pycache__"}:
            if not (folder / top).exists():
                (folder / top).symlink_to(root / top)


def _check(args: list[str | Path], **kwargs) -> None:
    done = subprocess.run([str(a) for a in args], check=False, capture_output=True, text=True, timeout=300, **kwargs)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    base = tmp_path_factory.mktemp("wheel")
    source = base / "checkout"
    shutil.copytree(REPO, source, ignore=NOT_COPIED)
    _check([sys.executable, "-m", "build", "--no-isolation", "--outdir", base / "dist", source])
    (wheel,) = (base / "dist").glob("newsgold-*.whl")

    target = base / "venv"
    venv.create(target, with_pip=False)
    python = target / "bin" / "python"
    site = Path(subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    deps = base / "deps"
    link_distributions(required_distributions(wheel_requirements(wheel) + model_requirements()), deps)
    (site / "newsgold-test-deps.pth").write_text(f"{deps}\n", encoding="utf-8")
    _check([sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index", "--quiet", wheel])

    env = {k: v for k, v in os.environ.items() if k not in ("NEWSGOLD_ROOT", "PYTHONPATH", "VIRTUAL_ENV")}
    return Installed(wheel, target / "bin", site, env)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A folder outside the repository to run commands from."""
    folder = tmp_path / "project"
    folder.mkdir()
    assert not folder.resolve().is_relative_to(REPO)
    return folder


def test_the_wheel_carries_corpus_gold_schema_and_guidelines(installed: Installed) -> None:
    assert installed.wheel.stat().st_size < MAX_WHEEL_BYTES
    with zipfile.ZipFile(installed.wheel) as archive:
        names = set(archive.namelist())
        for relative in [Path("corpus/manifest.json"), Path("annotations/guidelines.md"),
                         *(p.relative_to(REPO) for p in sorted(paths.gold_dir().glob("*.json"))),
                         *(p.relative_to(REPO) for p in sorted(paths.schema_dir().glob("*.json")))]:
            member = f"newsgold/data/{relative.as_posix()}"
            assert member in names, member
            assert archive.read(member) == (REPO / relative).read_bytes(), member
        assert not any(n.startswith("newsgold/data/annotations/raw/") for n in names)
        assert not any(n.startswith("newsgold/data/seeds/gum/") for n in names)


def test_the_installed_package_reads_its_own_data(installed: Installed, project: Path) -> None:
    done = installed.run("-c", "import newsgold, newsgold.paths as p; print(newsgold.__file__); "
                         "print(p.data_root().source); print(p.corpus_dir())", cwd=project, program="python")
    assert done.returncode == 0, done.stderr
    module, source, corpus = done.stdout.split("\n")[:3]
    assert Path(module).is_relative_to(installed.site_packages)
    assert source == "package"
    assert Path(corpus) == installed.site_packages / "newsgold" / "data" / "corpus"


def test_corpus_stats_from_the_wheel(installed: Installed, project: Path) -> None:
    corpus = load_corpus()
    done = installed.run("corpus", "stats", cwd=project)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"newsgold corpus version {corpus.version}: {len(corpus)} document(s)")
    assert "Gold annotations per layer and category" in done.stdout


def test_score_a_small_prediction_file_against_a_gold_file(installed: Installed, project: Path) -> None:
    gold = json.loads((paths.gold_dir() / f"{SEED}.json").read_text(encoding="utf-8"))
    n_gold = len(gold["entities"])
    first, second, third = gold["entities"][:3]
    wrong = "PERSON" if third["label"] != "PERSON" else "ORG"
    entities = [{k: e[k] for k in ("start", "end", "label")} for e in (first, second)]
    entities.append({"start": third["start"], "end": third["end"], "label": wrong})
    (project / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    (project / "preds.jsonl").write_text(json.dumps({"doc_id": SEED, "doc_sha256": gold["doc_sha256"],
                                                     "system": "tiny", "entities": entities}) + "\n", encoding="utf-8")

    done = installed.run("score", "preds.jsonl", "--gold", "gold.json", "--resamples", "0", "-o", "report.json",
                         cwd=project)
    assert done.returncode == 0, done.stderr
    assert "tiny" in done.stdout
    report = json.loads((project / "report.json").read_text(encoding="utf-8"))
    (section,) = [s for s in report["sections"] if s["layer"] == "entities" and s["metric"] == "strict"]
    micro = next(r for r in section["rows"] if r["name"] == "micro")
    # 2 of 3 predictions right (the third has the wrong type); 2 of the gold's mentions found.
    assert (micro["tp"], micro["fp"], micro["fn"]) == (2, 1, n_gold - 2)
    assert micro["precision"] == pytest.approx(2 / 3)
    assert micro["recall"] == pytest.approx(2 / n_gold)


def test_benchmark_writes_to_newsgold_out_and_says_so(installed: Installed, project: Path) -> None:
    data = installed.site_packages / "newsgold" / "data"
    before = sorted(p.relative_to(data) for p in data.rglob("*"))
    done = installed.run("benchmark", "--systems", "en_core_web_sm", "--split", "dev", "--resamples", "20",
                         "--no-progress", cwd=project)
    assert done.returncode == 0, done.stderr
    out = project / "newsgold-out" / "evaluate"
    assert f"the files go to {out}" in done.stderr
    assert (out / "leaderboard.md").read_text(encoding="utf-8").startswith("# newsgold leaderboard")
    predicted = [json.loads(line) for line in (out / "systems" / "en_core_web_sm.jsonl").read_text().splitlines()]
    assert sorted(r["doc_id"] for r in predicted) == sorted(load_corpus().select("dev").documents)
    assert sorted(p.relative_to(data) for p in data.rglob("*")) == before


def test_gate_in_a_separate_project_with_its_own_baseline(installed: Installed, project: Path) -> None:
    records = [{"doc_id": g.doc_id, "doc_sha256": g.doc_sha256, "system": "mine",
                "entities": [{"start": e.start, "end": e.end, "label": e.label} for e in g.entities]}
               for g in load_gold(corpus=load_corpus().select("dev"))]
    (project / "preds.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    for record in records:
        record["entities"] = [e for e in record["entities"] if e["label"] != "GPE"]
    (project / "worse.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")

    saved = installed.run("baseline", "save", "preds.jsonl", "-o", "baselines/mine.json", "--split", "dev",
                          cwd=project)
    assert saved.returncode == 0, saved.stderr
    assert (project / "baselines" / "mine.json").is_file()

    same = installed.run("gate", "preds.jsonl", "--baseline", "baselines/mine.json", "--trials", "1000",
                         "--json", "same.json", cwd=project)
    assert same.returncode == 0, same.stdout + same.stderr
    assert json.loads((project / "same.json").read_text(encoding="utf-8"))["regressed"] == []

    worse = installed.run("gate", "worse.jsonl", "--baseline", "baselines/mine.json", "--trials", "1000",
                          "--json", "worse.json", cwd=project)
    assert worse.returncode == 1, worse.stdout + worse.stderr
    regressed = json.loads((project / "worse.json").read_text(encoding="utf-8"))["regressed"]
    assert any("GPE" in row for row in regressed), regressed


def test_corpus_build_refuses_to_write_into_the_installed_package(installed: Installed, project: Path) -> None:
    done = installed.run("corpus", "build", cwd=project)
    assert done.returncode == 1
    assert done.stderr.startswith("newsgold: error: corpus build rewrites a checkout's corpus/")
    assert "Traceback" not in done.stderr
