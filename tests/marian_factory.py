"""Build a Marian model with random weights, for tests and benchmarks that need a real model's shape.

Nothing here is a translation model: the weights are random, so the output is gibberish. What is
real is everything around it: a sentencepiece vocabulary trained on the fly from the given text,
the files transformers' ``MarianTokenizer`` reads (``source.spm``, ``target.spm``,
``vocab.json``), a ``MarianMTModel`` saved with ``save_pretrained``, so mtcheck's loading,
batching, conversion and caching code runs exactly as it does on an OPUS-MT download.
"""

from __future__ import annotations

import io
import json
import warnings
from collections.abc import Iterable
from pathlib import Path


def build_marian(
    directory: Path,
    texts: Iterable[str],
    *,
    pieces: int = 400,
    vocab_size: int | None = None,
    d_model: int = 32,
    layers: int = 1,
    heads: int = 2,
    ffn: int = 64,
    max_length: int = 24,
    seed: int = 0,
    suppress_eos: bool = False,
) -> Path:
    """Write a random Marian model to ``directory`` and return it.

    ``pieces`` is the size of the trained sentencepiece vocabulary; ``vocab_size`` pads the model's
    vocabulary with unused entries up to that size (opus-mt-fr-en has 59,514), so a benchmark pays
    for a full-size output layer without training a full-size vocabulary. ``max_length`` goes into
    the generation config, as it does in OPUS-MT models (there: 512).
    """
    import sentencepiece as spm
    import torch
    from transformers import GenerationConfig, MarianConfig, MarianMTModel, MarianTokenizer

    directory.mkdir(parents=True, exist_ok=True)
    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(list(texts)), model_writer=model, vocab_size=pieces, model_type="unigram",
        character_coverage=1.0, bos_id=-1, eos_id=-1, unk_id=0, hard_vocab_limit=False, minloglevel=2,
    )
    for name in ("source.spm", "target.spm"):
        (directory / name).write_bytes(model.getvalue())
    sp = spm.SentencePieceProcessor(model_proto=model.getvalue())
    vocab = {"</s>": 0, "<unk>": 1}
    for i in range(sp.get_piece_size()):
        vocab.setdefault(sp.id_to_piece(i), len(vocab))
    for i in range(len(vocab), (vocab_size or 0) - 1):
        vocab[f"<unused{i}>"] = i
    vocab["<pad>"] = len(vocab)
    (directory / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    size, pad = len(vocab), len(vocab) - 1
    config = MarianConfig(
        vocab_size=size, d_model=d_model, encoder_layers=layers, decoder_layers=layers,
        encoder_attention_heads=heads, decoder_attention_heads=heads, encoder_ffn_dim=ffn, decoder_ffn_dim=ffn,
        max_position_embeddings=512, pad_token_id=pad, eos_token_id=0, decoder_start_token_id=pad,
    )
    torch.manual_seed(seed)
    marian = MarianMTModel(config).eval()
    if suppress_eos:
        marian.final_logits_bias[0, 0] = -1e4
    marian.generation_config = GenerationConfig(
        max_length=max_length, num_beams=1, pad_token_id=pad, eos_token_id=0, decoder_start_token_id=pad,
        bad_words_ids=[[pad]],
    )
    marian.save_pretrained(directory)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "install sacremoses": advice, not a problem
        MarianTokenizer(
            source_spm=str(directory / "source.spm"), target_spm=str(directory / "target.spm"),
            vocab=str(directory / "vocab.json"),
        ).save_pretrained(directory)
    return directory
