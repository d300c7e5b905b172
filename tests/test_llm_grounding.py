"""Grounding LLM mentions to offsets: hand-made texts, offsets counted by hand."""

import pytest

pytest.importorskip("rapidfuzz")

from newsgold.systems.llm.grounding import (
    Grounder,
    candidates,
    context_around,
    normalise,
)

TEXT = ("The Taliban said Badghis\nprovince fell. Afghanistan’s army met the Taliban in Qala-e-Naw – "
        "their first attack. Hesamuddin Shams spoke; Talibans fled. “No deal,” the Taliban said.")
# Offsets, counted piece by piece: "The " 0-4, "Taliban" 4-11, " said " 11-17, "Badghis" 17-24, "\n" 24,
# "province" 25-33, " fell. " 33-40, "Afghanistan’s" 40-53, " army" 53-58, " met the " 58-67, "Taliban" 67-74,
# " in " 74-78, "Qala-e-Naw" 78-88, " – " 88-91, "their first attack" 91-109, ". " 109-111,
# "Hesamuddin Shams" 111-127, " spoke; " 127-135, "Talibans" 135-143, " fled. " 143-150, "“No deal,”" 150-160,
# " the " 160-165, "Taliban" 165-172, " said." 172-178.


def spans(grounder, *mentions, **kw):
    out = []
    for m in mentions:
        found = grounder.ground(m, **kw)
        out.append(None if found is None else (found.start, found.end, found.method))
    return out


def test_exact_mentions_and_their_offsets():
    g = Grounder(TEXT)
    assert spans(g, "Badghis", "their first attack") == [(17, 24, "exact"), (91, 109, "exact")]
    assert TEXT[17:24] == "Badghis" and TEXT[91:109] == "their first attack"


def test_repeated_names_are_assigned_in_order():
    g = Grounder(TEXT)
    # "Taliban" stands at 4, 67 and 165 as a word; "Talibans" (135) is another word
    assert spans(g, "Taliban", "Taliban", "Taliban") == [(4, 11, "exact"), (67, 74, "exact"), (165, 172, "exact")]
    # a fourth "Taliban" is one more than the text has: no fuzzy stand-in ("Talibans")
    assert spans(g, "Taliban") == [None]


def test_context_picks_the_occurrence():
    g = Grounder(TEXT)
    assert spans(g, "Taliban", context="“No deal,” the Taliban said") == [(165, 172, "exact")]
    # the earlier occurrences are still free, in order
    assert spans(g, "Taliban", "Taliban") == [(4, 11, "exact"), (67, 74, "exact")]


def test_a_context_that_is_not_in_the_text_is_ignored():
    g = Grounder(TEXT)
    assert spans(g, "Taliban", context="the Taliban stormed Kabul") == [(4, 11, "exact")]


def test_straight_quote_matches_a_curly_one():
    g = Grounder(TEXT)
    # the text has U+2019 in Afghanistan’s and U+201C/U+201D around No deal,
    assert spans(g, "Afghanistan's army", '"No deal,"') == [(40, 58, "normalised"), (150, 160, "normalised")]
    assert TEXT[40:58] == "Afghanistan’s army" and TEXT[150:160] == "“No deal,”"


def test_a_mention_spanning_a_line_break():
    g = Grounder(TEXT)
    assert TEXT[17:33] == "Badghis\nprovince"
    assert spans(g, "Badghis province") == [(17, 33, "normalised")]


def test_a_hyphen_matches_an_en_dash():
    g = Grounder(TEXT)
    assert spans(g, "Qala-e-Naw - their") == [(78, 96, "normalised")]
    assert TEXT[78:96] == "Qala-e-Naw – their"


def test_fuzzy_match_of_a_misspelt_name_is_bounded():
    g = Grounder(TEXT)
    found = g.ground("Hesamudin Shams")  # one letter missing
    assert (found.start, found.end, found.method) == (111, 127, "fuzzy")
    assert TEXT[111:127] == "Hesamuddin Shams"
    assert found.score >= 90
    assert Grounder(TEXT).ground("Hamid Karzai") is None  # nothing alike


def test_a_hallucinated_mention_is_not_grounded():
    assert Grounder(TEXT).ground("Kandahar airport") is None
    assert Grounder(TEXT).ground("") is None


def test_matches_are_whole_words():
    # "Taliban" is also the start of "Talibans" (135), which is no candidate
    assert [c.start for c in candidates(TEXT, "Taliban")] == [4, 67, 165]


def test_near_prefers_the_closest_occurrence_and_shares_spans():
    g = Grounder(TEXT, exclusive=False)
    assert spans(g, "Taliban", near=150) == [(165, 172, "exact")]
    assert spans(g, "Taliban", near=150) == [(165, 172, "exact")]  # not exclusive: the same span again


def test_normalise_keeps_a_map_to_the_original_offsets():
    norm = normalise("a \n\n b–c")
    assert norm.text == "a b-c"
    assert norm.original(2, 5) == (5, 8)


def test_context_around_stays_on_the_line():
    assert context_around(TEXT, 67, 74, words=2) == "met the Taliban in Qala-e-Naw"
    assert context_around(TEXT, 17, 24, words=3) == "The Taliban said Badghis"
