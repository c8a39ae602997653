"""The headless commands, run as a user runs them: the installed ``slm-workbench`` command."""

from __future__ import annotations

import json
import os
import pathlib
import shutil
import signal
import subprocess
import sys
import time

import pytest

from workbench.cli import main
from workbench.paths import HOME_ENV

COMMAND = shutil.which("slm-workbench") or "slm-workbench"


@pytest.fixture(autouse=True)
def own_app_folders(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The commands keep what they measure (thread sweeps) in the app's data folder: a test's own, not the user's."""
    monkeypatch.setenv(HOME_ENV, str(tmp_path / "app"))


def run(*args: str, stdin: str = "", timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([COMMAND, *args], input=stdin, capture_output=True, text=True, timeout=timeout, check=False)


def test_inspect_starter_human_and_json() -> None:
    human = run("inspect")
    assert human.returncode == 0, human.stderr
    assert "Q4_1" in human.stdout and "Micro" in human.stdout and "134,515,008" in human.stdout
    assert "Fits:" in human.stdout and "KV cache" in human.stdout
    data = json.loads(run("inspect", "--json", "-c", "2048").stdout)
    assert data["model"]["parameters"] == 134_515_008
    assert data["model"]["size_class"] == "Micro"
    assert data["memory"][0]["estimate"]["context_length"] == 2048
    assert data["memory"][0]["verdict"] == "fits"


@pytest.mark.parametrize("kind", ["missing", "folder", "text", "truncated"])
def test_bad_input_is_one_line(kind: str, tmp_path: pathlib.Path, tiny_gguf: pathlib.Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = {
        "missing": tmp_path / "nope.gguf",
        "folder": tmp_path,
        "text": tmp_path / "readme.gguf",
        "truncated": tmp_path / "half.gguf",
    }[kind]
    if kind == "text":
        path.write_text("hello")
    if kind == "truncated":
        path.write_bytes(tiny_gguf.read_bytes()[: tiny_gguf.stat().st_size // 2])
    for command in ("inspect", "chat", "bench"):
        assert main([command, str(path)]) == 2
        last = capsys.readouterr().err.splitlines()[-1]
        assert last.startswith("error: ") and str(path) in last, last


def test_bench_json_on_tiny_model(tiny_gguf: pathlib.Path) -> None:
    result = run("bench", str(tiny_gguf), "-p", "64", "-n", "16", "-r", "2", "-t", "2", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    tests = {t["test"]: t for t in report["results"]}
    assert set(tests) == {"pp64", "tg16"}
    assert all(len(t["samples"]) == 2 and t["tokens_per_second_mean"] > 0 for t in tests.values())
    assert report["backend"] == "llama.cpp · CPU · 2 threads"


def test_bench_table_on_starter() -> None:
    result = run("bench", "-p", "32", "-n", "8", "-r", "1")
    assert result.returncode == 0, result.stderr
    assert "pp32" in result.stdout and "tg8" in result.stdout and "±" in result.stdout
    assert "Threads: " in result.stderr and "for prompts" in result.stderr  # automatic: measured, and said


def test_chat_with_starter_offline() -> None:
    env = dict(os.environ, HF_HUB_OFFLINE="1")
    result = subprocess.run(
        [COMMAND, "chat", "--temperature", "0", "--repeat-penalty", "1", "--max-tokens", "24"],
        input="What is the capital of France? Answer in one word.\n/quit\n",
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Paris" in result.stdout
    assert "tokens/s" in result.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a console process group differs on Windows")
def test_ctrl_c_stops_the_reply_not_the_program() -> None:
    chat = subprocess.Popen(
        [COMMAND, "chat", "--max-tokens", "100000", "-c", "4096"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert chat.stdin is not None and chat.stdout is not None
        chat.stdin.write("Write a very long story about a dragon.\n")
        chat.stdin.flush()
        # Wait until the reply streams, then press Ctrl-C. A child that exits first ends the wait (an empty
        # read is the end of its output); one that hangs is ended by the per-test timeout.
        seen = ""
        while "model> " not in seen:
            char = chat.stdout.read(1)
            if not char:
                chat.wait(10)
                pytest.fail(f"the chat exited (code {chat.returncode}) before replying: {chat.stderr.read()!r}")
            seen += char
        seen += chat.stdout.read(20)
        chat.send_signal(signal.SIGINT)
        time.sleep(0.5)
        chat.stdin.write("/quit\n")
        chat.stdin.flush()
        out, err = chat.communicate(timeout=60)
    finally:
        if chat.poll() is None:
            chat.kill()
            chat.wait()
    assert chat.returncode == 0, err
    assert "stopped: cancelled" in err
