"""Whether a word a translation writes in lowercase is a name of the corpus that lost its capital,
or a word of French (or of English quoted by French text) that happens to spell it.

NE001 without a source reads a lowercase form of a name the corpus writes capitalised ("en iran"
beside the corpus's "Iran") as damage only with one of these pieces of evidence: a place's French
name, a given name, a capitalised word beside it, a bare noun where French would put a determiner
before a common noun, the one institution the corpus calls by its common noun, or a word neither
French nor English writes. Each guard cites the convention of French writing it encodes.
"""

from __future__ import annotations

import re
from collections import Counter

from mtcheck.entities.candidates import DETERMINER, FUNCTION_WORDS
from mtcheck.entities.corpus_words import longer_name
from mtcheck.entities.entity import Mention
from mtcheck.entities.forms import NAME_PARTICLES, census_given_name, english_word, french_place
from mtcheck.entities.lexicon import translations
from mtcheck.french import (
    dictionary_word,
    french_word,
    listed_word,
    lowercase_french_word,
    lowercase_word,
    plural_of_an_adjective,
)


def _a_bare_noun_of_the_corpus(text: str, m: Mention) -> bool:
    """Whether a French noun in lowercase, with no determiner before it, is a name the corpus writes
    capitalised ten times as often, ten times at least, and mostly with no determiner either
    ("d'après jazz" beside its surname "Jazz"): French puts a determiner before a common noun ("le
    jazz") and none before a person's or a place's name. An institution's noun the corpus
    capitalises after its article ("l'Union") is a common noun that French also writes bare ("un
    esprit d'union"); verb forms, adverbs and adjectives (``french.dictionary_word``:
    "venus", "extra"), which take no determiner either, are left alone."""
    entity = m.entity
    bare = entity.variants[entity.canonical] - entity.determined
    return _ten_to_one(m) and bare > entity.determined and not dictionary_word(m.text) \
        and not DETERMINER.search(text, max(0, m.start - 12), m.start)


def a_given_name_of_the_corpus(m: Mention) -> bool:
    """Whether a short lowercase form is a given name the corpus writes capitalised ten times as
    often, ten times at least ("demandez hal" beside its "Hal"): no little word of another language."""
    return census_given_name(m.entity.canonical) and m.text not in NAME_PARTICLES and m.text not in FUNCTION_WORDS \
        and _ten_to_one(m)


def _ten_to_one(m: Mention) -> bool:
    """Whether the corpus writes the name's canonical form ten times as often as the mention's, and
    ten times at least: evidence that outweighs a word's reading in lowercase."""
    variants = m.entity.variants
    capitalised = variants[m.entity.canonical]
    return capitalised >= 10 and capitalised >= 10 * max(1, variants[m.text])


def writes_as_a_word(word: str) -> bool:
    """Whether French writes ``word`` as a word of its own, in lowercase (spaCy's French tables, or
    the bilingual lexicon's French words for English common words: "congrès" beside the Congress,
    "Congrès"; not "angleterre", which renders only the proper noun England)."""
    return french_word(word) or any(
        english_word(t) or " " in t for t in translations(word, "fr") - {word.lower()})


_NEIGHBOURS = re.compile(r"(?<!\w)([^\W\d_]+)[ \u00a0]+$|^[ \u00a0]+([^\W\d_]+)")


def _beside_a_name(text: str, m: Mention) -> bool:
    """Whether a capitalised word sits right before or after the mention, in the same sentence: a
    word the corpus capitalises, in lowercase there, is a name's word that lost its capital ("Kowalia
    bay", "wall Street", "david Marek"), not English quoted by French text ("the end of the road");
    a function word is not ("Alliance for the Harbour")."""
    return any(w[0].isupper() and w.lower() not in NAME_PARTICLES for w in _neighbours(text, m))


def in_a_full_name(text: str, m: Mention, forms: Counter[str]) -> bool:
    """Whether the word in lowercase sits beside the rest of a name the corpus writes whole, every
    word capitalised, twice or more: it opens the name ("new Kowalia" beside New Kowalia), or
    follows a name's word that is no French word ("Walter sajous" beside Walter Sajous) or a word
    when it is none itself ("Bureau bay" beside Bureau Bay): a name that lost a capital, however
    short, and a person's whatever the word means in French (a sajou is a monkey). French writes an
    institution's later words in lowercase after its head, a common noun ("la Cour suprême", "la
    Société royale"), even where the corpus also capitalises them."""
    before, after = _beside(text, m)
    name = m.entity.canonical
    later = before[:1].isupper() and (census_given_name(before) or not writes_as_a_word(before) or not writes_as_a_word(m.text))
    wholes = [f"{before} {name}" if later else "", f"{name} {after}" if after[:1].isupper() else ""]
    return any(whole and forms[whole] >= 2 for whole in wholes)


def slip_of_a_corpus_name(text: str, m: Mention) -> bool:
    """Whether a lowercase form of a word the corpus writes capitalised as a name is its slip: a
    place's French name ("en italie"), a given name, a word beside a capitalised one ("david Marek",
    "wall Street"), or a word neither French nor English writes ("en iran"), or English outside an
    English phrase ("le dirigeant de google"); not a function word, a French word ("le trésor", "la
    miss") but a bare noun of the corpus's name (``_a_bare_noun_of_the_corpus``: "d'après jazz"),
    nor a word of English quoted by French text ("the end of the road")."""
    word = m.text
    if french_place(word) and (not dictionary_word(word) or _PLACE_BEFORE.search(text, max(0, m.start - 12), m.start)):
        return True  # "en italie", "en chine"; but "une banque suisse" is the adjective
    if _opens_a_place(text, m):
        return True  # "en république dominicaine"
    if _noun_of_a_people(text, m):
        return True  # "les kowaliens"
    if _the_one_institution(text, m):
        return True  # "au synode" beside the corpus's "le Synode", "la commission fédérale" beside its "Commission fédérale"
    if word in FUNCTION_WORDS or (writes_as_a_word(word) and not _given_name_here(text, m)
                                  and not _a_bare_noun_of_the_corpus(text, m)):
        return False  # "la miss", "le congrès", "un oscar": French words
    return _beside_a_name(text, m) or not (english_word(word) and _beside_english(text, m))


_NEXT_WORDS = re.compile(r"(?:[ \u00a0-]+[^\W\d_]+){1,2}")


def _opens_a_place(text: str, m: Mention) -> bool:
    """Whether the word in lowercase opens the French name of a place of several words in the CLDR
    ("république dominicaine", "corée du Sud"), which French capitalises."""
    after = _NEXT_WORDS.match(text, m.end)
    if after is None:
        return False
    words = after.group().replace("-", " ").split()
    return any(french_place(" ".join([m.text, *words[:k]])) for k in range(1, len(words) + 1))


_WORDS_BEFORE = re.compile(r"(?:[^\W\d_]+['’]?[ \u00a0-]+){1,3}$")
_CARDINAL_POINTS = frozenset("nord sud est ouest nord-est nord-ouest sud-est sud-ouest".split())


def ends_a_place(text: str, m: Mention) -> bool:
    """Whether the word in lowercase is the cardinal point that ends the French name of a place in
    the CLDR ("Corée du sud", "Amérique du nord"): French capitalises a cardinal point that names
    ("l'Afrique du Sud"), not an adjective ("Timor oriental") nor a direction ("le sud du pays")."""
    if m.text.lower() not in _CARDINAL_POINTS:
        return False
    before = _WORDS_BEFORE.search(text, max(0, m.start - 40), m.start)
    if before is None:
        return False
    words = before.group().replace("-", " ").replace("\u00a0", " ").split()
    return any(french_place(" ".join([*words[-k:], m.text])) for k in range(1, len(words) + 1))


_PLURAL_DETERMINER = re.compile(r"(?:^|\W)(?:(les|aux|ces|ses|leurs|nos|vos|mes|plusieurs|quelques|d['’]autres)|"
                                r"(?:(\w+)\s+)?(?:des|de|d['’]))\s*$", re.IGNORECASE)


def _noun_of_a_people(text: str, m: Mention) -> bool:
    """Whether the word in lowercase is a people's noun: French capitalises the noun and not the
    adjective ("les Kowaliens", "le peuple kowalien"). An adjective in the plural right after a
    determiner has no noun to qualify, so it is the noun, where the corpus writes it as a name
    ("plusieurs kowaliens" beside its "Kowaliens"). After "des" or "de" that follow a noun, it
    may be a later word of an institution's name, which French writes in lowercase ("la ligue des
    champions")."""
    if not plural_of_an_adjective(m.text):
        return False
    found = _PLURAL_DETERMINER.search(text, max(0, m.start - 30), m.start)
    if found is None:
        return False
    before = found.group(2) or ""
    return bool(found.group(1)) or not (before[:1].isupper() or listed_word(before))


_DEFINITE = re.compile(r"(?:^|\W)(?:le|la|l['’]|du|au)\s*$", re.IGNORECASE)
UNIQUE_MAJORITY = 4
"""How many times more often than in lowercase the corpus must write an institution's common noun
capitalised before its lowercase form is read as that institution: more than a name's clear
majority (``corpus_words.CLEAR_MAJORITY``), since French writes the noun of any such body too."""
NAMED_WITH = 3
"""How often the corpus must write an institution's noun capitalised before an adjective for that
adjective to make the two its name."""


def _the_one_institution(text: str, m: Mention) -> bool:
    """Whether the word in lowercase names the one institution the corpus calls by its common noun,
    alone ("le Synode", "au Synode") or with an adjective ("la Commission fédérale"): French
    capitalises the noun of the one body so named, and writes the noun of any other in lowercase
    ("un synode", "le synode de Kowal", "le synode régional", "la commission parlementaire"). So,
    after the definite article: alone, where French writes the noun capitalised more often than
    not and the corpus writes it capitalised alone three times or more, twice as often at least as
    at the head of a longer name ("Synode de Kowal"), and ``UNIQUE_MAJORITY`` times as often as in
    lowercase; before an adjective, where the corpus writes that adjective after the capitalised
    noun ``NAMED_WITH`` times or more."""
    if not _DEFINITE.search(text, max(0, m.start - 6), m.start):
        return False
    entity = m.entity
    after = longer_name(text, m.end)
    if after is not None:  # the head of a longer name: only an adjective the corpus's name has
        return bool(after) and entity.adjectives[after] >= NAMED_WITH
    if lowercase_word(m.text):
        return False
    written = entity.variants[entity.canonical]
    alone = written - entity.heading
    return alone >= 3 and alone >= 2 * entity.heading and written >= UNIQUE_MAJORITY * entity.variants[m.text]


_PLACE_BEFORE = re.compile(r"(?:^|\W)(?:en|à|au|aux|de|d['’]|du|des|vers|depuis|la|le|l['’])\s*$", re.IGNORECASE)
"""A preposition or an article before a word: a place's name there, not an adjective ("en chine")."""


def _given_name_here(text: str, m: Mention) -> bool:
    """Whether a word that is both a French noun and a given name ("david", "oscar") reads as the
    given name: an English speaker's given name with no determiner before it ("david Orlov", not
    "un oscar"), and no word French writes mostly in lowercase ("travailler avec constance")."""
    return (census_given_name(m.text) and not english_word(m.text) and not lowercase_french_word(m.text)
            and not DETERMINER.search(text, max(0, m.start - 12), m.start))


def _beside_english(text: str, m: Mention) -> bool:
    """Whether a word right before or after the mention is English and no French word."""
    return any(english_word(w.lower()) and not writes_as_a_word(w) for w in _neighbours(text, m))


def _neighbours(text: str, m: Mention) -> list[str]:
    """The words right before and right after the mention, in the same sentence."""
    return [w for w in _beside(text, m) if w]


def _beside(text: str, m: Mention) -> tuple[str, str]:
    """The word right before the mention and the word right after it, in the same sentence ("" for none)."""
    before = _NEIGHBOURS.search(text, max(0, m.start - 40), m.start)
    after = _NEIGHBOURS.match(text[m.end : m.end + 40])
    return (before.group(1) or "") if before else "", (after.group(2) or "") if after else ""
