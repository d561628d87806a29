"""Where a text writes a termbase name: each form as a pattern, and an index that runs a pattern
only on texts that write every word of the form.

A termbase of a thousand names with French forms has four thousand patterns (forms, and forms
with a merged article); running each on every document took two minutes on the WMT newstest
corpus. The index costs a set lookup per distinct word of a text instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Generic, TypeVar

from mtcheck.termbase import TermEntry

T = TypeVar("T")

_CONTRACTED = {"le": ("du", "au"), "les": ("des", "aux")}
"""French articles that merge with "de" and "à": "Le Seigneur des anneaux" is written "du Seigneur des anneaux"."""
_WORD = re.compile(r"\w+")


def accepted_forms(entry: TermEntry) -> list[str]:
    """The entry's target forms, and each with its article merged with the preposition before it
    ("du Seigneur des anneaux" for "Le Seigneur des anneaux")."""
    forms = []
    for target in entry.targets:
        article, _, rest = target.partition(" ")
        forms += [target, *(f"{merged} {rest}" for merged in _CONTRACTED.get(article.lower(), ()) if rest)]
    return list(dict.fromkeys(forms))


@lru_cache(maxsize=1 << 14)
def form_pattern(form: str, *, any_case: bool) -> re.Pattern[str]:
    """``form`` as whole words, with any apostrophe and any spacing, each word open to a plural
    ending ("data centers", "centres de données")."""
    words = [
        "".join("['’]" if ch in "'’" else re.escape(ch) for ch in w) + (r"(?:s|es|x)?" if w[-1:].isalpha() else "")
        for w in form.split()
    ]
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE if any_case else 0)


class FormIndex(Generic[T]):
    """Forms with an item each (the termbase entry they belong to), found in a text by their
    patterns, each pattern tried only where the text writes every word of the form (in any case,
    or with a plural ending)."""

    def __init__(self, forms: Iterable[tuple[str, T]], *, any_case: bool) -> None:
        self._any_case = any_case
        self._by_word: dict[str, list[tuple[frozenset[str], str, T]]] = {}
        for form, item in forms:
            words = frozenset(_WORD.findall(form.lower()))
            if words:  # patterns are compiled on first use: most forms never meet their words
                self._by_word.setdefault(max(words, key=len), []).append((words, form, item))

    def __bool__(self) -> bool:
        return bool(self._by_word)

    def find(self, text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[re.Match[str], T]]:
        """Every place in ``text[start:end]`` that writes a form, with the form's item."""
        if not self._by_word:
            return
        stop = len(text) if end is None else end
        written = set(_WORD.findall(text[start:stop].lower()))
        written |= {w[:-1] for w in written if w[-1:] in "sx"} | {w[:-2] for w in written if w.endswith("es")}
        for key in written & self._by_word.keys():
            for words, form, item in self._by_word[key]:
                if words <= written:
                    for m in form_pattern(form, any_case=self._any_case).finditer(text, start, stop):
                        yield m, item
