"""``--device``: which device and precision each request means, tested for selection only (the
machines that run these tests have no GPU), and the clear error where no CUDA device is seen."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mtcheck.errors import ModelError
from mtcheck.mt import device
from mtcheck.mt.backtranslator import BackTranslator
from mtcheck.mt.device import GPU_BATCH_TOKENS, Placement, place
from tests.conftest import CORPUS, run_cli


def test_cpu_and_auto_without_a_gpu(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(device, "cuda_devices", lambda backend: 0)
    assert place("cpu", "transformers") == Placement("cpu", "default")
    assert place("auto", "ctranslate2") == Placement("cpu", "default")
    with pytest.raises(ModelError, match="the transformers backend sees no CUDA device; run with --device cpu"):
        place("cuda", "transformers")


def test_auto_takes_the_first_gpu_in_half_precision(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(device, "cuda_devices", lambda backend: 2)
    assert place("auto", "transformers") == Placement("cuda:0", "float16")
    assert place("cuda:1", "ctranslate2") == Placement("cuda:1", "int8_float16")
    with pytest.raises(ModelError, match="sees 2 CUDA device"):
        place("cuda:2", "ctranslate2")
    with pytest.raises(ModelError, match="unknown device 'gpu'"):
        place("gpu", "ctranslate2")


def test_this_machine_sees_what_its_libraries_see() -> None:
    # A CPU build of torch, or no CUDA driver: auto stays on the CPU without importing torch.
    import sys

    already = "torch" in sys.modules
    assert device.cuda_devices("transformers") == 0 or device._torch_built_with_cuda()
    assert ("torch" in sys.modules) == already


def test_a_gpu_changes_precision_key_and_batch_but_the_device_alone_does_not(
    tiny_model: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(device, "cuda_devices", lambda backend: 0)
    cpu = BackTranslator(str(tiny_model), device="cpu")
    auto = BackTranslator(str(tiny_model), device="auto")
    assert cpu._key == auto._key and cpu.describe()["device"] == "cpu"
    monkeypatch.setattr(device, "cuda_devices", lambda backend: 1)
    gpu = BackTranslator(str(tiny_model), device="auto")  # selected, never loaded here
    assert gpu.describe()["device"] == "cuda:0" and gpu.describe()["compute_type"] == "float16"
    assert json.loads(gpu._key)["compute_type"] == "float16" and gpu._key != cpu._key
    assert gpu.decoding.batch_tokens == GPU_BATCH_TOKENS


def test_asking_for_cuda_without_one_is_one_line_and_exit_2_with_require(
    tiny_model: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(device, "cuda_devices", lambda backend: 0)
    status, _, err = run_cli(["report", str(CORPUS), "--model", str(tiny_model), "--device", "cuda",
                              "--require-backtranslation", "--no-cache"], capsys)
    assert status == 2
    assert err.strip().splitlines()[-1] == ("mtcheck: error: --device cuda: the transformers backend sees no CUDA device; "
                                            "run with --device cpu (or auto)")
    status, out, _ = run_cli(["report", str(CORPUS), "--model", str(tiny_model), "--device", "cuda", "--no-cache",
                              "--format", "json"], capsys)
    assert json.loads(out)["settings"]["backtranslation_skipped"].startswith("--device cuda: the transformers backend")
