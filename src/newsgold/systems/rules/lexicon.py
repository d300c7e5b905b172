"""The rule baselines' lexicon (``lexicon.json``), loaded once and checked against the schema."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

LEXICON_PATH = Path(__file__).resolve().parent / "lexicon.json"

ROLE_SLOTS = ("subject", "object", "passive_subject", "by", "possessor", "compound", "compound_entity",
              "amod", "of", "head_noun")


@dataclass(frozen=True)
class TypeEntry:
    name: str
    verbs: frozenset[str]
    nouns: frozenset[str]
    requires: dict[str, str]
    roles: dict[str, Any]
    lemma_roles: dict[str, dict[str, str | None]]
    no_argument_class: str | None

    def role(self, slot: str, lemma: str) -> str | None:
        override = self.lemma_roles.get(lemma, {})
        if slot in override:
            return override[slot]
        return self.roles.get(slot)

    def prep_role(self, prep: str) -> str | None:
        return self.roles.get("preps", {}).get(prep)

    def all_roles(self) -> set[str]:
        out = {v for k, v in self.roles.items() if k != "preps" and v}
        out |= set(self.roles.get("preps", {}).values())
        out |= {v for o in self.lemma_roles.values() for v in o.values() if v}
        return out


@dataclass(frozen=True)
class Lexicon:
    raw: dict[str, Any]
    digest: str
    types: tuple[TypeEntry, ...]

    def cls(self, name: str) -> frozenset[str]:
        return frozenset(self.raw["classes"][name].get("lemmas", ()))

    def cls_entities(self, name: str) -> frozenset[str]:
        return frozenset(self.raw["classes"][name].get("entity_types", ()))

    def words(self, section: str, key: str) -> frozenset[str]:
        return frozenset(self.raw[section][key])

    def entry(self, name: str) -> TypeEntry:
        return next(t for t in self.types if t.name == name)

    def candidates(self, lemma: str, verbal: bool) -> list[TypeEntry]:
        """Types whose verb (or noun) list has ``lemma``; those with a requirement first."""
        found = [t for t in self.types if lemma in (t.verbs if verbal else t.nouns)]
        return sorted(found, key=lambda t: _requirement(t, lemma, verbal) is None)


def _requirement(entry: TypeEntry, lemma: str, verbal: bool) -> str | None:
    if not verbal and f"{lemma}/noun" in entry.requires:
        return entry.requires[f"{lemma}/noun"]
    return entry.requires.get(lemma)


requirement = _requirement


@lru_cache(maxsize=1)
def load_lexicon(path: str | None = None) -> Lexicon:
    data = Path(path) if path else LEXICON_PATH
    raw_bytes = data.read_bytes()
    raw = json.loads(raw_bytes)
    types = tuple(
        TypeEntry(
            name=name, verbs=frozenset(spec.get("verbs", ())), nouns=frozenset(spec.get("nouns", ())),
            requires=dict(spec.get("requires", {})), roles=dict(spec.get("roles", {})),
            lemma_roles={k: dict(v) for k, v in spec.get("lemma_roles", {}).items()},
            no_argument_class=spec.get("no_argument_class"),
        )
        for name, spec in raw["event_types"].items()
    )
    return Lexicon(raw, hashlib.sha256(raw_bytes).hexdigest(), types)
