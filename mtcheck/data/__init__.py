"""Our own data files (lexicons, patterns), read with ``load_lines``; each file documents itself."""

from __future__ import annotations

from functools import cache
from importlib import resources

GPL_TABLES = frozenset(("freedict_en_fr.tsv", "freedict_proper.tsv", "apertium_en_fr.tsv"))
"""Tables made from GPL dictionaries (FreeDict's, Apertium's), which a distributor who cannot ship
GPL data may delete: each is read as empty when it is absent, and the names checks know less."""


@cache
def load_lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of the data file ``name`` (``#`` starts a comment line)."""
    path = resources.files(__package__).joinpath(name)
    if name in GPL_TABLES and not path.is_file():
        return ()
    text = path.read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#"))
