"""TR001 on languages that are neither the target's nor the source's."""

from __future__ import annotations

from mtcheck.checks.untranslated.untranslated_sentence import UntranslatedSentence
from tests.conftest import findings_of


def test_a_sentence_in_the_targets_words_is_not_in_the_language_its_names_suggest() -> None:
    text = "Kowalczyk a perdu Zelmarské Království (le royaume de Zelmar). Il fera appel de la décision."
    assert not findings_of(UntranslatedSentence, text)


def test_a_sentence_in_a_third_language_is_reported_unless_the_source_writes_it() -> None:
    spanish = "Y es que elegir la casa adecuada es más difícil de lo que parece."
    text = f"Le marché du logement reste tendu. {spanish} Les prix montent encore."
    assert [f.evidence["detected"] for f in findings_of(UntranslatedSentence, text)] == ["es"]
    source = f"The housing market is still tight. {spanish} Prices keep rising."
    assert not findings_of(UntranslatedSentence, text, source)  # a quotation the source writes so
