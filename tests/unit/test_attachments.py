"""Text files attached to a message: read safely, or refused in one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.chat.attachments import MAX_BYTES, AttachmentError, read_attachment, with_attachments


def test_text_files_are_read_measured_and_quoted(tmp_path: Path) -> None:
    code = tmp_path / "area.py"
    code.write_text("def area(r):\n    return 3.14 * r * r\n", encoding="utf-8")
    attachment = read_attachment(code)
    assert attachment.name == "area.py" and attachment.language == "python" and attachment.tokens > 5
    message = with_attachments("What does this do?", [attachment])
    assert message == "What does this do?\n\nFile area.py:\n```python\ndef area(r):\n    return 3.14 * r * r\n```"
    fenced = tmp_path / "notes.md"
    fenced.write_text("Use:\n```\ncode\n```\n", encoding="utf-8")
    quoted = read_attachment(fenced).quoted()
    assert quoted.startswith("File notes.md:\n````markdown\n") and quoted.endswith("\n````")
    wide = tmp_path / "wide.txt"
    wide.write_text("héllo wörld", encoding="utf-16")
    assert read_attachment(wide).text == "héllo wörld"
    old = tmp_path / "old.txt"
    old.write_bytes("caf\xe9".encode("latin-1"))
    assert read_attachment(old).text == "café"


def test_what_cannot_be_attached_is_said_in_one_line(tmp_path: Path) -> None:
    binary = tmp_path / "photo.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(100))
    with pytest.raises(AttachmentError, match="photo.png is not a text file"):
        read_attachment(binary)
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * (MAX_BYTES + 1))
    with pytest.raises(AttachmentError, match="only text files up to 2 MB"):
        read_attachment(big)
    with pytest.raises(AttachmentError, match="missing.txt cannot be read"):
        read_attachment(tmp_path / "missing.txt")
