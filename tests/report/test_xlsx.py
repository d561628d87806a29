"""``--format xlsx``: the workbook holds the JSON report's findings row for row, and a reviewer's
"false alarm" rows come back as known findings through ``--baseline``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from mtcheck.report.xlsx import COLUMNS, STATUSES
from tests.conftest import CORPUS, run_cli


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    from mtcheck.cli import main

    folder = tmp_path_factory.mktemp("xlsx")
    book, data = folder / "review.xlsx", folder / "report.json"
    for fmt, out in (("xlsx", book), ("json", data)):
        assert main(["report", str(CORPUS), "--no-backtranslation", "--no-progress", "--format", fmt, "-o", str(out)]) == 1
    return book, json.loads(data.read_text(encoding="utf-8"))


def test_rows_match_the_json_report(reports: tuple[Path, dict]) -> None:
    book_path, data = reports
    book = load_workbook(book_path)
    sheet = book["Findings"]
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == [name for name, _ in COLUMNS]

    def suggestion(f: dict) -> str | None:  # a deletion shows its title: an empty cell would say "no fix"
        return f["fix"]["title"] if f["suggestion"] == "" else f["suggestion"]


    expected = [(d["id"], f["line"], f["column"], f["code"], f["severity"], f["text"], suggestion(f), f["message"],
                 f["fingerprint"]) for d in data["documents"] for f in d["findings"]]
    at = {name: k for k, (name, _) in enumerate(COLUMNS)}
    got = [(r[at["document"]], r[at["line"]], r[at["column"]], r[at["code"]], r[at["severity"]], r[at["text"]],
            r[at["suggestion"]], r[at["message"]], r[at["fingerprint"]]) for r in rows[1:]]
    assert got == expected and len(got) == sum(data["summary"]["findings"].values())
    # The sentence and its aligned source, for the paired document's dropped-name finding.
    paired = [r for r in rows[1:] if r[at["document"]].startswith("paired/")]
    assert paired and all(r[at["source sentence"]] for r in paired) and all(r[at["target sentence"]] for r in paired)
    # Headers frozen, filters on every column, a drop-down of statuses, the summary sheet.
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref.startswith("A1:O")
    assert any(",".join(STATUSES) in (dv.formula1 or "") for dv in sheet.data_validations.dataValidation)
    summary = {r[0]: r[1] for r in book["Summary"].iter_rows(values_only=True) if r and r[0]}
    assert summary["findings"] == len(got) and summary["error"] == data["summary"]["findings"]["error"]


def test_false_alarms_marked_by_a_reviewer_are_known(
    reports: tuple[Path, dict], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book_path, data = reports
    book = load_workbook(book_path)
    sheet = book["Findings"]
    status = [name for name, _ in COLUMNS].index("status") + 1
    code = [name for name, _ in COLUMNS].index("code") + 1
    marked = 0
    for row in range(2, sheet.max_row + 1):
        if sheet.cell(row, code).value == "NE001":
            sheet.cell(row, status).value = "False alarm"
            marked += 1
        elif sheet.cell(row, code).value == "TR001":
            sheet.cell(row, status).value = "to fix"  # still to do: stays in the report
    reviewed = tmp_path / "reviewed.xlsx"
    book.save(reviewed)
    assert marked
    status_code, out, err = run_cli(
        ["report", str(CORPUS), "--no-backtranslation", "--format", "json", "--baseline", str(reviewed)], capsys)
    after = json.loads(out)
    codes = [f["code"] for d in after["documents"] for f in d["findings"]]
    assert "NE001" not in codes and "TR001" in codes
    assert sum(after["summary"]["findings"].values()) == sum(data["summary"]["findings"].values()) - marked


def test_a_workbook_that_is_not_a_report_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from openpyxl import Workbook

    other = tmp_path / "other.xlsx"
    Workbook().save(other)
    status, _, err = run_cli(["report", str(CORPUS), "--no-backtranslation", "--baseline", str(other)], capsys)
    assert status == 2
    assert err.strip() == f"mtcheck: error: {other}: no 'Findings' sheet; give a report written with --format xlsx"
    broken = tmp_path / "broken.xlsx"
    broken.write_text("not a workbook", encoding="utf-8")
    status, _, err = run_cli(["report", str(CORPUS), "--no-backtranslation", "--baseline", str(broken)], capsys)
    assert status == 2 and f"{broken}: not an Excel workbook" in err and len(err.strip().splitlines()) == 1
