"""Shared helper of adjudicator_2's adjudication scripts (one script per document).

Each script loads one annotator's raw record, applies the adjudicated decisions with the
functions below, and calls `finish`, which renumbers ids by P2, fills K9 entity/cluster refs,
drops unused clusters, rewrites `coref=E<n>` notes and writes annotations/gold/<doc_id>.json.
"""
from __future__ import annotations

import copy
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


class Adj:
    def __init__(self, doc_id: str, base: str, other: str):
        self.doc_id = doc_id
        self.doc = json.loads((ROOT / "corpus" / "documents" / f"{doc_id}.json").read_text(encoding="utf-8"))
        self.text = self.doc["text"]
        self.sents = self.doc["sentences"]
        self.base_name, self.other_name = base, other
        self.rec = json.loads((ROOT / "annotations" / "raw" / base / f"{doc_id}.json").read_text(encoding="utf-8"))
        self.other = json.loads((ROOT / "annotations" / "raw" / other / f"{doc_id}.json").read_text(encoding="utf-8"))
        self._cluster_names = {c["id"]: c["name"] for c in self.rec["clusters"]}
        self._next_cluster = 1000
        self._next_event = 1000
        self._next_stance = 1000
        self._next_entity = 1000
        # cluster ids of the other record are translated into fresh ids of this record by name
        self._other_names = {c["id"]: c["name"] for c in self.other["clusters"]}

    # ---- spans -----------------------------------------------------------------------------
    def sent(self, offset: int) -> int:
        return max(i for i, (s, _e) in enumerate(self.sents) if s <= offset)

    def span(self, s: str, sent: int | None = None, n: int = 1, after: int | None = None) -> dict:
        """n-th whole-word occurrence of s (in sentence `sent` if given)."""
        lo = self.sents[sent][0] if sent is not None else 0
        hi = self.sents[sent][1] if sent is not None else len(self.text)
        if after is not None:
            lo = max(lo, after)
        found = 0
        for m in re.finditer(re.escape(s), self.text[lo:hi]):
            st, en = lo + m.start(), lo + m.end()
            if st > 0 and self.text[st - 1].isalnum() and self.text[st].isalnum():
                continue
            if en < len(self.text) and self.text[en - 1].isalnum() and self.text[en].isalnum():
                continue
            found += 1
            if found == n:
                return {"start": st, "end": en, "text": s}
        raise ValueError(f"{s!r} (n={n}) not found in sentence {sent}")

    def arg(self, role: str, s: str, head: str | None = None, sent: int | None = None, n: int = 1,
            cluster: str | None = None) -> dict:
        sp = self.span(s, sent, n)
        h = head or s.split()[-1]
        hs = self.text.index(h, sp["start"])
        while not (hs + len(h) <= sp["end"]) or (hs > 0 and self.text[hs - 1].isalnum() and hs > sp["start"]):
            hs = self.text.index(h, hs + 1)
        a = {"role": role, **sp, "head": {"start": hs, "end": hs + len(h), "text": h}}
        if cluster:
            a["cluster"] = self.cluster(cluster)
        return a

    def fix_span(self, old_start: int, old_end: int, s: str, sent: int, n: int = 1) -> int:
        """Move every span at [old_start, old_end) (kit bug: a short word matched inside a longer
        word) onto the intended whole word, in both records (so that later decisions see it)."""
        new = self.span(s, sent, n)
        count = 0
        for rec in (self.rec, self.other):
            spans = []
            for v in rec["events"]:
                spans.append(v["trigger"])
                for a in v["arguments"]:
                    spans += [a, a["head"]]
            for st in rec["stances"]:
                spans.append(st["evidence"])
                if not st["holder"].get("author"):
                    spans.append(st["holder"])
            for sp in spans:
                if (sp["start"], sp["end"]) == (old_start, old_end):
                    sp.update(start=new["start"], end=new["end"], text=new["text"])
                    count += 1
        assert count, f"no span at [{old_start},{old_end})"
        return count

    # ---- clusters --------------------------------------------------------------------------
    def cluster(self, name: str) -> str:
        """Id of the cluster with this name, created if needed."""
        for cid, nm in self._cluster_names.items():
            if nm == name:
                return cid
        self._next_cluster += 1
        cid = f"C{self._next_cluster}"
        self._cluster_names[cid] = name
        return cid

    def rename_cluster(self, old: str, new: str) -> None:
        for cid, nm in self._cluster_names.items():
            if nm == old:
                self._cluster_names[cid] = new

    def _mentions(self, rec: dict):
        for e in rec["entities"]:
            yield e
        for v in rec["events"]:
            yield from v["arguments"]
        for s in rec["stances"]:
            if not s["holder"].get("author"):
                yield s["holder"]

    def set_cluster(self, s: str, sent: int, name: str | None, n: int = 1) -> int:
        """Put every argument/holder/entity mention with exactly this span in cluster `name` (None: none)."""
        sp = self.span(s, sent, n)
        count = 0
        for m in self._mentions(self.rec):
            if (m["start"], m["end"]) == (sp["start"], sp["end"]):
                count += 1
                if name is None:
                    m.pop("cluster", None)
                    m.pop("entity", None)
                else:
                    m["cluster"] = self.cluster(name)
        assert count, f"no mention {s!r} in s{sent}"
        return count

    # ---- entities --------------------------------------------------------------------------
    def entity(self, s: str, sent: int, n: int = 1) -> dict:
        sp = self.span(s, sent, n)
        for e in self.rec["entities"]:
            if (e["start"], e["end"]) == (sp["start"], sp["end"]):
                return e
        raise KeyError(f"entity {s!r} s{sent}")

    def add_entity(self, s: str, label: str, sent: int, n: int = 1, cluster: str | None = None,
                   note: str | None = None) -> dict:
        self._next_entity += 1
        e = {"id": f"T{self._next_entity}", **self.span(s, sent, n), "label": label}
        if cluster:
            e["cluster"] = self.cluster(cluster)
        if note:
            e["note"] = note
        self.rec["entities"].append(e)
        return e

    def del_entity(self, s: str, sent: int, n: int = 1) -> None:
        e = self.entity(s, sent, n)
        self.rec["entities"].remove(e)
        for m in self._mentions(self.rec):
            if m.get("entity") == e["id"]:
                m.pop("entity")
        assert not any(st["target"].get("entity") == e["id"] for st in self.rec["stances"])

    # ---- events ----------------------------------------------------------------------------
    def _find_event(self, rec: dict, trigger: str, sent: int, n: int = 1) -> dict | None:
        sp = self.span(trigger, sent, n)
        for v in rec["events"]:
            if (v["trigger"]["start"], v["trigger"]["end"]) == (sp["start"], sp["end"]):
                return v
        return None

    def ev(self, trigger: str, sent: int, n: int = 1) -> dict:
        v = self._find_event(self.rec, trigger, sent, n)
        if v is None:
            raise KeyError(f"event {trigger!r} s{sent}")
        return v

    def _import(self, item: dict) -> dict:
        """Copy an item of the other record, translating its cluster ids by cluster name."""
        item = copy.deepcopy(item)
        for m in ([item] if "role" in item or "label" in item and "start" in item else []) + item.get("arguments", []):
            if "cluster" in m:
                m["cluster"] = self.cluster(self._other_names[m["cluster"]])
            m.pop("entity", None)
        if "holder" in item and "cluster" in item["holder"]:
            item["holder"]["cluster"] = self.cluster(self._other_names[item["holder"]["cluster"]])
            item["holder"].pop("entity", None)
        return item

    def take_event(self, trigger: str, sent: int, n: int = 1) -> dict:
        """Replace (or add) this record's event at the trigger by the other annotator's event."""
        other = self._find_event(self.other, trigger, sent, n)
        assert other is not None, f"other has no event {trigger!r} s{sent}"
        new = self._import(other)
        mine = self._find_event(self.rec, trigger, sent, n)
        if mine is not None:
            new["id"] = mine["id"]
            self.rec["events"][self.rec["events"].index(mine)] = new
        else:
            self._next_event += 1
            new["id"] = f"E{self._next_event}"
            self.rec["events"].append(new)
        self._imported = getattr(self, "_imported", set())
        self._imported.add(id(new))
        return new

    def del_event(self, trigger: str, sent: int, n: int = 1) -> None:
        v = self.ev(trigger, sent, n)
        self.rec["events"].remove(v)
        self.rec["stances"] = [s for s in self.rec["stances"] if s["target"].get("event") != v["id"]]

    def add_arg(self, trigger: str, sent: int, a: dict, n: int = 1) -> None:
        self.ev(trigger, sent, n)["arguments"].append(a)

    def take_arg(self, trigger: str, sent: int, role: str, s: str, arg_sent: int, n: int = 1) -> None:
        """Copy an argument of the other annotator's event into this record's event."""
        other = self._find_event(self.other, trigger, sent, n)
        sp = self.span(s, arg_sent)
        for a in other["arguments"]:
            if a["role"] == role and (a["start"], a["end"]) == (sp["start"], sp["end"]):
                a = copy.deepcopy(a)
                if "cluster" in a:
                    a["cluster"] = self.cluster(self._other_names[a["cluster"]])
                a.pop("entity", None)
                self.ev(trigger, sent, n)["arguments"].append(a)
                return
        raise KeyError(f"other has no {role}={s!r} on {trigger!r}")

    def del_arg(self, trigger: str, sent: int, role: str, s: str, n: int = 1) -> None:
        v = self.ev(trigger, sent, n)
        before = len(v["arguments"])
        v["arguments"] = [a for a in v["arguments"] if not (a["role"] == role and a["text"] == s)]
        assert len(v["arguments"]) == before - 1, f"no arg {role}={s!r} on {trigger!r}"

    # ---- stances ---------------------------------------------------------------------------
    def stances_of(self, event: dict) -> list[dict]:
        return [s for s in self.rec["stances"] if s["target"].get("event") == event["id"]]

    def find_stance(self, trigger: str, sent: int, holder: str | None, kind: str, cue: str | None = None,
                    rec: dict | None = None, n: int = 1) -> dict:
        rec = rec or self.rec
        v = self._find_event(rec, trigger, sent, n)
        out = []
        for s in rec["stances"]:
            if s["target"].get("event") != v["id"] or s["kind"] != kind:
                continue
            h = s["holder"]
            if holder is None and not h.get("author"):
                continue
            if holder is not None and (h.get("author") or h["text"] != holder):
                continue
            if cue is not None and s["evidence"]["text"] != cue:
                continue
            out.append(s)
        assert len(out) == 1, f"stance {trigger!r} s{sent} {holder!r} {kind}: {len(out)} found"
        return out[0]

    def take_stance(self, trigger: str, sent: int, holder: str | None, kind: str, cue: str | None = None,
                    n: int = 1) -> dict:
        st = self._import(self.find_stance(trigger, sent, holder, kind, cue, rec=self.other, n=n))
        st["target"] = {"event": self.ev(trigger, sent, n)["id"]}
        self._next_stance += 1
        st["id"] = f"S{self._next_stance}"
        self.rec["stances"].append(st)
        return st

    def del_stance(self, trigger: str, sent: int, holder: str | None, kind: str, cue: str | None = None,
                   n: int = 1) -> None:
        self.rec["stances"].remove(self.find_stance(trigger, sent, holder, kind, cue, n=n))

    def add_stance(self, trigger: str, sent: int, holder: dict | None, label: str, kind: str,
                   factuality: str | None, cue: dict, note: str | None = None, n: int = 1) -> dict:
        self._next_stance += 1
        st = {"id": f"S{self._next_stance}",
              "holder": {"author": True} if holder is None else holder,
              "target": {"event": self.ev(trigger, sent, n)["id"]},
              "label": label, "kind": kind}
        if factuality:
            st["factuality"] = factuality
        st["evidence"] = cue
        if note:
            st["note"] = note
        self.rec["stances"].append(st)
        return st

    def holder(self, s: str, sent: int, cluster: str | None = None, n: int = 1) -> dict:
        h = self.span(s, sent, n)
        if cluster:
            h["cluster"] = self.cluster(cluster)
        return h

    # ---- finish ----------------------------------------------------------------------------
    def finish(self) -> Path:
        rec = self.rec
        text = self.text
        # K9 refs
        ents = sorted(rec["entities"], key=lambda e: (e["start"], e["end"]))
        by_span = {(e["start"], e["end"]): e for e in ents}

        def k9(m: dict, head_start: int) -> None:
            exact = by_span.get((m["start"], m["end"]))
            if exact is not None and exact.get("cluster"):
                m["cluster"] = exact["cluster"]
            m.pop("entity", None)
            if m.get("cluster"):
                cands = [e for e in ents if e.get("cluster") == m["cluster"]
                         and e["start"] >= m["start"] and e["end"] <= m["end"]]
                if cands:
                    m["entity"] = min(cands, key=lambda e: abs(e["start"] - head_start))["id"]

        for v in rec["events"]:
            for a in v["arguments"]:
                assert text[a["start"]:a["end"]] == a["text"], a
                k9(a, a["head"]["start"])
        for s in rec["stances"]:
            if not s["holder"].get("author"):
                k9(s["holder"], s["holder"]["end"])
        # P2: entity ids
        emap = {}
        for i, e in enumerate(ents, 1):
            emap[e["id"]] = f"T{i}"
        for e in ents:
            e["id"] = emap[e["id"]]
        for m in list(self._mentions(rec))[len(ents):]:
            if "entity" in m:
                m["entity"] = emap[m["entity"]]
        for s in rec["stances"]:
            if "entity" in s["target"]:
                s["target"]["entity"] = emap[s["target"]["entity"]]
        rec["entities"] = ents
        # P2: event ids (and coref notes)
        evs = sorted(rec["events"], key=lambda v: (v["trigger"]["start"], v["trigger"]["end"]))
        vmap = {v["id"]: f"E{i}" for i, v in enumerate(evs, 1)}
        by_trig = {(v["trigger"]["start"], v["trigger"]["end"]): v["id"] for v in evs}
        other_map = {v["id"]: by_trig.get((v["trigger"]["start"], v["trigger"]["end"])) for v in self.other["events"]}
        imported = getattr(self, "_imported", set())

        def fix_note(note: str, from_other: bool) -> str:
            def sub(m):
                old = m.group(1)
                if from_other:
                    old = other_map.get(old)
                    if old is None:
                        raise ValueError(f"coref to an event not in the gold: {m.group(0)} in {note!r}")
                if old not in vmap:
                    raise ValueError(f"coref to a deleted event: {m.group(0)} in {note!r}")
                return "coref=" + vmap[old]
            return re.sub(r"coref=(E\d+)", sub, note)

        for v in evs:
            if v.get("note"):
                v["note"] = fix_note(v["note"], id(v) in imported)
        for v in evs:
            v["id"] = vmap[v["id"]]
        for s in rec["stances"]:
            if "event" in s["target"]:
                s["target"]["event"] = vmap[s["target"]["event"]]
        rec["events"] = evs
        # keys order of events
        order = ["id", "type", "trigger", "arguments", "polarity", "modality", "acled", "plover", "note"]
        rec["events"] = [{k: v[k] for k in order if k in v} for v in evs]
        # P2: stance ids
        def skey(s):
            t = s["target"]
            tk = (0, int(t["event"][1:])) if "event" in t else (1, int(t["entity"][1:]))
            h = s["holder"]
            return (s["evidence"]["start"], tk, not h.get("author", False), h.get("start", -1))
        sts = sorted(rec["stances"], key=skey)
        for i, s in enumerate(sts, 1):
            s["id"] = f"S{i}"
        rec["stances"] = sts
        # clusters by first mention; unused dropped
        first = {}
        for m in self._mentions(rec):
            if m.get("cluster"):
                first[m["cluster"]] = min(first.get(m["cluster"], 10**9), m["start"])
        cids = sorted(first, key=lambda c: (first[c], c))
        cmap = {c: f"C{i}" for i, c in enumerate(cids, 1)}
        for m in self._mentions(rec):
            if m.get("cluster"):
                m["cluster"] = cmap[m["cluster"]]
        rec["clusters"] = [{"id": cmap[c], "name": self._cluster_names[c]} for c in cids]
        # key order of args / holders: ..., entity, cluster
        def order_m(m, keys):
            return {k: m[k] for k in keys if k in m}
        for v in rec["events"]:
            v["arguments"] = [order_m(a, ["role", "start", "end", "text", "head", "entity", "cluster"]) for a in v["arguments"]]
        for s in rec["stances"]:
            if not s["holder"].get("author"):
                s["holder"] = order_m(s["holder"], ["start", "end", "text", "entity", "cluster"])
        rec["stances"] = [order_m(s, ["id", "holder", "target", "label", "kind", "factuality", "evidence", "note"])
                          for s in rec["stances"]]
        rec["entities"] = [order_m(e, ["id", "start", "end", "text", "label", "cluster", "note"]) for e in rec["entities"]]
        rec["annotator"] = f"adjudicated: {self.base_name} + {self.other_name}"
        out = {k: rec[k] for k in ["doc_id", "doc_sha256", "annotator", "clusters", "entities", "events", "stances"]}
        path = ROOT / "annotations" / "gold" / f"{self.doc_id}.json"
        path.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        # self-checks
        fact = {s["target"].get("event") for s in out["stances"] if s["kind"] == "factuality"}
        missing = [v["id"] for v in out["events"] if v["id"] not in fact]
        if missing:
            print("WARNING events without factuality stance:", missing)
        print(f"{path}: {len(out['entities'])} entities, {len(out['events'])} events, {len(out['stances'])} stances")
        return path
