"""Files for the end-to-end benchmark: the synthetic workload of ``workload.py`` as text.

Each document becomes a text of random words joined by single spaces; a mention's character
span covers its tokens. Written in one pass:

- ``gold.jsonl`` and ``pred.jsonl``: newsgold records (gold with the document ``text``,
  ``doc_sha256`` on both, every entity with its surface ``text``);
- ``gold.conll`` and ``pred.conll``: ``token<TAB>IOB2 tag`` lines, a blank line between
  documents (what seqeval users read, and nervaluate's ``conll`` loader input).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import msgspec
import numpy as np

from workload import Workload, generate, to_bio

LETTERS = np.array(list("abcdefghijklmnopqrstuvwxyz"))


def vocabulary(rng: np.random.Generator, size: int = 4096) -> np.ndarray:
    lengths = rng.integers(1, 11, size)
    letters = LETTERS[rng.integers(0, 26, int(lengths.sum()))].tolist()
    bounds = np.concatenate([[0], np.cumsum(lengths)]).tolist()
    return np.array(["".join(letters[bounds[i]:bounds[i + 1]]) for i in range(size)], dtype=object)


def write_files(folder: Path, docs: int, per_doc: int = 10, seed: int = 13) -> Workload:
    """Write the four files for ``docs`` documents; return the workload they hold."""
    w = generate(docs, per_doc, seed)
    rng = np.random.default_rng(seed + 1)
    vocab = vocabulary(rng)
    word = rng.integers(0, len(vocab), int(w.n_tokens.sum()))
    words = vocab[word].tolist()
    length = np.fromiter(map(len, words), np.int64, len(words))
    offsets = np.concatenate([[0], np.cumsum(w.n_tokens)])
    # character start of each token within its document: running sum of (length + 1) restarted per document
    step = length + 1
    csum = np.cumsum(step) - step
    first = np.repeat(csum[offsets[:-1]], w.n_tokens)
    tok_start = csum - first
    tok_end = tok_start + length
    texts = [" ".join(words[offsets[i]:offsets[i + 1]]) for i in range(w.n_docs)]
    shas = [hashlib.sha256(t.encode("utf-8")).hexdigest() for t in texts]
    doc_ids = [f"doc{i:06d}" for i in range(w.n_docs)]

    def records(doc, start, end, label, with_text: bool) -> list[dict]:
        base = offsets[doc]
        c_start = tok_start[base + start].tolist()
        c_end = tok_end[base + end - 1].tolist()
        bounds = np.searchsorted(doc, np.arange(w.n_docs + 1)).tolist()
        names = [w.labels[i] for i in label.tolist()]
        out = []
        for d in range(w.n_docs):
            text = texts[d]
            ents = [{"start": s, "end": e, "text": text[s:e], "label": n}
                    for s, e, n in zip(c_start[bounds[d]:bounds[d + 1]], c_end[bounds[d]:bounds[d + 1]],
                                       names[bounds[d]:bounds[d + 1]])]
            rec = {"doc_id": doc_ids[d], "doc_sha256": shas[d]}
            if with_text:
                rec["text"] = text
            rec["entities"] = ents
            out.append(rec)
        return out

    encoder = msgspec.json.Encoder()
    for name, arrays, with_text in (("gold", (w.doc, w.start, w.end, w.label), True),
                                    ("pred", (w.pred_doc, w.pred_start, w.pred_end, w.pred_label), False)):
        with (folder / f"{name}.jsonl").open("wb") as out:
            for rec in records(*arrays, with_text):
                out.write(encoder.encode(rec) + b"\n")
        tags = to_bio(w, pred=name == "pred")
        with (folder / f"{name}.conll").open("w", encoding="utf-8") as out:
            for d in range(w.n_docs):
                toks = words[offsets[d]:offsets[d + 1]]
                out.write("".join(f"{t}\t{g}\n" for t, g in zip(toks, tags[d])))
                out.write("\n")
    return w


def main() -> None:
    """``python e2e_files.py FOLDER DOCS PER_DOC SEED``: write the files, print what they hold as JSON."""
    import json
    import sys

    folder, docs, per_doc, seed = Path(sys.argv[1]), *map(int, sys.argv[2:5])
    w = write_files(folder, docs, per_doc, seed)
    print(json.dumps({"docs": w.n_docs, "gold": len(w.start), "pred": len(w.pred_start),
                      "tokens": int(w.n_tokens.sum()), "labels": list(w.labels)}))


if __name__ == "__main__":
    main()
