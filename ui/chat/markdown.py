"""Markdown to the HTML subset Qt's rich text understands, with readable code blocks.

A reply is written by a model, so it is untrusted:
- raw HTML in it is shown as text, never interpreted (``html`` is off in the parser);
- only web links (http and https) become links, and the message view asks before opening one; a link to
  anything else (a local path, a relative address, ``file:``, ``javascript:``, a custom scheme) is shown as
  its text followed by its address in plain text;
- an image is never loaded: it is shown as its description and its address (a link when it is a web one).

Code blocks are highlighted (Pygments, for the language the block names) and carry a *Copy* link of the app's own
(``copy-code:<key>``, never a reply's: a reply's links are web links or text), which :func:`code_blocks` resolves.
"""

from __future__ import annotations

import hashlib
import html
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from markdown_it import MarkdownIt
from markdown_it.token import Token
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import get_lexer_by_name
from pygments.util import ClassNotFound

from ui.i18n import tr

MONO = "'DejaVu Sans Mono', 'Menlo', 'Consolas', monospace"
WEB_SCHEMES = frozenset({"http", "https"})
COPY_SCHEME = "copy-code"
"""The scheme of a code block's Copy link (the app's own; the message view copies the block it names)."""
HIGHLIGHT_LIMIT = 20_000
"""Longer code is shown plain: highlighting it again with every streamed batch would cost too much."""
ADDRESS_STYLE = "color:gray"


def is_web_address(address: str) -> bool:
    """Whether ``address`` is an absolute http(s) address with a host: the only links a reply may have."""
    try:
        parts = urlsplit(address.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in WEB_SCHEMES and bool(parts.hostname)


@dataclass(frozen=True)
class CodeColors:
    """Colors for code: block and inline backgrounds, and the text."""

    background: str
    text: str
    style: str = "default"
    """The Pygments style the code is highlighted in."""


LIGHT_CODE = CodeColors(background="#eef0f3", text="#1f2328", style="default")
DARK_CODE = CodeColors(background="#2b2f36", text="#e6edf3", style="github-dark")


def code_key(code: str) -> str:
    """The key a code block's Copy link names it by (its content's, so a block rendered again keeps it)."""
    return hashlib.sha1(code.encode("utf-8", "replace")).hexdigest()[:16]


def _highlighted(code: str, lang: str, style: str) -> str:
    """``code`` as HTML: highlighted for ``lang`` when Pygments knows it (and the code is not huge), else escaped."""
    if lang and len(code) <= HIGHLIGHT_LIMIT:
        try:
            lexer = get_lexer_by_name(lang.lower(), stripnl=False, ensurenl=False)
        except ClassNotFound:
            lexer = None
        if lexer is not None:
            formatter = HtmlFormatter(nowrap=True, noclasses=True, style=style)
            return str(highlight(code, lexer, formatter)).rstrip("\n")
    return html.escape(code)


def code_blocks(text: str) -> dict[str, str]:
    """The code blocks of a Markdown text by their Copy key."""
    md = MarkdownIt("commonmark", {"html": False}).enable("table")
    return {code_key(t.content.rstrip("\n")): t.content.rstrip("\n") for t in md.parse(text)
            if t.type in ("fence", "code_block")}


def _parser(colors: CodeColors) -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "breaks": True}).enable("table").enable("strikethrough")
    # Every link is parsed, so each shows the same way: a web one as a link, any other as its text and its
    # address (the renderers below never make those anchors or images).
    md.validateLink = lambda url: True  # type: ignore[method-assign]

    def block(code: str, lang: str) -> str:
        code = code.rstrip("\n")
        copy = f'<a href="{COPY_SCHEME}:{code_key(code)}" style="color:gray">Copy</a>'
        label = (
            '<table width="100%" cellpadding="0" cellspacing="0"><tr>'
            f'<td style="color:gray;font-size:small">{html.escape(lang)}</td>'
            f'<td align="right" style="font-size:small">{copy}</td></tr></table>'
        )
        body = _highlighted(code, lang, colors.style)
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

    def link_open(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        if is_web_address(str(tokens[idx].attrGet("href") or "")):
            return str(self.renderToken(tokens, idx, options, env))
        return ""  # not a web link: its text alone, then the address as text (link_close)

    def link_close(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        opening = _opening_of(tokens, idx)
        href = str(opening.attrGet("href") or "") if opening is not None else ""
        if opening is None or is_web_address(href):
            return str(self.renderToken(tokens, idx, options, env))
        if opening.markup == "autolink":  # <mailto:…>: its text is its address already
            return ""
        return f' <span style="{ADDRESS_STYLE}">({html.escape(href)})</span>'

    def image(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        token = tokens[idx]
        src = str(token.attrGet("src") or "")
        alt = self.renderInlineAsText(token.children or [], options, env)
        description = tr("Chat", "[image: {alt}]").format(alt=html.escape(alt)) if alt else tr("Chat", "[image]")
        address = (
            f'<a href="{html.escape(src)}">{html.escape(src)}</a>' if is_web_address(src) else html.escape(src)
        )
        return f'<span style="{ADDRESS_STYLE}">{description} ({address})</span>'

    md.add_render_rule("link_open", link_open)
    md.add_render_rule("link_close", link_close)
    md.add_render_rule("image", image)
    md.add_render_rule("fence", fence)
    md.add_render_rule("code_block", code_block)
    md.add_render_rule("code_inline", code_inline)
    return md


def _opening_of(tokens: Sequence[Token], close: int) -> Token | None:
    """The ``link_open`` token that the ``link_close`` at ``close`` ends (links do not nest)."""
    for token in reversed(tokens[:close]):
        if token.type == "link_open":
            return token
    return None


class MarkdownRenderer:
    """Renders Markdown for one theme; make a new one when the theme changes."""

    def __init__(self, dark: bool = False) -> None:
        self._md = _parser(DARK_CODE if dark else LIGHT_CODE)

    def render(self, text: str) -> str:
        return self._md.render(text)
