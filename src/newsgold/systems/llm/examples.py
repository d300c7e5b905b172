"""Few-shot examples: excerpts of the bundled dev split with the answers their gold gives.

Examples come only from ``corpus.select("dev")`` of the bundled corpus (the split prompts
are developed on), in document id order, never from the document being predicted. An
excerpt is the document's first sentences up to ``MAX_CHARS`` characters; the answer holds
the gold items that lie wholly inside it, in the shape the model is asked to answer in.
"""

from __future__ import annotations

from functools import lru_cache

from newsgold.corpus import Document
from newsgold.records import Record
from newsgold.systems.base import SystemsError
from newsgold.systems.llm.grounding import context_around
from newsgold.systems.llm.prompts import Example

MAX_CHARS = 1200
AUTHOR = "AUTHOR"


@lru_cache(maxsize=1)
def _dev() -> tuple[tuple[Document, Record], ...]:
    from newsgold.corpus import load_corpus
    from newsgold.validate import load_gold

    try:
        dev = load_corpus().select("dev")
        gold = {r.doc_id: r for r in load_gold(corpus=dev)}
    except (OSError, ValueError) as error:
        raise SystemsError(f"few-shot examples need the bundled dev split and its gold: {error}") from None
    return tuple((dev[d], gold[d]) for d in sorted(gold))


def _excerpt_end(document: Document, max_chars: int) -> int:
    ends = [end for _, end in document.sentences if end <= max_chars]
    return ends[-1] if ends else (document.sentences[0][1] if document.sentences else len(document.text))


def example_for(layer: str, document: Document, gold: Record, max_chars: int = MAX_CHARS) -> Example:
    """The example of ``layer`` made from one gold document."""
    end = _excerpt_end(document, max_chars)
    text = document.text[:end]

    def inside(*spans) -> bool:
        return all(s is None or s.end <= end for s in spans)

    def quoted(span) -> dict[str, str]:
        return {"text": text[span.start:span.end], "context": context_around(text, span.start, span.end)}

    if layer == "entities":
        items = [{**quoted(e.span), "label": e.label} for e in gold.entities or () if inside(e.span)]
        return Example(document.doc_id, text, {"entities": [{k: i[k] for k in ("text", "label", "context")} for i in items]})
    events = sorted((e for e in gold.events or () if inside(e.trigger)), key=lambda e: e.trigger.start)
    ids = {e.id: f"E{n}" for n, e in enumerate(events, 1)}
    answers = []
    for event in events:
        trigger = quoted(event.trigger)
        answers.append({
            "id": ids[event.id], "type": event.type, "trigger": trigger["text"], "context": trigger["context"],
            "arguments": [{"role": a.role, **quoted(a.span)} for a in event.arguments if inside(a.span)],
            "polarity": event.polarity, "modality": event.modality,
        })
    if layer == "events":
        return Example(document.doc_id, text, {"events": answers})
    listing = tuple({"id": a["id"], "type": a["type"], "trigger": a["trigger"], "context": a["context"]} for a in answers)
    stances = []
    for stance in gold.stances or ():
        holder = stance.holder.span
        if stance.target_kind != "event" or stance.target_id not in ids or not inside(holder, stance.evidence):
            continue
        who = quoted(holder) if holder is not None else {"text": AUTHOR, "context": ""}
        cue = quoted(stance.evidence) if stance.evidence is not None else {"text": "", "context": ""}
        stances.append({"holder": who["text"], "holder_context": who["context"], "target": ids[stance.target_id],
                        "label": stance.label, "kind": stance.kind, "factuality": stance.factuality,
                        "evidence": cue["text"], "evidence_context": cue["context"]})
    return Example(document.doc_id, text, {"stances": stances}, listing)


def dev_examples(layer: str, n: int, exclude: str) -> list[Example]:
    """``n`` examples of ``layer`` from the dev split, none from the document ``exclude``."""
    if n <= 0:
        return []
    chosen = [example_for(layer, doc, gold) for doc, gold in _dev() if doc.doc_id != exclude][:n]
    if len(chosen) < n:
        raise SystemsError(f"--few-shot {n}: the dev split has only {len(chosen)} other document(s) with gold")
    return chosen
