"""Light and dark themes: the Fusion style with a palette; "system" follows the desktop's color scheme."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from workbench.settings import Theme

_LIGHT = {
    "window": "#f5f6f7",
    "base": "#ffffff",
    "alternate": "#eef0f3",
    "text": "#1f2328",
    "disabled": "#6e7781",
    "button": "#e9ebee",
    "highlight": "#1565c0",
    "highlighted_text": "#ffffff",
    "link": "#0b5cad",
    "tooltip_base": "#ffffdc",
    "tooltip_text": "#1f2328",
}
_DARK = {
    "window": "#1f2227",
    "base": "#16181c",
    "alternate": "#262a30",
    "text": "#e6edf3",
    "disabled": "#8b949e",
    "button": "#2d3239",
    "highlight": "#4f8ff7",
    "highlighted_text": "#0b0d10",
    "link": "#79b8ff",
    "tooltip_base": "#2d3239",
    "tooltip_text": "#e6edf3",
}


def system_is_dark() -> bool:
    """Whether the desktop asks for a dark color scheme (unknown counts as light)."""
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def is_dark(theme: Theme) -> bool:
    return theme == "dark" or (theme == "system" and system_is_dark())


def palette(dark: bool) -> QPalette:
    """A complete palette, readable text on every role, for the Fusion style."""
    colors = _DARK if dark else _LIGHT
    pal = QPalette()
    role = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
        disabled = group == QPalette.ColorGroup.Disabled
        text = QColor(colors["disabled"] if disabled else colors["text"])
        pal.setColor(group, role.Window, QColor(colors["window"]))
        pal.setColor(group, role.WindowText, text)
        pal.setColor(group, role.Base, QColor(colors["base"]))
        pal.setColor(group, role.AlternateBase, QColor(colors["alternate"]))
        pal.setColor(group, role.Text, text)
        pal.setColor(group, role.PlaceholderText, QColor(colors["disabled"]))
        pal.setColor(group, role.Button, QColor(colors["button"]))
        pal.setColor(group, role.ButtonText, text)
        pal.setColor(group, role.BrightText, QColor("#ff5252"))
        pal.setColor(group, role.Highlight, QColor(colors["highlight"]))
        pal.setColor(group, role.HighlightedText, QColor(colors["highlighted_text"]))
        pal.setColor(group, role.Link, QColor(colors["link"]))
        pal.setColor(group, role.ToolTipBase, QColor(colors["tooltip_base"]))
        pal.setColor(group, role.ToolTipText, QColor(colors["tooltip_text"]))
    return pal


PRIMARY_BUTTON_QSS = """
QPushButton#primary { background-color: %(bg)s; color: %(fg)s; border-radius: 6px; padding: 8px 18px; }
QPushButton#primary:hover { background-color: %(hover)s; }
QPushButton#primary:disabled { background-color: %(disabled_bg)s; color: %(disabled_fg)s; }
"""


def apply_theme(app: QApplication, theme: Theme) -> bool:
    """Use Fusion with the light or dark palette; returns whether the result is dark."""
    dark = is_dark(theme)
    app.setStyle("Fusion")
    app.setPalette(palette(dark))
    colors = _DARK if dark else _LIGHT
    app.setStyleSheet(
        PRIMARY_BUTTON_QSS
        % {
            "bg": "#1565c0" if not dark else "#4f8ff7",
            "fg": "#ffffff" if not dark else "#0b0d10",
            "hover": "#0d47a1" if not dark else "#79a8ff",
            "disabled_bg": colors["button"],
            "disabled_fg": colors["disabled"],
        }
    )
    return dark
