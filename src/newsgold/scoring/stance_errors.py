"""The stance error listing: extraction errors with holder, target and cue in context.

Kinds follow the extraction matching: ``wrong label`` (a predicted stance with the gold
holder and target but another label), ``missed`` (a gold stance no prediction matches) and
``spurious`` (a prediction that matches no gold stance). A row shows the gold stance's
holder, target and cue (the prediction's for a spurious one) and a snippet of the text
around them; offsets are document offsets, so a renderer can mark each part.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from newsgold.scoring.matching import Outcome

if TYPE_CHECKING:
    from newsgold.records import Record, Stance
    from newsgold.scoring.stance import StanceScore

STANCE_ERROR_KINDS = ("wrong label", "missed", "spurious")
AUTHOR = "(author)"
MAX_CONTEXT = 400  # widest snippet that stretches to show holder, target and cue together


@dataclass(frozen=True)
class StanceError:
    doc_id: str
    kind: str
    gold_id: str | None
    pred_id: str | None
    gold_label: str | None
    pred_label: str | None
    holder: str
    holder_start: int | None
    holder_end: int | None
    target: str
    target_label: str | None
    target_start: int | None
    target_end: int | None
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    context: str | None
    context_start: int | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _text(given: str | None, doc_text: str | None, start: int, end: int) -> str:
    if given is not None:
        return given
    return doc_text[start:end] if doc_text is not None else f"[{start}:{end}]"


def _target(stance: Stance, record: Record | None, doc_text: str | None) -> tuple[str, str | None, int | None, int | None]:
    """Surface text, label (event type or entity label) and offsets of a stance's target."""
    if record is not None and stance.target_kind == "event":
        for e in record.events or ():
            if e.id == stance.target_id:
                t = e.trigger
                return _text(t.text, doc_text, t.start, t.end), e.type, t.start, t.end
    if record is not None and stance.target_kind == "entity":
        for e in record.entities or ():
            if e.id == stance.target_id:
                return _text(e.text, doc_text, e.start, e.end), e.label, e.start, e.end
    return f"{stance.target_kind} {stance.target_id}", None, None, None


def snippet(doc_text: str | None, parts: list[tuple[int, int]], width: int) -> tuple[str | None, int | None]:
    """(text, start) of ``width`` characters around the first part, stretched to the others when
    the whole stays within ``MAX_CONTEXT``; line breaks become spaces, so offsets still hold."""
    if doc_text is None or not parts:
        return None, None
    lo, hi = parts[0][0] - width, parts[0][1] + width
    for start, end in parts[1:]:
        if max(hi, end + 10) - min(lo, start - 10) <= MAX_CONTEXT:
            lo, hi = min(lo, start - 10), max(hi, end + 10)
    lo, hi = max(lo, 0), min(hi, len(doc_text))
    while 0 < lo and not doc_text[lo - 1].isspace() and parts[0][0] - lo < width + 20:
        lo -= 1  # whole words at the edges
    while hi < len(doc_text) and not doc_text[hi].isspace() and hi - parts[0][1] < width + 20:
        hi += 1
    return "".join(" " if c in "\n\r\t" else c for c in doc_text[lo:hi]), lo


def _row(kind: str, doc_id: str, gold: Stance | None, pred: Stance | None, record: Record | None,
         doc_text: str | None, width: int) -> StanceError:
    shown = gold or pred
    h = shown.holder.span
    holder = AUTHOR if h is None else _text(h.text, doc_text, h.start, h.end)
    target, target_label, t_start, t_end = _target(shown, record, doc_text)
    cue = shown.evidence
    parts = [(s.start, s.end) for s in (cue, h) if s is not None]
    if t_start is not None:
        parts.append((t_start, t_end))
    context, context_start = snippet(doc_text, parts, width)
    return StanceError(
        doc_id, kind, gold.id if gold else None, pred.id if pred else None,
        gold.label if gold else None, pred.label if pred else None,
        holder, h.start if h else None, h.end if h else None,
        target, target_label, t_start, t_end,
        None if cue is None else _text(cue.text, doc_text, cue.start, cue.end),
        cue.start if cue else None, cue.end if cue else None, context, context_start,
    )


def stance_errors(score: StanceScore, width: int = 60) -> list[StanceError]:
    """Every stance extraction error, by document and position (see the module docstring)."""
    m = score.extraction.matching
    texts = score.texts or {}
    rows = []
    for g, (doc_id, stance) in enumerate(score.gold_stances):
        if m.gold_credit[g] == 2:
            continue
        p = int(m.gold_match[g])
        pred = score.pred_stances[p][1] if p >= 0 else None
        kind = "missed" if m.gold_outcome[g] == Outcome.MISSED else "wrong label"
        rows.append(_row(kind, doc_id, stance, pred, score.gold_records.get(doc_id), texts.get(doc_id), width))
    for p, (doc_id, stance) in enumerate(score.pred_stances):
        if m.pred_match[p] < 0:
            rows.append(_row("spurious", doc_id, None, stance, score.pred_records.get(doc_id), texts.get(doc_id), width))
    position = lambda r: next((x for x in (r.cue_start, r.holder_start, r.target_start) if x is not None), 0)  # noqa: E731
    return sorted(rows, key=lambda r: (r.doc_id, position(r)))
