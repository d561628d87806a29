"""The data types that flow through the pipeline.

Offsets are 0-based character offsets into the text as decoded from disk (no newline translation,
no normalisation), so ``text[start:end]`` always gives back what a finding points at. Lines and
columns are 1-based and are computed only by the report writers, from these offsets.

Value types are frozen. ``Document`` and ``Corpus`` are the two containers the stages fill in: every
stage output starts as ``None`` and is assigned by exactly one stage (see ``pipeline.STAGES``).
"""

from __future__ import annotations

import bisect
import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any


class Severity(enum.StrEnum):
    """How bad a finding is; ``--fail-on`` compares against ``rank``."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Higher is worse: info 0, warning 1, error 2."""
        return {"info": 0, "warning": 1, "error": 2}[self.value]


@dataclass(frozen=True, slots=True)
class Segment:
    """One sentence of a document side."""

    index: int
    """Position of the sentence in its side, 0-based."""
    start: int
    """Offset of the first character in the side's text."""
    end: int
    """Offset one past the last character."""
    text: str
    """``side_text[start:end]``, kept for convenience."""
    paragraph: int
    """Index of the paragraph (0-based) the sentence belongs to."""
    lang: str | None = None
    """ISO 639-1 code assigned by the ``langid`` stage; ``None`` when undetermined."""
    lang_score: float = 0.0
    """Confidence of ``lang`` in [0, 1]."""


@dataclass(frozen=True, slots=True)
class Bead:
    """A unit of the sentence alignment: source sentences paired with target sentences."""

    source: tuple[int, ...]
    """Indices of the source sentences (empty for a 0-1 bead, an addition)."""
    target: tuple[int, ...]
    """Indices of the target sentences (empty for a 1-0 bead, an omission)."""
    score: float
    """Confidence of the bead in [0, 1]."""


@dataclass(frozen=True, slots=True)
class SegmentScore:
    """sacrebleu sentence scores of a back-translated target sentence against its aligned source."""

    chrf: float
    bleu: float
    source: str
    """The source sentence(s) of the bead, the reference the scores were computed against."""


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``target[start:end]`` by ``replacement``."""

    start: int
    end: int
    replacement: str


@dataclass(frozen=True, slots=True)
class Fix:
    """A suggested correction, as data; checks never apply it."""

    title: str
    """Short imperative sentence shown next to the finding, e.g. "Write 'OpenAI'"."""
    edits: tuple[Edit, ...]
    safe: bool = False
    """True when applying the edits cannot change the meaning (ruff's applicability)."""


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem at one place of a document's target text."""

    code: str
    """Stable check code, e.g. ``TR001``."""
    name: str
    """Kebab-case check name, e.g. ``english-sentence``."""
    category: str
    """One of the stable categories of DESIGN.md."""
    severity: Severity
    doc_id: str
    start: int
    end: int
    text: str
    """``target[start:end]``."""
    message: str
    """One sentence about this instance, quoting the target text."""
    suggestion: str | None = None
    """The replacement text, when there is one."""
    fix: Fix | None = None
    evidence: Mapping[str, Any] = field(default_factory=dict)
    segment: int | None = None
    """Index of the target sentence the finding starts in."""
    fingerprint: str = ""
    """Hash that survives edits elsewhere in the document (code, text, sentence)."""
    help: str = ""
    """What to do about it, from the check's documentation."""

    @property
    def certain(self) -> bool:
        """Whether the finding has a fix that cannot change the meaning: ``mtcheck fix`` applies it."""
        return self.fix is not None and self.fix.safe


@dataclass(frozen=True, slots=True)
class InputProblem:
    """An input that could not be read; reported on stderr and in the report, exit status 2."""

    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.message}"


@dataclass(frozen=True, slots=True)
class Skipped:
    """Something deliberately not processed, with the reason; reports list these."""

    what: str
    """A path, a document id, or a stage name."""
    reason: str


@dataclass(slots=True)
class Document:
    """A translation (``target``) and, when known, the text it was translated from."""

    id: str
    path: str
    target: str
    target_lang: str
    source: str | None = None
    source_lang: str | None = None
    source_path: str | None = None
    metadata: Mapping[str, Any] = field(default_factory=dict)

    # Assigned by the `segment` stage.
    target_segments: tuple[Segment, ...] | None = None
    source_segments: tuple[Segment, ...] | None = None
    glue_points: tuple[int, ...] | None = None
    """Target offsets where two sentences were written without a space and split apart."""
    # Assigned by the `ner` stage when --ner asks for it: spans of the target the recogniser calls names.
    name_spans: tuple[tuple[int, int], ...] | None = None
    # Assigned by the `backtranslate` stage (None entries: segment not back-translated).
    backtranslations: tuple[str | None, ...] | None = None
    bt_confidence: tuple[float | None, ...] | None = None
    """Mean token log-probability of each back-translation, from the decoding pass (≤ 0)."""
    # Assigned by the `align` stage; empty when the document has no source.
    beads: tuple[Bead, ...] | None = None
    # Assigned by the `score` stage.
    scores: dict[str, float | None] | None = None
    segment_scores: tuple[SegmentScore | None, ...] | None = None
    """Per target sentence; None where it has no back-translation or no aligned source."""
    # Assigned by the `names` stage: how the target renders each name of the source (damaged ones only).
    name_renderings: tuple[Any, ...] | None = None
    # Assigned by the `check` stage.
    findings: list[Finding] | None = None
    early_findings: tuple[tuple[Finding, ...], ...] | None = None
    """The findings of the checks the `langid` stage ran with the languages, check by check, until
    the `check` stage takes them (``check_run``); None where they run in the check stage."""
    early_beads: tuple[Bead, ...] | None = None
    """The sentence alignment the `langid` stage's workers computed with the languages, where no
    back-translation was asked for (the alignment then reads nothing else), until the `align` stage
    takes it; None where the `align` stage computes it."""

    @property
    def from_lang(self) -> str:
        """The language the target was translated from: the source's, or the other one of the pair."""
        return self.source_lang or ("en" if self.target_lang == "fr" else "fr")

    def segment_at(self, offset: int, *, source: bool = False) -> Segment | None:
        """The target (or ``source``) sentence that contains ``offset`` (or the last one before it)."""
        segments = (self.source_segments if source else self.target_segments) or ()
        i = bisect.bisect_right(segments, offset, key=attrgetter("start")) - 1
        return segments[i] if i >= 0 else None

    def inside_sentence(self, offset: int, *, source: bool = False) -> bool:
        """Whether a word or a number comes before ``offset`` in its target (or ``source``) sentence:
        a capital there is no sentence's opening capital."""
        seg = self.segment_at(offset, source=source)
        text = (self.source or "") if source else self.target
        return seg is not None and any(ch.isalnum() for ch in text[seg.start : offset])


@dataclass(slots=True)
class Corpus:
    """Everything one run reads, and the corpus-wide artefacts the stages compute."""

    documents: list[Document]
    problems: list[InputProblem] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    termbases: list[str] = field(default_factory=list)
    """Termbase files (``*.tsv``, ``*.csv``, ``*.tbx``) found in the corpus folders."""
    # Assigned by the `backtranslate` stage: engine description, or None when it did not run.
    backtranslation: Mapping[str, str] | None = None
    bt_counts: Mapping[str, int] | None = None
    """Distinct sentences to back-translate (``segments``), read from the cache, translated by the model."""
    # Assigned by the `score` stage.
    scores: dict[str, Any] | None = None
    # Assigned by the `entities` stage.
    entities: Any = None

    def skip_reason(self, what: str) -> str | None:
        """Why ``what`` (a path or a stage name) was skipped, if it was."""
        return next((s.reason for s in self.skipped if s.what == what), None)


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset`` in ``text`` (columns count characters)."""
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col
