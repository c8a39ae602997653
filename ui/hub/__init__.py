"""The Hub tab (search, catalog, repository pages) and the Downloads panel."""

from ui.hub.downloads import DownloadsPanel
from ui.hub.panel import HubPanel

__all__ = ["DownloadsPanel", "HubPanel"]
