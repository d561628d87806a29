"""The sentence aligner: every bead type, coverage, languages, back-translations, and its findings."""

from __future__ import annotations

import random

import pytest
from sacrebleu.metrics import CHRF

from mtcheck.align import _char_ngrams, _chrf, align, coverage, length_ratio
from mtcheck.checks.alignment.unaligned_sentence import AddedSentence, OmittedSentence
from tests.conftest import findings_of

EN = [
    "OpenAI named Emmett Shear interim chief executive on Sunday.",
    "The board had removed Sam Altman two days earlier.",
    "More than 500 employees signed a letter to the board.",
    "Microsoft has invested $13 billion in OpenAI since 2019.",
    "Ilya Sutskever said he regretted his part in the decision.",
]
FR = [
    "OpenAI a nommé Emmett Shear directeur général par intérim dimanche.",
    "Le conseil avait démis Sam Altman deux jours plus tôt.",
    "Plus de 500 employés ont signé une lettre adressée au conseil.",
    "Microsoft a investi 13 milliards de dollars dans OpenAI depuis 2019.",
    "Ilya Sutskever a dit regretter son rôle dans cette décision.",
]


def pairs(source: list[str], target: list[str], **kwargs: object) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [(b.source, b.target) for b in align(source, target, **kwargs)]  # type: ignore[arg-type]


def test_one_to_one() -> None:
    assert pairs(EN, FR) == [((k,), (k,)) for k in range(5)]


def test_one_to_two_and_two_to_one() -> None:
    split = [*FR[:1], "Le conseil avait démis Sam Altman.", "C'était deux jours plus tôt.", *FR[2:]]
    assert pairs(EN, split)[1] == ((1,), (1, 2))
    merged = [FR[0], FR[1][:-1] + " ; " + FR[2][0].lower() + FR[2][1:], *FR[3:]]
    assert pairs(EN, merged)[1] == ((1, 2), (1,))


def test_two_to_two() -> None:
    # The translator moved a clause across the sentence boundary: neither side splits as the other.
    en = [EN[0], "The board had removed Sam Altman on Friday, and two days later, on Sunday, more than 500 of "
          "the company's 770 employees", "signed a letter.", EN[3]]
    fr = [FR[0], "Le conseil avait démis Sam Altman vendredi.",
          "Deux jours plus tard, dimanche, plus de 500 des 770 employés de l'entreprise ont signé une lettre.", FR[3]]
    assert pairs(en, fr)[1] == ((1, 2), (1, 2))


def test_omission_and_addition() -> None:
    assert pairs(EN, FR[:2] + FR[3:])[2] == ((2,), ())
    added = [*FR[:3], "Abonnez-vous à notre lettre d'information pour recevoir nos articles.", *FR[3:]]
    assert ((), (3,)) in pairs(EN, added)


def test_beads_cover_every_sentence_once_in_order() -> None:
    rng = random.Random(3)
    for n, m in [(0, 0), (0, 3), (4, 0), (1, 1), (50, 2), (2, 50), (300, 280)]:
        src = [" ".join("word" for _ in range(rng.randint(2, 30))) + "." for _ in range(n)]
        tgt = [" ".join("mot" for _ in range(rng.randint(2, 30))) + "." for _ in range(m)]
        beads = align(src, tgt)
        assert [i for b in beads for i in b.source] == list(range(n))
        assert [j for b in beads for j in b.target] == list(range(m))
        assert all(0.0 <= b.score <= 1.0 for b in beads)


def test_long_documents_use_a_band_not_the_full_matrix() -> None:
    # 3,000 sentences a side would be 9 million cells without the band; with it this runs in moments.
    en, fr = EN * 600, FR * 600
    beads = align(en, fr)
    assert len(beads) == 3000 and all(b.source == b.target for b in beads)


def test_length_ratio_follows_the_language_pair() -> None:
    assert length_ratio("en", "fr") > 1 > length_ratio("fr", "en")
    assert length_ratio("de", "fr") == 1.0
    assert pairs(FR, EN, ratio=length_ratio("fr", "en")) == [((k,), (k,)) for k in range(5)]


def test_backtranslations_decide_where_lengths_and_anchors_cannot() -> None:
    src = ["He left very early.", "She came back late.", "They all ate together.", "We were happy."]
    tgt = ["Il est parti très tôt.", "Ils ont tous mangé ensemble.", "Nous étions heureux."]
    backtranslations = ["He left very early.", "They all ate together.", "We were happy."]
    assert pairs(src, tgt)[0] == ((0,), ())  # length alone drops the wrong sentence
    assert pairs(src, tgt, backtranslations=backtranslations)[:2] == [((0,), (0,)), ((1,), ())]


@pytest.mark.parametrize(
    ("hypothesis", "reference"),
    [("The cat sat on the mat.", "A cat was sitting on the mat."), ("Hello world", "Goodbye moon"), ("x", "")],
)
def test_chrf_is_sacrebleus(hypothesis: str, reference: str) -> None:
    expected = CHRF().sentence_score(hypothesis, [reference]).score / 100
    assert _chrf(_char_ngrams(reference), _char_ngrams(hypothesis)) == pytest.approx(expected, abs=1e-9)


def test_coverage_tells_merged_from_dropped() -> None:
    assert coverage(EN[3], [FR[3]]) >= 0.5
    assert coverage(EN[3], [FR[2], FR[4]]) < 0.2
    assert coverage("", FR) == 0.0


def test_coverage_with_the_languages_finds_the_words_a_lexicon_translates() -> None:
    # A translator's split sentence shares no cognate with its source ("want" / "veux", "children" /
    # "enfants"): with the languages, the bilingual lexicon finds its words there.
    source = "La soupe est chaude, tu en veux ? Les enfants sont restés à la maison."
    assert coverage("Do you want some?", [source]) == 0.0
    assert coverage("Do you want some?", [source], ("en", "fr")) == 1.0
    assert coverage("The children stayed home.", [source], ("en", "fr")) == 1.0
    # An added sentence about something else is still no part of its neighbours.
    assert coverage("Subscribe to our newsletter for one euro a month.", [source], ("en", "fr")) < 0.5


def test_omission_finding_points_after_the_previous_translation() -> None:
    target = " ".join(FR[:2] + FR[3:])
    found = findings_of(OmittedSentence, target, " ".join(EN))
    assert [(f.code, f.category, f.text) for f in found] == [("AL001", "omission", FR[1])]
    assert found[0].evidence["source"] == EN[2] and "source sentence 3" in found[0].message


def test_omission_works_from_french_to_english() -> None:
    found = findings_of(OmittedSentence, " ".join(EN[:2] + EN[3:]), " ".join(FR), target_lang="en", source_lang="fr")
    assert [f.evidence["source"] for f in found] == [FR[2]]


def test_addition_finding_and_a_split_sentence_that_is_none() -> None:
    extra = "Abonnez-vous à notre lettre d'information pour recevoir nos articles chaque matin."
    found = findings_of(AddedSentence, " ".join([*FR[:3], extra, *FR[3:]]), " ".join(EN))
    assert [(f.code, f.category, f.text) for f in found] == [("AL002", "addition", extra)]
    # A translator who splits one sentence in two adds nothing.
    split = " ".join([FR[0], "Le conseil avait démis Sam Altman.", "C'était deux jours plus tôt.", *FR[2:]])
    assert not findings_of(AddedSentence, split, " ".join(EN))


def test_no_source_no_alignment_findings() -> None:
    assert not findings_of(OmittedSentence, " ".join(FR)) and not findings_of(AddedSentence, " ".join(FR))
