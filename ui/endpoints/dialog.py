"""The Endpoints dialog: add, edit and remove OpenAI-compatible servers, fill the form from a preset, test one."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.errors import error_line
from ui.i18n import tr, tr_noop
from ui.jobs import JobHandle, JobRunner
from ui.untrusted import CELL_LIMIT, one_line, set_plain
from workbench.endpoints.backend import ConnectionReport
from workbench.endpoints.config import (
    DEFAULT_READ_TIMEOUT,
    DEFAULT_REPLY_DEADLINE,
    MAX_READ_TIMEOUT,
    PRESETS,
    EndpointConfig,
    check_name,
    check_read_timeout,
    normalize_base_url,
)
from workbench.endpoints.directory import EndpointDirectory
from workbench.endpoints.errors import EndpointConfigError
from workbench.jobs import CancelToken, ProgressCallback

OK_STYLE = "color: #2e8b57;"
ERROR_STYLE = "color: #c0392b;"
NOTE_STYLE = "color: palette(mid);"
INTRO = tr_noop(
    "Endpoints",
    "Chat with models on a server you already run — Ollama, llama.cpp's server, LM Studio, vLLM, Foundry Local — "
    "or on a bigger machine. Its models appear in the Library as “Endpoint: <name>”.",
)
KEY_SAVED = tr_noop("Endpoints", "Saved in the system keyring — type a new key to replace it")
KEY_SESSION = tr_noop("Endpoints", "Kept until the app closes — type a new key to replace it")
KEY_NONE = tr_noop("Endpoints", "Optional — most local servers need none")


@dataclass
class _Draft:
    """An endpoint being edited. ``key`` None means "unchanged"; ``original`` is its name when the dialog opened."""

    name: str
    base_url: str
    read_timeout: float = DEFAULT_READ_TIMEOUT
    key: str | None = None
    had_key: bool = False
    original: str | None = None
    reply_deadline: float = DEFAULT_REPLY_DEADLINE
    """Not in the form: kept as the settings file has it."""


class EndpointsDialog(QDialog):
    """Edits a working copy of the endpoints; Save checks them all, stores keys (in the keyring, on a worker) and
    then emits :attr:`endpoints_changed`. Cancel forgets every change.

    Signals (GUI thread):
        endpoints_changed(tuple): the saved endpoints (a tuple of ``EndpointConfig``), after Save.
        connection_tested(str): "Test connection" finished; the line shown (starts with ✓ or ✗).
    """

    endpoints_changed = Signal(tuple)
    """The endpoints as saved (tuple of EndpointConfig); persist them in the settings."""
    connection_tested = Signal(str)
    """The result line of "Test connection"."""

    def __init__(self, directory: EndpointDirectory, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Endpoints", "Endpoints — models on a server"))
        self.setObjectName("endpoints-dialog")
        self._directory = directory
        self._jobs = jobs
        self._test: JobHandle | None = None
        self._saving: JobHandle | None = None
        self._filling = False
        self._keys_persistent: bool | None = None
        self._drafts = [
            _Draft(e.name, e.base_url, e.read_timeout, None, e.has_key, e.name, e.reply_deadline)
            for e in directory.endpoints()
        ]

        intro = QLabel(tr("Endpoints", INTRO))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setMinimumWidth(190)
        self.add_button = QPushButton(tr("Endpoints", "Add"))
        self.remove_button = QPushButton(tr("Endpoints", "Remove"))
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.add_button)
        list_buttons.addWidget(self.remove_button)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addLayout(list_buttons)

        self.preset = QComboBox()
        self.preset.addItem(tr("Endpoints", "Fill in from a preset…"), None)
        for preset in PRESETS:
            self.preset.addItem(preset.label, preset)
        self.preset.setToolTip(
            tr("Endpoints", "Fills in the name and address a server of this kind usually has; change them freely")
        )
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(tr("Endpoints", "e.g. Ollama on this laptop"))
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("http://localhost:11434/v1")
        self.url_edit.setToolTip(
            tr("Endpoints", "The address of the server's OpenAI-compatible API; it usually ends in /v1")
        )
        self.key_edit = QLineEdit()
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setToolTip(tr("Endpoints", "Kept in the system keyring, never in the settings file"))
        self.forget_key_button = QPushButton(tr("Endpoints", "Forget key"))
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.forget_key_button)
        self.timeout_spin = QDoubleSpinBox()
        self.timeout_spin.setRange(1.0, MAX_READ_TIMEOUT)
        self.timeout_spin.setDecimals(0)
        self.timeout_spin.setSuffix(" s")
        self.timeout_spin.setToolTip(
            tr(
                "Endpoints",
                "How long to wait for the next piece of a reply before saying the server stalled. "
                "Raise it for a big model on a slow server.",
            )
        )
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.test_button = QPushButton(tr("Endpoints", "Test connection"))
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)

        form = QFormLayout()
        form.addRow(tr("Endpoints", "Preset"), self.preset)
        form.addRow(tr("Endpoints", "Name"), self.name_edit)
        form.addRow(tr("Endpoints", "Base URL"), self.url_edit)
        form.addRow(tr("Endpoints", "API key"), key_row)
        form.addRow(tr("Endpoints", "Wait for a reply"), self.timeout_spin)
        form_box = QVBoxLayout()
        form_box.addLayout(form)
        form_box.addWidget(self.note)
        form_box.addWidget(self.problem)
        form_box.addLayout(test_row)
        form_box.addStretch(1)
        self.form = QGroupBox(tr("Endpoints", "Endpoint"))
        self.form.setLayout(form_box)

        middle = QHBoxLayout()
        middle.addLayout(left)
        middle.addWidget(self.form, 1)
        self.keyring_note = QLabel()
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setStyleSheet(NOTE_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(middle, 1)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.buttons)
        self.resize(760, 460)

        self.add_button.clicked.connect(self.add_endpoint)
        self.remove_button.clicked.connect(self.remove_endpoint)
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self.preset.activated.connect(self._on_preset_activated)
        self.name_edit.textEdited.connect(self._on_form_edited)
        self.url_edit.textEdited.connect(self._on_form_edited)
        self.key_edit.textEdited.connect(self._on_key_edit_text_edited)
        self.timeout_spin.valueChanged.connect(self._on_form_edited)
        self.forget_key_button.clicked.connect(self._on_forget_key_button_clicked)
        self.test_button.clicked.connect(self.test_connection)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        for draft in self._drafts:
            self.list.addItem(one_line(draft.name, CELL_LIMIT))
        if self._drafts:
            self.list.setCurrentRow(0)
        else:
            self._fill(None)
        self._look_for_keyring()

    # -- the list ------------------------------------------------------------------------------

    @property
    def current(self) -> _Draft | None:
        row = self.list.currentRow()
        return self._drafts[row] if 0 <= row < len(self._drafts) else None

    def add_endpoint(self) -> None:
        """Add an empty endpoint and select it (pick a preset or type its address)."""
        taken = {d.name for d in self._drafts}
        name, n = tr("Endpoints", "New endpoint"), 1
        while name in taken:
            n += 1
            name = tr("Endpoints", "New endpoint {n}").format(n=n)
        self._drafts.append(_Draft(name, ""))
        self.list.addItem(one_line(name, CELL_LIMIT))
        self.list.setCurrentRow(len(self._drafts) - 1)
        self.preset.setFocus()

    def remove_endpoint(self) -> None:
        """Remove the selected endpoint (its key is forgotten when Save is pressed)."""
        row = self.list.currentRow()
        if not 0 <= row < len(self._drafts):
            return
        del self._drafts[row]
        self.list.takeItem(row)
        if not self._drafts:
            self._fill(None)

    def fill_from_preset(self, label: str) -> None:
        """Fill the form as the preset ``label`` says (adding an endpoint when none is selected)."""
        preset = next(p for p in PRESETS if p.label == label)
        if self.current is None:
            self.add_endpoint()
        draft = self.current
        assert draft is not None
        taken = {d.name for d in self._drafts if d is not draft}
        name, n = preset.name, 1
        while name in taken:
            n += 1
            name = f"{preset.name} {n}"
        draft.name, draft.base_url = name, preset.base_url
        self._fill(draft)
        self.list.currentItem().setText(one_line(name, CELL_LIMIT))
        self.note.setText(preset.note)
        self._validate()

    @Slot(int)
    def _on_list_current_row_changed(self, row: int) -> None:
        self._fill(self.current)
        set_plain(self.test_result, "")

    def _fill(self, draft: _Draft | None) -> None:
        self._filling = True
        try:
            self.form.setEnabled(draft is not None)
            self.remove_button.setEnabled(draft is not None)
            self.preset.setCurrentIndex(0)
            self.name_edit.setText(draft.name if draft else "")
            self.url_edit.setText(draft.base_url if draft else "")
            self.key_edit.setText(draft.key or "" if draft else "")
            self.timeout_spin.setValue(draft.read_timeout if draft else DEFAULT_READ_TIMEOUT)
            self._show_key_state()
            self.note.setText("" if draft else tr("Endpoints", "Press Add, or pick a preset, to set up an endpoint."))
        finally:
            self._filling = False
        self._validate()

    def _show_key_state(self) -> None:
        draft = self.current
        has = draft is not None and ((draft.key is None and draft.had_key) or bool(draft.key))
        if draft is not None and draft.key is None and draft.had_key:
            self.key_edit.setPlaceholderText(
                tr("Endpoints", KEY_SAVED if self._keys_persistent is not False else KEY_SESSION)
            )
        else:
            self.key_edit.setPlaceholderText(tr("Endpoints", KEY_NONE))
        self.forget_key_button.setEnabled(has)

    # -- editing -------------------------------------------------------------------------------

    @Slot(int)
    def _on_preset_activated(self, index: int) -> None:
        preset = self.preset.itemData(index)
        if preset is not None:
            self.fill_from_preset(preset.label)
        self.preset.setCurrentIndex(0)

    def _on_form_edited(self, *_args: Any) -> None:
        draft = self.current
        if self._filling or draft is None:
            return
        draft.name = self.name_edit.text()
        draft.base_url = self.url_edit.text()
        draft.read_timeout = self.timeout_spin.value()
        item = self.list.currentItem()
        if item is not None:
            item.setText(one_line(draft.name, CELL_LIMIT) or tr("Endpoints", "(no name)"))
        self._validate()

    @Slot(str)
    def _on_key_edit_text_edited(self, text: str) -> None:
        draft = self.current
        if draft is not None and not self._filling:
            draft.key = text if text or not draft.had_key else None
            self._show_key_state()

    @Slot()
    def _on_forget_key_button_clicked(self) -> None:
        draft = self.current
        if draft is not None:
            draft.key = ""
            self.key_edit.clear()
            self._show_key_state()

    def _config_of(self, draft: _Draft, others: list[_Draft]) -> EndpointConfig:
        """The draft as a checked config; raises :class:`EndpointConfigError` with the one-line reason."""
        name = check_name(draft.name, {" ".join(d.name.split()) for d in others})
        return EndpointConfig(
            name,
            normalize_base_url(draft.base_url),
            False,
            check_read_timeout(draft.read_timeout),
            draft.reply_deadline,
        )

    def _validate(self) -> bool:
        """Show what is wrong with the selected endpoint; True when it is fine."""
        draft = self.current
        if draft is None:
            set_plain(self.problem, "")
            self.test_button.setEnabled(False)
            return True
        try:
            self._config_of(draft, [d for d in self._drafts if d is not draft])
        except EndpointConfigError as exc:
            set_plain(self.problem, str(exc))
            self.test_button.setEnabled(False)
            return False
        set_plain(self.problem, "")
        self.test_button.setEnabled(self._test is None)
        return True

    # -- test connection -----------------------------------------------------------------------

    def test_connection(self) -> None:
        """List the selected endpoint's models on a worker, with the form's (unsaved) values; the result shows
        beside the button and in :attr:`connection_tested`."""
        draft = self.current
        if draft is None or self._test is not None or not self._validate():
            return
        config = self._config_of(draft, [d for d in self._drafts if d is not draft])
        typed, original, directory = draft.key, draft.original, self._directory

        def test(progress: ProgressCallback, cancel: CancelToken) -> ConnectionReport:
            key = typed if typed is not None else (directory.keys.get(original) if original else None)
            backend = directory.backend_for(config, key)
            cancel.on_cancel(backend.cancel)
            try:
                return backend.test_connection()
            finally:
                backend.unload()

        handle = self._jobs.start(test, "test endpoint")
        handle.finished.connect(self._on_test_finished)
        handle.failed.connect(self._on_test_failed)
        handle.done.connect(self._on_test_done)
        self._test = handle
        self.test_button.setEnabled(False)
        self.test_result.setStyleSheet(NOTE_STYLE)
        set_plain(self.test_result, tr("Endpoints", "Connecting to {base_url}…").format(base_url=config.base_url))

    @Slot(object)
    def _on_test_finished(self, report: Any) -> None:
        self._show_test(f"✓ {report.summary}", OK_STYLE)

    @Slot(object)
    def _on_test_failed(self, exc: Any) -> None:
        self._show_test(f"✗ {error_line(exc)}", ERROR_STYLE)

    def _show_test(self, text: str, style: str) -> None:
        self.test_result.setStyleSheet(style)
        set_plain(self.test_result, text)
        self.connection_tested.emit(text)

    @Slot()
    def _on_test_done(self) -> None:
        self._test = None
        self._validate()

    # -- keyring and saving --------------------------------------------------------------------

    def _look_for_keyring(self) -> None:
        keys = self._directory.keys
        handle = self._jobs.start(lambda progress, cancel: keys.persistent, "look for keyring")
        handle.finished.connect(self._on_keyring_found)

    @Slot(object)
    def _on_keyring_found(self, persistent: Any) -> None:
        self._keys_persistent = bool(persistent)
        self.keyring_note.setText(
            tr("Endpoints", "API keys are kept in the system keyring, never in the settings file.")
            if persistent
            else tr(
                "Endpoints",
                "No system keyring was found: an API key you enter is kept only until the app closes "
                "(it is never written to the settings file).",
            )
        )
        self._show_key_state()

    def save(self) -> None:
        """Check every endpoint (the first bad one is selected, with its reason), store the keys on a worker,
        then emit :attr:`endpoints_changed` and close."""
        if self._saving is not None:
            return
        configs: list[EndpointConfig] = []
        for row, draft in enumerate(self._drafts):
            try:
                configs.append(self._config_of(draft, self._drafts[:row]))
            except EndpointConfigError as exc:
                self.list.setCurrentRow(row)
                set_plain(self.problem, str(exc))
                return
        drafts = list(self._drafts)
        removed = {e.name for e in self._directory.endpoints()} - {d.original for d in drafts if d.original}
        keys = self._directory.keys

        def store_keys(progress: ProgressCallback, cancel: CancelToken) -> tuple[EndpointConfig, ...]:
            for name in removed:
                keys.delete(name)
            saved = []
            for draft, config in zip(drafts, configs, strict=True):
                if draft.key is None:  # unchanged: follow a rename
                    in_keyring = draft.had_key and (
                        keys.rename(draft.original, config.name) if draft.original else False
                    )
                else:
                    if draft.original and draft.original != config.name:
                        keys.delete(draft.original)
                    in_keyring = keys.set(config.name, draft.key)
                saved.append(config.with_changes(has_key=bool(in_keyring)))
            return tuple(saved)

        handle = self._jobs.start(store_keys, "save endpoints")
        handle.finished.connect(self._on_save_finished)
        handle.failed.connect(self._on_save_failed)
        self._saving = handle
        self.buttons.setEnabled(False)

    @Slot(object)
    def _on_save_finished(self, configs: Any) -> None:
        self._saving = None
        self._directory.replace(configs)
        self.endpoints_changed.emit(tuple(configs))
        self.accept()

    @Slot(object)
    def _on_save_failed(self, exc: Any) -> None:
        self._saving = None
        self.buttons.setEnabled(True)
        set_plain(self.problem, tr("Endpoints", "The endpoints could not be saved: {exc}").format(exc=error_line(exc)))
