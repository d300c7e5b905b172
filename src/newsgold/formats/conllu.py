"""CoNLL-U documents: text, sentence and paragraph offsets, and CorefUD ``Entity=`` mentions.

Parsing is done by the ``conllu`` package. The document text follows one rule: a paragraph
starts at every comment ``# newpar`` (or ``# newpar ...``); a paragraph is its sentences'
``# text =`` values joined by one space; the text is the paragraphs joined by a blank line.
Every token gets character offsets inside its sentence's ``# text``; a token whose form is
not found where the text says it must be is an error, never a silent shift.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import conllu

from newsgold.formats.errors import FormatError

PARAGRAPH_SEPARATOR = "\n\n"
SENTENCE_SEPARATOR = " "


class ConlluError(FormatError):
    """A CoNLL-U file that breaks the text rule or the CorefUD bracket syntax."""


@dataclass(frozen=True)
class Token:
    sentence: int
    word_id: int
    form: str
    start: int
    end: int
    space_after: bool


@dataclass(frozen=True)
class Mention:
    """One CorefUD mention: a contiguous token range with its entity id and attributes."""

    entity_id: str
    start: int
    end: int
    text: str
    first_token: int
    last_token: int
    attributes: dict[str, str]


@dataclass
class ConlluDocument:
    doc_id: str
    text: str
    metadata: dict[str, str]
    paragraphs: list[tuple[int, int]]
    sentences: list[tuple[int, int]]
    tokens: list[Token] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    def token_text(self, first: int, last: int) -> str:
        """Tokens first..last joined as the text rule joins them (SpaceAfter, sentence breaks)."""
        parts: list[str] = []
        for i in range(first, last + 1):
            token = self.tokens[i]
            parts.append(token.form)
            if i < last:
                nxt = self.tokens[i + 1]
                if nxt.sentence != token.sentence:
                    parts.append(self.text[token.end:nxt.start])
                elif token.space_after:
                    parts.append(" ")
        return "".join(parts)


_EID = r"[^()\-|=\s]+"
_BRACKET = re.compile(rf"\((?P<open>{_EID})(?P<attrs>-[^()]*)?(?P<now>\))?|(?P<close>{_EID})\)")


def _entity_fields(global_entity: str | None) -> list[str]:
    if not global_entity:
        return ["eid"]
    return global_entity.strip().split("-")


def _parse_attributes(raw: str | None, names: list[str]) -> dict[str, str]:
    if not raw:
        return {}
    values = raw[1:].split("-", len(names) - 2) if len(names) > 1 else []
    return {name: unquote(value) for name, value in zip(names[1:], values) if value not in ("", "_")}


def _space_after(misc: dict[str, Any] | None) -> bool:
    return not (misc and misc.get("SpaceAfter") == "No")


def read_conllu(path: str | Path) -> ConlluDocument:
    """Read one CoNLL-U document (the first ``# newdoc``; the file name if there is none)."""
    path = Path(path)
    try:
        source = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        raise ConlluError(f"{path}: not UTF-8 text ({err.reason} at byte {err.start})") from None
    try:
        sentences = conllu.parse(source)
    except conllu.exceptions.ParseException as err:
        raise ConlluError(f"{path}: not valid CoNLL-U: {err}") from None
    if not sentences:
        raise ConlluError(f"{path}: no sentences")
    return document_from_sentences(sentences, default_id=path.stem, where=str(path))


def document_from_sentences(
    sentences: list[conllu.TokenList], default_id: str, where: str
) -> ConlluDocument:
    first = sentences[0].metadata
    doc_id = first.get("newdoc id") or default_id
    field_names = _entity_fields(first.get("global.Entity"))
    metadata = {
        key.removeprefix("meta::"): value
        for key, value in first.items()
        if key.startswith("meta::") and value is not None
    }
    paragraphs: list[list[int]] = []
    sentence_texts: list[str] = []
    for index, sentence in enumerate(sentences):
        meta = sentence.metadata
        if "text" not in meta:
            raise ConlluError(f"{where}: sentence {index + 1} ({meta.get('sent_id', 'no sent_id')}) has no '# text ='")
        if not paragraphs or any(key == "newpar" or key.startswith("newpar ") for key in meta):
            paragraphs.append([])
        paragraphs[-1].append(index)
        sentence_texts.append(meta["text"])

    text_parts: list[str] = []
    sentence_spans: list[tuple[int, int]] = [(0, 0)] * len(sentences)
    paragraph_spans: list[tuple[int, int]] = []
    offset = 0
    for p, members in enumerate(paragraphs):
        if p:
            text_parts.append(PARAGRAPH_SEPARATOR)
            offset += len(PARAGRAPH_SEPARATOR)
        para_start = offset
        for k, index in enumerate(members):
            if k:
                text_parts.append(SENTENCE_SEPARATOR)
                offset += len(SENTENCE_SEPARATOR)
            sentence_spans[index] = (offset, offset + len(sentence_texts[index]))
            text_parts.append(sentence_texts[index])
            offset += len(sentence_texts[index])
        paragraph_spans.append((para_start, offset))
    text = "".join(text_parts)

    doc = ConlluDocument(doc_id, text, metadata, paragraph_spans, sentence_spans)
    for index, sentence in enumerate(sentences):
        _add_tokens(doc, index, sentence, where)
    for index, sentence in enumerate(sentences):
        _add_mentions(doc, index, sentence, field_names, where)
    doc.mentions.sort(key=lambda m: (m.start, -m.end, int(m.entity_id) if m.entity_id.isdigit() else 0))
    return doc


def _add_tokens(doc: ConlluDocument, index: int, sentence: conllu.TokenList, where: str) -> None:
    """Offsets of every word; the words of a multiword token split its surface where they spell it."""
    sent_start, sent_end = doc.sentences[index]
    cursor = sent_start
    text = doc.text
    words = {t["id"]: t for t in sentence if isinstance(t["id"], int)}
    covered: set[int] = set()
    for token in sentence:
        token_id = token["id"]
        if isinstance(token_id, tuple):
            if token_id[1] != "-":
                continue  # an empty node (8.1) has no surface
            first, last = token_id[0], token_id[2]
            start = _locate(text, token["form"], cursor, sent_end, where, index, token_id)
            cursor = start + len(token["form"])
            members = [words[i] for i in range(first, last + 1) if i in words]
            spelled = "".join(w["form"] for w in members) == token["form"]
            position = start
            for word in members:
                if spelled:
                    w_start, w_end = position, position + len(word["form"])
                    position = w_end
                else:
                    w_start, w_end = start, cursor
                space = _space_after(token["misc"]) if word["id"] == last else False
                doc.tokens.append(Token(index, word["id"], word["form"], w_start, w_end, space))
                covered.add(word["id"])
            continue
        if token_id in covered:
            continue
        start = _locate(text, token["form"], cursor, sent_end, where, index, token_id)
        cursor = start + len(token["form"])
        doc.tokens.append(Token(index, token_id, token["form"], start, cursor, _space_after(token["misc"])))


def _locate(text: str, form: str, cursor: int, limit: int, where: str, index: int, token_id: Any) -> int:
    start = cursor
    while start < limit and text[start].isspace():
        start += 1
    if text[start:start + len(form)] != form or start + len(form) > limit:
        raise ConlluError(
            f"{where}: sentence {index + 1}, token {token_id}: form {form!r} is not at "
            f"character {start} of the sentence text (found {text[start:start + len(form)]!r})"
        )
    return start


def _add_mentions(
    doc: ConlluDocument, index: int, sentence: conllu.TokenList, field_names: list[str], where: str
) -> None:
    open_stack: dict[str, list[tuple[int, dict[str, str]]]] = {}
    word_to_token = {t.word_id: i for i, t in enumerate(doc.tokens) if t.sentence == index}
    for token in sentence:
        if not isinstance(token["id"], int):
            continue
        misc = token["misc"] or {}
        value = misc.get("Entity")
        if not value:
            continue
        position = word_to_token[token["id"]]
        pos = 0
        for match in _BRACKET.finditer(value):
            if match.start() != pos:
                raise ConlluError(f"{where}: sentence {index + 1}, token {token['id']}: bad Entity= value {value!r}")
            pos = match.end()
            if match.group("open"):
                attributes = _parse_attributes(match.group("attrs"), field_names)
                eid = match.group("open")
                if match.group("now"):
                    doc.mentions.append(_mention(doc, eid, position, position, attributes))
                else:
                    open_stack.setdefault(eid, []).append((position, attributes))
            else:
                eid = match.group("close")
                if not open_stack.get(eid):
                    raise ConlluError(
                        f"{where}: sentence {index + 1}, token {token['id']}: entity {eid} closes but was not opened"
                    )
                first, attributes = open_stack[eid].pop()
                doc.mentions.append(_mention(doc, eid, first, position, attributes))
        if pos != len(value):
            raise ConlluError(f"{where}: sentence {index + 1}, token {token['id']}: bad Entity= value {value!r}")
    unclosed = [eid for eid, stack in open_stack.items() if stack]
    if unclosed:
        raise ConlluError(f"{where}: sentence {index + 1}: entities {', '.join(unclosed)} never close")


def _mention(doc: ConlluDocument, eid: str, first: int, last: int, attributes: dict[str, str]) -> Mention:
    start, end = doc.tokens[first].start, doc.tokens[last].end
    return Mention(eid, start, end, doc.text[start:end], first, last, attributes)
