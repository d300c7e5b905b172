import json

from newsgold import paths
from newsgold.corpus import Document, build_documents, corpus_files, load_corpus, read_splits, sha256_text
from newsgold.jsonio import dumps_pretty


def test_seeds_are_copied_byte_for_byte():
    shared = paths.project_root().parent / "shared" / "seeds"
    for seed in sorted(paths.seeds_dir().glob("*.txt")):
        original = shared / seed.name
        if original.exists():
            assert seed.read_bytes() == original.read_bytes()


def test_committed_corpus_is_not_stale():
    documents = build_documents()
    fresh = corpus_files(documents, read_splits(None, documents))
    for relative, content in fresh.items():
        committed = (paths.corpus_dir() / relative).read_text(encoding="utf-8")
        assert committed == content, f"corpus/{relative} is stale: run 'newsgold corpus build'"


def test_build_is_deterministic():
    assert corpus_files(build_documents()) == corpus_files(build_documents())


def test_corpus_round_trips_byte_for_byte():
    corpus = load_corpus()
    for doc in corpus:
        path = paths.corpus_dir() / "documents" / f"{doc.doc_id}.json"
        assert dumps_pretty(Document.from_dict(json.loads(path.read_text())).to_dict()) == path.read_text()


def test_document_text_hash_and_offsets():
    doc = next(iter(load_corpus()))
    seed = (paths.seeds_dir() / doc.metadata["seed_file"]).read_bytes().decode("utf-8")
    assert doc.text == seed
    assert doc.sha256 == sha256_text(seed)
    assert doc.metadata["published"] == "2021-07-15"
    assert doc.metadata["outlet"] == "TRT World and agencies"
    for start, end in doc.sentences:
        assert doc.text[start:end] == doc.text[start:end].strip() and end > start
    assert [s for s, _ in doc.sentences] == sorted(s for s, _ in doc.sentences)
    paragraphs = [doc.text[p["start"]:p["end"]] for p in doc.paragraphs]
    assert "\n\n".join(paragraphs) == doc.text.strip("\n")
    kinds = {doc.text[p["start"]:p["end"]]: p["kind"] for p in doc.paragraphs}
    assert kinds["Strategic border crossing closed"] == "heading"
    assert kinds["Source: TRTWorld and agencies"] == "credit"


def test_sentences_split_at_quotes_and_keep_opening_quote():
    doc = next(iter(load_corpus()))
    texts = [doc.text[s:e] for s, e in doc.sentences]
    assert "A spokesman for the Taliban denied they had agreed to a ceasefire but said they had left the city to avoid civilian casualties." in texts
    assert any(t.startswith('"Qala-e-Naw is the only city') for t in texts)
    assert '"An unruly mob of about 400 people tried to cross the gate forcefully.' in texts


def test_sentence_index():
    doc = next(iter(load_corpus()))
    start, end = doc.sentences[5]
    assert doc.sentence_index(start) == 5
    assert doc.sentence_index(end - 1) == 5
