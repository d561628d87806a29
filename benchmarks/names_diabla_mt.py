"""The names checks on real neural MT, both directions: DiaBLa's dialogues (a development set).

DiaBLa (../shared/evaldata/diabla_en_fr_mt_judgments) holds 144 written dialogues between an
English and a French speaker, each utterance translated by one of two RNN NMT systems of 2018 and
translated again by a human. Names are few in dialogue, so this is no recall benchmark; it shows
what NMT (not the phrase-based systems of ``names_real_mt.py``) does to them, in both directions,
beside the same checks on the human references, which keep names right.

Each dialogue is one document (its utterances of one direction, one per line, the source beside
them), checked as a user checks it: ``mtcheck.pipeline.run``, no back-translation, no termbase,
the default checks. Printed per direction: the names findings (NE codes) per 1,000 utterances on
the MT output and on the references, each finding with its utterance's source; then the
*candidates*: capitalised words inside a source utterance that its reference writes as they are
and its MT output does not, each with the finding on that utterance if there is one. Candidates
are not verified: a reader judges them (a transliteration, "Sasha" for "Sacha", is no error).

    python benchmarks/names_diabla_mt.py     # about 1 min
"""

from __future__ import annotations

import bisect
import json
import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._shared import evaldata  # noqa: E402
from benchmarks.names_challenge import OPT_IN  # noqa: E402
from mtcheck.config import Config  # noqa: E402
from mtcheck.model import Finding  # noqa: E402
from mtcheck.pipeline import run  # noqa: E402

DIRECTIONS = {"en2fr": ("en", "fr"), "fr2en": ("fr", "en")}
_INSIDE = re.compile(r"(?<=[\w,;] )[A-ZÀ-Ý][\w'’-]{2,}")
"""A capitalised word after a word or a comma: inside a sentence, where a capital marks a name."""


def utterances() -> dict[str, list[dict[str, str]]]:
    """DiaBLa's utterances by direction, in dialogue order."""
    out: dict[str, list[dict[str, str]]] = defaultdict(list)
    with evaldata("diabla_en_fr_mt_judgments", "diabla_utterances.jsonl").open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                u = json.loads(line)
                out[str(u["direction"])].append({k: str(u[k]) for k in ("dialogue_id", "source", "mt_output", "reference")})
    return out


def findings(rows: list[dict[str, str]], side: str, langs: tuple[str, str], tmp: Path) -> dict[int, list[Finding]]:
    """The names findings on ``side`` (mt_output or reference) of the rows, by row index."""
    dialogues: dict[str, list[int]] = defaultdict(list)
    for k, row in enumerate(rows):
        dialogues[row["dialogue_id"]].append(k)
    path = tmp / f"{side}.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for n, ks in enumerate(dialogues.values()):
            doc = {"id": f"d{n}", "source": "\n".join(_line(rows[k]["source"]) for k in ks),
                   "target": "\n".join(_line(rows[k][side]) for k in ks)}
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    report = run(Config(paths=(str(path),), backtranslation=False, cache=False, progress=False,
                        source_lang=langs[0], target_lang=langs[1]))
    found: dict[int, list[Finding]] = defaultdict(list)
    by_id = {f"d{n}": ks for n, ks in enumerate(dialogues.values())}
    for doc in report.corpus.documents:
        ks = by_id[doc.id]
        lines = [0] + [i + 1 for i, ch in enumerate(doc.target) if ch == "\n"]  # where each utterance starts
        for f in doc.findings or ():
            if f.code.startswith("NE") and f.code not in OPT_IN:
                found[ks[bisect.bisect_right(lines, f.start) - 1]].append(f)
    return found


def _line(text: str) -> str:
    """An utterance on one line: the documents' lines are the utterances."""
    return " ".join(text.split())


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for direction, rows in utterances().items():
            langs = DIRECTIONS[direction]
            mt, ref = (findings(rows, side, langs, Path(tmp)) for side in ("mt_output", "reference"))
            for label, found in (("MT output", mt), ("references", ref)):
                count = sum(map(len, found.values()))
                rate = 1000 * count / len(rows)
                print(f"{direction} {label}: {count} names findings on {len(rows)} utterances ({rate:.2f} per 1,000)")
                for k, fs in sorted(found.items()):
                    for f in fs:
                        print(f"    {f.code} {f.message}  | source: {rows[k]['source'][:100]}")
            candidates = [(k, w) for k, row in enumerate(rows) for w in _INSIDE.findall(row["source"])
                          if w in row["reference"] and w not in row["mt_output"]]
            flagged = sum(1 for k, _ in candidates if mt.get(k))
            print(f"{direction} candidates (a name the reference keeps and the MT output does not; not verified): "
                  f"{len(candidates)}, {flagged} with a names finding")
            for k, word in candidates:
                mark = "; ".join(f"{f.code} {f.text!r}" for f in mt.get(k, ())) or "-"
                print(f"    {word!r}: {rows[k]['mt_output'][:90]!r}  [{mark}]")


if __name__ == "__main__":
    main()
