"""The signature that makes a report reproducible (after sacrebleu's metric signatures)."""

from __future__ import annotations

import hashlib

from mtcheck import __version__, ner
from mtcheck import align as align_mod
from mtcheck.pipeline import Report

SEGMENTER = "seg.rules.v1"


def signature(report: Report) -> str:
    """``mtcheck:VERSION|bt:MODEL|seg:...|align:...|chrf:...|ner:MODEL|checks:HASH|fail-on:LEVEL`` (``ner`` with
    --ner); a back-translation run on a GPU, whose half precision changes its output, says so after the model."""
    bt = report.corpus.backtranslation
    on_gpu = f"@{bt['device']}.{bt['compute_type']}" if bt and bt.get("device", "cpu") != "cpu" else ""
    codes = ",".join(sorted(c.code for c in report.checks))
    parts = [
        f"mtcheck:{__version__}",
        f"lang:{report.config.source_lang}-{report.config.target_lang}",
        f"bt:{bt['model'] if bt else 'none'}{on_gpu}",
        f"seg:{SEGMENTER}",
        f"align:{align_mod.NAME}",
    ]
    scores = report.corpus.scores or {}
    if scores.get("chrf_signature"):
        parts.append(f"chrf:{scores['chrf_signature']}")
    if report.config.ner:
        parts.append(f"ner:{ner.NAME}")
    parts.append(f"checks:{hashlib.sha1(codes.encode()).hexdigest()[:8]}")
    parts.append(f"fail-on:{report.config.fail_on.value}")
    return "|".join(parts)
