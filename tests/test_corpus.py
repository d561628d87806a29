import io
from pathlib import Path

from mtcheck.corpus import Languages, read_corpus

LANGS = Languages("en", "fr")


def test_folder_pairs_and_single_files(tmp_path: Path) -> None:
    (tmp_path / "a.en.txt").write_text("Hello world. Second sentence.", encoding="utf-8")
    (tmp_path / "a.fr.txt").write_text("Bonjour le monde. Deuxième phrase.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("Un article.", encoding="utf-8")
    (tmp_path / "glossary.tsv").write_text("source\ttarget\n", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    corpus = read_corpus([str(tmp_path)], LANGS)
    assert [d.id for d in corpus.documents] == ["a.fr.txt", "sub/b.md"]
    pair = corpus.documents[0]
    assert pair.source == "Hello world. Second sentence." and pair.source_lang == "en"
    assert corpus.termbases == [str(tmp_path / "glossary.tsv")]
    assert [s.what for s in corpus.skipped] == [str(tmp_path / "image.png")]
    assert not corpus.problems


def test_lone_source_file_is_skipped_with_a_reason(tmp_path: Path) -> None:
    (tmp_path / "x.en.txt").write_text("Only English.", encoding="utf-8")
    corpus = read_corpus([str(tmp_path)], LANGS)
    assert corpus.documents == []
    assert "no translation" in corpus.skipped[0].reason


def test_bad_files_are_reported_and_the_rest_is_read(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Un bon article.", encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("Premiere ligne\nCafé".encode("latin-1"))
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    corpus = read_corpus([str(tmp_path)], LANGS)
    assert [d.id for d in corpus.documents] == ["good.txt"]
    problems = {Path(p.path).name: p for p in corpus.problems}
    assert problems["latin1.txt"].line == 2 and "not valid UTF-8" in problems["latin1.txt"].message
    assert "column 4" in problems["latin1.txt"].message
    assert "empty file" in problems["empty.txt"].message


def test_jsonl_documents_metadata_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(
        '{"id": "n1", "source": "Hi.", "target": "Salut.", "url": "https://x"}\n'
        "\n"
        "[1, 2]\n"
        '{"target": "Sans identifiant."}\n'
        "{not json\n"
        '{"id": "n1", "target": "Doublon."}\n',
        encoding="utf-8",
    )
    corpus = read_corpus([str(path)], LANGS)
    assert [d.id for d in corpus.documents] == sorted(["n1", f"{path}:4"])
    first = next(d for d in corpus.documents if d.id == "n1")
    assert first.metadata["url"] == "https://x" and first.source == "Hi."
    lines = sorted((p.line, p.message.split(" (")[0]) for p in corpus.problems)
    assert [line for line, _ in lines] == [3, 5, 6]
    assert "expected a JSON object" in lines[0][1]


def test_unknown_format_and_missing_path(tmp_path: Path) -> None:
    odd = tmp_path / "notes.docx"
    odd.write_bytes(b"PK")
    corpus = read_corpus([str(odd), str(tmp_path / "missing")], LANGS)
    messages = [p.message for p in corpus.problems]
    assert "unknown format '.docx'" in messages[0]
    assert messages[1] == "no such file or folder"


def test_crlf_is_kept_so_offsets_match_the_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"Ligne un.\r\nLigne deux.")
    doc = read_corpus([str(tmp_path)], LANGS).documents[0]
    assert doc.target == "Ligne un.\r\nLigne deux."


def test_standard_input() -> None:
    corpus = read_corpus(["-"], LANGS, stdin=io.StringIO("Un texte lu sur l'entrée standard."))
    assert corpus.documents[0].id == "-"
