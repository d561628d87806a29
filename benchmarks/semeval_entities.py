"""How often mtcheck agrees with SemEval-2025 EA-MT's gold verdict on real GPT-4o translations.

The validation set of SemEval-2025 Task 2 (entity-aware MT, English->French) asks short questions
about rare entities (books, films, landmarks, people); ../shared/evaldata holds the gold French
names of each entity and the real outputs of gpt-4o and gpt-4o-mini. An output is *right* when it
writes one of the gold French names exactly (the derived M-ETA-style label in that folder).

mtcheck gets each output paired with its English question, and runs its default names checks
(no back-translation) with one of two termbases:

- *gold names kept*: each gold French name as a name kept as it is. The checks then look for
  damage to it (case, split, spelling, word-by-word rendering) without being told the English name.
- *English -> French*: what a newsroom's termbase holds, each entity's English name with its gold
  French names as the accepted forms, which NE008 (termbase-name) looks up. The data gives no
  English name, so it is derived: the longest run of words, from a capitalised one to one that is
  not lowercase, that every question about the entity writes ("Statistical Classification of
  Economic Activities in the European Community"). Entities asked about once, whose questions
  share no such run (foods: "pink salmon"), or whose run another entity's questions write too
  ("Piano Concerto"), get no entry.

It *flags* an output when it reports a name finding there. Printed per system and termbase:
agreement with the gold verdict (flagged = wrong), the share of wrong outputs flagged, and of
right outputs flagged.

Most wrong outputs in this set translate a title in other words ("Classification statistique..."
for "Nomenclature statistique..."), which no names check can see without knowing the answer;
with the gold names kept, mtcheck catches the damage its checks model.

    python benchmarks/semeval_entities.py
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._shared import evaldata  # noqa: E402
from mtcheck.config import Config  # noqa: E402
from mtcheck.pipeline import run  # noqa: E402

DEFAULT_NAME_CHECKS = ("NE001", "NE002", "NE003", "NE004", "NE005", "NE008")
"""The names checks on by default; name-missing and name-added (NE006/NE007) are opt-in."""
_TOKEN = re.compile(r"\w+(?:['’.]\w+)*|[^\w\s]")


def english_name(questions: list[str]) -> str | None:
    """The longest run of words that every question writes, from a capitalised word (not a
    sentence's first) to a word that is not lowercase; None when there is no such run."""
    tokens = [[(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(q)] for q in questions]
    others = [[t[0] for t in ts] for ts in tokens[1:]]
    if not others:
        return None
    first = tokens[0]
    best: tuple[int, int] | None = None
    for i in range(1, len(first)):
        if not first[i][0][0].isupper() and not first[i][0][0].isdigit() or first[i - 1][0] in "?.!":
            continue
        for j in range(len(first), i, -1):
            words = [t[0] for t in first[i:j]]
            if words[-1].islower() or not words[-1][0].isalnum():
                continue
            if all(any(o[k : k + len(words)] == words for k in range(len(o))) for o in others):
                if best is None or j - i > best[1] - best[0]:
                    best = (i, j)
                break
    return questions[0][first[best[0]][1] : first[best[1] - 1][2]] if best else None


def termbases(items: list[dict], folder: Path) -> dict[str, Path]:
    """The two termbases of the module docstring, written as TSV files in ``folder``."""
    names = sorted({m for r in items for m in r["gold_mentions"] if "\t" not in m and m.strip()})
    kept = folder / "kept.tsv"
    kept.write_text("source\ttarget\tnote\n" + "".join(f"{m}\t{m}\tname\n" for m in names), encoding="utf-8")
    by_entity: dict[str, dict] = {}
    for r in items:
        entry = by_entity.setdefault(r["wikidata_id"], {"questions": [], "forms": set()})
        entry["questions"].append(r["source"])
        entry["forms"].update(m for m in r["gold_mentions"] if "\t" not in m and "|" not in m and m.strip())
    rows = {}
    for entity, entry in by_entity.items():
        name = english_name(entry["questions"])
        other = (q for e, x in by_entity.items() if e != entity for q in x["questions"])
        if name and entry["forms"] and not any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", q) for q in other):
            rows[name] = "|".join(sorted(entry["forms"]))
    renamed = folder / "english.tsv"
    renamed.write_text("source\ttarget\tnote\n" + "".join(f"{k}\t{v}\tname\n" for k, v in sorted(rows.items())),
                       encoding="utf-8")
    print(f"English names derived for {len(rows)} of {len(by_entity)} entities")
    return {"gold names kept": kept, "English -> French": renamed}


def main() -> None:
    rows = [json.loads(line) for line in
            evaldata("ea_mt_semeval2025_en_fr", "derived_entity_match_validation_fr_FR.jsonl").open(encoding="utf-8")]
    with tempfile.TemporaryDirectory() as tmp:
        printed_header = False
        for system in sorted({r["system"] for r in rows}):
            items = [r for r in rows if r["system"] == system]
            corpus = Path(tmp) / f"{system}.jsonl"
            corpus.write_text("".join(json.dumps({"id": r["id"], "source": r["source"], "target": r["prediction"]},
                                                 ensure_ascii=False) + "\n" for r in items), encoding="utf-8")
            for label, termbase in termbases(items, Path(tmp)).items():
                if not printed_header:
                    print(f"{'system':<25}{'termbase':<20}{'items':>6}{'wrong':>7}{'agree':>8}"
                          f"{'wrong flagged':>15}{'right flagged':>15}")
                    printed_header = True
                report = run(Config(paths=(str(corpus),), backtranslation=False, cache=False, termbases=(str(termbase),),
                                    select=DEFAULT_NAME_CHECKS))
                flagged = {d.id for d in report.corpus.documents if d.findings}
                wrong = [r for r in items if not r["mention_found_exact"]]
                right = [r for r in items if r["mention_found_exact"]]
                agree = sum((r["id"] in flagged) == (not r["mention_found_exact"]) for r in items)
                caught = sum(r["id"] in flagged for r in wrong)
                alarms = sum(r["id"] in flagged for r in right)
                print(f"{system:<25}{label:<20}{len(items):>6}{len(wrong):>7}{100 * agree / len(items):>7.1f}%"
                      f"{100 * caught / len(wrong):>14.1f}%{100 * alarms / len(right):>14.1f}%")


if __name__ == "__main__":
    main()
