"""Precision of the names checks on real machine translation: of what mtcheck reports on a system's
output, how much is a real error of a name.

``names_real_mt.py`` measures recall on verified errors, and alarms on the human reference, which
stands for false alarms but is itself a translation with slips of its own, and which no MT system
writes. This measures what a user of mtcheck on MT output reads: a sample of the findings on each
system's output, judged by hand.

- The sample is each system's ``SAMPLE`` findings whose key (system, line, name) hashes lowest, so
  that a change of the code adds or drops single findings without drawing another sample.
- ``benchmarks/data/wmt12_names_findings_judged.tsv`` holds the judgements: ``error`` (the name is
  damaged in the output where the finding points) or ``no error``, and whether the finding's
  suggestion is the right fix. Judged by reading the source, the output and the human reference;
  held-out systems' findings were judged once, after the round's code was final, and never read
  for tuning.
- A finding of the sample that is not judged yet is counted apart; ``--judge`` prints them, with
  their sentences, for a person to judge.

    python benchmarks/names_real_mt.py --precision [--systems held|tune|all] [--judge]
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from mtcheck.model import Finding

JUDGED = Path(__file__).resolve().parent / "data" / "wmt12_names_findings_judged.tsv"
SAMPLE = 8
"""Findings judged per system."""


def key(finding: Finding) -> str:
    """What a judgement is about: the name the finding suggests, or the text it flags."""
    return finding.suggestion or str(finding.evidence.get("name") or finding.text)


def read_judged() -> dict[tuple[str, int, str], tuple[str, str]]:
    """{(system, line, name): (verdict, fix)}."""
    out = {}
    for row in JUDGED.read_text(encoding="utf-8").splitlines():
        if row and not row.startswith("#"):
            system, line, name, verdict, fix, *_ = row.split("\t")
            out[(system, int(line), name)] = (verdict, fix)
    return out


def sample(system: str, by_line: dict[int, list[Finding]]) -> list[tuple[int, Finding]]:
    """The system's ``SAMPLE`` findings of lowest hash, one per key, in line order."""
    keyed = {(line, key(f)): f for line, fs in by_line.items() for f in fs}
    lowest = sorted(keyed, key=lambda k: hashlib.sha1(f"{system}\t{k[0]}\t{k[1]}".encode()).hexdigest())[:SAMPLE]
    return [(line, keyed[(line, name)]) for line, name in sorted(lowest)]


def report(split: str, systems: Sequence[str], found: dict[str, dict[int, list[Finding]]]) -> list[tuple[str, int, Finding]]:
    """Print precision on the judged sample of ``systems``; return the sample's findings not judged yet."""
    judged = read_judged()
    counts: Counter[str] = Counter()
    per_system = []
    unjudged = []
    for system in systems:
        verdicts = Counter()
        for line, f in sample(system, found[system]):
            verdict = judged.get((system, line, key(f)))
            if verdict is None:
                unjudged.append((system, line, f))
                continue
            verdicts[verdict[0]] += 1
            verdicts["right fix"] += verdict[0] == "error" and verdict[1] == "right"
        counts.update(verdicts)
        per_system.append(f"{system} {verdicts['error']}/{verdicts['error'] + verdicts['no error']}")
    judged_n = counts["error"] + counts["no error"]
    if not judged_n:
        print(f"\n{split} systems: no finding of the sample judged yet ({len(unjudged)} to judge: --judge)")
        return unjudged
    print(f"\n{split} systems: precision {100 * counts['error'] / judged_n:.1f}% ({counts['error']} of {judged_n} judged "
          f"findings are errors of a name; {len(unjudged)} of the sample not judged); the suggestion is the right fix "
          f"for {counts['right fix']} of the {counts['error']}")
    print("  by system: " + ", ".join(per_system))
    return unjudged


def show(unjudged: list[tuple[str, int, Finding]], source: list[str], outputs: dict[str, list[str]],
         reference: list[str]) -> None:
    """Print each unjudged finding with its sentences, for a person to judge (``--judge``)."""
    for system, line, f in unjudged:
        print(f"--- {system}\t{line}\t{key(f)}\t|| {f.code} {f.message}")
        print(f"  EN: {source[line - 1]}\n  MT: {outputs[system][line - 1]}\n  RF: {reference[line - 1]}")
