"""What stands where a source name left no trace in its translation: a French common word
written with a capital near its place (a one-word name translated as a word, "le Chasseur" for
Huntsman), or another person's name (a name replaced). ``alignment`` asks for them once a name's
words are matched to none of the translation's."""

from __future__ import annotations

from mtcheck.entities.candidates import Candidate, fold
from mtcheck.entities.forms import exonym_forms, institution_words, people_word, proper_word
from mtcheck.entities.renderings import Context, Piece
from mtcheck.french import french_word

_WHERE = 0.3
"""How far (a share of the sentence) from where the source writes a name its stand-in may be."""


def stand_in(ctx: Context, name: Candidate, claimed: set[int]) -> tuple[str, int, int, str] | None:
    """For a one-word name that is an English word ("Huntsman") and left no trace: a common word
    of the target language written with a capital inside its sentence, that no other word of
    the source accounts for, near where the source has the name ("le Chasseur"):
    ``("translated", i, j, detail)``."""
    if ctx.target_lang != "fr" or not ctx.common(name):
        return None
    where = (name.start - ctx.sources[0].start) / max(1, len(ctx.source_text))
    span = max(1, len(ctx.target_text))
    found = [
        p for p in ctx.pieces
        if p.index not in claimed and abs((p.start - ctx.targets[0].start) / span - where) <= _WHERE
        and _capitalised_word(ctx, p, name.text)
    ]
    if not found:
        return None
    piece = min(found, key=lambda p: abs((p.start - ctx.targets[0].start) / span - where))
    return "translated", piece.index, piece.index + 1, f"'{piece.text}' stands where the source has '{name.text}'"


def replacement(ctx: Context, name: Candidate, claimed: set[int]) -> tuple[int, int] | None:
    """For a person's name that left no trace: another person's name (or two words that are no
    common words of either language) of the target near where the source has it, one of them a
    word the source does not write ("The Maria Lopez Hour" where the source has the Ingrid Kowalczyk Hour):
    ``(first, last + 1)``. Names of places, institutions and acronyms are left alone: French
    writes its own ("AIEA" for IAEA, "Plzeň" for Pilsen), which no table lists in full."""
    where = (name.start - ctx.sources[0].start) / max(1, len(ctx.source_text))
    found = []
    for c in ctx.registry.candidates_in(ctx.doc, ctx.targets[0].start, ctx.targets[-1].end):
        pieces = [p for p in ctx.pieces if c.start <= p.start and p.end <= c.end]
        if c.initial or not pieces or any(p.index in claimed for p in pieces):
            continue
        proper = [p for p in pieces if proper_word(p.text) and not french_word(p.text)]
        if not any(fold(p.text) not in ctx.source_keys for p in proper) or not (ctx.person(c.text) or len(proper) >= 2):
            continue
        distance = abs((c.start - ctx.targets[0].start) / max(1, len(ctx.target_text)) - where)
        if distance <= _WHERE:
            found.append((distance, pieces[0].index, pieces[-1].index + 1))
    return min(found)[1:] if found else None


def _capitalised_word(ctx: Context, p: Piece, name: str) -> bool:
    text = p.text
    if not (text[:1].isupper() and text[1:].islower() and len(text) > 2 and ctx.inside(p)):
        return False
    if fold(text) in institution_words() or people_word(text) or exonym_forms(text):
        return False  # a people's or a place's word, which the sentence names for itself
    if ctx.registry.lexicon.titles(text):
        return False  # "le Ministre": a title, which the role checks read
    before = ctx.doc.target[max(0, p.start - 2) : p.start]
    if any(ch in before for ch in "«\"“:"):
        return False  # the first word of a title or a quote
    return ctx.unexplained_french_word(p, name)
