"""newsgold: a gold-annotated news corpus and a toolkit that scores extraction systems against it.

Notebook use::

    import newsgold
    corpus = newsgold.load_corpus()
    gold = newsgold.load_gold()
    preds, report = newsgold.read_predictions("preds.jsonl")
    report.raise_for_errors()
"""

from newsgold.corpus import Corpus, Document, build_corpus, load_corpus
from newsgold.records import Record
from newsgold.schema import LabelSchema, load_schema
from newsgold.validate import ValidationReport, load_gold, read_predictions, read_records, validate_file

__version__ = "0.1.0"

__all__ = [
    "Corpus",
    "Document",
    "LabelSchema",
    "Record",
    "ValidationReport",
    "build_corpus",
    "load_corpus",
    "load_gold",
    "load_schema",
    "read_predictions",
    "read_records",
    "validate_file",
    "__version__",
]
