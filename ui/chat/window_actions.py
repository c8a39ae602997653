"""The chat's part of the main window: *New conversation* (Ctrl+N), *Model ▸ Pick a model* (Ctrl+K),
*Help ▸ Keyboard shortcuts*, and reopening the last model at start.

Kept apart from the window so the window only assembles: :class:`ChatActions` adds its entries to the menus the
window already has and remembers the last model in the window's state file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ui.chat.panel import ChatPanel
from ui.i18n import tr, tr_noop
from ui.model.session import ModelSession
from workbench.endpoints.paths import parse_remote_path

LAST_MODEL_KEY = "chat/last_model"
REOPEN_KEY = "chat/reopen_last_model"

CHAT_KEYS: tuple[tuple[str, str], ...] = (
    #: The Enter key.
    (tr_noop("Chat", "Enter"), tr_noop("Chat", "Send the message")),
    ("Shift+Enter", tr_noop("Chat", "Start a new line in the message")),
    #: The Escape key.
    (tr_noop("Chat", "Esc"), tr_noop("Chat", "Stop the reply being written (what it wrote so far is kept)")),
)
"""Keys of the chat itself, which are not menu entries."""


def _menu(bar: QMenuBar, name: str) -> QMenu | None:
    """The window's menu named ``name`` (its object name: "file", "model", "help"; titles are translated)."""
    for action in bar.actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and menu.objectName() == name:
            return menu
    return None


def menu_shortcuts(bar: QMenuBar) -> list[tuple[str, str]]:
    """Every menu entry that has a shortcut: (keys as this system writes them, ``Menu ▸ Entry``), in menu order."""
    found: list[tuple[str, str]] = []

    def walk(menu: QMenu, trail: str) -> None:
        for action in menu.actions():
            name = action.text().replace("&", "")
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, f"{trail} ▸ {name}")
            elif not action.shortcut().isEmpty():
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                found.append((keys, f"{trail} ▸ {name}"))

    for action in bar.actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            walk(menu, action.text().replace("&", ""))
    return found


class ShortcutsDialog(QDialog):
    """A table of every keyboard shortcut: the menus' and the chat's own keys."""

    def __init__(self, bar: QMenuBar, parent: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Chat", "Keyboard shortcuts"))
        rows = menu_shortcuts(bar) + [
            (keys, tr("Chat", "Chat: {what}").format(what=tr("Chat", what))) for keys, what in CHAT_KEYS
        ]
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([tr("Chat", "Keys"), tr("Chat", "What they do")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (keys, what) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(what))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 480)

    def rows(self) -> list[tuple[str, str]]:
        """What the table lists, row by row."""

        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""

        return [(text(r, 0), text(r, 1)) for r in range(self.table.rowCount())]


class ChatActions(QObject):
    """Adds the chat's menu entries to ``window`` and reopens the model it had last (a setting, on by default,
    kept in ``state`` with the window's layout).

    ``new_conversation`` starts one (the conversations list's); connect what announces a new conversation to
    :meth:`focus_for_typing`. ``show_chat`` brings the chat to the front.
    """

    def __init__(
        self,
        window: QMainWindow,
        chat: ChatPanel,
        session: ModelSession,
        state: QSettings,
        new_conversation: Callable[[], object],
        show_chat: Callable[[], None],
        pick_model: Callable[[], None] | None = None,
    ) -> None:
        """``pick_model``: show where a model is picked (the Library, cursor in its filter) — Ctrl+K."""
        super().__init__(window)
        self._window = window
        self._chat = chat
        self._session = session
        self._state = state
        self._new_conversation = new_conversation
        self._show_chat = show_chat
        bar = window.menuBar()
        file_menu, model_menu, help_menu = (_menu(bar, name) for name in ("file", "model", "help"))
        self.new_action = QAction(tr("Chat", "&New conversation"), window)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self._on_new_action_triggered)
        if file_menu is not None and file_menu.actions():
            first = file_menu.actions()[0]
            file_menu.insertAction(first, self.new_action)
            file_menu.insertSeparator(first)
        else:
            window.addAction(self.new_action)
        self.pick_action: QAction | None = None
        if pick_model is not None:
            self.pick_action = QAction(tr("Chat", "&Pick a model…"), window)
            self.pick_action.setShortcut(QKeySequence("Ctrl+K"))
            self.pick_action.setToolTip(tr("Chat", "Show the models on this computer, with the cursor in the filter"))
            self.pick_action.triggered.connect(lambda _=False: pick_model())
            if model_menu is not None and model_menu.actions():
                model_menu.insertAction(model_menu.actions()[0], self.pick_action)
            else:
                window.addAction(self.pick_action)
        self.reopen_action = QAction(tr("Chat", "&Reopen the last model at start"), window)
        self.reopen_action.setCheckable(True)
        self.reopen_action.setChecked(self.reopen_enabled)
        self.reopen_action.toggled.connect(self._on_reopen_action_toggled)
        if model_menu is not None:
            model_menu.addSeparator()
            model_menu.addAction(self.reopen_action)
        self.shortcuts_action = QAction(tr("Chat", "&Keyboard shortcuts"), window)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        if help_menu is not None and help_menu.actions():
            help_menu.insertAction(help_menu.actions()[0], self.shortcuts_action)
        elif help_menu is not None:
            help_menu.addAction(self.shortcuts_action)
        self.shortcuts_dialog: ShortcutsDialog | None = None

        session.loaded.connect(self._on_session_loaded)

    # -- new conversation ------------------------------------------------------------------------

    @Slot()
    def _on_new_action_triggered(self) -> None:
        self._new_conversation()

    @Slot()
    def focus_for_typing(self) -> None:
        """A new conversation was started: show the chat with the cursor in the message box."""
        self._show_chat()
        self._chat.focus_composer()

    # -- shortcuts -------------------------------------------------------------------------------

    def show_shortcuts(self) -> ShortcutsDialog:
        if self.shortcuts_dialog is None:
            self.shortcuts_dialog = ShortcutsDialog(self._window.menuBar(), self._window)
        self.shortcuts_dialog.show()
        return self.shortcuts_dialog

    # -- the last model --------------------------------------------------------------------------

    @property
    def reopen_enabled(self) -> bool:
        return str(self._state.value(REOPEN_KEY, "true")).lower() != "false"

    @property
    def last_model(self) -> str | None:
        value = self._state.value(LAST_MODEL_KEY)
        return value if isinstance(value, str) and value else None

    @Slot(bool)
    def _on_reopen_action_toggled(self, checked: bool) -> None:
        self._state.setValue(REOPEN_KEY, "true" if checked else "false")
        self._state.sync()

    @Slot(object)
    def _on_session_loaded(self, loaded: Any) -> None:
        path = str(getattr(loaded, "path", "") or "")
        if path and parse_remote_path(path) is None:  # a model on a server is chosen again in the library
            self._state.setValue(LAST_MODEL_KEY, path)
            self._state.sync()

    def reopen_last_model(self) -> bool:
        """Load the model of the last session, if the setting is on and its file is still there; whether it
        started loading. Called once the window is shown (the load runs on a worker; its fit is checked as
        ever)."""
        path = self.last_model
        if not self.reopen_enabled or path is None or self._session.is_loaded:
            return False
        if not Path(path).exists():
            self._chat.show_banner(
                tr(
                    "Chat",
                    "The model you had last ({name}) is no longer there; open another one with File ▸ Open GGUF… or "
                    "Model ▸ Load starter model.",
                ).format(name=Path(path).name),
                "info",
            )
            return False
        self._chat.open_model(path)
        return True

    def reopen_later(self) -> None:
        """Reopen the last model once the event loop runs (after the window is built and shown)."""
        QTimer.singleShot(0, self.reopen_last_model)
