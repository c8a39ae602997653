"""The wizard's child-process quantization against ``llama_model_quantize`` called in-process.

Not part of the default run (``pytest tests/perf/test_quantize_overhead.py -s``). Same source (the starter
model requantized to F16 once), same target (Q4_K_M), same threads; rounds are interleaved so that machine
noise hits both alike; prints the ratio of medians. Target: the child-process path takes at most 1.05× as long.
"cold" counts starting the child and importing llama.cpp; "warm" is what the wizard does (it starts the child
while the options page is shown), from pressing Start to the verified file under its final name.
"""

from __future__ import annotations

import ctypes
import pathlib
import statistics
import time

import llama_cpp
import pytest

from workbench.jobs import CancelToken
from workbench.quantize import QuantizationJob, plan_quantization, quant_type
from workbench.starter import starter_model_path

ROUNDS = 3
THREADS = 2
TARGET = "Q4_K_M"


def _in_process(source: str, out: pathlib.Path) -> float:
    params = llama_cpp.llama_model_quantize_default_params()
    params.nthread, params.ftype = THREADS, quant_type(TARGET).ftype
    started = time.perf_counter()
    assert llama_cpp.llama_model_quantize(source.encode(), str(out).encode(), ctypes.byref(params)) == 0
    seconds = time.perf_counter() - started
    out.unlink()
    return seconds


def _child(source: str, folder: pathlib.Path, warm: bool) -> float:
    plan = plan_quantization(source, [TARGET], folder, threads=THREADS, on_exists="replace")
    job = QuantizationJob(plan)
    if warm:
        job.prestart()
        time.sleep(1.0)  # the person reads the options page meanwhile
    started = time.perf_counter()
    (result,) = job(lambda _: None, CancelToken())
    seconds = time.perf_counter() - started
    pathlib.Path(result.path).unlink()
    return seconds


@llama_cpp.llama_log_callback
def _quiet(level: int, text: bytes, user_data: object) -> None:
    """Silence llama.cpp's log; module-level because llama.cpp keeps the pointer for the process's life."""


@pytest.mark.skipif(starter_model_path() is None, reason="the starter model package is not installed")
def test_quantize_child_process_overhead(tmp_path: pathlib.Path) -> None:
    llama_cpp.llama_log_set(_quiet, ctypes.c_void_p(0))
    plan = plan_quantization(starter_model_path(), ["f16"], tmp_path, allow_requantize=True, threads=THREADS)
    (f16,) = QuantizationJob(plan)(lambda _: None, CancelToken())
    out = tmp_path / "out"
    out.mkdir()
    inproc, cold, warm = [], [], []
    for _ in range(ROUNDS):
        inproc.append(_in_process(f16.path, out / "inproc.gguf"))
        cold.append(_child(f16.path, out, warm=False))
        warm.append(_child(f16.path, out, warm=True))
    base = statistics.median(inproc)
    print(f"\n{TARGET} on {THREADS} threads: in-process {base:.2f} s, child cold {statistics.median(cold):.2f} s "
          f"(ratio {statistics.median(cold) / base:.3f}), child warm {statistics.median(warm):.2f} s "
          f"(ratio {statistics.median(warm) / base:.3f})")
    assert statistics.median(warm) / base <= 1.05
