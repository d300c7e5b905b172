"""The dataset card (``README.md``): YAML metadata and the sections of the Hub's template.

The card is a pure function of the export manifest and the configurations' features:
statistics are the ``newsgold.stats.corpus_stats`` figures stored in the manifest (the
numbers ``newsgold corpus stats`` prints), agreement figures come from
``annotations/agreement.json`` when it exists, and everything else is derived from the
corpus, the records and the options. Nothing numeric is typed by hand.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from datasets import Features

from newsgold.hub.card_splits import data_files, parts_block, split_summary, splits_section
from newsgold.hub.layout import CONFIGS, DEFAULT_CONFIG, EVALUATION_SPLIT, LICENSE, NER_CONFIG, TEXT_INCLUDE, HubError

STATS_BEGIN = "<!-- newsgold:stats -->"
STATS_END = "<!-- /newsgold:stats -->"


@dataclass(frozen=True)
class CardOptions:
    """What the card says that the data cannot tell. Stored in the export manifest."""

    pretty_name: str = "newsgold"
    license: str = "cc-by-4.0"  # the annotations'; each text keeps its own (LICENSE.md)
    license_url: str = "https://creativecommons.org/licenses/by/4.0/"
    license_name: str = "newsgold-mixed-rights"  # the card's licence when the export includes unlicensed text
    license_link: str = LICENSE
    annotations_creators: tuple[str, ...] = ("machine-generated",)  # language-model annotators (annotations/README.md)
    repo_url: str | None = None  # the public source repository, once there is one
    authors: tuple[str, ...] = ("the newsgold contributors",)
    release_date: str = "2026-12-02"  # of this corpus and annotation release; Croissant's datePublished
    guidelines: tuple[str, ...] = field(default_factory=tuple)

    @property
    def year(self) -> str:
        return self.release_date[:4]

    @property
    def license_title(self) -> str:
        """``cc-by-4.0`` as ``CC BY 4.0``."""
        return self.license.upper().replace("-", " ", 2)

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        return {key: list(value) if isinstance(value, tuple) else value for key, value in out.items()}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CardOptions:
        return cls(**{key: tuple(value) if isinstance(value, list) else value for key, value in data.items()})


# --------------------------------------------------------------------------- agreement


def load_agreement(path: str | Path) -> dict[str, Any] | None:
    """Read ``annotations/agreement.json`` (format: docs/hub.md); ``None`` if the file is absent."""
    from newsgold.jsonio import InputError, load_json

    path = Path(path)
    if not os.path.lexists(path):
        return None
    try:
        data = load_json(path, "agreement figures (JSON: annotators, documents, scores)")
    except InputError as err:
        raise HubError(str(err)) from None
    problems = []
    if not isinstance(data, dict):
        raise HubError(f"{path}: expected a JSON object with annotators, documents and scores")
    if not (isinstance(data.get("annotators"), list) and len(data["annotators"]) >= 2):
        problems.append("'annotators' must list at least two annotators")
    if not (isinstance(data.get("documents"), list) and data["documents"]):
        problems.append("'documents' must list the documents measured")
    scores = data.get("scores")
    if not (isinstance(scores, list) and scores):
        problems.append("'scores' must be a non-empty list")
    else:
        for i, score in enumerate(scores):
            if not isinstance(score, dict) or not {"layer", "measure", "value"} <= set(score):
                problems.append(f"scores[{i}] needs layer, measure and value")
            elif isinstance(score["value"], bool) or not isinstance(score["value"], (int, float)):
                problems.append(f"scores[{i}].value must be a number")
    if problems:
        raise HubError(f"{path}: {'; '.join(problems)}")
    return data


# --------------------------------------------------------------------------- YAML metadata


def size_category(n: int) -> str:
    for limit, name in ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"), (1_000_000, "100K<n<1M")):
        if n < limit:
            return name
    return "n>1M"


def card_data(manifest: Mapping[str, Any], features: Mapping[str, Features]):
    """The ``DatasetCardData`` of the export: configs (one default), dataset_info and the rest."""
    from datasets import DatasetInfo, SplitDict, SplitInfo
    from datasets.info import DatasetInfosDict
    from huggingface_hub import DatasetCardData

    options = CardOptions.from_dict(manifest["card"])
    configs_info = manifest["configs"]
    configs = []
    for config in CONFIGS:
        entry: dict[str, Any] = {
            "config_name": config,
            "data_files": data_files(manifest, config),
        }
        if config == DEFAULT_CONFIG:
            entry["default"] = True
        configs.append(entry)
    mixed = manifest["text"] == TEXT_INCLUDE  # the seed's copyrighted text is in this copy
    data = DatasetCardData(
        pretty_name=options.pretty_name,
        language=["en"],
        license="other" if mixed else options.license,
        annotations_creators=list(options.annotations_creators),
        language_creators=["found"],
        multilinguality=["monolingual"],
        size_categories=[size_category(max(info["rows"] for info in configs_info.values()))],
        source_datasets=["original"],
        task_categories=["token-classification", "text-classification"],
        task_ids=["named-entity-recognition"],
        tags=["news", "named-entities", "event-extraction", "stance", "information-extraction", "evaluation"],
        configs=configs,
    )
    if mixed or options.license == "other":
        data.license_name = options.license_name
        data.license_link = options.license_link
    infos = DatasetInfosDict()
    for config in CONFIGS:
        info = configs_info[config]
        splits = SplitDict()
        for split, shard in info["splits"].items():
            splits.add(SplitInfo(name=split, num_bytes=shard["num_bytes"], num_examples=shard["rows"]))
        infos[config] = DatasetInfo(
            features=features[config],
            splits=splits,
            download_size=info["download_size"],
            dataset_size=info["num_bytes"],
        )
    infos.to_dataset_card_data(data)
    return data


# --------------------------------------------------------------------------- body


def _stats_block(stats: Mapping[str, Any]) -> str:
    lines = [
        STATS_BEGIN,
        f"{stats['documents']} document(s), {stats['paragraphs']} paragraphs, "
        f"{stats['sentences']} sentences, {stats['characters']} characters.",
        "",
        "| layer | category | count |",
        "|---|---|---:|",
    ]
    for layer, counts in stats["layers"].items():
        for category, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            lines.append(f"| {layer} | {category} | {n} |")
    for layer, counts in stats["layers"].items():
        if layer != "entity clusters":
            lines.append(f"| **{layer} total** |  | **{sum(counts.values())}** |")
    lines.append(STATS_END)
    return "\n".join(lines)


def parse_stats_block(card_text: str) -> dict[str, Any]:
    """The figures of the card's statistics block, for checking them against ``corpus_stats``."""
    try:
        block = card_text.split(STATS_BEGIN, 1)[1].split(STATS_END, 1)[0]
    except IndexError:
        raise HubError("the card has no statistics block") from None
    head = block.strip().splitlines()[0]
    numbers = [int(word) for word in head.replace(",", " ").replace("(s)", "").split() if word.isdigit()]
    out: dict[str, Any] = dict(zip(("documents", "paragraphs", "sentences", "characters"), numbers))
    layers: dict[str, dict[str, int]] = {}
    totals: dict[str, int] = {}
    for line in block.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 3 or cells[0] in ("layer", "---") or not line.startswith("|"):
            continue
        if cells[0].startswith("**"):
            totals[cells[0].strip("*").removesuffix(" total")] = int(cells[2].strip("*"))
        else:
            layers.setdefault(cells[0], {})[cells[1]] = int(cells[2])
    out["layers"] = layers
    out["totals"] = totals
    return out


def _agreement_block(agreement: Mapping[str, Any] | None) -> str:
    if agreement is None:
        return (
            "Inter-annotator agreement: **not yet measured**. When `annotations/agreement.json` "
            "exists in the source repository, the next export reports its figures here."
        )
    lines = [
        f"Measured between {', '.join(map(str, agreement['annotators']))} on "
        f"{len(agreement['documents'])} document(s).",
    ]
    if agreement.get("method"):
        lines += ["", str(agreement["method"])]
    lines += ["", "| layer | measure | value | note |", "|---|---|---:|---|"]
    for score in agreement["scores"]:
        value = score["value"]
        shown = f"{value:.3f}" if isinstance(value, float) else str(value)
        lines.append(f"| {score['layer']} | {score['measure']} | {shown} | {score.get('note', '')} |")
    if agreement.get("details"):
        lines += ["", f"Details: {agreement['details']}."]
    return "\n".join(lines)


def _repo_link(options: CardOptions, path: str) -> str:
    if not options.repo_url:
        return f"`{path}`"
    return f"[{path}]({options.repo_url.rstrip('/')}/blob/main/{path})"


def home_url(manifest: Mapping[str, Any], options: CardOptions) -> str | None:
    """Where the dataset lives: its Hub page, else the source repository, else nowhere yet."""
    repo_id = manifest.get("repo_id")
    return f"https://huggingface.co/datasets/{repo_id}" if repo_id else options.repo_url


def _load_name(manifest: Mapping[str, Any]) -> str:
    return manifest.get("repo_id") or "path/to/export"


def card_body(manifest: Mapping[str, Any], features: Mapping[str, Features]) -> str:
    options = CardOptions.from_dict(manifest["card"])
    stats = manifest["stats"]
    docs = manifest["corpus"]["documents"]
    n_docs = len(docs)
    included = manifest["text"] == TEXT_INCLUDE
    name = _load_name(manifest)
    configs = manifest["configs"]
    ner = manifest["ner"]
    labels = manifest["labels"]
    persons = stats["layers"]["entities"].get("PERSON", 0)
    annotators = manifest["annotators"]
    outlets = sorted({d.get("outlet") or "unknown outlet" for d in docs})
    dates = sorted({d.get("published") or "unknown date" for d in docs})

    guidelines = (
        ", ".join(_repo_link(options, g) for g in options.guidelines)
        if options.guidelines
        else "the `annotations/` folder of the newsgold source"
    )
    home = home_url(manifest, options)
    authors = " and ".join(options.authors)
    text_state = (
        "**This copy includes the article text.** The text is copyrighted news: keep this copy "
        "for your own research use and do not redistribute it."
        if included
        else "**This copy omits the article text**: it ships offsets, labels and each document's "
        "sha256, and `text` / span `text` / `tokens` are null. Re-attach the text from your own "
        "copy of the article with `newsgold export rehydrate` (see below)."
    )
    config_rows = {
        "documents": "one document: id, sha256, character count, text, metadata (JSON), paragraph and sentence offsets",
        "entities": "one annotation record: entity clusters and entity mentions (span, ClassLabel type, cluster)",
        "events": "one annotation record: events (trigger span, ClassLabel type, arguments with role, span, head, "
        "entity/cluster refs; polarity, modality, ACLED, PLOVER)",
        "stance": "one annotation record: stances (holder span or author, event/entity target, label, kind, "
        "factuality, evidence span)",
        NER_CONFIG: "one sentence: `tokens`, `ner_tags` (ClassLabel, BIO), token character offsets",
    }
    split_names = manifest["splits"]
    config_table = "\n".join(
        f"| `{config}`{' (default)' if config == DEFAULT_CONFIG else ''} | {config_rows[config]} | "
        + " | ".join(str(configs[config]["splits"].get(split, {}).get("rows", 0)) for split in split_names) + " |"
        for config in CONFIGS
    )
    unrepresentable = len(ner["unrepresentable_entities"])

    sections = [
        f"# Dataset Card for {options.pretty_name}",
        f"{options.pretty_name} is a small gold-annotated English news corpus for **evaluating** "
        "information-extraction systems: named entities (OntoNotes 5.0 types), events with arguments "
        "(RAMS / AIDA-1 ontology, ACLED and PLOVER codes) and stance (holder, target, label, evidence), "
        "on exact character offsets. It ships with a toolkit that scores systems against it.",
        "## Dataset Details",
        "### Dataset Description",
        "\n".join(
            [
                f"- **Curated by:** the {options.pretty_name} project",
                "- **Language:** English (`en`)",
                f"- **License:** the annotations are {options.license_title} "
                f"({options.license_url}); each article text keeps its own licence — see [{LICENSE}]({LICENSE}) "
                "and *Text and rights* below",
                f"- **Size:** {n_docs} document(s) ({split_summary(manifest)}) from {', '.join(outlets)}, "
                f"published {', '.join(dates)}",
                f"- **Corpus version:** `{manifest['corpus']['version']}`; label schema version "
                f"`{manifest['schema_version']}`; exported by newsgold {manifest['newsgold_version']}",
            ]
        ),
        "### Dataset Sources",
        f"- **Repository:** {options.repo_url or 'not yet public; this dataset page is the reference'}\n"
        f"- **Annotation guidelines:** {guidelines}",
        "## Uses",
        "### Direct Use",
        "Evaluating entity, event and stance extraction systems, with the newsgold scorer or any "
        "other: load a configuration, convert it back to newsgold records, and score predictions "
        "made on the same document text (the sha256 checks that).\n\n"
        "```python\n"
        "from datasets import load_dataset\n"
        "from newsgold.hub import records_from_datasets\n\n"
        f'layers = {{c: load_dataset("{name}", c, split="{EVALUATION_SPLIT}") for c in ("entities", "events", "stance")}}\n'
        "gold = records_from_datasets(layers)  # newsgold.records.Record objects\n"
        f'ner = load_dataset("{name}", "{NER_CONFIG}", split="{EVALUATION_SPLIT}")  # tokens / ner_tags for transformers\n'
        "```\n\n"
        f"Report scores on `{EVALUATION_SPLIT}`; develop rules and prompts on `dev`. Without `split`, "
        "`load_dataset` returns every split, and `records_from_datasets` takes those too (dev, then test).",
        "### Out-of-Scope Use",
        "Training models (the corpus is far too small, and its `dev` split is for developing guidelines, rules "
        "and prompts, not for training); measuring "
        "anything about the people or groups named in the news; any use of the article text beyond "
        "what its rights holders allow.",
        "## Dataset Structure",
        splits_section(manifest, _repo_link(options, "docs/splits.md")),
        f"Configurations (the default is `{DEFAULT_CONFIG}`, the table every layer refers to by `doc_id`), "
        "with their rows per split:\n\n"
        "| configuration | one row is | " + " | ".join(f"{split} rows" for split in split_names) + " |\n"
        "|---|---|" + "---:|" * len(split_names) + "\n" + config_table,
        "Offsets are Python `str` indices into the document text, end exclusive; every span also "
        "carries its surface `text` (null when the text is omitted). A null list means the layer was not "
        "annotated, an empty list that nothing was found. Row *i* of `entities`, `events` and `stance` "
        "belong to the same annotation record. Labels are `ClassLabel`s in the label schema's order: "
        f"{len(labels['entity'])} entity types, {len(labels['event_type'])} event types, "
        f"{len(labels['role'])} argument roles, {len(labels['stance_label'])} stance labels, "
        f"{len(labels['factuality'])} factuality values.",
        f"`{NER_CONFIG}`: tokens from the {ner['tokenizer']} within each corpus sentence, tags `O`, `B-X`, "
        f"`I-X` for the {len(labels['entity'])} entity types. A token that an entity boundary falls inside "
        f"is split there ({ner['split_tokens']} split(s)), so the tags give back the exact entity spans; "
        f"{unrepresentable} entity mention(s) could not be expressed in per-sentence BIO.",
        "### Statistics",
        "Computed by `newsgold.stats.corpus_stats`, the figures `newsgold corpus stats` prints:\n\n"
        + _stats_block(stats)
        + "\n\nPer split and source (documents, sentences, characters), and the gold per split:\n\n"
        + parts_block(stats),
        "## Dataset Creation",
        "### Curation Rationale",
        "Extraction systems are usually scored on corpora whose text, offsets and label sets drift "
        "between versions. newsgold pins the text by hash, stores every span with its surface text and "
        "keeps the label schema as data, so that two scores with the same signature are comparable.",
        "### Source Data",
        "#### Data Collection and Processing",
        "Seed articles are kept byte for byte as received; `newsgold corpus build` turns them into "
        "documents with the exact text, its sha256, metadata, and paragraph and sentence offsets "
        "(spaCy's rule-based sentencizer, no model).",
        "#### Who are the source data producers?",
        f"News journalists and agencies: {', '.join(outlets)}.",
        "### Annotations",
        "#### Annotation process",
        f"Gold annotations follow the annotation guidelines ({guidelines}), which give the rule behind "
        "each decision (an item's `note` names the rule where it was not obvious). Every gold file is "
        "validated strictly against the record format, the label schema and the corpus (offsets, surface "
        "text, argument heads, ids, references, document hash) before it is accepted.",
        "#### Inter-annotator agreement",
        _agreement_block(manifest.get("agreement")),
        "#### Who are the annotators?",
        "Language-model annotators following the guidelines, not people (hence `annotations_creators: "
        "machine-generated`); independent annotations were compared and adjudicated as the guidelines' "
        "README describes. "
        + (f"Annotator ids in the records: {', '.join(f'`{a}`' for a in annotators)}." if annotators
           else "The records carry no annotator ids."),
        "#### Personal and Sensitive Information",
        f"The news names real people: the gold marks {persons} PERSON mention(s). They appear as "
        "reported in published news; the annotations add nothing about them beyond what the text says "
        "(their mention type, and their stance as reported). Do not use the corpus to profile "
        "individuals. Redistributing the text is also a privacy decision, which is one more reason the "
        "export omits it by default.",
        "## Bias, Risks, and Limitations",
        f"- **A corpus of {n_docs} article(s) today.** Per-category figures rest on a handful of "
        "mentions; confidence intervals are wide and many categories never occur. Treat scores as "
        "a smoke test, not a benchmark ranking.\n"
        f"- One language, {len(outlets)} outlet(s), published {', '.join(dates)}: the corpus "
        "reflects the framing, topics and vocabulary of those outlets at that time.\n"
        "- The label inventories (OntoNotes, AIDA-1, SemEval-style stance, FactBank) carry their own "
        "conventions; annotation decisions on boundaries and types follow the guidelines, and other "
        "reasonable readings exist.",
        "### Recommendations",
        "Report the newsgold scorer's signature with every number, give confidence intervals (the "
        "scorer's bootstrap), and do not compare systems on categories with only a few mentions.",
        "## Text and rights",
        "The seed text is copyrighted news. **The export's default is `--text omit`**: offsets, labels "
        "and each document's sha256 are published, the text is not, because the project has no right "
        "to redistribute the articles and the annotations are usable without them by anyone who has the "
        "article. `--text include` exists for local, private use.\n\n"
        + text_state
        + "\n\nTo re-attach the text from your own copy (a folder of `<doc_id>.txt` files, or a single "
        "file for a one-document export):\n\n"
        "```bash\n"
        + (f"hf download {manifest['repo_id']} --repo-type dataset --local-dir path/to/export\n"
           if manifest.get("repo_id") else "")
        + "newsgold export rehydrate path/to/export path/to/rehydrated --texts path/to/my/articles\n"
        "```\n\n"
        "Rehydration refuses any copy whose sha256 differs from the document's `sha256`, since offsets "
        "are only meaningful on the exact text.",
        "## Citation",
        "```bibtex\n"
        f"@misc{{{options.pretty_name.lower().replace(' ', '_')}_{options.year},\n"
        f"  author = {{{{{authors}}}}},\n"
        f"  title = {{{{{options.pretty_name}}}: a gold-annotated news corpus for entity, event and stance "
        "extraction evaluation},\n"
        f"  year = {{{options.year}}},\n"
        + (f"  howpublished = {{\\url{{{home}}}}},\n" if home else "")
        + f"  note = {{corpus version {manifest['corpus']['version']}, released {options.release_date}; "
        f"annotations {options.license_title}}}\n"
        "}\n```",
        "## Glossary",
        "- **record**: one document's annotations in all layers.\n"
        "- **span**: `[start, end)` character offsets into the exact document text.\n"
        "- **holder**: who takes a stance: a mention in the text, or the article's author.\n"
        "- **rehydrate**: re-attach the omitted text from your own, hash-checked copy.",
        "## More Information",
        "Croissant metadata: [`croissant.json`](croissant.json). Export manifest: `newsgold_export.json`.",
        "## Dataset Card Authors",
        f"Generated by `newsgold export hf` from the {options.pretty_name} project's data.",
        "## Dataset Card Contact",
        (f"Issues at {options.repo_url}." if options.repo_url else "The discussions of this dataset's Hub page."),
    ]
    return "\n\n".join(sections) + "\n"


def render_card(manifest: Mapping[str, Any], features: Mapping[str, Features]) -> str:
    data = card_data(manifest, features)
    return f"---\n{data.to_yaml()}\n---\n\n{card_body(manifest, features)}"
