"""Job titles: the bilingual lexicon, titles found in text with their grammatical gender, and what
the corpus says about each person's gender and titles.

The lexicon is ``data/roles.tsv`` (ours, documented there) plus the termbase entries whose note
starts with "role". French titles are matched on a folded copy of the text (lowercase, no accents,
one apostrophe) that keeps every offset, so a match points straight back into the original.

A person's gender is never guessed from a first name: it comes from the termbase note
("person (she)"), from gendered titles and agreements attached to the name ("la directrice
technique Mira Murati", "Murati est venue"), from a sentence-initial "Elle"/"Il" after a sentence
about that person alone, from "a-t-elle déclaré" in such a sentence, and from he/she in the aligned
source sentence. ``People`` keeps every piece of evidence so a finding can show it.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from mtcheck.data import load_lines
from mtcheck.model import Document
from mtcheck.names import Candidate, fold, name_words
from mtcheck.termbase import TermEntry

_ACCENTED = "ÀÂÄÁÃÇÉÈÊËÍÎÏÓÔÖÕÚÙÛÜŸàâäáãçéèêëíîïóôöõúùûüÿ’ʼ"
_PLAIN = "AAAAACEEEEIIIOOOOUUUUYaaaaaceeeeiiioooouuuuy''"
_FOLD = str.maketrans(_ACCENTED, _PLAIN)


def _spaced(form: str) -> str:
    """Hyphens and runs of spaces as one space: "vice-président" and "vice président" are one form."""
    return re.sub(r"[\s-]+", " ", form)


def _norm(form: str) -> str:
    """The lookup key of a French form: folded and spaced."""
    return _spaced(folded(form))


@functools.lru_cache(maxsize=256)
def folded(text: str) -> str:
    """Lowercase, accents and curly apostrophes folded, same length as ``text`` (offsets carry over).

    Cached: the checks ask for the folded copy of a whole document once per sentence."""
    out = text.translate(_FOLD).lower()
    return out if len(out) == len(text) else "".join(ch.translate(_FOLD).lower()[:1] or ch for ch in text)


@dataclass(frozen=True, slots=True)
class Role:
    """One title or occupation, in English and in both French genders."""

    english: tuple[str, ...]
    masculine: tuple[str, ...]
    feminine: tuple[str, ...]
    kind: str
    """``title`` (a news job title) or ``occupation`` (a common noun for a person)."""

    @property
    def name(self) -> str:
        return self.english[0]

    def form(self, gender: str | None, like: str | None = None) -> str:
        """The French form of ``gender`` (masculine when unknown), parallel to ``like`` when given."""
        forms = self.feminine if gender == "f" else self.masculine
        for own in (self.masculine, self.feminine):
            keys = [_norm(f) for f in own]
            if like is not None and _norm(like) in keys:
                return forms[min(keys.index(_norm(like)), len(forms) - 1)]
        return forms[0]


@dataclass(frozen=True, slots=True)
class Title:
    """A French title in a text: the words of the title and the determiner/adjective before it."""

    start: int
    """Start of the determiner or adjective when there is one ("l'ancienne PDG"), else of the title."""
    head: int
    """Start of the title itself."""
    end: int
    text: str
    """``text[head:end]``: the title as written."""
    roles: tuple[Role, ...]
    gender: str | None
    """``m``, ``f``, or None when neither the word nor what precedes it says."""


class Lexicon:
    """Roles with one regular expression per language over every form, longest forms first."""

    def __init__(self, roles: Sequence[Role]) -> None:
        self.roles = tuple(roles)
        self.french: dict[str, list[tuple[Role, str]]] = {}
        """Folded French form -> (role, gender of that form: m, f or ``*`` for both)."""
        for role in self.roles:
            for form in dict.fromkeys([*role.masculine, *role.feminine]):
                gender = "*" if form in role.masculine and form in role.feminine else "m" if form in role.masculine else "f"
                self.french.setdefault(_norm(form), []).append((role, gender))
        self.english: dict[str, list[Role]] = {}
        for role in self.roles:
            for form in role.english:
                key = _spaced(form)
                self.english.setdefault(key if key.isupper() else key.lower(), []).append(role)
        self._fr = _alternation(self.french, exact_case=True)  # matched on folded text
        self._en = _alternation(self.english, exact_case=False)

    def extended(self, roles: Iterable[Role]) -> Lexicon:
        """This lexicon with more roles (from the termbase) tried first."""
        return Lexicon([*roles, *self.roles])

    def titles(self, text: str, start: int = 0, end: int | None = None) -> list[Title]:
        """French titles in ``text[start:end]`` with their gender, leftmost-longest, singular only."""
        end = len(text) if end is None else end
        key = folded(text)
        out = []
        for m in self._fr.finditer(key, start, end):
            if key[m.end() : m.end() + 1] == "s":  # "directeurs": not a title of one person
                continue
            entries = self.french[_norm(m.group(0))]
            word_genders = {g for _, g in entries}
            word_gender = next(iter(word_genders)) if len(word_genders) == 1 and "*" not in word_genders else None
            ctx = _CONTEXT.search(key, max(0, m.start() - 30), m.start())
            ctx_gender = _context_gender(ctx) if ctx else None
            if word_gender and ctx_gender and word_gender != ctx_gender:
                gender = None  # "la directeur": the text contradicts itself, say nothing
            else:
                gender = ctx_gender or word_gender
            begin = ctx.start() if ctx and ctx.group(0).strip() else m.start()
            roles = tuple(dict.fromkeys(r for r, _ in entries))
            out.append(Title(begin, m.start(), m.end(), text[m.start() : m.end()], roles, gender))
        return out

    def english_titles(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, Role]]:
        """English titles in ``text[start:end]``: abbreviations in capitals only, other forms in any case."""
        end = len(text) if end is None else end
        out = []
        for m in self._en.finditer(text, start, end):
            form = _spaced(m.group(0))
            roles = self.english.get(form) or self.english.get(form.lower())
            if roles:
                out.append((m.start(), m.end(), roles[0]))
        return out


def _alternation(forms: Iterable[str], *, exact_case: bool) -> re.Pattern[str]:
    """One pattern over every form, longest first; abbreviations always match in capitals only."""
    ordered = sorted(forms, key=len, reverse=True)
    body = "|".join(_form_pattern(f, exact_case or f.isupper()) for f in ordered)
    return re.compile(r"(?<![\w-])(?:" + body + r")(?![\w-])")


def _form_pattern(form: str, exact_case: bool) -> str:
    body = r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", form))
    return body if exact_case else f"(?i:{body})"


_DETERMINERS = {"le": "m", "un": "m", "ce": "m", "cet": "m", "du": "m", "au": "m",
                "la": "f", "une": "f", "cette": "f", "sa": "f", "ma": "f", "ta": "f"}  # fmt: skip
_ADJECTIVES = {"ancien": "m", "ancienne": "f", "nouveau": "m", "nouvel": "m", "nouvelle": "f", "futur": "m",
               "future": "f", "premier": "m", "premiere": "f", "seul": "m", "seule": "f", "actuel": "m",
               "actuelle": "f", "jeune": None, "ex": None}  # fmt: skip
_CONTEXT = re.compile(
    r"(?:(?<![\w'])(?P<det>" + "|".join(_DETERMINERS) + r")\s+|(?<![\w'])l')?"
    r"(?:(?P<adj>" + "|".join(a for a in _ADJECTIVES) + r")[\s-]+)?$"
)
_SWAP = {"le": "la", "la": "le", "un": "une", "une": "un", "ce": "cette", "cet": "cette", "cette": "ce",
         "du": "de la", "au": "à la", "sa": "son", "ma": "mon", "ta": "ton", "ancien": "ancienne",
         "ancienne": "ancien", "nouveau": "nouvelle", "nouvel": "nouvelle", "nouvelle": "nouveau",
         "futur": "future", "future": "futur", "premier": "première", "première": "premier", "seul": "seule",
         "seule": "seul", "actuel": "actuelle", "actuelle": "actuel"}  # fmt: skip


def _context_gender(ctx: re.Match[str]) -> str | None:
    if ctx.group("adj") and _ADJECTIVES[ctx.group("adj")]:
        return _ADJECTIVES[ctx.group("adj")]
    return _DETERMINERS.get(ctx.group("det") or "")


def regender(text: str, title: Title, gender: str) -> str:
    """``text[title.start:title.end]`` rewritten in ``gender``: determiner, adjective and title."""
    before = text[title.start : title.head]
    words = re.split(r"(\W+)", before)
    swapped = "".join(_match_case(w, _SWAP.get(w.lower(), w)) for w in words)
    return swapped + _match_case(title.text, title.roles[0].form(gender, like=title.text))


def _match_case(original: str, new: str) -> str:
    return new[:1].upper() + new[1:] if original[:1].isupper() and not new[:1].isupper() else new


@functools.cache
def default_lexicon() -> Lexicon:
    """The lexicon shipped in ``mtcheck/data/roles.tsv``."""
    roles = []
    for line in load_lines("roles.tsv"):
        english, masculine, feminine, kind = line.split("\t")
        roles.append(Role(tuple(english.split("|")), tuple(masculine.split("|")), tuple(feminine.split("|")), kind))
    return Lexicon(roles)


def termbase_roles(entries: Iterable[TermEntry]) -> list[Role]:
    """Roles from termbase entries whose note starts with "role": each French form goes to the
    gender its head word shows ("directrice" feminine), to both when it shows none ("PDG")."""
    roles = []
    for entry in entries:
        if not entry.note.lower().startswith("role"):
            continue
        masculine = tuple(t for t in entry.targets if word_gender(t) != "f")
        feminine = tuple(t for t in entry.targets if word_gender(t) != "m")
        if masculine and feminine:
            roles.append(Role((entry.source,), masculine, feminine, "title"))
    return roles


def word_gender(form: str) -> str | None:
    """Gender shown by the first word of a French title: -rice, -euse, -ière, -ienne... are feminine."""
    head = folded(form.split()[0]) if form.split() else ""
    if re.search(r"(?:rice|euse|iere|ienne|esse|ante|ente|ee|onne|ere)$", head):
        return "f"
    if re.search(r"(?:eur|ier|ien|ant|ent|on|er)$", head):
        return "m"
    return None


# --- what the corpus says about people ----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Evidence:
    """One piece of evidence of a person's gender, at a place of a document."""

    gender: str
    doc_id: str
    start: int
    end: int
    text: str
    kind: str
    """``title``, ``agreement``, ``pronoun`` or ``source`` (the termbase's word is ``Person.termbase_gender``)."""
    title: Title | None = None
    """The title, for ``title`` evidence (what role-gender would rewrite)."""


@dataclass(slots=True)
class Person:
    """A person the corpus names, with every title and gender clue attached to them."""

    name: str
    termbase_gender: str | None = None
    evidence: list[Evidence] = field(default_factory=list)
    roles: Counter[str] = field(default_factory=Counter)

    def votes(self, excluding: Evidence | None = None) -> Counter[str]:
        """Clues per gender, without ``excluding`` (the clue being judged)."""
        return Counter(e.gender for e in self.evidence if e is not excluding)

    @property
    def gender(self) -> str | None:
        """The termbase's word, else a gender with at least two clues and none against it."""
        if self.termbase_gender:
            return self.termbase_gender
        votes = self.votes()
        for g, other in (("m", "f"), ("f", "m")):
            if votes[g] >= 2 and not votes[other]:
                return g
        return None


_GENDER_NOTE = re.compile(r"\((he|him|his|she|her|il|elle)\)", re.I)
_SPEECH = re.compile(r"\b(?:a|avait|aurait)-t-(elle|il)\b")
_NEXT_PRONOUN = re.compile(r"^[«\"]?\s*(Elle|Il)\s+(?!y\b|faut\b|est\b|était\b|semble\b|s'agit\b|reste\b|suffit\b)")
_BE = r"(?:est|était|sera|serait|fut|a été|avait été|s'est|s'était|s’est|s’était)"
_AGREEMENT = re.compile(rf"\s+{_BE}\s+(\w+)")
_NOT_PARTICIPLES = frozenset(
    "ici aussi ainsi parmi voici lui oui si puis depuis alors deja la mardi lundi mercredi jeudi vendredi samedi "
    "dimanche midi tout souvent aujourd bien mal plus moins tres encore toujours jamais vite fait dit".split()
)
_ENGLISH_PRONOUNS = {"she": "f", "her": "f", "hers": "f", "herself": "f", "he": "m", "him": "m", "his": "m", "himself": "m"}
_ENGLISH_PRONOUN = re.compile(r"\b(?:" + "|".join(_ENGLISH_PRONOUNS) + r")\b", re.I)


def participle_gender(word: str) -> str | None:
    """Gender of a past participle or adjective after "être": "venue" feminine, "venu" masculine."""
    w = folded(word)
    if len(w) < 3 or w in _NOT_PARTICIPLES or w.endswith("ique"):
        return None
    if word.endswith("é"):
        return "m"
    if w.endswith(("ee", "ue", "ie", "ise", "ite", "rte", "euse", "ive")):
        return "f"
    if w.endswith(("u", "i", "is", "it", "rt", "eux", "if")):
        return "m"
    return None


class People:
    """Persons by the key of their last name, built once per corpus by ``find_people``."""

    def __init__(self) -> None:
        self.by_key: dict[str, Person] = {}

    def get(self, name: str) -> Person | None:
        return self.by_key.get(name_key(name))


def name_key(name: str) -> str:
    """A person's key: the folded last word of the name ("Mira Murati", "Murati" -> "murati")."""
    parts = name_words(name)
    return fold(parts[-1]) if parts else ""


def find_people(
    documents: Sequence[Document],
    candidates: dict[str, tuple[Candidate, ...]],
    source_candidates: dict[str, tuple[Candidate, ...]],
    termbase_people: Iterable[tuple[str, str]],
    lexicon: Lexicon,
    is_person: Callable[[Candidate], bool],
) -> People:
    """Every person: termbase persons, and names that a title or another mention shows are persons.

    ``termbase_people`` gives ``(name, note)``; ``is_person(candidate)`` says whether a target
    candidate can be a person's name at all (not a brand, not an institution).
    """
    people = People()
    for name, note in termbase_people:
        m = _GENDER_NOTE.search(note)
        gender = {"he": "m", "him": "m", "his": "m", "il": "m"}.get(m.group(1).lower(), "f") if m else None
        person = people.by_key.setdefault(name_key(name), Person(name))
        person.termbase_gender = gender
    for doc in documents:
        for c in candidates.get(doc.id, ()):
            if len(c.parts) in (2, 3) and is_person(c):
                people.by_key.setdefault(name_key(c.text), Person(c.text))
    for doc in documents:
        found = []
        for c in candidates.get(doc.id, ()):
            c = _without_leading_acronyms(c)  # "COO Brad Lightcap", "PDG Sam Altman"
            person = people.get(c.text) if is_person(c) else None
            if person is not None:
                found.append((c.start, c.end, person))
        _gather(doc, found, lexicon, source_candidates.get(doc.id, ()), people)
    return people


def _without_leading_acronyms(c: Candidate) -> Candidate:
    m = re.match(r"(?:[A-Z]{2,}\s+)+(?=\S)", c.text)
    return Candidate(c.start + m.end(), c.end, c.text[m.end() :], c.initial) if m else c


def _gather(
    doc: Document, found: list[tuple[int, int, Person]], lexicon: Lexicon, source_names: Sequence[Candidate],
    people: People,
) -> None:
    """Titles, agreements and pronouns attached to the persons of one document."""
    text = doc.target
    segments = doc.target_segments or ()
    for k, seg in enumerate(segments):
        here = [(a, b, p) for a, b, p in found if seg.start <= a < seg.end]
        titles = lexicon.titles(text, seg.start, seg.end)
        for title in titles:
            if not any(r.kind == "title" for r in title.roles):
                continue  # an occupation next to a name ("l'officier") is too often something else
            person = _owner(text, title, here)
            if person is None:
                continue
            person.roles[title.text] += 1
            if title.gender:
                span = text[title.start : title.end]
                person.evidence.append(Evidence(title.gender, doc.id, title.start, title.end, span, "title", title))
        for _a, b, person in here:
            m = _AGREEMENT.match(text, b)
            if m and (g := participle_gender(m.group(1))):
                person.evidence.append(Evidence(g, doc.id, m.start(1), m.end(1), m.group(1), "agreement"))
        alone = {id(p) for _, _, p in here}
        if len(alone) != 1:
            continue
        person = here[0][2]
        for m in _SPEECH.finditer(text, seg.start, seg.end):
            g = "f" if m.group(1) == "elle" else "m"
            person.evidence.append(Evidence(g, doc.id, m.start(), m.end(), m.group(0), "pronoun"))
        if here[0][0] - seg.start < 40 and k + 1 < len(segments):
            nxt = segments[k + 1]
            m = _NEXT_PRONOUN.match(nxt.text)
            if m and not any(nxt.start <= a < nxt.end for a, _, _ in found):
                g = "f" if m.group(1) == "Elle" else "m"
                person.evidence.append(Evidence(g, doc.id, nxt.start + m.start(1), nxt.start + m.end(1), m.group(1), "pronoun"))
    _source_pronouns(doc, source_names, people)


def _owner(text: str, title: Title, persons: Sequence[tuple[int, int, Person]]) -> Person | None:
    """Whose title it is: the name right after it ("le COO Brad Lightcap", "la directrice technique
    d'OpenAI, Mira Murati"), else the name it is in apposition to or the predicate of ("Murati, la
    CTO", "Shear (l'ancienne PDG", "Yoon était vice-présidente")."""
    for a, _b, person in persons:
        if a >= title.end and re.fullmatch(r"\s*(?:(?:de|du|chez)\s+\S+(?:\s+\S+)?|d['’]\S+)?\s*,?\s*", text[title.end : a]):
            return person
    for _a, b, person in persons:
        if b <= title.start and re.fullmatch(
            r"\s*[,(]\s*|\s+(?:est|était|devient|est devenue?|reste|demeure)\s+", text[b : title.start]
        ):
            return person
    return None


def _source_pronouns(doc: Document, names: Sequence[Candidate], people: People) -> None:
    """he/she in a source sentence that names exactly one known person (paired documents only)."""
    if not doc.source or not doc.source_segments:
        return
    for seg in doc.source_segments:
        persons = {id(p): p for c in names if seg.start <= c.start < seg.end and (p := people.get(c.text))}
        gender = english_pronoun_gender(seg.text)
        if len(persons) == 1 and gender is not None:
            person = next(iter(persons.values()))
            person.evidence.append(Evidence(gender, doc.id, seg.start, seg.end, seg.text, "source"))


def english_pronoun_gender(text: str) -> str | None:
    """The one gender of the he/she pronouns of an English text, None for none or both."""
    genders = {_ENGLISH_PRONOUNS[m.group(0).lower()] for m in _ENGLISH_PRONOUN.finditer(text)}
    return genders.pop() if len(genders) == 1 else None
