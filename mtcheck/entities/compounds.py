"""Names written as one word of two English words, and their words put into French.

Brands, shows, sites and organisations are often named by two English words written as one
("Stonehammer", "Greenquill"): the name is kept as its owner writes it, and no dictionary lists it
whole, so the word-by-word matching of the name alignment finds nothing to compare in a
translation. MT still reads its words: it puts one or both into French, beside each other
("marteau de pierre", "plume verte") or glued to the word it kept ("StoneMarteau"). Those
renderings are a translation of the name (NE004), found here from the words of the compound.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mtcheck.entities.candidates import FUNCTION_WORDS, Candidate
from mtcheck.entities.forms import english_word
from mtcheck.entities.lexicon import renders, translations

if TYPE_CHECKING:
    from mtcheck.entities.renderings import Context, Piece

MAX_LETTERS = 30
"""Letters of a compound at most: a brand of two words is short, and each way of parting a word
copies it, so a word of thousands of letters would cost their square."""
MIN_PART = 4
"""Letters of each word of a compound at least: shorter words ("his", "sun") open many names and
words that are no compounds, whose letters would be read as two words."""


def compound_parts(word: str, lang: str) -> Iterator[tuple[str, str]]:
    """Each way ``word`` is two English words of ``MIN_PART`` letters or more, the lexicons knowing
    one of them at least ("Stonehammer" -> stone, hammer); none for a word English writes whole,
    which the name alignment matches as it is, nor for one of more than ``MAX_LETTERS`` letters."""
    lower = word.lower()
    if lang != "en" or len(word) > MAX_LETTERS or not word.isalpha() or english_word(lower):
        return
    for i in range(MIN_PART, len(lower) - MIN_PART + 1):
        left, right = lower[:i], lower[i:]
        if english_word(left) and english_word(right) and (translations(left, lang) or translations(right, lang)):
            yield left, right


def compound_rendering(ctx: Context, name: Candidate, claimed: set[int]) -> tuple[int, int, str] | None:
    """For a one-word name of two English words that left no trace in the translation: the pieces
    that put its words into French, as ``(first, last + 1, detail)``. Either one piece, one word
    kept and the other's translation glued to it ("Stonemarteau"), or two pieces beside each other,
    a function word between them at most, in either order ("Marteau de pierre", "plume verte"),
    one of them translated, each unaccounted for by the source's other words. A name with its
    capitalised article inside a sentence ("The Stonehammer") is a title, of a work or a ship,
    which French gives a title of its own."""
    if len(name.parts) != 1 or _titled(ctx, name):
        return None
    free = [p for p in ctx.pieces if p.index not in claimed]
    for left, right in compound_parts(name.text, ctx.lang):
        for p in free:
            glued = _glued(ctx, p, left, right)
            if glued:
                return p.index, p.index + 1, glued
        for p, q in _neighbours(free):
            for first, second in ((left, right), (right, left)):
                how = [_rendered(ctx, p, first, name.text), _rendered(ctx, q, second, name.text)]
                if all(how) and "translated" in how:
                    return p.index, q.index + 1, _detail([(first, p), (second, q)], how)
    return None


_TITLE_ARTICLE = re.compile(r"\bThe\s+$")


def _titled(ctx: Context, name: Candidate) -> bool:
    """Whether the source writes the name after a capitalised "The" inside its sentence."""
    source = ctx.doc.source or ""
    article = _TITLE_ARTICLE.search(source, max(0, name.start - 4), name.start)
    return article is not None and ctx.doc.inside_sentence(article.start(), source=True)


def _glued(ctx: Context, piece: Piece, left: str, right: str) -> str:
    """The detail of a piece that keeps one word of the compound and glues the other's translation
    to it ("Stonemarteau"), or ""."""
    text, lower = piece.text, piece.text.lower()
    for keeps, other, rest in ((lower.startswith(left), right, text[len(left):]),
                               (lower.endswith(right), left, text[: len(text) - len(right)])):
        if keeps and len(rest) >= MIN_PART and renders(rest, other, ctx.lang, ctx.target_lang):
            return f"'{other}' rendered as '{rest}'"
    return ""


def _neighbours(pieces: list[Piece]) -> Iterator[tuple[Piece, Piece]]:
    """Pairs of pieces next to each other, or with one function word between ("pont de pierre")."""
    for k, p in enumerate(pieces):
        for q in pieces[k + 1 : k + 3]:
            gap = q.index - p.index
            if gap == 1 or (gap == 2 and pieces[k + 1].index == p.index + 1 and pieces[k + 1].text.lower() in FUNCTION_WORDS):
                yield p, q


def _rendered(ctx: Context, piece: Piece, word: str, name: str) -> str:
    """How ``piece`` renders one word of a compound: "kept" as it is, "translated" by a word the
    lexicons give for it that no other word of the source accounts for, or ""."""
    if piece.text.lower() == word:
        return "kept"
    if piece.text.lower() not in FUNCTION_WORDS and renders(piece.text, word, ctx.lang, ctx.target_lang) \
            and not ctx.explained(piece, name):
        return "translated"
    return ""


def _detail(pairs: list[tuple[str, Piece]], how: list[str]) -> str:
    return ", ".join(f"'{word}' rendered as '{p.text}'" for (word, p), h in zip(pairs, how, strict=True) if h == "translated")
