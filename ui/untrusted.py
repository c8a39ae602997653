"""Text written by strangers — model metadata, file names, the Hub, servers, replies — shown as text, bounded.

Qt renders a label's, tooltip's or message box's text as HTML as soon as it merely *looks* like HTML
(``Qt.AutoText``): a model called ``<img src=…>`` would load an image, a license with ``<a href=…>`` would
become a link. And a 100 KB string laid out in a label freezes the window and makes it hundreds of
thousands of pixels wide. So every untrusted string goes through here:

- labels: :func:`plain_label` / :func:`set_plain` (plain-text format, cut to a few hundred characters,
  long unbroken runs made breakable); :class:`BoundedText` adds a "Show all" button that opens the whole
  text in a read-only :class:`TextViewer`;
- one-line places (window titles, headers, table cells, list items): :func:`one_line`;
- tooltips: :func:`tooltip` (escaped inside a paragraph of our own);
- our own rich text with a stranger's words in it: :func:`escaped`;
- questions and notices: :func:`ask` and :func:`inform` (plain-text message boxes);
- links: :func:`ask_to_open` opens only a web (http/https) address, and only after a
  :class:`LinkConfirmation` that shows the whole address has been accepted.

Rich text is made only from the app's own strings.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QSize, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QFontDatabase, QResizeEvent, QTextOption
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import format_integer, tr

LABEL_LIMIT = 300
"""Characters a label shows of an untrusted text."""
FIELD_LIMIT = 200
"""Characters a :class:`BoundedText` shows before its "Show all" button: a few lines in a narrow pane."""
LINE_LIMIT = 120
"""Characters of an untrusted text on one line: window titles, message headers, list items."""
CELL_LIMIT = 200
"""Characters of an untrusted text in a table cell."""
TOOLTIP_LIMIT = 1000
"""Characters of an untrusted text in a tooltip."""
UNBROKEN_LIMIT = 40
"""A run of more than this many characters where a line cannot break (no space, slash or hyphen) gets an
invisible break opportunity every :data:`BREAK_EVERY` characters, so word wrap can break a hostile 100 KB
"word" instead of widening the window. Paths and names already break after their slashes and hyphens, and
stay as they are (copied from a label, they have no invisible characters)."""
BREAK_EVERY = 16
"""Characters between the break opportunities put into a long unbroken run (16 wide letters fit any pane)."""

ELLIPSIS = "…"
_ZERO_WIDTH_SPACE = "\u200b"
_UNBROKEN_RUN = re.compile(rf"[^\s/\-]{{{UNBROKEN_LIMIT + 1},}}")
_WHITESPACE = re.compile(r"\s+")


def bounded(text: str, limit: int = LABEL_LIMIT) -> str:
    """``text`` when it has at most ``limit`` characters, else its first ones ending in "…"."""
    if len(text) <= limit:
        return text
    return text[: max(0, limit - 1)] + ELLIPSIS


def one_line(text: str, limit: int = LINE_LIMIT) -> str:
    """``text`` on one line (every run of white space, line breaks too, made one space), bounded."""
    return bounded(_WHITESPACE.sub(" ", text[: limit * 4]).strip(), limit)


def breakable(text: str) -> str:
    """``text`` with invisible break opportunities in every run of more than :data:`UNBROKEN_LIMIT` characters
    that a line cannot break, so a word-wrapped label can always wrap it."""

    def split(match: re.Match[str]) -> str:
        run = match.group(0)
        return _ZERO_WIDTH_SPACE.join(run[i : i + BREAK_EVERY] for i in range(0, len(run), BREAK_EVERY))

    return _UNBROKEN_RUN.sub(split, text)


def shown(label: QLabel) -> str:
    """What ``label`` shows, without the invisible break opportunities :func:`set_plain` added."""
    return label.text().replace(_ZERO_WIDTH_SPACE, "")


def escaped(text: str, limit: int = LABEL_LIMIT) -> str:
    """``text`` bounded and escaped, for a place in the app's own rich text; line breaks kept."""
    return html.escape(breakable(bounded(text, limit))).replace("\n", "<br>")


def tooltip(text: str, limit: int = TOOLTIP_LIMIT) -> str:
    """A tooltip showing ``text`` literally: escaped inside a paragraph of our own (Qt renders a tooltip
    that looks like HTML as HTML), bounded, and wrapping. Empty for empty text (no tooltip)."""
    if not text:
        return ""
    return f"<p style='white-space:pre-wrap'>{html.escape(breakable(bounded(text, limit)))}</p>"


def set_plain(label: QLabel, text: str, limit: int = LABEL_LIMIT) -> None:
    """Show ``text`` in ``label`` as plain text, at most ``limit`` characters; a word-wrapped label can
    wrap even a text without spaces."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    cut = bounded(text, limit)
    label.setText(breakable(cut) if label.wordWrap() else cut)


def plain_label(text: str = "", limit: int = LABEL_LIMIT, wrap: bool = True) -> QLabel:
    """A label that shows ``text`` as plain text, bounded (see :func:`set_plain`)."""
    label = QLabel()
    label.setWordWrap(wrap)
    set_plain(label, text, limit)
    return label


class ElidedLabel(QLabel):
    """One line of untrusted text as plain text, cut with "…" to the width the layout gives it, so a long
    name never widens its row; when cut, the whole line is in the tooltip.

    :meth:`text` is what shows; :attr:`full_text` the whole line.
    """

    MINIMUM_WIDTH = 80

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.full_text = ""
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self.full_text = one_line(text, LABEL_LIMIT)
        self.updateGeometry()
        self._elide()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().sizeHint()
        margins = hint.width() - self.fontMetrics().horizontalAdvance(self.text())
        return QSize(self.fontMetrics().horizontalAdvance(self.full_text) + max(0, margins), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(min(self.MINIMUM_WIDTH, self.sizeHint().width()), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown_text = self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, self.width())
        if shown_text != self.text():
            self.setText(shown_text)
        self.setToolTip(tooltip(self.full_text) if shown_text != self.full_text else "")


class TextViewer(QDialog):
    """The whole of a long untrusted text, read-only, as plain text, wrapping anywhere."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(one_line(title, 80))
        self.editor = QPlainTextEdit()
        self.editor.setReadOnly(True)
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.editor.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.setPlainText(text)
        self.size_label = QLabel(tr("App", "{count} characters").format(count=format_integer(len(text))))
        self.size_label.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.size_label)
        layout.addWidget(buttons)
        self.resize(720, 520)


class BoundedText(QWidget):
    """A plain-text label that shows the first few hundred characters of an untrusted text, and, when
    there is more, a "Show all" button that opens the whole of it in a :class:`TextViewer`.

    Signals (GUI thread):
        viewer_opened(object): the viewer was opened (the :class:`TextViewer`), e.g. for tests.
    """

    viewer_opened = Signal(object)
    """The whole text is now shown in this TextViewer."""

    def __init__(
        self, text: str = "", limit: int = FIELD_LIMIT, title: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._limit = limit
        self._full = ""
        self.title = title or tr("App", "Whole text")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.more_button: QPushButton | None = None
        """The "Show all…" button, made the first time the text is too long to show whole (most never are)."""
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._layout.addWidget(self.label)
        self.set_text(text)

    @property
    def full_text(self) -> str:
        return self._full

    @property
    def cut(self) -> bool:
        """Whether the label shows only the beginning of the text."""
        return len(self._full) > self._limit

    def text(self) -> str:
        """What the label shows (as :meth:`QLabel.text` would, without invisible break opportunities)."""
        return shown(self.label)

    def set_text(self, text: str) -> None:
        self._full = text
        set_plain(self.label, text, self._limit)
        if self.cut and self.more_button is None:
            self.more_button = QPushButton(tr("App", "Show all…"))
            self.more_button.setFlat(True)
            self.more_button.setCursor(Qt.CursorShape.PointingHandCursor)
            self.more_button.setStyleSheet("QPushButton { color: palette(link); text-align: left; padding: 0; }")
            self.more_button.clicked.connect(self._on_more_button_clicked)
            self._layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)
        if self.more_button is not None:
            self.more_button.setVisible(self.cut)
            tip = tr("App", "Read all {count} characters").format(count=format_integer(len(text)))
            self.more_button.setToolTip(tip if self.cut else "")

    def open_viewer(self) -> TextViewer:
        viewer = TextViewer(self.title, self._full, self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.show()
        self.viewer_opened.emit(viewer)
        return viewer

    @Slot()
    def _on_more_button_clicked(self) -> None:
        self.open_viewer()


WEB_SCHEMES = frozenset({"http", "https"})


def is_web_link(url: QUrl) -> bool:
    """Whether ``url`` is an absolute http(s) address with a host: the only kind the app offers to open."""
    return url.isValid() and url.scheme().lower() in WEB_SCHEMES and bool(url.host())


def full_address(url: QUrl) -> str:
    """Every character of ``url``, encoded (a look-alike host shows as its punycode ``xn--`` form)."""
    return bytes(url.toEncoded().data()).decode("ascii", errors="replace")


class LinkConfirmation(QDialog):
    """Asks before a link opens in the web browser, showing the whole address and the site it leads to.

    Opens :attr:`url` with :class:`QDesktopServices` when accepted; Cancel is the default button.
    """

    def __init__(self, url: QUrl, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url = url
        self.setWindowTitle(tr("App", "Open a link?"))
        self.setModal(True)
        self.question = QLabel(tr("App", "Open this address in your web browser?"))
        self.question.setStyleSheet("font-weight: 600;")
        self.address = QPlainTextEdit()
        self.address.setReadOnly(True)
        self.address.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
        self.address.setPlainText(full_address(url))
        self.address.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        line = self.address.fontMetrics().lineSpacing()
        self.address.setFixedHeight(line * 4 + 12)
        host = url.host(QUrl.ComponentFormattingOption.FullyEncoded)
        self.site = plain_label(tr("App", "It leads to the website {host}.").format(host=host), LINE_LIMIT)
        self.note = plain_label(tr("App", "Links in a reply are written by the model: open only addresses you trust."))
        self.note.setStyleSheet("color: palette(mid);")
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(tr("App", "Open in browser"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.open_button.setAutoDefault(False)
        self.cancel_button.setDefault(True)
        self.cancel_button.setFocus()
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.address)
        layout.addWidget(self.site)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self.accepted.connect(self._on_accepted)

    @Slot()
    def _on_accepted(self) -> None:
        QDesktopServices.openUrl(self.url)


def ask_to_open(parent: QWidget | None, url: QUrl) -> LinkConfirmation | None:
    """Offer to open ``url``: a web address gets a :class:`LinkConfirmation` (shown, not waited for; it
    opens the address only when accepted); anything else is refused at once (None)."""
    if not is_web_link(url):
        return None
    dialog = LinkConfirmation(url, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def bounded_field(text: str, title: str = "", limit: int = FIELD_LIMIT) -> QLabel | BoundedText:
    """A selectable, word-wrapped plain-text label for ``text``; a :class:`BoundedText` (with "Show all")
    only when it is longer than ``limit`` — one widget instead of three for the many short values."""
    if len(text) > limit:
        return BoundedText(text, limit, title)
    label = plain_label(text, limit)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _message_box(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, limit: int = LABEL_LIMIT * 2
) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(one_line(title))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(breakable(bounded(text, limit)))
    return box


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question whose text holds untrusted words (shown as plain text); the default is No."""
    box = _message_box(parent, QMessageBox.Icon.Question, title, text)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """Tell something whose text holds untrusted words (shown as plain text)."""
    _message_box(parent, QMessageBox.Icon.Information, title, text).exec()


__all__ = [
    "CELL_LIMIT",
    "FIELD_LIMIT",
    "LABEL_LIMIT",
    "LINE_LIMIT",
    "TOOLTIP_LIMIT",
    "BoundedText",
    "ElidedLabel",
    "LinkConfirmation",
    "TextViewer",
    "ask",
    "ask_to_open",
    "bounded_field",
    "bounded",
    "breakable",
    "escaped",
    "full_address",
    "inform",
    "is_web_link",
    "one_line",
    "plain_label",
    "set_plain",
    "shown",
    "tooltip",
]
