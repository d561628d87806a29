"""Recall of the names checks on real machine translation, and their alarms on its human reference.

Data: ``../shared/evaldata/wmt12_en_fr_system_outputs_human_rankings``: newstest2012 (3,003
English sentences), the French of 15 WMT12 systems, and the human reference translation.

- *Gold names* are capitalised runs of the English (not a lone word opening its sentence) that the
  reference writes identically: names a human translator kept. They are found here, by a rule of
  this script's own, so that the benchmark does not share the blind spots of mtcheck's candidates.
- A *candidate error* is a gold name a system does not write identically in that sentence.
- ``benchmarks/data/wmt12_names_verified.tsv`` holds a sample of candidates drawn before any tuning
  (22 per system), each judged by hand against the source and the reference: an error of some kind
  (case, split, glued, misspelled, translated, garbled, replaced, missing), or ``ok`` (an accepted
  French form, a typographic convention, or no name at all).
- Systems are split once, before tuning: rules were written while reading the output of ``TUNE``
  only; ``HELD_OUT`` systems were labelled but never read for tuning, and their figures come first.

Each system's output is checked as a user would check it, as one corpus of 3,003 documents (one
per line, with its English source), through ``mtcheck.pipeline.run`` without back-translation;
the reference is checked the same way. A verified error counts as found when a names check (NE)
reports, in that sentence, a finding about that name (its suggestion or its evidence names it).
Printed: recall by kind and by system, held out first; the findings on verified non-errors; and
name findings per 1,000 sentences of the human reference, which keeps names right and so stands
for false alarms (it was also part of the pool ``names_challenge.py`` tuned on, so that figure is
not held out).

The human reference's own slips (a name it misspells where the source writes it right) are listed
in the same file; findings on them are counted apart, as no false alarms. ``--controls`` also
counts name findings on two human translations nobody read while the name alignment was written
(newstest2011, NTREX-128): held-out false alarms. ``--tuning-references`` counts them on the
references of newstest2010, 2009 and 2008, which rules may be tuned against, with those on the
references' own slips of names, read by hand (``benchmarks/data/wmt_reference_slips.tsv``), apart
(``--show`` prints the others).

``--precision`` prints, besides, how many of the findings on each system's output are real errors,
on a sample judged by hand (``names_precision.py``).

    python benchmarks/names_real_mt.py [--systems held|tune|all] [--controls] [--tuning-references]
                                        [--precision [--judge]] [--show N] [--candidates]
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import names_precision  # noqa: E402
from benchmarks._shared import evaldata  # noqa: E402
from mtcheck.config import Config  # noqa: E402
from mtcheck.entities.candidates import fold  # noqa: E402
from mtcheck.model import Finding  # noqa: E402
from mtcheck.pipeline import run  # noqa: E402

TUNE = ("Its-LATL", "PROMT_DeepHybrid", "jhu-hiero", "LIUM_EN-FR_12", "uedin-wmt12", "onlineB", "onlineD", "onlineF")
HELD_OUT = ("onlineA", "onlineC", "onlineE", "KIT_Phrase-Based_SMT_System", "LIMSI-Ncode-Constrained-Primary",
            "RWTH-Jane2-HPBT-constrained", "uk-dan-moses")  # fmt: skip
KINDS = ("case", "split", "glued", "misspelled", "translated", "garbled", "replaced", "missing")
LABELS = Path(__file__).resolve().parent / "data" / "wmt12_names_verified.tsv"
TUNING_SLIPS = Path(__file__).resolve().parent / "data" / "wmt_reference_slips.tsv"

_WORD = re.compile(r"[^\W_](?:[^\W_]|[-'’&](?=[^\W_]))*")
_LINK = re.compile(r" (?:of|of the|de|de la|del|du|d'|van|von|der|den|bin|al|da|di|y) ")
_INNER = frozenset("of de del du van von der al the".split())
_OPENERS = frozenset(
    "The A An In On At Of For To And But Or As By With From This That These Those It He She They We I You "
    "His Her Its Their Our My If When While After Before Since Mr Mrs Ms Dr So Yet Not No Yes All".split()
)


def read_data() -> tuple[list[str], list[str], dict[str, list[str]]]:
    """The English source, the human reference and each system's output, line by line (HTML
    entities, which some systems wrote, decoded)."""
    root = evaldata("wmt12_en_fr_system_outputs_human_rankings")
    source = (root / "newstest2012-src.en").read_text(encoding="utf-8").splitlines()
    reference = (root / "newstest2012-ref.fr").read_text(encoding="utf-8").splitlines()
    systems = {
        p.name.split("en-fr.", 1)[1]: [html.unescape(line).strip() for line in p.read_text(encoding="utf-8").splitlines()]
        for p in sorted((root / "system-outputs").iterdir())
    }
    return source, reference, systems


def _capitalised(word: str) -> bool:
    return word[0].isupper() or (word[0].islower() and any(c.isupper() for c in word[1:])) or (
        word[0].isdigit() and any(c.isalpha() for c in word))


def english_names(line: str) -> list[str]:
    """Runs of capitalised words (with "of", "de", "van"... and initials inside), without the
    function words that open them, and not a lone word opening the sentence."""
    out: list[str] = []
    run: list[re.Match[str]] = []

    def close() -> None:
        while run and run[0].group() in _OPENERS:
            run.pop(0)
        while run and not _capitalised(run[-1].group()):
            run.pop()
        if run and not all(m.group().isdigit() for m in run):
            opening = not any(ch.isalnum() for ch in line[: run[0].start()])
            if not (opening and len(run) == 1):
                out.append(line[run[0].start() : run[-1].end()])
        run.clear()

    for m in _WORD.finditer(line):
        word = m.group()
        if _capitalised(word) and not word.isdigit():
            if run:
                gap = line[run[-1].end() : m.start()]
                initial = gap == ". " and len(run[-1].group()) == 1
                if not (gap in (" ", "-") or initial or (_LINK.fullmatch(gap) and _capitalised(run[-1].group()))):
                    close()
            run.append(m)
        elif run and word in _INNER and line[run[-1].end() : m.start()] == " ":
            run.append(m)
        else:
            close()
    close()
    return out


def written(name: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


def gold_names(source: list[str], reference: list[str]) -> dict[int, list[str]]:
    """For each line (1-based) the names of the English that the reference writes identically."""
    out = {}
    for i, (en, fr) in enumerate(zip(source, reference, strict=True), 1):
        names = [n for n in dict.fromkeys(english_names(en)) if written(n, fr)]
        if names:
            out[i] = names
    return out


def candidates(gold: dict[int, list[str]], systems: dict[str, list[str]]) -> Iterable[tuple[str, int, str]]:
    for line, names in gold.items():
        for name in names:
            for system, output in systems.items():
                if not written(name, output[line - 1]):
                    yield system, line, name


def read_labels() -> list[tuple[str, int, str, str]]:
    """The verified sample: (system, line, name, kind); system ``reference`` marks the human
    reference's own slips (kind ``slip``), which a finding rightly reports."""
    rows = [r.split("\t") for r in LABELS.read_text(encoding="utf-8").splitlines() if r and not r.startswith("#")]
    return [(system, int(line), name, kind) for system, line, name, kind in rows]


def read_tuning_slips() -> dict[str, set[tuple[int, str]]]:
    """The tuning references' own slips of names, read by hand: {set: {(line, name)}}."""
    out: dict[str, set[tuple[int, str]]] = defaultdict(set)
    for row in TUNING_SLIPS.read_text(encoding="utf-8").splitlines():
        if row and not row.startswith("#"):
            name, line, source_name, *_ = row.split("\t")
            out[name].add((int(line), source_name))
    return out


def _on_slips(by_line: dict[int, list[Finding]], slips: set[tuple[int, str]]) -> int:
    """How many findings are about one of the reference's own listed slips."""
    return sum(1 for line, fs in by_line.items() for f in fs if any(at == line and about(f, n) for at, n in slips))


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def control_sets() -> dict[str, tuple[list[str], list[str]]]:
    """Human translations never read while the name alignment was written, as (source, reference):
    newstest2011 (the WMT set of the year before) and NTREX-128 (newstest2019's English translated
    into French for that corpus)."""
    wmt = evaldata("wmt_newstest_en_fr")
    ntrex = evaldata("ntrex128_en_fr")
    return {
        "newstest2011": (_lines(wmt / "newstest2011.en"), _lines(wmt / "newstest2011.fr")),
        "NTREX-128": (_lines(ntrex / "newstest2019-src.eng.txt"), _lines(ntrex / "newstest2019-ref.fra.txt")),
    }


def tuning_references() -> dict[str, tuple[list[str], list[str]]]:
    """The other human translations read while rules were written (newstest2010, 2009 and 2008),
    as (source, reference): false alarms a rule may be tuned against."""
    wmt = evaldata("wmt_newstest_en_fr")
    return {name: (_lines(wmt / f"{name}.en"), _lines(wmt / f"{name}.fr"))
            for name in ("newstest2010", "newstest2009", "news-test2008")}


def check(source: list[str], target: list[str], tmp: Path) -> tuple[dict[int, list[Finding]], float]:
    """mtcheck's names findings on one translation of the whole test set, by line, and the seconds taken."""
    path = tmp / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for i, (en, fr) in enumerate(zip(source, target, strict=True), 1):
            out.write(json.dumps({"id": f"L{i:04d}", "source": en, "target": fr}, ensure_ascii=False) + "\n")
    t0 = time.perf_counter()
    report = run(Config(paths=(str(path),), backtranslation=False, cache=False, progress=False))
    wall = time.perf_counter() - t0
    by_line: dict[int, list[Finding]] = defaultdict(list)
    for doc in report.corpus.documents:
        by_line[int(doc.id[1:])] = [f for f in doc.findings or () if f.code.startswith("NE")]
    return by_line, wall


def about(finding: Finding, name: str) -> bool:
    """Whether the finding is about ``name``: its suggestion or the name in its evidence is the
    name, or a part of it, or holds it."""
    key = fold(name)
    said = [finding.suggestion, finding.evidence.get("name"), finding.evidence.get("source_name")]
    return any(s and len(fold(s)) >= 2 and (fold(s) in key or key in fold(s)) for s in said)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--systems", choices=("held", "tune", "all"), default="all", help="which systems to check")
    parser.add_argument("--show", type=int, default=0, help="print N missed errors and N alarms on the reference")
    parser.add_argument("--candidates", action="store_true", help="print every candidate error (system, line, name) and stop")
    parser.add_argument("--controls", action="store_true",
                        help="also count name findings on human translations never read in tuning (newstest2011, NTREX-128)")
    parser.add_argument("--tuning-references", action="store_true",
                        help="also count (and, with --show, print) name findings on the tuning references newstest2008-2010")
    parser.add_argument("--precision", action="store_true",
                        help="also print precision on a judged sample of each system's findings (names_precision.py)")
    parser.add_argument("--judge", action="store_true", help="with --precision: print the sample's findings not judged yet")
    args = parser.parse_args()
    source, reference, systems = read_data()
    gold = gold_names(source, reference)
    if args.candidates:
        for row in candidates(gold, systems):
            print(*row, sep="\t")
        return
    labels = read_labels()
    wanted = {"held": HELD_OUT, "tune": TUNE, "all": HELD_OUT + TUNE}[args.systems]
    print(f"gold names: {sum(map(len, gold.values()))} in {len(gold)} of {len(source)} lines; "
          f"candidate errors: {sum(1 for _ in candidates(gold, systems))}; verified sample: "
          f"{sum(1 for r in labels if r[0] != 'reference')} "
          f"(and {sum(1 for r in labels if r[0] == 'reference')} slips of the reference)")
    found: dict[str, dict[int, list[Finding]]] = {}
    seconds: dict[str, float] = {}
    controls: dict[str, tuple[int, int]] = {}
    tuning: dict[str, tuple[dict[int, list[Finding]], int]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for system in wanted:
            found[system], seconds[system] = check(source, systems[system], Path(tmp))
        reference_found, reference_seconds = check(source, reference, Path(tmp))
        if args.controls:
            for name, (en, fr) in control_sets().items():
                by_line, _ = check(en, fr, Path(tmp))
                controls[name] = (sum(map(len, by_line.values())), len(fr))
        if args.tuning_references:
            for name, (en, fr) in tuning_references().items():
                tuning[name] = (check(en, fr, Path(tmp))[0], len(fr))
    missed: list[tuple[str, int, str, str]] = []
    for split, members in (("held out", HELD_OUT), ("tuned on", TUNE)):
        rows = [r for r in labels if r[0] in members and r[0] in found]
        if not rows:
            continue
        hits: Counter[str] = Counter()
        cases: Counter[str] = Counter()
        per_system: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        ok_flagged = ok_total = 0
        for system, line, name, kind in rows:
            hit = any(about(f, name) for f in found[system][line])
            if kind == "ok":
                ok_total += 1
                ok_flagged += hit
            elif kind in KINDS:
                cases[kind] += 1
                hits[kind] += hit
                per_system[system][0] += hit
                per_system[system][1] += 1
                if not hit:
                    missed.append((system, line, name, kind))
        total = sum(cases.values())
        print(f"\n{split} systems: recall {100 * sum(hits.values()) / total:.1f}% of {total} verified errors; "
              f"{ok_flagged} of {ok_total} verified non-errors flagged")
        kinds = [f"{k} {hits[k]}/{cases[k]} ({100 * hits[k] / cases[k]:.0f}%)" for k in KINDS if cases[k]]
        print("  by kind:   " + ", ".join(kinds))
        print("  by system: " + ", ".join(f"{s} {h}/{n}" for s, (h, n) in sorted(per_system.items())))
    if args.precision:
        unjudged = []
        for split, members in (("held out", HELD_OUT), ("tuned on", TUNE)):
            checked = [s for s in members if s in found]
            if checked:
                unjudged += names_precision.report(split, checked, found)
        if args.judge:
            names_precision.show(unjudged, source, systems, reference)
    alarms = [f for fs in reference_found.values() for f in fs]
    by_code = Counter(f.code for f in alarms)
    slips = {(line, name) for system, line, name, kind in labels if system == "reference" and kind == "slip"}
    on_slips = _on_slips(reference_found, slips)
    false = len(alarms) - on_slips
    print(f"\nhuman reference: {len(alarms)} name findings on {len(reference)} sentences "
          f"({1000 * len(alarms) / len(reference):.2f} per 1,000): " + ", ".join(f"{c} {n}" for c, n in sorted(by_code.items())))
    print(f"  of which {on_slips} on the reference's own verified slips; false alarms: {false} "
          f"({1000 * false / len(reference):.2f} per 1,000)")
    for name, (count, size) in controls.items():
        print(f"held-out human reference {name}: {count} name findings on {size} sentences ({1000 * count / size:.2f} per 1,000)")
    tuning_slips = read_tuning_slips()
    for name, (by_line, size) in tuning.items():
        count = sum(map(len, by_line.values()))
        own = _on_slips(by_line, tuning_slips[name])
        print(f"tuning reference {name}: {count} name findings on {size} sentences ({1000 * count / size:.2f} per 1,000); "
              f"{own} on its own listed slips, the rest {1000 * (count - own) / size:.2f} per 1,000")
    rates = ", ".join(f"{s} {1000 * sum(map(len, found[s].values())) / len(source):.0f}" for s in wanted)
    print(f"name findings per 1,000 sentences of each system: {rates}")
    print(f"seconds per run (3,003 documents, no back-translation): reference {reference_seconds:.1f}, "
          f"systems {min(seconds.values()):.1f}-{max(seconds.values()):.1f}")
    for system, line, name, kind in missed[: args.show]:
        print(f"  missed {kind:<10} {system} L{line} {name!r}")
    for f in alarms[: args.show]:
        print(f"  reference {f.doc_id} {f.code} {f.text!r}: {f.message}")
    for name, (by_line, _) in tuning.items():
        false_alarms = [f for line, fs in by_line.items() for f in fs
                        if not any(at == line and about(f, n) for at, n in tuning_slips[name])]
        for f in false_alarms[: args.show]:
            print(f"  {name} {f.doc_id} {f.code} {f.text!r}: {f.message}")


if __name__ == "__main__":
    main()
