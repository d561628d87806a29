"""Time per sentence as a corpus grows: one long document, and many short ones.

Sentences are the French sides of WMT newstest 2008-2012 (../shared/evaldata), repeated in order
as far as a size needs. Each size is reported as a user runs it (`mtcheck report --no-backtranslation
--no-cache`, a fresh process), so start-up is part of the time; the figure to read is the ratio of
the time per sentence at the largest size to the time at the smallest, which stays near 1 when every
stage and writer is linear (issue 25 asks for 2x at most at 100,000 sentences). Run:

    python benchmarks/scaling.py                 # 1,000 and 10,000 sentences (about 1 min)
    python benchmarks/scaling.py --sizes 1000 10000 100000    # about 10 min
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from _shared import evaldata, timed

SETS = ["news-test2008", "newstest2009", "newstest2010", "newstest2011", "newstest2012"]


def sentences(n: int) -> list[str]:
    """``n`` French sentences of newstest, repeated in order where the sets hold fewer."""
    root = evaldata("wmt_newstest_en_fr")
    pool = [s for name in SETS for s in (root / f"{name}.fr").read_text(encoding="utf-8").splitlines() if s.strip()]
    return [pool[i % len(pool)] for i in range(n)]


def write(folder: Path, lines: list[str], *, one_document: bool) -> None:
    """One document of paragraphs of five sentences, or documents of 20 sentences each."""
    folder.mkdir()
    if one_document:
        paragraphs = [" ".join(lines[i : i + 5]) for i in range(0, len(lines), 5)]
        (folder / "long.txt").write_text("\n".join(paragraphs) + "\n", encoding="utf-8")
        return
    for k in range(0, len(lines), 20):
        (folder / f"{k // 20:06d}.txt").write_text("\n".join(lines[k : k + 20]) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000], help="numbers of sentences")
    args = parser.parse_args()
    sizes = sorted(args.sizes)
    print(f"{'corpus':<32}" + "".join(f"{n:>14,}" for n in sizes) + f"{'largest/smallest':>20}")
    for one_document, label in ((True, "one document (ms/sentence)"), (False, "20-sentence docs (ms/sentence)")):
        per: list[float] = []
        for n in sizes:
            with tempfile.TemporaryDirectory() as tmp:
                folder = Path(tmp) / "corpus"
                write(folder, sentences(n), one_document=one_document)
                wall, _, proc = timed(["mtcheck", "report", str(folder), "--no-backtranslation", "--no-cache",
                                       "--format", "json", "-o", str(Path(tmp) / "r.json")])
                if proc.returncode not in (0, 1):
                    sys.exit(f"mtcheck failed on {n} sentences: {proc.stderr.strip()[-300:]}")
                per.append(1000 * wall / n)
        print(f"{label:<32}" + "".join(f"{p:>14.3f}" for p in per) + f"{per[-1] / per[0]:>20.2f}")


if __name__ == "__main__":
    main()
