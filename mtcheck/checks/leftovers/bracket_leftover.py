"""TR003: bracketed words and template tokens left over by the MT system."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import unescape

from mtcheck.checks.base import Check, CheckContext
from mtcheck.langid import function_words, language_name
from mtcheck.model import Document, Finding, Severity

_BRACKETED = re.compile(r"\[([^\[\]\n]{1,40})\]")
_TOKENS = re.compile(r"<unk>|</?s>|\{\{?\s*[A-Za-z_]\w*\s*\}\}?|%\([a-z_]+\)s|\[UNK\]|▁")
_REFERENCE = re.compile(r"&(?:amp;)*(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
"""An HTML or XML character reference ("&quot;", "&#39;", "&amp;amp;"), escaped once or more: a
translation pipeline that escaped its output for markup and handed it on as text."""
_MARKUP = frozenset("<>&")
"""Characters whose reference may be meant for markup downstream: their fix is for a person to apply."""


class BracketLeftover(Check):
    """Bracketed source-language words or template tokens left in the translation.

    What it does: flags "[his]"-style brackets whose content is in the source language (an
    editorial insertion the MT system did not translate), raw tokens such as "<unk>", "{name}" or
    "▁" that only an MT or templating system writes, and HTML or XML character references left
    escaped in the text ("&quot;", "&#39;", "&amp;amp;"), which the source does not write; for
    those, the fix is the character they stand for, certain but for "<", ">" and "&", which
    markup downstream may need escaped.
    Why it matters: the reader sees the machinery; the sentence around it is usually broken too.
    A pipeline that escapes MT output for markup and then prints it as text shows "l&#39;État"
    in every sentence with an apostrophe.
    Example: "son désir d'approfondir [his] Il a précisé" -> TR003 on "[his]"; "Il a dit
    &quot;non&quot;." -> TR003 on each "&quot;", fix '"'.
    Known limitations: brackets holding only names or numbers are left alone, and so are French
    editorial brackets such as "[…]" or "[la société]" and author-year citations ("[Kowalczyk and
    Zelmar 2019]"); a reference the source writes too is the
    corpus's own encoding and is left alone, as is a name HTML does not know ("&nom;").
    """

    code, name, category, severity = "TR003", "bracket-leftover", "placeholder", Severity.ERROR
    fix_safety = "safe"
    help = "Replace it with the words it stands for in the target language, or remove it"
    examples_fail = ("Il évoque son « désir d'approfondir [his] ».", "Bonjour <unk> monde.",
                     "Il a dit &quot;non&quot; à l&#39;offre.")
    examples_pass = ("« Nous avons [la société] décidé de partir. […] »", "Voir la note [3].",
                     "Kowal & Zelmar ont signé ; R&D : 5 %.",
                     "La saison s'allonge [Kowalczyk and Zelmar 2019; Kowal 2021].")

    def check(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        foreign = doc.from_lang
        for m in _BRACKETED.finditer(doc.target):
            if function_words(m.group(1)).lang == foreign and not _citation(m.group(1)):
                yield self.finding(
                    doc,
                    m.start(),
                    m.end(),
                    f"'{m.group()}' is a bracketed {language_name(foreign)} leftover of the translation system",
                    evidence={"language": foreign},
                )
        for m in _TOKENS.finditer(doc.target):
            yield self.finding(doc, m.start(), m.end(), f"'{m.group()}' is a raw token of a translation system")
        for m in _REFERENCE.finditer(doc.target):
            written = _unescaped(m.group())
            if written == m.group() or (doc.source is not None and m.group() in doc.source):
                continue  # no reference HTML knows ("&nom;"), or one the source writes too: the text's own encoding
            yield self.finding(doc, m.start(), m.end(), f"'{m.group()}' is a character reference left escaped: "
                               f"the text means '{written}'", suggestion=written, safe=written not in _MARKUP,
                               evidence={"reference": m.group()})


_YEAR = re.compile(r"(?:1[5-9]|20)\d\d[a-z]?")
_CITING_WORDS = frozenset({"and", "&", "et", "al", "al.", "etal", "etal.", "et al.", "eds", "ed."})


def _citation(inside: str) -> bool:
    """Whether bracketed words are an author-year citation ("[Kowalczyk and Zelmar 2019]",
    "[Kowal 2009; Zelmar et al. 2017]"): a scientific text's reference to its bibliography, which
    a translation keeps as written. Every word is a year, a capitalised name or a word of the citation."""
    words = [w.strip(",;()") for w in inside.split()]
    return any(_YEAR.fullmatch(w) for w in words) and all(
        _YEAR.fullmatch(w) or w.lower() in _CITING_WORDS or w[:1].isupper() for w in words if w)


def _unescaped(reference: str) -> str:
    """The character a reference stands for, however many times it was escaped ("&amp;amp;" is "&");
    the reference itself where HTML names no such character."""
    text = reference
    while (plain := unescape(text)) != text:
        text = plain
    return text
