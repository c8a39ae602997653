"""``slm-workbench serve``: load a model and serve it to other programs, without the window."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable
from typing import Any, TextIO

from workbench.engine.client import EngineClient
from workbench.engine.options import LoadOptions
from workbench.i18n import format_decimal, tr
from workbench.server.local import DEFAULT_HOST, DEFAULT_PORT, LocalServer, ServerConfig, check_config, who_can_reach
from workbench.server.metrics import RequestRecord
from workbench.server.models import IDLE_UNLOAD_SECONDS, OnDemandModels, names_for
from workbench.server.snippets import python_snippet
from workbench.server.turns import SharedRunner

KEY_VARIABLE = "SLM_WORKBENCH_API_KEY"
"""The API key may come from this environment variable (a key on the command line shows in process lists)."""


def add_serve_parser(commands: Any, add_runtime_args: Callable[[argparse.ArgumentParser], None]) -> None:
    serve = commands.add_parser("serve", help="serve a model to other programs (an OpenAI-compatible API)")
    serve.add_argument("model", nargs="?", help="a .gguf file or an MLX folder (default: the starter model)")
    serve.add_argument("--host", default=DEFAULT_HOST,
                       help="address to listen on (default 127.0.0.1: this computer only; others need --api-key)")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})")
    serve.add_argument("--api-key", default=os.environ.get(KEY_VARIABLE, ""),
                       help=f"key clients must send (default: ${KEY_VARIABLE}, else none)")
    serve.add_argument("--cors", action="append", default=[], metavar="ORIGIN",
                       help="let web pages from ORIGIN call the server (repeatable; default: none)")
    serve.add_argument(
        "--library", action="store_true",
        help="also offer the library's models by name; one loads when a request names it (one at a time)",
    )
    serve.add_argument("--idle-unload", type=float, default=IDLE_UNLOAD_SECONDS / 60, metavar="MINUTES",
                       help="with --library, unload a model no request has used for this long (default 10)")
    add_runtime_args(serve)


def library_models() -> dict[str, str]:
    """The library's models on this computer (as the window's Library finds them), by served name."""
    from pathlib import Path

    from workbench.library.scanner import LibraryScanner
    from workbench.library.sources import LibrarySources
    from workbench.paths import app_paths
    from workbench.settings import SettingsStore

    paths = app_paths()
    folders = [Path(p) for p in SettingsStore(paths.settings_file).load().library_folders]
    scanner = LibraryScanner(LibrarySources.default(paths.models_dir, folders))
    return names_for(e.path for e in scanner.iter_entries() if e.local and e.readable and e.problem is None)


def cmd_serve(args: argparse.Namespace, path: str, options: LoadOptions, err: TextIO | None = None) -> int:
    err = err or sys.stderr
    config = ServerConfig(host=args.host, port=args.port, api_key=args.api_key, cors_origins=tuple(args.cors))
    check_config(config)  # before the model loads: a refused address costs nothing
    with EngineClient() as client:
        err.write(tr("CLI", "Loading {path} …").format(path=path) + "\n")
        loaded = client.load(path, options, force=args.force)
        err.write(
            tr("CLI", "Loaded in {seconds} s · {backend}").format(
                seconds=format_decimal(loaded.load_seconds, 1), backend=loaded.description
            )
            + "\n"
        )
        runner = SharedRunner(client)
        on_demand = None
        if args.library:
            models = {**library_models(), **names_for([path])}  # the model served first can come back after idling
            on_demand = OnDemandModels(runner, models, options, idle_seconds=max(1.0, args.idle_unload * 60))
            offering = (
                tr("CLI", "Also offering {count} model of the library by name (GET /v1/models lists them).")
                if len(models) == 1
                else tr("CLI", "Also offering {count} models of the library by name (GET /v1/models lists them).")
            )
            err.write(offering.format(count=len(models)) + "\n")
        server = LocalServer(runner, config, on_demand=on_demand)
        server.metrics.listen(lambda record: _log(record, err))
        name = server.model_name or "model"

        def listening() -> None:
            serving = tr("CLI", "Serving {name} at {address} (Ctrl-C stops)")
            err.write(serving.format(name=name, address=server.base_url) + "\n")
            err.write(f"{who_can_reach(config)}\n")
            if not config.cors_origins:
                err.write(tr("CLI", "Web pages cannot call it (no CORS); --cors ORIGIN allows one.") + "\n")
            err.write("\n" + python_snippet(server.base_url, name, config.api_key) + "\n\n")
            err.flush()

        with contextlib.suppress(KeyboardInterrupt):  # the server has stopped: Ctrl-C is how a person ends it
            server.serve(on_listening=listening)
        err.write(tr("CLI", "The server has stopped.") + "\n")
    return 0


def _log(record: RequestRecord, err: TextIO) -> None:
    parts = [f"{record.method} {record.path} {record.status}"]
    if record.completion_tokens:
        parts.append(f"{record.prompt_tokens}+{record.completion_tokens} tokens")
    if record.tokens_per_second:
        parts.append(f"{record.tokens_per_second:.1f} tokens/s")
    if record.time_to_first_token is not None:
        parts.append(f"first token {record.time_to_first_token * 1000:.0f} ms")
    if record.outcome:
        parts.append(record.outcome[:120])
    err.write(" · ".join(parts) + "\n")
    err.flush()
