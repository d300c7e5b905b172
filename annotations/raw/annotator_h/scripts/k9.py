"""annotator_h helper: K9 entity refs for arguments/holders whose span contains a clustered entity."""
import sys; sys.path.insert(0, "/work/main/scripts")
import annotation_kit
from annotation_kit import Doc

_orig_record = Doc.record


def _record(self):
    rec = _orig_record(self)
    ents = rec["entities"]

    def fix(obj, head_start):
        if "entity" in obj or "cluster" not in obj or "start" not in obj:
            return
        cands = [e for e in ents if e.get("cluster") == obj["cluster"]
                 and e["start"] >= obj["start"] and e["end"] <= obj["end"]]
        if cands:
            best = min(cands, key=lambda e: abs(e["start"] - head_start))
            new = {}
            for k, v in obj.items():
                if k == "cluster":
                    new["entity"] = best["id"]
                new[k] = v
            obj.clear(); obj.update(new)

    for ev in rec["events"]:
        for a in ev["arguments"]:
            fix(a, a["head"]["start"])
    for st in rec["stances"]:
        h = st["holder"]
        if not h.get("author"):
            fix(h, h["end"])
    return rec


Doc.record = _record


def word(d, w, sent, n=1):
    """n-th whole-word occurrence of w in sentence `sent` (a Span)."""
    import re
    from annotation_kit import Span
    lo, hi = d.sentences[sent]
    ms = [m for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", d.text[lo:hi])]
    m = ms[n - 1]
    return Span(lo + m.start(), lo + m.end(), w)
