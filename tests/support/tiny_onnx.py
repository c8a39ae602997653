"""Write a tiny ONNX Runtime GenAI model folder from a tiny llama GGUF's own weights and vocabulary, for tests.

The folder has the layout onnxruntime-genai's model builder writes: ``genai_config.json``, ``model.onnx`` with its
weights in ``model.onnx.data``, and a Hugging Face tokenizer (``tokenizer.json``, ``tokenizer_config.json`` with
the ChatML chat template). The decoder graph is written directly with the ``onnx`` package in standard operators
(plus ``MatMulNBits`` for the int4 variant), with the inputs and outputs the runtime feeds a decoder:
``input_ids``, ``attention_mask``, ``position_ids``, ``past_key_values.N.key/value`` in, ``logits`` and
``present.N.key/value`` out.

It computes what llama.cpp computes on the GGUF: RMS norm, rotary embedding on adjacent pairs (llama.cpp's
"normal" rope, which is how GGUF stores llama's query and key weights), grouped-query attention, SwiGLU. So the
same weights give the same greedy tokens (F32 here; llama.cpp multiplies F16 weights in F16).
"""

from __future__ import annotations

import json
import os
import pathlib
from typing import Any

import numpy as np

from tests.support.tiny_gguf import BOS_TOKEN, CHATML_TEMPLATE, IM_END, IM_START, train_tiny_vocab
from tests.support.tiny_mlx import _tokenizer_json

PRECISIONS = ("f32", "f16", "int4")


def _field(reader: Any, key: str) -> Any:
    field = reader.fields[key]
    return field.parts[field.data[0]][0]


def quantize_rtn_int4(weight: np.ndarray, block_size: int) -> tuple[np.ndarray, np.ndarray]:
    """Round-to-nearest 4-bit quantization of a ``(N, K)`` weight the way ``MatMulNBits`` stores it: per output row,
    blocks of ``block_size`` inputs, one float scale each, zero point 8; two values a byte, low nibble first.
    Returns the packed ``(N, K / block_size, block_size / 2)`` bytes and the ``(N * K / block_size,)`` scales."""
    n, k = weight.shape
    blocks = weight.astype(np.float32).reshape(n, k // block_size, block_size)
    scales = np.abs(blocks).max(axis=-1) / 7.0
    scales[scales == 0] = 1.0
    q = np.clip(np.rint(blocks / scales[..., None]) + 8, 0, 15).astype(np.uint8)
    packed = (q[..., 0::2] | (q[..., 1::2] << 4)).astype(np.uint8)
    return packed, scales.reshape(-1).astype(np.float32)


def write_tiny_onnx_model(
    folder: str | os.PathLike[str],
    gguf_path: str | os.PathLike[str],
    *,
    precision: str = "f32",
    block_size: int = 32,
    providers: list[dict[str, Any]] | None = None,
    chat_template: str | None = CHATML_TEMPLATE,
) -> pathlib.Path:
    """Write the ONNX GenAI folder for the tiny llama GGUF at ``gguf_path`` into ``folder`` (created); return it.

    ``precision`` is ``f32`` (float32 weights), ``f16`` (float16 weights cast up in the graph) or ``int4``
    (the layers' matrices RTN-quantized to ``MatMulNBits`` in blocks of ``block_size``; embedding and output stay
    float32, as the model builder leaves them on the CPU). ``providers`` go into the config's
    ``provider_options`` (``[{"cuda": {}}]``).
    """
    import gguf
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    if precision not in PRECISIONS:
        raise ValueError(f"precision must be one of {PRECISIONS}, got {precision!r}")
    reader = gguf.GGUFReader(str(gguf_path))
    weights = {t.name: np.asarray(t.data) for t in reader.tensors}
    n_embd = int(_field(reader, "llama.embedding_length"))
    n_layer = int(_field(reader, "llama.block_count"))
    n_head = int(_field(reader, "llama.attention.head_count"))
    n_head_kv = int(_field(reader, "llama.attention.head_count_kv"))
    n_ctx = int(_field(reader, "llama.context_length"))
    eps = float(_field(reader, "llama.attention.layer_norm_rms_epsilon"))
    rope_base = float(_field(reader, "llama.rope.freq_base"))
    vocab_size = weights["token_embd.weight"].shape[0]
    head = n_embd // n_head
    group = n_head // n_head_kv

    nodes: list[Any] = []
    inits: list[Any] = []

    def const(name: str, array: np.ndarray) -> str:
        inits.append(numpy_helper.from_array(array, name))
        return name

    def node(op: str, inputs: list[str], output: str, domain: str = "", **attrs: Any) -> str:
        nodes.append(helper.make_node(op, inputs, [output], name=output, domain=domain, **attrs))
        return output

    def linear(x: str, gguf_name: str, onnx_name: str) -> str:
        """``x @ W.T`` for the GGUF's ``(out, in)`` matrix ``W``."""
        w = weights[gguf_name].astype(np.float32)
        if precision == "int4" and gguf_name.startswith("blk."):
            packed, scales = quantize_rtn_int4(w, block_size)
            n, k = w.shape
            return node(
                "MatMulNBits",
                [x, const(onnx_name + ".qweight", packed), const(onnx_name + ".scales", scales)],
                onnx_name + "/out",
                domain="com.microsoft",
                K=k, N=n, bits=4, block_size=block_size, accuracy_level=0,
            )
        if precision == "f16":
            w16 = const(onnx_name + ".weight", np.ascontiguousarray(weights[gguf_name].astype(np.float16).T))
            w32 = node("Cast", [w16], onnx_name + ".weight/f32", to=TensorProto.FLOAT)
            return node("MatMul", [x, w32], onnx_name + "/out")
        return node("MatMul", [x, const(onnx_name + ".weight", np.ascontiguousarray(w.T))], onnx_name + "/out")

    def rms_norm(x: str, gguf_name: str, onnx_name: str) -> str:
        square = node("Mul", [x, x], onnx_name + "/sq")
        mean = node("ReduceMean", [square], onnx_name + "/mean", axes=[-1], keepdims=1)
        shifted = node("Add", [mean, const(onnx_name + "/eps", np.array(eps, np.float32))], onnx_name + "/add")
        inverse = node("Reciprocal", [node("Sqrt", [shifted], onnx_name + "/sqrt")], onnx_name + "/inv")
        normed = node("Mul", [x, inverse], onnx_name + "/normed")
        return node("Mul", [normed, const(onnx_name + ".weight", weights[gguf_name].astype(np.float32))],
                    onnx_name + "/out")

    shapes = {
        "heads": const("shape/heads", np.array([0, 0, n_head, head], np.int64)),
        "kv_heads": const("shape/kv_heads", np.array([0, 0, n_head_kv, head], np.int64)),
        "pairs": const("shape/pairs", np.array([0, 0, 0, head // 2, 2], np.int64)),
        "head": const("shape/head", np.array([0, 0, 0, head], np.int64)),
        "merged": const("shape/merged", np.array([0, 0, n_embd], np.int64)),
        "repeat": const("shape/repeat", np.array([1, 1, group, 1, 1], np.int64)),
        "grouped": const("shape/grouped", np.array([0, n_head, -1, head], np.int64)),
    }
    zero = const("index/0", np.array(0, np.int64))
    one = const("index/1", np.array(1, np.int64))

    # Rotary tables by position (as the model builder names them), gathered at position_ids.
    inv_freq = 1.0 / (rope_base ** (np.arange(0, head, 2, dtype=np.float64) / head))
    angles = np.outer(np.arange(n_ctx, dtype=np.float64), inv_freq)
    cos = node("Gather", [const("cos_cache", np.cos(angles).astype(np.float32)), "position_ids"], "rope/cos")
    sin = node("Gather", [const("sin_cache", np.sin(angles).astype(np.float32)), "position_ids"], "rope/sin")
    axis1 = const("axes/1", np.array([1], np.int64))
    cos = node("Unsqueeze", [cos, axis1], "rope/cos4")  # (batch, 1, seq, head/2)
    sin = node("Unsqueeze", [sin, axis1], "rope/sin4")

    # Attention bias (batch, 1, seq, total): a key is seen when it is not padding and not after the query.
    total = node("Gather", [node("Shape", ["attention_mask"], "mask/shape"), one], "mask/total")
    keys = node("Range", [zero, total, one], "mask/keys")
    later = node("Greater", [keys, node("Unsqueeze", ["position_ids", const("axes/-1", np.array([-1], np.int64))],
                                        "mask/queries")], "mask/later")
    padding = node("Equal", ["attention_mask", const("mask/zero", np.array(0, np.int64))], "mask/padding")
    padding = node("Unsqueeze", [padding, axis1], "mask/padding3")
    hidden = node("Or", [later, padding], "mask/hidden")
    bias = node("Where", [hidden, const("mask/neg", np.array(-1e9, np.float32)),
                          const("mask/pos", np.array(0.0, np.float32))], "mask/bias3")
    bias = node("Unsqueeze", [bias, axis1], "mask/bias")
    scale = const("attn/scale", np.array(1.0 / np.sqrt(head), np.float32))

    def rope(x: str, name: str) -> str:
        pairs = node("Reshape", [x, shapes["pairs"]], name + "/pairs")
        x0 = node("Gather", [pairs, zero], name + "/x0", axis=-1)
        x1 = node("Gather", [pairs, one], name + "/x1", axis=-1)
        out0 = node("Sub", [node("Mul", [x0, cos], name + "/x0cos"), node("Mul", [x1, sin], name + "/x1sin")],
                    name + "/out0")
        out1 = node("Add", [node("Mul", [x0, sin], name + "/x0sin"), node("Mul", [x1, cos], name + "/x1cos")],
                    name + "/out1")
        axis_last = const(name + "/axis", np.array([-1], np.int64))
        both = node("Concat", [node("Unsqueeze", [out0, axis_last], name + "/u0"),
                               node("Unsqueeze", [out1, axis_last], name + "/u1")], name + "/both", axis=-1)
        return node("Reshape", [both, shapes["head"]], name + "/out")

    x = node("Gather", [const("model.embed_tokens.weight", weights["token_embd.weight"].astype(np.float32)),
                        "input_ids"], "embed/out")
    inputs = [
        helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch_size", "sequence_length"]),
        helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch_size", "total_sequence_length"]),
        helper.make_tensor_value_info("position_ids", TensorProto.INT64, ["batch_size", "sequence_length"]),
    ]
    outputs = [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch_size", "sequence_length",
                                                                          vocab_size])]
    for i in range(n_layer):
        p, b = f"layers.{i}", f"blk.{i}."
        for kind in ("key", "value"):
            inputs.append(helper.make_tensor_value_info(
                f"past_key_values.{i}.{kind}", TensorProto.FLOAT,
                ["batch_size", n_head_kv, "past_sequence_length", head]))
            outputs.append(helper.make_tensor_value_info(
                f"present.{i}.{kind}", TensorProto.FLOAT,
                ["batch_size", n_head_kv, "total_sequence_length", head]))
        h = rms_norm(x, b + "attn_norm.weight", p + ".input_layernorm")
        q = node("Transpose", [node("Reshape", [linear(h, b + "attn_q.weight", p + ".attn.q_proj"), shapes["heads"]],
                                    p + "/q4")], p + "/q", perm=[0, 2, 1, 3])
        k = node("Transpose", [node("Reshape", [linear(h, b + "attn_k.weight", p + ".attn.k_proj"),
                                                shapes["kv_heads"]], p + "/k4")], p + "/k", perm=[0, 2, 1, 3])
        v = node("Transpose", [node("Reshape", [linear(h, b + "attn_v.weight", p + ".attn.v_proj"),
                                                shapes["kv_heads"]], p + "/v4")], p + "/v", perm=[0, 2, 1, 3])
        q, k = rope(q, p + "/rope_q"), rope(k, p + "/rope_k")
        keys_all = node("Concat", [f"past_key_values.{i}.key", k], f"present.{i}.key", axis=2)
        values_all = node("Concat", [f"past_key_values.{i}.value", v], f"present.{i}.value", axis=2)

        def grouped(t: str, name: str) -> str:
            expanded = node("Expand", [node("Unsqueeze", [t, const(name + "/axis", np.array([2], np.int64))],
                                            name + "/u"), shapes["repeat"]], name + "/e")
            return node("Reshape", [expanded, shapes["grouped"]], name)

        kk = node("Transpose", [grouped(keys_all, p + "/kg")], p + "/kt", perm=[0, 1, 3, 2])
        scores = node("Add", [node("Mul", [node("MatMul", [q, kk], p + "/qk"), scale], p + "/scaled"), bias],
                      p + "/scores")
        probs = node("Softmax", [scores], p + "/probs", axis=-1)
        attn = node("MatMul", [probs, grouped(values_all, p + "/vg")], p + "/attn")
        attn = node("Reshape", [node("Transpose", [attn], p + "/attn_t", perm=[0, 2, 1, 3]), shapes["merged"]],
                    p + "/attn_m")
        x = node("Add", [x, linear(attn, b + "attn_output.weight", p + ".attn.o_proj")], p + "/resid1")
        h = rms_norm(x, b + "ffn_norm.weight", p + ".post_attention_layernorm")
        gate = linear(h, b + "ffn_gate.weight", p + ".mlp.gate_proj")
        silu = node("Mul", [gate, node("Sigmoid", [gate], p + "/sig")], p + "/silu")
        up = linear(h, b + "ffn_up.weight", p + ".mlp.up_proj")
        x = node("Add", [x, linear(node("Mul", [silu, up], p + "/swiglu"), b + "ffn_down.weight",
                                   p + ".mlp.down_proj")], p + "/resid2")
    h = rms_norm(x, "output_norm.weight", "norm")
    node("MatMul", [h, const("lm_head.weight", np.ascontiguousarray(weights["output.weight"].astype(np.float32).T))],
         "logits")

    graph = helper.make_graph(nodes, "tiny-llama", inputs, outputs, inits)
    opsets = [helper.make_opsetid("", 17)]
    if precision == "int4":
        opsets.append(helper.make_opsetid("com.microsoft", 1))
    model = helper.make_model(graph, opset_imports=opsets, producer_name="tiny-onnx-test-writer")
    model.ir_version = 8
    onnx.checker.check_model(model)

    out = pathlib.Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    (out / "model.onnx.data").unlink(missing_ok=True)  # onnx appends to an existing weights file
    onnx.save_model(model, str(out / "model.onnx"), save_as_external_data=True, all_tensors_to_one_file=True,
                    location="model.onnx.data", size_threshold=1024)

    vocab = train_tiny_vocab(vocab_size)
    bos, eos = vocab.token_id(BOS_TOKEN), vocab.token_id(IM_END)
    config = {
        "model": {
            "bos_token_id": bos,
            "context_length": n_ctx,
            "decoder": {
                "session_options": {"log_id": "onnxruntime-genai", "provider_options": providers or []},
                "filename": "model.onnx",
                "head_size": head,
                "hidden_size": n_embd,
                "inputs": {
                    "input_ids": "input_ids",
                    "attention_mask": "attention_mask",
                    "position_ids": "position_ids",
                    "past_key_names": "past_key_values.%d.key",
                    "past_value_names": "past_key_values.%d.value",
                },
                "outputs": {
                    "logits": "logits",
                    "present_key_names": "present.%d.key",
                    "present_value_names": "present.%d.value",
                },
                "num_attention_heads": n_head,
                "num_hidden_layers": n_layer,
                "num_key_value_heads": n_head_kv,
            },
            "eos_token_id": eos,
            "pad_token_id": bos,
            "type": "llama",
            "vocab_size": vocab_size,
        },
        "search": {
            "diversity_penalty": 0.0,
            "do_sample": False,
            "early_stopping": True,
            "length_penalty": 1.0,
            "max_length": n_ctx,
            "min_length": 0,
            "no_repeat_ngram_size": 0,
            "num_beams": 1,
            "num_return_sequences": 1,
            "past_present_share_buffer": False,
            "repetition_penalty": 1.0,
            "temperature": 1.0,
            "top_k": 1,
            "top_p": 1.0,
        },
    }
    (out / "genai_config.json").write_text(json.dumps(config, indent=4))
    (out / "tokenizer.json").write_text(_tokenizer_json(vocab_size))
    tokenizer_config: dict[str, Any] = {
        "tokenizer_class": "GPT2Tokenizer",
        "bos_token": BOS_TOKEN,
        "eos_token": IM_END,
        "pad_token": BOS_TOKEN,
        "unk_token": None,
        "add_bos_token": False,
        "model_max_length": n_ctx,
        "additional_special_tokens": [IM_START, IM_END],
    }
    if chat_template is not None:
        tokenizer_config["chat_template"] = chat_template
    (out / "tokenizer_config.json").write_text(json.dumps(tokenizer_config, indent=2))
    return out
