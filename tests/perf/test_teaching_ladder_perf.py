"""The teaching ladder end to end, as the welcome page runs it: make Q4_0, Q3_K_M, Q2_K and IQ2_XS from the
starter (importance matrix included), then the full comparison against the original Q4_1.

Not part of the default run (``pytest tests/perf/test_teaching_ladder_perf.py -s``). Prints the time of each
part and the ladder's table (size, generation speed, perplexity, KL divergence and top-1 agreement against
Q4_1, and how busy other programs kept the computer); the target is under 3 minutes on 2 cores.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from workbench.compare.baseline import default_baseline
from workbench.compare.captions import summary_sentences
from workbench.compare.figures import format_measurement, format_size, format_uncertain, short_names
from workbench.compare.results import CompareSettings
from workbench.compare.suite import run_suite
from workbench.jobs import CancelToken
from workbench.quantize.ladder import TeachingLadder
from workbench.starter import starter_model_path


def test_teaching_ladder_end_to_end(tmp_path: Path) -> None:
    starter = starter_model_path()
    if starter is None:
        pytest.skip("the starter model package is not installed")
    started = time.monotonic()
    ladder = TeachingLadder(starter, tmp_path)(lambda _p: None, CancelToken())
    made = time.monotonic() - started
    paths = ladder.paths
    settings = CompareSettings(baseline=default_baseline(paths))
    run = run_suite(paths, settings, lambda _p: None, CancelToken())
    total = time.monotonic() - started
    print(f"\nteaching ladder: quantized (with importance matrix) in {made:.1f} s; "
          f"compared in {total - made:.1f} s; {total:.1f} s end to end ({total / 180:.2f} of the 3-minute target)")
    names = short_names(run.variants)
    print(f"{'variant':8} {'size':>9} {'tg tok/s':>14} {'reps':>4} {'perplexity':>13} {'KL':>17} {'top-1':>6} busy")
    for name, v in zip(names, run.variants, strict=True):
        q = v.quality
        busy = max((m.busiest for m in v.machine_load), default=0.0)
        print(
            f"{name:8} {format_size(v.file_bytes):>9} {format_measurement(v.generation_speed, ''):>14} "
            f"{len(v.generation_speed.samples) if v.generation_speed else 0:>4} "
            f"{format_uncertain(q.perplexity, q.perplexity_stderr) if q else '–':>13} "
            f"{format_uncertain(q.kl_mean, q.kl_stderr) if q and q.kl_mean is not None else '–':>17} "
            f"{f'{q.top1_agreement:.1%}' if q and q.top1_agreement is not None else '–':>6} {busy:.2f}"
        )
    for sentence in summary_sentences(run):
        print(" ", sentence)
    assert all(v.status == "done" for v in run.variants)
