"""annotator_e's thin wrapper around the annotation kit: K9 entity links for arguments and
holders whose span contains (rather than equals) the entity mention of their cluster."""
import sys
sys.path.insert(0, "/work/main/scripts")
from pathlib import Path
from annotation_kit import Doc as _Doc, ROOT  # noqa: E402

DETS = ("the ", "The ")


class Doc(_Doc):
    def _auto_cluster(self, span, cluster):
        if cluster is not None:
            return cluster
        for det in DETS:
            if span.text.startswith(det):
                inner = (span.start + len(det), span.end)
                for e in self.entities:
                    if (e.span.start, e.span.end) == inner and e.cluster:
                        return e.cluster
        return None

    def record(self):
        for ev in self.events:
            for a in ev.args:
                a.cluster = self._auto_cluster(a.span, a.cluster)
        for st in self.stances:
            h = st.holder
            if h.span is not None:
                h.cluster = self._auto_cluster(h.span, h.cluster)
        rec = super().record()
        ents = rec["entities"]

        def link(obj, head_pos):
            if "entity" in obj or "cluster" not in obj:
                return
            cands = [e for e in ents if e.get("cluster") == obj["cluster"]
                     and e["start"] >= obj["start"] and e["end"] <= obj["end"]]
            if not cands:
                return
            best = min(cands, key=lambda e: abs(e["end"] - head_pos))
            cl = obj.pop("cluster")
            obj["entity"] = best["id"]
            obj["cluster"] = cl

        for ev in rec["events"]:
            for a in ev["arguments"]:
                link(a, a["head"]["end"])
        for st in rec["stances"]:
            h = st["holder"]
            if "start" in h:
                link(h, h["end"])
        return rec
