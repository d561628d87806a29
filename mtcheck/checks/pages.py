"""One documentation page per check, generated from the check itself (like ruff's rule pages).

A page is the check's docstring cut into its sections, its settings, whether ``mtcheck fix``
applies its fixes, and the examples the test suite runs on it, so a page cannot promise what the
check does not do. ``python -m mtcheck.checks.pages docs/rules`` rewrites the pages and their
index; a test fails when the files on disk differ from what the code generates. SARIF's
``helpUri`` and ``mtcheck explain`` point at these pages.
"""

from __future__ import annotations

import inspect
import re
import sys
from pathlib import Path

from mtcheck.checks import ALL_CHECKS, FAMILIES, Check
from mtcheck.checks.base import DOC_SECTIONS

RULES_URL = "https://github.com/mtcheck/mtcheck/blob/main/docs/rules"
"""Where the pages are published: the repository's docs/rules folder."""

_MODEL_STAGES = {"segment_scores", "scores"}
"""What a check reads that only back-translation gives: it is silent without a model."""
_FIX = {
    "safe": "certain fixes: `mtcheck fix` applies them where the finding marks its fix certain",
    "suggested": "suggested fixes, for a person to review; `mtcheck fix` lists them and leaves them",
    "none": "no fix: the finding says what to look at",
}


def url(check: type[Check]) -> str:
    """The address of a check's page."""
    return f"{RULES_URL}/{check.code}.md"


def sections(check: type[Check]) -> dict[str, str]:
    """The docstring's summary and its labelled sections, each one paragraph of text."""
    doc = inspect.cleandoc(check.__doc__ or "")
    summary, _, body = doc.partition("\n\n")
    labels = "|".join(re.escape(s) for s in DOC_SECTIONS)
    parts = re.split(rf"(?m)^({labels})", body)
    out = {"summary": " ".join(summary.split())}
    for label, text in zip(parts[1::2], parts[2::2], strict=True):
        text = " ".join(text.split())
        out[label.rstrip(":")] = text[:1].upper() + text[1:]
    return out


def page(check: type[Check]) -> str:
    """The Markdown page of one check."""
    parts = sections(check)
    on = "on by default" if check.default and check.status == "stable" else "off by default: `--extend-select " + check.code + "`"
    lines = [
        f"# {check.code} {check.name}",
        "",
        f"{parts['summary']}",
        "",
        "| | |",
        "|---|---|",
        f"| category | `{check.category}` |",
        f"| severity | {check.severity.value} |",
        f"| status | {check.status}, {on} |",
        f"| fix | {_FIX[check.fix_safety]} |",
        *(["| needs | back-translation (a model); without one it is silent |"] if _MODEL_STAGES & set(check.requires) else []),
        f"| family | {check.code[:2]}: {FAMILIES.get(check.code[:2], '')} |",
        *([f"| aliases | {', '.join(check.aliases)} |"] if check.aliases else []),
        "",
    ]
    for label in ("What it does", "Why it matters", "Example", "Known limitations"):
        lines += [f"## {label}", "", parts.get(label, ""), ""]
    lines += ["## Examples the tests run", ""]
    lines += _examples("Flagged", check.examples_fail) + _examples("Not flagged", check.examples_pass)
    if check.example_termbase:
        lines += ["With this termbase:", "", "```tsv", check.example_termbase.rstrip("\n"), "```", ""]
    lines += [
        "## Settings",
        "",
        f"- Run only this check: `mtcheck report --select {check.code} PATH`; leave it out: `--ignore {check.code}`.",
        f"- Change its severity: `--severity {check.code}=info` or, in `mtcheck.toml`, "
        f"`severity = {{ {check.code} = \"info\" }}`.",
        f"- What to do about a finding: {check.help or parts['summary']}",
        "",
    ]
    return "\n".join(lines)


def _examples(title: str, examples: tuple[object, ...]) -> list[str]:
    out = [f"{title}:", ""]
    for example in examples:
        if isinstance(example, str):
            out += ["```text", example, "```"]
        else:
            source, target, *rest = example  # type: ignore[misc]
            out += ["```text", f"source:      {source}", f"translation: {target}"]
            out += [f"back-translation: {bt}" for bt in (rest[0] if rest else ())]
            out += ["```"]
    return [*out, ""]


def index() -> str:
    """The index page: every check, by family, with its summary."""
    lines = ["# Checks", "", "Generated from the code by `python -m mtcheck.checks.pages docs/rules`; "
             "`mtcheck rules` prints the same list.", ""]
    for family, title in FAMILIES.items():
        checks = [c for c in ALL_CHECKS if c.code.startswith(family)]
        if not checks:
            continue
        lines += [f"## {family}: {title}", "", "| code | name | severity | fix | summary |", "|---|---|---|---|---|"]
        lines += [
            f"| [{c.code}]({c.code}.md) | {c.name} | {c.severity.value} | {'' if c.fix_safety == 'none' else c.fix_safety} "
            f"| {c.summary()} |"
            for c in checks
        ]
        lines.append("")
    return "\n".join(lines)


def pages() -> dict[str, str]:
    """File name -> content of every page and the index."""
    return {"README.md": index(), **{f"{c.code}.md": page(c) for c in ALL_CHECKS}}


def main(folder: str) -> None:
    """Rewrite the pages in ``folder`` and remove pages of checks that no longer exist."""
    root = Path(folder)
    root.mkdir(parents=True, exist_ok=True)
    wanted = pages()
    for old in root.glob("*.md"):
        if old.name not in wanted:
            old.unlink()
    for name, text in wanted.items():
        (root / name).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs/rules")
