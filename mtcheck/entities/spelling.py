"""When two spellings are one name: transliteration variants, French forms, and slips.

``misspelling`` compares names word by word with a Damerau-Levenshtein distance (rapidfuzz's
optimal string alignment, cut off at the edits allowed) after folding case, accents and
transliteration variants, so "Emmer Shear" is a slip of "Emmett Shear" but "Kowalevski" is a
valid spelling of "Kowalevsky".
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Sequence
from functools import cache, lru_cache

from rapidfuzz.distance import OSA

from mtcheck.entities.candidates import fold
from mtcheck.entities.forms import english_place, english_word, exonym, exonym_forms, exonym_table, given_name_rows, people_word
from mtcheck.french import known_form, listed_word

_TRANSLIT = (("tch", "ch"), ("sh", "ch"), ("ou", "u"), ("ph", "f"), ("y", "i"), ("w", "v"), ("j", "i"),
             ("dh", "d"), ("ck", "k"), ("c", "k"), ("kh", "h"), ("gh", "g"), ("ue", "u"), ("oe", "o"))  # fmt: skip
"""Spellings that transliterations of one name use interchangeably: Kowalevsky / Kowalevski,
Lukas / Lucas, Patrik / Patrick, and the German umlaut written out (Guenther / Günther)."""

_FRENCH_GU = re.compile(r"(?<=\w)gu(?=[ei])")
"""French "gu" before e or i is the hard g that English writes "g": Sergueï / Sergei, Evgueni / Evgeny."""

_FRENCH_SS = re.compile(r"(?<=[aeiouy])ss(?=[aeiouy])")
"""French "ss" between vowels is the s that English writes single, which a single s there would
make a z in French: Kassatov / Kasatov, Vassili / Vasily."""

_FRENCH_ENDINGS = (("", "e"), ("a", "e"), ("as", "es"), ("der", "dre"), ("el", "elle"), ("ans", "ens"), ("ies", "es"),
                   ("us", "e"), ("", "es"), ("on", "onne"), ("on", "onnes"), ("en", "enne"), ("en", "ennes"))  # fmt: skip
"""English endings of names and the French endings that replace them: Maxim -> Maxime, Vienna ->
Vienne, Asturias -> Asturies, Alexander -> Alexandre (only after d: "Manchestre" is a slip), Palestinians -> Palestiniens;
and the endings of a French adjective's feminine and plural (Saxon -> saxonnes, Kowalien -> kowaliennes)."""

@lru_cache(maxsize=1 << 16)
def spelling_key(text: str) -> str:
    """``fold`` with transliteration variants and the British "-our" and "-re" endings merged
    ("Tchaïkovski" ~ "Chaikovsky", "Sergueï" ~ "Sergei", "Kassatov" ~ "Kasatov", "Arbour" ~ "Arbor",
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


@cache
def _french_forms() -> frozenset[str]:
    """Every French form our tables give, folded: a word one of them is no slip of another."""
    return frozenset(fold(f) for forms in exonym_table().values() for f in forms)


@lru_cache(maxsize=1 << 14)  # asked for each word of a name against every capitalised word of its sentence
def _french_place_names(word: str) -> tuple[str, ...]:
    """The one-word French names of the place ``word`` that are not the English (the CLDR's
    "hongrie" for Hungary); none for a word that names no place."""
    if not english_place(word):
        return ()
    return tuple(f for f in exonym_forms(word) if " " not in f and fold(f) != fold(word))


def french_form_slipped(written: str, word: str) -> str | None:
    """The one-word French name of the place ``word`` (the CLDR's, where it is not the English:
    "Hongrie" for Hungary) that ``written`` misspells ("Hongie", or "Hongre", even where the slip
    happens to be a French word), capitalised as written; None where ``written`` is no such slip or
    is a French form of its own (a people's word, another place)."""
    forms = _french_place_names(word)
    if not forms:
        return None
    key = fold(written)
    if key == fold(word) or key in _french_forms() or people_word(written):
        return None
    form = next((f for f in forms if slip(written, f, anchored=False)), None)
    return None if form is None else written[:1] + form[1:]


@lru_cache(maxsize=1 << 18)  # the same corpus forms are compared again in every document
def slip(a: str, b: str, *, anchored: bool) -> bool:
    """Whether word ``a`` is a plausible typo or mistranscription of word ``b`` (and not the same word).

    Words of four letters or more allow one edit, and a word of three letters one lost letter of
    a name of four that no text writes so (``_letter_lost``), or no French word, where ``anchored``
    (another word of the name matched exactly: "Pit Varno" for Piet Varno, but "Kowal-Île" is the
    French word for the Isle); ``anchored`` also allows two edits on words of five letters or more.
    """
    fa, fb = fold(a), fold(b)
    labels = fa.rstrip(string.digits) == fb.rstrip(string.digits)
    if a.isupper() and b.isupper() and sorted(fa) == sorted(fb):
        return False  # an acronym's letters in another language's word order (French puts the noun first)
    if variant(a, b) or fa[:1] != fb[:1] or (fa.isdigit() and fb.isdigit()) or labels:
        return False  # another number is another year or model ("Euro-2004", "Euro-2009"), or a label ("Figure2"), not a slip
    shortest = min(len(fa), len(fb))
    if shortest < 4 and not (_letter_lost(a, fa, fb) or anchored and len(fa) == 3 and len(fb) == 4 and not listed_word(a)):
        return False
    allowed = 2 if (shortest >= 8 or (anchored and shortest >= 5)) else 1
    return OSA.distance(fa, fb, score_cutoff=allowed) <= allowed


def _swapped(fa: str, fb: str) -> bool:
    """Whether two folded words differ by two neighbouring letters swapped, the commonest typing slip
    ("Kaloep" for Kalope), which transliteration and French endings never make, but for the French
    "-re" of an English "-er" ("Alexandre", "Centre")."""
    diff = [k for k, (x, y) in enumerate(zip(fa, fb, strict=False)) if x != y]
    if len(fa) != len(fb) or len(diff) != 2 or diff[1] != diff[0] + 1:
        return False
    k = diff[0]
    return fa[k] == fb[k + 1] and fa[k + 1] == fb[k] and {fa[k : k + 2], fb[k : k + 2]} != {"er", "re"}


def _letter_lost(written: str, fa: str, fb: str) -> bool:
    """Whether a word of three letters is a name of four with a letter lost ("Jts" for Jets), as no
    French or English text writes it; a word of three letters that one does is a word, an
    abbreviation or a name of its own ("île", "Pau", "Tom")."""
    return len(fa) == 3 and len(fb) == 4 and not (known_form(written) or english_word(fa))

def misspelling(candidate: Sequence[str], name: Sequence[str]) -> bool:
    """``candidate`` words spell ``name`` words with slips: every word equal or a slip, one slip at least."""
    return len(candidate) == len(name) and _misspelling(tuple(candidate), tuple(name))

@lru_cache(maxsize=1 << 18)
def _misspelling(candidate: tuple[str, ...], name: tuple[str, ...]) -> bool:
    # The name's word may come from a text that lost its letters beyond ASCII ("Toms" for the
    # candidate's Tomàs); the candidate's losing them ("Mller" for Müller) is a slip.
    same = [variant(a, b) or _ascii_only(a) == b for a, b in zip(candidate, name, strict=True)]
    equal = [s or same_given_name(a, b) for s, a, b in zip(same, candidate, name, strict=True)]
    if all(equal) or exonym(" ".join(candidate), " ".join(name)):
        return False  # the same name, or its French form as a whole ("Addis-Abeba" for Addis Ababa)
    if len(name) > 1 and not any(equal):
        return False  # a slip in every word is another name ("Jahn Kowalcsyk" beside John Kowalczyk)
    # A word written the same vouches for a longer slip in another; a given name in another
    # language's form does not ("Juan Marlo" is no slip of John Marlow).
    return all(e or slip(a, b, anchored=any(same)) for e, a, b in zip(equal, candidate, name, strict=True))

def same_given_name(a: str, b: str, *, native: bool = False) -> bool:
    """Whether ``a`` and ``b`` are one given name as two languages write it ("Pavel" and "Paul",
    "François" and "Francis"). A form a letter away from the other and not French reads as a slip
    first: "Petr" for Peter is what "Michal" for Michael would be in a translation from English,
    unless the name is known to be ``native`` to a language that writes it so (the source spells
    the surname as Czech does: "Peter Horáček")."""
    every, _, french = given_name_rows()
    shared = every.get(fold(a), frozenset()) & every.get(fold(b), frozenset())
    if not shared:
        return False
    french_forms = french.get(fold(a), frozenset()) | french.get(fold(b), frozenset())
    return native or OSA.distance(fold(a), fold(b), score_cutoff=1) > 1 or bool(shared & french_forms)

def french_given_name(written: str, name: str) -> bool:
    """Whether ``written`` is the French form of the English given name ``name`` ("Pierre" for
    Peter, "Jean" for John), not its French ending ("Alexandre" for Alexander, as for Maxim) nor
    the French form of another language's name ("Alexandre" for Aleksandr, "Joseph" for Josef):
    French transliterates those, and writes an English speaker's name as it is."""
    english_only = _english_given_rows(name)
    if not english_only or fold(written) == fold(name) or french_form(written, name):
        return False
    _, _, french = given_name_rows()
    return bool(french.get(fold(written), frozenset()) & english_only)


def has_french_given_name(name: str) -> bool:
    """Whether ``name`` is an English given name with a French form of its own (``french_given_name``
    holds for some word): the name alignment compares the words of a sentence with no other."""
    return bool(_english_given_rows(name))


@lru_cache(maxsize=1 << 12)
def _english_given_rows(name: str) -> frozenset[str]:
    """The rows of the given names' table where ``name`` is the English form only."""
    _, english, french = given_name_rows()
    return english.get(fold(name), frozenset()) - french.get(fold(name), frozenset())

@lru_cache(maxsize=1 << 18)  # the name alignment asks it of every word of a sentence for every name word
def variant(a: str, b: str) -> bool:
    """The same word, another transliteration of it, or its French form (either way round): a French
    ending, or an exonym ("Moscou" for Moscow); never two neighbouring letters swapped ("Kaloep")."""
    if fold(a) == fold(b):
        return True
    return (spelling_key(a) == spelling_key(b) or french_form(a, b) or french_form(b, a)) and not _swapped(fold(a), fold(b)) \
        or exonym(a, b) or exonym(b, a)

@lru_cache(maxsize=1 << 18)
def may_vary(a: str, b: str) -> bool:
    """A cheap test that ``variant`` can hold: the same first letters once transliterated,
    or a name our tables give French forms for; most word pairs of a sentence fail it at once."""
    return spelling_key(a)[:3] == spelling_key(b)[:3] or bool(exonym_forms(a)) or bool(exonym_forms(b))


def may_slip(a: str, b: str) -> bool:
    """What ``slip`` requires first: the same first letter once folded, and lengths two
    letters apart at most (its edit distance allows two edits at most)."""
    fa, fb = fold(a), fold(b)
    return fa[:1] == fb[:1] and abs(len(fa) - len(fb)) <= 2


def _ascii_only(word: str) -> str | None:
    """``word`` without its letters beyond ASCII, as a text that lost them writes it; None if it has none."""
    return None if word.isascii() else "".join(ch for ch in word if ch.isascii())

def same_name(a: str, b: str) -> bool:
    return variant(a, b) or slip(a, b, anchored=False)


_GLUED_ARTICLE = re.compile(r"\b(?:de|du|des|la|le|les|of|the|and|et)[A-ZÀ-Þ][a-zà-ÿ]")


def spacing(written: str, canonical: str) -> bool:
    """Whether the words are parted only where letters meet digits or another alphabet ("COP 21",
    "ACE-2", "IFN-γ", "tCO₂-eq"), as typographers choose, or the form has accents the canonical
    form lacks ("Le Bléré" for a source's "LeBlere"): a translation does not add them, the name's
    own spelling does; or the canonical form glues an article or a preposition to the next word
    ("Société deDéveloppement"), a slip the written form mends."""
    if _GLUED_ARTICLE.search(canonical):
        return True
    if _accents(written) > _accents(canonical):  # a mention and its name always share a folded key
        return True
    return parted_at_kinds(written, canonical)


def parted_at_kinds(text: str, other: str = "") -> bool:
    """Whether every space or hyphen of ``text`` parts letters from digits or from another alphabet
    ("COP 21", "KX-7", "IFN-γ"): a typographer's choice, which a form without them ("KX7") may make
    too; or ``text`` and ``other`` differ only by such hyphens ("K-35 Kowal Fighter" / "K35 Kowal
    Fighter"). A space between a figure and letters ("3 D" for 3D) is a split."""
    cuts = [i for i, ch in enumerate(text) if ch in " -\u00a0"]
    if all(_parts_kinds(text, i) for i in cuts):
        return True
    return bool(other) and _unhyphened(text).lower() == _unhyphened(other).lower()


def _parts_kinds(text: str, i: int) -> bool:
    return 0 < i < len(text) - 1 and _kind(text[i - 1]) != _kind(text[i + 1])


def _unhyphened(text: str) -> str:
    return "".join(ch for i, ch in enumerate(text) if ch != "-" or not _parts_kinds(text, i))


def _kind(ch: str) -> str:
    """A character's class where a name may be parted: digit, Latin letter, or another script."""
    if not ch.isalpha():
        return "digit"
    return "latin" if "LATIN" in unicodedata.name(ch, "") else "other"


def _accents(text: str) -> int:
    return sum(1 for ch in unicodedata.normalize("NFD", text) if unicodedata.combining(ch))
