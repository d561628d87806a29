"""False alarms of the names checks on clean human translations outside the challenge set.

``names_challenge.py`` draws its clean sentences from the same news sets (NTREX-128, WMT newstest) as
its damaged ones, and the rules of the names checks were tuned on them. This script runs the real
pipeline (``mtcheck.pipeline.run``, no back-translation, no termbase, each sentence pair its own
document, the English source beside it) on the other human translations in ../shared/evaldata,
other domains and registers:

- NTREX-128 Canadian French references (news, 1,997 pairs): the English sources of the challenge's
  NTREX part, written in English and translated by another translator, whose French the rules were
  never tuned on; the only set here whose French is a translation of the English beside it in the
  news domain (WMT newstest 2008-2012 were mostly written in a third language, so their English is
  no source of their French);
- TICO-19 test (COVID-19 texts, dense with names and acronyms), 2,100 lines of which 1,801 pairs: the
  copy's French file is out of step with its English on lines 425-698 and 786-810 (each French line
  there translates another English line, read by hand), and those 299 lines are left out;
- Tatoeba test (short everyday sentences), 12,681 pairs;
- MERSENNE dev (scientific articles, 18 of 23 translated from French), 1,868 aligned units;
- SemEval-2025 EA-MT validation references (questions about films, books, places), 724 pairs;
- DiaBLa (spontaneous dialogue), its human references: English to French (2,865) and French to
  English (2,883, where the English side is the checked translation).

Printed per set: pairs, alarms of the default names checks (NE001-NE005, NE008) per 1,000 pairs,
the hand-checked slips of the human translation among them (listed in
``benchmarks/data/reference_slips.tsv`` and counted apart, as in the challenge), and each alarm,
so a reader can judge it.

    python benchmarks/names_clean.py
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import names_challenge as challenge  # noqa: E402
from benchmarks._shared import evaldata  # noqa: E402
from benchmarks.names_challenge import OPT_IN  # noqa: E402

Pair = tuple[str, str]


OUT_OF_STEP = {"tico19-test": ((425, 698), (786, 810))}
"""Line ranges (1-based, inclusive) where a line-aligned file's French translates another English line:
a pair there is no translation, and every name or figure of it would count as an alarm."""


def _lines(folder: str, stem: str) -> list[Pair]:
    en = evaldata(folder, f"{stem}.eng").read_text(encoding="utf-8").splitlines()
    fr = evaldata(folder, f"{stem}.fra").read_text(encoding="utf-8").splitlines()
    skipped = OUT_OF_STEP.get(stem, ())
    return [pair for number, pair in enumerate(zip(en, fr, strict=True), 1)
            if not any(first <= number <= last for first, last in skipped)]


def _jsonl(folder: str, name: str) -> Iterator[dict[str, object]]:
    with evaldata(folder, name).open(encoding="utf-8") as f:
        yield from (json.loads(line) for line in f if line.strip())


def _diabla(direction: str) -> list[Pair]:
    """(source, human reference) of one direction; for fr2en the pair is (French, English)."""
    return [(str(u["source"]), str(u["reference"])) for u in _jsonl("diabla_en_fr_mt_judgments", "diabla_utterances.jsonl")
            if u["direction"] == direction]


def sets() -> dict[str, tuple[list[Pair], str, str]]:
    """Each clean set: (source, translation) pairs, source language, target language."""
    ntrex = evaldata("ntrex128_en_fr")
    return {
        "NTREX-128 fra-CA": (list(zip((ntrex / "newstest2019-src.eng.txt").read_text(encoding="utf-8").splitlines(),
                                      (ntrex / "newstest2019-ref.fra-CA.txt").read_text(encoding="utf-8").splitlines(),
                                      strict=True)), "en", "fr"),
        "TICO-19 test": (_lines("tatoeba_tico19_en_fr", "tico19-test"), "en", "fr"),
        "Tatoeba test": (_lines("tatoeba_tico19_en_fr", "tatoeba-test-v2021-08-07"), "en", "fr"),
        "MERSENNE dev": ([(str(u["en"]), str(u["fr"]))
                          for u in _jsonl("mersenne_alignment_dev_en_fr", "mersenne_aligned_units.jsonl")], "en", "fr"),
        "SemEval EA-MT refs": ([(str(r["source"]), str(r["targets"][0]["translation"]))  # type: ignore[index]
                                for r in _jsonl("ea_mt_semeval2025_en_fr", "references_validation_fr_FR.jsonl")], "en", "fr"),
        "DiaBLa en->fr": (_diabla("en2fr"), "en", "fr"),
        "DiaBLa fr->en": (_diabla("fr2en"), "fr", "en"),
    }


def measure(pairs: list[Pair], source_lang: str, target_lang: str, tmp: Path):  # type: ignore[no-untyped-def]
    """The alarms of the default names checks on the pairs: (false alarms, reference slips)."""
    docs = [{"id": f"p{i}", "source": source, "target": target, "source_lang": source_lang, "target_lang": target_lang}
            for i, (source, target) in enumerate(pairs)]
    _, fas, slips, _ = challenge.measure(docs, {}, [d["id"] for d in docs], set(), sources=True, termbase=False, tmp=tmp)
    return [f for f in fas if f.code not in OPT_IN], [f for f in slips if f.code not in OPT_IN]


def main() -> None:
    print(f"{'set':<22}{'pairs':>8}{'alarms':>8}{'FA/1000':>9}{'ref slips':>11}")
    total = alarms_total = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, (pairs, source_lang, target_lang) in sets().items():
            fas, slips = measure(pairs, source_lang, target_lang, Path(tmp))
            total, alarms_total = total + len(pairs), alarms_total + len(fas)
            print(f"{name:<22}{len(pairs):>8}{len(fas):>8}{1000 * len(fas) / len(pairs):>9.2f}{len(slips):>11}")
            for f in fas:
                print(f"    FA {f.code} {f.text!r}: {f.message}")
            for f in slips:
                print(f"    ref slip {f.code} {f.text!r}: {f.message}")
    print(f"{'all':<22}{total:>8}{alarms_total:>8}{1000 * alarms_total / total:>9.2f}")


if __name__ == "__main__":
    main()
