"""Write ``mtcheck/data/grammalecte_common.txt``: every form of the French common nouns and
adjectives of Grammalecte's French dictionary (Dicollecte), as Debian ships it for Hunspell.

spaCy's French lemmatizer tables, which told a common word from a name before, learned from text
that writes names in lowercase too: they list "tournefeuille", "landerneau" and "bay" as
French nouns, and a name in lowercase was then taken for a word. Grammalecte's dictionary is
written by hand and lists each common word in lowercase with its part of speech (``po:nom``,
``po:adj``), and each proper noun with its capital ("Tournefeuille", "Landerneau"). The inflected forms
("centrale", "chevaux") are Hunspell's own expansion of the dictionary's affixes (``unmunch`` of
hunspell-tools), so that a word is looked up as it is written.

Packages: hunspell-fr-comprehensive 7.0 (Debian bookworm), MPL-2.0, the table keeps that licence
(see its header); hunspell-tools 1.7.1. Run by a developer, not at run time:

    apt-get download hunspell-fr-comprehensive hunspell-tools libhunspell-1.7-0
    for f in *.deb; do dpkg -x "$f" x; done
    PATH=x/usr/bin:$PATH LD_LIBRARY_PATH=x/usr/lib/x86_64-linux-gnu \\
        python tools/grammalecte_words.py x/usr/share/hunspell/fr.dic
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "mtcheck" / "data" / "grammalecte_common.txt"
COMMON = frozenset(("nom", "adj"))
"""The parts of speech of common words."""
_ENTRY = re.compile(r"^(?P<stem>[^/\s]+)(?:/\S*)?\s+(?P<tags>.*)$")
HEADER = """# Every form of the French common nouns and adjectives of Grammalecte's dictionary (Dicollecte
# 7.0, as Debian's hunspell-fr-comprehensive ships it), in lowercase: the entries and the forms
# Hunspell's unmunch makes of them, with "oe" and "ae" for the ligatures too ("coeur").
# Written by tools/grammalecte_words.py.
# Copyright 2007-2018 the Dicollecte contributors (https://grammalecte.net). This Source Code Form
# is subject to the terms of the Mozilla Public License, v. 2.0. If a copy of the MPL was not
# distributed with this file, You can obtain one at http://mozilla.org/MPL/2.0/.
"""


def entries(dic: Path) -> list[str]:
    """The dictionary's entries of common nouns and adjectives in lowercase, as written (stem and
    affix flags)."""
    out = []
    for line in dic.read_text(encoding="utf-8").splitlines()[1:]:
        m = _ENTRY.match(line)
        if m and m.group("stem")[:1].islower() and COMMON & {t[3:] for t in m.group("tags").split() if t.startswith("po:")}:
            out.append(line.split()[0])
    return out


def forms(common: list[str], aff: Path) -> set[str]:
    """Every form of the entries: Hunspell's ``unmunch`` applies the affixes of each; elided forms
    ("l'arbre") and its marks of an empty affix ("0") are dropped. Forms with a ligature are listed
    with two letters too ("coeur")."""
    with tempfile.NamedTemporaryFile("w", suffix=".dic", encoding="utf-8", delete=False) as f:
        f.write(f"{len(common)}\n" + "".join(f"{entry}\n" for entry in common))
    listed = subprocess.run(["unmunch", f.name, str(aff)], capture_output=True, text=True, check=True).stdout
    Path(f.name).unlink()
    out = {entry.split("/", 1)[0] for entry in common}
    for line in listed.splitlines():
        form = line.split("/", 1)[0].rstrip("0")
        if form[:1].islower() and "'" not in form:
            out.add(form)
    # French text often writes the ligatures as two letters ("coeur", "oeuvre"): both are listed.
    return out | {w.replace("œ", "oe").replace("æ", "ae") for w in out}


def main() -> None:
    dic = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/usr/share/hunspell/fr.dic")
    words = forms(entries(dic), dic.with_suffix(".aff"))
    OUT.write_text(HEADER + "".join(f"{w}\n" for w in sorted(words)), encoding="utf-8")
    print(f"{OUT}: {len(words)} forms")


if __name__ == "__main__":
    main()
