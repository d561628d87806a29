"""Name checks on texts written here, in both directions, and on the sample corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mtcheck.checks.base import Check
from mtcheck.checks.names.name_added import NameAdded
from mtcheck.checks.names.name_case import NameCase
from mtcheck.checks.names.name_garbled import NameGarbled
from mtcheck.checks.names.name_glued import NameGlued
from mtcheck.checks.names.name_missing import NameMissing
from mtcheck.checks.names.name_misspelled import NameMisspelled
from mtcheck.checks.names.name_replaced import NameReplaced
from mtcheck.checks.names.name_split import NameSplit
from mtcheck.checks.names.name_translated import NameTranslated
from mtcheck.checks.names.termbase_name import TermbaseName
from mtcheck.checks.typography.glued_sentence import GluedSentence
from mtcheck.entities.forms import exonym
from mtcheck.entities.termbase import read_termbase
from mtcheck.errors import CorpusError
from tests.conftest import CORPUS, findings_of, prepared, run_cli


@pytest.fixture()
def termbase(tmp_path: Path) -> str:
    path = tmp_path / "names.tsv"
    path.write_text("source\ttarget\tnote\nOpenAI\tOpenAI\tcompany\nIlya Sutskever\tIlya Sutskever\tperson\n"
                    "X\tX\tplatform\nchief technology officer\tdirectrice technique\trole\n", encoding="utf-8")
    return str(path)


def test_name_case_en_to_fr_with_termbase(termbase: str) -> None:
    text = "Openai a confirmé. SUTSKEVER a lancé une société. Elle a publié sur x mercredi. J'ai vu x fois."
    found = findings_of(NameCase, text, termbase=termbase)
    assert [(f.text, f.suggestion) for f in found] == [("Openai", "OpenAI"), ("SUTSKEVER", "Sutskever"), ("x", "X")]
    assert found[0].evidence["canonical_from"].startswith("termbase ")


def test_name_case_fr_to_en_direction(termbase: str) -> None:
    text = "Openai said on Wednesday that Ilya Sutskever had left. He posted on x."
    found = findings_of(NameCase, text, target_lang="en", source_lang="fr", termbase=termbase)
    assert [f.text for f in found] == ["Openai", "x"]


def test_name_split_and_clean_forms(termbase: str) -> None:
    found = findings_of(NameSplit, "Microsoft a investi dans Open AI, puis dans OpenAI.", termbase=termbase)
    assert [(f.text, f.suggestion) for f in found] == [("Open AI", "OpenAI")]


def test_canonical_from_the_source_side() -> None:
    source = "DeepMind and OpenAI compete."
    found = findings_of(NameCase, "Deepmind et OpenAI sont concurrents.", source)
    assert [(f.text, f.suggestion, f.evidence["canonical_from"]) for f in found] == [("Deepmind", "DeepMind", "source")]


def test_urls_handles_and_elisions(termbase: str) -> None:
    text = "Voir pic.twitter.com/openai et @openai. L'Openai d'hier, qu'Openai."
    found = findings_of(NameCase, text, termbase=termbase)
    assert [f.text for f in found] == ["Openai", "Openai"]
    # A case file's number is no name: its "K-A" is no split of the source's "KA".
    target = "Selon le dossier KW/ZLV/PNL/412/2019/K-A, il a été arrêté. Le K-A l'a confirmé."
    source = "According to the record KW/ZLV/PNL/412/2019/KA, he was arrested. The KA confirmed it."
    assert [f.start for f in findings_of(NameSplit, target, source)] == [target.index("K-A l'a")]



def test_a_model_number_is_a_name_or_part_of_one() -> None:
    source = "Ingrid played Super Kowal 3D Land yesterday."
    split = findings_of(NameSplit, "Ingrid a joué à Super Kowal 3 D Land hier.", source)
    assert [(f.text, f.suggestion) for f in split] == [("Super Kowal 3 D Land", "Super Kowal 3D Land")]
    assert not findings_of(NameSplit, "Ingrid a joué à Super Kowal 3D Land hier.", source)
    assert not findings_of(NameSplit, "Kowal a commandé le 787-400XR hier.", "Kowal ordered the 787-400XR yesterday.")
    assert [f.text for f in findings_of(NameSplit, "Kowal a commandé le 787-400 XR hier.",
                                        "Kowal ordered the 787-400XR yesterday.")] == ["787-400 XR"]


def test_termbase_readers_and_errors(tmp_path: Path) -> None:
    csv_path = tmp_path / "t.csv"
    csv_path.write_text('source,target,note\nCEO,"PDG|directeur général",role\n', encoding="utf-8")
    assert read_termbase(csv_path)[0].targets == ("PDG", "directeur général")
    bad = tmp_path / "bad.tsv"
    bad.write_text("term\tnote\nOpenAI\tx\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="no 'source' column") as err:
        read_termbase(bad)
    assert err.value.line == 1
    short = tmp_path / "short.tsv"
    short.write_text("source\ttarget\nOpenAI\tOpenAI\nChatGPT\n", encoding="utf-8")
    with pytest.raises(CorpusError) as err:
        read_termbase(short)
    assert err.value.line == 3
    tbx = tmp_path / "t.tbx"
    tbx.write_text(
        '<?xml version="1.0"?><martif type="TBX"><text><body><termEntry id="1">'
        '<langSet xml:lang="en"><tig><term>Business Insider</term></tig></langSet>'
        '<langSet xml:lang="fr"><tig><term>Business Insider</term></tig></langSet>'
        "</termEntry></body></text></martif>",
        encoding="utf-8",
    )
    entry = read_termbase(tbx)[0]
    assert entry.source == "Business Insider" and entry.is_name
    broken = tmp_path / "broken.tbx"
    broken.write_text("<martif><termEntry>\n<langSet>", encoding="utf-8")
    with pytest.raises(CorpusError, match="not well-formed XML"):
        read_termbase(broken)


def test_sample_corpus_names(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = run_cli(["report", str(CORPUS / "news-fr"), "--termbase", str(CORPUS / "glossary.tsv"),
                          "--no-backtranslation", "--format", "json", "--select", "NE"], capsys)
    report = json.loads(out)
    by_doc = {d["id"][:3]: {(f["code"], f["text"], f["suggestion"]) for f in d["findings"]} for d in report["documents"]}
    assert {("NE001", "Openai", "OpenAI"), ("NE001", "Chatgpt", "ChatGPT"), ("NE001", "SUTSKEVER", "Sutskever"),
            ("NE001", "x", "X")} <= by_doc["000"]
    assert ("NE004", "la superintelligence sûre", "Safe Superintelligence") in by_doc["000"]
    assert by_doc["003"] == {("NE002", "Open AI", "OpenAI"), ("NE003", "Emmer Shear", "Emmett Shear")}
    assert by_doc["004"] == {("NE001", "OpenAi", "OpenAI"), ("NE004", "Trading Insider", "Business Insider")}
    assert by_doc["002"] == {("NE004", "L’information", "The Information"), ("NE005", "L’informationLe", ". ")}
    assert by_doc["001"] == set()  # "payer pour l'information" is the common noun
    clean = {"OpenAI", "ChatGPT", "GPT-4o", "Sam Altman", "John Schulman", "Mira Murati", "X"}
    assert not [f for d in report["documents"] for f in d["findings"] if f["text"] in clean]
    openai = next(e for e in report["entities"] if e["canonical"] == "OpenAI")
    assert openai["variants"]["Open AI"] == 4 and len(openai["documents"]) == 5


@pytest.fixture()
def outlets(tmp_path: Path) -> str:
    path = tmp_path / "outlets.tsv"
    path.write_text("source\ttarget\tnote\nThe Information\tThe Information\tnews outlet\n"
                    "Business Insider\tBusiness Insider\tnews outlet\nEmmett Shear\tEmmett Shear\tperson (he)\n"
                    "Le Monde\tLe Monde\tnews outlet\n", encoding="utf-8")
    return str(path)


def test_name_misspelled_from_termbase_source_and_corpus(outlets: str) -> None:
    found = findings_of(NameMisspelled, "Le conseil a nommé Emmer Shear. Emmett Shaer aussi.", termbase=outlets)
    assert [(f.text, f.suggestion) for f in found] == [("Emmer Shear", "Emmett Shear"), ("Emmett Shaer", "Emmett Shear")]
    found = findings_of(NameMisspelled, "Jefferston a signé la déclaration.", "Jefferson signed the declaration.")
    assert [(f.text, f.suggestion, f.evidence["canonical_from"]) for f in found] == [
        ("Jefferston", "Jefferson", "aligned source sentence")]
    fr_to_en = findings_of(NameMisspelled, "Emmer Shear will lead the company.", "Emmett Shear dirigera l'entreprise.",
                           target_lang="en", source_lang="fr")
    assert [f.text for f in fr_to_en] == ["Emmer Shear"]
    # Two different people, and a transliteration, are not misspellings.
    assert not findings_of(NameMisspelled, "Tom Shear et Emmett Shear. Kowalevski.",
                           "Tom Shear and Emmett Shear. Kowalevsky.")


def test_one_article_spells_a_name_one_way() -> None:
    # Texts may transliterate a name two ways; one article keeps to one of them.
    text = "Le ministre Kowalevsky est arrivé. Kowalevsky a parlé. Puis Kowalevski est reparti. Kowalevsky a conclu."
    found = findings_of(NameMisspelled, text)
    assert [(f.text, f.suggestion, f.evidence["canonical_count"]) for f in found] == [("Kowalevski", "Kowalevsky", 3)]
    assert "writes 'Kowalevsky' 3 times" in found[0].message
    # No majority; a given name in two forms is as often two people; the spelling the source writes.
    assert not findings_of(NameMisspelled, "Kowalevsky est venu. Kowalevski aussi.")
    assert not findings_of(NameMisspelled, "Julia Zelmar et Yulia Kowalczyk. Julia Zelmar a parlé. Julia Zelmar est partie.")
    source = "Minister Kowalevsky arrived. Kowalevsky spoke. Then Kowalevski left. Kowalevsky concluded."
    assert not findings_of(NameMisspelled, text, source)


def test_name_translated_needs_a_name_use_without_source(outlets: str) -> None:
    text = ("Selon L'information, OpenAI recrute. L'information note que le marché change. "
            "Il faut payer pour l'information. Il l'a dit à Trading Insider.")
    found = findings_of(NameTranslated, text, termbase=outlets)
    assert [(f.text, f.suggestion) for f in found] == [
        ("L'information", "The Information"), ("L'information", "The Information"), ("Trading Insider", "Business Insider")]
    fr_to_en = findings_of(NameTranslated, "According to The World, the talks failed.",
                           "Selon Le Monde, les pourparlers ont échoué.", target_lang="en", source_lang="fr")
    assert [(f.text, f.suggestion) for f in fr_to_en] == [("The World", "Le Monde")]
    # With a source, the name alignment reports a rendering in any case, with the source's name as the fix.
    en = findings_of(NameTranslated, "Selon Rose Boulanger, OpenAI recrute.", "According to Rose Baker, OpenAI is hiring.")
    assert [(f.text, f.suggestion, f.evidence["verdict"]) for f in en] == [("Rose Boulanger", "Rose Baker", "translated")]


def test_name_glued_takes_over_from_glued_sentence(outlets: str) -> None:
    text = "Comme l'a rapporté L'informationLe président a parlé. Il l'a annoncé hierLe marché a suivi."
    glued = findings_of(NameGlued, text, termbase=outlets)
    assert [(f.text, f.fix.edits[0].start) for f in glued] == [("L'informationLe", text.index("Le président"))]
    typo = findings_of(GluedSentence, text, termbase=outlets)
    assert [f.text for f in typo] == ["hierLe"]


def test_name_missing_and_added_both_directions() -> None:
    source = "Anna Sutskever left OpenAI on Tuesday. The company declined to comment."
    missing = findings_of(NameMissing, "Il a quitté OpenAI mardi. L'entreprise n'a pas commenté.", source)
    assert [(f.text, f.evidence["source_name"]) for f in missing] == [("Il a quitté OpenAI mardi.", "Anna Sutskever")]
    added = findings_of(NameAdded, "Anna Sutskever a quitté OpenAI mardi. Sam Altman n'a pas commenté.", source)
    assert [f.text for f in added] == ["Sam Altman"]
    fr_to_en = findings_of(NameMissing, "He left OpenAI on Tuesday.", "Anna Sutskever a quitté OpenAI mardi.",
                           target_lang="en", source_lang="fr")
    assert [f.evidence["source_name"] for f in fr_to_en] == ["Anna Sutskever"]
    # A surname alone, and a place's or an institution's name, may be left to a pronoun or an adjective.
    assert not findings_of(NameMissing, "Sutskever a quitté OpenAI mardi, selon la Maison Blanche.",
                           "Anna Sutskever left OpenAI on Tuesday, the White House said.")
    assert not findings_of(NameMissing, "Elle a quitté OpenAI mardi.", "Sutskever left OpenAI on Tuesday.")


def test_name_replaced_by_another_both_directions() -> None:
    """A person's name in the source, another person's name in its place in the translation."""
    en = "Yesterday, Anna Sutskever praised the plan."
    replaced = findings_of(NameReplaced, "Hier, Maria Brandt a salué le plan.", en)
    assert [(f.text, f.suggestion) for f in replaced] == [("Maria Brandt", "Anna Sutskever")]
    fr_to_en = findings_of(NameReplaced, "The Kowal Brandt Hour was a hit, said Anna Sutskever.",
                           "Le Ingrid Kowalczyk Hour a été un succès, a dit Anna Sutskever.", target_lang="en", source_lang="fr")
    assert [(f.text, f.suggestion) for f in fr_to_en] == [("Kowal Brandt Hour", "Ingrid Kowalczyk Hour")]
    # The same name, a pronoun, or a place French names its own way, is no other person.
    assert not findings_of(NameReplaced, "Hier, Anna Sutskever a salué le plan.", en)
    assert not findings_of(NameReplaced, "Hier, elle a salué le plan.", en)
    assert not findings_of(NameReplaced, "Hier, l'AIEA a salué le plan.", "Yesterday, the IAEA praised the plan.")


def test_name_garbled_only_where_words_of_the_sentence_part_it() -> None:
    en = "Yesterday, Ingrid Kowalczyk said so."
    assert [f.text for f in findings_of(NameGarbled, "Hier, Ingrid a dit Kowalczyk cela.", en)] == ["Ingrid a dit Kowalczyk"]
    # The name's words side by side in another order, or a word left out, are how a translator may write it.
    assert not findings_of(NameGarbled, "Hier, Kowalczyk Ingrid l'a dit.", en)
    assert not findings_of(NameGarbled, "Hier, Kowalczyk l'a dit.", en)
    assert not findings_of(NameGarbled, "Hier, Ingrid de Kowalczyk l'a dit.", en)
    # Turned around as a directory writes it, or parted by the sentence's words: no name French writes.
    assert [f.text for f in findings_of(NameGarbled, "Hier, a dit Kowalczyk, Ingrid, cela.", en)] == ["Kowalczyk, Ingrid"]
    assert [f.text for f in findings_of(NameGarbled, "Hier, Kowalczyk a dit Ingrid cela.", en)] == ["Kowalczyk a dit Ingrid"]
    french_syntax = [
        # An owner after "de", a word of the name rendered between its kept ones, a qualifier after a preposition.
        ("Ils ont vendu les Zelvo-Boxes originales d'Ingrid Kowalczyk hier.",
         "They sold the original Ingrid Kowalczyk Zelvo Boxes yesterday."),
        ("Ils ont visité la Station navale Kowalmar hier.", "They visited the Kowalmar Navy Station yesterday."),
        ("Ingrid a joué le Concerto pour saxophone. Le Concerto pour saxophone était nouveau.",
         "Ingrid played the Saxophone Concerto. The Saxophone Concerto was new."),
        # A one-letter word of the name ("A") is found in any French sentence: it says nothing of the order.
        ("Kowalia qui a vu la maison d'Ingrid Kowalczyk hier.", "Yesterday, Ingrid Kowalczyk A Kowalia said so."),
    ]
    for target, source in french_syntax:
        assert not findings_of(NameGarbled, target, source), target
    # A word of the name written twice: the name is where its other words are.
    twice = findings_of(NameGarbled, "Hier, Kowalnet a vendu, avec Kowalnet des ordinateurs XT9, un lot.",
                        "Yesterday, Kowalnet sold, with Kowalnet XT9 computers, a lot.")
    assert [f.text for f in twice] == ["Kowalnet des ordinateurs XT9"]


def test_french_conventions_and_the_aligned_source_are_no_damage() -> None:
    # "la Fifa" is how French writes an acronym said as a word; "Mission impossible" is a title in
    # sentence case; "Wikileaks" is how this sentence's own source writes it.
    text = "La FIFA décide. La FIFA vote. Selon la Fifa, Mission impossible sort. WikiLeaks publie."
    assert [f.text for f in findings_of(NameCase, text)] == []
    assert not findings_of(NameCase, "Le site Wikileaks publie.", "The Wikileaks site publishes. WikiLeaks too.")
    # An acronym's plural is no brand: "CDS" (credit default swaps) is no "CDs" in capitals.
    assert not findings_of(NameCase, "Il vend des CDs. Les CDs partent. Les CDS sur la Grèce montent.")
    # The French form of a first name or a place is no misspelling; a doubled vowel is.
    assert not findings_of(NameMisspelled, "Maxime Kowalczyk a marqué à Vienne.", "Maxim Kowalczyk scored in Vienna.")
    slips = findings_of(NameMisspelled, "Lauurent Morel et Hanibal Varga.", "Laurent Morel and Hannibal Varga.")
    assert [(f.text, f.suggestion) for f in slips] == [("Lauurent Morel", "Laurent Morel"), ("Hanibal Varga", "Hannibal Varga")]


def test_french_words_titles_and_original_spellings_are_no_damage(tmp_path: Path) -> None:
    path = tmp_path / "names.tsv"
    path.write_text("source\ttarget\tnote\nChristine Lagarde\tChristine Lagarde\tperson (she)\n", encoding="utf-8")
    # An article before a common noun is no split name, unless the aligned source writes the name.
    assert not findings_of(NameSplit, "La Garde civile arrête le maire.", "The Civil Guard arrests the mayor.",
                           termbase=str(path))
    found = findings_of(NameSplit, "La Garde parle aussi.", "Lagarde speaks too.", termbase=str(path))
    assert [(f.text, f.suggestion) for f in found] == [("La Garde", "Lagarde")]
    # The translation is right where the source slipped: lowercase French words are no split name.
    assert not findings_of(NameSplit, "Le président de la Société de commerce parle.",
                           "The chairman of the Société deCommerce speaks.")
    # A French word opening the sentence is capitalised there; a title is put before a name.
    assert not findings_of(NameTranslated, "Nommé ZPX, cet outil sert partout.", "Denominated ZPX, this tool is used everywhere.")
    assert not findings_of(NameTranslated, "Le fils du Père Olsen, David Olsen, parle.",
                           "David Olsen, Father Olsen's son, speaks.")
    opening = findings_of(NameTranslated, "Trading Insider l'a dit.", "Business Insider said so.")
    assert [f.text for f in opening] == ["Trading Insider"]
    # French words in a name are its French form; letters of the original alphabet come from the original.
    assert not findings_of(NameMisspelled, "La part des Latino-Américains baisse.", "The share of Latin Americans falls.")
    assert not findings_of(NameMisspelled, "Miss Pacífico a gagné.", "Miss Pacific won.")
    assert not findings_of(NameTranslated, "Giselle Ibáñez Ruelas est princesse.", "Stephanie Ibáñez Ruelas is a princess.")


def test_where_the_translation_keeps_the_original_name_the_source_changed() -> None:
    # Human translations keep names that an English source respelled or translated: a British
    # ending, a paper's masthead, a Spanish name. Each rule still reports the damage next to it.
    assert not findings_of(NameMisspelled, "Il a parlé de Nadine Harbour hier.", "He spoke of Nadine Harbor yesterday.")
    slip = findings_of(NameMisspelled, "Il a parlé de Nadine Harbir hier.", "He spoke of Nadine Harbor yesterday.")
    assert [f.suggestion for f in slip] == ["Nadine Harbor"]
    assert not findings_of(NameCase, "Les soldats, selon MK DNIK, tirent.", "The soldiers, according to MK Dnik, fire.")
    shouted = findings_of(NameCase, "Un pêcheur a dit à KTV NEWS que non.", "A fisherman told KTV News no.")
    assert [(f.text, f.suggestion) for f in shouted] == [("KTV NEWS", "KTV News")]
    assert not findings_of(NameTranslated, "Vantera a créé l’« Oficina NOVA ».", "Vantera has created 'Office NOVA.'")
    replaced = findings_of(NameTranslated, "Vantera a créé l’« Bureau NOVA ».", "Vantera has created 'Office NOVA.'")
    assert [f.text for f in replaced] == ["Bureau NOVA"]


def test_sources_forms_exonyms_and_typography_are_no_damage() -> None:
    # Sources that write a name two ways more than once make both right; one slip licenses nothing.
    sources = "ZELVID-21 spreads. ZELVID-21 kills. Zelvid-21 wanes. Zelvid-21 returns."
    target = "Le ZELVID-21 progresse. La Zelvid-21 tue. Le ZELVID-21 recule. La Zelvid-21 revient."
    assert not findings_of(NameCase, target, sources)
    split = findings_of(NameSplit, "YouTube grandit. YouTube brille. You Tube a gagné. Il publie sur You Tube.",
                        "YouTube grows. YouTube shines. You Tube won. He posts on YouTube.")
    assert [f.start for f in split] == [len("YouTube grandit. YouTube brille. You Tube a gagné. Il publie sur ")]
    # Where letters meet digits or another alphabet, spacing is the typographer's choice; a
    # translation does not add accents, the name's own spelling does.
    assert not findings_of(NameSplit, "La COP 21 a lieu. L'HX-4 et l'IL-β agissent.", "The COP21 happens. HX4 and ILβ act.")
    assert not findings_of(NameSplit, "Selon Le Bélec, oui.", "According to LeBelec, yes.")
    assert [f.text for f in findings_of(NameSplit, "Selon Le Belec, oui.", "According to LeBelec, yes.")] == ["Le Belec"]
    # Countries and cities in their French form (CLDR), after a French article.
    assert not findings_of(NameTranslated, "Il a donné au Canada, et Les Pays-Bas ont protesté.",
                           "He gave to Canada, and The Netherlands protested.")
    assert not findings_of(NameMisspelled, "Il arrive à Addis-Abeba.", "He arrives in Addis Ababa.")
    assert not findings_of(NameTranslated, "Il vit en Grande Bretagne.", "He lives in Great Britain.")
    slip = findings_of(NameMisspelled, "Il arrive à Addis Abbaba.", "He arrives in Addis Ababa.")
    assert [f.text for f in slip] == ["Addis Abbaba"]
    # So are a few famous people's names that French transliterates its own way.
    assert not findings_of(NameMisspelled, "Mouammar Kadhafi est enterré.", "Muammar Kaddafi is buried.")
    slip = findings_of(NameMisspelled, "Mouammar Kadafi est enterré.", "Muammar Kaddafi is buried.")
    assert [f.suggestion for f in slip] == ["Muammar Kaddafi"]
    # A nationality's adjective is lowercase beside its noun.
    text = "Les Sud-Africains votent. Les Sud-Africains rient. Les diplomates sud-africains parlent."
    assert not findings_of(NameCase, text)


def test_french_titles_of_works_are_translated_names_keep_their_words() -> None:
    # French grammar around a kept name, and a work's French title in French typography, are right.
    assert not findings_of(NameTranslated, "Quel est le rôle du capitaine dans Les Pembertons ?",
                           "What is the captain's role in The Pemberton?")
    assert not findings_of(NameTranslated, "Quel pays sert de cadre au film L'Étoile noire de la forêt ?",
                           "Which country is the setting of the movie Black Star of the Forest?")
    # An event's name is translated as a rule, "great" as "grande".
    assert not findings_of(NameTranslated, "Le plus grand plan depuis la Grande Dépression des années 30.",
                           "The largest plan since the Great Depression of the 30s.")
    assert not findings_of(NameTranslated, "Le 27 février, The\u00a0Washington\u00a0Post a rapporté ceci.",
                           "By 27 February, The Washington Post reported this.")
    # Capitals kept word by word, or none, are a name translated.
    calque = findings_of(NameTranslated, "Quel pays sert de cadre au film Étoile Noire de la forêt ?",
                         "Which country is the setting of the movie Black Star of the Forest?")
    assert [f.text for f in calque] == ["Étoile Noire"]


def test_descriptive_phrases_headlines_and_prefixes_are_no_mangled_names() -> None:
    # A capitalised descriptive phrase put into French order is translated, as translators do; a
    # rendering in the English order is a name translated word by word.
    assert not findings_of(NameTranslated, "Il dirige l'intelligence artificielle chez eux.",
                           "He runs Artificial Intelligence there.")
    calque = findings_of(NameTranslated, "Il a parlé au dimanche fois hier.", "He spoke to the Sunday Times yesterday.")
    assert [f.text for f in calque] == ["dimanche fois"]
    # ...unless a French text of the corpus keeps the name as it is, and then not where the name
    # completes an institution's, which French translates whole.
    kept = "Le Select Committee on Artificial Intelligence siège. L'intelligence artificielle progresse."
    source = "The Select Committee on Artificial Intelligence sits. Artificial Intelligence advances."
    assert [f.text for f in findings_of(NameTranslated, kept, source)] == ["L'intelligence artificielle"]
    kept = "Le Select Committee on Artificial Intelligence siège. La Commission sur l'intelligence artificielle aussi."
    source = "The Select Committee on Artificial Intelligence sits. The Commission on Artificial Intelligence too."
    assert not findings_of(NameTranslated, kept, source)
    # An English title inside a run is no part of the name ("US President Walter K. Brandt"), an
    # occupation is ("Press Agency").
    assert not findings_of(NameTranslated, "L'ancien président des États-Unis Walter K. Brandt a parlé.",
                           "The former US President Walter K. Brandt spoke.")
    assert not findings_of(NameTranslated, "Le chef, le Procureur Général Ramon Ibarra, a parlé.",
                           "The head, Attorney General Ramon Ibarra, spoke.")
    assert not findings_of(NameTranslated, "Vétéran, l’Espagnol Jorge Alcaraz a gagné.", "A veteran, Spaniard Jorge Alcaraz won.")
    # In a place's name, a French word spelled like the name's word is no translation of it.
    assert not findings_of(NameTranslated, "Il nage dans le Turbo Lake.", "He swims in Turtle Lake.")
    translated = findings_of(NameTranslated, "Il nage dans le Tortue Lake.", "He swims in Turtle Lake.")
    assert [f.text for f in translated] == ["Tortue Lake"]
    assert not findings_of(NameTranslated, "Le consortium Eastern Direct a perdu.", "The Eastern District consortium lost.")
    # A headline's capitals say nothing of names.
    assert not findings_of(NameTranslated, "Il veut ouvrir un Nouveau Nuage pour défier Amazon.",
                           "He Wants to Open a New Cloud to Beat Amazon")
    assert [f.text for f in findings_of(NameTranslated, "Il veut ouvrir un Nouveau Nuage pour défier Amazon.",
                                        "He wants to open a New Cloud to beat Amazon.")] == ["Nouveau Nuage"]
    # Running text writes a prefix in lowercase where a headline capitalises it.
    assert not findings_of(NameCase, "Marc Lenoir lance une tirade pro-Obama.", "Marc Lenoir Launches a Pro-Obama Tirade")
    assert [f.text for f in findings_of(NameCase, "Marc Lenoir lance une tirade pro-obama.",
                                        "Marc Lenoir Launches a Pro-Obama Tirade")] == ["pro-obama"]


def test_transliterations_regnal_names_and_species_are_no_slips() -> None:
    # French transliterates Russian and writes German umlauts; Czech and French given names differ by c/k.
    assert not findings_of(NameMisspelled, "Sergueï Lavrov arrive. Gerhard Schröder aussi. Viatcheslav Kassatov joue.",
                           "Sergei Lavrov arrives. Gerhard Schroeder too. Viacheslav Kasatov plays.")
    assert not findings_of(NameMisspelled, "Lucas Hrabal a parlé.", "Lukas Hrabal spoke.")
    assert not findings_of(NameMisspelled, "Selon le Pew Research Center, non.", "According to the Pew Research Centre, no.")
    assert [f.text for f in findings_of(NameMisspelled, "Sergeï Lavrrov arrive.", "Sergei Lavrov arrives.")] == ["Sergeï Lavrrov"]
    slip = findings_of(NameMisspelled, "Viatcheslav Kasattov joue.", "Viacheslav Kasatov plays.")
    assert [f.text for f in slip] == ["Viatcheslav Kasattov"]
    # A monarch's given name is translated; a species' epithet is lowercase whatever the source writes.
    assert not findings_of(NameMisspelled, "Alors Édouard VII régnait.", "Then Edward VII reigned.")
    slip = findings_of(NameMisspelled, "Alors Edwart VII régnait.", "Then Edward VII reigned.")
    assert [f.text for f in slip] == ["Edwart VII"]
    assert not findings_of(NameCase, "Le crâne du Velox brunae a des sacs.", "The skull of Velox Brunae has air bags.")


def test_sentence_openers_interjections_and_demonyms_are_no_names() -> None:
    # A French verb opening the sentence is capitalised there; "Trading" is no French word.
    assert not findings_of(NameTranslated, "Regarder YouTube, c'est facile.", "Watching YouTube is easy.")
    opening = findings_of(NameTranslated, "Trading Insider l'a dit.", "Business Insider said so.")
    assert [f.text for f in opening] == ["Trading Insider"]
    # Quotation marks around the whole name open a title, not a sentence: its first word is the name's.
    quoted = findings_of(NameTranslated, "Les chefs de « Sauver Kowalville Harbour » ont parlé.",
                         'The leaders of "Save Kowalville Harbour" spoke.')
    assert [(f.text, f.suggestion) for f in quoted] == [("Sauver Kowalville Harbour", "Save Kowalville Harbour")]
    assert not findings_of(NameTranslated, "Il a dit : « Regardez Kowaltube, c'est facile. »",
                           'He said: "Watching Kowaltube is easy."')
    # A quoted title of common words may come out under a French title, given whole; half of it in French is damage.
    assert not findings_of(NameTranslated, "Il a lu « La Rivière silencieuse » hier.", 'He read "The Silent River" yesterday.')
    half = findings_of(NameTranslated, "Il a lu « La Silent Rivière » hier.", 'He read "The Silent River" yesterday.')
    assert [(f.text, f.suggestion) for f in half] == [("La Silent Rivière", "The Silent River")]
    assert not findings_of(NameCase, "OK OK, on part demain.", "Ok OK, we leave tomorrow.")
    # An adjective made from a place name is no slip of it; a doubled letter or an inflection is.
    english = {"target_lang": "en", "source_lang": "fr"}
    text = "South America is far. South America is big. South America is warm. Any stamps from South American towns?"
    assert not findings_of(NameMisspelled, text, **english)  # type: ignore[arg-type]
    text = "Baltische Reederei runs. Baltische Reederei stops. Baltische Reederei waits. Baltischer Reederei ships are late."
    assert [f.text for f in findings_of(NameMisspelled, text, **english)] == ["Baltischer Reederei"]  # type: ignore[arg-type]


def test_a_name_with_an_elision_inside_is_found_whole(tmp_path: Path) -> None:
    path = tmp_path / "names.tsv"
    path.write_text("source\ttarget\tnote\nCôte d'Ivoire\tCôte d'Ivoire\tname\n", encoding="utf-8")
    found = findings_of(NameCase, "La Côte d'Ivoire rit. La Côte D'ivoire pleure.", termbase=str(path))
    assert [(f.text, f.suggestion) for f in found] == [("Côte D'ivoire", "Côte d'Ivoire")]


def test_split_lowercase_brand_and_glue_after_any_name() -> None:
    split = findings_of(NameSplit, "Il a acheté un i Pod sur e Bay.", "He bought an iPod on eBay.")
    assert [(f.text, f.suggestion) for f in split] == [("i Pod", "iPod"), ("e Bay", "eBay")]
    # No termbase and no other mention: a capitalised run inside a sentence is a name.
    text = "Il a parlé avec le sénateur Tom VarleyLa création a suivi."
    assert [f.text for f in findings_of(NameGlued, text)] == ["VarleyLa"]


def test_a_registered_name_glued_to_a_capitalised_french_word_is_a_glue() -> None:
    text = ("Le port de Varnaholm ferme. Selon Varnaholm, non. Le maire de Varnaholm parle. Les quais de "
            "Varnaholm sont vides. Il arrive à VarnaholmRédigé par le maire, le plan passe.")
    assert [f.text for f in findings_of(NameGlued, text)] == ["VarnaholmRédigé"]
    # The next sentence may open with a name the corpus registers, a word or an acronym.
    names = ("La chaîne KTV diffuse. Selon la KTV, non. La KTV a filmé. Le patron de la KTV parle. Puis Kowalczyk rit. "
             "Selon Kowalczyk, non. Hier, Kowalczyk a signé. ")
    found = findings_of(NameGlued, text.replace("Rédigé par", "Kowalczyk dit") + " " + names)
    assert [f.text for f in found] == ["VarnaholmKowalczyk"]
    assert [f.text for f in findings_of(NameGlued, text.replace("Rédigé par", "KTV dit") + " " + names)] == ["VarnaholmKTV"]
    # A brand the corpus writes twice is no glue, nor an inner capital after no registered name.
    brands = ("Il ouvre PowerPoint. PowerPoint plante. Selon Power, non. Le groupe Power rit. Power grandit. "
              "Il joue à PlayStation.")
    assert not findings_of(NameGlued, brands)


def test_name_translated_with_a_common_word_needs_the_source() -> None:
    source = "The comedian Boris Rock spoke to Lynx News near the Kowal River."
    target = "Le comédien Boris Nouvelles a parlé à Lynx Nouvelles près de la Kowal Marché."
    found = findings_of(NameTranslated, target, source)
    assert [(f.text, f.suggestion) for f in found] == [
        ("Boris Nouvelles", "Boris Rock"), ("Lynx Nouvelles", "Lynx News"), ("Kowal Marché", "Kowal River")]
    # The same sentence with no source says nothing about who "Boris Nouvelles" was meant to be.
    assert not findings_of(NameTranslated, target)
    # French translates a cup as a rule: "Coupe Davis" is right.
    assert not findings_of(NameTranslated, "La Coupe Davis commence.", "The Davis Cup starts.")


def test_name_translated_from_the_termbase_alone(tmp_path: Path) -> None:
    names = ["Associated Press", "Wall Street", "Sunday Morning", "Google Maps", "Google News"]
    path = tmp_path / "names.tsv"
    path.write_text("source\ttarget\tnote\n" + "".join(f"{n}\t{n}\tname\n" for n in names)
                    + "Boris Rock\tBoris Rock\tperson (he)\n", encoding="utf-8")
    termbase = str(path)
    text = "Il a confié à Associated Maison que mur rue avait chuté. Boris Nouvelles a parlé dimanche matin de Google Chrome."
    found = findings_of(NameTranslated, text, termbase=termbase)
    # A common noun in place of a word of an organisation's name, and a name rendered word for word in
    # the English order, are found; a person's name, a time of day and another Google product are not.
    assert [(f.text, f.suggestion) for f in found] == [("Associated Maison", "Associated Press"), ("mur rue", "Wall Street")]
    # Where the sentence has its source, a termbase name the source does not hold is not looked for.
    assert not findings_of(NameTranslated, "Il a confié à Associated Maison.", "He told his house.", termbase=termbase)
    # Nor one the source writes in lowercase: that is the common noun ("wall street" of a town).
    target = "Il habite le mur rue de la ville."
    assert not findings_of(NameTranslated, target, "He lives on the wall street of the town.", termbase=termbase)
    found = findings_of(NameTranslated, target, "He lives on the Wall Street of the town.", termbase=termbase)
    assert [f.text for f in found] == ["mur rue"]  # the street's naming word translated, found by the name alignment


def test_another_given_name_or_an_occupation_before_a_name_is_no_translation(tmp_path: Path) -> None:
    path = tmp_path / "names.tsv"
    path.write_text("source\ttarget\tnote\nStar Lynx\tStar Lynx\tname\nThe Economist\tThe Economist\toutlet\n", encoding="utf-8")
    text = "Marco Lynx joue. Le chômage monte, selon l'économiste Pilar Arrabal."
    assert not findings_of(NameTranslated, text, termbase=str(path))
    text = "Étoile Lynx joue. Le chômage monte, selon l'économiste."
    found = findings_of(NameTranslated, text, termbase=str(path))
    assert [(f.text, f.suggestion) for f in found] == [("Étoile Lynx", "Star Lynx"), ("l'économiste", "The Economist")]


def test_the_termbase_keeps_a_name_with_an_institutions_word(tmp_path: Path) -> None:
    text = "Zelvo Maison repousse le plan. Les camions étaient sur Kowal Groupe."
    # Names with the word of an institution or a place are translated as a rule: without a
    # termbase entry, "Zelvo Maison" and "Kowal Groupe" may be French renderings.
    assert not findings_of(NameTranslated, text)
    path = tmp_path / "names.tsv"
    path.write_text("source\ttarget\tnote\nZelvo Motors\tZelvo Motors\t\nKowal Street\tKowal Street\t\n", encoding="utf-8")
    # The termbase says they stay as written.
    found = findings_of(NameTranslated, text, termbase=str(path))
    assert [(f.text, f.suggestion) for f in found] == [("Zelvo Maison", "Zelvo Motors"), ("Kowal Groupe", "Kowal Street")]


def test_french_word_tables_use_spacys_string_hash() -> None:
    from spacy.strings import hash_string

    from mtcheck.french import common_word, known_form, string_hash

    for text in ("", "a", "avoir", "Grèce", "Francfort-sur-le-Main", "ééééééééé"):
        assert string_hash(text) == hash_string(text)
    assert known_form("Francfort") and known_form("Grèce") and not known_form("Jefferston")
    assert common_word("Nouvelles") and common_word("Marché") and not common_word("Wallace")
    # Both dictionaries must know the word: spaCy's lists a town, Grammalecte's an English loan.
    assert common_word("centrale") and common_word("cœur") and common_word("coeur")
    assert not common_word("tournefeuille") and not common_word("street")


def test_model_tables_read_in_part_are_those_spacy_reads() -> None:
    import srsly

    from mtcheck.french import MODEL, _table

    part = "lemmatizer/lookups/lookups.bin"
    whole = srsly.read_msgpack(next(Path(__import__(MODEL).__file__).parent.glob(f"{MODEL}-*/{part}")))
    keys = frozenset({"lemma_lookup", "lemma_rules"})
    assert len(whole) > len(keys)  # the entries left out are skipped, not read
    assert _table(part, keys) == {key: whole[key] for key in keys}


def test_name_particles_in_either_case() -> None:
    text = "Bachar Al-Assad parle. Bachar Al-Assad part. Le président Bachar al-Assad a refusé. OPENAI aussi."
    tb_free = findings_of(NameCase, text, "Bashar Al-Assad speaks. Bashar Al-Assad leaves. OpenAI too.")
    assert [f.text for f in tb_free] == ["OPENAI"]


def test_split_and_glued_in_an_english_translation() -> None:
    split = findings_of(NameSplit, "He bought an i Pod from Open AI.", "Il a acheté un iPod à OpenAI.",
                        target_lang="en", source_lang="fr")
    assert [(f.text, f.suggestion) for f in split] == [("i Pod", "iPod"), ("Open AI", "OpenAI")]
    glued = findings_of(NameGlued, "He spoke with Senator Tom VarleyThe vote followed.",
                        "Il a parlé avec le sénateur Tom Varley. Le vote a suivi.", target_lang="en", source_lang="fr")
    assert [f.text for f in glued] == ["VarleyThe"]


def test_termbase_name_with_a_french_form_both_directions(tmp_path: Path) -> None:
    path = tmp_path / "names.tsv"
    path.write_text("source\ttarget\tnote\nThe Lord of the Rings\tLe Seigneur des anneaux\tbook\n"
                    "Data Center\tCentre de données\t\nAI Act\tAI Act|règlement sur l'IA\tlaw\n", encoding="utf-8")
    source = "Tolkien wrote The Lord of the Rings. Two Data Centers opened. He read The Lord of the Rings."
    target = "Tolkien a écrit le Maître des anneaux. Deux centres de données ont ouvert. Il a lu The Lord of the Rings."
    found = findings_of(TermbaseName, target, source, termbase=str(path))
    # A rendering in other words is reported where it writes most of the form's words, the English
    # form kept on itself, each with the termbase's form as the fix; a plural of the form is the form.
    assert [(f.text, f.suggestion) for f in found] == [
        ("le Maître des anneaux", "Le Seigneur des anneaux"), ("The Lord of the Rings", "Le Seigneur des anneaux")]
    assert "'Le Seigneur des anneaux'" in found[0].message and found[0].evidence["termbase"].endswith("names.tsv:2")
    # The article merged with "de", any case, and a name the termbase keeps (NE001-NE007's) raise nothing.
    assert not findings_of(TermbaseName, "L'auteur du seigneur des anneaux. Le AI Act est voté.",
                           "The author of The Lord of the Rings. The AI Act is passed.", termbase=str(path))
    # "Notre ami commun" is no "L'Ami commun": a form's article is dropped only where French merges it.
    friend = tmp_path / "friend.tsv"
    friend.write_text("source\ttarget\tnote\nOur Mutual Friend\tL'Ami commun\tbook\n", encoding="utf-8")
    mutual = findings_of(TermbaseName, "Il a lu Notre ami commun.", "He read Our Mutual Friend.", termbase=str(friend))
    assert [(f.text, f.suggestion) for f in mutual] == [("Notre ami commun", "L'Ami commun")]
    # A sentence that writes too few of the form's words is reported whole, with no fix to offer.
    bank = tmp_path / "bank.tsv"
    bank.write_text("source\ttarget\tnote\nEuropean Central Bank\tBanque centrale européenne|BCE\t\n", encoding="utf-8")
    vague = findings_of(TermbaseName, "La banque a relevé ses taux.", "The European Central Bank raised its rates.",
                        termbase=str(bank))
    assert [(f.text, f.suggestion) for f in vague] == [("La banque a relevé ses taux.", None)]
    # fr -> en: the termbase's source is French.
    reverse = tmp_path / "reverse.tsv"
    reverse.write_text("source\ttarget\tnote\nBanque centrale européenne\tEuropean Central Bank|ECB\t\n", encoding="utf-8")
    back = findings_of(TermbaseName, "The European Bank Central raised its rates.",
                       "La Banque centrale européenne a relevé ses taux.", termbase=str(reverse),
                       target_lang="en", source_lang="fr")
    assert [f.code for f in back] == ["NE008"]


def test_name_findings_inside_a_termbase_form_are_dropped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "glossary.tsv").write_text("source\ttarget\tnote\nThe Sun\tLe Soleil\tfilm\n", encoding="utf-8")
    (tmp_path / "a.en.txt").write_text("When was the movie The Sun released?\n", encoding="utf-8")
    (tmp_path / "a.fr.txt").write_text("Le Soleil, ce film, est sorti quand ?\n", encoding="utf-8")
    # Without the termbase, "Le Soleil" opening the sentence (where its capital says nothing of a
    # French title) reads as the film's name translated word by word (NE004).
    rc, out, _ = run_cli(["report", str(tmp_path / "a.en.txt"), str(tmp_path / "a.fr.txt"), "--no-backtranslation",
                          "--format", "json"], capsys)
    assert [f["code"] for d in json.loads(out)["documents"] for f in d["findings"]] == ["NE004"]
    # The termbase writes it so: no finding.
    rc, out, _ = run_cli(["report", str(tmp_path), "--no-backtranslation", "--format", "json"], capsys)
    assert rc == 0 and not [f for d in json.loads(out)["documents"] for f in d["findings"]]


def test_a_translation_from_the_original_is_not_held_to_the_sources_spellings() -> None:
    # "Jesús" where the source writes "Jesus": the translator worked from the Spanish original, which
    # the English also translates, so the two spell its names each their own way.
    source = "Singers such as Jesus Moreno and Paquito Rivas performed."
    assert not findings_of(NameMisspelled, "Des chanteurs comme Jesús Moreno et Paquit Rivas ont chanté.", source)
    slip = findings_of(NameMisspelled, "Des chanteurs comme Jesus Moreno et Paquit Rivas ont chanté.", source)
    assert [f.text for f in slip] == ["Paquit Rivas"]
    # So was one whose source lost its letters beyond ASCII; and the source translated a place's head word.
    source = "The house of the architect Toms Llor stands in Colony San Miguel Tlaxco."
    assert not findings_of(NameMisspelled, "La maison de l'architecte Tomàs Llorà est à Colonia San Miguel Tlaxco.", source)
    slip = findings_of(NameMisspelled, "La maison de l'architecte Tomàs Lloro est à Colonia San Miguel Tlaxco.", source)
    assert [f.text for f in slip] == ["Tomàs Lloro"]


def test_a_source_spelling_written_once_against_the_corpus_is_the_sources_slip() -> None:
    # The source writes "Kirby" once and "Kirkby" elsewhere, as the translation does: its slip.
    target = "Le but de Danny Kirkby a sauvé l'équipe. Kirkby a souri."
    assert not findings_of(NameMisspelled, target, "The goal of Danny Kirby saved the team. Kirkby smiled.")
    # A source that cuts a name short is no slip of the translation; a doubled letter is.
    source = "Flamenco stars such as Nico Carmona and El Trian sing."
    assert not findings_of(NameMisspelled, "Des vedettes comme Nicolo Carmona et El Trianero chantent.", source)
    slip = findings_of(NameMisspelled, "Des vedettes comme Nicco Carmona et El Trian chantent.", source)
    assert [f.text for f in slip] == ["Nicco Carmona"]
    # A translation that takes another name of the text for the source's, written twice, is slipping.
    source = "Emmett Shear came. Emmett Shear met Tom Emmer."
    slip = findings_of(NameMisspelled, "Emmer Shear est venu. Emmett Shear a rencontré Tom Emmer.", source)
    assert [(f.text, f.suggestion) for f in slip] == [("Emmer Shear", "Emmett Shear")]
    # So is one that takes the other name from the same source sentence.
    slip = findings_of(NameMisspelled, "Emmer Shear a rencontré Tom Emmer.", "Emmett Shear met Tom Emmer.")
    assert [f.text for f in slip] == ["Emmer Shear"]


def test_given_names_translated_for_saints_and_monarchs_and_by_mistake_for_anyone() -> None:
    assert not findings_of(NameTranslated, "La foule a rempli la place Saint-Pierre.", "Crowds filled Saint Peter's Square.")
    assert not findings_of(NameMisspelled, "Saint François d'Assise prêchait.", "Saint Francis of Assisi preached.")
    assert not findings_of(NameTranslated, "Le roi Philippe VI a parlé.", "King Felipe VI spoke.")
    # Another language's form is no slip; the French form of an English speaker's name is a translation.
    assert not findings_of(NameMisspelled, "Pavel Novak et Alexandre Petrenko ont parlé.",
                           "Paul Novak and Aleksandr Petrenko spoke.")
    assert not findings_of(NameTranslated, "Alexandre Lukashenko et Joseph Novak ont parlé.",
                           "Alexander Lukashenko and Josef Novak spoke.")
    target, source = "Pierre Higgs et Michel Jackson ont gagné des prix.", "Peter Higgs and Michael Jackson won prizes."
    found = findings_of(NameTranslated, target, source)
    assert [(f.text, f.suggestion) for f in found] == [("Pierre Higgs", "Peter Higgs"), ("Michel Jackson", "Michael Jackson")]
    assert not findings_of(NameMisspelled, target, source)
    # A letter away and no French form, a given name reads as a slip.
    slip = findings_of(NameMisspelled, "Michal Borg Xuereb a écrit le texte.", "Michael Borg Xuereb wrote the text.")
    assert [f.suggestion for f in slip] == ["Michael Borg Xuereb"]
    # Unless the source spells the name as the person's language does: "Petr" is then a Czech's own name.
    assert not findings_of(NameMisspelled, "Le cinquième élu Petr Horacek a refusé le test.",
                           "The fifth councillor, Peter Horáček, refused the test.")
    slip = findings_of(NameMisspelled, "Le cinquième élu Petr Horacek a refusé le test.",
                       "The fifth councillor, Peter Horacek, refused the test.")
    assert [f.suggestion for f in slip] == ["Peter Horacek"]
    # A name transliterated from Arabic has several spellings, French news preferring "Mohamed".
    assert not findings_of(NameMisspelled, "Fondée autour de l'imam Mohamed Kowalkar, la secte a grandi. Kowalkar a été arrêté.",
                           "Founded around the imam Mohammed Kowalkar, the sect grew. Kowalkar was arrested.")


def test_plurals_compound_adjectives_and_abbreviations_are_no_names() -> None:
    # An acronym's plural is no miscased acronym; "Si M. Obama" splits no "SIM".
    assert not findings_of(NameCase, "Le parti CDS a gagné le vote. Il vendait des CDs dans la boutique.",
                           "The CDS party won the vote. He sold records in the shop.")
    # A translation may write an acronym as its owner does where the source flattens it to capitals.
    source = "The leader of the Galician BNG party won the vote on Sunday."
    assert not findings_of(NameCase, "Le chef du parti galicien BnG a gagné le vote dimanche.", source)
    found = findings_of(NameCase, "Le chef du parti galicien BNg a gagné le vote dimanche.", source)
    assert [(f.text, f.suggestion) for f in found] == [("BNg", "BNG")]
    # Or with more capitals among its small letters than the source gives it; fewer is a slip.
    assert not findings_of(NameCase, "Hier, KWare a grandi. KWare a vendu plus.", "Yesterday Kware grew. Kware sold more.")
    assert not findings_of(NameCase, "Hier, iKOnet a grandi.", "Yesterday iKonet grew.")
    assert [f.text for f in findings_of(NameCase, "Hier, KowalLb a grandi.", "Yesterday KowalLB grew.")] == ["KowalLb"]
    capitals = findings_of(NameCase, "Hier, INGRID McKowal a parlé. Ingrid McKowal est partie.",
                           "Yesterday Ingrid McKowal spoke. Ingrid McKowal left.")
    assert [f.text for f in capitals] == ["INGRID McKowal"]
    target = "La carte SIM coûte cher. Si M. Obama le veut, la SIM baisse. Une Si M gratuite."
    split = findings_of(NameSplit, target, "The SIM card is dear. If Mr. Obama wants it, the SIM falls. A free SIM.")
    assert [f.start for f in split] == [target.index("Si M gratuite")]
    # The lowercase end of an English compound adjective is no part of the name: "Tor Vang-led" names Tor Vang.
    corpus = prepared("Le gouvernement dirigé par Tor Vang est tombé.", "The Tor Vang-led government fell.")
    assert corpus.entities is not None
    assert "torvang" in corpus.entities.by_key and "torvangled" not in corpus.entities.by_key
    # Inside a run too: "Kowal-approved N95" names Kowal and the N95, which French puts apart.
    assert not findings_of(NameTranslated, "Les masques N95 approuvés par Kowal ont été vendus.",
                           "The Kowal-approved N95 masks were sold.")
    assert not findings_of(NameTranslated, "Un test ZELV-2 basé sur la PCR a été fait.", "A PCR-based ZELV-2 test was made.")
    # A word with letters added or lost is the name spelled otherwise, not translated ("Villa" for a source's "Vila").
    source = "The hall was rebuilt in 1902 by the architect Ramon Vila Serra."
    assert not findings_of(NameTranslated, "La salle est née en 1902 de l'architecte Ramon Villa Serra.", source)
    replaced = findings_of(NameTranslated, "La salle est née en 1902 de l'architecte Ramon Maison Serra.", source)
    assert [f.text for f in replaced] == ["Ramon Maison Serra"]
    # So are the name's own words in another order, as another language writes them.
    source = "Vantera funded ventures of investors and the state (Public-Private Partnership, PPP)."
    target = "La Vantera finance des projets d'investisseurs et d'État (Privat-Public-Partnership, PPP)."
    assert not findings_of(NameTranslated, target, source)
    replaced = findings_of(NameTranslated, target.replace("Privat-Public", "Marché-Private"), source)
    assert [f.text for f in replaced] == ["Marché-Private-Partnership"]


def test_a_termbase_name_is_not_seen_in_other_names_that_share_a_word_with_it(tmp_path: Path) -> None:
    path = tmp_path / "names.tsv"
    names = ["First Street", "Atlantic City", "Windows Mobile", "Evening News", "Washington Post", "Business Insider",
             "John Dorling", "Euro-2009"]
    path.write_text("source\ttarget\tnote\n" + "".join(f"{n}\t{n}\tname\n" for n in names), encoding="utf-8")
    termbase = str(path)
    # Without a source, a head that ends many names ("Street", "Mobile") is no sign of the one the termbase keeps.
    text = ("La police attendait entre Maple Street et Birch Street. Orbit Mobile et Nova Mobile arrivent. "
            "Le Harbor City a gagné.")
    assert not findings_of(NameTranslated, text, termbase=termbase)
    # But a French word in place of the name's is still one ("Affaires Mobile" is a mangled Windows
    # Mobile), and mangled forms make no head generic.
    found = findings_of(NameTranslated, text + " Il a installé Affaires Mobile.", termbase=termbase)
    assert [(f.text, f.suggestion) for f in found] == [("Affaires Mobile", "Windows Mobile")]
    found = findings_of(NameTranslated, "Selon Affaires Insider, Marché Insider et Trading Insider, il part.", termbase=termbase)
    assert [f.text for f in found] == ["Affaires Insider", "Marché Insider", "Trading Insider"]
    text = "La police attendait sur Maple Street. Orbit Mobile arrive."
    assert [f.text for f in findings_of(NameTranslated, text, termbase=termbase)] == ["Maple Street", "Orbit Mobile"]
    # An article translates no word of a name.
    text = "Il a parlé au journal The News à Washington D.C. hier soir."
    assert not findings_of(NameTranslated, text, termbase=termbase)
    found = findings_of(NameTranslated, "Il l'a dit à Trading Insider.", termbase=termbase)
    assert [f.text for f in found] == ["Trading Insider"]
    # A given name in another language's form vouches for no slip of the surname; another number is
    # another event.
    assert not findings_of(NameMisspelled, "Le roi Juan Dorlis a parlé de l'Euro-2004 hier soir.", termbase=termbase)
    slip = findings_of(NameMisspelled, "Le journaliste John Dorlin a parlé de l'Euro-2090 hier soir.", termbase=termbase)
    assert [f.text for f in slip] == ["John Dorlin"]


def test_two_names_that_share_no_word_are_no_slips_of_one_another() -> None:
    source = "The journalist John Dorling wrote a long text last night."
    assert not findings_of(NameMisspelled, "Le journaliste Jahn Dorleng a écrit un long texte hier soir.", source)
    slip = findings_of(NameMisspelled, "Le journaliste Jahn Dorling a écrit un long texte hier soir.", source)
    assert [f.suggestion for f in slip] == ["John Dorling"]


def test_a_little_word_glued_to_a_name_is_a_lost_space_not_a_brand() -> None:
    target = "Il est représentant àWashington. Un autre est représentant àWashington. Elle vit à Washington."
    source = "He is the Washington envoy. Another is the Washington envoy. She lives in Washington."
    assert not findings_of(NameSplit, target, source)


def test_peoples_words_plurals_and_acronym_derivatives_are_grammar_not_names() -> None:
    # English capitalises peoples and languages, French does not: "The Spanish" is no name.
    source = "When he sings, the boys laugh: The Spanish boy is so shy, and Korean English is hard."
    target = "Quand il chante, les garçons rient : l'espagnol est si timide, et le coréen anglais est difficile."
    assert not findings_of(NameTranslated, target, source)
    source = "The study shows how strong the pride of many Dutch Moroccans has grown since the match."
    target = "L'étude montre combien la fierté de beaucoup de Néerlando-marocains a grandi."
    assert not findings_of(NameMisspelled, target, source)
    assert not findings_of(NameMissing, "L'étude montre combien la fierté de beaucoup de gens a grandi.", source)
    # A nationality before a name describes it; the name's own words are still kept.
    source = "The doctors of Galway ran a trial on sleep, says the Irish Mirror."
    target = "Le quotidien irlandais Mirror rapporte que des médecins de Galway ont mené un essai sur le sommeil."
    assert not findings_of(NameTranslated, target, source)
    found = findings_of(NameTranslated, target.replace("Mirror", "Miroir"), source)
    assert [f.text for f in found] == ["Miroir"]
    source = "Hotel prices fell again, according to a study by the card issuer American Express."
    found = findings_of(NameTranslated, "Les prix ont encore baissé selon une étude de l'émetteur américain express.", source)
    assert [f.text for f in found] == ["américain express"]
    found = findings_of(NameTranslated, "Les prix ont encore baissé selon une étude de l'Américain Express.", source)
    assert [f.text for f in found] == ["l'Américain Express"]
    # The noun of a nationality, which French capitalises, before a person's full name describes him.
    source = "The Kenyan Amina Wanjiru hopes to follow in the footsteps of Grace Wanjiru."
    assert not findings_of(NameTranslated, "La Kényane Amina Wanjiru espère suivre les pas de Grace Wanjiru.", source)
    # A common word in the other number is grammar ("between Maple and Birch Streets").
    source = "A third team of guards stood along Main Avenue, between Maple and Birch Streets, all night."
    target = "Une troisième équipe se tenait le long de Main Avenue, entre Maple Street et Birch Street."
    assert not findings_of(NameMisspelled, target, source)
    slip = findings_of(NameMisspelled, target.replace("Birch Street", "Birch Streat"), source)
    assert [f.text for f in slip] == ["Birch Streat"]
    # French writes a noun made of an acronym in lowercase too ("udriste" beside "UDRiste").
    text = "Le maire UDRiste a parlé. Le député UDRiste a voté. Le dirigeant udriste a répondu."
    assert not findings_of(NameCase, text)
    assert [f.text for f in findings_of(NameCase, text + " Le chef Udriste a ri.")] == ["Udriste"]
    # A brand the French dictionary lists as a common noun is written in lowercase, or capitalised
    # as a noun; another brand is not.
    source = "Do not pocket Post-It notes or PlayStation games; look for WiFi."
    found = findings_of(NameCase, "Ne prends pas de post-it ni de jeux playstation ; cherche le Wifi.", source)
    assert [(f.text, f.suggestion) for f in found] == [("playstation", "PlayStation")]
    found = findings_of(NameCase, "Ne prends pas de post-it ni de jeux Playstation ; cherche le WIfi.", source)
    assert [(f.text, f.suggestion) for f in found] == [("Playstation", "PlayStation"), ("WIfi", "WiFi")]


def test_a_split_the_source_writes_in_other_capitals_is_the_sources() -> None:
    source = "KD Vortex is a firm set up in 1988 to make pumps. KdVortex sells them to farms."
    target = "Kd Vortex est une entreprise créée en 1988 pour faire des pompes. KdVortex les vend aux fermes."
    assert not findings_of(NameSplit, target, source)
    found = findings_of(NameSplit, target, source.replace("KD Vortex", "KdVortex"))
    assert [(f.text, f.suggestion) for f in found] == [("Kd Vortex", "KdVortex")]


def test_a_correction_never_turns_a_french_word_into_a_rare_corpus_form() -> None:
    """A form the corpus alone vouches for, written no more often than a lowercase French word of
    the same letters, is no canonical form of that word; a Roman ordinal is no brand at all."""
    ordinal = "Le VIe sommet a eu lieu. Le VIe arrondissement est calme. La vie est belle. Sa vie change."
    assert not findings_of(NameCase, ordinal)
    brand = "EnCore a levé des fonds. EnCore recrute. Il pleut encore. Encore un effort, il reste encore."
    assert not findings_of(NameCase, brand)
    car = "AutoMobile ouvre. AutoMobile grandit. Une automobile passe. L'automobile roule."
    assert not findings_of(NameCase, car)
    # French writes months and weekdays in lowercase, however often a translation capitalised them.
    months = " ".join(f"Il a vu Kowalczyk le {day} Novembre." for day in range(1, 12)) + " Il a signé le 28 novembre."
    assert not findings_of(NameCase, months)
    # A people's compound noun is capitalised, its adjective not: "les Anglo-Saxons", "des fonds anglo-saxons".
    peoples = " ".join(f"Les Anglo-Saxons ont vu Kowalczyk le {day} mai." for day in range(1, 8)) + " Des fonds anglo-saxons."
    assert not findings_of(NameCase, peoples)
    # A word the corpus capitalises as an institution is the common noun where the source writes it in lowercase.
    source = " ".join(f"Kowalczyk spoke to Congress on day {day}." for day in range(1, 8)) + " Then the congress voted."
    target = " ".join(f"Kowalczyk a parlé au Congrès le jour {day}." for day in range(1, 8)) + " Puis le congrès a voté."
    assert not findings_of(NameCase, target, source)
    found = findings_of(NameCase, target, source.replace("the congress", "the Congress"))
    assert [(f.text, f.suggestion) for f in found] == [("congrès", "Congrès")]
    # Where the corpus writes the brand more often than the word, a lowercase slip of it is still reported.
    slip = "OpenAI a lancé ChatGPT. OpenAI grandit. OpenAI recrute. Openai a refusé de commenter."
    assert [f.text for f in findings_of(NameCase, slip)] == ["Openai"]


def test_a_name_the_corpus_writes_capitalised_again_and_again_is_a_name_without_a_termbase() -> None:
    """A surname written three times inside sentences, never in lowercase, is a name: in capitals in
    running prose it is a case slip. So is a French word the corpus capitalises as a name with a
    clear majority ("la Cour"), whose lowercase form stays the word; a word the corpus also writes
    in lowercase as often as French does is no such evidence."""
    text = ("Le chercheur Kowalczyk a parlé. Selon Kowalczyk, le plan avance. Hier, Kowalczyk a signé. "
            "Le rapport de KOWALCZYK est sorti.")
    assert [(f.text, f.suggestion) for f in findings_of(NameCase, text)] == [("KOWALCZYK", "Kowalczyk")]
    court = ("Le juge de la Cour a parlé. Selon la Cour, le plan avance. Hier, la Cour a tranché. "
             "La cour de l'école est vide. Le rapport de la COUR est sorti.")
    assert [(f.text, f.suggestion) for f in findings_of(NameCase, court)] == [("COUR", "Cour")]
    given = ("La ministre Constance Oriol a parlé. Selon Constance Oriol, le plan avance. Hier, Constance Oriol a "
             "signé. Elle travaille avec constance.")
    assert not findings_of(NameCase, given)  # a given name that is a French word: in lowercase, the word
    words = ("Le maire Grand a parlé. Selon Grand, le plan avance. Hier, Grand a signé. C'est un grand jour "
             "et un grand plan. Le GRAND rapport est sorti.")
    assert not findings_of(NameCase, words)


def test_a_clear_majority_of_capitals_makes_a_name_and_its_lowercase_a_slip() -> None:
    """A place the corpus capitalises inside sentences again and again (after a comma and a quote
    too) and writes once in lowercase: that once is the slip. A word French or English writes in
    lowercase is never turned into the corpus's capitalised form."""
    text = ("Le port de Zelmorie ferme. Selon les pêcheurs, Zelmorie souffre. Le maire de Zelmorie parle. "
            "« Zelmorie vivra », dit-il. Les bateaux de zelmorie restent à quai.")
    assert [(f.text, f.suggestion) for f in findings_of(NameCase, text)] == [("zelmorie", "Zelmorie")]
    # Written in lowercase a third as often or more, it is no name the corpus vouches for.
    assert not findings_of(NameCase, text + " Le zelmorie est un vent. Un zelmorie souffle.")
    # "the" in an English phrase quoted by French text is the English word, whatever The Times does.
    quoted = ("Selon The Times, non. Selon The Sun, oui. Selon The Herald, peut-être. Il a chanté « the end of the road ».")
    assert not findings_of(NameCase, quoted)
    assert not findings_of(NameCase, quoted + " Le parti Alliance for the Future vote.")
    # A place's French name is always capitalised; an English word outside an English phrase is a slip.
    places = "Il vit à Varsovie. Selon Varsovie, non. Le maire de Varsovie parle. Les rues de Varsovie. Il part de varsovie."
    assert [f.text for f in findings_of(NameCase, places)] == ["varsovie"]
    brand = "Le moteur Google grandit. Selon Google, non. Le patron de Google parle. Le dirigeant de google a ri."
    assert [f.text for f in findings_of(NameCase, brand)] == ["google"]
    # A given name in lowercase is a slip even where French has the word; a French noun is a noun.
    given = ("Le ministre David Orlov parle. Selon David Orlov, non. Hier, David Orlov a signé. Le plan de "
             "David Orlov avance. Le conseiller david Orlov a ri.")
    assert [(f.text, f.suggestion) for f in findings_of(NameCase, given)] == [("david", "David")]
    # After a determiner it is the noun ("un oscar"); a place's name that is also an adjective is one.
    nouns = ("Le prix Oscar Wilde. Selon Oscar Wilde, non. Le jury Oscar parle. Le film a eu un oscar. "
             "La Suisse vote. La Suisse rit. Selon la Suisse, non. Une banque suisse ferme.")
    assert not findings_of(NameCase, nouns)
    # After a preposition, a place's name that is also a word (the verb "chiner") is the place.
    china = "La Chine exporte. Selon la Chine, non. Le président de la Chine parle. Il vit en Chine. Il part en chine."
    assert [f.text for f in findings_of(NameCase, china)] == ["chine"]
    # A word opening a place's French name of several words (the CLDR's) is that place.
    region = ("Le président de la République parle. Selon la République, non. Les lois de la République. "
              "Il sert la République. Il part en république dominicaine.")
    assert [f.text for f in findings_of(NameCase, region)] == ["république"]
    # Beside a capitalised word, an English word in lowercase is a name's word that lost its capital.
    street = ("Il vit sur Pine Street. La Street Gallery ouvre. Selon Main Street Bank, non. "
              "Le bar de Pine street ferme.")
    assert [(f.text, f.suggestion) for f in findings_of(NameCase, street)] == [("street", "Street")]
    # A full name the corpus writes whole twice, one word in lowercase, lost a capital, whatever the
    # word means (a sajou is a monkey); the word alone is left alone.
    full = ("Le peintre Walter Sajous parle. Selon Walter Sajous, non. Hier, Sajous a signé. Le plan de Sajous "
            "avance. Le frère de Sajous rit. Le fils de Sajous chante. Ce que Walter sajous voulait. Le zoo a des sajous.")
    assert [(f.text, f.suggestion) for f in findings_of(NameCase, full)] == [("sajous", "Sajous")]
    # After a common noun it may be an institution's later word, which French writes in lowercase
    # ("la Cour suprême"); after a name's word it is a name's.
    assert not findings_of(NameCase, full.replace("Walter", "Galerie"))
    assert [f.text for f in findings_of(NameCase, full.replace("Walter", "Kowal"))] == ["sajous"]
    # A short word opening a name the corpus writes whole, or a later word that is no French word,
    # lost its capital; an institution's later word that French writes in lowercase did not.
    opening = ("Il vit à New Kowalia. Selon New Kowalia, non. Le maire de New Kowalia parle. "
               "Il part de new Kowalia demain.")
    assert [(f.text, f.suggestion) for f in findings_of(NameCase, opening)] == [("new", "New")]
    later = "Le port de Kowalia Bay. Selon Kowalia Bay, non. Les rues de Kowalia Bay. Il part de Kowalia bay demain."
    assert [(f.text, f.suggestion) for f in findings_of(NameCase, later)] == [("bay", "Bay")]
    institution = ("Le chef de la Société Royale parle. Selon la Société Royale, non. Le prix de la Société "
                   "Royale. Le rapport de la Société royale sort.")
    assert not findings_of(NameCase, institution)
    # A town is no French word because text in lowercase somewhere wrote it so: spaCy's tables list
    # "tournefeuille" as a noun, Grammalecte's dictionary only with its capital.
    town = ("Le marché de Tournefeuille ouvre. Selon le maire de Tournefeuille, non. Les rues de Tournefeuille. "
            "Il vit à Tournefeuille. Il part de tournefeuille demain.")
    assert [(f.text, f.suggestion) for f in findings_of(NameCase, town)] == [("tournefeuille", "Tournefeuille")]
    # A short given name the corpus writes capitalised ten times as often is no little word of another language.
    hal = " ".join(f"Le jour {k}, Hal a ri." for k in range(10)) + " Demandez hal. Hal sait."
    assert [(f.text, f.suggestion) for f in findings_of(NameCase, hal)] == [("hal", "Hal")]
    assert not findings_of(NameCase, "Le jour 1, Hal a ri. Le jour 2, Hal a ri. Demandez hal. Hal sait.")
    # A French noun with no determiner, where the corpus writes it ten times as a surname, is the name.
    jazz = " ".join(f"Le jour {k}, Jazz a signé." for k in range(30)) + " D'après jazz, le plan avance. Il aime le jazz."
    assert [(f.text, f.suggestion) for f in findings_of(NameCase, jazz)] == [("jazz", "Jazz")]
    # An institution's noun the corpus capitalises after its article is a common noun, which French writes bare too.
    union = " ".join(f"Le jour {k}, l'Union a signé." for k in range(30)) + " Il loue leur esprit d'union."
    assert not findings_of(NameCase, union)
    assert not findings_of(NameCase, "Le jour 1, Jazz a signé. Le jour 2, Jazz a signé. D'après jazz, le plan avance.")
    # An adjective takes no determiner either: it is the word.
    extra = " ".join(f"Le jour {k}, Extra a signé." for k in range(10)) + " Le plan est extra."
    assert not findings_of(NameCase, extra)


def test_a_one_word_name_the_corpus_writes_again_and_again_vouches_for_its_slips() -> None:
    """Three mentions inside sentences make a one-word name the corpus's own; a form one letter away,
    written once, is its slip. Two mentions do not: two names a letter apart are as likely."""
    text = ("Le port de Zelmorie ferme. Selon les pêcheurs, Zelmorie souffre. Le maire de Zelmorie parle. "
            "Les quais de Zelmorie sont vides. Les bateaux de Zelmoire restent à quai.")
    assert [(f.text, f.suggestion) for f in findings_of(NameMisspelled, text)] == [("Zelmoire", "Zelmorie")]
    twice = text.replace("Les quais de Zelmorie sont vides. ", "").replace("Selon les pêcheurs, Zelmorie souffre. ", "")
    assert not findings_of(NameMisspelled, twice)
    # Written twice, the other form is a name of its own.
    assert not findings_of(NameMisspelled, text + " Zelmoire est un village voisin, dit le maire de Zelmoire.")
    # A name after a slash is inside its sentence ("Hambourg/Zelbourg"): no sentence starts there.
    slashed = ("Les trains Hambourg/Zelbourg sont pleins. La ligne Paris/Zelbourg aussi. Le maire de Zelbourg a parlé. "
               "Des délégués de Zelbougr sont venus.")
    assert [(f.text, f.suggestion) for f in findings_of(NameMisspelled, slashed)] == [("Zelbougr", "Zelbourg")]
    # A caption's "//" parts two texts: the word after it opens the next ("Photo du port. // Source : AFP").
    captions = prepared(" ".join(f"Le port numéro {k}. // Source : AFP." for k in range(5)) + " La source est sûre.")
    assert captions.entities is not None and "source" not in captions.entities.by_key
    # A place's name, a word of either language, or a short known name a letter away is a name of its own.
    places = "Le pétrole de Varsavie monte. Selon Varsavie, non. Le chef de Varsavie parle. L'armée de Varsavie. "
    assert not findings_of(NameMisspelled, places + "Il part pour Varsovie.")  # the CLDR's French name of a city
    assert [f.text for f in findings_of(NameMisspelled, places + "Il part pour Varsavvie.")] == ["Varsavvie"]
    assert not findings_of(NameMisspelled, places.replace("Varsavie", "Iran") + "Il part pour Iraq.")
    # A province of ISO 3166-2 (pycountry) is a place of its own too.
    assert not findings_of(NameMisspelled, places.replace("Varsavie", "Vichala") + "Il part pour Vichada.")
    short = "Le ministre Borek parle. Selon Borek, non. Le plan de Borek avance. Le bureau de Borek ferme. "
    assert not findings_of(NameMisspelled, short + "Le député Barek a voté.")
    assert [f.text for f in findings_of(NameMisspelled, short + "Le député Borrek a voté.")] == ["Borrek"]
    # A name of four letters with a letter lost is a slip, unless French or English writes the three.
    four = "Le club Zask gagne. Selon Zask, oui. Le patron de Zask rit. Les fans de Zask chantent. "
    assert [(f.text, f.suggestion) for f in findings_of(NameMisspelled, four + "Le club Zsk perd.")] == [("Zsk", "Zask")]
    assert not findings_of(NameMisspelled, four.replace("Zask", "Paux") + "Il vit à Pau.")  # a town French text names
    # Before a surname, a given name French text knows is a person's own, not a slip of the corpus's.
    given = "Le ministre Antonio parle. Selon Antonio, non. Le plan d'Antonio avance. Le bureau d'Antonio ferme. "
    assert not findings_of(NameMisspelled, given + "La procureure Antonie Zelenka a parlé.")
    assert [f.text for f in findings_of(NameMisspelled, given + "La procureure Antnoio Zelenka a parlé.")] == ["Antnoio"]
    # Letters of another language that the corpus's name lacks make another name.
    accents = "Le club Baton gagne. Selon Baton, oui. Le patron de Baton rit. Les fans de Baton chantent. Le club Botón perd."
    assert not findings_of(NameMisspelled, accents)
    # Without the name's accented letter and a letter apart, it is another name; with the accent kept, a slip.
    umlaut = "Le club Zelmörie gagne. Selon Zelmörie, oui. Le patron de Zelmörie rit. Les fans de Zelmörie chantent. "
    assert not findings_of(NameMisspelled, umlaut + "Le club Zelmorei perd.")
    assert [f.text for f in findings_of(NameMisspelled, umlaut + "Le club Zelmörei perd.")] == ["Zelmörei"]
    # After another given name than the one the corpus writes with the name, it is another person.
    people = ("Le ministre Radim Kovarik parle. Selon Kovarik, non. Hier, Kovarik a signé. Le plan de Kovarik avance. "
              "Le journaliste Martin Kovarek a écrit.")
    assert not findings_of(NameMisspelled, people)
    assert [f.text for f in findings_of(NameMisspelled, people.replace("Martin Kovarek", "Radim Kovarek"))] == ["Kovarek"]
    # A name of several words the corpus writes joined by a hyphen, as it writes it.
    code = ("Le virus Zelvid-21 se répand. Selon les médecins, le Zelvid-21 tue. Le vaccin contre le Zelvid-21 "
            "arrive. Les cas de Zelvid-21 montent. Le Zlvid-21 recule.")
    assert [(f.text, f.suggestion) for f in findings_of(NameMisspelled, code)] == [("Zlvid-21", "Zelvid-21")]
    # French words joined by a hyphen are no name; an acronym's letters in another order are the other language's.
    assert not findings_of(NameMisspelled, "Il dit : Celle-ci parle. Et Celle-ci rit. Mais Celle-ci chante. Et Celui-ci dort.")
    acronym = code.replace("Zelvid-21", "KZSA-CoV").replace("Zlvid-21", "KSZA-CoV")
    assert not findings_of(NameMisspelled, acronym)
    # Where French names a country ("en ..."), a French word a letter from the corpus's country is its slip.
    country = "Le vin de Moldavie. Selon la Moldavie, non. Le président de la Moldavie parle. L'armée de Moldavie. "
    assert [(f.text, f.suggestion) for f in findings_of(NameMisspelled, country + "Il vit en Moldave.")] == [
        ("Moldave", "Moldavie")]
    assert not findings_of(NameMisspelled, country + "Il a épousé une Moldave.")
    # A place's name with a letter wrong is its slip, though it begins as the place's French form does,
    # as the words made from it do ("philippin", "italienne", "américain").
    islands = ("Le président des Philippines parle. Aux Philippines, il pleut. Les îles des Philippines. "
               "Selon les Philippines, non. ")
    assert [(f.text, f.suggestion) for f in findings_of(NameMisspelled, islands + "Au sud des Philipppines, il pleut.")] == [
        ("Philipppines", "Philippines")]
    assert not findings_of(NameMisspelled, islands + "Un chanteur philippin chante.")
    assert exonym("italienne", "Italy") and exonym("américain", "America") and not exonym("Philipppines", "Philippines")
    # "En" opening the sentence runs into the next capitalised word: the country is looked for after it too.
    assert [(f.text, f.suggestion) for f in findings_of(NameMisspelled, country + "En Moldave, il pleut.")] == [
        ("Moldave", "Moldavie")]


def test_a_place_the_corpus_writes_in_one_word_may_be_written_in_two_capitalised_ones() -> None:
    text = ("Le port de Varnaholm ferme. Selon Varnaholm, non. Le maire de Varnaholm parle. Les quais de "
            "Varnaholm sont vides. La bourse de Varna Holm baisse. OpenAI grandit. OpenAI recrute. Open AI rit.")
    assert [f.text for f in findings_of(NameSplit, text)] == ["Open AI"]


def test_an_acronym_the_corpus_writes_in_capitals_is_a_slip_with_one_capital() -> None:
    text = ("La chaîne KTV diffuse. Selon la KTV, le vote a lieu. La KTV a filmé. Le patron de la KTV parle. "
            "Un journaliste de la Ktv a posé la question.")
    assert [(f.text, f.suggestion) for f in findings_of(NameCase, text)] == [("Ktv", "KTV")]
    # A short acronym written as a French word, or opening a sentence, is that word ("Un" for UN).
    text = "Le UN vote. Selon le UN, non. Le UN a parlé. Un diplomate a parlé."
    assert not findings_of(NameCase, text)
    # "usa" and "ps" are French forms too, but French text writes them less often than the acronyms.
    text = ("Le PS vote. Selon le PS, non. Le PS a parlé. Le maire du Ps parle. Les USA votent. Les USA et les USA. "
            "On vote aux Usa.")
    assert _fixes(NameCase, text) == [("Ps", "PS"), ("Usa", "USA")]


def test_an_acronym_with_figures_that_lost_its_capitals_is_a_slip() -> None:
    # The capitals of a code like KZX2 are its spelling, not an owner's inner capitals ("MacPherson").
    text = ("La protéine KZX2 se lie au récepteur. Les cellules expriment KZX2. Le gène KZX2 mute. Sans KZX2, "
            "rien. Le domaine de la Kzx2 est connu.")
    assert _fixes(NameCase, text) == [("Kzx2", "KZX2")]


def _fixes(check: type[Check], text: str) -> list[tuple[str, str | None]]:
    """What ``check`` finds in a one-document corpus, as (text, suggestion) pairs."""
    return [(f.text, f.suggestion) for f in findings_of(check, text)]


def test_a_name_glued_to_a_little_word_that_opens_the_next_sentence_is_a_glue() -> None:
    # "Plusieurs" and "À" are no noun, verb or adjective, but the corpus writes them in lowercase.
    text = ("La Kowalie vote. Le port de la Kowalie ferme. Selon la Kowalie, plusieurs maires disent non. Il vit en "
            "Kowalie. Les routes de la KowaliePlusieurs maires ont protesté. Elle part en KowalieÀ midi, à pied.")
    assert _fixes(NameGlued, text) == [("KowaliePlusieurs", ". "), ("KowalieÀ", ". ")]
    # An English word after the name is a brand's second half ("KowalieStation").
    assert not findings_of(NameGlued, text.replace("KowaliePlusieurs", "KowalieStation").replace("KowalieÀ", "Kowalie à"))


def test_a_short_word_beside_the_rest_of_a_name_is_its_slip_even_if_english_writes_it() -> None:
    # "Pit" alone may be a word or a name of its own; beside "Varno", written right, it is "Piet" misspelled.
    text = ("Piet Varno a parlé. Selon Piet Varno, le port ferme. Le maire Piet Varno a signé. Hier, Piet Varno a ri. "
            "Plus tard, Pit Varno a nié.")
    assert _fixes(NameMisspelled, text) == [("Pit Varno", "Piet Varno")]
    # A French word there is the French form ("Kowal-Île" for a Kowal-Isle).
    text = ("Kowal-Isle a voté. Selon Kowal-Isle, non. Le port de Kowal-Isle ferme. Hier, à Kowal-Isle, rien. "
            "Plus tard, Kowal-Île a voté.")
    assert not findings_of(NameMisspelled, text)


def test_two_neighbouring_letters_swapped_are_a_slip_not_another_spelling() -> None:
    # "Kaloep" swaps two letters of the corpus's "Kalope", though a written-out umlaut ("oe") and a
    # French "-e" would make either the other's spelling; a French "-re" for "-er" is a French form.
    text = ("La Kalope vote. Le port de la Kalope ferme. Selon la Kalope, non. Il vit en Kalope. "
            "Plus tard, la Kaloep a voté.")
    assert _fixes(NameMisspelled, text) == [("Kaloep", "Kalope")]
    text = "Selon Alexander Varno, non. Alexander Varno a signé. Hier, Alexander Varno a ri. Plus tard, Alexandre Varno a nié."
    assert not findings_of(NameMisspelled, text)


def test_a_place_the_lexicon_renders_only_as_a_proper_noun_is_no_french_word_in_lowercase() -> None:
    # The lexicon's "angleterre" translates England, a proper noun: in lowercase it is the place's slip.
    text = ("Il vit en Angleterre. Elle aime l'Angleterre. Ils partent en Angleterre. Selon lui, l'Angleterre gagne. "
            "Hier, ils avaient faim en angleterre.")
    assert _fixes(NameCase, text) == [("angleterre", "Angleterre")]
    # "congrès" translates the common word congress: the word, in lowercase.
    text = "Le Congrès vote. Selon le Congrès, non. Le Congrès a ri. Le Congrès signe. Un congrès de médecins s'ouvre."
    assert not findings_of(NameCase, text)


def test_a_cardinal_point_that_ends_a_places_name_keeps_its_capital() -> None:
    text = ("Le Sud vote. Selon le Sud, non. Le Sud a ri. Il vit en Corée du Sud. La Corée du Sud vote. Le Sud signe. "
            "La Corée du sud a voté. Le sud du pays est sec. Le Timor oriental vote.")
    assert [(text[f.start - 9 : f.end], f.suggestion) for f in findings_of(NameCase, text)] == [("Corée du sud", "Sud")]


def test_a_name_with_digits_the_corpus_capitalises_is_a_slip_in_lowercase() -> None:
    text = ("La Kowa5 arrive. Il a conduit la Kowa5 lundi. Selon lui, la Kowa5 consomme peu. La nouvelle Kowa5 plaît. "
            "Le prix de la kowa5 baisse.")
    assert _fixes(NameCase, text) == [("kowa5", "Kowa5")]
    # Digits first, or one letter, make a measure or a code: no name ("4g", "a380").
    text = ("Le 4G arrive. Le 4G plaît. Le 4G, le 4G et le 4G. Un sachet de 4g. "
            "Le A380 vole, le A380, le A380, le A380 et le a380.")
    assert not findings_of(NameCase, text)


def test_an_outlet_the_corpus_keeps_with_its_english_article_is_found_translated_without_a_termbase() -> None:
    """"selon The Chronicle" twice: the corpus keeps the outlet's name whole, so "La chronique note"
    and "rapporté La chronique" translate it; "payé pour la chronique" is the common noun."""
    text = ("Comme l'a rapporté The Chronicle, OpenAI recrute. Selon The Chronicle, le plan avance. "
            "La chronique note que le plan avance. Il a payé pour la chronique. Comme l'a rapporté La chronique, tout va bien.")
    found = findings_of(NameTranslated, text)
    assert [(f.text, f.suggestion) for f in found] == [("La chronique", "The Chronicle"), ("La chronique", "The Chronicle")]
    assert [f.start for f in found] == [text.index("La chronique note"), text.rindex("La chronique")]


def test_a_headline_in_capitals_that_lost_its_line_break_makes_no_acronym() -> None:
    """Three words in capitals or more in a row are a headline, even run into the next sentence: a
    place's name there is no acronym, and the place in lowercase in prose is still a slip."""
    source = ("VARNO: THE TRIBUNAL RULES AGAINST THE PORT The mayor of Varno spoke. For Varno, no. "
              "People of Varno vote. He lives in the town.")
    target = ("VARNO : LE TRIBUNAL STATUE CONTRE LE PORT Le maire de Varno a parlé. Selon Varno, non. "
              "Les habitants de Varno votent. Il vit à varno.")
    assert [(f.text, f.suggestion) for f in findings_of(NameCase, target, source)] == [("varno", "Varno")]


def test_a_persons_surname_in_lowercase_is_no_title_in_sentence_case() -> None:
    """A work's title in sentence case keeps its later French words in lowercase ("Mission
    lointaine"); a given name and a surname do not, whatever the surname means in French."""
    source = "Richard Marchand arrived. Richard Marchand spoke at noon."
    target = "Richard Marchand est arrivé. Richard marchand a parlé à midi."
    assert [(f.text, f.suggestion) for f in findings_of(NameCase, target, source)] == [("Richard marchand", "Richard Marchand")]
    title = "Mission Lointaine opens. Mission Lointaine won a prize."
    assert not findings_of(NameCase, "Mission Lointaine sort. Mission lointaine a gagné un prix.", title)
    # A given name the census lacks, with a surname the corpus writes alone as a name, is a person's.
    source = ("Zbigniew Boucher arrived. For Boucher, no. Then Boucher left. Later, Boucher spoke. "
              "Zbigniew Boucher spoke at noon.")
    target = ("Zbigniew Boucher est arrivé. Selon Boucher, non. Puis Boucher est parti. Hier, Boucher a parlé. "
              "Zbigniew boucher a parlé à midi.")
    assert [f.text for f in findings_of(NameCase, target, source)] == ["Zbigniew boucher"]
    outlet = "He read Le Journal at noon. The evening paper is out."
    assert not findings_of(NameCase, "Il a lu Le Journal à midi. Le journal du soir est sorti.", outlet)  # "Le" is no given name


def test_capitals_are_compared_letter_by_letter_whatever_the_accents() -> None:
    """A translation may drop a source's accents of another language ("Kowalik" for Kowalík): its
    capitals are still compared, and the fix keeps its own letters. Accents of the translation's
    language make a word of it, not a name ("vice-président" for a source's "Vice-President")."""
    source = "Ivan Kowalík arrived in the morning. The mayor met Ivan Kowalík at noon."
    target = "Ivan Kowalik est arrivé le matin. Le maire a vu Ivan KOWALIK à midi."
    assert [(f.text, f.suggestion) for f in findings_of(NameCase, target, source)] == [("Ivan KOWALIK", "Ivan Kowalik")]
    source = "The Vice-President spoke. He met the Vice-President at noon."
    assert not findings_of(NameCase, "Le vice-président a parlé. Il a vu le vice-président à midi.", source)


def test_a_peoples_noun_in_lowercase_is_a_slip_where_the_corpus_capitalises_it() -> None:
    """French capitalises a people's noun and not its adjective: a plural adjective right after a
    determiner is the noun ("plusieurs laotiens"), so where the corpus writes "Laotiens" it lost its
    capital; after a noun and "des" it may be a later word of an institution's name."""
    corpus = ("Les Laotiens votent. Selon les Laotiens, le plan avance. Hier, des Laotiens ont marché. "
              "Le riz laotien se vend bien. ")
    found = findings_of(NameCase, corpus + "Plusieurs laotiens ont parlé.")
    assert [(f.text, f.suggestion) for f in found] == [("laotiens", "Laotiens")]
    assert not findings_of(NameCase, corpus + "Les villages laotiens sont loin.")
    assert not findings_of(NameCase, corpus + "La ligue des laotiens a parlé.")


def test_the_one_institution_the_corpus_calls_by_its_noun_keeps_its_capital() -> None:
    """French capitalises the one institution named by its common noun alone ("le Synode") and
    writes the noun of any such body in lowercase ("un synode", "le synode de Kowal", "le synode
    régional"); a noun the corpus writes at the head of longer names is no such institution."""
    corpus = ("Le Synode vote. Selon le Synode, non. Hier, le Synode a tranché. Le chef du Synode parle. "
              "Puis le Synode a ri. ")
    found = findings_of(NameCase, corpus + "Le texte passe au synode mardi.")
    assert [(f.text, f.suggestion) for f in found] == [("synode", "Synode")]
    for generic in ("Un synode local vote.", "Le synode de Kowal vote.", "Le synode régional vote."):
        assert not findings_of(NameCase, corpus + generic)
    heads = ("Le Synode de Kowal vote. Selon le Synode de Varno, non. Le Synode de Zask a tranché. "
             "Le chef du Synode parle. Puis le Synode a ri. ")
    assert not findings_of(NameCase, heads + "Le texte passe au synode mardi.")


def test_an_institution_named_by_its_noun_and_an_adjective_keeps_its_capital() -> None:
    """French capitalises the noun of the one body named by it and an adjective ("la Commission
    fédérale"), and writes the noun of any other in lowercase ("une commission fédérale")."""
    corpus = ("La Commission fédérale a parlé lundi. Selon la Commission fédérale, le plan avance. "
              "La Commission fédérale vote. Hier, la Commission fédérale a signé. Le port est fermé. ")
    found = findings_of(NameCase, corpus + "Le chef de la commission fédérale parle.")
    assert [(f.text, f.suggestion) for f in found] == [("commission", "Commission")]
    for generic in ("Une commission fédérale parle.", "La commission parlementaire parle."):
        assert not findings_of(NameCase, corpus + generic)


def test_a_footnote_call_is_no_part_of_a_name() -> None:
    """Superscript digits after a word call a footnote ("Kowalia²"): the name is the word before them."""
    text = ("Le port de Kowalia ferme. Selon Kowalia, non. Le maire de Kowalia parle. Les quais de Kowalia "
            "sont vides. Le rapport de Kowalia² est sorti.")
    assert not findings_of(NameMisspelled, text)
    assert [f.text for f in findings_of(NameMisspelled, text.replace("Kowalia²", "Kowalai²"))] == ["Kowalai"]


def test_a_noun_labelled_by_a_number_is_written_in_lowercase_in_french() -> None:
    """English capitalises a noun a number labels ("Phase II", "Chapter 11"); French does not."""
    source = "The firm filed under Chapter 11 and began the Phase II trials."
    target = "La firme s'est placée sous le chapitre 11 et a lancé les essais de phase II."
    assert not findings_of(NameCase, target, source)
    assert [f.text for f in findings_of(NameCase, target.replace("phase II", "PHASE II"), source)] == ["PHASE II"]



def test_a_documents_generic_word_is_translated_and_a_glued_number_is_no_slip() -> None:
    """French translates the generic word of a document's name ("le rapport Kowalczyk" for the
    Kowalczyk Report) as it does an institution's; a number glued to a word ("Figure2") labels it."""
    source = "The Kowalczyk Report was published. The Varno Strategy failed."
    assert not findings_of(NameTranslated, "Le Rapport Kowalczyk a été publié. La stratégie Varno a échoué.", source)
    assert not findings_of(NameTranslated, "La Déclaration KTV a été lue.", "The KTV Statement was read.")
    source = "Kowalia grew, as Figure 2 shows."
    assert not findings_of(NameMisspelled, "Kowalia a grandi, comme le montre la Figure2.", source)
    assert [f.text for f in findings_of(NameMisspelled, "Kowalai a grandi, comme le montre la Figure2.", source)] == ["Kowalai"]


def test_a_genres_numbered_work_and_a_buildings_generic_word_are_translated() -> None:
    """French translates a genre's numbered work ("la Symphonie nº 5" for Symphony No. 5) and the
    generic word of a monastery's or an archive's name, as it does an institution's head."""
    source = "The Symphony No. 5 was played. Later, the Symphony No. 5 was played again."
    assert not findings_of(NameTranslated, "La Symphonie nº 5 a été jouée. Puis la Symphonie nº 5 a été rejouée.", source)
    source = "The Kowal Monastery opens. The Kowal Monastery is old. The Varno State Archive opens."
    target = "Le Monastère de Kowal ouvre. Le Monastère de Kowal est vieux. Les Archives d'État de Varno ouvrent."
    assert not findings_of(NameTranslated, target, source)


def test_every_corpus_name_finding_shows_how_the_corpus_writes_the_name(outlets: str) -> None:
    # Issue 24: the evidence of a finding is the corpus's own counts, whichever check reports it.
    text = ("Ingrid Kowalczyk a parlé lundi. Selon Ingrid Kowalczyk, le port rouvrira. Ingrid Kowalczyk est confiante. "
            "Ingrid Kowalczyk attend. Le maire a rencontré Ingrid Kowalcyzk mardi.")
    slip = findings_of(NameMisspelled, text)
    assert [(f.text, f.evidence["canonical_count"], f.evidence["documents"]) for f in slip] == [("Ingrid Kowalcyzk", 4, 1)]
    text = "Selon L'information, OpenAI recrute. The Information le confirme."
    translated = findings_of(NameTranslated, text, termbase=outlets)
    assert [(f.text, f.evidence["variants"], f.evidence["documents"]) for f in translated] == [
        ("L'information", {"The Information": 1}, 1)]
    glued = findings_of(NameGlued, "Comme l'a rapporté L'informationLe président a parlé. The Information le dit.",
                        termbase=outlets)
    assert [f.evidence["name"] for f in glued] == ["The Information"]
    assert glued[0].evidence["canonical_from"].startswith("termbase ") and glued[0].evidence["documents"] == 1
