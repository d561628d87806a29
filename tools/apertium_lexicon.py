"""Write ``mtcheck/data/apertium_en_fr.tsv``: English nouns and adjectives and the French words
Apertium's bilingual dictionaries give for them, through Spanish and through Catalan.

FreeDict's English-French dictionary knows about 7,500 English words; MT renders a name's words
from a far larger vocabulary ("Beacon", "Dusk"). Apertium has no English-French pair, but its
English-Spanish and English-Catalan pairs and its French-Spanish and French-Catalan pairs are large,
hand-checked and shipped by Debian. A French word is kept for an English one where one of the paths
gives it through the pivot word each English-pivot dictionary lists first, its default translation
(English -> Spanish -> French, English -> Catalan -> French): a pivot word's other senses ("cámara"
for house: a chamber, or a camera) do not come back as French words the English never meant.

Packages (Debian bookworm): apertium-eng-spa 0.8.1, apertium-fr-es 0.9.4, apertium-eng-cat 1.0.1,
apertium-fra-cat 1.10.0, GPL-2; the table keeps that licence (see its header). ``lt-proc`` of
lttoolbox reads the compiled dictionaries. Run by a developer, not at run time:

    apt-get download apertium-eng-spa apertium-fr-es apertium-eng-cat apertium-fra-cat lttoolbox liblttoolbox3
    for f in *.deb; do dpkg -x "$f" x; done
    PATH=x/usr/bin:$PATH LD_LIBRARY_PATH=x/usr/lib/x86_64-linux-gnu python tools/apertium_lexicon.py x
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "mtcheck" / "data"
OUT = DATA / "apertium_en_fr.tsv"
POS = ("n", "adj", "adj><sint")
"""The English tags queried: nouns, adjectives, and adjectives compared with -er/-est ("big")."""
_WORD = re.compile(r"^[a-zà-ÿœæ]+(?:-[a-zà-ÿœæ]+)*$")
_UNIT = re.compile(r"\^(.*?)\$")
PIVOTS = {  # pivot: (English -> pivot dictionary, pivot -> French dictionary)
    "spa": ("apertium-eng-spa/eng-spa.autobil.bin", "apertium-fr-es/es-fr.autobil.bin"),
    "cat": ("apertium-eng-cat/eng-cat.autobil.bin", "apertium-fra-cat/cat-fra.autobil.bin"),
}
HEADER = """# English nouns and adjectives and the French words Apertium's bilingual dictionaries give for
# them, through Spanish and Catalan (the French words of each pivot's default translation);
# written by tools/apertium_lexicon.py from Debian's apertium-eng-spa 0.8.1, apertium-fr-es 0.9.4,
# apertium-eng-cat 1.0.1 and apertium-fra-cat 1.10.0.
# Copyright (C) the Apertium contributors (apertium.org). This file is licensed under the GNU
# General Public License, version 2; the rest of mtcheck is Apache-2.0. A distributor who cannot
# ship GPL data may delete this file: the names checks then use FreeDict's table alone.
# Format: english<TAB>french|french|...
"""


def lookup(binary: Path, queries: Sequence[str]) -> list[list[str]]:
    """Each query (``lemma<tags>``) through one compiled bilingual dictionary: its translations
    with their tags, the dictionary's default first; none where it does not know the lemma."""
    text = "".join(f"^{q}$\n" for q in queries)
    out = subprocess.run(["lt-proc", "-b", str(binary)], input=text, capture_output=True, text=True, check=True).stdout
    units = _UNIT.findall(out)
    assert len(units) == len(queries), (binary, len(units), len(queries))
    answers = []
    for unit in units:
        options = unit.split("/")[1:]
        answers.append([o for o in options if not o.startswith(("@", "#", "*"))])
    return answers


def through(folder: Path, pivot: str, english: Sequence[str]) -> dict[str, list[list[str]]]:
    """French lemmas for each English word through one pivot: one list per translation of the
    English word into the pivot language, in the dictionaries' order. The pivot's words are looked
    up with the tags the first dictionary gives them (gender included, which the second needs)."""
    first, second = (folder / "usr/share/apertium" / p for p in PIVOTS[pivot])
    queries = [f"{w}<{pos}>" for w in english for pos in POS]
    middle = lookup(first, queries)
    pivots = sorted({m for ms in middle for m in ms})
    french = dict(zip(pivots, lookup(second, pivots), strict=True))
    out: dict[str, list[list[str]]] = {}
    for query, ms in zip(queries, middle, strict=True):
        word = query.split("<", 1)[0]
        for m in ms:
            words = [f.split("<", 1)[0].lower() for f in french.get(m, ())]
            words = [w for w in words if _WORD.match(w)]
            if words:
                out.setdefault(word, []).append(words)
    return out


def defaults(paths: Iterable[dict[str, list[list[str]]]], english: Iterable[str]) -> dict[str, set[str]]:
    """For each English word, the French words of its default translation into each pivot (the
    first the dictionary lists): a pivot word's other senses ("cámara", chamber or camera) are left out."""
    paths = list(paths)
    out: dict[str, set[str]] = {}
    for word in english:
        french = {w for path in paths for w in (path.get(word) or [[]])[0]}
        if french:
            out[word] = french
    return out


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/")
    english = [w for w in (DATA / "english_words.txt").read_text(encoding="utf-8").splitlines()
               if w and not w.startswith("#") and _WORD.match(w)]
    rows = defaults((through(folder, pivot, english) for pivot in PIVOTS), english)
    with OUT.open("w", encoding="utf-8") as f:
        f.write(HEADER)
        for word in sorted(rows):
            f.write(f"{word}\t{'|'.join(sorted(rows[word]))}\n")
    print(f"{OUT}: {len(rows)} English entries")


if __name__ == "__main__":
    main()
