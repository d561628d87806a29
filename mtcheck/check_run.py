"""The checks on one document: those that run beside language identification, and what becomes of
a document's findings before the report.

Most checks read what is built after language identification: the names registry, the sentence
alignment, the scores. The others (the language, duplication, boilerplate and format checks, NU003)
read only the target's sentences and their languages. The language stage runs those in its
workers, a document as soon as its languages are known, while this process builds the registry,
which no worker can share: with ``--jobs 2`` the second core does that work instead of waiting for
the registry. Their findings come back with the languages (``Document.early_findings``); the check
stage runs the other checks and puts both in the checks' order, so the report is the same whatever
the number of jobs. Where a document's languages come from the cache, its early checks run in the
check stage with the rest.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace

from mtcheck.checks import Check, CheckContext
from mtcheck.model import Document, Finding, Severity


def early(checks: Sequence[Check], fields: Collection[str]) -> list[int]:
    """The positions of the checks that require nothing but ``fields`` (what the stages up to
    language identification assign)."""
    return [k for k, check in enumerate(checks) if set(check.requires) <= set(fields)]


def each(checks: Sequence[Check], doc: Document, ctx: CheckContext) -> tuple[tuple[Finding, ...], ...]:
    """Each check's findings on ``doc``, check by check."""
    return tuple(tuple(check.check(doc, ctx)) for check in checks)


def findings(checks: Sequence[Check], at: Sequence[int], doc: Document, ctx: CheckContext,
             accepted: Sequence[tuple[int, int, object]], overrides: Mapping[str, Severity],
             computed: Mapping[int, Sequence[Finding]] | None = None) -> list[Finding]:
    """Every check's findings on ``doc``, in the checks' order, the checks at positions ``at`` taken
    from ``doc.early_findings`` where the language stage ran them, and those ``computed`` elsewhere
    (by position); then folded into boilerplate, outside the termbase's accepted forms, with the
    severities the settings give, each fingerprint unique, sorted by offset and code."""
    done = dict(zip(at, doc.early_findings, strict=True)) if doc.early_findings is not None else {}
    done.update(computed or {})
    found = _fold_into_boilerplate([f for k, check in enumerate(checks)
                                    for f in (done[k] if k in done else check.check(doc, ctx))])
    found = _outside_termbase_forms(found, accepted)
    found = [replace(f, severity=overrides[f.code]) if f.code in overrides else f for f in found]
    return sorted(_unique_fingerprints(found), key=lambda f: (f.start, f.code, f.end))


def _fold_into_boilerplate(findings: list[Finding]) -> list[Finding]:
    """Drop findings that lie inside a boilerplate finding: that text is to be deleted, not fixed."""
    spans = [(f.start, f.end) for f in findings if f.category == "boilerplate"]
    return [f for f in findings if f.category == "boilerplate" or not _inside(f, spans)]


def _outside_termbase_forms(findings: list[Finding], accepted: Sequence[tuple[int, int, object]]) -> list[Finding]:
    """Drop name findings inside a form the termbase accepts: "Mont-Sarrat" of "abbaye du Mont-Sarrat"
    is no slip of Monte Sarrato, "Le Vent froid" of "Le Vent froid des collines" no rendered "Cold Wind"."""
    spans = [(a, b) for a, b, _ in accepted]
    return [f for f in findings if not f.category.startswith("name-") or not _inside(f, spans)]


def _inside(finding: Finding, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the finding lies wholly inside one of the spans."""
    return any(a <= finding.start and finding.end <= b for a, b in spans)


def _unique_fingerprints(findings: list[Finding]) -> list[Finding]:
    """Number repeated fingerprints (same code, text and sentence) so each stays unique."""
    seen: dict[str, int] = {}
    out = []
    for f in sorted(findings, key=lambda f: f.start):
        n = seen.get(f.fingerprint, 0)
        seen[f.fingerprint] = n + 1
        out.append(replace(f, fingerprint=f"{f.fingerprint}-{n}") if n else f)
    return out
