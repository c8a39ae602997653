"""The user's settings, kept as TOML in the config folder.

A settings file that cannot be read is moved aside (never deleted) and the defaults are used;
:attr:`SettingsStore.problem` then says so in words the UI can show.
"""

from __future__ import annotations

import math
import os
import sys
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal, cast

from workbench.endpoints.config import EndpointConfig, endpoints_from_toml, endpoints_to_toml
from workbench.sampling import SamplingParams

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

Theme = Literal["system", "light", "dark"]
THEMES: tuple[Theme, ...] = ("system", "light", "dark")
DEFAULT_SYSTEM_PROMPT = "You are a helpful assistant."
BACKEND_SETTINGS = ("auto", "llama.cpp", "mlx")


@dataclass(frozen=True)
class Settings:
    """What the app remembers between runs.

    The number of threads the engine uses is ``sampling.threads`` (it travels with the other
    runtime parameters to the engine).
    """

    theme: Theme = "system"
    sampling: SamplingParams = field(default_factory=SamplingParams)
    system_prompt: str = DEFAULT_SYSTEM_PROMPT
    models_folder: str = ""
    """Where Open GGUF… starts; empty means the app's models folder."""
    library_folders: tuple[str, ...] = ()
    """Folders the user added to the library, besides the ones it always scans."""
    endpoints: tuple[EndpointConfig, ...] = ()
    """OpenAI-compatible servers the user set up (their API keys live in the OS keyring, never here)."""
    backend: str = "auto"
    """Which backend runs local models: ``auto`` (chosen per model and machine), ``llama.cpp`` or ``mlx``."""

    @property
    def threads(self) -> int:
        return self.sampling.threads

    def with_changes(self, **changes: Any) -> Settings:
        """A copy with the given fields changed."""
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        return {
            "theme": self.theme,
            "system_prompt": self.system_prompt,
            "models_folder": self.models_folder,
            "library_folders": list(self.library_folders),
            "endpoints": endpoints_to_toml(self.endpoints),
            "backend": self.backend,
            "sampling": self.sampling.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Settings:
        """Build from parsed TOML; unknown keys are ignored, wrong types fall back to defaults."""
        defaults = cls()
        theme = data.get("theme", defaults.theme)
        sampling = data.get("sampling", {})
        try:
            params = SamplingParams.from_dict(_checked_sampling(sampling)) if isinstance(sampling, dict) else None
        except (TypeError, ValueError):
            params = None
        return cls(
            theme=cast(Theme, theme) if theme in THEMES else defaults.theme,
            sampling=params or defaults.sampling,
            system_prompt=_str(data.get("system_prompt"), defaults.system_prompt),
            models_folder=_str(data.get("models_folder"), ""),
            library_folders=tuple(f for f in _list(data.get("library_folders")) if isinstance(f, str)),
            endpoints=endpoints_from_toml(data.get("endpoints")),
            backend=data["backend"] if data.get("backend") in BACKEND_SETTINGS else defaults.backend,
        )


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _str(value: Any, default: str) -> str:
    return value if isinstance(value, str) else default


def _checked_sampling(data: dict[str, Any]) -> dict[str, Any]:
    """Keep the sampling entries whose type matches the default's (an int may stand for a float)."""
    defaults = SamplingParams().to_dict()
    checked: dict[str, Any] = {}
    for key, value in data.items():
        if key not in defaults or isinstance(value, bool):
            continue
        expected = type(defaults[key])
        if expected is float and isinstance(value, (int, float)):
            checked[key] = float(value)
        elif expected is int and isinstance(value, int):
            checked[key] = value
    return checked


class SettingsStore:
    """Reads and writes :class:`Settings` at ``path`` (a TOML file).

    Attributes:
        problem: a one-line message when the file could not be read and was moved aside, else None.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.problem: str | None = None

    def load(self) -> Settings:
        """The saved settings, or the defaults when there is no file or it is unreadable."""
        self.problem = None
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return Settings()
        except OSError as exc:
            self.problem = f"The settings file {self.path} cannot be read ({exc.strerror or exc}); using defaults."
            return Settings()
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            aside = move_aside(self.path)
            self.problem = f"The settings file was damaged ({exc}); it was moved to {aside.name} and defaults are used."
            return Settings()
        return Settings.from_dict(data)

    def save(self, settings: Settings) -> None:
        """Write atomically: a temporary file, then a rename over the old one."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(dumps_toml(settings.to_dict()), encoding="utf-8")
        os.replace(tmp, self.path)


def move_aside(path: Path) -> Path:
    """Rename a broken file to ``<name>.broken-<timestamp>`` next to it; return the new path."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.broken-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.broken-{stamp}-{n}")
    path.rename(target)
    return target


# -- a tiny TOML writer: top-level scalars and one level of tables ----------------------------------


def dumps_toml(data: dict[str, Any]) -> str:
    """TOML for a dict of scalars (str, bool, int, float), lists of scalars, and dicts of those."""
    lines = [f"{_key(k)} = {_value(v)}" for k, v in data.items() if not isinstance(v, dict)]
    for name, table in data.items():
        if isinstance(table, dict):
            lines.append("")
            lines.append(f"[{_key(name)}]")
            lines.extend(f"{_key(k)} = {_value(v)}" for k, v in table.items())
    return "\n".join(lines) + "\n"


def _key(key: str) -> str:
    if key and all(c.isascii() and (c.isalnum() or c in "-_") for c in key):
        return key
    return _string(key)


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    if isinstance(value, dict):  # an inline table, inside a table (an endpoint's fields)
        return "{" + ", ".join(f"{_key(k)} = {_value(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"cannot write {type(value).__name__} as TOML")


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}


def _string(text: str) -> str:
    out = []
    for c in text:
        if c in _ESCAPES:
            out.append(_ESCAPES[c])
        elif ord(c) < 0x20 or ord(c) == 0x7F:
            out.append(f"\\u{ord(c):04x}")
        else:
            out.append(c)
    return '"' + "".join(out) + '"'
