"""How a translation renders each name of its source: the spine of the names checks with a source.

For each bead of the sentence alignment, every name of the source sentences that a translation
must render (``source_names.checked_names``) is looked for in the target sentences and given one
verdict:

- ``kept``, or ``accepted``: a form French writes for it (``conventions``: the termbase's form,
  an exonym or an institution's French name, French typography, a generic word of a place or an
  institution translated around its proper noun, in French word order);
- or damaged: ``case``, ``split``, ``glued``, ``misspelled``, ``translated`` (a word rendered as a
  common word of the target language: found with the bilingual lexicon, or a capitalised common
  word where the name should be), ``garbled`` (its kept words parted by other words), ``replaced``
  (another person's name in its place) or ``missing`` (a person's full name with no trace).

The words of the name are matched one by one (``renderings``), so "les Ruisseaux de Rose Baker" is
found as the source's "Rose Baker" and a rendering of "Brooks"; a name of two English words written
as one is read as those two (``compounds``: "Marteau Vert" for Greenhammer). Each damaged rendering is one
finding of the check of its kind, with the source's name as the fix.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz

from mtcheck.entities import conventions, stand_ins, word_order
from mtcheck.entities.candidates import ALNUM, Candidate, fold, headline
from mtcheck.entities.compounds import compound_rendering
from mtcheck.entities.damage import given_name_as_owner, slip_detail, swapped, verdict
from mtcheck.entities.forms import english_word, surname_word
from mtcheck.entities.pairs import paired_beads, unpaired_beside
from mtcheck.entities.registry import Registry
from mtcheck.entities.renderings import TRANSLATED, Context, Match, content_words
from mtcheck.entities.source_names import Evidence, checked_names
from mtcheck.entities.spelling import french_form_slipped, parted_at_kinds, spacing
from mtcheck.french import french_word
from mtcheck.model import Document

SAME_NAME_RATIO = 50
"""rapidfuzz's ratio (twice the letters in common over both lengths, in percent) from which a word
in a surname's place is that surname garbled rather than another name."""
VERDICTS = ("kept", "accepted", "case", "split", "glued", "misspelled", "translated", "garbled", "replaced", "missing")


@dataclass(frozen=True, slots=True)
class Rendering:
    """How the target sentences of one bead render one name of its source sentences."""

    name: str
    """The name as the source writes it."""
    verdict: str
    """One of ``VERDICTS``."""
    start: int
    """Start of the rendering in the target text (of the bead's target sentences, for ``missing``)."""
    end: int
    source_start: int
    """Where the source writes the name."""
    source_end: int
    detail: str = ""
    """What was damaged, in words ("'Brooks' rendered as 'ruisseaux'"), for the finding's message."""
    signal: str = ""
    """How the damage was found: ``whole`` (the name's letters over consecutive words), the ranks of
    its words' matches (``rendered``, ``french``, ``slip``...: ``renderings.RANKS``), ``stand-in``,
    ``other-name`` or ``missing``; shown as evidence."""
    fix: str = ""
    """The right form where it is not the source's whole name: a name the translation writes short
    or in French order, its slips mended ("le prix Ingrid Kowalczyk" for the Ingrid Kowalczyk Award)."""


def align_documents(documents: Sequence[Document], registry: Registry,
                    each: Callable[[Callable[[Document], Any], Sequence[Document]], list[Any]] | None = None,
                    ) -> dict[str, tuple[Rendering, ...]]:
    """The damaged renderings of every document with a source, by document id. The corpus-wide
    evidence is gathered first; ``each`` maps the per-document alignment over the documents (in
    worker processes with ``--jobs``), in order."""
    inside = [
        c for doc in documents for seg in doc.source_segments or () if not headline(seg.text)
        for c in registry.candidates_in(doc, seg.start, seg.end, source=True) if not c.initial
    ]
    evidence = Evidence([doc.source for doc in documents if doc.source], inside)
    paired = [doc for doc in documents if doc.source]
    mapper = each or (lambda function, items: [function(item) for item in items])
    found = mapper(lambda doc: tuple(align_names(doc, registry, evidence)), paired)
    return {doc.id: renderings for doc, renderings in zip(paired, found, strict=True)}


def align_names(doc: Document, registry: Registry, evidence: Evidence) -> list[Rendering]:
    """The damaged renderings of the names of ``doc``'s source in its target, bead by bead."""
    out: list[Rendering] = []
    assert doc.source is not None
    beside = unpaired_beside(doc)
    for bead, sources, targets in paired_beads(doc):
        if any(t.lang == doc.from_lang != doc.target_lang for t in targets):
            continue  # left in the source language: TR001 untranslated-sentence reports it
        start, end = sources[0].start, sources[-1].end
        candidates = registry.candidates_in(doc, start, end, source=True)
        names = checked_names(doc.source, candidates, evidence, registry.lexicon, in_headline=headline(doc.source[start:end]))
        if names:
            ctx = Context(doc, sources, targets, registry.tokens_in(doc, targets[0].start, targets[-1].end), registry)
            out += _bead(names, ctx, evidence, {fold(w) for seg in beside[bead] for w in ALNUM.findall(seg.text)})
    return out


def _bead(names: Sequence[Candidate], ctx: Context, evidence: Evidence, beside: set[str]) -> list[Rendering]:
    """The damaged renderings of one bead's names; a longer name claims its words first. A name
    whose last word an unpaired target sentence beside the bead writes (``beside``, folded words)
    is not missing: the translator put it in a sentence of its own."""
    claimed: set[int] = set()
    out: list[Rendering] = []
    lost: list[Candidate] = []
    for name in sorted(names, key=lambda n: -len(n.text)):
        whole = ctx.whole(name)
        if whole is not None:
            kind, i, j = whole
            claimed.update(range(i, j))
            descriptive = not _kept_name(name, ctx, evidence)
            written = _written(ctx, i, j)
            if kind in ("case", "accents") and conventions.typography(name.text, written, ctx, i, descriptive):
                continue
            if kind == "split" and (spacing(written, name.text) or conventions.loanword(name.text, written)):
                continue
            if kind == "glued" and parted_at_kinds(name.text, written):
                continue
            if kind != "kept":
                out.append(_at(name, "translated" if kind == "accents" else kind, ctx, i, j, signal="whole"))
            continue
        if conventions.known_form(name, ctx):
            continue
        matches = ctx.match_words(name, claimed)
        found = [m for m in matches if m is not None]
        if not found or _proper_words_lost(name, found, ctx.lang) or _one_word_rendered(name, found):
            lost.append(name)
            continue
        claimed.update(m.index for m in found)
        lost_surname = _surname_lost(name, matches, ctx)
        if lost_surname is not None:
            kind, detail, i, j = lost_surname
            claimed.update(range(i, j))
            out.append(_at(name, kind, ctx, i, j, detail, "surname-lost"))
            continue
        kind, detail = _judged(name, matches, ctx, not _kept_name(name, ctx, evidence))
        if kind is None and swapped(name, matches, ctx, lambda word: evidence.named[word] > 0):
            kind, detail = "garbled", "its words in another order"
        if kind is not None:
            i, j = min(m.index for m in found), max(m.index for m in found) + 1
            signal = "+".join(sorted({m.how for m in found if m.how not in ("exact", "variant")})) or "order"
            # a word left out or put into French, or a place's French name misspelled ("Hongie")
            short = kind == "misspelled" and (len(found) < len(matches) or any(
                m.how == "slip" and french_form_slipped(m.piece.text, m.word) for m in found))
            out.append(_at(name, kind, ctx, i, j, detail, signal, _mended(ctx, found, i, j) if short else ""))
    for name in lost:
        if not _kept_name(name, ctx, evidence):
            continue  # a description, which a translation may put otherwise
        compound = compound_rendering(ctx, name, claimed)
        stand_in = stand_ins.stand_in(ctx, name, claimed) if compound is None and evidence.recurring(name) else None
        person = stand_in is None and ctx.person(name.text) and _proper(name, ctx.lang)
        other = stand_ins.replacement(ctx, name, claimed) if person else None
        if compound is not None:
            i, j, detail = compound
            claimed.update(range(i, j))
            out.append(_at(name, "translated", ctx, i, j, detail, "compound"))
        elif stand_in is not None:
            kind, i, j, detail = stand_in
            claimed.update(range(i, j))
            out.append(_at(name, kind, ctx, i, j, detail, "stand-in"))
        elif other is not None:
            i, j = other
            claimed.update(range(i, j))
            out.append(_at(name, "replaced", ctx, i, j, "", "other-name"))
        elif ctx.required(name) and fold(content_words(name.text)[-1]) not in beside:
            out.append(Rendering(name.text, "missing", ctx.targets[0].start, ctx.targets[-1].end, name.start, name.end,
                                 signal="missing"))
    return out


def _judged(name: Candidate, matches: Sequence[Match | None], ctx: Context, descriptive: bool) -> tuple[str | None, str]:
    """The verdict on a name's words, less what French conventions allow (``descriptive``: a name of
    English common words that the corpus does not show to be a name, ``source_names.Evidence``)."""
    if given_name_as_owner(name, matches, ctx):
        return "garbled", "its given name put after its surname, as an owner"
    if word_order.french_order(name, matches) or conventions.peoples_words(name, matches, descriptive=descriptive) \
            or word_order.team_order(matches, ctx):
        return _slipped_in_french_order(matches, ctx, descriptive)
    kind, detail = verdict(name, matches, ctx)
    if kind == "translated" and descriptive and not conventions.half_translated(matches) \
            and not word_order.naming_words_translated(name, matches):
        return None, ""  # a description of English common words, which French translates ("la santé publique")
    if kind == "translated" and (conventions.compass_only(matches) or conventions.transliterated(matches)
                                 or conventions.historical_person(matches)
                                 or word_order.described_in_french(name, matches, ctx)):
        return None, ""
    found = [m for m in matches if m is not None]
    written = _written(ctx, min(m.index for m in found), max(m.index for m in found) + 1)
    if kind == "case" and conventions.typography(name.text, written, ctx, min(m.index for m in found), descriptive):
        return None, ""
    if kind == "case" and conventions.french_case(matches, ctx):
        return None, ""
    if kind == "misspelled" and conventions.deliberate_spelling(matches, ctx, descriptive=descriptive):
        return None, ""
    return kind, detail


def _surname_lost(name: Candidate, matches: Sequence[Match | None], ctx: Context) -> tuple[str, str, int, int] | None:
    """For a person's name of a given name and a surname whose given name is kept and whose surname
    is nowhere in the translation, ``(kind, detail, first, last + 1)``: news shortens a person's
    name to the surname, never to the given name. The given name alone ("Ingrid a parlé" for Ingrid
    Kowalczyk spoke) is garbled, its surname left out: MT dropped it, or rendered it as words the
    lexicons do not give for it. Another surname right after it, a word of neither language that
    the source does not write, is the surname garbled where it keeps half its letters or more
    (``SAME_NAME_RATIO``: "Ingrid Kowaldrin"), replaced otherwise ("Ingrid Zelmar"): MT's pieces of
    a rare word, or another person. Only in a ``Context.complete`` sentence pair."""
    words = content_words(name.text)
    if len(words) != 2 or len(matches) != 2 or "-" in name.text or words[1].isupper() or not ctx.person(name.text):
        return None  # "Kowal-Zelmar", "Ingrid MP": no given name and surname
    given, surname = matches
    if given is None or given.how != "exact" or surname is not None or not ctx.complete \
            or fold(words[1]) in fold(ctx.target_text):
        return None
    k = given.index
    after = ctx.pieces[k + 1] if k + 1 < len(ctx.pieces) else None
    if after is None or not after.text[:1].isupper() or ctx.doc.target[given.piece.end : after.start].strip():
        return "garbled", "its surname left out", k, k + 1
    if not _another_surname(after.text, ctx):
        return None
    kind = "garbled" if fuzz.ratio(fold(after.text), fold(words[1])) >= SAME_NAME_RATIO else "replaced"
    return kind, f"its surname written '{after.text}'", k, k + 2


def _another_surname(word: str, ctx: Context) -> bool:
    """Whether a word after a kept given name stands where its surname was: a capitalised word of
    three letters or more, neither a common word of either language nor a given name, that the
    source does not write (not another of its names, nor a middle name it gives)."""
    return len(word) >= 3 and word.isalpha() and word[1:].islower() and surname_word(word) and fold(word) not in ctx.source_keys


def _slipped_in_french_order(matches: Sequence[Match | None], ctx: Context, descriptive: bool) -> tuple[str | None, str]:
    """A name put as French puts it ("le prix Ingrid Kowalczyk" for the Ingrid Kowalczyk Award) keeps
    its proper nouns as they are: a slip in one of them beside one kept exactly is a misspelling
    ("le prix Ingrid Kowalcyk"), unless it is a spelling of its own (``deliberate_spelling``)."""
    slips = [m for m in matches if m is not None and m.how == "slip"]
    if not slips or not any(m is not None and m.how == "exact" for m in matches) \
            or conventions.deliberate_spelling(matches, ctx, descriptive=descriptive):
        return None, ""
    return "misspelled", slip_detail(slips)


def _proper(name: Candidate, lang: str) -> bool:
    """Whether a word of the name is no common word: a name a translation has nothing to render as,
    so that another name in its place replaced it ("Kowalczyk" of the Ingrid Kowalczyk Hour)."""
    return any(_proper_word(w, lang) for w in content_words(name.text))


def _proper_word(word: str, lang: str) -> bool:
    """A word of neither English's common words nor, for a source in another language, its own."""
    return not english_word(word.lower()) and (lang == "en" or not french_word(word))


def _proper_words_lost(name: Candidate, found: Sequence[Match], lang: str) -> bool:
    """Whether only common words of the name were found ("Hour" of the Ingrid Kowalczyk Hour), none of
    its proper words: the name is lost, whatever became of its generic words."""
    return _proper(name, lang) and all(m.how in ("exact", "case") and not _proper_word(m.word, lang) for m in found)


def _one_word_rendered(name: Candidate, found: Sequence[Match]) -> bool:
    """Whether one word of a name of several is all that was found, and as a translation ("Prairies"
    alone for a Silver Meadows resort): a common word of the sentence is no trace of where the name
    went, which a translation may have put as a paraphrase or a pronoun."""
    return len(content_words(name.text)) >= 2 and len(found) == 1 and found[0].how in TRANSLATED


def _kept_name(name: Candidate, ctx: Context, evidence: Evidence) -> bool:
    """Whether the name is one a translation keeps (``source_names.Evidence.name``)."""
    assert ctx.doc.source is not None
    return evidence.name(name)


def _written(ctx: Context, i: int, j: int) -> str:
    return ctx.doc.target[ctx.pieces[i].start : ctx.pieces[j - 1].end]


_ARTICLE = re.compile(r"(?:\b(?:The|Le|La|Les)\s+|\bL['’])$")
_TARGET_ARTICLE = re.compile(r"(?:\b(?:the|le|la|les)\s+|\bl['’])$", re.IGNORECASE)


def _mended(ctx: Context, found: Sequence[Match], i: int, j: int) -> str:
    """Pieces ``i`` to ``j`` as written, each slip among them replaced by the source's word, or by the
    French name of a place it misspells ("Hongrie" for "Hongie"): the fix of a name that the
    translation writes short, in French order or in French, where the source's whole name would add
    words the translation rightly left out or put into French."""
    text, at = ctx.doc.target, ctx.pieces[i].start
    out = []
    for m in sorted((m for m in found if m.how == "slip"), key=lambda m: m.index):
        piece = ctx.pieces[m.index]
        out += [text[at : piece.start], french_form_slipped(piece.text, m.word) or m.word]
        at = piece.end
    return "".join([*out, text[at : ctx.pieces[j - 1].end]])


def _at(name: Candidate, kind: str, ctx: Context, i: int, j: int, detail: str = "", signal: str = "",
        fix: str = "") -> Rendering:
    """The rendering of ``name`` over pieces ``i`` to ``j``. A translated name whose capitalised
    article is part of it in the source ("Le Monde" inside a sentence) is reported with the
    article the translation put before it, and the source's article is part of the fix."""
    start, end, text = ctx.pieces[i].start, ctx.pieces[j - 1].end, name.text
    source = ctx.doc.source or ""
    article = _ARTICLE.search(source, max(0, name.start - 4), name.start)
    if kind == "translated" and article and ctx.doc.inside_sentence(article.start(), source=True):
        before = _TARGET_ARTICLE.search(ctx.doc.target, max(0, start - 4), start)
        if before:
            start, text = before.start(), article.group() + name.text
    return Rendering(text, kind, start, end, name.start, name.end, detail, signal, fix)
