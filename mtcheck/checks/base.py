"""The ``Check`` base class: identity, documentation and the helper that builds findings.

A check is a pure generator over one document: it reads what earlier stages assigned, does no I/O,
loads no model and keeps no state. A malformed check (bad code, name, category or docstring) fails
at import time, so it can never reach a user.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from mtcheck.model import Document, Edit, Finding, Fix, Severity

CATEGORIES = (
    "name-case", "name-split", "name-misspelled", "name-translated", "name-glued", "name-missing",
    "name-added", "name-replaced", "name-garbled", "role-calque", "role-mismatch", "role-gender", "untranslated", "placeholder",
    "duplication", "boilerplate", "omission", "addition", "low-score", "number-mismatch", "typography",
)  # fmt: skip
"""The stable category names of DESIGN.md; users' CI scripts match on them."""

STATUSES = ("preview", "stable", "deprecated", "removed")
FIX_SAFETY = ("safe", "suggested", "none")
"""What a check's fixes are: ``safe`` ones `mtcheck fix` applies (where the finding marks its fix
certain), ``suggested`` ones a person reviews, or ``none``; ruff calls this applicability."""
DOC_SECTIONS = ("What it does:", "Why it matters:", "Example:", "Known limitations:")
_CODE = re.compile(r"^[A-Z]{2}\d{3}$")
_NAME = re.compile(r"^[a-z]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True, slots=True)
class CheckContext:
    """What a check may read besides the document: corpus-wide artefacts and its options."""

    entities: Any = None
    options: Mapping[str, Any] = field(default_factory=dict)
    corpus_scores: Mapping[str, Any] = field(default_factory=dict)
    """The `score` stage's corpus-wide figures (chrF, BLEU, the spread of segment chrF)."""


class Check:
    """Base class of every check; subclasses set the class attributes and ``check``."""

    code: ClassVar[str]
    name: ClassVar[str]
    category: ClassVar[str]
    severity: ClassVar[Severity]
    status: ClassVar[str] = "stable"
    default: ClassVar[bool] = True
    """Whether the check runs without being selected explicitly."""
    help: ClassVar[str] = ""
    """What the reader should do about a finding, shown when there is no mechanical fix."""
    aliases: ClassVar[tuple[str, ...]] = ()
    requires: ClassVar[tuple[str, ...]] = ("target_segments",)
    """Document or corpus fields the check reads; the pipeline makes sure a stage assigns them."""
    examples_fail: ClassVar[tuple[str | tuple[str, str] | tuple[str, str, tuple[str, ...]], ...]] = ()
    """Targets, ``(source, target)`` pairs, or ``(source, target, back-translations)`` the check must
    flag; run by the test suite (given back-translations stand in for a model)."""
    examples_pass: ClassVar[tuple[str | tuple[str, str] | tuple[str, str, tuple[str, ...]], ...]] = ()
    """Targets (or pairs) the check must leave alone."""
    example_termbase: ClassVar[str] = ""
    fix_safety: ClassVar[str] = "none"
    """One of ``FIX_SAFETY``; a finding may mark its fix safe only in a check that declares ``safe``."""
    """A termbase (TSV text with its header) the examples run with, for a check that reads one."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        where = f"{cls.__module__}.{cls.__qualname__}"
        if not _CODE.match(getattr(cls, "code", "")):
            raise TypeError(f"{where}: code must be two capitals and three digits, e.g. NE001")
        if not _NAME.match(getattr(cls, "name", "")):
            raise TypeError(f"{where}: name must be kebab-case")
        if getattr(cls, "category", None) not in CATEGORIES:
            raise TypeError(f"{where}: category must be one of {', '.join(CATEGORIES)}")
        if cls.fix_safety not in FIX_SAFETY:
            raise TypeError(f"{where}: fix_safety must be one of {', '.join(FIX_SAFETY)}")
        if cls.status not in STATUSES:
            raise TypeError(f"{where}: status must be one of {', '.join(STATUSES)}")
        doc = cls.__doc__ or ""
        missing = [s for s in DOC_SECTIONS if s not in doc]
        if not doc.strip() or missing:
            raise TypeError(f"{where}: docstring needs a summary line and {', '.join(missing)}")
        if not cls.examples_fail or not cls.examples_pass:
            raise TypeError(f"{where}: give at least one failing and one passing example")

    @classmethod
    def summary(cls) -> str:
        """First line of the docstring: what the rule is."""
        return (cls.__doc__ or "").strip().splitlines()[0]

    def check(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        """Yield the findings of this check on ``doc``."""
        raise NotImplementedError

    def finding(
        self,
        doc: Document,
        start: int,
        end: int,
        message: str,
        *,
        suggestion: str | None = None,
        fix_title: str | None = None,
        safe: bool = False,
        edit: tuple[int, int] | None = None,
        evidence: Mapping[str, Any] | None = None,
    ) -> Finding:
        """A finding at ``doc.target[start:end]``.

        A ``suggestion`` becomes a one-edit fix replacing ``edit`` (default: the finding's span) by it.
        """
        text = doc.target[start:end]
        fix = None
        if safe and self.fix_safety != "safe":
            raise TypeError(f"{self.code}: a safe fix from a check whose fix_safety is '{self.fix_safety}'")
        if suggestion is not None:
            title = fix_title or (f"Write '{suggestion}'" if suggestion else f"Delete '{_short(text)}'")
            a, b = edit or (start, end)
            fix = Fix(title, (Edit(a, b, suggestion),), safe)
        segment = doc.segment_at(start)
        context = segment.text if segment else ""
        digest = hashlib.sha1(f"{self.code}\0{doc.id}\0{text}\0{' '.join(context.split())}".encode())
        return Finding(
            code=self.code,
            name=self.name,
            category=self.category,
            severity=self.severity,
            doc_id=doc.id,
            start=start,
            end=end,
            text=text,
            message=message,
            suggestion=suggestion,
            fix=fix,
            evidence=dict(evidence or {}),
            segment=segment.index if segment else None,
            fingerprint=digest.hexdigest()[:16],
            help=self.help,
        )


def _short(text: str, width: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def quote(text: str, width: int = 60) -> str:
    """``text`` on one line, shortened for a message."""
    return _short(text, width)
