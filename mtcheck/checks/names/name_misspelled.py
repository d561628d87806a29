"""NE003: a name with a letter or two wrong ("Emmer Shear" for "Emmett Shear", "Jefferston")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtcheck.checks.base import Check, CheckContext
from mtcheck.model import Document, Finding, Severity
from mtcheck.names import Candidate, fold, misspelling
from mtcheck.pairs import aligned_names

_PART = re.compile(r"[^\s\-\u00a0]+")
MIN_CORPUS_COUNT = 3
"""A form the corpus alone vouches for must be written this often, and the slip only once."""


class NameMisspelled(Check):
    """Name spelled with a letter or two wrong.

    What it does: compares each name of the translation with the names the termbase, the aligned
    source sentence and the rest of the corpus write, word by word, and flags a form that differs by
    one or two letters (two only on long words, or when another word of the name matches exactly).
    Why it matters: a misspelled person's name is a factual error, and readers notice it first.
    Example: "Emmer Shear" where the termbase or the source says "Emmett Shear" -> NE003, fix
    "Emmett Shear".
    Known limitations: transliteration variants (Khodorkovski / Khodorkovsky) are accepted as
    correct; with neither termbase nor source a form is only compared with forms the corpus writes
    at least three times; a name at the very start of a sentence is only checked against the
    termbase and the source.
    """

    code, name, category, severity = "NE003", "name-misspelled", "name-misspelled", Severity.ERROR
    requires = ("target_segments", "entities", "beads")
    help = "Copy the name from the source or the termbase"
    examples_fail = (
        ("Emmett Shear will lead OpenAI.", "Emmer Shear dirigera OpenAI."),
        "Thomas Jefferson a écrit. Thomas Jefferson a signé. Thomas Jefferson est mort. Puis Thomas Jefferston a menti.",
    )
    examples_pass = (
        ("Mikhail Khodorkovsky was freed.", "Mikhaïl Khodorkovski a été libéré."),
        "Bill Clinton et Hillary Clinton sont venus. Bill Clinton a parlé. Bill Clinton est parti. Bill Clinton rit.",
    )

    def check(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        registry = ctx.entities
        if registry is None:
            return
        index = registry.lookalike_index()
        for candidate, source_names in aligned_names(doc, registry):
            taken: list[tuple[int, int]] = []
            for start, end, parts in _windows(candidate):
                if any(a < end and start < b for a, b in taken) or fold("".join(parts)) in registry.by_key:
                    continue
                right = self._right_form(parts, candidate, source_names, index, registry)
                if right is None:
                    continue
                form, evidence = right
                taken.append((start, end))
                yield self.finding(
                    doc, start, end, f"'{doc.target[start:end]}' looks like a misspelling of '{form}'",
                    suggestion=form, evidence=evidence,
                )

    @staticmethod
    def _right_form(parts, candidate, source_names, index, registry):  # type: ignore[no-untyped-def]
        for name in source_names:
            if misspelling(parts, name.replace("-", " ").split()):
                return name, {"canonical_from": "aligned source sentence"}
        for known, entity in index.get((len(parts), fold(parts[0])[:1]), ()):
            if not misspelling(parts, known):
                continue
            form = " ".join(known)
            if entity is not None and entity.origin != "corpus":
                return entity.canonical, {"canonical_from": entity.origin}
            if candidate.initial:
                continue
            seen, written = registry.form_counts[form], registry.form_counts[" ".join(parts)]
            if seen >= MIN_CORPUS_COUNT and written <= 1:
                return (entity.canonical if entity else form), {"canonical_from": "corpus", "canonical_count": seen}
        return None


def _windows(candidate: Candidate) -> Iterator[tuple[int, int, tuple[str, ...]]]:
    """Every run of 1 to 3 words of the candidate, longest first, with its offsets in the text."""
    spans = [(candidate.start + m.start(), candidate.start + m.end(), m.group()) for m in _PART.finditer(candidate.text)]
    for n in range(min(3, len(spans)), 0, -1):
        for i in range(len(spans) - n + 1):
            chunk = spans[i : i + n]
            yield chunk[0][0], chunk[-1][1], tuple(p for _, _, p in chunk)
