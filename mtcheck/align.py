"""Sentence alignment of a source and its translation: ``align.gale-church-anchors.v1``.

Dynamic programming over beads 1-1, 1-2, 2-1, 1-0 and 0-1, restricted to a band around the
diagonal so long documents stay linear. A bead's cost adds

- a length prior in the style of Gale and Church (1993): the character-length ratio of the two
  sides, modelled as Gaussian around the language pair's mean ratio;
- lexical anchors that survive translation: tokens identical on both sides (names, numbers,
  acronyms, URLs), rewarded by their share of the bead's anchors;
- a prior for each bead type, so that 1-1 is preferred and 1-0 / 0-1 cost most.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from mtcheck.model import Bead

NAME = "align.gale-church-anchors.v1"
BAND = 30
"""Half-width of the search band, in sentences, around the length-proportional diagonal."""
_TYPES = {(1, 1): 0.0, (1, 2): 2.3, (2, 1): 2.3, (1, 0): 4.5, (0, 1): 4.5}
_MEAN_RATIO = 1.1  # French runs about 10% longer than English in characters.
_VARIANCE = 6.8
_ANCHOR = re.compile(r"\b(?:\d[\d.,]*|[A-Z][\w-]*[A-Z0-9][\w-]*|[A-Z][a-z]{2,}\w*)\b|https?://\S+|@\w+")


def align(source: Sequence[str], target: Sequence[str]) -> tuple[Bead, ...]:
    """Beads covering every source and target sentence exactly once, in order."""
    n, m = len(source), len(target)
    src_anchors = [_anchors(s) for s in source]
    tgt_anchors = [_anchors(t) for t in target]
    src_len = [len(s) for s in source]
    tgt_len = [len(t) for t in target]
    inf = math.inf
    cost: dict[tuple[int, int], float] = {(0, 0): 0.0}
    back: dict[tuple[int, int], tuple[int, int]] = {}
    for i in range(n + 1):
        centre = i * m / n if n else 0
        for j in range(max(0, int(centre) - BAND), min(m, int(centre) + BAND) + 1):
            if (i, j) == (0, 0):
                continue
            best, arg = inf, None
            for (di, dj), prior in _TYPES.items():
                pi, pj = i - di, j - dj
                if pi < 0 or pj < 0 or (pi, pj) not in cost:
                    continue
                c = cost[(pi, pj)] + prior + _bead_cost(
                    sum(src_len[pi:i]), sum(tgt_len[pj:j]), _union(src_anchors[pi:i]), _union(tgt_anchors[pj:j])
                )
                if c < best:
                    best, arg = c, (di, dj)
            if arg is not None:
                cost[(i, j)] = best
                back[(i, j)] = arg
    if (n, m) not in cost:  # the band missed the corner (very uneven sides): align without it
        return _fallback(n, m)
    beads: list[Bead] = []
    i, j = n, m
    while (i, j) != (0, 0):
        di, dj = back[(i, j)]
        step = cost[(i, j)] - cost[(i - di, j - dj)]
        beads.append(Bead(tuple(range(i - di, i)), tuple(range(j - dj, j)), round(math.exp(-max(step, 0.0) / 4), 3)))
        i, j = i - di, j - dj
    return tuple(reversed(beads))


def _bead_cost(ls: int, lt: int, anchors_s: set[str], anchors_t: set[str]) -> float:
    if ls == 0 or lt == 0:
        return 0.0
    mean = (ls + lt / _MEAN_RATIO) / 2
    delta = (lt - ls * _MEAN_RATIO) / math.sqrt(mean * _VARIANCE)
    length = delta * delta / 2
    union = anchors_s | anchors_t
    anchor = -2.0 * len(anchors_s & anchors_t) / len(union) if union else 0.0
    return length + anchor


def _anchors(sentence: str) -> set[str]:
    return set(_ANCHOR.findall(sentence))


def _union(sets: Sequence[set[str]]) -> set[str]:
    return set().union(*sets) if sets else set()


def _fallback(n: int, m: int) -> tuple[Bead, ...]:
    """Pair sentences in order and leave the excess of the longer side unpaired."""
    beads = [Bead((k,), (k,), 0.0) for k in range(min(n, m))]
    beads += [Bead((k,), (), 0.0) for k in range(m, n)] + [Bead((), (k,), 0.0) for k in range(n, m)]
    return tuple(beads)
