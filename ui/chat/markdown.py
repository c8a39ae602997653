"""Markdown to the HTML subset Qt's rich text understands, with readable code blocks.

Raw HTML in a reply is shown as text, never interpreted (``html`` is off in the parser).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

MONO = "'DejaVu Sans Mono', 'Menlo', 'Consolas', monospace"


@dataclass(frozen=True)
class CodeColors:
    """Colors for code: block and inline backgrounds, and the text."""

    background: str
    text: str


LIGHT_CODE = CodeColors(background="#eef0f3", text="#1f2328")
DARK_CODE = CodeColors(background="#2b2f36", text="#e6edf3")


def _parser(colors: CodeColors) -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "breaks": True}).enable("table").enable("strikethrough")

    def block(code: str, lang: str) -> str:
        label = f'<div style="color:gray;font-size:small">{html.escape(lang)}</div>' if lang else ""
        body = html.escape(code.rstrip("\n"))
        return (
            f'<table width="100%" cellpadding="8" cellspacing="0" style="background-color:{colors.background};'
            f'margin-top:4px;margin-bottom:4px"><tr><td>{label}'
            f'<pre style="font-family:{MONO};color:{colors.text};white-space:pre-wrap;margin:0">{body}</pre>'
            "</td></tr></table>"
        )

    def fence(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        token = tokens[idx]
        return block(token.content, token.info.strip().split(" ")[0] if token.info else "")

    def code_block(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        return block(tokens[idx].content, "")

    def code_inline(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        return (
            f'<code style="font-family:{MONO};background-color:{colors.background};color:{colors.text}">'
            f"&#8202;{html.escape(tokens[idx].content)}&#8202;</code>"
        )

    md.add_render_rule("fence", fence)
    md.add_render_rule("code_block", code_block)
    md.add_render_rule("code_inline", code_inline)
    return md


class MarkdownRenderer:
    """Renders Markdown for one theme; make a new one when the theme changes."""

    def __init__(self, dark: bool = False) -> None:
        self._md = _parser(DARK_CODE if dark else LIGHT_CODE)

    def render(self, text: str) -> str:
        return self._md.render(text)
