"""Asks before loading a model that is tight in memory, or that does not fit."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QMessageBox, QWidget

from ui.i18n import tr
from ui.model.session import Inspection
from ui.untrusted import LINE_LIMIT, escaped
from workbench.memory import FitEstimate
from workbench.model_info import format_bytes

VERDICT_COLORS = {"fits": "#2e7d32", "tight": "#b26a00", "does not fit": "#c62828"}
"""Readable on light and dark backgrounds."""


def fit_html(fit: FitEstimate) -> str:
    """The fit explanation with its verdict colored and bold."""
    lead, _, rest = fit.explanation.partition(":")
    color = VERDICT_COLORS.get(fit.verdict, "#555555")
    return f'<b style="color:{color}">{html.escape(lead)}</b>:{html.escape(rest)}'


def ask_to_load(parent: QWidget | None, inspection: Inspection) -> bool:
    """A modal question; True to load the model anyway."""
    info, fit = inspection.info, inspection.fit
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if fit.verdict == "tight" else QMessageBox.Icon.Critical)
    box.setWindowTitle(tr("Model", "Memory check"))
    box.setTextFormat(box.textFormat().RichText)
    about = f"<b>{escaped(info.name, LINE_LIMIT)}</b> — {format_bytes(info.file_size)}, {html.escape(info.file_type)}"
    if fit.verdict == "tight":
        advice = tr("Model", "It should run, but other programs may slow down. Load it?")
        #: Button in the memory check: load the model anyway (verb).
        yes = box.addButton(tr("Model", "Load"), QMessageBox.ButtonRole.AcceptRole)
    else:
        advice = tr("Model", "Loading will probably fail or make this computer swap. Load anyway?")
        yes = box.addButton(tr("Model", "Load anyway"), QMessageBox.ButtonRole.DestructiveRole)
    box.setText(f"{about}<br><br>{fit_html(fit)}<br><br>{advice}")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is yes
