"""Back-translation speed: a model with opus-mt-fr-en's exact shape, four ways, in one run.

The model has random weights (no pretrained fr-en weights can be had here), so its output is not
a translation and no quality figure comes out of this script; only time and memory, which depend
on the shape: 6+6 layers, d_model 512, 8 heads, feed-forward 2048, a shared vocabulary of 59,514
entries (a sentencepiece model trained on WMT text, padded to that size). The end token is biased
away, so every output is exactly LENGTH tokens in every variant, on the same 500 French sentences
of WMT newstest2012:

  (a) transformers.pipeline("translation"), one sentence at a time (transformers 5 removed that
      pipeline; there (a) is the loop it ran: tokenize, generate, decode, one sentence at a time)
  (b) mtcheck's transformers backend (length-sorted token-budget batches), empty cache
  (c) mtcheck's CTranslate2 backend on the model converted by `mtcheck model convert` (int8)
  (d) mtcheck again with the cache (b) filled: a fully cached rerun
  (e) mtcheck's CTranslate2 backend with ``--executor ray``: a local Ray of every core, one model
      actor a core, each on one thread (time includes starting Ray)
  (f) mtcheck's transformers backend with ``--executor ray``, likewise

Each variant runs in its own process (peak memory is that process's maximum resident size); time
is model loading plus translating, not the interpreter's start. Usage:

    python benchmarks/backtranslation_speed.py [--sentences 500] [--length 32]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks._shared import evaldata  # noqa: E402

OPUS_MT_FR_EN = {"vocab_size": 59514, "d_model": 512, "layers": 6, "heads": 8, "ffn": 2048}
"""The public config of Helsinki-NLP/opus-mt-fr-en."""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=500)
    parser.add_argument("--length", type=int, default=32, help="tokens generated per sentence")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--model", help=argparse.SUPPRESS)
    parser.add_argument("--cache", help=argparse.SUPPRESS)
    parser.add_argument("--input", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(_work(args.worker, Path(args.model), Path(args.input), args.cache, args.length)))
        return

    french = evaldata("wmt_newstest_en_fr", "newstest2012.fr").read_text(encoding="utf-8").splitlines()
    english = evaldata("wmt_newstest_en_fr", "newstest2012.en").read_text(encoding="utf-8").splitlines()
    sentences = [s for s in french if s.strip()][: args.sentences]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        t0 = time.perf_counter()
        model, ct2 = build_opus_shaped(work, french[1000:] + english[1000:])
        print(f"built the random opus-mt-fr-en-shaped model and its int8 conversion in {time.perf_counter() - t0:.0f} s")
        lengths = _output_lengths(model, ct2, sentences[:16], args.length)
        assert lengths == {args.length}, f"outputs are not all {args.length} tokens long: {lengths}"
        print(f"every output is {args.length} tokens long (checked on 16 sentences, both model formats)")
        inputs = work / "sentences.txt"
        inputs.write_text("\n".join(sentences), encoding="utf-8")
        cache = work / "cache"
        variants = [
            ("a", "transformers, one sentence at a time", model),
            ("b", "mtcheck transformers backend, batched", model),
            ("c", "mtcheck ctranslate2 backend, int8", ct2),
            ("d", "mtcheck, fully cached rerun of (b)", model),
            ("e", "mtcheck ctranslate2 backend, Ray actors", ct2),
            ("f", "mtcheck transformers backend, Ray actors", model),
        ]
        results = {}
        for key, label, path in variants:
            out = subprocess.run(
                [sys.executable, __file__, "--worker", key, "--model", str(path), "--input", str(inputs),
                 "--cache", str(cache), "--length", str(args.length)],
                capture_output=True, text=True,
            )
            if out.returncode:
                sys.exit(f"variant ({key}) failed:\n{out.stderr[-3000:]}")
            results[key] = json.loads(out.stdout.strip().splitlines()[-1])
            r = results[key]
            print(f"({key}) {label:<42} {r['seconds']:9.3f} s  {len(sentences) / r['seconds']:9.1f} sentences/s"
                  f"  peak {r['peak_mib']:6.0f} MiB")
    a, b, c, d, e, f = (results[k]["seconds"] for k in "abcdef")
    print(f"\n(b) vs (a): {a / b:.1f}x  (target >= 3)")
    print(f"(e) vs (c): {c / e:.2f}x, (f) vs (b): {b / f:.2f}x  (Ray's actors against one engine on every core)")
    print(f"(c) vs (b): {b / c:.1f}x  (target >= 1.5)")
    print(f"(d) vs (b): {b / d:.0f}x  (target >= 50)")


def build_opus_shaped(work: Path, texts: list[str]) -> tuple[Path, Path]:
    """A random model with opus-mt-fr-en's shape (end token biased away) and its int8 CTranslate2 conversion."""
    from tests.marian_factory import build_marian

    model = build_marian(work / "opus-mt-fr-en-shape", texts, pieces=8000, max_length=512, suppress_eos=True,
                         **OPUS_MT_FR_EN)
    ct2 = work / "ct2"
    subprocess.run([sys.executable, "-m", "mtcheck", "model", "convert", str(model), str(ct2)], check=True,
                   capture_output=True)
    return model, ct2


def _work(variant: str, model: Path, inputs: Path, cache: str, length: int) -> dict[str, object]:
    """Run one variant in this process; seconds include loading the model."""
    texts = inputs.read_text(encoding="utf-8").splitlines()
    if variant == "a":
        from transformers.utils import logging

        logging.set_verbosity_error()
        t0 = time.perf_counter()
        translate = _one_at_a_time(model)
        outputs = [translate(t, length) for t in texts]
        seconds = time.perf_counter() - t0
    else:
        from mtcheck.mt import BackTranslator, Decoding
        from mtcheck.mt.cache import TranslationCache

        t0 = time.perf_counter()
        pool = None
        if variant in "ef":
            from mtcheck.workers import RayPool

            pool = RayPool(None)
        engine = BackTranslator(str(model), decoding=Decoding(max_length=length),
                                cache=None if variant in "cef" else TranslationCache(Path(cache)),
                                engine_factory=pool.engine_factory() if pool else None)
        outputs = [t.text for t in engine.translate(texts)]
        seconds = time.perf_counter() - t0
        if variant == "d":
            assert engine.counts.translated == 0, "the rerun was not fully cached"
        if pool is not None:
            pool.close()
    return {"seconds": round(seconds, 4), "peak_mib": _peak_mib(), "n": len(outputs)}


def _peak_mib() -> int:
    """This process's peak resident memory. ``VmHWM`` belongs to the process image, so unlike
    ``ru_maxrss`` it does not inherit the parent's peak across fork and exec."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024)
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def _one_at_a_time(model: Path):  # type: ignore[no-untyped-def]
    """``pipeline("translation")`` where transformers still has it (4.x); in 5.x, which removed it,
    the loop it ran: tokenize one sentence, ``generate``, decode (no pipeline overhead, so a
    stricter baseline)."""
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer
    from transformers.pipelines import SUPPORTED_TASKS

    if "translation" in SUPPORTED_TASKS:
        from transformers import pipeline

        pipe = pipeline("translation", model=str(model), device="cpu")
        return lambda text, n: pipe(text, max_new_tokens=n, num_beams=1, do_sample=False)[0]["translation_text"]
    tokenizer = AutoTokenizer.from_pretrained(model)
    seq2seq = AutoModelForSeq2SeqLM.from_pretrained(model).eval()

    def translate(text: str, n: int) -> str:
        ids = seq2seq.generate(**tokenizer([text], return_tensors="pt"), max_new_tokens=n, num_beams=1, do_sample=False)
        return str(tokenizer.decode(ids[0], skip_special_tokens=True))

    return translate


def _output_lengths(model: Path, ct2: Path, texts: list[str], length: int) -> set[int]:
    """Tokens generated per sentence by both model formats: the end-token bias must make it ``length``."""
    import ctranslate2
    import sentencepiece
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(model)
    seq2seq = AutoModelForSeq2SeqLM.from_pretrained(model)
    ids = seq2seq.generate(**tokenizer(texts, return_tensors="pt", padding=True), max_new_tokens=length, num_beams=1)
    lengths = {int((row != seq2seq.config.pad_token_id).sum()) for row in ids}  # the start token is the pad id
    pieces = sentencepiece.SentencePieceProcessor(model_file=str(ct2 / "source.spm"))
    results = ctranslate2.Translator(str(ct2)).translate_batch(
        [pieces.encode(t, out_type=str) + ["</s>"] for t in texts], beam_size=1, max_decoding_length=length)
    return lengths | {len(r.hypotheses[0]) for r in results}


if __name__ == "__main__":
    main()
