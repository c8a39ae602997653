"""Metadata written into a quantized file through ``llama_model_quantize_params.kv_overrides``.

llama.cpp reads the overrides as a C array of ``llama_model_kv_override`` ended by an entry whose key is
empty, and writes each into the output's metadata (strings with ``gguf_set_val_str``). Runs in the quantize
child, which has llama_cpp imported; the modules are passed in so that this file imports neither.
"""

from __future__ import annotations

import ctypes as _ctypes
from collections.abc import Sequence
from typing import Any

KEY_BYTES = 128
VALUE_BYTES = 128
"""Both fields are fixed 128-byte buffers, the terminating zero included."""


def check_string_overrides(items: Sequence[tuple[str, str]]) -> None:
    """Raise :class:`ValueError` for a key or value that does not fit llama.cpp's buffers."""
    for key, value in items:
        if not key or len(key.encode("utf-8")) >= KEY_BYTES:
            raise ValueError(f"metadata key {key!r} must be 1 to {KEY_BYTES - 1} bytes")
        if len(value.encode("utf-8")) >= VALUE_BYTES:
            raise ValueError(f"metadata value for {key} must be under {VALUE_BYTES} bytes")


def string_overrides(items: Sequence[tuple[str, str]], llama_cpp: Any, ctypes: Any = _ctypes) -> Any:
    """A ``POINTER(llama_model_kv_override)`` to ``items`` as string overrides and the closing empty entry.

    The returned pointer keeps its array alive through ``_keep`` (the caller keeps the pointer until
    ``llama_model_quantize`` returns)."""
    check_string_overrides(items)
    array = (llama_cpp.llama_model_kv_override * (len(items) + 1))()
    offset = llama_cpp.llama_model_kv_override_value.val_str.offset
    for i, (key, value) in enumerate(items):
        array[i].key = key.encode("utf-8")
        array[i].tag = llama_cpp.LLAMA_KV_OVERRIDE_TYPE_STR
        raw = value.encode("utf-8").ljust(VALUE_BYTES, b"\0")
        ctypes.memmove(ctypes.addressof(array[i].value) + offset, raw, VALUE_BYTES)
    array[len(items)].key = b""
    pointer = ctypes.cast(array, ctypes.POINTER(llama_cpp.llama_model_kv_override))
    pointer._keep = array
    return pointer
