"""BP001: subscription, navigation and affiliate text that is not part of the article."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from mtcheck.checks.base import Check, CheckContext, quote
from mtcheck.data import load_lines
from mtcheck.model import Document, Finding, Severity
from mtcheck.segment import paragraphs


@lru_cache(maxsize=1)
def _patterns() -> re.Pattern[str]:
    """The patterns of boilerplate.txt, written in lowercase, matched on lowercased paragraphs: with
    ``re.IGNORECASE`` every character compared is case-folded, three times slower."""
    return re.compile("|".join(f"(?:{p})" for p in load_lines("boilerplate.txt")))


class PageBoilerplate(Check):
    """Site boilerplate (subscription pitch, "read also", affiliate notice) inside the article.

    What it does: marks paragraphs matching the patterns of mtcheck/data/boilerplate.txt, and the
    paragraphs sandwiched between two such paragraphs, and reports each run of them once.
    Why it matters: the text was scraped with the page around it; it should not be translated,
    published or scored as part of the article.
    Example: "Vous avez lu 0 articles sur Numerama ce mois-ci" -> BP001.
    Known limitations: only phrases in the pattern list are recognised; a site's own wording
    needs a new pattern.
    """

    code, name, category, severity = "BP001", "page-boilerplate", "boilerplate", Severity.INFO
    fix_safety = "suggested"
    help = "Remove it from the article before translation and publication"
    examples_fail = ("OpenAI a annoncé le départ de Mira Murati.\n\nÀ lire également",)
    examples_pass = ("OpenAI a annoncé le départ de Mira Murati.\n\nÀ lire dans notre dossier sur l'IA : rien.",)

    def check(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        spans = paragraphs(doc.target)
        hits = [bool(_patterns().search(doc.target[a:b].lower())) for a, b in spans]
        marked = [
            hit or (0 < i < len(hits) - 1 and hits[i - 1] and any(hits[i + 1 : i + 3]))
            for i, hit in enumerate(hits)
        ]
        i = 0
        while i < len(spans):
            if not marked[i]:
                i += 1
                continue
            j = i
            while j + 1 < len(spans) and marked[j + 1]:
                j += 1
            start, end = spans[i][0], spans[j][1]
            count = j - i + 1
            what = "paragraph" if count == 1 else f"{count} paragraphs"
            yield self.finding(
                doc,
                start,
                end,
                f"'{quote(doc.target[start:end], 50)}' ({what}) is site boilerplate, not article text",
                suggestion="",
                fix_title=f"Delete the boilerplate ({what})",
                evidence={"paragraphs": count},
            )
            i = j + 1
