from mtcheck.langid import function_words, identify


def test_english_headline() -> None:
    assert identify("OpenAI CTO Mira Murati Is Leaving the Company").lang == "en"


def test_french_sentence_with_english_names() -> None:
    assert identify("Mira Murati, la CTO de l’entreprise, a annoncé GPT-4o et ChatGPT Voice.").lang == "fr"


def test_too_short_or_names_only_is_undetermined() -> None:
    assert identify("Source link").lang is None
    assert identify("– Sam Altman (@sama) 18 novembre 2023").lang is None


def test_deterministic() -> None:
    text = "Le court message de Leike ne manquera pas d'alimenter les spéculations."
    assert len({identify(text) for _ in range(5)}) == 1


def test_function_words_ignore_names() -> None:
    assert function_words("Sam Altman Greg Brockman").lang is None


def test_grammar_words_both_languages_write_are_no_vote() -> None:
    # "me" is a pronoun of both languages, "car" and "plus" English words too: only words one
    # language alone writes count ("tu", "te", "moi" are French's).
    assert function_words("Kowal me parle.").lang is None
    assert function_words("Tu dois me montrer Kowalville.").lang == "fr"
    assert function_words("The car plus the boat.").lang == "en"
    assert identify("Tu dois me montrer Kowalville.").lang == "fr"
