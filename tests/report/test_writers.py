from __future__ import annotations

import io
import json
import os
import shutil
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from mtcheck.config import Config
from mtcheck.model import Finding, Severity
from mtcheck.pipeline import run
from mtcheck.report import BINARY_WRITERS, WRITERS, OutputFormat, html, text
from mtcheck.report import json as json_writer
from tests.conftest import CORPUS
from tests.report import browser


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


def test_text_shows_the_source_and_why_a_name_has_its_right_form(report) -> None:  # type: ignore[no-untyped-def]
    # The corpus's counts behind a name's fix, under the finding: a reader weighs the fix by them.
    out = io.StringIO()
    text.write(report, out, colour=False)
    lines = out.getvalue().splitlines()
    first = next(k for k, line in enumerate(lines) if "NE001 'Openai' should be written 'OpenAI'" in line)
    assert lines[first + 3].startswith("  │ why: 'OpenAI' from the termbase ")
    assert lines[first + 3].endswith("; the corpus writes it so 55 times in 6 documents")
    misspelt = next(k for k, line in enumerate(lines) if "openai-board.fr.txt" in line and "NE003 'Emmer Shear'" in line)
    assert lines[misspelt + 3].startswith("  │ source: OpenAI said on Sunday that Emmett Shear, the former head of Twitch")
    omitted = next(k for k, line in enumerate(lines) if ": AL001 " in line)
    assert lines[omitted + 3].startswith("  └ ")  # its message quotes the source sentence already
    untranslated = next(k for k, line in enumerate(lines) if ": TR001 " in line)
    assert lines[untranslated + 3].startswith("  └ help: ")  # a finding with no name's evidence has no "why"


def test_why_names_the_origin_of_a_form_unless_the_corpus_alone_vouches_for_it() -> None:
    def finding(origin: str, count: int) -> Finding:
        evidence = {"canonical": "Kowalnet", "canonical_from": origin, "canonical_count": count, "documents": 2}
        return Finding("NE001", "name-case", "name-case", Severity.ERROR, "d", 0, 8, "KOWALNET", "...", evidence=evidence)
    assert text.why(finding("corpus", 3)) == "'Kowalnet'; the corpus writes it so 3 times in 2 documents"
    termbase = "'Kowalnet' from the termbase names.tsv:4; the corpus never writes it so"
    assert text.why(finding("termbase names.tsv:4", 0)) == termbase


def test_html_is_self_contained_and_highlights_findings(report) -> None:  # type: ignore[no-untyped-def]
    out = io.StringIO()
    html.write(report, out)
    page = out.getvalue()
    assert "http://" not in page and "https://" not in page.split("<main>")[0] and "src=" not in page
    # One inline script, which reads no corpus text: every place shows without it.
    assert page.count("<script>") == 1 and "Openai" not in page.split("<script>")[1]
    assert page.count("<mark class='error'") >= 3
    assert "de Murati de Murati" in page and "[his]" in page
    # The paired document's alignment, side by side, with the dropped sentence shaded and open.
    assert page.count("<table class='align'>") == 1 and "<details class='align' open>" in page
    assert "<tr class='gap'><td class='n'>1-0</td><td>She will return to her previous role.</td><td></td>" in page


@pytest.mark.skipif(not browser.available(), reason="Debian's chromium is not installed (apt-get install chromium)")
def test_html_filters_and_groups_work_in_headless_chromium(report, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "report.html"
    with page.open("w", encoding="utf-8") as fh:
        html.write(report, fh)
    total = len(report.findings())
    errors = sum(f.severity.value == "error" for f in report.findings())
    chrome = browser.Browser(tmp_path / "profile")
    try:
        chrome.open(page.as_uri())
        visible = "[...document.querySelectorAll('ol.findings li')].filter(e => e.checkVisibility())"
        assert chrome.evaluate(f"{visible}.length") == total
        assert chrome.evaluate("document.querySelector('nav.filters .count').textContent") == str(total)
        # Unticking warning and info leaves the errors only.
        chrome.evaluate("['warning','info'].forEach(v => document.querySelector(`input[value=${v}]`).click())")
        assert chrome.evaluate(f"{visible}.length") == errors
        assert chrome.evaluate(f"{visible}.every(e => e.dataset.severity === 'error')")
        assert chrome.evaluate("document.querySelector('nav.filters .count').textContent") == str(errors)
        chrome.screenshot(tmp_path / "errors.png")
        # The biggest fix group, closed, expands to its places when its summary is clicked.
        group = "document.querySelector('details.group')"
        assert chrome.evaluate(f"{group}.querySelector('summary').textContent").startswith("error NE001 'Openai' → 'OpenAI'")
        assert chrome.evaluate(f"{group}.querySelector('li').checkVisibility()") is False
        chrome.evaluate(f"{group}.querySelector('summary').click()")
        assert chrome.evaluate(f"{group}.open") is True
        places = chrome.evaluate(f"[...{group}.querySelectorAll('li')].filter(e => e.checkVisibility()).length")
        assert chrome.evaluate(f"{group}.querySelector('.places').textContent") == f"{places} places" and places > 5
        # Choosing a document hides the others' sections.
        chrome.evaluate("const s = document.querySelector('select[data-filter=doc]'); s.value = s.options[1].value;"
                        "s.dispatchEvent(new Event('change', {bubbles: true}))")
        assert chrome.evaluate("[...document.querySelectorAll('section.doc')].filter(e => !e.hidden).length") == 1
        assert chrome.evaluate(f"{group}.querySelector('.docs').textContent") == "1 document"
        shot = tmp_path / "report.png"
        chrome.screenshot(shot)
        assert shot.stat().st_size > 20_000  # a rendered page, not a blank one
        # Printed: no filter bar.
        chrome.send("Emulation.setEmulatedMedia", {"media": "print"})
        assert chrome.evaluate("document.querySelector('nav.filters').checkVisibility()") is False
        if os.environ.get("HTML_REPORT_SCREENSHOTS"):  # where a person looks at the page
            for png in ("errors.png", "report.png"):
                shutil.copy(tmp_path / png, Path(os.environ["HTML_REPORT_SCREENSHOTS"]) / png)
    finally:
        chrome.close()
