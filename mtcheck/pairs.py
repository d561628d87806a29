"""What each target sentence is aligned with: the bridge from the sentence beads to the name checks."""

from __future__ import annotations

from collections.abc import Iterator

from mtcheck.entities import Registry
from mtcheck.model import Bead, Document, Segment
from mtcheck.names import Candidate, brand_like, fold, translatable


def paired_beads(doc: Document) -> Iterator[tuple[Bead, list[Segment], list[Segment]]]:
    """Beads with sentences on both sides, as ``(bead, source sentences, target sentences)``."""
    if not doc.source_segments or not doc.target_segments:
        return
    for bead in doc.beads or ():
        if bead.source and bead.target:
            yield bead, [doc.source_segments[k] for k in bead.source], [doc.target_segments[k] for k in bead.target]


def source_names_by_sentence(doc: Document, registry: Registry) -> dict[int, list[Candidate]]:
    """For each aligned target sentence (by index), the name candidates of its source sentences."""
    by_target: dict[int, list[Candidate]] = {}
    for _, sources, targets in paired_beads(doc):
        names = registry.candidates_in(doc, sources[0].start, sources[-1].end, source=True)
        for seg in targets:
            by_target[seg.index] = names
    return by_target


def aligned_names(doc: Document, registry: Registry) -> Iterator[tuple[Candidate, list[str]]]:
    """Each name candidate of the target with the names of the source sentences aligned to it
    (an empty list where the document has no source or the sentence is unaligned)."""
    by_target = source_names_by_sentence(doc, registry)
    for candidate in registry.candidates_in(doc):
        seg = doc.segment_at(candidate.start)
        yield candidate, [c.text for c in by_target.get(seg.index, ())] if seg else []


def required_name(name: Candidate, registry: Registry) -> bool:
    """Names a translation must keep: termbase names, and multi-word or brand-like names that are
    no institution ("White House") and no acronym ("CEO", which French writes "PDG")."""
    if translatable(name.text):
        return False
    entity = registry.by_key.get(fold(name.text))
    if entity is not None and entity.origin.startswith("termbase") and "(part of" not in entity.origin:
        return True
    if name.initial or name.text.isupper():
        return False
    return len(name.parts) > 1 or brand_like(name.text)
