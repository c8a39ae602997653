"""The main window: assembles the chat, library, Hub and quantization panels, the live charts and the status bar."""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from ui.arena import ArenaPanel
from ui.charts import LiveChartsPanel
from ui.chat.panel import ChatPanel
from ui.chat.window_actions import ChatActions
from ui.compare import ComparePanel
from ui.conversations.panel import ConversationsPanel
from ui.endpoints import EndpointModelsFeed, EndpointsDialog
from ui.hub.page import FindModelsPage
from ui.i18n import tr, tr_noop
from ui.jobs import JobRunner
from ui.language import LANGUAGES, switch_language
from ui.library.panel import LibraryPanel
from ui.log_folder import add_open_log_folder
from ui.model.fit_dialog import ask_to_load
from ui.model.session import ModelSession
from ui.model.status_bar import ModelStatusBar
from ui.model.threads_dialog import MeasureThreadsDialog
from ui.params.live import SettingsSignals
from ui.params.panel import ParametersPanel
from ui.quantize.wizard import QuantizeWizard
from ui.server.panel import ServerPanel
from ui.teaching_ladder import TeachingLadderFlow
from ui.theme import apply_theme
from workbench.arena.store import ArenaStore, ArenaStoreError
from workbench.backends import BACKEND_OVERRIDES, normalize_override
from workbench.compare.store import CompareStore, CompareStoreError
from workbench.conversations import ConversationStore
from workbench.endpoints.backend import RemoteModel
from workbench.endpoints.directory import EndpointDirectory
from workbench.endpoints.keys import EndpointKeyStore
from workbench.engine.client import STOP_DEADLINE_SECONDS, EngineClient
from workbench.library.scanner import LibraryScanner
from workbench.library.sources import LibrarySources
from workbench.live_settings import LiveSettings
from workbench.paths import AppPaths
from workbench.resources import resource_path
from workbench.settings import Settings, SettingsStore, Theme

THEME_CHOICES: tuple[tuple[Theme, str], ...] = (
    ("system", tr_noop("MainWindow", "Follow system")),
    #: Colour theme.
    ("light", tr_noop("MainWindow", "Light")),
    #: Colour theme.
    ("dark", tr_noop("MainWindow", "Dark")),
)
BACKEND_TIPS = {
    "auto": tr_noop("MainWindow", "GGUF files on llama.cpp, MLX-format folders on MLX (on the GPU on Apple Silicon)"),
    "llama.cpp": tr_noop("MainWindow", "Prefer llama.cpp; it runs GGUF files only"),
    "mlx": tr_noop("MainWindow", "Prefer MLX; it runs MLX-format folders only"),
}

LAST_WAIT_MS = 60_000
"""After that, the most closing waits for a job that does not stop (one writing a file, on a very busy computer)."""
CLOSE_WAIT_MS = int((2 * STOP_DEADLINE_SECONDS + 2) * 1000)
"""Closing waits at most this long for the window's jobs: an engine that does not answer Stop is ended within
the engine's deadline, which frees the job waiting on it."""


class MainWindow(QMainWindow):
    """The window. Services come in through the constructor; :meth:`shutdown` ends every thread and the engine.

    The chat, the library and "Find models" are tabs of the central area; conversations and
    parameters share the left side, the live charts take the right.
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
        icon = resource_path("icons/slm-workbench.svg")
        if icon is not None:
            self.setWindowIcon(QIcon(str(icon)))
        self._store = store
        self._settings_store = settings_store
        self._paths = paths
        self._shut_down = False
        self.live_settings = LiveSettings(settings_store.load(), settings_store)
        """The settings every feature reads and subscribes to; the window saves them."""
        settings = self.live_settings.value

        self.jobs = JobRunner(self)
        self.endpoints = EndpointDirectory(settings.endpoints, EndpointKeyStore())
        self.session = ModelSession(engine, self.jobs, self.live_settings, self.endpoints, self._ask_to_load, self)
        self.chat = ChatPanel(self.session, store, self.jobs, self.live_settings, str(paths.models_dir))
        self.conversations = ConversationsPanel(store)
        self.parameters = ParametersPanel(self.live_settings)
        self.library_scanner = LibraryScanner(
            LibrarySources.default(paths.models_dir, user_folders=[Path(p) for p in settings.library_folders]),
            engine.facts,
            backend_override=normalize_override(settings.backend),
            cache_type=settings.load.estimate_cache_type,
        )
        self.library = LibraryPanel(self.library_scanner, self.jobs)
        self.find_models = FindModelsPage(self.jobs, paths)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.chat, tr("MainWindow", "Chat"))
        self.tabs.addTab(self.library, tr("MainWindow", "Library"))
        self.tabs.addTab(self.find_models, tr("MainWindow", "Find models"))
        self.tabs.setTabToolTip(
            1, tr("MainWindow", "Every model already on this computer, and whether it fits in memory")
        )
        self.tabs.setTabToolTip(2, tr("MainWindow", "Search the Hugging Face Hub and download models"))
        self.compare_store, compare_problem = _open_compare_store(paths)
        self.compare = ComparePanel(
            self.jobs,
            self.compare_store,
            library_entries=lambda: self.library.model.entries(),
            settings=self.live_settings,
            endpoints=self.endpoints,
        )
        if compare_problem:
            self.compare.show_message(compare_problem, error=True)
        self.tabs.addTab(self.compare, tr("MainWindow", "Compare"))
        self.tabs.setTabToolTip(
            3, tr("MainWindow", "Measure two to eight models side by side: size, speed, memory and quality")
        )
        self.arena_store, arena_problem = _open_arena_store(paths)
        self.arena = ArenaPanel(self.jobs, self.arena_store, lambda: self.library.model.entries(),
                                lambda: self.live_settings.value.load, self.compare_store, self.endpoints,
                                model_load_options=lambda path: self.live_settings.value.load_for(path),
                                backend_override=lambda: normalize_override(self.live_settings.value.backend))
        if arena_problem:
            self.arena.show_message(arena_problem, error=True)
        self.tabs.addTab(self.arena, tr("MainWindow", "Arena"))
        self.tabs.setTabToolTip(
            4, tr("MainWindow", "One question to two to four models, side by side, with a blind vote for a class")
        )
        self.server = ServerPanel(self.session.engine, self.jobs, self.live_settings)
        self.tabs.setTabToolTip(
            self.tabs.addTab(self.server, tr("MainWindow", "Server")),
            tr("MainWindow", "Let other programs use the loaded model"),
        )
        self.setCentralWidget(self.tabs)
        self._wizards: list[QuantizeWizard] = []
        self.conversations_dock = self._dock(
            tr("MainWindow", "Conversations"), self.conversations, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.parameters_dock = self._dock(
            tr("MainWindow", "Parameters"), self.parameters, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.tabifyDockWidget(self.conversations_dock, self.parameters_dock)
        self.conversations_dock.raise_()
        self.charts = LiveChartsPanel(engine.rss)
        self.charts_dock = self._dock(
            tr("MainWindow", "Live charts"), self.charts, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.status = ModelStatusBar(self.session)
        self.setStatusBar(self.status)
        self._build_menus()
        self._setup_endpoints()

        self.conversations.conversation_selected.connect(self._on_conversations_conversation_selected)
        self.conversations.export_failed.connect(self._on_conversations_export_failed)
        self.chat.conversation_changed.connect(self._on_chat_conversation_changed)
        self.settings_signals = SettingsSignals(self.live_settings, self)
        self.settings_signals.changed.connect(self._on_settings_changed)
        self.library.details.cache_type = settings.load.estimate_cache_type
        self.chat.reply_started.connect(self.charts.on_reply_started)
        self.chat.tokens_received.connect(self._on_chat_tokens_received)
        self.chat.reply_finished.connect(self.charts.on_reply_finished)
        self.chat.reply_failed.connect(self.charts.on_reply_finished)
        self.arena.columns_started.connect(self.charts.start_columns)
        self.arena.columns_renamed.connect(self.charts.rename_columns)
        self.arena.column_tokens.connect(self.charts.on_column_tokens)
        self.arena.column_finished.connect(self.charts.on_column_finished)
        self.chat.welcome.library_requested.connect(lambda: self.tabs.setCurrentWidget(self.library))
        self.chat.welcome.find_models_requested.connect(lambda: self.tabs.setCurrentWidget(self.find_models))
        self.ladder = TeachingLadderFlow(
            self.jobs,
            self.compare,
            self.chat.welcome,
            lambda: self.tabs.setCurrentWidget(self.compare),
            paths.models_dir,
            self.library.rescan,
            self,
        )
        self.library.chat_requested.connect(self.chat_with)
        self.library.quantize_requested.connect(self.open_quantize_wizard)
        self.library.compare_requested.connect(self.compare_models)
        self.library.arena_requested.connect(self.open_in_arena)
        self.compare.arena_requested.connect(self.open_in_arena)
        self.compare.divergence_map_requested.connect(self._on_compare_divergence_map_requested)
        self._docks_stepped_aside: list[QDockWidget] = []
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.library.folders_changed.connect(self._on_library_folders_changed)
        self.find_models.downloads.download_finished.connect(self._on_downloads_download_finished)
        self._apply_theme(settings.theme)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_style_hints_color_scheme_changed)

        self._window_state = QSettings(str(paths.window_state_file), QSettings.Format.IniFormat)
        if not self.restoreGeometry(_bytes(self._window_state.value("geometry"))):
            self.resize(1280, 800)
        if not self.restoreState(_bytes(self._window_state.value("state"))):
            QTimer.singleShot(0, self._size_docks)
        self.conversations.refresh()
        QTimer.singleShot(0, self.library.rescan)
        notices = [n for n in (store.problem, *settings_store.notices, paths.models_problem()) if n]
        if notices:
            self.chat.show_banner(" ".join(notices), "warning")

        # The chat's own entries (New conversation, Keyboard shortcuts) and reopening the last model.
        self.chat_actions = ChatActions(
            self,
            self.chat,
            self.session,
            self._window_state,
            self.conversations.new_conversation,
            lambda: self.tabs.setCurrentWidget(self.chat),
            self._pick_model,
        )
        self.conversations.new_conversation_started.connect(self.chat_actions.focus_for_typing)
        self.chat_actions.reopen_later()

    def _pick_model(self) -> None:
        """Ctrl+K: the Library (every model on this computer) with the cursor in its filter, to pick one to load."""
        self.tabs.setCurrentWidget(self.library)
        self.library.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.library.filter_edit.selectAll()

    def _size_docks(self) -> None:
        """First run: a third of the window for the charts, enough for the parameters on the left."""
        charts_width = max(420, self.width() // 3)
        self.resizeDocks([self.conversations_dock, self.charts_dock], [290, charts_width], Qt.Orientation.Horizontal)

    def _dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(title.lower().replace(" ", "-"))
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    # -- actions between panels -----------------------------------------------------------------

    def chat_with(self, path: str) -> None:
        """Load ``path`` in the chat (after its fit check) and show the chat."""
        self.tabs.setCurrentWidget(self.chat)
        self.chat.open_model(path)

    def open_in_arena(self, paths: list[str]) -> None:
        """Show the Arena with ``paths`` picked (the person types the question)."""
        self.arena.set_models(paths)
        self.tabs.setCurrentWidget(self.arena)

    @Slot(object)
    def _on_compare_divergence_map_requested(self, run: object) -> None:
        self.tabs.setCurrentWidget(self.arena)
        self.arena.open_divergence_map(run)  # type: ignore[arg-type]

    def compare_models(self, paths: list[str]) -> None:
        """Show the Compare tab with ``paths`` picked (the person presses Run)."""
        self.tabs.setCurrentWidget(self.compare)
        self.compare.set_variants(list(paths))

    def open_quantize_wizard(self, source: str | None = None) -> QuantizeWizard:
        """Open the quantization wizard, on ``source`` or else on the loaded model."""
        loaded = self.session.engine.loaded
        if isinstance(loaded, RemoteModel):  # a model on a server has no file here to quantize
            loaded = None
        wizard = QuantizeWizard(self.jobs, source or (loaded.path if loaded else None), self)
        wizard.chat_requested.connect(self.chat_with)
        wizard.compare_requested.connect(lambda paths, w=wizard: self.compare_models(_with_source(w, paths)))
        wizard.arena_requested.connect(lambda paths, w=wizard: self.open_in_arena(_with_source(w, paths)[:4]))
        wizard.show_in_library_requested.connect(self._on_wizard_show_in_library_requested)
        wizard.quantization_finished.connect(self.library.rescan)
        wizard.finished.connect(lambda _result, w=wizard: self._on_wizard_finished(w))
        self._wizards.append(wizard)
        wizard.show()
        return wizard

    # -- menus -----------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        menus = self.menuBar()
        file_menu = menus.addMenu(tr("MainWindow", "&File"))
        file_menu.setObjectName("file")
        self.open_action = self._action(
            file_menu, tr("MainWindow", "&Open GGUF…"), self.chat.choose_model_file, "Ctrl+O"
        )
        self.open_folder_action = self._action(
            file_menu, tr("MainWindow", "Open model &folder…"), self.choose_mlx_folder, "Ctrl+Shift+O"
        )
        self.export_action = self._action(
            file_menu, tr("MainWindow", "&Export conversation to Markdown…"), self.conversations.choose_export_file
        )
        file_menu.addSeparator()
        self._action(file_menu, tr("MainWindow", "&Quit"), self.close, "Ctrl+Q")
        model_menu = menus.addMenu(tr("MainWindow", "&Model"))
        model_menu.setObjectName("model")
        self._action(model_menu, tr("MainWindow", "Load &starter model"), self.chat.load_starter)
        self._action(
            model_menu,
            tr("MainWindow", "Make &smaller versions (quantize)…"),
            self.open_quantize_wizard,
            "Ctrl+Shift+Q",
        )
        self._action(model_menu, tr("MainWindow", "&Compare models side by side…"), self._show_compare, "Ctrl+Shift+C")
        self.unload_action = self._action(model_menu, tr("MainWindow", "&Unload"), self.session.unload)
        self.measure_threads_action = self._action(
            model_menu, tr("MainWindow", "Measure best &threads…"), self.open_measure_threads
        )
        self.endpoints_action = self._action(
            model_menu, tr("MainWindow", "&Endpoints (models on a server)…"), self.open_endpoints_dialog
        )
        model_menu.addSeparator()
        backend_menu = model_menu.addMenu(tr("MainWindow", "&Backend"))
        backend_menu.setToolTipsVisible(True)
        self.backend_actions: dict[str, QAction] = {}
        backend_group = QActionGroup(self)
        for value, label in BACKEND_OVERRIDES:
            #: Model ▸ Backend: the app chooses the backend for each model.
            action = backend_menu.addAction(tr("MainWindow", "Automatic") if value == "auto" else label)
            action.setCheckable(True)
            action.setChecked(value == self.settings.backend)
            action.setData(value)
            action.setToolTip(tr("MainWindow", BACKEND_TIPS[value]) if value in BACKEND_TIPS else "")
            backend_group.addAction(action)
            self.backend_actions[value] = action
        backend_group.triggered.connect(self._on_backend_group_triggered)
        view_menu = menus.addMenu(tr("MainWindow", "&View"))
        view_menu.setObjectName("view")
        theme_menu = view_menu.addMenu(tr("MainWindow", "&Theme"))
        self.theme_actions: dict[Theme, QAction] = {}
        group = QActionGroup(self)
        for theme, label in THEME_CHOICES:
            action = theme_menu.addAction(tr("MainWindow", label))
            action.setCheckable(True)
            action.setChecked(theme == self.settings.theme)
            action.setData(theme)
            group.addAction(action)
            self.theme_actions[theme] = action
        group.triggered.connect(self._on_theme_group_triggered)
        language_menu = view_menu.addMenu(tr("MainWindow", "&Language"))
        self.language_actions: dict[str, QAction] = {}
        language_group = QActionGroup(self)
        #: View ▸ Language: use the language the computer is set to.
        for code, label in (("", tr("MainWindow", "Follow system")), *LANGUAGES):
            action = language_menu.addAction(label)  # each language is named in itself, never translated
            action.setCheckable(True)
            action.setChecked(code == self.settings.language)
            action.setData(code)
            language_group.addAction(action)
            self.language_actions[code] = action
        language_group.triggered.connect(self._on_language_group_triggered)
        view_menu.addSeparator()
        for index, label in enumerate(
            (
                tr("MainWindow", "&Chat"),
                tr("MainWindow", "&Library"),
                tr("MainWindow", "&Find models"),
                tr("MainWindow", "C&ompare"),
                tr("MainWindow", "&Arena"),
            )
        ):
            self._action(view_menu, label, lambda _=False, i=index: self.tabs.setCurrentIndex(i), f"Ctrl+{index + 1}")
        view_menu.addSeparator()
        for dock in (self.conversations_dock, self.parameters_dock, self.charts_dock):
            view_menu.addAction(dock.toggleViewAction())
        help_menu = menus.addMenu(tr("MainWindow", "&Help"))
        help_menu.setObjectName("help")
        self._action(help_menu, tr("MainWindow", "&About"), self._show_about)
        add_open_log_folder(help_menu, self._paths)

    def _action(self, menu: Any, text: str, slot: Any, shortcut: Any = None) -> QAction:
        action = menu.addAction(text)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _show_about(self) -> None:
        QMessageBox.about(
            self,
            tr("MainWindow", "About SLM Workbench"),
            tr(
                "MainWindow",
                "<h3>SLM Workbench</h3><p>Try small language models on this laptop: chat with them and see what "
                "size, speed and memory each one costs.</p><p>Models run in a separate engine process "
                "(llama.cpp or MLX), so a bad model file cannot take the window down.</p>",
            ),
        )

    # -- backend ---------------------------------------------------------------------------------

    def choose_mlx_folder(self) -> None:
        """Ask for a model folder (MLX or ONNX) and chat with it."""
        start = self.settings.models_folder or str(self._paths.models_dir)
        folder = QFileDialog.getExistingDirectory(self, tr("MainWindow", "Open a model folder (MLX or ONNX)"), start)
        if folder:
            self.chat_with(folder)

    @property
    def settings(self) -> Settings:
        """The settings now (see :attr:`live_settings`)."""
        return self.live_settings.value

    def set_backend(self, value: str) -> None:
        """Save the backend setting (``auto``, ``llama.cpp``, ``mlx``); the library's choices follow at once, the
        next model loaded follows it."""
        self.live_settings.update(backend=value)
        self.backend_actions[value].setChecked(True)
        self._save_settings()

    @Slot(QAction)
    def _on_backend_group_triggered(self, action: QAction) -> None:
        self.set_backend(action.data())

    # -- language --------------------------------------------------------------------------------

    def set_language(self, setting: str) -> None:
        """Speak ``setting``'s language (empty: the system's) at once and remember it. Nothing is rebuilt:
        the texts on screen are swapped for their translations (see :mod:`ui.language`)."""
        self.live_settings.update(language=setting)
        self.language_actions[setting].setChecked(True)
        switch_language(setting)
        self._save_settings()

    @Slot(QAction)
    def _on_language_group_triggered(self, action: QAction) -> None:
        self.set_language(action.data())

    # -- theme -----------------------------------------------------------------------------------

    def set_theme(self, theme: Theme) -> None:
        self.live_settings.update(theme=theme)
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

    @Slot(object, object)
    def _on_settings_changed(self, settings: Settings, changed: frozenset[str]) -> None:
        """What the window itself owns follows the settings: the library's backend choices and its estimates (at
        the KV-cache type of the load options)."""
        if "backend" in changed:
            self.library_scanner.backend_override = normalize_override(settings.backend)
            self.library.rescan()
        cache_type = settings.load.estimate_cache_type
        if "load" in changed and cache_type != self.library_scanner.cache_type:
            self.library_scanner.cache_type = self.library.details.cache_type = cache_type
            self.library.details.show_entry(self.library.details.entry)
            if "backend" not in changed:
                self.library.rescan()

    @Slot(int, float, float)
    def _on_chat_tokens_received(self, count: int, seconds: float, rate: float) -> None:
        self.charts.on_tokens(count, time.monotonic())

    @Slot(list)
    def _on_library_folders_changed(self, folders: list[str]) -> None:
        self.live_settings.update(library_folders=tuple(folders))
        self._save_settings()

    @Slot(str)
    def _on_downloads_download_finished(self, path: str) -> None:
        self.library.rescan()

    @Slot(str)
    def _on_wizard_finished(self, wizard: QuantizeWizard) -> None:
        """A closed wizard (its pages, results and plan) is not kept until the app quits."""
        self._wizards.remove(wizard)
        wizard.deleteLater()

    def _on_wizard_show_in_library_requested(self, path: str) -> None:
        self.tabs.setCurrentWidget(self.library)
        if not self.library.select_path(path):
            select = Qt.ConnectionType.SingleShotConnection
            self.library.scan_finished.connect(lambda _n: self.library.select_path(path), select)
            self.library.rescan()

    # -- endpoints -------------------------------------------------------------------------------

    def _setup_endpoints(self) -> None:
        """Endpoints: the library lists their models, the charts say where they run."""
        self.endpoint_feed = EndpointModelsFeed(self.endpoints, self.jobs, self.library.model, self)
        self.library.rescan_button.clicked.connect(self.endpoint_feed.refresh)
        self.endpoint_feed.listed.connect(lambda _name, _rows: self.library.refresh_status())
        self.session.loaded.connect(self._on_session_loaded_show_where)
        self.session.unloaded.connect(self._on_session_unloaded_show_where)
        QTimer.singleShot(0, self.endpoint_feed.refresh)

    def open_measure_threads(self) -> MeasureThreadsDialog:
        """Measure the loaded model's fastest thread counts now (Model ▸ Measure best threads), in a dialog."""
        dialog = MeasureThreadsDialog(self.session.engine, self.jobs, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.measured.connect(lambda _sweep: self.status.show_loaded())
        dialog.open()
        dialog.start()
        return dialog

    def open_endpoints_dialog(self) -> EndpointsDialog:
        """Open the Endpoints dialog (window-modal); saving it updates the settings and the library."""
        dialog = EndpointsDialog(self.endpoints, self.jobs, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.endpoints_changed.connect(self._on_endpoints_dialog_endpoints_changed)
        dialog.open()
        return dialog

    @Slot(tuple)
    def _on_endpoints_dialog_endpoints_changed(self, endpoints: tuple[Any, ...]) -> None:
        self.live_settings.update(endpoints=tuple(endpoints))
        self._save_settings()
        self.endpoint_feed.refresh()

    @Slot(object)
    def _on_session_loaded_show_where(self, loaded: Any) -> None:
        local = not isinstance(loaded, RemoteModel)
        self.parameters.set_model(loaded.path if local else None, self.session.model_name or "")
        if isinstance(loaded, RemoteModel):
            self.charts.set_remote(
                tr(
                    "MainWindow",
                    "{model} runs on {endpoint} ({host}): its memory is on that machine, so the memory chart shows "
                    "this app only.",
                ).format(model=loaded.model, endpoint=loaded.endpoint, host=loaded.host)
            )
        else:
            self.charts.set_remote(None)

    @Slot()
    def _on_session_unloaded_show_where(self) -> None:
        self.parameters.set_model(None)
        if self.session.engine.remote_model is None:
            self.charts.set_remote(None)

    def _show_compare(self) -> None:
        self.tabs.setCurrentWidget(self.compare)

    @Slot(int)
    def _on_tabs_current_changed(self, _index: int) -> None:
        """The library, the Hub and a comparison are wide tables: the side docks (conversations, parameters,
        live charts: the chat's companions) step aside while one of them is shown, and come back with the chat."""
        wide = self.tabs.currentWidget() in (self.library, self.find_models, self.compare, self.arena)
        if wide and not self._docks_stepped_aside:
            docks = (self.conversations_dock, self.parameters_dock, self.charts_dock)
            self._docks_stepped_aside = [d for d in docks if d.isVisible()]
            for dock in self._docks_stepped_aside:
                dock.hide()
        elif not wide:
            self._restore_docks()

    def _restore_docks(self) -> None:
        for dock in self._docks_stepped_aside:
            dock.show()
        self._docks_stepped_aside = []

    def _ask_to_load(self, inspection: Any) -> bool:
        return ask_to_load(self, inspection)

    # -- closing ---------------------------------------------------------------------------------

    def _save_settings(self) -> None:
        saving = self._settings_store.unsaved is None
        if not self.live_settings.save() and saving:  # say it once, when saving first fails
            self.chat.show_banner(
                self._settings_store.unsaved or tr("MainWindow", "Settings could not be saved."), "warning"
            )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self._restore_docks()  # the layout is saved as the person arranged it, not as a wide tab borrowed it
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
        for wizard in list(self._wizards):
            wizard.reject()
        self.chat.shutdown()
        self.compare.shutdown()
        self.arena.shutdown()
        self.server.shutdown()
        self.session.shutdown()
        self.find_models.shutdown()
        if not self.jobs.shutdown(CLOSE_WAIT_MS):  # an engine that ignores Stop is ended well within this
            # A job that is not waiting on the engine (a file being written, say) gets longer, still bounded:
            # a job left running would report to a window that no longer exists.
            logging.getLogger(__name__).warning("Closing with a job still running after %d ms", CLOSE_WAIT_MS)
            self.session.engine.kill()
            if not self.jobs.wait(LAST_WAIT_MS):
                logging.getLogger(__name__).error("Closing with a job still running after %d ms", LAST_WAIT_MS)
        if self.compare_store is not None:
            self.compare_store.close()
        if self.arena_store is not None:
            self.arena_store.close()
        self.session.engine.unload()


def _open_compare_store(paths: AppPaths) -> tuple[CompareStore | None, str]:
    """The saved comparisons in the app's database, or None (runs are not kept) and why not."""
    try:
        return CompareStore(paths.database_file), ""
    except CompareStoreError as exc:
        return None, tr("MainWindow", "Comparisons will not be saved: {exc}").format(exc=exc)


def _open_arena_store(paths: AppPaths) -> tuple[ArenaStore | None, str]:
    """The saved Arena sessions in the app's database, or None (sessions are not kept) and why not."""
    try:
        return ArenaStore(paths.database_file), ""
    except ArenaStoreError as exc:
        return None, tr("MainWindow", "Arena sessions will not be saved: {exc}").format(exc=exc)


def _with_source(wizard: QuantizeWizard, outputs: list[str]) -> list[str]:
    """The quantization's source first (the natural baseline), then its new files."""
    source = wizard.state.source.path if wizard.state.source is not None else None
    return ([source] if source and source not in outputs else []) + list(outputs)


def _bytes(value: object) -> QByteArray:
    """A QSettings value as bytes (empty when missing or of another type)."""
    return value if isinstance(value, QByteArray) else QByteArray()
