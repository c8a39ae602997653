"""Which models answer in the Arena: two to four model files or folders, from the library or from the disk."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QWidget,
)

from ui.i18n import tr
from ui.untrusted import one_line, tooltip
from workbench.arena.plan import MAX_COLUMNS
from workbench.library.entry import LibraryEntry

PathRole = Qt.ItemDataRole.UserRole


class ModelPicker(QWidget):
    """The chosen models, in column order (the first is the baseline the others are compared with).

    Signals (GUI thread):
        changed(): the models or their order changed.
    """

    changed = Signal()
    """The list changed."""

    def __init__(
        self, library_entries: Callable[[], list[LibraryEntry]] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._library_entries = library_entries
        self.list = QListWidget()
        self.list.setFlow(QListWidget.Flow.LeftToRight)
        self.list.setWrapping(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setFixedHeight(34)
        self.list.setToolTip(
            tr("Arena", "Two to four models; the first is the baseline the others are compared with. Drag to reorder.")
        )
        self.add_button = QPushButton(tr("Arena", "Add file…"))
        self.library_button = QPushButton(tr("Arena", "From library"))
        self.library_button.setEnabled(library_entries is not None)
        self.remove_button = QPushButton(tr("Arena", "Remove"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        for button in (self.library_button, self.add_button, self.remove_button):
            layout.addWidget(button)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.library_button.clicked.connect(self._on_library_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.list.model().rowsMoved.connect(lambda *_: self.changed.emit())

    def paths(self) -> list[str]:
        return [str(self.list.item(i).data(PathRole)) for i in range(self.list.count())]

    def set_paths(self, paths: list[str]) -> None:
        """Replace the list with ``paths`` (the first four, duplicates dropped)."""
        self.list.clear()
        self.add_paths(paths)

    def add_paths(self, paths: list[str]) -> None:
        known = set(self.paths())
        names = {e.path: e for e in self._library_entries()} if self._library_entries is not None else {}
        for path in paths:
            if path in known or self.list.count() >= MAX_COLUMNS:
                continue
            known.add(path)
            entry = names.get(path)
            text = f"{entry.name} {entry.quantization}".strip() if entry is not None else Path(path).name
            item = QListWidgetItem(one_line(text, 60))
            item.setData(PathRole, path)
            item.setToolTip(tooltip(path))
            self.list.addItem(item)
        self.changed.emit()

    @Slot()
    def _on_add_button_clicked(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, tr("Arena", "Add models to the Arena"), "", tr("Arena", "GGUF models (*.gguf)")
        )
        self.add_paths(files)

    @Slot()
    def _on_library_button_clicked(self) -> None:
        if self._library_entries is None:
            return
        menu = QMenu(self)
        for entry in self._library_entries():
            if not entry.readable:
                continue
            where = "" if entry.local else f" ({entry.source_label})"
            action = menu.addAction(one_line(f"{entry.name} {entry.quantization}{where}".strip(), 80))
            action.setData(entry.path)
            action.setEnabled(entry.path not in self.paths())
        if menu.isEmpty():
            menu.addAction(tr("Arena", "The library has no models yet")).setEnabled(False)
        chosen = menu.exec(self.library_button.mapToGlobal(self.library_button.rect().bottomLeft()))
        if chosen is not None and chosen.data():
            self.add_paths([str(chosen.data())])

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.changed.emit()
