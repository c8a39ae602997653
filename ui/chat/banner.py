"""A strip above the chat that says what went wrong (or what to do), with an optional action."""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from ui.i18n import tr
from ui.untrusted import LABEL_LIMIT, set_plain, shown

BANNER_LIMIT = 2 * LABEL_LIMIT
"""Characters a banner shows: a few lines at most."""

BannerKind = Literal["info", "warning", "error"]
_COLORS: dict[str, tuple[str, str, str]] = {
    "info": ("#e3f2fd", "#0d3c61", "#90caf9"),
    "warning": ("#fff4e5", "#663c00", "#ffb74d"),
    "error": ("#fdecea", "#611a15", "#ef9a9a"),
}
"""Background, text and border per kind: dark text on a light tint reads in both themes."""


class Banner(QFrame):
    """A one-line message with a kind (info / warning / error) and an optional action button.

    Signals (GUI thread):
        action_clicked(): the action button (e.g. "Reload model") was pressed.
        link_activated(str): a link of the app's own rich text was clicked (its address, e.g. ``hub``).
    """

    action_clicked = Signal()
    """The person pressed the banner's action button."""
    link_activated = Signal(str)
    """A link in the banner's own rich text was clicked: its address."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.kind: BannerKind = "info"
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.linkActivated.connect(self.link_activated)
        self.action_button = QPushButton()
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setToolTip(tr("Chat", "Hide this message"))
        self.close_button.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(self.close_button)
        self.action_button.clicked.connect(self._on_action_button_clicked)
        self.close_button.clicked.connect(self.hide)
        self.hide()

    @property
    def text(self) -> str:
        return shown(self.label)

    def show_message(
        self, text: str, kind: BannerKind = "info", action: str | None = None, rich: bool = False
    ) -> None:
        """Show ``text``; with ``action``, a button of that name emits :attr:`action_clicked`.

        ``text`` is plain text (it may hold a model's name or a server's words) and is cut to a few hundred
        characters; ``rich`` only for the app's own rich text, with any untrusted part escaped
        (:func:`ui.untrusted.escaped`).
        """
        self.kind = kind
        background, color, border = _COLORS[kind]
        self.setStyleSheet(
            f"QFrame#banner {{background-color:{background};border:1px solid {border};border-radius:4px;}}"
            f"QFrame#banner QLabel {{color:{color};background:transparent;border:none;}}"
        )
        if rich:
            self.label.setTextFormat(Qt.TextFormat.RichText)
            self.label.setText(text)
        else:
            set_plain(self.label, text, BANNER_LIMIT)
        self.action_button.setVisible(action is not None)
        self.action_button.setText(action or "")
        self.show()

    @Slot()
    def _on_action_button_clicked(self) -> None:
        self.action_clicked.emit()
