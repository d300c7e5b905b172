"""annotator_g helper: the kit's Doc plus K9 entity refs for arguments/holders whose span
contains (but is not equal to) an entity mention of the given cluster."""
import sys
sys.path.insert(0, "/work/main/scripts")
from annotation_kit import Doc as _Doc, _entity, _event, _stance  # noqa


class Doc(_Doc):
    def record(self):
        rec = super().record()
        ents = rec["entities"]
        cid_of = {c["name"]: c["id"] for c in rec["clusters"]}

        ent_by_id = {e["id"]: e for e in ents}

        def link(item, head_start):
            if "entity" in item and "cluster" in item and ent_by_id[item["entity"]].get("cluster") != item["cluster"]:
                del item["entity"]   # K9: the entity must carry the argument's cluster
            if "entity" in item or "cluster" not in item:
                return
            cands = [e for e in ents if e.get("cluster") == item["cluster"]
                     and e["start"] >= item["start"] and e["end"] <= item["end"]]
            if cands:
                best = min(cands, key=lambda e: abs(e["start"] - head_start))
                # keep key order: insert entity before cluster
                cl = item.pop("cluster")
                item["entity"] = best["id"]
                item["cluster"] = cl
        for ev in rec["events"]:
            for a in ev["arguments"]:
                if "head" in a:
                    # rebuild to keep order role,start,end,text,head,entity,cluster
                    link(a, a["head"]["start"])
        for st in rec["stances"]:
            h = st["holder"]
            if "start" in h:
                link(h, h["end"])
        return rec
