"""Provenance: what a quantized file records about its source, how it reads to a person, what it never guesses."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from workbench.provenance import (
    NOT_RECORDED,
    FileRef,
    Provenance,
    names_as_source,
    nominal_bits,
    provenance_metadata,
    provenance_of,
    provenance_text,
    read_provenance,
    rebuilt_upward,
    sha256_of,
)
from workbench.quantize.overrides import check_string_overrides

Q41 = FileRef("Q4_1", "a" * 64, "SmolLM2-135M-Instruct.Q4_1.gguf", 98_000_000)
F16 = FileRef("F16", "b" * 64, "SmolLM2-135M-Instruct-F16.gguf", 271_000_000)


def test_a_first_generation_file_records_its_source_as_its_origin_too() -> None:
    meta = provenance_metadata(Q41, None)
    assert meta["slm_workbench.source.file_type"] == "Q4_1"
    assert meta["slm_workbench.origin.sha256"] == "a" * 64
    assert meta["slm_workbench.source.bytes"] == "98000000"
    check_string_overrides(list(meta.items()))  # every key and value fits llama.cpp's 128-byte buffers
    assert read_provenance(meta) == Provenance(Q41, Q41)


def test_a_chain_keeps_the_file_it_started_from() -> None:
    f16_record = Provenance(Q41, Q41)  # the F16 was rebuilt from the Q4_1
    q8 = read_provenance(provenance_metadata(F16, f16_record))
    assert q8 is not None and q8.source == F16 and q8.origin == Q41


@pytest.mark.parametrize(
    "file_type, record, text",
    [
        ("F16", Provenance(Q41, Q41), "rebuilt from Q4_1 — not better than its source"),
        ("Q8_0", Provenance(F16, Q41), "rebuilt from Q4_1 (via F16) — not better than its source"),
        (
            "Q4_0",
            Provenance(F16, Q41),
            "made from F16 (SmolLM2-135M-Instruct-F16.gguf, SHA-256 bbbbbbbbbbbb…), originally Q4_1 "
            "(SmolLM2-135M-Instruct.Q4_1.gguf)",
        ),
        ("Q2_K", Provenance(Q41, Q41), "made from Q4_1 (SmolLM2-135M-Instruct.Q4_1.gguf, SHA-256 aaaaaaaaaaaa…)"),
        ("Q8_0", Provenance(F16, F16), "made from F16 (SmolLM2-135M-Instruct-F16.gguf, SHA-256 bbbbbbbbbbbb…)"),
        ("Q4_1", None, NOT_RECORDED),
    ],
)
def test_provenance_reads_in_plain_words(file_type: str, record: Provenance | None, text: str) -> None:
    assert provenance_text(file_type, record) == text


def test_upward_means_more_bits_than_a_quantized_origin() -> None:
    assert nominal_bits("Q4_1") == 5.0 and nominal_bits("F16") == 16.0 and nominal_bits("WHATEVER") is None
    assert rebuilt_upward("Q8_0", Provenance(Q41, Q41))
    assert not rebuilt_upward("Q4_1", Provenance(Q41, Q41))  # the same type is no step up
    assert not rebuilt_upward("Q8_0", Provenance(F16, F16))  # from unquantized: a real step down
    assert not rebuilt_upward("UNKNOWN_TYPE", Provenance(Q41, Q41))  # unknown: no claim either way
    assert not rebuilt_upward("Q8_0", None)


@pytest.mark.parametrize(
    "meta",
    [
        {},
        {"slm_workbench.source.file_type": "Q4_1"},  # no hash: not a record
        {"slm_workbench.source.file_type": "Q4_1", "slm_workbench.source.sha256": "not-a-hash"},
        {"slm_workbench.source.file_type": "<b>x</b>", "slm_workbench.source.sha256": "a" * 64},
        {"slm_workbench.source.file_type": 4, "slm_workbench.source.sha256": "a" * 64},
    ],
)
def test_a_missing_or_malformed_record_is_not_recorded_never_guessed(meta: dict[str, object]) -> None:
    assert read_provenance(meta) is None


def test_untrusted_names_are_bounded_plain_file_names() -> None:
    meta = provenance_metadata(Q41, None)
    meta["slm_workbench.source.name"] = "../../etc/" + "x" * 300 + "\x1b[31m"
    record = read_provenance(meta)
    assert record is not None
    assert "/" not in record.source.name and "\x1b" not in record.source.name
    assert len(record.source.name.encode()) <= 127


def test_sha256_of_a_file_and_a_cancel(tmp_path: Path) -> None:
    path = tmp_path / "blob.bin"
    data = b"weights" * 1_000_000
    path.write_bytes(data)
    seen: list[int] = []
    assert sha256_of(path, lambda done, total: seen.append(done)) == hashlib.sha256(data).hexdigest()
    assert seen[-1] == len(data)
    assert sha256_of(path, cancelled=lambda: True) is None


def test_a_file_without_a_record_and_a_missing_file(tiny_gguf: Path, tmp_path: Path) -> None:
    assert provenance_of(tiny_gguf) is None
    assert provenance_of(tmp_path / "missing.gguf") is None
    assert not names_as_source(tiny_gguf, None)
    record = Provenance(FileRef("F16", "c" * 64, tiny_gguf.name, tiny_gguf.stat().st_size), Q41)
    assert names_as_source(tiny_gguf, record)
    assert not names_as_source(tmp_path / "missing.gguf", record)


def test_overrides_that_do_not_fit_are_refused() -> None:
    with pytest.raises(ValueError):
        check_string_overrides([("k", "v" * 128)])
    with pytest.raises(ValueError):
        check_string_overrides([("", "v")])
