"""Role findings on human translations of news, which keep titles right: a stand-in for false alarms.

Each sentence pair of a WMT newstest set (English source, human French reference) is one JSONL
document; the role checks (RO) run through ``mtcheck.pipeline.run`` without back-translation.
newstest2012 and newstest2010 were read while the role rules were written; newstest2011 was not.

    python benchmarks/roles_references.py [--show N]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._shared import evaldata  # noqa: E402
from mtcheck.config import Config  # noqa: E402
from mtcheck.pipeline import run  # noqa: E402

SETS = (("newstest2012", "read in tuning"), ("newstest2010", "read in tuning"), ("newstest2011", "held out"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print N findings of each tuned-on set")
    args = parser.parse_args()
    for name, status in SETS:
        en = evaldata("wmt_newstest_en_fr", f"{name}.en").read_text(encoding="utf-8").splitlines()
        fr = evaldata("wmt_newstest_en_fr", f"{name}.fr").read_text(encoding="utf-8").splitlines()
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "pairs.jsonl"
            with path.open("w", encoding="utf-8") as out:
                for i, (e, f) in enumerate(zip(en, fr, strict=True), 1):
                    out.write(json.dumps({"id": f"L{i:04d}", "source": e, "target": f}, ensure_ascii=False) + "\n")
            report = run(Config(paths=(str(path),), backtranslation=False, cache=False, progress=False, select=("RO",)))
        found = [f for doc in report.corpus.documents for f in doc.findings or ()]
        codes = ", ".join(f"{c} {n}" for c, n in sorted(Counter(f.code for f in found).items()))
        print(f"{name} ({status}): {len(found)} role findings on {len(fr)} sentences, "
              f"{1000 * len(found) / len(fr):.2f} per 1,000 ({codes})")
        if status != "held out":
            for f in found[: args.show]:
                print(f"  {f.doc_id} {f.code} {f.message}")


if __name__ == "__main__":
    main()
