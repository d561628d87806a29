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


def test_a_sentence_of_names_only_reads_the_same_in_both_languages() -> None:
    # A list of people reads the same in every language; a headline in title case left in English does not.
    names = "Harold Whitmoor, Frank Baxtell, Edith Fairwood."  # read as English by every detector
    source = f"The guests arrived on Monday. {names} The hall was full."
    target = f"Les invités sont arrivés lundi. {names} La salle était pleine."
    assert not findings_of(UntranslatedSentence, target, source)
    headline = "Kowalczyk Says Kowalnet Will Close Its Harbour Office"
    source, target = f"{headline}\n\nThe hall was full.", f"{headline}\n\nLa salle était pleine."
    assert [f.text for f in findings_of(UntranslatedSentence, target, source)] == [headline]


def test_a_french_sentence_between_names_is_french_whatever_its_names_suggest() -> None:
    # The detectors read the names: both sentences come out English; only the second has English's own words.
    french, english = "Harold Whitmoor a rencontré Frank Baxtell hier.", "Harold Whitmoor met Frank Baxtell yesterday."
    source = "The talks went on. Harold Whitmoor met Frank Baxtell yesterday."
    assert not findings_of(UntranslatedSentence, f"Les discussions ont continué. {french}", source)
    assert [f.text for f in findings_of(UntranslatedSentence, f"Les discussions ont continué. {english}", source)] == [english]


def test_a_headline_half_in_english_is_reported_though_its_lowercase_words_are_french() -> None:
    headline = "Kowalville Weekly: Le marché Gets Better Pour tous"
    source = "Kowalville Weekly: The Market Gets Better for All\n\nThe hall was full."
    assert [f.text for f in findings_of(UntranslatedSentence, f"{headline}\n\nLa salle était pleine.", source)] == [headline]
