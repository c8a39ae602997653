"""The reliability suite's bookkeeping: which damaged files reach llama.cpp, and what each command made of each
file (counted per command, printed as a table, written as JSON, merged across shards)."""

from __future__ import annotations

import os
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from tests.support.damaged_gguf import DamagedCase, is_clear_line
from workbench.errors import ModelFileError
from workbench.model_info import read_model_info

Check = Callable[[DamagedCase], tuple[str, str | None, str]]
"""Runs one case: (how it ended, what is wrong or None, what the command said)."""


def first_line(text: str) -> str:
    """The first non-empty line of ``text``, cut to 300 characters ('' when there is none)."""
    for line in text.replace("\r", "\n").splitlines():
        if line.strip():
            return line.strip()[:300]
    return ""


@dataclass
class Failure:
    command: str
    file: str
    """The damaged file's name (the base model's name, then the case's)."""
    output: str
    """The first line of what the command said."""
    problem: str
    """What is wrong with it."""


@dataclass
class CommandTally:
    run: int = 0
    passed: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)
    """How the cases ended (``refused``, ``loaded``, ``engine stopped`` …) and how many of each."""
    seconds: float = 0.0
    """Wall-clock time spent on the command's cases."""

    @property
    def failed(self) -> int:
        return self.run - self.passed


@dataclass
class Tally:
    """Per command: cases run, passed and failed, how they ended, and each failure (printed at the end of the
    session, and written as JSON)."""

    commands: dict[str, CommandTally] = field(default_factory=dict)
    failures: list[Failure] = field(default_factory=list)
    corpus: dict[str, int] = field(default_factory=dict)
    """Cases per base model, in the whole corpus."""
    shard_cases: dict[str, int] = field(default_factory=dict)
    """Cases per base model in this session's share (the whole corpus without sharding)."""
    mode: str = "sample"
    """``full``, or the sample's size (``sample x2``)."""
    shard: str = "1/1"
    """Which share of the corpus this session runs."""
    started: float = field(default_factory=time.monotonic)
    folder: Path | None = None
    """Where the JSON summary goes unless SLM_RELIABILITY_SUMMARY names a file (the session's temporary folder)."""

    def command(self, command: str) -> CommandTally:
        return self.commands.setdefault(command, CommandTally())

    def record(self, command: str, file: str, outcome: str, problem: str | None, output: str = "") -> None:
        """One case of ``command`` on ``file`` ended as ``outcome``; ``problem`` (None: it passed) and the first
        line of what the command said."""
        entry = self.command(command)
        entry.run += 1
        entry.passed += problem is None
        entry.outcomes[outcome] = entry.outcomes.get(outcome, 0) + 1
        if problem is not None:
            self.failures.append(Failure(command, file, first_line(output), problem))

    @contextmanager
    def timed(self, command: str) -> Iterator[None]:
        """Add the wall-clock time of the block to ``command``'s."""
        start = time.monotonic()
        try:
            yield
        finally:
            self.command(command).seconds += time.monotonic() - start

    def summary(self) -> dict[str, Any]:
        """Everything, as JSON-ready data (what :func:`merge_summaries` reads back)."""
        times = os.times()
        return {
            "mode": self.mode,
            "shards": [self.shard],
            "corpus": dict(self.corpus),
            "cases_run": dict(self.shard_cases),
            "commands": {
                name: {"run": c.run, "passed": c.passed, "failed": c.failed, "outcomes": c.outcomes,
                       "seconds": round(c.seconds, 1)}
                for name, c in self.commands.items()
            },
            "failures": [asdict(f) for f in self.failures],
            "wall_seconds": round(time.monotonic() - self.started, 1),
            "processor_seconds": round(times.user + times.system + times.children_user + times.children_system, 1),
        }


def merge_summaries(summaries: list[dict[str, Any]]) -> dict[str, Any]:
    """One summary from the shards' (the wall and processor time are the shards' largest and sum; a caller that
    ran them in parallel knows the real wall time)."""
    merged: dict[str, Any] = {
        "mode": summaries[0]["mode"] if summaries else "",
        "shards": [s for summary in summaries for s in summary["shards"]],
        "corpus": {},
        "cases_run": {},
        "commands": {},
        "failures": [],
        "wall_seconds": max((s["wall_seconds"] for s in summaries), default=0.0),
        "processor_seconds": round(sum(s["processor_seconds"] for s in summaries), 1),
    }
    for summary in summaries:
        merged["corpus"].update(summary["corpus"])
        for base, n in summary["cases_run"].items():
            merged["cases_run"][base] = merged["cases_run"].get(base, 0) + n
        for name, c in summary["commands"].items():
            into = merged["commands"].setdefault(
                name, {"run": 0, "passed": 0, "failed": 0, "outcomes": {}, "seconds": 0.0}
            )
            for key in ("run", "passed", "failed"):
                into[key] += c[key]
            into["seconds"] = round(into["seconds"] + c["seconds"], 1)
            for outcome, n in c["outcomes"].items():
                into["outcomes"][outcome] = into["outcomes"].get(outcome, 0) + n
        merged["failures"].extend(summary["failures"])
    return merged


def summary_table(summary: dict[str, Any], max_failures: int = 60) -> list[str]:
    """The summary as lines of text: the corpus, a row per command, then the failures."""
    corpus = summary["corpus"]
    lines = [
        f"corpus: {sum(corpus.values()):,} damaged files ("
        + ", ".join(f"{base} {n:,}" for base, n in corpus.items())
        + f"); mode: {summary['mode']}; shards: {', '.join(summary['shards'])}"
    ]
    if summary["cases_run"] != corpus:
        lines.append("cases in this run: " + ", ".join(f"{b} {n:,}" for b, n in summary["cases_run"].items()))
    width = max([len("command"), *(len(name) for name in summary["commands"])])
    lines.append(
        f"{'command':<{width}}  {'run':>6}  {'passed':>6}  {'failed':>6}  {'pass rate':>9}  {'time':>7}  outcomes"
    )
    for name, c in summary["commands"].items():
        rate = f"{c['passed'] / c['run']:.1%}" if c["run"] else "-"
        outcomes = ", ".join(f"{k} {v:,}" for k, v in sorted(c["outcomes"].items()))
        lines.append(
            f"{name:<{width}}  {c['run']:>6,}  {c['passed']:>6,}  {c['failed']:>6,}  {rate:>9}  "
            f"{c['seconds']:>6.0f}s  {outcomes}"
        )
    lines.append(
        f"time: {summary['wall_seconds']:.0f} s wall, {summary['processor_seconds']:.0f} s of processor "
        "(this process and its children)"
    )
    failures = summary["failures"]
    if failures:
        lines.append(f"{len(failures)} failures (file · command · first line of its output · what is wrong):")
        for f in failures[:max_failures]:
            lines.append(f"  {f['file']} · {f['command']} · {f['output']!r} · {f['problem']}")
        if len(failures) > max_failures:
            lines.append(f"  … and {len(failures) - max_failures} more in the JSON summary")
    return lines


class CaseFiles:
    """Writes a case's file for a command, and knows which cases the header reader accepts.

    A file the reader accepts reaches llama.cpp, so it is written whole; a file it refuses is written sparse
    (the header, then the tensor data as a hole of zeros, the same size), since every command must refuse it
    from the header alone: a command that went on would start an engine, which the engine tests count.
    """

    def __init__(self, scratch: Path) -> None:
        self._scratch = scratch
        self._verdicts: dict[tuple[Path, str], tuple[str, BaseException | None]] = {}

    def header_verdict(self, case: DamagedCase) -> tuple[str, BaseException | None]:
        """What the header reader says about ``case`` (read once): ("accepted", None) or ("refused", the error);
        ("traceback", the error) when it failed with anything but a model-file error."""
        key = (case.base, case.name)
        if key not in self._verdicts:
            path = case.write(self._scratch, sparse=True)
            try:
                read_model_info(path)
                verdict: tuple[str, BaseException | None] = ("accepted", None)
            except ModelFileError as exc:
                verdict = ("refused", exc)
            except Exception as exc:  # noqa: BLE001 - a failure of the reader: judged by its test
                verdict = ("traceback", exc)
            finally:
                path.unlink()
            self._verdicts[key] = verdict
        return self._verdicts[key]

    def reaches_engine(self, case: DamagedCase) -> bool:
        """Whether the header reader lets ``case`` through (anything but a clean refusal counts as through)."""
        return self.header_verdict(case)[0] != "refused"

    def write(self, case: DamagedCase, folder: Path) -> Path:
        """The case's file in ``folder``: whole when it reaches the engine, else sparse."""
        return case.write(folder, sparse=not self.reaches_engine(case))


# -- judging ---------------------------------------------------------------------------------------


def judge_refusal(case: DamagedCase, message: str) -> str | None:
    """What is wrong with how ``case`` was refused (None: nothing)."""
    if not is_clear_line(message):
        return f"not one clear line: {message!r}"
    if case.expect == "incomplete" and not ("incomplete" in message and "interrupted download" in message):
        return f"a file cut short not called incomplete: {message!r}"
    if case.length is None and "ends inside its header" in message:
        return f"a whole file called cut short: {message!r}"
    return None


def run_cases(tally: Any, command: str, cases: list[DamagedCase], check: Check) -> None:
    """Run ``check`` on each case and count it; fail listing every problem."""
    problems = []
    with tally.timed(command):
        for case in cases:
            try:
                outcome, problem, said = check(case)
            except Exception as exc:  # noqa: BLE001 - exactly what must not happen: record and go on
                said = "".join(traceback.format_exception_only(type(exc), exc)).strip()
                outcome, problem = "traceback", said
            tally.record(command, case.file_name, outcome, problem, said)
            if problem is not None:
                problems.append(f"{case.file_name}: {problem}")
    assert not problems, f"{len(problems)} of {len(cases)} cases failed:\n" + "\n".join(problems[:40])


def refused_before_any_process(case_files: CaseFiles, started: list[str], check: Check) -> Check:
    """``check``, plus: a file the header reader refuses must be refused before any engine or quantizer process
    starts (``started``: the names of the processes started so far). A case that started one and then failed
    ends as ``stopped in llama.cpp`` rather than ``refused``."""

    def checked(case: DamagedCase) -> tuple[str, str | None, str]:
        before = len(started)
        outcome, problem, said = check(case)
        spawned = len(started) > before
        if spawned and outcome == "refused":
            outcome = "stopped in llama.cpp"
        if spawned and problem is None and not case_files.reaches_engine(case):
            problem = f"started a {started[-1]} process for a file the header reader refuses"
        return outcome, problem, said

    return checked
