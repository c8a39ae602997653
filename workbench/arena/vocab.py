"""A GGUF file's token texts, read straight from its header: what a divergence map needs to show the evaluation
text token by token, without loading the model (``gguf.GGUFReader`` takes seconds on a 49k-token vocabulary).

The file is a stranger's: every length is checked against what is left of the file; a file that breaks the rules
raises :class:`VocabularyUnreadable` with one plain sentence.
"""

from __future__ import annotations

import functools
import mmap
import os
import struct

from workbench.errors import WorkbenchError
from workbench.i18n import tr

_SCALAR_SIZES = {0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8}
_STRING, _ARRAY = 8, 9
MAX_TOKENS = 1 << 22
"""More tokens than any real vocabulary (four million): the file is damaged."""


class VocabularyUnreadable(WorkbenchError):
    """The model file's tokens cannot be read."""


class _Reader:
    def __init__(self, buf: mmap.mmap | bytes) -> None:
        self.buf, self.at = buf, 0

    def take(self, n: int) -> bytes:
        if n < 0 or self.at + n > len(self.buf):
            raise VocabularyUnreadable(tr("Model file", "The model file ends before its list of tokens does."))
        part = bytes(self.buf[self.at : self.at + n])
        self.at += n
        return part

    def u32(self) -> int:
        return int(struct.unpack("<I", self.take(4))[0])

    def u64(self) -> int:
        return int(struct.unpack("<Q", self.take(8))[0])

    def string(self) -> bytes:
        return self.take(self.u64())

    def skip(self, kind: int) -> None:
        if kind in _SCALAR_SIZES:
            self.take(_SCALAR_SIZES[kind])
        elif kind == _STRING:
            self.take(self.u64())
        elif kind == _ARRAY:
            inner, count = self.u32(), self.u64()
            if inner in _SCALAR_SIZES:
                self.take(_SCALAR_SIZES[inner] * count)
            else:
                for _ in range(count):
                    self.skip(inner)
        else:
            raise VocabularyUnreadable(tr("Model file", "The model file's header has a value of an unknown kind."))


_CONTROL = 3
"""``tokenizer.ggml.token_type`` of a control token (``<|im_end|>``): no text of its own."""


def _read(path: str) -> tuple[str, tuple[bytes, ...], frozenset[int]]:
    try:
        with open(path, "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as buf:
            r = _Reader(buf)
            if r.take(4) != b"GGUF":
                raise VocabularyUnreadable(tr("Model file", "This is not a GGUF file."))
            r.u32()
            r.u64()
            entries = r.u64()
            model, tokens, control = "", None, frozenset[int]()
            for _ in range(min(entries, 100_000)):
                key, kind = r.string(), r.u32()
                if key == b"tokenizer.ggml.model" and kind == _STRING:
                    model = r.string().decode("utf-8", "replace")
                elif key == b"tokenizer.ggml.tokens" and kind == _ARRAY:
                    inner, count = r.u32(), r.u64()
                    if inner != _STRING or count > MAX_TOKENS:
                        raise VocabularyUnreadable(tr("Model file", "The model file's list of tokens is damaged."))
                    tokens = tuple(r.string() for _ in range(count))
                elif key == b"tokenizer.ggml.token_type" and kind == _ARRAY:
                    inner, count = r.u32(), r.u64()
                    if inner not in (4, 5) or count > MAX_TOKENS:
                        raise VocabularyUnreadable(tr("Model file", "The model file's list of token types is damaged."))
                    types = struct.unpack(f"<{count}i", r.take(4 * count))
                    control = frozenset(i for i, t in enumerate(types) if t == _CONTROL)
                else:
                    r.skip(kind)
    except (OSError, ValueError) as exc:
        reason = tr("Model file", "The model file cannot be read: {reason}.").format(reason=exc)
        raise VocabularyUnreadable(reason) from exc
    if tokens is None:
        raise VocabularyUnreadable(tr("Model file", "The model file has no list of tokens."))
    return model, tokens, control


@functools.lru_cache(maxsize=1)
def _byte_decoder() -> dict[str, int]:
    """GPT-2's byte-level alphabet back to bytes (each byte was written as a printable character)."""
    printable = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1))
    printable += list(range(ord("®"), ord("ÿ") + 1))
    chars = printable[:]
    extra = 0
    for b in range(256):
        if b not in printable:
            printable.append(b)
            chars.append(256 + extra)
            extra += 1
    return {chr(c): b for b, c in zip(printable, chars, strict=True)}


def _piece_bytes(token: bytes, model: str) -> bytes:
    text = token.decode("utf-8", "replace")
    if model == "gpt2":
        table = _byte_decoder()
        if all(ch in table for ch in text):
            return bytes(table[ch] for ch in text)
        return b""  # a special token (<|im_end|>): nothing of the text
    if model == "llama":
        if len(text) == 6 and text.startswith("<0x") and text.endswith(">"):
            return bytes([int(text[3:5], 16)])
        if text.startswith("<") and text.endswith(">"):
            return b""
        return text.replace("\u2581", " ").encode("utf-8")
    return token


class TokenTexts:
    """The texts of a GGUF model's tokens (:meth:`pieces` turns token ids into text, piece by piece)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.model, self._tokens, self._control = _read(str(path))

    def __len__(self) -> int:
        return len(self._tokens)

    def pieces(self, ids: list[int]) -> list[str]:
        """The text of each token of ``ids``; a character split over several tokens shows on its last one."""
        out: list[str] = []
        pending = b""
        for token in ids:
            known = 0 <= token < len(self._tokens) and token not in self._control
            raw = self._tokens[token] if known else b""
            pending += _piece_bytes(raw, self.model)
            try:
                out.append(pending.decode("utf-8"))
                pending = b""
            except UnicodeDecodeError:
                if len(pending) >= 4:
                    out.append(pending.decode("utf-8", "replace"))
                    pending = b""
                else:
                    out.append("")
        return out
