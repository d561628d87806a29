"""``--format junit``: JUnit XML, one test case per document, for CI systems that chart test results.

A document fails when it has a finding at or above ``fail-on`` (the failure lists them); its
other findings go to ``system-out``. An input that could not be read is a test case in error.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import TextIO

from mtcheck.model import Document, Finding
from mtcheck.pipeline import Report
from mtcheck.report.locations import file_region


def write(report: Report, stream: TextIO) -> None:
    """Write the report as a ``<testsuites>`` document."""
    threshold = report.config.fail_on.rank
    suite = ET.Element("testsuite", name="mtcheck")
    failures = errors = 0
    for doc in report.corpus.documents:
        case = ET.SubElement(suite, "testcase", classname="mtcheck", name=_xml(doc.id), file=_xml(doc.path))
        failing = [f for f in doc.findings or () if f.severity.rank >= threshold]
        others = [f for f in doc.findings or () if f.severity.rank < threshold]
        if failing:
            failures += 1
            failure = ET.SubElement(case, "failure", type=failing[0].severity.value,
                                    message=f"{len(failing)} finding(s) at or above {report.config.fail_on.value}")
            failure.text = _xml("\n".join(_line(doc, f) for f in failing))
        if others:
            ET.SubElement(case, "system-out").text = _xml("\n".join(_line(doc, f) for f in others))
    for problem in report.corpus.problems:
        errors += 1
        case = ET.SubElement(suite, "testcase", classname="mtcheck", name=_xml(problem.path), file=_xml(problem.path))
        ET.SubElement(case, "error", type="input", message=_xml(str(problem)))
    total = len(report.corpus.documents) + len(report.corpus.problems)
    suite.attrib.update(tests=str(total), failures=str(failures), errors=str(errors), skipped="0")
    root = ET.Element("testsuites", name="mtcheck", tests=str(total), failures=str(failures), errors=str(errors))
    root.append(suite)
    ET.indent(root)
    stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    stream.write(ET.tostring(root, encoding="unicode"))
    stream.write("\n")


def _line(doc: Document, f: Finding) -> str:
    line, col, _, _ = file_region(doc, f.start, f.end)
    fix = f" (fix: {f.fix.title})" if f.fix else ""
    return f"{doc.path}:{line}:{col}: {f.code} {f.message} [{f.name}] {f.severity.value}{fix}"


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""Characters XML 1.0 cannot hold, escaped or not: a corpus's control characters would make the
whole report unreadable to the CI system."""


def _xml(text: str) -> str:
    """``text`` with each character XML cannot hold written as its code ("\\x01")."""
    return _NOT_XML.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
