"""Forms of a source name that a translation may write: knowledge and conventions, not guesswork.

- The termbase's target forms, and the French forms of places, acronyms and institutions in our
  tables (``forms.exonym_forms``: the CLDR's places, ``exonyms.tsv``, ``french_names.tsv``), and a
  nation's branch of such an institution, its people's adjective after it ("Croix-Rouge kowalienne").
- French typography: a name the source writes in capitals ("ZELMAR", "FIFA") in lowercase after
  its capital; a particle in either case ("al-Assad", "Al-Assad"); a name that starts in lowercase
  ("iPhone") capitalised where it opens a sentence; a name's letters with other accents (French
  restores them, "Napoléon", or loses them, "Jagr"); a people's word in either case ("Anglo-saxons").
- Words English capitalises and French writes in lowercase: a people's or a region's adjective
  ("tchèque", "sud-américain", "occidental"), an English common word capitalised as a reference
  ("Euros", "Science"), each in French as a cognate or the adjective of a place ("iranien" for
  Iranian, "tchèque" for Czech, whose country French calls Tchéquie). A translation of a name into
  a word that is no cognate ("boulangers" for the surname Bakers) is no such convention.
- The generic word of a place or an institution translated around its proper noun, in French word
  order, and the other orders of French (``word_order``: "la rue Birch" for Birch Street).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from mtcheck.entities.candidates import ALNUM, FILLERS, ROMAN_NUMBER, Candidate, fold, foreign_letters, other_capitals, romanized
from mtcheck.entities.forms import (
    NAME_PARTICLES,
    census_given_name,
    common_brands,
    compass_word,
    demonym_form,
    english_word,
    exonym,
    exonym_forms,
    exonym_table,
    head_kind,
    people_adjective,
    people_word,
    place_demonym,
    proper_word,
)
from mtcheck.entities.renderings import TRANSLATED, Context, Match, content_words
from mtcheck.entities.spelling import french_form_slipped, french_given_name
from mtcheck.french import common_word, dictionary_word, french_word, lowercase_word
from mtcheck.french import known_form as french_form

_PARTICLES = NAME_PARTICLES | frozenset("la le los las".split())
"""Name particles and the articles of Romance names ("los Kowales"), which typography writes in either case."""


def known_form(name: Candidate, ctx: Context) -> bool:
    """Whether the target writes a form of the name that the termbase or our tables give, its
    words in any case and parted by spaces or hyphens ("États-Unis", "etats unis"), or, for a form
    of several words, its generic head capitalised ("l'Union" for the European Union)."""
    entity = ctx.registry.by_key.get(fold(name.text))
    keys = [fold(p.text) for p in ctx.pieces]
    forms = [*(entity.targets if entity is not None else ()), *exonym_forms(name.text), *_national_branch(name, ctx, keys)]
    heads = {fold(p.text) for p in ctx.pieces if p.text[:1].isupper() and len(p.text) >= 4}
    for form in forms:
        wanted = [fold(w) for w in _letters(form)]
        n = len(wanted)
        if n and any(keys[i : i + n] == wanted for i in range(len(keys) - n + 1)):
            return True
        if n > 1 and wanted[0] in heads and head_kind(_letters(form)[0]) == "institution":
            return True  # "l'Union" for the EU, "les Nations" for the UN: French names an institution by its head
    return False


def _national_branch(name: Candidate, ctx: Context, keys: list[str]) -> frozenset[str]:
    """The French forms of an institution that a people's word or a place's name before it makes a
    nation's branch: French names the institution as it does alone and puts the adjective after it,
    in lowercase, or the place after "de" ("Croix-Rouge kowalienne" for Kowalian Red Cross, "la
    Croix-Rouge du Pérou" for Peru Red Cross); none unless the target writes such an adjective or
    the place's French name (``keys``: the target's pieces, folded)."""
    words = name.text.split()
    written = f" {' '.join(keys)} "
    for k in range(len(words) - 1, 0, -1):
        places, institution = exonym_forms(" ".join(words[:k])), exonym_forms(" ".join(words[k:]))
        if institution and any(f" {fold(form)} " in written for form in places):
            return institution
    lead = next((k for k, w in enumerate(words) if not people_adjective(w)), len(words))
    if not 0 < lead < len(words):
        return frozenset()
    lower = [p.text for p in ctx.pieces if p.text.islower()]
    if not all(any(people_word(p) or _place_adjective(p, w) for p in lower) for w in words[:lead]):
        return frozenset()
    return exonym_forms(" ".join(words[lead:]))


def loanword(name: str, written: str) -> bool:
    """Whether a one-word name that is an English common word is written as the French spelling of
    that word, a French common word in parts ("le week-end" for a quoted "Weekend", "l'e-mail"):
    French borrowed the word and spells it so; no name was split."""
    return " " not in name and english_word(name.lower()) and "-" in written and common_word(written.lower())


def half_translated(matches: Sequence[Match | None]) -> bool:
    """Whether some words of the name are rendered and another English word is left as it is, no
    French word ("Silent Entrevue"): no translation, French or English, writes that."""
    placed = [m for m in matches if m is not None]
    return any(m.how in TRANSLATED for m in placed) and any(
        m.how == "exact" and english_word(m.word.lower()) and not dictionary_word(m.piece.text) for m in placed
    )


def typography(name: str, written: str, ctx: Context, first: int, descriptive: bool) -> bool:
    """Whether other capitals or accents are French typography, not damage (``descriptive``: the name
    is English common words, capitalised by English, that French may write in lowercase)."""
    source, target = _letters(name), _letters(written)
    if len(source) != len(target):
        return False
    french = ctx.target_lang == "fr"
    person = ctx.person(name)  # a person's name is no organisation's nor a species': every word keeps its capital
    if french and not person and all(t.islower() and _french_in_lowercase(s, t) for s, t in zip(source, target, strict=True)
                                     if t.lower() not in FILLERS) and (
        len(source) > 1 or not (english_word(source[0].lower()) or foreign_letters(source[0], "en"))
    ):
        return True  # "palais thermal": a description put into French words; "islam", "latino": a word only English capitalises
    for k, (s, t) in enumerate(zip(source, target, strict=True)):
        if s == t:
            continue
        if person and t.islower() and s[:1].isupper() and s.lower() not in _PARTICLES:
            return False  # "émile Kowal" for Emile Kowal: a person's word keeps its capital, accents or not
        if s.lower() == t.lower() or (other_capitals(s, t) and foreign_letters(t, ctx.target_lang)):
            # other capitals; also beside accents of the name's own language ("núñez" for Nunez), while
            # the target language's own accents on a word in lowercase write it as a French word (a drug's
            # "kowalsévir" for Kowalsevir)
            if french and k > 0 and t.islower() and french_word(t) and target[0][:1].isupper() and not person:
                continue  # "Société générale": French capitalises the first word of an organisation's name only
            if not s.isupper() and t.isupper() and len(t) <= 4:
                continue  # "BRIC" for a source's "Bric": an acronym in capitals
            if s.isupper() and t[0].isupper() and t[1:].islower() and (len(s) >= 4 or SAID_AS_A_WORD.fullmatch(s)):
                continue  # "Zelmar" for ZELMAR, "Fifa" for FIFA, "Tek" for TEK: French writes a name said as a word so
            if t.islower() and head_kind(s) is not None and french_word(t):
                continue  # "le boulevard Jean-Jaurès", "la rue Maple": French's generic word of a name, in lowercase
                # (an English one it keeps, "Maple Street", keeps its capital: "Maple street" is damage)
            if french and k == 0 and len(source) > 1 and _generic_noun(s, t) and source[1:] == target[1:] \
                    and all(map(_only_names, source[1:])):
                continue  # "la confiserie Kowalczyk": a French common noun before a name it describes
            if french and t.islower() and french_word(t) and k + 1 < len(target) and _numeral(target[k + 1]):
                continue  # "la phase II", "le chapitre 11": English capitalises a noun a number labels, French does not
            if ((s.isupper() or s[1:].islower()) and INNER_CAPITAL.search(t)) or more_inner_capitals(s, t):
                continue  # "BnG" for "BNG", "KowalSoft" for "Kowalsoft", "KWare" for "Kware": the owner's capitals
            if k > 0 and t.islower() and EPITHET.search(t) and target[k - 1][:1].isupper() and not person:
                continue  # a species' epithet, never capitalised ("Velox brunae", "Homo sapiens")
            if t.lower() in common_brands() and t[1:].islower():
                continue  # "le wifi", "le Wifi": a brand the French dictionary lists as a common noun
            if s.lower() in _PARTICLES or s.lower() in FILLERS or people_word(s):
                continue  # "al-Assad", "los Zetas", "the Information"
            if french and t.islower() and place_demonym(s):
                continue  # "le coureur kowalien" for the Kowalian runner: French writes a people's adjective in lowercase
            if s[0].islower() and t[0].isupper() and s[1:] == t[1:] and not ctx.inside(ctx.pieces[first]):
                continue  # "IPhone" opening a sentence
            if t.islower() and english_word(s.lower()) and len(source) == 1:
                continue  # "euros" for a source's "Euros": a common word, capitalised by English
            return False
        if fold(s) == fold(t) or people_word(s):
            continue  # accents, or a people's word in French capitals ("Anglo-saxons")
        return False
    return True


def _french_in_lowercase(source: str, written: str) -> bool:
    """Whether French writes ``written`` in lowercase as a word of its own: a word of its vocabulary,
    or one its text writes mostly in lowercase; never a given name of the source that is no English
    word ("Ingrid", "Luis", "Pierre"): French capitalises a given name whatever French word it
    spells ("luis", a verb's form; "pierre", a stone) and however its text writes it elsewhere."""
    if census_given_name(source) and not english_word(source.lower()):
        return False
    return french_word(written) or lowercase_word(written)


def more_inner_capitals(source: str, written: str) -> bool:
    """Whether the translation writes a word with capitals after its first letter among small
    letters (not a word all in capitals, "KOWAL Ingrid"), and more capitals than the source
    ("KWare", "iKOnet" for a source's "Kware", "iKonet"): a brand's own casing, which a translator
    restores; fewer capitals ("KowalLb" for KowalLB) are a slip."""
    inner = any(any(c.isupper() for c in w[1:]) and any(c.islower() for c in w) for w in written.split())
    return inner and sum(c.isupper() for c in written) > sum(c.isupper() for c in source)


def french_case(matches: Sequence[Match | None], ctx: Context) -> bool:
    """Whether every word of the name written in other capitals is a French word in lowercase: the
    words of a name translated around it, which French writes in lowercase ("la doctrine Brandt"
    for the Brandt Doctrine, "le front" of the Northern Front); or a particle, which names write in
    either case ("al-Assad", "Al-Assad")."""
    changed = [m for m in matches if m is not None and m.how == "case"]
    return all(m.word.lower() in _PARTICLES
               or ctx.target_lang == "fr" and m.piece.text.islower() and french_word(m.piece.text) for m in changed)


def _generic_noun(source: str, written: str) -> bool:
    """Whether the first word of a name, in lowercase, is a French common noun that says what the
    rest names, a business or a place ("la confiserie Kowalczyk", "le restaurant Brandt"): French
    writes such a noun in lowercase before the name, whose other words only name. Not a given name:
    "pierre Kowalczyk" lost a capital."""
    return written.islower() and common_word(written) and not census_given_name(source)


def _only_names(word: str) -> bool:
    """A word that is no common word of English or French ("Kowalczyk"; not "Machines")."""
    return proper_word(word) and not french_word(word)


def _numeral(word: str) -> bool:
    """A number in figures or in Roman numerals, which labels the noun before it ("Phase II", "Chapter 11")."""
    return word.isdecimal() or bool(ROMAN_NUMBER.fullmatch(word))


INNER_CAPITAL = re.compile(r"[a-zà-ÿ][A-ZÀ-Þ]")
"""A capital after a small letter ("BnG", "BaFin"): casing an owner chose, not a sentence's."""
SAID_AS_A_WORD = re.compile(r"[^AEIOUY][AEIOU][^AEIOUY\d]")
"""Three capitals said as a syllable, consonant, vowel, consonant ("TEK", "NOK"), not spelt out ("BBC")."""
EPITHET = re.compile(r"(?:ae|ii|ensis|oides|orum|arum|ens)$")
"""Latin endings of a species' epithet, which biology writes in lowercase whatever the source does."""


def _letters(text: str) -> list[str]:
    return ALNUM.findall(text)


def peoples_words(name: Candidate, matches: Sequence[Match | None], *, descriptive: bool) -> bool:
    """Whether every word of the name is one English capitalises and French writes as a common
    word: a cardinal point or a people's word ("tchèque", "sud-américain"; a people's noun keeps
    its capital: "les Tchèques"), or, in a ``descriptive`` name, an English word rendered in
    lowercase by a cognate ("euros")."""
    words = content_words(name.text)
    if len(matches) != len(words) or any(m is None for m in matches):
        return False
    for word, m in zip(words, matches, strict=True):
        assert m is not None
        written = m.piece.text
        people = people_word(word) or (demonym_form(word) and _place_adjective(written, word))
        if compass_word(word) or (people and (written.islower() or written[1:].islower())):
            continue
        if descriptive and written.islower() and english_word(word.lower()) and _cognate(written, word):
            continue
        return False
    return True


def _cognate(a: str, b: str) -> bool:
    """Whether two words share their first four letters (or all of the shorter one), accents and case aside."""
    fa, fb = fold(a), fold(b)
    n = min(4, len(fa), len(fb))
    return n >= 3 and fa[:n] == fb[:n]


def _place_adjective(written: str, word: str) -> bool:
    """Whether ``written`` derives from the French name of a place whose English name begins as
    ``word`` does ("tchèque" for Czech: Czechia is Tchéquie), or from ``word`` itself."""
    if _cognate(written, word):
        return True
    return any(_cognate(written, french) for french in _places_by_stem().get(fold(word)[:4], ()))


@cache
def _places_by_stem() -> dict[str, frozenset[str]]:
    """The French forms of our place tables by the first four letters of the English name."""
    out: dict[str, set[str]] = {}
    for english, french in exonym_table().items():
        out.setdefault(fold(english)[:4], set()).update(french)
    return {k: frozenset(v) for k, v in out.items()}


def transliterated(matches: Sequence[Match | None]) -> bool:
    """Whether a given name's other form goes with other spellings of the name's other words
    ("Iouri Gagarine"): the whole name transliterated from another alphabet, by the target
    language's own rules, not a given name translated (which keeps the surname as it is)."""
    found = [m for m in matches if m is not None]
    given = [m for m in found if m.how == "given"]
    others = [m for m in found if m.how != "given"]
    return bool(given) and bool(others) and all(m.how in ("variant", "slip") for m in others)


def historical_person(matches: Sequence[Match | None]) -> bool:
    """Whether a person's name is in the French form French writes for monarchs, popes and historical
    figures: the given name in French and every other word a Roman number ("Grégoire IX" for Gregory
    IX) or the French form our tables give for it ("Jules César" for Julius Caesar). A translation
    that keeps the surname ("Pierre Kowalczyk") or renders it as a common word is no such form."""
    if len(matches) < 2 or any(m is None for m in matches):
        return False
    first = matches[0]
    assert first is not None
    if not french_given_name(first.piece.text, first.word):
        return False
    return all((m.how == "exact" and ROMAN_NUMBER.fullmatch(m.word) is not None)
               or (m.how != "exact" and exonym(m.piece.text, m.word)) for m in matches[1:] if m is not None)


def compass_only(matches: Sequence[Match | None]) -> bool:
    """Whether the only words translated are cardinal points ("Caroline du Nord" for North Carolina)."""
    rendered = [m for m in matches if m is not None and m.how in TRANSLATED]
    return bool(rendered) and all(compass_word(m.word) for m in rendered)


def deliberate_spelling(matches: Sequence[Match | None], ctx: Context, *, descriptive: bool) -> bool:
    """Whether the words written otherwise than the source are spellings of their own, not slips:
    letters of the name's own language that the source lost ("Pacífico" for Pacifico), a French
    common word for an English one ("Congrès" for Congress), the target corpus's constant spelling
    (written twice or more where the source's never is: a transliteration), a form French text
    writes (spaCy's French vocabulary: the French spelling of a foreign name, a French word), or the
    spelling other sources of the corpus write (this source's slip). Where the translation restores
    letters of another alphabet that the source lost in any word of the sentence ("Jesús" for Jesus),
    it was made from the original, and the source's spellings are not held against it at all."""
    slips = [m for m in matches if m is not None and m.how == "slip"]
    if slips and _from_the_original(ctx):
        return True
    for m in slips:
        written, word = m.piece.text, m.word
        if french_form_slipped(written, word) is not None:
            return False  # the place's French name misspelled, whatever word the slip happens to make ("Hongre")
        if foreign_letters(written, ctx.target_lang) - set(word.lower()):
            continue
        if ctx.target_lang == "fr" and (french_form(written) or dictionary_word(written)):
            continue  # a form French text writes: an exonym or a transliteration ("Sergueï"), or a French word
        if descriptive and english_word(word.lower()) and common_word(written):
            continue
        if _derived(written, word):
            continue
        if fold(written) == fold(word) + "s":
            continue  # "des Kowalskis", "des Morgenblatts": a plural or a genitive of the name's own language
        if romanized(written, word):
            continue  # "Pashek" for a source's "Pašek": another romanization of the original
        counts = ctx.registry.word_counts
        if counts[written] >= 2 and counts[word] == 0 and not common_word(written) and not fold(word).startswith(fold(written)):
            continue  # a transliteration the translation keeps to; a name cut short is no spelling of its own
        if ctx.registry.source_words[written] > 0 and ctx.registry.source_words[word] <= 1:
            continue
        return False
    return bool(slips)


def _from_the_original(ctx: Context) -> bool:
    """Whether a word of the target has letters of another alphabet that the source writes without
    them ("Jesús" where the source has Jesus): the translator read the original."""
    keys = {fold(w): w for w in _letters(ctx.source_text)}
    for p in ctx.pieces:
        letters = foreign_letters(p.text, ctx.target_lang)
        source = keys.get(fold(p.text))
        if letters and source is not None and not letters & set(source.lower()):
            return True
    return False


def _derived(written: str, word: str) -> bool:
    """Whether ``written`` is ``word`` with the ending of an adjective or a people's noun added
    ("Frankfurter" for Frankfurt, "Berlinois" for Berlin), not a slip: the letters it adds come after
    the whole word, and there are two at least."""
    a, b = fold(written), fold(word)
    return len(b) >= 4 and a.startswith(b) and len(a) - len(b) >= 2
