"""How newsgold's gold compares with GUM's human layers (the reference layers, not gold).

    .venv/bin/python scripts/reference_agreement.py

- Entities: our entity spans against GUM's named mentions (a Wikipedia identity, or a
  proper-noun head), labels ignored: exact-span and overlap F1. GUM marks whole noun
  phrases, OntoNotes the name alone, so the overlap figure is the comparable one.
- Coreference: our clusters against OntoGUM's (both under OntoNotes identity rules) with
  newsgold's coreference scorer, on the mentions both annotate with the same span.

Writes ``annotations/reference_agreement.json`` and prints the figures.
"""

from __future__ import annotations

from pathlib import Path

import conllu
import numpy as np

from newsgold import load_corpus, load_gold
from newsgold.formats.conllu import read_conllu
from newsgold.jsonio import dumps_pretty, write_atomic
from newsgold.records import Entity, Record
from newsgold.reference import load_reference
from newsgold.scoring import score_entities
from newsgold.scoring.coref import clusters_of, document_sums, ratios

ROOT = Path(__file__).resolve().parents[1]
ROWS = ("MUC", "B3", "CEAF-e", "LEA", "CoNLL")
NAME_TYPES = {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"}


def _end_aligned(gum: tuple[Entity, ...], ours: tuple[Entity, ...]) -> int:
    """GUM mentions that contain one of our names ending where they end, or before their
    possessive 's (the NP and its name: 'the Korean People's Army' and 'Korean People's Army'),
    one to one."""
    by_end = {}
    for e in ours:
        by_end.setdefault(e.end, []).append(e)
    matched = 0
    for g in gum:
        end = g.end - 2 if g.text.endswith(("'s", "’s")) else g.end
        candidates = [e for e in by_end.get(end, []) if e.start >= g.start]
        if candidates:
            by_end[end].remove(candidates[0])
            matched += 1
    return matched


def _proper(doc_id: str) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    """Spans of GUM mentions whose last word is a proper noun (UPOS PROPN), and of those with
    any proper noun in them."""
    path = ROOT / "seeds" / "gum" / f"{doc_id}.conllu"
    parsed = read_conllu(path)
    upos = [t["upos"] for s in conllu.parse(path.read_text(encoding="utf-8")) for t in s if isinstance(t["id"], int)]
    head = {(m.start, m.end) for m in parsed.mentions if upos[m.last_token] == "PROPN"}
    some = {(m.start, m.end) for m in parsed.mentions
            if any(upos[i] == "PROPN" for i in range(m.first_token, m.last_token + 1))}
    return head, some


def _named_mentions(record: dict, proper: tuple[set[tuple[int, int]], set[tuple[int, int]]]) -> tuple[Entity, ...]:
    """GUM's named mentions: a proper-noun head, or a Wikipedia identity on a mention that has a
    proper noun (GUM carries the identity onto every mention, pronouns included)."""
    head, some = proper
    return tuple(
        Entity(e["start"], e["end"], "NAME", e["text"])
        for e in record["entities"]
        if (e["start"], e["end"]) in head or ("identity" in e and (e["start"], e["end"]) in some)
    )


def main() -> None:
    corpus = load_corpus()
    gold = {r.doc_id: r for r in load_gold(corpus=corpus) if r.doc_id.startswith("GUM_")}
    gum, onto = load_reference("gum"), load_reference("ontogum")
    ours, theirs = [], []
    aligned = 0
    coref_sums = []
    shared_mentions = 0
    per_document = []
    for doc_id, record in sorted(gold.items()):
        named = _named_mentions(gum[doc_id], _proper(doc_id))
        names = tuple(Entity(e.start, e.end, "NAME", e.text) for e in record.entities if e.label in NAME_TYPES)
        ours.append(Record(doc_id, record.doc_sha256, entities=names))
        theirs.append(Record(doc_id, record.doc_sha256, entities=named))
        aligned += _end_aligned(named, names)
        key = clusters_of(Record.from_dict(onto[doc_id]))
        response = clusters_of(record)
        common = {m for c in key for m in c} & {m for c in response for m in c}
        key_c = [frozenset(c & common) for c in key if c & common]
        resp_c = [frozenset(c & common) for c in response if c & common]
        sums = document_sums(key_c, resp_c)
        coref_sums.append(sums)
        shared_mentions += len(common)
        per_document.append({"doc_id": doc_id, "shared_mentions": len(common),
                             "conll_f1": round(float(ratios(sums)[4, 2]), 4)})
    exact = score_entities(theirs, ours, mode="exact", corpus=corpus)
    overlap = score_entities(theirs, ours, mode="partial", corpus=corpus)

    table = ratios(np.sum(coref_sums, axis=0))
    result = {
        "documents": len(gold),
        "entities": {
            "gum_named_mentions": int(exact.micro.support),
            "newsgold_entities": int(exact.micro.tp + exact.micro.fp + exact.micro.partial),
            "exact_span_f1": round(exact.micro.f1, 4),
            "overlap_partial_f1": round(overlap.micro.f1, 4),
            "end_aligned_matches": aligned,
            "end_aligned_f1": round(2 * aligned / (int(exact.micro.support) + int(exact.micro.tp + exact.micro.fp
                                                                                   + exact.micro.partial)), 4),
            "what": "newsgold name entities (the 11 name types; labels ignored) against GUM's named mentions (a "
                    "proper-noun head, or a Wikipedia identity on a mention with a proper noun); end-aligned: the GUM noun phrase contains our name "
                    "and ends where it ends",
        },
        "coreference": {
            "shared_mentions": shared_mentions,
            **{name: {"precision": round(float(p), 4), "recall": round(float(r), 4), "f1": round(float(f), 4)}
               for name, (p, r, f) in zip(ROWS, table)},
            "what": "newsgold clusters (response) against OntoGUM clusters (key), restricted to the mentions both "
                    "annotate with the same span",
        },
        "per_document": per_document,
    }
    write_atomic(ROOT / "annotations" / "reference_agreement.json", dumps_pretty(result))
    e = result["entities"]
    print(f"{len(gold)} GUM articles with gold")
    print(f"entities: {e['newsgold_entities']} newsgold vs {e['gum_named_mentions']} GUM named mentions; "
          f"exact-span F1 {e['exact_span_f1']:.3f}, end-aligned F1 {e['end_aligned_f1']:.3f}, "
          f"overlap F1 {e['overlap_partial_f1']:.3f}")
    c = result["coreference"]
    print(f"coreference on {shared_mentions} shared mentions: "
          + ", ".join(f"{name} F1 {c[name]['f1']:.3f}" for name in ROWS))


if __name__ == "__main__":
    main()
