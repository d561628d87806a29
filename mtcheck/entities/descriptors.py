"""The words English capitalises around a name and French writes apart: titles and the words
before them ("Trade Secretary Ingrid Kowalczyk"), a minister's portfolio ("Chilean Foreign" of a
Chilean Foreign Minister), peoples' words and adjectives of nationality ("Canadian Ingrid
Kowalczyk"), honorifics and the words that open a sentence ("On Kowalnet"). ``source_names`` cuts
them from the source's name candidates, so that the name a translation must keep is the name alone.
"""

from __future__ import annotations

import re

from mtcheck.entities.candidates import FUNCTION_WORDS, Candidate, name_words
from mtcheck.entities.forms import (
    census_given_name,
    english_word,
    exonym_forms,
    head_kind,
    people_adjective,
    people_word,
    proper_word,
    tabled_demonym,
)
from mtcheck.entities.lexicon import rendered_words

NOT_NAMES = frozenset(
    "some any many much few several each every all both either neither other another none one nobody "
    "everyone everything nothing something someone anyone here there today yesterday tomorrow well "
    "on up off out down since until till during without within among around across along behind beyond "
    "despite per via like unlike near toward towards upon onto besides although though unless whether "
    "mr mrs ms miss dr prof sir dame lord lady st rep sen gov gen col lt sgt capt cmdr adm pres hon messrs".split()
)
"""English words that open sentences, quantify, relate or address, and honorifics: capitalised,
never a name, and never the first word of one ("On Kowalnet", "Since Ruritania")."""

_TITLE_WORDS = frozenset(
    "king queen prince princess emperor empress pope cardinal bishop archbishop saint st virgin chancellor chairman "
    "chairwoman chair president vice rector dean commissioner lieutenant colonel general admiral captain major sergeant "
    "corporal governor mayor senator representative congressman congresswoman minister premier secretary ambassador "
    "judge justice prosecutor attorney chief officer director manager coach goalie goalkeeper striker defender "
    "midfielder spokesman spokeswoman spokesperson professor doctor father mother sister brother reverend rabbi imam "
    "sheikh sultan emir deputy leader founder cofounder co-founder head executive ambassadress councilman councilwoman "
    "alderman trainer marshal prefect governor-general adviser advisor counsellor counselor "
    "mum mom mummy mommy dad daddy grandma grandpa granny grandad granddad auntie aunt uncle "
    "docteur professeur maître monsieur madame mademoiselle capitaine commandant sergent amiral sire majesté "
    "monseigneur président présidente ministre juge inspecteur inspectrice commissaire master grandmaster".split()
)
"""English words of titles, functions and kinship, which English capitalises before or after a name
("Queen Ingrid", "the Acme Chairman", "Grandpa Tomas") or as one ("Then Mum left") and French writes
apart, in lowercase, or in French ("Maman"): never a word of the name. And the French titles French
capitalises when it addresses someone by them ("Merci, Docteur"), which English translates."""
_EX = re.compile(r"^(?:ex|former)-", re.IGNORECASE)


def title_word(word: str) -> bool:
    """A word of ``_TITLE_WORDS``, alone or after "ex-" ("ex-President": French writes "l'ancien
    président"), a full stop after it or not ("Gov.")."""
    return _EX.sub("", word.lower().rstrip(".")) in _TITLE_WORDS


FIRST_WORD = re.compile(r"^[^\s]+\s+")
_LAST = re.compile(r"\s+[^\s]+$")


def without_descriptors(c: Candidate) -> Candidate:
    """The candidate without the words English capitalises around a name and French writes apart:
    function words opening it ("On Kowalnet"), a title and the words before it ("Trade Secretary
    Ingrid Kowalczyk"), and titles and peoples' words at either end ("German Chancellor Anna Kowal",
    "the Acme Chairman", "Italian BOT"); unless the whole is a place ("Czech Republic")."""
    if exonym_forms(c.text):
        return c
    words = list(re.finditer(r"[^\s]+", c.text))
    titles = [k for k, w in enumerate(words[:-1]) if title_word(w.group())]
    if titles:  # "Trade Secretary Ingrid Kowalczyk": the words up to the title describe the person
        cut = words[titles[-1] + 1].start()
        c = Candidate(c.start + cut, c.end, c.text[cut:], False)
    c = without_description(c)
    while True:
        first = FIRST_WORD.match(c.text)
        if first and _descriptor(first.group().strip(), grammar=True):
            c = Candidate(c.start + first.end(), c.end, c.text[first.end() :], False)
            continue
        last = _LAST.search(c.text)
        if last and _descriptor(last.group().strip(), grammar=False):
            before = c.text[: last.start()]
            if title_word(last.group().strip()):
                before = _without_portfolio(before)
            if all(rendered_words(w, "en") for w in name_words(before)):
                return Candidate(c.start, c.start, "", c.initial)  # "Finance Minister": the whole is a title
            c = Candidate(c.start, c.start + last.start(), before, c.initial)
            continue
        return c


def _without_portfolio(before: str) -> str:
    """The words before a title without the English common words that name its portfolio or rank
    ("Peruvian Foreign" of a Peruvian Foreign Minister, "Kowalnet Finance" of a Kowalnet Finance
    Director): French puts them after the title, in its own words ("la ministre péruvienne des
    Affaires étrangères"). A generic head stays: it ends the name of an institution the title
    belongs to ("Kowal Bank" of a Kowal Bank Chairman)."""
    words = list(re.finditer(r"\S+", before))
    while len(words) > 1 and english_word(words[-1].group().lower()) and not head_kind(words[-1].group()) \
            and not people_adjective(words[-1].group()) and not proper_word(words[-1].group()):
        words.pop()
    return before[: words[-1].end()] if words else before


def without_description(c: Candidate) -> Candidate:
    """The candidate without the English common words before a person's name at its end: a party,
    a department or an origin that English capitalises before a name ("Republican Ingrid Kowalczyk",
    "Interior Ingrid Kowalczyk") and French writes in lowercase ("la républicaine Ingrid Kowalczyk"),
    and without an adjective of nationality before a name of its own (``_nationality``)."""
    first = FIRST_WORD.match(c.text)
    if first and _nationality(first.group().strip(), c.text[first.end() :]):
        c = Candidate(c.start + first.end(), c.end, c.text[first.end() :], False)
    words = list(re.finditer(r"[^\s]+", c.text))
    for k in range(1, len(words) - 1):
        given, surname = words[k].group(), words[k + 1].group()
        if census_given_name(given) and (not english_word(given.lower()) or proper_word(surname)) and not head_kind(surname):
            if all(english_word(w.group().lower()) or people_word(w.group()) for w in words[:k]):
                cut = words[k].start()
                return Candidate(c.start + cut, c.end, c.text[cut:], False)
            return c
    return c


def _nationality(word: str, rest: str) -> bool:
    """Whether ``word`` is an adjective of nationality before a name of its own, which English
    capitalises and French writes after the noun, in lowercase: "Canadian Ingrid Kowalczyk" is
    "la Canadienne Ingrid Kowalczyk", "Japanese Kowaltec" "le japonais Kowaltec". Not before English
    common words, with which it makes the name ("Australian Open", "American Airlines"), and not a
    religion's word, which names places too ("Hindu Kowalkush"), nor a given name ("Christian Kowal")."""
    return tabled_demonym(word) and not census_given_name(word) and not all(english_word(w.lower()) for w in name_words(rest))


def _descriptor(word: str, *, grammar: bool) -> bool:
    lower = word.lower().rstrip(".")
    return (title_word(word) or people_word(word) or (grammar and lower in FUNCTION_WORDS | NOT_NAMES))
