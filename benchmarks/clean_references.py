"""Every default check on human translations with their sources: findings per 1,000 sentence pairs.

A human translation is the control for false alarms: what a check reports there is, but for the
translator's own slips, noise a user would have to read. This runs the real pipeline (default
checks, no back-translation) on each set, each sentence pair its own document, and prints the
findings per 1,000 pairs, in all and by check code. Checks that read a paragraph across
sentences (FM002's quotation marks) report there what a real article would pair up; with
``--article N`` each N consecutive pairs (the news sets keep their articles in order) make one
document of one paragraph a side, as a feed's article would be.

**The split** (the names and numbers benchmarks'): held out newstest2011 and NTREX-128, printed
first and never read beyond these counts; then the tuning newstest sets and ``names_clean.py``'s
human translations in other domains (development sets).

    python benchmarks/clean_references.py [--sets held-out|development|all] [--article N] [--show CODE]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._shared import news_pairs  # noqa: E402
from mtcheck.config import Config  # noqa: E402
from mtcheck.pipeline import run  # noqa: E402

HELD_OUT = ("newstest2011", "NTREX-128")
TUNING = ("news-test2008", "newstest2009", "newstest2010", "newstest2012")


def sets(which: str) -> dict[str, tuple[list[tuple[str, str]], str, str]]:
    """Each set by name: (source, translation) pairs, source language, target language."""
    from benchmarks.names_clean import sets as other_sets

    out: dict[str, tuple[list[tuple[str, str]], str, str]] = {}
    if which in ("held-out", "all"):
        out |= {name: (news_pairs(name), "en", "fr") for name in HELD_OUT}
    if which in ("development", "all"):
        out |= {name: (news_pairs(name), "en", "fr") for name in TUNING}
        out |= other_sets()
    return out


def findings(pairs: list[tuple[str, str]], source_lang: str, target_lang: str, tmp: Path, article: int = 1) -> list:  # type: ignore[type-arg]
    """(first pair index of the document, finding) of every default check on the pairs, ``article``
    consecutive pairs a document (one paragraph a side)."""
    path = tmp / "pairs.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for i in range(0, len(pairs), article):
            group = pairs[i : i + article]
            out.write(json.dumps({"id": f"p{i}", "source": " ".join(s for s, _ in group), "target": " ".join(t for _, t in group),
                                  "source_lang": source_lang, "target_lang": target_lang}, ensure_ascii=False) + "\n")
    report = run(Config(paths=(str(path),), backtranslation=False, cache=False, progress=False))
    return [(int(doc.id[1:]), f) for doc in report.corpus.documents for f in doc.findings or ()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", choices=("held-out", "development", "all"), default="all")
    parser.add_argument("--show", help="print the findings of this check code (development sets only)")
    parser.add_argument("--article", type=int, default=1, help="consecutive pairs a document (default 1)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for name, (pairs, source_lang, target_lang) in sets(args.sets).items():
            found = findings(pairs, source_lang, target_lang, Path(tmp), args.article)
            codes = Counter(f.code for _, f in found)
            per = 1000 / len(pairs)
            label = "held out" if name in HELD_OUT else "development"
            print(f"{name} ({label}, {len(pairs)} pairs): {per * len(found):.1f} per 1,000; "
                  + ", ".join(f"{code} {per * n:.1f}" for code, n in sorted(codes.items(), key=lambda kv: (-kv[1], kv[0]))))
            if args.show and name not in HELD_OUT:
                for i, f in found:
                    if f.code == args.show:
                        print(f"    {f.code} {f.text[:70]!r}: {f.message[:120]}\n      source: {pairs[i][0][:160]!r}")


if __name__ == "__main__":
    main()
