"""The names of a source text, without what English writes capitalised around them.

English capitalises a title before a name ("Harbour Commissioner Ingrid Kowalczyk") and writes compound
adjectives on names ("Kremlin-backed"); French writes both apart, in lowercase. The source's name
candidates are cut there (the words around a name: ``descriptors``), so that the name a
translation must keep is the name alone.

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
from mtcheck.entities.descriptors import FIRST_WORD, NOT_NAMES, title_word, without_descriptors
from mtcheck.entities.forms import (
    census_given_name,
    compass_word,
    currency_word,
    english_word,
    exonym_forms,
    head_kind,
    people_word,
    peoples_only,
    proper_word,
)
from mtcheck.entities.lexicon import rendered_words, singular
from mtcheck.entities.titles import Lexicon
from mtcheck.quantities.words import month_abbreviations

_DEMONYMS = frozenset(
    "spaniard briton frenchman frenchwoman englishman englishwoman scot scotsman welshman irishman dane swede finn pole "
    "dutchman dutchwoman icelander".split()
)
"""English nouns of nationality that news puts before a name as a title ("Briton Tom Kowalczyk");
adjectives of nationality are cut only before a name of its own (``descriptors.without_description``): they open names
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

    def name(self, c: Candidate) -> bool:
        """Whether a name made of English common words is a name the translation must keep rather
        than a description it translates ("Public Health", "the Silk Revolution"): a surname, or
        capitalised inside sentences twice or more and never in lowercase ("Apple"), unless it is one
        plural noun, a group named by its members ("the Greens"). A name with a proper word ("Ingrid
        Kowalczyk"), a given name and another word ("Rose Baker"), or written in capitals or with
        digits, always is. Quotation marks make no difference: a work's title of common words may come
        out in French under a French title, and a movement's name under a French name, which a
        translation gives whole ("Sauvons le port" for "Save the Harbour"); one that mixes both
        languages is damage all the same (``conventions.half_translated``)."""
        words = [w for w in name_words(c.text) if w.lower() not in FUNCTION_WORDS]
        if any(proper_word(w) or not w.isalpha() or w.isupper() or w[1:] != w[1:].lower() for w in words):
            return True
        if len(words) >= 2 and census_given_name(words[0]) and not head_kind(words[-1]):
            return True  # a person's name ("Rose Baker"), whatever its words mean
        if c.text in self.surnames:
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
    for c in (without_descriptors(_without_opening_word(text, c)) for c in names):
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
    Kowaltube"): English capitalises any word there. Not where the quotation holds the name alone
    (``quoted``): the marks open a title ("Save Kowalville Harbour"), not a sentence."""
    first = FIRST_WORD.match(c.text)
    if first is None or not english_word(first.group().strip().lower()) or quoted(text, c):
        return c
    before = text[max(0, c.start - 200) : c.start]
    opening = not before.strip() or before.rstrip()[-1:] in ".!?:\"“«" or "\n" in before[len(before.rstrip()) :]
    return Candidate(c.start + first.end(), c.end, c.text[first.end() :], False) if opening else c


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
    if all(w in FUNCTION_WORDS or w in NOT_NAMES or compass_word(w) or currency_word(w) or singular(w) in CALENDAR_WORDS
           for w in lowered):
        return True
    if title_word(c.text):
        return True  # a title, even after "ex-"
    if len(words) == 1:
        word = words[0]
        if _ROMAN.fullmatch(word) or _CONTRACTION.fullmatch(c.text) or head_kind(word) is not None:
            return True
        if not c.text.isupper() and english_word(word.lower()) and _ARTICLE_BEFORE.search(text, max(0, c.start - 6), c.start):
            return True
        if word.lower() in _LABELS and _LABEL_NUMBER.match(text, c.end):
            return True
        if text.startswith(".", c.end) and word.lower() in month_abbreviations("en"):
            return True  # "Oct. 23": a date, which French writes "le 23 octobre"
    titles = lexicon.english_titles(c.text)
    return bool(titles) and sum(b - a for a, b, _ in titles) >= len(c.text.replace(" ", "")) - 1
