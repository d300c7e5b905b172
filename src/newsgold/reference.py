"""Reference layers: GUM's human entity mentions and OntoGUM's coreference, as records.

They are made by people under other schemes (GUM's, and OntoNotes' for OntoGUM) and serve
as pre-annotation and as an agreement check for newsgold's own gold; they are never gold.
Every mention is converted from CoNLL-U tokens to character offsets on the corpus text, and
the conversion is checked: a span's text equals its tokens joined as the text rule joins
them, or the build stops.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsgold import paths
from newsgold.corpus import Document, sha256_text
from newsgold.formats.conllu import ConlluDocument, ConlluError, read_conllu
from newsgold.jsonio import dumps_line

GUM_DIR = ("reference", "gum")
GUM_ENTITIES_FILE = "gum_entities.jsonl"
ONTOGUM_FILE = "ontogum_coref.jsonl"
ONTOGUM_SOURCES = "ontogum-conllu"
GUM_ANNOTATOR = "GUM corpus: human entity and coreference annotation (CC BY 4.0); reference layer, not gold"
ONTOGUM_ANNOTATOR = "OntoGUM: human coreference under the OntoNotes guidelines (CC BY 4.0); reference layer, not gold"


def reference_dir() -> Path:
    return paths.annotations_dir().joinpath(*GUM_DIR)


@dataclass(frozen=True)
class ReferencePair:
    gum: dict[str, Any]
    ontogum: dict[str, Any] | None


def _checked(parsed: ConlluDocument, document: Document, where: Path) -> None:
    if parsed.text != document.text:
        raise ConlluError(f"{where}: its text differs from corpus document {document.doc_id}")
    for mention in parsed.mentions:
        joined = parsed.token_text(mention.first_token, mention.last_token)
        if document.text[mention.start:mention.end] != joined:
            raise ConlluError(
                f"{where}: mention of entity {mention.entity_id} at [{mention.start}, {mention.end}) "
                f"reads {document.text[mention.start:mention.end]!r}, its tokens {joined!r}"
            )


def gum_entity_record(parsed: ConlluDocument, document: Document) -> dict[str, Any]:
    """Every GUM mention with its GUM type, Wikipedia identity and coreference cluster."""
    clusters: dict[str, dict[str, str]] = {}
    entities = []
    for n, mention in enumerate(parsed.mentions, start=1):
        attributes = dict(mention.attributes)
        label = attributes.pop("etype", None)
        identity = attributes.pop("identity", None)
        cluster_id = f"G{mention.entity_id}"
        cluster = clusters.setdefault(cluster_id, {"id": cluster_id, "name": mention.text})
        if identity:
            cluster["name"] = identity.replace("_", " ")
        entity: dict[str, Any] = {
            "id": f"M{n}", "start": mention.start, "end": mention.end, "text": mention.text,
            "label": label, "cluster": cluster_id,
        }
        if identity:
            entity["identity"] = identity
        if attributes:
            entity["attributes"] = attributes
        entities.append(entity)
    return {
        "doc_id": document.doc_id,
        "doc_sha256": document.sha256,
        "annotator": GUM_ANNOTATOR,
        "label_set": "gum",
        "clusters": sorted(clusters.values(), key=lambda c: int(c["id"][1:])),
        "entities": entities,
    }


def ontogum_record(parsed: ConlluDocument, document: Document) -> dict[str, Any]:
    """OntoGUM's coreference: mentions (label MENTION) in clusters; no singletons."""
    clusters: dict[str, dict[str, str]] = {}
    entities = []
    for n, mention in enumerate(parsed.mentions, start=1):
        cluster_id = f"O{mention.entity_id}"
        clusters.setdefault(cluster_id, {"id": cluster_id, "name": mention.text})
        entities.append({
            "id": f"M{n}", "start": mention.start, "end": mention.end, "text": mention.text,
            "label": "MENTION", "cluster": cluster_id,
        })
    return {
        "doc_id": document.doc_id,
        "doc_sha256": document.sha256,
        "annotator": ONTOGUM_ANNOTATOR,
        "label_set": "coref",
        "clusters": sorted(clusters.values(), key=lambda c: int(c["id"][1:])),
        "entities": entities,
    }


def build_reference_files(
    documents: list[Document], seeds: Path | None = None, out: Path | None = None
) -> dict[Path, str]:
    """{path: content} of the two reference layers for every CoNLL-U seed document."""
    seeds = seeds or paths.seeds_dir()
    out = out or reference_dir()
    gum_lines: list[str] = []
    onto_lines: list[str] = []
    for document in documents:
        seed_file = document.metadata.get("seed_file", "")
        if not seed_file.endswith(".conllu"):
            continue
        source = seeds / seed_file
        parsed = read_conllu(source)
        _checked(parsed, document, source)
        gum_lines.append(dumps_line(gum_entity_record(parsed, document)))
        onto_source = out / ONTOGUM_SOURCES / Path(seed_file).name
        if onto_source.exists():
            onto = read_conllu(onto_source)
            _checked(onto, document, onto_source)
            onto_lines.append(dumps_line(ontogum_record(onto, document)))
    return {out / GUM_ENTITIES_FILE: "".join(gum_lines), out / ONTOGUM_FILE: "".join(onto_lines)}


def load_reference(layer: str = "gum") -> dict[str, dict[str, Any]]:
    """{doc_id: record} of a reference layer ('gum' or 'ontogum')."""
    import json

    name = GUM_ENTITIES_FILE if layer == "gum" else ONTOGUM_FILE
    path = reference_dir() / name
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line]
    return {r["doc_id"]: r for r in records}


__all__ = ["build_reference_files", "gum_entity_record", "load_reference", "ontogum_record", "sha256_text"]
