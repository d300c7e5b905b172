"""Own helper: K9 entity links for arguments/holders whose span contains (not equals) the entity."""
import sys; sys.path.insert(0, "/work/main/scripts")
from annotation_kit import Doc as _Doc


class Doc(_Doc):
    def record(self):
        rec = super().record()
        ents = rec["entities"]

        def link(item, head_start):
            if "entity" in item or "cluster" not in item:
                return
            cands = [e for e in ents if e.get("cluster") == item["cluster"]
                     and e["start"] >= item["start"] and e["end"] <= item["end"]]
            if cands:
                item["entity"] = min(cands, key=lambda e: abs(e["start"] - head_start))["id"]

        for ev in rec["events"]:
            for a in ev["arguments"]:
                link(a, a["head"]["start"])
                if "cluster" not in a:
                    inner = [e for e in ents if e.get("cluster") and e["start"] >= a["start"] and e["end"] <= a["end"]]
                    if inner:
                        print("CHECK arg without cluster contains clustered entity:", ev["id"], a["role"], a["text"])
        for st in rec["stances"]:
            h = st["holder"]
            if "start" in h:
                link(h, h["end"])
        # reorder keys of holders/args so entity precedes cluster (cosmetic)
        return rec
