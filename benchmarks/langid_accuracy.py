"""Accuracy of each language detector alone and of mtcheck's vote, on short and long sentences.

Human sentences from ../shared/evaldata: Tatoeba (short, everyday) and NTREX-128 (news), both sides
(English and French), bucketed by length in words. Run:

    python benchmarks/langid_accuracy.py
"""

from __future__ import annotations

import random
import time

from _shared import evaldata

from mtcheck.langid import DETECTORS

BUCKETS = [(1, 3), (4, 6), (7, 12), (13, 1000)]
PER_BUCKET = 400


def samples() -> dict[tuple[int, int], list[tuple[str, str]]]:
    pool: list[tuple[str, str]] = []
    for folder, stem, exts in [
        ("tatoeba_tico19_en_fr", "tatoeba-test-v2021-08-07", ("eng", "fra")),
        ("ntrex128_en_fr", None, ("eng", "fra")),
    ]:
        for ext, lang in zip(exts, ("en", "fr"), strict=True):
            name = f"{stem}.{ext}" if stem else ("newstest2019-src.eng.txt" if lang == "en" else "newstest2019-ref.fra.txt")
            lines = evaldata(folder, name).read_text(encoding="utf-8").splitlines()
            pool += [(line.strip(), lang) for line in lines if line.strip()]
    rng = random.Random(13)
    out = {}
    for lo, hi in BUCKETS:
        bucket = [(t, lang) for t, lang in pool if lo <= len(t.split()) <= hi]
        rng.shuffle(bucket)
        en = [x for x in bucket if x[1] == "en"][: PER_BUCKET // 2]
        fr = [x for x in bucket if x[1] == "fr"][: PER_BUCKET // 2]
        out[(lo, hi)] = en + fr
    return out


def main() -> None:
    data = samples()
    header = "detector".ljust(16) + "".join(f"{lo}-{hi if hi < 1000 else '…'} words".rjust(14) for lo, hi in BUCKETS)
    print(header + "   µs/sentence   undecided   French called English")
    for name, detect in DETECTORS.items():
        row, total_time, total, undecided, false_en = [], 0.0, 0, 0, 0
        for bucket in BUCKETS:
            correct = 0
            for text, lang in data[bucket]:
                t0 = time.perf_counter()
                guess = detect(text)
                total_time += time.perf_counter() - t0
                total += 1
                correct += guess.lang == lang
                undecided += guess.lang is None
                false_en += lang == "fr" and guess.lang == "en"
            row.append(f"{100 * correct / len(data[bucket]):.1f}%".rjust(14))
        print(name.ljust(16) + "".join(row) + f"{1e6 * total_time / total:12.0f}   {undecided:9d}   {false_en:21d}")
    print(f"({PER_BUCKET} sentences per bucket, half English, half French; 'undecided' counts as wrong;")
    print(" 'French called English' is what would become a false untranslated-sentence alarm)")


if __name__ == "__main__":
    main()
