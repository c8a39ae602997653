"""Text a stranger could put in a model file, a Hub page or a reply, for tests that it is shown as text.

Every string here is what an attacker or a careless converter might write: HTML that would bold, link to a
local file or load an image if a label rendered it, and a license of about 100 KB (with a long run no line
can break) that would freeze and widen a window laid out carelessly.
"""

from __future__ import annotations

import os
import pathlib

HOSTILE_NAME = (
    '<b>Bold</b> <a href="file:///etc/passwd">passwd</a> <img src="file:///etc/hosts"> '
    "<script>alert(1)</script> &amp; model"
)
"""A ``general.name`` full of HTML: a label that renders it shows a link and loads an image."""

HOSTILE_LICENSE_HEAD = '<a href=file:///etc/passwd>MIT</a> <img src="http://127.0.0.1:9/track.png"> <h1>Big</h1>'
"""How :func:`hostile_license` begins."""

UNBREAKABLE_RUN = 2_000
"""Characters of the license's run without a space or any other place a line may break."""


def hostile_license(size: int = 100_000) -> str:
    """A license of ``size`` characters: HTML first, then a long unbreakable run, then HTML-laden prose."""
    words = "<b>Permission</b> is hereby granted, <i>free of charge</i>, to any person obtaining a copy. "
    text = f"{HOSTILE_LICENSE_HEAD} {'W' * UNBREAKABLE_RUN} "
    text += words * ((size - len(text)) // len(words) + 1)
    return text[:size]


def write_hostile_gguf(folder: str | os.PathLike[str], license_size: int = 100_000) -> pathlib.Path:
    """A tiny llama GGUF named ``model.gguf`` in ``folder`` (so the library calls it by its metadata name)
    whose ``general.name`` is :data:`HOSTILE_NAME` and whose license is :func:`hostile_license`."""
    from tests.support.tiny_gguf import write_tiny_llama_gguf

    path = pathlib.Path(folder) / "model.gguf"
    path.parent.mkdir(parents=True, exist_ok=True)
    return write_tiny_llama_gguf(path, name=HOSTILE_NAME, license=hostile_license(license_size))


HOSTILE_REPLY_LINKS = {
    "file": "[your passwords](file:///etc/passwd)",
    "local path": "[notes](/etc/hosts)",
    "relative": "[readme](README.md)",
    "javascript": "[click](javascript:alert(1))",
    "custom scheme": "[open the app](slack://open?team=T123)",
    "image": "![logo](file:///etc/hosts)",
    "web image": "![pixel](http://127.0.0.1:9/pixel.png)",
    "raw html": '<a href="file:///etc/passwd">raw</a> <img src="file:///etc/hosts">',
}
"""Markdown a reply may hold that must never open or load anything: kind → Markdown."""

WEB_LINK = "https://example.org/models/tiny/card?lang=en&page=2#license"
"""A web link: offered, opened only after a confirmation that shows all of it."""
