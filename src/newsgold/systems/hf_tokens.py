"""Hugging Face transformers adapter: token classification models from a local folder.

Each corpus sentence is tokenized with the model's (fast) tokenizer; windows longer than
the model takes overlap by ``stride`` tokens. The model's label for each sub-word token is
aggregated to words (the label of a word's first sub-word, as ``aggregation_strategy=
"first"``), the word tags are decoded as BIO / IOB2 / IOBES (an ``I-`` that does not
continue an entity of its type starts one), and every entity becomes a character span
through the tokenizer's offset mapping: from the start of its first sub-word to the end
of its last, so entities that cross sub-word boundaries, accented text and emoji keep the
offsets of the document's ``str``.

Nothing is downloaded: the model folder must exist locally (``local_files_only``).
Needs the optional extra ``transformers`` (``transformers`` and ``torch``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from newsgold.corpus import Document
from newsgold.records import Entity, Record
from newsgold.schema import LabelSchema, load_schema
from newsgold.systems.base import (
    ModelUnavailable,
    System,
    SystemsError,
    record_for,
    track,
)
from newsgold.systems.mapping import LabelMapping

INSTALL_HINT = 'install the optional extra with: pip install "newsgold[transformers]" (transformers and torch)'


class TokenTag(NamedTuple):
    """One sub-word token: character offsets into the text, its word index (or None), its tag."""

    start: int
    end: int
    word: int | None
    tag: str


def split_tag(tag: str) -> tuple[str, str]:
    """("B", "PER") for B-PER; ("O", "") for O; ("I", "PER") for a bare PER (IO tagging)."""
    if tag == "O" or not tag:
        return "O", ""
    prefix, sep, label = tag.partition("-")
    if sep and prefix in ("B", "I", "E", "S", "L", "U"):
        return {"L": "E", "U": "S"}.get(prefix, prefix), label
    return "I", tag


def words_of(tokens: Sequence[TokenTag]) -> list[list[TokenTag]]:
    """Group sub-word tokens (special tokens dropped) into words.

    Tokens with the same word index are one word; without word indices, tokens that touch
    (no character between them) are one word.
    """
    words: list[list[TokenTag]] = []
    previous: TokenTag | None = None
    for token in sorted((t for t in tokens if t.end > t.start), key=lambda t: (t.start, t.end)):
        same = previous is not None and (
            token.word == previous.word if token.word is not None and previous.word is not None
            else token.start == previous.end
        )
        if same:
            words[-1].append(token)
        else:
            words.append([token])
        previous = token
    return words


def spans_from_tokens(tokens: Sequence[TokenTag]) -> list[tuple[int, int, str]]:
    """Entity character spans ``(start, end, label)`` from tagged sub-word tokens."""
    spans: list[tuple[int, int, str]] = []
    current: list[Any] | None = None  # [start, end, label]

    def close() -> None:
        nonlocal current
        if current is not None:
            spans.append((current[0], current[1], current[2]))
            current = None

    for word in words_of(tokens):
        prefix, label = split_tag(word[0].tag)
        start, end = word[0].start, word[-1].end
        if prefix == "O":
            close()
        elif prefix in ("I", "E") and current is not None and current[2] == label:
            current[1] = end
        else:
            close()
            current = [start, end, label]
        if prefix in ("E", "S"):
            close()
    close()
    return spans


@dataclass
class TransformersTokens(System):
    model_dir: str = ""
    mapping: LabelMapping | None = None
    batch_size: int = 16
    stride: int = 32
    max_length: int | None = None
    schema: LabelSchema | None = None

    def __post_init__(self) -> None:
        self.layers = ("entities",)
        self._loaded: tuple[Any, Any] | None = None

    def load(self) -> tuple[Any, Any]:
        if self._loaded is not None:
            return self._loaded
        try:
            import torch  # noqa: F401
            from transformers import AutoModelForTokenClassification, AutoTokenizer
        except ImportError as error:
            raise ModelUnavailable(f"the transformers adapter needs transformers and torch ({error})",
                                   INSTALL_HINT) from None
        path = Path(self.model_dir)
        if not (path / "config.json").is_file():
            raise SystemsError(f"{self.model_dir}: not a local transformers model folder (no config.json); "
                               "newsgold never downloads models, so give the folder a model was saved to")
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        tokenizer = AutoTokenizer.from_pretrained(path, local_files_only=True)
        if not getattr(tokenizer, "is_fast", False):
            raise SystemsError(f"{self.model_dir}: the tokenizer is not a fast tokenizer, so it has no "
                               "offset mapping to align predictions with the text")
        model = AutoModelForTokenClassification.from_pretrained(path, local_files_only=True)
        model.eval()
        import transformers

        self.info = {"adapter": "transformers", "model": str(path), "transformers": transformers.__version__,
                     "architecture": type(model).__name__}
        self._loaded = (tokenizer, model)
        return self._loaded

    def logits(self, model: Any, batch: dict[str, Any]) -> Any:
        """Token logits of one batch, shape (windows, tokens, labels), as a numpy array."""
        import torch

        with torch.no_grad():
            return model(**batch).logits.float().cpu().numpy()

    def predict(self, documents: Sequence[Document], progress: bool = False) -> list[Record]:
        tokenizer, model = self.load()
        schema = self.schema if self.schema is not None else load_schema()
        id2label = {int(k): v for k, v in model.config.id2label.items()}
        labels = {split_tag(tag)[1] for tag in id2label.values()} - {""}
        mapped = {label: self._map(label, schema.entity_types) for label in sorted(labels)}
        max_length = self.max_length or min(int(getattr(tokenizer, "model_max_length", 512) or 512), 512)
        pieces = [(d, start, end) for d in documents for start, end in d.sentences if d.text[start:end].strip()]
        tags: dict[int, list[TokenTag]] = {i: [] for i in range(len(pieces))}
        seen: dict[int, set[tuple[int, int]]] = {i: set() for i in range(len(pieces))}
        batches = range(0, len(pieces), self.batch_size)
        for first in track(batches, f"{self.name}: transformers", progress, total=len(batches)):
            chunk = pieces[first:first + self.batch_size]
            enc = tokenizer([d.text[s:e] for d, s, e in chunk], truncation=True, max_length=max_length,
                            stride=min(self.stride, max_length // 2), return_overflowing_tokens=True,
                            return_offsets_mapping=True, padding=True, return_tensors="pt")
            owners = enc.pop("overflow_to_sample_mapping").tolist()
            offsets = enc.pop("offset_mapping").tolist()
            scores = self.logits(model, dict(enc))
            for w, owner in enumerate(owners):
                piece = first + owner
                word_ids = enc.word_ids(w)
                for t, (start, end) in enumerate(offsets[w]):
                    if end <= start or word_ids[t] is None or (start, end) in seen[piece]:
                        continue  # special or padding token, or already tagged in an earlier window
                    seen[piece].add((start, end))
                    tags[piece].append(TokenTag(start, end, word_ids[t], id2label[int(scores[w, t].argmax())]))
        entities: dict[str, list[Entity]] = {d.doc_id: [] for d in documents}
        for i, (document, offset, _end) in enumerate(pieces):
            for start, end, label in spans_from_tokens(tags[i]):
                entities[document.doc_id].append(Entity(
                    start=offset + start, end=offset + end, text=document.text[offset + start:offset + end],
                    label=mapped[label]))
        records = []
        for document in documents:
            found = sorted(entities[document.doc_id], key=lambda e: (e.start, e.end))
            numbered = tuple(Entity(id=f"T{k}", start=e.start, end=e.end, text=e.text, label=e.label)
                             for k, e in enumerate(found, start=1))
            records.append(record_for(document, self.name, entities=numbered))
        return records

    def _map(self, label: str, types: Sequence[str]) -> str:
        mapped = self.mapping.map_label(label, f"model {self.model_dir}") if self.mapping else label
        if mapped not in types:
            raise SystemsError(f"label {label!r} of model {self.model_dir} is not an entity type of the schema; "
                               "give a label mapping (e.g. --mapping conll2003) that maps it")
        return mapped
