"""Every new string of the window goes through translation: a literal handed straight to a Qt text setter fails.

The check reads ``ui/`` as Python source (no Qt needed): a call such as ``label.setText("Ready")`` or
``QPushButton("Send")`` whose text argument is a string literal (or an f-string) with words in it is reported;
``tr("Chat", "Ready")`` passes. Names the app never translates (its own name, program and format names,
addresses) are listed in :data:`NOT_TRANSLATED`.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[2] / "ui"

TEXT_ARGS: dict[str, tuple[int, ...] | None] = {
    # name of the call → positions of its text arguments (None: every positional argument)
    "setText": (0,),
    "setToolTip": (0,),
    "setStatusTip": (0,),
    "setWhatsThis": (0,),
    "setWindowTitle": (0,),
    "setPlaceholderText": (0,),
    "setTitle": (0,),
    "setSubTitle": (0,),
    "setPrefix": (0,),
    "setSuffix": (0,),
    "setSpecialValueText": (0,),
    "setLabelText": (0,),
    "setTabText": (1,),
    "setTabToolTip": (1,),
    "setButtonText": (1,),
    "setItemText": (1,),
    "setHorizontalHeaderLabels": (0,),
    "setVerticalHeaderLabels": (0,),
    "addAction": (0,),
    "addMenu": (0,),
    "addTab": (1,),
    "insertTab": (2,),
    "addItem": (0,),
    "addItems": (0,),
    "addRow": (0,),
    "addButton": (0,),
    "setLabel": (1,),  # pyqtgraph: setLabel(side, text)
    "show_message": (0,),
    "show_banner": (0,),
    "QLabel": (0,),
    "QPushButton": (0,),
    "QToolButton": (0,),
    "QCheckBox": (0,),
    "QRadioButton": (0,),
    "QGroupBox": (0,),
    "QAction": (0,),
    "QMenu": (0,),
    "QListWidgetItem": (0,),
    "QTableWidgetItem": (0,),
    "information": (1, 2),  # QMessageBox.information(parent, title, text)
    "warning": (1, 2),
    "critical": (1, 2),
    "question": (1, 2),
    "getOpenFileName": (1, 3),  # QFileDialog: (parent, caption, folder, filter)
    "getOpenFileNames": (1, 3),
    "getSaveFileName": (1, 3),
    "getExistingDirectory": (1,),
}

NOT_TRANSLATED = {
    "SLM Workbench",  # the app's name
    "curl",
    "Python (openai)",
    "Open WebUI",
    "GGUF",
    "MLX",
    "ONNX",
    "Top-p",
    "Top-k",
    "Min-p",
    "Micro-batch",
    "/path/to/model-F16.gguf",
    "http://localhost:11434/v1",
    "http://localhost:3000",
}
"""Program, format and parameter names and example addresses, the same in every language."""

WORD = re.compile(r"[A-Za-z]{2,}")


def _text_of(node: ast.expr) -> str | None:
    """The words a literal argument would show (placeholders and markup aside), or None for no literal."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
    if isinstance(node, (ast.List, ast.Tuple)):
        parts = [_text_of(e) for e in node.elts]
        return " ".join(p for p in parts if p)
    if isinstance(node, ast.IfExp):
        parts = [_text_of(node.body), _text_of(node.orelse)]
        return " ".join(p for p in parts if p)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        parts = [_text_of(node.left), _text_of(node.right)]
        return " ".join(p for p in parts if p)
    return None


def _shows_words(text: str) -> bool:
    if text in NOT_TRANSLATED:
        return False
    plain = re.sub(r"<[^>]*>|&\w+;", "", text)
    return bool(WORD.search(plain))


def untranslated_texts(source: str, filename: str = "<ui>") -> list[str]:
    """``file:line: call("text")`` for every literal with words passed to a Qt text setter in ``source``."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        if name not in TEXT_ARGS:
            continue
        positions = TEXT_ARGS[name]
        for index, arg in enumerate(node.args):
            if positions is not None and index not in positions:
                continue
            text = _text_of(arg)
            if text is not None and _shows_words(text):
                found.append(f"{filename}:{node.lineno}: {name}({text[:60]!r})")
    return found


def test_the_lint_finds_a_literal_and_lets_tr_pass() -> None:
    sample = (
        "label.setText('Ready to chat')\n"
        "button = QPushButton(f'Load {name}')\n"
        "box.addItems(['Small', 'Large'])\n"
        "QMessageBox.question(self, 'Delete?', tr('Chat', 'Delete it?'))\n"
        "ok.setText(tr('Chat', 'Ready to chat'))\n"
        "other = QPushButton(tr('Chat', 'Load {name}').format(name=name))\n"
        "arrow = QPushButton('‹')\n"
        "plot.setLabel('left', tr('Charts', 'memory'))\n"
        "tool.setText('curl')\n"
    )
    found = untranslated_texts(sample)
    assert [line.split(": ", 1)[1].split("(", 1)[0] for line in found] == [
        "setText",
        "QPushButton",
        "addItems",
        "question",
    ]


@pytest.mark.parametrize("path", sorted(UI.rglob("*.py")), ids=lambda p: str(p.relative_to(UI.parent)))
def test_every_text_the_window_shows_goes_through_tr(path: Path) -> None:
    found = untranslated_texts(path.read_text(encoding="utf-8"), str(path.relative_to(UI.parent)))
    assert not found, "Wrap these in tr(\"Context\", \"…\") (ui.i18n):\n" + "\n".join(found)
