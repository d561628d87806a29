"""The names of a source text, without what English writes capitalised around them.

English capitalises a title before a name ("Harbour Commissioner Ingrid Kowalczyk") and writes compound
adjectives on names ("Kremlin-backed"); French writes both apart, in lowercase. The source's name
candidates are cut there, so that the name a translation must keep is the name alone.

``checked_names`` then keeps the names of a bead that the name alignment follows into the
translation: not a lone capitalised word opening a sentence (English capitalises any word there)
unless the corpus's sources write it as a name inside a sentence too, nor a capitalised common
word after an article ("the Constitution", "the Association": a reference, which French writes
as a common noun), nor peoples' words, days and months, nor the words of a headline in title case
that no other sentence writes so.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from mtcheck.entities.candidates import ALNUM, CALENDAR_WORDS, FUNCTION_WORDS, Candidate, fold, name_words
from mtcheck.entities.forms import (
    census_given_name,
    compass_word,
    currency_word,
    english_word,
    exonym_forms,
    head_kind,
    people_adjective,
    people_word,
    peoples_only,
    proper_word,
    tabled_demonym,
)
from mtcheck.entities.lexicon import rendered_words, singular
from mtcheck.entities.titles import Lexicon
from mtcheck.quantities.words import month_abbreviations

_DEMONYMS = frozenset(
    "spaniard briton frenchman frenchwoman englishman englishwoman scot scotsman welshman irishman dane swede finn pole "
    "dutchman dutchwoman icelander".split()
)
"""English nouns of nationality that news puts before a name as a title ("Briton Tom Kowalczyk");
adjectives of nationality are cut only before a name of its own (``_nationality``): they open names
too ("American Airlines", "Australian Open")."""

_COMPOUND_TAIL = re.compile(r"(?<=[^\W_])-([a-z]+)(?=[ \u00a0]|$)")


def compound_parts(text: str, c: Candidate, sentence_starts: Sequence[int]) -> list[Candidate]:
    """A source run cut at the lowercase end of each English compound adjective in it, that end
    left out: "Tor Vang-led" is "Tor Vang", "Kremlin-backed" is "Kremlin", "Kowal-approved N95" is
    "Kowal" and "N95"; French writes "dirigé par Tor Vang", "les N95 approuvés par Kowal". Only an
    English word ends such an adjective ("Kowal-zelmar" is a name of its own)."""
    out: list[Candidate] = []
    begin = 0
    for m in _COMPOUND_TAIL.finditer(c.text):
        if not english_word(m.group(1)):
            continue
        if m.start() > begin:  # the first part is where the run began: it opens a sentence as the run does
            out.append(_part(text, c.start + begin, c.start + m.start(), sentence_starts) if begin
                       else Candidate(c.start, c.start + m.start(), c.text[: m.start()], c.initial))
        begin = m.end() + 1
    if not begin:
        return [c]
    if begin < len(c.text):
        out.append(_part(text, c.start + begin, c.end, sentence_starts))
    return out

def split_at_titles(text: str, c: Candidate, lexicon: Lexicon, sentence_starts: Sequence[int]) -> list[Candidate]:
    """A source run without the English title inside it: "US President Ingrid K. Kowal" is "US" and
    "Ingrid K. Kowal", "Secretary of State Ingrid Kowalczyk" is "Ingrid Kowalczyk", "Spaniard Jorge
    Alcaraz" is "Jorge Alcaraz". English capitalises a title before a name; French writes it apart,
    in lowercase ("la présidente Ingrid K. Kowal"), so the run as a whole is no name a translation
    must keep."""
    ends = [(s, e) for s, e, role in lexicon.english_titles(text, max(0, c.start - 40), c.end)
            if c.start < e < c.end and role.kind == "title"]  # an occupation is no title: "Press Agency"
    first = c.parts[0]
    if not ends and len(c.parts) > 2 and first.lower() in _DEMONYMS:
        ends = [(c.start, c.start + len(first))]  # "Spaniard Jorge Alcaraz": "l'Espagnol Jorge Alcaraz"
    if not ends:
        return [c]
    start, end = max(ends, key=lambda t: t[1])
    out = []
    before = text[c.start : max(start, c.start)].rstrip(" -\u00a0")
    # English common words and peoples' words all describe the title ("Norwegian Fisheries Minister"); others name its
    # owner ("New York Times Executive Editor", "OpenAI Chief Technology Officer").
    if before and not all(rendered_words(w, "en") or english_word(w.lower()) or people_word(w) for w in name_words(before)):
        out.append(_part(text, c.start, c.start + len(before), sentence_starts))
    after = text[end : c.end].lstrip(" -\u00a0")
    if after[:1].isupper():
        out.append(Candidate(c.end - len(after), c.end, after, False))
    return out


_LITTLE_WORDS = frozenset("The An And But Or If That To In For With From".split())
"""Articles, conjunctions and prepositions that English writes in lowercase inside a name ("Bank of
the West", "Pride and Prejudice"); capitalised after a name's word, they are title case (a headline
that lost its line break) or open the next sentence, whose full stop is lost ("Kowalia The city")."""
_WORD = re.compile(r"[^\s]+")
_PRONOUN = re.compile(r"I['’](?:m|d|ve|ll)")
"""The English first-person pronoun, contracted ("I'll"): always capitalised, never a word of a name
("Tell Rose I'll call" names Rose)."""


def split_at_little_words(text: str, c: Candidate, sentence_starts: Sequence[int]) -> list[Candidate]:
    """A source run cut at each capitalised article, conjunction or preposition after its first
    word, that word left out, and at the contracted pronoun "I'll": "Kowalia The Ruritanian Government"
    is "Kowalia" and "Ruritanian Government", "Kowalczyk Wins Again In Kowalia" is "Kowalczyk Wins
    Again" and "Kowalia". A quoted title of a work ("Pride And Prejudice" in quotes) is left whole."""
    words = list(_WORD.finditer(c.text))
    cuts = [k for k, w in enumerate(words) if k > 0 and (w.group() in _LITTLE_WORDS or _PRONOUN.fullmatch(w.group()))]
    if not cuts or quoted(text, c):
        return [c]
    out = []
    for a, b in zip([-1, *cuts], [*cuts, len(words)], strict=True):
        piece = words[a + 1 : b]
        if not piece:
            continue
        out.append(_part(text, c.start + piece[0].start(), c.start + piece[-1].end(), sentence_starts))
    return out


def _part(text: str, start: int, end: int, sentence_starts: Sequence[int]) -> Candidate:
    """``text[start:end]``, a part of a source run, as a candidate of its own: ``initial`` where it
    is one word opening its sentence, as ``candidates.runs`` marks a run."""
    sentence = max((s for s in sentence_starts if s <= start), default=0)
    opens = " " not in text[start:end] and not any(ch.isalnum() for ch in text[sentence:start])
    return Candidate(start, end, text[start:end], opens)


_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|le|la|les|un|une|l['’])\s*$", re.IGNORECASE)
_ROMAN = re.compile(r"[IVXLC]+(?:e|er|ème|th|st|nd|rd)?")
_NOT_NAMES = frozenset(
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


def _title_word(word: str) -> bool:
    """A word of ``_TITLE_WORDS``, alone or after "ex-" ("ex-President": French writes "l'ancien
    président"), a full stop after it or not ("Gov.")."""
    return _EX.sub("", word.lower().rstrip(".")) in _TITLE_WORDS


_CONTRACTION = re.compile(r"(?:I|[A-Z][a-z]*)['’](?:m|d|ve|ll|re|s|t)", re.IGNORECASE)


class Evidence:
    """What the corpus's sources say of each name candidate: how often they write it inside a
    sentence (outside headlines), whether they also write its words in lowercase, and which words
    are surnames (the last word of a name whose first word is a given name: "Baker" of a full name
    "Rose Baker" elsewhere)."""

    def __init__(self, texts: Sequence[str], inside: Iterable[Candidate]) -> None:
        self.named: Counter[str] = Counter()
        self.surnames: set[str] = set()
        for c in inside:
            self.named[c.text] += 1
            words = name_words(c.text)
            if len(words) > 1 and census_given_name(words[0]) and not english_word(words[0].lower()) and not head_kind(words[-1]):
                self.surnames.add(words[-1])
        self._words = [w for text in texts for w in ALNUM.findall(text)]
        self._at: dict[str, list[int]] = {}
        for k, w in enumerate(self._words):
            self._at.setdefault(w, []).append(k)
        self._lowercase: dict[str, int] = {}

    def lowercase(self, phrase: str) -> int:
        """How often the sources write ``phrase`` all in lowercase ("public health"), word for word:
        the positions of its first word are indexed once, so the corpus is not searched again."""
        lower = phrase.lower()
        if lower not in self._lowercase:
            words = ALNUM.findall(lower)
            n = len(words)
            self._lowercase[lower] = sum(
                1 for k in self._at.get(words[0], ()) if self._words[k : k + n] == words
            ) if words else 0
        return self._lowercase[lower]

    def recurring(self, c: Candidate) -> bool:
        """Whether the sources write the name as a person's surname, or capitalised inside sentences
        twice or more: a name whose common-word stand-in in a translation is a translation of it
        (not the title of a work, whose French release may carry a title of its own)."""
        return c.text in self.surnames or self.named[c.text] >= 2

    def name(self, c: Candidate, quoted: bool) -> bool:
        """Whether a name made of English common words is a name the translation must keep rather
        than a description it translates ("Public Health", "the Silk Revolution"): the title of a
        work in quotes, a surname, or capitalised inside sentences twice or more and never in
        lowercase ("Apple"), unless it is one plural noun, a group named by its members ("the
        Greens"). A name with a proper word ("Ingrid Kowalczyk"), a given name and another word ("Rose
        Baker"), or written in capitals or with digits, always is."""
        words = [w for w in name_words(c.text) if w.lower() not in FUNCTION_WORDS]
        if any(proper_word(w) or not w.isalpha() or w.isupper() or w[1:] != w[1:].lower() for w in words):
            return True
        if len(words) >= 2 and census_given_name(words[0]) and not head_kind(words[-1]):
            return True  # a person's name ("Rose Baker"), whatever its words mean
        if c.text in self.surnames or quoted:
            return True
        if len(words) == 1 and _members(words[0]):
            return False  # "the Greens", "the Ladies": a party's or a group's members, whom French names in French
        return self.named[c.text] >= 2 and self.lowercase(c.text) == 0


def _members(word: str) -> bool:
    """The plural of an English common noun ("Greens", "Democrats", "Ladies"): the name of a group by its
    members, which French translates ("les Verts")."""
    one = singular(word)
    return word.lower().endswith("s") and one != word.lower() and english_word(one)


_QUOTED = re.compile(r"[\"“«]\s*$")
_CLOSED = re.compile(r"\s*[,.;:!?]?\s*[\"”»]")


def quoted(text: str, c: Candidate) -> bool:
    """Whether the name is all a quotation holds: the title of a work ("Quiet Rivers and Old
    Roads"), not the first word of a quoted sentence ("Look what you've done")."""
    return bool(_QUOTED.search(text, max(0, c.start - 2), c.start)) and _CLOSED.match(text, c.end) is not None


def checked_names(text: str, names: Sequence[Candidate], evidence: Evidence, lexicon: Lexicon, *,
                  in_headline: bool) -> list[Candidate]:
    """The names of a bead's source sentences (``names``, of ``text``) that a translation must
    render: see the module's docstring."""
    out = []
    named = evidence.named
    for c in (_without_descriptors(_without_opening_word(text, c)) for c in names):
        words = name_words(c.text)
        if not words or peoples_only(words) or _descriptive(words, c, text, lexicon) or _complement(text, c, lexicon):
            continue
        if _run_in_heading(text, c, words) or _relation(c.text):
            continue
        if (c.initial or in_headline) and named[c.text] < (1 if c.initial and not in_headline else 2):
            continue
        if fold(c.text):
            out.append(c)
    return out


_SENTENCE_END = re.compile(r"[.!?\n]")


def _run_in_heading(text: str, c: Candidate, words: Sequence[str]) -> bool:
    """Whether the name is English common words in capitals that open their sentence ("OTHER
    FINDINGS – The lab also..."): a run-in heading, which a translation puts into its own words;
    an acronym ("NASA") is no such word."""
    if not c.text.isupper() or not all(len(w) >= 3 and english_word(w.lower()) for w in words):
        return False
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, c.start - 200), c.start)]
    before = text[ends[-1] if ends else max(0, c.start - 200) : c.start]
    return not any(ch.islower() for ch in before)


def _relation(name: str) -> bool:
    """Whether the name is places' or peoples' words joined by hyphens ("Ruritania-Kowalia",
    "German-Ruritanian"): a region or a relation between two, which French writes as a compound
    adjective of its own ("germano-ruritanien") or a region's French name."""
    parts = name.split("-")
    if len(parts) < 2 or " " in name:
        return False
    places = [bool(exonym_forms(p)) or people_word(p) for p in parts]
    return any(places) and all(known or english_word(p.lower()) for p, known in zip(parts, places, strict=True))


def _without_opening_word(text: str, c: Candidate) -> Candidate:
    """The candidate without its first word where that word opens the sentence, or a line (a
    paragraph after a headline without a full stop), and is a common English word ("Watching
    Kowaltube"): English capitalises any word there."""
    first = _FIRST.match(c.text)
    if first is None or not english_word(first.group().strip().lower()):
        return c
    before = text[max(0, c.start - 200) : c.start]
    opening = not before.strip() or before.rstrip()[-1:] in ".!?:\"“«" or "\n" in before[len(before.rstrip()) :]
    return Candidate(c.start + first.end(), c.end, c.text[first.end() :], False) if opening else c


_FIRST = re.compile(r"^[^\s]+\s+")
_LAST = re.compile(r"\s+[^\s]+$")


def _without_descriptors(c: Candidate) -> Candidate:
    """The candidate without the words English capitalises around a name and French writes apart:
    function words opening it ("On Kowalnet"), a title and the words before it ("Trade Secretary
    Ingrid Kowalczyk"), and titles and peoples' words at either end ("German Chancellor Anna Kowal",
    "the Acme Chairman", "Italian BOT"); unless the whole is a place ("Czech Republic")."""
    if exonym_forms(c.text):
        return c
    words = list(re.finditer(r"[^\s]+", c.text))
    titles = [k for k, w in enumerate(words[:-1]) if _title_word(w.group())]
    if titles:  # "Trade Secretary Ingrid Kowalczyk": the words up to the title describe the person
        cut = words[titles[-1] + 1].start()
        c = Candidate(c.start + cut, c.end, c.text[cut:], False)
    c = without_description(c)
    while True:
        first = _FIRST.match(c.text)
        if first and _descriptor(first.group().strip(), grammar=True):
            c = Candidate(c.start + first.end(), c.end, c.text[first.end() :], False)
            continue
        last = _LAST.search(c.text)
        if last and _descriptor(last.group().strip(), grammar=False):
            before = c.text[: last.start()]
            if _title_word(last.group().strip()):
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
    words = before.split()
    while len(words) > 1 and english_word(words[-1].lower()) and not head_kind(words[-1]) \
            and not people_adjective(words[-1]) and not proper_word(words[-1]):
        words.pop()
    return before[: before.index(words[-1]) + len(words[-1])] if words else before


def without_description(c: Candidate) -> Candidate:
    """The candidate without the English common words before a person's name at its end: a party,
    a department or an origin that English capitalises before a name ("Republican Ingrid Kowalczyk",
    "Interior Ingrid Kowalczyk") and French writes in lowercase ("la républicaine Ingrid Kowalczyk"),
    and without an adjective of nationality before a name of its own (``_nationality``)."""
    first = _FIRST.match(c.text)
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
    return (_title_word(word) or people_word(word) or (grammar and lower in FUNCTION_WORDS | _NOT_NAMES))


_OF = re.compile(r"([^\W\d_]+)\s+(?:of|for|on)\s+(?:the\s+)?$")


def _complement(text: str, c: Candidate, lexicon: Lexicon) -> bool:
    """Whether the name completes an institution's or a title's name, which French translates as a
    whole: "Board of Trustees", "Institute for Coastal Research", "Director of Sales"."""
    m = _OF.search(text, max(0, c.start - 40), c.start)
    if m is None or not m.group(1)[0].isupper():
        return False
    head = m.group(1)
    return head_kind(head) == "institution" or bool(lexicon.english_titles(head))


_NUMBER_SIGNS = frozenset({"no", "nos", "op"})
_SPACE = r"[ \t\u00a0\u2009\u202f\u200b]"
"""A space inside a line, a no-break, thin or zero-width one too (text copied from web pages)."""
_NUMBERED = re.compile(rf"\.?{_SPACE}*\d")
"""The number after the "No." or "Op." that ends a name: the number of a work in its genre."""
_LABELS = frozenset(
    "table figure fig chapter section article appendix annex page paragraph clause part box step phase stage volume "
    "vol item exhibit schedule equation note".split()
)
"""English nouns that label a part of a text or a step of a process by the number after them ("Table 2",
"Phase II"): English capitalises them there, French writes them as words ("le tableau 2", "la phase II")."""
_LABEL_NUMBER = re.compile(rf"\.?{_SPACE}+(?:\d|[IVXLC]+\b|[A-Z]\b)")


def _descriptive(words: list[str], c: Candidate, text: str, lexicon: Lexicon) -> bool:
    """Whether the capitals say nothing of a name: grammar and honorifics ("Some", "I'm", "Mr"), days
    and months ("Sundays"), currencies ("the Euro"), Roman numerals, a title alone ("President",
    "Chief Executive"), a generic word of places and institutions alone ("Congress", "Department"),
    a capitalised common word after an article ("the Constitution"), a former holder's title
    ("ex-President"), a genre's numbered work in
    English common words ("Piano Sonata No. 2"), which French translates ("la Sonate pour piano nº 2"),
    a noun a number labels ("Table 2", ``_LABELS``) and a month's short form ("Oct. 23")."""
    lowered = [w.lower() for w in words]
    if lowered[-1] in _NUMBER_SIGNS and _NUMBERED.match(text, c.end) and all(map(english_word, lowered[:-1])):
        return True
    if all(w in FUNCTION_WORDS or w in _NOT_NAMES or compass_word(w) or currency_word(w) or singular(w) in CALENDAR_WORDS
           for w in lowered):
        return True
    if _title_word(c.text):
        return True  # a title, even after "ex-"
    if len(words) == 1:
        word = words[0]
        if _ROMAN.fullmatch(word) or _CONTRACTION.fullmatch(c.text) or head_kind(word) is not None \
                or word.lower() in _TITLE_WORDS:
            return True
        if not c.text.isupper() and english_word(word.lower()) and _ARTICLE_BEFORE.search(text, max(0, c.start - 6), c.start):
            return True
        if word.lower() in _LABELS and _LABEL_NUMBER.match(text, c.end):
            return True
        if text.startswith(".", c.end) and word.lower() in month_abbreviations("en"):
            return True  # "Oct. 23": a date, which French writes "le 23 octobre"
    titles = lexicon.english_titles(c.text)
    return bool(titles) and sum(b - a for a, b, _ in titles) >= len(c.text.replace(" ", "")) - 1
