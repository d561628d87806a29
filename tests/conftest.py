"""Shared fixtures: run the CLI in-process, build documents by hand."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from mtcheck.checks import Check, CheckContext
from mtcheck.cli import main
from mtcheck.config import Config
from mtcheck.model import Corpus, Document, Finding
from mtcheck.pipeline import STAGES
from mtcheck.progress import Progress

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpora"


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str], stdin: str | None = None) -> tuple[int, str, str]:
    """Exit status, stdout and stderr of ``mtcheck ARGS``."""
    if stdin is not None:
        sys.stdin = io.StringIO(stdin)
    try:
        rc = main(args)
    finally:
        sys.stdin = sys.__stdin__
    out, err = capsys.readouterr()
    return rc, out, err


def prepared(
    target: str, source: str | None = None, target_lang: str = "fr", source_lang: str = "en", termbase: str | None = None
) -> Corpus:
    """A one-document corpus that went through every stage before the checks, without back-translation."""
    doc = Document(
        id="doc", path="doc.txt", target=target, target_lang=target_lang,
        source=source, source_lang=source_lang if source else None,
    )
    corpus = Corpus([doc])
    config = Config(
        paths=(), source_lang=source_lang, target_lang=target_lang, backtranslation=False,
        termbases=(termbase,) if termbase else (),
    )
    for stage in STAGES:
        stage.run(corpus, config, Progress(False))
    return corpus


def findings_of(check: type[Check], target: str, source: str | None = None, **kwargs: str) -> list[Finding]:
    """What ``check`` finds in one prepared document."""
    corpus = prepared(target, source, **kwargs)
    return list(check().check(corpus.documents[0], CheckContext(entities=corpus.entities)))
