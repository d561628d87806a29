"""Generated inputs through the readers and every report writer: no crash, a valid report.

Each example writes a small corpus (plain text as arbitrary bytes or text, JSONL lines, an XLIFF
unit, a feed item) and runs `mtcheck report` on it in one output format. Whatever the input, the
exit status is 0, 1 or 2 (never 3, a bug), and a JSON, SARIF or JUnit report parses. CI runs a few
dozen examples; the documented run is larger, and fails any example over 10 s:

    MTCHECK_FUZZ_EXAMPLES=10000 python -m pytest tests/test_fuzz.py -q
"""

from __future__ import annotations

import io
import json
import os
import tempfile
import xml.dom.minidom
from datetime import timedelta
from html import escape
from pathlib import Path

import pytest

hypothesis = pytest.importorskip("hypothesis", reason="the fuzz test needs hypothesis (pip install -e '.[test]')")
from hypothesis import HealthCheck, example, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from openpyxl import load_workbook  # noqa: E402

from mtcheck import cli  # noqa: E402

_EXAMPLES = int(os.environ.get("MTCHECK_FUZZ_EXAMPLES", "30"))
_DEADLINE = timedelta(seconds=10) if "MTCHECK_FUZZ_EXAMPLES" in os.environ else None
"""The documented run also fails any example that takes over 10 s (a hang); CI's short run does not
time anything."""
_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=200)
_WORDY = st.lists(st.sampled_from(["Openai", "OpenAI", "le", "conseil", "a", "voté", ".", ",", "\n", "\r\n", " ", "«", "»",
                                   "Sutskever", "SUTSKEVER", "lundi", "The", "Information", "x" * 50, "\t", "…"]),
                  max_size=40).map("".join)
_FORMATS = st.sampled_from(["text", "json", "sarif", "junit", "github", "html", "xlsx"])


def _xliff(source: str, target: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
            '<file original="a" source-language="en" target-language="fr" datatype="plaintext"><body>'
            f'<trans-unit id="1"><source>{escape(source)}</source><target>{escape(target)}</target></trans-unit>'
            "</body></file></xliff>\n")


def _feed(title: str, body: str) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>T</title><item><guid>1</guid>'
            f"<title>{escape(title)}</title><description>{escape(body)}</description></item></channel></rss>\n")


@settings(max_examples=_EXAMPLES, deadline=_DEADLINE, suppress_health_check=[HealthCheck.too_slow])
@given(raw=st.binary(max_size=300), text=_TEXT | _WORDY, source=_TEXT | _WORDY, fmt=_FORMATS,
       jsonl=st.lists(st.one_of(_TEXT, st.builds(lambda t, s: json.dumps({"target": t, "source": s}), _WORDY, _TEXT)),
                      max_size=4))
@example(raw=b"", text="", source="<![0", fmt="text", jsonl=[])  # html.parser asserted on a broken marked section
def test_no_input_crashes_the_report(raw: bytes, text: str, source: str, fmt: str, jsonl: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        (corpus / "raw.txt").write_bytes(raw)
        (corpus / "pair.fr.txt").write_text(text, encoding="utf-8", newline="")
        (corpus / "pair.en.txt").write_text(source, encoding="utf-8", newline="")
        (corpus / "lines.jsonl").write_text("\n".join(jsonl), encoding="utf-8")
        (corpus / "unit.xlf").write_text(_xliff(source, text), encoding="utf-8")
        (corpus / "feed.rss").write_text(_feed(source, text), encoding="utf-8")
        out = Path(tmp) / "report.out"
        rc = cli.main(["report", str(corpus), "--no-backtranslation", "--no-cache", "--no-progress",
                       "--format", fmt, "-o", str(out)])
        assert rc in (0, 1, 2)
        if fmt == "xlsx":  # a workbook openpyxl reads back, whatever the corpus text held
            assert load_workbook(io.BytesIO(out.read_bytes()), read_only=True)["Findings"].max_row >= 1
            return
        written = out.read_text(encoding="utf-8")
        if fmt in ("json", "sarif"):
            json.loads(written)
        elif fmt == "junit":
            xml.dom.minidom.parseString(written)
