"""Where the app keeps its files: settings (config), conversations and the log (data) and models.

Paths come from platformdirs. Tests and portable installs point ``SLM_WORKBENCH_HOME`` (or the
``root`` argument) at one folder, which then holds ``config/``, ``data/`` and ``models/``.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "slm-workbench"
HOME_ENV = "SLM_WORKBENCH_HOME"
"""Environment variable naming one root folder for all the app's files (tests, portable installs)."""


@dataclass(frozen=True)
class AppPaths:
    """The app's folders and the well-known files inside them."""

    config_dir: Path
    data_dir: Path
    models_dir: Path

    @classmethod
    def for_root(cls, root: str | os.PathLike[str]) -> AppPaths:
        """All folders under one ``root``: ``config/``, ``data/`` and ``models/``."""
        base = Path(root)
        return cls(config_dir=base / "config", data_dir=base / "data", models_dir=base / "models")

    @property
    def settings_file(self) -> Path:
        """The TOML settings file."""
        return self.config_dir / "settings.toml"

    @property
    def window_state_file(self) -> Path:
        """Where the window keeps its geometry (an INI file written by the UI)."""
        return self.config_dir / "window.ini"

    @property
    def log_dir(self) -> Path:
        """The folder of the app's log file and its rotated predecessors."""
        return self.data_dir / "logs"

    @property
    def threads_cache_file(self) -> Path:
        """The thread counts measured fastest on this computer, per size of model (see
        :mod:`workbench.engine.thread_sweep`); safe to delete."""
        return self.data_dir / "cache" / "threads.json"

    @property
    def database_file(self) -> Path:
        """The SQLite database of conversations and their messages."""
        return self.data_dir / "conversations.sqlite3"

    def ensure(self) -> AppPaths:
        """Create the folders that are missing and can be created; returns ``self``.

        A folder that cannot be made (read-only disk, a file in its place) is left for its user to report:
        the settings store and the conversation store then keep their data in memory and say so, and
        :meth:`models_problem` says why models cannot be saved.
        """
        for folder in (self.config_dir, self.data_dir, self.models_dir):
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError:
                continue
        return self

    def models_problem(self) -> str | None:
        """A one-line message when nothing can be written to the models folder, else None."""
        reason = folder_problem(self.models_dir)
        if reason is None:
            return None
        return f"The models folder {self.models_dir} cannot be written ({reason}); no model can be saved there."


def folder_problem(folder: Path) -> str | None:
    """Why files cannot be written in ``folder`` (created if missing), in a few words; None when they can."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".write-test-"):
            pass
    except OSError as exc:
        return (exc.strerror or "the system refused").lower()
    return None


def app_paths(root: str | os.PathLike[str] | None = None) -> AppPaths:
    """The app's paths: under ``root`` or ``$SLM_WORKBENCH_HOME`` if given, else the platform's folders."""
    chosen = root if root is not None else os.environ.get(HOME_ENV) or None
    if chosen is not None:
        return AppPaths.for_root(chosen)
    import platformdirs

    dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
    data = Path(dirs.user_data_dir)
    return AppPaths(config_dir=Path(dirs.user_config_dir), data_dir=data, models_dir=data / "models")
