"""What the matches of a name's words say of its rendering: translated, garbled, case or misspelled.

``renderings`` matches each word of a source name to a word of the translation; ``verdict`` reads
those matches as one damage, the worst first: a word rendered as a common word, words parted or
turned around, other capitals, a slip.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from mtcheck.entities.candidates import FILLERS, Candidate, fold, name_words
from mtcheck.entities.forms import NAME_PARTICLES, exonym_forms, head_kind, proper_word
from mtcheck.entities.renderings import TRANSLATED, Context, Match, content_words
from mtcheck.entities.spelling import french_form_slipped
from mtcheck.french import french_word


def verdict(name: Candidate, matches: Sequence[Match | None], ctx: Context) -> tuple[str | None, str]:
    """The damage the matches of a name's words show, with what was damaged, in words; None when
    every word is there as it is or in a form French writes for it. A name is garbled where words
    of the sentence part its words, kept as they are and in order ("Ingrid a dit Kowalczyk"), or
    where its words are all there and turned around (``_turned``: "Kowalczyk, Ingrid"). A word
    left out is no damage (a given name, an initial, a title or a company's legal form: news writes
    a name short), nor are its words side by side in another order (the order of the name's own
    language, as Spanish puts both surnames after the given name, or French syntax's, "Hôtel Green"
    for a Green Hotel), nor words parted by a translation of another word of the name ("Lyon où
    l'on fond l'acier" for the Lyon Steel Foundry)."""
    words = content_words(name.text)
    found = [m for m in matches if m is not None]
    # The words of the name's French form ("Nouveau" of Nouveau-Mexique) render none of it, where no
    # word is kept in the English instead ("Nouvelle Kowalia" writes half the French form "Nouvelle-Kowalie")
    own = {fold(w) for form in exonym_forms(name.text) for w in name_words(form)}
    if any(m.how in ("exact", "case") and fold(m.piece.text) not in own for m in found):
        own = set()
    rendered = [m for m in found if m.how in TRANSLATED and fold(m.piece.text) not in own]
    if rendered:
        return "translated", ", ".join(f"'{m.word}' rendered as '{m.piece.text}'" for m in rendered)
    order = [m.index for m in found if m.how in ("exact", "case")]
    if order == sorted(order) and any(_words_between(ctx, a, b) for a, b in zip(order, order[1:], strict=False)):
        return "garbled", "its words parted by others"
    kept = [m.index for m in found if m.how in ("exact", "case") and len(m.word) > 1]  # "a" is found in any French sentence
    if len(found) == len(words) and any(b < a and _turned(ctx, b, a) for a, b in zip(kept, kept[1:], strict=False)):
        return "garbled", "its words in another order"
    if any(m.how == "case" for m in found):
        return "case", ""
    slips = [m for m in found if m.how == "slip"]
    # a slip in every word is another name; a word of the name's French form counts as kept
    if slips and (len(words) == 1 or any(m.how == "exact" or fold(m.piece.text) in own for m in found)):
        return "misspelled", slip_detail(slips)
    return None, ""


def slip_detail(slips: Sequence[Match]) -> str:
    """What each slip writes for what ("'Kowalcsyk' for 'Kowalczyk'"): the source's word, or the
    French name of a place it misspells ("'Hongie' for 'Hongrie'")."""
    return ", ".join(f"'{m.piece.text}' for '{french_form_slipped(m.piece.text, m.word) or m.word}'" for m in slips)


_OF = re.compile(r"(?<!\w)(?:(?:de|du|des|à|au|aux|pour|en|sur|par|avec|sans|contre|chez|dans|sous|entre|of)(?!\w)|d['’])",
                 re.IGNORECASE)
"""French prepositions, by which French puts a qualifier after its noun ("le concerto pour saxophone")."""


_ONLY_OF = re.compile(r"\s*(?:(?:de|du|des)\s+|d['’]\s*)", re.IGNORECASE)


def given_name_as_owner(name: Candidate, matches: Sequence[Match | None], ctx: Context) -> bool:
    """Whether a person's name is turned around with "de" between its surname and its given name
    ("le Kowalczyk d'Ingrid" for Ingrid Kowalczyk): MT reading the name as a thing its given name
    owns. French names a thing by its owner so ("le XT9 de Kowalnet"), never a person, whose given
    name is never put after "de". A team's English word before its town's name is no surname ("les
    Foxes de Kowalberg" for the Kowalberg Foxes)."""
    if len(matches) < 2 or not ctx.person(name.text) or not proper_word(content_words(name.text)[-1]):
        return False
    if any(m is not None and m.how in TRANSLATED for m in matches):
        return False  # a word rendered is the worse damage ("la Fête de Ingrid Kowalczyk" for an Ingrid Kowalczyk Party)
    given, surname = matches[0], matches[-1]
    if given is None or surname is None or given.how not in ("exact", "case") or given.index <= surname.index:
        return False
    return _ONLY_OF.fullmatch(ctx.doc.target, surname.piece.end, given.piece.start) is not None


def swapped(name: Candidate, matches: Sequence[Match | None], ctx: Context, named: Callable[[str], bool]) -> bool:
    """Whether the words of one name, each kept as it is, stand side by side in another order ("Zelvano
    Kowalda" for Kowalda Zelvano, "Kowalnet Lost" for Lost Kowalnet): not all of them French words,
    none a name the corpus writes on its own (``named``). Two names side by side ("Kowalnet
    Zelmarbourg", a firm's branch in a town) may be put either way round, and French may reorder
    words it writes ("le Pack Sport") and puts a generic noun first ("le Casino Kowalda" for the
    Kowalda Casino, ``forms.head_kind``); a person's names may come surname first, as their
    language writes them; an abbreviation, a legal form or a brand with inner capitals ("SV",
    "PLLC", "KowalNet") goes either side of a name."""
    words = content_words(name.text)
    found = [m for m in matches if m is not None]
    if len(words) < 2 or len(found) != len(words) or "-" in name.text or ctx.person(name.text) \
            or any(m.how not in ("exact", "case") for m in found):
        return False
    if any(w.isupper() or not w.isalpha() or w[1:] != w[1:].lower() or named(w) for w in words) \
            or all(french_word(w) for w in words):
        return False
    order = [m.index for m in found]
    if order == sorted(order) or len(set(order)) != len(order) or max(order) - min(order) != len(order) - 1:
        return False
    first = order.index(min(order))
    rest = [i for k, i in enumerate(order) if k != first]
    return not (head_kind(words[first]) is not None and rest == sorted(rest))  # "Casino Zelvo" for Zelvo Casino: French order


def _turned(ctx: Context, a: int, b: int) -> bool:
    """Whether a name's word put after the word that follows it in the source (at ``b``, the other
    at ``a``), every word of the name found (the words between may render a lost one, "la Station
    navale Kowalmar" for a Kowalmar Navy Station), turns the name around: a comma between them,
    as a directory writes a surname first ("Kowalczyk, Ingrid"), or words of the sentence
    (``_words_between``: "Kowalczyk a dit Ingrid"), none of them a preposition: French names a
    thing by its owner after "de" ("le XT9 de Kowalnet" for a Kowalnet XT9) and qualifies a noun after one
    ("le concerto pour saxophone"). Words side by side in another order are left alone: French puts a
    common noun first ("l'hôtel Zelvo"), and a translation from a third language restores that
    language's order of a person's surnames."""
    between = ctx.doc.target[ctx.pieces[a].end : ctx.pieces[b].start]
    if _OF.search(between):
        return False
    return _words_between(ctx, a, b) or "," in between


def _words_between(ctx: Context, a: int, b: int) -> bool:
    """Whether words of the sentence part two words of a name ("Ingrid a dit Brandt"): a word in
    lowercase, not an article or a preposition ("pont de Manhattan"), between them; capitalised
    words are the name's own in another order or another name beside it, and a particle of names
    is the name's own in another transliteration ("Rachid el-Kowali" for Rachid al-Kowali)."""
    return any(p.text.islower() and p.text not in FILLERS and p.text not in NAME_PARTICLES for p in ctx.pieces[a + 1 : b])
