"""Names of spaCy's French recogniser (``--ner``): the spans runs of capitalised words cannot
give, and those the corpus vouches for as names."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from mtcheck.entities.candidates import FUNCTION_WORDS, Candidate, name_words
from mtcheck.model import Document

MIN_SPAN_COUNT = 3
"""How often the corpus must write a recogniser's span in one form before it is a name."""


def name_spans(doc: Document) -> list[Candidate]:
    """The recogniser's spans that runs of capitalised words cannot give: a capitalised first word
    that is no article, a later word in lowercase that is no function word ("Union européenne",
    "Agence internationale de l'énergie atomique")."""
    out = []
    for start, end in doc.name_spans or ():
        text = doc.target[start:end]
        words = name_words(text)
        if (
            len(words) > 1 and words[0][0].isupper() and words[0].lower() not in FUNCTION_WORDS
            and words[-1].lower() not in FUNCTION_WORDS and "\n" not in text
            and any(w.islower() and w not in FUNCTION_WORDS for w in words[1:])
        ):
            out.append(Candidate(start, end, text, initial=False))
    return out


def vouched_spans(documents: Sequence[Document], spans: dict[str, list[Candidate]]) -> list[str]:
    """The spans' forms that are names, most written first: those the corpus writes ``MIN_SPAN_COUNT``
    times in one form, that form being most of the times the corpus writes those words in any case:
    "Union européenne" fifty times is the name, and "Union Européenne" once a slip of it; "Premier
    ministre" three times beside "premier ministre" twenty is no name at all."""
    counts = Counter(c.text for found in spans.values() for c in found)
    if not counts:
        return []
    text = "\n".join(doc.target for doc in documents).lower()
    return [form for form, n in counts.most_common() if n >= MIN_SPAN_COUNT and 2 * n > text.count(form.lower())]
