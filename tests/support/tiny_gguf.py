"""Write a tiny random-weight llama GGUF with a real byte-level BPE vocabulary, for tests.

The model is nonsense (random weights) but structurally valid: llama.cpp loads it, tokenizes with it,
generates from it and applies its ChatML chat template. Everything is deterministic for a given seed.
"""

from __future__ import annotations

import functools
import json
import os
import pathlib
from dataclasses import dataclass

import numpy as np

BOS_TOKEN = "<|endoftext|>"
IM_START = "<|im_start|>"
IM_END = "<|im_end|>"
SPECIAL_TOKENS: tuple[str, ...] = (BOS_TOKEN, IM_START, IM_END)

CHATML_TEMPLATE = (
    "{% for message in messages %}"
    "{{ '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n' }}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}"
)

_FILE_TYPES = {"f32": 0, "f16": 1}  # gguf.LlamaFileType.ALL_F32 / MOSTLY_F16
_TOKEN_NORMAL = 1  # gguf.TokenType.NORMAL
_TOKEN_CONTROL = 3  # gguf.TokenType.CONTROL


@dataclass(frozen=True)
class TinyVocab:
    """A trained byte-level BPE vocabulary in GGUF form: tokens by id, their types, and merges."""

    tokens: tuple[str, ...]
    token_types: tuple[int, ...]
    merges: tuple[str, ...]

    def token_id(self, token: str) -> int:
        """Return the id of ``token``."""
        return self.tokens.index(token)


def _corpus() -> str:
    """English prose that ships with Python: the pydoc topic help texts."""
    from pydoc_data.topics import topics

    return "\n\n".join(topics[key] for key in sorted(topics))


@functools.lru_cache(maxsize=8)
def train_tiny_vocab(vocab_size: int = 1024) -> TinyVocab:
    """Train (once per process and size) a GPT-2 style byte-level BPE vocabulary of ``vocab_size`` tokens."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

    alphabet = pre_tokenizers.ByteLevel.alphabet()
    if vocab_size < len(alphabet) + len(SPECIAL_TOKENS):
        raise ValueError(f"vocab_size must be at least {len(alphabet) + len(SPECIAL_TOKENS)}, got {vocab_size}")
    tokenizer = Tokenizer(models.BPE())
    tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tokenizer.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=list(SPECIAL_TOKENS),
        initial_alphabet=alphabet,
        show_progress=False,
    )
    tokenizer.train_from_iterator([_corpus()], trainer=trainer)

    model = json.loads(tokenizer.to_str())["model"]
    by_id = sorted(model["vocab"].items(), key=lambda item: item[1])
    if [i for _, i in by_id] != list(range(len(by_id))):
        raise RuntimeError("trained vocabulary ids are not contiguous")
    tokens = [token for token, _ in by_id]
    # A small corpus can run out of merges before reaching vocab_size: pad with unused control tokens.
    tokens += [f"<|reserved_{i}|>" for i in range(vocab_size - len(tokens))]
    special = set(SPECIAL_TOKENS) | {t for t in tokens if t.startswith("<|reserved_")}
    types = [_TOKEN_CONTROL if t in special else _TOKEN_NORMAL for t in tokens]
    merges = [m if isinstance(m, str) else " ".join(m) for m in model["merges"]]
    return TinyVocab(tuple(tokens), tuple(types), tuple(merges))


def write_tiny_llama_gguf(
    path: str | os.PathLike[str],
    *,
    n_embd: int = 256,
    n_layer: int = 2,
    n_head: int = 4,
    n_head_kv: int = 2,
    n_ff: int = 512,
    n_ctx: int = 512,
    vocab_size: int = 1024,
    seed: int = 0,
    dtype: str = "f16",
    name: str = "Tiny Llama",
    license: str = "apache-2.0",  # noqa: A002 - the GGUF key's name
    split_max_tensors: int = 0,
    chat_template: str | None = None,
) -> pathlib.Path:
    """Write a tiny random-weight llama GGUF at ``path`` and return the path.

    ``dtype`` is ``"f16"`` or ``"f32"`` for the matrices (norms are always F32). ``name`` and ``license``
    go into ``general.name`` and ``general.license`` as given. With ``split_max_tensors``
    the model is split like llama.cpp's ``gguf-split`` does (``NAME-00001-of-0000N.gguf``, at most that many
    tensors per part) and the first part's path is returned. Weights are normal with
    std 0.02 from ``numpy.random.RandomState(seed)``, so the file is byte-for-byte deterministic.
    """
    import gguf

    if dtype not in _FILE_TYPES:
        raise ValueError(f"dtype must be one of {sorted(_FILE_TYPES)}, got {dtype!r}")
    if n_embd % n_head or n_head % n_head_kv:
        raise ValueError("n_embd must divide by n_head, and n_head by n_head_kv")
    head_dim = n_embd // n_head
    n_embd_kv = head_dim * n_head_kv
    vocab = train_tiny_vocab(vocab_size)
    out = pathlib.Path(path)

    writer = gguf.GGUFWriter(str(out), "llama", split_max_tensors=split_max_tensors)
    writer.add_name(name)
    writer.add_license(license)
    writer.add_file_type(_FILE_TYPES[dtype])
    writer.add_context_length(n_ctx)
    writer.add_embedding_length(n_embd)
    writer.add_block_count(n_layer)
    writer.add_feed_forward_length(n_ff)
    writer.add_head_count(n_head)
    writer.add_head_count_kv(n_head_kv)
    writer.add_layer_norm_rms_eps(1e-5)
    writer.add_rope_dimension_count(head_dim)
    writer.add_rope_freq_base(10000.0)
    writer.add_vocab_size(vocab_size)

    writer.add_tokenizer_model("gpt2")
    writer.add_tokenizer_pre("gpt-2")
    writer.add_token_list(list(vocab.tokens))
    writer.add_token_types(list(vocab.token_types))
    writer.add_token_merges(list(vocab.merges))
    writer.add_bos_token_id(vocab.token_id(BOS_TOKEN))
    writer.add_eos_token_id(vocab.token_id(IM_END))
    writer.add_pad_token_id(vocab.token_id(BOS_TOKEN))
    writer.add_add_bos_token(False)
    writer.add_chat_template(CHATML_TEMPLATE if chat_template is None else chat_template)

    rng = np.random.RandomState(seed)
    wtype = np.float16 if dtype == "f16" else np.float32

    def matrix(rows: int, cols: int) -> np.ndarray:
        """A (rows, cols) weight, i.e. ``rows`` output features of row length ``cols``."""
        return (rng.standard_normal((rows, cols)) * 0.02).astype(wtype)

    def norm() -> np.ndarray:
        return np.ones(n_embd, dtype=np.float32)

    writer.add_tensor("token_embd.weight", matrix(vocab_size, n_embd))
    for i in range(n_layer):
        writer.add_tensor(f"blk.{i}.attn_norm.weight", norm())
        writer.add_tensor(f"blk.{i}.attn_q.weight", matrix(n_embd, n_embd))
        writer.add_tensor(f"blk.{i}.attn_k.weight", matrix(n_embd_kv, n_embd))
        writer.add_tensor(f"blk.{i}.attn_v.weight", matrix(n_embd_kv, n_embd))
        writer.add_tensor(f"blk.{i}.attn_output.weight", matrix(n_embd, n_embd))
        writer.add_tensor(f"blk.{i}.ffn_norm.weight", norm())
        writer.add_tensor(f"blk.{i}.ffn_gate.weight", matrix(n_ff, n_embd))
        writer.add_tensor(f"blk.{i}.ffn_up.weight", matrix(n_ff, n_embd))
        writer.add_tensor(f"blk.{i}.ffn_down.weight", matrix(n_embd, n_ff))
    writer.add_tensor("output_norm.weight", norm())
    output = matrix(vocab_size, n_embd)
    # Zero the output rows of control tokens: their logit is then 0 while normal tokens' logits spread around 0,
    # so greedy decoding never stops at once on EOS and never emits a control token.
    output[[i for i, t in enumerate(vocab.token_types) if t == _TOKEN_CONTROL]] = 0
    writer.add_tensor("output.weight", output)

    try:
        writer.write_header_to_file()
        writer.write_kv_data_to_file()
        writer.write_tensors_to_file()
    finally:
        writer.close()
    if split_max_tensors:
        parts = writer.format_shard_names(out)
        return parts[0]
    return out
