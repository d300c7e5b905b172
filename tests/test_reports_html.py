"""The HTML report: self-contained, one chart per section, documents side by side, all escaped."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from html.parser import HTMLParser

import matplotlib
import pytest

import newsgold
from helpers import seed_gold
from newsgold.records import Entity
from newsgold.reports import evaluate
from newsgold.reports.html import (
    OUTCOME_CLASSES,
    document_html,
    html_report,
    outcome_class,
)
from newsgold.reports.model import DocumentView, Span
from newsgold.scoring.matching import OUTCOMES

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Page(HTMLParser):
    """Just enough of a DOM: open-element stack, marks, column texts, svgs, references."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.tags: Counter[str] = Counter()
        self.attributes: list[tuple[str, str, str]] = []  # (tag, name, value)
        self.svgs: list[list[tuple[str, dict[str, str]]]] = []  # ancestors of each <svg>
        self.columns: dict[tuple[str, str], list[str]] = {}  # (doc, column) -> text pieces
        self.cells: list[tuple[str, str, list[str]]] = []  # (doc, column, pieces) per paragraph cell
        self.marks: list[dict] = []
        self.styles: list[str] = []
        self.text_by_id: dict[str, list[str]] = {}
        self.error_rows: list[list[str]] = []
        self.title = ""

    # helpers
    def _find(self, predicate) -> dict[str, str] | None:
        for _, attrs in reversed(self.stack):
            if predicate(attrs):
                return attrs
        return None

    def _in_class(self, name: str) -> bool:
        return any(name in attrs.get("class", "").split() for _, attrs in self.stack)

    def handle_starttag(self, tag, attrs):
        attrs = {k: v or "" for k, v in attrs}
        self.tags[tag] += 1
        self.attributes += [(tag, k, v) for k, v in attrs.items()]
        if tag == "svg":
            self.svgs.append(list(self.stack))
        if tag == "mark":
            column = self._find(lambda a: "data-column" in a)
            doc = self._find(lambda a: "data-doc" in a)
            self.marks.append({**attrs, "column": column and column["data-column"], "doc": doc and doc["data-doc"],
                               "text": [], "tag": []})
        if tag == "tr" and self._find(lambda a: a.get("data-layer") == "entities" and "errors" in a.get("class", "").split()):
            self.error_rows.append([])
        if tag in VOID:
            return
        self.stack.append((tag, attrs))
        if "data-column" in attrs:
            doc = self._find(lambda a: "data-doc" in a)["data-doc"]
            pieces = self.columns.setdefault((doc, attrs["data-column"]), [])
            self.cells.append((doc, attrs["data-column"], []))
            self._pieces = pieces

    def handle_startendtag(self, tag, attrs):
        attrs = {k: v or "" for k, v in attrs}
        self.tags[tag] += 1
        self.attributes += [(tag, k, v) for k, v in attrs.items()]

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        while self.stack:
            open_tag, _ = self.stack.pop()
            if open_tag == tag:
                break

    def handle_data(self, data):
        if self.stack and self.stack[-1][0] == "style":
            self.styles.append(data)
        if self.stack and self.stack[-1][0] == "title":
            self.title += data
        for _, attrs in self.stack:
            if "id" in attrs:
                self.text_by_id.setdefault(attrs["id"], []).append(data)
        if self.error_rows and self._find(lambda a: a.get("data-layer") == "entities" and "errors" in a.get("class", "").split()):
            self.error_rows[-1].append(data)
        in_tag = self._in_class("tag")
        if self._find(lambda a: "data-column" in a) is not None and not in_tag:
            self._pieces.append(data)
            self.cells[-1][2].append(data)
        if self._in_class("doc") and any(t == "mark" for t, _ in self.stack):
            (self.marks[-1]["tag"] if in_tag else self.marks[-1]["text"]).append(data)


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    return page


def perturbed(gold, text: str):
    """Drop, relabel, reshape entities; add spurious and overlapping ones; retype events; flip stances."""
    record = gold[0]
    entities = []
    for i, e in enumerate(record.entities):
        if i % 10 == 3:
            continue  # missed
        if i % 10 == 5:
            e = dataclasses.replace(e, label="PERSON" if e.label != "PERSON" else "ORG")  # wrong type
        elif i % 10 == 7:
            e = dataclasses.replace(e, end=e.end + 3, text=text[e.start:e.end + 3])  # wrong boundary
        elif i % 10 == 9 and e.end - e.start > 3:
            e = dataclasses.replace(e, start=e.start + 1, text=text[e.start + 1:e.end],
                                    label="DATE" if e.label != "DATE" else "ORG")  # wrong type and boundary
        entities.append(dataclasses.replace(e, note=None))
    start = text.index("The move")
    entities.append(Entity(start, start + 8, "ORG", text="The move"))  # spurious
    first = record.entities[0]  # "Taliban" in "Taliban fighters": an overlapping extra prediction
    entities.append(Entity(first.start, first.end + 9, "NORP", text=text[first.start:first.end + 9]))
    events = [dataclasses.replace(ev, type="conflict.attack.unspecified") if i % 5 == 1 else ev
              for i, ev in enumerate(record.events) if i % 6 != 2]
    flip = {"FAVOR": "AGAINST", "AGAINST": "NONE", "NONE": "FAVOR"}
    stances = [dataclasses.replace(s, label=flip[s.label]) if i % 4 == 1 else s for i, s in enumerate(record.stances)]
    return [dataclasses.replace(record, annotator=None, system="perturbed", entities=tuple(entities),
                                events=tuple(events), stances=tuple(stances))]


@pytest.fixture(scope="module")
def corpus():
    return newsgold.load_corpus()


@pytest.fixture(scope="module")
def report(corpus):
    gold = seed_gold()
    text = {d.doc_id: d.text for d in corpus}[gold[0].doc_id]
    return evaluate(gold, perturbed(gold, text), system="perturbed <gold> & co", n_resamples=200)


@pytest.fixture(scope="module")
def rc_before():
    keys = ("svg.fonttype", "svg.hashsalt", "font.size", "backend")
    return {k: dict.__getitem__(matplotlib.rcParams, k) for k in keys}  # raw: reading "backend" may resolve it


@pytest.fixture(scope="module")
def html(rc_before, report):
    return html_report(report)


@pytest.fixture(scope="module")
def page(html):
    return parse(html)


@pytest.fixture(scope="module")
def view(report):
    (view,) = report.documents
    return view


def test_the_report_has_every_kind_of_section(report):
    layers = Counter(s.layer for s in report.sections)
    assert layers["entities"] == 1 and layers["events"] >= 4 and layers["stances"] == 2
    assert report.confusion is not None and report.errors


def test_one_inline_svg_per_section_and_one_heat_map(page, report):
    assert len(page.svgs) == len(report.sections) + 1
    in_sections = Counter(
        next((a["data-layer"], a["data-metric"]) for t, a in ancestors if "data-layer" in a)
        for ancestors in page.svgs if any("data-layer" in a for _, a in ancestors)
    )
    assert in_sections == Counter((s.layer, s.metric) for s in report.sections)
    heat = [ancestors for ancestors in page.svgs if any("heat" in a.get("class", "").split() for _, a in ancestors)]
    assert len(heat) == 1


def test_svgs_are_inline_elements_with_unique_ids(html, page):
    assert "<?xml" not in html and "<!DOCTYPE svg" not in html and "<metadata" not in html
    ids = [v for _, name, v in page.attributes if name == "id"]
    assert len(ids) == len(set(ids)), [i for i, n in Counter(ids).items() if n > 1][:5]
    references = [v for _, name, v in page.attributes if name in ("href", "xlink:href") and v.startswith("#")]
    references += re.findall(r"url\(#([^)]+)\)", html)
    assert references
    for ref in references:
        assert ref.lstrip("#") in ids


def test_nothing_is_fetched_from_anywhere(html, page):
    assert page.tags["link"] == 0 and page.tags["img"] == 0 and page.tags["iframe"] == 0
    assert page.tags["script"] == 1 and not [v for t, n, v in page.attributes if t == "script"]  # inline, no src
    (script,) = re.findall(r"<script>(.*?)</script>", html, re.DOTALL)
    assert not re.search(r"https?:|//[a-z]|fetch|XMLHttpRequest|import|WebSocket|\.src\b", script, re.IGNORECASE)
    for tag, name, value in page.attributes:
        if name in ("src", "href", "xlink:href", "action", "poster", "data"):
            assert not re.match(r"\s*(https?:|//|file:|data:)", value, re.IGNORECASE), (tag, name, value)
    css = "".join(page.styles) + " ".join(v for _, n, v in page.attributes if n == "style")
    assert "@import" not in css and "@font-face" not in css
    assert all(u.startswith("#") for u in re.findall(r"url\(\s*['\"]?([^)'\"]*)", css))
    charts = re.findall(r"<svg\b.*?</svg>", html, re.DOTALL)
    assert charts and not any("http" in chart for chart in charts)  # not even an xmlns or matplotlib's metadata


def test_header_names_the_system_and_its_signatures(page, report, html):
    assert "perturbed <gold> & co" in page.title
    assert "perturbed &lt;gold&gt; &amp; co" in html
    header = "".join(page.text_by_id.get("summary", []))
    assert header == "Summary"
    text = html.replace("&amp;", "&")
    for signature in report.signatures.values():
        assert f"<dd>{signature}</dd>" in text
    assert 'class="badge"' not in html
    baseline = html_report(dataclasses.replace(report, baseline=True, documents=(), sections=report.sections[:1]))
    assert '<span class="badge">baseline</span>' in baseline


def test_rows_show_values_with_both_ends_of_their_interval(page, report):
    section = report.section("entities", "strict")
    anchor = next(v for _, name, v in page.attributes if name == "id" and v.startswith("section-entities"))
    text = re.sub(r"\s+", " ", "".join(page.text_by_id[anchor]))
    for row in section.rows:
        assert row.f1_ci is not None
        if row.units < 5:
            expected = f"{row.f1:.3f} n<5"
        else:
            expected = f"{row.f1:.3f} [{row.f1_ci.low:.3f}, {row.f1_ci.high:.3f}]"
        assert expected in text, expected
    micro = section.micro
    assert f"{micro.precision:.3f} [{micro.precision_ci.low:.3f}, {micro.precision_ci.high:.3f}]" in text


def test_both_columns_hold_exactly_the_document_text(page, view):
    assert view.text is not None and "\n\n" in view.text
    assert "".join(page.columns[(view.doc_id, "gold")]) == view.text
    assert "".join(page.columns[(view.doc_id, "predicted")]) == view.text


def test_paragraphs_are_aligned_row_by_row(page, view):
    gold = [cell for doc, column, cell in page.cells if doc == view.doc_id and column == "gold"]
    pred = [cell for doc, column, cell in page.cells if doc == view.doc_id and column == "predicted"]
    assert len(gold) == len(pred) >= view.text.count("\n\n") // 2
    for g, p in zip(gold, pred, strict=True):
        assert "".join(g) == "".join(p)


def test_every_gold_mention_is_marked_with_its_outcome(page, view):
    marks = [m for m in page.marks if m["doc"] == view.doc_id and m["column"] == "gold"]
    assert Counter(m["data-outcome"] for m in marks) == Counter(s.outcome for s in view.gold)
    assert {(int(m["data-start"]), int(m["data-end"]), m["data-label"], m["data-outcome"]) for m in marks} == {
        (s.start, s.end, s.label, s.outcome) for s in view.gold}
    for m in marks:
        assert m["class"] == OUTCOME_CLASSES[m["data-outcome"]]
        assert "".join(m["text"]) == view.text[int(m["data-start"]):int(m["data-end"])]
        assert "".join(m["tag"]) == m["data-label"]


def test_predicted_mentions_are_marked_and_overlaps_are_listed(page, view):
    marks = [m for m in page.marks if m["doc"] == view.doc_id and m["column"] == "predicted"]
    shown = {(int(m["data-start"]), int(m["data-end"]), m["data-label"], m["data-outcome"]) for m in marks}
    assert shown <= {(s.start, s.end, s.label, s.outcome) for s in view.pred}
    hidden = [m for m in marks if "data-hidden" in m]
    assert hidden, "the perturbation adds an overlapping prediction"
    assert len(marks) + sum(int(m["data-hidden"]) for m in hidden) == len(view.pred)
    for m in hidden:
        assert "overlapping, not highlighted" in m["title"]
    for m in marks:
        assert m["class"] == outcome_class(m["data-outcome"])
        assert "".join(m["text"]) == view.text[int(m["data-start"]):int(m["data-end"])]


def test_error_kinds_are_highlighted_in_the_right_columns(page, view):
    by_column = {c: Counter(m["data-outcome"] for m in page.marks if m["column"] == c) for c in ("gold", "predicted")}
    for kind in ("wrong type", "wrong boundary", "wrong type and boundary"):
        assert by_column["gold"][kind] > 0 and by_column["predicted"][kind] > 0, kind
    assert by_column["gold"]["missed"] > 0 and by_column["predicted"]["missed"] == 0
    assert by_column["predicted"]["spurious"] > 0 and by_column["gold"]["spurious"] == 0
    assert len(set(OUTCOME_CLASSES.values())) == len(OUTCOMES)


def test_each_outcome_has_its_own_colour(page):
    css = "".join(page.styles)
    colours = {}
    for outcome, cls in OUTCOME_CLASSES.items():
        rule = re.search(rf"mark\.{re.escape(cls)}[^{{]*\{{([^}}]*)\}}", css)
        assert rule, cls
        colours[outcome] = rule.group(1).replace(" ", "")
    assert len(set(colours.values())) == len(OUTCOMES)


def test_wrong_pairs_name_their_counterpart(page, view):
    mark = next(m for m in page.marks if m["column"] == "gold" and m["data-outcome"] == "wrong type")
    start, end = int(mark["data-start"]), int(mark["data-end"])
    other = next(s for s in view.pred if s.outcome == "wrong type" and s.start == start and s.end == end)
    assert f"predicted: {other.label} [{start}:{end}]" in mark["title"]


def test_errors_are_listed(page, report):
    rows = [r for r in page.error_rows if r]
    assert len(rows) == len(report.errors) + 1  # + the header row
    listed = Counter(r[1] for r in rows[1:])  # cells: document, kind, ...
    assert listed == Counter(e["kind"] for e in report.errors)


def test_rendering_is_deterministic_and_leaves_matplotlib_alone(report, html, rc_before):
    assert {k: dict.__getitem__(matplotlib.rcParams, k) for k in rc_before} == rc_before
    again = html_report(dataclasses.replace(report, sections=report.sections[:2], documents=(), errors=()))
    charts = lambda h: re.findall(r"<svg\b.*?</svg>", h, re.DOTALL)
    assert len(charts(again)) == 3  # two sections and the heat map, drawn again
    assert charts(again)[:2] == charts(html)[:2] and charts(again)[-1] == charts(html)[-1]


def test_document_text_is_escaped_and_overlaps_never_crash():
    text = 'A <b>bold</b> & "quoted" claim.\n\nSecond <script>alert(1)</script> paragraph.'
    spans = (Span(2, 13, "ORG<x>", "correct"), Span(4, 9, "PER", "spurious"), Span(2, 6, "X", "wrong type"),
             Span(50, 40, "BAD", "spurious"), Span(70, 999, "FAR", "spurious"), Span(5, 5, "EMPTY", "spurious"))
    view = DocumentView("d<1>", text, gold=(Span(2, 13, "ORG<x>", "wrong type"), Span(40, 48, "LOC", "missed"),
                                               Span(66, 75, "EVT", "correct")),
                        pred=spans)
    out = document_html(view)
    page = parse(out)
    assert page.tags["script"] == 0 and page.tags["b"] == 0
    assert "".join(page.columns[("d<1>", "gold")]) == text
    assert "".join(page.columns[("d<1>", "predicted")]) == text
    pred_marks = [m for m in page.marks if m["column"] == "predicted"]
    assert [(m["data-start"], m["data-end"], m["data-hidden"]) for m in pred_marks] == [("2", "13", "2")]
    assert "".join(pred_marks[0]["tag"]) == "ORG<x> +2"
    assert "BAD [50:40]" in out and "FAR [70:999]" in out and "EMPTY [5:5]" in out
    gold_marks = [m for m in page.marks if m["column"] == "gold"]
    assert [("".join(m["text"]), m["data-outcome"]) for m in gold_marks] == [
        ("<b>bold</b>", "wrong type"), ("<script>", "missed"), ("paragraph", "correct")]


def test_a_span_across_a_paragraph_break_keeps_the_text_whole():
    text = "First line.\n\nSecond line.\n\nThird."
    view = DocumentView("d", text, gold=(Span(6, 19, "X", "correct"),), pred=(Span(27, 32, "Y", "spurious"),))
    page = parse(document_html(view))
    cells = [("".join(c), col) for _, col, c in page.cells]
    assert [c for c, col in cells if col == "gold"] == ["First line.\n\nSecond line.\n\n", "Third."]
    assert [c for c, col in cells if col == "predicted"] == ["First line.\n\nSecond line.\n\n", "Third."]


def test_a_report_without_documents_or_confusion_still_renders(report):
    small = dataclasses.replace(report, documents=(), confusion=None, errors=(), sections=report.sections[-1:],
                                trigger_errors=(), argument_errors=(), stance_errors=(), event_documents=())
    page = parse(html_report(small))
    assert len(page.svgs) == 1
    assert not page.marks and "documents" not in page.text_by_id and "event-documents" not in page.text_by_id
