"""Token files in columns: reading CoNLL-2003 / IOB1 / IOB2 / BIOES, writing IOB2, and scoring a
converted file against seqeval run on the original tags."""

from __future__ import annotations

import math
import warnings

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from seqeval.metrics import classification_report
from seqeval.metrics.sequence_labeling import get_entities
from seqeval.scheme import IOB1, IOB2, IOBES

from newsgold.formats import FormatError, read_annotations, write_annotations
from newsgold.scoring import score_entities

# CoNLL-2003 as distributed: word, POS, chunk, NER; -DOCSTART- lines; here with CRLF line ends.
CONLL2003 = (
    "-DOCSTART- -X- -X- O\r\n\r\n"
    "EU NNP B-NP B-ORG\r\nrejects VBZ B-VP O\r\nGerman JJ B-NP B-MISC\r\ncall NN I-NP O\r\n. . O O\r\n\r\n"
    "Peter NNP B-NP B-PER\r\nBlackburn NNP I-NP I-PER\r\n\r\n"
    "-DOCSTART- -X- -X- O\r\n\r\n"
    "José NNP B-NP B-PER\r\nMaría NNP I-NP I-PER\r\nvisitó VB B-VP O\r\nMálaga NNP B-NP B-LOC\r\n\r\n"
)


def write(path, text):
    path.write_bytes(text.encode("utf-8"))
    return path


def lines_of(path):
    """Sentences of (token, tag) as a seqeval user reads them: last column, blank lines, no DOCSTART."""
    sentences, current = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split()
        if not cols or cols[0] == "-DOCSTART-":
            if current:
                sentences.append(current)
            current = []
        else:
            current.append((cols[0], cols[-1]))
    if current:
        sentences.append(current)
    return sentences


def test_conll2003_texts_offsets_and_documents(tmp_path):
    got = read_annotations(write(tmp_path / "eng.conll", CONLL2003))
    assert got.format == "conll" and got.notes == ()
    assert got.texts == {"doc-0001": "EU rejects German call .\nPeter Blackburn",
                         "doc-0002": "José María visitó Málaga"}
    first, second = got.records
    assert [(e.start, e.end, e.label, e.text) for e in first.entities] == [
        (0, 2, "ORG", "EU"), (11, 17, "MISC", "German"), (25, 40, "PER", "Peter Blackburn")]
    assert [(e.start, e.end, e.label, e.text) for e in second.entities] == [
        (0, 10, "PER", "José María"), (18, 24, "LOC", "Málaga")]
    import hashlib
    assert second.doc_sha256 == hashlib.sha256("José María visitó Málaga".encode()).hexdigest()


def test_iob1_is_detected_and_converted(tmp_path):
    # IOB1 (CoNLL-2003's original tagging): I- opens, B- separates adjacent entities of one type
    path = write(tmp_path / "iob1.txt", "Ann I-PER\nBob I-PER\nCho B-PER\nin O\nRome I-LOC\n")
    got = read_annotations(path)
    assert [(e.text, e.label) for e in got.records[0].entities] == [("Ann Bob", "PER"), ("Cho", "PER"), ("Rome", "LOC")]
    assert any("IOB1 converted" in note for note in got.notes)


def test_bioes_and_bilou(tmp_path):
    path = write(tmp_path / "a.bioes", "New B-LOC\nYork E-LOC\nand O\nAnn S-PER\n")
    assert [(e.text, e.label) for e in read_annotations(path).records[0].entities] == [("New York", "LOC"), ("Ann", "PER")]
    path = write(tmp_path / "b.conll", "New B-LOC\nYork L-LOC\nand O\nAnn U-PER\n")
    assert [(e.text, e.label) for e in read_annotations(path).records[0].entities] == [("New York", "LOC"), ("Ann", "PER")]


BROKEN = "Ann B-PER\nsaw O\nSmith I-PER\n\nin O\nRome B-LOC\nParis I-PER\n"


def test_broken_iob2_is_refused_with_file_and_line(tmp_path):
    path = write(tmp_path / "broken.conll", BROKEN)
    with pytest.raises(FormatError) as info:
        read_annotations(path)
    assert str(info.value).startswith(f"{path}:3: broken IOB2 sequence: I-PER follows O")
    assert "--bio-repair repair" in str(info.value)


def test_broken_iob2_repaired_as_seqeval_reads_it(tmp_path):
    path = write(tmp_path / "broken.conll", BROKEN)
    got = read_annotations(path, bio_repair="repair")
    assert [(e.text, e.label) for e in got.records[0].entities] == [
        ("Ann", "PER"), ("Smith", "PER"), ("Rome", "LOC"), ("Paris", "PER")]
    assert any("2 broken BIO sequences repaired" in n and "lines 3, 7" in n for n in got.notes)
    # the same chunks as seqeval's default mode on the original tags
    seqeval_chunks = []
    for sentence in lines_of(path):
        words = [w for w, _ in sentence]
        seqeval_chunks += [(" ".join(words[s:e + 1]), label) for label, s, e in get_entities([t for _, t in sentence])]
    assert [(e.text, e.label) for e in got.records[0].entities] == seqeval_chunks


def test_e_tag_in_an_iob2_file_names_the_line(tmp_path):
    path = write(tmp_path / "x.iob2", "Ann B-PER\nLee E-PER\n")
    with pytest.raises(FormatError, match=rf"^{path}:2: found E-PER, which IOB2 does not have"):
        read_annotations(path)


def test_broken_bioes_refused_and_repaired(tmp_path):
    path = write(tmp_path / "x.bioes", "New B-LOC\nYork O\nAnn E-PER\n")
    with pytest.raises(FormatError, match=rf"^{path}:1: broken BIOES sequence: B-/I-LOC not closed"):
        read_annotations(path)
    got = read_annotations(path, bio_repair="repair")
    assert [(e.text, e.label) for e in got.records[0].entities] == [("New", "LOC"), ("Ann", "PER")]


def test_column_errors_name_file_and_line(tmp_path):
    path = write(tmp_path / "a.conll", "Ann NNP B-PER\nsaw O\n")
    with pytest.raises(FormatError, match=rf"^{path}:2: found 2 columns, expected 3 as on line 1"):
        read_annotations(path)
    path = write(tmp_path / "b.conll", "Ann B-PER\nsaw PERSON\n")
    with pytest.raises(FormatError, match=rf"^{path}:2: found 'PERSON' in the last column"):
        read_annotations(path)
    path = write(tmp_path / "c.conll", "Ann B-PER\nsaw O\n")
    with pytest.raises(FormatError, match=rf"^{path}:1: tag column 5 does not exist"):
        read_annotations(path, tag_column=5)


def test_tag_column_option_and_running_numbers(tmp_path):
    # index, token, gold tag, a second annotator's tag
    path = write(tmp_path / "a.tsv", "1\tAnn\tB-PER\tO\n2\tLee\tI-PER\tB-ORG\n")
    assert [(e.text, e.label) for e in read_annotations(path).records[0].entities] == [("Lee", "ORG")]
    assert [(e.text, e.label) for e in read_annotations(path, tag_column=2).records[0].entities] == [("Ann Lee", "PER")]


def test_read_write_read_gives_the_same_annotations_and_bytes(tmp_path):
    source = read_annotations(write(tmp_path / "eng.conll", CONLL2003))
    notes = write_annotations(source, None, tmp_path / "out.conll")
    assert notes == ()
    again = read_annotations(tmp_path / "out.conll")
    assert again.records == source.records and again.texts == source.texts
    write_annotations(again, None, tmp_path / "out2.conll")
    assert (tmp_path / "out2.conll").read_bytes() == (tmp_path / "out.conll").read_bytes()
    write_annotations(again, None, tmp_path / "out.bioes")
    assert read_annotations(tmp_path / "out.bioes").records == source.records


def test_writing_free_text_splits_tokens_at_entity_boundaries(tmp_path):
    from newsgold.formats.annotations import make_record

    text = "Talks in Paris, then (Kyiv).\n\nNo one came."
    record = make_record("d", text, [(9, 14, "GPE"), (22, 26, "GPE"), (9, 26, "X"), (0, 5, "EVENT")])
    notes = write_annotations([record], {"d": text}, tmp_path / "d.conll")
    # the longest of the overlapping spans is kept; "(Kyiv)." is split where it ends
    assert (tmp_path / "d.conll").read_text().split("\n\n")[1].split("\n") == [
        "Talks B-EVENT", "in O", "Paris, B-X", "then I-X", "(Kyiv I-X", "). O"]
    assert any("2 entities overlapping a longer or earlier one left out" in n for n in notes)
    back = read_annotations(tmp_path / "d.conll")
    assert back.texts["doc-0001"] == "Talks in Paris, then (Kyiv ).\nNo one came."
    assert [(e.text, e.label) for e in back.records[0].entities] == [("Talks", "EVENT"), ("Paris, then (Kyiv", "X")]


# -------------------------------------------------------------- agreement with seqeval

def reference(y_true, y_pred, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return classification_report(y_true, y_pred, output_dict=True, **kw)


def assert_same_report(score, report):
    rows = {row.name: row for row in score.table()}
    labels = [k for k in report if not k.endswith(" avg")]
    assert sorted(labels) == sorted(name for name in rows if name not in ("micro", "macro", "weighted"))
    for label in labels:
        row, ref = rows[label], report[label]
        for ours, theirs in ((row.precision, ref["precision"]), (row.recall, ref["recall"]), (row.f1, ref["f1-score"])):
            assert math.isclose(ours, theirs, abs_tol=1e-12), (label, ours, theirs)
        assert row.support == ref["support"]
    micro = report["micro avg"]
    assert math.isclose(rows["micro"].f1, micro["f1-score"], abs_tol=1e-12)


GOLD = ("-DOCSTART- -X- -X- O\n\nEU B-ORG\nrejects O\nGerman B-MISC\ncall O\n\nPeter B-PER\nBlackburn I-PER\n"
        "in O\nBrussels B-LOC\n\n-DOCSTART- -X- -X- O\n\nJosé B-PER\nMaría I-PER\nand O\nAnn B-PER\nmet O\n"
        "in O\nSão B-LOC\nPaulo I-LOC\n")
PRED = ("-DOCSTART- -X- -X- O\n\nEU B-ORG\nrejects O\nGerman B-MISC\ncall I-MISC\n\nPeter B-PER\nBlackburn O\n"
        "in O\nBrussels B-ORG\n\n-DOCSTART- -X- -X- O\n\nJosé B-PER\nMaría I-PER\nand O\nAnn B-PER\nmet O\n"
        "in O\nSão B-LOC\nPaulo I-LOC\n")


def test_scores_of_converted_files_equal_seqeval_strict_iob2(tmp_path):
    gold_path, pred_path = write(tmp_path / "gold.conll", GOLD), write(tmp_path / "pred.conll", PRED)
    gold, pred = read_annotations(gold_path), read_annotations(pred_path)
    score = score_entities(gold.records, pred.records, mode="strict")
    y_true = [[t for _, t in s] for s in lines_of(gold_path)]
    y_pred = [[t for _, t in s] for s in lines_of(pred_path)]
    report = reference(y_true, y_pred, mode="strict", scheme=IOB2)
    assert_same_report(score, report)
    # by hand: PER 2 of 3 found (Peter Blackburn cut short); "German call" is no MISC; Brussels is typed ORG
    assert report["PER"]["recall"] == pytest.approx(2 / 3) and report["MISC"]["f1-score"] == 0.0


def test_converted_brat_scores_equal_seqeval_on_the_written_tags(tmp_path):
    """BRAT gold and predictions, converted to CoNLL: newsgold on the BRAT spans equals seqeval on the tags."""
    from newsgold.formats.annotations import make_record

    text = "Ann Lee met Bob in São Paulo 😀 on Monday."
    gold = [make_record("d", text, [(0, 7, "PER"), (12, 15, "PER"), (19, 28, "LOC"), (34, 40, "DATE")])]
    pred = [make_record("d", text, [(0, 3, "PER"), (12, 15, "PER"), (19, 28, "GPE"), (34, 40, "DATE")])]
    write_annotations(gold, {"d": text}, tmp_path / "g.conll")
    write_annotations(pred, {"d": text}, tmp_path / "p.conll")
    report = reference([[t for _, t in s] for s in lines_of(tmp_path / "g.conll")],
                       [[t for _, t in s] for s in lines_of(tmp_path / "p.conll")], mode="strict", scheme=IOB2)
    assert_same_report(score_entities(gold, pred), report)


TYPES = ("LOC", "PER", "ORG")


@st.composite
def tagged(draw, prefixes):
    n_sent = draw(st.integers(1, 4))
    lengths = [draw(st.integers(1, 7)) for _ in range(n_sent)]
    tag = st.sampled_from(["O"] + [f"{p}-{t}" for p in prefixes for t in TYPES])
    gold = [[draw(tag) for _ in range(n)] for n in lengths]
    pred = [[draw(tag) for _ in range(n)] for n in lengths]
    return gold, pred


def as_file(path, sentences):
    body = "\n\n".join("\n".join(f"w{i} {t}" for i, t in enumerate(s)) for s in sentences)
    return write(path, body + "\n")


@settings(max_examples=150, deadline=None)
@given(tagged("BI"))
def test_any_iob2_tags_repaired_score_as_seqeval_default(tmp_path_factory, pair):
    folder = tmp_path_factory.mktemp("iob2")
    gold_tags, pred_tags = pair
    gold = read_annotations(as_file(folder / "g.iob2", gold_tags), bio_repair="repair")
    pred = read_annotations(as_file(folder / "p.iob2", pred_tags), bio_repair="repair")
    report = reference(gold_tags, pred_tags)
    if not any(k for k in report if not k.endswith(" avg")):
        return
    assert_same_report(score_entities(gold.records, pred.records), report)


@pytest.mark.parametrize("fmt,scheme_cls,prefixes", [("iob2", IOB2, "BI"), ("iob1", IOB1, "BI"), ("bioes", IOBES, "BIES")])
def test_well_formed_tags_score_as_seqeval_strict(tmp_path_factory, fmt, scheme_cls, prefixes):
    @settings(max_examples=80, deadline=None)
    @given(tagged(prefixes))
    def check(pair):
        folder = tmp_path_factory.mktemp(fmt)
        gold_tags, pred_tags = pair
        try:
            gold = read_annotations(as_file(folder / "g.conll", gold_tags), fmt)
            pred = read_annotations(as_file(folder / "p.conll", pred_tags), fmt)
        except FormatError:
            return  # a broken sequence: strict seqeval drops it, newsgold refuses the file
        report = reference(gold_tags, pred_tags, mode="strict", scheme=scheme_cls)
        if not any(k for k in report if not k.endswith(" avg")):
            return
        assert_same_report(score_entities(gold.records, pred.records), report)

    check()
