"""The Server panel: start and stop the local OpenAI-compatible server, its address, snippets to paste into other
programs, and a live log of the requests it answers."""

from __future__ import annotations

import secrets
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.errors import error_line
from ui.i18n import tr, tr_noop
from ui.jobs import JobRunner
from ui.server.log_model import RequestLogModel
from workbench.jobs import CancelToken, ProgressCallback
from workbench.live_settings import LiveSettings
from workbench.server.local import DEFAULT_HOST, DEFAULT_PORT, LocalServer, ServerConfig, check_config, who_can_reach
from workbench.server.metrics import RequestRecord
from workbench.server.snippets import curl_snippet, open_webui_snippet, python_snippet
from workbench.server.turns import SERVER, SharedRunner, engine_use
from workbench.settings import MAX_CORS_SETTING, ServerSettings

ALL_ADDRESSES = "0.0.0.0"
RESIZE_ROWS = 20
"""The log's columns fit the first this many requests."""
OUTCOME_WIDTH = 220
USE_POLL_MS = 250
"""How often the panel looks at who uses the engine."""
INTRO = tr_noop(
    "Server",
    "Editors, notebooks, Open WebUI and other programs can use the loaded model through an OpenAI-compatible "
    "API, while it stays on this computer. The chat keeps working: the two take turns.",
)


class _RecordRelay(QObject):
    """Carries finished requests from the server's thread to the GUI thread.

    Signals:
        recorded(object): a :class:`RequestRecord` (emitted on the server's thread, delivered on the GUI thread).
    """

    recorded = Signal(object)


class ServerPanel(QWidget):
    """Start/stop, address, who can connect, snippets, and the request log.

    Signals (GUI thread):
        server_started(str): the server answers at this base URL.
        server_stopped(): it no longer answers.
    """

    server_started = Signal(str)
    """The server answers at this base URL (``http://127.0.0.1:8080/v1``)."""
    server_stopped = Signal()
    """The server no longer answers."""

    def __init__(self, runner: SharedRunner, jobs: JobRunner, settings: LiveSettings | None = None,
                 parent: QWidget | None = None) -> None:
        """``settings``: where the form's address, port and CORS choice are remembered (never the key)."""
        super().__init__(parent)
        self._runner = runner
        self._jobs = jobs
        self._settings = settings
        self.server: LocalServer | None = None
        self._starting: LocalServer | None = None
        self._busy = False
        self._relay = _RecordRelay(self)
        self._relay.recorded.connect(self._on_relay_recorded)
        self.log_model = RequestLogModel()
        self._build()
        self._use_timer = QTimer(self)
        self._use_timer.setInterval(USE_POLL_MS)
        self._use_timer.timeout.connect(self._on_use_timer_timeout)
        self._use_timer.start()
        self._restore_form()
        self._show_state()

    # -- layout ----------------------------------------------------------------------------------

    def _build(self) -> None:
        intro = QLabel(tr("Server", INTRO))
        intro.setWordWrap(True)
        self.reach_combo = QComboBox()
        self.reach_combo.addItem(tr("Server", "This computer only"), DEFAULT_HOST)
        self.reach_combo.addItem(tr("Server", "Other computers too (needs an API key)"), ALL_ADDRESSES)
        self.reach_combo.currentIndexChanged.connect(self._on_settings_edited)
        self.port_box = QSpinBox()
        self.port_box.setRange(1024, 65535)
        self.port_box.setValue(DEFAULT_PORT)
        self.key_edit = QLineEdit()
        self.key_edit.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.key_edit.setPlaceholderText(tr("Server", "none (only needed for other computers)"))
        self.key_edit.textChanged.connect(self._on_settings_edited)
        new_key = QPushButton(tr("Server", "New key"))
        new_key.setToolTip(tr("Server", "Make a random key; clients send it as 'Authorization: Bearer KEY'"))
        new_key.clicked.connect(self._on_new_key_clicked)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(new_key)
        self.cors_check = QCheckBox(tr("Server", "Let web pages from these addresses call it (CORS):"))
        self.cors_edit = QLineEdit("http://localhost:3000")
        self.cors_edit.setEnabled(False)
        self.cors_check.toggled.connect(self.cors_edit.setEnabled)
        cors_row = QHBoxLayout()
        cors_row.addWidget(self.cors_check)
        cors_row.addWidget(self.cors_edit, 1)
        form = QFormLayout()
        form.addRow(tr("Server", "Who can connect"), self.reach_combo)
        form.addRow(tr("Server", "Port"), self.port_box)
        form.addRow(tr("Server", "API key"), key_row)
        form.addRow("", cors_row)

        self.start_button = QPushButton(tr("Server", "Start server"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self._on_start_button_clicked)
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.setWordWrap(True)
        self.reach_label = QLabel()
        self.reach_label.setTextFormat(Qt.TextFormat.PlainText)
        self.reach_label.setWordWrap(True)
        self.use_label = QLabel()
        self.use_label.setTextFormat(Qt.TextFormat.PlainText)
        start_row = QHBoxLayout()
        start_row.addWidget(self.start_button)
        start_row.addWidget(self.status_label, 1)

        self.snippets = QTabWidget()
        self.snippet_edits: dict[str, QPlainTextEdit] = {}
        for title in ("Python (openai)", "curl", "Open WebUI"):
            edit = QPlainTextEdit()
            edit.setReadOnly(True)
            edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
            self.snippet_edits[title] = edit
            self.snippets.addTab(edit, title)
        self.copy_button = QPushButton(tr("Server", "Copy"))
        self.copy_button.setToolTip(
            tr("Server", "Copy the snippet shown, to paste into a terminal, a Python shell or Open WebUI")
        )
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        snippets_row = QHBoxLayout()
        snippets_row.addWidget(self.snippets, 1)
        snippets_row.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignTop)

        self.log_view = QTableView()
        self.log_view.setModel(self.log_model)
        self.log_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.log_view.verticalHeader().hide()
        self.log_view.setWordWrap(False)
        self.log_view.horizontalHeader().setStretchLastSection(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(start_row)
        layout.addWidget(self.reach_label)
        layout.addWidget(self.use_label)
        layout.addLayout(snippets_row, 1)
        layout.addWidget(QLabel(tr("Server", "Requests")))
        layout.addWidget(self.log_view, 2)

    # -- remembered form -----------------------------------------------------------------------------

    def _restore_form(self) -> None:
        """Fill the form from the settings (checked when they were read), then remember each later change."""
        if self._settings is None:
            return
        saved = self._settings.value.server
        self.reach_combo.setCurrentIndex(max(0, self.reach_combo.findData(saved.host)))
        self.port_box.setValue(saved.port)
        self.cors_edit.setText(saved.cors_origins)
        self.cors_check.setChecked(saved.cors)
        self.reach_combo.currentIndexChanged.connect(self._on_form_changed)
        self.port_box.valueChanged.connect(self._on_form_changed)
        self.cors_check.toggled.connect(self._on_form_changed)
        self.cors_edit.editingFinished.connect(self._on_form_changed)

    @Slot()
    def _on_form_changed(self, *_args: object) -> None:
        if self._settings is None:
            return
        self._settings.update(server=ServerSettings(
            host=str(self.reach_combo.currentData()), port=self.port_box.value(), cors=self.cors_check.isChecked(),
            cors_origins=self.cors_edit.text().strip()[:MAX_CORS_SETTING],
        ))

    # -- state -------------------------------------------------------------------------------------

    def config(self) -> ServerConfig:
        """The server as the form describes it."""
        origins = tuple(o.strip() for o in self.cors_edit.text().split(",") if o.strip())
        return ServerConfig(
            host=str(self.reach_combo.currentData()),
            port=self.port_box.value(),
            api_key=self.key_edit.text().strip(),
            cors_origins=origins if self.cors_check.isChecked() else (),
        )

    def retranslate_texts(self) -> None:
        """After a language switch: who can reach the server and its status line anew (a problem shown stays)."""
        self._show_state(getattr(self, "_problem", ""))

    def _show_state(self, problem: str = "") -> None:
        self._problem = problem
        server = self.server
        running = server is not None and server.running
        self.start_button.setText(tr("Server", "Stop server") if running else tr("Server", "Start server"))
        self.start_button.setEnabled(not self._busy)
        for widget in (self.reach_combo, self.port_box, self.key_edit, self.cors_check, self.cors_edit):
            widget.setEnabled(
                not running and not self._busy and (widget is not self.cors_edit or self.cors_check.isChecked())
            )
        config = server.config if server is not None else self.config()
        self.reach_label.setText(who_can_reach(config))
        self.reach_label.setStyleSheet("" if config.host == DEFAULT_HOST else "font-weight: bold")
        if problem:
            self.status_label.setText(problem)
        elif running and server is not None:
            name = server.model_name
            model = (
                tr("Server", "Serving {name}").format(name=name)
                if name
                else tr("Server", "Serving (no model is loaded yet: load one to answer)")
            )
            status = tr("Server", "{status} at {address}").format(status=model, address=server.base_url)
            self.status_label.setText(status)
        elif self._busy:
            self.status_label.setText(tr("Server", "Starting…") if server is None else tr("Server", "Stopping…"))
        else:
            self.status_label.setText(tr("Server", "Not running."))
        self._fill_snippets(server if running else None)

    def _fill_snippets(self, server: LocalServer | None) -> None:
        config = server.config if server is not None else self.config()
        url = server.base_url if server is not None else f"http://{DEFAULT_HOST}:{config.port}/v1"
        name = (server.model_name if server is not None else None) or "the-loaded-model"
        self.snippet_edits["Python (openai)"].setPlainText(python_snippet(url, name, config.api_key))
        self.snippet_edits["curl"].setPlainText(curl_snippet(url, name, config.api_key))
        self.snippet_edits["Open WebUI"].setPlainText(open_webui_snippet(url, name, config.api_key))

    # -- actions -----------------------------------------------------------------------------------

    def start(self) -> None:
        """Start the server as the form says, on a worker; ``server_started`` follows, or a reason is shown."""
        if self._busy or self.server is not None:
            return
        config = self.config()
        try:
            check_config(config)
        except Exception as exc:  # noqa: BLE001 - shown as one line
            self._show_state(error_line(exc))
            return
        server = LocalServer(self._runner, config)
        server.metrics.listen(self._relay.recorded.emit)

        def start(progress: ProgressCallback, cancel: CancelToken) -> str:
            server.start()
            return server.base_url

        handle = self._jobs.start(start, "start server")
        handle.finished.connect(self._on_start_finished)
        handle.failed.connect(self._on_start_failed)
        self._starting = server
        self._busy = True
        self._show_state()

    def stop(self) -> None:
        """Stop the server on a worker (replies it is sending end at once); ``server_stopped`` follows."""
        server = self.server
        if server is None or self._busy:
            return

        def stop(progress: ProgressCallback, cancel: CancelToken) -> None:
            server.stop()

        handle = self._jobs.start(stop, "stop server")
        handle.done.connect(self._on_stopped)
        self._busy = True
        self._show_state()

    def shutdown(self) -> None:
        """The window is closing: stop the server now (bounded by the server's own deadlines)."""
        self._use_timer.stop()
        for server in (self._starting, self.server):
            if server is not None:
                server.stop()
        self._starting = self.server = None

    # -- slots -------------------------------------------------------------------------------------

    @Slot(object)
    def _on_start_finished(self, url: Any) -> None:
        self._busy = False
        self.server, self._starting = self._starting, None
        self._show_state()
        self.server_started.emit(str(url))

    @Slot(object)
    def _on_start_failed(self, exc: Any) -> None:
        self._busy = False
        self._starting = None
        self._show_state(error_line(exc))

    @Slot()
    def _on_stopped(self) -> None:
        self._busy = False
        self.server = None
        self._show_state()
        self.server_stopped.emit()

    @Slot()
    def _on_start_button_clicked(self) -> None:
        if self.server is not None:
            self.stop()
        else:
            self.start()

    @Slot()
    def _on_new_key_clicked(self) -> None:
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Normal)
        self.key_edit.setText(secrets.token_urlsafe(24))

    @Slot()
    def _on_settings_edited(self) -> None:
        if self.server is None and not self._busy:
            self._show_state()

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        edit = self.snippets.currentWidget()
        if isinstance(edit, QPlainTextEdit):
            QGuiApplication.clipboard().setText(edit.toPlainText())

    @Slot(object)
    def _on_relay_recorded(self, record: Any) -> None:
        if isinstance(record, RequestRecord):
            self.log_model.add(record)
            if self.log_model.rowCount() <= RESIZE_ROWS:  # later rows look like the first ones
                self.log_view.resizeColumnsToContents()
                outcome = len(self.log_model.columns) - 1  # a long error is in its tooltip
                self.log_view.setColumnWidth(outcome, min(self.log_view.columnWidth(outcome), OUTCOME_WIDTH))

    @Slot()
    def _on_use_timer_timeout(self) -> None:
        turns = self._runner.turns
        text = engine_use(turns.holder, turns.waiting, SERVER) if self.server is not None else ""
        if text != self.use_label.text():
            self.use_label.setText(text)
        server = self.server
        if server is not None and server.running and not self._busy:
            name = server.model_name
            expected = (
                tr("Server", "Serving {name} at {base_url}").format(name=name, base_url=server.base_url)
                if name
                else None
            )
            if expected is not None and self.status_label.text() != expected:
                self._show_state()  # another model was loaded: the address stays, the name and snippets change
