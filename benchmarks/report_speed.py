"""Throughput and memory of `mtcheck report --no-backtranslation`, and start-up time of --help.

Builds a corpus from the French sides of WMT newstest 2008-2012 (../shared/evaldata): consecutive
sentences grouped into 20-sentence documents, four sentences to a paragraph. The report runs twice
with a fresh cache directory: the first run computes everything, the second reads each document's
per-document stage results back (language, alignment, scores). Run:

    python benchmarks/report_speed.py

``--compare REV`` times the report of another revision of mtcheck (a git worktree of REV, run with
this interpreter) against this checkout in the same run, twice each, alternating, on the corpus
above and on one with its English sources (newstest 2011-2012 as JSONL, 20 sentence pairs a
document), where the name alignment works: the "before and after" of a change. Both run with
``--jobs 1`` where they have the option, so that the ratio is the code's, not the cores'.

``--jobs-compare`` times ``--jobs 1`` against ``--jobs 2`` on those two corpora in one run,
alternating, and checks that the two reports are the same byte for byte. With ``--compare REV``
it times both revisions with one and two jobs, and prints each revision's speed-up.

``--rounds N`` (default 2) runs each variant of these comparisons N times, alternating, and keeps
the best: this machine is noisy, and one command can take a third longer from one minute to the
next.

``--pofilter`` times mtcheck (every default check, no back-translation, ``--jobs 1`` and ``--jobs
2``) against translate-toolkit's ``pofilter`` (all its default tests) on the same XLIFF file of
2,000 units, newstest2012's English and French, in one run, alternating, best of ``--rounds`` each;
with ``--compare REV``, REV's mtcheck too, in the same alternation.

Every mode first compiles the bytecode of each checkout it times (``compileall``), as pip does for
an installed package and Python does on a checkout's first run: where ``PYTHONDONTWRITEBYTECODE``
is set (this machine sets it), every run would otherwise compile mtcheck's modules again, about
0.2 s that no user's run and no pofilter run spends.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

from _shared import evaldata, timed

SETS = ["news-test2008", "newstest2009", "newstest2010", "newstest2011", "newstest2012"]
DOC_SIZE = 20


def compiled(checkout: Path) -> None:
    """Write the bytecode of the checkout's ``mtcheck`` package, as an installed package has it."""
    if not compileall.compile_dir(checkout / "mtcheck", quiet=1):
        sys.exit(f"{checkout / 'mtcheck'}: some modules do not compile")


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


def build_pairs(path: Path) -> int:
    """newstest 2011-2012 with their English sources, 20 sentence pairs a document, as JSONL."""
    pairs = []
    for name in ("newstest2011", "newstest2012"):
        en = evaldata("wmt_newstest_en_fr", f"{name}.en").read_text(encoding="utf-8").splitlines()
        fr = evaldata("wmt_newstest_en_fr", f"{name}.fr").read_text(encoding="utf-8").splitlines()
        pairs += [(e.strip(), f.strip()) for e, f in zip(en, fr, strict=True) if e.strip() and f.strip()]
    with path.open("w", encoding="utf-8") as out:
        for k in range(0, len(pairs), DOC_SIZE):
            chunk = pairs[k : k + DOC_SIZE]
            source, target = " ".join(e for e, _ in chunk), " ".join(f for _, f in chunk)
            doc = {"id": f"d{k // DOC_SIZE:04d}", "source": source, "target": target}
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return len(pairs)


ROOT = Path(__file__).resolve().parent.parent
_RUN_MODULE = "import runpy, sys; sys.path.insert(0, sys.argv.pop(1)); runpy.run_module('mtcheck', run_name='__main__')"
"""Each checkout's ``python -m mtcheck``, as its users run it, with this interpreter."""


def mtcheck_of(checkout: Path) -> list[str]:
    """The command that runs ``checkout``'s mtcheck."""
    return [sys.executable, "-c", _RUN_MODULE, str(checkout)]


def knows_jobs(checkout: Path) -> bool:
    """Whether ``checkout``'s mtcheck has ``--jobs``."""
    return "--jobs" in subprocess.run([*mtcheck_of(checkout), "report", "--help"], capture_output=True, text=True).stdout


@contextmanager
def worktree(rev: str, folder: Path) -> Iterator[Path]:
    """A git worktree of ``rev`` in ``folder``, its bytecode compiled, removed on the way out."""
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(folder), rev], check=True, capture_output=True)
    try:
        compiled(folder)
        yield folder
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(folder)], capture_output=True)


def compare(rev: str, rounds: int, jobs: tuple[str, ...] = ("1",)) -> None:
    """This checkout against ``rev``, in one run, alternating; with ``jobs`` ("1", "2"), each
    revision with each number of jobs, and each revision's speed-up."""
    with tempfile.TemporaryDirectory() as tmp, worktree(rev, Path(tmp) / "old") as old:
        folder = Path(tmp)
        (folder / "corpus").mkdir()
        sizes = {"targets only": build(folder / "corpus"), "with sources": build_pairs(folder / "pairs.jsonl")}
        inputs = {"targets only": folder / "corpus", "with sources": folder / "pairs.jsonl"}
        has_jobs = {checkout: knows_jobs(checkout) for checkout in (old, ROOT)}
        if len(jobs) > 1 and not has_jobs[old]:
            sys.exit(f"{rev} has no --jobs to compare")
        times: dict[tuple[str, str, str], list[float]] = {}
        for _ in range(rounds):
            for label, checkout in (("before", old), ("after", ROOT)):
                for n_jobs in jobs if has_jobs[checkout] else ("1",):
                    for corpus, path in inputs.items():
                        cmd = [*mtcheck_of(checkout), "report", str(path), "--no-backtranslation",
                               "--no-cache", "--format", "json", "-o", os.devnull,
                               *(["--jobs", n_jobs] if has_jobs[checkout] else [])]
                        wall, _, proc = timed(cmd)
                        if proc.returncode not in (0, 1):
                            sys.exit(f"{label} failed ({proc.returncode}): {proc.stderr[-2000:]}")
                        times.setdefault((label, n_jobs, corpus), []).append(wall)
    for corpus, n in sizes.items():
        for n_jobs in jobs:
            before, after = min(times[("before", n_jobs, corpus)]), min(times[("after", n_jobs, corpus)])
            print(f"{corpus} ({n} sentences), --jobs {n_jobs}: before ({rev}) {before:.1f} s, {n / before:.0f}/s; "
                  f"after {after:.1f} s, {n / after:.0f}/s; after/before {after / before:.2f}")
        if len(jobs) == 2:
            speed_ups = [min(times[(label, "1", corpus)]) / min(times[(label, "2", corpus)]) for label in ("before", "after")]
            print(f"{corpus}: speed-up of --jobs 2, before {speed_ups[0]:.2f}, after {speed_ups[1]:.2f}")


def compare_jobs(rounds: int) -> None:
    """``--jobs 1`` against ``--jobs 2``, in one run, alternating; the reports must be the same."""
    mtcheck = shutil.which("mtcheck") or sys.exit("install mtcheck first: pip install -e .")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "corpus").mkdir()
        sizes = {"targets only": build(folder / "corpus"), "with sources": build_pairs(folder / "pairs.jsonl")}
        inputs = {"targets only": folder / "corpus", "with sources": folder / "pairs.jsonl"}
        times: dict[tuple[str, str], list[float]] = {}
        for _ in range(rounds):
            for jobs in ("1", "2"):
                for corpus, path in inputs.items():
                    out = folder / f"{corpus}.{jobs}.json"
                    wall, _, proc = timed([mtcheck, "report", str(path), "--no-backtranslation", "--no-cache",
                                           "--format", "json", "-o", str(out), "--jobs", jobs])
                    if proc.returncode not in (0, 1):
                        sys.exit(f"--jobs {jobs} failed ({proc.returncode}): {proc.stderr[-2000:]}")
                    times.setdefault((jobs, corpus), []).append(wall)
        for corpus, n in sizes.items():
            one, two = min(times[("1", corpus)]), min(times[("2", corpus)])
            same = (folder / f"{corpus}.1.json").read_bytes() == (folder / f"{corpus}.2.json").read_bytes()
            print(f"{corpus} ({n} sentences): --jobs 1 {one:.1f} s, {n / one:.0f}/s; --jobs 2 {two:.1f} s, "
                  f"{n / two:.0f}/s; speed-up {one / two:.2f}; reports {'identical' if same else 'DIFFERENT'}")


def against_pofilter(rounds: int, rev: str | None = None, units: int = 2000) -> None:
    """mtcheck and pofilter on one XLIFF file of ``units`` sentence pairs, in one run; with ``rev``,
    that revision's mtcheck too, in the same alternation."""
    from xml.sax.saxutils import escape

    pofilter = shutil.which("pofilter") or sys.exit("pofilter (translate-toolkit) is not installed")
    en = evaldata("wmt_newstest_en_fr", "newstest2012.en").read_text(encoding="utf-8").splitlines()
    fr = evaldata("wmt_newstest_en_fr", "newstest2012.fr").read_text(encoding="utf-8").splitlines()
    pairs = [(e.strip(), f.strip()) for e, f in zip(en, fr, strict=True) if e.strip() and f.strip()][:units]
    body = "".join(f'<trans-unit id="u{k}"><source>{escape(e)}</source><target>{escape(f)}</target></trans-unit>\n'
                   for k, (e, f) in enumerate(pairs, 1))
    with tempfile.TemporaryDirectory() as tmp, ExitStack() as stack:
        xlf = Path(tmp) / "newstest2012.xlf"
        xlf.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" '
                       'xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" target-language="fr" '
                       f'datatype="plaintext" original="newstest2012"><body>\n{body}</body></file></xliff>\n', encoding="utf-8")
        checkouts = {"mtcheck": ROOT}
        if rev:
            checkouts[f"mtcheck {rev}"] = stack.enter_context(worktree(rev, Path(tmp) / "old"))
        commands = {"pofilter (all default tests)": [pofilter, "--progress=none", str(xlf), str(Path(tmp) / "out.xlf")]}
        for label, checkout in checkouts.items():
            for jobs in ("1", "2"):
                commands[f"{label} --jobs {jobs}"] = [*mtcheck_of(checkout), "report", str(xlf), "--no-backtranslation",
                                                      "--no-cache", "--format", "json", "-o", os.devnull, "--jobs", jobs]
        times: dict[str, list[float]] = {}
        for _ in range(rounds):
            for label, cmd in commands.items():
                wall, _, proc = timed(cmd)
                if proc.returncode not in (0, 1):
                    sys.exit(f"{label} failed ({proc.returncode}): {proc.stderr[-2000:]}")
                times.setdefault(label, []).append(wall)
    base = min(times["pofilter (all default tests)"])
    for label, walls in times.items():
        best = min(walls)
        print(f"{label}: {best:.1f} s, {len(pairs) / best:.0f} units/s, {best / base:.2f}x pofilter's time")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compare", metavar="REV", help="time this revision of mtcheck against the checkout, in one run")
    parser.add_argument("--jobs-compare", action="store_true",
                        help="time --jobs 1 against --jobs 2, in one run (with --compare: for both revisions)")
    parser.add_argument("--pofilter", action="store_true", help="time mtcheck against pofilter on 2,000 XLIFF units")
    parser.add_argument("--rounds", type=int, default=2, metavar="N",
                        help="with the three above: runs of each variant, alternating; the best counts (default 2)")
    args = parser.parse_args()
    compiled(Path(__file__).resolve().parent.parent)
    if args.pofilter:
        against_pofilter(args.rounds, args.compare)
        return
    if args.compare:
        compare(args.compare, args.rounds, ("1", "2") if args.jobs_compare else ("1",))
        return
    if args.jobs_compare:
        compare_jobs(args.rounds)
        return
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
