"""Character references left escaped in translations (TR003): found in real MT output, and the
alarms on human translations.

Some MT pipelines hand on their output escaped for markup ("l&#39;offre", "&quot;non&quot;"); one
WMT12 system did so for most of its sentences. This counts, on each WMT12 system's French of
newstest2012 (the files as distributed, with their English source, one JSONL document per
sentence), the character references that this script's own pattern finds where the source has
none, and how many of them TR003 reports; then TR003's reference findings on human translations
(the WMT newstest references 2008-2012, NTREX-128, TICO-19, Tatoeba), which stand for false alarms.

    python benchmarks/references_escaped.py     # about 1 min
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
from mtcheck.config import Config  # noqa: E402
from mtcheck.model import Finding  # noqa: E402
from mtcheck.pipeline import run  # noqa: E402

_REFERENCE = re.compile(r"&[#\w]+;")


def _escaped(source: str, target: str) -> int:
    """How many references the target writes that decode to something and that the source lacks."""
    return sum(1 for m in _REFERENCE.finditer(target) if html.unescape(m.group()) != m.group() and m.group() not in source)


def _tr003(pairs: list[tuple[str, str]], tmp: Path) -> list[Finding]:
    """TR003's findings on character references, one document per sentence pair."""
    path = tmp / "pairs.jsonl"
    path.write_text("".join(json.dumps({"id": f"L{k}", "source": s, "target": t}, ensure_ascii=False) + "\n"
                            for k, (s, t) in enumerate(pairs, 1)), encoding="utf-8")
    report = run(Config(paths=(str(path),), backtranslation=False, cache=False, progress=False, select=("TR003",)))
    return [f for d in report.corpus.documents for f in d.findings or () if f.text.startswith("&")]


def _tatoeba_tico() -> dict[str, list[tuple[str, str]]]:
    folder = evaldata("tatoeba_tico19_en_fr")
    out = {}
    for name, stem in (("TICO-19", "tico19-test"), ("Tatoeba", "tatoeba-test-v2021-08-07")):
        en = (folder / f"{stem}.eng").read_text(encoding="utf-8").splitlines()
        fr = (folder / f"{stem}.fra").read_text(encoding="utf-8").splitlines()
        out[name] = list(zip(en, fr, strict=True))
    return out


def main() -> None:
    root = evaldata("wmt12_en_fr_system_outputs_human_rankings")
    source = (root / "newstest2012-src.en").read_text(encoding="utf-8").splitlines()
    with tempfile.TemporaryDirectory() as tmp:
        print("WMT12 systems (3,003 sentences each): references the source lacks, and TR003's findings on them")
        for path in sorted((root / "system-outputs").iterdir()):
            pairs = list(zip(source, path.read_text(encoding="utf-8").splitlines(), strict=True))
            escaped = sum(_escaped(s, t) for s, t in pairs)
            if escaped:
                found = _tr003(pairs, Path(tmp))
                print(f"  {path.name.split('en-fr.', 1)[1]:<34} {escaped:>5} escaped, {len(found):>5} reported "
                      f"({sum(f.fix is not None and f.fix.safe for f in found)} with a certain fix)")
        print("  (the other systems write none)")
        print("human translations: TR003 reference findings, which stand for false alarms")
        sets = {name: news_pairs(name) for name in ("news-test2008", "newstest2009", "newstest2010", "newstest2011",
                                                    "newstest2012", "NTREX-128")} | _tatoeba_tico()
        for name, pairs in sets.items():
            found = _tr003(pairs, Path(tmp))
            shown = ", ".join(f"{f.doc_id} {f.text!r}" for f in found[:5])
            print(f"  {name:<14} {len(pairs):>6} pairs: {len(found)} ({1000 * len(found) / len(pairs):.2f} per 1,000)"
                  + (f": {shown}" if shown else ""))


if __name__ == "__main__":
    main()
