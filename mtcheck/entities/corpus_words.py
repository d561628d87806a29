"""Names from the corpus's own evidence: words the targets write capitalised inside sentences.

Where no termbase and no source names a person, the corpus still does: a surname written with its
capital three times or more inside sentences, and never in lowercase, is a name, so its form in
capitals in running prose ("KOWALCZYK") is a case slip. A word French writes ("Grand") is no such
evidence, whatever its capitals. And a name French text writes with its English article, twice or more
("selon The Chronicle"), is a name kept whole: its translation elsewhere ("La chronique note que") is damage.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from mtcheck.french import common_word, dictionary_word
from mtcheck.model import Document
from mtcheck.tokens import Token

MIN_WORD_COUNT = 3
"""How often the corpus must write a word with a capital inside sentences, and never otherwise but in
capitals, before that form is a name's: "Kowalczyk" six times makes "KOWALCZYK" in prose a case slip."""


def capitalised_words(documents: Sequence[Document], tokens: dict[str, list[Token]]) -> Counter[str]:
    """Words of three letters or more the targets write capitalised inside sentences at least
    ``MIN_WORD_COUNT`` times and never in lowercase, that are no French word (a surname, "Kowalczyk"):
    the corpus's evidence of a name where no termbase or source gives one."""
    inside: Counter[str] = Counter()
    lowercase: set[str] = set()
    for doc in documents:
        starts = {s.start for s in doc.target_segments or ()} | {0}
        for t in tokens[doc.id]:
            text = t.text
            if text.islower():
                lowercase.add(text)
            elif len(text) >= 3 and text.isalpha() and text[0].isupper() and text[1:].islower() and t.start not in starts:
                if any(ch.isalnum() for ch in doc.target[max(0, t.start - 3) : t.start]):
                    inside[text] += 1
    return Counter({w: n for w, n in inside.items() if n >= MIN_WORD_COUNT and w.lower() not in lowercase
                    and not (common_word(w) or dictionary_word(w))})


_WITH_ARTICLE = re.compile(r"(?<=[^\W\d_] )The [A-Z][a-z]+\b|(?<=[^\W\d_], )The [A-Z][a-z]+\b")


def kept_with_article(documents: Sequence[Document]) -> Counter[str]:
    """Names the French targets write inside sentences with their English article ("a rapporté The
    Chronicle"): no French writer keeps "The" but in a name kept whole."""
    return Counter(m.group() for doc in documents if doc.target_lang == "fr" for m in _WITH_ARTICLE.finditer(doc.target))
