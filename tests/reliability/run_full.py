"""Run the whole reliability corpus as one pytest shard per core, then print and save the merged table.

    python -m tests.reliability.run_full [--jobs N] [--out DIR] [-- extra pytest arguments]

Each shard runs ``tests/reliability`` with ``SLM_RELIABILITY_FULL=1`` and ``SLM_RELIABILITY_SHARD=K/N`` (every
N-th case of each corpus); its output goes to ``shard-K.log`` and its summary to ``shard-K.json`` in the output
folder (a new temporary folder unless ``--out`` names one). The merged summary, ``reliability-summary.json``,
goes next to them. The exit code is 0 only when every shard passed and no case failed.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tests.support.reliability import merge_summaries, summary_table

ROOT = Path(__file__).resolve().parents[2]
DEADLINE_SECONDS = 4 * 3600
"""The whole run's time limit: the shards still running then are ended (a quiet two-core machine needs about
a quarter of an hour)."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.reliability.run_full", description=__doc__.split("\n")[0])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="shards run at once (default: cores)")
    parser.add_argument("--out", type=Path, help="where the logs and summaries go (default: a new temporary folder)")
    parser.add_argument("pytest_args", nargs="*", help="passed on to each pytest run")
    args = parser.parse_args(argv)
    jobs = max(1, args.jobs)
    out: Path = args.out or Path(tempfile.mkdtemp(prefix="reliability-"))
    out.mkdir(parents=True, exist_ok=True)
    print(f"{jobs} shards; logs and summaries in {out}", flush=True)

    started = time.monotonic()
    shards: list[tuple[int, subprocess.Popen[bytes], Any]] = []
    try:
        for k in range(1, jobs + 1):
            env = {
                **os.environ,
                "SLM_RELIABILITY_FULL": "1",
                "SLM_RELIABILITY_SHARD": f"{k}/{jobs}",
                "SLM_RELIABILITY_SUMMARY": str(out / f"shard-{k}.json"),
                "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            }
            log = (out / f"shard-{k}.log").open("wb")
            command = [sys.executable, "-m", "pytest", "tests/reliability", "-q", "-p", "no:cacheprovider"]
            process = subprocess.Popen([*command, *args.pytest_args], cwd=ROOT, env=env, stdout=log, stderr=log)
            shards.append((k, process, log))
        codes = {}
        for k, process, _log in shards:
            remaining = DEADLINE_SECONDS - (time.monotonic() - started)
            try:
                codes[k] = process.wait(timeout=max(1.0, remaining))
            except subprocess.TimeoutExpired:
                process.kill()
                codes[k] = process.wait(timeout=30)
    finally:
        for _k, process, log in shards:
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait(timeout=30)
            log.close()
    wall = time.monotonic() - started
    times = os.times()

    summaries, missing = [], []
    for k, _process, _log in shards:
        path = out / f"shard-{k}.json"
        if path.exists():
            summaries.append(json.loads(path.read_text(encoding="utf-8")))
        else:
            missing.append(f"shard {k}/{jobs} ended without a summary (exit code {codes.get(k)}): see shard-{k}.log")
    merged = merge_summaries(summaries)
    merged["wall_seconds"] = round(wall, 1)
    merged["processor_seconds"] = round(times.children_user + times.children_system, 1)
    merged["shard_exit_codes"] = codes
    (out / "reliability-summary.json").write_text(json.dumps(merged, indent=2), encoding="utf-8")
    for line in [*summary_table(merged), *missing]:
        print(line)
    print(f"summary: {out / 'reliability-summary.json'}")
    return 0 if not missing and not merged["failures"] and not any(codes.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
