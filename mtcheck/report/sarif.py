"""``--format sarif``: SARIF 2.1.0, the format code-scanning dashboards (GitHub, GitLab, Azure) read.

One run; every check that ran is a rule (its documentation is the rule's help); every finding is
a result at its place in the file on disk (``report.locations``), with the document id as a
logical location for documents cut out of feeds, TMX, XLIFF or JSONL files, and mtcheck's
fingerprint as a partial fingerprint so dashboards follow a finding across commits.
Unreadable inputs are tool execution notifications.
"""

from __future__ import annotations

import inspect
import json
from pathlib import Path
from typing import Any, TextIO

from mtcheck import __version__
from mtcheck.checks.pages import url
from mtcheck.model import Severity
from mtcheck.pipeline import Report
from mtcheck.report.locations import file_region, relative_path

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def write(report: Report, stream: TextIO) -> None:
    """Write the report as one SARIF log."""
    json.dump(to_sarif(report), stream, ensure_ascii=False, indent=2)
    stream.write("\n")


def to_sarif(report: Report) -> dict[str, Any]:
    """The SARIF log as plain JSON data."""
    rules = list(report.checks)
    index = {c.code: k for k, c in enumerate(rules)}
    results = []
    for doc in report.corpus.documents:
        for f in doc.findings or ():
            line, col, end_line, end_col = file_region(doc, f.start, f.end)
            results.append({
                "ruleId": f.code,
                "ruleIndex": index[f.code],
                "level": LEVELS[f.severity],
                "message": {"text": f.message + (f" (fix: {f.fix.title})" if f.fix else "")},
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": {"uri": uri(doc.path)},
                        "region": {"startLine": line, "startColumn": col, "endLine": end_line, "endColumn": end_col,
                                   "snippet": {"text": f.text}},
                    },
                    "logicalLocations": [{"fullyQualifiedName": doc.id, "kind": "document"}],
                }],
                "partialFingerprints": {"mtcheck/v1": f.fingerprint},
                "properties": {"category": f.category, "suggestion": f.suggestion, "evidence": dict(f.evidence)},
            })
    notifications = [
        {"level": "error", "message": {"text": p.message},
         "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri(p.path)},
                                             **({"region": {"startLine": p.line}} if p.line else {})}}]}
        for p in report.corpus.problems
    ]
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "mtcheck",
                "version": __version__,
                "informationUri": "https://github.com/mtcheck/mtcheck",
                "rules": [_rule(c) for c in rules],
            }},
            "columnKind": "unicodeCodePoints",
            "invocations": [{"executionSuccessful": not report.corpus.problems,
                             "toolExecutionNotifications": notifications}],
            "results": results,
        }],
    }


def _rule(check: Any) -> dict[str, Any]:
    doc = inspect.cleandoc(check.__doc__ or "")
    return {
        "id": check.code,
        "name": check.name,
        "shortDescription": {"text": check.summary()},
        "fullDescription": {"text": doc},
        "help": {"text": check.help or check.summary()},
        "helpUri": url(check),
        "defaultConfiguration": {"level": LEVELS[check.severity]},
        "properties": {"category": check.category, "tags": [check.category]},
    }


def uri(path: str) -> str:
    """A path relative to the working directory when it is under it (what dashboards resolve), else a file URI."""
    if path == "-":
        return "stdin"
    relative = relative_path(path)
    return Path(relative).as_uri() if relative.startswith("/") else relative
