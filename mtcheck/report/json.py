"""``--format json``: the report as DESIGN.md describes it, validated by ``schema.json``."""

from __future__ import annotations

import json
from typing import Any, TextIO

from mtcheck import __version__
from mtcheck.model import Document, Finding, Severity
from mtcheck.pipeline import Report
from mtcheck.report.locations import file_place
from mtcheck.signature import signature

SCHEMA_VERSION = "1.0"


def write(report: Report, stream: TextIO) -> None:
    """Write the report as one JSON object."""
    json.dump(to_dict(report), stream, ensure_ascii=False, indent=2)
    stream.write("\n")


def to_dict(report: Report) -> dict[str, Any]:
    """The report as plain JSON data (also used by the HTML writer)."""
    corpus = report.corpus
    findings = report.findings()
    counts = {s.value: sum(f.severity is s for f in findings) for s in Severity}
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "mtcheck", "version": __version__},
        "signature": signature(report),
        "settings": {
            "source_lang": report.config.source_lang,
            "target_lang": report.config.target_lang,
            "backtranslation": dict(corpus.backtranslation) if corpus.backtranslation else None,
            "backtranslation_skipped": corpus.skip_reason("backtranslation"),
            "fail_on": report.config.fail_on.value,
            "checks": [c.code for c in report.checks],
        },
        "summary": {
            "documents": len(corpus.documents),
            "segments": sum(len(d.target_segments or ()) for d in corpus.documents),
            "findings": counts,
            "categories": _category_counts(findings),
            "scores": {k: v for k, v in (corpus.scores or {}).items()},
            "backtranslation": dict(corpus.bt_counts) if corpus.bt_counts else None,
        },
        "errors": [{"path": p.path, "line": p.line, "message": p.message} for p in corpus.problems],
        "skipped": [{"what": s.what, "reason": s.reason} for s in corpus.skipped],
        "documents": [_document(doc) for doc in corpus.documents],
        "entities": corpus.entities.to_json() if corpus.entities is not None else [],
        "baseline": None if report.baseline is None else {
            "path": report.baseline.path, "known": report.baseline.known, "stale": list(report.baseline.stale),
        },
    }


def _category_counts(findings: list[Finding]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for f in findings:
        counts[f.category] = counts.get(f.category, 0) + 1
    return dict(sorted(counts.items()))


def _document(doc: Document) -> dict[str, Any]:
    segments = doc.target_segments or ()
    bts = doc.backtranslations or (None,) * len(segments)
    confidences = doc.bt_confidence or (None,) * len(segments)
    scores = doc.segment_scores or (None,) * len(segments)
    sources: dict[int, list[int]] = {}
    for bead in doc.beads or ():
        for t in bead.target:
            sources[t] = list(bead.source)
    return {
        "id": doc.id,
        "path": doc.path,
        "source_path": doc.source_path,
        "metadata": dict(doc.metadata),
        "scores": dict(doc.scores or {}),
        "segments": [
            {
                "index": s.index,
                "start": s.start,
                "end": s.end,
                "text": s.text,
                "paragraph": s.paragraph,
                "lang": s.lang,
                "backtranslation": bts[s.index],
                "source_indices": sources.get(s.index, []),
                "bt_confidence": confidences[s.index],
                "chrf": scores[s.index].chrf if scores[s.index] else None,
                "bleu": scores[s.index].bleu if scores[s.index] else None,
            }
            for s in segments
        ],
        "beads": [{"source": list(b.source), "target": list(b.target), "score": b.score} for b in doc.beads or ()],
        "findings": [_finding(doc, f) for f in doc.findings or ()],
    }


def _finding(doc: Document, f: Finding) -> dict[str, Any]:
    line, col = file_place(doc, f.start, f.end)
    return {
        "code": f.code,
        "name": f.name,
        "category": f.category,
        "severity": f.severity.value,
        "start": f.start,
        "end": f.end,
        "line": line,
        "column": col,
        "text": f.text,
        "suggestion": f.suggestion,
        "message": f.message,
        "help": f.help,
        "fix": None
        if f.fix is None
        else {
            "title": f.fix.title,
            "safe": f.fix.safe,
            "edits": [{"start": e.start, "end": e.end, "replacement": e.replacement} for e in f.fix.edits],
        },
        "evidence": dict(f.evidence),
        "segment": f.segment,
        "fingerprint": f.fingerprint,
    }
