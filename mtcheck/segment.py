"""Split news text into paragraphs, then sentences, keeping offsets into the original text.

Rule-based on purpose: it is deterministic, fast (no model), and written for what scraped and
machine-translated news really contains:

- one paragraph per line, except lines that were hard-wrapped mid-sentence, which are joined;
- a sentence ends at ``. ! ? …`` followed by a space and something that can start a sentence,
  unless the word before is an abbreviation or an initial ("M.", "J. K.", "e.g.", "et al.");
- a heading number ("2.", "1.1.", "IV.") stays with the heading it numbers;
- closing quotes and brackets stay with the sentence they close, and a piece with no letter or
  digit (a lone « or ») is merged into its neighbour instead of becoming a sentence;
- attribution lines such as "— Greg Brockman (@gdb) 6 août 2024" are their own paragraph, whole;
- two sentences glued without a space ("L'informationLe président") are split, and the split point
  is recorded so a check can report it;
- a full stop with no space after it, between a lowercase word and a capitalised one ("with
  salt.A 2019 survey", as text pasted from the web writes it), ends a sentence too, unless it ends
  an abbreviation ("Mrs.Smith") or the capitalised word goes on with a dot ("www.Kowalnet.com").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtcheck.model import Segment

_TERMINAL = ".!?…"
_CLOSERS = "»”’)]\"'"
_LOWER = "a-zàâäçéèêëîïôöûùüÿœæ"
_UPPER = "A-ZÀÂÄÇÉÈÊËÎÏÔÖÛÙÜŸŒÆ"

# Words that start a sentence and never end a word: used to split glued sentences only.
_GLUE_STARTERS = (
    "Le La Les Il Elle Ils Elles Un Une Des Dans Selon Pour Mais Ce Cette Ces Cet Son Sa Ses Leur "
    "Leurs Au Aux Après Avant Depuis Lors Alors Nous Je On Par Avec Sur En Et Pendant Cependant "
    "Ainsi Enfin Puis Toutefois Pourtant Quand Lorsque Comme Dès Parmi Celui-ci Celle-ci De Ou M. "
    "The This That These He She They We But After Before According"
).split()
_ELIDED_STARTERS = r"(?:(?:[LSDCJ]|Qu)['’][" + _LOWER + "]|L['’][" + _UPPER + "])"
"""An elided word opening a sentence ("L'affaire", "S'il", "Qu'il", "L'Allemagne"), which no word
ends with; not "D'" before a capital, which names hold ("D'Alema")."""
_NO_SPACE = re.compile(rf"(?<=[{_LOWER}]{{2}})\.(?=[{_UPPER}][{_LOWER}]*[\s,;:])")
"""A full stop between a lowercase word and a capitalised one with no space ("salt.A 2019")."""
_GLUED = re.compile(rf"(?<=[{_LOWER}]{{2}})(?=(?:{'|'.join(map(re.escape, _GLUE_STARTERS))})\s|{_ELIDED_STARTERS})")

# A candidate boundary: terminal punctuation, closers, spaces, then what follows.
_BOUNDARY = re.compile(
    rf"[{re.escape(_TERMINAL)}]+[{re.escape(_CLOSERS)}]*(?:[ \u00a0\u202f]*[»”])?(?P<space>\s+)(?=\S)"
)
_STARTER = re.compile(rf"[{_UPPER}0-9«“\"'‘—–\-(\[¿¡@#]")

ABBREVIATIONS = frozenset(
    """m mm mme mmes mlle mlles dr pr me st ste mgr etc cf ex env av apr p pp n no nos vol chap fig
    art al etal inc corp ltd co jr sr mr mrs ms prof gen gov sen rep vs jan janv feb fév févr mar apr avr
    aug sep sept oct nov dec déc éd ed eds dept est ouest hon lt col sgt capt adm cie ste sté op""".split()
)
_BEFORE_A_NUMBER = frozenset("no nos n p pp vol chap fig art op".split())
"""Abbreviations of a word that labels a number ("No. 5", "p. 12", "Op. 55"): before anything else
they are words ("No.", an answer; "art." ending a sentence), and their full stop ends a sentence."""
_NUMBER_AFTER = re.compile(r"\s*(?:\d|[IVXLC]+\b)")
_WORD_BEFORE = re.compile(rf"([{_LOWER}{_UPPER}A-Za-z]+)\.*$")
_DOTTED = re.compile(r"(?:^|[\s(\[])(?:[a-zA-Z]\.){1,3}[a-zA-Z]$")  # e.g, i.e, p.ex, U.S
_WINDOW = 40
"""How far before a dot the word it may abbreviate is looked for: longer words abbreviate nothing."""
_NUMBERING = re.compile(r"(?:(?:\d{1,2}|[IVX]{1,4}|[A-Za-z])\.(?:\d{1,2}\.)*\s*)+")


def segment(text: str) -> tuple[tuple[Segment, ...], tuple[int, ...]]:
    """Sentences of ``text`` and the offsets where glued sentences were split apart."""
    segments: list[Segment] = []
    glues: list[int] = []
    for p_index, (p_start, p_end) in enumerate(paragraphs(text)):
        for start, end in sentences(text, p_start, p_end, glues):
            segments.append(Segment(len(segments), start, end, text[start:end], p_index))
    return tuple(segments), tuple(glues)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph: non-empty lines, with hard-wrapped lines joined (never
    across a blank line: XLIFF and TMX units are joined by one, and a unit ending in "," is whole)."""
    spans: list[tuple[int, int]] = []
    for m in re.finditer(r"[^\r\n]+", text):
        start, end = _strip(text, m.start(), m.end())
        if start == end:
            continue
        adjacent = bool(spans) and text.count("\n", spans[-1][1], start) <= 1  # a blank line always ends a paragraph
        if adjacent and _continues(text[spans[-1][0] : spans[-1][1]], text[start:end]):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def _continues(previous: str, line: str) -> bool:
    """True when ``line`` is the rest of a sentence that was wrapped at the end of ``previous``."""
    return previous[-1] not in _TERMINAL + _CLOSERS + ":" and line[0].islower()


def sentences(text: str, start: int, end: int, glues: list[int] | None = None) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each sentence of the paragraph ``text[start:end]``."""
    cuts = [start]
    chunk = text[start:end]
    heading = _NUMBERING.match(chunk)
    numbered = heading.end() if heading else 0
    glued = [m.start() for m in _GLUED.finditer(chunk)]
    quotations = _Quotations(chunk)
    for m in _BOUNDARY.finditer(chunk):
        after = m.end()
        if after <= numbered:
            continue
        # The word before a dot begins at a glue at the latest: "KowalskiM. Dupont" is "M." then the name.
        opening = max((g for g in glued if g < m.start()), default=0)
        if _STARTER.match(chunk, after) and (not _is_abbreviation(chunk, m.start(), opening)
                                             or _closes_a_sentence(chunk, m.start(), after)) \
                and not quotations.inside(m):
            cuts.append(start + m.start("space"))
    for m in _NO_SPACE.finditer(chunk):
        if m.start() >= numbered and not _is_abbreviation(chunk, m.start()):
            cuts.append(start + m.end())
    for g in glued:
        cuts.append(start + g)
        if glues is not None:
            glues.append(start + g)
    cuts = sorted(set(cuts)) + [end]
    pieces = [_strip(text, a, b) for a, b in zip(cuts, cuts[1:], strict=False)]
    yield from _merge_markless(text, [p for p in pieces if p[0] < p[1]])


_MAY_END = frozenset(
    "etc inc corp ltd co cie jr sr a.m p.m jan janv feb fév févr mar apr avr aug sep sept oct nov dec déc".split())
"""Abbreviations that may close a sentence, whose full stop is then the sentence's too ("des poires, etc.",
"at 9 p.m.", "Kowalnet Inc."): no name comes after them in the sentence."""
_OPENERS = [w for w in _GLUE_STARTERS if w not in ("M.", "De")]
_OPENER = re.compile(rf"(?:{'|'.join(map(re.escape, _OPENERS))})\s|{_ELIDED_STARTERS}")
"""A word that opens sentences and no name ("Le", "The", "L'affaire"): not the honorific "M.", nor
"De", which a place's name after a company's may keep capitalised ("Kowalnet Inc. De Kowalville")."""
_LAST_WORD = re.compile(r"(?:[^\W\d_]\.)*[^\W\d_]+$")
_INITIALS = re.compile(rf"(?<![\w.])(?:[{_UPPER}]\.-?)+[{_UPPER}]$")
"""A country's or a body's initials with their stops ("U.S", "É.-U", before the last stop)."""


def _closes_a_sentence(chunk: str, dot: int, after: int) -> bool:
    """Whether an abbreviation that may end a sentence (``_MAY_END``, or initials: "the U.S.") does,
    before a word that opens one and starts no name ("etc. Le marché", "9 p.m. The", not "9 a.m.
    Tuesday", "the U.S. Senate" nor "M. Le Kowal")."""
    if _OPENER.match(chunk, after) is None:
        return False
    word = _LAST_WORD.search(chunk, max(0, dot - _WINDOW), dot)
    return (word is not None and word.group().lower() in _MAY_END) or bool(_INITIALS.search(chunk, max(0, dot - _WINDOW), dot))


_QUOTES = (("«", "»"), ("“", "”"), ('"', '"'))
_GOES_ON = re.compile(rf"[ \u00a0\u202f]*(?:[,;:]|[{_LOWER}])")
_QUOTED_REACH = 1000
"""How far after a mark a quotation inside a sentence may close: a title or a cry is short."""


class _Quotations:
    """Which quotation is open at each boundary of a paragraph, counted once from its start."""

    def __init__(self, chunk: str) -> None:
        self.chunk, self.at = chunk, 0
        self.counts = dict.fromkeys((q for pair in _QUOTES for q in pair), 0)

    def inside(self, m: re.Match[str]) -> bool:
        """Whether a question or an exclamation mark ends a sentence quoted inside a longer one,
        which goes on after the quotation closes (a title, a cry: 'the article "Who? With whom?
        Kowal waits", the daily writes'): the quotation's marks are its own, not the sentence's."""
        chunk, mark = self.chunk, m.group()
        for q in self.counts:
            self.counts[q] += chunk.count(q, self.at, m.start())
        self.at = m.start()
        if mark[0] not in "?!" or any(q in mark for _, q in _QUOTES):
            return False  # a full stop, or the quotation closes here and the sentence with it
        for opening, closing in _QUOTES:
            if (self.counts[opening] % 2 == 1) if opening == closing else self.counts[opening] > self.counts[closing]:
                close = chunk.find(closing, m.end(), m.end() + _QUOTED_REACH)
                return close >= 0 and _GOES_ON.match(chunk, close + 1) is not None
        return False


def _is_abbreviation(chunk: str, dot: int, opening: int = 0) -> bool:
    """True when the terminal punctuation at ``dot`` ends an abbreviation or an initial, not a
    sentence; the word before it begins at ``opening`` at the earliest."""
    if chunk[dot] != ".":
        return False
    window = max(opening, dot - _WINDOW)  # what decides is the word before the dot: never rescan the paragraph
    m = _WORD_BEFORE.search(chunk, window, dot)
    if not m:
        return False
    word = m.group(1)
    if _DOTTED.search(chunk, window, dot):
        return True
    if len(word) == 1 and word.isupper():  # an initial: "J. K. Rowling", "M. Macron"
        return True
    if word.lower() in _BEFORE_A_NUMBER:  # "No. 5", "p. 12", "art. 3"; "No. He left." is an answer
        return bool(_NUMBER_AFTER.match(chunk, dot + 1))
    return word.lower() in ABBREVIATIONS and (word[0].isupper() or len(word) <= 4)


def _merge_markless(text: str, pieces: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Merge pieces with no letter or digit (a lone « or ») into the sentence before them."""
    merged: list[tuple[int, int]] = []
    for a, b in pieces:
        if merged and not any(ch.isalnum() for ch in text[a:b]):
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    if len(merged) > 1 and not any(ch.isalnum() for ch in text[merged[0][0] : merged[0][1]]):
        merged[1] = (merged[0][0], merged[1][1])
        del merged[0]
    yield from merged


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
