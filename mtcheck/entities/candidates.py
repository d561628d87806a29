"""Which words of a text are name candidates, and the matching key of a name.

Runs of capitalised words (and brand-like words such as "iPhone"), without the function words
that open a sentence ("Selon", "The") and outside URLs and handles. A lone capitalised word at the
start of a sentence is ambiguous: it is marked ``initial``, and the checks take it for a name only
where the termbase or the source names it. ``fold`` is the key every names check matches on.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from mtcheck.langid import ENGLISH_WORDS, FRENCH_WORDS
from mtcheck.tokens import Token, not_prose, words

FUNCTION_WORDS = FRENCH_WORDS | ENGLISH_WORDS | frozenset(
    "a an selon lors according however but as if so yet les une des aux "
    "ok okay oh ah eh hello hi yes no oui non bonjour merci".split()
)
"""Capitalised at the start of a sentence, these are grammar or interjections ("OK OK."), not names."""

LETTERS = re.compile(r"[^\W\d_]+")
"""A run of letters: a word without its digits, hyphens and apostrophes, the unit the names checks compare."""

ALNUM = re.compile(r"[^\W_]+")
"""A run of letters and digits: a word without its hyphens and apostrophes ("COP21", "Kowalczyk")."""

_ELISION = re.compile(r"^(?:[dlnsjcmt]|qu|jusqu|lorsqu|puisqu)['’]", re.IGNORECASE)

_POSSESSIVE = re.compile(r"['’]s$")

@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """The matching key of a name: lowercase, no accents, letters and digits only."""
    decomposed = unicodedata.normalize("NFKD", text).replace("ß", "ss")
    return "".join(ch for ch in decomposed if ch.isalnum()).lower()

def other_capitals(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ in capitals once their accents are set aside: where two forms
    differ in both ("núñez" for Nunez), the capitals are told apart from the accents."""
    bare_a, bare_b = _unaccented(a), _unaccented(b)
    return bare_a != bare_b and bare_a.lower() == bare_b.lower()

def _unaccented(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))

_ALPHABETS = {"fr": frozenset("àâäçéèêëîïôöùûüÿœæ"), "en": frozenset()}
"""The letters beyond ASCII that each language's own words are written with."""

def foreign_letters(word: str, lang: str) -> set[str]:
    """Letters of ``word`` that ``lang`` does not write its own words with ("ú" of "Jesús" in French):
    the mark of a name spelled as its own language spells it."""
    if word.isascii():
        return set()  # most words, tested first
    alphabet = _ALPHABETS.get(lang, frozenset())
    return {ch for ch in set(word.lower()) if ch.isalpha() and not ch.isascii() and ch not in alphabet}

_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")

ROMAN_NUMBER = re.compile(r"[IVXL]+")
"""A monarch's or a pope's number ("Édouard VII", "Benoît XVI")."""

def plural_acronym(form: str) -> bool:
    """An acronym's plural ("CDs", "AMs", "VATs"): no brand, whatever its inner capital."""
    return _PLURAL_ACRONYM.fullmatch(form) is not None

_GLUED_LITTLE_WORD = re.compile(r"(?:à|au|aux|du|des|la|le|les|et|en|the|of|and|a|an)['’]?[A-ZÀ-Þ][a-zà-ÿ]")
"""A preposition, article or conjunction glued to the capital of the next word ("àWashington"):
a space lost, not a brand; "deGrasse" keeps "de", which names take."""

def brand_like(form: str) -> bool:
    """An inner capital ("OpenAI", "ChatGPT", "McGrew") or an all-caps acronym of 2+ letters."""
    rest = form[1:]
    if rest == rest.lower() or _GLUED_LITTLE_WORD.match(form):
        return False  # no capital after the first letter: most words, tested first
    return sum(ch.isalpha() for ch in form) >= 2

_SUPERSCRIPTS = frozenset("\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079")
_FOOTNOTE_CALL = re.compile(rf"(?<=[^\W\d_])[{''.join(sorted(_SUPERSCRIPTS))}]+$")
"""Superscript digits after a letter, at the end of a word: a footnote's call ("Kowalia¹"), no
part of the word."""


def trim(token: Token) -> Token:
    """Drop a French elision ("d'", "l'", "qu'"), an English possessive ("'s") and a footnote's call
    ("Kowalia²") from a token."""
    start, end, text = token.start, token.end, token.text
    if text[-1] in _SUPERSCRIPTS and (call := _FOOTNOTE_CALL.search(text)):
        end, text = end - len(call.group()), text[: call.start()]
    if "'" not in text and "’" not in text:
        return token if end == token.end else Token(start, end, text)  # most words: no apostrophe, nothing to drop
    m = _ELISION.match(text)
    if m and len(text) > m.end():
        start, text = start + m.end(), text[m.end() :]
    m = _POSSESSIVE.search(text)
    if m and m.start() > 0:
        end, text = end - 2, text[:-2]
    return Token(start, end, text)

def name_tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word tokens of ``text[start:end]`` without elisions and possessives, outside URLs and handles."""
    stop = len(text) if end is None else end
    blocked = not_prose(text, start, stop)
    return [trim(t) for t in words(text, start, stop) if not blocked or not any(a <= t.start < b for a, b in blocked)]

def name_words(name: str) -> list[str]:
    """The words of a name, a hyphen or a no-break space parting them too ("Jean-Luc Picard" ->
    Jean, Luc, Picard)."""
    return name.replace("-", " ").split()

@dataclass(frozen=True, slots=True)
class Candidate:
    """A run of capitalised words that may be a name."""

    start: int
    end: int
    text: str
    initial: bool
    """One word opening its sentence, where a capital says nothing."""

    @property
    def parts(self) -> list[str]:
        """The words of the name ("Jean-Luc Picard" -> Jean, Luc, Picard)."""
        return name_words(self.text)

def runs(text: str, tokens: Sequence[Token], sentence_starts: Sequence[int] = (0,)) -> list[Candidate]:
    """Name candidates among ``tokens`` (from ``name_tokens``): runs of capitalised or brand-like words
    and of words of digits and capitals (``_model_number``), separated by one space, no-break space
    or hyphen, without leading function words. A run never crosses a sentence start."""
    starts = sorted(sentence_starts)
    out: list[Candidate] = []
    run: list[Token] = []

    def close() -> None:
        # A capitalised article inside a sentence belongs to the name ("selon Le Monde", "at The Information").
        while run and run[0].text.lower() in FUNCTION_WORDS and (len(run) == 1 or _opens(run[0])):
            run.pop(0)
        if run:
            initial = len(run) == 1 and _opens(run[0])
            out.append(Candidate(run[0].start, run[-1].end, text[run[0].start : run[-1].end], initial))
        run.clear()

    first_words: dict[int, int] = {}  # where each sentence's first letter or digit is

    def _opens(tok: Token) -> bool:
        opening = bisect.bisect_right(starts, tok.start) - 1
        begin = starts[opening] if opening >= 0 else 0
        if begin not in first_words:
            m = ALNUM.search(text, begin)
            first_words[begin] = m.start() if m else len(text)
        return first_words[begin] >= tok.start

    for tok in tokens:
        if not (_name_word(tok.text) or _model_number(tok.text)):
            close()
            continue
        if run:
            k = bisect.bisect_right(starts, run[-1].end)
            crosses = k < len(starts) and starts[k] <= tok.start
            if crosses or text[run[-1].end : tok.start] not in (" ", "-", "\u00a0"):
                close()
        run.append(tok)
    close()
    return out

def _name_word(word: str) -> bool:
    """A capitalised word, or one with an inner capital ("iPhone")."""
    return word[0].isupper() or (word[0].islower() and not word.islower())


def _model_number(word: str) -> bool:
    """A word of digits and capitals ("3D", "4C", "787-400XR"): a model's or a version's number, a
    name of its own or a part of the name it follows ("Super Kowal 3D Land")."""
    return word[0].isdigit() and any(ch.isupper() for ch in word)


CALENDAR_WORDS = frozenset(  # days and months, English and French
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december lundi mardi mercredi jeudi vendredi samedi dimanche janvier "
    "février mars avril mai juin juillet août septembre octobre novembre décembre".split()
)

DETERMINER = re.compile(r"(?:^|\W)(?:un|une|le|la|les|l['’]|des|du|au|aux|de\s+l['’]|son|sa|ses|ce|cet|cette|ces|mon|ma|mes|"
                        r"notre|nos|votre|vos|leur|leurs|quelques|plusieurs)\s*$",
                        re.IGNORECASE)
"""A French determiner at the end of a text: before a common noun, never before a person's name."""

FILLERS = frozenset("the le la les l de du des d of".split())
"""Articles and prepositions a translated name gains or loses ("The Information" -> "L'information")."""

def romanized(written: str, word: str) -> bool:
    """Whether ``written`` romanizes otherwise a word whose letters of another alphabet it lost,
    one of them as two letters at least ("Pashek" for Pašek): a
    transliteration from the original, longer than the source's letters, not a slip."""
    return bool(foreign_letters(word, "en") - set(written.lower())) and len(fold(written)) > len(fold(word))


def headline(text: str) -> bool:
    """An English headline in title case: its words of four letters or more capitalised (three at
    least: "By Anna Smith" is a byline, its words a name), or four in five of them and no full stop
    at its end ("Wants to Open a New Cloud", "Minister Promises That under Her, Taxes Will Not
    Rise"): its capitals say nothing about names."""
    long_words = re.findall(r"[^\W\d_]{4,}", text)
    capitals = sum(1 for w in long_words if w[0].isupper())
    if len(long_words) < 3:
        return False
    return capitals == len(long_words) or (not text.rstrip().endswith(".") and 5 * capitals >= 4 * len(long_words))


def glued_little_word(word: str) -> bool:
    """Whether ``word`` opens with an article, a preposition or a conjunction glued to a capitalised
    word ("aTuesday", "theCompetitiveness"): a space lost, not a name's own capitals."""
    return _GLUED_LITTLE_WORD.match(word) is not None


_GAP = re.compile(r"[ \u00a0-](?:[dlDL]['’])?")
"""What may part two tokens of one name: a space, a no-break space or a hyphen, and an elided
article or particle ("Côte d'Ivoire", "Agence internationale de l'énergie atomique")."""


def one_name(text: str, span: Sequence[Token], canonical: str) -> bool:
    """Several tokens read as one name only when they are separated by one space or hyphen at most
    (and an elision), and each is capitalised (or a number), or, for a name written in several words, the first is:
    "Open AI" may be OpenAI and "Ingrid kowalczyk" Ingrid Kowalczyk, but "il y a" is never Ilya. A name that
    starts in lowercase ("iPod", "eBay") may start its split form with that lowercase beginning."""
    gaps_ok = all(_GAP.fullmatch(text, a.end, b.start) for a, b in zip(span, span[1:], strict=False))
    capitals = span[:1] if " " in canonical else span
    lowercase_start = canonical[:1].islower() and canonical.startswith(span[0].text)
    return gaps_ok and all(t.text[0].isupper() or t.text[0].isdigit() or (t is span[0] and lowercase_start) for t in capitals)
