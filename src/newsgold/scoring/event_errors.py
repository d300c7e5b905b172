"""What became of each event argument, and the argument error listing.

An argument's outcome comes from the four argument matchings of ``score_events``, so the
listing agrees with the counts:

- ``correct``: credited in attached argument classification (right event, span, role);
- ``wrong role``: on the matched event with the right span, another role (credited in
  attached identification only);
- ``misattached``: right span (and event type) on a predicted event that is not the one
  matched to its gold event: credited in the plain metrics, not in the attached ones;
- ``wrong boundary``: on the matched event, paired with an overlapping argument of
  another span (no credit);
- ``missed`` (gold) / ``spurious`` (prediction): none of the above.

Trigger errors are the trigger-classification matching's own (``EventScore.trigger_errors``):
missed, spurious, wrong type (a mistyped trigger), wrong boundary.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from newsgold.scoring.analysis import context

if TYPE_CHECKING:
    from newsgold.records import Argument, Event
    from newsgold.scoring.events import EventScore

ARGUMENT_OUTCOMES = ("correct", "wrong role", "wrong boundary", "misattached", "missed", "spurious")


@dataclass(frozen=True)
class ArgumentOutcomes:
    """Per gold and per predicted argument (in ``EventScore.arguments`` order): outcome and partner row (-1: none)."""

    gold: tuple[str, ...]
    pred: tuple[str, ...]
    gold_partner: tuple[int, ...]
    pred_partner: tuple[int, ...]


@dataclass(frozen=True)
class ArgumentError:
    """One argument error: a gold argument, a predicted one, or the pair, with their events."""

    doc_id: str
    kind: str
    gold_role: str | None
    gold_start: int | None
    gold_end: int | None
    gold_text: str | None
    gold_event: str | None
    gold_trigger: str | None
    pred_role: str | None
    pred_start: int | None
    pred_end: int | None
    pred_text: str | None
    pred_event: str | None
    pred_trigger: str | None
    context: str | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def arguments(events: tuple[tuple[str, Event], ...]) -> list[tuple[str, int, Event, Argument]]:
    """(doc id, event row, event, argument) in the row order of the argument tables."""
    return [(d, k, e, a) for k, (d, e) in enumerate(events) for a in e.arguments]


def _outcomes(full_c_att, full_i_att, full_i, paired_att, partner_att, partner_i, none: str):
    outcome, partner = [], []
    for k in range(len(full_c_att)):
        if full_c_att[k]:
            outcome.append("correct"), partner.append(-1)
        elif full_i_att[k]:
            outcome.append("wrong role"), partner.append(int(partner_att[k]))
        elif full_i[k]:
            outcome.append("misattached"), partner.append(int(partner_i[k]))
        elif paired_att[k]:
            outcome.append("wrong boundary"), partner.append(int(partner_att[k]))
        else:
            outcome.append(none), partner.append(-1)
    return tuple(outcome), tuple(partner)


def argument_outcomes(score: EventScore) -> ArgumentOutcomes:
    """The outcome of every gold and predicted argument (see the module docstring)."""
    c_att = score.argument_classification_attached.matching
    i_att = score.argument_identification_attached.matching
    i_plain = score.argument_identification.matching
    gold, gold_partner = _outcomes(c_att.gold_credit == 2, i_att.gold_credit == 2, i_plain.gold_credit == 2,
                                   i_att.gold_match >= 0, i_att.gold_match, i_plain.gold_match, "missed")
    pred, pred_partner = _outcomes(c_att.pred_credit == 2, i_att.pred_credit == 2, i_plain.pred_credit == 2,
                                   i_att.pred_match >= 0, i_att.pred_match, i_plain.pred_match, "spurious")
    return ArgumentOutcomes(gold, pred, gold_partner, pred_partner)


def _surface(text: str | None, doc_text: str | None, start: int, end: int) -> str | None:
    if text is not None:
        return text
    return None if doc_text is None else doc_text[start:end]


def argument_errors(score: EventScore, width: int = 40) -> list[ArgumentError]:
    """Every argument without full attached credit, sorted by document and position.

    A pair (wrong role, wrong boundary, misattached) is one row; ``context`` shows
    ``width`` characters each side of the argument(s), between « and ».
    """
    texts = score.texts or {}
    outcomes = argument_outcomes(score)
    g_args, p_args = arguments(score.gold_events), arguments(score.pred_events)

    def side(row):
        if row is None:
            return (None,) * 6
        d, _, e, a = row
        return (a.role, a.start, a.end, _surface(a.text, texts.get(d), a.start, a.end), e.type,
                _surface(e.trigger.text, texts.get(d), e.trigger.start, e.trigger.end))

    rows: list[tuple[tuple[str, int, int], ArgumentError]] = []
    listed: set[tuple[int, int]] = set()

    def add(kind: str, g: int, p: int) -> None:
        gold, pred = (g_args[g] if g >= 0 else None), (p_args[p] if p >= 0 else None)
        doc_id = (gold or pred)[0]
        spans = [(r[3].start, r[3].end) for r in (gold, pred) if r is not None]
        lo, hi = min(s for s, _ in spans), max(e for _, e in spans)
        rows.append(((doc_id, lo, 0 if gold else 1), ArgumentError(
            doc_id, kind, *side(gold), *side(pred), context(texts.get(doc_id), lo, hi, width))))
        listed.add((g, p))

    for g, kind in enumerate(outcomes.gold):
        if kind != "correct":
            add(kind, g, outcomes.gold_partner[g])
    for p, kind in enumerate(outcomes.pred):
        if kind != "correct" and (outcomes.pred_partner[p], p) not in listed:
            add(kind, outcomes.pred_partner[p] if kind != "spurious" else -1, p)
    rows.sort(key=lambda item: item[0])
    return [row for _, row in rows]
