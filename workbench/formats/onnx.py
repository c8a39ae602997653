"""ONNX Runtime GenAI folders (``genai_config.json``, the ONNX graph and its weights, a tokenizer), as Olive, the
runtime's model builder and Foundry Local write them: read without loading them.

The graph is read with a small protobuf walker (no ``onnx`` package, no runtime): the initializers' names, types,
shapes and where their data lives, and the ``MatMulNBits`` nodes that hold quantized weights (bits, block size).
Weights stored inline are skipped over, never read.
"""

from __future__ import annotations

import dataclasses
import importlib.metadata
import importlib.util
import json
import math
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from workbench.errors import ModelNotFound, NotAModelFile, TruncatedModel
from workbench.formats.base import IncompleteFile, ModelDescription, ModelFormat
from workbench.i18n import format_integer, tr
from workbench.memory import RUNTIME_BYTES, MemoryEstimate, kv_cache_bytes
from workbench.model_info import format_bytes, format_count

CONFIG_NAME = "genai_config.json"
TOKENIZER_FILES = ("tokenizer.json", "tokenizer.model")
MAX_CONFIG_BYTES = 1_000_000
"""A real genai_config.json is a few kilobytes; a larger one is not read."""
MAX_GRAPH_FIELDS = 5_000_000
"""Protobuf fields the walker reads in one graph before it gives up (a real decoder has tens of thousands)."""

# ONNX TensorProto data types: (name, bits per element)
ONNX_TYPES: dict[int, tuple[str, int]] = {
    1: ("F32", 32), 2: ("U8", 8), 3: ("I8", 8), 4: ("U16", 16), 5: ("I16", 16), 6: ("I32", 32), 7: ("I64", 64),
    9: ("BOOL", 8), 10: ("F16", 16), 11: ("F64", 64), 12: ("U32", 32), 13: ("U64", 64), 16: ("BF16", 16),
    17: ("F8", 8), 18: ("F8", 8), 19: ("F8", 8), 20: ("F8", 8), 21: ("U4", 4), 22: ("I4", 4),
}
FLOAT_TYPES = {"F32", "F16", "BF16", "F64", "F8"}
ROTARY_TABLES = frozenset({"cos_cache", "sin_cache"})
"""The model builder's rotary-embedding tables: computed, not learned weights."""

EXECUTION_PROVIDERS: dict[str, str] = {
    "cpu": "CPU", "cuda": "CUDA", "dml": "DirectML", "qnn": "QNN (NPU)", "openvino": "OpenVINO",
    "webgpu": "WebGPU", "NvTensorRtRtx": "TensorRT RTX", "vitisai": "Vitis AI (NPU)", "coreml": "Core ML",
}
"""The execution providers a genai_config.json can name, as a person knows them."""

PROVIDER_PACKAGES: dict[str, tuple[str, ...]] = {
    "onnxruntime-genai": ("cpu",),
    "onnxruntime-genai-cuda": ("cuda", "cpu"),
    "onnxruntime-genai-directml": ("dml", "cpu"),
    "onnxruntime-genai-qnn": ("qnn", "cpu"),
    "onnxruntime-genai-openvino": ("openvino", "cpu"),
    "onnxruntime-genai-winml": ("dml", "qnn", "openvino", "cpu"),
}
"""The execution providers each build of onnxruntime-genai brings (every build runs on the CPU too)."""


ONNX_RUNTIME_BYTES = RUNTIME_BYTES + 16 * 1024 * 1024
"""The engine process with onnxruntime's libraries loaded, before any model: measured on the tiny test models, the
engine holds about 16 MiB more than with llama.cpp besides the weights, the KV cache and the logits."""


# -- the graph ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Initializer:
    """One weight tensor of the graph: its name, element type, shape, and the file its data is in ("" inline)."""

    name: str
    dtype: str
    dims: tuple[int, ...]
    location: str = ""
    offset: int = 0
    length: int = -1

    @property
    def count(self) -> int:
        return math.prod(self.dims) if self.dims else 1


@dataclass(frozen=True)
class QuantizedMatMul:
    """A ``MatMulNBits`` node: its packed weight, scales and zero points by name, and its attributes."""

    weight: str
    scales: str
    zero_points: str
    k: int
    n: int
    bits: int
    block_size: int
    accuracy_level: int


@dataclass(frozen=True)
class GraphSummary:
    """What an ONNX graph holds, read without loading it."""

    producer: str = ""
    initializers: tuple[Initializer, ...] = ()
    quantized: tuple[QuantizedMatMul, ...] = ()
    operators: frozenset[str] = frozenset()
    input_types: tuple[tuple[str, str], ...] = ()
    """The graph's inputs and their element types (``past_key_values.0.key``, ``F16``)."""

    @property
    def cache_type(self) -> str:
        """The element type of the KV cache the graph takes (``F16``, ``F32``), or "" when it names none."""
        return next((t for name, t in self.input_types if name.startswith("past")), "")

    @property
    def external_files(self) -> frozenset[str]:
        return frozenset(i.location for i in self.initializers if i.location)


class _Reader:
    """Protobuf wire format over a file, bounded by an end offset; length-delimited fields not wanted are skipped
    with a seek."""

    def __init__(self, f: BinaryIO, end: int) -> None:
        self.f = f
        self.end = end
        self.fields = 0

    def varint(self) -> int:
        shift = result = 0
        while True:
            byte = self.f.read(1)
            if not byte:
                raise ValueError(tr("Model file", "the graph file ends in the middle of a value"))
            result |= (byte[0] & 0x7F) << shift
            if not byte[0] & 0x80:
                return result
            shift += 7
            if shift > 70:
                raise ValueError(tr("Model file", "the graph file has a damaged number"))

    def fields_until(self, end: int) -> Iterable[tuple[int, int, int]]:
        """(field number, wire type, value: a varint's value, or a length-delimited field's length)."""
        while self.f.tell() < end:
            self.fields += 1
            if self.fields > MAX_GRAPH_FIELDS:
                raise ValueError(tr("Model file", "the graph is far larger than any language model's"))
            key = self.varint()
            number, wire = key >> 3, key & 7
            if wire == 0:
                yield number, wire, self.varint()
            elif wire == 2:
                length = self.varint()
                if self.f.tell() + length > end:
                    raise IncompleteFile(tr("Model file", "the graph file is cut off (an interrupted download?)"))
                yield number, wire, length
            elif wire == 1:
                self.f.seek(8, os.SEEK_CUR)
            elif wire == 5:
                self.f.seek(4, os.SEEK_CUR)
            else:
                raise ValueError(tr("Model file", "the graph file is damaged (not an ONNX model)"))

    def skip(self, length: int) -> None:
        self.f.seek(length, os.SEEK_CUR)

    def text(self, length: int, limit: int = 4096) -> str:
        if length > limit:
            self.skip(length)
            return ""
        return self.f.read(length).decode("utf-8", errors="replace")

    def packed_varints(self, length: int) -> list[int]:
        stop = self.f.tell() + length
        values = []
        while self.f.tell() < stop:
            values.append(self.varint())
        return values


def read_graph(path: str | os.PathLike[str]) -> GraphSummary:
    """The initializers and quantized matrix products of the ONNX model at ``path``; ``ValueError`` with a reason
    when the file is not a readable ONNX model (``OSError`` when it cannot be opened)."""
    with open(path, "rb") as f:
        size = f.seek(0, os.SEEK_END)
        f.seek(0)
        r = _Reader(f, size)
        producer = ""
        summary: GraphSummary | None = None
        for number, wire, value in r.fields_until(size):
            if number == 2 and wire == 2:  # ModelProto.producer_name
                producer = r.text(value, 200)
            elif number == 7 and wire == 2:  # ModelProto.graph
                summary = _read_graph_proto(r, f.tell() + value)
            elif wire == 2:
                r.skip(value)
        if summary is None:
            raise ValueError(tr("Model file", "the graph file holds no graph (not an ONNX model)"))
    return dataclasses.replace(summary, producer=producer)


def _read_graph_proto(r: _Reader, end: int) -> GraphSummary:
    initializers: list[Initializer] = []
    quantized: list[QuantizedMatMul] = []
    operators: set[str] = set()
    inputs: list[tuple[str, str]] = []
    for number, wire, value in r.fields_until(end):
        if number == 1 and wire == 2:  # GraphProto.node
            op, node_inputs, attrs = _read_node(r, r.f.tell() + value)
            operators.add(op)
            if op == "MatMulNBits" and len(node_inputs) >= 3:
                quantized.append(QuantizedMatMul(
                    weight=node_inputs[1], scales=node_inputs[2],
                    zero_points=node_inputs[3] if len(node_inputs) > 3 else "",
                    k=attrs.get("K", 0), n=attrs.get("N", 0), bits=attrs.get("bits", 4),
                    block_size=attrs.get("block_size", 0), accuracy_level=attrs.get("accuracy_level", 0),
                ))
        elif number == 5 and wire == 2:  # GraphProto.initializer
            initializers.append(_read_tensor(r, r.f.tell() + value))
        elif number == 11 and wire == 2:  # GraphProto.input
            inputs.append(_read_value_info(r, r.f.tell() + value))
        elif wire == 2:
            r.skip(value)
    return GraphSummary("", tuple(initializers), tuple(quantized), frozenset(operators), tuple(inputs))


def _read_value_info(r: _Reader, end: int) -> tuple[str, str]:
    """A graph input's name and element type: ValueInfoProto name (1), type (2) → TypeProto tensor_type (1) →
    elem_type (1)."""
    name, elem = "", 0
    for number, wire, value in r.fields_until(end):
        if number == 1 and wire == 2:
            name = r.text(value)
        elif number == 2 and wire == 2:
            stop = r.f.tell() + value
            for t_number, t_wire, t_value in r.fields_until(stop):
                if t_number == 1 and t_wire == 2:
                    for e_number, e_wire, e_value in r.fields_until(r.f.tell() + t_value):
                        if e_number == 1 and e_wire == 0:
                            elem = e_value
                        elif e_wire == 2:
                            r.skip(e_value)
                elif t_wire == 2:
                    r.skip(t_value)
        elif wire == 2:
            r.skip(value)
    return name, ONNX_TYPES.get(elem, ("?", 0))[0]


def _read_node(r: _Reader, end: int) -> tuple[str, list[str], dict[str, int]]:
    op = ""
    inputs: list[str] = []
    attrs: dict[str, int] = {}
    for number, wire, value in r.fields_until(end):
        if number == 1 and wire == 2:
            inputs.append(r.text(value))
        elif number == 4 and wire == 2:
            op = r.text(value, 200)
        elif number == 5 and wire == 2:  # AttributeProto: name (1), i (3)
            name, integer = "", 0
            for a_number, a_wire, a_value in r.fields_until(r.f.tell() + value):
                if a_number == 1 and a_wire == 2:
                    name = r.text(a_value, 200)
                elif a_number == 3 and a_wire == 0:
                    integer = a_value
                elif a_wire == 2:
                    r.skip(a_value)
            attrs[name] = integer
        elif wire == 2:
            r.skip(value)
    return op, inputs, attrs


def _read_tensor(r: _Reader, end: int) -> Initializer:
    name, dtype, dims = "", 0, []
    external: dict[str, str] = {}
    for number, wire, value in r.fields_until(end):
        if number == 1 and wire == 0:
            dims.append(value)
        elif number == 1 and wire == 2:
            dims.extend(r.packed_varints(value))
        elif number == 2 and wire == 0:
            dtype = value
        elif number == 8 and wire == 2:
            name = r.text(value)
        elif number == 13 and wire == 2:  # StringStringEntryProto: key (1), value (2)
            key = text = ""
            for e_number, e_wire, e_value in r.fields_until(r.f.tell() + value):
                if e_wire == 2 and e_number in (1, 2):
                    piece = r.text(e_value)
                    key, text = (piece, text) if e_number == 1 else (key, piece)
                elif e_wire == 2:
                    r.skip(e_value)
            external[key] = text
        elif wire == 2:
            r.skip(value)
    return Initializer(
        name=name,
        dtype=ONNX_TYPES.get(dtype, ("?", 0))[0],
        dims=tuple(dims),
        location=external.get("location", ""),
        offset=int(external.get("offset", "0") or 0),
        length=int(external.get("length", "-1") or -1),
    )


# -- the folder -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class OnnxModelInfo:
    """What an ONNX GenAI folder's config and graph tell."""

    path: str
    name: str
    architecture: str
    parameters: int
    file_size: int
    quantization: str
    """``INT4 (RTN, blocks of 32)``, ``F16``, ``F32``: the precision of most weights."""
    bits: float
    context_length: int
    layers: int
    kv_heads: int
    head_dim: int
    vocab_size: int
    kv_type: str
    """The KV cache's element type (``f32`` for a float32 graph, ``f16`` otherwise)."""
    providers: tuple[str, ...] = ()
    """The execution providers the config asks for, in its order (``cuda``, ``dml``); empty: the CPU."""
    block_size: int = 0
    shared_kv_buffer: bool = False
    weight_bytes: int = 0
    variant: str = ""
    """The variant folder's own name where it says how it was made (``cpu-int4-rtn-block-32-acc-level-4``)."""
    producer: str = ""
    graph_files: tuple[str, ...] = field(default_factory=tuple)

    @property
    def file_type(self) -> str:
        return self.quantization

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["format"] = "onnx"
        return data


def is_onnx_folder(names: Sequence[str]) -> bool:
    """A folder whose files include ``genai_config.json``."""
    return CONFIG_NAME in names


def _read_config(folder: Path) -> dict[str, Any]:
    """The folder's genai_config.json as a dict; ``ValueError`` with a reason when it is unusable."""
    path = folder / CONFIG_NAME
    if path.stat().st_size > MAX_CONFIG_BYTES:
        raise ValueError(tr("Model file", "{file} is far larger than any real one").format(file=CONFIG_NAME))
    try:
        config = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise ValueError(tr("Model file", "{file} is not text").format(file=CONFIG_NAME)) from exc
    except json.JSONDecodeError as exc:
        raise ValueError(
            tr("Model file", "{file} is damaged ({detail} on its line {line})").format(
                file=CONFIG_NAME, detail=exc.msg, line=exc.lineno
            )
        ) from exc
    model = config.get("model") if isinstance(config, dict) else None
    decoder = model.get("decoder") if isinstance(model, dict) else None
    if not isinstance(decoder, dict):
        raise ValueError(tr("Model file", "{file} describes no decoder model").format(file=CONFIG_NAME))
    filename = decoder.get("filename")
    if not isinstance(filename, str) or not filename.strip():
        raise ValueError(tr("Model file", "{file} names no model file").format(file=CONFIG_NAME))
    if os.path.isabs(filename) or ".." in Path(filename).parts:
        raise ValueError(tr("Model file", "{file} names a model file outside its folder").format(file=CONFIG_NAME))
    return config


def _int(mapping: dict[str, Any], key: str) -> int:
    value = mapping.get(key, 0)
    return int(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else 0


def config_providers(config: dict[str, Any]) -> tuple[str, ...]:
    """The execution providers a genai_config asks for, in order (``provider_options: [{"cuda": {…}}]``)."""
    options: Any = config
    for key in ("model", "decoder", "session_options", "provider_options"):
        options = options.get(key) if isinstance(options, dict) else None
    names: list[str] = []
    if isinstance(options, list):
        for entry in options:
            if isinstance(entry, dict):
                names.extend(str(k)[:40] for k in entry)
    return tuple(names)


def onnx_folder_problems(folder: str | os.PathLike[str]) -> list[str]:
    """What keeps ``folder`` from loading in ONNX Runtime GenAI, each in a few words; empty when nothing does.

    Checks: a readable genai_config.json naming the graph, the graph (readable, and every weights file it refers
    to present and long enough), and a tokenizer."""
    return _folder_problems(Path(folder))[0]


def _folder_problems(folder: Path) -> tuple[list[str], bool]:
    """:func:`onnx_folder_problems`, and whether one of them is a file cut short (an interrupted download)."""
    problems: list[str] = []
    incomplete = False
    config: dict[str, Any] | None = None
    if not (folder / CONFIG_NAME).is_file():
        problems.append(tr("Model file", "no {file}").format(file=CONFIG_NAME))
    else:
        try:
            config = _read_config(folder)
        except (OSError, ValueError) as exc:
            problems.append(str(exc))
    if config is not None:
        graph = folder / config["model"]["decoder"]["filename"]
        if not graph.is_file():
            problems.append(tr("Model file", "the model file {file} is missing").format(file=graph.name))
        else:
            try:
                summary = read_graph(graph)
            except (OSError, ValueError) as exc:
                problems.append(f"{graph.name}: {exc}")
                incomplete = incomplete or isinstance(exc, IncompleteFile)
            else:
                missing, cut = _weight_file_problems(graph.parent, summary)
                problems.extend(missing)
                incomplete = incomplete or cut
    if not any((folder / name).is_file() for name in TOKENIZER_FILES):
        problems.append(tr("Model file", "no tokenizer (tokenizer.json)"))
    return problems, incomplete


def _weight_file_problems(folder: Path, summary: GraphSummary) -> tuple[list[str], bool]:
    """What is wrong with the weights files the graph refers to, and whether one of them is cut short."""
    problems = []
    incomplete = False
    for location in sorted(summary.external_files):
        path = folder / location
        if os.path.isabs(location) or ".." in Path(location).parts:
            problems.append(
                tr("Model file", "the graph refers to weights outside its folder ({file})").format(file=location[:80])
            )
        elif not path.is_file():
            problems.append(tr("Model file", "the weights file {file} is missing").format(file=location[:80]))
        else:
            needed = max((i.offset + i.length for i in summary.initializers if i.location == location), default=0)
            size = path.stat().st_size
            if needed > size:
                incomplete = True
                problems.append(
                    tr(
                        "Model file",
                        "{file} is incomplete: {size} on disk, {expected} expected (an interrupted download?)",
                    ).format(file=location[:80], size=format_bytes(size), expected=format_bytes(needed))
                )
    return problems, incomplete


def check_onnx_folder(folder: str | os.PathLike[str]) -> OnnxModelInfo:
    """Describe ``folder`` after checking it has everything ONNX Runtime GenAI needs to load it.

    Raises :class:`~workbench.errors.ModelNotFound`, or :class:`~workbench.errors.NotAModelFile` /
    :class:`~workbench.errors.TruncatedModel` whose reason lists every problem on one line.
    """
    path = Path(folder)
    if not path.exists():
        raise ModelNotFound(str(path), tr("Model file", "no such folder"))
    if not path.is_dir():
        raise NotAModelFile(str(path), tr("Model file", "is a file, not an ONNX model folder"))
    problems, incomplete = _folder_problems(path)
    if problems:
        cls = TruncatedModel if incomplete else NotAModelFile
        raise cls(
            str(path),
            tr("Model file", "is not a complete ONNX model folder: {problems}").format(problems="; ".join(problems)),
        )
    try:
        return read_onnx_folder(path)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise NotAModelFile(
            str(path), tr("Model file", "is not a usable ONNX model folder: {detail}").format(detail=exc)
        ) from exc


_VARIANT_WORDS = frozenset({"int4", "int8", "fp16", "fp32", "bf16", "f16", "f32", "rtn", "awq", "gptq", "block",
                            "acc", "cpu", "gpu", "cuda", "dml", "npu", "qnn", "webgpu", "mobile"})


def is_variant_name(name: str) -> bool:
    """A folder name that says how its model was built (``cpu-int4-rtn-block-32-acc-level-4``, ``cuda-fp16``): two
    or more of the words the model builder and Olive put in such names."""
    words = set(re.split(r"[-_.\s]+", name.lower()))
    return len(words & _VARIANT_WORDS) >= 2
_METHODS = {"rtn": "RTN", "awq": "AWQ", "gptq": "GPTQ", "hqq": "HQQ", "k_quant": "k-quant", "kquant": "k-quant"}


def quantization_label(bits: int, block_size: int, method: str) -> str:
    """``INT4 (RTN, blocks of 32)``: a quantized model's precision in a person's words."""
    details = ", ".join(p for p in (method, f"blocks of {block_size}" if block_size else "") if p)
    return f"INT{bits} ({details})" if details else f"INT{bits}"


def quantization_method(*names: str) -> str:
    """The method a variant's name says it was quantized with (``…-int4-rtn-block-32`` → ``RTN``), or ""."""
    for name in names:
        for word in re.split(r"[-_.\s/]+", name.lower()):
            if word in _METHODS:
                return _METHODS[word]
    return ""


def read_onnx_folder(folder: str | os.PathLike[str]) -> OnnxModelInfo:
    """Describe the ONNX GenAI folder; ``ValueError`` (or ``OSError``) with a readable reason if it is damaged.

    Parameters are counted from the graph's initializers: a ``MatMulNBits`` weight holds ``N × K`` weights in its
    packed bytes, its scales and zero points are bookkeeping, and the rotary tables are no weights."""
    folder = Path(folder)
    config = _read_config(folder)
    model: dict[str, Any] = config["model"]
    decoder: dict[str, Any] = model["decoder"]
    graph = folder / decoder["filename"]
    summary = read_graph(graph)
    packed = {q.weight: q for q in summary.quantized}
    bookkeeping = {q.scales for q in summary.quantized} | {q.zero_points for q in summary.quantized}
    parameters = 0
    float_counts: dict[str, int] = {}
    for init in summary.initializers:
        if init.name in bookkeeping or init.name in ROTARY_TABLES or init.count <= 1:
            continue
        if init.name in packed:
            parameters += packed[init.name].n * packed[init.name].k
        elif init.dtype in FLOAT_TYPES:
            parameters += init.count
            float_counts[init.dtype] = float_counts.get(init.dtype, 0) + init.count
    quantized_weights = sum(q.n * q.k for q in summary.quantized)
    files = [graph, *(graph.parent / loc for loc in sorted(summary.external_files))]
    size = sum(p.stat().st_size for p in files if p.is_file())
    float_type = max(float_counts, key=lambda t: float_counts[t]) if float_counts else "F32"
    variant = folder.name if is_variant_name(folder.name) else ""
    if summary.quantized and quantized_weights * 2 >= parameters:
        bits = summary.quantized[0].bits
        block = summary.quantized[0].block_size
        method = quantization_method(folder.name, *(p.name for p in folder.parents[:2]))
        quantization = quantization_label(bits, block, method)
        nominal = float(bits)
    else:
        block = 0
        quantization = float_type
        nominal = float(dict((v[0], v[1]) for v in ONNX_TYPES.values()).get(float_type, 32))
    heads = _int(decoder, "num_attention_heads")
    hidden = _int(decoder, "hidden_size")
    search: dict[str, Any] = config["search"] if isinstance(config.get("search"), dict) else {}
    return OnnxModelInfo(
        path=str(folder),
        name=_display_name(folder),
        architecture=str(model.get("type", "unknown"))[:40],
        parameters=parameters,
        file_size=size,
        quantization=quantization,
        bits=nominal,
        context_length=_int(model, "context_length"),
        layers=_int(decoder, "num_hidden_layers"),
        kv_heads=_int(decoder, "num_key_value_heads") or heads,
        head_dim=_int(decoder, "head_size") or (hidden // heads if heads else 0),
        vocab_size=_int(model, "vocab_size"),
        kv_type="f32" if (summary.cache_type or float_type) == "F32" else "f16",
        providers=config_providers(config),
        block_size=block,
        shared_kv_buffer=bool(search.get("past_present_share_buffer", False)),
        weight_bytes=sum(_initializer_bytes(i, packed) for i in summary.initializers if i.name not in ROTARY_TABLES),
        variant=variant,
        producer=summary.producer[:80],
        graph_files=tuple(str(p.name) for p in files),
    )


def _initializer_bytes(init: Initializer, packed: dict[str, QuantizedMatMul]) -> int:
    if init.length >= 0 and init.location:
        return init.length
    bits = dict(ONNX_TYPES.values()).get(init.dtype, 8) if init.dtype != "?" else 8
    return init.count * bits // 8


GENERIC_FOLDER_NAMES = frozenset({"model", "models", "output_model", "onnx", "onnx_model", "output"})
"""Names that say nothing of the model (Olive writes its result to ``…/model``): the parent names it."""


def _display_name(folder: Path) -> str:
    """A variant folder (``cpu-int4-rtn-block-32``) is named with its model (``Phi-3-mini / cpu-int4-…``), and so is
    Olive's ``model`` folder (``my-olive-run / model``)."""
    name = folder.name if folder.name not in {"", "."} else str(folder)
    if (is_variant_name(name) or name.lower() in GENERIC_FOLDER_NAMES) and folder.parent.name:
        parent = folder.parent
        if parent.name in {"cpu_and_mobile", "cuda", "directml", "onnx", "model"} and parent.parent.name:
            parent = parent.parent
        if re.fullmatch(r"[0-9a-f]{40}", parent.name) or parent.name == "snapshots":
            return name
        return f"{parent.name} / {name}"
    return name


def onnx_memory_estimate(info: OnnxModelInfo, context_length: int) -> MemoryEstimate:
    """Weights as on disk, the KV cache of the graph's type (held twice while a step runs, unless the config
    shares the past and present buffers), logits for a prompt's worth of tokens, and the runtime."""
    kv = kv_cache_bytes(info.layers, context_length, info.kv_heads, 2 * info.head_dim, info.kv_type)
    logits = info.vocab_size * min(context_length, 512) * 4
    return MemoryEstimate(
        context_length=context_length,
        weights=info.file_size,
        kv_cache=kv,
        compute=logits + (0 if info.shared_kv_buffer else kv) + info.file_size // 20,
        runtime=ONNX_RUNTIME_BYTES,
        cache_type=info.kv_type,
    )


def onnx_bytes_read_per_token(info: OnnxModelInfo) -> int:
    """Weights read to generate one token: every weight, less the token-embedding table when a separate output
    matrix projects the logits (then the embedding is one row's lookup)."""
    summary = read_graph(Path(info.path) / info.graph_files[0])
    packed = {q.weight: q for q in summary.quantized}
    sizes = {i.name: _initializer_bytes(i, packed) for i in summary.initializers if i.name not in ROTARY_TABLES}
    total = sum(sizes.values())
    embeddings = [n for n in sizes if "embed_tokens" in n]
    if any("lm_head" in n for n in sizes):
        total -= sum(sizes[n] for n in embeddings)
    return total


# -- execution providers ----------------------------------------------------------------------------------


def installed_providers() -> tuple[str, ...]:
    """The execution providers the installed onnxruntime-genai build brings, without importing it: its
    distribution's name says (``onnxruntime-genai-cuda`` → CUDA and the CPU). Empty when none is installed."""
    found: list[str] = []
    for dist, providers in PROVIDER_PACKAGES.items():
        try:
            importlib.metadata.distribution(dist)
        except importlib.metadata.PackageNotFoundError:
            continue
        found.extend(p for p in providers if p not in found)
    if not found and _genai_importable():
        found.append("cpu")
    return tuple(found)


def _genai_importable() -> bool:
    try:
        return importlib.util.find_spec("onnxruntime_genai") is not None
    except (ImportError, ValueError):
        return False


def provider_label(provider: str) -> str:
    return EXECUTION_PROVIDERS.get(provider, provider)


@dataclass(frozen=True)
class ProviderChoice:
    """The execution provider a model will run on, and why, in a person's words."""

    provider: str
    reason: str
    fallback: bool = False
    """The config asked for a provider this installation lacks, so it runs on the CPU."""
    notice: str = ""
    """For a fallback: the whole sentence that tells the person (the reason, as a sentence of its own)."""

    @property
    def label(self) -> str:
        return provider_label(self.provider)


def choose_provider(requested: Sequence[str], installed: Sequence[str]) -> ProviderChoice:
    """The execution provider for a model whose config asks for ``requested`` (in order; empty: the CPU) on an
    installation that has ``installed``. The first requested one installed wins; otherwise the CPU, saying so."""
    wanted = [p for p in requested if p != "cpu"]
    if not wanted:
        return ProviderChoice("cpu", tr("Model file", "the model was built for the CPU"))
    for provider in wanted:
        if provider in installed:
            return ProviderChoice(
                provider,
                tr("Model file", "the model was built for {provider}, which is installed").format(
                    provider=provider_label(provider)
                ),
            )
    names = tr("Model file", " or ").join(provider_label(p) for p in wanted)
    return ProviderChoice(
        "cpu",
        tr(
            "Model file",
            "the model was built for {providers}, which this installation of ONNX Runtime GenAI lacks, so it runs "
            "on the CPU",
        ).format(providers=names),
        fallback=True,
        notice=tr(
            "Model file",
            "The model was built for {providers}, which this installation of ONNX Runtime GenAI lacks, so it runs "
            "on the CPU.",
        ).format(providers=names),
    )


class OnnxFormat(ModelFormat):
    """A folder with genai_config.json, an ONNX graph and a tokenizer; runs on ONNX Runtime GenAI."""

    id = "onnx"
    label = "ONNX model folder"
    plural = "ONNX model folders"
    backend = "onnx"
    folder = True

    def detect_folder(self, names: Sequence[str]) -> bool:
        return is_onnx_folder(names)

    def detect_path(self, path: str) -> bool:
        return os.path.isfile(os.path.join(path, CONFIG_NAME))

    def describes(self, info: object) -> bool:
        return isinstance(info, OnnxModelInfo)

    def read(self, path: str | os.PathLike[str]) -> OnnxModelInfo:
        return check_onnx_folder(path)

    def describe(self, path: str | os.PathLike[str]) -> OnnxModelInfo:
        try:
            return read_onnx_folder(path)
        except (ValueError, KeyError, TypeError) as exc:
            raise NotAModelFile(
                str(path), tr("Model file", "is not a usable ONNX model folder: {detail}").format(detail=exc)
            ) from exc

    def memory(
        self, info: ModelDescription, context_length: int, cache_type: str = "f16", weights: str = "auto"
    ) -> MemoryEstimate:
        return onnx_memory_estimate(_onnx(info), context_length)

    def bits_per_weight(self, info: ModelDescription) -> float:
        onnx = _onnx(info)
        return onnx.weight_bytes * 8 / onnx.parameters if onnx.parameters else 0.0

    def nominal_bits(self, info: ModelDescription) -> float:
        return _onnx(info).bits

    def bytes_read_per_token(self, info: ModelDescription) -> int:
        return onnx_bytes_read_per_token(_onnx(info))

    def summary_rows(self, info: ModelDescription) -> list[tuple[str, str]]:
        onnx = _onnx(info)
        choice = choose_provider(onnx.providers, installed_providers() or ("cpu",))
        rows = [
            (tr("Model file", "Architecture"), onnx.architecture),
            (tr("Model file", "Parameters"), format_count(onnx.parameters)),
            (tr("Model file", "Quantization"), onnx.quantization),
            (
                tr("Model file", "Context length"),
                tr("Model file", "{count} tokens").format(count=format_integer(onnx.context_length)),
            ),
            (tr("Model file", "Layers"), str(onnx.layers)),
            (
                tr("Model file", "Execution provider"),
                tr("Model file", "{provider}: {reason}").format(provider=choice.label, reason=choice.reason),
            ),
        ]
        if onnx.variant:
            rows.append((tr("Model file", "Variant"), onnx.variant))
        return rows

    def cache_types(self) -> tuple[str, ...]:
        return ("f16",)  # the graph fixes the cache's type; the estimate uses it


def _onnx(info: ModelDescription) -> OnnxModelInfo:
    if not isinstance(info, OnnxModelInfo):
        raise TypeError(f"not an ONNX description: {type(info).__name__}")
    return info
