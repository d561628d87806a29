"""Termbases: the readers, and where a text writes a termbase form.

Readers take TSV/CSV with ``source``, ``target`` (alternatives separated by ``|``) and an
optional ``note`` column, and TBX (the basic dialect: ``termEntry``/``langSet``/``tig``/``term``).
A malformed termbase is a ``CorpusError`` naming the file and line: a wrong termbase would make
every name check wrong, so it is never half-read.

A termbase of a thousand names with French forms has four thousand patterns (forms, and forms
with a merged article); running each on every document took two minutes on the WMT newstest
corpus. ``FormIndex`` runs a pattern only on texts that write every word of the form, at the cost
of a set lookup per distinct word of a text.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Generic, TypeVar

from mtcheck.corpus import read_text
from mtcheck.errors import CorpusError


@dataclass(frozen=True, slots=True)
class TermEntry:
    """One line of a termbase: a source term and the target forms accepted for it."""

    source: str
    targets: tuple[str, ...]
    note: str
    origin: str
    """``path:line`` where the entry was read, shown as evidence."""

    @property
    def is_name(self) -> bool:
        """A name is kept as is in translation (its source form is an accepted target form)."""
        return self.source in self.targets and any(ch.isupper() for ch in self.source)

    @property
    def is_translated_name(self) -> bool:
        """A name with a French form of its own ("European Central Bank" -> "Banque centrale
        européenne"); a title (noted "role") is a term of the roles lexicon instead."""
        return not self.is_name and any(ch.isupper() for ch in self.source) and not self.note.lower().startswith("role")

def read_termbase(path: str | Path, source_lang: str = "en", target_lang: str = "fr") -> list[TermEntry]:
    """Every entry of a TSV, CSV or TBX termbase."""
    path = Path(path)
    if path.suffix == ".tbx":
        return _read_tbx(path, source_lang, target_lang)
    text = read_text(path)
    dialect = "excel-tab" if path.suffix == ".tsv" or "\t" in text.splitlines()[0] else "excel"
    rows = csv.reader(io.StringIO(text, newline=""), dialect=dialect)
    header = [h.strip().lower() for h in next(rows)]
    for column in ("source", "target"):
        if column not in header:
            raise CorpusError(str(path), f"the header has no '{column}' column (found: {', '.join(header)})", 1)
    src, tgt = header.index("source"), header.index("target")
    note = header.index("note") if "note" in header else None
    entries = []
    for row in rows:
        line = rows.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) <= max(src, tgt):
            raise CorpusError(str(path), f"expected at least {max(src, tgt) + 1} columns, found {len(row)}", line)
        targets = tuple(t.strip() for t in row[tgt].split("|") if t.strip())
        if not row[src].strip() or not targets:
            raise CorpusError(str(path), "empty source or target term", line)
        remark = row[note].strip() if note is not None and note < len(row) else ""
        entries.append(TermEntry(row[src].strip(), targets, remark, f"{path}:{line}"))
    return entries

def _read_tbx(path: Path, source_lang: str, target_lang: str) -> list[TermEntry]:
    import xml.etree.ElementTree as ET

    try:
        root = ET.fromstring(read_text(path))
    except ET.ParseError as err:
        raise CorpusError(str(path), f"not well-formed XML ({err})", err.position[0]) from None
    xml_lang = "{http://www.w3.org/XML/1998/namespace}lang"
    entries = []
    for n, entry in enumerate(root.iter("termEntry"), 1):
        terms: dict[str, list[str]] = {}
        for lang_set in entry.iter("langSet"):
            lang = (lang_set.get(xml_lang) or lang_set.get("lang") or "").split("-")[0].lower()
            terms.setdefault(lang, []).extend((t.text or "").strip() for t in lang_set.iter("term") if (t.text or "").strip())
        if terms.get(source_lang) and terms.get(target_lang):
            note = " ".join((d.text or "").strip() for d in entry.iter("descrip"))
            for source in terms[source_lang]:
                entries.append(TermEntry(source, tuple(terms[target_lang]), note, f"{path}:termEntry {n}"))
    if not entries:
        raise CorpusError(str(path), f"no termEntry with both a '{source_lang}' and a '{target_lang}' term")
    return entries

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
