"""The transformers adapter: sub-word predictions aggregated to character spans.

A tiny randomly initialised BERT and a WordPiece tokenizer are built locally (nothing is
downloaded); the logits are forced per token so the alignment mechanics are checked
deterministically: words split into several sub-words, accents removed by the tokenizer's
normaliser, an emoji (one ``str`` character, four UTF-8 bytes), and an entity across words.
"""

from __future__ import annotations

import pytest

from newsgold.corpus import Document, sha256_text

torch = pytest.importorskip("torch", reason="the transformers adapter needs the optional extra: torch")
transformers = pytest.importorskip("transformers", reason="the transformers adapter needs the optional extra")
tokenizers = pytest.importorskip("tokenizers", reason="the transformers adapter needs tokenizers")

from newsgold.systems import (
    MappingError,
    SystemsError,
    build_system,
    load_mapping,
    parse_spec,
)
from newsgold.systems.hf_tokens import TransformersTokens
from newsgold.validate import validate_file

LABELS = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]
VOCAB = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "he", "##sam", "##ud", "##din", "sham", "##s", "met",
         "in", "zu", "##rich", "caf", "##e", "the", ".", ",", "-", "qa", "##la", "e", "na", "##w", "taliban", "a"]
TEXT = "Hesamuddin Shams met 😀 in Zürich café, Qala-e-Naw."
# the label forced on each vocabulary entry; sub-words after the first get deliberately odd labels,
# which the "first sub-word" aggregation must ignore
FORCED = {"he": "B-PER", "##sam": "I-PER", "##ud": "B-LOC", "##din": "O", "sham": "I-PER", "##s": "O",
          "[UNK]": "B-MISC", "zu": "B-LOC", "##rich": "O", "qa": "B-LOC", "##la": "O", "-": "I-LOC",
          "e": "I-LOC", "na": "I-LOC", "##w": "B-PER"}


def document(text: str, doc_id: str = "doc1") -> Document:
    return Document(doc_id, text, sha256_text(text), {}, ({"start": 0, "end": len(text), "kind": "body"},),
                    ((0, len(text)),))


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory):
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors
    from transformers import (
        BertConfig,
        BertForTokenClassification,
        PreTrainedTokenizerFast,
    )

    folder = tmp_path_factory.mktemp("tiny-bert")
    vocab = {piece: i for i, piece in enumerate(VOCAB)}
    core = Tokenizer(models.WordPiece(vocab=vocab, unk_token="[UNK]"))
    core.normalizer = normalizers.BertNormalizer(lowercase=True, strip_accents=True, clean_text=True)
    core.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    core.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", special_tokens=[("[CLS]", vocab["[CLS]"]), ("[SEP]", vocab["[SEP]"])])
    tokenizer = PreTrainedTokenizerFast(tokenizer_object=core, unk_token="[UNK]", pad_token="[PAD]",
                                        cls_token="[CLS]", sep_token="[SEP]", mask_token="[MASK]",
                                        model_max_length=64)
    tokenizer.save_pretrained(folder)
    torch.manual_seed(0)
    config = BertConfig(vocab_size=len(VOCAB), hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
                        intermediate_size=37, max_position_embeddings=64,
                        id2label=dict(enumerate(LABELS)), label2id={label: i for i, label in enumerate(LABELS)})
    BertForTokenClassification(config).save_pretrained(folder)
    return folder


def forced_logits(system, model, batch):
    """Logits that put each token's forced label first."""
    import numpy as np

    ids = batch["input_ids"].numpy()
    out = np.zeros((*ids.shape, len(LABELS)), dtype=np.float32)
    for w in range(ids.shape[0]):
        for t in range(ids.shape[1]):
            label = FORCED.get(VOCAB[ids[w, t]], "O")
            out[w, t, LABELS.index(label)] = 1.0
    return out


def adapter(model_dir, **kwargs) -> TransformersTokens:
    return TransformersTokens(name="tiny", model_dir=str(model_dir), mapping=load_mapping("conll2003"), **kwargs)


def test_the_tokenizer_really_splits_words_and_normalises_accents(model_dir):
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(model_dir, local_files_only=True)
    enc = tokenizer(TEXT, return_offsets_mapping=True)
    pieces = tokenizer.convert_ids_to_tokens(enc["input_ids"])
    assert pieces[1:5] == ["he", "##sam", "##ud", "##din"]
    assert "zu" in pieces and "##rich" in pieces and "[UNK]" in pieces  # Zürich lost its accent; 😀 is unknown
    offsets = dict(zip(pieces, enc["offset_mapping"]))
    assert TEXT[slice(*offsets["##rich"])] == "rich"  # offsets index the original str, after the emoji


def test_sub_word_tags_become_character_spans_of_the_original_text(model_dir, monkeypatch):
    system = adapter(model_dir)
    monkeypatch.setattr(TransformersTokens, "logits", forced_logits)
    (record,) = system.predict([document(TEXT)])
    found = [(e.text, e.label) for e in record.entities]
    assert found == [("Hesamuddin Shams", "PERSON"), ("😀", "NORP"), ("Zürich", "GPE"), ("Qala-e-Naw", "GPE")]
    for e in record.entities:
        assert TEXT[e.start:e.end] == e.text
    assert record.doc_sha256 == sha256_text(TEXT) and record.system == "tiny"


def test_offsets_are_shifted_to_the_sentence_in_the_document(model_dir, monkeypatch):
    text = "Taliban met. " + TEXT
    doc = Document("d2", text, sha256_text(text), {}, ({"start": 0, "end": len(text), "kind": "body"},),
                   ((0, 12), (13, len(text))))
    monkeypatch.setattr(TransformersTokens, "logits", forced_logits)
    (record,) = adapter(model_dir).predict([doc])
    assert [text[e.start:e.end] for e in record.entities] == ["Hesamuddin Shams", "😀", "Zürich", "Qala-e-Naw"]


def test_long_sentences_are_split_into_overlapping_windows(model_dir, monkeypatch):
    text = " ".join(["a"] * 80) + " " + TEXT
    monkeypatch.setattr(TransformersTokens, "logits", forced_logits)
    (record,) = adapter(model_dir, stride=8).predict([document(text)])
    assert [e.text for e in record.entities] == ["Hesamuddin Shams", "😀", "Zürich", "Qala-e-Naw"]


def test_the_random_model_runs_end_to_end_on_the_corpus_and_its_file_validates(model_dir, tmp_path):
    from newsgold import load_corpus
    from newsgold.systems import write_predictions

    corpus = load_corpus()
    system = build_system(parse_spec(f"hf:{model_dir}@conll2003"))
    records = system.predict(list(corpus))
    assert system.info["adapter"] == "transformers" and system.info["architecture"] == "BertForTokenClassification"
    path = write_predictions(records, tmp_path / "hf.jsonl")
    report = validate_file(path, corpus)
    assert report.ok and not report.warnings, [str(p) for p in report.problems]


def test_labels_outside_the_schema_need_a_mapping(model_dir):
    with pytest.raises(SystemsError, match="label 'MISC' of model .* is not an entity type of the schema"):
        TransformersTokens(name="t", model_dir=str(model_dir)).predict([document(TEXT)])


def test_a_mapping_missing_a_model_label_is_refused(model_dir, tmp_path):
    path = tmp_path / "partial.json"
    path.write_text('{"name": "partial", "labels": {"PER": "PERSON", "LOC": "GPE"}, "view": null}')
    system = TransformersTokens(name="t", model_dir=str(model_dir), mapping=load_mapping(str(path)))
    with pytest.raises(MappingError, match="label 'MISC' of model .* is not in the label mapping 'partial'"):
        system.predict([document(TEXT)])


def test_a_missing_model_folder_is_a_clear_error_and_nothing_is_downloaded(tmp_path):
    with pytest.raises(SystemsError, match="not a local transformers model folder.*never downloads"):
        TransformersTokens(name="t", model_dir=str(tmp_path / "bert-base-cased")).predict([document(TEXT)])
