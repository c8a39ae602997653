"""What the window's own work costs the model it measures.

Not part of the default run (``QT_QPA_PLATFORM=offscreen python -m pytest tests/perf -s``). On a small computer the
model's threads use every core, so whatever the window's thread draws while a reply streams (the reply's text, the
live charts) is taken from the model. The same model, loaded twice with the same threads, answers the same prompt
in turns: in the window (its reply streamed into the chat, the charts running beside it) and through an engine of its
own with no window at all, in one process so that machine noise hits both alike. It prints the median of the
rounds' ratios of tokens per second (window ÷ no window) and how much of a core the window's process used.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import statistics
import time
from pathlib import Path
from typing import Any

from workbench.conversations import ConversationStore
from workbench.engine.client import EngineClient
from workbench.engine.options import LoadOptions
from workbench.engine.protocol import ReplyDone, ReplyStats
from workbench.paths import AppPaths
from workbench.sampling import SamplingParams
from workbench.settings import Settings, SettingsStore
from workbench.starter import starter_model_path

ROUNDS = 10
PROMPT = "Write a long story about a lighthouse keeper."


def test_the_window_takes_little_from_the_model(qtbot: Any, tmp_path: Path) -> None:
    from ui.main_window import MainWindow

    starter = starter_model_path()
    assert starter is not None
    threads = int(os.environ.get("PERF_THREADS", os.cpu_count() or 1))
    load = LoadOptions(threads=threads, context_length=1024)
    params = SamplingParams(max_tokens=128, seed=7)
    paths = AppPaths.for_root(tmp_path / "home").ensure()
    settings_store = SettingsStore(paths.settings_file)
    settings_store.save(Settings(sampling=params, load=load))
    store = ConversationStore(paths.database_file)
    engine = EngineClient()
    window = MainWindow(engine, store, settings_store, paths)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    windowed: list[float] = []
    bare: list[float] = []
    busy: list[float] = []
    try:
        with qtbot.waitSignal(window.session.loaded, timeout=60_000):
            window.chat_with(str(starter))
        with EngineClient() as alone:
            alone.load(str(starter), load)
            for n in range(ROUNDS):
                window.conversations.new_button.click()  # the same prompt, from an empty conversation
                before, started = os.times(), time.perf_counter()
                with qtbot.waitSignal(window.chat.reply_finished, timeout=120_000) as finished:
                    window.chat.send(PROMPT)
                after, ended = os.times(), time.perf_counter()
                stats = finished.args[0]
                assert isinstance(stats, ReplyStats)
                windowed.append(stats.tokens_per_second)
                busy.append(((after.user - before.user) + (after.system - before.system)) / (ended - started))
                done = [e for e in alone.generate([{"role": "user", "content": PROMPT}], params.with_changes(seed=n))
                        if isinstance(e, ReplyDone)][0]
                bare.append(done.stats.tokens_per_second)
                qtbot.wait(300)  # the charts settle between replies, as a person reads
    finally:
        window.close()
        engine.unload()
        store.close()
    ratios = sorted(w / b for w, b in zip(windowed, bare, strict=True))
    print(
        f"\n{threads} threads on {os.cpu_count()} cores, starter model, {ROUNDS} rounds: tokens/s in the window "
        f"{statistics.median(windowed):.1f}, without a window {statistics.median(bare):.1f}; window ÷ no window "
        f"median {statistics.median(ratios):.3f} (range {ratios[0]:.2f}–{ratios[-1]:.2f}); the window's process "
        f"used {statistics.median(busy):.0%} of a core while a reply streamed (its own thread and the engine "
        "client's)"
    )
    assert min(len(windowed), len(bare)) == ROUNDS and all(r > 0 for r in windowed + bare)
