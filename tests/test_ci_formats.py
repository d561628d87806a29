"""mtcheck in CI: feed, TMX and XLIFF inputs, SARIF/JUnit/GitHub outputs, baselines, settings, hooks.

These tests run the installed ``mtcheck`` command as a subprocess, as CI does, on fixtures they
write themselves.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml

from tests.conftest import ROOT

MTCHECK = [str(Path(sys.executable).parent / "mtcheck")] if (Path(sys.executable).parent / "mtcheck").exists() \
    else [sys.executable, "-m", "mtcheck"]


def mtcheck(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None,
            stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed command without a model (each test says when it wants one)."""
    return subprocess.run([*MTCHECK, *args], capture_output=True, text=True, cwd=cwd, input=stdin,
                          env={**os.environ, **(env or {})}, timeout=300, check=False)


EN_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>News</title><link>https://example.org/en</link><description>d</description>
<item><guid>board-1</guid><title>OpenAI names a new CEO</title>
<description>&lt;p&gt;OpenAI named Emmett Shear interim CEO on Sunday.&lt;/p&gt;</description></item>
<item><guid>board-2</guid><title>Microsoft hires Sam Altman</title>
<description>Microsoft hired Sam Altman on Monday.</description></item>
<item><guid>board-3</guid><title>Only in English</title><description>Nobody translated this.</description></item>
</channel></rss>
"""
FR_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Actualités</title><link>https://example.org/fr</link><description>d</description>
<item><guid>board-1</guid><title>Openai nomme un nouveau PDG</title>
<description>&lt;p&gt;OpenAI a nommé Emmett Shear PDG par intérim dimanche.&lt;/p&gt;</description></item>
<item><guid>board-2</guid><title>Microsoft embauche Sam Altman</title>
<description>Microsoft a embauché Sam Altman lundi.</description></item>
</channel></rss>
"""
ATOM_FR = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Flux</title><id>urn:fr</id><updated>2023-11-20T00:00:00Z</updated>
<entry><id>urn:fr:1</id><title>Chatgpt a un an</title><updated>2023-11-20T00:00:00Z</updated>
<link rel="alternate" hreflang="en" href="https://example.org/en/chatgpt"/>
<summary>ChatGPT a été lancé il y a un an.</summary></entry>
</feed>
"""
ATOM_EN = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Feed</title><id>urn:en</id><updated>2023-11-20T00:00:00Z</updated>
<entry><id>urn:en:1</id><title>ChatGPT turns one</title><updated>2023-11-20T00:00:00Z</updated>
<link href="https://example.org/en/chatgpt"/><summary>ChatGPT was launched a year ago.</summary></entry>
</feed>
"""
TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en"
 creationtool="t" creationtoolversion="1" o-tmf="x"/><body>
<tu tuid="1"><tuv xml:lang="en"><seg>OpenAI names a new CEO.</seg></tuv>
<tuv xml:lang="fr"><seg>Openai nomme un nouveau PDG.</seg></tuv></tu>
<tu tuid="2"><tuv xml:lang="en"><seg>He said so.</seg></tuv><tuv xml:lang="fr"><seg>Il l'a dit.</seg></tuv></tu>
</body></tmx>
"""
XLIFF12 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file original="a.html" source-language="en" target-language="fr" datatype="html"><body>
<trans-unit id="t1"><source>OpenAI names a new CEO.</source><target>Openai nomme un nouveau PDG.</target></trans-unit>
<trans-unit id="t2"><source>He said so.</source></trans-unit>
</body></file></xliff>
"""
XLIFF20 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr"><file id="f1">
<unit id="u1"><segment><source>OpenAI names a new CEO.</source><target>Openai nomme un nouveau PDG.</target></segment></unit>
</file></xliff>
"""


def _write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _json(proc: subprocess.CompletedProcess[str]) -> dict:
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads(proc.stdout)


def test_feeds_pair_items_by_guid_and_by_link_to_the_original(tmp_path: Path) -> None:
    corpus = _write(tmp_path / "c", {"news.en.rss": EN_FEED, "news.fr.rss": FR_FEED,
                                      "tech.en.atom": ATOM_EN, "tech.fr.atom": ATOM_FR})
    report = _json(mtcheck("report", str(corpus), "--no-backtranslation", "--format", "json"))
    docs = {d["id"]: d for d in report["documents"]}
    assert set(docs) == {"news.fr.rss#board-1", "news.fr.rss#board-2", "tech.fr.atom#urn:fr:1"}
    assert docs["news.fr.rss#board-1"]["source_path"].endswith("news.en.rss")
    assert docs["tech.fr.atom#urn:fr:1"]["source_path"].endswith("tech.en.atom")  # by its link to the original
    assert [f["text"] for f in docs["news.fr.rss#board-1"]["findings"] if f["code"] == "NE001"] == ["Openai"]
    assert [f["text"] for f in docs["tech.fr.atom#urn:fr:1"]["findings"] if f["code"] == "NE001"] == ["Chatgpt"]
    assert any(s["what"].endswith("news.en.rss#board-3") for s in report["skipped"])  # never dropped silently


def test_tmx_and_both_xliff_versions_are_read_and_a_unit_without_target_is_named(tmp_path: Path) -> None:
    corpus = _write(tmp_path / "c", {"a.tmx": TMX, "b.xlf": XLIFF12, "c.xliff": XLIFF20})
    proc = mtcheck("report", str(corpus), "--no-backtranslation", "--format", "json")
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"mtcheck: error: {corpus / 'b.xlf'}:5: unit 't2' has no fr target; the other units are checked"
    report = json.loads(proc.stdout)
    assert sorted(d["id"] for d in report["documents"]) == ["a.tmx", "b.xlf", "c.xliff"]
    for doc in report["documents"]:
        assert doc["beads"] and all(b["source"] and b["target"] for b in doc["beads"])  # units paired with their sources
        assert [f["text"] for f in doc["findings"] if f["code"] == "NE001"] == ["Openai"]


def test_malformed_and_empty_feeds_are_errors_and_the_rest_is_reported(tmp_path: Path) -> None:
    corpus = _write(tmp_path / "c", {
        "broken.rss": FR_FEED.replace("</title>", "", 1),
        "empty.rss": '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>',
        "ok.fr.rss": FR_FEED,
    })
    proc = mtcheck("report", str(corpus), "--no-backtranslation", "--format", "json")
    assert proc.returncode == 2
    errors = proc.stderr.strip().splitlines()
    assert len(errors) == 2
    assert errors[0].startswith(f"mtcheck: error: {corpus / 'broken.rss'}:") and "malformed XML" in errors[0]
    assert errors[1] == f"mtcheck: error: {corpus / 'empty.rss'}: the feed has no items"
    assert len(json.loads(proc.stdout)["documents"]) == 2


def test_sarif_has_rules_results_and_exact_locations(tmp_path: Path) -> None:
    _write(tmp_path / "c", {"a.fr.txt": "Le PDG d'Openai a parlé.\nOpenAI a confirmé. Openai aussi.\n", "b.tmx": TMX})
    proc = mtcheck("report", "c", "--no-backtranslation", "--format", "sarif", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    log = json.loads(proc.stdout)
    assert log["version"] == "2.1.0" and log["$schema"].endswith("sarif-2.1.0.json")
    run = log["runs"][0]
    rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert "NE001" in rules and all(r["shortDescription"]["text"] for r in run["tool"]["driver"]["rules"])
    for result in run["results"]:
        assert result["ruleId"] == rules[result["ruleIndex"]]
        assert result["level"] in ("error", "warning", "note") and result["message"]["text"]
        region = result["locations"][0]["physicalLocation"]["region"]
        uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        line = (tmp_path / uri).read_text(encoding="utf-8").splitlines()[region["startLine"] - 1]
        start = region["startColumn"] - 1
        assert line[start : start + len(region["snippet"]["text"])] == region["snippet"]["text"]
    located = {(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
                r["locations"][0]["physicalLocation"]["region"]["startLine"],
                r["locations"][0]["physicalLocation"]["region"]["startColumn"])
               for r in run["results"] if r["ruleId"] == "NE001"}
    assert {("c/a.fr.txt", 1, 10), ("c/a.fr.txt", 2, 20)} <= located
    assert any(uri == "c/b.tmx" and line == 5 for uri, line, _ in located)  # inside the TMX file itself


def test_junit_has_one_test_case_per_document(tmp_path: Path) -> None:
    corpus = _write(tmp_path / "c", {"bad.fr.txt": "Openai a parlé.\n", "good.fr.txt": "OpenAI a parlé. OpenAI aussi.\n"})
    proc = mtcheck("report", str(corpus), "--no-backtranslation", "--format", "junit")
    assert proc.returncode == 1
    root = ET.fromstring(proc.stdout)
    cases = {c.get("name"): c for c in root.iter("testcase")}
    assert set(cases) == {"bad.fr.txt", "good.fr.txt"}
    assert cases["bad.fr.txt"].find("failure") is not None and cases["good.fr.txt"].find("failure") is None
    assert "NE001" in (cases["bad.fr.txt"].find("failure").text or "")
    assert root.get("tests") == "2" and root.get("failures") == "1"


def test_github_format_annotates_and_writes_the_job_summary(tmp_path: Path) -> None:
    _write(tmp_path / "c", {"a.fr.txt": "Le PDG d'Openai a parlé. OpenAI a confirmé. OpenAI aussi.\n"})
    summary = tmp_path / "summary.md"
    proc = mtcheck("report", "c", "--no-backtranslation", "--format", "github", cwd=tmp_path,
                   env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert proc.returncode == 1
    assert proc.stdout.startswith("::error file=c/a.fr.txt,line=1,col=10,endLine=1,endColumn=16,title=NE001 name-case::")
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("## mtcheck") and "| name-case | 1 |" in text and "`c/a.fr.txt:1:10`" in text


def test_baseline_fails_only_on_new_findings_and_lists_fixed_ones(tmp_path: Path) -> None:
    doc = tmp_path / "c" / "a.fr.txt"
    names = "OpenAI et ChatGPT, puis OpenAI et ChatGPT.\n"  # the canonical forms, twice each
    _write(doc.parent, {"a.fr.txt": "Le PDG d'Openai a parlé.\n\nChatgpt est populaire.\n\n" + names})
    baseline = tmp_path / "baseline.json"
    assert mtcheck("report", str(doc.parent), "--no-backtranslation", "--write-baseline", str(baseline)).returncode == 1
    # Known findings, with an edit elsewhere in the document: exit 0.
    doc.write_text("Un nouveau paragraphe en tête.\n\nLe PDG d'Openai a parlé.\n\nChatgpt est populaire.\n\n" + names,
                   encoding="utf-8")
    assert mtcheck("report", str(doc.parent), "--no-backtranslation", "--baseline", str(baseline)).returncode == 0
    # A new error fails; a fixed one is stale.
    doc.write_text("Le PDG d'Openai a parlé.\n\nChatGPT est populaire. Open AI aussi.\n\n" + names, encoding="utf-8")
    report = _json(mtcheck("report", str(doc.parent), "--no-backtranslation", "--baseline", str(baseline),
                           "--format", "json"))
    assert [f["text"] for d in report["documents"] for f in d["findings"]] == ["Open AI"]
    assert report["baseline"]["known"] == 1
    assert [e["text"] for e in report["baseline"]["stale"]] == ["Chatgpt"]
    assert mtcheck("report", str(doc.parent), "--no-backtranslation", "--baseline", str(baseline)).returncode == 1
    missing = mtcheck("report", str(doc.parent), "--baseline", str(tmp_path / "nope.json"))
    assert missing.returncode == 2 and "no such baseline" in missing.stderr


def test_changed_only_skips_the_model_work_of_unchanged_documents(tiny_model: Path, tmp_path: Path) -> None:
    corpus = _write(tmp_path / "c", {"a.fr.txt": "OpenAI a parlé. Il a dit non.\n", "b.fr.txt": "Microsoft a recruté.\n"})
    common = ["report", str(corpus), "--model", str(tiny_model), "--no-cache", "--format", "json"]
    baseline = tmp_path / "b.json"
    _json(mtcheck(*common, "--write-baseline", str(baseline)))
    (corpus / "b.fr.txt").write_text("Microsoft a recruté Sam Altman.\n", encoding="utf-8")
    report = _json(mtcheck(*common, "--baseline", str(baseline), "--changed-only"))
    assert report["summary"]["backtranslation"] == {"segments": 1, "cached": 0, "translated": 1}
    bts = {d["id"]: [s["backtranslation"] for s in d["segments"]] for d in report["documents"]}
    assert bts["a.fr.txt"] == [None, None] and bts["b.fr.txt"][0] is not None
    assert "needs --baseline" in mtcheck(*common, "--changed-only").stderr


def test_standard_input_is_one_document() -> None:
    proc = mtcheck("report", "-", "--no-backtranslation", "--format", "json",
                   stdin="Le PDG d'Openai a parlé. OpenAI a confirmé. OpenAI aussi.\n")
    assert [f["text"] for f in _json(proc)["documents"][0]["findings"]] == ["Openai"]


def test_settings_come_from_the_nearest_config_file_then_environment_then_flags(tmp_path: Path) -> None:
    _write(tmp_path, {"pyproject.toml": '[project]\nname = "feeds"\n\n[tool.mtcheck]\nfail-on = "warning"\n'
                                        'ignore = ["NE001"]\nseverity = { typography = "info" }\n'})
    sub = _write(tmp_path / "articles" / "2023", {"a.fr.txt": "Le PDG d'Openai a parlé. OpenAI a confirmé. OpenAI aussi.\n"})
    shown = mtcheck("report", ".", "--show-settings", "--target-lang", "fr", cwd=sub,
                    env={"MTCHECK_MODEL": "/models/opus-mt-fr-en"})
    assert shown.returncode == 0
    rows = {line.split()[0]: line for line in shown.stdout.splitlines()}
    assert rows["fail-on"].split()[1:] == ["warning", str(tmp_path / "pyproject.toml")]
    assert rows["model"].split()[1:] == ["/models/opus-mt-fr-en", "MTCHECK_MODEL"]
    assert rows["target-lang"].split()[1:] == ["fr", "--target-lang"]
    assert rows["source-lang"].split()[1:] == ["en", "default"]
    # The file's ignore applies: NE001 is not reported.
    assert mtcheck("report", ".", "--no-backtranslation", cwd=sub).returncode == 0
    # mtcheck.toml beside the files wins over the pyproject further up; a bad key is an error naming the file.
    _write(sub, {"mtcheck.toml": 'fail-on = "eror"\n'})
    bad = mtcheck("report", ".", cwd=sub)
    assert bad.returncode == 2 and bad.stderr.strip() == (
        f"mtcheck: error: {sub / 'mtcheck.toml'}: fail-on = 'eror': must be one of error, warning, info")
    _write(sub, {"mtcheck.toml": 'select = ["NE"]\nbackend = "ctranslate2"\nfailon = "error"\n'})
    assert "unknown setting 'failon'; did you mean 'fail-on'?" in mtcheck("report", ".", cwd=sub).stderr


def test_the_example_workflow_runs_mtcheck_commands_that_work(tmp_path: Path) -> None:
    workflow = yaml.safe_load((ROOT / "docs" / "examples" / "mtcheck-workflow.yml").read_text(encoding="utf-8"))
    steps = [s for s in workflow["jobs"]["translations"]["steps"] if s.get("run", "").startswith("mtcheck ")]
    assert len(steps) == 2
    _write(tmp_path / "feeds", {"news.en.rss": EN_FEED, "news.fr.rss": FR_FEED})
    baseline = mtcheck("report", "feeds/", "--no-backtranslation", "--write-baseline", ".mtcheck-baseline.json", cwd=tmp_path)
    assert baseline.returncode == 1
    for step in steps:
        args = step["run"].split()[1:] + ["--no-backtranslation"]  # no model on the test machine
        proc = mtcheck(*args, cwd=tmp_path)
        # The annotating step passes (every finding is in the baseline); the SARIF one may report findings.
        assert proc.returncode in ((0, 1) if step.get("continue-on-error") else (0,)), (step, proc.stdout, proc.stderr)
    assert json.loads((tmp_path / "mtcheck.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"


def test_the_pre_commit_hook_checks_the_files_it_is_given(tmp_path: Path) -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = next(h for h in hooks if h["id"] == "mtcheck")
    repo = _write(tmp_path / "repo", {"good.fr.txt": "OpenAI a parlé.\n",
                                      "bad.fr.txt": "Openai a parlé. OpenAI a confirmé. OpenAI aussi.\n"})
    pre_commit = shutil.which("pre-commit") or str(Path(sys.executable).parent / "pre-commit")
    if Path(pre_commit).exists():
        subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
        subprocess.run(["git", "add", "."], cwd=repo, check=True)
        run = [pre_commit, "try-repo", str(ROOT), "mtcheck", "--files"]
        env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pc-home")}
        ok = subprocess.run([*run, "good.fr.txt"], cwd=repo, capture_output=True, text=True, env=env, check=False)
        bad = subprocess.run([*run, "bad.fr.txt"], cwd=repo, capture_output=True, text=True, env=env, check=False)
        assert ok.returncode == 0, ok.stdout + ok.stderr
        assert bad.returncode == 1 and "NE001" in bad.stdout
    else:  # pre-commit is not installed: run the hook's entry the way pre-commit would
        entry = hook["entry"].split()
        assert entry[0] == "mtcheck"
        assert mtcheck(*entry[1:], "good.fr.txt", cwd=repo).returncode == 0
        bad = mtcheck(*entry[1:], "bad.fr.txt", cwd=repo)
        assert bad.returncode == 1 and "NE001" in bad.stdout
