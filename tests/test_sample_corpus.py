"""End to end on corpora/news-fr: the findings the issue names, at their exact offsets."""

from __future__ import annotations

import json

import pytest

from tests.conftest import CORPUS, run_cli

NEWS = CORPUS / "news-fr"


@pytest.fixture(scope="module")
def report() -> dict:
    import contextlib
    import io

    from mtcheck.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        rc = main(["report", str(NEWS), "--no-backtranslation", "--format", "json"])
    assert rc == 1  # there are errors in this corpus
    return json.loads(out.getvalue())


def findings(report: dict, doc_prefix: str) -> list[dict]:
    doc = next(d for d in report["documents"] if d["id"].startswith(doc_prefix))
    return doc["findings"]


def target(doc_prefix: str) -> str:
    path = next(NEWS.glob(f"{doc_prefix}*.txt"))
    return path.read_bytes().decode("utf-8")


def at(report: dict, doc_prefix: str, code: str, text: str) -> dict:
    matches = [f for f in findings(report, doc_prefix) if f["code"] == code and f["text"] == text]
    assert len(matches) == 1, [(f["code"], f["text"]) for f in findings(report, doc_prefix)]
    found = matches[0]
    assert target(doc_prefix)[found["start"] : found["end"]] == text
    return found


def test_english_headline_of_000_is_untranslated(report: dict) -> None:
    f = at(report, "000", "TR001", "OpenAI CTO Mira Murati Is Leaving the Company")
    assert (f["start"], f["category"], f["severity"]) == (0, "untranslated", "error")


def test_repeated_words_in_000(report: dict) -> None:
    text = target("000")
    f = at(report, "000", "DU001", "de Murati de Murati")
    assert f["start"] == text.index("de Murati de Murati") and f["suggestion"] == "de Murati"


def test_his_placeholder_in_002(report: dict) -> None:
    f = at(report, "002", "TR003", "[his]")
    assert f["start"] == target("002").index("[his]") and f["category"] == "placeholder"


def test_source_link_in_003(report: dict) -> None:
    f = at(report, "003", "TR002", "Source link")
    assert f["start"] == target("003").rindex("Source link") and f["category"] == "untranslated"


def test_repeated_first_paragraph_in_004(report: dict) -> None:
    text = target("004")
    first = text.split("\n")[0]
    f = at(report, "004", "DU002", first)
    assert f["start"] == text.index(first, 1) and f["evidence"]["first_line"] == 1


def test_nothing_untranslated_in_001_written_by_a_french_newsroom(report: dict) -> None:
    assert [f for f in findings(report, "001") if f["category"] == "untranslated"] == []


def test_glued_sentence_in_002(report: dict) -> None:
    f = at(report, "002", "FM003", "informationLe")
    assert f["suggestion"] == "information. Le"


def test_every_finding_points_at_its_text(report: dict) -> None:
    for doc in report["documents"]:
        text = target(doc["id"].split("/")[-1][:3])
        for f in doc["findings"]:
            assert text[f["start"] : f["end"]] == f["text"]


def test_text_report_lists_findings_with_line_and_column(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = run_cli(["report", str(CORPUS), "--no-backtranslation", "--color", "never"], capsys)
    assert rc == 1
    assert "news-fr/000_499b311b024a4708.txt:1:1: TR001 " in out
    assert "news-fr/003_75b110f96d8c4532.txt:24:1: TR002 'Source link' is English page chrome" in out
    assert "signature: mtcheck:" in out


def test_paired_sample_reports_the_dropped_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = run_cli(["report", str(CORPUS / "paired"), "--no-backtranslation", "--format", "json",
                          "--select", "AL"], capsys)
    doc = json.loads(out)["documents"][0]
    assert rc == 0  # omissions are warnings
    assert [(f["code"], f["evidence"]["source"]) for f in doc["findings"]] == [
        ("AL001", "She will return to her previous role.")
    ]
    assert doc["findings"][0]["text"].startswith("Mira Murati, la directrice technique")


def test_without_the_glossary_the_corpus_is_the_evidence(report: dict) -> None:
    """corpora/news-fr alone (the glossary sits in corpora/): the names the other articles write
    again and again are found damaged, and the common noun is left alone."""
    assert at(report, "000", "NE001", "SUTSKEVER")["suggestion"] == "Sutskever"
    assert at(report, "000", "NE001", "x")["suggestion"] == "X"  # "sur x", where the corpus writes "sur X"
    outlet = [f for f in findings(report, "002") if f["code"] == "NE004"]
    assert [f["suggestion"] for f in outlet] == ["The Information", "The Information"]
    text = target("001")
    assert "payer pour l'information" in text.replace("’", "'")
    assert not [f for f in findings(report, "001") if f["code"].startswith("NE")]
