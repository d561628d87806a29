"""``--format github``: workflow-command annotations, and a Markdown job summary.

GitHub shows only a handful of annotations per step (ten of each level), so every finding is
also in the job summary: counts per category, then a table of the findings. The summary is
appended to ``$GITHUB_STEP_SUMMARY`` when GitHub sets it, else written after the annotations.
"""

from __future__ import annotations

import os
from typing import TextIO

from mtcheck.model import Severity
from mtcheck.pipeline import Report
from mtcheck.report.locations import file_region
from mtcheck.report.locations import relative_path as uri

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
SUMMARY_ROWS = 500
"""Findings listed in the job summary (GitHub caps a summary at 1 MiB)."""


def write(report: Report, stream: TextIO) -> None:
    """Write one annotation per finding and input problem, then the job summary."""
    for doc in report.corpus.documents:
        for f in doc.findings or ():
            line, col, end_line, end_col = file_region(doc, f.start, f.end)
            props = {"file": uri(doc.path), "line": line, "col": col, "endLine": end_line, "endColumn": end_col,
                     "title": f"{f.code} {f.name}"}
            fix = f" Fix: {f.fix.title}." if f.fix else ""
            stream.write(f"::{COMMANDS[f.severity]} {_properties(props)}::{_data(f.message + '.' + fix)}\n")
    for p in report.corpus.problems:
        props = {"file": uri(p.path), **({"line": p.line} if p.line else {}), "title": "mtcheck input error"}
        stream.write(f"::error {_properties(props)}::{_data(p.message)}\n")
    summary = markdown_summary(report)
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if target:
        with open(target, "a", encoding="utf-8") as out:
            out.write(summary)
    else:
        stream.write(summary)


def markdown_summary(report: Report) -> str:
    """The job summary: totals, findings per category, and the findings themselves."""
    findings = [(doc, f) for doc in report.corpus.documents for f in doc.findings or ()]
    counts = {s: sum(f.severity is s for _, f in findings) for s in Severity}
    lines = [
        "## mtcheck",
        "",
        f"{len(report.corpus.documents)} documents: **{counts[Severity.ERROR]} errors**, "
        f"{counts[Severity.WARNING]} warnings, {counts[Severity.INFO]} notices"
        + (f"; {len(report.corpus.problems)} inputs could not be read" if report.corpus.problems else "") + ".",
        "",
    ]
    if report.baseline is not None:
        lines += [f"Baseline `{report.baseline.path}`: {report.baseline.known} known findings not shown, "
                  f"{len(report.baseline.stale)} fixed since (stale).", ""]
    categories: dict[str, int] = {}
    for _, f in findings:
        categories[f.category] = categories.get(f.category, 0) + 1
    if categories:
        lines += ["| category | findings |", "|---|---:|", *(f"| {c} | {n} |" for c, n in sorted(categories.items())), ""]
        lines += ["| where | code | severity | message |", "|---|---|---|---|"]
        for doc, f in findings[:SUMMARY_ROWS]:
            line, col, _, _ = file_region(doc, f.start, f.end)
            message = f.message.replace("|", "\\|").replace("\n", " ")
            lines.append(f"| `{uri(doc.path)}:{line}:{col}` | {f.code} | {f.severity.value} | {message} |")
        if len(findings) > SUMMARY_ROWS:
            lines.append(f"\n…and {len(findings) - SUMMARY_ROWS} more: run `mtcheck report` locally for all of them.")
    return "\n".join(lines) + "\n"


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _properties(props: dict[str, object]) -> str:
    return ",".join(f"{k}={_data(str(v)).replace(':', '%3A').replace(',', '%2C')}" for k, v in props.items())
