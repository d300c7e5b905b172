"""Dependency-parse helpers of the rule baselines: core NP spans, heads, subjects, paths.

They implement the guidelines' span rules on a spaCy parse: G6 (core NP: no relative
clauses, appositions, participial modifiers or prepositional phrases other than ``of``;
one span per conjunct), G7 (the head; the inner NP of "Q of NP") and G4 (no edge
punctuation, no possessive 's).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

Token = Any  # spacy.tokens.Token

# G6: dependents that are never part of a core NP.
NOT_IN_CORE_NP = {"relcl", "acl", "appos", "advcl", "cc", "conj", "parataxis", "dep"}
# G7 (a): quantity words whose "of" complement holds the head.
QUANTITY_HEADS = {"score", "scores", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
                  "dozen", "dozens", "number", "rest", "all", "some", "most", "part", "many", "few", "several"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
EDGE_PUNCT = {'"', "'", "“", "”", "‘", "’", "(", ")", "[", "]", ",", ".", ";", ":", "–", "—", "-", "!", "?"}


# G6 (b): relational nouns keep these complements (set from the lexicon by ``set_relational``).
RELATIONAL: dict[str, frozenset[str]] = {"nouns": frozenset(), "preps": frozenset()}


def set_relational(nouns: frozenset[str], preps: frozenset[str]) -> None:
    RELATIONAL["nouns"], RELATIONAL["preps"] = frozenset(nouns), frozenset(preps)


def core_tokens(token: Token) -> list[Token]:
    """The tokens of the core NP headed by ``token`` (G6), in text order."""
    kept = [token]
    relational = token.lemma_.lower() in RELATIONAL["nouns"] or token.lower_ in RELATIONAL["nouns"]
    for child in token.children:
        if child.dep_ in NOT_IN_CORE_NP:
            continue
        if child.dep_ == "prep" and child.lower_ != "of" and not (relational and child.lower_ in RELATIONAL["preps"]):
            continue
        kept.extend(core_tokens(child))
    return sorted(kept, key=lambda t: t.i)


def core_np(token: Token) -> tuple[int, int] | None:
    """Character span ``(start, end)`` of the core NP headed by ``token``, or None if empty."""
    tokens = core_tokens(token)
    # keep the contiguous block around the token
    index = [t.i for t in tokens]
    position = index.index(token.i)
    lo = hi = position
    while lo > 0 and index[lo - 1] == index[lo] - 1:
        lo -= 1
    while hi < len(index) - 1 and index[hi + 1] == index[hi] + 1:
        hi += 1
    block = [t for t in tokens[lo:hi + 1] if not t.is_space]
    while block and (block[0].text in EDGE_PUNCT or block[0].is_space) and block[0].i != token.i:
        block = block[1:]
    while block and (block[-1].text in EDGE_PUNCT or block[-1].is_space or block[-1].lower_ in ("'s", "’s"))\
            and block[-1].i != token.i:
        block = block[:-1]
    if not block:
        return None
    return block[0].idx, block[-1].idx + len(block[-1].text)


def head_of(token: Token) -> Token:
    """The head word of the core NP of ``token`` (G7): the inner NP of "Q of NP"."""
    if token.lower_ in QUANTITY_HEADS or token.like_num or token.pos_ == "NUM":
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return head_of(objects[0])
    return token


def conjuncts(token: Token) -> list[Token]:
    """The token and its coordinated conjuncts (G6: one span per conjunct)."""
    out = [token]
    for child in token.children:
        if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "ADJ"):
            out.extend(conjuncts(child))
    return out


def antecedent(token: Token) -> Token:
    """A relative pronoun stands for the noun its clause modifies."""
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
        return token.head.head
    return token


def children(token: Token, *deps: str) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def pobjs(prep: Token) -> list[Token]:
    return [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]


def subjects(verb: Token) -> list[Token]:
    """Active subjects of a verb; a conjoined verb shares its head's subject, and an
    infinitive or participle without one takes its controller's (the governing verb's
    subject), as V9 (d) says."""
    seen = 0
    while seen < 4:
        found = children(verb, "nsubj")
        if found:
            return [antecedent(t) for t in found]
        if verb.dep_ == "acl" and verb.tag_ == "VBG":  # "families queuing up": the noun modified
            return [verb.head]
        if verb.dep_ == "xcomp" and children(verb.head, "dobj"):  # object control: "forced us to use"
            return children(verb.head, "dobj")
        if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i:
            verb = verb.head
            seen += 1
            continue
        return []
    return []


def passive_subjects(verb: Token) -> list[Token]:
    return [antecedent(t) for t in children(verb, "nsubjpass")]


def ancestors_path(token: Token) -> Iterator[Token]:
    """The token, then its heads up to the sentence root."""
    yield token
    while token.head.i != token.i:
        token = token.head
        yield token


def particle_child(token: Token, word: str) -> Token | None:
    """``word`` as a preposition of ``token`` or as the marker of a clause it governs
    ("asked for the release", "asked for it to be postponed")."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == word:
            return child
    for child in token.children:
        if child.dep_ in ("advcl", "ccomp", "xcomp") and child.i > token.i:
            for mark in children(child, "mark"):
                if mark.lower_ == word:
                    return mark
    return None
