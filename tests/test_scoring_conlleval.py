"""The conlleval profile against a line-by-line transcription of the perl script, and against seqeval."""

from __future__ import annotations

import re
import warnings

from hypothesis import given, settings
from hypothesis import strategies as st
from seqeval.metrics import classification_report

from newsgold.scoring.compat.conlleval import conlleval

TYPES = ("LOC", "ORG", "PER")


def perl_conlleval(lines: list[str]) -> tuple[dict, str]:
    """conlleval (version 2004-01-26) transcribed statement by statement: default options,
    space delimiter, -X- boundary. Returns its counters and what it prints."""
    false, true, boundary = 0, 42, "-X-"
    correct_chunk = correct_tags = found_correct = found_guessed = token_counter = 0
    in_correct = false
    last_correct, last_correct_type, last_guessed, last_guessed_type = "O", "", "O", ""
    correct_chunk_t: dict[str, int] = {}
    found_correct_t: dict[str, int] = {}
    found_guessed_t: dict[str, int] = {}

    def end_of_chunk(prev_tag, tag, prev_type, type_):
        chunk_end = false
        for a, b in (("B", "B"), ("B", "O"), ("I", "B"), ("I", "O"), ("E", "E"), ("E", "I"), ("E", "O"), ("I", "O")):
            if prev_tag == a and tag == b:
                chunk_end = true
        if prev_tag != "O" and prev_tag != "." and prev_type != type_:
            chunk_end = true
        if prev_tag in ("]", "["):
            chunk_end = true
        return chunk_end

    def start_of_chunk(prev_tag, tag, prev_type, type_):
        chunk_start = false
        for a, b in (("B", "B"), ("I", "B"), ("O", "B"), ("O", "I"), ("E", "E"), ("E", "I"), ("O", "E"), ("O", "I")):
            if prev_tag == a and tag == b:
                chunk_start = true
        if tag != "O" and tag != "." and prev_type != type_:
            chunk_start = true
        if tag in ("[", "]"):
            chunk_start = true
        return chunk_start

    def split(field):
        m = re.match(r"^([^-]*)-(.*)$", field)
        return (m.group(1), m.group(2)) if m else (field, "")

    for line in lines:
        features = line.split(" ") if line else []
        if len(features) == 0 or features[0] == boundary:
            features = [boundary, "O", "O"]
        guessed, guessed_type = split(features.pop())
        correct, correct_type = split(features.pop())
        first_item = features.pop(0)
        if first_item == boundary:
            guessed = "O"
        if in_correct:
            if (end_of_chunk(last_correct, correct, last_correct_type, correct_type)
                    and end_of_chunk(last_guessed, guessed, last_guessed_type, guessed_type)
                    and last_guessed_type == last_correct_type):
                in_correct = false
                correct_chunk += 1
                correct_chunk_t[last_correct_type] = correct_chunk_t.get(last_correct_type, 0) + 1
            elif (end_of_chunk(last_correct, correct, last_correct_type, correct_type)
                  != end_of_chunk(last_guessed, guessed, last_guessed_type, guessed_type)
                  or guessed_type != correct_type):
                in_correct = false
        if (start_of_chunk(last_correct, correct, last_correct_type, correct_type)
                and start_of_chunk(last_guessed, guessed, last_guessed_type, guessed_type)
                and guessed_type == correct_type):
            in_correct = true
        if start_of_chunk(last_correct, correct, last_correct_type, correct_type):
            found_correct += 1
            found_correct_t[correct_type] = found_correct_t.get(correct_type, 0) + 1
        if start_of_chunk(last_guessed, guessed, last_guessed_type, guessed_type):
            found_guessed += 1
            found_guessed_t[guessed_type] = found_guessed_t.get(guessed_type, 0) + 1
        if first_item != boundary:
            if correct == guessed and guessed_type == correct_type:
                correct_tags += 1
            token_counter += 1
        last_guessed, last_correct = guessed, correct
        last_guessed_type, last_correct_type = guessed_type, correct_type
    if in_correct:
        correct_chunk += 1
        correct_chunk_t[last_correct_type] = correct_chunk_t.get(last_correct_type, 0) + 1

    precision = 100 * correct_chunk / found_guessed if found_guessed > 0 else 0.0
    recall = 100 * correct_chunk / found_correct if found_correct > 0 else 0.0
    fb1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0
    out = (f"processed {token_counter} tokens with {found_correct} phrases; "
           f"found: {found_guessed} phrases; correct: {correct_chunk}.\n")
    if token_counter > 0:
        out += "accuracy: %6.2f%%; " % (100 * correct_tags / token_counter)
        out += "precision: %6.2f%%; " % precision
        out += "recall: %6.2f%%; " % recall
        out += "FB1: %6.2f\n" % fb1
    for t in sorted(set(found_correct_t) | set(found_guessed_t)):
        c = correct_chunk_t.get(t, 0)
        p = 100 * c / found_guessed_t[t] if found_guessed_t.get(t) else 0.0
        r = 100 * c / found_correct_t[t] if found_correct_t.get(t) else 0.0
        f = 0.0 if p + r == 0.0 else 2 * p * r / (p + r)
        out += "%17s: " % t + "precision: %6.2f%%; " % p + "recall: %6.2f%%; " % r
        out += "FB1: %6.2f  %d\n" % (f, found_guessed_t.get(t, 0))
    counts = dict(tokens=token_counter, correct_tags=correct_tags, found_correct=found_correct,
                  found_guessed=found_guessed, correct=correct_chunk)
    return counts, out


def lines_of(y_true, y_pred):
    lines = []
    for i, (st_, sp) in enumerate(zip(y_true, y_pred)):
        if i:
            lines.append("")
        lines += [f"w{j} {a} {b}" for j, (a, b) in enumerate(zip(st_, sp))]
    return lines


def check(y_true, y_pred):
    ours = conlleval(y_true, y_pred)
    counts, text = perl_conlleval(lines_of(y_true, y_pred))
    assert dict(tokens=ours.tokens, correct_tags=ours.correct_tags, found_correct=ours.found_correct,
                found_guessed=ours.found_guessed, correct=ours.correct) == counts
    assert ours.text() == text
    return ours


@st.composite
def tag_pairs(draw, prefixes):
    tag = st.sampled_from(["O"] + [f"{p}-{t}" for p in prefixes for t in TYPES])
    y_true = draw(st.lists(st.lists(tag, min_size=1, max_size=12), min_size=1, max_size=5))
    y_pred = [draw(st.lists(tag, min_size=len(s), max_size=len(s))) for s in y_true]
    return y_true, y_pred


@settings(max_examples=400, deadline=None)
@given(tag_pairs("BIES"))
def test_equals_the_perl_transcription_on_any_tags(pair):
    check(*pair)


@settings(max_examples=200, deadline=None)
@given(tag_pairs("BI"))
def test_equals_seqeval_default_mode_on_bio_tags(pair):
    """On B/I/O tags the chunk rules of conlleval and of seqeval's default mode agree."""
    y_true, y_pred = pair
    ours = check(y_true, y_pred)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        report = classification_report(y_true, y_pred, output_dict=True) if ours.types else {}
    assert set(ours.types) == {k for k in report if not k.endswith(" avg")}
    for name, t in ours.types.items():
        assert report[name]["support"] == t.found_correct
        assert abs(report[name]["precision"] * 100 - t.precision) < 1e-9
        assert abs(report[name]["recall"] * 100 - t.recall) < 1e-9


def test_s_tags_merge_in_conlleval_but_not_in_seqeval():
    """No S- rules in conlleval: two adjacent S-PER form one chunk; seqeval sees two."""
    y = [["S-PER", "S-PER", "O"]]
    ours = check(y, y)
    assert (ours.found_correct, ours.correct) == (1, 1)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert classification_report(y, y, output_dict=True)["PER"]["support"] == 2


def test_e_followed_by_b_does_not_end_a_chunk():
    """The IOBES E->B boundary bug (also in the perl original)."""
    gold = [["B-PER", "E-PER", "B-PER", "E-PER"]]
    guess = [["B-PER", "E-PER", "O", "O"]]
    ours = check(gold, guess)
    assert (ours.found_correct, ours.found_guessed, ours.correct) == (1, 1, 0)
    assert ours.accuracy == 50.0


def test_hand_worked_report():
    gold = [["B-PER", "I-PER", "O", "B-LOC"], ["B-ORG", "O"]]
    guess = [["B-PER", "I-PER", "O", "B-ORG"], ["B-ORG", "O"]]
    ours = check(gold, guess)
    assert ours.text() == (
        "processed 6 tokens with 3 phrases; found: 3 phrases; correct: 2.\n"
        "accuracy:  83.33%; precision:  66.67%; recall:  66.67%; FB1:  66.67\n"
        "              LOC: precision:   0.00%; recall:   0.00%; FB1:   0.00  0\n"
        "              ORG: precision:  50.00%; recall: 100.00%; FB1:  66.67  2\n"
        "              PER: precision: 100.00%; recall: 100.00%; FB1: 100.00  1\n"
    )
