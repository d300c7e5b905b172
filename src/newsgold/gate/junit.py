"""The gate's result as JUnit XML and JSON for CI: one test case per layer/metric/row.

JUnit: one ``<testsuite name="newsgold.<layer>">`` per layer, one
``<testcase classname="newsgold.<layer>" name="<metric>/<row>">`` per row, with a
``<failure>`` for a regressed row whose text lists the gold items of that row that newly
broke. CI systems (GitHub, GitLab, Jenkins) then show the failing category by name.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from newsgold.jsonio import dumps_pretty, write_atomic

from newsgold.gate.verdict import IMPROVED, REGRESSED, GateResult, RowVerdict


def _row_items(result: GateResult, row: RowVerdict, limit: int = 50) -> list[str]:
    matching = [c for c in result.newly_broken
                if (c.layer, c.metric) == (row.layer, row.metric) and (row.kind == "micro" or c.label == row.row)]
    lines = [f"newly broken: {len(matching)}"] if matching else []
    for c in matching[:limit]:
        lines.append(f"  {c.label} '{c.text or c.key}': {c.before} -> {c.after}" + (f"  | {c.context}" if c.context else ""))
    if len(matching) > limit:
        lines.append(f"  ... and {len(matching) - limit} more")
    return lines


_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_text(xml: str) -> str:
    """XML 1.0 cannot hold these characters even escaped: write them as ``\\x1b``-style escapes."""
    return _NOT_XML.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), xml)


def _message(row: RowVerdict) -> str:
    return f"{row.name}: F1 {row.baseline_f1:.3f} -> {row.f1:.3f}: {row.reason}"


def junit_xml(result: GateResult) -> str:
    """JUnit XML text (see the module docstring)."""
    suites = ET.Element("testsuites", name="newsgold gate", tests=str(len(result.rows)),
                        failures=str(len(result.regressed)), errors="0")
    for layer in dict.fromkeys(r.layer for r in result.rows):
        rows = [r for r in result.rows if r.layer == layer]
        suite = ET.SubElement(suites, "testsuite", name=f"newsgold.{layer}", tests=str(len(rows)),
                              failures=str(sum(r.verdict == REGRESSED for r in rows)), errors="0", skipped="0")
        props = ET.SubElement(suite, "properties")
        ET.SubElement(props, "property", name="signature", value=str(result.signatures.get(layer, "")))
        ET.SubElement(props, "property", name="baseline", value=result.baseline_path or result.baseline_system)
        ET.SubElement(props, "property", name="policy", value=result.policy.describe())
        for r in rows:
            case = ET.SubElement(suite, "testcase", classname=f"newsgold.{layer}", name=f"{r.metric}/{r.row}", time="0")
            if r.verdict == REGRESSED:
                failure = ET.SubElement(case, "failure", message=_message(r), type="regression")
                failure.text = "\n".join([_message(r), *_row_items(result, r)])
            else:
                out = ET.SubElement(case, "system-out")
                out.text = ("improved: " if r.verdict == IMPROVED else "") + _message(r)
    ET.indent(suites)
    return _xml_text('<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n")


def write_junit(result: GateResult, path: str | Path) -> None:
    write_atomic(path, junit_xml(result))


def write_json(result: GateResult, path: str | Path) -> None:
    write_atomic(path, dumps_pretty(result.to_dict()))


def error_junit_xml(message: str) -> str:
    """JUnit XML for a gate that could not compare (exit 2): one errored test case."""
    suites = ET.Element("testsuites", name="newsgold gate", tests="1", failures="0", errors="1")
    suite = ET.SubElement(suites, "testsuite", name="newsgold.gate", tests="1", failures="0", errors="1", skipped="0")
    case = ET.SubElement(suite, "testcase", classname="newsgold.gate", name="comparable", time="0")
    error = ET.SubElement(case, "error", message=message.splitlines()[0] if message else "error", type="not-comparable")
    error.text = message
    ET.indent(suites)
    return _xml_text('<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n")


def write_error_files(message: str, json_path: str | Path | None, junit_path: str | Path | None) -> None:
    """On a refusal (exit 2), still give CI its files: the error as JSON and as an errored test case."""
    if json_path is not None:
        write_atomic(json_path, dumps_pretty({"format": "newsgold.gate/1", "status": "error", "exit_code": 2, "error": message}))
    if junit_path is not None:
        write_atomic(junit_path, error_junit_xml(message))
