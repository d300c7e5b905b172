"""annotator_d helper: Doc subclass adding K9 nested-entity links (entity inside an
argument/holder span whose cluster equals the argument's cluster, nearest the head)."""
import sys
sys.path.insert(0, "/work/main/scripts")
from annotation_kit import Doc as _Doc


class Doc(_Doc):
    def record(self):
        rec = super().record()
        ents = rec["entities"]

        def link(obj, head_start):
            if obj.get("entity") or not obj.get("cluster"):
                return
            cands = [e for e in ents if e.get("cluster") == obj["cluster"]
                     and e["start"] >= obj["start"] and e["end"] <= obj["end"]]
            if cands:
                best = min(cands, key=lambda e: abs(e["start"] - head_start))
                # keep key order: put entity before cluster
                cl = obj.pop("cluster")
                obj["entity"] = best["id"]
                obj["cluster"] = cl

        for ev in rec["events"]:
            for a in ev["arguments"]:
                link(a, a["head"]["start"])
        for st in rec["stances"]:
            h = st["holder"]
            if "start" in h:
                link(h, h["end"])
        return rec
