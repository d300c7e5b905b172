"""Score entity predictions against gold: the library entry points.

``score_entities`` takes records (gold and predictions); ``score_spans`` takes ``SpanTable``
columns and per-mention unit ids, for callers that already hold arrays.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import replace

import numpy as np

from newsgold.corpus import Corpus
from newsgold.records import Entity, Record
from newsgold.scoring.counts import count_items
from newsgold.scoring.errors import ScoringError, listing
from newsgold.scoring.matching import check_min_overlap, check_mode, match_spans
from newsgold.scoring.result import EntityScore, Options
from newsgold.scoring.spans import SpanTable, spans_from_records, strip_determiners

DEFAULT_DETERMINERS = ("the",)
UNITS = ("document", "sentence")


def compatibility(labels: Sequence[str], aliases: Mapping[str, Sequence[str]] | None) -> np.ndarray | None:
    """``m[g, p]`` is True when a prediction labelled ``labels[p]`` has the type of gold ``labels[g]``."""
    if not aliases:
        return None
    position = {name: i for i, name in enumerate(labels)}
    m = np.eye(len(labels), dtype=bool)
    for gold_label, accepted in aliases.items():
        if gold_label in position:
            for label in accepted:
                if label in position:
                    m[position[gold_label], position[label]] = True
    return m


def _alias_key(aliases: Mapping[str, Sequence[str]] | None) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple(sorted((k, tuple(v)) for k, v in (aliases or {}).items()))


def score_spans(
    gold: SpanTable,
    pred: SpanTable,
    *,
    mode: str = "strict",
    min_overlap: float = 0.0,
    aliases: Mapping[str, Sequence[str]] | None = None,
    gold_unit: np.ndarray | None = None,
    pred_unit: np.ndarray | None = None,
    units: Sequence[Hashable] | None = None,
    unit_doc: np.ndarray | None = None,
    options: Options | None = None,
    texts: Mapping[str, str] | None = None,
    gold_entities: Sequence[Entity] | None = None,
    pred_entities: Sequence[Entity] | None = None,
) -> EntityScore:
    """Score mention tables (see ``score_entities`` for the options).

    Units default to documents; else give a unit index per mention (``gold_unit``,
    ``pred_unit``), the unit names (``units``) and each unit's document index
    (``unit_doc``, for per-document rows). ``texts`` (doc id -> text) and the ``Entity``
    behind each row only serve error listings.
    """
    if gold.docs != pred.docs:
        raise ScoringError("gold and predictions must index the same document list")
    if gold.labels != pred.labels:
        labels = tuple(sorted(set(gold.labels) | set(pred.labels)))
        gold, pred = gold.relabel(labels), pred.relabel(labels)
    options = options or Options(mode=check_mode(mode), min_overlap=check_min_overlap(min_overlap),
                                 aliases=_alias_key(aliases), unit="document" if units is None else "custom")
    matching = match_spans(gold, pred, options.mode, options.min_overlap, compatibility(gold.labels, aliases))
    if gold_unit is None:
        if pred_unit is not None or units is not None:
            raise ScoringError("give gold_unit, pred_unit and units together")
        gold_unit, pred_unit, units = gold.doc, pred.doc, gold.docs
        unit_doc = np.arange(len(gold.docs))
    elif pred_unit is None or units is None:
        raise ScoringError("give gold_unit, pred_unit and units together")
    else:
        for side, unit, table in (("gold", gold_unit, gold), ("pred", pred_unit, pred)):
            unit = np.asarray(unit)
            if unit.shape != (len(table),) or (len(unit) and (unit.min() < 0 or unit.max() >= len(units))):
                raise ScoringError(f"{side}_unit must give each of the {len(table)} mentions a unit index "
                                   f"in 0..{len(units) - 1}")
    counts = count_items(
        np.asarray(gold_unit, np.int64), gold.label, matching.gold_credit,
        np.asarray(pred_unit, np.int64), pred.label, matching.pred_credit,
        gold.labels, units,
    )
    if unit_doc is not None:
        unit_doc = np.asarray(unit_doc, np.int64)
    return EntityScore(counts, options, gold, pred, matching, unit_doc, texts, gold_entities, pred_entities)


def sentence_units(
    corpus: Corpus, docs: Sequence[str]
) -> tuple[np.ndarray, np.ndarray, list[tuple[str, int]], np.ndarray]:
    """(document of each sentence, sentence starts, unit names, first unit of each document)."""
    missing = [d for d in docs if corpus.get(d) is None]
    if missing:
        raise ScoringError(f"document(s) {listing(missing)} are not in the corpus")
    names: list[tuple[str, int]] = []
    first = np.zeros(len(docs), np.int64)
    starts: list[int] = []
    owner: list[int] = []
    for i, doc_id in enumerate(docs):
        first[i] = len(names)
        sentences = corpus[doc_id].sentences or ((0, 0),)
        for j, (start, _end) in enumerate(sentences):
            names.append((doc_id, j))
            starts.append(start)
            owner.append(i)
    return np.array(owner, np.int64), np.array(starts, np.int64), names, first


def _sentence_of(table: SpanTable, owner: np.ndarray, starts: np.ndarray, first: np.ndarray) -> np.ndarray:
    scale = int(max(starts.max(initial=0), table.end.max(initial=0))) + 1
    keys = owner * scale + starts
    unit = np.searchsorted(keys, table.doc * scale + table.start, "right") - 1
    return np.maximum(unit, first[table.doc])


def _texts(corpus: Corpus | None, docs: Sequence[str]) -> dict[str, str] | None:
    if corpus is None:
        return None
    return {d: corpus[d].text for d in docs if corpus.get(d) is not None}


def _mention_texts(table: SpanTable, given: list[str | None], texts: Mapping[str, str] | None, side: str) -> list[str]:
    out = list(given)
    lacking = [i for i, t in enumerate(out) if t is None]
    if lacking and texts is None:
        raise ScoringError(
            f"ignore_determiners needs the text of every mention: {len(lacking)} {side} mention(s) "
            "have no 'text'; pass corpus=... to read it from the documents"
        )
    for i in lacking:
        doc_text = texts[table.docs[table.doc[i]]]
        out[i] = doc_text[table.start[i]:table.end[i]]
    return out


def score_entities(
    gold: Sequence[Record],
    pred: Sequence[Record],
    *,
    mode: str = "strict",
    min_overlap: float = 0.0,
    ignore_determiners: bool | Sequence[str] = False,
    aliases: Mapping[str, Sequence[str]] | None = None,
    labels: Sequence[str] | None = None,
    unit: str = "document",
    corpus: Corpus | None = None,
    missing: str = "error",
) -> EntityScore:
    """Score the entity layer of prediction records against gold records.

    mode: ``strict`` (span and type), ``exact`` (span only), ``partial`` (exact span = 1,
        overlap = 1/2, type ignored) or ``type`` (overlap and type).
    min_overlap: fraction of the gold span a prediction must cover to be compared with it.
    ignore_determiners: True (a leading "the"), or the words whose leading occurrence, with
        the space after it, is not part of the span for matching.
    aliases: {gold label: [predicted labels accepted as the same type]}, e.g.
        ``load_schema().entity_aliases["relaxed"]``.
    labels: the category list (default: labels found in the data, sorted).
    unit: ``document`` or ``sentence`` (needs ``corpus``): the rows of the count arrays.
    corpus: documents, for sentence units, error context and mention text.
    missing: ``error`` or ``empty``, for gold documents without a prediction record.
    """
    check_mode(mode)
    min_overlap = check_min_overlap(min_overlap)
    if unit not in UNITS:
        raise ScoringError(f"unknown unit {unit!r}; expected one of {', '.join(UNITS)}")
    if unit == "sentence" and corpus is None:
        raise ScoringError("unit='sentence' needs the corpus (corpus=load_corpus())")
    spans = spans_from_records(gold, pred, missing=missing, labels=labels)
    texts = _texts(corpus, spans.gold.docs)
    if corpus is not None:
        absent = [d for d in spans.gold.docs if corpus.get(d) is None]
        if absent:
            raise ScoringError(f"gold document(s) {listing(absent)} are not in the corpus")
    words: tuple[str, ...] = ()
    if ignore_determiners:
        words = DEFAULT_DETERMINERS if ignore_determiners is True else tuple(ignore_determiners)
    g_table, p_table = spans.gold, spans.pred
    if words:
        g_texts = _mention_texts(g_table, spans.gold_text, texts, "gold")
        p_texts = _mention_texts(p_table, spans.pred_text, texts, "predicted")
        g_table = g_table.with_start(strip_determiners(g_table, g_texts, words))
        p_table = p_table.with_start(strip_determiners(p_table, p_texts, words))
    options = Options(mode, min_overlap, words, _alias_key(aliases), unit,
                      corpus.id if corpus is not None else None)
    units: dict = {}
    if unit == "sentence":
        owner, starts, names, first = sentence_units(corpus, spans.gold.docs)
        units = dict(
            gold_unit=_sentence_of(spans.gold, owner, starts, first),
            pred_unit=_sentence_of(spans.pred, owner, starts, first),
            units=names,
            unit_doc=owner,
        )
    result = score_spans(
        g_table, p_table, mode=mode, min_overlap=min_overlap, aliases=aliases, options=options,
        texts=texts, gold_entities=spans.gold_entities, pred_entities=spans.pred_entities, **units,
    )
    if words:
        result = replace(result, gold=spans.gold, pred=spans.pred)
    return result
