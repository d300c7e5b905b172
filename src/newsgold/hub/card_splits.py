"""The dataset card's account of the splits: YAML ``data_files`` per split, which documents are in
which split and why, and the statistics per split and per source (the ``Documents per split and
source`` table ``newsgold corpus stats`` prints, from ``CorpusStats.part_rows``).

Pure functions of the export manifest, like the rest of the card.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from newsgold.hub.layout import EVALUATION_SPLIT, HubError

PARTS_BEGIN = "<!-- newsgold:splits -->"
PARTS_END = "<!-- /newsgold:splits -->"

PART_COLUMNS = ("split", "source", "documents", "sentences", "characters", "with gold")
TOTAL_LAYERS = ("entities", "events", "event arguments", "stances")

PURPOSE = {
    "dev": "development: annotation guidelines, rule baselines, prompts and few-shot examples are written "
           "and tuned on it, and only on it",
    "test": "held out: a system's reported quality is its score on this split",
}


def data_files(manifest: Mapping[str, Any], config: str) -> list[dict[str, str]]:
    """The card's ``data_files`` of a configuration: one entry per split it has a file for."""
    return [{"split": split, "path": f"{config}/{split}-*"} for split in manifest["configs"][config]["splits"]]


def documents_by_split(manifest: Mapping[str, Any]) -> dict[str, list[str]]:
    return {split: [d["doc_id"] for d in manifest["corpus"]["documents"] if d["split"] == split]
            for split in manifest["splits"]}


def split_summary(manifest: Mapping[str, Any]) -> str:
    """``dev 7, test 18`` (documents per split)."""
    return ", ".join(f"{split} {len(ids)}" for split, ids in documents_by_split(manifest).items())


def splits_section(manifest: Mapping[str, Any], splits_doc: str) -> str:
    """Which documents are in which split, what each split is for and why; ``splits_doc`` links docs/splits.md."""
    by_split = documents_by_split(manifest)
    names = ", ".join(f"`{split}`" for split in by_split)
    lines = [
        (f"{'Splits' if len(by_split) > 1 else 'One split'}: {names}. This is an evaluation corpus: nothing in it "
         "is meant for training. Every configuration has a file per split, so "
         f'`load_dataset(..., split="{EVALUATION_SPLIT}")` gives the rows of the {EVALUATION_SPLIT} documents '
         "only, and `load_dataset(...)` without `split` gives every split."),
        "",
        "| split | documents | what it is for | document ids |",
        "|---|---:|---|---|",
    ]
    for split, ids in by_split.items():
        lines.append(f"| `{split}` | {len(ids)} | {PURPOSE.get(split, '')} | {', '.join(f'`{i}`' for i in ids)} |")
    lines += [
        "",
        ("Why: the splits are fixed before any scoring (`seeds/splits.json`). The seed article is `dev` because "
         "the guidelines and the rule baselines were written on it; the GUM articles in `dev` were chosen, before "
         "any GUM article was annotated, to span the kinds of news in the corpus (conflict, a disaster, an "
         "election, a cyber-attack, a science report, sports results), so that guideline rules and prompts for "
         f"them can be written without looking at `test`. Every article and the reason it is where it is: "
         f"{splits_doc}."),
    ]
    return "\n".join(lines)


def parts_block(stats: Mapping[str, Any]) -> str:
    """Documents per split and source (as ``newsgold corpus stats`` prints them), then the gold per split."""
    lines = [
        PARTS_BEGIN,
        "| " + " | ".join(PART_COLUMNS) + " |",
        "|---|---|" + "---:|" * (len(PART_COLUMNS) - 2),
        *("| " + " | ".join(str(part[column]) for column in PART_COLUMNS) + " |" for part in stats["parts"]),
        "",
        "| split | " + " | ".join(TOTAL_LAYERS) + " | entity clusters |",
        "|---|" + "---:|" * (len(TOTAL_LAYERS) + 1),
    ]
    for split, figures in stats["splits"].items():
        totals = [sum(figures["layers"][layer].values()) for layer in TOTAL_LAYERS]
        clusters = figures["layers"]["entity clusters"].get("clusters", 0)
        lines.append(f"| {split} | " + " | ".join(map(str, totals)) + f" | {clusters} |")
    lines.append(PARTS_END)
    return "\n".join(lines)


def parse_parts_block(card_text: str) -> tuple[list[dict[str, object]], dict[str, dict[str, int]]]:
    """The card's per-split tables: the ``part_rows`` and, per split, the gold totals per layer."""
    try:
        block = card_text.split(PARTS_BEGIN, 1)[1].split(PARTS_END, 1)[0]
    except IndexError:
        raise HubError("the card has no per-split statistics block") from None
    parts: list[dict[str, object]] = []
    totals: dict[str, dict[str, int]] = {}
    header: list[str] = []
    for line in block.strip().splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if not line.startswith("|") or set(cells[0]) <= {"-"}:
            continue
        if cells[0] == "split":
            header = cells
        elif header == list(PART_COLUMNS):
            parts.append({c: v if c in ("split", "source") else int(v) for c, v in zip(header, cells)})
        else:
            totals[cells[0]] = {c: int(v) for c, v in zip(header[1:], cells[1:])}
    return parts, totals
