"""``--format text``: findings grouped by document, each with its line in context and its fix.

Every finding starts with a ``path:line:col: CODE message [name]`` line (vale, ruff) so editors
and terminals can jump to it; the context below it shows the text with the span underlined.
"""

from __future__ import annotations

import os
import shlex
from typing import TextIO

from mtcheck.baseline import Comparison
from mtcheck.model import Document, Finding, Severity
from mtcheck.pipeline import Report
from mtcheck.report.locations import file_place
from mtcheck.signature import signature

CONTEXT = 40
"""Characters of context shown on each side of a finding."""
_COLOURS = {"error": "31", "warning": "33", "info": "36", "bold": "1", "dim": "2", "green": "32"}


class _Style:
    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    def __call__(self, text: str, colour: str) -> str:
        return f"\033[{_COLOURS[colour]}m{text}\033[0m" if self.enabled else text


def write(report: Report, stream: TextIO, colour: bool | None = None) -> None:
    """Write the human-readable report."""
    if colour is None:
        colour = stream.isatty() and "NO_COLOR" not in os.environ
    style = _Style(colour)
    corpus = report.corpus
    stream.write(style(backtranslation_status(report), "dim") + "\n\n")
    for doc in corpus.documents:
        if doc.findings:
            stream.write(style(f"{doc.path}", "bold") + style(f"  ({plural(len(doc.findings), 'finding')})", "dim") + "\n")
            for f in doc.findings:
                _write_finding(stream, style, doc, f)
            stream.write("\n")
    _write_footer(report, stream, style)


def _write_finding(stream: TextIO, style: _Style, doc: Document, f: Finding) -> None:
    line, col = file_place(doc, f.start, f.end)
    sev = style(f.severity.value, f.severity.value)
    stream.write(f"{doc.path}:{line}:{col}: {style(f.code, 'bold')} {f.message} [{f.name}] {sev}\n")
    before, span, after = _window(doc.target, f.start, f.end)
    stream.write(style("  │ ", "dim") + before + style(span, f.severity.value) + after + "\n")
    stream.write(style("  │ ", "dim") + " " * len(before) + style("^" * max(1, min(len(span), 60)), f.severity.value) + "\n")
    if (source := source_shown(f)) is not None:
        stream.write(style("  │ source: ", "dim") + source + "\n")
    if (because := why(f)) is not None:
        stream.write(style("  │ why: ", "dim") + because + "\n")
    if f.fix is not None:
        stream.write(style("  └ fix: ", "dim") + style(f.fix.title, "green") + "\n")
    elif f.help:
        stream.write(style("  └ help: ", "dim") + f.help + "\n")


def source_shown(f: Finding) -> str | None:
    """The source sentence a finding compares the translation with, on one line, cut at 100
    characters; None where it has none, or where its message quotes it already."""
    source = f.evidence.get("source")
    if not isinstance(source, str) or not source or source in f.message:
        return None
    flat = " ".join(source.split())
    return flat if len(flat) <= 100 else flat[:99] + "…"


def why(f: Finding) -> str | None:
    """The corpus's evidence for a name's right form, in words: how often and in how many documents
    the targets write it, and where the form comes from (the termbase's line, the sources, the corpus)."""
    ev = f.evidence
    if "canonical" not in ev or "documents" not in ev:
        return None
    count, documents = int(ev["canonical_count"]), int(ev["documents"])  # type: ignore[call-overload]
    written = f"writes it so {plural(count, 'time')} in {plural(documents, 'document')}" if count else "never writes it so"
    origin = "" if ev["canonical_from"] == "corpus" else f" from the {ev['canonical_from']}"
    return f"'{ev['canonical']}'{origin}; the corpus {written}"


def _window(text: str, start: int, end: int) -> tuple[str, str, str]:
    """The finding's span with up to ``CONTEXT`` characters around it, on one line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    a = max(line_start, start - CONTEXT)
    b = min(line_end, end + CONTEXT)
    span = text[start:end].replace("\n", "⏎")
    if len(span) > 2 * CONTEXT:
        span = span[: 2 * CONTEXT - 1] + "…"
    before = ("…" if a > line_start else "") + text[a:start]
    after = text[end:b] + ("…" if b < line_end else "")
    return before, span, after


def _write_entities(report: Report, stream: TextIO, style: _Style) -> None:
    """Names written in more than one way (every form with its count and the canonical form's
    origin), then the titles the corpus gives each person."""
    entities = report.corpus.entities.to_json() if report.corpus.entities is not None else []
    mixed = [e for e in entities if len(e["variants"]) > 1]
    if mixed:
        stream.write(style(f"Names written in more than one way ({len(mixed)} of {len(entities)} names seen):", "bold") + "\n")
        for e in mixed:
            forms = ", ".join(
                style(f"{form} ×{n}", "green" if form == e["canonical"] else "error") for form, n in e["variants"].items()
            )
            where = f"[{e['origin']}; {plural(len(e['documents']), 'document')}]"
            stream.write(f"  {e['canonical']}: {forms}  " + style(where, "dim") + "\n")
        stream.write("\n")
    people = [e for e in entities if e.get("roles")]
    if people:
        stream.write(style("Titles the corpus gives each person:", "bold") + "\n")
        for e in people:
            titles = ", ".join(f"{t} ×{n}" for t, n in e["roles"].items())
            gender = f"  [{e['gender']}]" if e.get("gender") else ""
            stream.write(f"  {e['canonical']}: {titles}" + style(gender, "dim") + "\n")
        stream.write("\n")


def _write_footer(report: Report, stream: TextIO, style: _Style) -> None:
    _write_entities(report, stream, style)
    corpus = report.corpus
    findings = report.findings()
    segments = sum(len(d.target_segments or ()) for d in corpus.documents)
    counts = ", ".join(
        style(plural(n, s.value), s.value) for s in Severity if (n := sum(f.severity is s for f in findings))
    )
    stream.write(
        f"{plural(len(corpus.documents), 'document')}, {plural(segments, 'sentence')}: "
        f"{counts or style('no findings', 'green')}\n"
    )
    certain = sum(1 for f in findings if f.certain)
    if certain:
        paths = " ".join(shlex.quote(p) for p in report.config.paths if p != "-") or "PATH"
        stream.write(style(f"{plural(certain, 'finding')} with a certain fix: `mtcheck fix {paths}` shows the diff, "
                           "--in-place applies it", "green") + "\n")
    scores = corpus.scores or {}
    if scores.get("chrf") is not None:
        stream.write(f"back-translation chrF {scores['chrf']:.1f}, BLEU {scores['bleu']:.1f} against the sources\n")
    other = [s for s in corpus.skipped if s.what != "backtranslation"]
    if other:
        stream.write(style(f"{plural(len(other), 'input')} skipped:", "dim") + "\n")
        for s in other:
            stream.write(style(f"  {s.what}: {s.reason}", "dim") + "\n")
    if report.baseline is not None:
        _write_baseline(report.baseline, stream, style)
    for problem in corpus.problems:
        stream.write(style(f"error: {problem}", "error") + "\n")
    stream.write(style(f"signature: {signature(report)}", "dim") + "\n")


def _write_baseline(comparison: Comparison, stream: TextIO, style: _Style) -> None:
    stream.write(style(f"baseline {comparison.path}: {plural(comparison.known, 'known finding')} not shown", "dim") + "\n")
    if comparison.stale:
        stream.write(style(f"{plural(len(comparison.stale), 'baseline finding')} fixed since (stale; rewrite the "
                           "baseline with --write-baseline):", "green") + "\n")
        for e in comparison.stale:
            stream.write(f"  {e['document']}: {e['code']} {e['message']}\n")


def backtranslation_status(report: Report) -> str:
    """One plain sentence: which model back-translated how much (and from the cache), or why none did."""
    corpus = report.corpus
    skipped = corpus.skip_reason("backtranslation")
    if skipped:
        return f"Back-translation was skipped: {skipped}."
    bt, counts = corpus.backtranslation or {}, corpus.bt_counts or {}
    return (
        f"Back-translation: {bt.get('model')} ({bt.get('engine')}), {plural(counts.get('segments', 0), 'sentence')}, "
        f"{counts.get('cached', 0)} from the cache."
    )


def plural(n: int, word: str) -> str:
    """"1 finding", "2 findings"."""
    return f"{n} {word}{'' if n == 1 else 's'}"
