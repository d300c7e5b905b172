"""The ``rules`` system: the rule-based event baseline with the stance baseline on top.

One system predicts both layers, because a stance's target is one of the system's own
event mentions. It needs a spaCy pipeline with a dependency parser (en_core_web_sm by
default); each corpus sentence is parsed as one sentence (the parser is given the
corpus's sentence boundaries), and sentences of READ MORE lines and credits are skipped
(G2).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsgold.corpus import Document
from newsgold.records import Record
from newsgold.schema import LabelSchema, load_schema
from newsgold.systems.base import System, SystemsError, record_for, track
from newsgold.systems.rules.events import extract_events, to_event
from newsgold.systems.rules.lexicon import load_lexicon
from newsgold.systems.rules.stance import Paragraphs, extract_stances
from newsgold.systems.spacy_models import load_pipeline

RULES_VERSION = "1"


def parse(nlp, document: Document, lemma_fixes: dict[str, str] | None = None):
    """Parse a document with the corpus's sentence boundaries preset; correct known bad lemmas."""
    doc = nlp.make_doc(document.text)
    starts = {start for start, _end in document.sentences}
    for token in doc:
        token.is_sent_start = token.idx in starts
    for _name, component in nlp.pipeline:
        doc = component(doc)
    for token in doc:
        fixed = (lemma_fixes or {}).get(token.lower_)
        if fixed:
            token.lemma_ = fixed
    return doc


@dataclass
class RuleSystem(System):
    model: str = "en_core_web_sm"
    schema: LabelSchema | None = None

    def __post_init__(self) -> None:
        self.layers = ("events", "stances")

    def predict(self, documents: Sequence[Document], progress: bool = False) -> list[Record]:
        pipeline = load_pipeline(self.model)
        if "parser" not in pipeline.nlp.pipe_names:
            raise SystemsError(f"the rule baselines need a dependency parser; the spaCy pipeline {self.model} "
                               f"has none (components: {', '.join(pipeline.nlp.pipe_names)})")
        lexicon = load_lexicon()
        schema = self.schema if self.schema is not None else load_schema()
        self.info = {"adapter": "rules", "rules": f"v{RULES_VERSION} lexicon {lexicon.digest[:8]}",
                     "parser": f"{pipeline.package} {pipeline.version}", "spacy": pipeline.spacy_version}
        skip = set(lexicon.raw["zones"]["skip_paragraph_kinds"])
        records = []
        for document in track(documents, f"{self.name}: rules", progress, total=len(documents)):
            doc = parse(pipeline.nlp, document, lexicon.raw["lemma_fixes"]["forms"])
            zones = [(p["start"], p["end"]) for p in document.paragraphs if p["kind"] not in skip]
            sentences = [s for s in doc.sents if any(a <= s.start_char < b for a, b in zones)]
            mentions = extract_events(doc, sentences, lexicon, schema.event_roles)
            events = tuple(to_event(m, document.text, lexicon) for m in mentions)
            paragraphs = Paragraphs(doc, document.paragraphs, lexicon)
            stances = tuple(extract_stances(sentences, mentions, paragraphs, lexicon, document.text))
            records.append(record_for(document, self.name, events=events, stances=stances))
        return records
