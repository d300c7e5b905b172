"""The corpus: documents built from seeds/, with exact text, sha256, metadata and offsets.

``build_corpus`` is deterministic: the same seeds always give byte-identical files.
Sentence splitting uses spaCy's rule-based sentencizer on a blank English pipeline, so it
needs no model download.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol, TypeVar


class _HasDocId(Protocol):
    doc_id: str


R = TypeVar("R", bound=_HasDocId)

from newsgold import paths
from newsgold.jsonio import dumps_pretty, write_atomic

CORPUS_NAME = "newsgold"
MANIFEST = "manifest.json"
DOCUMENTS_DIR = "documents"


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Document:
    doc_id: str
    text: str
    sha256: str
    metadata: dict[str, Any]
    paragraphs: tuple[dict[str, Any], ...]
    sentences: tuple[tuple[int, int], ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "sha256": self.sha256,
            "metadata": self.metadata,
            "paragraphs": list(self.paragraphs),
            "sentences": [list(s) for s in self.sentences],
            "text": self.text,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        return cls(
            doc_id=data["doc_id"],
            text=data["text"],
            sha256=data["sha256"],
            metadata=data["metadata"],
            paragraphs=tuple(data["paragraphs"]),
            sentences=tuple(tuple(s) for s in data["sentences"]),
        )

    def __repr__(self) -> str:
        """No text: a repr lands in test logs and tracebacks, and the text may be copyrighted."""
        return f"Document(doc_id={self.doc_id!r}, sha256={self.sha256[:12]!r}..., {len(self.text)} characters)"

    def sentence_index(self, offset: int) -> int:
        """Index of the sentence containing ``offset`` (or the last one starting before it)."""
        index = 0
        for i, (start, _end) in enumerate(self.sentences):
            if start <= offset:
                index = i
            else:
                break
        return index


SPLITS_FILE = "splits.json"
SPLIT_NAMES = ("dev", "test")
ALL_SPLITS = "all"


@dataclass(frozen=True)
class Corpus:
    documents: dict[str, Document]
    version: str
    name: str = CORPUS_NAME
    root: Path | None = field(default=None, compare=False)
    splits: dict[str, str] = field(default_factory=dict, compare=False)
    selected: str = ALL_SPLITS

    @property
    def id(self) -> str:
        """What reports cite: name, version and, for a subset, the split (``newsgold@v:test``)."""
        base = f"{self.name}@{self.version}"
        return base if self.selected == ALL_SPLITS else f"{base}:{self.selected}"

    def keep(self, records: Iterable[R]) -> list[R]:
        """The records of documents in this corpus (in this split)."""
        return [r for r in records if r.doc_id in self.documents]

    def restrict(self, doc_ids: Iterable[str]) -> Corpus:
        """The same corpus (name, version, split) holding only the documents ``doc_ids``."""
        wanted = set(doc_ids)
        chosen = {d: doc for d, doc in self.documents.items() if d in wanted}
        return Corpus(chosen, self.version, self.name, self.root, self.splits, self.selected)

    def split_of(self, doc_id: str) -> str | None:
        return self.splits.get(doc_id)

    def select(self, split: str) -> Corpus:
        """The documents of one split ('dev', 'test') or all of them ('all')."""
        if split == ALL_SPLITS:
            return self
        if split not in SPLIT_NAMES:
            raise ValueError(f"unknown split {split!r}; expected one of dev, test, all")
        chosen = {d: doc for d, doc in self.documents.items() if self.splits.get(d) == split}
        if not chosen:
            raise ValueError(f"the corpus {self.name}@{self.version} has no documents in split {split!r}")
        return Corpus(chosen, self.version, self.name, self.root, self.splits, split)

    def __repr__(self) -> str:
        """No text (see ``Document.__repr__``)."""
        return f"Corpus({self.id!r}, {len(self.documents)} documents)"

    def __iter__(self) -> Iterator[Document]:
        return iter(self.documents.values())

    def __len__(self) -> int:
        return len(self.documents)

    def __getitem__(self, doc_id: str) -> Document:
        return self.documents[doc_id]

    def get(self, doc_id: str) -> Document | None:
        return self.documents.get(doc_id)


def corpus_version(documents: list[Document]) -> str:
    """Content hash of the corpus: changes when any text, id or offset changes."""
    digest = hashlib.sha256()
    for doc in sorted(documents, key=lambda d: d.doc_id):
        digest.update(json.dumps(doc.to_dict(), sort_keys=True, ensure_ascii=False).encode())
    return digest.hexdigest()[:12]


@lru_cache(maxsize=1)
def _sentencizer():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


_BLOCK = re.compile(r"[^\n]+(?:\n[^\n]+)*")
_LINE = re.compile(r"[^\n]+")


def _paragraph_kind(block: str) -> str:
    if block.startswith("READ MORE:"):
        return "read_more"
    if block.startswith("Source:"):
        return "credit"
    if "\n" not in block and len(block) < 100 and not re.search(r"[.!?\"”)]$", block):
        return "heading"
    return "body"


def split_paragraphs(text: str) -> list[dict[str, Any]]:
    """Paragraphs are blocks separated by blank lines."""
    return [
        {"start": m.start(), "end": m.end(), "kind": _paragraph_kind(m.group())}
        for m in _BLOCK.finditer(text)
    ]


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence offsets: each line is split by spaCy's sentencizer; whitespace trimmed."""
    nlp = _sentencizer()
    sentences: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        for sent in nlp(line.group()).sents:
            chunk = sent.text
            start = line.start() + sent.start_char + (len(chunk) - len(chunk.lstrip()))
            end = line.start() + sent.end_char - (len(chunk) - len(chunk.rstrip()))
            if end > start:
                sentences.append((start, end))
    return _reattach_openers(text, sentences)


_OPENERS = "\"(“‘["


def _reattach_openers(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Move an opening quote or bracket left dangling at a sentence end to the next sentence.

    The sentencizer splits '... casualties. "Qala-e-Naw is ...' after the quote mark.
    """
    fixed = list(sentences)
    for i in range(len(fixed) - 1):
        start, end = fixed[i]
        nxt_start, nxt_end = fixed[i + 1]
        if end - start > 1 and text[end - 1] in _OPENERS and text[end - 2].isspace():
            fixed[i] = (start, len(text[:end - 1].rstrip()))
            fixed[i + 1] = (end - 1, nxt_end)
    return fixed


def document_from_seed(seed: Path) -> Document:
    """Read one seed text and its ``.meta.json`` into a Document."""
    text = seed.read_bytes().decode("utf-8")
    meta_path = seed.with_suffix(".meta.json")
    metadata: dict[str, Any] = {}
    if meta_path.exists():
        metadata = json.loads(meta_path.read_text(encoding="utf-8"))
    doc_id = metadata.pop("doc_id", seed.stem)
    metadata = {"seed_file": seed.name, **metadata}
    return Document(
        doc_id=doc_id,
        text=text,
        sha256=sha256_text(text),
        metadata=metadata,
        paragraphs=tuple(split_paragraphs(text)),
        sentences=tuple(split_sentences(text)),
    )


GUM_LICENCE = {
    "text": "CC BY 2.5 (Wikinews)",
    "text_url": "https://creativecommons.org/licenses/by/2.5/",
    "annotations": "CC BY 4.0 (GUM)",
    "annotations_url": "https://creativecommons.org/licenses/by/4.0/",
}
GUM_CITATION = (
    "Amir Zeldes (2017). The GUM Corpus: Creating Multilayer Resources in the Classroom. "
    "Language Resources and Evaluation 51(3), 581-612."
)
_DATELINE = re.compile(
    r"^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? [A-Z][a-z]+ \d{1,2}, \d{4}$"
)


def document_from_conllu(seed: Path, seeds_root: Path) -> Document:
    """A CoNLL-U seed (a GUM Wikinews article): text by the CoNLL-U text rule, UD sentences."""
    from newsgold.formats.conllu import read_conllu

    parsed = read_conllu(seed)
    meta = parsed.metadata
    paragraphs = []
    for index, (start, end) in enumerate(parsed.paragraphs):
        block = parsed.text[start:end]
        kind = "title" if index == 0 else "dateline" if _DATELINE.match(block) else "body"
        paragraphs.append({"start": start, "end": end, "kind": kind})
    metadata = {
        "seed_file": seed.relative_to(seeds_root).as_posix(),
        "title": meta.get("title"),
        "published": meta.get("dateCreated"),
        "source_url": meta.get("sourceURL"),
        "author": meta.get("author"),
        "outlet": "Wikinews",
        "source": "GUM corpus (news genre)",
        "language": "en",
        "licence": GUM_LICENCE,
        "rights": "Text: Wikinews, CC BY 2.5, attribution to Wikinews and the article URL. "
        "GUM annotations: CC BY 4.0. Cite: " + GUM_CITATION,
    }
    return Document(
        doc_id=parsed.doc_id,
        text=parsed.text,
        sha256=sha256_text(parsed.text),
        metadata=metadata,
        paragraphs=tuple(paragraphs),
        sentences=tuple(parsed.sentences),
    )


def seed_files(seeds: Path) -> list[Path]:
    """Seed articles: ``*.txt`` in seeds/, ``*.conllu`` in seeds/ and its sub-folders (one level)."""
    return sorted(seeds.glob("*.txt")) + sorted(seeds.glob("*.conllu")) + sorted(seeds.glob("*/*.conllu"))


def build_documents(seeds: str | Path | None = None) -> list[Document]:
    seeds = Path(seeds) if seeds is not None else paths.seeds_dir()
    files = seed_files(seeds)
    if not files:
        raise FileNotFoundError(f"{seeds}: no seed articles (*.txt or *.conllu) found")
    documents: dict[str, Document] = {}
    origin: dict[str, Path] = {}
    for path in files:
        doc = document_from_conllu(path, seeds) if path.suffix == ".conllu" else document_from_seed(path)
        if doc.doc_id in documents:
            raise ValueError(f"{path}: document id {doc.doc_id!r} is already used by {origin[doc.doc_id]}")
        documents[doc.doc_id] = doc
        origin[doc.doc_id] = path
    return sorted(documents.values(), key=lambda d: d.doc_id)


def read_splits(seeds: str | Path | None, documents: list[Document]) -> dict[str, str]:
    """{doc_id: split} from seeds/splits.json; every document in exactly one split."""
    seeds = Path(seeds) if seeds is not None else paths.seeds_dir()
    path = seeds / SPLITS_FILE
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    known = {doc.doc_id for doc in documents}
    splits: dict[str, str] = {}
    for name in SPLIT_NAMES:
        for doc_id in data.get(name, []):
            if doc_id not in known:
                raise ValueError(f"{path}: {name!r} names {doc_id!r}, which is not a seed document")
            if doc_id in splits:
                raise ValueError(f"{path}: {doc_id!r} is in both {splits[doc_id]!r} and {name!r}")
            splits[doc_id] = name
    missing = sorted(known - set(splits))
    if missing:
        raise ValueError(f"{path}: documents in no split: {', '.join(missing)}")
    return splits


def corpus_files(documents: list[Document], splits: dict[str, str] | None = None) -> dict[str, str]:
    """The corpus as {relative path: file content}; what ``build_corpus`` writes."""
    splits = splits or {}
    files = {
        f"{DOCUMENTS_DIR}/{doc.doc_id}.json": dumps_pretty(doc.to_dict()) for doc in documents
    }
    manifest = {
        "corpus": CORPUS_NAME,
        "version": corpus_version(documents),
        "documents": [
            {
                "doc_id": doc.doc_id,
                "sha256": doc.sha256,
                "path": f"{DOCUMENTS_DIR}/{doc.doc_id}.json",
                "characters": len(doc.text),
                "sentences": len(doc.sentences),
                **({"split": splits[doc.doc_id]} if doc.doc_id in splits else {}),
            }
            for doc in sorted(documents, key=lambda d: d.doc_id)
        ],
    }
    files[MANIFEST] = dumps_pretty(manifest)
    return files


def build_corpus(seeds: str | Path | None = None, out: str | Path | None = None) -> Corpus:
    """Build corpus/ from seeds/ and write it (atomically, file by file)."""
    out = Path(out) if out is not None else paths.corpus_dir()
    documents = build_documents(seeds)
    splits = read_splits(seeds, documents)
    for relative, content in corpus_files(documents, splits).items():
        write_atomic(out / relative, content)
    return Corpus({d.doc_id: d for d in documents}, corpus_version(documents), root=out, splits=splits)


def load_corpus(directory: str | Path | None = None) -> Corpus:
    """Load a built corpus (default: the project's corpus/)."""
    directory = Path(directory) if directory is not None else paths.corpus_dir()
    manifest_path = directory / MANIFEST
    if not manifest_path.exists():
        raise FileNotFoundError(
            f"{manifest_path}: no corpus here; run 'newsgold corpus build' first"
        )
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    documents = {}
    splits = {e["doc_id"]: e["split"] for e in manifest["documents"] if "split" in e}
    for entry in manifest["documents"]:
        data = json.loads((directory / entry["path"]).read_text(encoding="utf-8"))
        doc = Document.from_dict(data)
        if doc.sha256 != sha256_text(doc.text):
            raise ValueError(f"{directory / entry['path']}: text does not match its sha256")
        documents[doc.doc_id] = doc
    return Corpus(documents, manifest["version"], name=manifest["corpus"], root=directory, splits=splits)
