"""Hostile input, generated at test time, through every command of the CLI.

Each case builds its hostile files in a fresh folder and runs one command: in this process
through ``newsgold.cli.main`` (stdout and stderr are strict UTF-8 streams, as a terminal's
are), or in a subprocess with a timeout where the old behaviour was a hang or a runaway
read (FIFOs, ``/dev/zero``, another user's permissions, ``kill -9``). Every case checks
what a user must always get:

- no traceback, and the documented exit status: 1, or 2 from the gate (never 1 from a
  gate that could not compare or crashed while printing or writing);
- one stderr line that names the file, record or field and says what was expected;
- no raw control characters (ESC, NUL) on the terminal;
- no input overwritten, no temporary file left next to an output, no output written
  when the command failed.

The matrix (every input slot of every command, times every kind of broken file) and the
single findings below it are the probe of issue 15; add a case for every new finding.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import traceback
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from helpers import CORPUS, DOC, valid_prediction

from newsgold.validate import load_gold

ROOT = Path(__file__).resolve().parents[1]
GOLD = load_gold(corpus=CORPUS)
SEED_ID = DOC.doc_id
DEEP = 100_000
LIMIT = 1_000_000  # NEWSGOLD_MAX_INPUT_BYTES for the "oversize" cases: above every project file
TIMEOUT = int(os.environ.get("NEWSGOLD_HOSTILE_TIMEOUT", "60"))  # seconds per subprocess case; then "hang"
CSV_ATTACK = "=1+1+cmd|' /C calc'!A0"


# --------------------------------------------------------------------------- running a command


@dataclass
class Ran:
    code: int | str  # the exit status, or "crash" (an exception escaped main) or "hang"
    out: str
    err: str


def _strict_stream() -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict", write_through=True)


def _text(stream: io.TextIOWrapper) -> str:
    return stream.buffer.getvalue().decode("utf-8", "backslashreplace")


def run_here(argv: list[str], env: Mapping[str, str] = {}) -> Ran:
    """``newsgold ARGV`` in this process, with terminal-like (strict UTF-8) output streams."""
    from newsgold import cli

    out, err = _strict_stream(), _strict_stream()
    saved_env = {k: os.environ.get(k) for k in env}
    saved_argv = sys.argv
    os.environ.update(env)
    sys.argv = ["newsgold", *argv]
    code: int | str
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                cli.main()
                code = 0
            except SystemExit as exit_:
                code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
            except BaseException:  # noqa: BLE001 - what the user would see as a traceback
                code = "crash"
                err.write(traceback.format_exc())
    finally:
        sys.argv = saved_argv
        for k, v in saved_env.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    return Ran(code, _text(out), _text(err))


def run_process(argv: list[str], env: Mapping[str, str] = {}, user: str | None = None, cwd: Path | None = None) -> Ran:
    """``newsgold ARGV`` in a new process, killed after ``TIMEOUT`` seconds ("hang")."""
    command = [sys.executable, "-m", "newsgold.cli", *argv]
    if user == "nobody" and os.geteuid() == 0:
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
    full_env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "COLUMNS": "200", **env}

    def limit_memory() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))

    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=full_env, cwd=cwd,
                               preexec_fn=limit_memory, start_new_session=True)
    try:
        out, err = process.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        out, err = process.communicate()
        return Ran("hang", out.decode("utf-8", "backslashreplace"), err.decode("utf-8", "backslashreplace"))
    return Ran(process.returncode, out.decode("utf-8", "backslashreplace"), err.decode("utf-8", "backslashreplace"))


# --------------------------------------------------------------------------- the shared workspace


def jsonl(*records: object) -> str:
    return "".join(json.dumps(r) + "\n" for r in records)


def prediction(**changes: object) -> dict:
    record = valid_prediction()
    record.update(changes)
    return record


def gold_predictions(system: str = "test", doc_id: str = SEED_ID) -> list[dict]:
    """The gold entities of one document (the seed's: the gold the scoring commands run against here)."""
    return [{"doc_id": r.doc_id, "doc_sha256": r.doc_sha256, "system": system,
             "entities": [{"start": e.start, "end": e.end, "label": e.label} for e in r.entities or ()]}
            for r in GOLD if r.doc_id == doc_id]


SCORING = ("score", "baseline", "gate")  # run against the seed's gold file (--gold), which keeps the module fast


@dataclass(frozen=True)
class Workspace:
    root: Path
    files: dict[str, tuple[int, str]]

    def snapshot(self) -> dict[str, tuple[int, str]]:
        return snapshot(self.root)


def snapshot(root: Path) -> dict[str, tuple[int, str]]:
    """Every regular file under ``root``: (mode, sha256)."""
    out = {}
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            out[str(path.relative_to(root))] = (stat.S_IMODE(path.stat().st_mode), hashlib.sha256(path.read_bytes()).hexdigest())
    return out


@pytest.fixture(scope="module")
def ws(tmp_path_factory) -> Workspace:
    """Valid inputs every case may use (and must leave unchanged): predictions, a baseline, a report,
    a gold file, a policy, a label mapping, a text-omitted Hub export and the text to re-attach."""
    from newsgold.hub import export_hf
    from newsgold.schema import load_schema

    root = tmp_path_factory.mktemp("ws")
    preds = gold_predictions()
    (root / "p.jsonl").write_text(jsonl(*preds), encoding="utf-8")
    (root / "p.json").write_text(json.dumps(preds), encoding="utf-8")
    schema = load_schema()
    shutil.copy(ROOT / "annotations" / "gold" / f"{SEED_ID}.json", root / "G.json")
    gold = ["--gold", str(root / "G.json")]
    for argv in (["baseline", "save", str(root / "p.jsonl"), "-o", str(root / "base.json"), *gold],
                 ["score", str(root / "p.jsonl"), "--resamples", "0", "-o", str(root / "report.json"), *gold]):
        ran = run_here(argv)
        assert ran.code == 0, ran.err
    (root / "policy.json").write_text(json.dumps({"alpha": 0.05, "test": "none"}), encoding="utf-8")
    (root / "mapping.json").write_text(json.dumps({"name": "same", "labels": {"ORG": "ORG"}}), encoding="utf-8")
    seed_gold = [r for r in GOLD if r.doc_id == SEED_ID]
    old = os.umask(0o022)
    try:
        export_hf(root / "export", CORPUS.restrict([SEED_ID]), seed_gold, schema, agreement=None, date="2026-01-01")
    finally:
        os.umask(old)
    (root / "texts").mkdir()
    (root / "texts" / f"{SEED_ID}.txt").write_bytes(DOC.text.encode("utf-8"))
    return Workspace(root, snapshot(root))


# --------------------------------------------------------------------------- cases


Make = Callable[[Path, Path], None]  # (case folder, workspace folder)
Check = Callable[[Path, Ran], None]


@dataclass(frozen=True)
class Case:
    name: str
    argv: tuple[str, ...]  # "{d}": the case's folder, "{ws}": the workspace
    make: Make | None = None
    code: int = 1
    says: tuple[str, ...] = ()  # all on one line of stderr
    spawn: bool = False  # run in a subprocess with a timeout
    user: str | None = None  # "nobody": run as another user (needs setpriv when root)
    env: Mapping[str, str] = field(default_factory=dict)
    check: Check | None = None
    umask: int | None = None

    def args(self, d: Path, ws: Path) -> list[str]:
        argv = [a.replace("{d}", str(d)).replace("{ws}", str(ws)) for a in self.argv]
        if argv[0] in SCORING and "--gold" not in argv:
            argv += ["--gold", str(ws / "G.json")]
        return argv


def writes(name: str, content: str | bytes) -> Make:
    def make(d: Path, ws: Path) -> None:
        path = d / name.replace("{ws}", str(ws))
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content)
    return make


def copies(source: str, target: str) -> Make:
    def make(d: Path, ws: Path) -> None:
        src = ws / source
        (shutil.copytree if src.is_dir() else shutil.copy)(src, d / target)
    return make


def both(*makers: Make) -> Make:
    def make(d: Path, ws: Path) -> None:
        for m in makers:
            m(d, ws)
    return make


def links(name: str, target: str) -> Make:
    def make(d: Path, ws: Path) -> None:
        (d / name).symlink_to(Path(target.replace("{d}", str(d)).replace("{ws}", str(ws))))
    return make


def folder(name: str) -> Make:
    def make(d: Path, ws: Path) -> None:
        (d / name).mkdir(parents=True)
    return make


def baseline_edit(edit: Callable[[dict], object]) -> Make:
    def make(d: Path, ws: Path) -> None:
        data = json.loads((ws / "base.json").read_text(encoding="utf-8"))
        edit(data)
        (d / "b.json").write_text(json.dumps(data), encoding="utf-8")
    return make


def manifest_edit(edit: Callable[[dict], object]) -> Make:
    def make(d: Path, ws: Path) -> None:
        shutil.copytree(ws / "export", d / "exp")
        path = d / "exp" / "newsgold_export.json"
        data = json.loads(path.read_text(encoding="utf-8"))
        result = edit(data)
        path.write_text(json.dumps(data if result is None else result), encoding="utf-8")
    return make


def no_file(*names: str) -> Check:
    def check(d: Path, ran: Ran) -> None:
        for name in names:
            assert not (d / name).exists(), f"{name} was written"
    return check


# The input slots of every command: (file name, argv with {f} for the hostile file, exit status, what).
SLOTS: dict[str, tuple[str, tuple[str, ...], int]] = {
    "validate": ("x.jsonl", ("validate", "{f}"), 1),
    "score": ("x.jsonl", ("score", "{f}", "--resamples", "0", "-o", "{d}/r.json"), 1),
    "baseline-save": ("x.jsonl", ("baseline", "save", "{f}", "-o", "{d}/out.json"), 1),
    "gate-predictions": ("x.jsonl", ("gate", "{f}", "-b", "{ws}/base.json", "--json", "{d}/g.json", "--junit", "{d}/g.xml"), 2),
    "gate-baseline": ("x.json", ("gate", "{ws}/p.jsonl", "-b", "{f}", "--test", "none"), 2),
    "gate-policy": ("x.json", ("gate", "{ws}/p.jsonl", "-b", "{ws}/base.json", "--policy", "{f}"), 2),
    "gate-policy-toml": ("x.toml", ("gate", "{ws}/p.jsonl", "-b", "{ws}/base.json", "--policy", "{f}"), 2),
    "compare": ("x.json", ("compare", "{f}", "{ws}/report.json", "--json", "{d}/c.json"), 1),
    "agreement": ("x.json", ("agreement", "{ws}/G.json", "{f}", "--json", "{d}/a.json"), 1),
    "predict-file": ("x.jsonl", ("predict", "--system", "file:{f}", "-o", "{d}/out.jsonl", "--no-progress"), 1),
    "predict-mapping": ("x.json", ("predict", "--system", "file:{ws}/p.jsonl", "--mapping", "{f}", "-o", "{d}/out.jsonl", "--no-progress"), 1),
    "rehydrate-manifest": ("exp/newsgold_export.json", ("export", "rehydrate", "{d}/exp", "{d}/out", "--texts", "{ws}/texts"), 1),
    "rehydrate-texts": (f"t/{SEED_ID}.txt", ("export", "rehydrate", "{ws}/export", "{d}/out", "--texts", "{d}/t"), 1),
}
DEVICE_SLOTS = ("validate", "gate-baseline", "gate-policy", "predict-mapping", "rehydrate-texts")
VALID = {  # a valid file for each slot, padded past LIMIT for the "oversize" cases
    "validate": "p.jsonl", "score": "p.jsonl", "baseline-save": "p.jsonl", "gate-predictions": "p.jsonl",
    "gate-baseline": "base.json", "gate-policy": "policy.json", "compare": "report.json", "agreement": "G.json",
    "predict-file": "p.jsonl", "predict-mapping": "mapping.json", "rehydrate-manifest": "export/newsgold_export.json",
    "rehydrate-texts": f"texts/{SEED_ID}.txt",
}


def _prepare_slot(slot: str, make_file: Make) -> Make:
    def make(d: Path, ws: Path) -> None:
        if slot == "rehydrate-manifest":
            shutil.copytree(ws / "export", d / "exp")
            (d / "exp" / "newsgold_export.json").unlink()
        make_file(d, ws)
    return make


def _kind_makers(slot: str, name: str) -> dict[str, tuple[Make | None, tuple[str, ...], bool, dict]]:
    """kind -> (make, words the message must contain, spawn, env)."""
    base = Path(name).name

    def mkfifo(d: Path, ws: Path) -> None:
        (d / name).parent.mkdir(parents=True, exist_ok=True)
        os.mkfifo(d / name)

    def device(d: Path, ws: Path) -> None:
        (d / name).parent.mkdir(parents=True, exist_ok=True)
        (d / name).symlink_to("/dev/zero")

    def oversize(d: Path, ws: Path) -> None:
        data = (ws / VALID.get(slot, "p.jsonl")).read_bytes()
        pad = b"\n" * (LIMIT + 1 - len(data)) if name.endswith(".jsonl") else b" " * (LIMIT + 1 - len(data))
        writes(name, data + pad)(d, ws)

    deep = ("a = " + "[" * DEEP + "]" * DEEP + "\n") if name.endswith(".toml") else "[" * DEEP + "]" * DEEP
    kinds: dict[str, tuple[Make | None, tuple[str, ...], bool, dict]] = {
        "missing": (None, (base, "no such"), False, {}),
        "folder": (lambda d, ws: (d / name).mkdir(parents=True), (base, "folder"), False, {}),
        "fifo": (mkfifo, (base, "named pipe"), True, {}),
        "dev-zero": (device, (base, "character device"), True, {}),  # kept for a few slots (DEVICE_SLOTS)
        "not-utf8": (writes(name, b'{"doc_id": "caf\xe9"}\n'), (base, "UTF-8"), False, {}),
        "deep": (writes(name, deep), (base, "levels"), False, {}),
        "oversize": (oversize, (base, "NEWSGOLD_MAX_INPUT_BYTES"), False, {"NEWSGOLD_MAX_INPUT_BYTES": str(LIMIT)}),
        "truncated": (writes(name, '{"doc_id": "x", "entities": [' if not name.endswith(".txt") else b"\xe2\x80"),
                      (base, "expected"), False, {}),
    }
    if slot not in DEVICE_SLOTS:
        kinds.pop("dev-zero")  # the same reader as the FIFO case; a subprocess each is slow
    if slot == "rehydrate-texts":
        kinds.pop("deep")
        kinds["missing"] = (None, ("t", "no such"), False, {})
        kinds["truncated"] = (kinds["truncated"][0], (base, "UTF-8"), False, {})
    if slot == "predict-mapping":
        kinds["missing"] = (None, (base, "expected"), False, {})
    if slot == "gate-policy-toml":
        kinds["truncated"] = (writes(name, "alpha = [1,"), (base, "TOML"), False, {})
        kinds["not-utf8"] = (writes(name, b"test = 'caf\xe9'\n"), (base, "UTF-8"), False, {})
        kinds.pop("oversize")
    return kinds


def matrix() -> list[Case]:
    cases = []
    for slot, (name, argv, code) in SLOTS.items():
        for kind, (make_file, says, spawn, env) in _kind_makers(slot, name).items():
            make = _prepare_slot(slot, make_file or (lambda d, ws: None))
            args = tuple(a.replace("{f}", "{d}/" + name) for a in argv)
            outputs = [a.rsplit("/", 1)[1] for a in args if a.startswith("{d}/") and a != "{d}/" + name
                       and not a.startswith("{d}/exp") and not a.startswith("{d}/t")]
            cases.append(Case(f"{slot}:{kind}", args, make, code, says, spawn=spawn, env=env,
                              check=no_file(*[o for o in outputs if o not in ("g.json", "g.xml")])))
    return cases


def case(name: str, *argv: str, **kwargs) -> Case:
    return Case(name, argv, **kwargs)


def _lone(record_change: dict) -> Make:
    return writes("x.jsonl", jsonl(prediction(**record_change)))


def _junit_is_well_formed(d: Path, ran: Ran) -> None:
    ET.parse(d / "g.xml")
    data = json.loads((d / "g.json").read_text(encoding="utf-8"))
    assert data["status"] == "error" and data["exit_code"] == 2


def _csv_neutralised(d: Path, ran: Ran) -> None:
    import csv

    rows = list(csv.DictReader(io.StringIO((d / "r.csv").read_text(encoding="utf-8"))))
    assert rows and all(row["system"] == "'" + CSV_ATTACK for row in rows)
    for row in rows:
        for value in row.values():
            assert not value or value[0] not in "=+-@\t\r" or value.lstrip("-").replace(".", "", 1).isdigit()


def _markdown_escaped(d: Path, ran: Ran) -> None:
    text = (d / "r.md").read_text(encoding="utf-8")
    assert "<img" not in text and "&lt;img src=x onerror=alert(1)&gt;" in text


def _mode(name: str, mode: int) -> Check:
    def check(d: Path, ran: Ran) -> None:
        assert stat.S_IMODE((d / name).stat().st_mode) == mode
    return check


def _unchanged(name: str, content: bytes) -> Check:
    def check(d: Path, ran: Ran) -> None:
        assert (d / name).read_bytes() == content
    return check


def _says_literally(text: str) -> Check:
    def check(d: Path, ran: Ran) -> None:
        assert text in ran.out + ran.err
    return check


def _no_forged_line(d: Path, ran: Ran) -> None:
    assert not any(line.startswith("FORGED") for line in (ran.out + ran.err).splitlines())


def _outside_not_read(d: Path, ran: Ran) -> None:
    assert not (d / "out").exists()


def _parquet_docs(doc_id: str, texts: str) -> Make:
    """The export with the seed document renamed ``doc_id``, and its text where that id points from ``texts``."""
    def make(d: Path, ws: Path) -> None:
        import pyarrow.parquet as pq

        doc_id_here = doc_id.replace("{d}", str(d))
        shutil.copytree(ws / "export", d / "exp")
        path = _shard(d / "exp", "documents")
        table = pq.read_table(path)
        ids = [doc_id_here if v == SEED_ID else v for v in table.column("doc_id").to_pylist()]
        table = table.set_column(table.schema.get_field_index("doc_id"), table.schema.field("doc_id"), [ids])
        pq.write_table(table, path)
        manifest = d / "exp" / "newsgold_export.json"
        data = json.loads(manifest.read_text(encoding="utf-8"))
        for shard in data["configs"]["documents"]["splits"].values():
            shard["sha256"] = hashlib.sha256(path.read_bytes()).hexdigest()
        manifest.write_text(json.dumps(data), encoding="utf-8")
        (d / texts).mkdir(parents=True)
        target = d / texts / (doc_id_here + ".txt")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(DOC.text.encode("utf-8"))
    return make


def _shard(export: Path, config: str) -> Path:
    """The parquet file of a configuration (one split: the seed document's)."""
    (path,) = (export / config).glob("*.parquet")
    return path


def _swap_parquet(d: Path, ws: Path) -> None:
    shutil.copytree(ws / "export", d / "exp")
    a, b = _shard(d / "exp", "documents"), _shard(d / "exp", "entities")
    data = a.read_bytes()
    a.write_bytes(b.read_bytes())
    b.write_bytes(data)


def _truncate_parquet(d: Path, ws: Path) -> None:
    shutil.copytree(ws / "export", d / "exp")
    path = _shard(d / "exp", "events")
    path.write_bytes(path.read_bytes()[:200])


def _entities(n: int) -> Make:
    def make(d: Path, ws: Path) -> None:
        entity = '{"start": 0, "end": 1, "label": "ORG"}'
        head = json.dumps({"doc_id": SEED_ID, "doc_sha256": DOC.sha256, "system": "big"})[:-1]
        (d / "x.jsonl").write_text(head + ', "entities": [' + ", ".join([entity] * n) + "]}\n", encoding="utf-8")
    return make


def _without_layer(*layers: str) -> Make:
    def make(d: Path, ws: Path) -> None:
        data = json.loads((ws / "G.json").read_text(encoding="utf-8"))
        for record in data if isinstance(data, list) else [data]:
            for layer in layers:
                record.pop(layer, None)
        (d / "B.json").write_text(json.dumps(data), encoding="utf-8")
    return make


def _hard_link(d: Path, ws: Path) -> None:
    shutil.copy(ws / "p.jsonl", d / "p.jsonl")
    os.link(d / "p.jsonl", d / "h.json")


def _missing_document(d: Path, ws: Path) -> None:
    other = next(r.doc_id for r in GOLD if r.doc_id != SEED_ID)
    (d / "x.jsonl").write_text(jsonl(*gold_predictions(doc_id=other)), encoding="utf-8")


def _improved(d: Path, ws: Path) -> None:
    worse = gold_predictions()
    worse[0]["entities"] = worse[0]["entities"][: len(worse[0]["entities"]) // 2]
    (d / "worse.jsonl").write_text(jsonl(*worse), encoding="utf-8")
    ran = run_here(["baseline", "save", str(d / "worse.jsonl"), "-o", str(d / "b.json"), "--gold", str(ws / "G.json")])
    assert ran.code == 0, ran.err


def _read_only_dir(d: Path, ws: Path) -> None:
    (d / "ro").mkdir()
    os.chmod(d / "ro", 0o555)


def _unreadable(d: Path, ws: Path) -> None:
    shutil.copy(ws / "p.jsonl", d / "x.jsonl")
    os.chmod(d / "x.jsonl", 0o000)


def _existing(name: str, mode: int) -> Make:
    def make(d: Path, ws: Path) -> None:
        (d / name).write_text("old\n", encoding="utf-8")
        os.chmod(d / name, mode)
    return make


ESCAPES = "\x1b[2J\x00"
SINGLE: list[Case] = [
    # The gate: a crash while printing or writing is exit 2, never 1 ("regressed").
    case("gate:json-is-a-folder", "gate", "{ws}/p.jsonl", "-b", "{ws}/base.json", "--test", "none", "--json", "{d}/g.json",
         make=folder("g.json"), code=2, says=("g.json", "folder")),
    case("gate:json-unwritable", "gate", "{ws}/p.jsonl", "-b", "{ws}/base.json", "--test", "none", "--json",
         "/proc/newsgold-gate.json", code=2, says=("/proc/newsgold-gate.json", "cannot write")),
    case("gate:junit-under-a-file", "gate", "{ws}/p.jsonl", "-b", "{ws}/base.json", "--test", "none", "--junit",
         "{d}/f/g.xml", make=writes("f", "a file"), code=2, says=("g.xml", "cannot write")),
    case("gate:system-surrogate", "gate", "{d}/x.jsonl", "-b", "{ws}/base.json", "--json", "{d}/g.json", "--junit",
         "{d}/g.xml", make=writes("x.jsonl", jsonl(*[{**p, "system": "x\ud800"} for p in gold_predictions()])),
         code=2, says=("x.jsonl", "system", "surrogate"), check=_junit_is_well_formed),
    case("gate:json-is-the-baseline", "gate", "{ws}/p.jsonl", "-b", "{d}/b.json", "--test", "none", "--json", "{d}/b.json",
         make=copies("base.json", "b.json"), code=2, says=("b.json", "input")),
    case("gate:error-path-json-is-the-predictions", "gate", "{d}/x.jsonl", "-b", "{ws}/base.json", "--json", "{d}/x.jsonl",
         make=writes("x.jsonl", "not json\n"), code=2, says=("x.jsonl", "input"),
         check=_unchanged("x.jsonl", b"not json\n")),
    case("gate:junit-links-to-the-baseline", "gate", "{ws}/p.jsonl", "-b", "{d}/b.json", "--test", "none", "--junit",
         "{d}/link.xml", make=both(copies("base.json", "b.json"), links("link.xml", "{d}/b.json")), code=2,
         says=("link.xml", "input")),
    case("gate:junit-is-the-predictions", "gate", "{d}/p.jsonl", "-b", "{ws}/base.json", "--test", "none", "--junit",
         "{d}/p.jsonl", make=copies("p.jsonl", "p.jsonl"), code=2, says=("p.jsonl", "input")),
    # Outputs that resolve to an input are refused, through links too.
    case("score:output-is-the-input", "score", "{d}/p.json", "--resamples", "0", "-o", "{d}/p.json",
         make=copies("p.json", "p.json"), says=("p.json", "input")),
    case("score:output-links-to-the-input", "score", "{d}/p.jsonl", "--resamples", "0", "-o", "{d}/r.json",
         make=both(copies("p.jsonl", "p.jsonl"), links("r.json", "{d}/p.jsonl")), says=("r.json", "input")),
    case("score:output-is-the-gold", "score", "{ws}/p.jsonl", "--gold", "{d}/G.json", "--resamples", "0", "-o",
         "{d}/G.json", make=copies("G.json", "G.json"), says=("G.json", "input")),
    case("baseline-save:output-is-the-input", "baseline", "save", "{d}/p.json", "-o", "{d}/p.json",
         make=copies("p.json", "p.json"), says=("p.json", "input")),
    case("baseline-save:output-is-a-hard-link-to-the-input", "baseline", "save", "{d}/p.jsonl", "-o", "{d}/h.json",
         make=_hard_link, says=("h.json", "input")),
    case("agreement:json-is-an-input", "agreement", "{d}/G.json", "{d}/G.json", "--json", "{d}/G.json",
         make=copies("G.json", "G.json"), says=("G.json", "input")),
    case("compare:json-is-an-input", "compare", "{d}/r.json", "{ws}/report.json", "--json", "{d}/r.json",
         make=copies("report.json", "r.json"), says=("r.json", "input")),
    case("predict:output-is-the-input", "predict", "--system", "file:{d}/p.jsonl", "-o", "{d}/p.jsonl", "--no-progress",
         make=copies("p.jsonl", "p.jsonl"), says=("p.jsonl", "input")),
    case("rehydrate:output-is-the-export", "export", "rehydrate", "{d}/exp", "{d}/exp", "--texts", "{ws}/texts",
         "--overwrite", make=copies("export", "exp"), says=("exp", "input")),
    case("rehydrate:output-links-to-the-export", "export", "rehydrate", "{d}/exp", "{d}/link", "--texts", "{ws}/texts",
         "--overwrite", make=both(copies("export", "exp"), links("link", "{d}/exp")), says=("link", "input")),
    case("rehydrate:output-holds-the-texts", "export", "rehydrate", "{ws}/export", "{d}/out", "--texts", "{d}/out/t",
         "--overwrite", make=both(copies("export", "out"), copies("texts", "out/t")), says=("out", "input")),
    # Report files: CSV formula injection neutralised, Markdown escaped.
    case("score:csv-formula-injection", "score", "{d}/x.jsonl", "--resamples", "0", "-o", "{d}/r.csv",
         make=writes("x.jsonl", jsonl(*[{**p, "system": CSV_ATTACK} for p in gold_predictions()])), code=0,
         check=_csv_neutralised),
    case("score:markdown-html-in-the-system-name", "score", "{ws}/p.jsonl", "--resamples", "0", "--system",
         "<img src=x onerror=alert(1)>", "-o", "{d}/r.md", code=0, check=_markdown_escaped),
    # Lone surrogates are refused by the validator, so nothing downstream can crash on them.
    case("validate:system-surrogate", "validate", "{d}/x.jsonl", make=_lone({"system": "x\ud800"}),
         says=("x.jsonl:1", "system", "surrogate")),
    case("validate:label-surrogate", "validate", "{d}/x.jsonl",
         make=_lone({"entities": [{"start": 0, "end": 3, "label": "\udc00ORG"}]}),
         says=("x.jsonl:1", "entities[0].label", "surrogate")),
    case("validate:key-surrogate", "validate", "{d}/x.jsonl", make=_lone({"\ud800": 1}), says=("x.jsonl:1", "surrogate")),
    case("validate:doc-id-surrogate", "validate", "{d}/x.jsonl", make=_lone({"doc_id": "\udfff"}),
         says=("x.jsonl:1", "doc_id", "surrogate")),
    case("score:system-surrogate", "score", "{d}/x.jsonl", "--resamples", "0", make=_lone({"system": "x\ud800"}),
         says=("x.jsonl:1", "system", "surrogate")),
    case("baseline-save:system-surrogate", "baseline", "save", "{d}/x.jsonl", "-o", "{d}/b.json",
         make=_lone({"system": "x\ud800"}), says=("x.jsonl:1", "system", "surrogate"), check=no_file("b.json")),
    case("compare:system-surrogate", "compare", "{d}/x.jsonl", "{ws}/p.jsonl", make=_lone({"system": "x\ud800"}),
         says=("x.jsonl:1", "system", "surrogate")),
    case("benchmark:system-surrogate", "benchmark", "--systems", "file:{d}/x.jsonl", "--out", "{d}/bench",
         "--resamples", "0", "--no-progress", "--split", "all", make=_lone({"system": "x\ud800"}),
         says=("x.jsonl:1", "system", "surrogate"), check=no_file("bench")),
    case("score:system-option-surrogate", "score", "{ws}/p.jsonl", "--resamples", "0", "--system", "x\udcff",
         says=("--system", "expected")),
    case("compare:report-system-surrogate", "compare", "{d}/r.json", "{ws}/report.json",
         make=lambda d, ws: (d / "r.json").write_text(
             (ws / "report.json").read_text(encoding="utf-8").replace('"system": "test"', '"system": "x\\ud800"', 1),
             encoding="utf-8"), says=("r.json", "surrogate")),
    # JSONL is split on "\n" only: U+2028 and U+0085 inside strings are valid.
    case("validate:line-separator-in-a-string", "validate", "{d}/x.jsonl", code=0,
         make=writes("x.jsonl", json.dumps(prediction(system="x\u2028y"), ensure_ascii=False) + "\n")),
    case("validate:next-line-in-a-string", "validate", "{d}/x.jsonl", code=0,
         make=writes("x.jsonl", json.dumps(prediction(clusters=[{"id": "C1", "name": "Tali\x85ban"}]),
                                           ensure_ascii=False) + "\n")),
    case("gate:line-separator-in-the-system", "gate", "{d}/x.jsonl", "-b", "{ws}/base.json", "--test", "none", code=0,
         make=writes("x.jsonl", "".join(json.dumps({**p, "system": "x\u2028y"}, ensure_ascii=False) + "\n"
                                        for p in gold_predictions()))),
    # Terminal and log injection: ids and names are shown escaped, one problem per line.
    case("validate:newline-in-a-doc-id", "validate", "{d}/x.jsonl", make=_lone({"doc_id": "a\nFORGED: ok"}),
         says=("x.jsonl:1", "doc_id", "expected"), check=_no_forged_line),
    case("validate:escapes-in-a-doc-id", "validate", "{d}/x.jsonl", make=_lone({"doc_id": "a" + ESCAPES}),
         says=("x.jsonl:1", "doc_id", "\\x1b")),
    case("validate:escapes-in-the-system", "validate", "{d}/x.jsonl", make=_lone({"system": "x" + ESCAPES}),
         says=("x.jsonl:1", "system", "control character")),
    case("validate:newline-in-the-system", "validate", "{d}/x.jsonl", make=_lone({"system": "x\nFORGED: ok"}),
         says=("x.jsonl:1", "system", "control character"), check=_no_forged_line),
    case("gate:escapes-in-a-doc-id", "gate", "{d}/x.jsonl", "-b", "{ws}/base.json", "--json", "{d}/g.json", "--junit",
         "{d}/g.xml", make=_lone({"doc_id": "a" + ESCAPES + "\nFORGED"}), code=2, says=("x.jsonl:1", "doc_id"),
         check=lambda d, ran: (_junit_is_well_formed(d, ran), _no_forged_line(d, ran))),
    case("validate:escapes-in-a-file-name", "validate", "{d}/a\x1b[31m\nFORGED.jsonl", says=("a\\x1b[31m", "no such"),
         check=_no_forged_line),
    case("validate:markup-in-a-file-name", "validate", "{d}/[red]p.jsonl", code=0, make=copies("p.jsonl", "[red]p.jsonl"),
         check=_says_literally("[red]p.jsonl")),
    case("validate:closing-markup-in-a-file-name", "validate", "{d}/[/x]p.jsonl", code=0,
         make=both(folder("["), copies("p.jsonl", "[/x]p.jsonl")), check=_says_literally("[/x]p.jsonl")),
    case("score:markup-in-the-system", "score", "{ws}/p.jsonl", "--resamples", "0", "--system", "[/x]", code=0,
         check=_says_literally("[/x]")),
    case("compare:markup-in-a-report-system", "compare", "{d}/r.json", "{ws}/report.json", code=0,
         make=lambda d, ws: (d / "r.json").write_text(
             (ws / "report.json").read_text(encoding="utf-8").replace('"system": "test"', '"system": "[/x]"', 1),
             encoding="utf-8"), check=_says_literally("[/x]")),
    # export rehydrate never looks outside --texts.
    case("rehydrate:doc-id-climbs-out", "export", "rehydrate", "{d}/exp", "{d}/out", "--texts", "{d}/t/in",
         make=_parquet_docs("../outside", "t/in"), says=("../outside", "file name"), check=_outside_not_read),
    case("rehydrate:doc-id-is-absolute", "export", "rehydrate", "{d}/exp", "{d}/out", "--texts", "{d}/t",
         make=_parquet_docs("{d}/abs", "t"), says=("abs", "file name"), check=_outside_not_read),
    # Malformed support files.
    case("gate:baseline-count-10e30", "gate", "{ws}/p.jsonl", "-b", "{d}/b.json",
         make=baseline_edit(lambda b: b["measurements"][0]["cells"][0].__setitem__(2, 10**30)), code=2,
         says=("b.json", "cells", "expected")),
    case("gate:baseline-unknown-layer", "gate", "{ws}/p.jsonl", "-b", "{d}/b.json",
         make=baseline_edit(lambda b: b["config"].__setitem__("layers", ["entites"])), code=2,
         says=("b.json", "entites", "expected")),
    case("gate:baseline-gold-items-a-list", "gate", "{ws}/p.jsonl", "-b", "{d}/b.json",
         make=baseline_edit(lambda b: b["measurements"][0].__setitem__("gold_items", [])), code=2,
         says=("b.json", "gold_items", "expected")),
    case("gate:baseline-measurements-a-string", "gate", "{ws}/p.jsonl", "-b", "{d}/b.json",
         make=baseline_edit(lambda b: b.__setitem__("measurements", "x")), code=2, says=("b.json", "measurements", "expected")),
    case("gate:baseline-config-a-list", "gate", "{ws}/p.jsonl", "-b", "{d}/b.json",
         make=baseline_edit(lambda b: b.__setitem__("config", [])), code=2, says=("b.json", "config", "expected")),
    case("gate:baseline-config-mode-a-number", "gate", "{ws}/p.jsonl", "-b", "{d}/b.json",
         make=baseline_edit(lambda b: b["config"].__setitem__("entity_mode", 3)), code=2,
         says=("b.json", "entity_mode", "expected")),
    case("gate:baseline-count-a-string", "gate", "{ws}/p.jsonl", "-b", "{d}/b.json",
         make=baseline_edit(lambda b: b["measurements"][0]["cells"][0].__setitem__(2, "7")), code=2,
         says=("b.json", "cells", "expected")),
    case("gate:baseline-signature-a-string", "gate", "{ws}/p.jsonl", "-b", "{d}/b.json",
         make=baseline_edit(lambda b: b["measurements"][0].__setitem__("signature", "x")), code=2,
         says=("b.json", "signature", "expected")),
    case("gate:baseline-a-list", "gate", "{ws}/p.jsonl", "-b", "{d}/b.json", make=writes("b.json", "[]"), code=2,
         says=("b.json", "expected")),
    case("gate:policy-min-f1-a-word", "gate", "{ws}/p.jsonl", "-b", "{ws}/base.json", "--policy", "{d}/p.json",
         make=writes("p.json", '{"min_f1": "high"}'), code=2, says=("p.json", "min_f1", "expected")),
    case("gate:policy-floor-a-word", "gate", "{ws}/p.jsonl", "-b", "{ws}/base.json", "--policy", "{d}/p.json",
         make=writes("p.json", '{"min_f1": {"entities": "x"}}'), code=2, says=("p.json", "entities", "expected")),
    case("gate:policy-negative-seed", "gate", "{ws}/p.jsonl", "-b", "{ws}/base.json", "--policy", "{d}/p.json",
         make=writes("p.json", '{"seed": -1}'), code=2, says=("p.json", "seed", "expected")),
    case("gate:policy-seed-a-word", "gate", "{ws}/p.jsonl", "-b", "{ws}/base.json", "--policy", "{d}/p.json",
         make=writes("p.json", '{"seed": "x"}'), code=2, says=("p.json", "seed", "expected")),
    case("gate:policy-float-trials", "gate", "{ws}/p.jsonl", "-b", "{ws}/base.json", "--policy", "{d}/p.json",
         make=writes("p.json", '{"trials": 1.5}'), code=2, says=("p.json", "trials", "expected")),
    case("gate:policy-boolean-trials", "gate", "{ws}/p.jsonl", "-b", "{ws}/base.json", "--policy", "{d}/p.json",
         make=writes("p.json", '{"trials": true}'), code=2, says=("p.json", "trials", "expected")),
    case("gate:policy-alpha-a-string", "gate", "{ws}/p.jsonl", "-b", "{ws}/base.json", "--policy", "{d}/p.json",
         make=writes("p.json", '{"alpha": "0.05"}'), code=2, says=("p.json", "alpha", "expected")),
    case("gate:policy-huge-trials", "gate", "{ws}/p.jsonl", "-b", "{ws}/base.json", "--policy", "{d}/p.json",
         make=writes("p.json", '{"trials": 100000000000000000000}'), code=2, says=("trials", "at most")),
    case("gate:policy-a-list", "gate", "{ws}/p.jsonl", "-b", "{ws}/base.json", "--policy", "{d}/p.json",
         make=writes("p.json", "[1, 2]"), code=2, says=("p.json", "expected")),
    case("gate:seed-minus-one", "gate", "{ws}/p.jsonl", "-b", "{ws}/base.json", "--seed", "-1", code=2,
         says=("seed", "expected")),
    case("gate:trials-1e20", "gate", "{ws}/p.jsonl", "-b", "{ws}/base.json", "--trials", str(10**20), code=2,
         says=("trials", "at most")),
    case("gate:floor-unknown-layer", "gate", "{ws}/p.jsonl", "-b", "{ws}/base.json", "--test", "none", "--min-f1",
         "entites=0.95", code=2, says=("entites", "entities")),
    case("gate:floor-unknown-category", "gate", "{ws}/p.jsonl", "-b", "{ws}/base.json", "--test", "none", "--min-f1",
         "entities/strict/GPX=0.8", code=2, says=("GPX", "GPE")),
    case("gate:floor-unknown-metric", "gate", "{ws}/p.jsonl", "-b", "{ws}/base.json", "--test", "none", "--min-f1",
         "entities/strcit=0.8", code=2, says=("strcit", "strict")),
    case("gate:missing-document-advice", "gate", "{d}/x.jsonl", "-b", "{ws}/base.json", "--test", "none",
         make=_missing_document, code=2, says=("baseline save", "--missing empty"),
         check=lambda d, ran: ("CLI: --missing empty" not in ran.err) or pytest.fail("suggests a gate option it lacks")),
    case("gate:improved-run-hints-at-the-baseline", "gate", "{ws}/p.jsonl", "-b", "{d}/b.json", "--test", "none",
         make=_improved, code=0, check=_says_literally("newsgold baseline save")),
    case("score:seed-minus-one", "score", "{ws}/p.jsonl", "--seed", "-1", says=("seed", "expected")),
    case("score:resamples-1e8", "score", "{ws}/p.jsonl", "--resamples", "100000000", says=("resamples", "at most")),
    case("score:resamples-minus-one", "score", "{ws}/p.jsonl", "--resamples", "-1", says=("resamples", "expected")),
    case("compare:zero-bootstrap-trials", "compare", "{ws}/report.json", "{ws}/report.json", "--trials", "0", "--method",
         "paired-bootstrap", says=("trials", "expected")),
    case("compare:trials-minus-one", "compare", "{ws}/report.json", "{ws}/report.json", "--trials", "-1",
         says=("trials", "expected")),
    case("compare:trials-1e12", "compare", "{ws}/report.json", "{ws}/report.json", "--trials", str(10**12),
         says=("trials", "at most")),
    case("compare:seed-minus-one", "compare", "{ws}/report.json", "{ws}/report.json", "--seed", "-1",
         says=("seed", "expected")),
    case("benchmark:resamples-1e8", "benchmark", "--systems", "file:{ws}/p.jsonl", "--out", "{d}/bench", "--resamples",
         "100000000", "--no-progress", "--split", "all", says=("resamples", "at most"), check=no_file("bench")),
    case("agreement:b-lacks-a-layer", "agreement", "{ws}/G.json", "{d}/B.json", make=_without_layer("events", "stances"), code=0,
         check=_says_literally("entities")),
    case("rehydrate:manifest-a-list", "export", "rehydrate", "{d}/exp", "{d}/out", "--texts", "{ws}/texts",
         make=manifest_edit(lambda m: [m]), says=("newsgold_export.json", "expected")),
    case("rehydrate:manifest-lacks-text", "export", "rehydrate", "{d}/exp", "{d}/out", "--texts", "{ws}/texts",
         make=manifest_edit(lambda m: m.pop("text") and None), says=("newsgold_export.json", "text", "expected")),
    case("rehydrate:manifest-corpus-a-string", "export", "rehydrate", "{d}/exp", "{d}/out", "--texts", "{ws}/texts",
         make=manifest_edit(lambda m: m.__setitem__("corpus", "x")), says=("newsgold_export.json", "corpus", "expected")),
    case("rehydrate:truncated-parquet", "export", "rehydrate", "{d}/exp", "{d}/out", "--texts", "{ws}/texts",
         make=_truncate_parquet, says=("events", "sha256", "expected"), check=no_file("out")),
    case("rehydrate:swapped-parquet", "export", "rehydrate", "{d}/exp", "{d}/out", "--texts", "{ws}/texts",
         make=_swap_parquet, says=("documents", "sha256", "expected"), check=no_file("out")),
    case("predict:mapping-a-list", "predict", "--system", "file:{ws}/p.jsonl", "--mapping", "{d}/m.json", "-o",
         "{d}/out.jsonl", "--no-progress", make=writes("m.json", "[]"), says=("m.json", "expected"),
         check=no_file("out.jsonl")),
    case("publish:dry-run-without-repo-id", "publish", "--dry-run", says=("--repo-id", "ORG/NAME")),
    case("export-hf:agreement-deep", "export", "hf", "{d}/out", "--agreement", "{d}/a.json",
         make=writes("a.json", "[" * DEEP + "]" * DEEP), says=("a.json", "levels"), check=no_file("out")),
    case("export-hf:agreement-a-folder", "export", "hf", "{d}/out", "--agreement", "{d}/a.json",
         make=folder("a.json"), says=("a.json", "folder"), check=no_file("out")),
    # Write errors: a folder, a path under a regular file, a place nobody may write.
    case("score:output-is-a-folder", "score", "{ws}/p.jsonl", "--resamples", "0", "-o", "{d}/r.json",
         make=folder("r.json"), says=("r.json", "folder")),
    case("score:output-under-a-file", "score", "{ws}/p.jsonl", "--resamples", "0", "-o", "{d}/f/r.json",
         make=writes("f", "a file"), says=("r.json", "cannot write")),
    case("score:output-unwritable", "score", "{ws}/p.jsonl", "--resamples", "0", "-o", "/proc/newsgold-r.json",
         says=("/proc/newsgold-r.json", "cannot write")),
    case("baseline-save:output-is-a-folder", "baseline", "save", "{ws}/p.jsonl", "-o", "{d}/b.json", make=folder("b.json"),
         says=("b.json", "folder")),
    case("baseline-save:output-unwritable", "baseline", "save", "{ws}/p.jsonl", "-o", "/proc/newsgold-b.json",
         says=("/proc/newsgold-b.json", "cannot write")),
    case("compare:output-is-a-folder", "compare", "{ws}/report.json", "{ws}/report.json", "--json", "{d}/c.json",
         make=folder("c.json"), says=("c.json", "folder")),
    case("compare:output-unwritable", "compare", "{ws}/report.json", "{ws}/report.json", "--json",
         "/proc/newsgold-c.json", says=("/proc/newsgold-c.json", "cannot write")),
    case("predict:output-is-a-folder", "predict", "--system", "file:{ws}/p.jsonl", "-o", "{d}/o.jsonl", "--no-progress",
         make=folder("o.jsonl"), says=("o.jsonl", "folder")),
    case("predict:output-under-a-file", "predict", "--system", "file:{ws}/p.jsonl", "-o", "{d}/f/o.jsonl",
         "--no-progress", make=writes("f", "a file"), says=("o.jsonl", "cannot write")),
    case("agreement:output-is-a-folder", "agreement", "{ws}/G.json", "{ws}/G.json", "--json", "{d}/a.json",
         make=folder("a.json"), says=("a.json", "folder")),
    case("rehydrate:output-under-a-file", "export", "rehydrate", "{ws}/export", "{d}/f/out", "--texts", "{ws}/texts",
         make=writes("f", "a file"), says=("out", "cannot write")),
    case("score:output-in-a-read-only-folder", "score", "{d}/x.jsonl", "--resamples", "0", "-o", "{d}/ro/r.json",
         "--gold", "{d}/G.json", make=both(_read_only_dir, copies("p.jsonl", "x.jsonl"), copies("G.json", "G.json")),
         spawn=True, user="nobody", says=("r.json", "cannot write")),
    case("baseline-save:output-in-a-read-only-folder", "baseline", "save", "{d}/x.jsonl", "-o", "{d}/ro/b.json",
         "--gold", "{d}/G.json", make=both(_read_only_dir, copies("p.jsonl", "x.jsonl"), copies("G.json", "G.json")),
         spawn=True, user="nobody", says=("b.json", "cannot write")),
    case("validate:unreadable", "validate", "{d}/x.jsonl", make=_unreadable, spawn=True, user="nobody",
         says=("x.jsonl", "permission")),
    case("score:unreadable", "score", "{d}/x.jsonl", "--gold", "{d}/G.json", make=both(_unreadable, copies("G.json", "G.json")),
         spawn=True, user="nobody", says=("x.jsonl", "permission")),
    # Limits instead of runaway work.
    case("validate:entities-over-the-cap", "validate", "{d}/x.jsonl", make=_entities(100_001),
         says=("x.jsonl:1", "entities", "at most 100000")),
    case("score:entities-over-the-cap", "score", "{d}/x.jsonl", make=_entities(100_001),
         says=("x.jsonl:1", "entities", "at most 100000")),
    # Atomic writes: an existing file keeps its mode, a new one follows the umask.
    case("score:keeps-the-mode-of-an-existing-output", "score", "{ws}/p.jsonl", "--resamples", "0", "-o", "{d}/r.json",
         make=_existing("r.json", 0o640), code=0, check=_mode("r.json", 0o640)),
    case("score:new-output-follows-the-umask", "score", "{ws}/p.jsonl", "--resamples", "0", "-o", "{d}/r.json",
         code=0, umask=0o027, check=_mode("r.json", 0o640)),
    case("validate:a-folder-of-gold", "validate", "--gold", "{d}", code=1, says=("folder", "expected")),
]

CASES = matrix() + SINGLE


@pytest.fixture(scope="module")
def spawned(ws, tmp_path_factory) -> dict[str, tuple[Path, Ran]]:
    """Every subprocess case, run concurrently (each with its own timeout)."""
    jobs = {}
    for c in CASES:
        if not c.spawn:
            continue
        if c.user == "nobody":
            d = Path(tempfile.mkdtemp(prefix="newsgold-hostile-"))
            os.chmod(d, 0o755)
        else:
            d = tmp_path_factory.mktemp("spawn")
        if c.make:
            c.make(d, ws.root)
        jobs[c.name] = (c, d)
    with ThreadPoolExecutor(max_workers=3) as pool:
        futures = {name: pool.submit(run_process, c.args(d, ws.root), c.env, c.user, d) for name, (c, d) in jobs.items()}
        results = {name: (jobs[name][1], f.result()) for name, f in futures.items()}
    yield results
    for c, d in jobs.values():
        if c.user == "nobody":
            shutil.rmtree(d, ignore_errors=True)


def _leftovers(d: Path) -> list[str]:
    return [str(p) for p in d.rglob(".*") if p.name not in (".", "..")]


@pytest.mark.parametrize("c", CASES, ids=[c.name for c in CASES])
def test_hostile_input_gives_a_clean_error(c: Case, ws: Workspace, spawned, tmp_path):
    if c.user == "nobody" and os.geteuid() == 0 and shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: cannot act as another user")
    if c.spawn:
        d, ran = spawned[c.name]
    else:
        d = tmp_path
        if c.make:
            c.make(d, ws.root)
        old = os.umask(c.umask) if c.umask is not None else None
        try:
            ran = run_here(c.args(d, ws.root), c.env)
        finally:
            if old is not None:
                os.umask(old)
    shown = f"exit {ran.code}\n--- stdout\n{ran.out[-3000:]}\n--- stderr\n{ran.err[-3000:]}"
    assert ran.code != "hang", f"hung for {TIMEOUT}s\n{shown}"
    assert ran.code != "crash" and "Traceback" not in ran.out + ran.err, shown
    assert ran.code == c.code, shown
    for char in ("\x1b", "\x00"):
        assert char not in ran.out + ran.err, f"raw {char!r} on the terminal\n{shown}"
    if c.says:
        lines = [line for line in ran.err.splitlines() if c.says[0] in line]
        assert any(all(word in line for word in c.says) for line in lines), f"no line says {c.says}\n{shown}"
    if c.check:
        c.check(d, ran)
    assert not _leftovers(d), f"temporary files left: {_leftovers(d)}"
    assert ws.snapshot() == ws.files, "an input in the workspace changed"


def test_the_probe_covers_every_command_and_each_case_once():
    names = [c.name for c in CASES]
    assert len(names) == len(set(names))
    assert len(CASES) >= 125
    commands = {c.argv[0] for c in CASES}
    assert {"validate", "score", "baseline", "gate", "compare", "agreement", "export", "predict", "benchmark"} <= commands


# --------------------------------------------------------------------------- atomic writes


def test_a_killed_write_leaves_the_old_file_and_its_temporary_file_goes_with_the_next_write(tmp_path):
    """kill -9 after the data is written but before it is renamed into place."""
    from newsgold.jsonio import write_atomic

    script = (
        "import os, signal, sys\n"
        "from newsgold.jsonio import write_atomic\n"
        "os.fsync = lambda fd: os.kill(os.getpid(), signal.SIGKILL)\n"
        "write_atomic(sys.argv[1], 'x' * 5_000_000)\n"
    )
    target = tmp_path / "out.json"
    target.write_text("old\n")
    result = subprocess.run([sys.executable, "-c", script, str(target)], capture_output=True, timeout=60)
    assert result.returncode == -signal.SIGKILL
    assert target.read_text() == "old\n"
    write_atomic(target, "new\n")
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"] and target.read_text() == "new\n"


def test_write_atomic_syncs_the_file_and_its_folder(tmp_path, monkeypatch):
    from newsgold import jsonio

    synced = []
    real = os.fsync

    def fsync(fd):
        synced.append(stat.S_ISDIR(os.fstat(fd).st_mode))
        real(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    jsonio.write_atomic(tmp_path / "a.json", "{}\n")
    assert (tmp_path / "a.json").read_text() == "{}\n"
    assert synced == [False, True]


def test_an_export_folder_follows_the_umask(ws):
    assert stat.S_IMODE((ws.root / "export").stat().st_mode) == 0o755
    assert stat.S_IMODE((ws.root / "export" / "documents").stat().st_mode) == 0o755


# --------------------------------------------------------------------------- spans that split a character


def test_a_span_that_splits_a_combining_accent_is_refused(tmp_path):
    from newsgold.corpus import Corpus, Document, sha256_text
    from newsgold.schema import load_schema
    from newsgold.validate import validate_file

    text = "Jose\u0301 Ruiz visited Lima."
    doc = Document("acc", text, sha256_text(text), {}, (), ((0, len(text)),))
    corpus = Corpus({"acc": doc}, version="accents")
    record = {"doc_id": "acc", "doc_sha256": doc.sha256, "annotator": "a", "clusters": [],
              "entities": [{"id": "T1", "start": 0, "end": 4, "text": "Jose", "label": "PERSON"}]}
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    report = validate_file(path, corpus, load_schema(), gold=True)
    assert [p.field for p in report.errors] == ["entities[0]"]
    assert "combining" in report.errors[0].message and "expected" in report.errors[0].message
    record["entities"][0].update(end=5, text="Jose\u0301")
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert validate_file(path, corpus, load_schema(), gold=True).ok
