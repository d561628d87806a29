"""What a name is and when two names are the same: candidates, spelling distance, translated forms.

The name checks share three questions, answered here once:

- *Which words of a text are name candidates?* Runs of capitalised words (and brand-like words such
  as "iPhone"), without the function words that start a sentence ("Selon", "The") and without URLs
  or handles. A lone capitalised word at the start of a sentence is ambiguous: it is marked
  ``initial``, and the checks take it for a name only where the termbase or the source names it.
- *Is one spelling a slip of another?* ``misspelling`` compares names token by token with a
  Damerau–Levenshtein distance after folding case, accents and transliteration variants, so
  "Emmer Shear" is a slip of "Emmett Shear" but "Khodorkovski" is a valid spelling of
  "Khodorkovsky".
- *How does a name look once translated word by word?* ``rendered_words`` uses the lexicon in
  ``data/name_words.tsv``, in either direction.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from mtcheck.data import load_lines
from mtcheck.langid import ENGLISH_WORDS, FRENCH_WORDS
from mtcheck.tokens import NOT_PROSE, Token, words

FUNCTION_WORDS = FRENCH_WORDS | ENGLISH_WORDS | frozenset(
    "a an selon lors according however but as if so yet les une des aux "
    "ok okay oh ah eh hello hi yes no oui non bonjour merci".split()
)
"""Capitalised at the start of a sentence, these are grammar or interjections ("OK OK."), not names."""
_TRANSLIT = (("tch", "ch"), ("sh", "ch"), ("ou", "u"), ("ph", "f"), ("y", "i"), ("w", "v"), ("j", "i"),
             ("dh", "d"), ("ck", "k"), ("c", "k"), ("kh", "h"), ("gh", "g"), ("ue", "u"), ("oe", "o"))  # fmt: skip
"""Spellings that transliterations of one name use interchangeably: Khodorkovsky / Khodorkovski,
Lukas / Lucas, Patrik / Patrick, and the German umlaut written out (Guenther / Günther)."""
_FRENCH_GU = re.compile(r"(?<=\w)gu(?=[ei])")
"""French "gu" before e or i is the hard g that English writes "g": Sergueï / Sergei, Evgueni / Evgeny."""
_FRENCH_SS = re.compile(r"(?<=[aeiouy])ss(?=[aeiouy])")
"""French "ss" between vowels is the s that English writes single, which a single s there would
make a z in French: Fetissov / Fetisov, Vassili / Vasily, Kassatonov / Kasatonov."""
_FRENCH_ENDINGS = (("", "e"), ("a", "e"), ("as", "es"), ("der", "dre"), ("el", "elle"), ("ans", "ens"), ("ies", "es"),
                   ("us", "e"))  # fmt: skip
"""English endings of names and the French endings that replace them: Maxim -> Maxime, Vienna ->
Vienne, Asturias -> Asturies, Alexander -> Alexandre (only after d: "Manchestre" is a slip), Palestinians -> Palestiniens."""
LETTERS = re.compile(r"[^\W\d_]+")
"""A run of letters: a word without its digits, hyphens and apostrophes, the unit the names checks compare."""
_ELISION = re.compile(r"^(?:[dlnsjcmt]|qu|jusqu|lorsqu|puisqu)['’]", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s$")


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """The matching key of a name: lowercase, no accents, letters and digits only."""
    decomposed = unicodedata.normalize("NFKD", text).replace("ß", "ss")
    return "".join(ch for ch in decomposed if ch.isalnum()).lower()


_ALPHABETS = {"fr": frozenset("àâäçéèêëîïôöùûüÿœæ"), "en": frozenset()}
"""The letters beyond ASCII that each language's own words are written with."""


def foreign_letters(word: str, lang: str) -> set[str]:
    """Letters of ``word`` that ``lang`` does not write its own words with ("ú" of "Jesús" in French):
    the mark of a name spelled as its own language spells it."""
    alphabet = _ALPHABETS.get(lang, frozenset())
    return {ch for ch in word.lower() if ch.isalpha() and not ch.isascii() and ch not in alphabet}


_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
ROMAN_NUMBER = re.compile(r"[IVXL]+")
"""A monarch's or a pope's number ("Édouard VII", "Benoît XVI")."""


def plural_acronym(form: str) -> bool:
    """An acronym's plural ("CDs", "AMs", "VATs"): no brand, whatever its inner capital."""
    return _PLURAL_ACRONYM.fullmatch(form) is not None


_GLUED_LITTLE_WORD = re.compile(r"(?:à|au|aux|du|des|la|le|les|et|en|the|of|and)[A-ZÀ-Þ][a-zà-ÿ]")
"""A preposition, article or conjunction glued to the capital of the next word ("àWashington"):
a space lost, not a brand; "deGrasse" keeps "de", which names take."""


def brand_like(form: str) -> bool:
    """An inner capital ("OpenAI", "ChatGPT", "McGrew") or an all-caps acronym of 2+ letters."""
    if _GLUED_LITTLE_WORD.match(form):
        return False
    letters = [ch for ch in form if ch.isalpha()]
    return any(ch.isupper() for ch in form[1:] if ch.isalpha()) and len(letters) >= 2


def trim(token: Token) -> Token:
    """Drop a French elision ("d'", "l'", "qu'") and an English possessive ("'s") from a token."""
    start, end, text = token.start, token.end, token.text
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
    blocked = [m.span() for m in NOT_PROSE.finditer(text, start, stop)]
    return [trim(t) for t in words(text, start, stop) if not any(a <= t.start < b for a, b in blocked)]


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
    separated by one space, no-break space or hyphen, without leading function words. A run never
    crosses a sentence start."""
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

    def _opens(tok: Token) -> bool:
        opening = bisect.bisect_right(starts, tok.start) - 1
        before = text[starts[opening] : tok.start] if opening >= 0 else text[: tok.start]
        return not any(ch.isalnum() for ch in before)

    for tok in tokens:
        if not _name_word(tok.text):
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
    return word[0].isupper() or (word[0].islower() and any(ch.isupper() for ch in word[1:]))


@lru_cache(maxsize=1 << 16)
def spelling_key(text: str) -> str:
    """``fold`` with transliteration variants and the British "-our" and "-re" endings merged
    ("Tchaïkovski" ~ "Chaikovsky", "Sergueï" ~ "Sergei", "Fetissov" ~ "Fetisov", "Arbour" ~ "Arbor",
    "Centre" ~ "Center"). A doubled or single letter is no variant, but for the s between vowels:
    with the source at hand, "Marrio" and "Hanibal" are slips."""
    key = _FRENCH_SS.sub("s", _FRENCH_GU.sub("g", fold(text)))
    if key.endswith("our"):
        key = key[:-3] + "or"  # British and American English: Arbour / Arbor, Harbour / Harbor
    elif key.endswith(("ntre", "atre")):
        key = key[:-2] + "er"  # Centre / Center, Theatre / Theater
    for a, b in _TRANSLIT:
        key = key.replace(a, b)
    return key


def french_form(written: str, name: str) -> bool:
    """Whether ``written`` is the French form of the English ``name``: the same stem with a French
    ending (Maxime, Isabelle, Alexandre, Vienne, Poutine), never a shorter or changed stem (Emmer)."""
    w, n = spelling_key(written), spelling_key(name)
    for en, fr in _FRENCH_ENDINGS:
        if n.endswith(en) and w.endswith(fr) and len(n) - len(en) >= 3 and n[: len(n) - len(en)] == w[: len(w) - len(fr)]:
            return True
    return False


def distance(a: str, b: str, limit: int = 3) -> int:
    """Damerau–Levenshtein (optimal string alignment) distance, cut off above ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


@lru_cache(maxsize=1 << 18)  # the same corpus forms are compared again in every document
def slip(a: str, b: str, *, anchored: bool) -> bool:
    """Whether word ``a`` is a plausible typo or mistranscription of word ``b`` (and not the same word).

    Short words need an exact-length slip of one edit; ``anchored`` (another word of the name
    matched exactly) allows two edits on words of five letters or more.
    """
    fa, fb = fold(a), fold(b)
    if variant(a, b) or fa[:1] != fb[:1] or (fa.isdigit() and fb.isdigit()):
        return False  # another number is another year or model ("Euro-2004", "Euro-2009"), not a slip
    shortest = min(len(fa), len(fb))
    if shortest < 4:
        return False
    allowed = 2 if (shortest >= 8 or (anchored and shortest >= 5)) else 1
    return distance(fa, fb, allowed) <= allowed


def misspelling(candidate: Sequence[str], name: Sequence[str]) -> bool:
    """``candidate`` words spell ``name`` words with slips: every word equal or a slip, one slip at least."""
    return len(candidate) == len(name) and _misspelling(tuple(candidate), tuple(name))


@lru_cache(maxsize=1 << 18)
def _misspelling(candidate: tuple[str, ...], name: tuple[str, ...]) -> bool:
    # The name's word may come from a text that lost its letters beyond ASCII ("Gaiet" for the
    # candidate's Gaietà); the candidate's losing them ("Mller" for Müller) is a slip.
    same = [variant(a, b) or _ascii_only(a) == b for a, b in zip(candidate, name, strict=True)]
    equal = [s or same_given_name(a, b) for s, a, b in zip(same, candidate, name, strict=True)]
    if all(equal) or exonym(" ".join(candidate), " ".join(name)):
        return False  # the same name, or its French form as a whole ("Addis-Abeba" for Addis Ababa)
    if len(name) > 1 and not any(equal):
        return False  # a slip in every word is another name ("Jahn Carlen" beside John Carlin)
    # A word written the same vouches for a longer slip in another; a given name in another
    # language's form does not ("Juan Carlos" is no slip of John Carlin).
    return all(e or slip(a, b, anchored=any(same)) for e, a, b in zip(equal, candidate, name, strict=True))


@cache
def _word_table(name: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The rows of a data table of English words and their French words ("german<TAB>allemand|allemande")."""
    rows = (line.split("\t") for line in load_lines(name))
    return tuple((english, tuple(french.split("|"))) for english, french in rows)


@cache
def _lexicon() -> dict[str, dict[str, frozenset[str]]]:
    """Renderings of name words, both ways: ``{"en": {english: french words}, "fr": {french: english words}}``."""
    en: dict[str, set[str]] = {}
    fr: dict[str, set[str]] = {}
    for english, french in _word_table("name_words.tsv") + _word_table("peoples.tsv"):
        for word in french:
            en.setdefault(english, set()).add(word)
            fr.setdefault(word, set()).add(english)
    return {"en": {k: frozenset(v) for k, v in en.items()}, "fr": {k: frozenset(v) for k, v in fr.items()}}


def rendered_words(word: str, lang: str) -> frozenset[str]:
    """Lowercase words a translation from ``lang`` may render ``word`` as (empty: the lexicon does not know it)."""
    return _lexicon().get(lang, {}).get(word.lower(), frozenset())


@cache
def _peoples() -> frozenset[str]:
    """The words of ``data/peoples.tsv``, English and French, folded."""
    return frozenset(fold(w) for english, french in _word_table("peoples.tsv") for w in (english, *french))


def people_word(word: str) -> bool:
    """A people's or a language's word ("German", "allemande"), which English capitalises and French
    does not: a translation renders it as a word."""
    return fold(word) in _peoples()


def peoples_only(parts: Sequence[str]) -> bool:
    """Whether a name's words are peoples' and languages' words and articles only ("The German",
    "Japanese English", "German Turks"): English capitals on words French writes in lowercase."""
    return any(people_word(w) for w in parts) and all(people_word(w) or w.lower() in FILLERS for w in parts)


@cache
def institution_words() -> frozenset[str]:
    """Head words of names that French and English translate as a rule ("House", "University"),
    folded ("etats" for "États")."""
    return frozenset(fold(w) for w in load_lines("institution_words.txt"))


@cache
def common_brands() -> frozenset[str]:
    """Brands French writes as common nouns, in lowercase ("post-it", "jacuzzi")."""
    return frozenset(load_lines("common_brands.txt"))


_LEADING_ARTICLE = re.compile(r"^(?:(?:the|les|le|la)\s+|l['’])")


def _words(text: str) -> str:
    """Lowercase words joined by single spaces, without a leading article: the key of the exonym
    table ("Les Pays-Bas" and "The Netherlands" are "pays bas" and "netherlands")."""
    return " ".join(name_words(_LEADING_ARTICLE.sub("", text.lower())))


@cache
def _exonyms() -> dict[str, frozenset[str]]:
    """French forms of place names and acronyms, by the other form (``data/exonyms.tsv``, then the
    CLDR's places, ``data/cldr_places.tsv``)."""
    table: dict[str, set[str]] = {}
    for line in load_lines("exonyms.tsv") + load_lines("cldr_places.tsv"):
        other, french = line.split("\t")
        table.setdefault(_words(other), set()).update(_words(f) for f in french.split("|"))
    return {k: frozenset(v) for k, v in table.items()}


def exonym(written: str, name: str) -> bool:
    """Whether ``written`` is the French form of the place, acronym or famous name ``name`` ("Moscou", "OTAN", "Kadhafi")."""
    return _words(written) in _exonyms().get(_words(name), ())


@cache
def _given_names() -> tuple[dict[str, frozenset[int]], ...]:
    """Rows of ``data/given_names.tsv`` by folded form: every form's, the English forms', the French forms'."""
    rows: tuple[dict[str, set[int]], ...] = ({}, {}, {})
    for row, line in enumerate(load_lines("given_names.tsv")):
        for column, forms in enumerate(line.split("\t")):
            for form in forms.split("|"):
                rows[0].setdefault(fold(form), set()).add(row)
                if column < 2:
                    rows[column + 1].setdefault(fold(form), set()).add(row)
    return tuple({k: frozenset(v) for k, v in table.items()} for table in rows)


def given_name(word: str) -> bool:
    """Whether ``word`` is a given name of ``data/given_names.tsv`` in any language's form."""
    return fold(word) in _given_names()[0]


def same_given_name(a: str, b: str, *, native: bool = False) -> bool:
    """Whether ``a`` and ``b`` are one given name as two languages write it ("Pavel" and "Paul",
    "François" and "Francis"). A form a letter away from the other and not French reads as a slip
    first: "Petr" for Peter is what "Michal" for Michael would be in a translation from English,
    unless the name is known to be ``native`` to a language that writes it so (the source spells
    the surname as Czech does: "Peter Dolínek")."""
    every, _, french = _given_names()
    shared = every.get(fold(a), frozenset()) & every.get(fold(b), frozenset())
    if not shared:
        return False
    french_forms = french.get(fold(a), frozenset()) | french.get(fold(b), frozenset())
    return native or distance(fold(a), fold(b), 1) > 1 or bool(shared & french_forms)


def french_given_name(written: str, name: str) -> bool:
    """Whether ``written`` is the French form of the English given name ``name`` ("Pierre" for
    Peter, "Jean" for John), not its French ending ("Alexandre" for Alexander, as for Maxim) nor
    the French form of another language's name ("Alexandre" for Aleksandr, "Joseph" for Josef):
    French transliterates those, and writes an English speaker's name as it is."""
    _, english, french = _given_names()
    if fold(written) == fold(name) or french_form(written, name):
        return False
    english_only = english.get(fold(name), frozenset()) - french.get(fold(name), frozenset())
    return bool(french.get(fold(written), frozenset()) & english_only)


def translatable(name: str) -> bool:
    """A name of an institution or place, which a translation may legitimately translate."""
    return any(fold(w) in institution_words() for w in name_words(name))


def variant(a: str, b: str) -> bool:
    """The same word, another transliteration of it, or its French form (either way round): a French
    ending, or an exonym ("Moscou" for Moscow)."""
    return (fold(a) == fold(b) or spelling_key(a) == spelling_key(b) or french_form(a, b) or french_form(b, a)
            or exonym(a, b) or exonym(b, a))


def _ascii_only(word: str) -> str | None:
    """``word`` without its letters beyond ASCII, as a text that lost them writes it; None if it has none."""
    return None if word.isascii() else "".join(ch for ch in word if ch.isascii())


def _same_name(a: str, b: str) -> bool:
    return variant(a, b) or slip(a, b, anchored=False)


CALENDAR_WORDS = frozenset(  # days and months, English and French
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december lundi mardi mercredi jeudi vendredi samedi dimanche janvier "
    "février mars avril mai juin juillet août septembre octobre novembre décembre".split()
)
FILLERS = frozenset("the le la les l de du des d of".split())
"""Articles and prepositions a translated name gains or loses ("The Information" -> "L'information")."""


@lru_cache(maxsize=1 << 12)
def rendering_sets(name: str, lang: str) -> tuple[frozenset[str], ...]:
    """For each content word of ``name`` (in ``lang``), the lowercase words a word-by-word translation uses."""
    words_ = [w for w in name_words(name) if w.lower() not in FILLERS]
    return tuple(rendered_words(w, lang) | {w.lower()} for w in words_)


def rendered_spans(text: str, tokens: Sequence[Token], sets: Sequence[frozenset[str]]) -> list[tuple[int, int]]:
    """Spans of ``tokens`` whose content words render every set of ``sets`` once, in any order,
    with articles and prepositions between them ("la superintelligence sûre")."""
    found = []
    for i, tok in enumerate(tokens):
        if not any(tok.text.lower() in s for s in sets):
            continue
        left = list(sets)
        j = i
        while j < len(tokens) and left:
            word = tokens[j].text.lower()
            match = next((s for s in left if word in s), None)
            if match is not None:
                left.remove(match)
            elif word not in FILLERS or j == i:
                break
            j += 1
        if not left:
            found.append((tok.start, tokens[j - 1].end))
    return found


def has_counterpart(name: str, tokens: Sequence[Token], lang: str, accepted: Sequence[str] = ()) -> bool:
    """Whether the other side's ``tokens`` hold some trace of ``name`` (written in ``lang``): one of its
    words with a slip at most, a shared stem of five letters, a lexicon rendering, the whole name
    written as one word, or one of the ``accepted`` forms (termbase targets)."""
    keys = {fold(part) for t in tokens for part in t.text.split("-")}  # "al-Qaida" holds "qaida"
    joined = "".join(fold(t.text) for t in tokens)
    if fold(name) in joined or any(fold(a) in joined for a in accepted if a):
        return True
    for word in name_words(name):
        w = fold(word)
        if len(w) < 3 or w in FILLERS:
            continue
        if w in keys or rendered_words(word, lang) & {t.text.lower() for t in tokens}:
            return True
        stem = w[:5]
        if len(stem) >= 4 and any(k.startswith(stem) or _same_name(k, w) for k in keys):
            return True
    return False
