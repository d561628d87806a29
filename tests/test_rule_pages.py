"""The check pages in docs/rules are what the code generates: a docstring, an example or a fix
safety changed without rewriting the pages fails here."""

from __future__ import annotations

from pathlib import Path

from mtcheck.checks import ALL_CHECKS
from mtcheck.checks.pages import page, pages, sections, url
from tests.conftest import ROOT, run_cli

RULES = ROOT / "docs" / "rules"


def test_pages_on_disk_are_the_generated_ones() -> None:
    wanted = pages()
    on_disk = {p.name: p.read_text(encoding="utf-8") for p in RULES.glob("*.md")}
    stale = sorted(name for name in wanted if on_disk.get(name) != wanted[name])
    extra = sorted(set(on_disk) - set(wanted))
    assert not stale and not extra, (
        f"docs/rules is out of step (stale: {stale}, extra: {extra}); run python -m mtcheck.checks.pages docs/rules")


def test_every_page_has_its_sections_and_examples() -> None:
    for check in ALL_CHECKS:
        parts = sections(check)
        for label in ("What it does", "Why it matters", "Example", "Known limitations"):
            assert parts.get(label), f"{check.code}: empty '{label}'"
        text = page(check)
        example = check.examples_fail[0]
        assert (example if isinstance(example, str) else example[1]).splitlines()[0] in text
        assert "| fix | " in text and check.summary() in text


def test_explain_and_sarif_link_to_the_page(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import json

    check = next(c for c in ALL_CHECKS if c.code == "NE001")
    status, out, _ = run_cli(["explain", "NE001"], capsys)
    assert status == 0 and out.rstrip().endswith(url(check)) and "fix: safe" in out.splitlines()[0]
    assert (RULES / Path(url(check)).name).is_file()
    sarif = tmp_path / "r.sarif"
    run_cli(["report", str(ROOT / "corpora"), "--no-backtranslation", "--format", "sarif", "-o", str(sarif)], capsys)
    rules = json.loads(sarif.read_text(encoding="utf-8"))["runs"][0]["tool"]["driver"]["rules"]
    assert rules and all(r["helpUri"].endswith(f"/docs/rules/{r['id']}.md") for r in rules)
