"""annotator_j helper: the kit's Doc plus K9 entity refs for arguments/holders whose span
contains (not equals) an entity mention of the argument's cluster (nearest the head)."""
import sys
sys.path.insert(0, "/work/main/scripts")
from annotation_kit import Doc as _Doc


class Doc(_Doc):
    def record(self):
        rec = super().record()
        cid_of = {c["name"]: c["id"] for c in rec["clusters"]}
        ents = rec["entities"]

        def fill(obj, head_start):
            if "entity" in obj or "cluster" not in obj:
                return
            inside = [e for e in ents if e.get("cluster") == obj["cluster"]
                      and e["start"] >= obj["start"] and e["end"] <= obj["end"]]
            if inside:
                inside.sort(key=lambda e: abs(e["start"] - head_start))
                obj["entity"] = inside[0]["id"]
                # keep key order: entity before cluster
                c = obj.pop("cluster"); obj["cluster"] = c

        for ev in rec["events"]:
            for a in ev["arguments"]:
                fill(a, a["head"]["start"])
        for st in rec["stances"]:
            h = st["holder"]
            if not h.get("author"):
                fill(h, h["end"])
        return rec


def word(d, s, sent, n=1):
    """n-th word-bounded occurrence of s in sentence sent, as a kit Span."""
    import re
    from annotation_kit import Span
    lo, hi = d.sentences[sent]
    hits = [m for m in re.finditer(r"(?<!\w)" + re.escape(s) + r"(?!\w)", d.text[lo:hi])]
    m = hits[n - 1]
    return Span(lo + m.start(), lo + m.end(), s)
