"""How often mtcheck agrees with SemEval-2025 EA-MT's gold verdict on real GPT-4o translations.

The validation set of SemEval-2025 Task 2 (entity-aware MT, English->French) asks short questions
about rare entities (books, films, landmarks, people); ../shared/evaldata holds the gold French
names of each entity and the real outputs of gpt-4o and gpt-4o-mini. An output is *right* when it
writes one of the gold French names exactly (the derived M-ETA-style label in that folder).

mtcheck gets each output paired with its English question, and the gold French names as a
termbase (each a name kept as it is), and runs its default names checks, NE001-NE005 (no back-translation).
It *flags* an output when it reports a name finding there. Printed per system: agreement with the
gold verdict (flagged = wrong), the share of wrong outputs flagged, and of right outputs flagged.

Most wrong outputs in this set translate a title in other words ("Classification statistique..."
for "Nomenclature statistique..."), which no names check can see without knowing the answer;
mtcheck catches the damage its checks model (case, split, spelling, word-by-word rendering).

    python benchmarks/semeval_entities.py
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._shared import evaldata  # noqa: E402
from mtcheck.config import Config  # noqa: E402
from mtcheck.pipeline import run  # noqa: E402

DEFAULT_NAME_CHECKS = ("NE001", "NE002", "NE003", "NE004", "NE005")
"""The names checks on by default; name-missing and name-added (NE006/NE007) are opt-in."""


def main() -> None:
    rows = [json.loads(line) for line in
            evaldata("ea_mt_semeval2025_en_fr", "derived_entity_match_validation_fr_FR.jsonl").open(encoding="utf-8")]
    print(f"{'system':<28}{'items':>7}{'wrong':>7}{'agree':>8}{'wrong flagged':>15}{'right flagged':>15}")
    with tempfile.TemporaryDirectory() as tmp:
        for system in sorted({r["system"] for r in rows}):
            items = [r for r in rows if r["system"] == system]
            corpus = Path(tmp) / f"{system}.jsonl"
            corpus.write_text("".join(json.dumps({"id": r["id"], "source": r["source"], "target": r["prediction"]},
                                                 ensure_ascii=False) + "\n" for r in items), encoding="utf-8")
            names = sorted({m for r in items for m in r["gold_mentions"] if "\t" not in m and m.strip()})
            termbase = Path(tmp) / "gold.tsv"
            termbase.write_text("source\ttarget\tnote\n" + "".join(f"{m}\t{m}\tname\n" for m in names), encoding="utf-8")
            report = run(Config(paths=(str(corpus),), backtranslation=False, cache=False, termbases=(str(termbase),),
                                select=DEFAULT_NAME_CHECKS))
            flagged = {d.id for d in report.corpus.documents if d.findings}
            wrong = [r for r in items if not r["mention_found_exact"]]
            right = [r for r in items if r["mention_found_exact"]]
            agree = sum((r["id"] in flagged) == (not r["mention_found_exact"]) for r in items)
            caught = sum(r["id"] in flagged for r in wrong)
            alarms = sum(r["id"] in flagged for r in right)
            print(f"{system:<28}{len(items):>7}{len(wrong):>7}{100 * agree / len(items):>7.1f}%"
                  f"{100 * caught / len(wrong):>14.1f}%{100 * alarms / len(right):>14.1f}%")


if __name__ == "__main__":
    main()
