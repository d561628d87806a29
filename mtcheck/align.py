"""Sentence alignment of a source and its translation: ``align.length-cognates.v2``.

Dynamic programming over beads 1-1, 1-2, 2-1, 2-2, 1-0 and 0-1, restricted to a band around the
length-proportional diagonal so that long documents stay linear. A bead's cost adds

- a length prior in the style of Gale and Church (1993): the character-length ratio of the two
  sides, modelled as Gaussian around the language pair's mean ratio;
- a lexical reward, the Dice overlap of the two sides' anchors: tokens that survive translation
  between English and French (numbers, acronyms, names, URLs) and cognates, taken as the first
  four letters of longer words with case and accents folded ("atmospheric"/"atmosphérique"), as
  in Simard, Foster and Isabelle (1992);
- when back-translations of the target exist, chrF between the back-translation and the source
  (the Bleualign idea: compare in one language instead of across two);
- a prior for each bead type, so that 1-1 is preferred and 1-0 / 0-1 cost most.

Why it is built this way: every bead cost is computed up front, for all cells of the band at
once, with numpy; the dynamic programming loop then only adds and compares rows, which keeps the
aligner above 5,000 sentence pairs per second without compiled code of our own. Sums over a
multi-sentence side use the pairwise overlaps of its sentences, which over-counts an anchor
repeated in both sentences; the benchmark figures in docs/benchmarks.md are measured with that approximation.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Sequence, Sized

import numpy as np

from mtcheck.entities.candidates import fold
from mtcheck.langid import GRAMMAR_WORDS
from mtcheck.model import Bead

NAME = "align.length-cognates.v2"
BAND = 30
"""Half-width of the search band, in sentences, around the length-proportional diagonal."""
TYPES = ((1, 1), (1, 2), (2, 1), (2, 2), (1, 0), (0, 1))
_PRIOR = {(1, 1): 0.0, (1, 2): 3.2, (2, 1): 3.2, (2, 2): 4.2, (1, 0): 3.5, (0, 1): 3.5}
_LEXICAL = 12.0
"""Weight of the Dice overlap of anchors and cognates.

The priors and weights were chosen on a synthetic set made from newstest2011 (sentences merged and
deleted at random, see ``benchmarks/align_accuracy.py``), then checked on MERSENNE.
"""
_CHRF = 8.0
"""Weight of chrF (0 to 1) between the back-translation and the source, when there is one."""
NEAR = 1
"""How many target sentences either side of the first pass's choice the chrF pass considers."""
_VARIANCE = 6.8
_LENGTH_RATIO = {("en", "fr"): 1.1, ("fr", "en"): 1 / 1.1}
"""Characters of target per character of source; French runs about 10% longer than English."""

_TOKEN = re.compile(r"https?://\S+|@\w+|\w+")
_STOP = frozenset(
    """avec dans pour plus elle elles sont cette leur leurs mais comme tout tous toute toutes être
    fait entre aussi même autre autres nous vous sans dont ainsi donc très encore bien alors après
    avant depuis selon sous chez that with from have been this which their there were they will
    would about more other also into than them these some such only when what where while could
    should after before over under through between being those most many much each very""".split()
)


def align(
    source: Sequence[str],
    target: Sequence[str],
    *,
    ratio: float = _LENGTH_RATIO[("en", "fr")],
    backtranslations: Sequence[str | None] | None = None,
) -> tuple[Bead, ...]:
    """Beads covering every source and target sentence exactly once, in order.

    ``ratio`` is the expected target/source character-length ratio (see ``length_ratio``);
    ``backtranslations``, one per target sentence, add chrF against the source to the cost.
    """
    n, m = len(source), len(target)
    if not n or not m:
        return tuple([Bead((i,), (), 0.0) for i in range(n)] + [Bead((), (j,), 0.0) for j in range(m)])
    band = _Band(n, m)
    costs = _bead_costs(source, target, band, ratio)
    beads = _trace(band, *_search(band, costs))
    if backtranslations is None:
        return beads
    # Second pass: chrF is costly (character n-grams), so it is computed only near the first path.
    _add_chrf(costs, source, backtranslations, band, beads)
    return _trace(band, *_search(band, costs))


def length_ratio(source_lang: str | None, target_lang: str | None) -> float:
    """Expected characters of target per character of source; 1 for a pair we have no figure for."""
    return _LENGTH_RATIO.get((source_lang or "", target_lang or ""), 1.0)


class _Band:
    """Which target sentences row ``i`` of the search considers: ``offset[i] + 0 .. width - 1``."""

    def __init__(self, n: int, m: int) -> None:
        self.n, self.m = n, m
        self.width = min(2 * BAND + 1, m + 1)
        centre = np.rint(np.arange(n + 1) * (m / n)).astype(np.int64)
        self.offset = np.clip(centre - BAND, 0, m + 1 - self.width)
        self.columns = self.offset[:, None] + np.arange(self.width)[None, :]
        """``columns[i, k]``: the target position of cell ``(i, k)``."""


def _bead_costs(
    source: Sequence[str],
    target: Sequence[str],
    band: _Band,
    ratio: float,
) -> dict[tuple[int, int], np.ndarray]:
    """Cost of the bead of each type ending at each cell of the band (``inf`` where impossible)."""
    n, w = band.n, band.width
    src_feats = [_features(s) for s in source]
    tgt_feats = [_features(t) for t in target]
    src_len, tgt_len = _prefix_lengths(source), _prefix_lengths(target)
    src_size, tgt_size = _prefix_lengths(src_feats), _prefix_lengths(tgt_feats)
    # overlap[a, k]: anchors shared by source sentence a and target sentence band.columns[a + 1, k] - 1,
    # with one spare column on the left for the second sentence of a 2-sentence target side.
    overlap = _pairwise(src_feats, tgt_feats, band)
    rows = np.arange(n + 1)[:, None]
    cols = band.columns
    costs: dict[tuple[int, int], np.ndarray] = {}
    for di, dj in TYPES:
        valid = (rows >= di) & (cols >= dj)
        cost = np.full((n + 1, w), math.inf)
        if di and dj:
            r, c = np.nonzero(valid)
            i, j = r, cols[r, c]
            ls = src_len[i] - src_len[i - di]
            lt = tgt_len[j] - tgt_len[j - dj]
            mean = (ls + lt / ratio) / 2
            delta = (lt - ls * ratio) / np.sqrt(np.maximum(mean, 1.0) * _VARIANCE)
            shared = sum(_lookup(overlap, band, i - a, j - b) for a in range(1, di + 1) for b in range(1, dj + 1))
            sizes = (src_size[i] - src_size[i - di]) + (tgt_size[j] - tgt_size[j - dj])
            dice = np.where(sizes > 0, 2 * shared / np.maximum(sizes, 1), 0.0)
            cost[r, c] = _PRIOR[(di, dj)] + delta * delta / 2 - _LEXICAL * dice
        else:
            cost[valid] = _PRIOR[(di, dj)]
        costs[(di, dj)] = cost
    return costs


def _prefix_lengths(items: Sequence[Sized]) -> np.ndarray:
    """``out[k]``: total length of ``items[:k]``, so any run of sentences is one subtraction."""
    return np.concatenate([[0], np.cumsum([len(x) for x in items])]).astype(float)


def _pairwise(left: list[frozenset[str]], right: list[frozenset[str]], band: _Band) -> np.ndarray:
    """Shared features of every source sentence ``a`` and target ``b`` near its band row."""
    n, m, w = band.n, band.m, band.width
    out = np.zeros((n, w + 1))
    for a in range(n):
        first = int(band.offset[a + 1]) - 2  # the target sentence of column 0
        lo, hi = max(first, 0), min(first + w + 1, m)
        item = left[a]
        out[a, lo - first : hi - first] = [len(item & other) for other in right[lo:hi]]
    return out


def _add_chrf(
    costs: dict[tuple[int, int], np.ndarray],
    source: Sequence[str],
    backtranslations: Sequence[str | None],
    band: _Band,
    beads: Sequence[Bead],
) -> None:
    """Reward each bead by chrF between its back-translated target and its source, for beads that
    end within ``NEAR`` sentences of where the first pass put their last source sentence."""
    where = [0] * (len(source) + 1)
    j = 0
    for b in beads:
        j = b.target[-1] + 1 if b.target else j
        for i in b.source:
            where[i + 1] = j
    grams: dict[tuple[str, int, int], list[Counter[str]]] = {}

    def side(texts: Sequence[str | None], key: str, a: int, b: int) -> list[Counter[str]]:
        if (key, a, b) not in grams:
            grams[(key, a, b)] = _char_ngrams(" ".join(t or "" for t in texts[a:b]))
        return grams[(key, a, b)]

    for (di, dj), cost in costs.items():
        if not di or not dj:
            continue
        for i in range(di, band.n + 1):
            for j in range(max(dj, where[i] - NEAR), min(band.m, where[i] + NEAR) + 1):
                k = j - band.offset[i]
                if 0 <= k < band.width:
                    chrf = _chrf(side(source, "s", i - di, i), side(backtranslations, "t", j - dj, j))
                    cost[i, k] -= _CHRF * chrf


def _lookup(matrix: np.ndarray, band: _Band, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``matrix`` values of source sentences ``a`` against target sentences ``b`` (0 outside the band)."""
    k = b - (band.offset[a + 1] - 2)
    inside = (k >= 0) & (k < matrix.shape[1])
    return np.where(inside, matrix[a, np.clip(k, 0, matrix.shape[1] - 1)], 0.0)


def _search(band: _Band, costs: dict[tuple[int, int], np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Best total cost of reaching each cell, and the index in ``TYPES`` of its last bead."""
    n, w = band.n, band.width
    total = np.full((n + 1, w), math.inf)
    back = np.full((n + 1, w), -1, dtype=np.int8)
    steps = np.arange(w) * _PRIOR[(0, 1)]
    insert = TYPES.index((0, 1))
    for i in range(n + 1):
        best = np.full(w, math.inf)
        arg = np.full(w, -1, dtype=np.int8)
        if i == 0:
            best[0] = 0.0 if band.offset[0] == 0 else math.inf
        for t, (di, dj) in enumerate(TYPES):
            if not di or i < di:
                continue
            shift = band.offset[i] - band.offset[i - di] - dj
            candidate = _shifted(total[i - di], shift) + costs[(di, dj)][i]
            better = candidate < best
            best[better] = candidate[better]
            arg[better] = t
        # 0-1 beads chain along the row: total[k] = min(best[k], total[k-1] + prior), a running minimum.
        chained = np.minimum.accumulate(best - steps) + steps
        inserted = chained < best - 1e-9  # not a rounding error of the subtraction above
        arg[inserted] = insert
        total[i] = np.where(inserted, chained, best)
        back[i] = arg
    return total, back


def _shifted(row: np.ndarray, shift: int) -> np.ndarray:
    """``row`` read at ``k + shift`` for each column ``k``; ``inf`` outside it."""
    w = len(row)
    out = np.full(w, math.inf)
    if shift >= 0:
        if shift < w:
            out[: w - shift] = row[shift:]
    elif -shift < w:
        out[-shift:] = row[: w + shift]
    return out


def _trace(band: _Band, total: np.ndarray, back: np.ndarray) -> tuple[Bead, ...]:
    """Follow the back pointers from the last cell; each bead's score is ``exp(-cost / 4)``."""
    i, j = band.n, band.m
    beads: list[Bead] = []
    while i or j:
        k = j - band.offset[i]
        di, dj = TYPES[back[i, k]]
        step = total[i, k] - total[i - di, j - dj - band.offset[i - di]]
        beads.append(Bead(tuple(range(i - di, i)), tuple(range(j - dj, j)), round(math.exp(-max(step, 0.0) / 4), 3)))
        i, j = i - di, j - dj
    return tuple(reversed(beads))


def _features(sentence: str) -> frozenset[str]:
    """Anchors and cognate stems of a sentence: what survives translation between en and fr."""
    out = set()
    for token in _TOKEN.findall(sentence):
        if not token.isalpha():  # numbers, codes like CO2, URLs, handles: kept as they are
            out.add(token)
        elif (stem := _stem(token)) is not None:
            out.add(stem)
    return frozenset(out)


@functools.lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str | None:
    """The cognate stem of a word (first four letters, folded), the word itself for an acronym."""
    if len(word) >= 4:
        return None if word.lower() in _STOP else fold(word)[:4]
    return word if len(word) >= 2 and word.isupper() else None


def _char_ngrams(text: str, order: int = 6) -> list[Counter[str]]:
    """Character n-grams of orders 1..6, whitespace removed, as sacrebleu's chrF counts them."""
    chars = "".join(text.split())
    return [Counter(chars[k : k + n] for k in range(len(chars) - n + 1)) for n in range(1, order + 1)]


def _chrf(reference: list[Counter[str]], hypothesis: list[Counter[str]], beta: float = 2.0) -> float:
    """Sentence chrF in [0, 1] (sacrebleu's definition: averaged n-gram precision and recall, beta 2)."""
    precisions, recalls = [], []
    for ref, hyp in zip(reference, hypothesis, strict=True):
        if not ref or not hyp:
            continue
        small, large = (ref, hyp) if len(ref) < len(hyp) else (hyp, ref)
        match = sum(min(count, large[gram]) for gram, count in small.items() if gram in large)
        precisions.append(match / hyp.total())
        recalls.append(match / ref.total())
    if not precisions:
        return 0.0
    p, r = sum(precisions) / len(precisions), sum(recalls) / len(recalls)
    return (1 + beta**2) * p * r / (beta**2 * p + r) if p + r else 0.0


_NOT_CONTENT = _STOP | GRAMMAR_WORDS
"""Words no translation is looked up for: the cognate pass's stop words and both languages' grammar words."""


def coverage(sentence: str, neighbours: Sequence[str], langs: tuple[str, str] | None = None) -> float:
    """Share of the anchors and cognates of ``sentence`` found in the ``neighbours`` (other language);
    with ``langs`` (the sentence's language, the neighbours'), the share of its words found there
    as anchors, cognates or a translation the bilingual lexicon knows ("veux" for "want"), where
    that is higher: a translator's sentence split in two shares few cognates with its source.

    Checks use it to tell a sentence that was dropped from one that was merged into its neighbour.
    """
    own = _features(sentence)
    near = frozenset().union(*map(_features, neighbours)) if neighbours else frozenset()
    share = len(own & near) / len(own) if own else 0.0
    if langs is None or share >= 1.0:
        return share
    from mtcheck.entities.lexicon import english_stems, forms_of, translations

    def forms(word: str, lang: str) -> set[str]:  # "staying" is found as "stay", "veux" as "vouloir"
        return {*forms_of(word, lang), *(english_stems(word) if lang == "en" else ())}

    lang, other = langs
    words = [w for w in _TOKEN.findall(sentence) if w.isalpha() and len(w) >= 3 and w.lower() not in _NOT_CONTENT]
    if not words:
        return share
    said = {f for n in neighbours for w in _TOKEN.findall(n) if w.isalpha() for f in forms(w, other)}
    found = sum(1 for w in words if _stem(w) in near or any(translations(f, lang) & said for f in forms_of(w, lang)))
    return max(share, found / len(words))
