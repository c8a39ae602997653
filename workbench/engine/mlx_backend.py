"""The MLX backend (mlx-lm). Runs inside the engine process.

Loads MLX-format folders (config.json, safetensors, tokenizer). On Apple Silicon MLX runs on the GPU
(Metal); elsewhere, with ``mlx-lm[cpu]``, on the CPU. Importing this module imports neither mlx nor
mlx_lm; :meth:`MlxBackend.load` does.
"""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Iterator
from typing import Any

from workbench.bench import bench_schedule
from workbench.engine.accounting import ReplyTally
from workbench.engine.cancellable import CancellableBackend, plain_prompt
from workbench.engine.limits import check_bench_fits, check_chunk, reply_budget, vocabulary_of
from workbench.engine.options import KV_CACHE_LABELS, LoadOptions
from workbench.engine.protocol import (
    BenchResult,
    ChatMessage,
    Evaluation,
    LoadedModel,
    ReplyEvent,
    StopReason,
    Vocabulary,
)
from workbench.errors import EngineError, EngineNotLoaded
from workbench.formats.mlx import check_mlx_folder
from workbench.i18n import QT_TRANSLATE_NOOP, tr
from workbench.sampling import SamplingParams

REPEAT_WINDOW = 64
"""Tokens the repetition penalty looks back over: llama.cpp's default (``penalty_last_n``)."""

EVAL_BATCH = 512
"""Tokens per forward pass when evaluating a chunk; cancel is checked between passes."""


def mlx_device_name(device_type: str, system: str) -> str:
    """``Metal`` for MLX's GPU on macOS, ``CUDA`` for its GPU elsewhere, ``CPU`` otherwise."""
    if device_type.endswith("gpu"):
        return "Metal" if system == "darwin" else "CUDA"
    return "CPU"


def sampling_kwargs(params: SamplingParams) -> dict[str, Any]:
    """Our sampling parameters as :func:`mlx_lm.sample_utils.make_sampler` arguments.

    mlx-lm disables a filter with 0 where we write 1.0 (top-p) or 0 (top-k, min-p); temperature 0 is greedy
    in both.
    """
    return {
        "temp": max(0.0, params.temperature),
        "top_p": params.top_p if 0.0 < params.top_p < 1.0 else 0.0,
        "min_p": max(0.0, params.min_p),
        "top_k": max(0, params.top_k),
    }


class MlxBackend(CancellableBackend):
    """Loads an MLX-format folder with mlx-lm and streams replies.

    ``cancel_event`` is shared with the parent process: setting it stops the reply at the next token.
    """

    name = "MLX"
    backend_id = "mlx"

    def __init__(self, cancel_event: Any | None = None) -> None:
        super().__init__(cancel_event)
        self._model: Any = None
        self._tokenizer: Any = None
        self._loaded: LoadedModel | None = None

    # -- loading -----------------------------------------------------------------------

    def load(self, path: str, options: LoadOptions) -> LoadedModel:
        check_mlx_folder(path)
        if len(options.adapters) > 1:
            raise EngineError(QT_TRANSLATE_NOOP("Engine", "MLX here applies one adapter at a time: choose one."))
        try:
            import mlx.core as mx
            import mlx_lm
        except ImportError as exc:
            raise EngineError(
                tr("Engine", "MLX is not installed here ({package}): pip install mlx-lm").format(package=exc.name)
            ) from exc
        self.unload()
        started = time.perf_counter()
        try:
            result = mlx_lm.load(str(path), adapter_path=options.adapters[0] if options.adapters else None)
            model, tokenizer = result[0], result[1]
        except Exception as exc:  # mlx-lm raises ValueError, KeyError, FileNotFoundError … on a bad folder
            raise EngineError(
                tr("Engine", "MLX could not load {path}: {detail}").format(
                    path=path, detail=f"{type(exc).__name__}: {exc}"
                )
            ) from exc
        self._model, self._tokenizer = model, tokenizer
        device = mlx_device_name(str(mx.default_device().type), sys.platform)
        notes: tuple[str, ...] = ()
        if options.kv_cache_type != "f16":
            label = KV_CACHE_LABELS.get(options.kv_cache_type, options.kv_cache_type)
            notes = (f"MLX keeps its KV cache in F16 here, not {label}.",)
        self._loaded = LoadedModel(
            path=str(path),
            backend=self.name,
            device=device,
            threads=0,
            context_length=options.context_length,
            load_seconds=time.perf_counter() - started,
            has_chat_template=bool(getattr(tokenizer, "chat_template", None)),
            notes=notes,
        )
        return self._loaded

    def unload(self) -> None:
        loaded = self._model is not None
        self._model = None
        self._tokenizer = None
        self._loaded = None
        if loaded:
            gc.collect()
            import mlx.core as mx

            mx.clear_cache()

    # -- generation --------------------------------------------------------------------

    def prompt_tokens(self, messages: list[ChatMessage], thinking: bool | None = None) -> list[int]:
        """The conversation rendered with the tokenizer's chat template, as tokens (``thinking`` True or False is
        given to the template as ``enable_thinking``; None leaves it to mlx-lm, which switches thinking on only when
        the vocabulary has a thinking token)."""
        self._require()
        tokenizer = self._tokenizer
        if getattr(tokenizer, "chat_template", None):
            switches = {} if thinking is None else {"enable_thinking": thinking}
            ids = tokenizer.apply_chat_template(list(messages), add_generation_prompt=True, **switches)
            if isinstance(ids, dict) or hasattr(ids, "keys"):  # a BatchEncoding from some tokenizers
                ids = ids["input_ids"]
            return [int(t) for t in ids]
        return [int(t) for t in tokenizer.encode(plain_prompt(messages))]

    def generate_tokens(self, tokens: list[int], params: SamplingParams) -> Iterator[ReplyEvent]:
        """Stream a reply to an already tokenized prompt with ``mlx_lm.stream_generate``."""
        import mlx.core as mx
        from mlx_lm import stream_generate
        from mlx_lm.sample_utils import make_logits_processors, make_sampler

        model = self._require()
        self._reset_cancel()
        tally = ReplyTally(len(tokens))
        n_ctx = self._loaded.context_length if self._loaded is not None else 0
        budget = reply_budget(len(tokens), n_ctx, params.max_tokens)
        if params.seed >= 0:
            mx.random.seed(params.seed)
        mx.reset_peak_memory()
        penalty = params.repeat_penalty if params.repeat_penalty and params.repeat_penalty != 1.0 else None
        responses = stream_generate(
            model,
            self._tokenizer,
            tokens,
            max_tokens=budget,
            sampler=make_sampler(**sampling_kwargs(params)),
            logits_processors=make_logits_processors(
                repetition_penalty=penalty, repetition_context_size=REPEAT_WINDOW
            ),
        )
        stop: StopReason = "length"
        prompt_seconds: float | None = None
        peak = 0.0
        try:
            for response in responses:
                if self._cancel.is_set():
                    stop = "cancelled"
                    break
                if prompt_seconds is None and response.prompt_tps > 0:
                    prompt_seconds = response.prompt_tokens / response.prompt_tps
                peak = max(peak, float(response.peak_memory))
                if response.finish_reason == "stop":  # the end-of-text token: not part of the reply
                    stop = "eos"
                    if response.text:
                        yield tally.text(response.text)
                    break
                yield tally.token(response.text)
                if response.finish_reason == "length":
                    stop = "length" if budget == params.max_tokens else "context"
                    break
        finally:
            responses.close()
        yield tally.done(stop, prompt_seconds=prompt_seconds, peak_memory=int(peak * 1e9))

    # -- benchmark ---------------------------------------------------------------------

    def bench(self, n_prompt: int, n_gen: int, repetitions: int) -> BenchResult:
        """llama-bench's method, as :meth:`LlamaBackend.bench`: random tokens, a fresh cache each run, one
        warm-up run; prompt processing in one pass, generation one token at a time, sampling not timed."""
        import mlx.core as mx
        import numpy as np
        from mlx_lm.models.cache import make_prompt_cache

        model = self._require()
        n_ctx = self._loaded.context_length if self._loaded is not None else 0
        check_bench_fits(n_prompt, n_gen, n_ctx)
        rng = np.random.default_rng(0)
        vocab = self._vocab_size()

        def run(n: int, one_at_a_time: bool) -> float:
            cache = make_prompt_cache(model)
            tokens = [int(t) for t in rng.integers(0, vocab, size=n)]
            started = time.perf_counter()
            if one_at_a_time:
                for t in tokens:
                    if self._cancel.is_set():
                        raise EngineError(QT_TRANSLATE_NOOP("Engine", "Benchmark cancelled"))
                    mx.eval(model(mx.array([[t]]), cache=cache))
            else:
                mx.eval(model(mx.array([tokens]), cache=cache))
            return time.perf_counter() - started

        self._reset_cancel()
        result = bench_schedule(run, n_prompt, n_gen, repetitions)
        return result

    # -- evaluation (perplexity, KL divergence) --------------------------------------------

    def tokenize_text(self, text: str) -> list[int]:
        self._require()
        # verbose=False: no warning that the text is longer than the model's context (it is evaluated in chunks)
        return [int(t) for t in self._tokenizer.encode(text, add_special_tokens=False, verbose=False)]

    def vocabulary(self) -> Vocabulary:
        """Token texts in id order, as the tokenizer names them (``Ġthe``), which is how GGUF files store them:
        the same model as GGUF and as MLX has the same digest."""
        self._require()
        texts = self._tokenizer.convert_ids_to_tokens(list(range(self._vocab_size())))
        return vocabulary_of((text or "").encode("utf-8") for text in texts)

    def evaluate(self, tokens: list[int], first_scored: int, distributions: bool) -> Evaluation:
        """The perplexity pass over one chunk, as :meth:`LlamaBackend.evaluate`: a fresh cache, logits at every
        position, in passes of :data:`EVAL_BATCH` tokens (cancel is checked between them)."""
        import mlx.core as mx
        import numpy as np
        from mlx_lm.models.cache import make_prompt_cache

        from workbench.engine.evaluation import evaluation_from_logits

        model = self._require()
        n = len(tokens)
        n_ctx = self._loaded.context_length if self._loaded is not None else n
        check_chunk(n, first_scored, n_ctx)
        self._reset_cancel()
        chunk = list(tokens)
        bos = self._bos_added()
        if bos is not None:
            chunk[0] = bos
        cache = make_prompt_cache(model)
        logits: Any = None  # only the scored rows are kept: a whole chunk's logits can take gigabytes
        for start in range(0, n, EVAL_BATCH):
            if self._cancel.is_set():
                raise EngineError(QT_TRANSLATE_NOOP("Engine", "Evaluation cancelled"))
            batch = chunk[start : start + EVAL_BATCH]
            out = model(mx.array([batch]), cache=cache)[0].astype(mx.float32)
            mx.eval(out)
            if logits is None:
                logits = np.empty((n - first_scored - 1, out.shape[-1]), dtype=np.float32)
            lo, hi = max(start, first_scored), min(start + len(batch), n - 1)
            if lo < hi:
                logits[lo - first_scored : hi - first_scored] = np.array(out[lo - start : hi - start])
        return evaluation_from_logits(logits, np.asarray(tokens[first_scored + 1 :], dtype=np.int64), distributions)

    # -- helpers -------------------------------------------------------------------------

    def _vocab_size(self) -> int:
        args = getattr(self._model, "args", None)
        size = getattr(args, "vocab_size", 0) if args is not None else 0
        return int(size or len(self._tokenizer.get_vocab()))

    def _bos_added(self) -> int | None:
        """The beginning-of-text token when the tokenizer starts texts with one, else None."""
        bos = getattr(self._tokenizer, "bos_token_id", None)
        if bos is None:
            return None
        ids = self._tokenizer.encode("a")
        return int(bos) if ids[:1] == [bos] else None

    def _require(self) -> Any:
        if self._model is None:
            raise EngineNotLoaded(QT_TRANSLATE_NOOP("Engine", "No model is loaded."))
        return self._model
