"""WebAnno / INCEpTION TSV 3: multi-token and stacked annotations, sub-token rows, escapes,
other layers dropped, offsets kept."""

from __future__ import annotations

import pytest

from newsgold.formats import FormatError, read_annotations

HEADER = ("#FORMAT=WebAnno TSV 3.3\n"
          "#T_SP=de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity|identifier|value\n"
          "#T_SP=webanno.custom.Sentiment|polarity\n"
          "#T_RL=webanno.custom.Knows|label|BT_de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity\n\n\n")


def rows(*lines):
    return "".join("\t".join(cols) + "\t\n" for cols in lines)  # INCEpTION ends each row with a tab


TSV = (
    HEADER
    + "#Text=Zoë Ödön lives in New York.\n"
    + rows(("1-1", "0-3", "Zoë", "*[1]", "PER[1]", "_", "_", "_"),
           ("1-2", "4-8", "Ödön", "*[1]", "PER[1]", "_", "_", "_"),
           ("1-3", "9-14", "lives", "_", "_", "positive", "_", "_"),
           ("1-4", "15-17", "in", "_", "_", "_", "_", "_"),
           ("1-5", "18-21", "New", "*[2]|*[3]", "LOC[2]|GPE[3]", "_", "_", "_"),
           ("1-6", "22-26", "York", "*[2]|*[3]", "LOC[2]|GPE[3]", "_", "_", "_"),
           ("1-7", "26-27", ".", "_", "_", "_", "_", "_"))
    + "\n#Text=She met Bob_Ross.\n"
    + rows(("2-1", "28-31", "She", "_", "_", "_", "_", "_"),
           ("2-2", "32-35", "met", "_", "_", "_", "_", "_"),
           ("2-3", "36-44", "Bob\\_Ross", "*", "PER", "_", "friend", "1-1[1_0]"),
           ("2-3.1", "36-39", "Bob", "*", "ORG", "_", "_", "_"),
           ("2-4", "44-45", ".", "_", "_", "_", "_", "_"))
)


def test_reads_entities_with_the_file_offsets(tmp_path):
    path = tmp_path / "doc.tsv"
    path.write_text(TSV, encoding="utf-8")
    got = read_annotations(path)
    assert got.format == "webanno"
    assert got.texts == {"doc-0001": "Zoë Ödön lives in New York.\nShe met Bob_Ross."}
    assert [(e.start, e.end, e.text, e.label) for e in got.records[0].entities] == [
        (0, 8, "Zoë Ödön", "PER"), (18, 26, "New York", "GPE"), (18, 26, "New York", "LOC"),
        (36, 44, "Bob_Ross", "PER"), (36, 39, "Bob", "ORG")]
    assert got.notes == ("doc.tsv: layer webanno.custom.Sentiment (span) dropped",
                         "doc.tsv: layer webanno.custom.Knows (relation) dropped")


def test_a_token_the_text_does_not_hold_names_the_line(tmp_path):
    path = tmp_path / "doc.tsv"
    path.write_text(TSV.replace("1-2\t4-8\tÖdön", "1-2\t4-8\tOdon"), encoding="utf-8")
    with pytest.raises(FormatError, match=rf"^{path}:9: token 'Odon' at 4-8: the #Text= line has 'Ödön' there"):
        read_annotations(path)


def test_a_row_with_missing_columns_names_the_line(tmp_path):
    path = tmp_path / "doc.tsv"
    path.write_text(TSV.replace("1-4\t15-17\tin\t_\t_\t_\t_\t_", "1-4\t15-17\tin\t_"), encoding="utf-8")
    with pytest.raises(FormatError, match=rf"^{path}:11: found 4 columns, expected 8"):
        read_annotations(path)
