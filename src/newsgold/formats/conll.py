"""Token files in columns (CoNLL-2003 and its kin): one token per line, blank lines between
sentences, ``-DOCSTART-`` lines between documents, entity tags in IOB1, IOB2 or BIOES.

Columns are split on tabs when a line has one, else on runs of spaces. The token is the first
column (the second when the first is a running number); the tags are in ``tag_column`` or, by
default, the rightmost column whose every value is a tag. Lines starting with ``#`` whose
tag column holds no tag are comments.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from newsgold.formats.annotations import Annotations, counted, listed, make_record, positional_id, texts_for
from newsgold.formats.errors import FormatError
from newsgold.formats.layers import dropped
from newsgold.formats.source import lines, read_text
from newsgold.formats.tags import REPAIR, REPAIR_RULES, SCHEMES, chunks, detect_scheme, encode, is_tag, parse_tag
from newsgold.formats.tokenized import Left, Sentence, normalized, text_and_spans, tokenize_for_tags
from newsgold.jsonio import write_atomic
from newsgold.records import Record

DOCSTART = "-DOCSTART-"
WHAT = "a token file in columns (CoNLL-2003, IOB1, IOB2 or BIOES tags)"


def _columns(line: str) -> list[str]:
    return line.split("\t") if "\t" in line else line.split()


def _choose_columns(path: Path, rows: list[tuple[int, list[str]]], tag_column: int | None) -> tuple[int, int]:
    """(token column, tag column)."""
    if not rows:
        return 0, -1
    width = len(rows[0][1])
    first_line = rows[0][0]
    for number, columns in rows:
        if len(columns) != width:
            raise FormatError.at(path, f"found {len(columns)} columns, expected {width} as on line {first_line} "
                                       "(one token per line, the same columns on every line)", number)
    if width < 2:
        raise FormatError.at(path, f"found one column, expected a token and its tag; {WHAT}", first_line)
    if tag_column is not None:
        if not -width <= tag_column < width:
            raise FormatError.at(path, f"tag column {tag_column} does not exist; expected 0..{width - 1} "
                                       f"(the file has {width} columns)", first_line)
        tag = tag_column % width
    else:
        candidates = [c for c in range(width - 1, 0, -1) if all(is_tag(columns[c]) for _, columns in rows)]
        if not candidates:
            number, columns = next((n, c) for n, c in rows if not is_tag(c[-1]))
            raise FormatError.at(path, f"found {columns[-1]!r} in the last column and no column of tags; "
                                       f"expected tags (O, B-TYPE, I-TYPE, ...) in a column; {WHAT}", number)
        tag = candidates[0]
    token = 1 if width > 2 and tag != 1 and all(c[0].isdigit() for _, c in rows) else 0
    return token, tag


def _at(columns: list[str], index: int) -> str:
    return columns[index] if -len(columns) <= index < len(columns) else ""


def parse(path: Path, text: str, tag_column: int | None) -> list[list[Sentence]]:
    """Documents of sentences of tokens, tags and the line of each token."""
    items: list[tuple[int, list[str] | None]] = []  # (line, columns), or (line, None) for a break
    for number, line in enumerate(lines(text), start=1):
        columns = _columns(line)
        if not columns or columns[0] == DOCSTART:
            items.append((number, None if not columns else []))
        elif not (line.startswith("#") and not is_tag(_at(columns, -1 if tag_column is None else tag_column))):
            items.append((number, columns))
    token_col, tag_col = _choose_columns(path, [(n, c) for n, c in items if c], tag_column)
    documents: list[list[Sentence]] = [[]]
    sentence: list[tuple[int, list[str]]] = []
    for number, columns in [*items, (0, None)]:
        if columns:
            if not is_tag(columns[tag_col]):
                raise FormatError.at(path, f"found {columns[tag_col]!r} in the tag column; expected O or a tag such "
                                           "as B-PER, I-PER, E-PER, S-PER", number)
            sentence.append((number, columns))
            continue
        if sentence:
            documents[-1].append(Sentence(tuple(c[token_col] for _, c in sentence),
                                          tuple(c[tag_col] for _, c in sentence), tuple(n for n, _ in sentence)))
            sentence = []
        if columns == [] and documents[-1]:  # -DOCSTART-
            documents.append([])
    return [doc for doc in documents if doc]


def decode_documents(
    path: Path,
    documents: Sequence[Sequence[Sentence]],
    scheme: str | None,
    bio_repair: str,
    ids: Sequence[str],
    fmt: str,
    where: str = "line",
) -> Annotations:
    """Records from tagged token sentences; ``scheme`` None: detected from the tags."""
    if bio_repair not in REPAIR:
        raise FormatError(f"bio_repair={bio_repair!r}; expected one of {', '.join(REPAIR)}")
    parsed = [[[parse_tag(t) for t in s.tags] for s in doc] for doc in documents]
    notes: list[str] = []
    if scheme is None:
        scheme = detect_scheme([seq for doc in parsed for seq in doc])
        if scheme == "iob1":
            notes.append(f"{path.name}: IOB1 converted (tags read as IOB1: I- opens entities, B- only separates "
                         "two adjacent entities of one type)")
    repaired: list[int] = []
    texts: dict[str, str] = {}
    records: list[Record] = []
    for doc_id, doc, seqs in zip(ids, documents, parsed):
        found = []
        for sentence, seq in zip(doc, seqs):
            try:
                spans, broken = chunks(seq, scheme)
            except ValueError as error:
                bad = next(i for i, (prefix, _) in enumerate(seq) if prefix in ("E", "S"))
                raise _error(path, str(error), where, sentence.positions[bad]) from None
            for b in broken:
                position = sentence.positions[b.position]
                if bio_repair == "refuse":
                    raise _error(path, f"broken {scheme.upper()} sequence: {b.found}; expected a tag that continues "
                                       f"or opens an entity (choose --bio-repair repair to read it as {b.repair})",
                                 where, position)
                repaired.append(position)
            found.append(spans)
        text, spans = text_and_spans([s.tokens for s in doc], found)
        texts[doc_id] = text
        records.append(make_record(doc_id, text, spans))
    if repaired:
        notes.append(f"{path.name}: {counted(len(repaired), 'broken BIO sequence')} repaired as {scheme.upper()} "
                     f"({REPAIR_RULES[scheme]}): {where}{'s' if len(repaired) > 1 else ''} {listed(repaired)}")
    return Annotations(texts, tuple(records), fmt, tuple(notes))


def _error(path: Path, reason: str, where: str, position: int) -> FormatError:
    if where == "line":
        return FormatError.at(path, reason, position)
    return FormatError.at(path, f"{where} {position}: {reason}")


def read_conll(
    path: Path, fmt: str = "conll", *, bio_repair: str = "refuse", tag_column: int | None = None,
    id_prefix: str = "doc",
) -> Annotations:
    documents = parse(path, read_text(path, WHAT), tag_column)
    if not documents:
        raise FormatError.at(path, f"holds no tokens; expected {WHAT}")
    scheme = fmt if fmt in SCHEMES else None
    ids = [positional_id(id_prefix, n) for n in range(1, len(documents) + 1)]
    return decode_documents(path, documents, scheme, bio_repair, ids, fmt)


def write_conll(
    records: Sequence[Record], texts: dict[str, str] | None, path: Path, fmt: str = "conll"
) -> list[str]:
    """Two columns (token, tag), ``-DOCSTART- O`` before each document; IOB2 unless ``fmt`` names
    another scheme. Returns what was left out or changed."""
    scheme = fmt if fmt in SCHEMES else "iob2"
    texts = texts_for(records, texts, fmt)
    left = Left()
    out: list[str] = []
    changed = 0
    for record in records:
        text = texts[record.doc_id]
        bad = next((e.label for e in record.entities or () if not e.label or any(c.isspace() for c in e.label)), None)
        if bad is not None:
            raise FormatError(f"{record.doc_id}: label {bad!r} holds a space; a token file needs labels without spaces")
        doc = tokenize_for_tags(text, record, left)
        changed += normalized(text) != text
        out.append(f"{DOCSTART} O\n\n")
        for tokens, found in zip(doc.sentences, doc.chunks):
            tags = encode(found, len(tokens), scheme)
            out.extend(f"{text[s:e]} {tag}\n" for (s, e), tag in zip(tokens, tags))
            out.append("\n")
    write_atomic(path, "".join(out))
    notes = left.notes(fmt)
    if changed:
        notes.append(f"{fmt}: whitespace of {counted(changed, 'document')} not kept (read back, a document is its "
                     "tokens joined by spaces, one line per sentence), so offsets and doc_sha256 change")
    if [r.doc_id for r in records] != [positional_id("doc", n) for n in range(1, len(records) + 1)]:
        notes.append(f"{fmt}: document ids not kept (token files have none; read back as doc-0001, doc-0002, ...)")
    notes.extend(dropped(records, fmt, keeps=()))
    return notes


