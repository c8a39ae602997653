"""The checks every backend shares: reply budget, benchmark and chunk sizes, the vocabulary digest."""

from __future__ import annotations

import hashlib

import pytest

from workbench.engine.limits import check_bench_fits, check_chunk, reply_budget, vocabulary_of
from workbench.errors import ContextOverflow, EngineError


def test_a_reply_gets_max_tokens_or_what_is_left_of_the_context() -> None:
    assert reply_budget(100, 512, 256) == 256
    assert reply_budget(400, 512, 256) == 112
    with pytest.raises(ContextOverflow, match="The conversation is 512 tokens long; the context holds 512"):
        reply_budget(512, 512, 256)


def test_benchmarks_and_chunks_must_fit_the_context() -> None:
    check_bench_fits(384, 128, 512)
    with pytest.raises(ContextOverflow, match="512 prompt \\+ 128 generated tokens exceed the context of 512"):
        check_bench_fits(512, 128, 512)
    check_chunk(512, 256, 512)
    with pytest.raises(ContextOverflow, match="A chunk of 513 tokens"):
        check_chunk(513, 256, 512)
    with pytest.raises(EngineError, match="Cannot score from position 511 of a 512-token chunk"):
        check_chunk(512, 511, 512)


def test_the_vocabulary_digest_is_the_texts_in_order_each_ended_by_nul() -> None:
    vocabulary = vocabulary_of([b"a", b"\xc4\xa0the", b""])
    assert vocabulary.size == 3
    assert vocabulary.digest == hashlib.sha256(b"a\0\xc4\xa0the\0\0").hexdigest()
    assert vocabulary_of([b"the", b"a"]).digest != vocabulary_of([b"a", b"the"]).digest
