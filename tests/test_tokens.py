"""The shared tokeniser's fast searches give what the slower patterns they replace give."""

from __future__ import annotations

import re

from mtcheck.tokens import NOT_PROSE, not_prose, standalone

TEXT = ("Le directeur-adjoint et la codirectrice, l'officier, xofficier et officier en chef; "
        "l'officiere de police en chef chef.")


def test_standalone_matches_what_a_leading_lookbehind_matches() -> None:
    words = r"(?:en chef|l'officier|officier|officiere|directeur|directrice|chef)(?![\w-])"
    for not_after in (r"[\w']", r"[\w-]", r"\w"):
        slow = [m.span() for m in re.finditer(rf"(?<!{not_after}){words}", TEXT)]
        fast = [m.span() for m in standalone(re.compile(words), TEXT, not_after=re.compile(not_after))]
        assert fast == slow and fast
        window = [m.span() for m in standalone(re.compile(words), TEXT, 20, 70, not_after=re.compile(not_after))]
        assert window == [m.span() for m in re.compile(rf"(?<!{not_after}){words}").finditer(TEXT, 20, 70)]


def test_not_prose_finds_addresses_and_handles_and_skips_plain_sentences() -> None:
    text = "Voir https://example.org/a/b, écrire à presse@kowalia.fr ou @Kowalia #IA, dossier AP/KW/12/2024."
    assert not_prose(text) == [m.span() for m in NOT_PROSE.finditer(text)] and len(not_prose(text)) == 5
    assert not_prose("Une phrase sans adresse. Et une autre, avec 3,5 %.") == []
    assert not_prose(text, 0, 30) == [m.span() for m in NOT_PROSE.finditer(text, 0, 30)]
