"""A model an OpenAI-compatible endpoint serves: no file here, it runs (and uses memory) on the server."""

from __future__ import annotations

from workbench.formats.base import ModelFormat

SCHEME = "endpoint://"
"""How the library writes an endpoint's model (``endpoint://<name>/<model>``; see :mod:`workbench.endpoints.paths`)."""


class EndpointFormat(ModelFormat):
    """Detected by its library path; nothing to read, estimate or quantize on this computer."""

    id = "endpoint"
    aliases = ("remote",)
    label = "model on a server"
    plural = "models on a server"
    backend = "endpoint"
    local = False

    def detect_path(self, path: str) -> bool:
        return path.startswith(SCHEME)
