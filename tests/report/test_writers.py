from __future__ import annotations

import io
import json
import shutil
import subprocess
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from mtcheck.config import Config
from mtcheck.pipeline import run
from mtcheck.report import BINARY_WRITERS, WRITERS, OutputFormat, html, text
from mtcheck.report import json as json_writer
from tests.conftest import CORPUS


@pytest.fixture(scope="module")
def report():  # type: ignore[no-untyped-def]
    return run(Config(paths=(str(CORPUS),), backtranslation=False))


def test_every_format_has_a_writer() -> None:
    assert set(WRITERS) | set(BINARY_WRITERS) == set(OutputFormat) and not set(WRITERS) & set(BINARY_WRITERS)


def test_json_report_validates_against_the_shipped_schema(report) -> None:  # type: ignore[no-untyped-def]
    schema = json.loads(resources.files("mtcheck.report").joinpath("schema.json").read_text(encoding="utf-8"))
    data = json_writer.to_dict(report)
    jsonschema.validate(data, schema)
    assert data["summary"]["documents"] == 6
    assert data["settings"]["backtranslation"] is None
    broken = dict(data, documents=[{"id": "x"}])
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_json_output_is_deterministic(report) -> None:  # type: ignore[no-untyped-def]
    a, b = io.StringIO(), io.StringIO()
    json_writer.write(report, a)
    json_writer.write(report, b)
    assert a.getvalue() == b.getvalue()


def test_text_colours_only_when_asked(report) -> None:  # type: ignore[no-untyped-def]
    plain, coloured = io.StringIO(), io.StringIO()
    text.write(report, plain, colour=False)
    text.write(report, coloured, colour=True)
    assert "\033[" not in plain.getvalue() and "\033[31m" in coloured.getvalue()


def test_html_is_self_contained_and_highlights_findings(report) -> None:  # type: ignore[no-untyped-def]
    out = io.StringIO()
    html.write(report, out)
    page = out.getvalue()
    assert "<script" not in page and "http://" not in page and "https://" not in page.split("<main>")[0]
    assert page.count("<mark class='error'") >= 3
    assert "de Murati de Murati" in page and "[his]" in page
    # The paired document's alignment, side by side, with the dropped sentence shaded and open.
    assert page.count("<table class='align'>") == 1 and "<details class='align' open>" in page
    assert "<tr class='gap'><td class='n'>1-0</td><td>She will return to her previous role.</td><td></td>" in page


@pytest.mark.skipif(shutil.which("chromium") is None, reason="Debian's chromium is not installed (apt-get install chromium)")
def test_html_renders_in_headless_chromium(report, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "report.html"
    with page.open("w", encoding="utf-8") as fh:
        html.write(report, fh)
    flags = [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
    ]
    dom = subprocess.run(
        ["chromium", *flags, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120, check=True
    ).stdout
    assert "<mark class=\"error\"" in dom and "Categories" in dom
    shot = tmp_path / "shot.png"
    subprocess.run(
        ["chromium", *flags, f"--screenshot={shot}", "--window-size=1200,1600", page.as_uri()],
        capture_output=True, timeout=120, check=True,
    )
    assert shot.stat().st_size > 20_000  # a rendered page, not a blank one
