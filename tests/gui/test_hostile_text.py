"""Text from model files, the Hub and replies is shown as text: plain, bounded, never acted on.

A tiny model whose name and 100 KB license are full of HTML goes through the library, a load and a chat;
a Hub repository with a hostile license, model card and file names is opened; a reply full of hostile links
is clicked through.
"""

from __future__ import annotations

import pathlib
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QObject, QPoint, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QImage, QPixmap, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel

from tests.support.hostile_text import (
    HOSTILE_LICENSE_HEAD,
    HOSTILE_NAME,
    HOSTILE_REPLY_LINKS,
    WEB_LINK,
    hostile_license,
    write_hostile_gguf,
)
from ui.chat.markdown import MarkdownRenderer
from ui.chat.message_view import MessageBody, MessageList
from ui.untrusted import (
    FIELD_LIMIT,
    BoundedText,
    LinkConfirmation,
    TextViewer,
    bounded,
    breakable,
    one_line,
    shown,
    tooltip,
)
from workbench.conversations import StoredMessage

TIMEOUT = 60_000
MAX_WIDTH = 1600
"""No widget showing a hostile text may ask for more width than this (a 100 KB line would ask for ~700,000 px)."""
SCHEMES = ("http", "https", "file", "javascript", "slack", "data", "ftp")


class OpenedUrls(QObject):
    """Catches every URL the app asks the system to open — from Python or from Qt's own C++ — by scheme."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def record(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.fixture
def opened() -> Iterator[OpenedUrls]:
    catcher = OpenedUrls()
    for scheme in SCHEMES:
        QDesktopServices.setUrlHandler(scheme, catcher, "record")
    yield catcher
    for scheme in SCHEMES:
        QDesktopServices.unsetUrlHandler(scheme)


@pytest.fixture(scope="module")
def hostile_gguf(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    return write_hostile_gguf(tmp_path_factory.mktemp("hostile"))


def assert_plain(label: QLabel, text: str) -> None:
    """``label`` is in plain-text format and shows ``text`` literally (as far as it shows it)."""
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert shown(label) == text


# -- the helpers -------------------------------------------------------------------------------------


def test_helpers_bound_escape_and_break() -> None:
    long = "x" * 10_000
    assert bounded(long, 300) == "x" * 299 + "…" and bounded("short", 300) == "short"
    assert one_line("a\n\n b\tc", 50) == "a b c" and len(one_line(long, 120)) == 120
    assert "\u200b" in breakable(long) and breakable("/home/me/models/Llama-3.2-1B-Instruct-Q4_K_M.gguf") == (
        "/home/me/models/Llama-3.2-1B-Instruct-Q4_K_M.gguf"
    )  # paths already break at slashes and hyphens: copied from a label, they stay intact
    tip = tooltip(HOSTILE_NAME)
    assert tip.startswith("<p") and "<b>" not in tip and "&lt;b&gt;Bold&lt;/b&gt;" in tip
    assert tooltip("") == ""


def test_bounded_text_shows_a_part_and_the_whole_on_demand(qtbot: Any) -> None:
    text = hostile_license()
    field = BoundedText(text, title="License")
    qtbot.addWidget(field)
    field.show()
    assert field.label.textFormat() == Qt.TextFormat.PlainText
    assert field.cut and field.more_button is not None and field.more_button.isVisible()
    assert field.text() == text[: FIELD_LIMIT - 1] + "…"
    assert field.sizeHint().width() < MAX_WIDTH and field.minimumSizeHint().width() < MAX_WIDTH
    with qtbot.waitSignal(field.viewer_opened) as opened:
        qtbot.mouseClick(field.more_button, Qt.MouseButton.LeftButton)
    viewer = opened.args[0]
    assert isinstance(viewer, TextViewer)
    assert viewer.editor.isReadOnly() and viewer.editor.toPlainText() == text
    viewer.close()
    short = BoundedText("apache-2.0")
    qtbot.addWidget(short)
    assert not short.cut and short.more_button is None


# -- a hostile model file: library, load, chat --------------------------------------------------------


def test_hostile_model_in_library_status_bar_and_chat(
    make_window: Any, qtbot: Any, home: Any, hostile_gguf: pathlib.Path
) -> None:
    model = home.models_dir / "model.gguf"
    model.write_bytes(hostile_gguf.read_bytes())
    window = make_window()
    library = window.library
    qtbot.waitUntil(lambda: library.model.row_of(str(model)) is not None and not library.scanning, timeout=TIMEOUT)

    # The table: the name in one line, cut; the tooltip escaped.
    row = library.model.row_of(str(model))
    assert row is not None
    cell = library.model.index(row, 0)
    assert cell.data() == one_line(HOSTILE_NAME, 200)
    tip = cell.data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("<p style=") and str(model) in tip  # the path and fit, escaped in our own paragraph

    # The details: the title, the path and every field plain; the license cut, whole on demand.
    library.select_path(str(model))
    details = library.details
    assert_plain(details.title, HOSTILE_NAME)
    assert_plain(details.path_label, str(model))
    fields = {
        details.metadata.itemAt(i, details.metadata.ItemRole.LabelRole).widget().text():
        details.metadata.itemAt(i, details.metadata.ItemRole.FieldRole).widget()
        for i in range(details.metadata.rowCount())
    }
    license_field = fields["License"]
    assert isinstance(license_field, BoundedText)
    assert license_field.label.textFormat() == Qt.TextFormat.PlainText
    assert license_field.text().startswith(HOSTILE_LICENSE_HEAD) and license_field.cut
    assert license_field.full_text == hostile_license()
    for field in fields.values():  # short values in a plain label, long ones in a BoundedText
        assert (field.label if isinstance(field, BoundedText) else field).textFormat() == Qt.TextFormat.PlainText
    window.tabs.setCurrentWidget(library)
    qtbot.wait(50)
    for widget in (details, library, window):
        assert widget.minimumSizeHint().width() < MAX_WIDTH, widget
    assert window.width() < MAX_WIDTH

    # Load it: the status bar and the banner name it as text.
    with qtbot.waitSignal(window.session.loaded, timeout=TIMEOUT):
        details.chat_button.click()  # as a person would: Chat, from the details
    status = window.status.model_label
    assert status.textFormat() == Qt.TextFormat.PlainText
    assert status.text().startswith("Model: <b>Bold</b>") and len(status.text()) < 80
    assert "&lt;b&gt;" in status.toolTip()
    assert window.chat.banner.label.textFormat() == Qt.TextFormat.PlainText
    assert window.chat.banner.text.startswith(HOSTILE_NAME[:40])

    # Chat: the reply's header names the model as text; the store keeps the raw name.
    with qtbot.waitSignal(window.chat.reply_finished, timeout=TIMEOUT):
        window.chat.send("Hello?")
    reply = window.chat.messages.widgets()[-1]
    assert reply.role == "assistant"
    assert reply.who.textFormat() == Qt.TextFormat.PlainText
    assert reply.who.full_text == f"Assistant · {one_line(HOSTILE_NAME)}"
    assert reply.who.text().startswith("Assistant · <b>Bold</b>")  # cut to its width, with "…" if need be
    assert reply.who.minimumSizeHint().width() < 200
    stored = window._store.messages(window.chat.conversation_id)[-1]
    assert stored.model == HOSTILE_NAME  # raw, not escaped: escaping is the view's business
    assert window.width() < MAX_WIDTH


# -- the Hub -------------------------------------------------------------------------------------------


def test_hub_page_with_a_hostile_license_card_and_file_names(
    qtbot: Any, runner: Any, tiny_gguf: pathlib.Path, tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch,
    opened: OpenedUrls,
) -> None:
    from tests.support.fake_hub import FakeHub, FakeRepo
    from ui.hub import HubPanel
    from workbench.hub.catalog import load_catalog
    from workbench.hub.client import HubClient
    from workbench.hub.token import HubTokenStore

    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hf" / "hub"))
    monkeypatch.delenv("HF_TOKEN", raising=False)
    license_text = hostile_license()
    card = "Hello <b>bold</b> <img src=file:///etc/hosts> and <a href=file:///etc/passwd>a link</a>."
    evil_file = "<i>tiny</i>-Q4_K_M.gguf"
    hub = FakeHub()
    hub.add(FakeRepo("evil/Html-GGUF", {"README.md": f"---\nlicense: other\n---\n{card}\n".encode(),
                                        evil_file: tiny_gguf.read_bytes()},
                     tags=["gguf", f"license:{license_text}"]))
    hub.start()
    try:
        tokens = HubTokenStore(use_keyring=False)
        panel = HubPanel(HubClient(endpoint=hub.url, token=tokens, read_timeout=5), load_catalog(), runner, tokens)
        qtbot.addWidget(panel)
        panel.show()
        panel.open_repository("evil/Html-GGUF")
        qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.repo_page, timeout=30_000)
    finally:
        hub.stop()
    page = panel.repo_page
    assert page.facts.label.textFormat() == Qt.TextFormat.PlainText
    # The Hub client already shortens a license name (real ones are a few words); shown literally, never as HTML.
    shown = page.facts.text()
    assert shown.startswith(f"License: {HOSTILE_LICENSE_HEAD[:60]}") and shown.endswith("…")
    assert len(page.facts.full_text) < 1_000
    assert page.summary.label.textFormat() == Qt.TextFormat.PlainText and page.summary.text() == card
    assert page.files.index(0, 1).data() == evil_file
    assert "&lt;i&gt;" in page.files.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert page.minimumSizeHint().width() < MAX_WIDTH and panel.minimumSizeHint().width() < MAX_WIDTH

    # Our own link to the repository's page asks first, showing the address.
    page.website.linkActivated.emit("website")
    dialog = page.findChild(LinkConfirmation)
    assert dialog is not None and dialog.address.toPlainText() == "https://huggingface.co/evil/Html-GGUF"
    dialog.reject()
    assert opened.urls == []


# -- links in replies ----------------------------------------------------------------------------------


def _reply(qtbot: Any, text: str) -> tuple[MessageList, MessageBody]:
    messages = MessageList()
    qtbot.addWidget(messages)
    messages.resize(700, 500)
    messages.show()
    widget = messages.add(StoredMessage(1, 1, "assistant", text, 0.0, "complete", "tiny", None))
    return messages, widget.body


def _anchors(body: MessageBody) -> list[tuple[str, QPoint]]:
    """Every link in the body, with a point on it to click."""
    found = []
    block = body.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().isAnchor():
                cursor = QTextCursor(body.document())
                cursor.setPosition(fragment.position() + fragment.length() // 2)
                found.append((fragment.charFormat().anchorHref(), body.cursorRect(cursor).center()))
            it += 1
        block = block.next()
    return found


@pytest.mark.parametrize("kind", sorted(HOSTILE_REPLY_LINKS))
def test_a_hostile_link_in_a_reply_opens_and_loads_nothing(qtbot: Any, opened: OpenedUrls, kind: str) -> None:
    markdown = HOSTILE_REPLY_LINKS[kind]
    html = MarkdownRenderer().render(f"See {markdown} now.")
    assert "<img" not in html
    if kind != "web image":
        assert "<a " not in html  # not a link at all: shown as text
    _, body = _reply(qtbot, f"See {markdown} now.")
    before = body.toPlainText()
    assert before.startswith("See ") and before.rstrip().endswith("now.")
    for href, point in _anchors(body):
        qtbot.mouseClick(body.viewport(), Qt.MouseButton.LeftButton, pos=point)
        dialog = body.findChild(LinkConfirmation)
        assert dialog is not None and dialog.address.toPlainText() == href  # a web image's address: asks first
        dialog.reject()
    for target in ("file:///etc/passwd", "/etc/hosts", "README.md", "javascript:alert(1)", "slack://open"):
        body.anchorClicked.emit(QUrl(target))  # even if one were clicked somehow
    QApplication.processEvents()
    assert body.findChild(LinkConfirmation) is None or kind == "web image"
    assert opened.urls == []
    assert body.toPlainText() == before and body.source().isEmpty()


def test_the_reply_view_loads_no_image_even_when_asked(qtbot: Any, tmp_path: pathlib.Path) -> None:
    picture = tmp_path / "secret.png"
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.red)
    assert image.save(str(picture))
    url = QUrl.fromLocalFile(str(picture))
    _, body = _reply(qtbot, "text")
    body.set_html(f'<p>before <img src="{url.toString()}" width="40" height="40"> after</p>')
    QApplication.processEvents()
    resource = body.document().resource(QTextDocument.ResourceType.ImageResource, url)
    assert isinstance(resource, QImage | QPixmap) and resource.width() == 1  # a blank pixel, not the file
    assert body.loadResource(QTextDocument.ResourceType.StyleSheetResource.value, url) == " "


def test_a_web_link_opens_only_after_a_confirmation_showing_it_all(qtbot: Any, opened: OpenedUrls) -> None:
    _, body = _reply(qtbot, f"The [model card]({WEB_LINK}) says so.")
    anchors = _anchors(body)
    assert [href for href, _ in anchors] == [WEB_LINK]
    before = body.toPlainText()

    with qtbot.waitSignal(body.link_confirmation_shown) as shown_dialog:
        qtbot.mouseClick(body.viewport(), Qt.MouseButton.LeftButton, pos=anchors[0][1])
    dialog = shown_dialog.args[0]
    assert isinstance(dialog, LinkConfirmation) and dialog.isVisible()
    assert dialog.address.toPlainText() == WEB_LINK and dialog.address.isReadOnly()
    assert "example.org" in dialog.site.text() and dialog.site.textFormat() == Qt.TextFormat.PlainText
    assert dialog.cancel_button.isDefault()
    assert opened.urls == []  # nothing opens while it asks
    dialog.cancel_button.click()
    assert opened.urls == []

    with qtbot.waitSignal(body.link_confirmation_shown) as shown_dialog:
        qtbot.mouseClick(body.viewport(), Qt.MouseButton.LeftButton, pos=anchors[0][1])
    shown_dialog.args[0].open_button.click()
    assert opened.urls == [WEB_LINK]
    assert body.toPlainText() == before and body.source().isEmpty()


def test_raw_html_in_a_reply_is_shown_as_text() -> None:
    html = MarkdownRenderer().render('<b>bold</b> <script>x()</script> <img src="file:///etc/hosts">')
    assert "<b>bold</b>" not in html and "&lt;b&gt;bold&lt;/b&gt;" in html
    assert "<img" not in html and "<script" not in html
