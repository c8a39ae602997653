"""Run llama-cpp-python's OpenAI-compatible server (``python -m llama_cpp.server``) on loopback, for tests.

Needs the server's extra packages (fastapi, uvicorn, sse-starlette, starlette-context, pydantic-settings): they are
in the project's ``test`` extra. The server is a child process; :meth:`LlamaServer.close` ends it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from tests.support.bad_endpoint import free_port

READY_TIMEOUT = 90.0


class LlamaServer:
    """``python -m llama_cpp.server`` serving ``model`` as ``alias`` on 127.0.0.1 (a free port), one thread."""

    def __init__(self, model: str | os.PathLike[str], alias: str = "tiny", *, n_ctx: int = 512,
                 log: str | os.PathLike[str] | None = None) -> None:
        self.port = free_port()
        self.alias = alias
        self.base_url = f"http://127.0.0.1:{self.port}/v1"
        self._log_path = Path(log) if log is not None else None
        self._log = open(self._log_path, "wb") if self._log_path is not None else subprocess.DEVNULL  # noqa: SIM115
        command = [
            sys.executable, "-m", "llama_cpp.server", "--model", str(model), "--model_alias", alias,
            "--host", "127.0.0.1", "--port", str(self.port), "--n_threads", "1", "--n_threads_batch", "1",
            "--n_ctx", str(n_ctx), "--verbose", "false",
        ]
        self.process = subprocess.Popen(command, stdout=self._log, stderr=subprocess.STDOUT)
        try:
            self._wait_ready()
        except BaseException:
            self.close()
            raise

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + READY_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"llama_cpp.server exited with code {self.process.returncode}{self._log_tail()}")
            try:
                with urllib.request.urlopen(f"{self.base_url}/models", timeout=2) as response:
                    if response.status == 200 and json.load(response).get("data"):
                        return
            except (urllib.error.URLError, OSError, ValueError):
                pass
            time.sleep(0.2)
        raise RuntimeError(f"llama_cpp.server did not answer within {READY_TIMEOUT:g} s{self._log_tail()}")

    def _log_tail(self) -> str:
        if self._log_path is None or not self._log_path.exists():
            return ""
        return ":\n" + self._log_path.read_text(errors="replace")[-2000:]

    def close(self) -> None:
        """End the server (terminate, then kill after 10 s) and wait for it."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if not isinstance(self._log, int):
            self._log.close()

    def __enter__(self) -> LlamaServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
