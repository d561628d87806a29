"""Inputs that must never cost the rest of the corpus: each gives a one-line error naming the file
and exit 2, and every good document is still reported; a bug exits 3, never 1 (findings)."""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

import pytest

from mtcheck import cli
from tests.conftest import run_cli

_FLAGS = ["--no-backtranslation", "--no-cache", "--format", "json"]


def _good(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "good.txt").write_text("Le conseil a voté lundi.\n", encoding="utf-8")
    return folder


def _ids(out: str) -> list[str]:
    return [d["id"] for d in json.loads(out)["documents"]]


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs /proc/self/mem, a file no read succeeds on")
def test_a_file_that_cannot_be_read_is_one_error_beside_the_others(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = _good(tmp_path / "c")
    os.symlink("/proc/self/mem", corpus / "mem.txt")
    rc, out, err = run_cli(["report", str(corpus), *_FLAGS], capsys)
    assert rc == 2 and _ids(out) == ["good.txt"]
    assert err.strip().splitlines() == [f"mtcheck: error: {corpus / 'mem.txt'}: cannot be read (Input/output error)"]


def test_outputs_and_termbases_are_checked_before_the_corpus_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = _good(tmp_path / "c")
    for flag in ("-o", "--write-baseline"):
        rc, out, err = run_cli(["report", str(corpus), *_FLAGS, flag, str(tmp_path / "missing" / "r.json")], capsys)
        assert rc == 2 and out == "" and "does not exist" in err and len(err.strip().splitlines()) == 1
    rc, out, err = run_cli(["report", str(corpus), *_FLAGS, "--termbase", str(tmp_path / "none.tsv")], capsys)
    assert (rc, out) == (2, "") and err.strip() == f"mtcheck: error: {tmp_path / 'none.tsv'}: no such termbase file (--termbase)"


def test_standard_input_that_is_not_utf8_is_one_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("caf\xe9 lundi\n".encode("latin-1"))))
    rc, _out, err = run_cli(["report", "-", *_FLAGS], capsys)
    assert rc == 2 and err.strip() == "mtcheck: error: -:1: not valid UTF-8 (byte 0xe9 at column 4); re-save it as UTF-8"


def test_two_folders_with_the_same_file_name_give_two_documents(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "x.txt").write_text(f"Le texte {name} est court.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    rc, out, err = run_cli(["report", "a", "b", *_FLAGS], capsys)
    assert rc == 0 and _ids(out) == ["a/x.txt", "b/x.txt"] and err == ""


def test_a_broken_source_leaves_its_translation_checked_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "n.en.txt").write_bytes(b"")
    (tmp_path / "n.fr.txt").write_text("Openai a confirmé. OpenAI a dit. OpenAI a ri.\n", encoding="utf-8")
    rc, out, err = run_cli(["report", str(tmp_path), *_FLAGS], capsys)
    docs = json.loads(out)["documents"]
    assert rc == 2 and [d["id"] for d in docs] == ["n.fr.txt"] and docs[0]["findings"]
    assert "n.en.txt: empty file" in err


def test_a_damaged_cache_is_set_aside_and_rebuilt(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = _good(tmp_path / "c")
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "backtranslations.sqlite3").write_text("not a database", encoding="utf-8")
    rc, out, err = run_cli(["report", str(corpus), "--no-backtranslation", "--cache-dir", str(cache), "--format", "json"], capsys)
    assert rc == 0 and _ids(out) == ["good.txt"]
    assert "not a usable cache" in err and len(err.strip().splitlines()) == 1
    assert len(list(cache.glob("backtranslations.sqlite3.damaged-*"))) == 1
    (cache / "backtranslations.sqlite3").write_text("not a database", encoding="utf-8")
    rc, out, _ = run_cli(["cache", "clear", "--cache-dir", str(cache)], capsys)
    assert rc == 0 and out.startswith("removed 0 back-translations")


def test_a_bug_exits_3_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(config: object) -> None:
        raise ValueError("something went wrong\nsecond line")

    monkeypatch.setattr("mtcheck.pipeline.run", broken)
    rc, out, err = run_cli(["report", str(_good(tmp_path / "c")), *_FLAGS], capsys)
    assert rc == cli.EXIT_INTERNAL == 3 and out == ""
    assert err.strip() == "mtcheck: internal error: ValueError: something went wrong (run with --debug for the traceback)"


def test_a_jsonl_line_with_an_unpaired_surrogate_is_one_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text('{"id": "x", "target": "\\ud800 bonjour"}\n{"id": "y", "target": "Bonjour lundi."}\n', encoding="utf-8")
    for fmt in ("json", "html", "text"):
        rc, out, err = run_cli(["report", str(path), "--no-backtranslation", "--no-cache", "--format", fmt], capsys)
        assert rc == 2 and err.strip() == (f"mtcheck: error: {path}:1: 'target' holds an unpaired surrogate (\\ud800), "
                                           "which is no character")
    rc, out, _ = run_cli(["report", str(path), *_FLAGS], capsys)
    assert _ids(out) == ["y"]


def test_a_thousand_nested_folders_are_walked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _good(tmp_path / "c")
    for _ in range(1000):
        folder = folder / "d"
        folder.mkdir()
    (folder / "deep.txt").write_text("Le texte profond est court.\n", encoding="utf-8")
    try:
        rc, out, _ = run_cli(["report", str(tmp_path / "c"), *_FLAGS], capsys)
        assert rc == 0 and len(_ids(out)) == 2
    finally:  # pytest's own clean-up of old temporary folders recurses, and so would fail on this one
        (folder / "deep.txt").unlink()
        while folder != tmp_path / "c":
            folder.rmdir()
            folder = folder.parent


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_links_to_folders_broken_links_and_pipes_are_listed_as_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    corpus = _good(tmp_path / "c")
    os.symlink(corpus, tmp_path / "c" / "loop")
    os.symlink(tmp_path / "nowhere.txt", corpus / "broken.txt")
    os.mkfifo(corpus / "pipe.txt")
    rc, out, _ = run_cli(["report", str(corpus), *_FLAGS], capsys)
    report = json.loads(out)
    assert rc == 0 and _ids(out) == ["good.txt"]
    reasons = {Path(s["what"]).name: s["reason"] for s in report["skipped"]}
    assert reasons["loop"].startswith("link to a folder") and reasons["broken.txt"] == "broken symbolic link"
    assert reasons["pipe.txt"].startswith("not a regular file")


def test_an_xliff_whose_targets_are_in_another_language_is_one_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = _good(tmp_path / "c")
    unit = '<trans-unit id="1"><source>Hello world.</source><target>{}</target></trans-unit>'
    for name, lang, text in (("es.xlf", "es", "Hola mundo."), ("ca.xlf", "fr-CA", "Bonjour le monde.")):
        (corpus / name).write_text(
            '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
            f'<file original="a.txt" source-language="en" target-language="{lang}" datatype="plaintext"><body>'
            f"{unit.format(text)}</body></file></xliff>\n", encoding="utf-8")
    rc, out, err = run_cli(["report", str(corpus), *_FLAGS], capsys)
    assert rc == 2 and _ids(out) == ["ca.xlf", "good.txt"]
    assert err.strip() == (f"mtcheck: error: {corpus / 'es.xlf'}: its targets are in 'es' (target-language), not 'fr'; "
                           "check it with --target-lang es")


def test_a_feed_that_declares_entities_is_refused_before_it_is_parsed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = _good(tmp_path / "c")
    (corpus / "bomb.rss").write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>\n'
        '<rss version="2.0"><channel><title>T</title><item><title>&b;</title><description>Bonjour.</description>'
        "</item></channel></rss>\n", encoding="utf-8")
    rc, out, err = run_cli(["report", str(corpus), *_FLAGS], capsys)
    assert rc == 2 and _ids(out) == ["good.txt"]
    assert err.strip().startswith(f"mtcheck: error: {corpus / 'bomb.rss'}:2: declares XML entities")


def test_a_hundred_thousand_letter_word_is_read_like_any_other(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The patterns of the leftovers checks and of the URL filter start only at a word's start, so a
    long run of letters is scanned once, not once per letter (it took minutes)."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "long.txt").write_text("Le conseil a voté " + "a" * 100_000 + " lundi. Il part. Elle. reste.\n", encoding="utf-8")
    rc, out, _ = run_cli(["report", str(corpus), *_FLAGS], capsys)
    assert rc in (0, 1) and _ids(out) == ["long.txt"]


def test_a_number_of_four_hundred_digits_costs_nothing_else(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A run of digits longer than a float holds is an identifier, not a quantity: read as one it
    was infinite, and the report stopped on it (exit 3) with every document lost."""
    path = tmp_path / "c.jsonl"
    rows = [
        {"id": "code", "source": "The Kowal code is " + "7" * 400 + ".", "target": "Le code de Kowal est " + "7" * 400 + "."},
        {"id": "year", "source": "Kowal left in 2019.", "target": "Kowal est parti en 2018."},
    ]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    rc, out, _ = run_cli(["report", str(path), *_FLAGS], capsys)
    documents = {d["id"]: [f["code"] for f in d["findings"]] for d in json.loads(out)["documents"]}
    assert rc == 1 and documents["year"] == ["NU001"] and "NU001" not in documents["code"]


def test_a_sentence_that_lists_hundreds_of_names_is_read_like_any_other(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A list of names with no punctuation is one run of capitalised words: NE003 compared every run of
    its words with the source's names (n² runs, each joined), minutes for a thousand names. A name
    is eight words at most, so the runs tried grow with the list, not with its square."""
    from mtcheck.checks.names.name_misspelled import _windows
    from mtcheck.entities.candidates import Candidate

    names = " ".join(f"Kowal{k} Zelmar{k}" for k in range(500))
    windows = list(_windows(Candidate(0, len(names), names, False)))
    assert len(windows) < 8 * 1000 and max(len(parts) for _, _, parts in windows) == 8
    path = tmp_path / "c.jsonl"
    rows = [{"id": "list", "source": names + ".", "target": names + "."},
            {"id": "year", "source": "Kowal left in 2019.", "target": "Kowal est parti en 2018."}]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    rc, out, _ = run_cli(["report", str(path), *_FLAGS], capsys)
    assert rc == 1 and _ids(out) == ["list", "year"]


def test_a_table_of_thousands_of_equal_values_is_matched_without_recursing() -> None:
    """Kuhn's augmenting search over 2,400 values against 1,200, all equal, recursed deeper than
    Python allows (an internal error, every document lost) after minutes; past 200 values a side
    they are matched greedily, each to the nearest that fits."""
    from mtcheck.quantities import compare, quantities

    differences = compare(quantities(" ".join(["vingt et un"] * 2400), "fr"), quantities(" ".join(["twenty-one"] * 1200), "en"))
    assert differences.changed == [] and len(differences.missing) == 1200


def test_findings_of_a_crlf_file_point_at_their_own_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    text = "OpenAI a dit lundi. OpenAI a ri.\r\nOpenai a confirmé mardi.\r\nPuis Openai a parlé.\r\n"
    (corpus / "a.txt").write_bytes(text.encode())
    rc, out, _ = run_cli(["report", str(corpus), "--no-backtranslation", "--no-cache", "--format", "sarif"], capsys)
    regions = [r["locations"][0]["physicalLocation"]["region"] for r in json.loads(out)["runs"][0]["results"]]
    assert [(r["startLine"], r["startColumn"]) for r in regions] == [(2, 1), (3, 6)]
    rc, out, _ = run_cli(["report", str(corpus), "--no-backtranslation", "--no-cache", "--format", "github"], capsys)
    places = [line.split(",")[1:3] for line in out.splitlines() if line.startswith("::")]
    assert places == [["line=2", "col=1"], ["line=3", "col=6"]]


def test_text_and_json_point_into_the_file_for_a_jsonl_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.jsonl"
    rows = [{"id": "a", "target": "Le conseil a voté lundi."},
            {"id": "b", "target": "OpenAI a dit. OpenAI a ri. Puis Openai part."}]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    rc, out, _ = run_cli(["report", str(path), *_FLAGS], capsys)
    found = [f for d in json.loads(out)["documents"] for f in d["findings"] if f["code"] == "NE001"]
    column = path.read_text(encoding="utf-8").splitlines()[1].index("Openai") + 1
    assert [(f["line"], f["column"]) for f in found] == [(2, column)]
    rc, out, _ = run_cli(["report", str(path), "--no-backtranslation", "--no-cache"], capsys)
    assert f"{path}:2:{column}: NE001" in out


def test_utf16_with_or_without_a_bom_is_read_and_nul_bytes_otherwise_are_one_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "le.txt").write_bytes("Openai a dit lundi. OpenAI a ri. OpenAI part. OpenAI reste.\n".encode("utf-16-le"))
    (corpus / "be.txt").write_bytes("Le conseil a voté lundi.\n".encode("utf-16-be"))
    (corpus / "bom.txt").write_bytes("Le conseil a voté mardi.\n".encode("utf-16"))
    (corpus / "bin.txt").write_bytes(b"Le conseil\x00\x01\x02 a vot\xc3\xa9.\n")
    rc, out, err = run_cli(["report", str(corpus), *_FLAGS], capsys)
    docs = {d["id"]: d for d in json.loads(out)["documents"]}
    assert rc == 2 and sorted(docs) == ["be.txt", "bom.txt", "le.txt"]
    assert [f["text"] for f in docs["le.txt"]["findings"] if f["code"] == "NE001"] == ["Openai"]
    assert err.strip() == f"mtcheck: error: {corpus / 'bin.txt'}:1: holds NUL bytes: a binary file, or text in an encoding " \
                          "that cannot be told; re-save it as UTF-8"


def test_a_feed_declared_latin1_but_written_in_utf8_is_read_as_utf8(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    body = ('<?xml version="1.0" encoding="ISO-8859-1"?>\n<rss version="2.0"><channel><title>T</title><item><guid>1</guid>'
            "<title>Élysée</title><description>Le maire a parlé lundi.</description></item></channel></rss>\n")
    (corpus / "utf8.rss").write_bytes(body.encode("utf-8"))
    (corpus / "latin.rss").write_bytes(body.encode("latin-1"))
    rc, out, _ = run_cli(["report", str(corpus), *_FLAGS], capsys)
    assert [d["segments"][0]["text"] for d in json.loads(out)["documents"]] == ["Élysée", "Élysée"]


def test_junit_stays_xml_whatever_characters_the_corpus_holds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import xml.dom.minidom

    path = tmp_path / "ctl.jsonl"
    path.write_text('{"id": "a\\u0001b", "target": "Openai a dit. OpenAI a ri. OpenAI part. OpenAI reste."}\n', encoding="utf-8")
    rc, out, _ = run_cli(["report", str(path), "--no-backtranslation", "--no-cache", "--format", "junit"], capsys)
    assert rc == 1
    case = xml.dom.minidom.parseString(out).getElementsByTagName("testcase")[0]
    assert case.getAttribute("name") == "a\\x01b"


def test_a_feed_item_with_a_broken_marked_section_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Found by the fuzz test: Python's HTML parser asserts on "<![0" (an internal error, exit 3)."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "feed.rss").write_text('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>T</title>'
                                     "<item><guid>1</guid><title>&lt;![0</title><description>Le maire a parlé.</description>"
                                     "</item></channel></rss>\n", encoding="utf-8")
    rc, out, _ = run_cli(["report", str(corpus), *_FLAGS], capsys)
    assert rc in (0, 1) and json.loads(out)["documents"][0]["segments"][0]["text"] == "<![0"


def test_a_broken_source_feed_leaves_its_translated_feed_checked_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    (tmp_path / "n.fr.rss").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>T</title><item><guid>1</guid>'
        "<title>Titre</title><description>Openai a dit lundi. OpenAI a ri. OpenAI part.</description></item></channel></rss>\n",
        encoding="utf-8")
    (tmp_path / "n.en.rss").write_text("<rss><channel><item>broken", encoding="utf-8")
    rc, out, err = run_cli(["report", str(tmp_path), *_FLAGS], capsys)
    docs = json.loads(out)["documents"]
    assert rc == 2 and [d["id"] for d in docs] == ["n.fr.rss#1"] and docs[0]["findings"]
    assert err.strip() == f"mtcheck: error: {tmp_path / 'n.en.rss'}:2: malformed XML (no element found)"


def test_an_xliff2_file_is_recognised_after_a_long_comment(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.xlf").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<!-- ' + "licence text " * 400 + '-->\n'
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr"><file id="f">'
        '<unit id="u1"><segment><source>OpenAI spoke.</source><target>Openai a parlé. OpenAI a ri. OpenAI part.</target>'
        "</segment></unit></file></xliff>\n", encoding="utf-8")
    rc, out, err = run_cli(["report", str(corpus), *_FLAGS], capsys)
    docs = json.loads(out)["documents"]
    assert rc == 1 and err == "" and [f["text"] for f in docs[0]["findings"] if f["code"] == "NE001"] == ["Openai"]
