"""The corpus-wide name registry: every form of every name, where it was seen, and its canonical form.

Names are matched on a *folded key* (no case, accents, spaces or hyphens), so "OpenAI", "Openai"
and "Open AI" are forms of one name. The canonical form comes, in this order, from the termbase,
from the aligned source texts, and from the corpus itself (the best-cased form that is written at
least twice). Only brand-like names (an inner capital, as in OpenAI or ChatGPT, or several capitals)
get a canonical form from the corpus alone: for ordinary capitalised words the corpus says nothing.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from mtcheck.model import Document
from mtcheck.termbase import TermEntry
from mtcheck.tokens import Token, words

MAX_TOKENS = 3
"""Longest name, in word tokens, that a mention may span."""
_ELISION = re.compile(r"^(?:[dlnsjcmt]|qu|jusqu|lorsqu|puisqu)['’]", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s$")
_NOT_PROSE = re.compile(r"https?://\S+|\S+\.(?:com|org|net|fr|io|ai)\b\S*|\S+@\S+|@\w+|#\w+")
"""URLs, e-mail addresses, handles and hashtags: "pic.twitter.com" is no mention of Twitter."""


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """The matching key of a name: lowercase, no accents, letters and digits only."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if ch.isalnum()).lower()


def brand_like(form: str) -> bool:
    """An inner capital ("OpenAI", "ChatGPT", "McGrew") or an all-caps acronym of 2+ letters."""
    letters = [ch for ch in form if ch.isalpha()]
    return any(ch.isupper() for ch in form[1:] if ch.isalpha()) and len(letters) >= 2


@dataclass(slots=True)
class Entity:
    """One name and every form of it the corpus uses."""

    canonical: str
    origin: str
    """Where the canonical form comes from: ``termbase <path:line>``, ``source``, or ``corpus``."""
    variants: Counter[str] = field(default_factory=Counter)
    documents: set[str] = field(default_factory=set)


@dataclass(frozen=True, slots=True)
class Mention:
    """A place in a target text where a form of a registered name is written."""

    start: int
    end: int
    text: str
    entity: Entity


class Registry:
    """Names by folded key, with the canonical form and the corpus counts of every form."""

    def __init__(self) -> None:
        self.by_key: dict[str, Entity] = {}
        self.by_document: dict[str, tuple[Mention, ...]] = {}
        """Mentions of each document's target, found once by ``build_registry`` for every check."""

    def mentions_in(self, doc: Document, start: int = 0, end: int | None = None) -> Iterator[Mention]:
        """The registered names of ``doc.target`` that lie in ``[start, end)``."""
        stop = len(doc.target) if end is None else end
        return (m for m in self.by_document.get(doc.id, ()) if start <= m.start and m.end <= stop)

    def add(self, canonical: str, origin: str) -> None:
        """Register a canonical form unless an earlier, more authoritative source already did."""
        key = fold(canonical)
        if key and key not in self.by_key:
            self.by_key[key] = Entity(canonical, origin)

    def mentions(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Mention]:
        """Registered names in ``text[start:end]``, longest match first, never overlapping."""
        stop = len(text) if end is None else end
        blocked = [m.span() for m in _NOT_PROSE.finditer(text, start, stop)]
        tokens = [_trim(t) for t in words(text, start, stop) if not any(a <= t.start < b for a, b in blocked)]
        i = 0
        while i < len(tokens):
            for n in range(min(MAX_TOKENS, len(tokens) - i), 0, -1):
                span = tokens[i : i + n]
                if n > 1 and not _one_name(text, span):
                    continue
                entity = self.by_key.get(fold("".join(t.text for t in span)))
                if entity is not None:
                    yield Mention(span[0].start, span[-1].end, text[span[0].start : span[-1].end], entity)
                    i += n
                    break
            else:
                i += 1

    def to_json(self) -> list[dict[str, object]]:
        """Entities seen in the corpus, most frequent first."""
        seen = [e for e in self.by_key.values() if e.variants]
        seen.sort(key=lambda e: (-sum(e.variants.values()), e.canonical))
        return [
            {
                "canonical": e.canonical,
                "origin": e.origin,
                "variants": dict(e.variants.most_common()),
                "documents": sorted(e.documents),
            }
            for e in seen
        ]


def build_registry(documents: Sequence[Document], termbase: Sequence[TermEntry]) -> Registry:
    """Termbase names, then source-side names, then brand-like corpus names; then count every form.

    Each word of a multi-word termbase name ("Sutskever" of "Ilya Sutskever") is a name too, unless
    the corpus also writes it in lowercase (so "Information" of "The Information" is not).
    """
    registry = Registry()
    names = [e for e in termbase if e.is_name]
    for entry in names:
        registry.add(entry.source, f"termbase {entry.origin}")
    lowercase = {t.text for doc in documents for t in words(doc.target) if t.text.islower()}
    for entry in names:
        parts = entry.source.split()
        for part in parts if len(parts) > 1 else ():
            if len(part) >= 3 and part[0].isupper() and part.lower() not in lowercase:
                registry.add(part, f"termbase {entry.origin} (part of '{entry.source}')")
    for doc in documents:
        for form in _brand_forms(doc.source or ""):
            registry.add(form, "source")
    corpus_forms: dict[str, Counter[str]] = {}
    for doc in documents:
        for form in _brand_forms(doc.target):
            corpus_forms.setdefault(fold(form), Counter())[form] += 1
    for key, forms in corpus_forms.items():
        best = _best_form(forms)
        if best is not None and key not in registry.by_key:
            registry.add(best, "corpus")
    for doc in documents:
        registry.by_document[doc.id] = tuple(registry.mentions(doc.target))
        for m in registry.by_document[doc.id]:
            m.entity.variants[m.text] += 1
            m.entity.documents.add(doc.id)
    return registry


def _brand_forms(text: str) -> Iterator[str]:
    for token in words(text):
        form = _trim(token).text
        if brand_like(form) and not form.isupper() or (form.isupper() and 2 <= len(form) <= 5):
            yield form


def _best_form(forms: Counter[str]) -> str | None:
    """The form written at least twice with the most inner capitals (ties: the most frequent)."""
    candidates = [f for f, n in forms.items() if n >= 2 and brand_like(f) and not f.isupper()]
    if not candidates:
        return None
    return max(candidates, key=lambda f: (sum(ch.isupper() for ch in f), forms[f]))


def _trim(token: Token) -> Token:
    """Drop a French elision ("d'", "l'", "qu'") and an English possessive ("'s") from a token."""
    start, end, text = token.start, token.end, token.text
    m = _ELISION.match(text)
    if m and len(text) > m.end():
        start, text = start + m.end(), text[m.end() :]
    m = _POSSESSIVE.search(text)
    if m and m.start() > 0:
        end, text = end - 2, text[:-2]
    return Token(start, end, text)


def _one_name(text: str, span: Sequence[Token]) -> bool:
    """Several tokens read as one name only when each is capitalised (or a number) and they are
    separated by one space or hyphen at most: "Open AI" may be OpenAI, "il y a" is never Ilya."""
    gaps_ok = all(text[a.end : b.start] in (" ", "-", "\u00a0") for a, b in zip(span, span[1:], strict=False))
    return gaps_ok and all(t.text[0].isupper() or t.text[0].isdigit() for t in span)
