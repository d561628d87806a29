"""What the corpus says about each person's gender and titles.

A person's gender is never guessed from a first name: it comes from the termbase note
("person (she)"), from gendered titles and agreements attached to the name ("la directrice
technique Mira Murati", "Murati est venue"), from a sentence-initial "Elle"/"Il" after a sentence
about that person alone, from "a-t-elle déclaré" in such a sentence, and from he/she in the aligned
source sentence. ``People`` keeps every piece of evidence so a finding can show it.
"""

from __future__ import annotations

import bisect
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from operator import itemgetter

from mtcheck.entities.candidates import Candidate, fold, name_words
from mtcheck.entities.descriptors import NOT_NAMES, title_word
from mtcheck.entities.forms import census_gender
from mtcheck.entities.spelling import slip, variant
from mtcheck.entities.titles import Lexicon, Title, folded
from mtcheck.model import Document


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

    @property
    def gender(self) -> str | None:
        """The person's gender, from every clue the corpus holds (``judged``)."""
        return self.judged()

    def judged(self, excluding: Evidence | None = None) -> str | None:
        """The termbase's word, else a gender with at least two clues and none against it, without
        ``excluding`` (the clue being judged). A given name the census gives to the other gender
        only is one against it ("Ingrid" against "le ministre Ingrid Kowalczyk" twice): machine
        translation writes titles and agreements in the masculine by default, and two of them are
        no evidence against a woman's name. The name is never a clue for a gender: "Jean" and
        "Andrea" are men's names in French and Italian."""
        if self.termbase_gender:
            return self.termbase_gender
        votes = Counter(e.gender for e in self.evidence if e is not excluding)
        words = name_words(self.name)
        named = census_gender(words[0]) if words else None
        for g, other in (("m", "f"), ("f", "m")):
            if votes[g] >= 2 and not votes[other] and named != other:
                return g
        return None

_GENDER_NOTE = re.compile(r"\((he|him|his|she|her|il|elle)\)", re.I)

_SPEECH = re.compile(r"\b(?:a|avait|aurait)-t-(elle|il)\b")

_NEXT_PRONOUN = re.compile(r"^[«\"]?\s*(Elle|Il)\s+(?!y\b|faut\b|est\b|était\b|semble\b|s'agit\b|reste\b|suffit\b)")

_BE = r"(?:est|était|sera|serait|fut|a été|avait été|s'est|s'était|s’est|s’était)"

_AGREEMENT = re.compile(rf"\s+{_BE}\s+(\w+)")

_COMPLEMENT = re.compile(r"\b(?:de|du|des|d['’]|sous|par|pour|avec|chez|contre|selon|sans|entre|à|au|aux)\s*$", re.IGNORECASE)
"""A preposition before a name: the name completes a noun or a verb, and is no subject."""

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
    """Persons by their given name and surname, built once per corpus by ``find_people``. A surname
    alone is the one person of the corpus who bears it, or, where several do ("Ingrid Kowalczyk" and
    "Boris Kowalczyk"), the one its document names in full; otherwise it is nobody's."""

    def __init__(self) -> None:
        self.by_key: dict[str, Person] = {}
        self._by_surname: dict[str, list[Person]] = {}
        self._named_in: dict[str, dict[str, list[Person]]] = {}
        """The persons each document names in full, by document id and surname key: a long document
        (a whole XLIFF file) names hundreds, and each surname alone in it is looked up."""
        self._by_document: dict[str, list[tuple[Person, Evidence]]] | None = None

    def add(self, name: str, doc_id: str | None = None) -> Person:
        """The person ``name`` names, new or already known (a given name written otherwise, "Emmer
        Shear" beside Emmett Shear, is the same person); ``doc_id``: a document naming them in full."""
        given = _given_name(name)
        person = self._known(name, given)
        if person is None:
            person = self.by_key[person_key(name, given)] = Person(name)
            self._by_surname.setdefault(name_key(name), []).append(person)
        if doc_id is not None:
            named = self._named_in.setdefault(doc_id, {}).setdefault(name_key(person.name), [])
            if not any(p is person for p in named):
                named.append(person)
        return person

    def get(self, name: str, doc_id: str | None = None) -> Person | None:
        """The person a name in document ``doc_id`` names, if it is clear: a name with a given name
        is that person's, a surname alone the one person of the corpus or of the document who bears it."""
        if given := _given_name(name):
            return self._known(name, given)
        same = self._by_surname.get(name_key(name), [])
        if len(same) == 1:
            return same[0]
        return self.named_here(name, doc_id) if doc_id is not None else None

    def named_here(self, surname: str, doc_id: str) -> Person | None:
        """The one person whose surname this is that document ``doc_id`` names in full."""
        here = self._named_in.get(doc_id, {}).get(name_key(surname), ())
        return here[0] if len(here) == 1 else None

    def _known(self, name: str, given: str | None) -> Person | None:
        """The person of that given name (``given``, the name's ``_given_name``) and surname, the
        given name spelt so or otherwise: another transliteration, or a slip, which the surname they
        share anchors."""
        person = self.by_key.get(person_key(name, given))
        if person is not None or given is None:
            return person
        return next((p for p in self._by_surname.get(name_key(name), ()) if (other := _given_name(p.name)) is not None
                     and (variant(given, other) or slip(given, other, anchored=True))), None)

    def evidence_in(self, doc_id: str) -> list[tuple[Person, Evidence]]:
        """Each person's evidence found in one document, person by person in the order of
        ``by_key``: indexed once, on first use by the checks (every piece is gathered by then), so
        that a check does not read every person's evidence in every document."""
        if self._by_document is None:
            self._by_document = {}
            for person in self.by_key.values():
                for clue in person.evidence:
                    self._by_document.setdefault(clue.doc_id, []).append((person, clue))
        return self._by_document.get(doc_id, [])

def name_key(name: str) -> str:
    """A person's surname key: the folded last word of the name ("Mira Murati", "Murati" -> "murati")."""
    parts = name_words(name)
    return fold(parts[-1]) if parts else ""

def person_key(name: str, given: str | None) -> str:
    """A person's key: the folded given name (``given``, the name's ``_given_name``) and surname
    ("Ingrid K. Kowalczyk" -> "ingrid kowalczyk"), or the surname where the name has no given name
    ("Kowalczyk", "Ministre Kowalczyk")."""
    return f"{fold(given)} {name_key(name)}" if given else name_key(name)

def _given_name(name: str) -> str | None:
    """The first word of a name of two words or more, where it can be a given name: no initial
    ("J. Kowal"), no title ("Ministre Kowal", which French capitalises to address someone) and no
    honorific ("Mme Kowal", "Dr Kowal")."""
    parts = name_words(name)
    first = parts[0] if len(parts) > 1 else ""
    return first if len(fold(first)) > 1 and not first.endswith(".") and not title_word(first) \
        and first.lower() not in NOT_NAMES | _HONORIFICS else None


_HONORIFICS = frozenset("mme mmes mlle mlles mgr me pr".split())
"""French honorifics written without a full stop ("Mme Kowalczyk"): no given name."""

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
        people.add(name).termbase_gender = gender
    # each document's candidates without the acronyms before a name ("COO Brad Lightcap", "PDG Sam
    # Altman"), and whether each can name a person: read by both passes below
    names = {doc.id: [(c, is_person(c)) for c in map(_without_leading_acronyms, candidates.get(doc.id, ()))]
             for doc in documents}
    for doc in documents:
        for c, person_like in names[doc.id]:
            # "Bade-Wurtemberg" is one word, a place's; "Ministre Kowalczyk" names no one by a given name
            if len(c.parts) in (2, 3) and " " in c.text and person_like and _given_name(c.text):
                people.add(c.text, doc.id)
    for doc in documents:
        found = []
        for c, person_like in names[doc.id]:
            # A surname the corpus writes often is one of its names, no person to the registry: it is
            # the person's where its document names them in full.
            person = people.get(c.text, doc.id) if person_like else \
                people.named_here(c.text, doc.id) if len(c.parts) == 1 else None
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
    found = sorted(found, key=itemgetter(0))
    for k, seg in enumerate(segments):
        here = _starting_in(found, seg.start, seg.end)
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
        for a, b, person in here:
            m = _AGREEMENT.match(text, b)
            if m and _COMPLEMENT.search(text, max(0, a - 12), a):
                continue  # "la famille de Kowal est rentrée": the verb agrees with the noun the name completes
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
            if m and not _starting_in(found, nxt.start, nxt.end):
                g = "f" if m.group(1) == "Elle" else "m"
                person.evidence.append(Evidence(g, doc.id, nxt.start + m.start(1), nxt.start + m.end(1), m.group(1), "pronoun"))
    _source_pronouns(doc, source_names, people)

def _starting_in(found: Sequence[tuple[int, int, Person]], start: int, end: int) -> list[tuple[int, int, Person]]:
    """The persons' names of ``found`` (sorted) that start in ``[start, end)``, by bisection: asked
    sentence by sentence, a scan of the document each time grew with its square."""
    first = bisect.bisect_left(found, start, key=itemgetter(0))
    return list(found[first : bisect.bisect_left(found, end, key=itemgetter(0))])


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
    ordered = sorted(names, key=lambda c: c.start)
    starts = [c.start for c in ordered]
    for seg in doc.source_segments:  # the names of each sentence by bisection: a file can be one long document
        inside = ordered[bisect_left(starts, seg.start) : bisect_left(starts, seg.end)]
        persons = {id(p): p for c in inside if (p := people.get(c.text, doc.id))}
        gender = english_pronoun_gender(seg.text)
        if len(persons) == 1 and gender is not None:
            person = next(iter(persons.values()))
            person.evidence.append(Evidence(gender, doc.id, seg.start, seg.end, seg.text, "source"))

def english_pronoun_gender(text: str) -> str | None:
    """The one gender of the he/she pronouns of an English text, None for none or both."""
    genders = {_ENGLISH_PRONOUNS[m.group(0).lower()] for m in _ENGLISH_PRONOUN.finditer(text)}
    return genders.pop() if len(genders) == 1 else None
