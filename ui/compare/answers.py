"""Side-by-side answers: one prompt at a time, every variant's greedy answer in its own column, largest file first."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import format_decimal, tr
from ui.untrusted import LINE_LIMIT, one_line, tooltip
from workbench.compare.figures import short_names, size_order
from workbench.compare.results import CompareRun


class AnswersView(QWidget):
    """A prompt chooser over columns of answers, one per variant (in the run's order)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._run: CompareRun | None = None
        self.prompt = QComboBox()
        self.prompt.setToolTip(
            tr("Compare", "Every variant answered the same prompt with greedy decoding (always its likeliest token).")
        )
        self.columns_widget = QWidget()
        self._columns = QHBoxLayout(self.columns_widget)
        self._columns.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.columns_widget)
        self.empty = QLabel(tr("Compare", "Answers appear here once the variants have answered the prompts."))
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Compare", "Prompt:")))
        top.addWidget(self.prompt, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(scroll, 1)
        self.answer_boxes: list[QPlainTextEdit] = []
        self.headers: list[QLabel] = []
        self.prompt.currentIndexChanged.connect(self._on_prompt_current_index_changed)

    def show_run(self, run: CompareRun | None) -> None:
        """Show ``run``'s answers (keeps the chosen prompt when it is still there)."""
        self._run = run
        prompts: list[str] = []
        for variant in run.variants if run else []:
            for answer in variant.answers:
                if answer.prompt not in prompts:
                    prompts.append(answer.prompt)
        current = self.prompt.currentText()
        self.prompt.blockSignals(True)
        self.prompt.clear()
        self.prompt.addItems(prompts)
        self.prompt.setCurrentIndex(max(0, self.prompt.findText(current)))
        self.prompt.blockSignals(False)
        self.empty.setVisible(not prompts)
        self._fill()

    def _fill(self) -> None:
        while self._columns.count():
            item = self._columns.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.answer_boxes, self.headers = [], []
        run, prompt = self._run, self.prompt.currentText()
        if run is None or not prompt:
            return
        names = short_names(run.variants)
        for index in size_order(run.variants):
            name, variant = names[index], run.variants[index]
            answer = next((a for a in variant.answers if a.prompt == prompt), None)
            column = QVBoxLayout()
            header = QLabel()  # a model's name: plain text, bold by its font
            header.setTextFormat(Qt.TextFormat.PlainText)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            header.setToolTip(tooltip(variant.path))
            shown_name = one_line(name, LINE_LIMIT // 2)
            box = QPlainTextEdit()
            box.setReadOnly(True)
            font = box.font()
            font.setPointSizeF(font.pointSizeF() * 1.15)
            box.setFont(font)
            if answer is None:
                header.setText(
                    tr("Compare", "{shown_name}\nno answer ({status})").format(
                        shown_name=shown_name, status=variant.status
                    )
                )
            else:
                if answer.seconds > 0:
                    text = tr("Compare", "{shown_name}\n{tokens} tokens in {seconds} s").format(
                        shown_name=shown_name, tokens=answer.tokens, seconds=format_decimal(answer.seconds, 1)
                    )
                else:
                    text = tr("Compare", "{shown_name}\n{tokens} tokens").format(
                        shown_name=shown_name, tokens=answer.tokens
                    )
                header.setText(text)
                box.setPlainText(answer.text)
            column.addWidget(header)
            column.addWidget(box, 1)
            holder = QWidget()
            holder.setLayout(column)
            holder.setMinimumWidth(220)
            self._columns.addWidget(holder, 1)
            self.answer_boxes.append(box)
            self.headers.append(header)

    @Slot(int)
    def _on_prompt_current_index_changed(self, _index: int) -> None:
        self._fill()
