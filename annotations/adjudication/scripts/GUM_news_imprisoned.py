"""Adjudicated gold of GUM_news_imprisoned (A = annotator_f, B = annotator_j); decisions in
annotations/adjudication/GUM_news_imprisoned.md. Starts from A's record."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from adj3lib import Adj

d = Adj("GUM_news_imprisoned", "annotations/raw/annotator_f/GUM_news_imprisoned.json", "annotator_f", "annotator_j")
paris = d.cluster_id("Valeska Paris")

# entities: 'Scientology' (s2, s11 x2) stays NORP by word form, no cluster (E9, K2) -> A (kept)

# clusters: holder 'She' (s14, 'She also claims') is Paris -> B
st = d.stance(event=d.ev("tasked", 14), cue="claims")
st["holder"]["cluster"] = paris

# events: 'suicide' -> life.die.unspecified (the means is not said; V8 most specific type that fits) -> B
sui = d.ev("suicide", 11)
sui["type"] = "life.die.unspecified"
sui["note"] = "V4 'committed' support, V10 test 4, V8: suicide, means not stated -> life.die.unspecified (uncovered)"

# 'statement' to the Australian Broadcasting Corporation: a named broadcaster -> .broadcast -> B
stm = d.ev("statement", 18)
stm["type"] = "contact.mediastatement.broadcast"
stm["note"] = "V17b, V17 medium: a named broadcaster -> .broadcast; the outlet is no recipient"

# stances: no attitude of 'Her mother' toward the entity 'Scientology' ('spoken out against' is not
# on the closed ST5 list) -> B
d.rec["stances"].remove(d.stance(holder="Her mother", cue="spoken out against"))

# kept from A: PLOVER REQUEST on the orders (told x3, tasked), COERCE on 'forced' (s8),
# 'taken' as stealrobhijack (target 'her', COERCE seize), topic 'to be there' of s19 'forced',
# 'misrepresenting' other + They Uu, The Church (s22) CT+ on 'taken' (ST8).
# shared error fixed: head of the title's jailer 'Church of Scientology' is 'Church' (the of-phrase
# follows the head, G7; as both annotators did for s2 'the Church of Scientology')
j = d.arg(d.ev("imprisoned", 0), "jailer")
j["head"] = d.span("Church", 0)
d.finish()
