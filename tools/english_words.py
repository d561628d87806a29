"""Write ``mtcheck/data/english_words.txt``: the lowercase words of SCOWL's American English list
(Debian's ``wamerican``), the common words of English.

The names checks ask whether a source name is also an English common word ("Baker", "Brooks"):
such a name is the one MT translates as a word, and the one whose capital alone says it is a
name. SCOWL's licence allows copying and redistribution with its notice (the header of the file
written here). Run by a developer, not at run time:

    apt-get install wamerican   # or: apt-get download wamerican && dpkg -x
    python tools/english_words.py [WORDS_FILE]
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "mtcheck" / "data" / "english_words.txt"
HEADER = """# Common English words: the lowercase entries of SCOWL's American English word list (Debian's
# wamerican 2020.12.07, size 50), written by tools/english_words.py.
# Copyright 2000-2011 by Kevin Atkinson. Permission to use, copy, modify, distribute and sell these
# word lists, the associated scripts, the output created from the scripts, and its documentation for
# any purpose is hereby granted without fee, provided that the above copyright notice appears in all
# copies and that both that copyright notice and this permission notice appear in supporting
# documentation. Kevin Atkinson makes no representations about the suitability of this array for
# any purpose. It is provided "as is" without express or implied warranty.
"""


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/usr/share/dict/american-english")
    words = sorted({w for w in source.read_text(encoding="utf-8").split() if w.isalpha() and w.islower() and w.isascii()})
    OUT.write_text(HEADER + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(words)} words")


if __name__ == "__main__":
    main()
