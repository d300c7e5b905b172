"""annotator_f helper: Doc subclass that also links K9 entity refs for arguments/holders whose
span contains an entity mention of the argument's cluster (nearest the head)."""
import sys
sys.path.insert(0, "/work/main/scripts")
from annotation_kit import Doc as _Doc


class Doc(_Doc):
    def record(self):
        rec = super().record()
        ents = rec["entities"]

        def link(obj, head_end):
            if obj.get("entity") or not obj.get("cluster"):
                return
            cands = [e for e in ents if e.get("cluster") == obj["cluster"]
                     and obj["start"] <= e["start"] and e["end"] <= obj["end"]]
            if cands:
                best = min(cands, key=lambda e: abs(e["end"] - head_end))
                # keep key order: entity before cluster
                c = obj.pop("cluster"); obj["entity"] = best["id"]; obj["cluster"] = c

        for ev in rec["events"]:
            for a in ev["arguments"]:
                link(a, a["head"]["end"])
        for st in rec["stances"]:
            h = st["holder"]
            if not h.get("author"):
                link(h, h["end"])
        return rec


def within(d, phrase, word, sent, n=1):
    """Span of `word` inside the n-th occurrence of `phrase` in sentence `sent`."""
    from annotation_kit import Span
    p = d.span(phrase, sent=sent, n=n)
    off = phrase.index(word)
    return Span(p.start + off, p.start + off + len(word), word)
