"""Adjudicated gold of GUM_news_homeopathic (adjudicator_1): annotator_d (A) + annotator_h (B).

Base: A's record. Decisions (see annotations/adjudication/GUM_news_homeopathic.md).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from adjudicator_1_lib import Gold  # noqa: E402

g = Gold("GUM_news_homeopathic", "annotations/raw/annotator_d/GUM_news_homeopathic.json",
         "annotations/raw/annotator_h/GUM_news_homeopathic.json", ("annotator_d", "annotator_h"))
GLORIA = g.ent("Gloria", 2)["cluster"]
SAMS = g.ent("Sams", 13)["cluster"]

# entities: Gloria in s11 (B; A missed it)
g.add_entity("Gloria", "PERSON", 11, cluster=GLORIA)

# events
# s2 death: medicalissue 'infection' (s3) kept (A; V9 i)
# s7 developed: illnessdegradationphysical + medicalissue (A): the sickness subtype needs a deliberate infector
g.ev("developed", 7)["note"] = ("uncovered: onset of a disease, nearest type illnessdegradationphysical; "
                                "illnessdegredationsickness is for deliberate infection by another (events.json)")
# s7 advised, s15 pleaded: PLOVER REQUEST kept (A; V16 request row, no mode)
# s8 treat: asserted (A; 'decided to' is not a V14 marker, and the treatment is reported as done)
# s9 deteriorated, malnutrition; s14 worsened: kept (A)
# s9 death: medicalissue 'the infections' (A): s3 states she died from infection; malnutrition is not stated as the cause
# s13 seeking (B), PLOVER REQUEST for consistency with the other requests
seek = g.take_event("seeking", 13)
seek["plover"] = {"category": "REQUEST"}
seek["note"] = "V17a: seeking help = request; V9 d communicator; V12 one recipient per conjunct; V16"
g.take_stance(lambda st, o: st["target"].get("event") == g.ev("seeking", 13, rec=o)["id"])
# s14 used (shared omission): conventional treatments used on Gloria
used = {"id": "Eadd1", "type": "medical.intervention.intervention", "trigger": g.span("used", 14),
        "arguments": [], "polarity": "positive", "modality": "asserted",
        "note": "V1 habitual, V4 b: verb with the treatment noun; consistent with 'using' (s16); added by the adjudicator"}
g.r["events"].append(used)
g.arg(used, "treater", "they", 14, 1, cluster=SAMS)
g.arg(used, "patient", "Gloria", 14, cluster=GLORIA)
g.arg(used, "instrument", "conventional treatments", 14, head="treatments")
g.add_stance(None, used, "FAVOR", "factuality", g.span("used", 14), factuality="CT+")
# s16 using: kept (A), negative asserted; patient 'her' (of 'giving her') added
using = g.ev("using", 16)
g.arg(using, "patient", "her", 16, 3, cluster=GLORIA)
using["note"] = "V13: 'instead of using' = not done; V14 asserted; V9 h patient; V4 b"
# s16 accused (B): not an event: an agentless attribution of allegations (V2a), kept as in A
# s20 treats (A): not an event: a generic definition of a kind of medicine, no occurrence (V1, K10)
g.del_event("treats", 20)

# stances
# s12: holder 'the Crown' (B; ST6 core NP with its determiner)
st = next(s for s in g.r["stances"] if s["evidence"]["text"] == "asserted")
crown = g.ent("Crown", 12)
st["holder"] = {**g.span("the Crown", 12), "entity": crown["id"], "cluster": crown["cluster"]}
# s15 pleaded: cue 'pleaded with' (B; ST7 predicate plus following preposition)
st = next(s for s in g.r["stances"] if s["kind"] == "attitude" and s["evidence"]["text"] == "pleaded")
st["evidence"] = g.span("pleaded with", 15)
st["note"] = "ST5, ST10: plea = request; ST7 cue with its preposition"
# s15 replied: he -> send CT- (B; ST8 'do that' refers to the sending)
g.take_stance(lambda st, o: st["evidence"]["text"] == "replied")
# s16 given: author CT+ (B; presupposed restrictive relative, ST4)
st = g.stances_on(g.ev("given", 16))[0]
st.update({"label": "FAVOR", "factuality": "CT+", "note": "ST4: presupposed (restrictive relative of a definite NP)"})

g.save()
