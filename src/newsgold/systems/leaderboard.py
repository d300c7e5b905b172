"""The leaderboard: system x layer x metric, micro and macro F1 with intervals; per-category F1.

Rendered as rich tables for the terminal and as Markdown for ``evaluate/leaderboard.md``.
``±`` is half the width of the percentile bootstrap interval, as in every newsgold report.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.table import Table
from rich.text import Text

from newsgold import __version__
from newsgold.reports.model import Row
from newsgold.reports.text import with_interval
from newsgold.systems.results import HEADLINE, PER_CATEGORY, Benchmark, relative_path

METRIC_NAMES = {
    "strict": "strict spans",
    "trigger_identification": "trigger identification",
    "trigger_classification": "trigger classification",
    "argument_identification": "argument identification",
    "argument_classification": "argument classification",
    "extraction": "extraction (holder, target, label)",
    "classification": "label of gold pairs",
}


@dataclass(frozen=True)
class LeaderboardRow:
    system: str
    baseline: bool
    layer: str
    metric: str
    micro: Row
    macro: Row
    signature: str


def leaderboard_rows(bench: Benchmark) -> list[LeaderboardRow]:
    """One row per (system, headline metric), in layer order then system order."""
    rows = []
    for layer, metric in HEADLINE:
        for result in bench.scored:
            try:
                section = result.report.section(layer, metric)
            except KeyError:
                continue
            rows.append(LeaderboardRow(result.entry.name, result.entry.baseline, layer, metric, section.micro,
                                       section.macro, str(result.report.signatures[layer])))
    return rows


def _name(system: str, baseline: bool) -> str:
    return f"{system} (baseline)" if baseline else system


def per_category(bench: Benchmark, layer: str, metric: str) -> tuple[list[str], list[tuple[str, int, list]]]:
    """(systems, rows): per category its gold support and each system's Row (or None)."""
    systems, tables = [], []
    for result in bench.scored:
        try:
            section = result.report.section(layer, metric)
        except KeyError:
            continue
        systems.append(result.entry.name)
        tables.append({r.name: r for r in section.categories()})
    names = sorted({n for t in tables for n in t}, key=lambda n: (-max(t[n].support if n in t else 0 for t in tables), n))
    rows = [(n, max((t[n].support for t in tables if n in t), default=0), [t.get(n) for t in tables]) for n in names]
    return systems, rows


def weakest(bench: Benchmark, limit: int = 3, min_support: int = 2) -> list[tuple[str, str, str, Row]]:
    """Per baseline and per-category section, its lowest-F1 categories (below 1) with at least
    ``min_support`` gold items."""
    out = []
    for result in bench.scored:
        if not result.entry.baseline:
            continue
        for layer, metric in PER_CATEGORY:
            try:
                section = result.report.section(layer, metric)
            except KeyError:
                continue
            rows = sorted((r for r in section.categories() if r.support >= min_support and r.f1 < 1.0),
                          key=lambda r: (r.f1, -r.support))
            out += [(result.entry.name, layer, metric, r) for r in rows[:limit]]
    return out


# --- terminal ---

def split_phrase(corpus_id: str) -> str:
    """Which documents a corpus id (``name@version[:split]``) covers, in words."""
    if not corpus_id.startswith("newsgold@"):
        return "your own gold (not newsgold's)"
    split = corpus_id.partition(":")[2] or "all"
    return {
        "test": "the test split (held-out articles; docs/splits.md)",
        "dev": "the dev split (rules and prompts were developed on it: in-sample)",
    }.get(split, "all documents (dev and test)")


def rich_leaderboard(bench: Benchmark) -> list:
    parts: list = []
    table = Table(title=f"newsgold leaderboard — {split_phrase(bench.corpus)}, corpus {bench.corpus}, schema {bench.schema}",
                  title_justify="left",
                  caption="± half the width of the 95% bootstrap interval "
                          f"({bench.resamples} resamples, seed {bench.seed})" if bench.resamples else None)
    for column in ("system", "layer", "metric", "micro P", "micro R", "micro F1", "macro F1", "support"):
        table.add_column(column, justify="left" if column in ("system", "layer", "metric") else "right")
    rows = leaderboard_rows(bench)
    for i, row in enumerate(rows):
        table.add_row(_name(row.system, row.baseline), row.layer, METRIC_NAMES.get(row.metric, row.metric),
                      with_interval(row.micro.precision, row.micro.precision_ci, row.micro.units),
                      with_interval(row.micro.recall, row.micro.recall_ci, row.micro.units),
                      Text(with_interval(row.micro.f1, row.micro.f1_ci, row.micro.units), style="bold"),
                      with_interval(row.macro.f1, row.macro.f1_ci, row.macro.units), str(row.micro.support),
                      end_section=i + 1 < len(rows) and rows[i + 1].layer != row.layer)
    parts.append(table)
    for layer, metric in PER_CATEGORY:
        systems, category_rows = per_category(bench, layer, metric)
        if not systems:
            continue
        sub = Table(title=f"{layer}: {METRIC_NAMES.get(metric, metric)} — F1 per category", title_justify="left")
        sub.add_column("category")
        sub.add_column("support", justify="right")
        for system in systems:
            sub.add_column(system, justify="right")
        for name, support, cells in category_rows:
            sub.add_row(name, str(support), *("" if r is None else with_interval(r.f1, r.f1_ci, r.units) for r in cells))
        parts.append(sub)
    return parts


# --- Markdown ---

def _md_table(header: list[str], rows: list[list[str]], align: list[str]) -> list[str]:
    return (["| " + " | ".join(header) + " |", "|" + "|".join(align) + "|"]
            + ["| " + " | ".join(r) + " |" for r in rows])


def markdown_leaderboard(bench: Benchmark) -> str:
    out = bench.out_dir
    lines = [
        "# newsgold leaderboard",
        "",
        (f"Scored on {split_phrase(bench.corpus)}. "
         f"Corpus `{bench.corpus}` ({bench.documents} document(s)), schema `{bench.schema}`, newsgold {__version__}. "
         f"Written by `newsgold benchmark`{' from the committed predictions' if bench.committed else ''}; "
         "do not edit by hand."),
        "",
        (f"F1 with ± half the width of the 95% percentile bootstrap interval ({bench.resamples} resamples, "
         f"seed {bench.seed}); the exact configuration of every number is in its signature (below). "
         "Systems marked *baseline* are the reference baselines."),
        "",
        "## Leaderboard",
        "",
    ]
    rows = [[_name(r.system, r.baseline), r.layer, METRIC_NAMES.get(r.metric, r.metric),
             with_interval(r.micro.precision, r.micro.precision_ci, r.micro.units), with_interval(r.micro.recall, r.micro.recall_ci, r.micro.units),
             f"**{with_interval(r.micro.f1, r.micro.f1_ci, r.micro.units)}**", with_interval(r.macro.f1, r.macro.f1_ci, r.macro.units),
             str(r.micro.support)] for r in leaderboard_rows(bench)]
    lines += _md_table(["system", "layer", "metric", "micro P", "micro R", "micro F1", "macro F1", "support"], rows,
                       ["---", "---", "---", "---:", "---:", "---:", "---:", "---:"])
    lines += ["", "## Systems", ""]
    for result in bench.results:
        entry = result.entry
        what = ", ".join(f"{k} {v}" for k, v in result.info.items())
        line = f"- **{entry.name}**{' (baseline)' if entry.baseline else ''}: {entry.description or entry.spec}"
        line += f". Spec `{entry.spec}`" + (f", label mapping `{entry.mapping}`" if entry.mapping else "")
        if what:
            line += f"; ran {what}"
        if result.predictions is not None and out is not None:
            line += f"; predictions `{relative_path(result.predictions, out)}`"
        if result.report is not None and out is not None:
            line += f"; report `reports/{_stem(entry.name)}.md`"
        if result.skipped:
            line += f". **Skipped**: {result.skipped}"
        lines.append(line + ".")
    for layer, metric in PER_CATEGORY:
        systems, category_rows = per_category(bench, layer, metric)
        if not systems:
            continue
        lines += ["", f"## {layer}: {METRIC_NAMES.get(metric, metric)} — F1 per category", ""]
        table = [[name, str(support), *("" if r is None else with_interval(r.f1, r.f1_ci, r.units) for r in cells)]
                 for name, support, cells in category_rows]
        lines += _md_table(["category", "support", *systems], table, ["---", "---:"] + ["---:"] * len(systems))
    weak = weakest(bench)
    if weak:
        lines += ["", "## Weakest categories of each baseline", "",
                  ("Lowest F1 among categories with at least 2 gold items (tp / fp / fn); the error listings "
                   "are in each system's report."), ""]
        for system, layer, metric, r in weak:
            lines.append(f"- {system}, {layer} {METRIC_NAMES.get(metric, metric)}: **{r.name}** F1 {r.f1:.3f} "
                         f"(support {r.support}; tp {r.tp}, fp {r.fp}, fn {r.fn})")
    lines += ["", "## Signatures", ""]
    sig_rows = [[result.entry.name, layer, f"`{sig}`"] for result in bench.scored
                for layer, sig in result.report.signatures.items()]
    lines += _md_table(["system", "layer", "signature"], sig_rows, ["---", "---", "---"])
    return "\n".join(lines) + "\n"


def _stem(name: str) -> str:
    from newsgold.systems.registry import safe_name

    return safe_name(name)
