"""Numbers, dates and amounts changed in human translations: NU001 against pofilter's ``numbers``.

From the human sentence pairs of WMT newstest and NTREX-128, in both directions (English source
and French target, then French source and English target), this builds a test set:

- **candidates**: the pairs whose target writes a value this script's own patterns see (they are
  written here, apart from ``mtcheck.quantities``): a plain number, a decimal, a year, a percentage,
  an amount (a currency sign or word beside it), a measure (a unit after it), a month or weekday
  name (English "May" and "March" opening a sentence with no figure after them are verbs, "May I
  come?"), or a time;
- **damage**: half of the candidates, drawn with the seed, get one value of the target changed, of
  a kind drawn among those the target has: a digit changed (numbers, decimals, percentages,
  amounts, measures), a year moved by one to three, a month or weekday replaced by another, an
  hour moved, or the scale word of an amount swapped (million / milliard, million / billion);
- **clean**: every other pair, as the human wrote it.

Both tools read the same pairs in the same run: mtcheck through its pipeline (one JSONL document
per pair, NU001 only, no back-translation) and translate-toolkit's ``pofilter`` check ``numbers``
through its Python API (``StandardChecker.numbers``, the test ``pofilter -t numbers`` runs).
Printed per set and direction: recall per kind (mtcheck: an NU001 finding that overlaps the
changed span; pofilter: the pair fails) and alarms per 1,000 clean pairs. Alarms on clean pairs
include the human translations' own slips (a figure or a weekday the reference changed), which
both tools see: those read by hand on the tuning sets (``data/number_slips.tsv``) are counted
apart; the held-out sets' alarms are not read, so their figure includes their slips.

**The split, by corpus, fixed before any run** (the names benchmarks' split): tuned on
news-test2008, newstest2009, newstest2010 and newstest2012; held out: newstest2011 and NTREX-128,
printed first and never read beyond their counts (``--show`` prints examples of the other sets only).
``--sets other`` builds the same test from ``names_clean.py``'s human translations in other domains
(TICO-19, Tatoeba, MERSENNE, SemEval's references, DiaBLa; NTREX-128's Canadian French is left out,
its English being a held-out set's), a development set for recall outside the news.

    python benchmarks/numbers_changed.py [--sets held-out|tuning|all|other] [--seed N] [--show N]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._shared import news_pairs  # noqa: E402
from mtcheck.config import Config  # noqa: E402
from mtcheck.pipeline import run  # noqa: E402

TUNING = ("news-test2008", "newstest2009", "newstest2010", "newstest2012")
HELD_OUT = ("newstest2011", "NTREX-128")
SLIPS = Path(__file__).resolve().parent / "data" / "number_slips.tsv"
KINDS = ("number", "decimal", "year", "percent", "amount", "unit", "scale", "month", "weekday", "time")

MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
}
WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
}
VERBS_TOO = frozenset({"May", "March"})
OPENS = re.compile(r"(?:^|[.!?]\s+|[\"«“]\s*)$")
SCALE_SWAPS = {"en": {"million": "billion", "billion": "million"},
               "fr": {"millions": "milliards", "milliards": "millions", "million": "milliard", "milliard": "million"}}
NUM = r"(?<![\w.,/-])\d[\d.,\u00a0\u202f ]*\d(?![\w.,/-]|[.,]\d)|(?<![\w.,/-])\d(?![\w.,/-]|[.,]\d)"
CURRENCIES = r"dollars?|euros?|pounds?|livres|yens?|francs?"
UNITS = r"km|kilom[eè]tres?|miles?|m[eè]tres?|kg|kilos?|tonnes?|feet|pieds|hectares?|litres?"
PATTERNS = {
    "percent": re.compile(rf"({NUM})(?=\s?(?:%|per ?cent|pour ?cent))"),
    "amount": re.compile(rf"(?:(?<=[$€£])|(?<=[$€£]\s))({NUM})|({NUM})(?=\s(?:\w+\s)?(?:{CURRENCIES})\b)"),
    "unit": re.compile(rf"({NUM})(?=\s?(?:{UNITS})\b)"),
    "time": re.compile(r"(?<![\w.,:])(\d{1,2})(?=(?::\d\d|\s?h\s?\d\d|\s?[ap]\.?m\b))"),
    "year": re.compile(r"(?<![\w.,/-])((?:19|20)\d\d)(?![\w.,/-]|[.,]\d)"),
    "decimal": re.compile(r"(?<![\w.,/-])(\d+[.,]\d{1,2})(?![\w.,/-]|[.,]?\d)"),
    "number": re.compile(rf"({NUM})"),
}


def candidates(target: str, lang: str) -> dict[str, list[tuple[int, int]]]:
    """Spans of the target's values, by kind; a span counts for its most specific kind only."""
    found: dict[str, list[tuple[int, int]]] = {}
    taken: set[tuple[int, int]] = set()
    for kind, pattern in PATTERNS.items():
        for m in pattern.finditer(target):
            group = next(g for g in range(1, (m.lastindex or 1) + 1) if m.group(g))
            span = m.span(group)
            if not any(a < span[1] and span[0] < b for a, b in taken):
                found.setdefault(kind, []).append(span)
                taken.add(span)
    for kind, words in (("month", MONTHS[lang]), ("weekday", WEEKDAYS[lang])):
        for word in words:
            for m in re.finditer(rf"(?<![\w-]){word}(?![\w-])", target):
                if word in VERBS_TOO and OPENS.search(target[: m.start()]) and not re.match(r".{0,6}\d", target[m.end() :]):
                    continue  # "May" or "March" opening a question or an order: a verb, no month
                found.setdefault(kind, []).append(m.span())
    for word in SCALE_SWAPS[lang]:
        for m in re.finditer(rf"(?<=\d\s){word}\b", target):
            found.setdefault("scale", []).append(m.span())
    return found


def damage(target: str, lang: str, kind: str, span: tuple[int, int], rng: random.Random) -> str:
    """The target with the value at ``span`` changed, the way ``kind`` says."""
    a, b = span
    value = target[a:b]
    if kind == "month":
        names = MONTHS[lang]
        new = rng.choice([n for n in names if n != value])
    elif kind == "weekday":
        names = WEEKDAYS[lang]
        k = names.index(value)
        new = names[(k + rng.choice([2, 3, 4, 5])) % 7]  # never the next or previous day
    elif kind == "scale":
        new = SCALE_SWAPS[lang][value]
    elif kind == "year":
        new = str(int(value) + rng.choice([-3, -2, -1, 1, 2, 3]))
    elif kind == "time":
        new = str((int(value) + rng.choice([1, 2, 3])) % 24)
    else:
        digits = [k for k, ch in enumerate(value) if ch.isdigit()]
        k = rng.choice(digits)
        choices = [d for d in "0123456789" if d != value[k] and not (k == digits[0] and d == "0")]
        new = value[:k] + rng.choice(choices) + value[k + 1 :]
    return target[:a] + new + target[b:]


def build(pairs: list[tuple[str, str]], src_lang: str, tgt_lang: str, seed: int) -> list[dict]:
    """One record per pair: source, target (damaged or not), and the damage's kind and span."""
    rng = random.Random(f"{seed}:{src_lang}:{len(pairs)}")
    records = []
    for i, (en, fr) in enumerate(pairs):
        source, target = (en, fr) if src_lang == "en" else (fr, en)
        record = {"id": f"p{i}", "source": source, "target": target, "kind": None, "span": None}
        found = candidates(target, tgt_lang)
        if found and rng.random() < 0.5:
            kind = rng.choice(sorted(found))
            span = rng.choice(found[kind])
            damaged = damage(target, tgt_lang, kind, span, rng)
            end = span[1] + len(damaged) - len(target)
            record |= {"target": damaged, "kind": kind, "span": [span[0], end]}
        records.append(record)
    return records


def mtcheck_findings(records: list[dict], src_lang: str, tgt_lang: str, tmp: Path) -> dict[str, list[tuple[int, int]]]:
    """NU001's finding spans per pair id."""
    path = tmp / f"pairs.{src_lang}-{tgt_lang}.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps({"id": r["id"], "source": r["source"], "target": r["target"],
                                 "source_lang": src_lang, "target_lang": tgt_lang}, ensure_ascii=False) + "\n")
    report = run(Config(paths=(str(path),), backtranslation=False, cache=False, select=("NU001",),
                        source_lang=src_lang, target_lang=tgt_lang))
    spans: dict[str, list[tuple[int, int]]] = {}
    for doc in report.corpus.documents:
        spans[doc.id] = [(f.start, f.end) for f in doc.findings or ()]
    return spans


def pofilter_fails(source: str, target: str, checker) -> bool:  # type: ignore[no-untyped-def]
    """Whether pofilter's ``numbers`` test fails the pair."""
    from translate.filters.checks import FilterFailure

    try:
        return not checker.numbers(source, target)
    except FilterFailure:
        return True


def slips(name: str) -> set[str]:
    """Ids of the pairs of ``name`` whose human translation writes another value than its source."""
    rows = [line.split("\t") for line in SLIPS.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")][1:]
    return {pair for set_name, pair, _ in rows if set_name == name}


def other_pairs() -> dict[str, list[tuple[str, str]]]:
    """``names_clean.py``'s sets but NTREX-128's, each as (English, French) pairs."""
    from benchmarks.names_clean import sets

    return {name: pairs if source_lang == "en" else [(t, s) for s, t in pairs]
            for name, (pairs, source_lang, _) in sets().items() if not name.startswith("NTREX")}


def measure(name: str, pairs: list[tuple[str, str]], src_lang: str, tgt_lang: str, seed: int, show: int,
            tmp: Path) -> dict:
    from translate.filters.checks import StandardChecker

    records = build(pairs, src_lang, tgt_lang, seed)
    t0 = time.perf_counter()
    spans = mtcheck_findings(records, src_lang, tgt_lang, tmp)
    mt_seconds = time.perf_counter() - t0
    checker = StandardChecker()
    t0 = time.perf_counter()
    po = {r["id"]: pofilter_fails(r["source"], r["target"], checker) for r in records}
    po_seconds = time.perf_counter() - t0
    damaged, found_mt, found_po = Counter(), Counter(), Counter()
    clean = alarms_mt = alarms_po = slip_mt = slip_po = 0
    known = slips(name)
    shown = 0
    for r in records:
        found = spans.get(r["id"], [])
        if r["kind"]:
            a, b = r["span"]
            damaged[r["kind"]] += 1
            found_mt[r["kind"]] += any(s < b and a < e for s, e in found)
            found_po[r["kind"]] += po[r["id"]]
            if show and name not in HELD_OUT and shown < show and not any(s < b and a < e for s, e in found):
                shown += 1
                print(f"  missed {r['kind']}: {r['target'][max(0, a - 40): b + 40]!r} (source: {r['source'][:160]!r})")
        elif r["id"] in known:  # the reference's own slip: a true finding, counted apart
            slip_mt += bool(found)
            slip_po += po[r["id"]]
        else:
            clean += 1
            alarms_mt += bool(found)
            alarms_po += po[r["id"]]
            if show and name not in HELD_OUT and found and shown < show:
                shown += 1
                print(f"  alarm {[r['target'][s:e] for s, e in found]}: {r['target'][:160]!r} (source: {r['source'][:160]!r})")
    return {"damaged": damaged, "mt": found_mt, "po": found_po, "clean": clean, "slips": len(known),
            "slip_mt": slip_mt, "slip_po": slip_po,
            "alarms_mt": alarms_mt, "alarms_po": alarms_po, "mt_s": mt_seconds, "po_s": po_seconds}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", choices=["held-out", "tuning", "all", "other"], default="held-out")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", type=int, default=0, help="print misses and alarms (not of the held-out sets)")
    args = parser.parse_args()
    other = other_pairs() if args.sets == "other" else {}
    names = {"held-out": HELD_OUT, "tuning": TUNING, "all": HELD_OUT + TUNING, "other": tuple(other)}[args.sets]
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            label = "held out" if name in HELD_OUT else "development" if name in other else "tuned on"
            pairs = other[name] if name in other else news_pairs(name)
            for src, tgt in (("en", "fr"), ("fr", "en")):
                r = measure(name, pairs, src, tgt, args.seed, args.show, Path(tmp))
                total = sum(r["damaged"].values())
                print(f"{name} ({label}) {src}->{tgt}: {total} changed pairs, {r['clean']} clean; "
                      f"mtcheck {r['mt_s']:.0f} s, pofilter {r['po_s']:.1f} s")
                print(f"  {'kind':<8} {'n':>5} {'mtcheck':>8} {'pofilter':>8}")
                for kind in KINDS:
                    n = r["damaged"][kind]
                    if n:
                        print(f"  {kind:<8} {n:>5} {100 * r['mt'][kind] / n:>7.1f}% {100 * r['po'][kind] / n:>7.1f}%")
                print(f"  {'all':<8} {total:>5} {100 * sum(r['mt'].values()) / total:>7.1f}% "
                      f"{100 * sum(r['po'].values()) / total:>7.1f}%")
                print(f"  alarms per 1,000 clean pairs: mtcheck {1000 * r['alarms_mt'] / r['clean']:.2f}, "
                      f"pofilter {1000 * r['alarms_po'] / r['clean']:.2f}"
                      + (f" (apart: the reference's {r['slips']} slips, found by mtcheck {r['slip_mt']}, "
                         f"pofilter {r['slip_po']})" if r["slips"] else ""))


if __name__ == "__main__":
    main()
