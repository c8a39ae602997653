"""How long the window stalls while it shows a model whose metadata holds a 100 KB license, against an ordinary one.

Not part of the default run (``QT_QPA_PLATFORM=offscreen python -m pytest tests/perf -s``).
The library panel (table and details) lists an ordinary tiny model and one whose name and 100 KB license are
full of HTML. Selecting one or the other in turn, a 5 ms heartbeat timer on the GUI thread records the largest
gap after each selection (the stall a person feels). It prints the hostile model's stall in ms and as a
ratio to the ordinary model's in the same run (target: about 1, i.e. no worse than an ordinary model), and,
for scale, the stall of the same 100 KB license in an unbounded rich-text label — what the window did before
untrusted text was bounded.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel

from tests.support.hostile_text import hostile_license, write_hostile_gguf
from tests.support.tiny_gguf import write_tiny_llama_gguf
from workbench.library import LibraryScanner, LibrarySources

HEARTBEAT_MS = 5
SETTLE_MS = 250
"""How long after a selection the heartbeat is watched for its largest gap."""
ROUNDS = 12


def _stall_ms(qtbot: Any, action: Callable[[], None]) -> float:
    """The largest lateness of a 5 ms heartbeat while ``action`` runs and the window settles after it."""
    ticks: list[float] = []
    heartbeat = QTimer()
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.timeout.connect(lambda: ticks.append(time.perf_counter()))
    heartbeat.start()
    qtbot.wait(30)  # a few ticks before
    action()
    qtbot.wait(SETTLE_MS)
    heartbeat.stop()
    gaps = [(b - a) * 1000 - HEARTBEAT_MS for a, b in zip(ticks, ticks[1:], strict=False)]
    return max(0.0, *gaps)


def test_stall_of_a_100_kb_license_against_an_ordinary_model(qtbot: Any, tmp_path: Path) -> None:
    from ui.jobs import JobRunner
    from ui.library import LibraryPanel

    folder = tmp_path / "models"
    (folder / "ordinary").mkdir(parents=True)
    ordinary = write_tiny_llama_gguf(folder / "ordinary" / "Tiny-Ordinary.gguf")
    hostile = write_hostile_gguf(folder / "hostile")
    scanner = LibraryScanner(LibrarySources(app_models_dir=folder))
    entries = list(scanner.iter_entries())
    assert {e.path for e in entries} == {str(ordinary), str(hostile)}

    runner = JobRunner()
    panel = LibraryPanel(scanner, runner)
    qtbot.addWidget(panel)
    panel.resize(1280, 800)
    panel.show()
    panel.model.add_entries(entries)
    qtbot.wait(200)
    try:
        ordinary_ms: list[float] = []
        hostile_ms: list[float] = []
        for _ in range(ROUNDS):
            ordinary_ms.append(_stall_ms(qtbot, lambda: panel.select_path(str(ordinary))))
            hostile_ms.append(_stall_ms(qtbot, lambda: panel.select_path(str(hostile))))
        width = panel.details.minimumSizeHint().width()

        unbounded = QLabel()  # for scale: the license as an unbounded label showed it
        unbounded.setWordWrap(True)
        qtbot.addWidget(unbounded)
        unbounded.resize(400, 300)
        unbounded.show()
        before_ms = _stall_ms(qtbot, lambda: unbounded.setText(hostile_license()))
        before_width = unbounded.minimumSizeHint().width()
    finally:
        panel.close()
        assert runner.shutdown(30_000)

    base, worst = statistics.median(ordinary_ms), statistics.median(hostile_ms)
    ratio = worst / base if base > 0 else float("inf")
    print(
        f"\nGUI stall after selecting a model (median of {ROUNDS}, heartbeat {HEARTBEAT_MS} ms): "
        f"ordinary {base:.1f} ms, 100 KB HTML license {worst:.1f} ms, ratio {ratio:.2f} "
        f"(max {max(ordinary_ms):.1f} / {max(hostile_ms):.1f} ms); details minimum width {width} px"
    )
    print(
        f"For scale, the same license in an unbounded label: stall {before_ms:.0f} ms "
        f"({before_ms / base if base > 0 else float('inf'):.0f}x the ordinary model), minimum width {before_width} px"
    )
