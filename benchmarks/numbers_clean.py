"""False alarms of NU001 (number-mismatch) on clean human translations outside its test set.

``numbers_changed.py`` measures NU001 on WMT newstest and NTREX-128, whose news the rules were tuned
on (all but its held-out sets). This script runs the same check, with pofilter's ``numbers`` test
beside it in the same run, on the other human translations of ../shared/evaldata that
``names_clean.py`` reads: other domains and registers (COVID-19 texts, everyday sentences,
scientific articles, questions about works, spontaneous dialogue), both directions where the set
has them, and each other set reversed (its French taken as the source of its English). NTREX-128's
Canadian French is left out: its English is the held-out set's source.

Every alarm here is on a human translation, so it is a false alarm or the translation's own slip;
printed per set: pairs, pairs mtcheck flags and pairs pofilter fails, per 1,000, and (``--show N``)
mtcheck's first N alarms with their sources, so a reader can judge them.

    python benchmarks/numbers_clean.py [--show N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.names_clean import sets  # noqa: E402
from benchmarks.numbers_changed import mtcheck_findings, pofilter_fails  # noqa: E402


def _both_ways(found):  # type: ignore[no-untyped-def]
    """Each set as it is, then reversed (its translation taken as the source), since NU001 reads both
    languages: a set already given both ways (DiaBLa) is not reversed again."""
    for name, (pairs, source_lang, target_lang) in found.items():
        yield name, (pairs, source_lang, target_lang), True
    for name, (pairs, source_lang, target_lang) in found.items():
        if not name.startswith("DiaBLa"):
            yield name, ([(t, s) for s, t in pairs], target_lang, source_lang), False


def main() -> None:
    from translate.filters.checks import StandardChecker

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print N alarms of mtcheck per set")
    args = parser.parse_args()
    checker = StandardChecker()
    print(f"{'set':<32}{'pairs':>8}{'mtcheck':>9}{'per 1,000':>11}{'pofilter':>10}{'per 1,000':>11}{'mtcheck s':>11}")
    totals = [0, 0, 0]
    with tempfile.TemporaryDirectory() as tmp:
        for name, (pairs, source_lang, target_lang), forward in _both_ways(sets()):
            if name.startswith("NTREX"):
                continue
            if not forward:
                name = f"{name} (reversed)"
            records = [{"id": f"p{i}", "source": s, "target": t} for i, (s, t) in enumerate(pairs)]
            t0 = time.perf_counter()
            spans = mtcheck_findings(records, source_lang, target_lang, Path(tmp))
            seconds = time.perf_counter() - t0
            flagged = [r for r in records if spans.get(r["id"])]
            failed = sum(pofilter_fails(r["source"], r["target"], checker) for r in records)
            n = len(records)
            totals = [totals[0] + n, totals[1] + len(flagged), totals[2] + failed]
            print(f"{name:<32}{n:>8}{len(flagged):>9}{1000 * len(flagged) / n:>11.2f}{failed:>10}"
                  f"{1000 * failed / n:>11.2f}{seconds:>11.1f}")
            for r in flagged[: args.show]:
                print(f"    {[r['target'][s:e] for s, e in spans[r['id']]]}: {r['target'][:200]!r}\n"
                      f"        source: {r['source'][:200]!r}")
    n, mt, po = totals
    print(f"{'all':<32}{n:>8}{mt:>9}{1000 * mt / n:>11.2f}{po:>10}{1000 * po / n:>11.2f}")


if __name__ == "__main__":
    main()
