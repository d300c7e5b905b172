"""Named compatibility profiles for records, as the CLI offers them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from newsgold.corpus import Corpus
from newsgold.records import Record
from newsgold.scoring.errors import ScoringError

PROFILES = {
    "seqeval": "seqeval 1.2.2 classification_report, default mode, on IOB2 tags per corpus sentence",
    "seqeval-strict": "seqeval 1.2.2 classification_report, mode='strict', scheme=IOB2",
    "nervaluate": "nervaluate 1.2.1 Evaluator: strict, exact, partial, ent_type, overall and per type",
    "conlleval": "the conlleval perl script, on IOB2 tags per corpus sentence",
    "spacy": "spaCy 3.8 get_ner_prf (ents_p, ents_r, ents_f, ents_per_type)",
}


def profile_result(
    name: str, gold: Sequence[Record], pred: Sequence[Record], corpus: Corpus, missing: str = "error"
) -> dict[str, Any]:
    """The figures of a reference tool's report, at full precision, as JSON-ready data."""
    from dataclasses import asdict

    if name in ("seqeval", "seqeval-strict"):
        from newsgold.scoring.compat.seqeval import seqeval_from_records

        mode = "strict" if name == "seqeval-strict" else None
        figures: Any = seqeval_from_records(gold, pred, corpus, mode=mode, missing=missing)
    elif name == "nervaluate":
        from newsgold.scoring.compat.nervaluate import nervaluate_from_records

        figures = nervaluate_from_records(gold, pred, missing=missing).to_dict()
    elif name == "conlleval":
        from newsgold.scoring.compat.conlleval import conlleval_from_records

        result = conlleval_from_records(gold, pred, corpus, missing=missing)
        figures = {**asdict(result), "accuracy": result.accuracy, "precision": result.precision,
                   "recall": result.recall, "fb1": result.fb1}
    elif name == "spacy":
        from newsgold.scoring.compat.spacy_ner import spacy_ner_from_records

        figures = spacy_ner_from_records(gold, pred, corpus, missing=missing)
    else:
        raise ScoringError(f"unknown profile {name!r}; expected one of {', '.join(PROFILES)}")
    return {"profile": name, "description": PROFILES[name], "figures": _plain(figures)}


def _plain(value: Any) -> Any:
    """numpy scalars to Python numbers, recursively, for JSON."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if hasattr(value, "item") and callable(value.item):
        return value.item()
    return value


def profile_text(
    name: str, gold: Sequence[Record], pred: Sequence[Record], corpus: Corpus, missing: str = "error"
) -> str:
    """The report a reference tool would print for these records."""
    from newsgold.scoring import render

    if name in ("seqeval", "seqeval-strict"):
        from newsgold.scoring.compat.seqeval import seqeval_from_records

        mode = "strict" if name == "seqeval-strict" else None
        return render.seqeval_text(seqeval_from_records(gold, pred, corpus, mode=mode, missing=missing))
    if name == "nervaluate":
        from newsgold.scoring.compat.nervaluate import nervaluate_from_records

        result = nervaluate_from_records(gold, pred, missing=missing)
        return render.nervaluate_text(result) + "\n" + "\n".join(
            render.nervaluate_text(result, "entities", s) for s in ("strict", "exact", "partial", "ent_type")
        )
    if name == "conlleval":
        from newsgold.scoring.compat.conlleval import conlleval_from_records

        return conlleval_from_records(gold, pred, corpus, missing=missing).text()
    if name == "spacy":
        from newsgold.scoring.compat.spacy_ner import spacy_ner_from_records

        return render.spacy_text(spacy_ner_from_records(gold, pred, corpus, missing=missing))
    raise ScoringError(f"unknown profile {name!r}; expected one of {', '.join(PROFILES)}")
