"""The llama.cpp backend (llama-cpp-python). Runs inside the engine process.

Importing this module does not import llama_cpp; :meth:`LlamaBackend.load` does, so the
window process never pays for it.
"""

from __future__ import annotations

import codecs
import collections
import ctypes
import time
from collections.abc import Iterator
from typing import Any

from workbench.bench import bench_schedule
from workbench.engine.cancellable import CancellableBackend
from workbench.engine.limits import check_bench_fits, check_chunk, reply_budget, vocabulary_of
from workbench.engine.protocol import (
    BenchResult,
    ChatMessage,
    Evaluation,
    LoadedModel,
    ReplyDone,
    ReplyEvent,
    ReplyStats,
    StopReason,
    TokenEvent,
    Vocabulary,
)
from workbench.errors import EngineError, EngineNotLoaded
from workbench.model_info import check_model_path
from workbench.sampling import SamplingParams


def plain_prompt(messages: list[ChatMessage]) -> str:
    """A prompt for models without a chat template: each turn on its own labelled line."""
    lines = [f"{m['role'].capitalize()}: {m['content']}" for m in messages]
    return "\n".join(lines) + "\nAssistant:"


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


class LlamaBackend(CancellableBackend):
    """Loads a GGUF with llama.cpp and streams replies.

    ``cancel_event`` is shared with the parent process: setting it stops the reply at the
    next token.
    """

    name = "llama.cpp"

    def __init__(self, cancel_event: Any | None = None) -> None:
        super().__init__(cancel_event)
        self._llm: Any = None
        self._formatter: Any = None
        self._loaded: LoadedModel | None = None
        self._log_errors = _LOG_ERRORS

    # -- loading -----------------------------------------------------------------------

    def load(self, path: str, params: SamplingParams) -> LoadedModel:
        check_model_path(path)
        llama_cpp = self._import_llama_cpp()
        self.unload()
        device = self._device(llama_cpp)
        started = time.perf_counter()
        self._log_errors.clear()
        try:
            llm = llama_cpp.Llama(
                model_path=str(path),
                n_ctx=params.context_length,
                n_threads=params.threads,
                n_threads_batch=params.threads,
                n_gpu_layers=-1 if device != "CPU" else 0,
                seed=params.seed if params.seed >= 0 else llama_cpp.LLAMA_DEFAULT_SEED,
                verbose=False,
            )
        except (ValueError, RuntimeError) as exc:
            detail = self._log_errors[-1] if self._log_errors else str(exc)
            raise EngineError(f"llama.cpp could not load {path}: {detail}") from exc
        self._llm = llm
        self._formatter = self._chat_formatter(llm)
        self._loaded = LoadedModel(
            path=str(path),
            backend=self.name,
            device=device,
            threads=params.threads,
            context_length=llm.n_ctx(),
            load_seconds=time.perf_counter() - started,
            has_chat_template=self._formatter is not None,
        )
        return self._loaded

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
    def _chat_formatter(llm: Any) -> Any:
        from llama_cpp.llama_chat_format import Jinja2ChatFormatter

        template = llm.metadata.get("tokenizer.chat_template")
        if not template:
            return None

        def token_text(token_id: int) -> str:
            if token_id < 0:
                return ""
            return str(llm._model.token_get_text(token_id))

        return Jinja2ChatFormatter(
            template=template,
            eos_token=token_text(llm.token_eos()),
            bos_token=token_text(llm.token_bos()),
            stop_token_ids=[llm.token_eos()],
        )

    def unload(self) -> None:
        if self._llm is not None:
            self._llm.close()
        self._llm = None
        self._formatter = None
        self._loaded = None

    # -- generation --------------------------------------------------------------------

    def prompt_tokens(self, messages: list[ChatMessage]) -> list[int]:
        """The conversation rendered with the model's chat template, as tokens."""
        llm = self._require()
        if self._formatter is not None:
            result = self._formatter(messages=messages)
            return list(llm.tokenize(result.prompt.encode("utf-8"), add_bos=not result.added_special, special=True))
        return list(llm.tokenize(plain_prompt(messages).encode("utf-8"), add_bos=True, special=False))

    def generate_tokens(self, tokens: list[int], params: SamplingParams) -> Iterator[ReplyEvent]:
        """Stream a reply to an already tokenized prompt."""
        import llama_cpp

        llm = self._require()
        self._reset_cancel()
        started = time.perf_counter()
        n_ctx = llm.n_ctx()
        budget = reply_budget(len(tokens), n_ctx, params.max_tokens)
        if params.seed >= 0:
            llm.set_seed(params.seed)
        vocab = llama_cpp.llama_model_get_vocab(llm._model.model)
        decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        pieces: list[str] = []
        first_at: float | None = None
        last_at = started
        count = 0
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
                now = time.perf_counter()
                if self._cancel.is_set():
                    stop = "cancelled"
                    break
                if llama_cpp.llama_vocab_is_eog(vocab, token):
                    stop = "eos"
                    break
                if first_at is None:
                    first_at = now
                last_at = now
                text = decoder.decode(token_bytes(llama_cpp, vocab, token))
                pieces.append(text)
                yield TokenEvent(text=text, index=count, time=now - started)
                count += 1
                if count >= budget:
                    stop = "length" if budget == params.max_tokens else "context"
                    break
        finally:
            generator.close()
        tail = decoder.decode(b"", final=True)
        if tail:
            pieces.append(tail)
            yield TokenEvent(text=tail, index=count, time=time.perf_counter() - started)
        prompt_seconds = (first_at if first_at is not None else time.perf_counter()) - started
        stats = ReplyStats(
            prompt_tokens=len(tokens),
            prompt_seconds=prompt_seconds,
            generated_tokens=count,
            generation_seconds=(last_at - first_at) if first_at is not None else 0.0,
            time_to_first_token=prompt_seconds,
            stop_reason=stop,
        )
        yield ReplyDone(text="".join(pieces), stats=stats)

    # -- benchmark ---------------------------------------------------------------------

    def bench(self, n_prompt: int, n_gen: int, repetitions: int) -> BenchResult:
        """llama-bench's method: random tokens, a cleared cache each run, one warm-up run.

        Prompt processing evaluates ``n_prompt`` tokens in batches; generation evaluates
        ``n_gen`` tokens one at a time. Sampling is not timed, as in llama-bench.
        """
        import numpy as np

        llm = self._require()
        check_bench_fits(n_prompt, n_gen, llm.n_ctx())
        rng = np.random.default_rng(0)
        vocab = llm.n_vocab()

        def run(n: int, one_at_a_time: bool) -> float:
            llm.reset()
            llm._ctx.kv_cache_clear()
            tokens = [int(t) for t in rng.integers(0, vocab, size=n)]
            started = time.perf_counter()
            if one_at_a_time:
                for t in tokens:
                    if self._cancel.is_set():
                        raise EngineError("Benchmark cancelled")
                    llm.eval([t])
            else:
                llm.eval(tokens)
            return time.perf_counter() - started

        self._reset_cancel()
        result = bench_schedule(run, n_prompt, n_gen, repetitions)
        llm.reset()
        return result

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
        """llama.cpp's perplexity pass over one chunk: an empty cache, logits at every position,
        in batches of ``n_batch`` tokens (cancel is checked between them)."""
        import numpy as np

        from workbench.compare.quality import evaluation_from_logits

        llm = self._require()
        n = len(tokens)
        check_chunk(n, first_scored, llm.n_ctx())
        self._reset_cancel()
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
                    raise EngineError("Evaluation cancelled")
                batch = chunk[start : start + llm.n_batch]
                llm._batch.set_batch(batch=batch, n_past=start, logits_all=True)
                llm._ctx.decode(llm._batch)
                rows = np.ctypeslib.as_array(llm._ctx.get_logits(), shape=(len(batch), n_vocab))
                lo, hi = max(start, first_scored), min(start + len(batch), n - 1)
                if lo < hi:
                    logits[lo - first_scored : hi - first_scored] = rows[lo - start : hi - start]
        finally:
            llm.reset()
            llm._ctx.kv_cache_clear()
        return evaluation_from_logits(logits, np.asarray(tokens[first_scored + 1 :], dtype=np.int64), distributions)

    def _require(self) -> Any:
        if self._llm is None:
            raise EngineNotLoaded("No model is loaded.")
        return self._llm
