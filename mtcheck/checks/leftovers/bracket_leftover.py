"""TR003: bracketed words and template tokens left over by the MT system."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtcheck.checks.base import Check, CheckContext
from mtcheck.langid import function_words, language_name
from mtcheck.model import Document, Finding, Severity

_BRACKETED = re.compile(r"\[([^\[\]\n]{1,40})\]")
_TOKENS = re.compile(r"<unk>|</?s>|\{\{?\s*[A-Za-z_]\w*\s*\}\}?|%\([a-z_]+\)s|\[UNK\]|▁")


class BracketLeftover(Check):
    """Bracketed source-language words or template tokens left in the translation.

    What it does: flags "[his]"-style brackets whose content is in the source language (an
    editorial insertion the MT system did not translate), and raw tokens such as "<unk>",
    "{name}" or "▁" that only an MT or templating system writes.
    Why it matters: the reader sees the machinery; the sentence around it is usually broken too.
    Example: "son désir d'approfondir [his] Il a précisé" -> TR003 on "[his]".
    Known limitations: brackets holding only names or numbers are left alone, and so are French
    editorial brackets such as "[…]" or "[la société]".
    """

    code, name, category, severity = "TR003", "bracket-leftover", "placeholder", Severity.ERROR
    help = "Replace it with the words it stands for in the target language, or remove it"
    examples_fail = ("Il évoque son « désir d'approfondir [his] ».", "Bonjour <unk> monde.")
    examples_pass = ("« Nous avons [la société] décidé de partir. […] »", "Voir la note [3].")

    def check(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        foreign = doc.from_lang
        for m in _BRACKETED.finditer(doc.target):
            if function_words(m.group(1)).lang == foreign:
                yield self.finding(
                    doc,
                    m.start(),
                    m.end(),
                    f"'{m.group()}' is a bracketed {language_name(foreign)} leftover of the translation system",
                    evidence={"language": foreign},
                )
        for m in _TOKENS.finditer(doc.target):
            yield self.finding(doc, m.start(), m.end(), f"'{m.group()}' is a raw token of a translation system")
