"""TR003 on character references a pipeline left escaped, and the checks that must not read them as words."""

from __future__ import annotations

from mtcheck.checks.leftovers.bracket_leftover import BracketLeftover
from mtcheck.checks.numbers.kept_token import KeptToken
from tests.conftest import findings_of


def test_character_references_left_escaped_are_reported_with_their_character() -> None:
    found = findings_of(BracketLeftover, "Kowalczyk a dit &quot;non&quot; à l&#39;offre de Zelmar &amp;amp; Fils.")
    assert [(f.text, f.fix.edits[0].replacement, f.fix.safe) for f in found if f.fix] == [
        ("&quot;", '"', True), ("&quot;", '"', True), ("&#39;", "'", True), ("&amp;amp;", "&", False)]
    # A name HTML does not know is no reference; an ampersand written as such is the text's own.
    assert not findings_of(BracketLeftover, "Kowal & Zelmar ont signé &nom; hier.")


def test_a_reference_the_source_writes_too_is_the_corpus_encoding() -> None:
    source = "Kowal &amp; Zelmar signed the deal."
    assert not findings_of(BracketLeftover, "Kowal &amp; Zelmar ont signé l'accord.", source)
    found = findings_of(BracketLeftover, "Kowal &amp; Zelmar ont signé l&#39;accord.", source)
    assert [f.text for f in found] == ["&#39;"]


def test_the_number_of_a_character_reference_is_no_hashtag() -> None:
    source = "Follow the day with #kowalday, said Kowalczyk's team."
    assert not findings_of(KeptToken, "Suivez la journée avec #kowalday, a dit l&#39;équipe.", source)
    lost = findings_of(KeptToken, "Suivez la journée, a dit l&#39;équipe.", source)
    assert lost and "#39" not in [f.text for f in lost]
