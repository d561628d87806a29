"""role-gender (RO003) on WinoMT: English sentences whose pronoun fixes one person's gender, and
the French outputs of five real MT systems (Google, Bing, AWS, Systran, a 2019 research system).

mtcheck runs as a user runs it: every (sentence, system) pair is one document of a JSONL corpus,
``mtcheck report --select RO003``. A flag claims the translation gave the person the pronoun is
about the wrong gender. It is judged two ways:

- against the gold: the gold gender of the occupation, and the gender the MT output gives that
  occupation, read from the French forms of mtcheck's role lexicon (``data/roles.tsv``) with their
  determiners. Outputs where that gender cannot be read (the occupation mistranslated, or written
  in both genders) are left out of precision and recall and counted apart;
- against people: the 100 Google outputs that WinoMT's authors annotated by hand.

Run: ``python benchmarks/roles_winomt.py``
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from _shared import ROOT, evaldata

from mtcheck.entities.titles import default_lexicon

SYSTEMS = ("google", "bing", "aws", "systran", "sota")


def flagged(pairs: list[tuple[str, str, str]]) -> set[str]:
    """Ids of the (id, source, target) pairs where ``mtcheck report --select RO003`` reports something."""
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "winomt.jsonl"
        with corpus.open("w", encoding="utf-8") as fh:
            for doc_id, source, target in pairs:
                fh.write(json.dumps({"id": doc_id, "source": source, "target": target}, ensure_ascii=False) + "\n")
        out = Path(tmp) / "report.json"
        cmd = [sys.executable, "-m", "mtcheck", "report", str(corpus), "--select", "RO003",
               "--no-backtranslation", "--no-progress", "--format", "json", "-o", str(out)]  # fmt: skip
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
        if proc.returncode not in (0, 1):
            sys.exit(f"mtcheck failed: {proc.stderr}")
        report = json.loads(out.read_text(encoding="utf-8"))
    return {d["id"] for d in report["documents"] if d["findings"]}


def mt_gender(occupation: str, french: str) -> str | None:
    """The gender the French output gives the occupation, or None when it cannot be read."""
    lexicon = default_lexicon()
    roles = set(lexicon.english.get(occupation.lower(), []))
    genders = {t.gender for t in lexicon.titles(french) if roles & set(t.roles)}
    return genders.pop() if len(genders) == 1 and None not in genders else None


def table(name: str, flags: set[str], truth: dict[str, bool | None]) -> None:
    """Precision and recall of the flags where ``truth[id]`` is True for a wrong gender."""
    known = {k: v for k, v in truth.items() if v is not None}
    wrong = {k for k, v in known.items() if v}
    hit = flags & wrong
    judged = flags & set(known)
    precision = len(hit) / len(judged) if judged else float("nan")
    recall = len(hit) / len(wrong) if wrong else float("nan")
    print(f"{name:<34} {len(known):>7} {len(wrong):>7} {len(judged):>7} {len(hit):>7} {precision:>10.3f} {recall:>8.3f}"
          f" {len(flags - set(known)):>9}")


def main() -> None:
    rows = [json.loads(line) for line in evaldata("winomt_occupations_en_fr", "winomt_en_fr_mt_outputs.jsonl")
            .read_text(encoding="utf-8").splitlines()]  # fmt: skip
    human = [json.loads(line) for line in evaldata("winomt_occupations_en_fr", "winomt_human_annotated_google_fr.jsonl")
             .read_text(encoding="utf-8").splitlines()]  # fmt: skip
    pairs, truth = [], {}
    for row in rows:
        if row["gold_gender"] not in ("male", "female"):
            continue
        gold = row["gold_gender"][0]
        for system in SYSTEMS:
            french = row["mt_fr"].get(system)
            if french is None:
                continue
            doc_id = f"{row['index']}-{system}"
            pairs.append((doc_id, row["source_en"], french))
            got = mt_gender(row["occupation"], french)
            truth[doc_id] = None if got is None else got != gold
    flags = flagged(pairs)
    print(f"WinoMT en-fr: {len(pairs)} (sentence, system) pairs with a male or female gold; RO003 flags {len(flags)}\n")
    print(f"{'judged against':<34} {'known':>7} {'wrong':>7} {'flagged':>7} {'right':>7} {'precision':>10} {'recall':>8}"
          f" {'unjudged':>9}")
    table("gold + lexicon, all systems", flags, truth)
    for system in SYSTEMS:
        table(f"  {system}", {f for f in flags if f.endswith(system)}, {k: v for k, v in truth.items() if k.endswith(system)})
    people = {f"{h['index']}-google": not h["gender_correct"] for h in human if h["gold_gender"] in ("male", "female")}
    table("people (100 Google outputs)", flags & set(people), people)


if __name__ == "__main__":
    main()
