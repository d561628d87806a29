"""``--format xlsx``: a workbook reviewers work through, as they do with other translation QA tools.

The "Findings" sheet has one row per finding, with the sentence it is in and the aligned source
sentence, frozen headers, filters and a "status" column (a drop-down) and a "comment" column for
the reviewer. The "Summary" sheet counts findings by severity, check and document. The hidden
last column is the finding's fingerprint: ``mtcheck report --baseline reviewed.xlsx`` reads the
sheet back and treats every row whose status is "false alarm" as known (see ``baseline``).
"""

from __future__ import annotations

from collections import Counter
from typing import BinaryIO

from mtcheck.entities.pairs import source_text_by_sentence
from mtcheck.model import Document, Finding, Severity
from mtcheck.pipeline import Report
from mtcheck.report.locations import file_place
from mtcheck.signature import signature

FINDINGS_SHEET = "Findings"
COLUMNS = (
    ("document", 28), ("line", 7), ("column", 8), ("code", 8), ("check", 20), ("category", 16), ("severity", 10),
    ("text", 24), ("source sentence", 50), ("target sentence", 50), ("suggestion", 24), ("message", 50),
    ("status", 14), ("comment", 30), ("fingerprint", 18),
)  # fmt: skip
STATUSES = ("to fix", "fixed", "false alarm", "accepted")
"""The reviewer's choices; "false alarm" rows are known findings for ``--baseline``."""
FALSE_ALARM = "false alarm"
_WRAPPED = {"source sentence", "target sentence", "message"}


def write(report: Report, stream: BinaryIO) -> None:
    """Write the workbook."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    sheet = book.active
    sheet.title = FINDINGS_SHEET
    sheet.append([name for name, _ in COLUMNS])
    for doc in report.corpus.documents:
        sources = source_text_by_sentence(doc) if doc.findings else {}
        for f in doc.findings or ():
            sheet.append(_row(doc, f, sources))
            for cell in sheet[sheet.max_row]:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type = "s"  # corpus text, never a formula
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDE2EA")
    for k, (name, width) in enumerate(COLUMNS, 1):
        letter = get_column_letter(k)
        sheet.column_dimensions[letter].width = width
        sheet.cell(1, k).font, sheet.cell(1, k).fill = bold, fill
        if name in _WRAPPED:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=k, max_col=k):
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.column_dimensions[get_column_letter(len(COLUMNS))].hidden = True
    sheet.freeze_panes = "A2"
    last = get_column_letter(len(COLUMNS))
    sheet.auto_filter.ref = f"A1:{last}{max(sheet.max_row, 2)}"
    status = get_column_letter(_column("status"))
    choices = DataValidation(type="list", formula1='"' + ",".join(STATUSES) + '"', allow_blank=True)
    choices.add(f"{status}2:{status}{max(sheet.max_row, 2) + 1000}")  # rows a reviewer adds get the list too
    sheet.add_data_validation(choices)
    _summary(book.create_sheet("Summary"), report, bold)
    book.save(stream)


def _column(name: str) -> int:
    """1-based index of a column of the findings sheet."""
    return [n for n, _ in COLUMNS].index(name) + 1


def _row(doc: Document, f: Finding, sources: dict[int, str]) -> list[object]:
    """A finding's row; ``sources`` is the aligned source text of each target sentence."""
    line, col = file_place(doc, f.start, f.end)
    segment = doc.segment_at(f.start)
    return [
        doc.id, line, col, f.code, f.name, f.category, f.severity.value, _cell(f.text),
        _cell(sources.get(segment.index, "") if segment else ""), _cell(segment.text if segment else ""),
        _cell(_suggestion(f)), _cell(f.message), "", "", f.fingerprint,
    ]


def _suggestion(f: Finding) -> str:
    """The replacement text; for a deletion (an empty replacement, which a cell cannot tell from
    none) the fix's title, "Delete ..."."""
    if f.suggestion == "" and f.fix is not None:
        return f.fix.title
    return f.suggestion or ""


_CONTROL = dict.fromkeys(c for c in range(32) if c not in (9, 10, 13))


def _cell(value: str) -> str:
    """A string a worksheet cell holds: openpyxl refuses control characters."""
    return value.translate(_CONTROL)


def _summary(sheet, report: Report, bold) -> None:  # type: ignore[no-untyped-def]
    findings = report.findings()
    rows: list[list[object]] = [
        ["mtcheck report", ""],
        ["documents", len(report.corpus.documents)],
        ["findings", len(findings)],
        *([s.value, sum(f.severity is s for f in findings)] for s in Severity),
        ["signature", signature(report)],
        [],
        ["check", "findings"],
        *([code, n] for code, n in sorted(Counter(f"{f.code} {f.name}" for f in findings).items())),
        [],
        ["document", "findings"],
        *([d.id, len(d.findings or ())] for d in sorted(report.corpus.documents, key=lambda d: -len(d.findings or ()))),
    ]
    for row in rows:
        sheet.append(row)
        if row and row[0] in ("mtcheck report", "check", "document"):
            sheet.cell(sheet.max_row, 1).font = bold
            sheet.cell(sheet.max_row, 2).font = bold
    sheet.column_dimensions["A"].width = 40
    sheet.column_dimensions["B"].width = 60
