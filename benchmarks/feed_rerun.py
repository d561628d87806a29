"""First and second `mtcheck report` over a 2,000-item feed pair: what the cache saves in CI.

An English RSS feed and its French feed of 2,000 items each (title + two sentences of WMT
newstest 2009-2012, French and English sides, items paired by guid) are checked twice with the
same cache directory, back-translating with a random model of opus-mt-fr-en's shape converted to
CTranslate2 int8 (the fast backend; its output is gibberish, its cost is the real model's for
outputs of 32 tokens). The second run reads every back-translation from the cache.

    python benchmarks/feed_rerun.py [--items 2000]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from html import escape
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks._shared import evaldata, timed  # noqa: E402
from benchmarks.backtranslation_speed import build_opus_shaped  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=2000)
    args = parser.parse_args()
    fr, en = [], []
    for year in (2009, 2010, 2011, 2012):
        fr += evaldata("wmt_newstest_en_fr", f"newstest{year}.fr").read_text(encoding="utf-8").splitlines()
        en += evaldata("wmt_newstest_en_fr", f"newstest{year}.en").read_text(encoding="utf-8").splitlines()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        corpus = work / "feeds"
        corpus.mkdir()
        for lang, lines in (("en", en), ("fr", fr)):
            (corpus / f"news.{lang}.rss").write_text(_feed(lines, args.items, lang), encoding="utf-8")
        t0 = time.perf_counter()
        _, ct2 = build_opus_shaped(work, fr[-6000:] + en[-6000:])
        print(f"built the random opus-mt-fr-en-shaped model (int8) in {time.perf_counter() - t0:.0f} s")
        cmd = [sys.executable, "-m", "mtcheck", "report", str(corpus), "--model", str(ct2), "--max-length", "32",
               "--cache-dir", str(work / "cache"), "--format", "json", "-o", str(work / "report.json")]
        runs = []
        for label in ("first run (empty cache)", "second run (same feeds)"):
            wall, peak, proc = timed(cmd)
            if proc.returncode not in (0, 1):
                sys.exit(f"mtcheck failed:\n{proc.stderr[-2000:]}")
            counts = json.loads((work / "report.json").read_text(encoding="utf-8"))["summary"]["backtranslation"]
            runs.append(wall)
            print(f"{label:<26} {wall:8.1f} s  peak {peak:6.0f} MiB  back-translation {counts}")
    print(f"\nsecond run {runs[0] / runs[1]:.1f}x faster (target >= 10)")


def _feed(lines: list[str], items: int, lang: str) -> str:
    """An RSS 2.0 feed whose item k is lines 3k..3k+2: a title and a two-sentence description."""
    out = [f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>news {lang}</title>'
           f"<link>https://example.org/{lang}</link><description>benchmark feed</description>"]
    for k in range(items):
        title, *body = lines[3 * k : 3 * k + 3]
        out.append(f'<item><guid isPermaLink="false">item-{k}</guid><title>{escape(title)}</title>'
                   f"<description>{escape('<p>' + ' '.join(body) + '</p>')}</description></item>")
    out.append("</channel></rss>\n")
    return "\n".join(out)


if __name__ == "__main__":
    main()
