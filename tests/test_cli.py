from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import run_cli


def test_help_does_not_import_torch() -> None:
    code = (
        "import sys\nfrom mtcheck.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('torch', 'transformers', 'spacy', 'sacrebleu') if m in sys.modules]\n"
        "print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().endswith("[]")


def test_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    clean = tmp_path / "clean.txt"
    clean.write_text("Mira Murati a quitté OpenAI mercredi. Elle veut explorer d'autres projets.", encoding="utf-8")
    assert run_cli(["report", str(clean), "--no-backtranslation"], capsys)[0] == 0
    dup = tmp_path / "dup.txt"
    dup.write_text("Altman a répondu à l'écriture de Murati de Murati.", encoding="utf-8")
    assert run_cli(["report", str(dup), "--no-backtranslation"], capsys)[0] == 0  # a warning only
    assert run_cli(["report", str(dup), "--no-backtranslation", "--fail-on", "warning"], capsys)[0] == 1


def test_bad_input_is_one_line_exit_2_and_the_rest_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "good.txt").write_text("Un article en français sans problème.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"Caf\xe9")
    rc, out, err = run_cli(["report", str(tmp_path), "--no-backtranslation", "--format", "json"], capsys)
    assert rc == 2
    assert err.strip().splitlines() == [
        f"mtcheck: error: {tmp_path / 'bad.txt'}:1: not valid UTF-8 (byte 0xe9 at column 4); re-save it as UTF-8"
    ]
    assert '"id": "good.txt"' in out and "Traceback" not in err


def test_unknown_selector_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, err = run_cli(["report", "corpora", "--no-backtranslation", "--select", "TR999"], capsys)
    assert rc == 2 and err.startswith("mtcheck: error: unknown check selector 'TR999'")
    assert out == ""


def test_output_file_and_stdin(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_file = tmp_path / "report.json"
    rc, out, _ = run_cli(
        ["report", "-", "--no-backtranslation", "--format", "json", "-o", str(out_file)],
        capsys,
        stdin="Source link\n",
    )
    assert rc == 0 and out == ""
    assert '"code": "TR002"' in out_file.read_text(encoding="utf-8")


def test_rules_and_explain(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = run_cli(["rules"], capsys)
    assert rc == 0 and "TR001  untranslated-sentence" in out and "FM001" in out
    rc, out, _ = run_cli(["explain", "DU001"], capsys)
    assert rc == 0 and "What it does:" in out and "de Murati de Murati" in out
    rc, _, err = run_cli(["explain", "XX123"], capsys)
    assert rc == 2 and "no check named" in err


def test_missing_model_skips_backtranslation_with_a_plain_sentence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("Un article.", encoding="utf-8")
    missing = tmp_path / "no-model"
    missing.mkdir()
    rc, out, _ = run_cli(["report", str(doc), "--model", str(missing), "--color", "never"], capsys)
    assert rc == 0
    assert f"Back-translation was skipped: could not load back-translation model '{missing}'" in out
    assert "--model" in out
    rc, _, err = run_cli(["report", str(doc), "--model", str(missing), "--require-backtranslation"], capsys)
    assert rc == 2 and err.startswith("mtcheck: error: could not load back-translation model")


def test_align_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    src, tgt = tmp_path / "s.txt", tmp_path / "t.txt"
    src.write_text(
        "OpenAI hired 500 people in 2023.\n\nIts valuation reached 80 billion dollars last month.\n"
        "Sam Altman said so on Monday.\n",
        encoding="utf-8",
    )
    tgt.write_text("OpenAI a embauché 500 personnes en 2023.\nSam Altman l'a dit lundi.\n", encoding="utf-8")
    rc, out, _ = run_cli(["align", str(src), str(tgt), "--presegmented"], capsys)
    report = json.loads(out)
    assert rc == 0 and report["unit"] == "line"
    # Line numbers, blank line 2 skipped; the valuation (line 3) has no translation.
    assert [(b["source"], b["target"]) for b in report["beads"]] == [([1], [1]), ([3], []), ([4], [2])]
    rc, out, _ = run_cli(["align", str(src), str(tgt), "--format", "tsv"], capsys)
    assert rc == 0 and out.splitlines()[1].split("\t")[:2] == ["2", ""]
    rc, _, err = run_cli(["align", str(src), str(tmp_path / "missing.txt")], capsys)
    assert rc == 2 and err.strip() == f"mtcheck: error: {tmp_path / 'missing.txt'}: no such file"