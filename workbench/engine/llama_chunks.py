"""Perplexity as llama-perplexity computes it: several chunks side by side in one decode. Runs in the engine process.

llama-perplexity (llama.cpp's ``tools/perplexity``) runs ``n_seq = n_batch / n_ctx`` chunks per pass: with its
defaults (c = 512, a batch of 2048) four chunks of 512 tokens, each its own sequence in one batch, in a context of
``n_seq × c`` cells with a separate cache per sequence, logits asked for only at the scored positions. That is
what :class:`ChunkContext` does, on a second llama.cpp context over the already loaded model (the weights are
shared; the chat's context is left as it was). It lives as long as the model or until another chunk size or
thread count is wanted.

Stop is honoured inside a decode too (llama.cpp's abort callback), not only between them: a pass of four chunks
takes seconds on a slow machine.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from typing import Any

import numpy as np

from workbench.errors import EngineError
from workbench.i18n import QT_TRANSLATE_NOOP, tr

DECODE_ABORTED = 2
"""``llama_decode``'s result when the abort callback stopped it."""


def sequences_per_pass(chunk_tokens: int, batch_size: int, chunks: int) -> int:
    """How many chunks llama-perplexity evaluates side by side: ``batch ÷ chunk`` (at least 1), no more than there
    are chunks."""
    return max(1, min(chunks, batch_size // max(1, chunk_tokens)))


class ChunkContext:
    """A llama.cpp context of ``n_seq`` sequences of ``chunk_tokens`` each over ``llm``'s model.

    ``cancel`` is the engine's stop event: a decode in progress checks it between the steps of the model."""

    def __init__(
        self, llama_cpp: Any, llm: Any, chunk_tokens: int, n_seq: int, threads: int, cancel: Any
    ) -> None:
        self._llama_cpp = llama_cpp
        self.chunk_tokens = chunk_tokens
        self.n_seq = n_seq
        self.threads = threads
        self._n_vocab = int(llm.n_vocab())
        base = llm.context_params
        params = type(base).from_buffer_copy(base)
        params.n_ctx = chunk_tokens * n_seq
        params.n_batch = chunk_tokens * n_seq
        params.n_ubatch = min(int(base.n_ubatch), chunk_tokens * n_seq)
        params.n_seq_max = n_seq
        params.kv_unified = False  # one cache per sequence, as llama-perplexity's
        params.n_threads = params.n_threads_batch = threads
        params.no_perf = True
        self._ctx = llama_cpp.llama_init_from_model(llm._model.model, params)
        if not self._ctx:
            raise EngineError(
                tr("Engine", "llama.cpp could not make room for {count} chunks of {tokens} tokens.").format(
                    count=n_seq, tokens=chunk_tokens
                )
            )
        self._batch: Any = None
        try:
            adapter = getattr(llm, "_lora_adapter", None)
            if adapter is not None:
                adapters = (llama_cpp.llama_adapter_lora_p_ctypes * 1)(adapter)
                scales = (ctypes.c_float * 1)(float(getattr(llm, "lora_scale", 1.0)))
                if llama_cpp.llama_set_adapters_lora(self._ctx, adapters, 1, scales):
                    raise EngineError(
                        QT_TRANSLATE_NOOP("Engine", "llama.cpp could not apply the adapter for the evaluation.")
                    )

            @llama_cpp.ggml_abort_callback
            def should_stop(_data: ctypes.c_void_p) -> bool:
                return cancel.is_set()

            self._should_stop = should_stop  # llama.cpp keeps only the pointer
            llama_cpp.llama_set_abort_callback(self._ctx, should_stop, ctypes.c_void_p(0))
            self._batch = llama_cpp.llama_batch_init(chunk_tokens * n_seq, 0, 1)
            for i in range(chunk_tokens * n_seq):  # token i belongs to chunk i // n, whatever the pass
                self._batch.seq_id[i][0] = i // chunk_tokens
        except BaseException:
            self.close()
            raise

    def set_threads(self, threads: int) -> None:
        """Run the next pass on ``threads`` threads."""
        if threads != self.threads:
            self._llama_cpp.llama_set_n_threads(self._ctx, threads, threads)
            self.threads = threads

    def passes(self, chunks: list[list[int]], first_scored: int) -> Iterator[list[np.ndarray]]:
        """For each pass of up to :attr:`n_seq` chunks: the raw logits of each chunk's scored rows (positions
        ``first_scored`` … ``n − 2``, whose next token is known), in chunk order.

        The arrays are views of llama.cpp's own buffer, valid until the next pass: use them before asking for it.
        Raises :class:`EngineError` when stopped or when llama.cpp refuses the batch."""
        n = self.chunk_tokens
        rows = n - 1 - first_scored
        for start in range(0, len(chunks), self.n_seq):
            group = chunks[start : start + self.n_seq]
            self._fill(group, first_scored)
            self._llama_cpp.llama_memory_clear(self._llama_cpp.llama_get_memory(self._ctx), True)
            code = self._llama_cpp.llama_decode(self._ctx, self._batch)
            if code == DECODE_ABORTED:
                raise EngineError(QT_TRANSLATE_NOOP("Engine", "Evaluation cancelled"))
            if code != 0:
                raise EngineError(
                    tr("Engine", "llama.cpp could not evaluate the text (code {code}).").format(code=code)
                )
            pointer = self._llama_cpp.llama_get_logits(self._ctx)
            every = np.ctypeslib.as_array(pointer, shape=(len(group) * rows, self._n_vocab))
            yield [every[i * rows : (i + 1) * rows] for i in range(len(group))]

    def _fill(self, group: list[list[int]], first_scored: int) -> None:
        n = self.chunk_tokens
        batch = self._batch
        batch.n_tokens = len(group) * n
        tokens = np.ctypeslib.as_array(batch.token, shape=(len(group) * n,))
        positions = np.ctypeslib.as_array(batch.pos, shape=(len(group) * n,))
        seq_counts = np.ctypeslib.as_array(batch.n_seq_id, shape=(len(group) * n,))
        wanted = np.ctypeslib.as_array(batch.logits, shape=(len(group) * n,))
        tokens[:] = np.concatenate([np.asarray(chunk, dtype=np.int32) for chunk in group])
        step = np.arange(n, dtype=np.int32)
        positions[:] = np.tile(step, len(group))
        seq_counts[:] = 1
        wanted[:] = np.tile((step >= first_scored) & (step < n - 1), len(group))

    def close(self) -> None:
        """Free the context and its batch (the model stays loaded)."""
        if self._batch is not None:
            self._llama_cpp.llama_batch_free(self._batch)
            self._batch = None
        if self._ctx:
            self._llama_cpp.llama_free(self._ctx)
            self._ctx = None
