"""How French orders the words of a name it puts into French, and the orders it leaves alone.

French puts a generic noun first and its qualifiers after it ("la rue Maple" for Maple Street,
"la Banque mondiale"), a team's word before its place after "de" ("les Canadiens de Montréal"),
and common words that describe a kept proper noun before it or in a phrase of their own ("les
travailleurs de Kowalia", "Kowalnet, l'indice des actions"). A rendering that keeps the English
order, the generic head last ("Brandt Commerce Banque"), is no French name: the name alignment
reports it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from mtcheck.entities.candidates import FILLERS, Candidate
from mtcheck.entities.forms import compass_word, english_word, head_kind, people_word
from mtcheck.entities.renderings import TRANSLATED, Context, Match, content_words

_ORDINAL = re.compile(r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)?)", re.IGNORECASE)


def french_order(name: Candidate, matches: Sequence[Match | None]) -> bool:
    """Whether the name is a place's or an institution's, put into French as French puts such names:
    a place's generic word translated and put first, its proper noun kept ("la rue Maple", "l'île de
    Kowal" for Kowals Island); an institution's name translated, whole or in part, its generic
    head first or left out ("la Banque mondiale", "le Parti Progrès national", "la direction des impôts"
    for a Tax Department). A rendering that keeps the English order, the head last after the words
    that qualify it ("Brandt Commerce Banque"), is no French name."""
    words = content_words(name.text)
    if len(words) < 2 or len(matches) != len(words):
        return False
    head, kind = _head(words)
    if kind is None:
        return False
    head_match = matches[head]
    others = [m for k, m in enumerate(matches) if k != head]
    placed = [m for m in others if m is not None]
    if head_match is None:
        return kind == "institution"
    if any(m.index < head_match.index and not _ORDINAL.fullmatch(m.word) and not _before_the_noun(m) for m in placed):
        return False  # the English order ("Brandt Commerce Banque"): no French name; but "Troisième Tribunal"
    if kind == "institution":
        return True
    return bool(others) and all(m is not None and (m.how in ("exact", "variant", "case", "slip") or _before_the_noun(m))
                                for m in others)


_STREET_HEADS = frozenset("street avenue road boulevard lane drive square bridge park station airport stadium".split())
"""The generic words of the places of a town's fabric, whose other words name one place: French
translates the generic word alone ("la rue Chapel" for Chapel Street, "le pont Kowal")."""


def naming_words_translated(name: Candidate, matches: Sequence[Match | None]) -> bool:
    """Whether a street's, a square's or a station's name has its naming words rendered as common
    words too ("la rue de la chapelle" for Chapel Street, "le parc du Chêne" for Oak Park): the
    English words that name one place are its name, not a description French puts in its own
    words, even where they are English common words. An ordinal ("la Cinquième Avenue"), a cardinal
    point and an adjective French puts before its noun ("le Vieux Pont") are translated."""
    words = content_words(name.text)
    if len(words) < 2 or len(matches) != len(words):
        return False
    head, kind = _head(words)
    if kind != "place" or words[head].lower() not in _STREET_HEADS:
        return False
    return any(m is not None and m.how in TRANSLATED and not _ORDINAL.fullmatch(m.word) and not compass_word(m.word)
               and not _before_the_noun(m) for k, m in enumerate(matches) if k != head)


_BEFORE_THE_NOUN = frozenset(
    "grand grande grands grandes petit petite petits petites haut haute hauts hautes nouveau nouvel nouvelle nouveaux "
    "nouvelles vieux vieil vieille vieilles jeune jeunes bon bonne bons bonnes beau bel belle beaux belles".split()
)
"""French adjectives of size, age and worth, which French puts before their noun ("le Vieux Pont" for
an Old Bridge, "la Grande Assemblée de Kowalie")."""


def _before_the_noun(m: Match) -> bool:
    """Whether the match translates a word of the name into a French adjective put before its noun."""
    return m.how in TRANSLATED and m.piece.text.lower() in _BEFORE_THE_NOUN


_OF_A_PLACE = frozenset("de du des d".split())


def team_order(matches: Sequence[Match | None], ctx: Context) -> bool:
    """Whether a place's name before a team's ("the Virginia Foxes") is put as French puts it, the
    team's word kept first, then "de" and the place in its French form ("les Foxes de la Virginie",
    "les Canadiens de Montréal"). A given name never follows its surname after "de", so the place's
    French form is no translated given name there."""
    if len(matches) < 2 or any(m is None for m in matches):
        return False
    team, place = matches[-1], [m for m in matches[:-1] if m is not None]
    if team is None or team.how not in ("exact", "case") or any(m.index <= team.index for m in place):
        return False
    if any(m.how == "rendered" for m in place):
        return False  # a common word the lexicon renders is no town ("les Machines de Commerce" for Business Machines)
    between = ctx.pieces[team.index + 1 : min(m.index for m in place)]
    return bool(between) and between[0].text.lower() in _OF_A_PLACE and all(p.text.lower() in FILLERS for p in between)


def described_in_french(name: Candidate, matches: Sequence[Match | None], ctx: Context) -> bool:
    """Whether English common words that qualify a proper noun ("Kowalia Workers", "Brandt Public
    Transport") are put into French as French qualifies a noun by a name: the common words first, in
    lowercase, the proper noun kept after them ("les travailleurs de Kowalia", "le prix Brandt"), or
    after it in a phrase of their own (``_own_phrase``: "Kowalnet, l'indice des actions"). A
    translation that keeps the English order or the English capitals ("Brandt Banque", "la Banque de
    Brandt" for a Brandt Bank) writes no French phrase; acronyms ("AC") are no common words, and a
    person's name has no qualifier ("le moine de Rose" for Rose Monk is a surname translated)."""
    if ctx.target_lang != "fr" or ctx.person(name.text):
        return False
    found = [m for m in matches if m is not None]
    rendered = [m for m in found if m.how in TRANSLATED]
    kept = [m for m in found if m.how in ("exact", "variant") and not english_word(m.word.lower())]
    if not rendered or not kept:
        return False
    common = all((m.piece.text.islower() or people_word(m.word)) and not m.word.isupper() and english_word(m.word.lower())
                 for m in rendered)  # a people's noun keeps its capital ("le Démocrate du Kowalberg", "les Tchèques")
    first = min(m.index for m in kept)
    return common and all(m.index < first or _own_phrase(m, kept, ctx) for m in rendered)


_PHRASE_OPENER = re.compile(r"(?:^|[\s,;:(])(?:le|la|les|l['’]|un|une|des|du|de|d['’]|dont|son|sa|ses|leur|leurs)\s*$|,\s*$",
                            re.IGNORECASE)


def _own_phrase(m: Match, kept: Sequence[Match], ctx: Context) -> bool:
    """Whether a common word put after the name's kept proper noun opens a French phrase of its own,
    after an article, a preposition, "dont" or a comma ("Kowalnet, l'indice", "Zelvo dont la
    fondation"): a description beside the kept name, not its words in the English order."""
    before = max((k.piece.end for k in kept if k.index < m.index), default=m.piece.start)
    return _PHRASE_OPENER.search(ctx.doc.target, before, m.piece.start) is not None


def _head(words: Sequence[str]) -> tuple[int, str | None]:
    """The generic head of an English name (its last word, or the first before "of": "Bank of
    England") and its kind, ``place`` or ``institution``."""
    for k in (len(words) - 1, 0):
        kind = head_kind(words[k])
        if kind is not None:
            return k, kind
    return -1, None
