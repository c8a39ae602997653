"""Property-based: whatever bytes a header holds, the reader answers with a description or one clear line."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support.damaged_gguf import GgufLayout, gguf_layout, is_clear_line
from workbench.errors import ModelFileError
from workbench.gguf_header import GgufHeaderError, read_gguf_header
from workbench.model_info import read_model_info

SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture], derandomize=True
)


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, GgufLayout]:
    """The tiny model's header bytes (the part the reader looks at) and its layout."""
    from tests.support.tiny_gguf import write_tiny_llama_gguf

    path = write_tiny_llama_gguf(tmp_path_factory.mktemp("base") / "tiny.gguf", vocab_size=300)
    layout = gguf_layout(path)
    with path.open("rb") as f:
        return f.read(layout.data_offset), layout


def _write(target: Path, header: bytes, size: int) -> Path:
    with target.open("wb") as f:
        f.write(header)
        f.truncate(size)  # the tensor data as a hole: the reader never looks at it
    return target


def _check(path: Path) -> None:
    try:
        read_model_info(path)
    except ModelFileError as exc:
        assert is_clear_line(str(exc)), str(exc)


@SETTINGS
@given(edits=st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), min_size=1, max_size=8))
def test_any_bytes_anywhere_in_the_header(
    base: tuple[bytes, GgufLayout], tmp_path: Path, edits: list[tuple[int, int]]
) -> None:
    header, layout = base
    data = bytearray(header)
    for where, value in edits:
        data[where % len(data)] = value
    _check(_write(tmp_path / "m.gguf", bytes(data), layout.size))


@SETTINGS
@given(
    field=st.sampled_from(["n_tensors", "n_kv", "key", "string", "count", "name", "dim", "offset"]),
    index=st.integers(min_value=0),
    value=st.one_of(st.integers(0, 2**64 - 1), st.sampled_from([2**64 - 1, 2**63, 2**63 - 1, 2**32, 2**31, 0, 1])),
)
def test_any_count_or_length(
    base: tuple[bytes, GgufLayout], tmp_path: Path, field: str, index: int, value: int
) -> None:
    """A 64-bit count, length or offset set to anything at all."""
    header, layout = base
    strings = [kv.value_at for kv in layout.kvs if kv.vtype == 8]
    counts = [kv.count_at for kv in layout.kvs if kv.count_at >= 0]
    at = {
        "n_tensors": [8],
        "n_kv": [16],
        "key": [kv.start for kv in layout.kvs],
        "string": strings,
        "count": counts,
        "name": [t.start for t in layout.tensors],
        "dim": [t.dims_at for t in layout.tensors],
        "offset": [t.offset_at for t in layout.tensors],
    }[field]
    where = at[index % len(at)]
    data = bytearray(header)
    data[where : where + 8] = struct.pack("<Q", value)
    _check(_write(tmp_path / "m.gguf", bytes(data), layout.size))


@SETTINGS
@given(cut=st.integers(min_value=1))
def test_cut_anywhere_is_called_incomplete(base: tuple[bytes, GgufLayout], tmp_path: Path, cut: int) -> None:
    header, layout = base
    length = 1 + cut % (layout.data_end - 1)
    path = _write(tmp_path / "m.gguf", header[:length], length)
    with pytest.raises(ModelFileError) as caught:
        read_model_info(path)
    message = str(caught.value)
    assert is_clear_line(message)
    assert "incomplete" in message and "interrupted download" in message, message


@SETTINGS
@given(data=st.binary(min_size=0, max_size=4096))
def test_garbage_after_the_magic(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "g.gguf"
    path.write_bytes(b"GGUF" + data)
    try:
        read_gguf_header(path)
    except GgufHeaderError as exc:
        assert is_clear_line(str(exc))
