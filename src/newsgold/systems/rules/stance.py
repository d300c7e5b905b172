"""Rule-based stance baseline: reporting and denial cues, attitude cues, on top of the event baseline.

Factuality stances (ST2-ST4, ST7): every predicted event mention gets one stance from its
innermost source: the nearest source-introducing predicate (``said``, ``told AFP``,
``denied``, ``confirmed``, ``announced`` + clause, ``according to``, ``aware of``) above it
in the parse, whose subject (or the ``X`` of ``according to X``) is the holder; inside a
quotation without one, the attribution of the quotation's paragraph (or, for a paragraph
that only continues a quotation, of the paragraph before); otherwise the author, with
the trigger as evidence. Non-restrictive relative clauses and appositions belong to the
author. The FactBank value is the one the event's markers give (CT+, PR+, PS+, CT-, Uu;
``events.set_attributes``) and the label follows from it (ST4).

Attitude stances (ST5, ST7): each attitude cue (``hope``, ``offer``, ``asked for``,
``invited``, ``tried``, ``fear``, ``avoid``, ``in return for``, ...) whose holder is its
subject and whose complement holds a predicted event gives one stance toward the nearest
such event: FAVOR, or AGAINST for fearing, avoiding, opposing, or when a verb such as
``postpone`` turns it against the event (the cue then extends through that verb). The
author never holds attitudes, and ``agree to`` an agreement is a support verb, not an
attitude (V5).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from newsgold.records import Holder, Span, Stance
from newsgold.systems.rules.events import AGREEMENT, Mention, according_to, is_sip
from newsgold.systems.rules.lexicon import Lexicon
from newsgold.systems.rules.parse import (
    ancestors_path,
    antecedent,
    children,
    core_np,
    particle_child,
    pobjs,
    subjects,
)

Token = Any
QUOTES = '"“”'
SCOPE_DEPS = ("dobj", "xcomp", "ccomp", "attr", "oprd", "pcomp", "pobj", "acomp", "dative")
COMPLEMENT_PREPS = ("to", "for", "of", "about", "into", "against")
PRONOUNS = ("it", "this", "that")


@dataclass(frozen=True)
class Source:
    holder: Token | None  # None: the author
    cue: tuple[Token, ...]


def _span_of(tokens: Sequence[Token], text: str) -> Span:
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    return Span(start, end, text[start:end])


def sip_holder(node: Token) -> Token | None:
    if node.lemma_ == "accord":
        objects = [o for c in node.children if c.lower_ == "to" for o in pobjs(c)]
        return objects[0] if objects else None
    if node.lemma_ == "aware":
        found = subjects(node.head) if node.dep_ in ("acomp", "amod") else subjects(node)
        return found[0] if found else None
    found = subjects(node)
    return found[0] if found else None


def sip_cue(node: Token, lexicon: Lexicon) -> tuple[Token, ...]:
    """ST7: the predicate, its particle (according to, aware of), and tell's bare recipient."""
    stance = lexicon.raw["stance"]
    particle = stance["sip_with_particle"].get(node.lemma_)
    if particle:
        following = [c for c in node.children if c.lower_ == particle]
        return (node, *following[:1])
    if node.lemma_ in stance["tell_verbs"]:
        for child in children(node, "dobj", "dative"):
            if child.left_edge.i == node.i + 1 and not children(child, "prep", "relcl", "acl"):
                return tuple(node.doc[node.i:child.i + 1])
    return (node,)


def _non_restrictive(node: Token) -> bool:
    if node.dep_ == "appos":
        return True
    if node.dep_ != "relcl":
        return False
    before = node.left_edge.i - 1
    return before >= 0 and node.doc[before].text in (",", "–", "—", "(")


def innermost_sip(token: Token, lexicon: Lexicon) -> Source | None:
    previous = None
    for k, node in enumerate(ancestors_path(token)):
        if k > 0 and is_sip(node, lexicon) and (previous is None or previous.dep_ not in ("nsubj", "nsubjpass")):
            holder = sip_holder(node)
            return Source(holder, sip_cue(node, lexicon)) if holder is not None else None
        accord = according_to(node)
        if accord is not None and (previous is None or previous.i != accord.i):
            holder = sip_holder(accord)
            return Source(holder, sip_cue(accord, lexicon)) if holder is not None else None
        if k > 0 and _non_restrictive(previous):
            return None
        previous = node
    return None


class Paragraphs:
    """Paragraph offsets and, per paragraph, its attribution outside quotation marks (ST2)."""

    def __init__(self, doc: Any, paragraphs: Sequence[dict[str, Any]], lexicon: Lexicon):
        self.doc, self.text = doc, doc.text
        self.spans = [(p["start"], p["end"]) for p in paragraphs]
        self.lexicon = lexicon

    def index(self, offset: int) -> int | None:
        for i, (start, end) in enumerate(self.spans):
            if start <= offset < end:
                return i
        return None

    def quoted(self, offset: int) -> bool:
        i = self.index(offset)
        if i is None:
            return False
        start = self.spans[i][0]
        return sum(self.text[start:offset].count(q) for q in QUOTES) % 2 == 1

    def attribution(self, i: int) -> Source | None:
        start, end = self.spans[i]
        span = self.doc.char_span(start, end, alignment_mode="expand")
        for token in span or ():
            if not self.quoted(token.idx) and is_sip(token, self.lexicon) and token.text not in QUOTES:
                holder = sip_holder(token)
                if holder is not None:
                    return Source(holder, sip_cue(token, self.lexicon))
        return None

    def source_of_quote(self, offset: int) -> Source | None:
        i = self.index(offset)
        if i is None or not self.quoted(offset):
            return None
        found = self.attribution(i)
        if found is None and i > 0 and self.text[self.spans[i][0]] in QUOTES:
            found = self.attribution(i - 1)
        return found


def value_label(value: str, lexicon: Lexicon) -> str:
    stance = lexicon.raw["stance"]
    return "FAVOR" if value in stance["favor_values"] else "AGAINST" if value in stance["against_values"] else "NONE"


def _holder(token: Token, text: str) -> Holder | None:
    span = core_np(antecedent(token))
    if span is None:
        return None
    return Holder(Span(span[0], span[1], text[span[0]:span[1]]))


def factuality_stances(mentions: Sequence[Mention], paragraphs: Paragraphs, lexicon: Lexicon, text: str
                       ) -> list[Stance]:
    out = []
    for mention in mentions:
        source = innermost_sip(mention.token, lexicon) or paragraphs.source_of_quote(mention.token.idx)
        if source is None:
            holder, evidence = Holder(), _span_of([mention.token], text)
        else:
            holder = _holder(source.holder, text)
            if holder is None:
                continue
            evidence = _span_of(source.cue, text)
        out.append(Stance(holder=holder, target_kind="event", target_id=mention.id,
                          label=value_label(mention.value, lexicon), kind="factuality",
                          factuality=mention.value, evidence=evidence))
    return out


def _scope(cue: Token, tokens: Sequence[Token]) -> set[int]:
    """Token indices of a cue's complement (not its subject)."""
    inside: set[int] = set()
    for token in tokens:
        for child in token.children:
            if child.dep_ in SCOPE_DEPS or (child.dep_ == "prep" and child.lower_ in COMPLEMENT_PREPS):
                inside.update(t.i for t in child.subtree)
    return inside


def _cue_and_scope(token: Token, lexicon: Lexicon) -> tuple[list[Token], set[int], Token | None] | None:
    """(cue tokens, scope, holder) of an attitude cue at ``token``; None if it is none."""
    stance = lexicon.raw["stance"]
    lemma = token.lemma_.lower()
    if lemma not in stance["attitude_favor"] and lemma not in stance["attitude_against"]:
        return None
    if lemma == "announce" and is_sip(token, lexicon):
        return None
    if token.pos_ == "ADV":  # hopefully: the holder of the quote's source (ST6)
        source = innermost_sip(token.head, lexicon)
        if source is None:
            return None
        return [token], {t.i for t in token.head.subtree} - {t.i for s in subjects(token.head) for t in s.subtree} \
            | {token.head.i}, source.holder
    if token.pos_ == "ADJ":
        found = subjects(token.head) if token.dep_ == "acomp" else []
        return [token], _scope(token, [token]), (found[0] if found else None)
    if token.pos_ != "VERB":
        return None
    particle = stance["attitude_with_particle"].get(lemma)
    cue = [token]
    scope = _scope(token, [token])
    if particle:
        following = particle_child(token, particle)
        if following is None:
            return None
        cue.append(following)
        if following.dep_ == "mark":
            scope |= {t.i for t in following.head.subtree}
    found = subjects(token)
    return cue, scope, (found[0] if found else None)


def _exchange(token: Token, lexicon: Lexicon) -> tuple[list[Token], set[int], Token | None] | None:
    """``in return for X`` / ``in exchange for X``: the holder is the subject of the clause (ST5)."""
    if token.lemma_ not in lexicon.raw["stance"]["exchange_cues"] or token.head.lower_ != "in":
        return None
    governor = token.head.head
    scope: set[int] = set()
    fors = [c for c in token.children if c.lower_ == "for"]
    if fors:
        scope = {t.i for t in fors[0].subtree} - {fors[0].i}
    else:  # "in return for X being released": 'for' marks a clause of the governor
        for clause in governor.children:
            marks = [c for c in children(clause, "mark") if c.lower_ == "for"]
            if marks and clause.i > token.i:
                fors, scope = marks, {t.i for t in clause.subtree} - {marks[0].i}
                break
    if not fors:
        return None
    found = subjects(governor)
    return [token.head, token, fors[0]], scope, (found[0] if found else None)


def attitude_stances(sentences: Sequence[Any], mentions: Sequence[Mention], lexicon: Lexicon, text: str
                     ) -> list[Stance]:
    stance = lexicon.raw["stance"]
    by_index = {m.token.i: m for m in mentions}
    out = []
    for sentence in sentences:
        cues = []
        for token in sentence:
            found = _cue_and_scope(token, lexicon)
            if found is not None:
                cues.append((token, *found))
            exchange = _exchange(token, lexicon)
            if exchange is not None:
                cues.append((token, *exchange))
        for token, cue, scope, holder_token in cues:
            if holder_token is None:
                continue
            cue_ids = {c.i for c in cue}
            targets = [by_index[i] for i in scope if i in by_index and i != token.i and i not in cue_ids]
            if token.lemma_ == "agree":
                targets = [m for m in targets if m.type != AGREEMENT]
            label = "AGAINST" if token.lemma_.lower() in stance["attitude_against"] else "FAVOR"
            cue_tokens = list(cue)
            reverser = None
            if targets:
                target = min(targets, key=lambda m: (abs(m.token.i - token.i), m.token.i))
                path = list(ancestors_path(target.token))[1:]
                reverser = next((n for n in path if n.lemma_ in stance["reversing_verbs"] and n.i in scope), None)
            else:
                # ST8: a pronoun object ("asked for it to be postponed") stands for the nearest
                # preceding event mention
                pronoun = next((token.doc[i] for i in sorted(scope) if token.doc[i].lower_ in PRONOUNS
                                and token.doc[i].dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")), None)
                before = [m for m in mentions if m.token.i < token.i]
                if pronoun is None or not before:
                    continue
                target = before[-1]
                if pronoun.head.lemma_ in stance["reversing_verbs"]:
                    reverser = pronoun.head
            if reverser is not None:
                label = "AGAINST" if label == "FAVOR" else "FAVOR"
                cue_tokens = list(token.doc[min(t.i for t in cue_tokens):max(reverser.i, token.i) + 1])
            if children(token, "neg"):
                label = "AGAINST" if label == "FAVOR" else "FAVOR"
            holder = _holder(holder_token, text)
            if holder is None:
                continue
            out.append(Stance(holder=holder, target_kind="event", target_id=target.id, label=label,
                              kind="attitude", evidence=_span_of(cue_tokens, text)))
    return out


def extract_stances(sentences: Sequence[Any], mentions: Sequence[Mention], paragraphs: Paragraphs,
                    lexicon: Lexicon, text: str) -> list[Stance]:
    """Factuality and attitude stances, unique per (holder, target, cue) (ST9), numbered S1..."""
    found = factuality_stances(mentions, paragraphs, lexicon, text) + \
        attitude_stances(sentences, mentions, lexicon, text)
    unique: dict[tuple, Stance] = {}
    for s in found:
        holder = "author" if s.holder.span is None else (s.holder.span.start, s.holder.span.end)
        key = (holder, s.target_id, s.evidence.start, s.evidence.end)
        unique.setdefault(key, s)
    order = {m.id: m.token.i for m in mentions}
    stances = sorted(unique.values(), key=lambda s: (s.evidence.start, order[s.target_id], s.holder.span is not None))
    from dataclasses import replace

    return [replace(s, id=f"S{n}") for n, s in enumerate(stances, start=1)]
