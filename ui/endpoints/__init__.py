"""OpenAI-compatible endpoints in the window: the settings dialog and the library's feed of their models."""

from ui.endpoints.dialog import EndpointsDialog
from ui.endpoints.feed import EndpointModelsFeed

__all__ = ["EndpointModelsFeed", "EndpointsDialog"]
