"""conlleval profile: the counts and the text output of the CoNLL perl script (version 2004-01-26).

There is no official Python package. The script reads one token per line (gold and guessed
tag in the last two columns, a blank line between sentences), cuts chunks with its own rules
(see ``newsgold.scoring.bio``), and counts a chunk correct when gold and guess start and end
it at the same tokens with the same type. Figures are percentages; token accuracy counts
every token, O included. Types are written as ``PREFIX-TYPE``; types with no hyphen and the
special tags ``.``, ``[`` and ``]`` are not supported by this profile.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from newsgold.corpus import Corpus
from newsgold.records import Record
from newsgold.scoring.bio import conlleval_tag, decode
from newsgold.scoring.compat.seqeval import iob2_from_records
from newsgold.scoring.errors import ScoringError
from newsgold.scoring.matching import match_spans


@dataclass(frozen=True)
class ConllevalType:
    correct: int
    found_guessed: int
    found_correct: int

    @property
    def precision(self) -> float:
        return 0.0 if not self.found_guessed else 100 * self.correct / self.found_guessed

    @property
    def recall(self) -> float:
        return 0.0 if not self.found_correct else 100 * self.correct / self.found_correct

    @property
    def fb1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0.0 else 2 * p * r / (p + r)


@dataclass(frozen=True)
class ConllevalResult:
    tokens: int
    correct_tags: int
    found_correct: int
    found_guessed: int
    correct: int
    types: dict[str, ConllevalType]

    @property
    def accuracy(self) -> float:
        return 100 * self.correct_tags / self.tokens if self.tokens > 0 else 0.0

    @property
    def precision(self) -> float:
        return 100 * self.correct / self.found_guessed if self.found_guessed > 0 else 0.0

    @property
    def recall(self) -> float:
        return 100 * self.correct / self.found_correct if self.found_correct > 0 else 0.0

    @property
    def fb1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r > 0 else 0.0

    def text(self) -> str:
        """What ``conlleval < file`` prints."""
        out = [
            f"processed {self.tokens} tokens with {self.found_correct} phrases; "
            f"found: {self.found_guessed} phrases; correct: {self.correct}.\n"
        ]
        if self.tokens > 0:
            out.append(
                "accuracy: %6.2f%%; precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f\n"
                % (self.accuracy, self.precision, self.recall, self.fb1)
            )
        for name, t in self.types.items():
            out.append(
                "%17s: precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f  %d\n"
                % (name, t.precision, t.recall, t.fb1, t.found_guessed)
            )
        return "".join(out)


def conlleval(y_true: Sequence[Sequence[str]], y_pred: Sequence[Sequence[str]]) -> ConllevalResult:
    """conlleval's figures for gold and guessed tag sequences (one sequence per sentence)."""
    if len(y_true) != len(y_pred) or any(len(a) != len(b) for a, b in zip(y_true, y_pred)):
        raise ScoringError("gold and guessed tag sequences differ in number or length")
    gold, guess = decode(y_true, "conlleval"), decode(y_pred, "conlleval")
    labels = tuple(sorted(set(gold.labels) | set(guess.labels)))
    gold, guess = gold.relabel(labels), guess.relabel(labels)
    m = match_spans(gold, guess, "strict")
    n = len(labels)
    correct = np.bincount(gold.label[m.gold_credit == 2], minlength=n)
    found_correct = np.bincount(gold.label, minlength=n)
    found_guessed = np.bincount(guess.label, minlength=n)
    types = {
        labels[i]: ConllevalType(int(correct[i]), int(found_guessed[i]), int(found_correct[i]))
        for i in range(n)
        if found_correct[i] or found_guessed[i]
    }
    tokens = sum(len(s) for s in y_true)
    correct_tags = sum(
        conlleval_tag(a) == conlleval_tag(b) for sa, sb in zip(y_true, y_pred) for a, b in zip(sa, sb)
    )
    return ConllevalResult(
        tokens, correct_tags, int(found_correct.sum()), int(found_guessed.sum()), int(correct.sum()), types
    )


def conlleval_from_records(
    gold: Sequence[Record], pred: Sequence[Record], corpus: Corpus, missing: str = "error"
) -> ConllevalResult:
    """conlleval on the IOB2 tags of records, one sentence per corpus sentence."""
    _, y_true, y_pred = iob2_from_records(gold, pred, corpus, missing)
    return conlleval(y_true, y_pred)
