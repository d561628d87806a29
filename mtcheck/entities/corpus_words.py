"""Names from the corpus's own evidence: words the targets write capitalised inside sentences.

Where no termbase and no source names a person, the corpus still does: a surname written with its
capital three times or more inside sentences, and in lowercase at most a third as often, is a
name, so its form in capitals in running prose ("KOWALCZYK") or in lowercase is a case slip. A word
French writes in lowercase counts too where this corpus capitalises it with that majority ("la
Cour"): its capitals in prose ("la COUR") are a slip, while its lowercase form is the word, which
the checks leave alone. An acronym written
in capitals with the same majority is one ("BBC", so "Bbc" is a slip). And a name French text writes
with its English article, twice or more ("selon The Chronicle"), is a name kept whole: its
translation elsewhere ("La chronique note que") is damage.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence

from mtcheck.entities.candidates import ROMAN_NUMBER, brand_like, plural_acronym
from mtcheck.french import adjective
from mtcheck.model import Document
from mtcheck.tokens import Token

MIN_WORD_COUNT = 3
"""How often the corpus must write a word with a capital inside sentences before that form is a
name's: "Kowalczyk" six times makes "KOWALCZYK" in prose a case slip."""
CLEAR_MAJORITY = 3
"""How many times more often than in lowercase the corpus must write a word capitalised inside
sentences: a name written "iran" once beside ten "Iran" is still a name, and its lowercase a slip."""


def corpus_names(documents: Sequence[Document], tokens: dict[str, Sequence[Token]]) -> tuple[Counter[str], Counter[str]]:
    """The corpus's evidence of names where no termbase or source gives one, from one count of the
    targets' words (``tokens``: those outside headlines in capitals, ``outside``): words and
    acronyms, each with how often the corpus writes it so.

    Words of three letters or more written capitalised inside sentences at least ``MIN_WORD_COUNT``
    times, each where its capitalised form has a clear majority ("Iran" ten times beside one "iran";
    not "Grand", which French writes in lowercase far more often). Acronyms of one to five letters
    written in capitals at least ``MIN_WORD_COUNT`` times, with a clear majority over their other
    cases ("BBC" beside one "Bbc", the platform "X" beside one "sur x"); no Roman numeral of two
    letters or more ("XXI")."""
    inside, lowercase, capitals = _counts(documents, tokens)
    words = Counter({w: n for w, n in inside.items() if n >= MIN_WORD_COUNT and capitals[w.upper()] < n
                     and n >= CLEAR_MAJORITY * lowercase[w.lower()]})
    acronyms = Counter({w: n for w, n in capitals.items() if len(w) <= 5 and n >= MIN_WORD_COUNT
                        and not (len(w) > 1 and ROMAN_NUMBER.fullmatch(w))
                        and n >= CLEAR_MAJORITY * (inside[w.capitalize()] + lowercase[w.lower()])})
    return words, acronyms


_AFTER_A_WORD = re.compile(r"(?:[\w,;)]|\w\s?/)[\s\"'“”«»’]*$")
"""What precedes a word inside a sentence: a word, a comma or a slash after a word ("Hambourg/Kowalberg"),
then spaces and quotes; not a full stop, a colon, an opening quote at the start of a quotation, after
which French capitalises, nor a caption's "//" separator."""


def _counts(documents: Sequence[Document], tokens: dict[str, Sequence[Token]]) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """How often the targets write each word capitalised inside sentences, in lowercase, and all in capitals."""
    inside: Counter[str] = Counter()
    lowercase: Counter[str] = Counter()
    capitals: Counter[str] = Counter()
    for doc in documents:
        starts = {s.start for s in doc.target_segments or ()} | {0}
        for t in tokens[doc.id]:
            text = t.text
            if not (text.isalpha() or _with_digits(text)):
                continue
            if text.islower():
                lowercase[text] += 1
            elif text.isupper():
                capitals[text] += 1
            elif len(text) >= 3 and text[0].isupper() and text[1:].islower() and t.start not in starts:
                if _AFTER_A_WORD.search(doc.target, max(0, t.start - 8), t.start):
                    inside[text] += 1
    return inside, lowercase, capitals


def _with_digits(word: str) -> bool:
    """A name with digits after its letters ("Kowa5", "KX30"): counted as a word, so that its
    lowercase form ("kowa5") is a slip where the corpus writes it capitalised; a measure or a code
    that opens with digits ("4g", "3D"), or has one letter ("A380"), is none."""
    return word[:2].isalpha() and word.isalnum() and not word.isalpha()


_COMPLEMENT = re.compile(r"[ \u00a0]+(?:(?:de|du|des)\b|d['’]|[A-ZÀ-Þ]|([a-zà-ÿ]+))")


def longer_name(text: str, end: int) -> str | None:
    """What follows the word that ends at ``end`` where it heads a longer name, followed by a
    complement ("Institut de Kowal"), a capitalised word ("Institut Kowal") or an adjective
    ("Assemblée générale"): the adjective ("générale"), or "" for the other two; None where it
    heads none."""
    after = _COMPLEMENT.match(text, end)
    if after is None:
        return None
    word = after.group(1)
    return "" if word is None else word if adjective(word) else None


def shouted_spans(doc: Document, *, source: bool = False) -> list[tuple[int, int]]:
    """Where the target's (or the source's) text is written all in capitals: sentences (headlines),
    and runs of three words or more in capitals with nothing but spaces and punctuation between
    them, a headline that lost its line break ("VARNO: THE COURT RULES Le juge a dit"). No word's
    case there says anything of how the corpus writes it."""
    segments = doc.source_segments if source else doc.target_segments
    text = (doc.source if source else doc.target) or ""
    return [*((s.start, s.end) for s in segments or () if s.text.isupper()), *_shouted_runs(text)]


_SHOUTED_RUN = re.compile(r"\b[A-ZÀ-ÖØ-Þ]{2,}\b(?:\W+\b[A-ZÀ-ÖØ-Þ]{2,}\b){2,}")
"""Three words or more in Latin capitals with nothing but spaces and punctuation between them ("BBC
NEWS" is two, an outlet's name)."""


def _shouted_runs(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _SHOUTED_RUN.finditer(text)]


def outside(tokens: Sequence[Token], spans: Sequence[tuple[int, int]]) -> Sequence[Token]:
    """The tokens outside ``spans`` (``shouted_spans``): a headline in capitals says nothing of any
    word's case, and a place there ("VARNO BACKS THE PLAN") is no acronym."""
    return [t for t in tokens if not any(a <= t.start < b for a, b in spans)] if spans else tokens


_WITH_ARTICLE = re.compile(r"The (?:(?<=[^\W\d_] The )|(?<=[^\W\d_], The ))[A-Z][a-z]+\b")
""""The" and a capitalised word after a word or a comma; the lookbehinds come after "The", which
``re`` then finds by its letters instead of trying every position."""


def kept_with_article(documents: Sequence[Document]) -> Counter[str]:
    """Names the French targets write inside sentences with their English article ("a rapporté The
    Chronicle"): no French writer keeps "The" but in a name kept whole."""
    return Counter(m.group() for doc in documents if doc.target_lang == "fr" for m in _WITH_ARTICLE.finditer(doc.target))


def brand_forms(tokens: Sequence[Token]) -> Iterator[str]:
    """Brand-like words and short acronyms; not an acronym's plural ("CDs", which makes "CDS",
    credit default swaps, no slip of it), nor a Roman ordinal ("le VIe sommet")."""
    for token in tokens:
        form = token.text
        # The cheap tests first: most words have no capital after their first letter
        if brand_like(form) and not form.isupper() or (form.isupper() and 2 <= len(form) <= 5):
            if not (plural_acronym(form) or _ORDINAL.fullmatch(form)):
                yield form


_ORDINAL = re.compile(r"[IVXLC]+(?:e|er|ère|re|ème|eme|è|th|st|nd|rd)s?")
"""A Roman ordinal ("VIe", "XXIe", "IIIrd"): a number French and English write with capitals, no brand."""


def best_form(forms: Counter[str]) -> str | None:
    """The form written at least twice with the most inner capitals (ties: the most frequent)."""
    candidates = [f for f, n in forms.items() if n >= 2 and brand_like(f) and not f.isupper()]
    if not candidates:
        return None
    return max(candidates, key=lambda f: (sum(ch.isupper() for ch in f), forms[f]))
