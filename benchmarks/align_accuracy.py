"""Sentence-alignment accuracy and speed on MERSENNE (human-aligned English/French articles).

Each gold unit's sides are split into sentences with mtcheck's segmenter; the documents are fed to
the aligners presegmented, English as source, French as target. A gold k-k unit counts as k 1-1
beads, any other unit as one bead. Scores are exact-match precision, recall and F1 of the beads, as
in the alignment literature (Vecalign, Bleualign papers).

The "deletions" variant removes 5% of the French sentences of 1-1 units (seeded), so each becomes a
gold 1-0 bead; omission recall is the share of those found as exactly that 1-0 bead. "empty+" counts
the 1-0 and 0-1 beads an aligner outputs on the full variant beyond the gold's: each would be a
false omission or addition finding.

A second, news-domain set is made from newstest2011 (line-aligned, no document breaks): chunks of
80 lines, with 5% of neighbouring French sentences merged into one (gold 2-1 beads). mtcheck's
weights were chosen on this set, then checked on MERSENNE.

Peers, run on the same input in the same process:
- ``galechurch`` (PyPI): Gale and Church's length-based dynamic programming;
- Bleualign (``pypi-bleualign``) without a translation file: its BLEU pass then runs on the source
  itself (the only setting with no MT system) and Gale-Church fills the gaps.

Run: ``python benchmarks/align_accuracy.py``
"""

from __future__ import annotations

import io
import json
import random
import time
from collections.abc import Callable, Iterator, Sequence

from _shared import evaldata

from mtcheck.align import align, coverage
from mtcheck.model import Bead
from mtcheck.segment import segment

Beads = set[tuple[tuple[int, ...], tuple[int, ...]]]
DELETE_SHARE = 0.05
SEED = 13


Doc = tuple[list[str], list[str], Beads, list[int]]


def load_mersenne() -> list[Doc]:
    """Per document: English sentences, French sentences, gold beads, sources of 1-1 gold beads."""
    docs: dict[str, list[dict]] = {}
    path = evaldata("mersenne_alignment_dev_en_fr", "mersenne_aligned_units.jsonl")
    for line in path.read_text(encoding="utf-8").splitlines():
        unit = json.loads(line)
        docs.setdefault(unit["doc_id"], []).append(unit)
    out = []
    for units in docs.values():
        en: list[str] = []
        fr: list[str] = []
        gold: Beads = set()
        one_to_one: list[int] = []
        for unit in sorted(units, key=lambda u: u["tuid"]):
            e = [s.text for s in segment(unit["en"])[0]]
            f = [s.text for s in segment(unit["fr"])[0]]
            if len(e) == len(f):
                for k in range(len(e)):
                    gold.add(((len(en) + k,), (len(fr) + k,)))
                if len(e) == 1:
                    one_to_one.append(len(en))
            else:
                gold.add((tuple(range(len(en), len(en) + len(e))), tuple(range(len(fr), len(fr) + len(f)))))
            en += e
            fr += f
        out.append((en, fr, gold, one_to_one))
    return out


def load_newstest(chunk: int = 80, merge: float = 0.05) -> list[Doc]:
    """newstest2011 cut into pseudo-documents, with some French neighbours merged (gold 2-1)."""
    folder = evaldata("wmt_newstest_en_fr")
    en_all = (folder / "newstest2011.en").read_text(encoding="utf-8").splitlines()
    fr_all = (folder / "newstest2011.fr").read_text(encoding="utf-8").splitlines()
    rng = random.Random(SEED)
    docs = []
    for start in range(0, len(en_all), chunk):
        en, fr = en_all[start : start + chunk], fr_all[start : start + chunk]
        gold: Beads = set()
        merged: list[str] = []
        one_to_one: list[int] = []
        i = 0
        while i < len(en):
            if i + 1 < len(en) and rng.random() < merge:
                gold.add(((i, i + 1), (len(merged),)))
                merged.append(f"{fr[i]} {fr[i + 1]}")
                i += 2
            else:
                gold.add(((i,), (len(merged),)))
                one_to_one.append(i)
                merged.append(fr[i])
                i += 1
        docs.append((en, merged, gold, one_to_one))
    return docs


def delete(
    en: list[str], fr: list[str], gold: Beads, one_to_one: list[int], rng: random.Random
) -> tuple[list[str], Beads, set[int]]:
    """Drop the French side of 5% of the 1-1 beads; the gold turns them into 1-0 beads."""
    victims = set(rng.sample(one_to_one, max(1, round(DELETE_SHARE * len(one_to_one)))))
    removed = {t[0] for s, t in gold if len(s) == 1 and s[0] in victims and len(t) == 1}
    new_index = {}
    kept = []
    for j, sentence in enumerate(fr):
        if j not in removed:
            new_index[j] = len(kept)
            kept.append(sentence)
    new_gold: Beads = set()
    for s, t in gold:
        if len(s) == 1 and s[0] in victims and len(t) == 1:
            new_gold.add((s, ()))
        else:
            new_gold.add((s, tuple(new_index[j] for j in t)))
    return kept, new_gold, victims


def with_gaps(n: int, m: int, pairs: Sequence[tuple[Sequence[int], Sequence[int]]]) -> Beads:
    """Complete an aligner's non-empty beads with 1-0 / 0-1 beads for the sentences they leave out."""
    beads: Beads = {(tuple(s), tuple(t)) for s, t in pairs if s or t}
    seen_s = {i for s, _ in beads for i in s}
    seen_t = {j for _, t in beads for j in t}
    beads |= {((i,), ()) for i in range(n) if i not in seen_s}
    beads |= {((), (j,)) for j in range(m) if j not in seen_t}
    return beads


def run_mtcheck(en: list[str], fr: list[str]) -> Beads:
    return {(b.source, b.target) for b in align(en, fr)}


def run_galechurch(en: list[str], fr: list[str]) -> Beads:
    import galechurch

    block = galechurch.align(en, fr)
    pairs = [(range(b.source_start, b.source_end), range(b.target_start, b.target_end)) for b in block.beads]
    return with_gaps(len(en), len(fr), pairs)


def run_bleualign(en: list[str], fr: list[str]) -> Beads:
    from bleualign.align import Aligner

    aligner = Aligner({"srcfile": en, "targetfile": fr, "no_translation_override": True,
                       "verbosity": 0, "log_to": io.StringIO()})
    pairs = [pair for pair, _kind in aligner.process(en, fr, [], [])]
    return with_gaps(len(en), len(fr), pairs)


def score(predicted: Beads, gold: Beads) -> tuple[float, float, float]:
    hits = len(predicted & gold)
    p = hits / len(predicted) if predicted else 0.0
    r = hits / len(gold) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(name: str, aligner: Callable[[list[str], list[str]], Beads], variants: dict) -> dict[str, float]:
    row: dict[str, float] = {}
    for variant, docs in variants.items():
        predicted: Beads = set()
        gold: Beads = set()
        found = wanted = 0
        sentences = 0
        t0 = time.perf_counter()
        for d, (en, fr, doc_gold, victims) in enumerate(docs):
            beads = aligner(en, fr)
            predicted |= {((d, *s), (d, *t)) for s, t in beads}
            gold |= {((d, *s), (d, *t)) for s, t in doc_gold}
            found += sum(((v,), ()) in beads for v in victims)
            wanted += len(victims)
            sentences += (len(en) + len(fr)) / 2
        seconds = time.perf_counter() - t0
        p, r, f1 = score(predicted, gold)
        row[f"{variant} P"], row[f"{variant} R"], row[f"{variant} F1"] = p, r, f1
        if wanted:
            row["omission recall"] = found / wanted
        else:
            empty = sum(1 for s, t in predicted if len(s) == 1 or len(t) == 1)  # (d,) alone: an empty side
            row["empty+"] = empty - sum(1 for s, t in gold if len(s) == 1 or len(t) == 1)
        row[f"{variant} pairs/s"] = sentences / seconds
    print(f"{name:<12}" + "".join(f"{v:>13,.0f}" if k == "empty+" or v > 100 else f"{v:>13.3f}"
                                  for k, v in row.items()), flush=True)
    return row


def reported(full: list, damaged: list) -> None:
    """What AL001 and AL002 make of mtcheck's empty beads: each is reported unless the sentence's
    words are found in the other side's neighbours (``align.coverage``: a sentence merged, not
    dropped), by cognates alone or with the bilingual lexicon too (the checks' test)."""
    from mtcheck.checks.alignment.unaligned_sentence import MERGED

    def empty(en: list[str], fr: list[str], keep: Callable[[Bead], bool]) -> Iterator[tuple[str, list[str], tuple[str, str]]]:
        beads = align(en, fr)
        for k, bead in enumerate(beads):
            if bool(bead.source) == bool(bead.target) or not keep(bead):
                continue
            side, texts, other, langs = ("source", en, fr, ("en", "fr")) if bead.source else ("target", fr, en, ("fr", "en"))
            before = next((b.target[-1] if side == "source" else b.source[-1] for b in reversed(beads[:k])
                           if (b.target if side == "source" else b.source)), None)
            after = next((b.target[0] if side == "source" else b.source[0] for b in beads[k + 1 :]
                          if (b.target if side == "source" else b.source)), None)
            yield texts[getattr(bead, side)[0]], [other[i] for i in (before, after) if i is not None], langs

    for label, docs, keep in (
        ("omissions found as 1-0", damaged, lambda victims: lambda b: len(b.source) == 1 and b.source[0] in victims),
        ("empty beads beyond the gold (full variant)", full, lambda gold: lambda b: (b.source, b.target) not in gold),
    ):
        cases = [c for en, fr, gold, victims in docs for c in empty(en, fr, keep(victims if victims else gold))]
        cognates = sum(coverage(text, near) < MERGED for text, near, _ in cases)
        lexicon = sum(coverage(text, near, langs) < MERGED for text, near, langs in cases)
        print(f"  AL001/AL002 on mtcheck's {label}: {len(cases)}, reported {lexicon} (by cognates alone {cognates})")


def benchmark(title: str, docs: list[Doc]) -> bool:
    """Print one table; True when mtcheck is ahead of both peers on every accuracy figure."""
    rng = random.Random(SEED)
    full = [(en, fr, gold, set()) for en, fr, gold, _ in docs]
    damaged = []
    for en, fr, gold, one_to_one in docs:
        kept, new_gold, victims = delete(en, fr, gold, one_to_one, rng)
        damaged.append((en, kept, new_gold, victims))
    n_src = sum(len(d[0]) for d in docs)
    n_gold = sum(len(d[2]) for d in docs)
    n_del = sum(len(d[3]) for d in damaged)
    print(f"{title}: {len(docs)} documents, {n_src} English sentences, {n_gold} gold beads; "
          f"deletions variant drops {n_del} French sentences (seed {SEED})")
    variants = {"full": full, "deletions": damaged}
    header = ["full P", "full R", "full F1", "empty+", "full pairs/s", "del. P", "del. R", "del. F1", "omission R",
              "del. pairs/s"]
    print(f"{'aligner':<12}" + "".join(f"{h:>13}" for h in header))
    rows: dict[str, dict[str, float]] = {}
    for name, fn in (("mtcheck", run_mtcheck), ("galechurch", run_galechurch), ("bleualign", run_bleualign)):
        rows[name] = evaluate(name, fn, variants)
    reported(full, damaged)
    mine = rows["mtcheck"]
    keys = ["full F1", "deletions F1", "omission recall"]
    ahead = all(mine[k] > rows[p][k] for p in ("galechurch", "bleualign") for k in keys)
    print(f"mtcheck ahead of both peers on F1 (both variants) and omission recall: {ahead}\n")
    return ahead


def main() -> None:
    benchmark("MERSENNE dev", load_mersenne())
    benchmark("newstest2011, synthetic merges", load_newstest())


if __name__ == "__main__":
    main()
