import pytest

from helpers import DOC, span
from newsgold.agreement import agreement
from newsgold.records import Record


def annotation(labels, annotator):
    names = ["Badghis", "Kabul", "Taliban", "Hesamuddin Shams"]
    return Record.from_dict({
        "doc_id": DOC.doc_id, "annotator": annotator,
        "entities": [{"id": f"T{i}", **span(n), "label": lab} for i, (n, lab) in enumerate(zip(names, labels))],
        "events": [], "stances": [],
    })


def test_an_annotation_agrees_perfectly_with_itself():
    a = annotation(["GPE", "GPE", "ORG", "PERSON"], "a")
    result = agreement([a], [a])
    assert result["entities"]["strict"]["micro_f1"] == 1.0
    assert result["entities"]["label_kappa_on_same_spans"] == 1.0


def test_label_kappa_by_hand():
    a = annotation(["GPE", "GPE", "ORG", "PERSON"], "a")
    b = annotation(["GPE", "ORG", "ORG", "PERSON"], "b")
    result = agreement([a], [b])
    # p_o = 3/4; p_e = .5*.25 + .25*.5 + .25*.25 = .3125; kappa = (.75 - .3125) / .6875 = 7/11
    assert result["entities"]["label_kappa_on_same_spans"] == pytest.approx(7 / 11)
    assert result["entities"]["strict"]["micro_f1"] == pytest.approx(0.75)
    assert result["entities"]["span_only"]["micro_f1"] == 1.0
    assert result["annotators"] == [["a"], ["b"]]
