"""NU002: a URL, e-mail address, @handle or hashtag of the source not written as it is."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtcheck.checks.base import Check, CheckContext
from mtcheck.entities.pairs import paired_beads
from mtcheck.model import Document, Finding, Severity

_TOKEN = re.compile(
    r"https?://[^\s<>\"]+|www\.[^\s<>\"]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w@&])(?:@|#(?!\d+\b))[^\W_][\w]*"
)
"""URLs, e-mail addresses, @handles and #hashtags (not the "#39" of a character reference, "&#39;",
nor a number sign, "steps #3 and 4": a hashtag holds a letter)."""
_TRAILING = ".,;:!?)]}»”\"'’"


def tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The addresses, handles and hashtags of ``text[start:end]``, trailing punctuation left out."""
    out = []
    for m in _TOKEN.finditer(text, start, end):
        token = m.group().rstrip(_TRAILING)
        out.append((m.start(), m.start() + len(token), token))
    return out


def kind(token: str) -> str:
    """url, email, handle or hashtag."""
    if token[0] == "@":
        return "handle"
    if token[0] == "#":
        return "hashtag"
    return "email" if "@" in token and "/" not in token else "url"


class KeptToken(Check):
    """URL, e-mail address, @handle or hashtag of the source not written as it is in the translation.

    What it does: finds the URLs, e-mail addresses, @handles and #hashtags of each source sentence
    and looks for each, as written, in its aligned translation. One written otherwise is reported
    on the translation's token of the same kind, with the source's as the fix; one missing is
    reported on the translation's sentence.
    Why it matters: an address or a handle is a key, not a word: "@OpenAl" or a URL with a
    translated path leads nowhere, and MT systems translate, respace or drop them.
    Example: source "Follow @gdb for updates." target "Suivez @gbd pour les mises à jour." -> NU002,
    fix "@gdb".
    Known limitations: needs a source. A hashtag a newsroom translates on purpose is reported
    too; a domain written without "www." or a scheme ("openai.com") is not looked for.
    """

    code, name, category, severity = "NU002", "kept-token", "number-mismatch", Severity.ERROR
    fix_safety = "suggested"
    requires = ("target_segments", "beads")
    help = "Write the address, handle or hashtag exactly as the source does"
    examples_fail = (
        ("Follow @gdb for updates.", "Suivez @gbd pour les mises à jour."),
        ("Read it at https://example.org/report.", "Lisez-le sur https://example.org/rapport."),
        ("Write to press@example.org today.", "Écrivez à la presse aujourd'hui."),
    )
    examples_pass = (
        ("Follow @gdb for updates.", "Suivez @gdb pour les mises à jour."),
        ("Read it at https://example.org/report.", "Lisez-le sur https://example.org/report."),
        ("The #MeToo movement grew.", "Le mouvement #MeToo a grandi."),
        ("Steps #3 and #4 come next.", "Les étapes 3 et 4 viennent ensuite."),
    )

    def check(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        if doc.source is None:
            return
        for _bead, sources, targets in paired_beads(doc):
            said = tokens(doc.source, sources[0].start, sources[-1].end)
            if not said:
                continue
            start, end = targets[0].start, targets[-1].end
            wrote = tokens(doc.target, start, end)
            kept = {t.casefold() for _, _, t in wrote}
            unmatched = [w for w in wrote if w[2] not in {s for _, _, s in said}]
            for _, _, token in said:
                if token.casefold() in kept:
                    continue
                other = next((w for w in unmatched if kind(w[2]) == kind(token)), None)
                if other is not None:
                    unmatched.remove(other)
                    yield self.finding(doc, other[0], other[1], f"'{other[2]}' where the source writes '{token}'",
                                       suggestion=token, evidence={"source_token": token})
                else:
                    yield self.finding(doc, start, end, f"the source's {kind(token)} '{token}' is not in this sentence",
                                       evidence={"source_token": token})
