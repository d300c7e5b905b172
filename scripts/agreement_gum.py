"""Agreement of the two independent passes over each GUM article, before adjudication.

    .venv/bin/python scripts/agreement_gum.py

Reads the pairs of raw annotations in ``annotations/raw/``, scores the second pass against
the first with ``newsgold.agreement`` per article and pooled over all articles, and writes
``annotations/agreement_gum.json`` (every figure) and the pooled summary into
``annotations/agreement.json`` (what the dataset card shows).
"""

from __future__ import annotations

import json
from pathlib import Path

from newsgold import load_corpus
from newsgold.agreement import agreement, agreement_summary
from newsgold.jsonio import dumps_pretty, write_atomic
from newsgold.records import Record

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "annotations" / "raw"

# (first pass, second pass, articles): who annotated what, independently.
PAIRS = [
    ("annotator_d", "annotator_h", ["worship", "crane", "ie9", "homeopathic", "soccer", "warhol"]),
    ("annotator_e", "annotator_i", ["asylum", "korea", "warming", "clock", "defector"]),
    ("annotator_f", "annotator_j", ["flag", "imprisoned", "taxes", "expo", "afghan", "iodine"]),
    ("annotator_g", "annotator_k", ["stampede", "lanterns", "sensitive", "hackers", "election"]),
    ("annotator_g", "annotator_l", ["questionnaire"]),
    ("annotator_m", "annotator_n", ["nasa"]),
]
METHOD = (
    "Before adjudication. Every GUM article was annotated twice, independently, from guidelines v2 by two "
    "model-based annotators (language-model agents; neither saw the other's output nor any adjudicated gold of "
    "the article), with GUM's human entity mentions and OntoGUM's coreference available to both as "
    "pre-annotation. Figures score the second pass against the first with `newsgold agreement`, pooled over "
    "the articles (F1 is symmetric). They measure how far the guidelines determine the annotation, not "
    "human agreement; shared pre-annotation raises entity and cluster agreement (annotations/README.md)."
)


def _record(annotator: str, doc_id: str) -> Record | None:
    path = RAW / annotator / f"{doc_id}.json"
    if not path.is_file():
        return None
    return Record.from_dict(json.loads(path.read_text(encoding="utf-8")))


def main() -> None:
    corpus = load_corpus()
    first: list[Record] = []
    second: list[Record] = []
    per_document = []
    for a_name, b_name, articles in PAIRS:
        for article in articles:
            doc_id = f"GUM_news_{article}"
            a, b = _record(a_name, doc_id), _record(b_name, doc_id)
            if a is None or b is None:
                continue
            first.append(a)
            second.append(b)
            result = agreement([a], [b], corpus=corpus)
            summary = agreement_summary(result, [doc_id], METHOD)
            per_document.append({
                "doc_id": doc_id, "split": corpus.split_of(doc_id), "first": a_name, "second": b_name,
                "scores": {f"{s['layer']}: {s['measure']}": s["value"] for s in summary["scores"]},
            })
    pooled = agreement(first, second, corpus=corpus)
    summary = agreement_summary(pooled, [r.doc_id for r in first], METHOD)
    write_atomic(ROOT / "annotations" / "agreement_gum.json", dumps_pretty({
        "method": METHOD, "pooled": pooled, "per_document": per_document,
    }))
    summary["annotators"] = sorted({name for a, b, _ in PAIRS for name in (a, b)})
    write_atomic(ROOT / "annotations" / "agreement.json", dumps_pretty(summary))
    print(f"{len(first)} articles with two passes")
    for s in summary["scores"]:
        print(f"  {s['layer']:9} {s['measure']:45} {s['value']:.3f}")


if __name__ == "__main__":
    main()
