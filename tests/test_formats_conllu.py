"""CoNLL-U with CorefUD Entity= mentions: nested mentions, several documents, spelled text, GUM."""

from __future__ import annotations

import pytest

from newsgold import paths
from newsgold.corpus import load_corpus
from newsgold.formats import FormatError, read_annotations


def row(i, form, misc="_"):
    return "\t".join([str(i), form, form, "X", "X", "_", "0", "dep", "_", misc])


SOURCE = "\n".join([
    "# newdoc id = doc_a",
    "# global.Entity = eid-etype-head-other",
    "# newpar",
    "# sent_id = a-1",
    "# text = Mary's brother met her.",
    row(1, "Mary", "Entity=(e2-person-3-(e1-person-1-)|SpaceAfter=No"),
    row(2, "'s"),
    row(3, "brother", "Entity=e2)"),
    row(4, "met"),
    row(5, "her", "Entity=(e1-person-1-)|SpaceAfter=No"),
    row(6, "."),
    "",
    "# newdoc id = doc_b",
    "# sent_id = b-1",
    row(1, "Zoë", "Entity=(e7-person-1-)"),
    row(2, "in"),
    row(3, "Paris", "Entity=(e8-place-1-)|SpaceAfter=No"),
    row(4, "!"),
    "", "",
])


def test_corefud_mentions_clusters_and_documents(tmp_path):
    path = tmp_path / "two.conllu"
    path.write_text(SOURCE, encoding="utf-8")
    got = read_annotations(path)
    assert got.format == "conllu"
    assert got.texts == {"doc_a": "Mary's brother met her.", "doc_b": "Zoë in Paris!"}
    a, b = got.records
    assert [(e.start, e.end, e.text, e.label, e.cluster) for e in a.entities] == [
        (0, 14, "Mary's brother", "person", "e2"), (0, 4, "Mary", "person", "e1"), (19, 22, "her", "person", "e1")]
    assert {c.id for c in a.clusters} == {"e1", "e2"}
    # doc_b has no '# text': it is spelled from the tokens; global.Entity carries over from doc_a
    assert [(e.text, e.label) for e in b.entities] == [("Zoë", "person"), ("Paris", "place")]
    assert got.notes == ("two.conllu: 1 sentence(s) without '# text': text spelled from the tokens",)


def test_a_mention_that_never_closes_is_an_error(tmp_path):
    path = tmp_path / "bad.conllu"
    path.write_text("# text = Ann left\n" + row(1, "Ann", "Entity=(e1-person") + "\n" + row(2, "left") + "\n\n",
                    encoding="utf-8")
    with pytest.raises(FormatError, match=r"bad\.conllu: sentence 1: entities e1 never close"):
        read_annotations(path)


def test_a_gum_file_gives_the_corpus_text():
    source = paths.seeds_dir() / "gum" / "GUM_news_afghan.conllu"
    if not source.is_file():
        pytest.skip("GUM sources are not in this checkout")
    got = read_annotations(source)
    (record,) = got.records
    document = load_corpus()[record.doc_id]
    assert got.texts[record.doc_id] == document.text and record.doc_sha256 == document.sha256
    assert all(document.text[e.start:e.end] == e.text for e in record.entities)
