"""NE001: a name written with the wrong capitals ("Openai", "Chatgpt", "SUTSKEVER", "sur x")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from mtcheck.checks.base import Check, CheckContext
from mtcheck.checks.names import aligned
from mtcheck.entities.candidates import (
    CALENDAR_WORDS,
    FUNCTION_WORDS,
    LETTERS,
    brand_like,
    fold,
    foreign_letters,
    name_words,
    plural_acronym,
)
from mtcheck.entities.conventions import EPITHET, INNER_CAPITAL, SAID_AS_A_WORD, more_inner_capitals
from mtcheck.entities.entity import Mention
from mtcheck.entities.forms import NAME_PARTICLES, census_given_name, common_brands
from mtcheck.entities.lexicon import renders
from mtcheck.entities.lowercase_names import (
    a_given_name_of_the_corpus,
    ends_a_place,
    in_a_full_name,
    slip_of_a_corpus_name,
    writes_as_a_word,
)
from mtcheck.entities.pairs import source_text_by_sentence, written_in
from mtcheck.entities.registry import Registry
from mtcheck.french import (
    common_word,
    dictionary_word,
    french_word,
    known_form,
    lowercase_word,
)
from mtcheck.model import Document, Finding, Severity

_PLATFORM_CONTEXT = re.compile(r"(?:\b(?:sur|on|via)\s)$", re.IGNORECASE)
_ACRONYM_DERIVATIVE = re.compile(r"[A-Z]{2,}(?:iste|isme|ien|ienne)s?")
"""A French noun or adjective made of an acronym and a suffix ("UDRiste", "UMPiste", "FNiste"),
which French writes in lowercase as well ("udriste", "cégétiste")."""
_PREFIXES = frozenset("pro anti ex post pré pre néo neo non ultra".split())
"""Prefixes that running text writes in lowercase before a hyphen and a name, and headlines capitalise."""


class NameCase(Check):
    """Name written with damaged capitals.

    What it does: flags a form of a registered name that differs from the canonical form only by
    case ("Openai" for "OpenAI", "SUTSKEVER" for "Sutskever", "sur x" for the platform X).
    Why it matters: readers and search engines take "Openai" for a typo of the brand; a newsroom
    prints the name the way its owner writes it.
    Example: "Openai a refusé de commenter." with OpenAI in the termbase -> NE001, fix "OpenAI".
    Conventions are no damage: a particle in either case ("al-Assad"), a name holding an acronym
    written all in capitals where its other words are no words ("MK DNIK" for MK Dnik, but not
    "KTV NEWS"), "la Fifa" for FIFA (an acronym of four letters or more said as a word), "Mission
    impossible" (a title in sentence case, the later words French words), "des post-it" (a brand
    French dictionaries list as a common noun, ``data/common_brands.txt``).
    Without a termbase or a source, the corpus is the evidence: a word it capitalises inside
    sentences three times as often as it writes it in lowercase, or an acronym it writes in
    capitals with that majority, is a name; its lowercase form is reported only where it cannot be
    a word ("en iran", "david Orlov", "wall Street", "en chine"; not "le trésor" or "un oscar"),
    or where a noun has no determiner and the corpus writes the name ten times as often ("d'après
    jazz" beside its surname "Jazz"), or beside the rest of a name the corpus writes whole twice
    ("Walter sajous", "new Kowalia"; not an institution's later word that French writes in
    lowercase, "la Société royale"). A French
    word the corpus capitalises as a name with that majority ("la Cour") is one in capitals ("la
    COUR"); in lowercase it is the word, but for the one institution the corpus names by it alone
    or with an adjective, after the definite article ("au synode" beside "le Synode", "la
    commission fédérale" beside "la Commission fédérale").
    Known limitations: sentences written all in capitals (headlines) are skipped; a name this
    check has never seen in the termbase, a source or often enough in the corpus has no canonical
    form; a name that is also a French word is otherwise left alone in lowercase.
    """

    code, name, category, severity = "NE001", "name-case", "name-case", Severity.ERROR
    fix_safety = "safe"
    requires = ("target_segments", "entities", "beads", "name_renderings")
    help = "Write the name the way its owner does"
    examples_fail = (
        "OpenAI a lancé ChatGPT. OpenAI grandit. Openai a refusé de commenter.",
        "OpenAI a lancé ChatGPT. ChatGPT grandit. Chatgpt aussi.",
    )
    examples_pass = ("OpenAI a lancé ChatGPT. OpenAI grandit. J'ai vu l'IA sur X, voir pic.openai.com.",)

    def check(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        return aligned.with_aligned(self, doc, ("case",), self._corpus(doc, ctx))

    def _corpus(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.entities is None:
            return
        sources = source_text_by_sentence(doc)
        for seg in doc.target_segments or ():
            if seg.text.isupper():
                continue
            for m in ctx.entities.mentions_in(doc, seg.start, seg.end):
                right = _recased(m.text, m.entity.canonical, doc.target_lang)
                if right is None or written_in(sources.get(seg.index, ""), m.text) or m.entity.source_writes(m.text):
                    continue
                if _common_word(m, doc.target_lang) or _lowercase_in_source(m.text, sources.get(seg.index, ""), doc):
                    continue
                if self._ambiguous(doc.target, m, ctx.entities.form_counts) or _convention(m, doc.target_lang, ctx.entities):
                    continue
                yield self.finding(
                    doc,
                    m.start,
                    m.end,
                    f"'{m.text}' should be written '{right}'",
                    suggestion=right,
                    safe=True,
                    evidence=m.entity.evidence(),
                )

    @staticmethod
    def _ambiguous(text: str, m: Mention, forms: Counter[str]) -> bool:
        """A lowercase form of a plain word or an acronym is the common word ("police", "un" for UN),
        except a one-letter name after "sur"/"on"/"via" ("sur x") and a word the corpus writes as a
        name with a clear majority that French does not write ("iran"); so is a capitalised short
        acronym that is a word French writes mostly in lowercase or that opens a sentence ("Un" for
        UN, not "Bbc"; nor "Usa" for USA, "usa" being a rare verb form that French text writes less
        often than the acronym)."""
        canonical = m.entity.canonical
        if canonical.isupper() and len(canonical) <= 3 and m.text.istitle():
            opening = not any(ch.isalnum() for ch in text[max(0, m.start - 3) : m.start])
            word = writes_as_a_word(m.text) and lowercase_word(m.text)
            return word or opening or bool(SAID_AS_A_WORD.fullmatch(canonical))  # "Un" for UN, "Sun" for SUN
        if m.entity.corpus_word and not m.text.islower() and not m.text.isupper() and not canonical.isupper():
            return True  # "MacPherson" beside the corpus's "Macpherson": the owner's inner capitals, not "Kzx2"'s lost ones
        if m.text.isupper() and len(m.text) <= 5 and m.entity.variants[m.text] >= 2:
            return True  # "FIFA" beside the corpus's "Fifa": an acronym the corpus also writes in capitals
        if m.text.isupper() and "(part of" in m.entity.origin and not m.entity.person:
            return True  # "ZELMAR", "POST": a word of an outlet's name in its own capitals; "SUTSKEVER" is a person
        if not m.text.islower() or " " in canonical or brand_like(canonical) and not canonical.isupper():
            return False
        if m.entity.corpus_word and not canonical.isupper():
            if in_a_full_name(text, m, forms) or ends_a_place(text, m):
                return False  # "walter sajous", "la Corée du sud", however short
            if len(m.text) < 4 and not a_given_name_of_the_corpus(m):
                return True  # "los", "san", "die": little words of other languages, which their names hold
            return not slip_of_a_corpus_name(text, m)
        return not (len(canonical) == 1 and _PLATFORM_CONTEXT.search(text, 0, m.start))


def _convention(m: Mention, lang: str, registry: Registry) -> bool:
    """Typography, not damage: an acronym's plural ("CDs" beside CDS); a particle in either case
    ("Omar al-Rashidi", "Pieter Van Oosten"); a prefix in lowercase ("pro-Trump"); a species'
    epithet ("Velox brunae"); a name with an acronym written all in capitals, where the words so
    written are no words French text knows ("MK DNIK"); an acronym the source writes all in capitals
    that the translation writes with a capital after a small letter, as its owner does ("BnG"), or any
    name it writes with more capitals among small letters than the source ("KWare" for "Kware").
    In French: a month or a weekday in lowercase, as French writes them ("le 18 novembre"); a compound
    of French words in lowercase or one the French dictionary knows, the adjective beside a
    nationality's noun ("sud-africains" beside "Sud-Africains", "anglo-saxons"); an acronym said as
    a word written as one ("la Fifa", "le Sunia" for FIFA, SUNIA);
    a derivative of an acronym in lowercase ("udriste" beside "UDRiste");
    a brand the dictionary lists as a common noun, in lowercase or with its first letter only
    capitalised ("des post-it", "un jacuzzi", "le Wifi" for WiFi);
    a title in sentence case, where the later words are French words in lowercase ("Mission lointaine")."""
    canonical = m.entity.canonical
    if plural_acronym(m.text) and m.text[:-1] == canonical[:-1]:
        return True  # an acronym's plural ("des CDs") beside another acronym ("CDS")
    pieces = [(a, b) for a, b in zip(name_words(m.text), name_words(canonical), strict=False) if a != b]
    if pieces and all(a.lower() == b.lower() and a.lower() in NAME_PARTICLES for a, b in pieces):
        return True
    written_head, _, rest = m.text.partition("-")
    if rest and written_head in _PREFIXES and m.text == f"{written_head}-{canonical.partition('-')[2]}":
        return True  # a prefix in lowercase, as running text writes it ("pro-Trump" for a headline's "Pro-Trump")
    written, right = m.text.split(), canonical.split()
    if len(written) == len(right) == 2 and written[0] == right[0] and written[1].islower() and EPITHET.search(written[1]):
        return True  # a species, whose epithet is never capitalised ("Velox brunae", "Homo sapiens")
    changed = [(a, b) for a, b in zip(right, written, strict=False) if a != b]
    owners = canonical.isupper() and INNER_CAPITAL.search(m.text) or bool(changed) and all(
        more_inner_capitals(a, b) for a, b in changed)
    if m.entity.origin == "source" and owners:
        return True  # "BnG" for a source's "BNG", "KWare" for its "Kware": the owner's capitals, which the source flattened
    acronym = any(len(w) > 1 and w.isupper() for w in name_words(canonical))
    if acronym and m.text.isupper() and not m.entity.person and not any(known_form(b) for _, b in pieces):
        return True  # a masthead in its own capitals ("MK DNIK" for MK Dnik); "KTV NEWS" capitalises a word
    if lang != "fr":
        return False
    if m.text in CALENDAR_WORDS:
        return True  # "le 18 novembre", "mardi": French writes months and weekdays so, however often MT capitalises them
    if m.text.islower() and "-" in m.text and (
            all(w.istitle() and common_word(w) for w in canonical.split("-")) or dictionary_word(m.text)):
        return True  # an adjective of nationality, "sud-africains", "anglo-saxons", beside the noun "Sud-Africains"
    if canonical.isupper() and len(canonical) >= 4 and canonical.isalpha() and m.text == canonical.capitalize():
        return True
    if m.text.islower() and _ACRONYM_DERIVATIVE.fullmatch(canonical):
        return True  # "udriste" beside "UDRiste": a derivative of an acronym, a common word
    if m.text.lower() in common_brands() and m.text[1:].islower():
        return True  # "des post-it" for Post-it notes, "le Wifi": a brand the French dictionary lists as a common noun
    later = [(w, r) for w, r in zip(written[1:], right[1:], strict=False) if w != r]
    return (
        len(written) == len(right) > 1 and written[0] == right[0] and bool(later)
        and all(w.islower() and known_form(w) for w, _ in later) and not _person(right, registry)
    )


def _person(words: list[str], registry: Registry) -> bool:
    """Whether a name of two words is a person's, a given name and a surname ("Richard Kowal"): its
    surname in lowercase is a slip, not a title in sentence case. The first word is a given name
    of the census, or the corpus writes the second alone as a name (a surname said alone, "a dit
    Kowal"), which a title's later word is not ("Mission lointaine")."""
    if len(words) != 2 or words[0].lower() in FUNCTION_WORDS:  # not "Le Monde"
        return False
    surname = registry.by_key.get(fold(words[1]))
    return census_given_name(words[0]) or (surname is not None and surname.corpus_word)


def _common_word(m: Mention, lang: str) -> bool:
    """Whether the mention is a word of the target language's lexicon ("vie", "Encore" opening a
    sentence) and the corpus alone vouches for the canonical form, which it writes no more often
    than the word ("EnCore" beside "encore"): a correction never turns a common word into a rare
    corpus form."""
    if lang != "fr" or m.text.isupper() or not french_word(m.text):
        return False
    entity = m.entity
    if not entity.origin.startswith("corpus"):
        return False
    word = sum(n for form, n in entity.variants.items() if form != entity.canonical and not form.isupper())
    return entity.variants.get(entity.canonical, 0) <= word


def _lowercase_in_source(written: str, source_text: str, doc: Document) -> bool:
    """Whether the aligned source sentence writes, in lowercase only, the word that ``written`` (in
    lowercase) translates: "the congress" of a party is "le congrès", whatever institution the corpus
    capitalises as "le Congrès"; a capitalised "Congress" there would make it the institution."""
    if not written.islower() or not source_text:
        return False
    words = [w for w in LETTERS.findall(source_text) if renders(written, w, doc.from_lang, doc.target_lang)]
    return bool(words) and all(w.islower() for w in words)


def _recased(written: str, canonical: str, lang: str) -> str | None:
    """``written`` in the canonical form's capitals, where the two differ in case and perhaps in
    accents only ("Ivan KOWALIK" for a source's "Ivan Kowalík" gives "Ivan Kowalik": the accents are
    the translation's to choose, its capitals a slip); None where they differ otherwise or not in
    case, or where the written form adds accents of ``lang``'s own: a word of it ("vice-président"
    for a source's "Vice-President")."""
    if len(written) != len(canonical) or written == canonical:
        return None
    added = {ch for ch in written.lower() if not ch.isascii()} - set(canonical.lower())
    if added - foreign_letters(written, lang):
        return None
    out = []
    for w, c in zip(written, canonical, strict=True):
        if w != c and not (w.isalpha() and c.isalpha() and fold(w) == fold(c)):
            return None
        out.append(w.upper() if c.isupper() else w.lower() if c.islower() else w)
    right = "".join(out)
    return right if right != written else None
