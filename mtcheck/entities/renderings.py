"""One name of a source sentence against the words of its translation, word by word.

The target sentences of a bead are cut into *pieces*: word tokens, parted at hyphens too
("Berlin-Kreuzberg" is two pieces), the unit a name's words are matched to. Each word of the
name is matched to one piece, by the first of these that holds, nearest the other words:

- ``exact``: the same word; ``case``: the same letters in other capitals; ``variant``: another
  spelling of the same name (a transliteration, its French form or exonym: ``spelling.variant``);
- ``slip``: a letter or two wrong (``spelling.slip``);
- ``given``: the French form of an English given name ("Pierre" for Peter);
- ``rendered``: a word the bilingual lexicon gives for it ("ruisseaux" for Brooks), that no common word
  of the source accounts for (the source's own "park" is rendered "parc" too).

``damage.verdict`` then reads the matches: a rendered word makes the name translated, words parted
by other words or turned around make it garbled, other capitals a case error, a slip a misspelling.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

from mtcheck.entities.candidates import FILLERS, FUNCTION_WORDS, Candidate, fold, name_words, other_capitals
from mtcheck.entities.forms import (
    census_given_name,
    english_word,
    exonym,
    exonym_forms,
    given_name,
    head_kind,
    proper_word,
)
from mtcheck.entities.lexicon import forms_of, renders, singular, translations
from mtcheck.entities.registry import Registry
from mtcheck.entities.spelling import (
    french_form_slipped,
    french_given_name,
    has_french_given_name,
    may_slip,
    may_vary,
    slip,
    variant,
)
from mtcheck.french import common_word, french_word
from mtcheck.model import Document, Segment
from mtcheck.tokens import Token

_PIECE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
RANKS = ("exact", "case", "variant", "slip", "given", "rendered")
TRANSLATED = frozenset(("given", "rendered", "french", "surname"))
"""How a word rendered as a common word was found: a French given name, the lexicon, the French
word for an English one ("Planète" for Planet), a French word in place of a person's surname."""
_LOOKED_UP = frozenset(("exact", "case"))
"""The ranks a piece holds by its letters alone (``Context._how``), found by looking the word up."""
_NEAR = 5
"""How many pieces away from the name's words already matched its other words are looked for."""


@dataclass(frozen=True, slots=True)
class Piece:
    """A word of the target, or a part of a hyphenated one."""

    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Match:
    """A word of a source name matched to a piece of the target."""

    word: str
    piece: Piece
    how: str
    """One of ``RANKS``."""

    @property
    def index(self) -> int:
        return self.piece.index


def content_words(name: str) -> list[str]:
    """The words of a name without articles and prepositions ("Bank of England" -> Bank, England)."""
    return [w for w in name_words(name) if w.lower() not in FILLERS]


@dataclass
class Context:
    """A bead's source and target sentences, as the name alignment reads them."""

    doc: Document
    sources: Sequence[Segment]
    targets: Sequence[Segment]
    tokens: Sequence[Token]
    registry: Registry
    pieces: list[Piece] = field(init=False)

    def __post_init__(self) -> None:
        self.pieces = []
        for t in self.tokens:
            if t.text.isalnum():  # most words are one piece: no pattern to run
                self.pieces.append(Piece(len(self.pieces), t.start, t.end, t.text))
                continue
            for m in _PIECE.finditer(t.text):
                self.pieces.append(Piece(len(self.pieces), t.start + m.start(), t.start + m.end(), m.group()))

    @property
    def lang(self) -> str:
        """The source's language."""
        return self.doc.from_lang

    @property
    def target_lang(self) -> str:
        return self.doc.target_lang

    @cached_property
    def source_text(self) -> str:
        assert self.doc.source is not None
        return self.doc.source[self.sources[0].start : self.sources[-1].end]

    @cached_property
    def target_text(self) -> str:
        return self.doc.target[self.targets[0].start : self.targets[-1].end]

    @property
    def complete(self) -> bool:
        """Whether the target is no shorter than half its source: a pair that left nothing out."""
        return 2 * len(self.target_text) >= len(self.source_text)

    @cached_property
    def _source_words(self) -> list[str]:
        """The source's words: what a word of the target may translate."""
        return _PIECE.findall(self.source_text)

    def explained(self, piece: Piece, name: str = "") -> bool:
        """Whether the source's other words (not those of ``name``) account for every piece written as
        ``piece`` is: as many of them translate to it, or are it, as the target writes it."""
        forms = forms_of(piece.text, self.target_lang)
        written = sum(1 for p in self.pieces if not forms.isdisjoint(forms_of(p.text, self.target_lang)))
        own = Counter(w.lower() for w in _PIECE.findall(name))
        sources = 0
        for w in self._source_words:
            lower = w.lower()
            if own[lower] > 0:
                own[lower] -= 1
            elif lower in forms or not forms.isdisjoint(translations(w, self.lang)):
                sources += 1
        return sources >= written

    def inside(self, piece: Piece) -> bool:
        """Whether a word comes before the piece in its sentence: its capital is no sentence's."""
        return self.doc.inside_sentence(piece.start)

    def whole(self, name: Candidate) -> tuple[str, int, int] | None:
        """The name written whole over consecutive pieces, as ``(verdict, first, last + 1)``:
        ``kept`` as the source writes it, ``case`` in other capitals, ``split`` or ``glued`` with
        more or fewer spaces and hyphens between its letters; None where no run of pieces spells it."""
        key = fold(name.text)
        if not key:
            return None
        best = None
        for i, p in enumerate(self.pieces):
            if not key.startswith(fold(p.text)):
                continue
            joined, j = "", i
            while j < len(self.pieces) and len(joined) < len(key):
                joined += fold(self.pieces[j].text)
                j += 1
            if joined != key:
                continue
            written = self.doc.target[p.start : self.pieces[j - 1].end]
            verdict = _whole_verdict(written, name.text)
            best = best or (verdict, i, j)
            if verdict == "kept":
                return verdict, i, j
        return best

    def match_words(self, name: Candidate, claimed: set[int]) -> list[Match | None]:
        """Each content word of the name matched to a piece: the best rank first, then the piece
        nearest the words already matched, and only within ``_NEAR`` pieces of those. The first
        word written more than once is taken where the name's other words are written beside it
        ("Kowalnet a vendu, avec Kowalnet des ordinateurs XT9": the second "Kowalnet")."""
        words = content_words(name.text)
        out: list[Match | None] = [None] * len(words)
        used = set(claimed)
        person = self.person(name.text)
        keys = Counter(w.lower() for w in words)
        for ranks in (RANKS[:3], RANKS[3:]):
            for k, word in enumerate(words):
                if out[k] is not None:
                    continue
                anchors = [m.index for m in out if m is not None]
                others = keys - Counter((word.lower(),))
                best = self._best(word, ranks, used, anchors, anchored=bool(anchors), given=person and k == 0, person=person,
                                  others=others)
                if best is not None:
                    out[k] = best
                    used.add(best.index)
        surname = self.surname_stand_in(name, out)
        if surname is not None and surname.index not in used:
            out[-1] = Match(words[-1], surname, "surname")
        return out

    def _best(self, word: str, ranks: Sequence[str], used: set[int], anchors: list[int], *, anchored: bool,
              given: bool, person: bool, others: Counter[str]) -> Match | None:
        def free(p: Piece) -> bool:
            return p.index not in used and not (anchors and min(abs(p.index - a) for a in anchors) > _NEAR)

        pieces: list[Piece] | None = None
        # One rank at a time, best first: a word found as it is is never compared for variants.
        for rank in ranks:
            if (rank == "rendered" and not translations(word, self.lang)) \
                    or (rank == "given" and not has_french_given_name(word)):
                continue  # no piece can render the word so: no lexicon or table gives it a translation
            if rank in _LOOKED_UP:  # the same letters: looked up, not compared with every piece
                same = [p for p in self._by_lower.get(word.lower(), ()) if (p.text == word) == (rank == "exact") and free(p)]
                found = [(p, rank) for p in same]
            else:
                pieces = [p for p in self.pieces if free(p)] if pieces is None else pieces
                found = [(p, how) for p in pieces if (how := self._how(p, word, (rank,), anchored, given, person)) is not None]
            if found:
                ranked = [(RANKS.index("rendered" if how == "french" else how),
                           min(abs(p.index - a) for a in anchors) if anchors else -self._beside(p, others), p.index, p, how)
                          for p, how in found]
                _, _, _, p, how = min(ranked, key=lambda t: t[:3])
                return Match(word, p, how)
        return None

    @cached_property
    def _by_lower(self) -> dict[str, list[Piece]]:
        """The pieces by their text in lowercase, in order."""
        out: dict[str, list[Piece]] = {}
        for p in self.pieces:
            out.setdefault(p.text.lower(), []).append(p)
        return out

    def _beside(self, piece: Piece, words: Counter[str]) -> int:
        """How many of ``words`` (in lowercase) are written within ``_NEAR`` pieces of ``piece``."""
        near = self.pieces[max(0, piece.index - _NEAR) : piece.index + _NEAR + 1]
        return sum(1 for p in near if p is not piece and words[p.text.lower()] > 0)

    def _how(self, piece: Piece, word: str, ranks: Sequence[str], anchored: bool, given: bool, person: bool) -> str | None:
        """How ``piece`` renders ``word`` (``given``: the given name of a person's name, whose French
        form is a translation; ``person``: a word of a name that opens with a person's, "A Rose Baker
        Christmas", whose every word is kept), the first of ``ranks`` that holds, or None."""
        text = piece.text
        for how in ranks:
            if how in ("variant", "slip") and text[:1].isupper() and french_form_slipped(text, word) is not None:
                return "slip"  # "Hongie", "Hongre" for Hungary: its French name, Hongrie, misspelled
            if how == "exact" and text == word:
                return how
            if how == "case" and text.lower() == word.lower() and text != word:
                return how
            if how == "variant" and text.lower() != word.lower() and singular(text) == singular(word):
                return how  # "the Lemon Sister" for the Lemon Sisters: the source's word in another number
            if how == "variant" and text.lower() != word.lower() and may_vary(text, word) and variant(text, word):
                if given and fold(text) != fold(word) and (text.islower() or not census_given_name(text)):
                    return "given"  # "chrétien Brandt" for Christian Brandt: a given name put into a common word
                # The French word for an English one ("Planète" for Planet) renders it, a name's French form is the name
                in_french = fold(text) != fold(word) and english_word(word.lower()) and common_word(text)
                if person and not given and exonym(text, word):
                    return "french"  # "Rose Baker Noël": the French form of a word inside a person's name or title
                return "french" if in_french and not given_name(word) and not exonym(text, word) else how
            if how == "slip" and may_slip(text, word) and slip(text, word, anchored=anchored):
                # A French word a letter or two from an English one is its translation ("Ruisseau" for the surname Brook)
                in_french = english_word(word.lower()) and french_word(text)
                return "french" if in_french and not exonym(text, word) else how
            if how == "given" and french_given_name(text, word):
                return how
            if how == "rendered" and text.lower() not in FUNCTION_WORDS and renders(text, word, self.lang, self.target_lang) \
                    and not self.explained(piece, word):
                return how
        return None

    def unexplained_french_word(self, p: Piece, name: str) -> bool:
        """A French common word of the target that no word of the source accounts for."""
        text = p.text
        if len(text) < 3 or text.lower() in FUNCTION_WORDS or fold(text) in self.source_keys:
            return False
        return french_word(text) and not given_name(text) and not self.explained(p, name)

    def surname_stand_in(self, name: Candidate, matches: Sequence[Match | None]) -> Piece | None:
        """In a person's name whose surname left no trace, a French common word written with a
        capital right after the given name ("Ingrid Fenêtre" for Ingrid Kowalczyk), that no other
        word of the source accounts for and that is no given name: a translation put a word there."""
        if self.target_lang != "fr" or not self.person(name.text) or matches[-1] is not None or matches[0] is None:
            return None
        after = matches[0].index + 1
        if after >= len(self.pieces):
            return None
        piece = self.pieces[after]
        capitalised = piece.text[:1].isupper() and piece.text[1:].islower()
        if capitalised and self.unexplained_french_word(piece, name.text):
            return piece
        return None

    @cached_property
    def source_keys(self) -> frozenset[str]:
        return frozenset(fold(w) for w in _PIECE.findall(self.source_text))

    @staticmethod
    def person(name: str) -> bool:
        """A person's name, or a name that opens with one: a given name (``forms.census_given_name``)
        and another word ("Ingrid Kowalczyk", "Ingrid Kowalczyk Hour")."""
        words = content_words(name)
        return len(words) >= 2 and census_given_name(words[0]) and not head_kind(words[1])

    def common(self, name: Candidate) -> bool:
        """A one-word name that is an English common word ("Brook"), which MT translates as one."""
        words = content_words(name.text)
        return self.lang == "en" and len(words) == 1 and not name.text.isupper() and english_word(words[0].lower())

    def required(self, name: Candidate) -> bool:
        """Whether a name with no trace in the target is one a translation cannot leave out: a person's full name
        (a given name and a surname that is no English word: "Ingrid Kowalczyk") in a ``complete`` pair. A surname
        alone may become a pronoun, a place's or an institution's name an adjective or a paraphrase ("la compagnie
        ferroviaire"), a work's title a description, an abbreviation with digits or inner capitals its expansion."""
        words = content_words(name.text)
        if any(head_kind(w) for w in words) or exonym_forms(name.text):
            return False
        return self.person(name.text) and proper_word(words[-1]) and self.complete


def _whole_verdict(written: str, name: str) -> str:
    """How a run of pieces that spells the name's letters writes it."""
    if written == name or " ".join(written.split()) == name:
        return "kept"
    seps = len(re.findall(r"[^\w]+", written))
    name_seps = len(re.findall(r"[^\w]+", name))
    if seps > name_seps:
        return "split"
    if seps < name_seps:
        return "glued"
    letters = re.sub(r"[^\w]+", "", written)
    name_letters = re.sub(r"[^\w]+", "", name)
    if letters.lower() == name_letters.lower():
        return "case" if letters != name_letters else "kept"
    if other_capitals(letters, name_letters):
        return "case"  # other accents and other capitals ("José Kowal garci"): the capitals are the damage
    return "accents"
