"""The ``newsgold`` command line: a thin layer over the library API."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from newsgold import cli_llm, paths
from newsgold.corpus import build_documents, corpus_files, load_corpus, read_splits
from newsgold.jsonio import InputError, OutputError, check_outputs, shown
from newsgold.resampling import ResamplingError
from newsgold.schema import SchemaError, load_schema
from newsgold.scoring.errors import ScoringError
from newsgold.validate import DEFAULT_CAP, InvalidInput, gold_files, load_gold, validate_file

if TYPE_CHECKING:
    from newsgold.reports import Report

app = typer.Typer(
    help="newsgold: a gold-annotated news corpus and a scorer for extraction systems.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
corpus_app = typer.Typer(help="Build and inspect the corpus.", no_args_is_help=True)
app.add_typer(corpus_app, name="corpus")

PIPE_WIDTH = 200  # tables written to a file or pipe are not cut at 80 columns
out = Console(soft_wrap=True, width=None if sys.stdout.isatty() else PIPE_WIDTH)
err = Console(stderr=True, soft_wrap=True, width=None if sys.stderr.isatty() else PIPE_WIDTH)


# Scoring options shared by score and baseline save: declared once.
ModeOption = Annotated[str, typer.Option(help="Entity mode: strict | exact | partial | type")]
MinOverlapOption = Annotated[float, typer.Option(help="Fraction of a gold span a prediction must cover to be compared with it.")]
DeterminersOption = Annotated[bool, typer.Option("--ignore-determiners", help="A leading 'the' is no boundary error.")]
AliasesOption = Annotated[Optional[str], typer.Option(help="Alias view of the label schema counted as the same type, e.g. relaxed.")]
ArgumentMatchOption = Annotated[str, typer.Option(help="Event arguments: span | head")]
CorefOption = Annotated[bool, typer.Option("--coref", help="Event arguments match through entity clusters.")]
HolderMatchOption = Annotated[str, typer.Option(help="Stance holders: cluster | span")]
UnitOption = Annotated[str, typer.Option(help="Resampling unit: auto | document | sentence (auto: sentences below 30 documents).")]
MissingOption = Annotated[str, typer.Option(help="Gold documents without predictions: error | empty.")]
SplitOption = Annotated[str, typer.Option(help="Documents: dev | test | all. Rules and prompts are developed on dev; report test (docs/splits.md).")]


class UserError(Exception):
    """A mistake in the user's input: reported in one message, exit status 1."""


def name_option(value: str | None, option: str) -> str | None:
    """A name given on the command line (``--system``): printable, since reports and terminals show it."""
    import unicodedata

    if value is not None and any(unicodedata.category(c) in ("Cc", "Cs") for c in value):
        raise UserError(f"{option}: found {shown(repr(value))}, expected a name without control characters "
                        "or undecodable bytes")
    return value


def printed(path: Path | str) -> str:
    """A path for a rich markup string: escaped for the terminal and for rich."""
    from rich.markup import escape

    return escape(shown(path))


CorpusOption = Annotated[Optional[Path], typer.Option("--corpus", help="Texts of your own gold's documents: a folder of <doc_id>.txt or a JSONL of {doc_id, text}.")]
LabelsOption = Annotated[Optional[Path], typer.Option("--labels", help="Your gold's label set (JSON list of entity labels, or {entity_types, event_types}); predictions are then held to it.")]
GoldNameOption = Annotated[Optional[str], typer.Option("--gold-name", help="Name of your own gold in reports and signatures (default: the file name).")]
GoldFormatOption = Annotated[Optional[str], typer.Option("--gold-format", help="Format of --gold (default: from its extension or content; see 'newsgold convert --help').")]
FormatOption = Annotated[Optional[str], typer.Option("--format", help="Format of the prediction file (default: from its extension or content).")]
MappingOption = Annotated[Optional[str], typer.Option("--mapping", help="Label mapping applied to gold and predictions (a name such as conll2003, or a JSON file); named in the signature.")]


def goldset(gold: Path | None = None, split: str = "all", corpus: Path | None = None, labels: Path | None = None,
            name: str | None = None, fmt: str | None = None):
    """The gold to score against (bundled, or your own file/folder) on one split; user errors as one message."""
    from newsgold.goldset import load_goldset
    from newsgold.schema import SchemaError

    try:
        return load_goldset(gold, split, corpus, labels=labels, name=name, fmt=fmt)
    except (ValueError, SchemaError, OSError) as error:
        raise UserError(str(error)) from None


def read_scored_predictions(gs, path: Path, fmt: str | None = None):
    """Predictions (record file or another format) for the documents of a gold set, with a
    note for the ones set aside and the validator's warnings."""
    from newsgold.schema import SchemaError

    try:
        with reading_progress(path) as progress:
            kept, aside, warnings = gs.read_predictions(path, fmt, progress=progress)
    except (ValueError, SchemaError) as error:
        if isinstance(error, InvalidInput):
            raise
        raise UserError(str(error)) from None
    for warning in warnings:
        err.print(f"newsgold: warning: {warning}", markup=False, highlight=False)
    if aside:
        err.print(f"newsgold: note: {len(aside)} predicted document(s) have no gold in this selection "
                  f"(split {gs.split}) and are not scored", markup=False, highlight=False)
    return kept


def set_aside(gs, preds):
    """Predictions for documents with gold; a note for the others."""
    kept, aside = gs.keep(preds)
    if aside:
        err.print(f"newsgold: note: {len(aside)} predicted document(s) have no gold in this selection "
                  f"(split {gs.split}) and are not scored", markup=False, highlight=False)
    return kept


def corpus_split(split: str = "all"):
    """The bundled corpus, or one split of it."""
    corpus = load_corpus()
    try:
        return corpus.select(split)
    except ValueError as error:
        raise UserError(str(error)) from None


@corpus_app.command("build")
def corpus_build(
    seeds: Annotated[Optional[Path], typer.Option(help="Folder of seed articles: *.txt (+ .meta.json) and *.conllu, and splits.json.")] = None,
    out_dir: Annotated[Optional[Path], typer.Option("--out", help="Corpus folder to write.")] = None,
    check: Annotated[bool, typer.Option(help="Write nothing; exit 1 if the corpus on disk is stale.")] = False,
) -> None:
    """Build corpus/ from seeds/: ids, exact text, sha256, metadata, paragraph and sentence offsets."""
    from newsgold.jsonio import write_atomic

    from newsgold.formats.conllu import ConlluError
    from newsgold.reference import build_reference_files

    if out_dir is None and not check and paths.bundled():
        raise UserError("corpus build rewrites a checkout's corpus/, and the installed package's data is read-only: "
                        "run it in a clone of newsgold (or set NEWSGOLD_ROOT to one), or pass --seeds and --out")
    target = out_dir or paths.corpus_dir()
    try:
        documents = build_documents(seeds)
        files = {target / rel: content for rel, content in corpus_files(documents, read_splits(seeds, documents)).items()}
        if out_dir is None:
            files.update(build_reference_files(documents, seeds))
    except (ValueError, FileNotFoundError, ConlluError) as error:
        raise UserError(str(error)) from None
    stale = [path for path, content in files.items() if _read_or_none(path) != content]
    if check:
        if stale:
            names = ", ".join(str(p.relative_to(paths.project_root()) if p.is_relative_to(paths.project_root()) else p) for p in stale)
            raise UserError(f"{target}: corpus is stale ({names} differ from a fresh build); run 'newsgold corpus build'")
        out.print(f"[green]corpus is up to date[/] ({len(documents)} document(s), {target})")
        return
    for path in stale:
        write_atomic(path, files[path])
    out.print(f"built {len(documents)} document(s) into {target}: {len(stale)} file(s) changed")


LARGE_FILE_BYTES = 2_000_000


@contextmanager
def reading_progress(path: Path):
    """A progress bar over the records of a large file (a line count is the total); silent for small ones."""
    size = path.stat().st_size if path.is_file() else 0
    if size < LARGE_FILE_BYTES or not err.is_terminal:
        yield None
        return
    with path.open("rb") as handle:
        total = sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))
    with Progress(TextColumn("reading {task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeRemainingColumn(), console=err, transient=True) as bar:
        task = bar.add_task(path.name, total=total)
        yield lambda n: bar.update(task, completed=n)


def _read_or_none(path: Path) -> str | None:
    return path.read_text(encoding="utf-8") if path.exists() else None


@corpus_app.command("stats")
def corpus_stats_command(split: SplitOption = "all") -> None:
    """Counts per split and source, per layer and category of the gold, and per GUM type of the reference layer."""
    from newsgold.reference import load_reference
    from newsgold.stats import corpus_stats, reference_type_counts

    corpus = corpus_split(split)
    stats = corpus_stats(corpus, load_gold(corpus=corpus))
    out.print(
        f"[bold]{corpus.name}[/] corpus version {corpus.version}: {stats.documents} document(s), "
        f"{stats.paragraphs} paragraphs, {stats.sentences} sentences, {stats.characters} characters"
    )
    parts = Table(title="Documents per split and source")
    for name in ("split", "source", "documents", "sentences", "characters", "with gold"):
        parts.add_column(name, justify="left" if name in ("split", "source") else "right")
    for row in stats.part_rows():
        parts.add_row(*(str(v) for v in row.values()))
    out.print(parts)
    reference = {d: r for d, r in load_reference("gum").items() if d in corpus.documents}
    if reference:
        types = Table(title="GUM reference layer (human, GUM scheme; not gold): mentions per GUM entity type")
        types.add_column("GUM type")
        types.add_column("mentions", justify="right")
        counts = reference_type_counts(reference)
        for label, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            types.add_row(label, str(n))
        types.add_row("[bold]total[/]", f"[bold]{sum(counts.values())}[/]")
        out.print(types)
    table = Table(title="Gold annotations per layer and category")
    table.add_column("layer")
    table.add_column("category")
    table.add_column("count", justify="right")
    last = None
    for layer, category, count in stats.rows():
        table.add_row(layer if layer != last else "", category, str(count))
        last = layer
    for layer, counts in stats.layers.items():
        if layer != "entity clusters":
            table.add_row(f"[bold]{layer} total[/]", "", f"[bold]{sum(counts.values())}[/]")
    out.print(table)


@corpus_app.command("schema-usage")
def corpus_schema_usage(
    check: Annotated[bool, typer.Option(help="Write nothing; exit 1 if annotations/schema_usage.md is stale.")] = False,
) -> None:
    """Write annotations/schema_usage.md: every schema entry, used in the gold (with counts) or unused."""
    from newsgold.jsonio import write_atomic
    from newsgold.schema_usage import usage_markdown

    schema = load_schema()
    text = usage_markdown(schema, load_gold(schema=schema))
    target = paths.output_root() / "annotations" / "schema_usage.md"
    if check:
        if _read_or_none(target) != text:
            raise UserError(f"{target} is stale; run 'newsgold corpus schema-usage'")
        out.print(f"[green]schema usage is up to date[/] ({target})")
        return
    write_atomic(target, text)
    out.print(f"wrote {target}")


@app.command()
def validate(
    files: Annotated[Optional[list[Path]], typer.Argument(readable=False, help="Gold or prediction files (.json/.jsonl). Default: the committed gold.")] = None,
    gold: Annotated[bool, typer.Option("--gold", help="Apply the gold rules: ids, surface text, heads, hashes required; flat entities.")] = False,
    max_errors: Annotated[int, typer.Option(help="Errors listed per file before the rest are counted.")] = DEFAULT_CAP,
) -> None:
    """Check files against the record format, the label schema and the corpus.

    Prints every problem as FILE:LINE: doc ID: FIELD: found ..., expected ...; exits 1 on any error.
    """
    if not files:
        files, gold = gold_files(), True
        if not files:
            raise UserError(f"{paths.gold_dir()}: no gold files to validate")
    corpus, schema = load_corpus(), load_schema()
    failed = 0
    for path in files:
        with reading_progress(path) as progress:
            report = validate_file(path, corpus, schema, gold=gold, cap=max_errors, progress=progress)
        for problem in report.problems:
            err.print(str(problem), markup=False, highlight=False, soft_wrap=True)
        if report.omitted:
            err.print(f"{shown(path)}: ... and {report.omitted} more error(s) not shown", markup=False)
        if report.ok:
            note = f", {len(report.warnings)} warning(s)" if report.warnings else ""
            out.print(f"[green]ok[/] {printed(path)}: {len(report.records)} record(s){note}")
        else:
            failed += 1
            out.print(f"[red]invalid[/] {printed(path)}: {len(report.errors) + report.omitted} error(s)")
    if failed:
        raise typer.Exit(1)


# --- Hugging Face Hub: export, rehydrate, publish (library: newsgold.hub; docs/hub.md) ---

export_app = typer.Typer(help="Export the corpus and its gold annotations.", no_args_is_help=True)
app.add_typer(export_app, name="export")

TextMode = Annotated[
    Optional[str],
    typer.Option(
        "--text",
        help="omit (default): ship offsets, labels and each document's sha256 without the copyrighted "
        "text; include: ship the text too (local use).",
    ),
]


def _hub_call(function, *args, **kwargs):
    """Run a newsgold.hub function; its HubError becomes a one-sentence user error."""
    from newsgold.hub import HubError

    try:
        return function(*args, **kwargs)
    except HubError as error:
        raise UserError(str(error)) from None


@export_app.command("hf")
def export_hf_command(
    out_dir: Annotated[Path, typer.Argument(help="Folder to write (new, or an earlier export with --overwrite).")],
    text: TextMode = None,
    repo_id: Annotated[Optional[str], typer.Option(help="Hub repository (ORG/NAME) the card and Croissant file name.")] = None,
    overwrite: Annotated[bool, typer.Option(help="Replace an earlier export in OUT_DIR.")] = False,
    gold: Annotated[Optional[Path], typer.Option(help="Gold folder. Default: annotations/gold/.")] = None,
    agreement: Annotated[Optional[Path], typer.Option(help="Agreement figures (JSON). Default: annotations/agreement.json if present.")] = None,
    split: SplitOption = "all",
) -> None:
    """Write a Hub-ready dataset folder: parquet configs (a file per split), dataset card, Croissant metadata."""
    from newsgold.hub import DEFAULT_TEXT, export_hf

    corpus = corpus_split(split)
    records = load_gold(gold, corpus=corpus)
    result = _hub_call(
        export_hf, out_dir, corpus, records, text=text or DEFAULT_TEXT, repo_id=repo_id,
        overwrite=overwrite, **({"agreement": agreement} if agreement else {}),
    )
    rows = ", ".join(f"{config} {n} ({', '.join(f'{s} {k}' for s, k in result.split_rows[config].items())})"
                     for config, n in result.rows.items())
    out.print(f"exported to {result.out_dir} (text: {result.text}); rows: {rows}", markup=False)
    if result.text == "include":
        err.print("newsgold: warning: this export contains the copyrighted article text; do not redistribute it", markup=False)


@export_app.command("rehydrate")
def export_rehydrate_command(
    export_dir: Annotated[Path, typer.Argument(readable=False, help="An export made with --text omit.")],
    out_dir: Annotated[Path, typer.Argument(help="Folder to write the export with the text re-attached.")],
    texts: Annotated[Path, typer.Option(readable=False, help="Your copy: a folder of <doc_id>.txt files, or one file for a one-document export.")],
    overwrite: Annotated[bool, typer.Option(help="Replace an earlier export in OUT_DIR.")] = False,
) -> None:
    """Re-attach the article text from your own copy; refuses a copy whose sha256 differs."""
    from newsgold.hub import rehydrate_export

    check_outputs([out_dir], [export_dir, texts], folders=True)
    result = _hub_call(rehydrate_export, export_dir, out_dir, texts, overwrite=overwrite)
    out.print(f"rehydrated {export_dir} into {result.out_dir}: text of {result.rows['documents']} document(s) re-attached", markup=False)


@app.command()
def publish(
    repo_id: Annotated[Optional[str], typer.Option(help="Hub dataset repository, ORG/NAME (required).")] = None,
    from_dir: Annotated[Optional[Path], typer.Option("--from", help="Upload this export. Default: export the gold now.")] = None,
    text: Annotated[Optional[str], typer.Option(help="Without --from: the export's text mode (default omit). With --from: include allows uploading an export that contains the copyrighted text.")] = None,
    private: Annotated[bool, typer.Option(help="Create the repository as private.")] = False,
    dry_run: Annotated[bool, typer.Option(help="List what would be uploaded; upload nothing.")] = False,
    message: Annotated[Optional[str], typer.Option(help="Commit message.")] = None,
) -> None:
    """Upload the export to the Hugging Face Hub (token from HF_TOKEN)."""
    from newsgold.hub import publish as publish_export

    if not repo_id:
        raise UserError("publish needs --repo-id ORG/NAME, the Hub dataset repository to upload to (also with --dry-run)")
    result = _hub_call(
        publish_export, repo_id, from_dir, text=text, private=private, dry_run=dry_run, commit_message=message
    )
    plan = result.plan
    verb = "would upload" if dry_run else "uploaded"
    out.print(
        f"{verb} {len(plan.files)} file(s), {plan.total_bytes} bytes, to dataset {plan.repo_id}"
        f"{' (private)' if plan.private else ''}; text: {plan.text}",
        markup=False,
    )
    for path, size in plan.files:
        out.print(f"  {size:>10}  {path}", markup=False, highlight=False)
    if result.url:
        out.print(f"commit: {result.url}", markup=False)


REPORT_WRITERS = {".json", ".md", ".csv", ".html"}


def write_report(report: Report, path: Path) -> None:
    """Write a report atomically, in the format its file name ends with."""
    from newsgold.jsonio import dumps_pretty, write_atomic
    from newsgold.reports import html_report, markdown_report, to_csv

    suffix = path.suffix.lower()
    if suffix not in REPORT_WRITERS:
        raise UserError(f"{path}: unknown report format {suffix or '(none)'}; expected one of {', '.join(sorted(REPORT_WRITERS))}")
    render = {".json": lambda r: dumps_pretty(r.to_dict()), ".md": markdown_report, ".csv": to_csv, ".html": html_report}
    write_atomic(path, render[suffix](report))


@app.command()
def score(
    predictions: Annotated[Path, typer.Argument(readable=False, help="Prediction file: the record format (.json/.jsonl) or any format 'newsgold convert' reads.")],
    gold: Annotated[Optional[Path], typer.Option(readable=False, help="Gold file or folder. Default: the committed gold.")] = None,
    system: Annotated[Optional[str], typer.Option(help="System name in the report. Default: the records' 'system', else the file name.")] = None,
    layers: Annotated[Optional[str], typer.Option(help="Comma-separated layers to score (entities, events, stances). Default: those the predictions have.")] = None,
    mode: ModeOption = "strict",
    min_overlap: MinOverlapOption = 0.0,
    ignore_determiners: DeterminersOption = False,
    aliases: AliasesOption = None,
    argument_match: ArgumentMatchOption = "span",
    coref: CorefOption = False,
    holder_match: HolderMatchOption = "cluster",
    unit: UnitOption = "auto",
    resamples: Annotated[int, typer.Option(help="Bootstrap resamples for the intervals (0: none).")] = 1000,
    seed: Annotated[int, typer.Option(help="Seed of the bootstrap.")] = 12345,
    missing: MissingOption = "error",
    errors: Annotated[int, typer.Option(help="List up to this many errors of each layer scored, in context: entities, event triggers, event arguments, stances (pick layers with --layers).")] = 0,
    documents: Annotated[bool, typer.Option("--documents", help="Print per-document entity rows.")] = False,
    confusion: Annotated[bool, typer.Option("--confusion", help="Print the entity confusion matrix (with MISSED, SPURIOUS).")] = False,
    profile: Annotated[Optional[str], typer.Option(help="Print a reference tool's entity report instead: seqeval | seqeval-strict | nervaluate | conlleval | spacy.")] = None,
    output: Annotated[Optional[list[Path]], typer.Option("-o", "--output", help="Write the report here; the format follows the name: .json, .md, .csv, .html. Repeatable.")] = None,
    split: SplitOption = "all",
    corpus_path: CorpusOption = None,
    labels: LabelsOption = None,
    gold_name: GoldNameOption = None,
    gold_format: GoldFormatOption = None,
    pred_format: FormatOption = None,
    mapping: MappingOption = None,
) -> None:
    """Score predictions against the gold on every layer they have: P/R/F1 with intervals, counts, signature.

    The gold is newsgold's (default) or your own (--gold PATH in the record format or any format
    'newsgold convert' reads, with --corpus for its texts where the format has none).
    """
    from newsgold.record_columns import first_system
    from newsgold.reports import evaluate, rich_report
    from newsgold.scoring import ScoringError, render, score_entities
    from newsgold.scoring.profiles import profile_text
    from newsgold.validate import read_predictions

    for path in output or ():
        if path.suffix.lower() not in REPORT_WRITERS:
            raise UserError(f"{path}: unknown report format {path.suffix or '(none)'}; expected one of {', '.join(sorted(REPORT_WRITERS))}")
    check_outputs(output or (), [predictions, gold, corpus_path, labels])
    name_option(system, "--system")
    gs = goldset(gold, split, corpus_path, labels, gold_name, gold_format)
    corpus, schema, gold_records = gs.corpus, gs.schema, gs.records
    preds = read_scored_predictions(gs, predictions, pred_format)
    mapping_name = "none"
    if mapping:
        from newsgold.systems import MappingError, load_mapping

        try:
            view = load_mapping(mapping, schema)
        except MappingError as error:
            raise UserError(str(error)) from None
        gold_records, preds, mapping_name = view.view_records(gold_records), view.view_records(preds), view.signature_name
    try:
        if profile:
            out.print(profile_text(profile, gold_records, preds, corpus, missing), markup=False, highlight=False)
            for path in output or ():
                if path.suffix.lower() != ".json":
                    raise UserError(f"{path}: a --profile report is written as JSON; give a .json file name")
                from newsgold.jsonio import dumps_pretty, write_atomic
                from newsgold.scoring.profiles import profile_result

                write_atomic(path, dumps_pretty(profile_result(profile, gold_records, preds, corpus, missing)))
                out.print(f"wrote {path}")
            return
        if aliases is not None and aliases not in schema.entity_aliases:
            raise ScoringError(f"unknown alias view {aliases!r}; the label schema has: {', '.join(schema.entity_aliases) or 'none'}")
        alias_table = schema.entity_aliases[aliases] if aliases else None
        name = system or first_system(preds) or predictions.stem
        report = evaluate(
            gold_records, preds, system=name, layers=layers.split(",") if layers else None, entity_mode=mode,
            min_overlap=min_overlap, ignore_determiners=ignore_determiners, aliases=alias_table,
            argument_match=argument_match, coref=coref, holder_match=holder_match, unit=unit,
            n_resamples=resamples, seed=seed, corpus=corpus, schema=schema, missing=missing, mapping=mapping_name,
        )
        entity_view = None
        if documents or confusion:
            entity_view = score_entities(gold_records, preds, mode=mode, min_overlap=min_overlap,
                                         ignore_determiners=ignore_determiners, aliases=alias_table,
                                         corpus=corpus, missing=missing)
    except ScoringError as error:
        raise UserError(str(error)) from None
    out.print(rich_report(report))
    if entity_view is not None and documents:
        out.print(render.documents_table(entity_view))
    if entity_view is not None and confusion:
        out.print(render.confusion_table(entity_view))
    if errors:
        from newsgold.reports.errors_text import error_tables

        for table in error_tables(report, errors):
            out.print(table)
    for path in output or ():
        write_report(report, path)
        out.print(f"wrote {shown(path)}", markup=False, highlight=False)


def _report_or_predictions(path: Path, gold_set=None, **options) -> Report:
    """A saved report (JSON with format newsgold.report/1), or predictions scored now against
    ``gold_set`` (default: newsgold's gold)."""
    from newsgold.jsonio import load_json
    from newsgold.reports import Report, evaluate
    from newsgold.scoring import ScoringError
    from newsgold.validate import read_predictions

    if path.suffix == ".json" and path.is_file():
        data = load_json(path, "a newsgold report (JSON, from score -o or benchmark) or a prediction file")
        if isinstance(data, dict) and "format" in data:
            try:
                return Report.from_dict(data)
            except (KeyError, TypeError, ValueError, AttributeError) as error:
                raise UserError(f"{shown(path)}: not a readable newsgold report ({type(error).__name__}: {error}); "
                                "expected a report written by 'newsgold score -o FILE.json'") from None
    gs = gold_set if gold_set is not None else goldset()
    preds = read_scored_predictions(gs, path)
    try:
        return evaluate(list(gs.records), preds, system=path.stem, corpus=gs.corpus, schema=gs.schema, **options)
    except ScoringError as error:
        raise UserError(f"{path}: {error}") from None


@app.command()
def compare(
    first: Annotated[Path, typer.Argument(readable=False, help="System A: a report (.json from newsgold score/benchmark) or a prediction file.")],
    second: Annotated[Path, typer.Argument(readable=False, help="System B, compared with A on the same gold.")],
    method: Annotated[str, typer.Option(help="approximate-randomization | paired-bootstrap")] = "approximate-randomization",
    trials: Annotated[int, typer.Option(help="Randomization trials or bootstrap resamples.")] = 10000,
    seed: Annotated[int, typer.Option(help="Random seed.")] = 12345,
    alpha: Annotated[float, typer.Option(help="Mark rows with p below this as significant.")] = 0.05,
    all_rows: Annotated[bool, typer.Option("--all-rows", help="Also list categories whose F1 did not change.")] = False,
    json_out: Annotated[Optional[Path], typer.Option("--json", help="Write the comparison rows as JSON here.")] = None,
    gold: Annotated[Optional[Path], typer.Option(help="Gold that prediction files are scored against. Default: newsgold's gold.")] = None,
    split: SplitOption = "all",
    corpus_path: CorpusOption = None,
    labels: LabelsOption = None,
    gold_name: GoldNameOption = None,
    gold_format: GoldFormatOption = None,
) -> None:
    """Paired significance of B against A, per layer, metric and category (F1 deltas and p-values).

    Reports must have equal signatures (corpus, schema, layer, mode, options, mapping); prediction
    files are scored with the default settings first.
    """
    from dataclasses import asdict

    from newsgold.jsonio import dumps_pretty, write_atomic
    from newsgold.reports.compare import METHODS, compare as compare_reports
    from newsgold.signature import SignatureMismatch

    if method not in METHODS:
        raise UserError(f"unknown method {method!r}; expected one of {', '.join(METHODS)}")
    check_outputs([json_out], [first, second])
    needs_gold = any(not (p.suffix == ".json" and p.is_file()) for p in (first, second)) or gold is not None
    gs = goldset(gold, split, corpus_path, labels, gold_name, gold_format) if needs_gold else None
    a, b = _report_or_predictions(first, gs), _report_or_predictions(second, gs)
    try:
        rows = compare_reports(a, b, method, trials, seed)
    except SignatureMismatch as error:
        raise UserError(f"cannot compare {first} with {second}: {error}") from None
    table = Table(title=f"B = {printed(b.system)} against A = {printed(a.system)}: F1 (B - A), {method}, {trials} trials, seed {seed}")
    for name in ("layer", "metric", "category", "F1 A", "F1 B", "delta", "p"):
        table.add_column(name, justify="left" if name in ("layer", "metric", "category") else "right")
    for r in rows:
        if not all_rows and r.delta == 0 and r.category not in ("micro", "macro"):
            continue
        style = ("green" if r.delta > 0 else "red") if r.p_value < alpha else None
        table.add_row(r.layer, r.metric, r.category, f"{r.f1_a:.3f}", f"{r.f1_b:.3f}", f"{r.delta:+.3f}",
                      f"{r.p_value:.4f}", style=style)
    out.print(table)
    out.print(f"coloured rows: p < {alpha} (two-sided, no correction for multiple comparisons)")
    if json_out is not None:
        write_atomic(json_out, dumps_pretty({"method": method, "trials": trials, "seed": seed,
                                             "a": a.system, "b": b.system, "rows": [asdict(r) for r in rows]}))


@app.command()
def agreement(
    first: Annotated[Path, typer.Argument(readable=False, help="Annotation A (gold rules apply).")],
    second: Annotated[Path, typer.Argument(readable=False, help="Annotation B, scored against A.")],
    json_out: Annotated[Optional[Path], typer.Option("--json", help="Write the agreement figures here (the card's agreement.json format).")] = None,
    corpus_path: CorpusOption = None,
    gold_name: GoldNameOption = None,
    gold_format: GoldFormatOption = None,
) -> None:
    """Inter-annotator agreement of two annotations of the same documents, per layer.

    The documents are newsgold's, or your own (texts from --corpus, from a 'text' field in A's
    records, or from A's format); B is read against A's documents and labels.
    """
    from newsgold.agreement import agreement as measure, agreement_summary
    from newsgold.jsonio import dumps_pretty, write_atomic

    check_outputs([json_out], [first, second])
    gs = goldset(first, "all", corpus_path, None, gold_name, gold_format)
    a = list(gs.records)
    if gs.bundled:
        b = validate_file(second, gs.whole or gs.corpus, gs.schema, gold=True).raise_for_errors()
    else:
        b, _aside, _warnings = gs.read_predictions(second)
    corpus = gs.corpus
    result = measure(a, b, corpus)
    if result["skipped"]:
        err.print(f"newsgold: note: layer(s) {', '.join(result['skipped'])} not compared: not annotated in every "
                  "record of both files", markup=False, highlight=False)
    summary = agreement_summary(result, [r.doc_id for r in a],
                                f"{second} scored against {first} with `newsgold agreement`.")
    table = Table(title=f"Agreement of {printed(second.parent.name or second)} with {printed(first.parent.name or first)}")
    for name in ("layer", "measure", "value"):
        table.add_column(name, justify="right" if name == "value" else "left")
    for row in summary["scores"]:
        table.add_row(row["layer"], row["measure"], f"{row['value']:.3f}")
    out.print(table)
    if json_out is not None:
        write_atomic(json_out, dumps_pretty(summary))
        out.print(f"wrote {shown(json_out)}", markup=False, highlight=False)


# --- Regression gate: baselines and the gate (library: newsgold.gate; docs/regression.md) ---

baseline_app = typer.Typer(help="Save regression baselines of a system's scores.", no_args_is_help=True)
app.add_typer(baseline_app, name="baseline")


class GateInputError(UserError):
    """Input the gate cannot compare (bad input, mismatched signatures): exit status 2."""

    exit_code = 2


@baseline_app.command("save")
def baseline_save(
    predictions: Annotated[Path, typer.Argument(readable=False, help="Prediction file: the record format (.json/.jsonl) or any format 'newsgold convert' reads.")],
    out_path: Annotated[Path, typer.Option("-o", "--out", help="Baseline file to write, e.g. evaluate/baselines/NAME.json.")],
    system: Annotated[Optional[str], typer.Option(help="System name. Default: the records' 'system'.")] = None,
    mode: ModeOption = "strict",
    min_overlap: MinOverlapOption = 0.0,
    ignore_determiners: DeterminersOption = False,
    aliases: AliasesOption = None,
    argument_match: ArgumentMatchOption = "span",
    coref: CorefOption = False,
    holder_match: HolderMatchOption = "cluster",
    unit: UnitOption = "auto",
    missing: MissingOption = "error",
    split: SplitOption = "all",
    gold: Annotated[Optional[Path], typer.Option(readable=False, help="Gold file or folder (record format or another format). Default: newsgold's gold.")] = None,
    corpus_path: CorpusOption = None,
    labels: LabelsOption = None,
    gold_name: GoldNameOption = None,
    gold_format: GoldFormatOption = None,
    pred_format: FormatOption = None,
    mapping: MappingOption = None,
) -> None:
    """Score predictions and store what the gate needs: scores, per-unit counts, per-item outcomes, signature.

    The gate must later be run on the same gold (the same --gold options).
    """
    from newsgold.gate import ScoringConfig, build_baseline, save_baseline
    from newsgold.gate.baseline import file_fingerprint
    from newsgold.scoring import ScoringError
    from newsgold.validate import read_predictions

    check_outputs([out_path], [predictions, gold, corpus_path, labels])
    name_option(system, "--system")
    gs = goldset(gold, split, corpus_path, labels, gold_name, gold_format)
    corpus, schema = gs.corpus, gs.schema
    preds = read_scored_predictions(gs, predictions, pred_format)
    config = ScoringConfig(entity_mode=mode, min_overlap=min_overlap, ignore_determiners=ignore_determiners,
                           aliases=aliases, argument_match=argument_match, coref=coref,
                           holder_match=holder_match, unit=unit, missing=missing, mapping=mapping)
    try:
        baseline = build_baseline(list(gs.records), preds, corpus, schema, config,
                                  system, file_fingerprint(predictions))
    except ScoringError as error:
        raise UserError(str(error)) from None
    save_baseline(baseline, out_path)
    m = baseline.measurements[0]
    out.print(f"saved baseline of {baseline.system} to {out_path}: {len(baseline.measurements)} metric(s) on "
              f"{len(m.units)} {baseline.config.unit} units; {m.signature}", markup=False, highlight=False)
    for m in baseline.measurements:
        micro = next(r for r in _baseline_rows(m) if r["row"] == "micro")
        out.print(f"  {m.layer}/{m.metric}: micro F1 {micro['f1']:.3f} ({micro['support']} gold)", markup=False, highlight=False)


def _baseline_rows(measurement):
    from newsgold.gate.baseline import score_rows

    return score_rows(measurement)


@app.command()
def gate(
    predictions: Annotated[Path, typer.Argument(readable=False, help="Prediction file (.json/.jsonl) of the new system.")],
    baseline: Annotated[Path, typer.Option("--baseline", "-b", readable=False, help="Baseline file written by 'newsgold baseline save'.")],
    min_f1: Annotated[Optional[list[str]], typer.Option("--min-f1", help="Floor, repeatable: LAYER/METRIC/ROW=F1 (METRIC and ROW optional; ROW defaults to micro; * matches any). A bare F1 applies to every micro row.")] = None,
    max_drop: Annotated[Optional[float], typer.Option(help="Tolerance: an F1 drop up to this never regresses (default 0).")] = None,
    alpha: Annotated[Optional[float], typer.Option(help="Significance level of the paired test (default 0.05).")] = None,
    test: Annotated[Optional[str], typer.Option(help="approximate-randomization (default) | paired-bootstrap | none")] = None,
    trials: Annotated[Optional[int], typer.Option(help="Trials of the test (default 10000 for randomization, 1000 for bootstrap).")] = None,
    seed: Annotated[Optional[int], typer.Option(help="Seed of the test (default 12345).")] = None,
    policy: Annotated[Optional[Path], typer.Option(readable=False, help="Policy file (TOML or JSON); the options above override it.")] = None,
    mode: Annotated[Optional[str], typer.Option(help="Entity mode; must be the baseline's (else refused, exit 2).")] = None,
    json_path: Annotated[Optional[Path], typer.Option("--json", help="Write the verdicts as JSON here.")] = None,
    junit: Annotated[Optional[Path], typer.Option(help="Write JUnit XML here (one test case per layer/metric/category).")] = None,
    show: Annotated[int, typer.Option(help="Changed items listed per metric.")] = 10,
    all_rows: Annotated[bool, typer.Option("--all-rows", help="Show unchanged rows too.")] = False,
    split: Annotated[Optional[str], typer.Option(help="dev | test | all. Default: the baseline's split.")] = None,
    gold: Annotated[Optional[Path], typer.Option(readable=False, help="Your own gold (as given to 'baseline save'). Default: newsgold's gold.")] = None,
    corpus_path: CorpusOption = None,
    labels: LabelsOption = None,
    gold_name: GoldNameOption = None,
    gold_format: GoldFormatOption = None,
    mapping: Annotated[Optional[str], typer.Option("--mapping", help="Label mapping; must be the baseline's (else refused, exit 2).")] = None,
) -> None:
    """Fail when the predictions regressed against a baseline: exit 0 nothing regressed, 1 regressed, 2 bad input.

    Per layer, metric and category, a paired significance test and a tolerance decide improved / unchanged / regressed (docs/regression.md). Then lists the gold items the baseline got right and the new system gets wrong (and the reverse), in context.
    """
    from dataclasses import replace

    from newsgold.gate import BaselineError, GateError, Policy, PolicyError, load_policy, parse_floor, run_gate
    from newsgold.gate.junit import write_json, write_junit
    from newsgold.gate.listing import render
    from newsgold.signature import SignatureMismatch

    try:
        check_outputs([json_path, junit], [predictions, baseline, policy, gold, corpus_path, labels])
    except OutputError as error:
        raise GateInputError(str(error)) from None  # no error files: writing them would destroy an input
    refused = (GateError, BaselineError, PolicyError, SignatureMismatch, *USER_ERRORS)
    try:
        chosen = load_policy(policy) if policy is not None else Policy()
        given = dict(alpha=alpha, max_drop=max_drop, test=test, trials=trials, seed=seed)
        chosen = replace(chosen, **{k: v for k, v in given.items() if v is not None})
        chosen = chosen.with_floors(parse_floor(spec) for spec in min_f1 or ())
        own = goldset(gold, "all", corpus_path, labels, gold_name, gold_format) if gold is not None else None
        result = run_gate(predictions, baseline, chosen, entity_mode=mode, split=split, goldset=own, mapping=mapping)
    except refused as error:
        _refuse_gate(_message(error), json_path, junit)
    except Exception as error:  # a crash must not exit 1, which means "regressed"
        import traceback

        traceback.print_exc()
        _refuse_gate(f"internal error, nothing was compared: {type(error).__name__}: {error}", json_path, junit)
    try:
        text = render(result, all_rows=all_rows, limit=show)
        out.print("\n".join(shown(line) for line in text.split("\n")), markup=False, highlight=False)
        if json_path is not None:
            write_json(result, json_path)
        if junit is not None:
            write_junit(result, junit)
    except Exception as error:  # the verdict stands, but CI did not get it: never exit 1 ("regressed") for this
        raise GateInputError(f"the gate {result.status} but its report could not be written: {_message(error)}") from None
    raise typer.Exit(result.exit_code)


def _refuse_gate(message: str, json_path: Path | None, junit: Path | None) -> None:
    """Exit 2 with ``message``; CI still gets it as JSON and as an errored JUnit case where those can be written."""
    from newsgold.gate.junit import write_error_files

    try:
        write_error_files(message, json_path, junit)
    except (OutputError, OSError) as error:
        message = f"{message}\n{_message(error)}"
    raise GateInputError(message) from None


# --- systems: predictions and the benchmark (library: newsgold.systems; docs/benchmark.md) ---

SystemSpec = Annotated[
    str,
    typer.Option("--system", "-s", help="spacy:NAME_OR_PATH | hf:MODEL_DIR | file:PATH | rules[:PIPELINE] | a reference "
                 "system (en_core_web_sm, rules); optionally followed by @MAPPING (e.g. @conll2003)."),
]


def _systems_call(function, *args, **kwargs):
    """Run a newsgold.systems function; its errors become a one-message user error."""
    from newsgold.scoring.errors import ScoringError
    from newsgold.systems import SystemsError

    try:
        return function(*args, **kwargs)
    except (SystemsError, ScoringError) as error:
        raise UserError(str(error)) from None


@app.command()
def predict(
    system: SystemSpec,
    output: Annotated[Path, typer.Option("--output", "-o", help="Prediction file to write (JSONL, record format).")],
    mapping: Annotated[Optional[str], typer.Option(help="Label mapping (name or JSON file) from the system's labels to the schema's.")] = None,
    spans_key: Annotated[Optional[str], typer.Option(help="spaCy: take entities from doc.spans[KEY] instead of doc.ents.")] = None,
    batch_size: Annotated[Optional[int], typer.Option(help="Documents (spaCy) or sentences (transformers) per batch.")] = None,
    n_process: Annotated[int, typer.Option(help="spaCy: worker processes for nlp.pipe.")] = 1,
    progress: Annotated[bool, typer.Option(help="Show a progress bar.")] = True,
    split: SplitOption = "all",
    base_url: cli_llm.BaseUrlOption = None,
    api_key_env: cli_llm.ApiKeyEnvOption = None,
    layers: cli_llm.LayersOption = "entities,events,stances",
    max_requests: cli_llm.MaxRequestsOption = None,
    price_per_mtok: cli_llm.PriceOption = None,
    concurrency: cli_llm.ConcurrencyOption = 4,
    timeout: cli_llm.TimeoutOption = 120.0,
    max_retries: cli_llm.RetriesOption = 4,
    temperature: cli_llm.TemperatureOption = 0.0,
    seed: cli_llm.SeedOption = 0,
    few_shot: cli_llm.FewShotOption = 0,
    cache_dir: cli_llm.CacheDirOption = None,
    cache: cli_llm.CacheOption = True,
    corpus_path: Annotated[Optional[Path], typer.Option("--corpus", help="Run over your own texts instead: a folder of <doc_id>.txt or a JSONL of {doc_id, text}.")] = None,
) -> None:
    """Run a system over the corpus (newsgold's, or your own with --corpus) and write its predictions (with doc_sha256 and system) atomically.

    An LLM (openai:MODEL) also gets a run report, its ungrounded mentions and its failures beside the
    predictions (docs/llm.md); exit 1 when a document or layer has no answer.
    """
    from dataclasses import replace

    from newsgold.systems import build_system, parse_spec, write_predictions

    if corpus_path is not None:
        from newsgold.goldset import text_corpus

        try:
            corpus = text_corpus(corpus_path)
        except (ValueError, OSError) as error:
            raise UserError(str(error)) from None
        from newsgold.schema import schema_from_labels

        schema = schema_from_labels((), base=load_schema())  # your own labels: not held to newsgold's
    else:
        corpus, schema = corpus_split(split), load_schema()
    entry = _systems_call(parse_spec, system)
    if mapping:
        entry = replace(entry, mapping=mapping)
    check_outputs([output], [entry.target if entry.kind in ("file", "spacy", "hf") else None, entry.mapping])
    llm = _systems_call(cli_llm.llm_options, base_url, api_key_env, layers, max_requests, price_per_mtok,
                        concurrency=concurrency, timeout=timeout, max_retries=max_retries, temperature=temperature,
                        seed=seed, few_shot=few_shot, cache_dir=cache_dir, use_cache=cache)
    runner = _systems_call(build_system, entry, corpus=corpus, schema=schema, spans_key=spans_key,
                           batch_size=batch_size, n_process=n_process, llm_options=llm)
    records = _systems_call(runner.predict, list(corpus), progress=progress)
    for warning in getattr(runner, "warnings", []):
        err.print(f"newsgold: warning: {warning}", markup=False, highlight=False)
    write_predictions(records, output)
    counts = ", ".join(f"{layer} {sum(len(getattr(r, layer) or ()) for r in records)}" for layer in runner.layers)
    out.print(f"wrote {len(records)} record(s) to {output}: {runner.describe()}; {counts}", markup=False, highlight=False)
    if entry.kind == "openai":
        cli_llm.report_run(runner, output, out, err)


@app.command()
def benchmark(
    systems: Annotated[Optional[list[str]], typer.Option("--systems", help="Systems to run (repeat or comma-separate). Default: the reference systems en_core_web_sm, en_core_web_sm@ontonotes-coarse, rules.")] = None,
    out_dir: Annotated[Optional[Path], typer.Option("--out", help="Folder for leaderboard.md, reports/ and systems/. Default: evaluate/ (./newsgold-out/evaluate/ outside a checkout).")] = None,
    resamples: Annotated[int, typer.Option(help="Bootstrap resamples for the intervals (0: none).")] = 1000,
    seed: Annotated[int, typer.Option(help="Resampling seed.")] = 12345,
    committed: Annotated[bool, typer.Option("--committed", help="Score the committed predictions in evaluate/systems/ instead of running the models.")] = False,
    n_process: Annotated[int, typer.Option(help="spaCy: worker processes for nlp.pipe.")] = 1,
    progress: Annotated[bool, typer.Option(help="Show progress bars.")] = True,
    split: Annotated[str, typer.Option(help="Documents: test (default: the held-out articles) | dev | all.")] = "test",
    base_url: cli_llm.BaseUrlOption = None,
    api_key_env: cli_llm.ApiKeyEnvOption = None,
    max_requests: cli_llm.MaxRequestsOption = None,
    price_per_mtok: cli_llm.PriceOption = None,
    few_shot: cli_llm.FewShotOption = 0,
    cache_dir: cli_llm.CacheDirOption = None,
    gold: Annotated[Optional[Path], typer.Option(help="Benchmark on your own gold instead (record format or another format; --split does not apply).")] = None,
    corpus_path: CorpusOption = None,
    labels: LabelsOption = None,
    gold_name: GoldNameOption = None,
    gold_format: GoldFormatOption = None,
) -> None:
    """The main job: run the systems over the corpus, score every layer, print the leaderboard, write reports.

    Scores the test split by default: rules and prompts are developed on dev only (docs/splits.md).
    With --gold, the systems run over your own documents and are scored against your gold.
    """
    from newsgold.systems import REFERENCE_SYSTEMS, parse_spec, run_benchmark
    from newsgold.systems.leaderboard import rich_leaderboard

    specs = [part for item in systems or () for part in item.split(",") if part.strip()]
    entries = [_systems_call(parse_spec, spec) for spec in specs] if specs else list(REFERENCE_SYSTEMS)
    llm = _systems_call(cli_llm.llm_options, base_url, api_key_env, None, max_requests, price_per_mtok,
                        few_shot=few_shot, cache_dir=cache_dir)
    bench = _systems_call(run_benchmark, entries, out_dir, resamples=resamples, seed=seed, committed=committed,
                          progress=progress, n_process=n_process, write=False,
                          goldset=goldset(gold, "all" if gold is not None else split, corpus_path, labels, gold_name,
                                          gold_format),
                          llm_options=llm)
    hints = []
    for result in bench.skipped:
        err.print(f"newsgold: {result.entry.name} skipped: {result.skipped}", markup=False, highlight=False)
        hints.append(result.hint)
    if not bench.scored:
        err.print("newsgold: no system could be scored, so nothing was written; after installing the model run "
                  "'newsgold benchmark' again, or score the committed predictions: newsgold benchmark --committed",
                  markup=False, highlight=False)
        return
    if hints:
        err.print("newsgold: the other systems ran; to compare with the skipped ones without their models: "
                  "newsgold benchmark --committed", markup=False, highlight=False)
    from newsgold.systems.benchmark import default_out_dir, write_artifacts

    if out_dir is None and paths.bundled():
        err.print(f"newsgold: note: running on the installed package's data, so the files go to {default_out_dir()} "
                  "(choose with --out)", markup=False, highlight=False)
    target = _systems_call(write_artifacts, bench, out_dir)
    board = out if out.is_terminal else Console(soft_wrap=True, width=160)  # no wrapped tables in logs and files
    for part in rich_leaderboard(bench):
        board.print(part)
    out.print(f"wrote {len(bench.written)} file(s) under {target}: leaderboard.md, reports/, systems/", markup=False,
              highlight=False)


@app.command()
def convert(
    source: Annotated[Path, typer.Argument(metavar="IN", help="Annotations: a file, or a folder (BRAT, a saved dataset, files of one format).")],
    target: Annotated[Path, typer.Argument(metavar="OUT", help="File (or folder, for BRAT) to write.")],
    from_fmt: Annotated[Optional[str], typer.Option("--from", help="Input format (default: from the name or content): conll, iob1, iob2, bioes, conllu, webanno, brat, docbin, labelstudio, doccano, hf, newsgold.")] = None,
    to_fmt: Annotated[Optional[str], typer.Option("--to", help="Output format (default: from the name): conll (IOB2), iob1, iob2, bioes, brat, docbin, labelstudio, doccano, newsgold.")] = None,
    bio_repair: Annotated[str, typer.Option(help="Broken tag sequences: refuse (error) | repair (read as seqeval's default mode does, and say where).")] = "refuse",
) -> None:
    """Convert annotations between formats; says what was repaired on reading and what the output cannot hold."""
    from newsgold.formats import FormatError, convert as convert_files

    check_outputs([target], [source], folders=True)
    try:
        read, notes = convert_files(source, target, from_fmt, to_fmt, bio_repair=bio_repair)
    except FormatError as error:
        raise UserError(str(error)) from None
    for note in (*read.notes, *notes):
        err.print(f"newsgold: note: {shown(note)}", markup=False, highlight=False)
    mentions = sum(len(r.entities or ()) for r in read.records)
    out.print(f"read {len(read.records)} document(s), {mentions} entity mention(s) from {shown(source)} ({read.format}); "
              f"wrote {shown(target)}", markup=False, highlight=False)

# --- system-against-system diff on Dask (library: newsgold.diff; docs/diff.md) ---


@app.command()
def diff(
    old: Annotated[str, typer.Argument(help="Records of the old system: a file, folder or glob of .jsonl/.json/.parquet, local or an fsspec URL.")],
    new: Annotated[str, typer.Argument(help="Records of the new system, scored against OLD as the reference.")],
    output: Annotated[Optional[list[Path]], typer.Option("-o", "--output", help="Write the report here; the format follows the name: .html, .json, .md. Repeatable.")] = None,
    review: Annotated[Optional[Path], typer.Option(help="Write the review sample here: .jsonl (records), .json (Label Studio) or a folder (BRAT).")] = None,
    sample: Annotated[int, typer.Option(help="Changes sampled for review per layer and category.")] = 20,
    seed: Annotated[int, typer.Option(help="Seed of the sample and the bootstrap.")] = 12345,
    resamples: Annotated[int, typer.Option(help="Bootstrap resamples of documents for the intervals (0: none).")] = 1000,
    top: Annotated[int, typer.Option(help="Documents listed that changed most.")] = 20,
    max_churn: Annotated[Optional[list[str]], typer.Option("--max-churn", help="Exit 1 above this churn, repeatable: RATE (every category), LAYER=RATE or LAYER/CATEGORY=RATE (CATEGORY all: the layer).")] = None,
    text_from: Annotated[str, typer.Option(help="Texts of the sampled documents: corpus (bundled) | none | a corpus folder | a folder of DOC_ID.txt | records with doc_id and text.")] = "corpus",
    scheduler: Annotated[str, typer.Option(help="local (threads in this process) | processes:N (a local cluster) | tcp://HOST:PORT (a running Dask scheduler).")] = "local",
    partitions: Annotated[Optional[int], typer.Option(help="Partitions documents are hashed into (default: one per input block); figures do not depend on it.")] = None,
    scratch: Annotated[Optional[str], typer.Option(help="Folder or fsspec URL for exchange files, reachable by every worker (required with tcp://).")] = None,
) -> None:
    """What changed between two systems' outputs, with no gold: agreement P/R/F1 with paired intervals, churn per category, the documents that changed most, and a seeded sample of changes for review.

    Exit status: 0 no churn limit exceeded, 1 a limit exceeded, 2 input that cannot be compared.
    """
    try:
        from newsgold.diff import RENDERERS, DiffInputError, DiffOptions, diff as run_diff, parse_limits, rich_diff, write_review
    except ImportError as error:
        raise GateInputError(f"newsgold diff needs the scale extra ({error}); install it: pip install 'newsgold[scale]'") from None
    from newsgold.formats import FormatError
    from newsgold.jsonio import write_atomic

    try:
        for path in output or ():
            if path.suffix.lower() not in RENDERERS:
                raise DiffInputError(f"{shown(path)}: unknown report format {path.suffix or '(none)'}; expected one of "
                                     f"{', '.join(sorted(RENDERERS))}")
        local_inputs = [Path(p) for p in (old, new) if Path(p).exists()]
        check_outputs([*(output or ()), review], local_inputs, folders=True)
        options = DiffOptions(sample=sample, seed=seed, resamples=resamples, top=top)
        report = run_diff(old, new, options=options, scheduler=scheduler, partitions=partitions, scratch=scratch,
                          text_from=text_from, max_churn=parse_limits(max_churn or ()))
        out.print(rich_diff(report))
        for path in output or ():
            write_atomic(path, RENDERERS[path.suffix.lower()](report))
            out.print(f"wrote {shown(path)}", markup=False, highlight=False)
        if review is not None:
            for note in write_review(report, review):
                err.print(f"newsgold: note: {shown(note)}", markup=False, highlight=False)
            out.print(f"wrote the review sample to {shown(review)}", markup=False, highlight=False)
    except (DiffInputError, FormatError, OutputError) as error:
        raise GateInputError(str(error)) from None
    except Exception as error:  # a crash must not exit 1, which means "churn above the limit"
        import traceback

        traceback.print_exc()
        raise GateInputError(f"internal error, nothing was compared: {type(error).__name__}: {error}") from None
    raise typer.Exit(1 if report.breaches else 0)


USER_ERRORS = (UserError, InvalidInput, SchemaError, InputError, OutputError, ResamplingError, ScoringError, OSError)


def _message(error: BaseException) -> str:
    """An error as its lines, each escaped for the terminal; an OSError as FILE: reason."""
    if isinstance(error, OSError) and error.filename is not None:
        return f"{shown(error.filename)}: {shown(error.strerror or error)}"
    return "\n".join(shown(line) for line in str(error).split("\n"))


def main() -> None:
    """Entry point: user mistakes become one clear message and exit status 1 (the gate: 2), never a traceback."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    try:
        app()
    except USER_ERRORS as error:
        err.print(f"newsgold: error: {_message(error)}", markup=False, highlight=False, soft_wrap=True)
        sys.exit(getattr(error, "exit_code", 1))


if __name__ == "__main__":
    main()
