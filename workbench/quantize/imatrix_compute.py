"""Compute an importance matrix from a calibration text, the way llama-imatrix does (child process side).

The text is cut into chunks of ``n_ctx`` tokens (the first token of each chunk made the beginning-of-text
token, as llama-imatrix does); each chunk is run through the model with llama.cpp while
:mod:`workbench.quantize.activations` adds up the squared activations entering every weight matrix.
The result is written in llama-imatrix's GGUF format, which :func:`workbench.quantize.imatrix.load_imatrix`
reads and ``llama_model_quantize`` takes.

Only :func:`compute_imatrix_in_child` touches llama.cpp; it runs in the quantize child process
(:mod:`workbench.quantize.worker`), so cancelling terminates that process.
"""

from __future__ import annotations

import os
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from workbench.engine.threads import CpuWatch, choose_threads, usable_cores

CHUNK_TOKENS = 512
"""llama-imatrix's default chunk: 512 tokens of context."""
BATCH_TOKENS = 128
"""Tokens per decode call at least. Every token asks for its output (so the last layer sees every token, as in
llama-imatrix), so a batch holds its tokens' logits; a batch as large as :data:`LOGITS_BUDGET_BYTES` allows (up to
a whole chunk) means fewer, larger steps: each observed multiplication splits the computation, and llama.cpp's
threads meet after every piece (a chunk in one batch took half the processor time of four on 2 threads). The
importance matrix is the same whatever the batch."""
LOGITS_BUDGET_BYTES = 128 * 1024 * 1024
"""The logits a batch may hold: a whole chunk of 512 tokens for a 49,152-token vocabulary (100 MB), 128 tokens for
a vocabulary of 256,000."""
MIN_CHUNK_TOKENS = 64
AUTOMATIC_THREADS = 0
"""``ImatrixRequest.threads`` for: as many as the processor has free, checked again before every chunk.

Reading the activations splits each pass into hundreds of small steps (one per observed multiplication), and
llama.cpp's threads meet at a barrier after each: when another program holds one of the cores, a thread that
shares it is paused while the others spin, and the computation slows down many times over (measured on 2 cores
with other programs busy: 50 s for a chunk of 512 tokens on 2 threads, 18 s on 1). So the threads leave other
programs the cores they use, as the engine does (:func:`workbench.engine.threads.choose_threads`)."""


@dataclass(frozen=True)
class ImatrixRequest:
    """Compute an importance matrix of ``model`` on ``text`` (a path, or ``bundled``) into ``output``."""

    model: str
    output: str
    text: str
    threads: int
    """Threads for llama.cpp; :data:`AUTOMATIC_THREADS` (0) to leave other programs the cores they use."""
    max_chunks: int | None = None
    chunk_tokens: int = CHUNK_TOKENS


@dataclass(frozen=True)
class ImatrixChunk:
    """Chunk ``index`` (1-based) of ``total`` is done."""

    index: int
    total: int
    threads: int = 0
    """Threads the chunk ran on."""


@dataclass(frozen=True)
class ImatrixFailed:
    """The computation failed for ``reason`` (one line); nothing was written. ``details`` is the traceback
    (for the log)."""

    reason: str
    details: str = ""


@dataclass(frozen=True)
class ImatrixWritten:
    """The file is written: ``entries`` weight matrices, ``chunks`` chunks of ``chunk_tokens`` tokens."""

    entries: int
    chunks: int
    chunk_tokens: int


def dataset_label(text: str) -> str:
    """What the file records as its calibration text: the name of a text that ships with the app (``bundled``,
    ``da``, ``nb``, ``sv``) or the text file's name."""
    from workbench.evaltext import LANGUAGES

    return text if text in LANGUAGES else os.path.basename(text)


def compute_imatrix_in_child(request: ImatrixRequest, send: Callable[[Any], None]) -> None:
    """Run in the quantize child: compute, write ``request.output``, and report through ``send``."""
    try:
        result = _compute(request, send)
    except Exception as exc:  # noqa: BLE001 - every failure goes to the parent as one line
        send(ImatrixFailed(str(exc).strip() or "an unexpected error", traceback.format_exc()))
        return
    send(result)


def batch_tokens(n_ctx: int, n_vocab: int) -> int:
    """Tokens per decode call: as many as the logits budget allows (a multiple of 64), at least :data:`BATCH_TOKENS`,
    at most a chunk."""
    fits = LOGITS_BUDGET_BYTES // (4 * max(1, n_vocab)) // 64 * 64
    return min(n_ctx, max(BATCH_TOKENS, fits))


def _tokenize(llama_cpp: Any, vocab: Any, text: str) -> list[int]:
    data = text.encode("utf-8")
    capacity = len(data) + 16
    buffer = (llama_cpp.llama_token * capacity)()
    n = llama_cpp.llama_tokenize(vocab, data, len(data), buffer, capacity, False, False)
    if n < 0:
        raise RuntimeError("the text could not be tokenized")
    return list(buffer[:n])


def _threads(requested: int, watch: CpuWatch, previous: int | None = None) -> int:
    """``requested`` when set; else all usable cores less those other programs used since ``watch`` was marked."""
    return choose_threads(requested, usable_cores(), watch.others_busy(), previous).threads


def _compute(request: ImatrixRequest, send: Callable[[Any], None]) -> ImatrixWritten:
    import llama_cpp

    from workbench.evaltext import evaluation_text
    from workbench.quantize.activations import (
        ActivationCollector,
        GgmlAccess,
        make_eval_callback,
        tensor_layout_problem,
    )
    from workbench.quantize.imatrix import write_imatrix

    text = evaluation_text(request.text)
    ggml = GgmlAccess(os.path.join(os.path.dirname(llama_cpp.__file__), "lib"))
    problem = tensor_layout_problem(ggml)
    if problem:
        raise RuntimeError(f"this llama.cpp build cannot be read for an importance matrix: {problem}")

    watch = CpuWatch()
    watch.mark()
    llama_cpp.llama_backend_init()
    mparams = llama_cpp.llama_model_default_params()
    model = llama_cpp.llama_model_load_from_file(request.model.encode(), mparams)
    if not model:
        raise RuntimeError(f"llama.cpp could not load {os.path.basename(request.model)}")
    ctx = None
    batch = None
    try:
        vocab = llama_cpp.llama_model_get_vocab(model)
        tokens = _tokenize(llama_cpp, vocab, text)
        n_ctx = min(request.chunk_tokens, int(llama_cpp.llama_model_n_ctx_train(model)) or request.chunk_tokens)
        if len(tokens) < n_ctx:
            n_ctx = len(tokens)
        if n_ctx < MIN_CHUNK_TOKENS:
            raise RuntimeError(
                f"the calibration text is too short: {len(tokens)} tokens, at least {MIN_CHUNK_TOKENS} needed"
            )
        n_chunks = len(tokens) // n_ctx
        if request.max_chunks:
            n_chunks = min(n_chunks, request.max_chunks)

        collector = ActivationCollector()
        errors: list[str] = []
        callback = llama_cpp.ggml_backend_sched_eval_callback(make_eval_callback(ggml, collector, errors.append))
        cparams = llama_cpp.llama_context_default_params()
        cparams.n_ctx = n_ctx
        cparams.n_batch = batch_tokens(n_ctx, int(llama_cpp.llama_vocab_n_tokens(vocab)))
        cparams.n_ubatch = cparams.n_batch
        cparams.n_seq_max = 1
        threads = _threads(request.threads, watch)
        cparams.n_threads = threads
        cparams.n_threads_batch = threads
        cparams.cb_eval = callback
        cparams.cb_eval_user_data = None
        ctx = llama_cpp.llama_init_from_model(model, cparams)
        if not ctx:
            raise RuntimeError("llama.cpp could not create a context for the model")
        add_bos = bool(llama_cpp.llama_vocab_get_add_bos(vocab))
        bos = int(llama_cpp.llama_vocab_bos(vocab))
        n_batch = int(cparams.n_batch)
        batch = llama_cpp.llama_batch_init(n_batch, 0, 1)
        memory = llama_cpp.llama_get_memory(ctx)
        for chunk in range(n_chunks):
            if chunk:
                chosen = _threads(request.threads, watch, threads)
                if chosen != threads:
                    threads = chosen
                    llama_cpp.llama_set_n_threads(ctx, threads, threads)
            watch.mark()  # other programs' use is measured over each chunk (this process's own is left out)
            llama_cpp.llama_memory_clear(memory, True)
            start = chunk * n_ctx
            for offset in range(0, n_ctx, n_batch):
                count = min(n_batch, n_ctx - offset)
                for j in range(count):
                    token = tokens[start + offset + j]
                    if add_bos and offset + j == 0:
                        token = bos
                    batch.token[j] = token
                    batch.pos[j] = offset + j
                    batch.n_seq_id[j] = 1
                    batch.seq_id[j][0] = 0
                    batch.logits[j] = 1
                batch.n_tokens = count
                code = llama_cpp.llama_decode(ctx, batch)
                if errors:
                    raise RuntimeError(f"reading the model's activations failed: {errors[0]}")
                if code != 0:
                    raise RuntimeError(f"llama.cpp could not evaluate the text (code {code})")
            send(ImatrixChunk(chunk + 1, n_chunks, threads))
        if not collector.stats:
            raise RuntimeError("the model showed no weight multiplications to measure")
        sums = {name: s.sums for name, s in collector.stats.items()}
        counts = {name: s.counts for name, s in collector.stats.items()}
        write_imatrix(request.output, sums, counts, n_chunks, dataset_label(request.text), chunk_size=n_ctx)
        return ImatrixWritten(len(sums), n_chunks, n_ctx)
    finally:
        if batch is not None:
            llama_cpp.llama_batch_free(batch)
        if ctx:
            llama_cpp.llama_free(ctx)
        llama_cpp.llama_model_free(model)
