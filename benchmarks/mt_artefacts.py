"""Artefacts of MT pipelines in real output: character references left escaped (TR003) and English
capitals in French dates (FM004); found on real MT output, and the alarms on human translations.

Some MT pipelines hand on their output escaped for markup ("l&#39;offre", "&quot;non&quot;"); one
WMT12 system did so for most of its sentences, and capitalised months the English way. This
counts, on each WMT12 system's French of newstest2012 (the files as distributed, with their
English source, documents of 20 sentences), the character references that this script's own
pattern finds where the source has none and how many TR003 reports, and FM004's findings; then
both checks' findings on human translations (the WMT newstest references 2008-2012, NTREX-128,
TICO-19, Tatoeba). A human reference's TR003 findings stand for false alarms; its FM004 findings
are capitals French typography does not write, which this script prints for a person to read.

    python benchmarks/mt_artefacts.py     # about 1 min
"""

from __future__ import annotations

import html
import json
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._shared import evaldata, news_pairs  # noqa: E402
from benchmarks.names_clean import sets as clean_sets  # noqa: E402
from mtcheck.config import Config  # noqa: E402
from mtcheck.model import Finding  # noqa: E402
from mtcheck.pipeline import run  # noqa: E402

_REFERENCE = re.compile(r"&[#\w]+;")


def _escaped(source: str, target: str) -> int:
    """How many references the target writes that decode to something and that the source lacks."""
    return sum(1 for m in _REFERENCE.finditer(target) if html.unescape(m.group()) != m.group() and m.group() not in source)


def _found(pairs: list[tuple[str, str]], tmp: Path) -> tuple[list[Finding], list[Finding]]:
    """TR003's findings on character references and FM004's, in documents of 20 sentence pairs."""
    path = tmp / "pairs.jsonl"
    path.write_text("".join(json.dumps({"id": f"D{k}", "source": "\n".join(s for s, _ in pairs[k : k + 20]),
                                        "target": "\n".join(t for _, t in pairs[k : k + 20])}, ensure_ascii=False) + "\n"
                            for k in range(0, len(pairs), 20)), encoding="utf-8")
    report = run(Config(paths=(str(path),), backtranslation=False, cache=False, progress=False, select=("TR003", "FM004")))
    found = [f for d in report.corpus.documents for f in d.findings or ()]
    return [f for f in found if f.code == "TR003" and f.text.startswith("&")], [f for f in found if f.code == "FM004"]


def main() -> None:
    root = evaldata("wmt12_en_fr_system_outputs_human_rankings")
    source = (root / "newstest2012-src.en").read_text(encoding="utf-8").splitlines()
    with tempfile.TemporaryDirectory() as tmp:
        print("WMT12 systems (3,003 sentences each): references the source lacks, TR003's findings on them; FM004's")
        for path in sorted((root / "system-outputs").iterdir()):
            pairs = list(zip(source, path.read_text(encoding="utf-8").splitlines(), strict=True))
            escaped = sum(_escaped(s, t) for s, t in pairs)
            references, dates = _found(pairs, Path(tmp))
            print(f"  {path.name.split('en-fr.', 1)[1]:<34} {escaped:>5} escaped, {len(references):>5} reported "
                  f"({sum(f.fix is not None and f.fix.safe for f in references)} with a certain fix); FM004 {len(dates)}")
        print("human translations: TR003 reference findings, which stand for false alarms; FM004's, to read")
        sets = {name: news_pairs(name) for name in ("news-test2008", "newstest2009", "newstest2010", "newstest2011",
                                                    "newstest2012", "NTREX-128")}
        sets |= {name: clean_sets()[name][0] for name in ("TICO-19 test", "Tatoeba test")}
        for name, pairs in sets.items():
            references, dates = _found(pairs, Path(tmp))
            print(f"  {name:<14} {len(pairs):>6} pairs: TR003 {len(references)} "
                  f"({1000 * len(references) / len(pairs):.2f} per 1,000), FM004 {len(dates)}")
            for f in references + dates:
                print(f"      {f.code} {f.text!r}: {f.message}")


if __name__ == "__main__":
    main()
