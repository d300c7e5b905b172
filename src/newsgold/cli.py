"""The ``newsgold`` command line: a thin layer over the library API."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

from newsgold import paths
from newsgold.corpus import build_documents, corpus_files, load_corpus
from newsgold.schema import SchemaError, load_schema
from newsgold.validate import DEFAULT_CAP, InvalidInput, gold_files, load_gold, validate_file

app = typer.Typer(
    help="newsgold: a gold-annotated news corpus and a scorer for extraction systems.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
corpus_app = typer.Typer(help="Build and inspect the corpus.", no_args_is_help=True)
app.add_typer(corpus_app, name="corpus")

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


class UserError(Exception):
    """A mistake in the user's input: reported in one message, exit status 1."""


@corpus_app.command("build")
def corpus_build(
    seeds: Annotated[Optional[Path], typer.Option(help="Folder of seed articles (*.txt + *.meta.json).")] = None,
    out_dir: Annotated[Optional[Path], typer.Option("--out", help="Corpus folder to write.")] = None,
    check: Annotated[bool, typer.Option(help="Write nothing; exit 1 if the corpus on disk is stale.")] = False,
) -> None:
    """Build corpus/ from seeds/: ids, exact text, sha256, metadata, paragraph and sentence offsets."""
    from newsgold.jsonio import write_atomic

    target = out_dir or paths.corpus_dir()
    documents = build_documents(seeds)
    files = corpus_files(documents)
    stale = [rel for rel, content in files.items() if _read_or_none(target / rel) != content]
    if check:
        if stale:
            raise UserError(
                f"{target}: corpus is stale ({', '.join(stale)} differ from a fresh build); "
                "run 'newsgold corpus build'"
            )
        out.print(f"[green]corpus is up to date[/] ({len(documents)} document(s), {target})")
        return
    for rel in stale:
        write_atomic(target / rel, files[rel])
    out.print(f"built {len(documents)} document(s) into {target}: {len(stale)} file(s) changed")


def _read_or_none(path: Path) -> str | None:
    return path.read_text(encoding="utf-8") if path.exists() else None


@corpus_app.command("stats")
def corpus_stats_command() -> None:
    """Counts per layer and per category of the corpus and its gold annotations."""
    from newsgold.stats import corpus_stats

    corpus = load_corpus()
    stats = corpus_stats(corpus, load_gold(corpus=corpus))
    out.print(
        f"[bold]{corpus.name}[/] corpus version {corpus.version}: {stats.documents} document(s), "
        f"{stats.paragraphs} paragraphs, {stats.sentences} sentences, {stats.characters} characters"
    )
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


@app.command()
def validate(
    files: Annotated[Optional[list[Path]], typer.Argument(help="Gold or prediction files (.json/.jsonl). Default: the committed gold.")] = None,
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
        report = validate_file(path, corpus, schema, gold=gold, cap=max_errors)
        for problem in report.problems:
            err.print(str(problem), markup=False, highlight=False, soft_wrap=True)
        if report.omitted:
            err.print(f"{path}: ... and {report.omitted} more error(s) not shown", markup=False)
        if report.ok:
            note = f", {len(report.warnings)} warning(s)" if report.warnings else ""
            out.print(f"[green]ok[/] {path}: {len(report.records)} record(s){note}")
        else:
            failed += 1
            out.print(f"[red]invalid[/] {path}: {len(report.errors) + report.omitted} error(s)")
    if failed:
        raise typer.Exit(1)


def main() -> None:
    """Entry point: user mistakes become one clear message and exit status 1, never a traceback."""
    try:
        app()
    except (UserError, InvalidInput, SchemaError, FileNotFoundError) as error:
        err.print(f"newsgold: error: {error}", markup=False, highlight=False, soft_wrap=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
