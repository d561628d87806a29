"""Job titles: the bilingual lexicon, and titles found in text with their grammatical gender.

The lexicon is ``data/roles.tsv`` (ours, documented there) plus the termbase entries whose note
starts with "role". French titles are matched on a folded copy of the text (lowercase, no accents,
one apostrophe) that keeps every offset, so a match points straight back into the original.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from mtcheck.data import load_lines
from mtcheck.entities.termbase import TermEntry

_ACCENTED = "ÀÂÄÁÃÇÉÈÊËÍÎÏÓÔÖÕÚÙÛÜŸàâäáãçéèêëíîïóôöõúùûüÿ’ʼ"

_PLAIN = "AAAAACEEEEIIIOOOOUUUUYaaaaaceeeeiiioooouuuuy''"

_FOLD = str.maketrans(_ACCENTED, _PLAIN)

_WORD_RUN = re.compile(r"\w+")

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
    """``title`` (a news job title), ``occupation`` (a common noun for a person) or ``fixed-gender``
    (a noun whose grammatical gender says nothing of the person's: "la victime")."""

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
        self._fr_first = _first_words(self.french)
        self._en_first = _first_words(self.english)

    def extended(self, roles: Iterable[Role]) -> Lexicon:
        """This lexicon with more roles (from the termbase) tried first."""
        return Lexicon([*roles, *self.roles])

    def titles(self, text: str, start: int = 0, end: int | None = None) -> list[Title]:
        """French titles in ``text[start:end]`` with their gender, leftmost-longest, singular only."""
        end = len(text) if end is None else end
        key = folded(text)
        out: list[Title] = []
        for m in _found(self._fr, self._fr_first, key, start, end, lower=False):
            if key[m.end() : m.end() + 1] == "s":  # "directeurs": not a title of one person
                continue
            entries = self.french[_norm(m.group(0))]
            word_genders = {g for _, g in entries}
            word_gender = next(iter(word_genders)) if len(word_genders) == 1 and "*" not in word_genders else None
            ctx = _CONTEXT.search(key, max(0, m.start() - 30), m.start())
            ctx_gender = _context_gender(ctx) if ctx else None
            if (word_gender and ctx_gender and word_gender != ctx_gender) or any(r.kind == "fixed-gender" for r, _ in entries):
                gender = None  # "la directeur" contradicts itself; "la victime" is feminine whoever it names
            else:
                gender = ctx_gender or word_gender
            begin = ctx.start() if ctx and ctx.group(0).strip() else m.start()
            roles = tuple(dict.fromkeys(r for r, _ in entries))
            out.append(Title(begin, m.start(), m.end(), text[m.start() : m.end()], roles, gender))
        return out

    def english_titles(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, Role]]:
        """English titles in ``text[start:end]``: abbreviations in capitals only, other forms in any case."""
        end = len(text) if end is None else end
        out: list[tuple[int, int, Role]] = []
        for m in _found(self._en, self._en_first, text, start, end, lower=True):
            form = _spaced(m.group(0))
            roles = self.english.get(form) or self.english.get(form.lower())
            if roles:
                out.append((m.start(), m.end(), roles[0]))
        return out

def _found(pattern: re.Pattern[str], firsts: frozenset[str] | None, text: str, start: int, end: int, *,
           lower: bool) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, start, end)``, tried only where a word of ``firsts`` begins (the
    words of ``text`` put in lowercase first where ``lower``): a match can begin nowhere else, and
    the pattern, an alternation of every form, costs as many tries at every letter as there are forms."""
    window = text[start:end].lower() if lower else text[start:end]
    if firsts is None or len(window) != end - start:  # a letter whose lowercase is longer: offsets would shift
        yield from pattern.finditer(text, start, end)
        return
    at = start
    for word in _WORD_RUN.finditer(window):
        begin = start + word.start()
        if begin < at or word.group() not in firsts:
            continue
        m = pattern.match(text, begin, end)
        if m is not None:
            yield m
            at = m.end()


def _first_words(forms: Iterable[str]) -> frozenset[str] | None:
    """The first word of every form, in lowercase, where every form begins with a word: a title can
    begin only where one of them does, so the pattern is tried there alone (``_found``)."""
    firsts = [_WORD_RUN.match(form) for form in forms]
    return frozenset(m.group().lower() for m in firsts if m) if all(firsts) else None


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
