"""Helpers for the benchmark scripts: where ../shared is, and how to time a command."""

from __future__ import annotations

import resource
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


def timed(cmd: list[str]) -> tuple[float, float, subprocess.CompletedProcess[str]]:
    """Wall seconds, peak resident memory (MiB) of the child, and the finished process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return wall, max(peak, before) / 1024, proc
