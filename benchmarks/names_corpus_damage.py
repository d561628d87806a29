"""The names challenge's second generator: damage to names a corpus writes often, in running articles.

The first generator (``names_challenge.py``) damages the multi-word and brand-like names a human
translator kept from the English, one sentence per document, with a termbase of them. This one is
built independently of it and of mtcheck's name candidates, to measure what a user checking a feed
without a termbase gets:

- **names**: words the French text writes with a capital inside a sentence (not after a full stop,
  a colon or a quote), at least four times, and never in lowercase; acronyms of two to five capitals
  written at least four times; a word with a capital after a small letter ("KowalSoft") written at
  least three times. So the corpus itself holds the evidence for the right form;
- **documents**: consecutive sentence pairs of one WMT or NTREX set in articles of 20 sentences,
  paragraphs of five, a headline (a source with no sentence's punctuation at its end) on a line of
  its own, as articles write it (until the round after ``5ca55e2`` it ran into the next
  sentence); half the articles get one damaged sentence each, the rest stay as written;
- **damage**, one per damaged article, drawn per article: a name in lowercase ("iran"), in capitals
  in running prose ("SARKOZY"), an acronym with its capitals lost ("Bbc"), a brand's inner capital
  lost ("Kowalsoft") or split there ("Kowal Soft"), a name at the end of a sentence glued to the
  next sentence ("IranLe"), and a misspelling (one letter substituted from the whole alphabet,
  dropped, doubled or two swapped) of a short (four to six letters) or a long name.

**The split, by corpus, fixed before any run**: tuned on newstest2009 and newstest2010 (and, after
the first held-out measurement, news-test2008 and newstest2012, read by earlier sessions' tuning
too); held out: newstest2011 and NTREX-128, whose figures are printed first and are never read
beyond their counts.
Each setting runs the real pipeline (``mtcheck.pipeline.run``, names checks, no back-translation, no
termbase) without and with the English sources. Printed per corpus: recall per kind (a finding of
the kind's category overlapping the damaged span) and false alarms per 1,000 sentences that no
damage touched (the reference's own slips counted apart: those of ``benchmarks/data/reference_slips.tsv``,
and those of the tuning references in ``benchmarks/data/wmt_reference_slips.tsv``, read for
``names_real_mt.py``).

Other human translations (``--sets other``: TICO-19, Tatoeba, MERSENNE, SemEval, DiaBLa) are a
development set besides the tuning sets, read from the round after ``4fdc0df`` on.

    python benchmarks/names_corpus_damage.py [--sets held-out|tuning|all|other] [--seeds N] [--show N] [--missed]
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

TUNING = ("newstest2009", "newstest2010", "news-test2008", "newstest2012")
HELD_OUT = ("newstest2011", "NTREX-128")
OTHER = ("TICO-19 test", "Tatoeba test", "MERSENNE dev", "SemEval EA-MT refs", "DiaBLa en->fr")
"""``names_clean.py``'s human translations into French in other domains (NTREX-128's Canadian
French is left out: its English is a held-out set's): a development set read from the round after
``4fdc0df`` on, for recall on corpora whose names and registers the news sets do not have."""


def other_pairs(name: str) -> list[tuple[str, str]]:
    from benchmarks.names_clean import sets

    return sets()[name][0]
KINDS = ("lowercase", "capitals", "acronym", "brand-case", "split", "glued", "misspelled-short", "misspelled-long")
CATEGORY = {"lowercase": "name-case", "capitals": "name-case", "acronym": "name-case", "brand-case": "name-case",
            "split": "name-split", "glued": "name-glued", "misspelled-short": "name-misspelled",
            "misspelled-long": "name-misspelled"}  # fmt: skip
ARTICLE, PARAGRAPH = 20, 5
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
ACRONYM = re.compile(r"[A-Z]{2,5}")
SPELT_OUT = re.compile(r"[A-Z]{2,3}")
SAID_AS_A_WORD = re.compile(r"[^AEIOUY][AEIOU][^AEIOUY]")
"""French typography writes an acronym said as a word with one capital ("la Fifa", "l'Otan"), so only
acronyms of two or three letters spelt out ("BBC", not "NOK") lose their capitals here."""
INNER_CAPITAL = re.compile(r"[a-z][A-Z]")
SENTENCE_START = re.compile(r"(?:^|[.!?:;«\"“(]\s*|—\s*|-\s+)$")


def inside_words(sentence: str) -> list[re.Match[str]]:
    """The words of a sentence that no sentence start, colon or quote capitalises."""
    return [m for m in WORD.finditer(sentence) if not SENTENCE_START.search(sentence[: m.start()])]


def evidence(french: list[str]) -> tuple[Counter[str], set[str]]:
    """How often each word is written capitalised inside sentences, and every word written in lowercase."""
    capitalised: Counter[str] = Counter()
    lower: set[str] = set()
    for sentence in french:
        for m in WORD.finditer(sentence):
            if m.group().islower():
                lower.add(m.group())
        for m in inside_words(sentence):
            if m.group()[0].isupper():
                capitalised[m.group()] += 1
    return capitalised, lower


def kind_of(word: str, capitalised: Counter[str], lower: set[str]) -> list[str]:
    """The kinds of damage a word can take, given what the corpus writes."""
    if word.lower() in lower or word.upper() == word and not ACRONYM.fullmatch(word):
        return []
    if ACRONYM.fullmatch(word):
        spelt = SPELT_OUT.fullmatch(word) and not SAID_AS_A_WORD.fullmatch(word)
        return ["acronym"] if spelt and capitalised[word] >= 4 else []
    if INNER_CAPITAL.search(word):
        return ["brand-case", "split"] if capitalised[word] >= 3 else []
    if capitalised[word] < 4 or not word.isalpha() or len(word) < 3:
        return []
    kinds = ["lowercase"]
    if len(word) >= 4:
        kinds += ["capitals", "misspelled-short" if len(word) <= 6 else "misspelled-long"]
    return kinds


def misspell(word: str, rng: random.Random, taken: set[str]) -> str | None:
    """One slip at an inner letter, not a word the corpus writes."""
    for _ in range(20):
        letters = list(word)
        i = rng.randrange(1, len(letters) - 1)
        how = rng.choice(("substitute", "drop", "double", "swap"))
        if how == "substitute":
            letters[i] = rng.choice([c for c in "abcdefghijklmnopqrstuvwxyz" if c != letters[i].lower()])
        elif how == "drop":
            del letters[i]
        elif how == "double":
            letters.insert(i, letters[i])
        elif letters[i] != letters[i + 1]:
            letters[i], letters[i + 1] = letters[i + 1], letters[i]
        slip = "".join(letters)
        if slip != word and slip not in taken and slip.lower() not in taken:
            return slip
    return None


def damage(kind: str, word: str, rng: random.Random, taken: set[str]) -> str | None:
    if kind == "lowercase":
        return word.lower()
    if kind == "capitals":
        return word.upper()
    if kind == "acronym":
        return word.capitalize()
    if kind == "brand-case":
        return word[0] + word[1:].lower()
    if kind == "split":
        m = INNER_CAPITAL.search(word)
        return f"{word[: m.start() + 1]} {word[m.start() + 1 :]}" if m else None
    return misspell(word, rng, taken)


Damage = tuple[str, str, int, int]
"""The kind, the document and the span of the damaged text in its target."""


def build(pairs: list[tuple[str, str]], seed: int) -> tuple[list[dict[str, object]], list[Damage], dict[str, int]]:
    """Articles (JSONL documents with their sources), the damage done (kind, document, span in its
    target) and, per document, the number of sentences no damage touched."""
    capitalised, lower = evidence([fr for _, fr in pairs])
    taken = set(capitalised) | lower
    docs, damaged, clean = [], [], {}
    used: set[str] = set()  # one damage per name, so the corpus keeps its clear majority of right forms
    for a in range(0, len(pairs) - ARTICLE + 1, ARTICLE):
        article = pairs[a : a + ARTICLE]
        rng = random.Random(f"{seed}:{a}")
        french = [fr for _, fr in article]
        doc_id = f"article-{a}"
        done = [] if rng.random() < 0.5 else [_damage_one(french, p, rng.choice(KINDS), rng, capitalised, lower, taken, used)
                                              for p in range(0, len(french), PARAGRAPH)]
        done = [d for d in done if d is not None]
        glues = {s for kind, s, *_ in done if kind == "glued"}
        target, source, offsets = _join(french, [en for en, _ in article], glues)
        damaged += [(kind, doc_id, offsets[s] + start, offsets[s] + end) for kind, s, start, end in done]
        docs.append({"id": doc_id, "source": source, "target": target})
        clean[doc_id] = len(article) - len(done) - len(glues)
    return docs, damaged, clean


def _damage_one(french: list[str], paragraph: int, kind: str, rng: random.Random, capitalised: Counter[str],
                lower: set[str], taken: set[str], used: set[str]) -> tuple[str, int, int, int] | None:
    """Damage one name of the paragraph that starts at sentence ``paragraph`` (in place): the kind,
    the sentence and the span of the damaged text in it; None where no name can take that kind."""
    options = []
    for s in range(paragraph, min(paragraph + PARAGRAPH, len(french))):
        sentence = french[s]
        if kind != "glued":
            options += [(s, m) for m in inside_words(sentence)
                        if kind in kind_of(m.group(), capitalised, lower) and m.group() not in used]
            continue
        last = inside_words(sentence)[-1:] if sentence.endswith(".") else []
        if (last and last[0].end() == len(sentence) - 1 and "lowercase" in kind_of(last[0].group(), capitalised, lower)
                and s + 1 < min(paragraph + PARAGRAPH, len(french)) and french[s + 1][:1].isupper()):
            options.append((s, last[0]))
    if not options:
        return None
    s, m = rng.choice(options)
    used.add(m.group())
    if kind == "glued":
        return kind, s, m.start(), m.end() + len(french[s + 1].split(" ", 1)[0])
    bad = damage(kind, m.group(), rng, taken)
    if bad is None:
        return None
    french[s] = french[s][: m.start()] + bad + french[s][m.end() :]
    return kind, s, m.start(), m.start() + len(bad)


_HEADLINE_END = re.compile(r"[.!?…:;][\"'”»)\]]*$")


def _headline(en: str, fr: str) -> bool:
    """A pair whose source ends without a sentence's punctuation: a headline or a title, which an
    article writes on a line of its own (its translator may have added a full stop)."""
    return not _HEADLINE_END.search(en)


def _join(french: list[str], english: list[str], glues: set[int]) -> tuple[str, str, list[int]]:
    """The article's target and source texts (paragraphs of five sentences, a headline on a line of
    its own), and where each French sentence starts; ``glues``: the sentences whose full stop and
    space are dropped before the next."""
    target, source, offsets = "", "", []
    for s, (fr, en) in enumerate(zip(french, english, strict=True)):
        if s:
            apart = s % PARAGRAPH == 0 or _headline(english[s - 1], french[s - 1]) or _headline(en, fr)
            sep = "\n\n" if apart else " "
            target += "" if s - 1 in glues else sep
            source += sep
        offsets.append(len(target))
        target += fr[:-1] if s in glues else fr
        source += en
    return target, source, offsets


def measure(docs, damaged, clean, *, sources: bool, tmp: Path, show: int, missed: bool = False):  # type: ignore[no-untyped-def]
    path = tmp / f"corpus-{sources}.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for d in docs:
            out.write(json.dumps(d if sources else {"id": d["id"], "target": d["target"]}, ensure_ascii=False) + "\n")
    t0 = time.perf_counter()
    report = run(Config(paths=(str(path),), backtranslation=False, cache=False, select=("NE",), ignore=("NE007",)))
    wall = time.perf_counter() - t0
    by_doc = {d.id: d.findings or [] for d in report.corpus.documents}
    hits, cases = Counter(), Counter()
    found_spans = set()
    for kind, doc_id, start, end in damaged:
        cases[kind] += 1
        hit = [f for f in by_doc[doc_id] if f.start < end and start < f.end]
        found_spans.update((doc_id, f.start) for f in hit)
        found = any(f.category == CATEGORY[kind] for f in hit)
        hits[kind] += found
        if not found and missed:
            text = next(str(d["target"]) for d in docs if d["id"] == doc_id)
            marked = f"{text[max(0, start - 30) : start]}[{text[start:end]}]{text[end : end + 30]}"
            print(f"    missed {kind} {doc_id}: {marked!r} -> {[f.code for f in hit]}")
    slips = _reference_slips()
    alarms = [f for d, fs in by_doc.items() for f in fs if (d, f.start) not in found_spans]
    false_alarms = [f for f in alarms if (f.text, f.suggestion) not in slips]
    for f in false_alarms[:show]:
        print(f"    FA ({'source' if sources else 'no source'}) {f.doc_id} {f.code} {f.text!r} -> {f.suggestion!r}")
    return hits, cases, len(false_alarms), len(alarms) - len(false_alarms), sum(clean.values()), wall


def _reference_slips() -> set[tuple[str, str | None]]:
    """(the reference's form, the form mtcheck suggests) of every slip read by hand."""
    data = Path(__file__).parent / "data"
    rows = (data / "reference_slips.tsv").read_text(encoding="utf-8").splitlines()
    slips = {tuple(r.split("\t")[:2]) for r in rows if r and not r.startswith("#")}
    for row in (data / "wmt_reference_slips.tsv").read_text(encoding="utf-8").splitlines():
        if row and not row.startswith("#"):
            _, _, source_name, _, written = row.split("\t")[:5]
            slips.add((written, source_name))
    return slips  # type: ignore[return-value]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", choices=("held-out", "tuning", "all", "other"), default="held-out",
                        help="other: names_clean.py's human translations in other domains, a development set")
    parser.add_argument("--seeds", type=int, default=3, help="pool N draws (seeds 1 to N)")
    parser.add_argument("--show", type=int, default=0, help="print N false alarms per corpus and setting")
    parser.add_argument("--missed", action="store_true", help="print every damage not found (tuning sets only)")
    args = parser.parse_args()
    sets = {"held-out": HELD_OUT, "tuning": TUNING, "all": HELD_OUT + TUNING, "other": OTHER}[args.sets]
    print(f"{'corpus':<24}{'setting':<11}" + "".join(f"{k:>18}" for k in KINDS) + f"{'FA/1000':>9}{'slips':>7}{'time':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for name in sets:
            pairs = other_pairs(name) if name in OTHER else news_pairs(name)
            draws = [build(pairs, seed) for seed in range(1, args.seeds + 1)]
            for sources in (False, True):
                hits, cases, fas, slips, n_clean, wall = Counter(), Counter(), 0, 0, 0, 0.0
                for docs, damaged, clean in draws:
                    h, c, f, sl, n, w = measure(docs, damaged, clean, sources=sources, tmp=Path(tmp), show=args.show,
                                                missed=args.missed and name not in HELD_OUT)
                    hits, cases, fas, slips, n_clean, wall = hits + h, cases + c, fas + f, slips + sl, n_clean + n, wall + w
                label = f"{name}{' (held out)' if name in HELD_OUT else ''}"
                cells = "".join(f"{f'{100 * hits[k] / cases[k]:.0f}% of {cases[k]}' if cases[k] else '-':>18}" for k in KINDS)
                print(f"{label:<24}{'source' if sources else 'no source':<11}{cells}{1000 * fas / n_clean:>9.2f}"
                      f"{slips:>7}{wall:>7.1f}s")


if __name__ == "__main__":
    main()
