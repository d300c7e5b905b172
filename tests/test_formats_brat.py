"""BRAT standoff: files as brat writes them (CRLF text, emoji, accents, overlapping and
discontinuous spans, events with attributes, relations, Equiv, notes), round trips and errors."""

from __future__ import annotations

import pytest

from newsgold.formats import FormatError, read_annotations, write_annotations

# Python indices (brat counts code points): J0 ... "Jörg Müller" 0-11, 😀 12, "met" 14-17,
# "Anna" 18-22, "São Paulo" 26-35, "\r\n" 36-37, "talks" 42-47.
TEXT = "Jörg Müller 😀 met Anna in São Paulo.\r\nThe talks failed.\r\n"
ANN = (
    "T1\tPER 0 11\tJörg Müller\n"
    "T2\tPER 18 22\tAnna\n"
    "T3\tGPE 26 35\tSão Paulo\n"
    "T4\tLOC 26 29;30 35\tSão Paulo\n"
    "T5\tMeet 14 17\tmet\n"
    "E1\tMeet:T5 Participant:T1 Participant2:T2 Place:T3\n"
    "A1\tNegation E1\n"
    "A2\tConfidence T1 High\n"
    "R1\tNear Arg1:T2 Arg2:T3\n"
    "*\tEquiv T1 T2\n"
    "N1\tReference T3 Wikidata:Q174\tSão Paulo\n"
    "#1\tAnnotatorNotes T3\tcity\n"
    "T6\tTalks 42 47\ttalks\n"
    "T7\tPER 0 4\tJörg\n"
)


@pytest.fixture
def collection(tmp_path):
    folder = tmp_path / "brat"
    folder.mkdir()
    (folder / "d1.txt").write_bytes(TEXT.encode("utf-8"))
    (folder / "d1.ann").write_bytes(ANN.encode("utf-8"))
    (folder / "sub").mkdir()
    (folder / "sub" / "d2.txt").write_bytes("No names here.\n".encode("utf-8"))
    (folder / "sub" / "d2.ann").write_bytes(b"")
    return folder


def test_reads_a_collection_as_brat_wrote_it(collection):
    got = read_annotations(collection)
    assert got.format == "brat"
    assert got.texts == {"d1": TEXT, "sub/d2": "No names here.\n"}
    d1, d2 = got.records
    assert [(e.id, e.start, e.end, e.label, e.text, e.cluster, e.note) for e in d1.entities] == [
        ("T1", 0, 11, "PER", "Jörg Müller", "C1", None),
        ("T7", 0, 4, "PER", "Jörg", None, None),          # nested in T1
        ("T2", 18, 22, "PER", "Anna", "C1", None),
        ("T3", 26, 35, "GPE", "São Paulo", None, "city"),
        ("T4", 26, 35, "LOC", "São Paulo", None, None),   # discontinuous: outer extent; overlaps T3
        ("T6", 42, 47, "Talks", "talks", None, None),
    ]
    assert [c.id for c in d1.clusters] == ["C1"]
    (event,) = d1.events
    assert (event.id, event.type, event.trigger.text, event.polarity, event.modality) == ("E1", "Meet", "met", "negative", None)
    assert [(a.role, a.text, a.entity) for a in event.arguments] == [
        ("Participant", "Jörg Müller", "T1"), ("Participant", "Anna", "T2"), ("Place", "São Paulo", "T3")]
    assert d2.entities == () and d2.events == ()
    assert "d1: discontinuous span T4 kept as its outer extent" in got.notes
    for note in ("BRAT: 1 relation (R) line dropped", "BRAT: 1 normalization (N) line dropped",
                 "BRAT: 1 attribute (A/M) line (Confidence) dropped"):
        assert note in got.notes


def test_read_write_read_gives_the_same_annotations(collection, tmp_path):
    first = read_annotations(collection)
    notes = write_annotations(first, None, tmp_path / "out", "brat")
    assert notes == ()
    assert (tmp_path / "out" / "d1.txt").read_bytes() == TEXT.encode("utf-8")  # CRLF and emoji kept byte for byte
    second = read_annotations(tmp_path / "out")
    assert second.records == first.records and second.texts == first.texts
    ann = (tmp_path / "out" / "d1.ann").read_text(encoding="utf-8")
    assert "T4\tLOC 26 35\tSão Paulo\n" in ann
    assert "E1\tMeet:T8 Participant:T1 Participant2:T2 Place:T3\n" in ann
    assert "A1\tPolarity E1 negative\n" in ann and "*\tEquiv T1 T2\n" in ann
    conf = (tmp_path / "out" / "annotation.conf").read_text()
    assert "[entities]\nGPE\nLOC\nPER\nTalks\n" in conf and "Meet\tParticipant*:<ENTITY>, Place*:<ENTITY>" in conf


def test_writes_records_from_other_sources(tmp_path):
    from newsgold.records import Argument, Entity, Event, Record, Span

    text = "Troops shelled the town on Monday."
    record = Record(
        doc_id="x", entities=(Entity(0, 6, "ORG", "Troops", id="e-1", cluster="K", score=0.5),),
        events=(Event("Attack", Span(7, 14, "shelled"), (
            Argument("attacker", 0, 6, "Troops", entity="e-1", head=Span(0, 6, "Troops")),
            Argument("target", 15, 23, "the town")), modality="asserted"),),
    )
    notes = write_annotations([record], {"x": text}, tmp_path / "one.ann")
    assert (tmp_path / "one.txt").read_text() == text
    assert (tmp_path / "one.ann").read_text() == (
        "T1\tORG 0 6\tTroops\nT2\tAttack 7 14\tshelled\nT3\tArgument 15 23\tthe town\n"
        "E1\tAttack:T2 attacker:T1 target:T3\nA1\tModality E1 asserted\n")
    assert "brat: 1 single-mention cluster (Equiv needs two)" in notes
    assert "brat: 1 argument head dropped (no place for it in the format)" in notes
    assert "brat: 1 confidence score dropped (no place for it in the format)" in notes
    back = read_annotations(tmp_path / "one.ann").records[0]
    assert [e.text for e in back.entities] == ["Troops"]  # the Argument span is an argument only
    assert [(a.role, a.text, a.entity) for a in back.events[0].arguments] == [("attacker", "Troops", "T1"),
                                                                              ("target", "the town", None)]


def test_offsets_outside_the_text_name_file_and_line(tmp_path):
    (tmp_path / "d.txt").write_text("Short.", encoding="utf-8")
    (tmp_path / "d.ann").write_text("T1\tPER 0 5\tShort\nT2\tPER 3 60\tort.\n", encoding="utf-8")
    with pytest.raises(FormatError) as info:
        read_annotations(tmp_path / "d.ann")
    assert str(info.value) == (f"{tmp_path / 'd.ann'}:2: T2: offsets 3-60 are outside d.txt (6 characters); "
                               "expected 0 <= start <= end <= 6")


def test_text_that_differs_from_the_txt_is_an_error(tmp_path):
    (tmp_path / "d.txt").write_text("Paris is big.", encoding="utf-8")
    (tmp_path / "d.ann").write_text("T1\tGPE 0 5\tRome\n", encoding="utf-8")
    with pytest.raises(FormatError, match=r"d\.ann:1: T1: found 'Rome' but d\.txt has 'Paris' at 0 5"):
        read_annotations(tmp_path / "d.ann")


def test_missing_text_file_and_bad_lines(tmp_path):
    (tmp_path / "a.ann").write_text("T1\tPER 0 3\tAnn\n", encoding="utf-8")
    with pytest.raises(FormatError, match=r"a\.ann: no text file a\.txt next to it"):
        read_annotations(tmp_path / "a.ann")
    (tmp_path / "a.txt").write_text("Ann", encoding="utf-8")
    (tmp_path / "a.ann").write_text("T1\tPER 0 3\tAnn\nX9 what\n", encoding="utf-8")
    with pytest.raises(FormatError, match=r"a\.ann:2: found 'X9 what'; expected a BRAT annotation line"):
        read_annotations(tmp_path / "a.ann")
    (tmp_path / "a.ann").write_text("E1\tMeet:T9\n", encoding="utf-8")
    with pytest.raises(FormatError, match=r"a\.ann:1: E1: T9 is not annotated in this file"):
        read_annotations(tmp_path / "a.ann")
