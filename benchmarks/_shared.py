"""Helpers for the benchmark scripts: where ../shared is, and how to time a command."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EVALDATA = SHARED / "evaldata"


def evaldata(*parts: str) -> Path:
    """A path under ../shared/evaldata, or exit with a clear message when it is absent."""
    path = EVALDATA.joinpath(*parts)
    if not path.exists():
        sys.exit(f"{path} is absent: put ../shared (evaluation data) beside the repository")
    return path


def news_pairs(name: str) -> list[tuple[str, str]]:
    """The English-French sentence pairs of a WMT newstest set or of NTREX-128 (its professional
    French), in the order of the file (articles stay together), empty lines left out."""
    if name == "NTREX-128":
        folder = evaldata("ntrex128_en_fr")
        en, fr = folder / "newstest2019-src.eng.txt", folder / "newstest2019-ref.fra.txt"
    else:
        folder = evaldata("wmt_newstest_en_fr")
        en, fr = folder / f"{name}.en", folder / f"{name}.fr"
    lines = zip(en.read_text(encoding="utf-8").splitlines(), fr.read_text(encoding="utf-8").splitlines(), strict=True)
    return [(e.strip(), f.strip()) for e, f in lines if e.strip() and f.strip()]


_PEAK_OF_CHILD = """
import os, sys
pid = os.fork()
if pid == 0:
    os.execvp(sys.argv[1], sys.argv[1:])
_, status, usage = os.wait4(pid, 0)
sys.stderr.write(f"\\n@peak_kib {usage.ru_maxrss}\\n")
sys.exit(os.waitstatus_to_exitcode(status))
"""
"""Runs the command in a child of a small Python process and prints that child's own peak memory.
``ru_maxrss`` of a direct child is useless here: a child started by vfork or fork inherits the
parent's high-water mark (this benchmark's parent may hold a whole model), so a fresh small
process forks the command instead."""


def timed(cmd: list[str]) -> tuple[float, float, subprocess.CompletedProcess[str]]:
    """Wall seconds, peak resident memory (MiB) of the command itself, and the finished process."""
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", _PEAK_OF_CHILD, *cmd], capture_output=True, text=True)
    wall = time.perf_counter() - t0
    head, _, tail = proc.stderr.rpartition("\n@peak_kib ")
    proc.stderr = head
    return wall, int(tail.split()[0]) / 1024 if tail else float("nan"), proc
