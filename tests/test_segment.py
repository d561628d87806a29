from mtcheck.segment import paragraphs, segment


def texts(text: str) -> list[str]:
    return [s.text for s in segment(text)[0]]


def test_offsets_point_into_the_original_text() -> None:
    text = "Premier paragraphe. Deuxième phrase.\r\n\r\n  Second paragraphe !\n"
    segs, _ = segment(text)
    assert [s.text for s in segs] == ["Premier paragraphe.", "Deuxième phrase.", "Second paragraphe !"]
    assert all(text[s.start : s.end] == s.text for s in segs)
    assert [s.paragraph for s in segs] == [0, 0, 1]


def test_guillemets_stay_with_their_sentence() -> None:
    text = "Il a dit «le temps et l'espace». Puis il est parti. « Une équipe, une mission ». «"
    assert texts(text) == [
        "Il a dit «le temps et l'espace».",
        "Puis il est parti.",
        "« Une équipe, une mission ». «",
    ]


def test_closing_quote_after_full_stop_is_not_a_sentence() -> None:
    assert texts("«Quand Mira m'a informé, j'ai été attristée.» Il a ajouté.") == [
        "«Quand Mira m'a informé, j'ai été attristée.»",
        "Il a ajouté.",
    ]


def test_attribution_line_is_kept_whole() -> None:
    text = "Je prends un congé.\n— Greg Brockman (@gdb) 6 août 2024\nLa suite."
    assert texts(text)[1] == "— Greg Brockman (@gdb) 6 août 2024"


def test_abbreviations_and_initials_do_not_end_sentences() -> None:
    assert texts("M. Macron a rencontré J. K. Rowling etc. hier. Elle est partie.") == [
        "M. Macron a rencontré J. K. Rowling etc. hier.",
        "Elle est partie.",
    ]
    assert texts("Il joue les Nocturnes, Op. 55 de Chopin. Fin.") == ["Il joue les Nocturnes, Op. 55 de Chopin.", "Fin."]


def test_citations_and_dotted_abbreviations_do_not_end_sentences() -> None:
    assert texts("Ce fut le cas [Myhre etal. 2013] (e.g. [Kew et al. 2017]). Fin.") == [
        "Ce fut le cas [Myhre etal. 2013] (e.g. [Kew et al. 2017]).",
        "Fin.",
    ]


def test_heading_numbers_stay_with_their_heading() -> None:
    assert texts("2.1. Le cycle du carbone\n1. 0. Une introduction. Elle suit.\nIl y en a 3. Le reste part.") == [
        "2.1. Le cycle du carbone",
        "1. 0. Une introduction.",
        "Elle suit.",
        "Il y en a 3.",
        "Le reste part.",
    ]


def test_urls_and_decimals_do_not_end_sentences() -> None:
    assert texts("Voir pic.twitter.com/1EQ et les 6,5 dernières années. Fin.") == [
        "Voir pic.twitter.com/1EQ et les 6,5 dernières années.",
        "Fin.",
    ]


def test_a_full_stop_with_no_space_after_it_ends_a_sentence_but_after_an_abbreviation_or_in_an_address() -> None:
    # Text pasted from the web loses the space: "with salt.A 2019 survey" is two sentences.
    text = "Kowalville cooks season with salt.A 2019 survey found more.The rate rose."
    segs, glues = segment(text)
    assert [s.text for s in segs] == ["Kowalville cooks season with salt.", "A 2019 survey found more.", "The rate rose."]
    assert glues == ()  # no glued word to report: the full stop is there
    assert texts("Call Mrs.Zelmar at www.Kowalnet.com today.") == ["Call Mrs.Zelmar at www.Kowalnet.com today."]


def test_glued_sentences_are_split_and_recorded() -> None:
    text = "Comme l’a rapporté L’informationLe président d’OpenAI part."
    segs, glues = segment(text)
    assert [s.text for s in segs] == ["Comme l’a rapporté L’information", "Le président d’OpenAI part."]
    assert glues == (text.index("Le président"),)


def test_an_elided_word_opening_the_next_sentence_is_a_glue() -> None:
    text = "Il vit à ZelmorieL’affaire continue. Il part de VarsovieS'il le peut. Il cite O'Brien et Val-d'Oise."
    segs, glues = segment(text)
    assert [s.text for s in segs] == ["Il vit à Zelmorie", "L’affaire continue.", "Il part de Varsovie", "S'il le peut.",
                                      "Il cite O'Brien et Val-d'Oise."]
    assert glues == (text.index("L’affaire"), text.index("S'il"))


def test_more_sentence_openers_and_an_elided_article_before_a_capital_mark_a_glue() -> None:
    text = "Il a parlé à KowalczykEt si le plan passe. Il vit en ZelmorieL'Allemande rit. Il cite MassimoD'Alema."
    segs, glues = segment(text)
    assert [s.text for s in segs] == ["Il a parlé à Kowalczyk", "Et si le plan passe.", "Il vit en Zelmorie",
                                      "L'Allemande rit.", "Il cite MassimoD'Alema."]
    assert glues == (text.index("Et si"), text.index("L'Allemande"))


def test_the_honorific_and_other_french_openers_mark_a_glue_and_the_honorific_stays_whole() -> None:
    """French news opens sentences with "M." before a surname, "De nombreux", "Ou bien"; glued to a
    name, the abbreviation still ends no sentence."""
    text = "Il a reçu Piotr KowalczykM. Zelmor a parlé. Il vit en ZelmorieDe nombreux amis rient. Il rit aussi."
    segs, glues = segment(text)
    assert [s.text for s in segs] == ["Il a reçu Piotr Kowalczyk", "M. Zelmor a parlé.", "Il vit en Zelmorie",
                                      "De nombreux amis rient.", "Il rit aussi."]
    assert glues == (text.index("M. Zelmor"), text.index("De nombreux"))
    assert segment("Le coupé DeLorean roule. Il a vu M. Zelmor. Puis Mme Kowal.")[1] == ()


def test_brand_camel_case_is_not_a_glue() -> None:
    assert segment("Il publie sur YouTube, LinkedIn et OpenAI chaque jour.")[1] == ()


def test_wrapped_lines_are_joined_into_one_paragraph() -> None:
    text = "Une phrase coupée par un retour\nà la ligne continue ici.\nNouveau paragraphe."
    assert len(paragraphs(text)) == 2


def test_a_blank_line_ends_a_paragraph_even_after_a_comma() -> None:
    """XLIFF and TMX units are joined by a blank line: a unit ending in "," is never glued to the next."""
    text = "Le conseil a voté,\n\nle maire a parlé.\nUne ligne coupée,\net reprise."
    expected = ["Le conseil a voté,", "le maire a parlé.", "Une ligne coupée,\net reprise."]
    assert [text[a:b] for a, b in paragraphs(text)] == expected


def test_a_short_answer_is_a_sentence_and_a_number_sign_before_a_figure_is_not() -> None:
    # "No." abbreviates a number only before one ("No. 5", "p. 12"); before a word it is an answer.
    assert texts("No. He never said that to the press. Yes. We will stay home.") == [
        "No.", "He never said that to the press.", "Yes.", "We will stay home."]
    assert texts("He lives at No. 5 Kowal Street. See p. 12 of the report.") == [
        "He lives at No. 5 Kowal Street.", "See p. 12 of the report."]


def test_an_abbreviation_that_may_end_a_sentence_ends_it_before_a_sentences_first_word() -> None:
    # "etc.", "Inc.", "p.m." and a month's short form take the sentence's full stop with their own.
    assert texts("Il vend des pommes, des poires, etc. Le marché ouvre lundi.") == [
        "Il vend des pommes, des poires, etc.", "Le marché ouvre lundi."]
    assert texts("He left at 9 p.m. The next day he came back. They met in Jan. The talks failed.") == [
        "He left at 9 p.m.", "The next day he came back.", "They met in Jan.", "The talks failed."]
    assert texts("He works for Kowalnet Inc. The firm grew.") == ["He works for Kowalnet Inc.", "The firm grew."]
    # Before a name or a weekday they go on: "9 a.m. Tuesday", "etc. Kowalczyk", "M. Le Kowal".
    assert texts("They meet at 9 a.m. Tuesday in Kowalville. M. Le Kowal a parlé.") == [
        "They meet at 9 a.m. Tuesday in Kowalville.", "M. Le Kowal a parlé."]
    assert texts("Il y a Kowalnet Inc. De Kowalville et Zelmar SA.") == ["Il y a Kowalnet Inc. De Kowalville et Zelmar SA."]
    # So does a country's or a body's initials with their stops, before a sentence's first word.
    assert texts("Il habite aux É.-U. Sa femme aussi. The U.S. Senate voted. She lives in the U.S. The rest stay.") == [
        "Il habite aux É.-U.", "Sa femme aussi.", "The U.S. Senate voted.", "She lives in the U.S.", "The rest stay."]


def test_a_question_quoted_inside_a_sentence_does_not_end_it() -> None:
    # A title or a cry in quotation marks, the sentence going on after them: its marks are its own.
    title = "Dans son article intitulé « Combien ? Et quand ? Kowal attend », le quotidien de Kowalville hésite."
    cry = 'In her piece "Why? Why now? Kowal waits", the weekly asks.'
    assert texts(title) == [title] and texts(cry) == [cry]
    # A quotation that closes the sentence, or one the next sentence follows, still ends it.
    asked = "Il a demandé : « Où est passé Kowal ? » Personne ne savait. « Non ! Jamais ! » Et elle est partie."
    assert texts(asked) == [
        "Il a demandé : « Où est passé Kowal ? »", "Personne ne savait.", "« Non !", "Jamais ! »", "Et elle est partie."]
