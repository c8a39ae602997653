"""The Server tab remembers its address, port and CORS choice in the settings, and not its key."""

from __future__ import annotations

from typing import Any

from ui.jobs import JobRunner
from ui.server.panel import ServerPanel
from workbench.engine.client import EngineClient
from workbench.live_settings import LiveSettings
from workbench.server.turns import SharedRunner
from workbench.settings import ServerSettings, Settings


def test_the_form_comes_back_as_it_was_left_without_the_key(qtbot: Any) -> None:
    settings = LiveSettings(Settings().with_changes(server=ServerSettings(host="0.0.0.0", port=9001, cors=True,
                                                                         cors_origins="http://localhost:5173")))
    jobs = JobRunner()
    panel = ServerPanel(SharedRunner(EngineClient()), jobs, settings)
    qtbot.addWidget(panel)
    assert panel.reach_combo.currentData() == "0.0.0.0" and panel.port_box.value() == 9001
    assert panel.cors_check.isChecked() and panel.cors_edit.text() == "http://localhost:5173"
    assert panel.config().cors_origins == ("http://localhost:5173",)

    panel.port_box.setValue(9002)
    panel.reach_combo.setCurrentIndex(panel.reach_combo.findData("127.0.0.1"))
    panel.cors_check.setChecked(False)
    panel.key_edit.setText("secret-key")
    assert settings.value.server == ServerSettings(host="127.0.0.1", port=9002, cors=False,
                                                   cors_origins="http://localhost:5173")
    assert "secret-key" not in repr(settings.value.to_dict())

    again = ServerPanel(SharedRunner(EngineClient()), jobs, settings)
    qtbot.addWidget(again)
    assert again.port_box.value() == 9002 and again.key_edit.text() == "" and not again.cors_check.isChecked()
