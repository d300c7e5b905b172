"""Readers and writers for the annotation formats newsgold exchanges with other tools.

``read_annotations(path)`` gives ``Annotations`` (texts, records, notes) from CoNLL-2003 /
IOB1 / IOB2 / BIOES token files, CoNLL-U (CorefUD), WebAnno TSV 3, BRAT, spaCy DocBin, Label
Studio, doccano, a Hugging Face dataset or newsgold records; ``write_annotations`` writes token
files, BRAT, DocBin, Label Studio, doccano or newsgold records; ``detect_format`` names a
file's format. Every problem with an input is a ``FormatError`` naming the file and line.
"""

from newsgold.formats.annotations import Annotations
from newsgold.formats.convert import convert, output_format, read_annotations, write_annotations
from newsgold.formats.detect import FORMATS, WRITABLE, detect_format
from newsgold.formats.errors import FormatError

__all__ = [
    "FORMATS",
    "WRITABLE",
    "Annotations",
    "FormatError",
    "convert",
    "detect_format",
    "output_format",
    "read_annotations",
    "write_annotations",
]
