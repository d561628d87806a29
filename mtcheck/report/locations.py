"""Where a finding is in the file on disk, for formats that point editors and dashboards at files.

A plain text document is its file, so a target offset gives the line and column directly. A
document cut out of a bigger file (a JSONL line, a feed item, a TMX/XLIFF unit) is searched for
in that file: from the place where its item starts (its line, guid, link or unit id) the
finding's text is looked up as written (raw or XML-escaped); when it cannot be found, the
location is the item's first line, column 1, which still sends the reader to the right item.
"""

from __future__ import annotations

import bisect
import functools
import re
from html import escape
from pathlib import Path

from mtcheck.bitext import UNIT_SEPARATOR, unit_offset
from mtcheck.model import Document, line_col


@functools.lru_cache(maxsize=64)
def _raw(path: str) -> str:
    """The file's text as the reader decoded it, line endings kept ("\r\n" too): a translated
    ending would make the text differ from the document's, and every finding be looked up again
    from the file's start (two findings of "Openai" on two lines were both put on the first)."""
    try:
        with open(path, encoding="utf-8-sig", errors="replace", newline="") as f:
            return f.read()
    except OSError:
        return ""


@functools.lru_cache(maxsize=64)
def _line_starts(raw: str) -> tuple[int, ...]:
    """Offsets where the lines of a file start, found once per file: a finding's line is then a
    bisection, not a count from the file's start (which made many findings cost the square)."""
    return (0, *(m.end() for m in re.finditer("\n", raw)))


def _line_col(raw: str, offset: int) -> tuple[int, int]:
    """``model.line_col`` of a file's text, by bisection of its line starts."""
    starts = _line_starts(raw)
    line = bisect.bisect_right(starts, offset)
    return line, offset - starts[line - 1] + 1


def file_place(doc: Document, start: int, end: int) -> tuple[int, int]:
    """Line and column, 1-based, where ``doc.target[start:end]`` starts in the file: what text and
    JSON reports print, so that a JSONL line or an XLIFF unit is found in its file, not in the
    joined text."""
    line, col, _, _ = file_region(doc, start, end)
    return line, col


def file_region(doc: Document, start: int, end: int) -> tuple[int, int, int, int]:
    """(start line, start column, end line, end column), 1-based, of ``doc.target[start:end]`` in ``doc.path``."""
    plain = not doc.metadata  # a text file is its document: no need to read it again
    raw = doc.target if plain or doc.path == "-" else _raw(doc.path)
    if raw == doc.target:
        return (*line_col(doc.target, start), *line_col(doc.target, end))
    anchor = _anchor(raw, doc, start)
    text = doc.target[start:end]
    for written in dict.fromkeys((text, escape(text, quote=False), escape(text))):
        at = raw.find(written, anchor) if written else -1
        if at >= 0:
            return (*_line_col(raw, at), *_line_col(raw, at + len(written)))
    line, _ = _line_col(raw, anchor)
    return line, 1, line, 1


def _anchor(raw: str, doc: Document, start: int) -> int:
    """Offset in the raw file where the document (or the unit holding ``start``) begins."""
    meta = doc.metadata
    if isinstance(meta.get("line"), int):  # JSONL
        starts = _line_starts(raw)
        return starts[min(meta["line"], len(starts)) - 1]
    if meta.get("units"):  # TMX / XLIFF: the unit that holds the offset
        unit = meta["units"][min(doc.target.count(UNIT_SEPARATOR, 0, start), len(meta["units"]) - 1)]
        if (at := unit_offset(raw, unit)) >= 0:
            return at
    for key in (meta.get("guid"), meta.get("link")):  # feed items
        if key and (at := raw.find(escape(str(key), quote=False))) >= 0:
            return at
    return 0


def relative_path(path: str) -> str:
    """``path`` relative to the working directory when it is under it (what CI tools resolve), else absolute."""
    if path == "-":
        return path
    absolute = Path(path).resolve()
    try:
        return absolute.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return absolute.as_posix()
