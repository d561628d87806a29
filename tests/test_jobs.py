"""``--jobs``: worker processes give the report ``--jobs 1`` gives, byte for byte, and a worker that
raises stops the run with its error and leaves no partial results in the cache."""

from __future__ import annotations

import gc
import json
import os
import shutil
from pathlib import Path

import pytest

from mtcheck import check_run, langid, workers
from mtcheck.mt.cache import TranslationCache
from tests.conftest import CORPUS, run_cli


@pytest.fixture
def forking(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fork for any corpus, however small: the sample corpus has six documents."""
    monkeypatch.setattr(workers, "MIN_PER_JOB", 1)


def _corpus(tmp_path: Path) -> Path:
    """The sample corpus and twenty more documents of our own, each with a slip or two."""
    folder = tmp_path / "corpus"
    shutil.copytree(CORPUS, folder)
    lines = []
    for k in range(20):
        target = (f"Le groupe Kowalsoft a publié ses comptes le {k + 1} mars. Kowalsoft emploie {100 + k} personnes "
                  f"à Lyon. Selon kowalsoft, la hausse atteint {k},5 %. The results are good.")
        source = f"The Kowalsoft group published its accounts on March {k + 1}. Kowalsoft employs {100 + k} people in Lyon."
        lines.append(json.dumps({"id": f"k{k}", "target": target, "source": source}, ensure_ascii=False))
    (folder / "more.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def _xliff(tmp_path: Path, pairs: list[tuple[str, str]]) -> Path:
    """One XLIFF file of ``pairs`` (source, target): one long document."""
    units = "".join(f'<trans-unit id="u{k}"><source>{s}</source><target>{t}</target></trans-unit>'
                    for k, (s, t) in enumerate(pairs, 1))
    xlf = tmp_path / "one.xlf"
    xlf.write_text('<?xml version="1.0" encoding="UTF-8"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
                   f'<file source-language="en" target-language="fr" datatype="plaintext" original="o"><body>{units}'
                   "</body></file></xliff>", encoding="utf-8")
    return xlf


def _reports(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    """The JSON reports of ``path`` with one job and with two (each with findings)."""
    out = []
    for jobs in ("1", "2"):
        status, report, err = run_cli(["report", str(path), "--no-backtranslation", "--no-cache", "--format", "json",
                                       "--jobs", jobs], capsys)
        assert status == 1, err
        out.append(report)
    return out[0], out[1]


@pytest.mark.usefixtures("forking")
def test_two_jobs_give_the_report_one_job_gives(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    one, two = _reports(_corpus(tmp_path), capsys)
    assert one == two
    data = json.loads(two)
    assert data["summary"]["documents"] == 26 and sum(data["summary"]["findings"].values()) > 20


def test_one_long_document_has_its_sentences_languages_identified_by_a_worker(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A corpus of one long document (an XLIFF file) has too few documents to spread: its sentences'
    languages are identified in a worker meanwhile, and the report is the one ``--jobs 1`` gives."""
    pairs = [(f"Kowalsoft sold {k} phones in Lyon on Monday.",
              f"Kowalsoft a vendu {k} téléphones à Lyon lundi{'.' if k != 7 else ', said the firm.'}") for k in range(1, 40)]
    xlf = _xliff(tmp_path, pairs)
    real = langid.identify

    def identify(text: str, *args: object, **kwargs: object) -> langid.LangGuess:
        (tmp_path / f"pid-{os.getpid()}").touch()  # a worker's pid, seen from this process
        return real(text, *args, **kwargs)

    monkeypatch.setattr(langid, "identify", identify)
    one, two = _reports(xlf, capsys)
    assert one == two
    assert {int(f.name.split("-")[1]) for f in tmp_path.glob("pid-*")} - {os.getpid()}, "no worker identified a language"
    assert json.loads(two)["summary"]["documents"] == 1


def test_one_long_document_has_its_names_checks_run_beside_the_others(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The checks of a corpus too small to spread by documents are spread by kind: a worker runs the
    names checks while this process runs the others, and the report is the one ``--jobs 1`` gives,
    with languages identified now or read from the cache."""
    pairs = [(f"Kowalsoft sold {k} phones to Zelmar Bank in Lyon.",
              f"{'kowalsoft' if k == 5 else 'Kowalsoft'} a vendu {k + (k == 9)} téléphones à "
              f"{'Zelmar Bnak' if k == 3 else 'Zelmar Bank'} à Lyon.") for k in range(1, 30)]
    xlf = _xliff(tmp_path, pairs)
    real = check_run.each

    def each(checks: object, *args: object) -> object:
        if any(c.code.startswith("NE") for c in checks):  # type: ignore[attr-defined]
            (tmp_path / f"pid-{os.getpid()}").touch()
        return real(checks, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(check_run, "each", each)
    one, two = _reports(xlf, capsys)
    assert one == two
    assert {int(f.name.split("-")[1]) for f in tmp_path.glob("pid-*")} - {os.getpid()}, "no worker ran the names checks"
    codes = {f["code"] for d in json.loads(two)["documents"] for f in d["findings"]}
    assert {"NE003", "NU001"} <= codes
    cache = tmp_path / "cache"
    again = [run_cli(["report", str(xlf), "--no-backtranslation", "--cache-dir", str(cache), "--format", "json",
                      "--jobs", "2"], capsys)[1] for _ in range(2)]
    assert again == [one, one]


@pytest.mark.usefixtures("forking")
def test_checks_run_with_the_languages_or_after_them_give_one_report(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """The language workers run the checks that read only sentences and languages; where the
    languages come from the cache (the second run), the check stage runs them: the same report."""
    corpus, cache = _corpus(tmp_path), tmp_path / "cache"
    reports = []
    for _ in range(2):
        status, out, err = run_cli(["report", str(corpus), "--no-backtranslation", "--cache-dir", str(cache),
                                    "--format", "json", "--jobs", "2"], capsys)
        assert status == 1, err
        reports.append(out)
    assert TranslationCache(cache).info().results.get("langid", 0) == 26
    assert reports[0] == reports[1]
    codes = {f["code"] for d in json.loads(reports[0])["documents"] for f in d["findings"]}
    assert {"TR001", "FM002", "BP001"} <= codes  # checks the language workers run: English left, format, boilerplate


@pytest.mark.usefixtures("forking")
def test_the_alignment_the_language_workers_make_is_the_one_stored(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """Without back-translation the language workers align each document's sentences with its
    source's; the align stage takes and stores their alignment: the cache holds one per document
    with a source, as with one job, and a second run that reads it back gives the same report."""
    corpus = _corpus(tmp_path)
    reports, counts = [], []
    for jobs, cache in (("2", tmp_path / "two"), ("1", tmp_path / "one"), ("2", tmp_path / "two")):
        status, out, err = run_cli(["report", str(corpus), "--no-backtranslation", "--cache-dir", str(cache),
                                    "--format", "json", "--jobs", jobs], capsys)
        assert status == 1, err
        reports.append(out)
        counts.append(TranslationCache(cache).info().results.get("align", 0))
    assert reports[0] == reports[1] == reports[2]
    assert counts[0] == counts[1] == counts[2] >= 20


def test_a_run_in_a_process_that_goes_on_leaves_the_garbage_collector_as_it_found_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The pipeline puts what its stages built out of the collector's reach while it runs; a
    program that calls it and goes on gets every object back into the collector's care."""
    assert gc.get_freeze_count() == 0
    status, _, _ = run_cli(["report", str(_corpus(tmp_path)), "--no-backtranslation", "--jobs", "1"], capsys)
    assert status == 1
    assert gc.get_freeze_count() == 0


@pytest.mark.usefixtures("forking")
def test_a_worker_that_raises_stops_the_run_and_stores_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    real = langid.identify

    def broken(text: str, *args: object, **kwargs: object) -> langid.LangGuess:
        if "Kowalsoft emploie 107" in text:
            raise RuntimeError("the language of this sentence cannot be told")
        return real(text, *args, **kwargs)

    monkeypatch.setattr(langid, "identify", broken)
    cache = tmp_path / "cache"
    status, _, err = run_cli(["report", str(_corpus(tmp_path)), "--no-backtranslation", "--jobs", "2",
                              "--cache-dir", str(cache)], capsys)
    assert status == 3
    assert err.strip() == "mtcheck: internal error: RuntimeError: the language of this sentence cannot be told " \
                          "(run with --debug for the traceback)"
    assert TranslationCache(cache).info().results.get("langid", 0) == 0


@pytest.mark.usefixtures("forking")
def test_work_begun_in_the_background_keeps_its_results_while_other_work_runs() -> None:
    pool = workers.LocalPool(2)
    waiting = pool.start(lambda n: n * n, list(range(40)))
    assert pool.map(lambda n: -n, list(range(10))) == [-n for n in range(10)]  # forks only once the first is done
    assert waiting() == [n * n for n in range(40)]
    assert waiting() == [n * n for n in range(40)]  # collected once, kept


@pytest.mark.usefixtures("forking")
def test_a_background_worker_that_raises_raises_where_its_results_are_awaited() -> None:
    pool = workers.LocalPool(2)
    waiting = pool.start(lambda n: 1 // (n - 7), list(range(20)))
    with pytest.raises(ZeroDivisionError):
        waiting()
    pool.close()


def test_ray_gives_the_report_one_job_gives_with_back_translation(
    tiny_model: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("ray", reason="Ray is an optional extra: pip install 'mtcheck[ray]'")
    corpus = _corpus(tmp_path)
    common = ["report", str(corpus), "--model", str(tiny_model), "--format", "json"]
    status, serial, err = run_cli([*common, "--jobs", "1", "--cache-dir", str(tmp_path / "one")], capsys)
    assert status == 1, err
    status, spread, err = run_cli([*common, "--executor", "ray", "--cache-dir", str(tmp_path / "ray")], capsys)
    assert status == 1, err
    assert spread.replace(str(tmp_path / "ray"), "CACHE") == serial.replace(str(tmp_path / "one"), "CACHE")
    assert json.loads(serial)["summary"]["backtranslation"]["translated"] > 0
    # What the model actors translated is in the run's cache: a second run translates nothing.
    assert TranslationCache(tmp_path / "ray").info().entries == TranslationCache(tmp_path / "one").info().entries > 0
    status, again, _ = run_cli([*common, "--jobs", "1", "--cache-dir", str(tmp_path / "ray")], capsys)
    assert json.loads(again)["summary"]["backtranslation"]["translated"] == 0


def test_ray_missing_is_one_line_saying_how_to_install(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "ray", None)  # as if it were not installed
    status, _, err = run_cli(["report", str(CORPUS), "--no-backtranslation", "--executor", "ray"], capsys)
    assert status == 2
    assert err.strip() == "mtcheck: error: --executor ray needs Ray, which is not installed: pip install 'mtcheck[ray]'"
