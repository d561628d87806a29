"""The name alignment with a source: each convention of French writing it accepts, and the damage
next to it that it still reports. Every sentence here is our own."""

from __future__ import annotations

from mtcheck.checks.names.name_case import NameCase
from mtcheck.checks.names.name_garbled import NameGarbled
from mtcheck.checks.names.name_glued import NameGlued
from mtcheck.checks.names.name_missing import NameMissing
from mtcheck.checks.names.name_misspelled import NameMisspelled
from mtcheck.checks.names.name_replaced import NameReplaced
from mtcheck.checks.names.name_split import NameSplit
from mtcheck.checks.names.name_translated import NameTranslated
from mtcheck.entities.compounds import compound_parts
from tests.conftest import findings_of


def _translated(target: str, source: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in findings_of(NameTranslated, target, source)]


def test_french_forms_from_tables_are_no_translation() -> None:
    # A feast (our table), a place's adjective (FreeDict, CLDR), a language's adjective (CLDR).
    assert not _translated("Ils ont gagné dans l'Ohio à Noël.", "They won in Ohio at Christmas.")
    assert not _translated("Il a salué l'esprit américain.", "He praised the spirit of America.")
    assert not _translated("Le chœur tchèque chante.", "The Czech choir sings.")
    # A feast's figure of our table: French writes its own name.
    assert not findings_of(NameMissing, "Le père Noël a rendu visite à Kowalberg.", "Santa Claus visited Kowalberg.")
    # An event of our table of established French names (data/french_names.tsv).
    assert not findings_of(NameMissing, "Kowalczyk a gagné l'or aux Jeux olympiques d'hiver dimanche.",
                           "Kowalczyk won gold at the Winter Olympics on Sunday.")
    # A French form inside a name that opens with a person's is a translated title.
    assert _translated("Un Rose Baker Noël passe lundi.", "A Rose Baker Christmas airs on Monday.") == [
        ("Rose Baker Noël", "Rose Baker Christmas")]


def test_institutions_are_translated_head_first_never_in_the_english_order() -> None:
    source = "He praised the Brandt Commerce Bank yesterday."
    assert not _translated("Il a salué la Banque commerciale Brandt hier.", source)
    calque = _translated("Il a salué la Brandt Commerce Banque hier.", source)
    assert calque == [("Brandt Commerce Banque", "Brandt Commerce Bank")]
    # French puts adjectives of size, age and worth before their noun.
    assert not _translated("Ils ont traversé le Vieux Pont vendredi. Le Vieux Pont était plein.",
                           "They crossed the Old Bridge on Friday. The Old Bridge was full.")
    # An embassy's name is an institution's.
    assert not _translated("L'ambassade du Pérou a ouvert.", "The Peruvian Embassy opened.")
    # So are a conservatory's, a seminary's and an opera's.
    assert not _translated("Elle a étudié au Conservatoire de Kowal. Le Conservatoire de Kowal est vieux.",
                           "She studied at the Kowal Conservatory. The Kowal Conservatory is old.")
    # A clinical trial is named by its own word, which French keeps after "essai" (a court's, after "procès").
    assert not _translated("L'essai HARMONY a recruté 500 patients.", "The HARMONY Trial enrolled 500 patients.")
    assert not _translated("Les médecins de l'« essai HARMONY » ont parlé.", 'Doctors of the "HARMONY Trial" spoke.')
    assert _translated("Les médecins de l'« HARMONIE Essai » ont parlé.", 'Doctors of the "HARMONY Trial" spoke.') == [
        ("HARMONIE Essai", "HARMONY Trial")]
    # A government's portfolio is named by its affairs, which French translates head first.
    assert not _translated("Il est chargé des Affaires étrangères kowaliennes.", "He is in charge of Kowalian Foreign Affairs.")
    assert not _translated("Il est chargé des Affaires étrangères de Kowal.", "He is in charge of Kowal Foreign Affairs.")
    assert _translated("Il est chargé des Kowal Étrangères Affaires.", "He is in charge of Kowal Foreign Affairs.")
    # A state is an institution: French writes "l'État de Kowalia", "l'État fédéral zelmarien".
    assert not _translated("Il vit dans l'État de Kowalia.", "He lives in Kowalia State.")
    assert not _translated("Le déficit de l'État fédéral zelmarien baisse.", "The deficit of the Zelmarian Federal State falls.")
    # A flight is named by its airline, a competition by its cups: French puts the generic word first.
    assert not _translated("Le vol Kowal Air a atterri en retard.", "The Kowal Air Flight landed late.")
    assert not _translated("Les Coupes Kowal ont été jouées.", "The Kowal Cups were played.")
    assert _translated("Le Kowal Vol a atterri.", "The Kowal Flight landed.")
    # A work of music named by its form and instruments is translated, form first.
    assert not _translated("Kowalczyk a écrit un Concerto pour violon en 1920.", "Kowalczyk wrote a Violin Concerto in 1920.")
    assert _translated("Kowalczyk a écrit la Kowal Symphonie.", "Kowalczyk wrote the Kowal Symphony.")
    # A case or a scandal is "l'affaire Kowal" in French; institutions in the plural are put head first too.
    assert not _translated("Affaire Ingrid Zelmar : le juge tranchera lundi.",
                           "Ingrid Zelmar Case: the judge will rule on Monday.")
    assert not _translated("L'affaire Kowal Zelmar a ébranlé le gouvernement.", "The Kowal Zelmar Affair shook the government.")
    assert _translated("La Kowal Zelmar Affaire a ébranlé le gouvernement.", "The Kowal Zelmar Affair shook the government.")
    assert not _translated("Les Associations Kowal pour l'éducation soutiennent le plan.",
                           "The Kowal Education Associations back the plan.")
    assert not _translated("Les Agences familiales Zelmar soutiennent le plan.", "The Zelmar Family Agencies back the plan.")
    assert _translated("Les Zelmar Familiales Agences soutiennent le plan.", "The Zelmar Family Agencies back the plan.")


def test_a_group_named_by_its_members_and_a_title_before_a_name_are_no_names() -> None:
    assert not _translated("Les Verts ont gagné et les Verts ont ri.", "The Greens won and the Greens laughed.")
    assert not _translated("La secrétaire au Commerce Ingrid Kowalczyk parle.", "Trade Secretary Ingrid Kowalczyk speaks.")
    # A title of a game or an order ("Grand Master") is translated too.
    assert not _translated("Kowalczyk est devenue grand maître en 2010. Aucun grand maître n'avait gagné.",
                           "Kowalczyk became a Grand Master in 2010. No Grand Master had won.")
    # So is a former holder's title, however often the corpus capitalises it.
    assert not _translated("Zelmar a accueilli l'ancien président lundi. Mardi, Kowal a rencontré l'ancien président à Zelmar. "
                           "L'ancien président est parti.", "Zelmar welcomed the ex-President on Monday. On Tuesday, Kowal "
                           "met the ex-President in Zelmar. The ex-President left.")
    # A kinship word English capitalises as a name is put into French.
    assert not _translated("Alors Maman est partie. Plus tard, Maman a chanté. Donc Maman est revenue.",
                           "Then Mum left. Later Mum sang. So Mum came back.")


def test_a_french_phrase_beside_a_kept_name_describes_it() -> None:
    # After an article or a comma, the common noun opens a phrase of its own; right after the name it is a calque.
    assert not _translated("Hier, le Kowalnet, l'indice des actions, a monté.", "Yesterday the Kowalnet Share Index rose.")
    assert _translated("Hier, le Kowalnet indice a monté.", "Yesterday the Kowalnet Index rose.") == [
        ("Kowalnet indice", "Kowalnet Index")]


def test_an_irregular_english_form_is_looked_up_by_its_lemma() -> None:
    # "Lost" has no ending to cut: WordNet's exception lists give "lose", which French renders "perdre".
    assert _translated("Ingrid a regardé Kowal Perdue hier. Kowal Perdue était longue.",
                       "Ingrid watched Lost Kowal yesterday. Lost Kowal was long.") == [("Kowal Perdue", "Lost Kowal")]


def test_a_persons_name_is_never_translated() -> None:
    # Its words are English words, and still a name: the given name says so.
    assert _translated("Selon Rose Boulanger, OpenAI recrute.", "According to Rose Baker, OpenAI is hiring.") == [
        ("Rose Boulanger", "Rose Baker")]
    # A French common word in place of a surname the lexicon does not know.
    assert _translated("Selon Ingrid Fenêtre, OpenAI recrute.", "According to Ingrid Kowalczyk, OpenAI is hiring.") == [
        ("Ingrid Fenêtre", "Ingrid Kowalczyk")]


def test_french_typography_of_a_names_words_is_no_case_damage() -> None:
    # A country's demonym and a religion's word: capitalised by English only.
    assert not findings_of(NameCase, "Le coureur malawian a gagné.", "The Malawian runner won.")
    assert not findings_of(NameCase, "Un parti musulman shiite soutenu par la Kowalie a gagné.",
                           "A Kowalia-backed Shiite Muslim party won.")
    assert findings_of(NameCase, "Ingrid malinowski a gagné.", "Ingrid Malinowski won.")
    # A people's adjective agrees with its noun in French, in lowercase: feminine and plural endings.
    assert not findings_of(NameCase, "Kowalczyk a salué les banques anglo-saxonnes de Kowalville.",
                           "Kowalczyk praised the Anglo-Saxon banks of Kowalville.")
    assert not findings_of(NameCase, "La doctrine Brandt a été lue.", "The Brandt Doctrine was read.")
    assert not findings_of(NameCase, "Il habite boulevard Kowalczyk.", "He lives on Kowalczyk Boulevard.")
    assert not findings_of(NameCase, "Le pays du BRIC grandit.", "The Bric country grows.")
    damaged = findings_of(NameCase, "Selon ingrid kowalczyk, le plan avance.", "According to Ingrid Kowalczyk, the plan works.")
    assert [(f.text, f.suggestion) for f in damaged] == [("ingrid kowalczyk", "Ingrid Kowalczyk")]


def test_a_form_french_writes_is_no_slip_and_a_slip_in_every_word_is_another_name() -> None:
    # "Moscou" is French's own spelling; "Kowalzcyk" is in no French text.
    assert not findings_of(NameMisspelled, "Il vit à Moscou.", "He lives in Moscow.")
    source = "According to Ingrid Kowalczyk, the plan works."
    slip = findings_of(NameMisspelled, "Selon Ingrid Kowalzcyk, le plan avance.", source)
    assert [(f.text, f.suggestion) for f in slip] == [("Ingrid Kowalzcyk", "Ingrid Kowalczyk")]
    assert not findings_of(NameMisspelled, "Selon Ingra Kowalzcyk, le plan avance.", source)


def test_acronyms_plurals_and_glued_articles_are_no_names_to_miss() -> None:
    assert not findings_of(NameMissing, "Les députés et les PME se sont réunis mardi.", "MPs and SMEs met on aTuesday.")
    # An abbreviation with inner capitals is expanded by translators; a person's full name is not left out.
    assert not findings_of(NameMissing, "Le coronavirus se propage.", "The CoV spreads.")
    assert findings_of(NameMissing, "Ils se sont réunis mardi.", "Ingrid Kowalczyk met them on Tuesday.")


def test_the_alignment_can_be_turned_off(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    from mtcheck.config import Config
    from mtcheck.pipeline import run

    path = tmp_path / "c.jsonl"
    doc = {"id": "d", "source": "According to Rose Baker, OpenAI is hiring.", "target": "Selon Rose Boulanger, OpenAI recrute."}
    path.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    found = {on: [f.evidence.get("verdict") for d in run(Config(paths=(str(path),), backtranslation=False, cache=False,
                                                               progress=False, name_alignment=on)).corpus.documents
                  for f in d.findings or ()]
             for on in (True, False)}
    assert found == {True: ["translated"], False: [None]}  # the old sentence-level check still sees this one


def test_one_common_word_of_a_long_name_is_no_trace_of_it() -> None:
    # Only "Prairies" of the resort's name was found: the translation put the rest otherwise.
    assert not _translated("Les Prairies ont attiré les touristes.", "The Silver Meadows resort drew tourists.")
    # Two words found, one of them translated: the name was put into French words.
    assert _translated("La Kowal Construction Banque a prêté.", "The Kowal Construction Bank lent money.")


def test_words_english_capitalises_before_a_name_or_alone_are_no_name() -> None:
    # A party's member, a department before a title, a title alone, a run-in heading in capitals.
    assert not _translated("La républicaine Ingrid Kowalczyk a voté.", "Republican Ingrid Kowalczyk voted.")
    assert not _translated("Le ministre des finances a parlé.", "The Finance Minister spoke.")
    source = "He met Finance Minister Ingrid Kowalczyk, and later Finance Minister Anna Brandt."
    target = "Il a vu la ministre des finances Ingrid Kowalczyk, puis la ministre des finances Anna Brandt."
    assert not _translated(target, source)
    assert not _translated("Le Recteur a parlé.", "The Rector spoke.")
    assert not _translated("AUTRES TRAVAUX – Le labo cherche aussi.", "OTHER WORK – The lab is also looking.")
    # An acronym in capitals is still a name.
    assert _translated("Le NOYAU a publié un rapport.", "The Kernel Team at KERNEL published a report.") == []


def test_an_adjective_of_nationality_before_a_name_is_no_word_of_it() -> None:
    # French writes the adjective after the noun, in lowercase: the name the translation keeps is the rest.
    assert not _translated("Beaucoup sont parmi les Prix Zelmar américains.", "Many are among American Zelmar prizewinners.")
    garbled = findings_of(NameGarbled, "L'Ingrid canadienne Kowalczyk a parlé.", "The Canadian Ingrid Kowalczyk spoke.")
    assert [f.suggestion for f in garbled] == ["Ingrid Kowalczyk"]
    case = findings_of(NameCase, "Ils ont vu le groupe nigérian kowalnet.", "They met the Nigerian Kowalnet group.")
    assert [f.suggestion for f in case] == ["Kowalnet"]
    # A religion's word names places too: "Hindu Kowalkush" is a mountain range's name, all of it.
    translated = findings_of(NameTranslated, "Ils se sont battus au pied du Groupe Kowalkush.",
                             "They fought in the foothills of the Hindu Kowalkush.")
    assert [f.suggestion for f in translated] == ["Hindu Kowalkush"]
    # Before English common words the adjective makes the name: "Australian Open" is one, kept whole.
    case = findings_of(NameCase, "Il a gagné l'australian open.", "He won the Australian Open.")
    assert [f.suggestion for f in case] == ["Australian Open"]


def test_days_currencies_and_relations_between_places_are_written_in_french_words() -> None:
    assert not _translated("Le marché ouvre le samedi et les dimanches.", "The market opens on Saturdays and Sundays.")
    assert not _translated("L'euro a baissé et l'euro remonte.", "The Euro fell and the Euro rises.")
    assert not _translated("Les liens germano-polonais se renforcent.", "German-Polish ties grow stronger.")
    assert not _translated("Les liens russo-géorgiens se tendent.", "Georgia-Russia ties are tense.")
    # A month's short form is a date's word, not a name: its case is no name's damage.
    assert not findings_of(NameCase, "Sur oct. 23, Kowalczyk a parlé.", "On Oct. 23, Kowalczyk spoke.")
    assert findings_of(NameCase, "Ils se sont vus à kowal oct.", "They met at Kowal Oct.")


def test_a_name_transliterated_whole_is_no_given_name_translated() -> None:
    source = "Yuri Gagarin flew in 1961."
    assert not _translated("Iouri Gagarine a volé en 1961.", source)
    # The surname kept as it is: the given name alone was put into French.
    assert _translated("Selon Pierre Kowalczyk, le plan avance.", "According to Peter Kowalczyk, the plan works.") == [
        ("Pierre Kowalczyk", "Peter Kowalczyk")]


def test_a_given_name_read_as_a_months_short_form_is_translated() -> None:
    # English writes "Jan", "Jun" and "Dec" for months; MT that reads a given name so writes the month.
    source = "Finance Minister Jun Kowalczyk said the plan works."
    assert _translated("Le ministre des Finances, juin Kowalczyk, a dit que le plan avance.", source) == [
        ("juin Kowalczyk", "Jun Kowalczyk")]
    assert not _translated("Le ministre des Finances, Jun Kowalczyk, a dit que le plan avance.", source)


def test_monarchs_and_historical_figures_have_french_names() -> None:
    # A given name before a Roman number, and a surname whose French form FreeDict gives.
    assert not _translated("Le roi Grégoire IX de Ruritanie est mort.", "King Gregory IX of Ruritania died.")
    assert not _translated("Jules César a franchi le fleuve.", "Julius Caesar crossed the river.")
    # A surname kept or put into a common word: the given name alone was translated.
    assert _translated("Selon Grégoire Kowalczyk, le plan avance.", "According to Gregory Kowalczyk, the plan works.") == [
        ("Grégoire Kowalczyk", "Gregory Kowalczyk")]


def test_a_french_title_of_address_is_translated() -> None:
    source = "Bonjour, Docteur, j'ai mal. Oui, Docteur, depuis hier. Merci, Docteur, au revoir."
    target = "Hello, Doctor, I am in pain. Yes, Doctor, since yesterday. Thank you, Doctor, goodbye."
    assert not findings_of(NameTranslated, target, source, target_lang="en", source_lang="fr")


def test_the_contracted_pronoun_is_no_word_of_a_name() -> None:
    assert not findings_of(NameMissing, "Dites à Rose que je reviendrai demain.", "Tell Rose I'll be back tomorrow.")


def test_an_institution_named_by_its_head_and_a_name_in_another_number_are_kept() -> None:
    assert not _translated("L'Union a décidé de taxer le charbon.", "The EU decided to tax coal.")
    assert not _translated("Les Lemon Sister chantent.", "The Lemon Sisters sing.")
    # A stand-in that is a people's word or a title is no translation of the name.
    assert not _translated("Le Tchèque a gagné, et le Ministre a ri.", "Kowalnet won, and Kowalnet laughed.")


def test_the_planets_have_french_names() -> None:
    source = "Life on Earth is rare, and Earth is warm."
    assert not _translated("La vie sur Terre est rare, et la Terre est chaude.", source)


def test_an_owners_capitals_restored_and_a_syllable_acronym_are_no_case_damage() -> None:
    assert not findings_of(NameCase, "Il utilise KowalSoft depuis lundi.", "He has used Kowalsoft since Monday.")
    assert not findings_of(NameCase, "Le Nox a gagné 2 % lundi.", "The NOX gained 2% on Monday.")
    # The owner's capitals lost, and an acronym spelt out written as a word, are damage.
    assert findings_of(NameCase, "Il utilise Kowalsoft depuis lundi.", "He has used KowalSoft since Monday.")
    assert findings_of(NameCase, "La Bbc a parlé lundi.", "The BBC spoke on Monday.")


def test_an_ending_of_the_names_language_and_another_romanization_are_no_slips() -> None:
    source = "Ivan Kowalczyk spoke. The Kowalczyk paper spoke."
    assert not findings_of(NameMisspelled, "Ivan Kowalczyk a parlé. Le journal des Kowalczyks a parlé.", source)
    assert not findings_of(NameMisspelled, "Selon Ivan Pashek, le plan avance.", "According to Ivan Pašek, the plan works.")
    # A letter changed besides the lost accent, the word no longer: a slip ("Pasel" for Pašek).
    assert findings_of(NameMisspelled, "Selon Ivan Pasel, le plan avance.", "According to Ivan Pašek, the plan works.")
    slip = findings_of(NameMisspelled, "Selon Ingrid Kowalzcyk, le plan avance.", "According to Ingrid Kowalczyk, it works.")
    assert slip


def test_common_words_qualifying_a_proper_noun_are_put_in_french_order() -> None:
    # French puts the qualifying words first, in lowercase, and the proper noun after them.
    assert not _translated("Les travailleurs de Kowalia ont voté.", "The Kowalia Workers voted.")
    assert not _translated("Les transports publics de Brandtville sont gratuits.",
                           "Brandtville Public Transport is free.")
    # The English order or the English capitals are no French phrase, and a surname has no qualifier.
    assert _translated("Les Travailleurs de Kowalia ont voté.", "The Kowalia Workers voted.") == [
        ("Travailleurs de Kowalia", "Kowalia Workers")]
    assert _translated("Les Kowalia travailleurs ont voté.", "The Kowalia Workers voted.") == [
        ("Kowalia travailleurs", "Kowalia Workers")]
    assert _translated("Le moine d'Ingrid a parlé.", "Ingrid Monk spoke.") == [("moine d'Ingrid", "Ingrid Monk")]
    # A party's member is named like a people: its noun may keep its capital before the place.
    assert not _translated("La Démocrate du Kowalberg a dit non.", "The Kowalberg Democrat said no.")


def test_words_only_apertiums_dictionaries_know_are_seen_translated() -> None:
    # "balise" (beacon) is no FreeDict rendering; Apertium's English-Spanish-French path gives it.
    assert _translated("Le groupe Kowalski Balise joue.", "The band Kowalski Beacon plays.") == [
        ("Kowalski Balise", "Kowalski Beacon")]


def test_the_french_spelling_of_a_borrowed_english_word_is_no_split_name() -> None:
    # A quoted English word French borrowed and spells with a hyphen: the word, not a name split.
    source = 'Visitors call it the "Weekend." Tickets sold out.'
    assert not findings_of(NameSplit, 'Les visiteurs l\'appellent le "week-end". Les billets sont épuisés.', source)
    # A brand's word parted by a hyphen is still split.
    assert findings_of(NameSplit, "Ingrid a ouvert Kowal-Soft lundi.", "Ingrid opened KowalSoft on Monday.")


def test_a_capitalised_article_after_a_name_opens_the_next_sentence() -> None:
    # A headline that lost its line break runs into the next sentence: "The" opens it, and is no
    # word of the name before it, whose French form ("Bruxelles") is then no translation.
    source = "Talks Resume in Brussels The ministers met on Monday."
    assert not _translated("Les pourparlers reprennent à Bruxelles Les ministres se sont réunis lundi.", source)
    # Inside a name English writes its little words in lowercase; a quoted title keeps its capitals.
    assert _translated("Il a lu Orgueil et Préjugés à Bruxelles.", 'He read "Pride And Prejudice" in Brussels.') == []
    assert _translated("Elle a rejoint la Banque de l'Ouest.", "She joined the Bank of the West.") == []


def test_a_french_common_noun_before_a_name_is_written_in_lowercase() -> None:
    # French writes the noun that says what a name is in lowercase before it; a given name is no such noun.
    source = "He bought these chocolates at Confiserie Kowalczyk before the holidays."
    assert not findings_of(NameCase, "Il a acheté ces chocolats à la confiserie Kowalczyk avant les fêtes.", source)
    lost = findings_of(NameCase, "Elle a rencontré pierre Kowalczyk avant la réunion.",
                       "She has met Pierre Kowalczyk before the meeting.")
    assert [(f.text, f.suggestion) for f in lost] == [("pierre Kowalczyk", "Pierre Kowalczyk")]
    # Before words that are English or French words, the first word is the name's own.
    lost = findings_of(NameCase, "Elle travaille pour central Business Machines depuis le printemps.",
                       "She has worked for Central Business Machines since the spring.")
    assert [(f.text, f.suggestion) for f in lost] == [("central Business Machines", "Central Business Machines")]


def test_a_team_is_put_in_french_order_before_its_place() -> None:
    # French puts the team's word first and the place after "de", in its French form: no given name there.
    source = "The Virginia Foxes won their third game in a row on Saturday night."
    assert not _translated("Les Foxes de la Virginie ont gagné leur troisième match de suite samedi soir.", source)
    assert _translated("Les Renards de la Virginie ont gagné leur troisième match de suite samedi soir.", source)
    # A given name rendered before the surname is still a translation.
    assert _translated("Selon Virginie Kowalczyk, le plan avance bien.", "According to Virginia Kowalczyk, the plan works well.")
    # Common words the lexicon renders after "de" are no town: a company's name put in French order.
    assert _translated("Les Machines de Commerce Kowal ont été fondées à Zelmar.",
                       "Kowal Business Machines was founded in Zelmar.")


def test_a_portfolio_english_capitalises_before_a_persons_name_is_no_part_of_it() -> None:
    # "Fisheries" is the commissioner's portfolio; "Peter", an English word too, opens a name whose
    # surname is no English word, so French writes "le commissaire à la Pêche Peter Kowalczyk".
    source = "Kowalia's Commissioner for Fisheries Peter Kowalczyk opened the talks on Monday."
    target = "Le commissaire kowalien à la Pêche Peter Kowalczyk a ouvert les pourparlers lundi."
    assert not _translated(target, source)
    assert _translated("Le commissaire kowalien à la Pêche Pierre Kowalczyk a ouvert les pourparlers lundi.", source)
    # So is a portfolio between a nation's adjective and a title after it; a generic head stays a company's.
    assert not _translated("La ministre chilienne des Affaires étrangères, Ingrid Kowalczyk, a salué le plan.",
                           "The Chilean Foreign Minister, Ingrid Kowalczyk, praised the plan.")
    assert not _translated("La secrétaire mexicaine de l'Intérieur, Ingrid Kowalczyk, a salué le plan.",
                           "The Mexican Interior Secretary, Ingrid Kowalczyk, praised the plan.")
    assert _translated("Le président de la Kowal Banque a démissionné.", "The Kowal Bank Chairman resigned.")
    # The name kept before the portfolio is cut where it ends, whatever word before it begins alike.
    assert _translated("La directrice financière de la Bankowa Banque, Ingrid Kowalczyk, a démissionné.",
                       "The Bankowa Bank Finance Director, Ingrid Kowalczyk, resigned.") == [("Bankowa Banque", "Bankowa Bank")]


def test_a_code_glued_where_letters_meet_digits_is_typography() -> None:
    assert not findings_of(NameGlued, "Les taux de KX7 ont augmenté.", "Levels of KX-7 rose.")
    glued = findings_of(NameGlued, "L'équipe RoseKowal a gagné.", "The Rose-Kowal team won.")
    assert [(f.text, f.suggestion) for f in glued] == [("RoseKowal", "Rose-Kowal")]
    # The same inside a longer name, either way; a space between a figure and letters is a split.
    source = "The list included the K35 Kowal Strike Fighter and others."
    assert not findings_of(NameSplit, "La liste comprenait le K-35 Kowal Strike Fighter et d'autres.", source)
    hyphened = source.replace("K35", "K-35")
    assert not findings_of(NameGlued, "La liste comprenait le K35 Kowal Strike Fighter et d'autres.", hyphened)
    assert findings_of(NameSplit, "Ils ont joué à Kowal 3 D Land toute la journée.", "They played Kowal 3D Land all day.")


def test_a_nations_branch_of_an_institution_puts_its_adjective_after_the_french_name() -> None:
    # "Red Cross" is Croix-Rouge (data/french_names.tsv); a people's word before it names a
    # nation's branch, which French writes after the institution, in lowercase.
    source, target = "The {} Red Cross sent aid.", "La {} a envoyé de l'aide."
    for people, branch in (("Kenyan", "Croix-Rouge kényane"), ("Canadian", "Croix-Rouge canadienne")):
        assert not _translated(target.format(branch), source.format(people))
    # The institution's words put into French otherwise are still a translation.
    calque = _translated(target.format("Rouge Croix kényane"), source.format("Kenyan"))
    assert calque == [("Rouge Croix kényane", "Kenyan Red Cross")]
    # A place's name before it puts the place after "de", in its French name.
    source = "The Peru Red Cross sent help to Kowal on Monday. The Peru Red Cross said so."
    assert not _translated("La Croix-Rouge du Pérou a envoyé de l'aide à Kowal lundi. La Croix-Rouge du Pérou l'a dit.", source)
    assert _translated("La Rouge Croix du Pérou a envoyé de l'aide à Kowal lundi. La Rouge Croix du Pérou l'a dit.", source)


def test_a_name_with_other_accents_and_other_capitals_is_case_damage() -> None:
    # Accents a translation adds or drops are French typography ("Émile" for Emile); a capital lost
    # beside them is the damage, reported as case, not as a translation of the name.
    source = "The painter Emile Kowal died in May."
    assert not findings_of(NameCase, "Le peintre Émile Kowal est mort en mai.", source)
    assert [(f.text, f.suggestion) for f in findings_of(NameCase, "Le peintre Émile kowal est mort en mai.", source)] == [
        ("Émile kowal", "Emile Kowal")]
    assert not _translated("Le peintre Émile kowal est mort en mai.", source)


def test_an_english_generic_word_kept_keeps_its_capital() -> None:
    # French writes its own generic word of a place in lowercase ("la rue Kowal"); an English one it
    # keeps with the name keeps the name's capital: "Kowal street" is case damage.
    source = "The shop on Kowal Street closed."
    assert not findings_of(NameCase, "Le magasin de la rue Kowal a fermé.", source)
    assert [f.text for f in findings_of(NameCase, "Le magasin de Kowal street a fermé.", source)] == ["Kowal street"]


def test_a_slip_in_a_name_put_in_french_order_is_a_misspelling_with_the_written_form_mended() -> None:
    source = "The jury gave the Ingrid Kowalczyk Award to a young director for her first film."
    target = "Le jury a remis le prix Ingrid {} à une jeune réalisatrice pour son premier film."
    assert not findings_of(NameMisspelled, target.format("Kowalczyk"), source)
    slipped = findings_of(NameMisspelled, target.format("Kowalcsyk"), source)
    # The fix mends the words as written: the award's word is rightly put into French before them.
    assert [(f.text, f.suggestion) for f in slipped] == [("Ingrid Kowalcsyk", "Ingrid Kowalczyk")]


def test_a_capital_lost_beside_the_names_own_accents_is_case_damage() -> None:
    # The accents of the name's own language ("Núñez" for a source's Nunez) are restored typography;
    # the capital lost with them ("núñez") is damage.
    source = "The mayor Ines Zelaya Nunez spoke on Monday."
    assert not findings_of(NameCase, "Le maire Inés Zelaya Núñez a parlé lundi.", source)
    assert [f.text for f in findings_of(NameCase, "Le maire Inés Zelaya núñez a parlé lundi.", source)] == [
        "Inés Zelaya núñez"]


def test_a_persons_surname_in_lowercase_is_case_damage_even_when_french_or_latin_looking() -> None:
    # "Société générale" keeps one capital and "Velox brunens" is a species' epithet; a person's
    # surname that is also a French word ("marchand") or ends like an epithet ("-ens") is not.
    tried = findings_of(NameCase, "Ingrid Zelmar marchand sera jugée.", "Ingrid Zelmar Marchand will be tried.")
    assert [f.text for f in tried] == ["Ingrid Zelmar marchand"]
    assert [f.text for f in findings_of(NameCase, "Tomas kowalens ne cache pas son plaisir.",
                                        "Tomas Kowalens does not hide his pleasure.")] == ["Tomas kowalens"]
    assert not findings_of(NameCase, "La Kowal générale a publié ses comptes.", "The Kowal Générale published its accounts.")
    assert not findings_of(NameCase, "Le Velox brunens vit ici.", "The Velox Brunens lives here.")
    # Nor is a person's name all in French words in lowercase a description, nor a given name that
    # lost its capital where it gained an accent.
    assert [f.text for f in findings_of(NameCase, "pierre marchand a parlé.", "Pierre Marchand spoke.")] == ["pierre marchand"]
    assert [f.text for f in findings_of(NameCase, "émile Kowal a parlé.", "Emile Kowal spoke.")] == ["émile Kowal"]
    assert not findings_of(NameCase, "Émile Kowal a parlé.", "Emile Kowal spoke.")
    # A given name of a brand's or a shop's name keeps its capital, whatever French word it spells.
    for given in ("ingrid", "luis", "pierre"):
        shop = findings_of(NameCase, f"L'enseigne {given} & Zelmar ouvre une salle.",
                           f"The brand {given.title()} & Zelmar opens a room.")
        assert [f.text for f in shop] == [given]


def test_a_streets_naming_words_are_kept_even_when_english_common_words() -> None:
    # French translates a street's or a square's generic word alone ("la rue Chapel"); its naming
    # words rendered too are the name translated, but an ordinal and a cardinal point are French.
    source = "The march went down Chapel Street."
    assert not _translated("La marche a descendu la rue Chapel.", source)
    assert _translated("La marche a descendu la rue de la chapelle.", source) == [("rue de la chapelle", "Chapel Street")]
    assert not _translated("Ils se sont retrouvés sur la Cinquième Avenue.", "They met on Fifth Avenue.")
    assert not _translated("Ils ont traversé le Vieux Pont.", "They crossed the Old Bridge.")


def test_a_persons_given_name_after_the_surname_and_de_is_garbled() -> None:
    # MT reads "Ingrid Kowalczyk" as Ingrid's Kowalczyk; a thing named by its owner ("le XT9 de
    # Kowalnet") and a team before its town ("les Foxes de Virginia") are French.
    source = "The economist Ingrid Kowalczyk calculated the rise."
    garbled = findings_of(NameGarbled, "L'économiste, le Kowalczyk d'Ingrid a calculé la hausse.", source)
    assert [(f.text, f.suggestion) for f in garbled] == [("Kowalczyk d'Ingrid", "Ingrid Kowalczyk")]
    assert not findings_of(NameGarbled, "L'économiste Ingrid Kowalczyk a calculé la hausse.", source)
    assert not findings_of(NameGarbled, "Le XT9 de Kowalnet se vend.", "The Kowalnet XT9 sells.")
    assert not findings_of(NameGarbled, "Les Foxes de Virginia ont gagné.", "The Virginia Foxes won.")


def test_a_persons_given_name_left_alone_is_garbled() -> None:
    # News shortens a person's name to the surname ("Kowalczyk a parlé"), never to the given name;
    # another surname in its place is no surname left out.
    source = "Ingrid Kowalczyk spoke on Monday about the plan."
    left = findings_of(NameGarbled, "Ingrid a parlé lundi du plan.", source)
    assert [(f.text, f.suggestion) for f in left] == [("Ingrid", "Ingrid Kowalczyk")]
    assert "surname left out" in left[0].message
    assert not findings_of(NameGarbled, "Kowalczyk a parlé lundi du plan.", source)
    assert not findings_of(NameGarbled, "Ingrid Zelmar a parlé lundi du plan.", source)
    # A surname MT renders as words no lexicon gives for it leaves the given name alone too.
    assert findings_of(NameGarbled, "Tomas beau temps a marqué deux fois en seconde période.",
                       "Tomas Merriweather scored twice in the second half.")
    # Both ways: an English translation of a French source leaves the surname out the same way.
    source = "Ingrid Kowalczyk a parlé lundi du plan de la ville."
    assert findings_of(NameGarbled, "Ingrid spoke on Monday about the town's plan.", source, target_lang="en", source_lang="fr")
    assert not findings_of(NameGarbled, "Kowalczyk spoke on Monday about the town's plan.", source,
                           target_lang="en", source_lang="fr")


def test_a_name_translated_is_one_finding_not_also_a_misspelling() -> None:
    # The alignment renders "Occupy" as "Occupe"; the corpus's search for slips of its names does
    # not report the same words again as a misspelling.
    source = "The Occupy Kowalberg movement marched again on Monday."
    target = "Le mouvement Occupe Kowalberg a encore défilé lundi."
    assert [f.text for f in findings_of(NameTranslated, target, source)] == ["Occupe Kowalberg"]
    assert not findings_of(NameMisspelled, target, source)


def test_a_places_french_name_misspelled_is_a_misspelling_with_the_french_name_as_fix() -> None:
    # The translation puts the place into French, then a letter goes wrong: the fix is the French
    # name, even where the slip makes a French word ("Hongre", a gelding).
    source = "The rule will change in Hungary next year."
    assert not findings_of(NameMisspelled, "La règle va changer en Hongrie l'an prochain.", source)
    for slipped in ("Hongie", "Hongre"):
        found = findings_of(NameMisspelled, f"La règle va changer en {slipped} l'an prochain.", source)
        assert [(f.text, f.suggestion) for f in found] == [(slipped, "Hongrie")]
    # A word of the place's French name is no translation of the English: only the slip is damage.
    source, target = "He moved to South Africa last year.", "Il a déménagé en Afriqe du Sud l'an dernier."
    assert [(f.text, f.suggestion) for f in findings_of(NameMisspelled, target, source)] == [("Afriqe du Sud", "Afrique du Sud")]
    assert not findings_of(NameTranslated, target, source)


def test_a_noun_a_number_labels_is_no_name() -> None:
    # English capitalises "Table 2" and "Phase II"; French writes the noun as a word ("le tableau 2").
    source = "The costs are listed in Table 1. The staff are listed in Table 2. Sales are listed in Table 3."
    target = "Les coûts figurent au tableau 1. Le personnel figure au tableau 2. Les ventes figurent au tableau 3."
    assert not _translated(target, source)
    # So with a zero-width space before the number, as text copied from a web page has it.
    assert not _translated(target.replace("tableau ", "tableau \u200b"), source.replace("Table ", "Table \u200b"))
    # A name of common words that the source writes again and again is still kept.
    source = "Kowal Orchard sells apples. Kowal Orchard sells pears. Kowal Orchard sells plums."
    assert _translated("Le Verger Kowal vend des pommes. Kowal Orchard vend des poires. Kowal Orchard vend des prunes.", source)


def test_a_common_word_opening_a_paragraph_is_no_word_of_a_name() -> None:
    # After a headline without a full stop, a paragraph opens as a sentence does: English capitalises
    # its first word whatever it is ("Last October Kowalnet sold ...").
    source = "Kowalnet opens a shop in Lyon\n\nLast October Kowalnet sold its first phones. It now sells tablets."
    target = ("Kowalnet ouvre une boutique à Lyon\n\nEn octobre dernier, Kowalnet a vendu ses premiers téléphones. "
              "Elle vend désormais des tablettes.")
    assert not _translated(target, source)


def test_a_particle_of_names_written_otherwise_parts_no_name() -> None:
    # The Arabic article is transliterated "al" or "el": the name's own word, not the sentence's.
    source = "The Syria of Rachid al-Kowali resists the pressure."
    assert not findings_of(NameGarbled, "La Syrie de Rachid el-Kowali résiste aux pressions.", source)
    garbled = findings_of(NameGarbled, "La Syrie de Rachid a dit Kowali résiste aux pressions.", source)
    assert [f.text for f in garbled] == ["Rachid a dit Kowali"]


def test_a_names_own_words_turned_around_are_garbled_unless_each_is_a_name_or_a_french_word() -> None:
    # Phrase-based MT puts a name's words in French order though French writes none of them.
    source = "The ceremony was held at the Kowalda Zelvano yesterday."
    garbled = findings_of(NameGarbled, "La cérémonie a eu lieu au Zelvano Kowalda hier.", source)
    assert [(f.text, f.suggestion) for f in garbled] == [("Zelvano Kowalda", "Kowalda Zelvano")]
    assert not findings_of(NameGarbled, "La cérémonie a eu lieu au Kowalda Zelvano hier.", source)
    # Two names the corpus writes apart (a town, a firm's branch there), or a brand, go either way round.
    assert not findings_of(NameGarbled, "Le maire de Kowalsk est nouveau. La cérémonie a eu lieu au Zelvado Kowalsk hier.",
                           "The mayor of Kowalsk is new. The ceremony was held at the Kowalsk Zelvado yesterday.")
    assert not findings_of(NameGarbled, "La cérémonie a eu lieu au Zelvado KowalNet hier.",
                           "The ceremony was held at the KowalNet Zelvado yesterday.")
    # English words of the name kept and turned around are garbled too, unless every word is one
    # French writes, or the turn puts a generic noun first, as French orders a venue's name.
    source = "Seven scenes of Lost Kowalnet were shown."
    garbled = findings_of(NameGarbled, "Sept scènes de Kowalnet Lost ont été montrées.", source)
    assert [(f.text, f.suggestion) for f in garbled] == [("Kowalnet Lost", "Lost Kowalnet")]
    assert not findings_of(NameGarbled, "La cérémonie a eu lieu au Casino Kowalda hier.",
                           "The ceremony was held at the Kowalda Casino yesterday.")
    # French reorders words it writes ("le Pack Sport"), and a person's names may come surname first.
    assert not findings_of(NameGarbled, "Ils ont vendu le Pack Sport hier.", "They sold the Sport Pack yesterday.")
    assert not findings_of(NameGarbled, "Hier, Kowalczyk Ingrid l'a dit.", "Yesterday, Ingrid Kowalczyk said so.")


def test_a_name_in_an_unpaired_sentence_beside_its_bead_is_not_missing() -> None:
    # One source sentence split into three: the alignment pairs two of them with it at most, and
    # the name is in the third, unpaired, beside them. Left out of all three, it is missing.
    source = ("Filed in February by Ingrid Kowalczyk, a Zelmar attorney, the suit initially involved 17 plaintiffs but grew "
              "to 28 in the following months - 25 women and three men, all of whom allege that they were hurt by fellow "
              "workers, and that the firm failed to investigate, prosecute or provide adequate justice after the alleged "
              "attacks.")
    rest = (" la plainte impliquait au départ 17 plaignants. Ce nombre s'est élevé à 28 les mois suivants - 25 femmes "
            "et 3 hommes, tous affirmant avoir été blessés par des collègues. Ils affirment également que l'entreprise "
            "n'a pas enquêté, poursuivi ni rendu une justice adaptée après les attaques alléguées.")
    assert not findings_of(NameMissing, "Déposée en février par Ingrid Kowalczyk, une avocate de Zelmar," + rest, source)
    missing = findings_of(NameMissing, "Déposée en février par une avocate de Zelmar," + rest, source)
    assert [f.evidence["source_name"] for f in missing] == ["Ingrid Kowalczyk"]


def test_a_name_of_two_english_words_written_as_one_keeps_both() -> None:
    source = "She posted the photos on Greenhammer yesterday."
    # Its words put into French, in French order or glued to the word kept, are a translation.
    assert _translated("Elle a publié les photos sur Marteau Vert hier.", source) == [("Marteau Vert", "Greenhammer")]
    assert _translated("Elle a publié les photos sur GreenMarteau hier.", source) == [("GreenMarteau", "Greenhammer")]
    assert _translated("Ils ont regardé pont de pierre à la télé.", "They watched Stonebridge on television.") == [
        ("pont de pierre", "Stonebridge")]
    # Kept, it is no translation; the source's own words account for their French beside it.
    assert not _translated("Elle a publié les photos sur Greenhammer hier.", source)
    assert not _translated("Greenhammer vend un marteau vert.", "Greenhammer sells a green hammer.")
    logo = "They love Greenhammer and its green hammer logo."
    assert _translated("Ils aiment Marteau Vert et son logo de marteau vert.", logo) == [("Marteau Vert", "Greenhammer")]
    # A word English writes whole is matched as it is, not read as two.
    assert not _translated("Le pompier est arrivé.", "The Firefighter arrived.")
    # Words of three letters are not read into a name: too many names and words open with one.
    assert list(compound_parts("Stonebridge", "en")) == [("stone", "bridge")]
    assert not list(compound_parts("Sunbridge", "en")) and not list(compound_parts("Greenhammer", "fr"))
    # Nor are the words of a word too long for a name of two ("Telecommunicationsrepresentative").
    assert list(compound_parts("Telecommunicationsoffice", "en")) == [("telecommunications", "office")]
    assert not list(compound_parts("Telecommunicationsrepresentative", "en"))
    # With its article inside a sentence, it is a title, of a work or a ship: French gives it its own.
    assert not _translated("Le ballet Le Marteau de pierre est joué ce soir.", "The ballet The Stonehammer is played tonight.")


def test_a_kept_given_name_before_another_surname_is_garbled_or_replaced() -> None:
    # MT cuts a rare surname into pieces of other words, or writes another person's: a word of
    # neither language after the kept given name, where the source's surname is nowhere.
    source = "We watched a film by Boris Kowalczyk yesterday."
    garbled = findings_of(NameGarbled, "Nous avons vu un film de Boris Kowaldrin hier.", source)
    assert [(f.text, f.suggestion) for f in garbled] == [("Boris Kowaldrin", "Boris Kowalczyk")]
    replaced = findings_of(NameReplaced, "Nous avons vu un film de Boris Zelmar hier.", source)
    assert [(f.text, f.suggestion) for f in replaced] == [("Boris Zelmar", "Boris Kowalczyk")]
    # Both ways.
    back = findings_of(NameGarbled, "We watched a film by Boris Kowaldrin yesterday.",
                       "Nous avons vu un film de Boris Kowalczyk hier.", target_lang="en", source_lang="fr")
    assert [f.text for f in back] == ["Boris Kowaldrin"]
    # A common word, a given name or a word the source writes is no surname in its place.
    assert not findings_of(NameReplaced, "Nous avons vu un film de Boris Ingrid hier.", source)
    assert not findings_of(NameReplaced, "Nous avons vu un film de Boris Pendant hier.", source)
    assert not findings_of(NameReplaced, "Nous avons vu un film de Boris Zelmar et Boris Kowalczyk hier.",
                           "We watched a film by Boris Zelmar and Boris Kowalczyk yesterday.")


def test_an_english_cognate_of_a_french_source_word_is_its_translation_not_a_slip() -> None:
    # A French word opening a sentence is read as a name like any capitalised word; its English
    # cognate two letters away is the word translated.
    for source, target in (("Délicieux !", "Delicious!"), ("Généreux !", "Generous!")):
        assert not findings_of(NameMisspelled, target, source, target_lang="en", source_lang="fr")
    # A surname two letters away is still a slip of the name.
    slip = findings_of(NameMisspelled, "We saw Kowalcyzk yesterday.", "Nous avons vu Kowalczyk hier.",
                       target_lang="en", source_lang="fr")
    assert [f.text for f in slip] == ["Kowalcyzk"]
