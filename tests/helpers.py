"""Builders for test records on the real seed document."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from newsgold.corpus import load_corpus

CORPUS = load_corpus()
DOC = CORPUS["000_2d0b2fe5cfeb493e"]  # the seed article


def span(text: str, occurrence: int = 0, start_at: int = 0) -> dict[str, Any]:
    """The span of the ``occurrence``-th match of ``text`` in the seed document."""
    start = DOC.text.index(text, start_at)
    for _ in range(occurrence):
        start = DOC.text.index(text, start + 1)
    return {"start": start, "end": start + len(text), "text": text}


def valid_prediction() -> dict[str, Any]:
    """A valid prediction record touching every layer of the format."""
    return {
        "doc_id": DOC.doc_id,
        "doc_sha256": DOC.sha256,
        "system": "test",
        "clusters": [{"id": "C1", "name": "Taliban"}],
        "entities": [
            {"id": "T1", **span("Taliban"), "label": "ORG", "cluster": "C1"},
            {"id": "T2", **span("Badghis"), "label": "GPE"},
        ],
        "events": [
            {
                "id": "E1",
                "type": "government.agreements.acceptagreementcontractceasefire",
                "trigger": span("ceasefire"),
                "arguments": [
                    {"role": "participant", **span("local Taliban leaders"),
                     "head": span("leaders"), "cluster": "C1"}
                ],
                "polarity": "positive",
                "modality": "asserted",
            }
        ],
        "stances": [
            {
                "id": "S1",
                "holder": span("An Afghan official"),
                "target": {"event": "E1"},
                "label": "FAVOR",
                "kind": "factuality",
                "factuality": "CT+",
                "evidence": span("said"),
            },
            {"id": "S2", "holder": {"author": True}, "target": {"entity": "T2"}, "label": "NONE"},
        ],
    }


def write_jsonl(path: Path, *records: Any) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


SEED_ID = "000_2d0b2fe5cfeb493e"


def seed_gold():
    """The seed article's gold alone: tests whose expected figures were worked out on it."""
    from newsgold.validate import load_gold

    return [r for r in load_gold(corpus=CORPUS) if r.doc_id == SEED_ID]
