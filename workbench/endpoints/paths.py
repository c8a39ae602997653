"""The library path of an endpoint's model: ``endpoint://<endpoint name>/<model id>``.

Model ids may contain slashes (``Qwen/Qwen2.5-0.5B``) and names may contain anything, so ``%`` and ``/`` in the
name are percent-quoted (the rest stays readable) and the model id is everything after the first slash.
"""

from __future__ import annotations

from urllib.parse import unquote

SCHEME = "endpoint://"


def remote_path(endpoint: str, model: str) -> str:
    """The path the library and the chat use for ``model`` on ``endpoint``."""
    quoted = endpoint.replace("%", "%25").replace("/", "%2F")
    return f"{SCHEME}{quoted}/{model}"


def parse_remote_path(path: str) -> tuple[str, str] | None:
    """(endpoint name, model id) of a remote path, or None for a path on this computer."""
    if not path.startswith(SCHEME):
        return None
    name, sep, model = path[len(SCHEME):].partition("/")
    if not sep or not name or not model:
        return None
    return unquote(name), model
