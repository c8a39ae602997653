"""Write a tiny random-weight llama model in the Hugging Face / MLX folder layout, for tests.

``config.json``, ``model.safetensors`` (float16, Hugging Face tensor names) and a real byte-level BPE
tokenizer (``tokenizer.json`` + ``tokenizer_config.json`` with a ChatML chat template). ``mlx_lm.load``
loads it and ``mlx_lm.convert`` quantizes it. Dimensions are multiples of 64, mlx's default group size.
"""

from __future__ import annotations

import json
import os
import pathlib

import numpy as np

from tests.support.tiny_gguf import BOS_TOKEN, CHATML_TEMPLATE, IM_END, IM_START, train_tiny_vocab


def _tokenizer_json(vocab_size: int) -> str:
    """A byte-level BPE ``tokenizer.json`` with the vocabulary ``train_tiny_vocab`` trains."""
    from tokenizers import AddedToken, Tokenizer, decoders, models, pre_tokenizers

    vocab = train_tiny_vocab(vocab_size)
    merges = [(a, b) for a, b in (m.split(" ", 1) for m in vocab.merges)]
    tokenizer = Tokenizer(models.BPE(vocab={t: i for i, t in enumerate(vocab.tokens)}, merges=merges))
    tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tokenizer.decoder = decoders.ByteLevel()
    specials = [t for t, kind in zip(vocab.tokens, vocab.token_types, strict=True) if kind == 3]
    tokenizer.add_special_tokens([AddedToken(t, special=True, normalized=False) for t in specials])
    return str(tokenizer.to_str())


def write_tiny_mlx_model(
    folder: str | os.PathLike[str],
    *,
    hidden_size: int = 128,
    n_layer: int = 2,
    n_head: int = 4,
    n_head_kv: int = 2,
    intermediate_size: int = 256,
    vocab_size: int = 1024,
    seed: int = 0,
) -> pathlib.Path:
    """Write the model folder at ``folder`` (created) and return its path. Deterministic for a given seed."""
    from safetensors.numpy import save_file

    out = pathlib.Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    vocab = train_tiny_vocab(vocab_size)
    head_dim = hidden_size // n_head
    rng = np.random.RandomState(seed)

    def matrix(rows: int, cols: int) -> np.ndarray:
        return (rng.standard_normal((rows, cols)) * 0.02).astype(np.float16)

    tensors: dict[str, np.ndarray] = {"model.embed_tokens.weight": matrix(vocab_size, hidden_size)}
    for i in range(n_layer):
        p = f"model.layers.{i}."
        tensors[p + "input_layernorm.weight"] = np.ones(hidden_size, np.float16)
        tensors[p + "post_attention_layernorm.weight"] = np.ones(hidden_size, np.float16)
        tensors[p + "self_attn.q_proj.weight"] = matrix(n_head * head_dim, hidden_size)
        tensors[p + "self_attn.k_proj.weight"] = matrix(n_head_kv * head_dim, hidden_size)
        tensors[p + "self_attn.v_proj.weight"] = matrix(n_head_kv * head_dim, hidden_size)
        tensors[p + "self_attn.o_proj.weight"] = matrix(hidden_size, n_head * head_dim)
        tensors[p + "mlp.gate_proj.weight"] = matrix(intermediate_size, hidden_size)
        tensors[p + "mlp.up_proj.weight"] = matrix(intermediate_size, hidden_size)
        tensors[p + "mlp.down_proj.weight"] = matrix(hidden_size, intermediate_size)
    tensors["model.norm.weight"] = np.ones(hidden_size, np.float16)
    lm_head = matrix(vocab_size, hidden_size)
    lm_head[[i for i, kind in enumerate(vocab.token_types) if kind == 3]] = 0  # as in tiny_gguf: no early stop
    tensors["lm_head.weight"] = lm_head
    save_file(tensors, str(out / "model.safetensors"), metadata={"format": "mlx"})

    config = {
        "architectures": ["LlamaForCausalLM"],
        "model_type": "llama",
        "hidden_size": hidden_size,
        "num_hidden_layers": n_layer,
        "num_attention_heads": n_head,
        "num_key_value_heads": n_head_kv,
        "intermediate_size": intermediate_size,
        "vocab_size": vocab_size,
        "rms_norm_eps": 1e-5,
        "rope_theta": 10000.0,
        "max_position_embeddings": 512,
        "tie_word_embeddings": False,
        "bos_token_id": vocab.token_id(BOS_TOKEN),
        "eos_token_id": vocab.token_id(IM_END),
        "torch_dtype": "float16",
    }
    (out / "config.json").write_text(json.dumps(config, indent=2))
    (out / "tokenizer.json").write_text(_tokenizer_json(vocab_size))
    tokenizer_config = {
        "tokenizer_class": "PreTrainedTokenizerFast",
        "bos_token": BOS_TOKEN,
        "eos_token": IM_END,
        "pad_token": BOS_TOKEN,
        "unk_token": None,
        "add_bos_token": False,
        "chat_template": CHATML_TEMPLATE,
        "model_max_length": 512,
        "additional_special_tokens": [IM_START, IM_END],
    }
    (out / "tokenizer_config.json").write_text(json.dumps(tokenizer_config, indent=2))
    (out / "generation_config.json").write_text(json.dumps({"eos_token_id": vocab.token_id(IM_END)}))
    return out
