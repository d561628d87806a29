"""NE004: a name translated like ordinary words ("Trading Insider", "L'information" for The Information)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtcheck.checks.base import Check, CheckContext
from mtcheck.model import Document, Finding, Severity
from mtcheck.names import FILLERS, fold, rendered_spans, rendered_words, rendering_sets, slip, translatable
from mtcheck.pairs import required_name, source_names_by_sentence

# Where a word is used as the name of an outlet or a company rather than as a common noun.
_CUE_BEFORE = {
    "fr": re.compile(
        r"(?:\bselon|\bd['’]après|\brapporté par|\brapporte|\ba révélé|\bcité par|\bchez|"
        r"\b(?:lancé|fondé|créé|rejoint|quitté|racheté|cofondé)(?:\s+\w+){0,2}?)\s+(?:la\s+|le\s+|les\s+|l['’])?$",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"(?:\baccording to|\breported by|\btold|\bfounded|\blaunched|\bjoined|\bleft|\bat)\s+(?:the\s+)?$", re.IGNORECASE
    ),
}
_CUE_AFTER = {
    "fr": re.compile(
        r"\s*(?:,\s*)?(?:rapporte|note|indique|écrit|affirme|précise|révèle|souligne|explique|annonce|"
        r"a (?:rapporté|révélé|indiqué|écrit|précisé|noté|affirmé|annoncé))\b",
        re.IGNORECASE,
    ),
    "en": re.compile(r"\s*(?:,\s*)?(?:reported|reports|notes|noted|wrote|writes|says|said|revealed)\b", re.IGNORECASE),
}


class NameTranslated(Check):
    """Name translated as if it were ordinary words.

    What it does: flags a rendering of a name that must stay as it is (a termbase name, or a name
    of the aligned source sentence): the name translated word by word with the lexicon of
    ``data/name_words.tsv`` ("L'information", "la superintelligence sûre"), or with one word kept
    and another replaced ("Trading Insider" for "Business Insider").
    Why it matters: "Comme l'a rapporté L'information" no longer tells the reader which outlet
    reported it; a translated company name cannot be found.
    Example: "Comme l'a rapporté L'information" with The Information in the termbase -> NE004,
    fix "The Information".
    Known limitations: without a source, a rendering that is also a common noun phrase is reported
    only where it is used as a name: capitalised inside a sentence, after "selon", "rapporté par",
    "a lancé"..., or before a reporting verb ("L'information note que"); so "payer pour
    l'information" stays clean. Names of institutions and places (White House, World Bank), which
    French translates as a rule, are never reported.
    """

    code, name, category, severity = "NE004", "name-translated", "name-translated", Severity.ERROR
    requires = ("target_segments", "entities", "beads")
    help = "Keep the name as its owner writes it"
    examples_fail = (
        ("As The Information reported, OpenAI is hiring.", "Comme l'a rapporté l'information, OpenAI recrute."),
        ("He told Business Insider on Monday.", "Il a déclaré lundi à Trading Insider."),
    )
    examples_pass = (
        ("He paid for information about the White House.", "Il a payé pour l'information sur la Maison Blanche."),
        ("As The Information reported, OpenAI is hiring.", "Comme l'a rapporté The Information, OpenAI recrute."),
    )

    def check(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        registry = ctx.entities
        if registry is None:
            return
        lang = doc.from_lang
        kept = [e for e in registry.by_key.values() if e.keep and not translatable(e.canonical) and "(part of" not in e.origin]
        aligned = source_names_by_sentence(doc, registry)
        seen: set[tuple[int, int]] = set()
        for seg in doc.target_segments or ():
            tokens = registry.tokens_in(doc, seg.start, seg.end)
            from_source = [c.text for c in aligned.get(seg.index, ()) if required_name(c, registry)]
            names = [(n, "aligned source sentence", True) for n in from_source]
            names += [(e.canonical, e.origin, False) for e in kept if e.canonical not in from_source]
            for name, origin, paired in names:
                for start, end in self._renderings(doc, tokens, name, lang, paired) + self._partial(doc, seg, name, registry):
                    if (start, end) in seen:
                        continue
                    seen.add((start, end))
                    yield self.finding(
                        doc, start, end, f"'{doc.target[start:end]}' translates the name '{name}'",
                        suggestion=name, evidence={"canonical_from": origin},
                    )

    @staticmethod
    def _renderings(doc: Document, tokens, name: str, lang: str, paired: bool) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
        """Word-by-word renderings of a name made only of words the lexicon knows."""
        content = [w for w in name.replace("-", " ").split() if w.lower() not in FILLERS]
        if not content or not all(rendered_words(w, lang) for w in content):
            return []
        out = []
        for start, end in rendered_spans(doc.target, tokens, rendering_sets(name, lang)):
            if doc.target[start:end] in (name, " ".join(content)):
                continue  # the name kept as it is, perhaps after a French article
            start = _with_article(doc.target, start)
            if paired or _used_as_name(doc, start, end):
                out.append((start, end))
        return out

    @staticmethod
    def _partial(doc: Document, seg, name: str, registry) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
        parts = name.split()
        entity = registry.by_key.get(fold(name))
        if len(parts) < 2 or (entity is not None and entity.person):
            return []
        lang = doc.from_lang
        out = []
        for c in registry.candidates_in(doc, seg.start, seg.end):
            words = c.parts
            if len(words) != len(parts) or fold(c.text) == fold(name):
                continue
            same = [fold(a) == fold(b) for a, b in zip(words, parts, strict=True)]
            swapped = [(a, b) for a, b, s in zip(words, parts, same, strict=True) if not s]
            # The head word kept, a common word before it replaced ("Trading Insider"); a changed
            # last word is another person ("Chris Wallace" is no "Chris Rock").
            if same[-1] and all(rendered_words(b, lang) and not slip(a, b, anchored=True) for a, b in swapped):
                if fold(c.text) not in registry.by_key:
                    out.append((c.start, c.end))
        return out


def _used_as_name(doc: Document, start: int, end: int) -> bool:
    """Capitalised inside its sentence, or next to a cue that introduces an outlet or a company."""
    lang = doc.target_lang if doc.target_lang in _CUE_BEFORE else "fr"
    seg = doc.segment_at(start)
    inside = seg is not None and any(ch.isalnum() for ch in doc.target[seg.start : start])
    if inside and doc.target[start].isupper():
        return True
    before = doc.target[max(0, start - 40) : start]
    return bool(_CUE_BEFORE[lang].search(before) or _CUE_AFTER[lang].match(doc.target, end))


_ARTICLE = re.compile(r"(?:\b(?:la|le|les|the)\s+|\b[lL]['’])$", re.IGNORECASE)


def _with_article(text: str, start: int) -> int:
    """Start the span at the article the translation put before the name: "l'information" is replaced whole."""
    m = _ARTICLE.search(text, max(0, start - 4), start)
    return m.start() if m else start
