"""Word tokens with their offsets: the one tokeniser the checks share."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

# A word: letters, digits, inner hyphens and apostrophes ("aujourd’hui", "co-fondateur", "GPT-4o"),
# as runs of word characters joined by one such mark (a pattern that tries a mark and a lookahead
# at every character reads a corpus a third slower).
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
NOT_PROSE = re.compile(
    r"https?://\S+|www\.\S+|(?<!\S)\S+\.(?:com|org|net|fr|io|ai)\b\S*|(?<!\S)\S+@\S+|@\w+|&#(?:\d+|[xX][0-9a-fA-F]+);?|#(?!\d+\b)\w+"
    r"|\b(?=[\w/-]*\d)[\w-]+(?:/[\w-]+){2,}"
)
"""URLs, domains, e-mail addresses, handles, hashtags and reference numbers (three parts or more
parted by slashes, one digit at least): "pic.twitter.com" is no mention of Twitter, nor the "MI"
of a case file "KW/ZLV/PNL/412/2019/KA" an acronym. A hashtag holds a letter: "#3" is a number
sign and its number ("steps #3 and 4", "#1 in the charts"), "&#39;" a character reference."""
_NOT_PROSE_HINT = re.compile(r"[/@#]|www\.|\.(?:com|org|net|fr|io|ai)\b")
"""What every match of ``NOT_PROSE`` holds: most sentences have none, and are not searched for one
(the full pattern tries each word)."""


def not_prose(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Where ``text[start:end]`` holds URLs, addresses, handles and reference numbers (``NOT_PROSE``)."""
    stop = len(text) if end is None else end
    if not _NOT_PROSE_HINT.search(text, start, stop):
        return []
    return [m.span() for m in NOT_PROSE.finditer(text, start, stop)]


class Token(NamedTuple):
    """A word and where it is (a named tuple: a report makes a million of them, and a frozen
    dataclass is several times slower to build)."""

    start: int
    end: int
    text: str


_new = tuple.__new__
"""How ``words`` builds a token: a named tuple's own constructor is a Python function, a fifth slower."""


def words(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word tokens of ``text[start:end]``, with offsets into ``text`` (a list: every caller reads
    them all, and a list is built faster than a generator yields)."""
    stop = len(text) if end is None else end
    return [_new(Token, (m.start(), m.end(), m.group())) for m in _WORD.finditer(text, start, stop)]


WORD_CHARACTER = re.compile(r"\w")


def standalone(
    pattern: re.Pattern[str], text: str, start: int = 0, end: int | None = None, *, not_after: re.Pattern[str] = WORD_CHARACTER
) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in ``text[start:end]`` that do not follow a character ``not_after``
    matches: what ``finditer`` of ``(?<!not_after)pattern`` gives, several times faster for an
    alternation of many words, which Python's ``re`` skips through by its first letters only when
    the pattern begins with them, never when it begins with a lookbehind. ``pattern`` must not
    match the empty string."""
    stop = len(text) if end is None else end
    pos = start
    while (m := pattern.search(text, pos, stop)) is not None:
        begin = m.start()
        if begin and not_after.match(text, begin - 1):
            pos = begin + 1  # another match may begin inside the rejected one
            continue
        yield m
        pos = max(m.end(), begin + 1)
