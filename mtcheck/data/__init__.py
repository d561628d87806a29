"""Our own data files (lexicons, patterns), read with ``load_lines``; each file documents itself."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def load_lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of the data file ``name`` (``#`` starts a comment line)."""
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#"))
