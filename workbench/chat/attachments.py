"""Text files attached to a message: read safely, measured in tokens, and put into the message as quoted text.

Only text is attached (notes, Markdown, CSV, source code): a file that is not text, too large or unreadable is
refused with one line that says why, and nothing else changes.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from workbench.chat.context import CHARS_PER_TOKEN, estimate_tokens
from workbench.i18n import format_decimal, tr

MAX_BYTES = 2_000_000
"""The largest file attached (2 MB of text is far beyond any small model's context already)."""
LANGUAGES = {
    ".py": "python", ".js": "javascript", ".ts": "typescript", ".c": "c", ".h": "c", ".cpp": "cpp", ".rs": "rust",
    ".go": "go", ".java": "java", ".sh": "bash", ".json": "json", ".toml": "toml", ".yaml": "yaml", ".yml": "yaml",
    ".html": "html", ".css": "css", ".sql": "sql", ".csv": "csv", ".md": "markdown", ".txt": "",
}
"""The code-block language of a file by its suffix (so the reply view highlights it); others get none."""


class AttachmentError(Exception):
    """A file that cannot be attached; ``str()`` is one line for the person."""


@dataclass(frozen=True)
class Attachment:
    """An attached text file: its name, its text and about how many tokens it takes."""

    name: str
    text: str
    tokens: int

    @property
    def language(self) -> str:
        return LANGUAGES.get(Path(self.name).suffix.lower(), "")

    def quoted(self) -> str:
        """The file as it goes into the message: its name, then its text in a code block long enough a fence."""
        fence = "```"
        while fence in self.text:
            fence += "`"
        return f"File {self.name}:\n{fence}{self.language}\n{self.text.rstrip()}\n{fence}"


def read_attachment(path: str | os.PathLike[str], chars_per_token: float = CHARS_PER_TOKEN) -> Attachment:
    """Read a text file to attach; :class:`AttachmentError` when it is not text, too large or unreadable."""
    p = Path(path)
    name = p.name
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise AttachmentError(
                tr("Chat", "{name} is {size} MB; only text files up to {limit} MB can be attached.").format(
                    name=name, size=format_decimal(size / 1e6, 1), limit=MAX_BYTES // 1_000_000
                )
            )
        data = p.read_bytes()
    except OSError as exc:
        detail = exc.strerror or tr("Chat", "the system refused")
        raise AttachmentError(
            tr("Chat", "{name} cannot be read ({detail}).").format(name=name, detail=detail)
        ) from None
    not_text = AttachmentError(
        tr("Chat", "{name} is not a text file (it looks like a program, picture or archive).").format(name=name)
    )
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16 text says so in its first two bytes
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise not_text from None
    elif b"\x00" in data[:65536]:
        raise not_text
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("latin-1")  # old 8-bit text: every byte is a character, nothing is lost
    return Attachment(name, text, estimate_tokens(text, chars_per_token))


def with_attachments(message: str, attachments: list[Attachment]) -> str:
    """The message followed by each attached file, quoted."""
    parts = [message.strip()] if message.strip() else []
    parts += [a.quoted() for a in attachments]
    return "\n\n".join(parts)
