"""The first page a person sees with no model loaded: what this is, and one button to start."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from ui.i18n import tr, tr_noop
from ui.untrusted import escaped, set_plain
from workbench.chat.recommend import CatalogFit
from workbench.memory import verdict_label
from workbench.model_info import format_bytes, format_count
from workbench.starter import STARTER_LABEL

INTRO = tr_noop(
    "Welcome",
    "A small language model is a text-predicting program, small enough to run on this laptop without the "
    "internet: it writes a reply one word-piece (token) at a time. Try the bundled starter model, or open a "
    "GGUF model file you already have; you will see how fast it writes and how much memory it takes.",
)


def starter_note(upgrade: CatalogFit | None) -> str:
    """What the starter is, plainly, and the better model that fits this computer (rich text, our own words)."""
    note = tr(
        "Welcome",
        "{STARTER_LABEL} is a tiny demonstration model (135 million parameters): it answers at once, but it often "
        "gets facts wrong and garbles words. ",
    ).format(STARTER_LABEL=STARTER_LABEL)
    if upgrade is None:
        return note + tr(
            "Welcome", 'Bigger models answer far better: <a href="hub">find one that fits this computer</a>.'
        )
    m = upgrade.model
    return note + (
        tr(
            "Welcome",
            "For real answers, the best recommended model that fits this computer is <b>{name}</b> ({parameters} "
            "parameters, a ≈{download_bytes} download, {verdict} in memory): "
            '<a href="hub">find it in Find models</a>.',
        ).format(
            name=escaped(m.name),
            parameters=format_count(m.parameters),
            download_bytes=format_bytes(upgrade.download_bytes),
            verdict=verdict_label(upgrade.verdict),
        )
    )


class WelcomePage(QWidget):
    """Explains in two sentences, offers the starter model, and shows progress while loading.

    Signals (GUI thread):
        starter_requested(): the person pressed "Try the starter model".
        open_requested(): the person pressed "Open a GGUF file…".
        ladder_requested(): the person pressed "Show how shrinking a model trades size for quality".
        library_requested(): the person followed the link to the library.
        find_models_requested(): the person followed the link to find models on the Hub.
    """

    starter_requested = Signal()
    """Load the bundled starter model."""
    open_requested = Signal()
    """Choose a GGUF file to load."""
    ladder_requested = Signal()
    """Make the teaching ladder from the starter and compare it."""
    library_requested = Signal()
    """Show the models already on this computer."""
    find_models_requested = Signal()
    """Show the Hub browser."""

    def __init__(
        self, starter_size: str | None, upgrade: CatalogFit | None = None, parent: QWidget | None = None
    ) -> None:
        """``upgrade``: the best recommended model that fits this computer, offered beside the starter."""
        super().__init__(parent)
        title = QLabel(tr("Welcome", "<h1>Chat with a small language model</h1>"))
        intro = QLabel(tr("Welcome", INTRO))
        intro.setWordWrap(True)
        self._starter_size = starter_size
        self._upgrade = upgrade
        self.starter_button = QPushButton(self._starter_label())
        self.starter_button.setObjectName("primary")
        self.starter_button.setEnabled(starter_size is not None)
        self.starter_button.setMinimumHeight(56)
        self.starter_button.setDefault(True)
        font = self.starter_button.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.starter_button.setFont(font)
        self.starter_note = QLabel(starter_note(upgrade))
        self.starter_note.setWordWrap(True)
        self.starter_note.setTextFormat(Qt.TextFormat.RichText)
        self.starter_note.linkActivated.connect(self._on_more_label_link_activated)
        self.open_button = QPushButton(tr("Welcome", "Open a GGUF file…"))
        self.open_button.setToolTip(
            tr("Welcome", "Pick a .gguf model file on this computer; you will see whether it fits first.")
        )
        self.ladder_button = QPushButton(tr("Welcome", "Show how shrinking a model trades size for quality"))
        self.ladder_button.setEnabled(starter_size is not None)
        self.ladder_button.setToolTip(
            tr(
                "Welcome",
                "Makes four smaller versions of the starter model (Q4_0, Q3_K_M, Q2_K and IQ2_XS) in the app's models "
                "folder, then measures them side by side with the original: size, speed and quality. A few minutes.",
            )
        )
        self.more_label = QLabel(
            tr(
                "Welcome",
                'Or pick one of the <a href="library">models already on this computer</a>, or '
                '<a href="hub">find more on the Hugging Face Hub</a> and see whether they fit before downloading.',
            )
        )
        self.more_label.setWordWrap(True)
        self.more_label.linkActivated.connect(self._on_more_label_link_activated)
        self.fit_label = QLabel()
        self.fit_label.setWordWrap(True)
        self.fit_label.setTextFormat(Qt.TextFormat.RichText)
        self.busy_label = QLabel()
        self.busy_label.setWordWrap(True)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)

        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (
            title,
            intro,
            self.starter_button,
            self.starter_note,
            self.open_button,
            self.ladder_button,
            self.more_label,
            self.fit_label,
            self.busy_label,
            self.busy_bar,
        ):
            layout.addWidget(widget)
        layout.addStretch(2)
        layout.setContentsMargins(48, 24, 48, 24)
        self.starter_button.clicked.connect(self._on_starter_button_clicked)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.ladder_button.clicked.connect(self._on_ladder_button_clicked)
        self._has_starter = starter_size is not None
        self.set_busy(None)

    def set_busy(self, text: str | None) -> None:
        """Show ``text`` with a busy bar and disable the buttons; None to end."""
        busy = text is not None
        set_plain(self.busy_label, text or "")  # it may name the model: plain text
        self.busy_label.setVisible(busy)
        self.busy_bar.setVisible(busy)
        self.open_button.setEnabled(not busy)
        self.starter_button.setEnabled(not busy and self._has_starter)
        self.ladder_button.setEnabled(not busy and self._has_starter)

    def retranslate_texts(self) -> None:
        """Write the sentences that carry values again, in the language installed now."""
        self.starter_button.setText(self._starter_label())
        self.starter_note.setText(starter_note(self._upgrade))

    def _starter_label(self) -> str:
        if self._starter_size is not None:
            return tr("Welcome", "Try the starter model ({STARTER_LABEL}, {starter_size}, included)").format(
                STARTER_LABEL=STARTER_LABEL, starter_size=self._starter_size
            )
        return tr("Welcome", "Starter model ({STARTER_LABEL}) is not installed").format(STARTER_LABEL=STARTER_LABEL)

    def show_fit(self, html: str) -> None:
        self.fit_label.setText(html)

    @Slot()
    def _on_starter_button_clicked(self) -> None:
        self.starter_requested.emit()

    @Slot()
    def _on_open_button_clicked(self) -> None:
        self.open_requested.emit()

    @Slot()
    def _on_ladder_button_clicked(self) -> None:
        self.ladder_requested.emit()

    @Slot(str)
    def _on_more_label_link_activated(self, link: str) -> None:
        (self.library_requested if link == "library" else self.find_models_requested).emit()
