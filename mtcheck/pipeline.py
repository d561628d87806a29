"""The order of the stages, and the only module that knows it.

Each stage is a function over the ``Corpus`` that declares which fields it ``requires`` and which
it ``assigns``. ``build`` checks, before any data is read, that every field a stage or a check
requires is assigned by a stage that runs before it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, replace
from typing import Any, TextIO

from mtcheck import align as align_mod
from mtcheck import langid, score
from mtcheck.baseline import Comparison, content_hash
from mtcheck.checks import Check, CheckContext, select_checks, severities
from mtcheck.config import Config
from mtcheck.corpus import Languages, as_problem, read_corpus
from mtcheck.entities import build_registry
from mtcheck.errors import ConfigError, CorpusError, ModelError
from mtcheck.model import Bead, Corpus, Document, Finding, SegmentScore, Skipped
from mtcheck.mt import BackTranslator, Decoding, default_model
from mtcheck.mt.cache import TranslationCache, cache_dir
from mtcheck.progress import Progress
from mtcheck.segment import segment
from mtcheck.termbase import TermEntry, read_termbase


@dataclass(frozen=True, slots=True)
class Stage:
    """One step of the pipeline."""

    name: str
    run: Callable[[Corpus, Config, Progress], None]
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


@dataclass(slots=True)
class Report:
    """What a run produced: the corpus with every stage's output, and how it was produced."""

    corpus: Corpus
    config: Config
    checks: tuple[type[Check], ...]
    baseline: Comparison | None = None
    """Set when the findings were compared with a baseline: only new ones are left in the documents."""

    def findings(self) -> list[Finding]:
        """All findings, sorted by document, offset and code."""
        return [f for doc in self.corpus.documents for f in doc.findings or ()]


def _segment(corpus: Corpus, config: Config, progress: Progress) -> None:
    for doc in progress.iterate(corpus.documents, "segment"):
        doc.target_segments, doc.glue_points = segment(doc.target)
        doc.source_segments = segment(doc.source)[0] if doc.source is not None else None


def _langid(corpus: Corpus, config: Config, progress: Progress) -> None:
    cache: dict[str, langid.LangGuess] = {}
    for doc in progress.iterate(corpus.documents, "language"):
        segs = []
        for seg in doc.target_segments or ():
            guess = cache.get(seg.text) or cache.setdefault(seg.text, langid.identify(seg.text))
            segs.append(replace(seg, lang=guess.lang, lang_score=guess.score))
        doc.target_segments = tuple(segs)


def _backtranslate(corpus: Corpus, config: Config, progress: Progress) -> None:
    if not config.backtranslation:
        corpus.skipped.append(Skipped("backtranslation", "turned off with --no-backtranslation"))
        return
    documents = [doc for doc in corpus.documents if config.baseline_hashes.get(doc.id) != content_hash(doc)]
    texts = [s.text for doc in documents for s in doc.target_segments or ()]
    distinct = len(set(texts))  # each distinct sentence is translated once
    try:
        engine = _backtranslator(config)
        with progress.bar(distinct, "back-translate") as bar:
            out = iter(engine.translate(texts, progress=bar))
    except ModelError as err:
        if config.require_backtranslation:
            raise
        corpus.skipped.append(Skipped("backtranslation", str(err)))
        return
    corpus.backtranslation = engine.describe()
    corpus.bt_counts = {"segments": distinct, "cached": engine.counts.cached, "translated": engine.counts.translated}
    for doc in documents:
        done = [next(out) for _ in doc.target_segments or ()]
        doc.backtranslations = tuple(t.text for t in done)
        doc.bt_confidence = tuple(t.logprob for t in done)


def _backtranslator(config: Config) -> BackTranslator:
    """The engine the settings ask for, behind the cache unless it is turned off."""
    cache = TranslationCache(cache_dir(config.cache_dir)) if config.cache else None
    return BackTranslator(
        config.model or default_model(config.target_lang, config.source_lang),
        backend=config.backend,
        decoding=Decoding(num_beams=config.num_beams, max_length=config.max_length, batch_tokens=config.batch_tokens),
        cache=cache,
    )


def _align(corpus: Corpus, config: Config, progress: Progress) -> None:
    for doc in progress.iterate(corpus.documents, "align"):
        if doc.source_segments is None or doc.target_segments is None:
            doc.beads = ()
            continue
        doc.beads = align_mod.align(
            [s.text for s in doc.source_segments],
            [s.text for s in doc.target_segments],
            ratio=align_mod.length_ratio(doc.from_lang, doc.target_lang),
            backtranslations=doc.backtranslations,
        )


def _score(corpus: Corpus, config: Config, progress: Progress) -> None:
    hyps: list[str] = []
    refs: list[str] = []
    chrfs: list[float] = []
    for doc in corpus.documents:
        scored = _scored_beads(doc)
        per_segment: list[SegmentScore | None] = [None] * len(doc.target_segments or ())
        for bead, _, s in scored:
            for k in bead.target:
                per_segment[k] = s
        doc.segment_scores = tuple(per_segment)
        doc_hyps, doc_refs = [h for _, h, _ in scored], [s.source for _, _, s in scored]
        doc.scores = {**_corpus_scores(doc_hyps, doc_refs), "bt_confidence": _mean(doc.bt_confidence)}
        hyps += doc_hyps
        refs += doc_refs
        chrfs += [s.chrf for _, _, s in scored]
    confidences = [c for doc in corpus.documents for c in doc.bt_confidence or ()]
    corpus.scores = {**_corpus_scores(hyps, refs, signatures=True), "bt_confidence": _mean(confidences)}
    if chrfs:
        corpus.scores["segment_chrf"] = asdict(score.spread(chrfs))


def _scored_beads(doc: Document) -> list[tuple[Bead, str, SegmentScore]]:
    """Each bead with both sides, its back-translation, and sentence chrF/BLEU against its source."""
    if doc.backtranslations is None or doc.source_segments is None:
        return []
    out = []
    for bead in doc.beads or ():
        if bead.source and bead.target:
            hyp = " ".join(doc.backtranslations[k] or "" for k in bead.target)
            ref = " ".join(doc.source_segments[k].text for k in bead.source)
            chrf, bleu = round(score.sentence_chrf(hyp, ref), 2), round(score.sentence_bleu(hyp, ref), 2)
            out.append((bead, hyp, SegmentScore(chrf, bleu, ref)))
    return out


def _corpus_scores(hyps: list[str], refs: list[str], signatures: bool = False) -> dict[str, Any]:
    if not hyps:
        return {"chrf": None, "bleu": None}
    s = score.corpus_scores(hyps, refs)
    out: dict[str, Any] = {"chrf": s.chrf, "bleu": s.bleu}
    if signatures:
        out.update(chrf_signature=s.chrf_signature, bleu_signature=s.bleu_signature)
    return out


def _mean(values: Sequence[float | None] | None) -> float | None:
    present = [v for v in values or () if v is not None]
    return round(sum(present) / len(present), 4) if present else None


def _entities(corpus: Corpus, config: Config, progress: Progress) -> None:
    entries: list[TermEntry] = []
    for path in dict.fromkeys([*config.termbases, *corpus.termbases]):
        try:
            entries += read_termbase(path, config.source_lang, config.target_lang)
        except CorpusError as err:
            corpus.problems.append(as_problem(err))
    corpus.entities = build_registry(corpus.documents, entries)


def _make_check_stage(checks: Sequence[type[Check]]) -> Stage:
    instances = [c() for c in checks]

    def run(corpus: Corpus, config: Config, progress: Progress) -> None:
        options = {"low_score_chrf": config.low_score_chrf, "low_score_z": config.low_score_z}
        ctx = CheckContext(entities=corpus.entities, options=options, corpus_scores=corpus.scores or {})
        overrides = severities(config.severity)
        for doc in progress.iterate(corpus.documents, "check"):
            found = _fold_into_boilerplate([f for check in instances for f in check.check(doc, ctx)])
            found = [replace(f, severity=overrides[f.code]) if f.code in overrides else f for f in found]
            doc.findings = sorted(_unique_fingerprints(found), key=lambda f: (f.start, f.code, f.end))

    requires = tuple(sorted({r for c in checks for r in c.requires}))
    return Stage("check", run, requires, ("findings",))


def _fold_into_boilerplate(findings: list[Finding]) -> list[Finding]:
    """Drop findings that lie inside a boilerplate finding: that text is to be deleted, not fixed."""
    spans = [(f.start, f.end) for f in findings if f.category == "boilerplate"]
    return [
        f for f in findings if f.category == "boilerplate" or not any(a <= f.start and f.end <= b for a, b in spans)
    ]


def _unique_fingerprints(findings: list[Finding]) -> list[Finding]:
    """Number repeated fingerprints (same code, text and sentence) so each stays unique."""
    seen: dict[str, int] = {}
    out = []
    for f in sorted(findings, key=lambda f: f.start):
        n = seen.get(f.fingerprint, 0)
        seen[f.fingerprint] = n + 1
        out.append(replace(f, fingerprint=f"{f.fingerprint}-{n}") if n else f)
    return out


STAGES = (
    Stage("segment", _segment, (), ("target_segments", "source_segments", "glue_points")),
    Stage("langid", _langid, ("target_segments",), ("langs",)),
    Stage("backtranslate", _backtranslate, ("target_segments",), ("backtranslations", "bt_confidence")),
    Stage("align", _align, ("target_segments", "source_segments"), ("beads",)),
    Stage("score", _score, ("beads", "backtranslations", "bt_confidence"), ("scores", "segment_scores")),
    Stage("entities", _entities, ("target_segments",), ("entities",)),
)


def build(checks: Sequence[type[Check]], stages: Sequence[Stage] = STAGES) -> list[Stage]:
    """The stages followed by the check stage, after verifying every requirement is met in order."""
    pipeline = [*stages, _make_check_stage(checks)]
    assigned: dict[str, str] = {}
    for stage in pipeline:
        for need in stage.requires:
            if need not in assigned:
                by = next((s.name for s in STAGES if need in s.assigns), None)
                origin = f"assigned by `{by}`, which" if by else "which no stage assigns and"
                raise ConfigError(f"`{stage.name}` requires `{need}`, {origin} is not in the pipeline before it")
        assigned.update((a, stage.name) for a in stage.assigns)
    return pipeline


def run(config: Config, stdin: TextIO | None = None) -> Report:
    """Read the corpus and run every stage; input problems are collected, not raised."""
    checks = tuple(select_checks(config.select, config.ignore, config.extend_select, config.preview))
    stages = build(checks)
    corpus = read_corpus(config.paths, Languages(config.source_lang, config.target_lang), stdin or sys.stdin)
    progress = Progress(enabled=config.progress)
    for stage in stages:
        stage.run(corpus, config, progress)
    return Report(corpus, config, checks)
