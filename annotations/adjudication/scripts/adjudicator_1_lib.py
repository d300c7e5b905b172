"""Helpers for the adjudication scripts of adjudicator_1 (one script per document).

Start from one annotator's record, apply decisions, renumber ids by rule P2, fill K9 refs,
write annotations/gold/<doc_id>.json (indent 1, ensure_ascii=False, trailing newline).
"""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def _num(x: str) -> int:
    return int(re.sub(r"\D", "", x) or 0)


class Gold:
    def __init__(self, doc_id: str, base: str, other: str, names: tuple[str, str]):
        self.doc_id = doc_id
        doc = json.loads((ROOT / "corpus" / "documents" / f"{doc_id}.json").read_text(encoding="utf-8"))
        self.text: str = doc["text"]
        self.sentences = [tuple(s) for s in doc["sentences"]]
        self.r = json.loads((ROOT / base).read_text(encoding="utf-8"))
        self.o = json.loads((ROOT / other).read_text(encoding="utf-8"))
        self.r["annotator"] = f"adjudicated: {names[0]} + {names[1]}"
        self._new = 0
        self.log: list[str] = []

    # ---- spans ---------------------------------------------------------------------------
    def span(self, s: str, sent: int, n: int = 1) -> dict:
        lo, hi = self.sentences[sent]
        pat = re.compile(("(?<!\\w)" if s[:1].isalnum() else "") + re.escape(s) + ("(?!\\w)" if s[-1:].isalnum() else ""))
        hits = [m.start() for m in pat.finditer(self.text, lo, hi)]
        if len(hits) < n:
            raise ValueError(f"{s!r} #{n} not in s{sent}: {self.text[lo:hi]!r}")
        p = hits[n - 1]
        return {"start": p, "end": p + len(s), "text": s}

    def head(self, sp: dict, h: str | None = None) -> dict:
        h = h or sp["text"].split()[-1]
        off = sp["text"].rfind(h)
        assert off >= 0, (h, sp)
        return {"start": sp["start"] + off, "end": sp["start"] + off + len(h), "text": h}

    def sent_of(self, off: int) -> int:
        return max(i for i, (s, _e) in enumerate(self.sentences) if s <= off)

    # ---- entities ------------------------------------------------------------------------
    def ent(self, s: str, sent: int, n: int = 1, rec=None) -> dict:
        sp = self.span(s, sent, n)
        for e in (rec or self.r)["entities"]:
            if e["start"] == sp["start"] and e["end"] == sp["end"]:
                return e
        raise KeyError(f"no entity {s!r} in s{sent}")

    def add_entity(self, s: str, label: str, sent: int, n: int = 1, cluster: str | None = None, note: str | None = None) -> dict:
        self._new += 1
        e = {"id": f"Tnew{self._new}", **self.span(s, sent, n), "label": label}
        if cluster:
            e["cluster"] = cluster
        if note:
            e["note"] = note
        self.r["entities"].append(e)
        return e

    def del_entity(self, s: str, sent: int, n: int = 1) -> None:
        e = self.ent(s, sent, n)
        self.r["entities"].remove(e)
        for ev in self.r["events"]:
            for a in ev["arguments"]:
                if a.get("entity") == e["id"]:
                    a.pop("entity")
        for st in self.r["stances"]:
            if st["holder"].get("entity") == e["id"]:
                st["holder"].pop("entity")
        self.r["stances"] = [st for st in self.r["stances"] if st["target"].get("entity") != e["id"]]

    def cluster(self, name: str) -> str:
        for c in self.r["clusters"]:
            if c["name"] == name:
                return c["id"]
        self._new += 1
        cid = f"Cnew{self._new}"
        self.r["clusters"].append({"id": cid, "name": name})
        return cid

    def cname(self, cid: str) -> str:
        return next(c["name"] for c in self.r["clusters"] if c["id"] == cid)

    # ---- events --------------------------------------------------------------------------
    def ev(self, trig: str, sent: int, n: int = 1, rec=None) -> dict:
        sp = self.span(trig, sent, n)
        for e in (rec or self.r)["events"]:
            if e["trigger"]["start"] == sp["start"]:
                return e
        raise KeyError(f"no event {trig!r} in s{sent}")

    def del_event(self, trig: str, sent: int, n: int = 1) -> None:
        e = self.ev(trig, sent, n)
        self.r["events"].remove(e)
        self.r["stances"] = [st for st in self.r["stances"] if st["target"].get("event") != e["id"]]

    def _map_cluster_from_other(self, ocid: str | None) -> str | None:
        if not ocid:
            return None
        # a B cluster maps to the A cluster sharing an entity mention, else by name, else new
        ospans = {(e["start"], e["end"]) for e in self.o["entities"] if e.get("cluster") == ocid}
        for e in self.r["entities"]:
            if (e["start"], e["end"]) in ospans and e.get("cluster"):
                return e["cluster"]
        oname = next(c["name"] for c in self.o["clusters"] if c["id"] == ocid)
        return self.cluster(oname)

    def _map_entity_from_other(self, oeid: str | None) -> str | None:
        if not oeid:
            return None
        oe = next(e for e in self.o["entities"] if e["id"] == oeid)
        for e in self.r["entities"]:
            if e["start"] == oe["start"] and e["end"] == oe["end"]:
                return e["id"]
        return None

    def _port_arg(self, a: dict) -> dict:
        a = copy.deepcopy(a)
        if a.get("cluster"):
            a["cluster"] = self._map_cluster_from_other(a["cluster"])
        if a.get("entity"):
            a["entity"] = self._map_entity_from_other(a["entity"])
            if a["entity"] is None:
                a.pop("entity")
        return a

    def take_event(self, trig: str, sent: int, n: int = 1) -> dict:
        """Copy B's event (with its arguments) into the record, replacing A's if any."""
        oe = copy.deepcopy(self.ev(trig, sent, n, rec=self.o))
        try:
            mine = self.ev(trig, sent, n)
        except KeyError:
            mine = None
        oe["arguments"] = [self._port_arg(a) for a in oe["arguments"]]
        if mine:
            oe["id"] = mine["id"]
            self.r["events"][self.r["events"].index(mine)] = oe
        else:
            self._new += 1
            oe["id"] = f"Enew{self._new}"
            self.r["events"].append(oe)
        # coref notes of B refer to B ids: fixed by the caller via set_note
        return oe

    def take_arg(self, ev: dict, role: str, s: str, sent: int, n: int = 1) -> dict:
        """Copy B's argument (role, span) of the same trigger into event ev."""
        oev = next(e for e in self.o["events"] if e["trigger"]["start"] == ev["trigger"]["start"])
        sp = self.span(s, sent, n)
        oa = next(a for a in oev["arguments"] if a["role"] == role and a["start"] == sp["start"] and a["end"] == sp["end"])
        a = self._port_arg(oa)
        ev["arguments"].append(a)
        return a

    def arg(self, ev: dict, role: str, s: str, sent: int, n: int = 1, head: str | None = None,
            cluster: str | None = None, note: str | None = None) -> dict:
        sp = self.span(s, sent, n)
        a = {"role": role, **sp, "head": self.head(sp, head)}
        if cluster:
            a["cluster"] = cluster
        if note:
            a["note"] = note
        ev["arguments"].append(a)
        return a

    def get_arg(self, ev: dict, role: str, s: str, sent: int, n: int = 1) -> dict:
        sp = self.span(s, sent, n)
        return next(a for a in ev["arguments"] if a["role"] == role and a["start"] == sp["start"] and a["end"] == sp["end"])

    def del_arg(self, ev: dict, role: str, s: str, sent: int, n: int = 1) -> None:
        ev["arguments"].remove(self.get_arg(ev, role, s, sent, n))

    # ---- stances -------------------------------------------------------------------------
    def stances_on(self, ev: dict) -> list[dict]:
        return [st for st in self.r["stances"] if st["target"].get("event") == ev["id"]]

    def take_stance(self, pred) -> dict:
        """Copy B's stance selected by pred(stance, B-record) into the record (target/holder ported)."""
        cands = [st for st in self.o["stances"] if pred(st, self.o)]
        assert len(cands) == 1, cands
        st = copy.deepcopy(cands[0])
        t = st["target"]
        if "event" in t:
            oev = next(e for e in self.o["events"] if e["id"] == t["event"])
            mine = next(e for e in self.r["events"] if e["trigger"]["start"] == oev["trigger"]["start"])
            t["event"] = mine["id"]
        else:
            t["entity"] = self._map_entity_from_other(t["entity"])
        h = st["holder"]
        if not h.get("author"):
            if h.get("cluster"):
                h["cluster"] = self._map_cluster_from_other(h["cluster"])
            if h.get("entity"):
                h["entity"] = self._map_entity_from_other(h["entity"])
                if h["entity"] is None:
                    h.pop("entity")
        self._new += 1
        st["id"] = f"Snew{self._new}"
        self.r["stances"].append(st)
        return st

    def add_stance(self, holder: dict | None, target_ev: dict, label: str, kind: str, cue: dict,
                   factuality: str | None = None, note: str | None = None) -> dict:
        self._new += 1
        st = {"id": f"Snew{self._new}", "holder": holder or {"author": True}, "target": {"event": target_ev["id"]},
              "label": label, "kind": kind}
        if kind == "factuality":
            st["factuality"] = factuality
        st["evidence"] = cue
        if note:
            st["note"] = note
        self.r["stances"].append(st)
        return st

    # ---- finish --------------------------------------------------------------------------
    def _k9(self) -> None:
        ents = self.r["entities"]

        def fix(x: dict, where: str) -> None:
            inside = [e for e in ents if x["start"] <= e["start"] and e["end"] <= x["end"]]
            same = [e for e in inside if e["start"] == x["start"] and e["end"] == x["end"]]
            if same:
                # the argument is the entity mention itself: it carries its id (and its cluster, if any)
                e = same[0]
                if x.get("entity") != e["id"]:
                    self.log.append(f"K9 set entity {e['text']!r} on {where}")
                x["entity"] = e["id"]
                if e.get("cluster") and x.get("cluster") != e["cluster"]:
                    self.log.append(f"K9 set cluster of {e['text']!r} on {where} (was {x.get('cluster')})")
                    x["cluster"] = e["cluster"]
                return
            if x.get("cluster"):
                cand = [e for e in inside if e.get("cluster") == x["cluster"]]
                if cand:
                    hs = x.get("head", {}).get("start", x["end"])
                    best = min(cand, key=lambda e: min(abs(e["start"] - hs), abs(e["end"] - hs)))
                    if x.get("entity") != best["id"]:
                        self.log.append(f"K9 set entity {best['text']!r} on {where} {x['text']!r}")
                    x["entity"] = best["id"]
                    return
            if x.get("entity"):
                self.log.append(f"K9 drop entity on {where} {x['text']!r}")
                x.pop("entity")
            for e in inside:
                if e.get("cluster") and e.get("cluster") != x.get("cluster"):
                    self.log.append(f"check: {where} {x['text']!r} contains clustered {e['text']!r}, arg cluster {x.get('cluster')}")

        for ev in self.r["events"]:
            for a in ev["arguments"]:
                fix(a, f"{ev['trigger']['text']}.{a['role']}")
        for st in self.r["stances"]:
            if not st["holder"].get("author"):
                fix(st["holder"], "holder")

    def _renumber(self) -> None:
        r = self.r
        # entities
        r["entities"].sort(key=lambda e: (e["start"], e["end"]))
        emap = {e["id"]: f"T{i + 1}" for i, e in enumerate(r["entities"])}
        for e in r["entities"]:
            e["id"] = emap[e["id"]]
        # events
        r["events"].sort(key=lambda e: e["trigger"]["start"])
        vmap = {e["id"]: f"E{i + 1}" for i, e in enumerate(r["events"])}
        for e in r["events"]:
            e["id"] = vmap[e["id"]]
            for a in e["arguments"]:
                if a.get("entity"):
                    a["entity"] = emap[a["entity"]]
        for e in r["events"]:
            if e.get("note"):
                e["note"] = re.sub(r"coref=(E\w+)", lambda m: f"coref={vmap[m.group(1)]}", e["note"])
        for st in r["stances"]:
            t = st["target"]
            if "event" in t:
                t["event"] = vmap[t["event"]]
            else:
                t["entity"] = emap[t["entity"]]
            if st["holder"].get("entity"):
                st["holder"]["entity"] = emap[st["holder"]["entity"]]
        # clusters by first mention
        first: dict[str, int] = {}
        for e in r["entities"]:
            if e.get("cluster"):
                first[e["cluster"]] = min(first.get(e["cluster"], 10**9), e["start"])
        for ev in r["events"]:
            for a in ev["arguments"]:
                if a.get("cluster"):
                    first[a["cluster"]] = min(first.get(a["cluster"], 10**9), a["start"])
        for st in r["stances"]:
            h = st["holder"]
            if h.get("cluster"):
                first[h["cluster"]] = min(first.get(h["cluster"], 10**9), h["start"])
        used = sorted(first, key=lambda c: (first[c], 10**6 if "new" in c else _num(c)))  # ties: keep old order
        dropped = [c["name"] for c in r["clusters"] if c["id"] not in first]
        if dropped:
            self.log.append(f"clusters dropped (no mention): {dropped}")
        cmap = {c: f"C{i + 1}" for i, c in enumerate(used)}
        names = {c["id"]: c["name"] for c in r["clusters"]}
        r["clusters"] = [{"id": cmap[c], "name": names[c]} for c in used]
        for e in r["entities"]:
            if e.get("cluster"):
                e["cluster"] = cmap[e["cluster"]]
        for ev in r["events"]:
            for a in ev["arguments"]:
                if a.get("cluster"):
                    a["cluster"] = cmap[a["cluster"]]
        for st in r["stances"]:
            if st["holder"].get("cluster"):
                st["holder"]["cluster"] = cmap[st["holder"]["cluster"]]
        # stances: evidence start, then target id, then author before span holders
        def skey(st):
            t = st["target"]
            tk = (0, _num(t["event"])) if "event" in t else (1, _num(t["entity"]))
            return (st["evidence"]["start"], tk, 0 if st["holder"].get("author") else 1, st["holder"].get("start", 0))
        r["stances"].sort(key=skey)
        for i, st in enumerate(r["stances"]):
            st["id"] = f"S{i + 1}"

    def save(self) -> None:
        self._k9()
        self._renumber()
        out = ROOT / "annotations" / "gold" / f"{self.doc_id}.json"
        order = ["doc_id", "doc_sha256", "annotator", "clusters", "entities", "events", "stances"]
        rec = {k: self.r[k] for k in order if k in self.r}
        rec.update({k: v for k, v in self.r.items() if k not in rec})
        out.write_text(json.dumps(rec, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        for line in self.log:
            print(line)
        print(f"wrote {out.relative_to(ROOT)}: {len(rec['entities'])} entities, {len(rec['events'])} events, "
              f"{len(rec['stances'])} stances, {len(rec['clusters'])} clusters")
