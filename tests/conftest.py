"""Shared fixtures: run the CLI in-process, build documents by hand."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest

from mtcheck.checks import Check, CheckContext
from mtcheck.cli import main
from mtcheck.config import Config
from mtcheck.model import Corpus, Document, Finding
from mtcheck.pipeline import STAGES, Run
from mtcheck.progress import Progress

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpora"
TEXTS = [line for p in sorted((CORPUS / "news-fr").glob("*.txt")) for line in p.read_text(encoding="utf-8").splitlines()
         if line.strip()]
"""The sample corpus's lines: what the tiny model's vocabulary is trained on."""


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A random Marian model whose vocabulary is trained on the sample corpus (see marian_factory)."""
    from tests.marian_factory import build_marian

    return build_marian(tmp_path_factory.mktemp("tiny-marian"), TEXTS)


@pytest.fixture(scope="session")
def tiny_ct2(tiny_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny model converted by `mtcheck model convert` (int8)."""
    import subprocess

    out = tmp_path_factory.mktemp("tiny-ct2") / "model"
    assert subprocess.run([sys.executable, "-m", "mtcheck", "model", "convert", str(tiny_model), str(out)],
                          capture_output=True, text=True, check=False).returncode == 0
    return out


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or fills the user's cache, nor sees their MTCHECK_* settings (a ``Config`` made
    in a test, which reads no environment, falls back to XDG_CACHE_HOME)."""
    for name in [n for n in os.environ if n.startswith("MTCHECK_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("MTCHECK_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("xdg-cache")))


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
    target: str, source: str | None = None, target_lang: str = "fr", source_lang: str = "en", termbase: str | None = None,
    backtranslations: tuple[str, ...] | None = None,
) -> Corpus:
    """A one-document corpus that went through every stage before the checks.

    No model runs: ``backtranslations`` (one per target sentence), when given, stand in for the
    back-translation stage's output, so a check's logic can be tested on chosen back-translations.
    """
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
        finish = stage.run(corpus, Run(config, Progress(False)))
        if finish is not None:
            finish()  # a stage that works in the background (language identification), waited for at once
        if stage.name == "backtranslate" and backtranslations is not None:
            assert len(backtranslations) == len(doc.target_segments or ()), "one back-translation per target sentence"
            doc.backtranslations = backtranslations
            doc.bt_confidence = (-0.5,) * len(backtranslations)
    return corpus


def findings_of(check: type[Check], target: str, source: str | None = None, **kwargs: object) -> list[Finding]:
    """What ``check`` finds in one prepared document, with the default options."""
    corpus = prepared(target, source, **kwargs)  # type: ignore[arg-type]
    ctx = CheckContext(entities=corpus.entities, options={"low_score_z": 3.5}, corpus_scores=corpus.scores or {})
    return list(check().check(corpus.documents[0], ctx))
