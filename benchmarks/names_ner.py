"""What ``--ner`` (spaCy's French named-entity recogniser) adds to the names checks, and what it costs.

The French sides of WMT newstest 2008-2012 and NTREX-128 (human translations, no source: the
case ``--ner`` is for) are one corpus, a sentence per document. A first run with ``--ner`` finds the
names the recogniser proposes and the corpus confirms (``entities._add_span_names``: written three
times at least in one form, most of the times those words are written): names with later
words in lowercase, "Union européenne", which runs of capitalised words cannot give.

Into one occurrence of each such name written five times or more (so that it stays confirmed once
damaged twice) the script injects, in a sentence of its own:

- case: the lowercase words capitalised as English capitalises a name ("Union Européenne"), the
  damage MT does to French institutional names;
- misspelled: one letter substituted, dropped, doubled or swapped in the longest word
  (``names_challenge.damage_spelling``).

It then runs the default names checks on the damaged corpus with and without ``--ner`` and prints
recall per category, the false alarms on the sentences left clean per 1,000 (the references' own
slips, checked by hand and listed in ``benchmarks/data/reference_slips.tsv``, counted apart), and
the time of each run (the recogniser's results are cached per document: the damaged corpus reuses
the clean run's).

    python benchmarks/names_ner.py [--limit N]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.names_challenge import OPT_IN, damage_spelling, pairs, reference_slips  # noqa: E402
from mtcheck.config import Config  # noqa: E402
from mtcheck.entities.candidates import FUNCTION_WORDS  # noqa: E402
from mtcheck.entities.recognised import MIN_SPAN_COUNT  # noqa: E402
from mtcheck.pipeline import Report, run  # noqa: E402


def damage_case(name: str, rng: random.Random) -> str | None:
    """English title case: every lowercase content word capitalised."""
    words = name.split(" ")
    out = " ".join(w[0].upper() + w[1:] if w.islower() and w not in FUNCTION_WORDS else w for w in words)
    return out if out != name else None


DAMAGE = {"name-case": damage_case, "name-misspelled": damage_spelling}


def report(sentences: list[str], tmp: Path, *, ner: bool, cache_dir: Path) -> tuple[Report, float]:
    path = tmp / "corpus.jsonl"
    path.write_text("".join(json.dumps({"id": f"s{i}", "target": t}, ensure_ascii=False) + "\n"
                            for i, t in enumerate(sentences)), encoding="utf-8")
    t0 = time.perf_counter()
    out = run(Config(paths=(str(path),), backtranslation=False, ner=ner, cache_dir=str(cache_dir), select=("NE",)))
    return out, time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="use only the first N sentences")
    args = parser.parse_args()
    rng = random.Random(13)
    sentences = [fr for _, fr in pairs()][: args.limit]
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp, cache_dir = Path(tmp_name), Path(tmp_name) / "cache"
        clean, first = report(sentences, tmp, ner=True, cache_dir=cache_dir)
        registry = clean.corpus.entities
        assert registry is not None
        found = sorted(e.canonical for e in registry.by_key.values() if e.origin == "corpus (spaCy NER)")
        # Damaged once per category, a name must still be written MIN_SPAN_COUNT times to stay confirmed.
        names = [n for n in found if registry.form_counts[n] >= MIN_SPAN_COUNT + len(DAMAGE)]
        print(f"{len(sentences)} sentences; --ner found {len(found)} names the corpus confirms, {len(names)} written "
              f"{MIN_SPAN_COUNT + len(DAMAGE)} times or more (first run {first:.1f} s)")
        damaged = list(sentences)
        injected: dict[str, list[tuple[int, int, int]]] = {c: [] for c in DAMAGE}
        used: set[int] = set()
        for category, damage in DAMAGE.items():
            for name in names:
                where = [i for i, s in enumerate(sentences) if name in s and i not in used]
                bad = damage(name, rng)
                if not where or bad is None or bad == name:
                    continue
                i = rng.choice(where)
                used.add(i)
                start = sentences[i].index(name)
                damaged[i] = sentences[i][:start] + bad + sentences[i][start + len(name) :]
                injected[category].append((i, start, start + len(bad)))
        print(f"{'setting':<12}" + "".join(f"{c[5:]:>12}" for c in DAMAGE) + f"{'FA/1000':>10}{'ref slips':>11}{'time':>8}")
        slips = reference_slips()
        shown: dict[bool, set[tuple[str, str, str | None]]] = {}
        for ner in (False, True):
            out, wall = report(damaged, tmp, ner=ner, cache_dir=cache_dir)
            by_doc = {d.id: [f for f in d.findings or () if f.code not in OPT_IN] for d in out.corpus.documents}
            cells = ""
            for category, spans in injected.items():
                hit = sum(any(f.category == category and f.start < e and s < f.end for f in by_doc[f"s{i}"]) for i, s, e in spans)
                cells += f"{100 * hit / max(1, len(spans)):>11.1f}%"
            alarms = [f for i in range(len(damaged)) if i not in used for f in by_doc[f"s{i}"]]
            false = [f for f in alarms if (f.text, f.suggestion) not in slips]
            per_1000 = 1000 * len(false) / (len(damaged) - len(used))
            print(f"{'--ner' if ner else 'runs only':<12}{cells}{per_1000:>10.2f}{len(alarms) - len(false):>11}{wall:>7.1f}s")
            shown[ner] = {(f.code, f.text, f.suggestion) for f in false}
        print("cases per category: " + ", ".join(f"{c[5:]} {len(s)}" for c, s in injected.items()))
        for code, text, suggestion in sorted(shown[True] | shown[False]):
            where = "only with --ner" if (code, text, suggestion) not in shown[False] else "both"
            print(f"    FA ({where}): {code} {text!r} -> {suggestion!r}")


if __name__ == "__main__":
    main()
