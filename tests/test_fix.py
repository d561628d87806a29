"""`mtcheck fix` on copies of the sample corpus as text files, JSONL, XLIFF and TMX: the diff it
prints, the files it writes, the second run that changes nothing, and the report afterwards."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from mtcheck.cli import main
from mtcheck.config import Config
from mtcheck.pipeline import run
from tests.conftest import CORPUS

ARTICLES = sorted((CORPUS / "news-fr").glob("*.txt"))


def _safe_findings(path: Path) -> list[tuple[str, str]]:
    report = run(Config(paths=(str(path),), backtranslation=False))
    return [(f.code, f.text) for f in report.findings() if f.fix is not None and f.fix.safe]


def _fix(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["fix", *args])
    out, err = capsys.readouterr()
    return status, out, err


def test_text_files_fixed_in_place_then_nothing_left(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    before = {p: p.read_bytes() for p in corpus.rglob("*") if p.is_file()}
    assert _safe_findings(corpus), "the sample corpus has certain fixes to apply"

    monkeypatch.chdir(corpus)
    status, diff, err = _fix(capsys, ".")  # without --in-place: the diff, nothing written
    assert status == 0 and {p: p.read_bytes() for p in before} == before
    assert "-Technologie en chef Openai L'officier" in diff and "+Technologie en chef OpenAI L'officier" in diff
    assert "L’information. Le président" in diff
    assert "would fix" in err and "NE004 not fixed (its fix is a suggestion, not certain)" in err

    # The diff is one `git apply` takes, and gives what --in-place writes.
    applied = tmp_path / "applied"
    shutil.copytree(CORPUS, applied)
    diff_file = tmp_path / "fix.diff"
    diff_file.write_text(diff, encoding="utf-8")
    assert diff.startswith("--- a/news-fr/")
    if shutil.which("git"):
        subprocess.run(["git", "apply", str(diff_file)], cwd=applied, check=True)

    status, _, err = _fix(capsys, "--in-place", str(corpus))
    assert status == 0 and "fixed" in err
    assert (corpus / "glossary.tsv").read_bytes() == before[corpus / "glossary.tsv"]
    assert (corpus / "paired" / "openai-board.en.txt").read_bytes() == before[corpus / "paired" / "openai-board.en.txt"]
    if shutil.which("git"):
        for p in ARTICLES:
            assert (applied / "news-fr" / p.name).read_bytes() == (corpus / "news-fr" / p.name).read_bytes()
    assert _safe_findings(corpus) == []

    changed = {p: p.read_bytes() for p in before}
    status, diff, err = _fix(capsys, "--in-place", str(corpus))
    assert diff == "" and "fixed 0 findings in 0 files" in err
    assert {p: p.read_bytes() for p in before} == changed


def test_output_dir_keeps_the_corpus_and_select_limits_the_fixes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "fixed"
    status, _, err = _fix(capsys, "--select", "NE005", "-o", str(out), str(CORPUS))
    assert status == 0
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert written == ["news-fr/002_693cd8350728ec63.txt"]
    fixed = (out / written[0]).read_text(encoding="utf-8")
    assert "L’information. Le président" in fixed and "d’OpenAI" in fixed


def _jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "feed.jsonl"
    lines = [json.dumps({"id": p.stem, "target": p.read_text(encoding="utf-8")}, ensure_ascii=False) for p in ARTICLES]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_targets_fixed_and_other_keys_kept(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _jsonl(tmp_path)
    before = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    status, diff, _ = _fix(capsys, "--in-place", "--diff", str(path))
    assert status == 0 and diff.startswith("--- a/") and "+{" in diff
    after = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [d["id"] for d in after] == [d["id"] for d in before]
    assert "Openai" in before[0]["target"] and "Openai" not in after[0]["target"]
    assert _safe_findings(path) == []
    assert _fix(capsys, "--in-place", str(path))[1] == ""


def test_references_left_escaped_become_their_characters_and_markup_ones_are_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "escaped.jsonl"
    rows = [{"id": "d1", "source": "Kowalczyk said \"no\" to Zelmar's offer & left.",
             "target": "Kowalczyk a dit &quot;non&quot; à l&#39;offre de Zelmar &amp; est parti."}]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    status, _, err = _fix(capsys, "--in-place", str(path))
    assert status == 0, err
    assert json.loads(path.read_text(encoding="utf-8"))["target"] == \
        "Kowalczyk a dit \"non\" à l'offre de Zelmar &amp; est parti."
    assert "TR003 not fixed" in err  # "&amp;": markup downstream may need it escaped


def _xliff(tmp_path: Path) -> Path:
    paragraphs = [p for a in ARTICLES[:3] for p in a.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    units = "".join(
        f'<trans-unit id="u{k}"><source></source><target state="translated">{escape(p)}</target></trans-unit>\n'
        for k, p in enumerate(paragraphs, 1)
    )
    path = tmp_path / "articles.xlf"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
        f'<file source-language="en" target-language="fr" datatype="plaintext" original="x"><body>\n{units}'
        "</body></file></xliff>\n",
        encoding="utf-8",
    )
    return path


def test_xliff_targets_fixed_and_markup_kept(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _xliff(tmp_path)
    before = path.read_text(encoding="utf-8")
    status, _, err = _fix(capsys, "--in-place", str(path))
    assert status == 0, err
    after = path.read_text(encoding="utf-8")
    assert "Openai" in before and "Openai" not in after
    assert after.count("<trans-unit ") == before.count("<trans-unit ")
    assert after.count('state="translated"') == after.count("<target")
    assert _safe_findings(path) == []
    assert _fix(capsys, "--in-place", str(path))[1] == ""


def test_a_unit_with_inline_markup_is_listed_and_the_others_fixed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "units.xlf"
    units = [("OpenAI hired him.", "Openai l'a embauché. <g id=\"b\">Openai</g> le paie."),
             ("OpenAI pays him.", "Openai le paie. OpenAI le garde. OpenAI aussi.")]
    body = "".join(f'<trans-unit id="{k}"><source>{s}</source><target>{t}</target></trans-unit>\n'
                   for k, (s, t) in enumerate(units, 1))
    path.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
                    f'<file source-language="en" target-language="fr" datatype="plaintext" original="x"><body>\n{body}'
                    "</body></file></xliff>\n", encoding="utf-8")
    status, _, err = _fix(capsys, "--in-place", "--select", "NE001", str(path))
    text = path.read_text(encoding="utf-8")
    assert status == 0
    assert "<target>OpenAI le paie. OpenAI le garde. OpenAI aussi.</target>" in text
    assert "<target>Openai l'a embauché. <g id=\"b\">Openai</g> le paie.</target>" in text  # markup untouched
    assert "unit '1' has inline markup" in err and "fixed 1 finding in 1 file;" in err


def test_tmx_target_fixed_source_left(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "memory.tmx"
    pairs = [("OpenAI said it would leave.", "Openai a dit qu'il partirait."),
             ("OpenAI hired him.", "OpenAI l'a embauché. OpenAI le paie. OpenAI le garde.")]
    tus = "".join(
        f'<tu tuid="{k}"><tuv xml:lang="en"><seg>{s}</seg></tuv><tuv xml:lang="fr"><seg>{t}</seg></tuv></tu>\n'
        for k, (s, t) in enumerate(pairs, 1)
    )
    path.write_text(f'<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="en"/><body>\n{tus}'
                    "</body></tmx>\n", encoding="utf-8")
    status, _, err = _fix(capsys, "--in-place", "--select", "NE001", str(path))
    assert status == 0, err
    text = path.read_text(encoding="utf-8")
    assert "<seg>OpenAI a dit qu'il partirait.</seg>" in text and "<seg>OpenAI said it would leave.</seg>" in text


def test_the_text_report_says_how_many_fixes_are_certain(capsys: pytest.CaptureFixture[str]) -> None:
    certain = len(_safe_findings(CORPUS))
    main(["report", str(CORPUS), "--no-backtranslation", "--no-progress"])
    out = capsys.readouterr().out
    assert f"{certain} findings with a certain fix: `mtcheck fix {CORPUS}` shows the diff, --in-place applies it" in out


def test_fix_refuses_standard_input(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = _fix(capsys, "-")
    assert status == 2 and "name them instead of -" in err
