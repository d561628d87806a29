"""Write ``mtcheck/data/freedict_en_fr.tsv``: English words and the French words FreeDict gives
for them, from both of FreeDict's dictionaries (English-French and French-English, inverted); and
``mtcheck/data/freedict_proper.tsv``: the entries whose headword is capitalised, English proper
nouns and adjectives with their French forms ("America" / "Amérique", "Christian" / "chrétien",
"Bavaria" / "Bavière", "All Saints' Day" / "Toussaint").

The names checks use the first table to see a name whose words a translation rendered as common
words ("Brooks" as "ruisseaux", "Baker" as "boulanger"), and the second to accept the French form
of a place, a people, a language or a feast, which French writes instead of the English. FreeDict
is the bilingual dictionary Debian ships (packages ``dict-freedict-eng-fra`` and
``dict-freedict-fra-eng``, 2022.04.21), GPL-2.0-or-later; the tables it writes keep that licence
(see the header of each file).

Run by a developer, not at run time:

    apt-get install dict-freedict-eng-fra dict-freedict-fra-eng   # or: apt-get download + dpkg -x
    python tools/freedict_lexicon.py [DICTD_FOLDER]

Only entries of one word (hyphens allowed) whose translations have three words at most are
kept: a name's word is one word, and a rendering of it rarely more.
"""

from __future__ import annotations

import gzip
import re
import sys
from collections import defaultdict
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "mtcheck" / "data"
OUT = DATA / "freedict_en_fr.tsv"
PROPER = DATA / "freedict_proper.tsv"
_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_HEAD = re.compile(r"^(?P<word>.+?)\s+/[^/]*/(?:\s+<(?P<pos>[^>]*)>)?\s*$")
_NUMBERED = re.compile(r"^\d+\.\s+")
_WORD = re.compile(r"^[a-zà-ÿœæ]+(?:-[a-zà-ÿœæ]+)*$")
HEADER = """# English words and the French words FreeDict gives for them: FreeDict's English-French
# dictionary (0.1.6) and its French-English one (0.3.x), inverted, as Debian ships them
# (dict-freedict-eng-fra, dict-freedict-fra-eng 2022.04.21); written by tools/freedict_lexicon.py.
# Copyright (C) 1999-2022 the FreeDict contributors (freedict.org). This file is licensed under
# the GNU General Public License, version 2 or (at your option) any later version; the rest of
# mtcheck is Apache-2.0. A distributor who cannot ship GPL data may delete this file: the names
# checks then fall back on our own name_words.tsv.
# Format: english<TAB>french|french|...
"""


def _number(code: str) -> int:
    value = 0
    for ch in code:
        value = value * 64 + _B64.index(ch)
    return value


def entries(folder: Path, name: str) -> dict[str, list[str]]:
    """Each headword of a dictd dictionary with the lines of its definition (the first line of an
    entry is its headword as written, capitals included, and its phonetics)."""
    text = gzip.open(folder / f"{name}.dict.dz").read()
    out: dict[str, list[str]] = {}
    for line in (folder / f"{name}.index").read_text(encoding="utf-8").splitlines():
        word, offset, length = line.split("\t")
        if word.startswith("00database"):
            continue
        start = _number(offset)
        body = text[start : start + _number(length)].decode("utf-8").splitlines()
        out.setdefault(word, []).extend(body[1:])
        if body and body[0][:1].isupper():
            out.setdefault(_CAPITALISED, []).append(word)
    return out


_CAPITALISED = "\0capitalised"
"""The key under which ``entries`` lists the headwords written with a capital."""


def translations(lines: list[str]) -> list[str]:
    """The translations of a definition: its comma-separated senses, without their numbers."""
    out = []
    for line in lines:
        for part in _NUMBERED.sub("", line.strip()).split(","):
            part = " ".join(part.replace("\u2010", "-").split()).lower()
            if part and len(part.split()) <= 3:
                out.append(part)
    return out


def table(folder: Path, *, proper: bool = False) -> dict[str, set[str]]:
    """French words by English word, both dictionaries together: the common words, or, with
    ``proper``, the capitalised headwords (names of several words kept)."""
    out: dict[str, set[str]] = defaultdict(set)
    english_entries = entries(folder, "freedict-eng-fra")
    capitalised = set(english_entries.pop(_CAPITALISED, ()))
    for english, lines in english_entries.items():
        word = english.lower()
        if (english in capitalised) != proper:
            continue
        if proper or _WORD.match(word):
            out[word].update(translations(lines))
    french_entries = entries(folder, "freedict-fra-eng")
    capitalised = set(french_entries.pop(_CAPITALISED, ()))
    for french, lines in french_entries.items():
        word = french.lower()
        if len(word.split()) > 3 or (french in capitalised) != proper:
            continue
        for english in translations(lines):
            if proper or _WORD.match(english):
                out[english].add(word)
    return out


def write(path: Path, header: str, rows: dict[str, set[str]], *, same: bool = True) -> None:
    """One row per English entry; ``same``: keep a French form spelled as the English one."""
    with path.open("w", encoding="utf-8") as f:
        f.write(header)
        for english in sorted(rows):
            french = sorted(w for w in rows[english] if same or w != english)
            if french and "\t" not in english:
                f.write(f"{english}\t{'|'.join(french)}\n")
    print(f"{path}: {len(rows)} English entries")


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/usr/share/dictd")
    write(OUT, HEADER, table(folder))
    proper = HEADER.replace("# English words and the French words FreeDict gives for them:",
                            "# English proper nouns and adjectives (FreeDict's capitalised headwords) and their French forms:")
    write(PROPER, proper, table(folder, proper=True), same=False)


if __name__ == "__main__":
    main()
