"""Every check's own passing and failing examples, and the stability of the registry."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mtcheck.checks import ALL_CHECKS, Check, resolve, select_checks
from mtcheck.errors import ConfigError
from mtcheck.fix import apply
from mtcheck.model import Severity
from tests.conftest import findings_of

REGISTRY = Path(__file__).resolve().parent.parent / "check_registry.json"


def _run(check: type[Check], example: str | tuple, tmp_path: Path) -> list:
    """A target, a (source, target) pair, or (source, target, back-translations) for BT checks;
    with the check's example termbase, if it has one."""
    termbase = None
    if check.example_termbase:
        path = tmp_path / "termbase.tsv"
        path.write_text(check.example_termbase, encoding="utf-8")
        termbase = str(path)
    if isinstance(example, str):
        return findings_of(check, example, termbase=termbase)
    return findings_of(check, example[1], example[0], termbase=termbase,
                       backtranslations=example[2] if len(example) > 2 else None)


CASES = [
    pytest.param(check, example, expect, id=f"{check.code}-{kind}{i}")
    for check in ALL_CHECKS
    for kind, examples, expect in (("fail", check.examples_fail, True), ("pass", check.examples_pass, False))
    for i, example in enumerate(examples)
]


@pytest.mark.parametrize(("check", "example", "expect"), CASES)
def test_check_examples(check: type[Check], example: str | tuple[str, str], expect: bool, tmp_path: Path) -> None:
    findings = _run(check, example, tmp_path)
    assert bool(findings) is expect, findings
    target = example[1] if isinstance(example, tuple) else example
    for f in findings:
        assert f.text == target[f.start : f.end]
        assert f.code == check.code and f.message and not f.message.endswith(".")


def test_registry_is_stable() -> None:
    recorded = json.loads(REGISTRY.read_text(encoding="utf-8"))
    current = {c.code: {"name": c.name, "status": c.status} for c in ALL_CHECKS}
    for code, entry in recorded.items():
        assert code in current, f"check {code} disappeared; keep it with status 'removed'"
        assert current[code]["name"] == entry["name"], f"{code} was renamed; add the old name to aliases"
    assert set(current) == set(recorded), "new check: add it to tests/check_registry.json"


def test_codes_and_names_are_unique() -> None:
    assert len({c.code for c in ALL_CHECKS}) == len(ALL_CHECKS)
    assert len({c.name for c in ALL_CHECKS}) == len(ALL_CHECKS)


def test_malformed_check_cannot_be_defined() -> None:
    with pytest.raises(TypeError, match="What it does"):

        class Bad(Check):
            """Summary only."""

            code, name, category, severity = "ZZ001", "bad", "typography", Severity.INFO
            examples_fail = ("x",)
            examples_pass = ("y",)


def test_selectors() -> None:
    assert [c.code for c in resolve("TR00")][:2] == ["TR001", "TR002"]
    assert {c.code for c in resolve("duplication")} == {"DU001", "DU002"}
    default = {c.code for c in select_checks()}
    assert "FM001" not in default and "TR001" in default
    assert "FM001" in {c.code for c in select_checks(extend_select=["french-spacing"])}
    only = {c.code for c in select_checks(select=["ALL"], ignore=["FM", "TR001"])}
    assert "TR001" not in only and "FM003" not in only and "TR002" in only
    # The most specific selector wins, whatever the order of the flags.
    assert {c.code for c in select_checks(select=["FM"], ignore=["ALL", "FM001"])} == {"FM002", "FM003", "FM004"}
    with pytest.raises(ConfigError, match="did you mean"):
        resolve("untranslatd")


@pytest.mark.parametrize("check", ALL_CHECKS, ids=lambda c: c.code)
def test_fix_safety_matches_what_the_examples_get(check: type[Check], tmp_path: Path) -> None:
    """`mtcheck rules` shows each check's fix_safety: a "safe" check's failing examples get certain
    fixes, and applying them leaves nothing for the check to flag; a "suggested" check's get fixes
    a person reviews; a "none" check's get none."""
    found = [(example, f) for example in check.examples_fail for f in _run(check, example, tmp_path)]
    kinds = {("safe" if f.fix.safe else "suggested") if f.fix else "none" for _, f in found}
    assert check.fix_safety in kinds, kinds
    if check.fix_safety != "safe":
        assert "safe" not in kinds
        return
    for example, _ in found:
        target = example[1] if isinstance(example, tuple) else example
        edits = [e for f in _run(check, example, tmp_path) if f.fix and f.fix.safe for e in f.fix.edits]
        fixed = apply(target, edits)
        again = (fixed if isinstance(example, str) else (example[0], fixed, *example[2:]))
        assert not [f for f in _run(check, again, tmp_path) if f.fix and f.fix.safe], fixed
