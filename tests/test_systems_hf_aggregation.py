"""Aggregation of sub-word tags to character spans (no model, no torch needed)."""

from __future__ import annotations

from newsgold.systems.hf_tokens import TokenTag, spans_from_tokens, split_tag


def tags(*items):
    return [TokenTag(s, e, w, t) for s, e, w, t in items]


def test_split_tag_reads_bio_iobes_and_bare_labels():
    assert split_tag("B-PER") == ("B", "PER") and split_tag("O") == ("O", "")
    assert split_tag("U-LOC") == ("S", "LOC") and split_tag("L-LOC") == ("E", "LOC")
    assert split_tag("PER") == ("I", "PER") and split_tag("B-WORK_OF_ART") == ("B", "WORK_OF_ART")


def test_i_after_o_starts_an_entity_and_a_type_change_splits():
    tokens = tags((0, 3, 0, "I-PER"), (4, 7, 1, "I-PER"), (8, 9, 2, "O"), (10, 12, 3, "I-LOC"), (13, 15, 4, "I-PER"))
    assert spans_from_tokens(tokens) == [(0, 7, "PER"), (10, 12, "LOC"), (13, 15, "PER")]


def test_iobes_ends_and_singletons_close_entities():
    tokens = tags((0, 1, 0, "S-PER"), (2, 3, 1, "I-PER"), (4, 5, 2, "B-LOC"), (6, 7, 3, "E-LOC"), (8, 9, 4, "I-LOC"))
    assert spans_from_tokens(tokens) == [(0, 1, "PER"), (2, 3, "PER"), (4, 7, "LOC"), (8, 9, "LOC")]


def test_without_word_ids_touching_sub_words_form_one_word():
    tokens = tags((0, 3, None, "B-PER"), (3, 6, None, "O"), (7, 9, None, "O"), (10, 11, None, "B-LOC"))
    assert spans_from_tokens(tokens) == [(0, 6, "PER"), (10, 11, "LOC")]


def test_special_tokens_with_empty_offsets_are_ignored():
    tokens = tags((0, 0, None, "B-PER"), (0, 4, 0, "B-LOC"), (0, 0, None, "I-LOC"))
    assert spans_from_tokens(tokens) == [(0, 4, "LOC")]
