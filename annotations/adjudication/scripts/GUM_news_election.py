"""Adjudicated gold of GUM_news_election (adjudicator_4): A = annotator_g, B = annotator_k.

Starts from B's record and applies the decisions of ../GUM_news_election.md.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from adj4lib import Rec  # noqa: E402

R = Rec("annotations/raw/annotator_k/GUM_news_election.json", "adjudicated: annotator_g + annotator_k")


def replace_place(trigger, sent, old, new_text, new_sent, cluster, note_add, n=1):
    ev = R.ev(trigger, sent, n)
    R.del_arg(ev, "place", old)
    R.add_arg(ev, "place", new_text, new_sent, head="constituency", cluster=cluster)
    ev["note"] = ev.get("note", "") + note_add


V10 = ", V10 test 4 (the named mention before a nominal)"
# s9 'elected': place 'the New Territories West geographical constituency' (s7) over 'this district' (s8) (A)
replace_place("elected", 9, "this district", "the New Territories West geographical constituency", 7,
              "New Territories West", V10)
# s29 'defeated': 'the Kowloon West geographical constituency' (s27) over 'this constituency' (s28) (A)
replace_place("defeated", 29, "this constituency", "the Kowloon West geographical constituency", 27,
              "Kowloon West", V10)
# s33 're-elected', s34 'elected': 'the Kowloon East geographical constituency' (s32) over 'this constituency' (s32) (A)
replace_place("re-elected", 33, "this constituency", "the Kowloon East geographical constituency", 32,
              "Kowloon East", V10)
replace_place("elected", 34, "this constituency", "the Kowloon East geographical constituency", 32,
              "Kowloon East", V10)

# s17 'its election defeat': 'election' is a mention of the election (A), like 'withdrawal' in
# 'withdrawal announcement' (V1, H40); coreferent with the title's 'election'.
title_election = R.ev("election", 0)
el = R.add_event("election", "government.vote.unspecified", 17,
                 note=f"V1, V18 (premodifier event noun, as 'withdrawal' in H40), coref={title_election['_orig']}")
R.add_stance("author", el, "FAVOR", "factuality", None, factuality="CT+", note="ST3, ST4")

# Kept from B: s8 candidate 'Andrew Wan' (the shared 'of respectively ...' phrase modifies the
# coordination, G6); s23 'elects' event (as the agreed nominal 'elected' of s21); no place for
# the functional constituency 'District Council (Second)' (s40, s41: an electorate typed ORG,
# not a location); s48 'protests' as demonstrate.marchprotestpoliticalgathering, PROTEST 'demo'.
R.save()
