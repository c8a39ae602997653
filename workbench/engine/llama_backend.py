"""The llama.cpp backend (llama-cpp-python). Runs inside the engine process.

Importing this module does not import llama_cpp; :meth:`LlamaBackend.load` does, so the
window process never pays for it.
"""

from __future__ import annotations

import codecs
import collections
import contextlib
import ctypes
import dataclasses
import inspect
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from workbench.bench import bench_schedule
from workbench.engine.accounting import ReplyTally
from workbench.engine.cancellable import CancellableBackend, plain_prompt
from workbench.engine.chat_template import ChatTemplate, TemplateCancelled, TemplateFailed
from workbench.engine.limits import check_bench_fits, check_chunk, reply_budget, vocabulary_of
from workbench.engine.llama_chunks import ChunkContext, sequences_per_pass
from workbench.engine.llama_sampler import install_fast_sampler
from workbench.engine.options import KV_CACHE_LABELS, LoadOptions
from workbench.engine.pages import model_bytes, read_weights
from workbench.engine.protocol import (
    BenchResult,
    ChatMessage,
    Evaluation,
    LoadedModel,
    PromptScores,
    ReplyEvent,
    StopReason,
    Vocabulary,
)
from workbench.engine.thread_sweep import (
    GENERATION_PROBE,
    PROMPT_PROBE,
    SWEEP_BUDGET_SECONDS,
    Lowered,
    ThreadsCache,
    ThreadsInForce,
    ThreadsOrigin,
    ThreadSweep,
    machine_key,
    run_sweep,
    size_class,
)
from workbench.engine.threads import (
    BUSY_MARGIN,
    CpuWatch,
    ThreadChoice,
    choose_threads,
    too_many_threads,
    usable_cores,
)
from workbench.errors import EngineError, EngineNotLoaded
from workbench.formats.gguf import check_model_path
from workbench.hugepages import allow_huge_pages, huge_pages_here, small_pages_only
from workbench.i18n import QT_TRANSLATE_NOOP, format_decimal, tr
from workbench.memory import available_memory
from workbench.sampling import SamplingParams

__all__ = ["LlamaBackend", "plain_prompt", "token_bytes"]

GGML_TYPES = {"f16": 1, "q4_0": 2, "q8_0": 8}
"""ggml's type ids of the KV-cache types offered (``GGML_TYPE_F16``, ``…_Q4_0``, ``…_Q8_0``)."""


@dataclass(frozen=True)
class LlamaAttempt:
    """One way of creating the context: flash attention on or off, a KV-cache type, and why (for the notes)."""

    flash: bool
    cache_type: str
    note: str = ""


def load_attempts(options: LoadOptions) -> list[LlamaAttempt]:
    """What to try, in order, to honour ``options`` as far as the model and the build allow.

    Flash attention *auto* is llama.cpp's default: on where the device supports it (every CPU); should the context
    fail with it, it is tried off. A quantized KV cache needs flash attention: with it off the cache is F16 at once;
    should the model or build refuse it, F16 is tried next. Each fallback says so in one line.
    """
    wanted = options.kv_cache_type
    label = KV_CACHE_LABELS.get(wanted, wanted)
    flash = options.flash_attention != "off"
    if wanted != "f16" and not flash:
        note = tr("Engine", "A {label} KV cache needs flash attention, which is off: the cache is F16.")
        note = note.format(label=label)
        return [LlamaAttempt(False, "f16", note)]
    attempts = [LlamaAttempt(flash, wanted)]
    if wanted != "f16":
        fallback = tr("Engine", "This model or build cannot use a {label} KV cache: it is F16.").format(label=label)
        attempts.append(LlamaAttempt(flash, "f16", fallback))
    if flash:
        cannot = tr("Engine", "Flash attention could not be used with this model or build: it is off.")
        attempts.append(LlamaAttempt(False, "f16", cannot))
    return attempts


def token_bytes(llama_cpp: Any, vocab: Any, token: int) -> bytes:
    """The bytes of one token's text (special tokens rendered as nothing)."""
    buffer = ctypes.create_string_buffer(64)
    n = llama_cpp.llama_token_to_piece(vocab, token, buffer, len(buffer), 0, False)
    if n < 0:  # the piece is longer than the buffer: -n is the size it needs
        buffer = ctypes.create_string_buffer(-n)
        n = llama_cpp.llama_token_to_piece(vocab, token, buffer, len(buffer), 0, False)
    return buffer.raw[:n]


_LOG_ERRORS: collections.deque[str] = collections.deque(maxlen=8)
"""The last error lines llama.cpp logged in this process (one log callback serves every backend)."""
_LOG_CALLBACK: list[Any] = []
"""The process's llama.cpp log callback, once installed; kept alive as long as the process."""


@contextlib.contextmanager
def _templates_not_compiled() -> Iterator[None]:
    """While a model loads: llama-cpp-python compiles every chat template in the model's metadata, for chat
    handlers the engine never uses. A template with a mistake would refuse the whole model, and a huge one would
    stall the load; the engine renders templates itself, under limits (engine/chat_template.py)."""
    from llama_cpp import llama_chat_format

    compiler = llama_chat_format.Jinja2ChatFormatter
    llama_chat_format.Jinja2ChatFormatter = _TemplateNotCompiledHere  # type: ignore[misc,assignment]
    try:
        yield
    finally:
        llama_chat_format.Jinja2ChatFormatter = compiler  # type: ignore[misc]


class _TemplateNotCompiledHere:
    """Stands in for llama-cpp-python's template compiler while a model loads (see ``_import_llama_cpp``)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        pass

    def to_chat_handler(self) -> Any:
        def unused(*args: Any, **kwargs: Any) -> Any:
            raise EngineError("The engine renders chat templates itself.")

        return unused


class LlamaBackend(CancellableBackend):
    """Loads a GGUF with llama.cpp and streams replies.

    ``cancel_event`` is shared with the parent process: setting it stops the reply at the
    next token.
    """

    name = "llama.cpp"
    backend_id = "llama.cpp"

    def __init__(self, cancel_event: Any | None = None) -> None:
        super().__init__(cancel_event)
        self._llm: Any = None
        self._formatter: Any = None
        self._loaded: LoadedModel | None = None
        self._log_errors = _LOG_ERRORS
        self._watch = CpuWatch()
        self._watch.mark()
        self._threads_asked = 0
        self._threads_now = 0
        """The threads generation runs on now."""
        self._prompt_threads_now = 0
        """The threads prompts (and perplexity, and every batch of many tokens) run on now."""
        self._sweep: ThreadSweep | None = None
        """The thread sweep automatic threads start from (None: not measured; all cores)."""
        self._sweeps: ThreadsCache | None = None
        self._chunks: ChunkContext | None = None
        """The context perplexity runs several chunks side by side in, made on first use (see
        :mod:`workbench.engine.llama_chunks`)."""

    # -- loading -----------------------------------------------------------------------

    def load(self, path: str, options: LoadOptions) -> LoadedModel:
        check_model_path(path)
        for adapter in options.adapters:
            if not os.path.isfile(adapter):
                raise EngineError(tr("Engine", "The adapter {path} is not a file here.").format(path=adapter))
        if len(options.adapters) > 1:
            raise EngineError(QT_TRANSLATE_NOOP("Engine", "llama.cpp here applies one adapter at a time: choose one."))
        llama_cpp = self._import_llama_cpp()
        self.unload()
        device = self._device(llama_cpp)
        cores = usable_cores()
        self._threads_asked = options.threads
        self._sweep = None
        self._threads_now = choose_threads(options.threads, cores, self._watch.others_busy()).threads
        self._prompt_threads_now = self._threads_now
        huge_pages = huge_pages_here()
        read = read_weights(options.weights, device, model_bytes(path), available_memory(), huge_pages)
        started = time.perf_counter()
        notes: list[str] = [line for line in [too_many_threads(options.threads, cores)] if line]
        llm: Any = None
        error = EngineError(f"llama.cpp could not load {path}.")
        for attempt in load_attempts(options):
            self._log_errors.clear()
            try:
                kwargs = self._llama_kwargs(llama_cpp, options, device, attempt)
                kwargs["n_threads"] = kwargs["n_threads_batch"] = self._threads_now
                kwargs["use_mmap"] = not read
                with _templates_not_compiled(), _huge_pages_for_the_weights(read and huge_pages):
                    llm = llama_cpp.Llama(model_path=str(path), **kwargs)
            except (ValueError, RuntimeError) as exc:
                detail = self._log_errors[-1] if self._log_errors else str(exc)
                error = EngineError(f"llama.cpp could not load {path}: {detail}")
                continue
            if attempt.note:
                notes.append(attempt.note)
            break
        if llm is None:
            raise error
        install_fast_sampler(llm)
        self._llm = llm
        self._formatter, template_note = self._chat_formatter(llm)
        if template_note:
            notes.append(template_note)
        load_seconds = time.perf_counter() - started  # a first sweep below is not part of the load
        threads_in_force = self._threads_at_load(llm, notes)
        in_force = options.with_changes(
            context_length=llm.n_ctx(),
            flash_attention="on" if attempt.flash else "off",
            kv_cache_type=attempt.cache_type,
            gpu_layers=options.gpu_layers if device != "CPU" else 0,
            weights="read" if read else "map",
        )
        self._loaded = LoadedModel(
            path=str(path),
            backend=self.name,
            device=device,
            threads=self._threads_now,
            context_length=llm.n_ctx(),
            load_seconds=load_seconds,
            has_chat_template=self._formatter is not None,
            options=in_force,
            notes=tuple(notes),
            threads_in_force=threads_in_force,
            huge_pages=read and huge_pages,
        )
        return self._loaded

    # -- threads -----------------------------------------------------------------------

    def keep_thread_sweeps(self, path: str | None) -> None:
        """Keep thread sweeps in ``path`` (a JSON file), and sweep at the first load of a size class when the
        computer is quiet; None: keep none and sweep only when asked (:meth:`measure_threads`)."""
        self._sweeps = ThreadsCache(path) if path else None

    def _sweep_key(self, llm: Any) -> tuple[str, str]:
        import llama_cpp

        described = ctypes.create_string_buffer(128)
        llama_cpp.llama_model_desc(llm._model.model, described, len(described))
        file_type = described.value.decode("utf-8", "replace").rsplit(" ", 1)[-1] or "unknown type"
        return machine_key(usable_cores()), size_class(file_type, int(llama_cpp.llama_model_n_params(llm._model.model)))

    def _threads_at_load(self, llm: Any, notes: list[str]) -> ThreadsInForce:
        """Automatic threads start from the sweep kept for this computer and size class; without one, and with a
        place to keep it, the first load on a quiet computer measures (a few seconds, once). Either way the counts
        are then fitted to what other programs are using now (a short look, as the load has only just ended), so
        the first token already leaves them their cores. The threads in force, for the tooltip."""
        if self._threads_asked > 0:
            return ThreadsInForce(self._threads_now, self._threads_now, "asked")
        cores = usable_cores()
        origin: ThreadsOrigin = "unmeasured"
        if self._sweeps is not None:
            machine, size = self._sweep_key(llm)
            self._sweep = self._sweeps.get(machine, size, cores)
            if self._sweep is None and cores > 1:
                busy = self._others_busy_now()
                if busy is not None and busy <= BUSY_MARGIN:
                    self._sweep = self._measure(llm, busy)
                    saved = self._sweeps.put(machine, size, self._sweep)
                    note = tr(
                        "Threads",
                        "Measured the fastest threads for this size of model on this computer in {seconds} s "
                        "(once): {summary}.",
                    ).format(seconds=format_decimal(self._sweep.seconds, 1), summary=self._sweep.summary())
                    if not saved:
                        note += " " + tr("Threads", "The result could not be saved, so it will be measured again.")
                    notes.append(note)
                else:
                    origin = "unmeasured_busy"
        return self._first_step_threads(origin)

    def _first_step_threads(self, origin: ThreadsOrigin) -> ThreadsInForce:
        """Choose automatic threads afresh (the sweep's counts, or all cores, as a ceiling) from a reading of what
        other programs use now, not from the counts of a previous step; the threads in force."""
        choice = self._adapt_threads(first_step=True)
        self._watch.mark()
        sweep, cores = self._sweep, usable_cores()
        prompt_ceiling, generation_ceiling = (sweep.prompt_threads, sweep.generation_threads) if sweep else (cores,) * 2
        lowered = None
        if choice.others_busy_cores is not None and (
            self._prompt_threads_now < prompt_ceiling or self._threads_now < generation_ceiling
        ):
            lowered = Lowered(self._prompt_threads_now, self._threads_now, choice.others_busy_cores, cores)
        if sweep is not None:
            return sweep.in_force(lowered)
        return ThreadsInForce(self._prompt_threads_now, self._threads_now, origin, lowered=lowered)

    def measure_threads(self) -> ThreadSweep:
        """Sweep now (llama-bench style, a few seconds), keep the result, and use it when threads are automatic.
        Stop ends it between thread counts."""
        llm = self._require()
        self._reset_cancel()
        sweep = self._measure(llm, self._others_busy_now())
        try:
            if self._sweeps is not None:
                self._sweeps.put(*self._sweep_key(llm), sweep)
            in_force = None
            if self._threads_asked <= 0:
                self._sweep = sweep
                in_force = self._first_step_threads("measured")
            else:
                self._set_threads(llm, self._threads_now, self._prompt_threads_now)
        finally:
            self._watch.mark()
        if self._loaded is not None and self._threads_asked <= 0:
            self._loaded = dataclasses.replace(self._loaded, threads=self._threads_now, threads_in_force=in_force)
        return sweep

    def _measure(self, llm: Any, others_busy: float | None) -> ThreadSweep:
        """Time :data:`PROMPT_PROBE` prompt tokens and :data:`GENERATION_PROBE` generated tokens at each thread
        count, best of two runs each, on random tokens and an empty cache, as llama-bench does."""
        import numpy as np

        rng = np.random.default_rng(0)
        vocab = llm.n_vocab()
        room = max(1, min(PROMPT_PROBE, llm.n_ctx() - 1))

        def tokens(n: int) -> list[int]:
            return [int(t) for t in rng.integers(0, vocab, size=n)]

        def timed(threads: int, one_at_a_time: bool) -> float:
            if self._cancel.is_set():
                raise EngineError(QT_TRANSLATE_NOOP("Engine", "Measuring threads cancelled"))
            self._set_threads(llm, threads, threads)
            n = min(GENERATION_PROBE, room) if one_at_a_time else room
            deadline = SWEEP_BUDGET_SECONDS / 4  # a count that collapses is not timed to the end
            best = 0.0
            for _ in range(2):  # the second only when the first was quick
                if best and n / best > deadline:
                    break
                llm.reset()
                llm._ctx.kv_cache_clear()
                probe = tokens(n)
                done, started = 0, time.perf_counter()
                if one_at_a_time:
                    for token in probe:
                        llm.eval([token])
                        done += 1
                        if time.perf_counter() - started > deadline:
                            break
                else:
                    llm.eval(probe)
                    done = n
                best = max(best, done / max(time.perf_counter() - started, 1e-9))
            return best

        try:
            cores = usable_cores()
            llm.eval(tokens(min(8, room)))  # warm-up: the first pass pays for the weights coming into memory
            return run_sweep(lambda t: timed(t, False), lambda t: timed(t, True), cores, others_busy=others_busy)
        finally:
            llm.reset()
            llm._ctx.kv_cache_clear()

    def _others_busy_now(self) -> float | None:
        """Cores other programs used since the engine last worked; after a short look (well under a second) when
        it has only just stopped (a sweep must know whether it measures the model or the other programs, and the
        first step after a load how many cores it may take)."""
        return self._watch.reading()

    def _set_threads(self, llm: Any, generation: int, prompt: int) -> None:
        import llama_cpp

        llama_cpp.llama_set_n_threads(llm.ctx, generation, prompt)

    @staticmethod
    def _llama_kwargs(llama_cpp: Any, options: LoadOptions, device: str, attempt: LlamaAttempt) -> dict[str, Any]:
        """The ``Llama`` constructor's arguments for ``options`` tried as ``attempt``."""
        kwargs: dict[str, Any] = {
            "n_ctx": options.context_length,
            "n_threads": options.threads,
            "n_threads_batch": options.threads,
            "n_batch": options.batch_size,
            "n_ubatch": options.ubatch_size,
            "n_gpu_layers": options.gpu_layers if device != "CPU" else 0,
            "type_k": GGML_TYPES[attempt.cache_type],
            "type_v": GGML_TYPES[attempt.cache_type],
            "verbose": False,
        }
        if "flash_attn_type" in _llama_parameters(llama_cpp) and options.flash_attention == "auto" and attempt.flash:
            kwargs["flash_attn_type"] = llama_cpp.LLAMA_FLASH_ATTN_TYPE_AUTO  # the build decides, as its tools do
        else:
            kwargs["flash_attn"] = attempt.flash
        if options.adapters:
            kwargs["lora_path"] = options.adapters[0]
        return kwargs

    def _import_llama_cpp(self) -> Any:
        import llama_cpp

        if not _LOG_CALLBACK:

            @llama_cpp.llama_log_callback
            def on_log(level: int, text: bytes, user_data: ctypes.c_void_p) -> None:
                if level == 3:  # GGML_LOG_LEVEL_ERROR
                    line = text.decode("utf-8", "replace").strip()
                    if line:
                        _LOG_ERRORS.append(line)

            # llama.cpp keeps only the pointer, for the life of the process: so must we, or a backend
            # that is garbage-collected leaves llama.cpp calling freed memory on its next log line.
            _LOG_CALLBACK.append(on_log)
            llama_cpp.llama_log_set(on_log, ctypes.c_void_p(0))
        return llama_cpp

    @staticmethod
    def _device(llama_cpp: Any) -> str:
        from workbench.backends import llama_gpu_from_system_info

        info = llama_cpp.llama_print_system_info().decode("utf-8", "replace")
        return llama_gpu_from_system_info(info, bool(llama_cpp.llama_supports_gpu_offload()))

    @staticmethod
    def _chat_formatter(llm: Any) -> tuple[ChatTemplate | None, str]:
        """The model's chat template, compiled under the engine's limits, or None and why (a model without one
        needs no explanation; one that cannot be used gets a line)."""
        template = llm.metadata.get("tokenizer.chat_template")
        if not template:
            return None, ""

        def token_text(token_id: int) -> str:
            if token_id < 0:
                return ""
            return str(llm._model.token_get_text(token_id))

        try:
            bos, eos = token_text(llm.token_bos()), token_text(llm.token_eos())
            return ChatTemplate(template, bos_token=bos, eos_token=eos), ""
        except TemplateFailed as failed:
            return None, failed.notice

    def unload(self) -> None:
        if self._chunks is not None:  # before the model it was made on
            self._chunks.close()
            self._chunks = None
        if self._llm is not None:
            self._llm.close()
        self._llm = None
        self._formatter = None
        self._loaded = None

    # -- generation --------------------------------------------------------------------

    def prompt_tokens(self, messages: list[ChatMessage], thinking: bool | None = None) -> list[int]:
        """The conversation rendered with the model's chat template (``thinking``: its ``enable_thinking``
        switch, None for the template's default), as tokens."""
        llm = self._require()
        if self._formatter is not None:
            try:
                prompt = self._formatter.render(messages, cancelled=self._cancel.is_set, thinking=thinking)
            except TemplateFailed as failed:
                self._reply_notes.append(failed.notice)
            except TemplateCancelled:
                pass  # Stop came while the template ran: the plain prompt is cheap, and generation stops at once
            else:
                return list(llm.tokenize(prompt.encode("utf-8"), add_bos=False, special=True))
        return list(llm.tokenize(plain_prompt(messages).encode("utf-8"), add_bos=True, special=False))

    def generate_tokens(self, tokens: list[int], params: SamplingParams) -> Iterator[ReplyEvent]:
        """Stream a reply to an already tokenized prompt."""
        import llama_cpp

        llm = self._require()
        self._reset_cancel()
        threads = self._adapt_threads().threads
        tally = ReplyTally(len(tokens))
        budget = reply_budget(len(tokens), llm.n_ctx(), params.max_tokens)
        if params.seed >= 0:
            llm.set_seed(params.seed)
        vocab = llama_cpp.llama_model_get_vocab(llm._model.model)
        decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        stop: StopReason = "length"
        generator = llm.generate(
            tokens,
            top_k=params.top_k,
            top_p=params.top_p,
            min_p=params.min_p,
            temp=params.temperature,
            repeat_penalty=params.repeat_penalty,
        )
        try:
            for token in generator:
                if self._cancel.is_set():
                    stop = "cancelled"
                    break
                if llama_cpp.llama_vocab_is_eog(vocab, token):
                    stop = "eos"
                    break
                yield tally.token(decoder.decode(token_bytes(llama_cpp, vocab, token)))
                if tally.count >= budget:
                    stop = "length" if budget == params.max_tokens else "context"
                    break
        finally:
            generator.close()
        tail = decoder.decode(b"", final=True)
        if tail:
            yield tally.text(tail)
        done = tally.done(stop)
        self._watch.mark()
        yield dataclasses.replace(done, stats=dataclasses.replace(done.stats, threads=threads))

    # -- plain text (the completions API) ----------------------------------------------------

    def text_tokens(self, text: str) -> list[int]:
        """A plain text as a prompt: the model's beginning-of-text token when it uses one, then the text."""
        llm = self._require()
        return list(llm.tokenize(text.encode("utf-8"), add_bos=True, special=False))

    def generate_text(self, text: str, params: SamplingParams) -> Iterator[ReplyEvent]:
        """Continue ``text`` (no chat template)."""
        return self.generate_tokens(self.text_tokens(text), params)

    def score_text(self, text: str, top: int) -> PromptScores:
        """Each token of ``text`` with its log-probability given the tokens before it, and the ``top`` most likely
        tokens at each position; in one fresh pass (:meth:`evaluate`), so it must fit the context."""
        import llama_cpp
        import numpy as np

        llm = self._require()
        tokens = self.text_tokens(text)
        with_bos = len(tokens) > 0 and llm.token_bos() >= 0 and tokens[0] == llm.token_bos()
        shown = tokens[1:] if with_bos else tokens
        vocab = llama_cpp.llama_model_get_vocab(llm._model.model)

        def piece(token: int) -> str:
            return token_bytes(llama_cpp, vocab, int(token)).decode("utf-8", "replace")

        pieces = [piece(t) for t in shown]
        if len(tokens) < 2:
            return PromptScores(pieces, [None] * len(pieces), [[] for _ in pieces])
        evaluation = self.evaluate(tokens, 0, distributions=top > 0)
        scored: list[float | None] = [float(v) for v in evaluation.token_logprobs]
        best: list[list[tuple[str, float]]] = []
        if top > 0:
            assert evaluation.logprobs is not None
            for row in evaluation.logprobs:
                ids = np.argpartition(row, -top)[-top:]
                ids = ids[np.argsort(row[ids])[::-1]]
                best.append([(piece(int(i)), float(row[i])) for i in ids])
        else:
            best = [[] for _ in scored]
        if not with_bos:  # the first token has nothing before it
            scored, best = [None, *scored], [[], *best]
        return PromptScores(pieces, scored, best)

    # -- benchmark ---------------------------------------------------------------------

    def bench(self, n_prompt: int, n_gen: int, repetitions: int) -> BenchResult:
        """llama-bench's method: random tokens, a cleared cache each run, one warm-up run.

        Prompt processing decodes ``n_prompt`` tokens in batches of ``n_batch``; generation decodes ``n_gen`` tokens
        one at a time. Like llama-bench, each step is a bare ``llama_decode`` of a one-sequence batch: nothing is
        sampled, and the logits are not copied out (``Llama.eval`` would also trim the cache and fill its batch
        token by token in Python, work that is not the model's).
        """
        import llama_cpp
        import numpy as np

        llm = self._require()
        check_bench_fits(n_prompt, n_gen, llm.n_ctx())
        rng = np.random.default_rng(0)
        vocab, n_batch, ctx = llm.n_vocab(), llm.n_batch, llm._ctx.ctx
        one = (llama_cpp.llama_token * 1)()
        one_batch = llama_cpp.llama_batch_get_one(one, 1)

        def decode(batch: Any) -> None:
            code = llama_cpp.llama_decode(ctx, batch)
            if code != 0:
                failed = tr("Engine", "llama.cpp could not evaluate the text (code {code}).")
                raise EngineError(failed.format(code=code))

        def run(n: int, one_at_a_time: bool) -> float:
            llm.reset()
            llama_cpp.llama_memory_clear(llama_cpp.llama_get_memory(ctx), False)
            tokens = rng.integers(0, vocab, size=n).tolist()
            if one_at_a_time:
                started = time.perf_counter()
                for t in tokens:
                    if self._cancel.is_set():
                        raise EngineError(QT_TRANSLATE_NOOP("Engine", "Benchmark cancelled"))
                    one[0] = t
                    decode(one_batch)
                return time.perf_counter() - started
            batches = [(llama_cpp.llama_token * len(part))(*part) for part in
                       (tokens[i : i + n_batch] for i in range(0, n, n_batch))]
            started = time.perf_counter()
            for batch in batches:
                decode(llama_cpp.llama_batch_get_one(batch, len(batch)))
            return time.perf_counter() - started

        self._reset_cancel()
        threads = self._adapt_threads().threads
        try:
            result = bench_schedule(run, n_prompt, n_gen, repetitions)
        finally:
            self._watch.mark()
            llm.reset()
            llama_cpp.llama_memory_clear(llama_cpp.llama_get_memory(ctx), True)
        return dataclasses.replace(result, threads=threads)

    def _adapt_threads(self, first_step: bool = False) -> ThreadChoice:
        """With automatic threads, start from the measured counts (:meth:`measure_threads`) and leave other
        programs the cores they used while the engine was idle (see :mod:`workbench.engine.threads`); the choice
        for generation this step (prompts run on :attr:`_prompt_threads_now`). ``first_step``: just after a load or
        a sweep, when the engine has not been idle long enough to tell, wait briefly for a reading and choose
        without regard to previous counts."""
        llm = self._require()
        if self._threads_asked > 0:
            return ThreadChoice(self._threads_now, "as you set them")
        cores, sweep = usable_cores(), self._sweep
        busy = self._others_busy_now() if first_step else self._watch.others_busy()
        before = (None, None) if first_step else (self._threads_now or None, self._prompt_threads_now or None)
        generation = choose_threads(0, cores, busy, before[0], sweep.generation_threads if sweep else None)
        prompt = choose_threads(0, cores, busy, before[1], sweep.prompt_threads if sweep else None).threads
        if (generation.threads, prompt) != (self._threads_now, self._prompt_threads_now):
            self._set_threads(llm, generation.threads, prompt)
            self._threads_now, self._prompt_threads_now = generation.threads, prompt
        return generation

    # -- evaluation (perplexity, KL divergence) --------------------------------------------

    def tokenize_text(self, text: str) -> list[int]:
        llm = self._require()
        return list(llm.tokenize(text.encode("utf-8"), add_bos=False, special=False))

    def vocabulary(self) -> Vocabulary:
        import llama_cpp

        llm = self._require()
        vocab = llama_cpp.llama_model_get_vocab(llm._model.model)
        return vocabulary_of(llama_cpp.llama_vocab_get_text(vocab, token) or b"" for token in range(llm.n_vocab()))

    def evaluate(self, tokens: list[int], first_scored: int, distributions: bool) -> Evaluation:
        """llama.cpp's perplexity pass over one chunk: an empty cache, in batches of ``n_batch`` tokens (cancel is
        checked between them), with logits asked for only at the scored positions, as llama-perplexity does (the
        output layer over the whole vocabulary is a large share of a small model's work)."""
        import numpy as np

        from workbench.engine.evaluation import evaluation_from_logits

        llm = self._require()
        n = len(tokens)
        check_chunk(n, first_scored, llm.n_ctx())
        self._reset_cancel()
        self._adapt_threads()
        chunk = list(tokens)
        if llm._model.add_bos_token() and llm.token_bos() >= 0:
            chunk[0] = llm.token_bos()
        n_vocab = llm.n_vocab()
        llm.reset()
        llm._ctx.kv_cache_clear()
        logits = np.empty((n - first_scored - 1, n_vocab), dtype=np.float32)
        try:
            for start in range(0, n, llm.n_batch):
                if self._cancel.is_set():
                    raise EngineError(QT_TRANSLATE_NOOP("Engine", "Evaluation cancelled"))
                batch = chunk[start : start + llm.n_batch]
                lo, hi = max(start, first_scored), min(start + len(batch), n - 1)
                llm._batch.set_batch(batch=batch, n_past=start, logits_all=False)
                wanted = llm._batch.batch.logits
                for j in range(len(batch)):
                    wanted[j] = lo <= start + j < hi
                llm._ctx.decode(llm._batch)
                if lo < hi:
                    rows = np.ctypeslib.as_array(llm._ctx.get_logits(), shape=(hi - lo, n_vocab))
                    logits[lo - first_scored : hi - first_scored] = rows
        finally:
            self._watch.mark()
            llm.reset()
            llm._ctx.kv_cache_clear()
        targets = np.asarray(tokens[first_scored + 1 :], dtype=np.int64)
        return evaluation_from_logits(logits, targets, distributions, workers=self._prompt_threads_now)

    def evaluate_chunks(self, chunks: list[list[int]], first_scored: int, distributions: bool) -> list[Evaluation]:
        """:meth:`evaluate` for several chunks of the same length, as llama-perplexity runs them: ``batch ÷ chunk``
        chunks side by side in one decode (four of 512 tokens with the default batch of 2048), each its own
        sequence with its own cache, logits only at the scored positions (see :mod:`workbench.engine.llama_chunks`).
        The results are the same as one chunk at a time; the model's output layer and the threads' meetings are
        shared, and only the scored rows are read."""
        import llama_cpp
        import numpy as np

        from workbench.engine.evaluation import evaluation_from_logits

        llm = self._require()
        if not chunks:
            return []
        n = len(chunks[0])
        if any(len(chunk) != n for chunk in chunks):
            raise EngineError(tr("Engine", "The chunks of one evaluation must all have the same number of tokens."))
        check_chunk(n, first_scored, llm.n_ctx())
        batch = self._loaded.options.batch_size if self._loaded and self._loaded.options else llm.n_batch
        n_seq = sequences_per_pass(n, batch, len(chunks))
        if n_seq == 1:
            return [self.evaluate(chunk, first_scored, distributions) for chunk in chunks]
        self._reset_cancel()
        self._adapt_threads()
        threads = self._prompt_threads_now  # every pass is one large batch
        context = self._chunk_context(llama_cpp, llm, n, max(1, batch // n), threads)
        bos = llm.token_bos() if llm._model.add_bos_token() else -1
        prepared = [[bos, *chunk[1:]] if bos >= 0 else list(chunk) for chunk in chunks]
        results: list[Evaluation] = []
        try:
            for group in context.passes(prepared, first_scored):
                for logits in group:
                    targets = np.asarray(chunks[len(results)][first_scored + 1 :], dtype=np.int64)
                    results.append(evaluation_from_logits(logits, targets, distributions, workers=threads))
        finally:
            self._watch.mark()
        return results

    def _chunk_context(self, llama_cpp: Any, llm: Any, chunk_tokens: int, n_seq: int, threads: int) -> ChunkContext:
        """The context for ``n_seq`` chunks of ``chunk_tokens``, kept for the next evaluation of that shape."""
        kept = self._chunks
        if kept is not None and (kept.chunk_tokens, kept.n_seq) == (chunk_tokens, n_seq):
            kept.set_threads(threads)
            return kept
        if kept is not None:
            kept.close()
            self._chunks = None
        self._chunks = ChunkContext(llama_cpp, llm, chunk_tokens, n_seq, threads, self._cancel)
        return self._chunks

    def _require(self) -> Any:
        if self._llm is None:
            raise EngineNotLoaded(QT_TRANSLATE_NOOP("Engine", "No model is loaded."))
        return self._llm


_PARAMETERS: list[frozenset[str]] = []


@contextlib.contextmanager
def _huge_pages_for_the_weights(wanted: bool) -> Iterator[None]:
    """While ``Llama`` loads a model: with ``wanted``, the weights it reads in come in 2 MB pages, and the context it
    makes next (the KV cache, the compute buffers, which are reserved for the worst case and only partly used) in
    small ones again, so that the engine holds what the memory estimate counts (:mod:`workbench.hugepages`)."""
    if not wanted:
        yield
        return
    from llama_cpp import _internals as internals

    make_context = internals.LlamaContext.__init__

    def small_pages_then_make(self: Any, *args: Any, **kwargs: Any) -> None:
        small_pages_only()
        make_context(self, *args, **kwargs)

    allow_huge_pages()
    internals.LlamaContext.__init__ = small_pages_then_make  # type: ignore[method-assign]
    try:
        yield
    finally:
        internals.LlamaContext.__init__ = make_context  # type: ignore[method-assign]
        small_pages_only()


def _llama_parameters(llama_cpp: Any) -> frozenset[str]:
    """The names the installed ``Llama`` constructor accepts (newer releases take ``flash_attn_type``)."""
    if not _PARAMETERS:
        _PARAMETERS.append(frozenset(inspect.signature(llama_cpp.Llama.__init__).parameters))
    return _PARAMETERS[0]
