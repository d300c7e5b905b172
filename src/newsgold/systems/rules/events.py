"""Rule-based event baseline: trigger lexicon and dependency patterns from guidelines §4.

For each sentence of an event zone (G2) of a parsed document:

1. Triggers (V1, V3, V5, V8): a verb (or participle) whose lemma, or a noun whose lemma or
   form, is in the lexicon of an event type, and which meets the type's requirement (e.g.
   ``seize`` is ``transfercontrol`` only with a territory or ``control`` as its object,
   ``release`` is a release only with a prisoner nearby, ``throw`` is an attack only with a
   weapon noun as its object: V4 (b)). Reporting verbs are never triggers (V2).
2. Arguments (V9-V12) from the parse: subject, object, passive subject, ``by`` agent,
   possessor, premodifier and prepositional complements, mapped to the type's roles by
   the lexicon; the subject and places of a support verb for a noun trigger (V9 c); the
   controller of an infinitive (V9 d); the antecedent of ``where`` (V9 e); locative
   phrases as ``place`` (V9 f); parties and place of a negotiation or offer inherited by
   the agreement it is about (V9 g). Spans are core NPs (G6), one per conjunct, with their
   head (G7). Time expressions and the crossed or closed path are never arguments (V11).
3. Attributes (V13, V14): markers on the path from the trigger up to its source-
   introducing predicate: negation, ``no``, ``deny``/``fail`` make it negative; offers,
   requests, plans, hopes, fears, attempts, purposes, conditions, modals and future make
   it ``other``. The same markers give the FactBank value its source commits to (ST4).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from newsgold.records import Argument, Event, Span
from newsgold.systems.rules.lexicon import Lexicon, TypeEntry, requirement
from newsgold.systems.rules.parse import (
    ancestors_path,
    antecedent,
    children,
    conjuncts,
    core_np,
    head_of,
    particle_child,
    passive_subjects,
    pobjs,
    set_relational,
    subjects,
)

Token = Any
NAME_TYPES = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"}
TIME_TYPES = {"DATE", "TIME"}
VERBAL = {"VERB", "ADJ"}
NOMINAL = {"NOUN", "PROPN"}
AGREEMENT = "government.agreements.acceptagreementcontractceasefire"


@dataclass
class Mention:
    """A predicted event mention with the parse token of its trigger."""

    token: Token
    entry: TypeEntry
    arguments: list[tuple[str, Token, str]] = field(default_factory=list)  # (role, token, slot)
    polarity: str = "positive"
    modality: str = "asserted"
    value: str = "CT+"
    markers: frozenset[str] = frozenset()
    id: str = ""
    allowed: tuple[str, ...] = ()  # the type's roles in the label schema
    triggers: frozenset[int] = frozenset()  # token indices of all triggers of the document

    @property
    def type(self) -> str:
        return self.entry.name


def is_sip(token: Token, lexicon: Lexicon) -> bool:
    """A source-introducing predicate (ST2): said, told, denied, confirmed, announced + clause, aware of."""
    stance = lexicon.raw["stance"]
    if token.lemma_ == "announce":
        return bool(children(token, "ccomp"))
    if token.pos_ in ("VERB", "AUX") and token.lemma_ in stance["sip_verbs"]:
        return True
    particle = stance["sip_with_particle"].get(token.lemma_)
    return bool(particle) and token.lemma_ != "accord" and any(c.lower_ == particle for c in token.children)


def according_to(token: Token) -> Token | None:
    """The ``according`` of an ``according to X`` attached to ``token``, if any."""
    for child in token.children:
        if child.lemma_ == "accord" and any(c.lower_ == "to" for c in child.children):
            return child
    return None


def exchange_cue(token: Token, lexicon: Lexicon) -> list[Token] | None:
    """The tokens of ``in return for`` / ``in exchange for`` that govern ``token``, if any."""
    words = lexicon.raw["stance"]["exchange_cues"]
    if token.lemma_ in words and token.head.lower_ == "in":
        fors = [c for c in token.children if c.lower_ == "for"]
        return [token.head, token, *fors]
    fors = [c for c in token.children if c.lower_ == "for" and c.dep_ in ("mark", "prep")]
    if fors:
        for prep in children(token.head, "prep"):
            if prep.lower_ == "in" and any(o.lemma_ in words for o in pobjs(prep)):
                cue = next(o for o in pobjs(prep) if o.lemma_ in words)
                return [prep, cue, fors[0]]
    return None


def _objects(token: Token) -> list[Token]:
    return [head_of(t) for t in children(token, "dobj")]


def _in_class(token: Token, lexicon: Lexicon, name: str) -> bool:
    token = head_of(token)
    return token.lemma_ in lexicon.cls(name) or token.lower_ in lexicon.cls(name) or \
        token.ent_type_ in lexicon.cls_entities(name)


def _related(token: Token) -> list[Token]:
    """Nouns around a trigger that a requirement may look at."""
    out = list(_objects(token)) + [head_of(t) for t in passive_subjects(token)]
    out += [head_of(t) for t in children(token, "compound", "nsubj", "poss")]
    for prep in children(token, "prep"):
        if prep.lower_ in ("of", "over"):
            out += [head_of(o) for o in pobjs(prep)]
    if token.dep_ in ("acl", "amod", "relcl", "compound") or (token.dep_ == "advcl" and passive_subjects(token)):
        out.append(head_of(token.head))
    return out


def _holds(name: str | None, token: Token, lexicon: Lexicon, sentence: Any) -> bool:
    if name is None:
        return True
    related = _related(token)
    if name == "territory_or_control":
        return any(_in_class(t, lexicon, "territory") or _in_class(t, lexicon, "control") for t in related)
    if name == "territory_object":
        return any(_in_class(t, lexicon, "territory") for t in _objects(token))
    if name in ("weapon", "detainee"):
        return any(_in_class(t, lexicon, name) for t in related)
    if name == "crossing":
        if any(_in_class(t, lexicon, "crossing") for t in related):
            return True
        pronoun = any(t.pos_ == "PRON" for t in subjects(token) + passive_subjects(token))
        return pronoun and any(t.lemma_ in lexicon.cls("crossing") for t in sentence)
    if name == "prep_to":
        return any(c.lower_ in ("to", "into", "towards", "toward", "for") for c in children(token, "prep"))
    if name == "prep_for":
        return particle_child(token, "for") is not None
    if name == "particle_out":
        return any(c.lower_ in ("out", "back") for c in children(token, "prt"))
    if name == "not_agreement":
        agreement = lexicon.entry(AGREEMENT).nouns
        return not any(t.lemma_ in agreement for t in _objects(token))
    raise ValueError(f"unknown lexicon requirement {name!r}")


def find_triggers(sentence: Any, lexicon: Lexicon) -> list[Mention]:
    mentions = []
    for token in sentence:
        if token.ent_type_ in NAME_TYPES or is_sip(token, lexicon):
            continue
        verbal = token.pos_ in VERBAL
        if not verbal and token.pos_ not in NOMINAL:
            continue
        if verbal and token.tag_ == "VBG" and token.dep_ in ("amod", "compound"):
            continue  # an adjectival participle ("negotiating team") names no occurrence (V1)
        keys = [token.lemma_.lower()] if verbal else [token.lower_, token.lemma_.lower()]
        for key in keys:
            chosen = next((entry for entry in lexicon.candidates(key, verbal)
                           if _holds(requirement(entry, key, verbal), token, lexicon, sentence)), None)
            if chosen is not None:
                mentions.append(Mention(token, chosen))
                break
    return mentions


# --- arguments ---

def _place_like(token: Token, lexicon: Lexicon) -> bool:
    token = head_of(token)
    if token.ent_type_ in TIME_TYPES:
        return False
    return token.ent_type_ in ("GPE", "LOC", "FAC") or token.lemma_ in lexicon.cls("territory")


def _add(mention: Mention, role: str | None, tokens: Sequence[Token], slot: str) -> None:
    if not role:
        return
    for token in tokens:
        for conjunct in conjuncts(token):
            mention.arguments.append((role, conjunct, slot))


def _clause_arguments(mention: Mention, verb: Token, lexicon: Lexicon, lemma: str, support: bool,
                      subject_slot: str = "subject") -> None:
    """Subject, places (and for a verb trigger: objects, agents, prepositions) of a clause."""
    entry = mention.entry
    _add(mention, entry.role(subject_slot, lemma), subjects(verb), subject_slot)
    place_preps = lexicon.raw["arguments"]["place_preps"]
    for prep in children(verb, "prep", "agent"):
        objects = pobjs(prep)
        if prep.dep_ == "agent" or prep.lower_ == "by":
            _add(mention, entry.role("by", lemma), objects, "by")
        elif not support and entry.prep_role(prep.lower_):
            _add(mention, entry.prep_role(prep.lower_), objects, f"prep:{prep.lower_}")
        elif prep.lower_ in place_preps and "place" in _schema_roles(mention):
            _add(mention, "place", [o for o in objects if _place_like(o, lexicon)], "place")
    if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in children(verb, "advmod")) \
            and "place" in _schema_roles(mention):
        _add(mention, "place", [verb.head], "where")


def _schema_roles(mention: Mention) -> tuple[str, ...]:
    return mention.allowed


def find_arguments(mention: Mention, lexicon: Lexicon) -> None:
    token, entry = mention.token, mention.entry
    lemma = token.lemma_.lower()
    if token.pos_ in VERBAL:
        _clause_arguments(mention, token, lexicon, lemma, support=False)
        objects = children(token, "dobj")
        controlled = [o for o in objects if _in_class(o, lexicon, "control")]
        if controlled:  # V4 (a): "secured control over X", "taking hold of X": X is what is taken
            holders = controlled + [token]
            objects = [o for h in holders for p in children(h, "prep") if p.lower_ in ("of", "over") for o in pobjs(p)]
            mention.arguments = [a for a in mention.arguments if a[2] != "prep:over"]
        _add(mention, entry.role("object", lemma), objects, "object")
        _add(mention, entry.role("passive_subject", lemma), passive_subjects(token), "passive_subject")
        if token.dep_ in ("acl", "amod") and token.tag_ == "VBN":
            _add(mention, entry.role("passive_subject", lemma), [token.head], "passive_subject")
        return
    # noun trigger
    _add(mention, entry.role("possessor", lemma), children(token, "poss"), "possessor")
    for child in children(token, "compound", "amod", "nmod"):
        if child.ent_type_ in TIME_TYPES or child.pos_ == "NUM":
            continue
        if child.dep_ == "amod":
            if child.lemma_ in lexicon.cls("person_modifiers") or child.ent_type_ == "NORP":
                _add(mention, entry.role("amod", lemma), [child], "amod")
            continue
        if child.ent_type_ in ("ORG", "NORP", "GPE", "PERSON"):
            _add(mention, entry.role("compound_entity", lemma) or entry.role("compound", lemma), [child], "compound")
        else:
            _add(mention, entry.role("compound", lemma), [child], "compound")
    for prep in children(token, "prep"):
        objects = pobjs(prep)
        if prep.lower_ == "of":
            _add(mention, entry.role("of", lemma), objects, "of")
        elif prep.lower_ == "by":
            _add(mention, entry.role("by", lemma), objects, "by")
        elif entry.prep_role(prep.lower_):
            _add(mention, entry.prep_role(prep.lower_), objects, f"prep:{prep.lower_}")
        elif prep.lower_ in lexicon.raw["arguments"]["place_preps"] and "place" in _schema_roles(mention):
            _add(mention, "place", [o for o in objects if _place_like(o, lexicon)], "place")
    if token.dep_ in ("compound",) and entry.role("head_noun", lemma):
        _add(mention, entry.role("head_noun", lemma), [token.head], "head_noun")
    # V9 (c): the support verb of a noun trigger
    support = lexicon.raw["arguments"]["support_verbs"]
    verb = token.head
    if token.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    if verb.i != token.i and token.dep_ in ("dobj", "pobj", "nsubjpass", "attr") and verb.lemma_ in support \
            and verb.pos_ in ("VERB", "AUX"):
        patient = verb.lemma_ in lexicon.raw["arguments"]["patient_support_verbs"]
        _clause_arguments(mention, verb, lexicon, lemma, support=True,
                          subject_slot="passive_subject" if patient else "subject")


def _argument_ok(mention: Mention, token: Token, role: str, lexicon: Lexicon) -> bool:
    if token.i == mention.token.i or token.lower_ in lexicon.raw["arguments"]["not_arguments"]:
        return False
    if token.ent_type_ in TIME_TYPES or token.pos_ in ("ADV", "VERB", "AUX", "ADP", "PUNCT", "SPACE"):
        return False
    if token.i in mention.triggers and role not in lexicon.raw["arguments"]["event_roles"]:
        return False  # an event mention is an argument only as a topic (V6), never as a participant
    path_class = mention.entry.no_argument_class  # V11: the crossed or closed path, or "it" for it
    return not (path_class and (_in_class(token, lexicon, path_class) or token.lower_ == "it"))


def inherit_arguments(mentions: list[Mention], lexicon: Lexicon) -> None:
    """V9 (g): parties and place of a negotiate or commitment event go to the agreement it is about."""
    agreement = AGREEMENT
    by_token = {m.token.i: m for m in mentions}
    for mention in mentions:
        if mention.type != agreement:
            continue
        for ancestor in list(ancestors_path(mention.token))[1:4]:
            source = by_token.get(ancestor.i)
            if source is None:
                continue
            if source.type.startswith("contact.negotiate"):
                mention.arguments += [(r, t, "inherited") for r, t, s in source.arguments
                                      if (r == "participant" and s in ("prep:with", "prep:between")) or r == "place"]
            elif source.type.startswith("contact.commitment"):
                mention.arguments += [("participant", t, "inherited") for r, t, s in source.arguments
                                      if r == "communicator"] + \
                                     [(r, t, "inherited") for r, t, s in source.arguments if r == "place"]
            break


# --- attributes ---

def attribute_markers(token: Token, lexicon: Lexicon) -> set[str]:
    """Markers (neg, uncommitted, hedge, future) on the path from a trigger to its source."""
    attrs = lexicon.raw["attributes"]
    found: set[str] = set()
    for k, node in enumerate(ancestors_path(token)):
        if k > 0 and (is_sip(node, lexicon) or according_to(node) is not None):
            if node.lemma_ in attrs["negation_lemmas"]:
                found.add("neg")
            break
        if k > 0:
            if node.lemma_ in attrs["negation_lemmas"]:
                found.add("neg")
            if node.lemma_ in attrs["uncommitted_lemmas"]:
                found.add("uncommitted")
            if node.lemma_ in attrs["future_lemmas"]:
                found.add("future")
        if exchange_cue(node, lexicon):
            found.add("uncommitted")
        for child in node.children:
            if child.dep_ == "neg" or child.dep_ == "det" and child.lower_ in attrs["negation_determiners"] and k == 0:
                found.add("neg")
            elif child.dep_ in ("aux", "advmod", "auxpass"):
                if child.lower_ == "to" and child.dep_ == "aux":
                    found.add("uncommitted")
                elif child.lemma_ in attrs["hedge_lemmas"] or child.lower_ in attrs["hedge_lemmas"]:
                    found.add("hedge")
                elif child.lemma_ in attrs["future_lemmas"] or child.lower_ in attrs["future_lemmas"]:
                    found.add("future")
            elif child.dep_ == "mark" and child.lower_ in attrs["condition_marks"]:
                found.add("uncommitted")
        if node.dep_ == "relcl" and k > 0:
            break
        if node.dep_ in ("nsubj", "conj", "parataxis"):
            break  # a predicate's markers do not apply to its subject, nor to a coordinated clause
    if token.sent.text.rstrip().endswith("?"):
        found.add("uncommitted")
    return found


def set_attributes(mention: Mention, lexicon: Lexicon) -> None:
    markers = attribute_markers(mention.token, lexicon)
    mention.markers = frozenset(markers)
    if "neg" in markers:
        mention.polarity, mention.modality, mention.value = "negative", "other", "CT-"
    elif "uncommitted" in markers:
        mention.modality, mention.value = "other", "Uu"
    elif "hedge" in markers:
        mention.modality, mention.value = "other", "PS+"
    elif "future" in markers:
        mention.modality, mention.value = "other", "PR+"


# --- records ---

def _span(doc_text: str, start: int, end: int) -> Span:
    return Span(start, end, doc_text[start:end])


def to_event(mention: Mention, text: str, lexicon: Lexicon) -> Event:
    token = mention.token
    arguments: list[Argument] = []
    taken: list[tuple[int, int]] = []
    for role, arg_token, _slot in mention.arguments:
        arg_token = antecedent(arg_token)
        if not _argument_ok(mention, arg_token, role, lexicon) or role not in _schema_roles(mention):
            continue
        span = core_np(arg_token)
        if span is None:
            continue
        start, end = span
        if start <= token.idx < end or any(s < end and start < e for s, e in taken):
            continue  # arguments of one event never overlap, nor contain the trigger (V11)
        head = head_of(arg_token)
        head_span = (head.idx, head.idx + len(head.text))
        taken.append((start, end))
        arguments.append(Argument(
            role=role, start=start, end=end, text=text[start:end],
            head=_span(text, *head_span) if start <= head_span[0] and head_span[1] <= end else None,
        ))
    return Event(
        id=mention.id, type=mention.type, trigger=_span(text, token.idx, token.idx + len(token.text)),
        arguments=tuple(sorted(arguments, key=lambda a: (a.start, a.end, a.role))),
        polarity=mention.polarity, modality=mention.modality,
    )


def extract_events(doc: Any, sentences: Sequence[Any], lexicon: Lexicon, schema_roles: dict[str, tuple[str, ...]]
                   ) -> list[Mention]:
    """Event mentions of the given sentences of a parsed document, numbered E1... in text order."""
    relational = lexicon.raw["classes"]["relational_nouns"]
    set_relational(lexicon.cls("relational_nouns") | {n for t in lexicon.types for n in t.nouns},
                   frozenset(relational["preps"]))
    mentions: list[Mention] = []
    for sentence in sentences:
        found = find_triggers(sentence, lexicon)
        for mention in found:
            mention.allowed = tuple(schema_roles.get(mention.type, ()))
            find_arguments(mention, lexicon)
            set_attributes(mention, lexicon)
        inherit_arguments(found, lexicon)
        mentions.extend(found)
    mentions.sort(key=lambda m: m.token.idx)
    triggers = frozenset(m.token.i for m in mentions)
    for n, mention in enumerate(mentions, start=1):
        mention.id = f"E{n}"
        mention.triggers = triggers
    return mentions
