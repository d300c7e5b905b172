"""The 24 GUM Wikinews articles: text rule, metadata, splits, reference layers."""

from __future__ import annotations

import json

import pytest

from newsgold import paths
from newsgold.corpus import build_documents, load_corpus, read_splits
from newsgold.formats.conllu import ConlluError, read_conllu
from newsgold.reference import build_reference_files, load_reference
from newsgold.validate import validate_file

SHARED = paths.project_root().parent / "shared" / "corpora" / "gum-news"
GUM_FILES = sorted((paths.seeds_dir() / "gum").glob("*.conllu"))


def _text_by_the_rule(conllu_text: str) -> str:
    """The document text rule, read directly off the comment lines (an oracle independent of
    the conllu package): a paragraph starts at '# newpar', sentences join with one space,
    paragraphs with a blank line."""
    paragraphs: list[list[str]] = []
    pending_par = False
    for line in conllu_text.split("\n"):
        if line.startswith("# newpar"):
            pending_par = True
        elif line.startswith("# text = "):
            if pending_par or not paragraphs:
                paragraphs.append([])
                pending_par = False
            paragraphs[-1].append(line[len("# text = "):])
    return "\n\n".join(" ".join(p) for p in paragraphs)


def test_there_are_24_gum_seeds_copied_byte_for_byte():
    assert len(GUM_FILES) == 24
    for path in GUM_FILES:
        original = SHARED / "conllu" / path.name
        if original.exists():
            assert path.read_bytes() == original.read_bytes()


def test_corpus_has_25_documents_with_gum_texts_by_the_rule():
    corpus = load_corpus()
    assert len(corpus) == 25
    for path in GUM_FILES:
        doc = corpus[path.stem]
        assert doc.text == _text_by_the_rule(path.read_text(encoding="utf-8"))
        assert doc.metadata["licence"]["text"].startswith("CC BY 2.5")
        assert doc.metadata["source_url"].startswith("https://en.wikinews.org/wiki/")
        assert doc.metadata["title"] == doc.text[: doc.text.index("\n\n")]
        for start, end in doc.sentences:
            assert doc.text[start:end] and not doc.text[start:end][0].isspace()


def test_sentences_are_the_ud_sentences():
    corpus = load_corpus()
    for path in GUM_FILES:
        texts = [line[len("# text = "):] for line in path.read_text(encoding="utf-8").split("\n")
                 if line.startswith("# text = ")]
        doc = corpus[path.stem]
        assert [doc.text[s:e] for s, e in doc.sentences] == texts


def test_gum_token_count_is_17182():
    assert sum(len(read_conllu(path).tokens) for path in GUM_FILES) == 17182


def test_every_token_maps_to_its_form():
    for path in GUM_FILES:
        parsed = read_conllu(path)
        for token in parsed.tokens:
            surface = parsed.text[token.start:token.end]
            assert surface == token.form or token.form in surface, (path.name, token)


def test_splits_cover_every_document_once():
    corpus = load_corpus()
    splits = read_splits(None, list(corpus))
    assert sorted(splits) == sorted(corpus.documents)
    assert sum(1 for s in splits.values() if s == "dev") == 7
    assert sum(1 for s in splits.values() if s == "test") == 18
    assert splits["000_2d0b2fe5cfeb493e"] == "dev"
    assert len(corpus.select("test")) == 18 and corpus.select("test").id.endswith(":test")
    with pytest.raises(ValueError, match="unknown split"):
        corpus.select("train")


def test_splits_refuse_unknown_and_double_documents(tmp_path):
    documents = build_documents()
    (tmp_path / "splits.json").write_text(json.dumps({"dev": ["nope"], "test": []}))
    with pytest.raises(ValueError, match="not a seed document"):
        read_splits(tmp_path, documents)
    ids = [d.doc_id for d in documents]
    (tmp_path / "splits.json").write_text(json.dumps({"dev": ids, "test": ids[:1]}))
    with pytest.raises(ValueError, match="in both"):
        read_splits(tmp_path, documents)


def test_duplicate_document_ids_are_refused(tmp_path):
    seed = GUM_FILES[0]
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    for folder in ("a", "b"):
        (tmp_path / folder / seed.name).write_bytes(seed.read_bytes())
    with pytest.raises(ValueError, match="already used"):
        build_documents(tmp_path)


def test_broken_conllu_names_file_sentence_and_token(tmp_path):
    lines = GUM_FILES[0].read_text(encoding="utf-8").split("\n")
    first_token = next(i for i, line in enumerate(lines) if line and line[0].isdigit())
    fields = lines[first_token].split("\t")
    fields[1] = "Zzzz"
    lines[first_token] = "\t".join(fields)
    bad = tmp_path / "bad.conllu"
    bad.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(ConlluError, match=r"bad\.conllu: sentence 1, token 1: form 'Zzzz'"):
        read_conllu(bad)


def test_reference_layers_are_current_valid_and_round_trip():
    documents = list(load_corpus())
    for path, content in build_reference_files(documents).items():
        assert path.read_text(encoding="utf-8") == content, f"{path} is stale: run 'newsgold corpus build'"
        report = validate_file(path)
        assert report.ok, report.errors[:3]
    gum, onto = load_reference("gum"), load_reference("ontogum")
    assert len(gum) == len(onto) == 24
    for source, records in (("conllu", gum), ("ontogum", onto)):
        for doc_id, record in records.items():
            parsed = read_conllu(SHARED / source / f"{doc_id}.conllu") if (SHARED / source).exists() else None
            text = load_corpus()[doc_id].text
            for entity in record["entities"]:
                assert text[entity["start"]:entity["end"]] == entity["text"]
            if parsed is not None:
                spans = {(m.start, m.end) for m in parsed.mentions}
                assert spans == {(e["start"], e["end"]) for e in record["entities"]}
                for mention in parsed.mentions:
                    assert mention.text == parsed.token_text(mention.first_token, mention.last_token)


def test_reference_layers_are_not_called_gold():
    for record in load_reference("gum").values():
        assert "not gold" in record["annotator"] and record["label_set"] == "gum"
    for record in load_reference("ontogum").values():
        assert "not gold" in record["annotator"] and record["label_set"] == "coref"
