"""The tables made from GPL dictionaries may be deleted by a distributor who cannot ship GPL data:
mtcheck then runs, and knows fewer translated words."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import mtcheck
from mtcheck.data import GPL_TABLES


def test_mtcheck_runs_without_the_gpl_tables(tmp_path: Path) -> None:
    package = Path(mtcheck.__file__).parent
    copy = tmp_path / "site" / "mtcheck"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__"))
    for name in GPL_TABLES:
        (copy / "data" / name).unlink()
    corpus = tmp_path / "feed.jsonl"
    pair = {"id": "a", "source": "The band Kowalski Beacon plays.", "target": "Le groupe Kowalski Balise joue."}
    corpus.write_text(json.dumps(pair, ensure_ascii=False) + "\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "mtcheck", "report", str(corpus), "--format", "json", "--no-backtranslation"],
                          capture_output=True, text=True, cwd=tmp_path, env={"PYTHONPATH": str(copy.parent), "PATH": ""})
    assert done.returncode in (0, 1), done.stderr
    report = json.loads(done.stdout)
    codes = [f["code"] for d in report["documents"] for f in d["findings"]]
    assert "NE004" not in codes  # the word only Apertium's table knows is no longer seen translated


def test_boilerplate_patterns_are_written_in_lowercase() -> None:
    """BP001 matches them on lowercased paragraphs: a capital letter outside an escape would never match."""
    from mtcheck.data import load_lines

    for pattern in load_lines("boilerplate.txt"):
        assert re.sub(r"\\.", "", pattern) == re.sub(r"\\.", "", pattern).lower(), pattern
