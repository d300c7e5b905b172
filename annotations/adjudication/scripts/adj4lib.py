"""Helpers for adjudicator_4's adjudication scripts (one script per document).

Load one annotator's record, apply decisions by span text, relink entity/cluster refs (K9),
renumber ids by P2 (T by start, C by first mention, E by trigger start, S by cue start),
rewrite `coref=E<n>` notes, write annotations/gold/<doc_id>.json and validate it.
"""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


class Rec:
    def __init__(self, raw_path: str, annotator: str):
        self.path = ROOT / raw_path
        self.r = json.loads(self.path.read_text(encoding="utf-8"))
        self.doc_id = self.r["doc_id"]
        doc = json.loads((ROOT / "corpus" / "documents" / f"{self.doc_id}.json").read_text(encoding="utf-8"))
        self.doc = doc
        self.text = doc["text"]
        self.sentences = [tuple(s) for s in doc["sentences"]]
        self.annotator = annotator
        cname = {c["id"]: c["name"] for c in self.r["clusters"]}
        self.cluster_name = dict(cname)
        ents = {e["id"]: e for e in self.r["entities"]}
        for e in self.r["entities"]:
            if "cluster" in e:
                e["cluster"] = cname[e["cluster"]]
        evs = {e["id"]: e for e in self.r["events"]}
        for ev in self.r["events"]:
            ev["_orig"] = ev["id"]
            for a in ev["arguments"]:
                if "cluster" in a:
                    a["cluster"] = cname[a["cluster"]]
                a.pop("entity", None)
        for st in self.r["stances"]:
            h = st["holder"]
            if "cluster" in h:
                h["cluster"] = cname[h["cluster"]]
            h.pop("entity", None)
            t = st["target"]
            st["target"] = evs[t["event"]] if "event" in t else ents[t["entity"]]
        self.entities = self.r["entities"]
        self.events = self.r["events"]
        self.stances = self.r["stances"]
        self._new = 0

    # -- spans -------------------------------------------------------------------
    def sent_of(self, off: int) -> int:
        return max(i for i, (s, _e) in enumerate(self.sentences) if s <= off)

    def span(self, s: str, sent: int | None = None, n: int = 1, after: int | None = None) -> dict:
        lo, hi = (self.sentences[sent] if sent is not None else ((after or 0), len(self.text)))
        pat = re.compile(("(?<!\\w)" if s[:1].isalnum() else "") + re.escape(s) + ("(?!\\w)" if s[-1:].isalnum() else ""))
        m = [x.start() for x in pat.finditer(self.text, lo, hi)]
        if len(m) < n:
            raise ValueError(f"{s!r} #{n} not found in s{sent}")
        p = m[n - 1]
        return {"start": p, "end": p + len(s), "text": s}

    # -- finders -----------------------------------------------------------------
    def ent(self, text: str, sent: int, n: int = 1) -> dict:
        sp = self.span(text, sent, n)
        for e in self.entities:
            if (e["start"], e["end"]) == (sp["start"], sp["end"]):
                return e
        raise KeyError(f"entity {text!r} s{sent}")

    def ev(self, trigger: str, sent: int, n: int = 1) -> dict:
        sp = self.span(trigger, sent, n)
        for e in self.events:
            if (e["trigger"]["start"], e["trigger"]["end"]) == (sp["start"], sp["end"]):
                return e
        raise KeyError(f"event {trigger!r} s{sent}")

    def st(self, target: dict, cue: str | None = None, holder: str | None = None, kind: str | None = None) -> dict:
        out = [s for s in self.stances if s["target"] is target
               and (cue is None or s["evidence"]["text"] == cue)
               and (holder is None or (holder == "author" and s["holder"].get("author")) or s["holder"].get("text") == holder)
               and (kind is None or s["kind"] == kind)]
        if len(out) != 1:
            raise KeyError(f"stance {cue!r} {holder!r}: {len(out)} found")
        return out[0]

    def arg(self, ev: dict, role: str, text: str) -> dict:
        out = [a for a in ev["arguments"] if a["role"] == role and a["text"] == text]
        if len(out) != 1:
            raise KeyError(f"arg {role}={text!r} of {ev['trigger']['text']}: {len(out)}")
        return out[0]

    # -- edits -------------------------------------------------------------------
    def add_ent(self, text, label, sent, n=1, cluster=None, note=None):
        e = {"id": "", **self.span(text, sent, n), "label": label}
        if cluster:
            e["cluster"] = cluster
        if note:
            e["note"] = note
        self.entities.append(e)
        return e

    def del_ent(self, e):
        self.entities.remove(e)
        for st in list(self.stances):
            if st["target"] is e:
                self.stances.remove(st)

    def make_arg(self, role, text, sent, n=1, head=None, cluster=None, after=None):
        sp = self.span(text, sent, n) if after is None else self.span(text, None, 1, after)
        if head is None:
            hw = text.split()[-1]
            hs = sp["start"] + text.rindex(hw)
        else:
            hw = head
            hs = sp["start"] + text.rindex(head)
        a = {"role": role, **sp, "head": {"start": hs, "end": hs + len(hw), "text": hw}}
        if cluster:
            a["cluster"] = cluster
        return a

    def add_arg(self, ev, role, text, sent, n=1, head=None, cluster=None, after=None):
        a = self.make_arg(role, text, sent, n, head, cluster, after)
        ev["arguments"].append(a)
        return a

    def del_arg(self, ev, role, text):
        ev["arguments"].remove(self.arg(ev, role, text))

    def add_event(self, trigger, type_, sent, n=1, args=(), polarity="positive", modality="asserted",
                  acled=None, plover=None, mode=None, note=None):
        self._new += 1
        ev = {"id": "", "type": type_, "trigger": self.span(trigger, sent, n), "arguments": list(args),
              "polarity": polarity, "modality": modality}
        if acled:
            ev["acled"] = acled
        if plover:
            ev["plover"] = {"category": plover, **({"mode": mode} if mode else {})}
        if note:
            ev["note"] = note
        ev["_orig"] = f"NEW{self._new}"
        self.events.append(ev)
        return ev

    def del_event(self, ev):
        self.events.remove(ev)
        for st in list(self.stances):
            if st["target"] is ev:
                self.stances.remove(st)

    def holder(self, text, sent, n=1, cluster=None):
        h = self.span(text, sent, n)
        if cluster:
            h["cluster"] = cluster
        return h

    def add_stance(self, holder, target, label, kind, cue, factuality=None, note=None):
        st = {"id": "", "holder": holder if holder != "author" else {"author": True}, "target": target,
              "label": label, "kind": kind}
        if factuality:
            st["factuality"] = factuality
        st["evidence"] = cue if cue is not None else dict(target["trigger"])
        if note:
            st["note"] = note
        self.stances.append(st)
        return st

    def del_stance(self, st):
        self.stances.remove(st)

    # -- output ------------------------------------------------------------------
    def _link(self, obj, where, warnings):
        """K9: entity = mention inside the span whose cluster is obj's cluster (nearest the head)."""
        s, e = obj["start"], obj["end"]
        inside = [x for x in self.entities if x["start"] >= s and x["end"] <= e]
        exact = [x for x in inside if (x["start"], x["end"]) == (s, e)]
        if exact and exact[0].get("cluster") and not obj.get("cluster"):
            obj["cluster"] = exact[0]["cluster"]
        obj.pop("entity", None)
        if exact:
            # the span is an entity mention: it carries that entity's id (K9; values and NORP too)
            obj["entity"] = exact[0]
            if exact[0].get("cluster") and obj.get("cluster") != exact[0]["cluster"]:
                warnings.append(f"{where} {obj['text']!r} cluster {obj.get('cluster')} != entity cluster {exact[0]['cluster']}")
            return
        if obj.get("cluster"):
            cands = [x for x in inside if x.get("cluster") == obj["cluster"]]
            if cands:
                hs = obj["head"]["start"] if "head" in obj else e
                obj["entity"] = min(cands, key=lambda x: abs(x["start"] - hs))
        else:
            named = [x for x in inside if x.get("cluster")]
            if named:
                warnings.append(f"{where} {obj['text']!r} contains clustered {[x['text'] for x in named]} but has no cluster")

    def record(self):
        warnings = []
        ents = sorted(self.entities, key=lambda x: (x["start"], x["end"]))
        for i, x in enumerate(ents, 1):
            x["id"] = f"T{i}"
        evs = sorted(self.events, key=lambda x: (x["trigger"]["start"], x["trigger"]["end"]))
        orig2new = {}
        for i, x in enumerate(evs, 1):
            x["id"] = f"E{i}"
            orig2new[x["_orig"]] = x["id"]
        mentions = [(x["start"], x["cluster"]) for x in ents if x.get("cluster")]
        for ev in evs:
            for a in ev["arguments"]:
                self._link(a, f"{ev['id']} {ev['trigger']['text']} arg", warnings)
                if a.get("cluster"):
                    mentions.append((a["start"], a["cluster"]))
        for st in self.stances:
            h = st["holder"]
            if not h.get("author"):
                self._link(h, "holder", warnings)
                if h.get("cluster"):
                    mentions.append((h["start"], h["cluster"]))
        cids = {}
        for _s, name in sorted(mentions, key=lambda m: m[0]):
            cids.setdefault(name, f"C{len(cids) + 1}")

        def tkey(st):
            t = st["target"]["id"]
            return (0 if t.startswith("E") else 1, int(t[1:]))

        sts = sorted(self.stances, key=lambda s: (s["evidence"]["start"], tkey(s), not s["holder"].get("author"),
                                                   s["holder"].get("start", -1)))
        for i, s in enumerate(sts, 1):
            s["id"] = f"S{i}"

        def fixnote(n):
            return re.sub(r"coref=(E\d+|NEW\d+)", lambda m: "coref=" + orig2new[m.group(1)], n)

        out_ents = []
        for x in ents:
            o = {"id": x["id"], "start": x["start"], "end": x["end"], "text": x["text"], "label": x["label"]}
            if x.get("cluster"):
                o["cluster"] = cids[x["cluster"]]
            if x.get("note"):
                o["note"] = x["note"]
            out_ents.append(o)
        out_evs = []
        for ev in evs:
            args = []
            for a in ev["arguments"]:
                o = {"role": a["role"], "start": a["start"], "end": a["end"], "text": a["text"], "head": a["head"]}
                if a.get("entity"):
                    o["entity"] = a["entity"]["id"]
                if a.get("cluster"):
                    o["cluster"] = cids[a["cluster"]]
                args.append(o)
            o = {"id": ev["id"], "type": ev["type"], "trigger": ev["trigger"], "arguments": args,
                 "polarity": ev["polarity"], "modality": ev["modality"]}
            if ev.get("acled"):
                o["acled"] = ev["acled"]
            if ev.get("plover"):
                o["plover"] = ev["plover"]
            if ev.get("note"):
                o["note"] = fixnote(ev["note"])
            out_evs.append(o)
        out_sts = []
        for s in sts:
            h = s["holder"]
            if h.get("author"):
                ho = {"author": True}
            else:
                ho = {"start": h["start"], "end": h["end"], "text": h["text"]}
                if h.get("entity"):
                    ho["entity"] = h["entity"]["id"]
                if h.get("cluster"):
                    ho["cluster"] = cids[h["cluster"]]
            o = {"id": s["id"], "holder": ho, "target": {"event" if s["target"]["id"].startswith("E") else "entity": s["target"]["id"]},
                 "label": s["label"], "kind": s["kind"]}
            if s["kind"] == "factuality":
                o["factuality"] = s["factuality"]
            o["evidence"] = s["evidence"]
            if s.get("note"):
                o["note"] = s["note"]
            out_sts.append(o)
        for w in warnings:
            print("WARNING", w)
        return {"doc_id": self.doc_id, "doc_sha256": self.doc["sha256"], "annotator": self.annotator,
                "clusters": [{"id": c, "name": n} for n, c in cids.items()],
                "entities": out_ents, "events": out_evs, "stances": out_sts}

    def save(self):
        rec = self.record()
        # checks: every event has exactly one factuality stance from some holder? (ST3: >=1)
        fact = {}
        for s in rec["stances"]:
            if s["kind"] == "factuality" and "event" in s["target"]:
                fact[s["target"]["event"]] = fact.get(s["target"]["event"], 0) + 1
        for ev in rec["events"]:
            if ev["id"] not in fact:
                print("WARNING no factuality stance:", ev["id"], ev["trigger"]["text"])
        seen = set()
        for s in rec["stances"]:
            k = (json.dumps(s["holder"], sort_keys=True), json.dumps(s["target"]), s["evidence"]["start"])
            if k in seen:
                print("WARNING duplicate stance", s["id"])
            seen.add(k)
        out = ROOT / "annotations" / "gold" / f"{self.doc_id}.json"
        out.write_text(json.dumps(rec, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        res = subprocess.run([str(ROOT / ".venv/bin/newsgold"), "validate", "--gold", str(out)],
                             cwd=ROOT, capture_output=True, text=True)
        print(res.stdout.strip(), res.stderr.strip())
        print(f"{out}: {len(rec['entities'])} entities, {len(rec['clusters'])} clusters, "
              f"{len(rec['events'])} events, {len(rec['stances'])} stances")
        return rec
