"""TR002: English page furniture ("Source link", "Read more") copied into a translation."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtcheck.checks.base import Check, CheckContext
from mtcheck.data import load_lines
from mtcheck.model import Document, Finding, Severity
from mtcheck.segment import paragraphs

_TRAILING = re.compile(r"[\s.:!…»›>→-]+$")


class PageChrome(Check):
    """English page furniture left in a translated article.

    What it does: flags a paragraph that is nothing but a known piece of English page chrome
    ("Source link", "Read more", "Advertisement"; list in mtcheck/data/page_chrome.txt) when the
    target language is not English.
    Why it matters: scrapers copy link labels with the article and MT leaves them as they are;
    on a French page they are both untranslated and meaningless.
    Example: a French article ending with the line "Source link" -> TR002.
    Known limitations: only whole paragraphs are matched, so chrome glued to a sentence is missed.
    """

    code, name, category, severity = "TR002", "page-chrome", "untranslated", Severity.WARNING
    fix_safety = "suggested"
    help = "Remove the line: it is a link label from the original page, not article text"
    examples_fail = ("Altman a cofondé OpenAI en 2015.\nSource link",)
    examples_pass = ("Altman a cofondé OpenAI en 2015.\nSource : OpenAI, 2024",)

    def check(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        if doc.target_lang == "en":
            return
        chrome = frozenset(load_lines("page_chrome.txt"))
        for start, end in paragraphs(doc.target):
            text = doc.target[start:end]
            if _TRAILING.sub("", text).lower() in chrome:
                yield self.finding(
                    doc, start, end, f"'{text}' is English page chrome, not article text", suggestion=""
                )
