"""The settings of one run. Later layers override earlier ones: defaults < environment < flags."""

from __future__ import annotations

from dataclasses import dataclass, field

from mtcheck.model import Severity


@dataclass(frozen=True, slots=True)
class Config:
    """Everything that decides what a run reads, computes and reports."""

    paths: tuple[str, ...]
    source_lang: str = "en"
    target_lang: str = "fr"
    backtranslation: bool = True
    """Try to back-translate; when the model cannot be loaded the run goes on without it."""
    require_backtranslation: bool = False
    """Make a model that cannot be loaded an error (exit 2) instead of a skipped stage."""
    model: str | None = None
    """Hub id or local directory; ``None`` picks the OPUS-MT model for the language pair."""
    batch_size: int = 16
    termbases: tuple[str, ...] = ()
    """Termbases given with --termbase; those found in the corpus folders are added to them."""
    select: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    preview: bool = False
    fail_on: Severity = Severity.ERROR
    progress: bool = False
    """Show progress bars on stderr (the CLI turns this on for terminals only)."""
    options: dict[str, object] = field(default_factory=dict)
