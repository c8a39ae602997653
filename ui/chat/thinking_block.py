"""A reply's thinking section, folded to one line above its answer: "Thinking…" while it is written, then
"Thought for 12 s (340 tokens)"; a click unfolds it.

Folded, the section is not rendered at all, so a long thinking section costs nothing while it streams; unfolded it
is rendered piece by piece like an answer (see :meth:`~ui.chat.message_view.MessageBody.show_markdown`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QFrame, QToolButton, QVBoxLayout, QWidget

from ui.i18n import tr


class ThinkingBlock(QFrame):
    """The fold: a toggle line with the summary, and the thinking text under it when unfolded.

    ``body`` is a :class:`~ui.chat.message_view.MessageBody` made by the caller (the same safe rendering as
    answers: no link followed, no resource loaded).
    """

    def __init__(self, body: QWidget, render: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thinking")
        self.setStyleSheet("QFrame#thinking { border-left: 3px solid palette(mid); }")
        self._render = render
        self._text = ""
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setToolTip(tr("Chat", "Show or hide what the model wrote while thinking, before its answer"))
        self.body = body
        self.body.setStyleSheet("QTextBrowser { background: transparent; color: #808080; }")  # muted in both themes
        self.body.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.body)
        self.toggle.toggled.connect(self._on_toggle_toggled)
        self.set_summary(tr("Chat", "Thinking…"))

    @property
    def text(self) -> str:
        """The thinking text (plain Markdown source), shown or not."""
        return self._text

    @property
    def expanded(self) -> bool:
        return self.toggle.isChecked()

    def set_summary(self, summary: str) -> None:
        self.toggle.setText(summary)

    @property
    def summary(self) -> str:
        return self.toggle.text()

    def set_thinking(self, text: str) -> None:
        """The thinking text so far; rendered only while unfolded."""
        self._text = text
        if self.expanded:
            self._show()

    def set_render(self, render: Callable[[str], str]) -> None:
        self._render = render
        if self.expanded:
            self.body.set_html("")  # type: ignore[attr-defined]
            self._show()

    def _show(self) -> None:
        if self._text:
            self.body.show_markdown(self._text, self._render)  # type: ignore[attr-defined]
        else:
            self.body.set_html(tr("Chat", "<i>(empty)</i>"))  # type: ignore[attr-defined]

    @Slot(bool)
    def _on_toggle_toggled(self, expanded: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        if expanded:
            self._show()
        self.body.setVisible(expanded)
