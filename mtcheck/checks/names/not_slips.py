"""What makes a word of a name written otherwise no slip of it, for NE003's comparison of a
translation's name with its source's, word by word: an ending of a demonym or an adjective, a
title or a number French puts otherwise, a monarch's French name, the source's own slip, a name
the source cut short, French or English common words, the original's spelling, a French form.
Each takes the words written and the name's words, the same number of each."""

from __future__ import annotations

from collections import Counter

from mtcheck.entities.candidates import ROMAN_NUMBER, fold, foreign_letters, romanized
from mtcheck.entities.forms import english_word, institution_words
from mtcheck.entities.lexicon import rendered_words
from mtcheck.entities.pairs import occurrences
from mtcheck.entities.spelling import same_given_name, variant
from mtcheck.french import french_word, known_form, listed_word


def _differing(written: tuple[str, ...], name: list[str] | tuple[str, ...]) -> list[tuple[str, str]]:
    """The words of the written form that differ from the name's, each with the name's word."""
    return [(w, s) for w, s in zip(written, name, strict=True) if w != s]


_DEMONYM_ENDINGS = frozenset("n an ans ian ians ns i is ese ish ien iens ienne iennes ain aine ains ais aise".split())


def derived(written: tuple[str, ...], name: list[str] | tuple[str, ...]) -> bool:
    """Whether every word that differs is the name's word with the ending of an adjective or a
    demonym added ("North Korean" for North Korea, "Norvégien" for Norway), not a doubled
    last letter ("Kowalskii" for Kowalski) nor an inflection ("Bayerischer Hafen"): those are slips."""
    return all(len(fold(s)) >= 4 and _ending(w, s) in _DEMONYM_ENDINGS for w, s in _differing(written, name))


def title_word_differs(written: tuple[str, ...], source: list[str]) -> bool:
    """Whether the words that differ are titles or institution words, which French translates as a
    rule ("Sénatrice Ingrid Kowalczyk" for Senator Ingrid Kowalczyk)."""
    return any(fold(s) in institution_words() for _, s in _differing(written, source))


def other_number_of_a_word(written: tuple[str, ...], source: list[str]) -> bool:
    """Whether the words that differ are the source's common words in the other number, or variants
    of the source's words: grammar, not a slip ("Birch Street" for the source's "Maple and Birch
    Streets", "ministre des Sports Jan Kowal" for Minister of Sport Jan Kowal)."""
    differing = _differing(written, source)
    plural = [(w, s) for w, s in differing if _plural_of(w, s) or _plural_of(s, w)]
    return bool(plural) and all((w, s) in plural or variant(w, s) for w, s in differing)


def _plural_of(plural: str, word: str) -> bool:
    """Whether ``plural`` is ``word`` with an -s, ``word`` being a common word: one French knows, an
    institution's word, or one the lexicon renders ("Street")."""
    if fold(plural) != fold(word) + "s":
        return False
    return fold(word) in institution_words() or listed_word(word) or bool(rendered_words(word, "en"))


def regnal(written: tuple[str, ...], source: list[str]) -> bool:
    """Whether the name is a monarch's or a pope's, its number in Roman numerals kept, and only
    the given name differs, written as French writes a name: French translates it as a rule
    ("Édouard VII" for Edward VII, but "Edwart VII" is a slip)."""
    return (len(written) == len(source) == 2 and written[1] == source[1] and ROMAN_NUMBER.fullmatch(written[1]) is not None
            and known_form(written[0]))


def source_slip(written: tuple[str, ...], source: list[str]) -> bool:
    """Whether the slip is the source's: every differing word is one French writes ("Norbert")
    and its source word is one it never does ("Norbet")."""
    return all(known_form(w) and not known_form(s) for w, s in _differing(written, source))


def corpus_slip(written: tuple[str, ...], source: list[str], source_text: str, source_words: Counter[str]) -> bool:
    """Whether the slip is the source's by the corpus's evidence: every differing word of the
    translation is one that other sources write ("Kirkby" elsewhere in the article), and its
    source word is written in this sentence only ("Danny Kirby"). A source's word the corpus
    writes again is no slip: "Emmer Shear" beside Tom Emmer, where "Emmett" is written twice, is
    the translation's."""
    differing = _differing(written, source)
    return bool(differing) and all(
        source_words[s] <= 1 and source_words[w] > len(occurrences(source_text, w))
        for w, s in differing
    )


def cut_short(written: tuple[str, ...], source: list[str]) -> bool:
    """Whether every word that differs is the source's word with letters added at its end, not its
    last letter doubled ("Nicolo Carmona" for the source's "Nico Carmona", "El Trianero" for "El
    Lebrija"): a translator's source cuts a name short, while MT copies a name or loses its
    letters ("Emmer Shear"), and adds none after its end."""
    differing = _differing(written, source)
    return bool(differing) and all(len(fold(s)) >= 3 and _ending(w, s) is not None for w, s in differing)


def _ending(written: str, word: str) -> str | None:
    """The letters ``written`` adds after the end of ``word`` (folded), unless it begins by doubling
    the last letter ("Altmann" for Altman: a slip); None where ``written`` does not extend ``word``."""
    a, b = fold(written), fold(word)
    return a[len(b) :] if b and len(a) > len(b) and a.startswith(b) and a[len(b)] != b[-1] else None


def french_words(written: tuple[str, ...], name: list[str] | tuple[str, ...]) -> bool:
    """Whether every word that differs is a French common word: the French form of the name
    ("Nord-Coréens" for North Koreans), not a slip."""
    return all(listed_word(w) for w, _ in _differing(written, name))


def translated_words(written: tuple[str, ...], name: list[str] | tuple[str, ...]) -> bool:
    """Whether every word of an English translation that differs is an English common word where
    the French source writes a French one ("Famous" for a source's "Fameux" opening a sentence): the
    word translated into its English cognate, not a slip of a name."""
    return all(english_word(w.lower()) and french_word(s) for w, s in _differing(written, name))


def original_spelling(written: str, name: str, lang: str) -> bool:
    """Whether the translation writes letters of another language's alphabet that the source lacks
    ("Miss Pacífico" for Miss Pacific, "Eliseo Ibáñez" for Eliseo Ibanez): the translator
    worked from the original's spelling, which an English source flattened; NMT does not add them.
    Or the other way round: the source's letters of another alphabet romanized otherwise, one as two
    ("Pashek" for Pašek), as French transliterates from the original (``conventions.romanized``)."""
    return bool(foreign_letters(written, lang) - set(name.lower())) or romanized(written, name)


def native_given_name(written: tuple[str, ...], source: list[str], name: str, lang: str) -> bool:
    """Whether the source spells the name with letters of the person's own language, which ``lang``
    does not write ("Peter Horáček"), and every other word that differs is the given name as that
    language writes it ("Petr Horacek"): the translator wrote the person's own name, not a slip."""
    differing = [(w, s) for w, s in _differing(written, source) if fold(w) != fold(s)]
    return bool(differing and foreign_letters(name, lang)) and all(same_given_name(w, s, native=True) for w, s in differing)


def adapted(written: str, name: str) -> bool:
    """One word that differs from the name only in its last letter or an added ending: the French
    form of a name ("Virginie", "Fédéraliste") or another name ("Rosa"), not a slip."""
    a, b = fold(written), fold(name)
    common = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return common >= min(len(a), len(b)) - 1
