"""PNG pictures of a comparison: each chart with its caption, and one summary image of them all."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QImage
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from ui.compare.charts import ChartView
from ui.i18n import tr
from workbench.compare.captions import summary_sentences
from workbench.compare.figures import machine_line
from workbench.compare.present import ChartSpec, chart_specs
from workbench.compare.results import CompareRun

CHART_SIZE = (1600, 1000)
"""Pixels of one exported chart (caption included): sharp on a projector and in slides."""
CHART_SCALE = 1.7
SUMMARY_CHART_SIZE = (1150, 720)


def _label(text: str, scale: float, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    font = QFont(label.font())
    font.setPointSizeF((font.pointSizeF() if font.pointSizeF() > 0 else 10.0) * scale)
    font.setBold(bold)
    label.setFont(font)
    return label


def _chart_with_caption(spec: ChartSpec, scale: float) -> QWidget:
    holder = QWidget()
    holder.setAutoFillBackground(True)
    holder.setBackgroundRole(holder.backgroundRole().Base)
    view = ChartView(scale=scale)
    view.show_spec(spec)
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(24, 16, 24, 16)
    layout.addWidget(view, 1)
    layout.addWidget(_label(spec.caption, scale * 0.85))
    return holder


def _render(widget: QWidget, width: int, height: int) -> QImage:
    widget.resize(width, height)
    widget.ensurePolished()
    layout = widget.layout()
    if layout is not None:
        layout.activate()
    return widget.grab().toImage()


def chart_image(spec: ChartSpec, size: tuple[int, int] = CHART_SIZE, scale: float = CHART_SCALE) -> QImage:
    """One chart with its title and caption."""
    widget = _chart_with_caption(spec, scale)
    try:
        return _render(widget, *size)
    finally:
        widget.deleteLater()


def summary_image(run: CompareRun) -> QImage:
    """The run's title, machine, one sentence per variant and every chart with data, on one page."""
    specs = [s for s in chart_specs(run) if s.has_data]
    page = QWidget()
    page.setAutoFillBackground(True)
    page.setBackgroundRole(page.backgroundRole().Base)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(40, 30, 40, 30)
    layout.addWidget(_label(run.title or tr("Compare", "Comparison"), 3.4, bold=True))
    layout.addWidget(_label(machine_line(run), 1.7))
    sentences = summary_sentences(run)
    if sentences:
        layout.addWidget(_label("\n".join(sentences), 2.0))
    grid = QGridLayout()
    for i, spec in enumerate(specs):
        grid.addWidget(_chart_with_caption(spec, 1.9), i // 2, i % 2)
    layout.addLayout(grid, 1)
    rows = (len(specs) + 1) // 2
    width = 2 * SUMMARY_CHART_SIZE[0] + 80
    height = rows * SUMMARY_CHART_SIZE[1] + 420
    try:
        return _render(page, width, height)
    finally:
        page.deleteLater()


def save_chart_images(run: CompareRun, folder: str | Path, stem: str = "comparison") -> list[Path]:
    """Write ``<stem>-<chart>.png`` for every chart with data and ``<stem>-summary.png``; returns the paths.

    Raises OSError when a file cannot be written.
    """
    out = Path(folder)
    written = []
    for spec in chart_specs(run):
        if spec.has_data:
            written.append(_save(chart_image(spec), out / f"{stem}-{spec.key}.png"))
    written.append(_save(summary_image(run), out / f"{stem}-summary.png"))
    return written


def _save(image: QImage, path: Path) -> Path:
    if not image.save(str(path)):  # the format follows the name: always .png here
        raise OSError(tr("Compare", "could not write {path}").format(path=path))
    return path
