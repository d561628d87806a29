"""Findings from the name alignment with a source (``entities.alignment``), one per damaged name.

The alignment gives each name of a source sentence one verdict; each names check reports the
verdicts of its kind, with the source's name as the fix and the rendering as evidence, and leaves
alone what its own corpus-wide search finds on the same words.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from mtcheck.checks.base import Check, quote
from mtcheck.entities.alignment import Rendering
from mtcheck.model import Document, Finding

_MESSAGES = {
    "case": "'{written}' writes the source's name '{name}' in other capitals",
    "split": "'{written}' splits the source's name '{name}'",
    "glued": "'{written}' glues the words of the source's name '{name}'",
    "misspelled": "'{written}' misspells the source's name '{name}'",
    "translated": "'{written}' translates the source's name '{name}'",
    "garbled": "'{written}' garbles the source's name '{name}'",
    "replaced": "'{written}' stands where the source has the name '{name}'",
    "missing": "the source names '{name}', which this sentence leaves out",
}


def renderings(doc: Document, kinds: Sequence[str]) -> list[Rendering]:
    """The damaged renderings of ``doc`` whose verdict is one of ``kinds``."""
    return sorted((r for r in doc.name_renderings or () if r.verdict in kinds), key=lambda r: (r.start, r.end))


def findings(check: Check, doc: Document, kinds: Sequence[str]) -> Iterator[Finding]:
    """One finding of ``check`` for each damaged rendering of ``kinds``: the rendering replaced by
    the source's name, or, for a name missing, the sentence with the name to put back."""
    assert doc.source is not None or not doc.name_renderings
    for r in renderings(doc, kinds):
        written = doc.target[r.start : r.end]
        message = _MESSAGES[r.verdict].format(written=quote(written), name=r.name)
        if r.detail:
            message += f" ({r.detail})"
        evidence = {
            "source_name": r.name,
            "verdict": r.verdict,
            "found_by": r.signal,
            "source": quote(_sentence(doc, r.source_start), 200),
        }
        missing = r.verdict == "missing"
        yield check.finding(doc, r.start, r.end, message, suggestion=None if missing else r.fix or r.name, evidence=evidence)


def _sentence(doc: Document, offset: int) -> str:
    """The source sentence that holds ``offset``."""
    seg = doc.segment_at(offset, source=True)
    return seg.text if seg is not None else ""


def overlaps(finding: Finding, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``finding`` shares a character with one of ``spans``."""
    return any(finding.start < b and a < finding.end for a, b in spans)


def with_aligned(check: Check, doc: Document, kinds: Sequence[str], own: Iterator[Finding],
                 yield_to: Sequence[str] = ()) -> Iterator[Finding]:
    """The alignment's findings of ``kinds``, then ``check``'s ``own`` findings on other words: on
    none of those findings, nor on a name the alignment gave a verdict of ``yield_to``, which
    another check reports (one finding for one damaged name)."""
    aligned = list(findings(check, doc, kinds))
    yield from aligned
    spans = [(f.start, f.end) for f in aligned if f.end > f.start]
    spans += [(r.start, r.end) for r in renderings(doc, yield_to) if r.end > r.start]
    for f in own:
        if not overlaps(f, spans):
            yield f
