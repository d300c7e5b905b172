"""CoNLL-U files as newsgold annotations: CorefUD ``Entity=`` mentions become entities (label:
the ``etype`` attribute, else ``MENTION``) in clusters named by their entity ids.

A file may hold several documents (``# newdoc``); ``# global.Entity`` holds for the documents after
it that do not declare their own. Texts follow the rule of
``newsgold.formats.conllu`` (sentences' ``# text`` joined by a space, paragraphs by a blank
line), so a GUM file gives the corpus text; a sentence without ``# text`` gets the text its
tokens spell (forms joined by a space unless ``SpaceAfter=No``).
"""

from __future__ import annotations

from pathlib import Path

import conllu

from newsgold.formats.annotations import Annotations, full_record, positional_id
from newsgold.formats.conllu import ConlluError, document_from_sentences
from newsgold.formats.source import read_text
from newsgold.records import Cluster, Entity

WHAT = "a CoNLL-U file"
NO_TYPE = "MENTION"


def _spelled(sentence: conllu.TokenList) -> str:
    parts = []
    covered: set[int] = set()
    for token in sentence:
        token_id = token["id"]
        if isinstance(token_id, tuple):
            if token_id[1] != "-":
                continue
            covered.update(range(token_id[0], token_id[2] + 1))
        elif token_id in covered:
            continue
        misc = token["misc"] or {}
        parts.append(token["form"] + ("" if misc.get("SpaceAfter") == "No" else " "))
    return "".join(parts).rstrip(" ")


def _documents(sentences: list[conllu.TokenList]) -> list[list[conllu.TokenList]]:
    documents: list[list[conllu.TokenList]] = []
    for sentence in sentences:
        if not documents or any(k == "newdoc" or k.startswith("newdoc ") for k in sentence.metadata):
            documents.append([])
        documents[-1].append(sentence)
    return documents


def read_corefud(path: Path, *, id_prefix: str = "doc") -> Annotations:
    try:
        sentences = conllu.parse(read_text(path, WHAT))
    except conllu.exceptions.ParseException as error:
        raise ConlluError(f"{path}: not valid CoNLL-U: {error}") from None
    if not sentences:
        raise ConlluError(f"{path}: no sentences; expected {WHAT}")
    spelled = 0
    for sentence in sentences:
        if "text" not in sentence.metadata:
            sentence.metadata["text"] = _spelled(sentence)
            spelled += 1
    texts: dict[str, str] = {}
    records = []
    declared = None
    for n, group in enumerate(_documents(sentences), start=1):
        declared = group[0].metadata.setdefault("global.Entity", declared)  # declared once for the file
        doc = document_from_sentences(group, default_id=positional_id(id_prefix, n), where=str(path))
        if doc.doc_id in texts:
            raise ConlluError(f"{path}: document id {doc.doc_id!r} occurs twice; expected unique # newdoc ids")
        entities = [
            Entity(start=m.start, end=m.end, label=m.attributes.get("etype", NO_TYPE), text=m.text,
                   id=f"T{k}", cluster=m.entity_id)
            for k, m in enumerate(doc.mentions, start=1)
        ]
        clusters = [Cluster(eid) for eid in dict.fromkeys(m.entity_id for m in doc.mentions)]
        texts[doc.doc_id] = doc.text
        records.append(full_record(doc.doc_id, doc.text, entities, clusters=clusters))
    notes = [f"{path.name}: {spelled} sentence(s) without '# text': text spelled from the tokens"] if spelled else []
    return Annotations(texts, tuple(records), "conllu", tuple(notes))
