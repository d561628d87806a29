"""The names of a source text, without what English writes capitalised around them.

English capitalises a title before a name ("US President George W. Bush") and writes compound
adjectives on names ("Kremlin-backed"); French writes both apart, in lowercase. The source's name
candidates are cut there, so that the name a translation must keep is the name alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from mtcheck.entities.candidates import Candidate, name_words
from mtcheck.entities.lexicon import rendered_words
from mtcheck.entities.titles import Lexicon

_DEMONYMS = frozenset(
    "spaniard briton frenchman frenchwoman englishman englishwoman scot scotsman welshman irishman dane swede finn pole "
    "dutchman dutchwoman icelander".split()
)
"""English nouns of nationality that news puts before a name as a title ("Briton Justin Rose");
adjectives of nationality are left out: they open names too ("American Airlines", "Australian Open")."""

_COMPOUND_TAIL = re.compile(r"-[a-z]+$")

def compound_head(c: Candidate) -> Candidate:
    """A source run without the lowercase end of an English compound adjective: "Pol Pot-led" is
    "Pol Pot", "Kremlin-backed" is "Kremlin"; French writes "dirigé par Pol Pot"."""
    m = _COMPOUND_TAIL.search(c.text)
    return Candidate(c.start, c.start + m.start(), c.text[: m.start()], c.initial) if m and m.start() > 0 else c

def split_at_titles(text: str, c: Candidate, lexicon: Lexicon, sentence_starts: Sequence[int]) -> list[Candidate]:
    """A source run without the English title inside it: "US President George W. Bush" is "US" and
    "George W. Bush", "Secretary of State Hillary Clinton" is "Hillary Clinton", "Spaniard Sergio
    Garcia" is "Sergio Garcia". English capitalises a title before a name; French writes it apart,
    in lowercase ("le président George W. Bush"), so the run as a whole is no name a translation
    must keep."""
    ends = [(s, e) for s, e, role in lexicon.english_titles(text, max(0, c.start - 40), c.end)
            if c.start < e < c.end and role.kind == "title"]  # an occupation is no title: "Student Agency"
    first = c.parts[0]
    if not ends and len(c.parts) > 2 and first.lower() in _DEMONYMS:
        ends = [(c.start, c.start + len(first))]  # "Spaniard Sergio Garcia": "l'Espagnol Sergio Garcia"
    if not ends:
        return [c]
    start, end = max(ends, key=lambda t: t[1])
    out = []
    before = text[c.start : max(start, c.start)].rstrip(" -\u00a0")
    # Words the lexicon renders all describe the title ("Russian Energy Minister"); others name its
    # owner ("New York Times Executive Editor", "OpenAI Chief Technology Officer").
    if before and not all(rendered_words(w, "en") for w in name_words(before)):
        sentence = max((s for s in sentence_starts if s <= c.start), default=0)
        opens = " " not in before and not any(ch.isalnum() for ch in text[sentence : c.start])
        out.append(Candidate(c.start, c.start + len(before), before, opens))
    after = text[end : c.end].lstrip(" -\u00a0")
    if after[:1].isupper():
        out.append(Candidate(c.end - len(after), c.end, after, False))
    return out
