"""Throughput and memory of `mtcheck report --no-backtranslation`, and start-up time of --help.

Builds a corpus from the French sides of WMT newstest 2008-2012 (../shared/evaldata): consecutive
sentences grouped into 20-sentence documents, four sentences to a paragraph. The report runs twice
with a fresh cache directory: the first run computes everything, the second reads each document's
per-document stage results back (language, alignment, scores). Run:

    python benchmarks/report_speed.py
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from _shared import evaldata, timed

SETS = ["news-test2008", "newstest2009", "newstest2010", "newstest2011", "newstest2012"]
DOC_SIZE = 20


def build(folder: Path) -> int:
    sentences = []
    for name in SETS:
        sentences += evaldata("wmt_newstest_en_fr", f"{name}.fr").read_text(encoding="utf-8").splitlines()
    sentences = [s.strip() for s in sentences if s.strip()]
    for k in range(0, len(sentences), DOC_SIZE):
        chunk = sentences[k : k + DOC_SIZE]
        paragraphs = [" ".join(chunk[p : p + 4]) for p in range(0, len(chunk), 4)]
        (folder / f"doc{k // DOC_SIZE:05d}.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return len(sentences)


def main() -> None:
    mtcheck = shutil.which("mtcheck") or sys.exit("install mtcheck first: pip install -e .")
    starts = [timed([mtcheck, "--help"])[0] for _ in range(7)]
    print(f"mtcheck --help: median {statistics.median(starts):.3f} s over 7 runs")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "corpus").mkdir()
        n = build(folder / "corpus")
        cmd = [mtcheck, "report", str(folder / "corpus"), "--no-backtranslation", "--format", "json",
               "-o", str(folder / "out.json"), "--cache-dir", str(folder / "cache")]
        runs = []
        for _ in ("first", "second"):  # the second reads each document's stage results from the cache
            wall, peak, proc = timed(cmd)
            if proc.returncode not in (0, 1):
                sys.exit(f"mtcheck failed ({proc.returncode}): {proc.stderr}")
            runs.append((wall, peak))
        segments = __import__("json").loads((folder / "out.json").read_text())["summary"]["segments"]
    print(f"corpus: {n} input sentences in {(n + DOC_SIZE - 1) // DOC_SIZE} documents ({segments} segments after segmentation)")
    for label, (wall, peak) in zip(("empty cache", "second run"), runs, strict=True):
        print(f"report --no-backtranslation, {label}: {wall:.1f} s, {n / wall:.0f} sentences/s, peak memory {peak:.0f} MiB")


if __name__ == "__main__":
    main()
