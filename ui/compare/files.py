"""Export a comparison (CSV, JSON, PNG pictures) and open one exported as JSON: the panel's file actions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from ui.i18n import tr
from workbench.compare.results import CompareRun
from workbench.errors import WorkbenchError


class FileActions:
    """Mixed into the panel, which provides ``run``, ``show_message`` and ``show_run``."""

    run: CompareRun | None

    def show_message(self, text: str, error: bool = False) -> None:
        raise NotImplementedError

    def show_run(self, run: CompareRun) -> None:
        raise NotImplementedError

    def _dialog_parent(self) -> QWidget | None:
        return self if isinstance(self, QWidget) else None

    def _default_stem(self) -> str:
        created = (self.run.created if self.run else "")[:16].replace(":", "").replace("T", "-")
        return f"comparison-{created}" if created else "comparison"

    def choose_csv_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self._dialog_parent(),
            tr("Compare", "Export the table"),
            f"{self._default_stem()}.csv",
            tr("Compare", "CSV (*.csv)"),
        )
        if path:
            self.export_csv(path)

    def choose_json_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self._dialog_parent(),
            tr("Compare", "Export everything"),
            f"{self._default_stem()}.json",
            tr("Compare", "JSON (*.json)"),
        )
        if path:
            self.export_json(path)

    def choose_png_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self._dialog_parent(), tr("Compare", "Save the charts as PNG pictures in")
        )
        if folder:
            self.export_pngs(folder)

    def choose_json_to_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._dialog_parent(), tr("Compare", "Open a comparison"), "", tr("Compare", "JSON (*.json)")
        )
        if path:
            self.import_json(path)

    def export_csv(self, path: str) -> bool:
        from workbench.compare.export import to_csv

        return self._write_text(path, lambda run: to_csv(run))

    def export_json(self, path: str) -> bool:
        from workbench.compare.export import to_json

        return self._write_text(path, lambda run: to_json(run))

    def _write_text(self, path: str, render: Callable[[CompareRun], str]) -> bool:
        if self.run is None:
            return False
        try:
            Path(path).write_text(render(self.run), encoding="utf-8", newline="")
        except OSError as exc:
            self.show_message(
                tr("Compare", "Could not write {name}: {reason}").format(
                    name=Path(path).name, reason=exc.strerror or exc
                ),
                error=True,
            )
            return False
        self.show_message(tr("Compare", "Exported {name}.").format(name=Path(path).name))
        return True

    def export_pngs(self, folder: str) -> list[Path]:
        """Each chart and a summary image as PNG files in ``folder``; returns their paths."""
        from ui.compare.images import save_chart_images

        if self.run is None:
            return []
        try:
            written = save_chart_images(self.run, folder, self._default_stem())
        except OSError as exc:
            self.show_message(tr("Compare", "Could not save the pictures: {exc}").format(exc=exc), error=True)
            return []
        self.show_message(
            tr("Compare", "Saved {count} pictures in {folder}.").format(count=len(written), folder=folder)
        )
        return written

    def import_json(self, path: str) -> CompareRun | None:
        """Show a run exported as JSON (it is not added to the saved runs)."""
        from workbench.compare.export import from_json

        try:
            run = from_json(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            self.show_message(
                tr("Compare", "Could not read {name}: {exc}").format(name=Path(path).name, exc=exc), error=True
            )
            return None
        except WorkbenchError as exc:
            self.show_message(f"{Path(path).name}: {exc}", error=True)
            return None
        run.id = None
        self.show_run(run)
        self.show_message(tr("Compare", "Opened {name}.").format(name=Path(path).name))
        return run
