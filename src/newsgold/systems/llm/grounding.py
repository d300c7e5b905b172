"""Grounding: character offsets for the mentions an LLM returns as text.

A mention is located in the document by the first of three levels that finds it:

1. ``exact``: the mention as written;
2. ``normalised``: whitespace runs (line breaks, no-break spaces) as one space, curly and
   straight quotes as one, every dash and hyphen as ``-``;
3. ``fuzzy``: the best approximate alignment (rapidfuzz), accepted at ``FUZZY_MIN_SCORE``
   and above, for mentions of at most ``FUZZY_MAX_LENGTH`` characters.

Candidates are whole words (a match inside a word is no candidate). A quoted ``context``
narrows the search to where the context occurs; ``near`` prefers the candidate closest to
an offset (event arguments near their trigger, stance holders near their cue). Otherwise
repeated mentions are assigned in order: the second "Taliban" gets the occurrence after
the first one's. A mention that is in the text as written but more often in the answer
than in the text gets no fuzzy stand-in. A mention with no candidate is ungrounded (``None``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

FUZZY_MIN_SCORE = 90.0
FUZZY_MAX_LENGTH = 200
METHODS = ("exact", "normalised", "fuzzy")

_QUOTES = {c: "'" for c in "‘’‚‛′`´"} | {c: '"' for c in "“”„‟″«»"}
_DASHES = {c: "-" for c in "‐‑‒–—―−﹘﹣－"}
_FOLD = _QUOTES | _DASHES


@dataclass(frozen=True)
class Match:
    """Where a mention was found, how, and with what similarity (100 unless fuzzy)."""

    start: int
    end: int
    method: str
    score: float = 100.0


@dataclass(frozen=True)
class Normalised:
    """A text with whitespace runs, quotes and dashes folded; ``origin[i]`` is the original index of char i."""

    text: str
    origin: tuple[int, ...]

    def original(self, start: int, end: int) -> tuple[int, int]:
        return self.origin[start], self.origin[end - 1] + 1


def normalise(text: str) -> Normalised:
    chars: list[str] = []
    origin: list[int] = []
    for i, char in enumerate(text):
        if char.isspace():
            if chars and chars[-1] == " ":
                continue
            char = " "
        chars.append(_FOLD.get(char, char))
        origin.append(i)
    return Normalised("".join(chars), tuple(origin))


def _whole_words(text: str, start: int, end: int) -> bool:
    before = start == 0 or not (text[start - 1].isalnum() and text[start].isalnum())
    after = end == len(text) or not (text[end].isalnum() and text[end - 1].isalnum())
    return before and after


def _occurrences(haystack: str, needle: str) -> list[tuple[int, int]]:
    found, at = [], haystack.find(needle)
    while at >= 0 and needle:
        found.append((at, at + len(needle)))
        at = haystack.find(needle, at + 1)
    return found


def _snap(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a span to whole words and trim whitespace at its edges."""
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
        end += 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _fuzzy(text: str, norm: Normalised, mention: str, lo: int, hi: int) -> Match | None:
    """The best approximate whole-word match of ``mention`` within ``text[lo:hi]``."""
    from rapidfuzz import fuzz

    target = normalise(mention).text.strip()
    if not target or len(target) > FUZZY_MAX_LENGTH or hi <= lo:
        return None
    window = norm.text[_norm_index(norm, lo):_norm_index(norm, hi)]
    offset = _norm_index(norm, lo)
    found = fuzz.partial_ratio_alignment(target, window, score_cutoff=FUZZY_MIN_SCORE)
    if found is None or found.dest_end <= found.dest_start:
        return None
    start, end = norm.original(offset + found.dest_start, offset + found.dest_end)
    start, end = _snap(text, start, end)
    if end <= start:
        return None
    score = fuzz.ratio(target, normalise(text[start:end]).text)
    return Match(start, end, "fuzzy", round(score, 1)) if score >= FUZZY_MIN_SCORE else None


def _norm_index(norm: Normalised, original: int) -> int:
    """Index in the normalised text of the first char at or after ``original``."""
    from bisect import bisect_left

    return bisect_left(norm.origin, original)


def _level(text: str, mention: str, norm: Normalised, level: str, lo: int, hi: int) -> list[Match]:
    """Whole-word matches of ``mention`` within ``text[lo:hi]`` at one level."""
    if level == "exact":
        return [Match(s, e, "exact") for s, e in _occurrences(text, mention)
                if lo <= s and e <= hi and _whole_words(text, s, e)]
    if level == "normalised":
        spans = [norm.original(s, e) for s, e in _occurrences(norm.text, normalise(mention).text.strip())]
        return [Match(s, e, "normalised") for s, e in spans if lo <= s and e <= hi and _whole_words(text, s, e)]
    best = _fuzzy(text, norm, mention, lo, hi)
    return [best] if best is not None else []


def candidates(text: str, mention: str, norm: Normalised | None = None,
               region: tuple[int, int] | None = None) -> list[Match]:
    """Whole-word occurrences of ``mention`` in ``text`` (within ``region``) at the first level
    that has any: exact, then normalised, then the single best fuzzy match."""
    mention, norm = mention.strip(), norm or normalise(text)
    lo, hi = region or (0, len(text))
    for level in METHODS if mention else ():
        found = _level(text, mention, norm, level, lo, hi)
        if found:
            return found
    return []


@dataclass
class Grounder:
    """Grounds the mentions of one document and one kind (entities, triggers, arguments ...).

    With ``exclusive`` a span is given to at most one mention (entities, triggers); without
    it several mentions may share a span (the same holder of several stances).
    """

    text: str
    exclusive: bool = True
    _norm: Normalised | None = field(default=None, repr=False)
    _taken: set[tuple[int, int]] = field(default_factory=set, repr=False)
    _cursor: dict[str, int] = field(default_factory=dict, repr=False)

    @property
    def norm(self) -> Normalised:
        if self._norm is None:
            self._norm = normalise(self.text)
        return self._norm

    def ground(self, mention: str, context: str | None = None, near: int | None = None) -> Match | None:
        """The span of ``mention`` (see the module docstring), or None when it is not in the text."""
        mention = mention.strip()
        if not mention:
            return None
        key = normalise(mention).text
        after = self._cursor.get(key, 0)
        regions = [(m.start, m.end) for m in candidates(self.text, context, self.norm)] if context else []
        found: list[Match] = []
        for lo, hi in [*regions, (0, len(self.text))]:
            literal = False  # the mention is in the text as written: no fuzzy stand-in for it
            for level in METHODS:
                if level == "fuzzy" and literal:
                    break
                every = _level(self.text, mention, self.norm, level, lo, hi)
                literal = literal or bool(every)
                found = self._free(every)
                if not found and level == "fuzzy" and after:
                    found = self._free(_level(self.text, mention, self.norm, level, max(lo, after), hi))
                if found:
                    break
            if found:
                break
        if not found:
            return None
        if near is not None:
            chosen = min(found, key=lambda m: (abs(m.start - near), m.start))
        else:
            chosen = next((m for m in found if m.start >= after), found[0])
        if self.exclusive:
            self._taken.add((chosen.start, chosen.end))
        self._cursor[key] = chosen.end
        return chosen

    def _free(self, found: list[Match]) -> list[Match]:
        return [m for m in found if (m.start, m.end) not in self._taken]


def context_around(text: str, start: int, end: int, words: int = 4) -> str:
    """The span with up to ``words`` words on each side, not crossing a line break: the
    context the model is asked to quote, and the one few-shot answers show."""
    lo = start
    for _ in range(words):
        step = lo
        while step > 0 and text[step - 1] == " ":
            step -= 1
        while step > 0 and not text[step - 1].isspace():
            step -= 1
        if step == lo or "\n" in text[step:lo]:
            break
        lo = step
    hi = end
    for _ in range(words):
        step = hi
        while step < len(text) and text[step] == " ":
            step += 1
        while step < len(text) and not text[step].isspace():
            step += 1
        if step == hi or "\n" in text[hi:step]:
            break
        hi = step
    return text[lo:hi].strip()
