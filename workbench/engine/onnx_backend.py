"""The ONNX Runtime GenAI backend (onnxruntime-genai). Runs inside the engine process.

Loads ONNX GenAI folders (genai_config.json, the ONNX graph and its weights, a tokenizer) as Olive, the runtime's
model builder and Foundry Local write them, on the execution provider the folder was built for when this
installation has it, else on the CPU (and says so). The chat template is the folder's own (tokenizer_config.json),
rendered by :mod:`workbench.engine.chat_template` under its limits. Importing this module does not import
onnxruntime_genai; :meth:`OnnxBackend.load` does.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from workbench.bench import bench_schedule
from workbench.engine.accounting import ReplyTally
from workbench.engine.cancellable import CancellableBackend, plain_prompt
from workbench.engine.chat_template import ChatTemplate, TemplateCancelled, TemplateFailed
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
from workbench.engine.threads import choose_threads, usable_cores
from workbench.errors import EngineError, EngineNotLoaded
from workbench.formats.onnx import ProviderChoice, check_onnx_folder, choose_provider, provider_label
from workbench.i18n import QT_TRANSLATE_NOOP, format_compact, format_integer, tr
from workbench.sampling import SamplingParams

EVAL_BATCH = 512
"""Tokens per forward pass when evaluating a chunk; cancel is checked between passes."""
MAX_TOKENIZER_FILE_BYTES = 64_000_000
"""tokenizer.json / tokenizer_config.json larger than this are not read for the vocabulary or the template."""

_AVAILABILITY = {"cuda": "is_cuda_available", "dml": "is_dml_available", "qnn": "is_qnn_available",
                 "openvino": "is_openvino_available", "webgpu": "is_webgpu_available"}


def available_providers(og: Any) -> tuple[str, ...]:
    """The execution providers the loaded onnxruntime_genai can use here, as it reports them; the CPU always."""
    found = ["cpu"]
    for provider, check in _AVAILABILITY.items():
        try:
            if bool(getattr(og, check)()):
                found.append(provider)
        except Exception:  # noqa: BLE001 - a build without the check lacks the provider
            continue
    return tuple(found)


def search_options(params: SamplingParams, max_length: int, vocab_size: int) -> dict[str, Any]:
    """Our sampling parameters as onnxruntime-genai's search options.

    Temperature 0 is greedy (``do_sample`` off); top-k 0 (no limit) is the whole vocabulary there; a top-p of 1
    keeps every token in both. Min-p has no counterpart in the runtime (:func:`unapplied_note` says so on the
    reply)."""
    options: dict[str, Any] = {
        "max_length": max_length,
        "do_sample": params.temperature > 0,
        "repetition_penalty": params.repeat_penalty if params.repeat_penalty > 0 else 1.0,
    }
    if params.temperature > 0:
        options["temperature"] = params.temperature
        options["top_k"] = params.top_k if params.top_k > 0 else max(1, vocab_size)
        options["top_p"] = params.top_p if 0.0 < params.top_p <= 1.0 else 1.0
    if params.seed >= 0:
        options["random_seed"] = params.seed
    return options


def unapplied_note(params: SamplingParams) -> str:
    """One plain line naming a sampling setting the runtime cannot apply to a reply drawn with ``params``; "" when
    it applies them all.

    Top-k, top-p, temperature, repeat penalty and seed have search options of the same name; min-p has none. A
    greedy reply (temperature 0) uses no sampling filter in any backend, so it needs no note."""
    if params.temperature > 0 and params.min_p > 0:
        return tr(
            "Engine",
            "ONNX Runtime GenAI has no min-p setting, so min-p {value} is not applied to this model's replies.",
        ).format(value=format_compact(params.min_p))
    return ""


def _short(exc: BaseException) -> str:
    """The runtime's message, on one line and short (it can quote a whole path or stack)."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    text = lines[0] if lines else "no details"
    return text[:300]


def _read_json(path: Path) -> dict[str, Any]:
    try:
        if not path.is_file() or path.stat().st_size > MAX_TOKENIZER_FILE_BYTES:
            return {}
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return {}
    return data if isinstance(data, dict) else {}


def _token_text(value: Any) -> str:
    """A special token as tokenizer_config.json writes it: a string or ``{"content": …}``."""
    if isinstance(value, dict):
        value = value.get("content")
    return value if isinstance(value, str) else ""


def chat_template_source(folder: Path) -> str:
    """The folder's chat template: ``chat_template.jinja``, else tokenizer_config.json's (the default one of a
    list of named templates)."""
    jinja = folder / "chat_template.jinja"
    if jinja.is_file() and jinja.stat().st_size <= MAX_TOKENIZER_FILE_BYTES:
        try:
            return jinja.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return ""
    template = _read_json(folder / "tokenizer_config.json").get("chat_template")
    if isinstance(template, list):
        named = {t.get("name"): t.get("template") for t in template if isinstance(t, dict)}
        template = named.get("default") or next(iter(named.values()), None)
    return template if isinstance(template, str) else ""


def token_texts(folder: Path, size: int) -> list[str]:
    """Token texts in id order as tokenizer.json names them (``Ġthe``: how GGUF files store them too, so the same
    model as GGUF and as ONNX has the same vocabulary digest); ids it does not name are empty."""
    data = _read_json(folder / "tokenizer.json")
    texts = [""] * size
    model = data.get("model") if isinstance(data.get("model"), dict) else {}
    vocab = model.get("vocab") if isinstance(model, dict) else None
    if isinstance(vocab, dict):
        for text, index in vocab.items():
            if isinstance(index, int) and 0 <= index < size:
                texts[index] = text
    for added in data.get("added_tokens") or []:
        if isinstance(added, dict) and isinstance(added.get("id"), int) and 0 <= added["id"] < size:
            texts[added["id"]] = str(added.get("content", ""))
    return texts


class OnnxBackend(CancellableBackend):
    """Loads an ONNX GenAI folder with onnxruntime-genai and streams replies.

    ``cancel_event`` is shared with the parent process: setting it stops the reply at the next token.
    """

    name = "ONNX Runtime GenAI"
    backend_id = "onnx"

    def __init__(self, cancel_event: Any | None = None) -> None:
        super().__init__(cancel_event)
        self._og: Any = None
        self._model: Any = None
        self._tokenizer: Any = None
        self._loaded: LoadedModel | None = None
        self._template: ChatTemplate | None = None
        self._folder = Path()
        self._vocab_size = 0
        self._eos: frozenset[int] = frozenset()
        self._bos: int | None = None

    # -- loading -----------------------------------------------------------------------

    def load(self, path: str, options: LoadOptions) -> LoadedModel:
        info = check_onnx_folder(path)
        if options.adapters:
            raise EngineError(
                QT_TRANSLATE_NOOP("Engine", "LoRA adapters are for GGUF models here; an ONNX model loads without them.")
            )
        try:
            import onnxruntime_genai as og
        except ImportError as exc:
            raise EngineError(
                tr(
                    "Engine",
                    'ONNX Runtime GenAI is not installed here: pip install onnxruntime-genai (or pip install '
                    '"slm-workbench[onnx]")',
                )
            ) from exc
        self.unload()
        started = time.perf_counter()
        choice = choose_provider(info.providers, available_providers(og))
        threads = choose_threads(options.threads, usable_cores(), None).threads
        try:
            config = og.Config(str(path))
            if choice.fallback or choice.provider == "cpu":
                config.clear_providers()
            overlay = {"model": {"decoder": {"session_options": {"intra_op_num_threads": threads}}}}
            config.overlay(json.dumps(overlay))
            model = og.Model(config)
            tokenizer = og.Tokenizer(model)
        except Exception as exc:  # the runtime raises RuntimeError (or worse) for any model it cannot load
            raise EngineError(
                tr("Engine", "ONNX Runtime GenAI could not load {name}: {detail}").format(
                    name=info.name, detail=_short(exc)
                )
            ) from exc
        self._og, self._model, self._tokenizer = og, model, tokenizer
        self._folder = Path(path)
        self._vocab_size = info.vocab_size
        self._eos = frozenset(int(t) for t in _as_list(tokenizer.eos_token_ids))
        self._bos = self._bos_added(tokenizer)
        self._template, template_note = self._chat_template()
        n_ctx = min(options.context_length, info.context_length) if info.context_length else options.context_length
        self._loaded = LoadedModel(
            path=str(path),
            backend=self.name,
            device=provider_label(choice.provider),
            threads=threads,
            context_length=n_ctx,
            load_seconds=time.perf_counter() - started,
            has_chat_template=self._template is not None,
            options=options.with_changes(context_length=n_ctx),
            notes=self._notes(choice, options, n_ctx, template_note),
        )
        return self._loaded

    @staticmethod
    def _notes(choice: ProviderChoice, options: LoadOptions, n_ctx: int, template_note: str) -> tuple[str, ...]:
        notes = []
        if choice.fallback:
            notes.append(choice.notice)
        if n_ctx < options.context_length:
            notes.append(
                tr("Engine", "This model was built for a context of {count} tokens, so that is its limit here.").format(
                    count=format_integer(n_ctx)
                )
            )
        if options.kv_cache_type != "f16":
            label = KV_CACHE_LABELS.get(options.kv_cache_type, options.kv_cache_type)
            notes.append(
                tr("Engine", "An ONNX model keeps its KV cache in the type it was built with, not {type}.").format(
                    type=label
                )
            )
        if template_note:
            notes.append(template_note)
        return tuple(notes)

    def _chat_template(self) -> tuple[ChatTemplate | None, str]:
        source = chat_template_source(self._folder)
        if not source:
            return None, ""
        config = _read_json(self._folder / "tokenizer_config.json")
        try:
            template = ChatTemplate(source, bos_token=_token_text(config.get("bos_token")),
                                    eos_token=_token_text(config.get("eos_token")))
        except TemplateFailed as failed:
            return None, failed.notice
        return template, ""

    def unload(self) -> None:
        loaded = self._model is not None
        self._model = None
        self._tokenizer = None
        self._loaded = None
        self._template = None
        if loaded:
            gc.collect()

    # -- generation --------------------------------------------------------------------

    def prompt_tokens(self, messages: list[ChatMessage], thinking: bool | None = None) -> list[int]:
        """The conversation rendered with the folder's chat template, as tokens (a plain prompt without one, or
        when it fails: the reply then says so)."""
        self._require()
        if self._template is not None:
            try:
                prompt = self._template.render(messages, cancelled=self._cancel.is_set, thinking=thinking)
            except TemplateFailed as failed:
                self._reply_notes.append(failed.notice)
            except TemplateCancelled:
                pass  # Stop came while the template ran: the plain prompt is cheap, and generation stops at once
            else:
                tokens = self._encode(prompt)
                if self._bos is not None and tokens[:2] == [self._bos, self._bos]:
                    tokens = tokens[1:]  # the template wrote the beginning-of-text token and the tokenizer added one
                return tokens
        return self._encode(plain_prompt(messages))

    def generate_tokens(self, tokens: list[int], params: SamplingParams) -> Iterator[ReplyEvent]:
        """Stream a reply to an already tokenized prompt: the prompt in one pass, then one token at a time."""
        og, model = self._og, self._require()
        self._reset_cancel()
        tally = ReplyTally(len(tokens))
        n_ctx = self._loaded.context_length if self._loaded is not None else 0
        budget = reply_budget(len(tokens), n_ctx, params.max_tokens)
        generator_params = og.GeneratorParams(model)
        generator_params.set_search_options(**search_options(params, len(tokens) + budget, self._vocab_size))
        generator = og.Generator(model, generator_params)
        stream = self._tokenizer.create_stream()
        stop: StopReason = "length" if budget == params.max_tokens else "context"
        prompt_seconds: float | None = None
        try:
            with _runtime_errors():
                generator.append_tokens(_int32(tokens))
            prompt_seconds = tally.elapsed()
            for _ in range(budget):
                if self._cancel.is_set():
                    stop = "cancelled"
                    break
                with _runtime_errors():
                    generator.generate_next_token()
                    token = int(generator.get_next_tokens()[0])
                    text = stream.decode(token)
                if token in self._eos:
                    stop = "eos"
                    break
                yield tally.token(text)
        finally:
            del generator
        done = tally.done(stop, prompt_seconds=prompt_seconds)
        threads = self._loaded.threads if self._loaded is not None else 0
        note = unapplied_note(params)
        yield dataclasses.replace(
            done,
            stats=dataclasses.replace(done.stats, threads=threads),
            notes=done.notes + (note,) if note else done.notes,
        )

    # -- benchmark ---------------------------------------------------------------------

    def bench(self, n_prompt: int, n_gen: int, repetitions: int) -> BenchResult:
        """llama-bench's method, as :meth:`LlamaBackend.bench`: random tokens, a fresh cache each run, one warm-up
        run; prompt processing in one pass, generation one token at a time, sampling not timed."""
        import numpy as np

        og, model = self._og, self._require()
        n_ctx = self._loaded.context_length if self._loaded is not None else 0
        check_bench_fits(n_prompt, n_gen, n_ctx)
        rng = np.random.default_rng(0)
        vocab = self._vocab_size or 1

        def run(n: int, one_at_a_time: bool) -> float:
            params = og.GeneratorParams(model)
            params.set_search_options(max_length=n + 1)
            generator = og.Generator(model, params)
            tokens = rng.integers(0, vocab, size=n).astype(np.int32)
            started = time.perf_counter()
            with _runtime_errors():
                if one_at_a_time:
                    for i in range(n):
                        if self._cancel.is_set():
                            raise EngineError(QT_TRANSLATE_NOOP("Engine", "Benchmark cancelled"))
                        generator.append_tokens(tokens[i : i + 1])
                else:
                    generator.append_tokens(tokens)
            seconds = time.perf_counter() - started
            del generator
            return seconds

        self._reset_cancel()
        result = bench_schedule(run, n_prompt, n_gen, repetitions)
        return BenchResult(result.n_prompt, result.n_gen, result.prompt_seconds, result.generation_seconds,
                           threads=self._loaded.threads if self._loaded is not None else 0)

    # -- evaluation (perplexity, KL divergence) --------------------------------------------

    def tokenize_text(self, text: str) -> list[int]:
        self._require()
        tokens = self._encode(text)
        if self._bos is not None and tokens[:1] == [self._bos]:
            tokens = tokens[1:]
        return tokens

    def vocabulary(self) -> Vocabulary:
        self._require()
        return vocabulary_of(t.encode("utf-8") for t in token_texts(self._folder, self._vocab_size))

    def evaluate(self, tokens: list[int], first_scored: int, distributions: bool) -> Evaluation:
        """The perplexity pass over one chunk, as :meth:`LlamaBackend.evaluate`: a fresh cache, logits at every
        position, in passes of :data:`EVAL_BATCH` tokens (cancel is checked between them)."""
        import numpy as np

        from workbench.engine.evaluation import evaluation_from_logits

        og, model = self._og, self._require()
        n = len(tokens)
        n_ctx = self._loaded.context_length if self._loaded is not None else n
        check_chunk(n, first_scored, n_ctx)
        self._reset_cancel()
        chunk = list(tokens)
        if self._bos is not None:
            chunk[0] = self._bos
        params = og.GeneratorParams(model)
        params.set_search_options(max_length=n + 1)
        generator = og.Generator(model, params)
        logits: Any = None  # only the scored rows are kept
        try:
            for start in range(0, n, EVAL_BATCH):
                if self._cancel.is_set():
                    raise EngineError(QT_TRANSLATE_NOOP("Engine", "Evaluation cancelled"))
                batch = chunk[start : start + EVAL_BATCH]
                with _runtime_errors():
                    generator.append_tokens(_int32(batch))
                    out = np.asarray(generator.get_output("logits"), dtype=np.float32)
                out = out.reshape(-1, out.shape[-1])
                if out.shape[0] != len(batch):
                    raise EngineError(
                        "This ONNX model gives a prediction for the last token only, so its perplexity and KL "
                        "divergence cannot be measured."
                    )
                if logits is None:
                    logits = np.empty((n - first_scored - 1, out.shape[-1]), dtype=np.float32)
                lo, hi = max(start, first_scored), min(start + len(batch), n - 1)
                if lo < hi:
                    logits[lo - first_scored : hi - first_scored] = out[lo - start : hi - start]
        finally:
            del generator
        return evaluation_from_logits(logits, np.asarray(tokens[first_scored + 1 :], dtype=np.int64), distributions)

    # -- helpers -------------------------------------------------------------------------

    def _encode(self, text: str) -> list[int]:
        return [int(t) for t in self._tokenizer.encode(text)]

    def _bos_added(self, tokenizer: Any) -> int | None:
        """The beginning-of-text token when the tokenizer starts texts with one, else None."""
        bos = int(tokenizer.bos_token_id) if getattr(tokenizer, "bos_token_id", -1) is not None else -1
        if bos < 0:
            return None
        ids = [int(t) for t in tokenizer.encode("a")]
        return bos if ids[:1] == [bos] else None

    def _require(self) -> Any:
        if self._model is None:
            raise EngineNotLoaded(QT_TRANSLATE_NOOP("Engine", "No model is loaded."))
        return self._model


@contextlib.contextmanager
def _runtime_errors() -> Iterator[None]:
    """The runtime's failure while it runs the model (a graph that loads but does not fit its config) as one line."""
    try:
        yield
    except EngineError:
        raise
    except Exception as exc:  # the runtime raises RuntimeError with its whole log for any failed step
        raise EngineError(
            tr("Engine", "ONNX Runtime GenAI could not run this model: {detail}").format(detail=_short(exc))
        ) from exc


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    try:
        return list(value)
    except TypeError:
        return [value]


def _int32(tokens: list[int]) -> Any:
    import numpy as np

    return np.asarray(tokens, dtype=np.int32)
