"""One name, one spelling within an article: a word a document writes once in another
transliteration of a name it writes otherwise again and again is that name's slip.

NE003 accepts transliteration variants as correct ("Kowalevski" and "Kowalevsky", ``spelling.variant``):
two texts may spell a name from another alphabet two ways. An article does not: it follows one
house style from its first mention to its last, so "Kowalevsky" three times and "Kowalevski" once
in one document is a slip of the one form, whichever letters the two spellings differ by.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from mtcheck.entities.candidates import Candidate, fold
from mtcheck.entities.forms import exonym, surname_word
from mtcheck.entities.pairs import written_in
from mtcheck.entities.spelling import spelling_key

MIN_MAJORITY = 2
"""How often a document must write a name's other spelling before a form it writes once is its slip."""
_WORD = re.compile(r"[^\W\d_]{4,}")


@dataclass(frozen=True, slots=True)
class Inconsistency:
    """A word that spells, once, a name its document writes otherwise ``count`` times."""

    start: int
    end: int
    right: str
    count: int

    def message(self, written: str) -> str:
        """What a finding on the word says, ``written`` as the document writes it."""
        return f"'{written}' spells once a name this document writes '{self.right}' {self.count} times"

    def evidence(self) -> dict[str, object]:
        """The document's evidence for the right form, as a names finding shows it."""
        return {"canonical": self.right, "canonical_from": "corpus", "canonical_count": self.count, "documents": 1}


def inconsistent_spellings(candidates: Sequence[Candidate], source: str = "",
                            taken: Sequence[tuple[int, int]] = ()) -> list[Inconsistency]:
    """The words of ``candidates`` (the name candidates of one document's target) written once in
    another transliteration of a word the document writes ``MIN_MAJORITY`` times or more. Left out:
    words of three letters or fewer, acronyms, given names (two people may bear "Julia" and "Yulia"),
    French and English words, a place's French form ("Moscou" beside a "Moscow Times"), and a
    spelling the ``source`` writes, which the translation follows; nor words within ``taken``, spans
    another finding reports."""
    spellings: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for c in candidates:
        for m in _WORD.finditer(c.text):
            word = m.group()
            if word[0].isupper() and not word.isupper() and surname_word(word):
                spellings[spelling_key(word)].append((c.start + m.start(), c.start + m.end(), word))
    out = []
    for found in spellings.values():
        counts = Counter(fold(word) for _, _, word in found)
        if len(counts) < 2:
            continue
        (top, most), (_, second) = counts.most_common(2)
        if most < MIN_MAJORITY or most == second:
            continue
        right = Counter(word for _, _, word in found if fold(word) == top).most_common(1)[0][0]
        for start, end, word in found:
            key = fold(word)
            if counts[key] == 1 and not exonym(word, right) and not exonym(right, word) and not written_in(source, word) \
                    and not any(a < end and start < b for a, b in taken):
                out.append(Inconsistency(start, end, right, most))
    return sorted(out, key=lambda i: i.start)
