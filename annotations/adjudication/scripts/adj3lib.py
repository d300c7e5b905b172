"""Helpers for adjudicator_3's adjudication scripts (GUM_news_flag, _imprisoned, _taxes, _expo,
_afghan, _iodine). Each <doc_id>.py script loads one raw annotator record, applies the
adjudication decisions with these helpers, renumbers ids by rule P2, sets the K9 refs and writes
annotations/gold/<doc_id>.json.

Nothing here changes annotations/raw/; the raw records are only read.
"""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


class Adj:
    def __init__(self, doc_id: str, base_path: str, a_name: str, b_name: str):
        self.doc_id = doc_id
        self.rec = json.loads((ROOT / base_path).read_text(encoding="utf-8"))
        assert self.rec["doc_id"] == doc_id
        doc = json.loads((ROOT / "corpus/documents" / f"{doc_id}.json").read_text(encoding="utf-8"))
        self.text = doc["text"]
        self.sents = doc["sentences"]
        self.rec["doc_sha256"] = doc["sha256"]
        self.rec["annotator"] = f"adjudicated: {a_name} + {b_name}"
        self._new = 0

    # ---------------------------------------------------------------- spans
    def sent_of(self, off: int) -> int:
        return max(i for i, (s, e) in enumerate(self.sents) if s <= off)

    def span(self, s: str, sent: int | None = None, n: int = 1, after: int | None = None) -> dict:
        """n-th whole-word occurrence of s in sentence `sent` (or from offset `after`)."""
        lo = self.sents[sent][0] if sent is not None else (after or 0)
        hi = self.sents[sent][1] if sent is not None else len(self.text)
        pos, k = lo, 0
        while True:
            i = self.text.find(s, pos, hi)
            if i < 0:
                raise ValueError(f"{s!r} (#{n}) not found in sentence {sent}")
            j = i + len(s)
            ok = not (i > 0 and self.text[i - 1].isalnum() and self.text[i].isalnum()) and not (
                j < len(self.text) and self.text[j - 1].isalnum() and self.text[j].isalnum())
            if ok:
                k += 1
                if k == n:
                    return {"start": i, "end": j, "text": s}
            pos = i + 1

    # ---------------------------------------------------------------- lookups
    def ent(self, text: str, sent: int, n: int = 1) -> dict:
        hits = [e for e in self.rec["entities"] if e["text"] == text and self.sent_of(e["start"]) == sent]
        hits.sort(key=lambda e: e["start"])
        return hits[n - 1]

    def ev(self, trig: str, sent: int, n: int = 1) -> dict:
        hits = [e for e in self.rec["events"] if e["trigger"]["text"] == trig and self.sent_of(e["trigger"]["start"]) == sent]
        hits.sort(key=lambda e: e["trigger"]["start"])
        if len(hits) < n:
            raise KeyError(f"event {trig!r} s{sent}")
        return hits[n - 1]

    def arg(self, event: dict, role: str, text: str | None = None) -> dict:
        hits = [a for a in event["arguments"] if a["role"] == role and (text is None or a["text"] == text)]
        assert len(hits) == 1, (event["trigger"], role, text, hits)
        return hits[0]

    def stances(self, event: dict | None = None, cue: str | None = None, holder: str | None = None,
                kind: str | None = None) -> list[dict]:
        out = []
        for s in self.rec["stances"]:
            if event is not None and s["target"].get("event") != event["id"]:
                continue
            if cue is not None and s["evidence"]["text"] != cue:
                continue
            if holder is not None:
                h = s["holder"]
                if holder == "AUTHOR":
                    if not h.get("author"):
                        continue
                elif h.get("author") or h["text"] != holder:
                    continue
            if kind is not None and s["kind"] != kind:
                continue
            out.append(s)
        return out

    def stance(self, **kw) -> dict:
        hits = self.stances(**kw)
        assert len(hits) == 1, (kw, hits)
        return hits[0]

    def cluster_id(self, name: str) -> str:
        hits = [c["id"] for c in self.rec["clusters"] if c["name"] == name]
        assert len(hits) == 1, name
        return hits[0]

    # ---------------------------------------------------------------- edits
    def new_id(self, prefix: str) -> str:
        self._new += 1
        return f"{prefix}new{self._new}"

    def add_cluster(self, name: str) -> str:
        cid = self.new_id("C")
        self.rec["clusters"].append({"id": cid, "name": name})
        return cid

    def add_entity(self, sp: dict, label: str, cluster: str | None = None, note: str | None = None) -> dict:
        e = {"id": self.new_id("T"), **sp, "label": label}
        if cluster:
            e["cluster"] = cluster
        if note:
            e["note"] = note
        self.rec["entities"].append(e)
        return e

    def del_entity(self, e: dict) -> None:
        self.rec["entities"].remove(e)
        for ev in self.rec["events"]:
            for a in ev["arguments"]:
                if a.get("entity") == e["id"]:
                    del a["entity"]
        for s in self.rec["stances"]:
            if s["holder"].get("entity") == e["id"]:
                del s["holder"]["entity"]

    def mk_arg(self, role: str, sp: dict, head: dict, cluster: str | None = None) -> dict:
        a = {"role": role, **sp, "head": head}
        if cluster:
            a["cluster"] = cluster
        return a

    def add_event(self, trig: dict, type_: str, args: list[dict], polarity: str, modality: str,
                  acled: str | None = None, plover: dict | None = None, note: str | None = None) -> dict:
        e = {"id": self.new_id("E"), "type": type_, "trigger": trig, "arguments": args,
             "polarity": polarity, "modality": modality}
        if acled:
            e["acled"] = acled
        if plover:
            e["plover"] = plover
        if note:
            e["note"] = note
        self.rec["events"].append(e)
        return e

    def del_event(self, e: dict) -> None:
        self.rec["events"].remove(e)
        self.rec["stances"] = [s for s in self.rec["stances"] if s["target"].get("event") != e["id"]]

    def holder(self, sp: dict, cluster: str | None = None) -> dict:
        h = dict(sp)
        if cluster:
            h["cluster"] = cluster
        return h

    def add_stance(self, holder: dict, target: dict, label: str, kind: str, evidence: dict,
                   factuality: str | None = None, note: str | None = None) -> dict:
        s = {"id": self.new_id("S"), "holder": holder, "target": {"event": target["id"]}, "label": label, "kind": kind}
        if factuality:
            s["factuality"] = factuality
        s["evidence"] = evidence
        if note:
            s["note"] = note
        self.rec["stances"].append(s)
        return s

    def fact(self, ev: dict, value: str, holder: dict | None = None, cue: dict | None = None, note: str | None = None):
        lab = {"CT+": "FAVOR", "PR+": "FAVOR", "PS+": "FAVOR", "CT-": "AGAINST", "PR-": "AGAINST",
               "PS-": "AGAINST", "CTu": "NONE", "Uu": "NONE"}[value]
        h = holder if holder is not None else {"author": True}
        c = cue if cue is not None else dict(ev["trigger"])
        return self.add_stance(h, ev, lab, "factuality", c, factuality=value, note=note)

    def set_fact(self, s: dict, value: str) -> None:
        s["factuality"] = value
        s["label"] = {"CT+": "FAVOR", "PR+": "FAVOR", "PS+": "FAVOR", "CT-": "AGAINST", "PR-": "AGAINST",
                      "PS-": "AGAINST", "CTu": "NONE", "Uu": "NONE"}[value]

    # ---------------------------------------------------------------- finishing
    def _k9(self) -> list[str]:
        """Set entity refs per K9: for an argument/holder with a cluster, the entity mention inside its
        span with that cluster nearest the head; drop entity refs that do not satisfy K9."""
        warn = []
        ents = self.rec["entities"]
        cl_ids = {c["id"] for c in self.rec["clusters"]}
        items = [(a, a.get("head")) for ev in self.rec["events"] for a in ev["arguments"]]
        items += [(s["holder"], None) for s in self.rec["stances"] if not s["holder"].get("author")]
        for it, head in items:
            inside = [e for e in ents if it["start"] <= e["start"] and e["end"] <= it["end"]]
            c = it.get("cluster")
            if c is not None and c not in cl_ids:
                raise ValueError(f"unknown cluster {c} on {it['text']!r}")
            cand = [e for e in inside if c is not None and e.get("cluster") == c]
            if cand:
                h = head or {"start": it["end"], "end": it["end"]}
                best = min(cand, key=lambda e: (abs(e["start"] - h["start"]), -e["start"]))
                if it.get("entity") != best["id"]:
                    warn.append(f"K9: set entity {best['id']} ({best['text']!r}) on {it['text']!r}")
                it["entity"] = best["id"]
            else:
                # a span that equals an unclustered entity mention (a value, a NORP name) carries its id
                same = [e for e in inside if e["start"] == it["start"] and e["end"] == it["end"]
                        and not e.get("cluster")]
                if same:
                    if it.get("entity") != same[0]["id"]:
                        warn.append(f"K9: set entity {same[0]['id']} ({same[0]['text']!r}) on {it['text']!r} (equal span)")
                    it["entity"] = same[0]["id"]
                elif "entity" in it:
                    warn.append(f"K9: dropped entity {it['entity']} on {it['text']!r}")
                    del it["entity"]
            if c is None:
                named = [e for e in inside if e.get("cluster")]
                if named and it["text"] == named[0]["text"]:
                    warn.append(f"K9?: {it['text']!r} equals a clustered entity but has no cluster")
        return warn

    def finish(self, out_path: str | None = None) -> Path:
        r = self.rec
        # drop unused clusters
        used = {e.get("cluster") for e in r["entities"]}
        used |= {a.get("cluster") for ev in r["events"] for a in ev["arguments"]}
        used |= {s["holder"].get("cluster") for s in r["stances"]}
        r["clusters"] = [c for c in r["clusters"] if c["id"] in used]
        warn = self._k9()
        # P2 renumbering
        ents = sorted(r["entities"], key=lambda e: (e["start"], e["end"]))
        tmap = {e["id"]: f"T{i}" for i, e in enumerate(ents, 1)}
        first: dict[str, int] = {}
        mentions = [(e["start"], e.get("cluster")) for e in r["entities"]]
        mentions += [(a["start"], a.get("cluster")) for ev in r["events"] for a in ev["arguments"]]
        mentions += [(s["holder"]["start"], s["holder"].get("cluster")) for s in r["stances"]
                     if not s["holder"].get("author")]
        for off, c in mentions:
            if c is not None:
                first[c] = min(first.get(c, 10**9), off)
        cls = sorted(r["clusters"], key=lambda c: first[c["id"]])
        cmap = {c["id"]: f"C{i}" for i, c in enumerate(cls, 1)}
        evs = sorted(r["events"], key=lambda e: (e["trigger"]["start"], e["type"]))
        emap = {e["id"]: f"E{i}" for i, e in enumerate(evs, 1)}
        for e in ents:
            e["id"] = tmap[e["id"]]
            if "cluster" in e:
                e["cluster"] = cmap[e["cluster"]]
        for c in cls:
            c["id"] = cmap[c["id"]]
        coref = re.compile(r"coref=(E\w+)")
        for ev in evs:
            ev["id"] = emap[ev["id"]]
            if "note" in ev:
                ev["note"] = coref.sub(lambda m: "coref=" + emap[m.group(1)], ev["note"])
            for a in ev["arguments"]:
                if "entity" in a:
                    a["entity"] = tmap[a["entity"]]
                if "cluster" in a:
                    a["cluster"] = cmap[a["cluster"]]
        for s in r["stances"]:
            h = s["holder"]
            if "entity" in h:
                h["entity"] = tmap[h["entity"]]
            if "cluster" in h:
                h["cluster"] = cmap[h["cluster"]]
            t = s["target"]
            if "event" in t:
                t["event"] = emap[t["event"]]
            else:
                t["entity"] = tmap[t["entity"]]

        def tkey(s):
            t = s["target"]
            v = t.get("event") or t.get("entity")
            return (0 if "event" in t else 1, int(v[1:]))

        sts = sorted(r["stances"], key=lambda s: (s["evidence"]["start"], tkey(s),
                                                   0 if s["holder"].get("author") else 1,
                                                   s["holder"].get("start", -1), s["kind"]))
        for i, s in enumerate(sts, 1):
            s["id"] = f"S{i}"
        r["clusters"], r["entities"], r["events"], r["stances"] = cls, ents, evs, sts
        # sanity: spans
        for ev in evs:
            for sp in [ev["trigger"]] + ev["arguments"] + [a["head"] for a in ev["arguments"]]:
                assert self.text[sp["start"]:sp["end"]] == sp["text"], sp
        for e in ents:
            assert self.text[e["start"]:e["end"]] == e["text"], e
        for s in sts:
            for sp in [s["evidence"]] + ([] if s["holder"].get("author") else [s["holder"]]):
                assert self.text[sp["start"]:sp["end"]] == sp["text"], sp
        out = ROOT / (out_path or f"annotations/gold/{self.doc_id}.json")
        out.write_text(json.dumps(r, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        for w in warn:
            print(w)
        print(f"wrote {out}: {len(ents)} entities, {len(cls)} clusters, {len(evs)} events, {len(sts)} stances")
        return out
