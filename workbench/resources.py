"""Find the app's ``resources/`` folder in a source checkout, an installed wheel or a frozen bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path

RESOURCES_ENV = "SLM_WORKBENCH_RESOURCES"
"""Environment variable overriding the resources folder (tests, unusual installs)."""


def resources_dir() -> Path | None:
    """The first existing of: ``$SLM_WORKBENCH_RESOURCES``; ``<bundle>/resources`` in a PyInstaller app;
    ``<repo>/resources`` next to the ``workbench`` package (source checkout or editable install);
    ``<sys.prefix>/share/slm-workbench/resources`` (installed data files)."""
    candidates: list[Path] = []
    explicit = os.environ.get(RESOURCES_ENV)
    if explicit:
        candidates.append(Path(explicit))
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    candidates.append(Path(__file__).resolve().parent.parent / "resources")
    candidates.append(Path(sys.prefix) / "share" / "slm-workbench" / "resources")
    return next((c for c in candidates if c.is_dir()), None)


def resource_path(name: str) -> Path | None:
    """``resources/<name>`` if it exists."""
    folder = resources_dir()
    if folder is None:
        return None
    path = folder / name
    return path if path.exists() else None
