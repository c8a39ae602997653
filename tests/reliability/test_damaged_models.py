"""Every damaged file through every command: one clear line each, no traceback, and the caller always survives.

``inspect`` (in process, and a sample as the real command line), the library scan, a load (and a short reply)
through the engine client with a real engine process, ``bench`` and ``quantize``.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import traceback
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any

import pytest

from tests.support.damaged_gguf import DamagedCase, is_clear_line, sample_cases
from tests.support.reliability import CaseFiles, judge_refusal, refused_before_any_process, run_cases
from workbench import cli
from workbench.engine.client import EngineClient
from workbench.engine.options import LoadOptions
from workbench.errors import EngineCrashed, TruncatedModel, WorkbenchError
from workbench.library.scanner import LibraryScanner
from workbench.library.sources import LibrarySources
from workbench.model_info import read_model_info
from workbench.sampling import SamplingParams

ENGINE_PARAMS = SamplingParams(max_tokens=4, seed=1, temperature=0.0)
ENGINE_OPTIONS = LoadOptions(threads=1, context_length=256)
MEMORY = (8 << 30, 16 << 30)
"""(available, total) for fit verdicts: fixed, so that the sample's verdicts do not depend on this machine."""
QUANTIZE_TO = {"tiny": "q8_0", "starter": "q4_1"}
"""The quickest type to quantize each base to (measured): the starter is Q4_1 already, so llama.cpp copies most
of its tensors as they are."""
BENCH = ["-p", "1", "-n", "1", "-r", "1", "-t", "1", "-c", "256", "--force", "--json"]
"""The least work ``bench`` can do: one prompt token, one generated token, one repetition."""


def _failed(exc: BaseException) -> str:
    return "".join(traceback.format_exception_only(type(exc), exc)).strip()


def _run_cli(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = cli.main(argv)
    return code, out.getvalue(), err.getvalue()


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.replace("\r", "\n").splitlines() if line.strip()]


def _said(text: str) -> str:
    """What a command's error output comes down to: its ``error:`` line, or a traceback's last line."""
    lines = _lines(text)
    for line in lines:
        if line.startswith("Traceback"):
            return f"{lines[-1]} (after a traceback)"
        if line.startswith("error: "):
            return line
    return lines[-1] if lines else ""


def _judge_exit(case: DamagedCase, code: int, err: str) -> str | None:
    """What is wrong with how a command that failed on ``case`` ended: exit 2, an ``error:`` line last, and no
    traceback."""
    lines = _lines(err)
    last = lines[-1] if lines else ""
    if code != cli.EXIT_BAD_INPUT or not last.startswith("error: ") or "Traceback" in err:
        return f"exit {code}, {err[-400:]!r}"
    return judge_refusal(case, last.removeprefix("error: "))


def _engine_sample(cases: list[DamagedCase], n: int | None) -> list[DamagedCase]:
    """Half of the sample from files the header check may let through (those reach llama.cpp), half refused."""
    if n is None:
        return cases
    maybe = [c for c in cases if c.expect == "any"]
    refused = [c for c in cases if c.expect != "any"]
    return sample_cases(maybe, n - n // 2) + sample_cases(refused, n // 2)


# -- inspect ---------------------------------------------------------------------------------------


def test_read_model_info(
    corpus: tuple[str, list[DamagedCase]], case_files: CaseFiles, tally: Any, sample_size: Any
) -> None:
    """The core's reader on the whole sample: a typed error with a clear reason, or a description."""
    name, cases = corpus

    def check(case: DamagedCase) -> tuple[str, str | None, str]:
        outcome, exc = case_files.header_verdict(case)
        if outcome == "traceback":
            assert exc is not None
            raise exc
        if exc is not None:
            if case.expect == "incomplete" and not isinstance(exc, TruncatedModel):
                return "refused", f"cut short but not {TruncatedModel.__name__}: {exc}", str(exc)
            return "refused", judge_refusal(case, str(exc)), str(exc)
        return "accepted", None if case.expect == "any" else "accepted a file llama.cpp refuses", "accepted"

    run_cases(tally, "header reader", sample_cases(cases, sample_size(400 if name == "tiny" else 150)), check)


def test_inspect(corpus: tuple[str, list[DamagedCase]], case_folder: Path, tally: Any, sample_size: Any) -> None:
    """``inspect`` through the command line's ``main(argv)``, in this process, its output captured."""
    name, cases = corpus

    def check(case: DamagedCase) -> tuple[str, str | None, str]:
        path = case.write(case_folder, sparse=True)
        try:
            code, out, err = _run_cli(["inspect", str(path)])
        finally:
            path.unlink()
        if code == 0:
            return "accepted", None if case.expect == "any" else "accepted a file llama.cpp refuses", out
        line = err.strip()
        if code != cli.EXIT_BAD_INPUT or not line.startswith("error: "):
            return "refused", f"exit {code}, {err!r}", _said(err)
        return "refused", judge_refusal(case, line.removeprefix("error: ")), line

    run_cases(tally, "inspect", sample_cases(cases, sample_size(200 if name == "tiny" else 100)), check)


def test_inspect_command_line(
    corpus: tuple[str, list[DamagedCase]], case_folder: Path, tally: Any, sample_size: Any
) -> None:
    """``slm-workbench inspect`` as a person runs it: its own process, its exit code and its stderr."""
    name, cases = corpus
    program = "import sys; from ui.entry import main; sys.exit(main())"

    def check(case: DamagedCase) -> tuple[str, str | None, str]:
        path = case.write(case_folder, sparse=True)
        try:
            done = subprocess.run(
                [sys.executable, "-c", program, "inspect", str(path)],
                capture_output=True,
                text=True,
                timeout=120,
                env={**os.environ, "PYTHONFAULTHANDLER": ""},
            )
        finally:
            path.unlink()
        if done.returncode == 0:
            problem = None if case.expect == "any" else "accepted a file llama.cpp refuses"
            return "accepted", problem, done.stdout
        line = done.stderr.strip()
        if done.returncode != cli.EXIT_BAD_INPUT or not line.startswith("error: "):
            return "refused", f"exit {done.returncode}, {done.stderr[-400:]!r}", _said(done.stderr)
        return "refused", judge_refusal(case, line.removeprefix("error: ")), line

    n = (8 if name == "tiny" else 4) * (5 if sample_size(1) is None else 1)  # a second each: a sample even in full
    run_cases(tally, "inspect (own process)", sample_cases(cases, n), check)


# -- the library -----------------------------------------------------------------------------------


def test_library_scan(corpus: tuple[str, list[DamagedCase]], case_folder: Path, tally: Any, sample_size: Any) -> None:
    """Each damaged file is listed as unreadable with its reason, never as fitting."""
    name, cases = corpus
    chosen = sample_cases(cases, sample_size(200 if name == "tiny" else 100))
    batches = [chosen[i : i + 40] for i in range(0, len(chosen), 40)]
    problems = []
    with tally.timed("library scan"):
        for batch in batches:
            paths = {str(case.write(case_folder, sparse=True)): case for case in batch}
            scanner = LibraryScanner(LibrarySources(user_folders=[case_folder]))
            try:
                entries = {e.path: e for e in scanner.iter_entries(memory=MEMORY)}
            except Exception as exc:  # noqa: BLE001 - the scan itself must never fail
                entries = {}
                problems.append(f"the scan failed: {_failed(exc)}")
            for path, case in paths.items():
                entry = entries.get(path)
                problem: str | None = None
                said = "" if entry is None else entry.verdict
                if entry is None:
                    problem, outcome = "not listed", "missing"
                elif entry.info is None:
                    outcome = "unreadable"
                    reason = entry.problem or ""
                    if not reason.startswith("unreadable: ") or entry.verdict != reason:
                        problem = f"listed without a reason: {entry.verdict!r}"
                    else:
                        problem = judge_refusal(case, reason)
                else:
                    outcome = "listed"
                    if case.expect != "any":
                        problem = f"a file llama.cpp refuses listed as {entry.verdict!r}"
                tally.record("library scan", case.file_name, outcome, problem, said)
                if problem is not None:
                    problems.append(f"{case.file_name}: {problem}")
                Path(path).unlink()
    assert not problems, f"{len(problems)} of {len(chosen)} cases failed:\n" + "\n".join(problems[:40])


# -- the engine ------------------------------------------------------------------------------------


def test_engine_load(
    corpus: tuple[str, list[DamagedCase]],
    case_folder: Path,
    case_files: CaseFiles,
    child_starts: list[str],
    tally: Any,
    sample_size: Any,
) -> None:
    """Load (and ask for a four-token reply) through the engine client: the file is refused with a clear line,
    or loads, or the engine process dies and the caller is told in one line; this process always goes on."""
    name, cases = corpus
    chosen = _engine_sample(cases, sample_size(24 if name == "tiny" else 8))

    with EngineClient() as client:

        def check(case: DamagedCase) -> tuple[str, str | None, str]:
            path = case_files.write(case, case_folder)
            try:
                client.load(str(path), ENGINE_OPTIONS, force=True)
                list(client.generate([{"role": "user", "content": "Hello"}], ENGINE_PARAMS))
            except EngineCrashed as exc:
                return "engine stopped", None if is_clear_line(str(exc)) else f"unclear: {exc!r}", str(exc)
            except WorkbenchError as exc:
                return "refused", judge_refusal(case, str(exc)), str(exc)
            finally:
                client.unload()
                path.unlink()
            return "loaded", None if case.expect == "any" else "loaded a file llama.cpp refuses", "loaded"

        run_cases(tally, "engine load and reply", chosen, refused_before_any_process(case_files, child_starts, check))
    assert not client.is_alive()


def test_bench(
    corpus: tuple[str, list[DamagedCase]],
    case_folder: Path,
    case_files: CaseFiles,
    child_starts: list[str],
    tally: Any,
    sample_size: Any,
) -> None:
    name, cases = corpus
    chosen = _engine_sample(cases, sample_size(6 if name == "tiny" else 2))

    def check(case: DamagedCase) -> tuple[str, str | None, str]:
        path = case_files.write(case, case_folder)
        try:
            code, out, err = _run_cli(["bench", str(path), *BENCH])
        finally:
            path.unlink()
        if code == 0:
            return "measured", None, out
        return "refused", _judge_exit(case, code, err), _said(err)

    run_cases(tally, "bench", chosen, refused_before_any_process(case_files, child_starts, check))


def test_quantize(
    corpus: tuple[str, list[DamagedCase]],
    case_folder: Path,
    case_files: CaseFiles,
    child_starts: list[str],
    tmp_path: Path,
    tally: Any,
    sample_size: Any,
) -> None:
    name, cases = corpus
    chosen = _engine_sample(cases, sample_size(6 if name == "tiny" else 2))
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    to = QUANTIZE_TO[name]

    def check(case: DamagedCase) -> tuple[str, str | None, str]:
        path = case_files.write(case, case_folder)
        try:
            argv = ["quantize", str(path), "--to", to, "--out", str(out_dir), "--allow-requantize",
                    "--on-exists", "replace", "-t", "1"]  # fmt: skip
            code, out, err = _run_cli(argv)
        finally:
            path.unlink()
            left = list(out_dir.iterdir())
            for made in left:
                made.unlink()
        if code == 0:
            return "quantized", None, out
        problem = _judge_exit(case, code, err)
        if problem is None and left:
            problem = f"a failed quantization left {', '.join(p.name for p in left)} behind"
        return "refused", problem, _said(err)

    run_cases(tally, "quantize", chosen, refused_before_any_process(case_files, child_starts, check))


@pytest.mark.parametrize("base", ["tiny", "starter"])
def test_the_undamaged_base_passes_every_check(base: str, request: pytest.FixtureRequest) -> None:
    """The checks refuse damage, not good files: both bases read, and inspect says nothing is wrong."""
    path = request.getfixturevalue(f"{base}_base")
    info = read_model_info(path)
    assert info.parameters > 0
    code, out, err = _run_cli(["inspect", str(path)])
    assert code == 0 and not err


def test_an_engine_that_aborts_reaches_the_caller_as_one_line(tiny_base: Path, tmp_path: Path) -> None:
    """A header good enough for every check, with a setting (a NaN normalization epsilon) on which llama.cpp aborts
    mid-reply: the engine process dies, the caller gets one clear line, and the next model loads."""
    from tests.support.damaged_gguf import damaged_cases, gguf_layout

    [case] = [c for c in damaged_cases(gguf_layout(tiny_base)) if c.name.endswith("layer_norm_rms_epsilon-nan")]
    path = case.write(tmp_path)
    with EngineClient() as client:
        with pytest.raises(EngineCrashed) as caught:
            client.load(str(path), ENGINE_OPTIONS, force=True)
            list(client.generate([{"role": "user", "content": "Hello"}], ENGINE_PARAMS))
        assert is_clear_line(str(caught.value)) and "exit code" in str(caught.value)
        assert not client.is_alive()
        client.load(str(tiny_base), ENGINE_OPTIONS)
        assert list(client.generate([{"role": "user", "content": "Hello"}], ENGINE_PARAMS))
        client.unload()
