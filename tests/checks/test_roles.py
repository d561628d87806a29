"""Roles: the lexicon, role-calque, role-mismatch, role-gender, on texts written here and on the sample corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mtcheck.checks.roles.role_calque import RoleCalque
from mtcheck.checks.roles.role_gender import RoleGender
from mtcheck.checks.roles.role_mismatch import RoleMismatch
from mtcheck.entities.candidates import Candidate
from mtcheck.entities.people import People, participle_gender
from mtcheck.entities.titles import default_lexicon, regender
from tests.conftest import CORPUS, findings_of, prepared, run_cli


@pytest.fixture
def people(tmp_path: Path) -> str:
    path = tmp_path / "people.tsv"
    path.write_text(
        "source\ttarget\tnote\nMira Murati\tMira Murati\tperson (she)\nEmmett Shear\tEmmett Shear\tperson (he)\n"
        "OpenAI\tOpenAI\tcompany\nchief AI officer\tdirecteur de l'IA|directrice de l'IA\trole\n",
        encoding="utf-8",
    )
    return str(path)


def test_lexicon_reads_gender_from_word_and_determiner() -> None:
    text = "l’ancienne PDG, le directeur technique, la CTO, une porte-parole, l'architecte, les directeurs"
    titles = default_lexicon().titles(text)
    assert [(text[t.start : t.end], t.gender) for t in titles] == [
        ("l’ancienne PDG", "f"), ("le directeur technique", "m"), ("la CTO", "f"), ("une porte-parole", "f"),
        ("l'architecte", None),
    ]  # fmt: skip
    assert regender(text, titles[0], "m") == "l’ancien PDG"
    assert regender(text, titles[1], "f") == "la directrice technique"
    assert [participle_gender(w) for w in ("venu", "venue", "nommé", "nommée", "ici", "unique")] == [
        "m", "f", "m", "f", None, None,
    ]  # fmt: skip


def test_role_calque_suggests_the_title_in_the_persons_gender(people: str) -> None:
    text = "Technologie en chef Openai L'officier Mira Murati a démissionné mercredi."
    found = findings_of(RoleCalque, text, termbase=people)
    expected = [("Technologie en chef Openai L'officier", "La directrice technique d'OpenAI")]
    assert [(f.text, f.suggestion) for f in found] == expected
    order = findings_of(RoleCalque, "Altman s'est exprimé lors d’un Sénat audition en mai.")
    assert [(f.text, f.suggestion) for f in order] == [("un Sénat audition", "une audition au Sénat")]


def test_role_calque_finds_the_person_by_a_surname_the_corpus_writes_often() -> None:
    # "Kowalczyk" alone is a name the corpus registers, no person's to ``Registry.is_person``; the
    # corpus gives it to one woman all the same, so the title is put in her gender, and "Kowalnet",
    # no French word among the calque's, is the company.
    text = ("La présidente Ingrid Kowalczyk dirige Kowalnet depuis 2019. Elle a été nommée par le conseil. "
            "Ingrid Kowalczyk est très respectée. Technologie en chef Kowalnet L'officier Kowalczyk a démissionné.")
    assert [f.suggestion for f in findings_of(RoleCalque, text)] == ["La directrice technique de Kowalnet"]


def test_role_calque_leaves_french_titles_alone() -> None:
    text = "Le rédacteur en chef a parlé à l'officier de police. Ilya Sutskever était scientifique en chef."
    assert not findings_of(RoleCalque, text)


def test_role_mismatch_changed_missing_and_termbase_roles(people: str) -> None:
    changed = findings_of(
        RoleMismatch, "Mira Murati, la directrice de la recherche, a démissionné.",
        "Mira Murati, the chief technology officer, resigned.",
    )  # fmt: skip
    assert len(changed) == 1 and "'chief technology officer' became 'directrice de la recherche'" in changed[0].message
    # A title left out, or said short in words of its French form, is the translator's choice.
    assert not findings_of(RoleMismatch, "Mira Murati a démissionné.", "Mira Murati, the CTO, resigned.")
    assert not findings_of(RoleMismatch, "Le ministre Kowal parle.", "Prime Minister Kowal speaks.")
    # A title the termbase adds, in either gender.
    src = "Mira Murati, the chief AI officer, resigned."
    assert not findings_of(RoleMismatch, "Mira Murati, directrice de l'IA, a démissionné.", src, termbase=people)
    assert findings_of(RoleMismatch, "Mira Murati, la directrice technique, a démissionné.", src, termbase=people)
    # Lower-case "ceo" is no abbreviation; French to English is not checked.
    assert not findings_of(RoleMismatch, "Il a démissionné.", "The ceo resigned.")
    assert not findings_of(RoleMismatch, "Mira Murati resigned.", "Mira Murati, la CTO, a démissionné.",
                           target_lang="en", source_lang="fr")  # fmt: skip


def test_role_gender_from_termbase_and_from_corpus_clues(people: str) -> None:
    found = findings_of(RoleGender, "Emmett Shear (l’ancienne PDG de Twitch) arrive.", termbase=people)
    assert [(f.text, f.suggestion) for f in found] == [("l’ancienne PDG", "l’ancien PDG")]
    assert "Emmett Shear is a man" in found[0].message and found[0].evidence["clues"]
    # No termbase: two clues say feminine (a title, "Elle" after a sentence about her alone).
    text = "Mira Murati a démissionné. Elle part. Mira Murati, la directrice technique, part. Murati est venu hier."
    assert [(f.text, f.suggestion) for f in findings_of(RoleGender, text)] == [("venu", "venue")]
    # One clue against one: say nothing.
    assert not findings_of(RoleGender, "Mira Murati, la directrice technique, part. Murati est venu hier.")


def test_a_given_name_of_one_gender_only_speaks_against_the_other() -> None:
    # Machine translation writes titles in the masculine by default: two are no evidence against "Ingrid".
    text = ("Le ministre {0} Kowalczyk a parlé lundi. Le ministre {0} Kowalczyk a voté mardi. "
            "La ministre {0} Kowalczyk revient mercredi.")
    assert not findings_of(RoleGender, text.format("Ingrid"))
    assert [f.text for f in findings_of(RoleGender, text.format("Boris"))] == ["La ministre"]
    assert [f.text for f in findings_of(RoleGender, text.format("Jean"))] == ["La ministre"]  # a name of both lists


def _role_gender_in(tmp_path: Path, documents: dict[str, str]) -> list[tuple[str, str]]:
    """RO003's findings, as (document, text), on a corpus of the given documents."""
    from mtcheck.config import Config
    from mtcheck.pipeline import run

    for name, text in documents.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = run(Config(paths=(str(tmp_path),), backtranslation=False, cache=False, progress=False, select=("RO003",)))
    return [(doc.path.rsplit("/", 1)[-1], f.text) for doc in report.corpus.documents for f in doc.findings or ()]


def test_two_people_of_one_surname_keep_their_own_genders(tmp_path: Path) -> None:
    # Ingrid and Boris Kowalczyk are two people: her titles say nothing of his, and his of hers.
    her = "La ministre Ingrid Kowalczyk a parlé. Elle part. Ingrid Kowalczyk est venue lundi."
    him = "Le ministre Boris Kowalczyk a voté. Boris Kowalczyk est revenu mardi."
    assert _role_gender_in(tmp_path, {"a.txt": her, "b.txt": him}) == []
    # Each person's own slip is still found beside the other's clues, which had made the votes even.
    slip = her + " Plus tard, Ingrid Kowalczyk est arrivé."
    assert _role_gender_in(tmp_path, {"a.txt": slip, "b.txt": him + " Boris Kowalczyk est parti."}) == [("a.txt", "arrivé")]


def test_a_surname_the_corpus_writes_often_is_still_its_persons(tmp_path: Path) -> None:
    # "Kowalczyk", written often, is a name of the corpus; where its document names Ingrid
    # Kowalczyk in full, it is hers, and its agreement a clue like any other.
    documents = {"a.txt": "La ministre Ingrid Kowalczyk a parlé lundi. Elle part. Plus tard, Kowalczyk est arrivé à Kowalville.",
                 "b.txt": "Selon Ingrid Kowalczyk, rien ne change. Hier, Ingrid Kowalczyk est venue à Kowalville."}
    assert _role_gender_in(tmp_path, documents) == [("a.txt", "arrivé")]


def test_a_surname_alone_is_the_person_its_document_names_in_full() -> None:
    people = People()
    ingrid, boris = people.add("Ingrid Kowalczyk", "a"), people.add("Boris Kowalczyk", "b")
    assert people.get("Kowalczyk", "a") is ingrid and people.get("Kowalczyk", "b") is boris
    assert people.get("Kowalczyk", "c") is None and people.get("Kowalczyk") is None  # named by neither
    assert people.get("Ministre Kowalczyk", "b") is boris  # a title is no given name
    assert people.get("Zelmar") is None
    zelmar = people.add("Ingrid Zelmar")
    assert people.get("Zelmar", "c") is zelmar  # the one person of that surname
    assert people.get("Ingird Zelmar") is zelmar and people.get("Anna Zelmar") is None  # a slip; another person


def test_role_gender_from_the_source_pronoun() -> None:
    src = "The plumber thanked the cashier because she had found her keys."
    wrong = findings_of(RoleGender, "Le plombier a remercié le caissier parce qu'elle avait trouvé ses clés.", src)
    assert len(wrong) == 1 and "every title here is masculine" in wrong[0].message
    mixed = "La plombière a remercié le caissier parce qu'elle avait trouvé ses clés."
    assert not findings_of(RoleGender, mixed, src)
    named = "Sam Altman thanked the cashier because she had found her keys."  # she may be someone named
    assert not findings_of(RoleGender, "Sam Altman a remercié le caissier parce qu'elle avait trouvé ses clés.", named)


def test_sample_corpus_roles(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = run_cli(["report", str(CORPUS), "--no-backtranslation", "--format", "json", "--select", "RO"], capsys)
    report = json.loads(out)
    by_doc = {d["id"].split("/")[-1][:3]: [(f["code"], f["text"], f["suggestion"]) for f in d["findings"]]
              for d in report["documents"]}  # fmt: skip
    assert by_doc["000"] == [
        ("RO001", "Technologie en chef Openai L'officier", "La directrice technique d'OpenAI"),
        ("RO003", "venu", "venue"),
    ]
    assert ("RO003", "l’ancienne PDG", "l’ancien PDG") in by_doc["003"]
    assert ("RO001", "un Sénat audition", "une audition au Sénat") in by_doc["003"]
    assert by_doc["001"] == [] and by_doc["002"] == []  # "la CTO de l’entreprise", "scientifique en chef", "vice-président"
    murati = next(e for e in report["entities"] if e["canonical"] == "Mira Murati")
    assert murati["gender"] == "feminine" and murati["roles"]["CTO"] == 2


def test_canadian_french_titles_are_no_mismatch() -> None:
    """Canadian companies write "chef de la direction" for a chief executive, "chef de la direction
    financière" for a chief financial officer: no other title than the source's."""
    source = "Chief executive Anna Kowal resigned, and chief financial officer Ingrid Brandt left."
    target = "La chef de la direction Anna Kowal a démissionné, et la chef de la direction financière Ingrid Brandt est partie."
    assert not findings_of(RoleMismatch, target, source)
    other = findings_of(RoleMismatch, "La directrice technique Anna Kowal a démissionné.", "Chief executive Anna Kowal resigned.")
    assert [f.text for f in other] == ["La directrice technique Anna Kowal a démissionné."]


def test_a_noun_whose_gender_is_grammatical_is_no_gender_clue() -> None:
    """"La victime" is feminine whoever it names; "la directrice" says the person is a woman."""
    assert default_lexicon().titles("Selon la victime, il a fui.")[0].gender is None
    assert default_lexicon().titles("Selon le témoin, elle a fui.")[0].gender is None
    assert default_lexicon().titles("Selon la directrice, il a fui.")[0].gender == "f"


def test_a_generic_head_a_vague_source_title_and_a_more_precise_title_are_no_mismatch() -> None:
    # French varies a title with a word for anyone at the head of something.
    assert not findings_of(RoleMismatch, "Le chef de la diplomatie Anna Kowal a parlé.", "Foreign minister Anna Kowal spoke.")
    # "An executive" is vague: the translator may know the precise title.
    assert not findings_of(RoleMismatch, "Le PDG Anna Kowal a parlé.", "The executive Anna Kowal spoke.")
    # A more precise title holds the source's.
    assert not findings_of(RoleMismatch, "Le directeur général Anna Kowal a parlé.", "The director Anna Kowal spoke.")
    # Another title of the sentence that renders another title of the source is no replacement.
    source = "The mayor met the spokesman, Anna Kowal."
    assert [f.code for f in findings_of(RoleMismatch, "Le maire a vu la directrice, Anna Kowal.", source)] == ["RO002"]
    assert not findings_of(RoleMismatch, "Le maire a vu la porte-parole, Anna Kowal.", source)


def test_an_agreement_after_a_name_that_completes_a_noun_is_no_clue() -> None:
    known = "Marc Kowal a démissionné. Il part. Le directeur Marc Kowal part. "
    assert not findings_of(RoleGender, known + "La famille de Marc Kowal est rentrée hier.")
    assert [f.text for f in findings_of(RoleGender, known + "Kowal est rentrée hier.")] == ["rentrée"]


def test_a_place_a_sentence_opening_preposition_or_one_hyphenated_word_is_no_person() -> None:
    # A person's name is a given name and a surname: a street ("Kowal Street"), a place the CLDR
    # knows, a run opened by a preposition ("En Kowalie") or one hyphenated word, a region's
    # ("Kowal-Zelmarie"), has no gender for RO003 to read.
    registry = prepared("Ingrid Kowalczyk est arrivée. Kowal Street a chuté.").entities
    assert registry is not None
    assert registry.is_person(Candidate(0, 16, "Ingrid Kowalczyk", False))
    for name in ("Kowal Street", "En Kowalie", "Nouvelle Italie", "Kowal Portugal"):
        assert not registry.is_person(Candidate(0, len(name), name, False)), name
    people = prepared("Les frégates de classe Kowal-Zelmberg ont été commandées.").entities.people  # type: ignore[union-attr]
    assert people.get("Kowal-Zelmberg") is None
    assert prepared("Ingrid Kowal-Zelmberg est arrivée.").entities.people.get("Ingrid Kowal-Zelmberg")  # type: ignore[union-attr]
