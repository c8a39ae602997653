"""Saved comparisons: the runs in the app's database, to reopen or delete."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from ui.i18n import tr
from ui.untrusted import one_line, tooltip

RunIdRole = Qt.ItemDataRole.UserRole


class SavedRunsList(QGroupBox):
    """Lists saved runs, newest first.

    Signals (GUI thread):
        open_requested(int): reopen the run with this id.
        delete_requested(int): delete the run with this id (after the panel asks).
        import_requested(): open an exported JSON file.
    """

    open_requested = Signal(int)
    """Reopen this saved run."""
    delete_requested = Signal(int)
    """Delete this saved run."""
    import_requested = Signal()
    """Open a comparison exported as JSON."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Compare", "Saved comparisons"), parent)
        self.list = QListWidget()
        self.list.setToolTip(
            tr("Compare", "Every finished (or cancelled) comparison is kept here. Double-click to reopen.")
        )
        self.open_button = QPushButton(tr("Compare", "Open"))
        self.delete_button = QPushButton(tr("Compare", "Delete…"))
        self.import_button = QPushButton(tr("Compare", "Open JSON…"))
        self.import_button.setToolTip(
            tr("Compare", "Open a comparison exported as JSON (from this app or its command line)")
        )
        buttons = QHBoxLayout()
        for button in (self.open_button, self.delete_button, self.import_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.import_button.clicked.connect(self.import_requested)
        self.list.itemDoubleClicked.connect(lambda _item: self._on_open_button_clicked())
        self.list.currentRowChanged.connect(self._update_buttons)
        self._update_buttons()

    def set_runs(self, runs: list[tuple[int, str, str]], select: int | None = None) -> None:
        """Show ``runs`` as (id, created, title); select the one with id ``select``."""
        self.list.clear()
        for run_id, created, title in runs:
            when = created.replace("T", " ")[:16]
            item = QListWidgetItem(
                f"{one_line(title or tr('Compare', 'Comparison'))}\n{when}"
            )  # a title names models: bounded
            item.setData(RunIdRole, run_id)
            item.setToolTip(tooltip(tr("Compare", "{title}\nstarted {when}").format(title=title, when=when)))
            self.list.addItem(item)
            if run_id == select:
                self.list.setCurrentItem(item)
        self._update_buttons()

    def ids(self) -> list[int]:
        return [self.list.item(i).data(RunIdRole) for i in range(self.list.count())]

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(RunIdRole) if item is not None else None

    @Slot()
    def _update_buttons(self, *_args: object) -> None:
        chosen = self.list.currentItem() is not None
        self.open_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    @Slot()
    def _on_open_button_clicked(self) -> None:
        run_id = self.current_id()
        if run_id is not None:
            self.open_requested.emit(run_id)

    @Slot()
    def _on_delete_button_clicked(self) -> None:
        run_id = self.current_id()
        if run_id is not None:
            self.delete_requested.emit(run_id)
