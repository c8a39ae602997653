"""The main window: assembles the chat, the conversations list, the parameters and the status bar."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Qt, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QMainWindow, QMessageBox, QWidget

from ui.chat.panel import ChatPanel
from ui.conversations.panel import ConversationsPanel
from ui.jobs import JobRunner
from ui.model.fit_dialog import ask_to_load
from ui.model.session import ModelSession
from ui.model.status_bar import ModelStatusBar
from ui.params.panel import ParametersPanel
from ui.theme import apply_theme
from workbench.conversations import ConversationStore
from workbench.engine.client import EngineClient
from workbench.paths import AppPaths
from workbench.settings import Settings, SettingsStore, Theme

THEME_CHOICES: tuple[tuple[Theme, str], ...] = (("system", "Follow system"), ("light", "Light"), ("dark", "Dark"))


class MainWindow(QMainWindow):
    """The window. Services come in through the constructor; :meth:`shutdown` ends every thread and the engine.

    The live charts go in :attr:`charts_dock` (right side, under the parameters) through
    :meth:`install_charts`; connect them to :attr:`chat`'s ``reply_started``, ``tokens_received``
    and ``reply_finished`` signals and to :attr:`session`'s ``loaded`` / ``unloaded``.
    """

    def __init__(
        self,
        engine: EngineClient,
        store: ConversationStore,
        settings_store: SettingsStore,
        paths: AppPaths,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("SLM Workbench")
        self._store = store
        self._settings_store = settings_store
        self._paths = paths
        self._shut_down = False
        self.settings: Settings = settings_store.load()

        self.jobs = JobRunner(self)
        self.session = ModelSession(engine, self.jobs, self)
        self.session.params = self.settings.sampling
        self.session.confirm_fit = self._ask_to_load
        self.chat = ChatPanel(self.session, store, self.jobs)
        self.chat.params = self.settings.sampling
        self.chat.system_prompt = self.settings.system_prompt
        self.chat.models_folder = self.settings.models_folder or str(paths.models_dir)
        self.conversations = ConversationsPanel(store)
        self.parameters = ParametersPanel()
        self.parameters.set_params(self.settings.sampling)
        self.parameters.set_system_prompt(self.settings.system_prompt)
        self.setCentralWidget(self.chat)
        self.conversations_dock = self._dock("Conversations", self.conversations, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.parameters_dock = self._dock("Parameters", self.parameters, Qt.DockWidgetArea.RightDockWidgetArea)
        # -- CHARTS: the live charts panel (ui/charts LiveChartsPanel) goes here via install_charts(). --
        placeholder = QLabel("Live charts will appear here.")
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.charts_dock = self._dock("Live charts", placeholder, Qt.DockWidgetArea.RightDockWidgetArea)
        self.status = ModelStatusBar(self.session)
        self.setStatusBar(self.status)
        self._build_menus()

        self.conversations.conversation_selected.connect(self._on_conversations_conversation_selected)
        self.conversations.export_failed.connect(self._on_conversations_export_failed)
        self.chat.conversation_changed.connect(self._on_chat_conversation_changed)
        self.parameters.params_changed.connect(self._on_parameters_params_changed)
        self.parameters.system_prompt_changed.connect(self._on_parameters_system_prompt_changed)
        self.session.loaded.connect(self._on_session_loaded)
        self._apply_theme(self.settings.theme)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_style_hints_color_scheme_changed)

        self._window_state = QSettings(str(paths.window_state_file), QSettings.Format.IniFormat)
        if not self.restoreGeometry(_bytes(self._window_state.value("geometry"))):
            self.resize(1280, 800)
        if not self.restoreState(_bytes(self._window_state.value("state"))):
            horizontal, vertical = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
            self.resizeDocks([self.conversations_dock, self.parameters_dock], [220, 300], horizontal)
            self.resizeDocks([self.parameters_dock, self.charts_dock], [420, 300], vertical)
        self.conversations.refresh()
        for problem in (store.problem, settings_store.problem):
            if problem:
                self.chat.show_banner(problem, "warning")

    def _dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(title.lower().replace(" ", "-"))
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def install_charts(self, widget: QWidget) -> None:
        """Put the live charts panel in the charts dock (replacing the placeholder)."""
        old = self.charts_dock.widget()
        self.charts_dock.setWidget(widget)
        if old is not None:
            old.deleteLater()

    # -- menus -----------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        menus = self.menuBar()
        file_menu = menus.addMenu("&File")
        self.open_action = self._action(file_menu, "&Open GGUF…", self.chat.choose_model_file, "Ctrl+O")
        self.export_action = self._action(
            file_menu, "&Export conversation to Markdown…", self.conversations.choose_export_file
        )
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", self.close, "Ctrl+Q")
        model_menu = menus.addMenu("&Model")
        self._action(model_menu, "Load &starter model", self.chat.load_starter)
        self.unload_action = self._action(model_menu, "&Unload", self.session.unload)
        view_menu = menus.addMenu("&View")
        theme_menu = view_menu.addMenu("&Theme")
        self.theme_actions: dict[Theme, QAction] = {}
        group = QActionGroup(self)
        for theme, label in THEME_CHOICES:
            action = theme_menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(theme == self.settings.theme)
            action.setData(theme)
            group.addAction(action)
            self.theme_actions[theme] = action
        group.triggered.connect(self._on_theme_group_triggered)
        view_menu.addSeparator()
        for dock in (self.conversations_dock, self.parameters_dock, self.charts_dock):
            view_menu.addAction(dock.toggleViewAction())
        help_menu = menus.addMenu("&Help")
        self._action(help_menu, "&About", self._show_about)

    def _action(self, menu: Any, text: str, slot: Any, shortcut: Any = None) -> QAction:
        action = menu.addAction(text)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _show_about(self) -> None:
        QMessageBox.about(
            self,
            "About SLM Workbench",
            "<h3>SLM Workbench</h3><p>Try small language models on this laptop: chat with them and see what "
            "size, speed and memory each one costs.</p><p>Models run in a separate engine process "
            "(llama.cpp), so a bad model file cannot take the window down.</p>",
        )

    # -- theme -----------------------------------------------------------------------------------

    def set_theme(self, theme: Theme) -> None:
        self.settings = self.settings.with_changes(theme=theme)
        self.theme_actions[theme].setChecked(True)
        self._apply_theme(theme)
        self._save_settings()

    def _apply_theme(self, theme: Theme) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self.chat.set_dark(apply_theme(app, theme))

    @Slot(QAction)
    def _on_theme_group_triggered(self, action: QAction) -> None:
        self.set_theme(action.data())

    @Slot(Qt.ColorScheme)
    def _on_style_hints_color_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        if self.settings.theme == "system":
            self._apply_theme("system")

    # -- panels talking to each other ------------------------------------------------------------

    @Slot(object)
    def _on_conversations_conversation_selected(self, conversation_id: Any) -> None:
        self.chat.set_conversation(conversation_id)

    @Slot(str)
    def _on_conversations_export_failed(self, reason: str) -> None:
        self.chat.show_banner(reason, "error")

    @Slot(int)
    def _on_chat_conversation_changed(self, conversation_id: int) -> None:
        if self.chat.conversation_id == conversation_id:
            self.conversations.refresh(select=conversation_id)
        else:
            self.conversations.refresh()

    @Slot(object)
    def _on_parameters_params_changed(self, params: Any) -> None:
        self.settings = self.settings.with_changes(sampling=params)
        self.session.params = params
        self.chat.params = params

    @Slot(str)
    def _on_parameters_system_prompt_changed(self, text: str) -> None:
        self.settings = self.settings.with_changes(system_prompt=text)
        self.chat.system_prompt = text

    @Slot(object)
    def _on_session_loaded(self, loaded: Any) -> None:
        self.settings = self.settings.with_changes(last_model=loaded.path)
        self._save_settings()

    def _ask_to_load(self, inspection: Any) -> bool:
        return ask_to_load(self, inspection)

    # -- closing ---------------------------------------------------------------------------------

    def _save_settings(self) -> None:
        try:
            self._settings_store.save(self.settings)
        except OSError as exc:
            self.chat.show_banner(f"Settings could not be saved: {exc.strerror or exc}", "warning")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self._window_state.setValue("geometry", self.saveGeometry())
        self._window_state.setValue("state", self.saveState())
        self._window_state.sync()
        self._save_settings()
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop the reply, wait for every worker, and end the engine process. Safe to call twice."""
        if self._shut_down:
            return
        self._shut_down = True
        self.status.timer.stop()
        self.chat.shutdown()
        self.session.shutdown()
        self.jobs.shutdown()
        self.session.engine.unload()


def _bytes(value: object) -> QByteArray:
    """A QSettings value as bytes (empty when missing or of another type)."""
    return value if isinstance(value, QByteArray) else QByteArray()
