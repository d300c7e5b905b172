"""The committed gold: strictly valid, consistent with the guidelines and the schema."""

import re
from collections import Counter

from newsgold import load_gold, load_schema, paths
from newsgold.corpus import load_corpus
from newsgold.schema_usage import usage_markdown
from newsgold.validate import validate_file

GUIDELINES = (paths.annotations_dir() / "guidelines.md").read_text(encoding="utf-8")


def appendix(letter: str) -> str:
    start = GUIDELINES.index(f"## Appendix {letter}.")
    following = GUIDELINES.find("\n## ", start + 1)
    return GUIDELINES[start:] if following < 0 else GUIDELINES[start:following]


def test_gold_passes_strict_validation():
    files = sorted((paths.annotations_dir() / "gold").glob("*.json"))
    assert len(files) == 25
    for path in files:
        report = validate_file(path, gold=True)
        assert report.ok, [str(p) for p in report.problems]


def test_raw_passes_are_valid_records_kept_as_made():
    """The raw passes are kept as their annotators made them (the data behind the agreement
    figures), errors included: two passes carry spans inside words from an early annotation kit,
    which the strict gold rules reject and adjudication corrected. They are valid records."""
    files = sorted((paths.annotations_dir() / "raw").glob("*/*.json"))
    assert len(files) >= 3 + 2 * 24
    for path in files:
        report = validate_file(path, gold=False)
        assert report.ok, [str(p) for p in report.problems]


def test_every_span_matches_the_document_text():
    corpus = load_corpus()
    for record in load_gold():
        text = corpus[record.doc_id].text
        spans = [e.span for e in record.entities]
        for event in record.events:
            spans.append(event.trigger)
            for arg in event.arguments:
                spans += [arg.span, arg.head]
        for stance in record.stances:
            spans += [s for s in (stance.holder.span, stance.evidence) if s is not None]
        assert spans
        for span in spans:
            assert text[span.start:span.end] == span.text


def test_every_used_entity_type_is_defined_with_an_example():
    rows = {m.group(1): m.group(3) for m in re.finditer(r"^\| (\w+) \| (.+?) \| (.+?) \|$", appendix("A"), re.M)}
    used = {e.label for r in load_gold() for e in r.entities}
    for label in used:
        assert label in rows, f"{label} is not defined in guidelines Appendix A"
        assert "`" in rows[label], f"{label} has no example in guidelines Appendix A"


def test_every_used_event_type_and_role_is_in_the_guidelines():
    table = appendix("B")
    for record in load_gold():
        for event in record.events:
            assert f"`{event.type}`" in table, event.type
            row = next(line for line in table.splitlines() if f"`{event.type}`" in line)
            for arg in event.arguments:
                assert re.search(rf"\b{arg.role}\b", row), (event.type, arg.role)
            assert f"`{event.type}`" in GUIDELINES.replace(table, ""), f"{event.type} has no example outside the appendix"


def test_every_used_stance_label_kind_and_value_is_defined_with_an_example():
    table = appendix("D")
    stances = [s for r in load_gold() for s in r.stances]
    for value in {s.label for s in stances} | {s.factuality for s in stances if s.factuality}:
        assert re.search(rf"^\| {re.escape(value)} \|.*`", table, re.M), value
    for kind in {s.kind for s in stances}:
        assert re.search(rf"^\| `{kind}` \|.*`", table, re.M), kind


def test_schema_usage_file_is_up_to_date():
    expected = usage_markdown(load_schema(), load_gold())
    committed = (paths.annotations_dir() / "schema_usage.md").read_text(encoding="utf-8")
    assert committed == expected, "run 'newsgold corpus schema-usage'"


def test_every_event_has_a_factuality_stance():
    for record in load_gold():
        targets = Counter(s.target_id for s in record.stances if s.kind == "factuality" and s.target_kind == "event")
        missing = [e.id for e in record.events if not targets[e.id]]
        assert not missing, missing
