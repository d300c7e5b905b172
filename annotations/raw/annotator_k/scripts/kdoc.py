"""annotator_k helper: Doc subclass adding K9 linking of arguments/holders to an entity
inside their span whose cluster is the argument's cluster (nearest the head)."""
import sys
sys.path.insert(0, "/work/main/scripts")
from annotation_kit import Doc


class KDoc(Doc):
    def record(self):
        rec = super().record()
        ents = rec["entities"]

        by_id = {e["id"]: e for e in ents}

        def link(obj, head_start):
            if "entity" in obj:
                e = by_id[obj["entity"]]
                if "cluster" in obj and e.get("cluster") == obj["cluster"]:
                    return
                del obj["entity"]   # K9: only an entity of the argument's own cluster
            if "cluster" not in obj:
                return
            cands = [e for e in ents if e.get("cluster") == obj["cluster"]
                     and e["start"] >= obj["start"] and e["end"] <= obj["end"]]
            if cands:
                best = min(cands, key=lambda e: abs(e["start"] - head_start))
                obj["entity"] = best["id"]

        for ev in rec["events"]:
            for a in ev["arguments"]:
                link(a, a["head"]["start"])
            # keep key order: role,start,end,text,head,entity,cluster
            ev["arguments"] = [
                {k: a[k] for k in ["role", "start", "end", "text", "head", "entity", "cluster"] if k in a}
                for a in ev["arguments"]]
        for st in rec["stances"]:
            h = st["holder"]
            if "author" not in h:
                link(h, h["start"])
                st["holder"] = {k: h[k] for k in ["start", "end", "text", "entity", "cluster"] if k in h}
        return rec


def _is_word_char(c):
    return c.isalnum() or c in "_"


def _span_wholeword(self, s, sent=None, n=1, after=None):
    """Like Doc.span, but counts only whole-word occurrences (G4: spans are whole words)."""
    from annotation_kit import Span
    if sent is not None:
        lo, hi = self.sentences[sent]
    else:
        lo, hi = (after or 0), len(self.text)
    pos = lo - 1
    count = 0
    while True:
        pos = self.text.find(s, pos + 1, hi)
        if pos < 0:
            raise ValueError(f"{s!r} (occurrence {n}) not found as whole word in {self.text[lo:hi]!r}")
        before = self.text[pos - 1] if pos > 0 else " "
        after_c = self.text[pos + len(s)] if pos + len(s) < len(self.text) else " "
        if (_is_word_char(s[0]) and _is_word_char(before)) or (_is_word_char(s[-1]) and _is_word_char(after_c)):
            continue
        count += 1
        if count == n:
            return Span(pos, pos + len(s), s)


KDoc.span = _span_wholeword
