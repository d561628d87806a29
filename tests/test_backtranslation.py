"""The back-translation engines, cache and model handling, on a tiny Marian model the tests build.

The model has random weights: its output is gibberish and nothing here treats it as a translation.
What the tests check is the machinery a real model goes through: loading from a directory,
batching, conversion to CTranslate2, the cache, and what the report says when there is no model.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mtcheck.mt import BackTranslator, Decoding
from mtcheck.mt.cache import TranslationCache
from tests.conftest import CORPUS, TEXTS, run_cli
from tests.marian_factory import build_marian

PAIRED = CORPUS / "paired"


@pytest.mark.parametrize("which", ["tiny_model", "tiny_ct2"])
def test_batched_output_equals_one_by_one(which: str, request: pytest.FixtureRequest) -> None:
    model = request.getfixturevalue(which)
    texts = TEXTS[:30]
    batched = BackTranslator(str(model), decoding=Decoding(batch_tokens=4096)).translate(texts)
    one_by_one = BackTranslator(str(model), decoding=Decoding(batch_tokens=1)).translate(texts)
    assert [t.text for t in batched] == [t.text for t in one_by_one]
    assert all(abs(a.logprob - b.logprob) < 1e-3 for a, b in zip(batched, one_by_one, strict=True))
    assert all(t.logprob <= 0 for t in batched)


def test_backends_are_picked_from_the_directory(tiny_model: Path, tiny_ct2: Path) -> None:
    assert BackTranslator(str(tiny_model)).backend == "transformers"
    assert BackTranslator(str(tiny_ct2)).backend == "ctranslate2"
    with pytest.raises(Exception, match="not a CTranslate2 model"):
        BackTranslator(str(tiny_model), backend="ctranslate2")


def test_confidence_is_the_same_in_both_backends(tiny_model: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """CTranslate2 (float32) and transformers report one quantity: mean log-prob of the chosen tokens."""
    float32 = tmp_path / "f32"
    assert run_cli(["model", "convert", str(tiny_model), str(float32), "--quantization", "float32"], capsys)[0] == 0
    hf = BackTranslator(str(tiny_model)).translate(TEXTS[:10])
    ct = BackTranslator(str(float32)).translate(TEXTS[:10])
    assert [t.text for t in hf] == [t.text for t in ct]
    assert all(abs(a.logprob - b.logprob) < 0.01 for a, b in zip(hf, ct, strict=True))


def _report(args: list[str], capsys: pytest.CaptureFixture[str]) -> dict:
    rc, out, err = run_cli(["report", str(PAIRED), "--format", "json", *args], capsys)
    assert rc in (0, 1), err
    return json.loads(out)


def test_second_run_reads_everything_from_the_cache(tiny_model: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    cache = ["--model", str(tiny_model), "--cache-dir", str(tmp_path)]
    first = _report(cache, capsys)
    second = _report(cache, capsys)
    segments = first["summary"]["segments"]
    assert first["summary"]["backtranslation"] == {"segments": segments, "cached": 0, "translated": segments}
    assert second["summary"]["backtranslation"] == {"segments": segments, "cached": segments, "translated": 0}
    assert [s["backtranslation"] for s in second["documents"][0]["segments"]] == \
        [s["backtranslation"] for s in first["documents"][0]["segments"]]
    doc = second["documents"][0]
    assert doc["scores"]["bt_confidence"] < 0 and doc["scores"]["chrf"] is not None
    assert all(s["chrf"] is not None for s in doc["segments"] if s["source_indices"])
    # Other decoding settings are other cache entries.
    assert _report([*cache, "--beams", "2"], capsys)["summary"]["backtranslation"]["translated"] == segments


def test_a_changed_model_file_misses_the_cache(tiny_model: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    model = tmp_path / "model"
    build_marian(model, TEXTS)
    cache = ["--model", str(model), "--cache-dir", str(tmp_path / "cache")]
    _report(cache, capsys)
    config = json.loads((model / "config.json").read_text())
    config["dropout"] = 0.2  # same name, same weights, different model files
    (model / "config.json").write_text(json.dumps(config))
    again = _report(cache, capsys)["summary"]["backtranslation"]
    assert again["cached"] == 0 and again["translated"] == again["segments"]


def test_cache_info_and_clear(tiny_model: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _report(["--model", str(tiny_model), "--cache-dir", str(tmp_path)], capsys)
    rc, out, _ = run_cli(["cache", "info", "--cache-dir", str(tmp_path)], capsys)
    assert rc == 0 and "entries: 7" in out and f"{tiny_model} (transformers)" in out
    rc, out, _ = run_cli(["cache", "clear", "--cache-dir", str(tmp_path)], capsys)
    assert rc == 0 and "removed 7 back-translations" in out
    assert TranslationCache(tmp_path).info().entries == 0


def test_two_processes_share_one_cache(tiny_model: Path, tmp_path: Path) -> None:
    """Two mtcheck processes fill the same cache at once; both succeed and nothing is lost."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for k in range(2):
        (corpus / f"doc{k}.txt").write_text("\n".join(TEXTS[k * 40 : (k + 1) * 40]), encoding="utf-8")
    env = {**os.environ, "MTCHECK_CACHE_DIR": str(tmp_path / "cache")}
    cmd = [sys.executable, "-m", "mtcheck", "report", str(corpus), "--model", str(tiny_model), "--format", "json"]
    runs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env) for _ in range(2)]
    outputs = [r.communicate(timeout=300) for r in runs]
    assert [r.returncode for r in runs] in ([0, 0], [1, 1], [0, 1], [1, 0]), outputs
    unique = len({s["text"] for s in json.loads(outputs[0][0])["documents"][0]["segments"]} |
                 {s["text"] for s in json.loads(outputs[0][0])["documents"][1]["segments"]})
    assert TranslationCache(tmp_path / "cache").info().entries == unique


def test_offline_hub_model_is_skipped_with_one_plain_sentence(capsys: pytest.CaptureFixture[str],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    rc, out, _ = run_cli(["report", str(PAIRED), "--model", "Helsinki-NLP/opus-mt-xx-yy"], capsys)
    assert rc == 1  # the names errors of the sample, nothing about the model
    first = out.splitlines()[0]
    assert first == (
        "Back-translation was skipped: could not load back-translation model 'Helsinki-NLP/opus-mt-xx-yy': "
        "it is not in the local cache and the model hub cannot be reached; point --model at a local model "
        "directory (or set MTCHECK_MODEL), or run with --no-backtranslation."
    )
    rc, _, err = run_cli(["report", str(PAIRED), "--model", "Helsinki-NLP/opus-mt-xx-yy", "--require-backtranslation"],
                         capsys)
    assert rc == 2 and err.startswith("mtcheck: error: could not load back-translation model")


def test_corrupt_weights_are_skipped_not_a_crash(tiny_model: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken"
    broken.mkdir()
    for f in tiny_model.iterdir():
        (broken / f.name).write_bytes(f.read_bytes())
    (broken / "model.safetensors").write_bytes(b"not a tensor file")
    report = _report(["--model", str(broken), "--cache-dir", str(tmp_path / "cache")], capsys)
    assert report["settings"]["backtranslation"] is None
    assert report["settings"]["backtranslation_skipped"].startswith(f"could not load back-translation model '{broken}'")
    assert report["summary"]["findings"]["error"] > 0  # every other check still ran


def test_convert_refuses_to_overwrite(tiny_model: Path, tiny_ct2: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc, _, err = run_cli(["model", "convert", str(tiny_model), str(tiny_ct2)], capsys)
    assert rc == 2 and "not empty" in err


def test_the_marian_tokenizer_normalises_punctuation_as_opus_mt_was_trained(tiny_model: Path) -> None:
    """sacremoses is a dependency: without it MarianTokenizer leaves the input as it is, and an
    opus-mt model reads French guillemets and ellipses it never saw in training."""
    from transformers import MarianTokenizer

    tokenizer = MarianTokenizer.from_pretrained(tiny_model)
    assert tokenizer.punc_normalizer("« Bonjour », dit-il…") == '" Bonjour ", dit-il...'
