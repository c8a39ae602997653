"""The user's settings, kept as TOML in the config folder.

A settings file that cannot be read is moved aside (never deleted) and the defaults are used;
:attr:`SettingsStore.problem` then says so in words the UI can show.
"""

from __future__ import annotations

import math
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal, cast

from workbench.endpoints.config import EndpointConfig, endpoints_from_toml, endpoints_to_toml
from workbench.engine.options import FLASH_ATTENTION_MODES, KV_CACHE_TYPES, LoadOptions
from workbench.engine.pages import WEIGHTS_MODES
from workbench.paths import folder_problem
from workbench.sampling import SamplingParams

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

Theme = Literal["system", "light", "dark"]
THEMES: tuple[Theme, ...] = ("system", "light", "dark")
DEFAULT_SYSTEM_PROMPT = "You are a helpful assistant."
BACKEND_SETTINGS = ("auto", "llama.cpp", "mlx")
LANGUAGE_SETTINGS = ("", "en", "da", "nb", "sv")
"""The window's language: empty follows the system; else English, Danish, Norwegian Bokmål or Swedish."""


SERVER_HOSTS = ("127.0.0.1", "0.0.0.0")
"""Where the Server tab may listen: this computer only, or every network it is on (then only with a key)."""
SERVER_PORTS = (1024, 65535)
MAX_CORS_SETTING = 2000


@dataclass(frozen=True)
class ServerSettings:
    """The Server tab's form as the person left it. The API key is not among them: it lives only as long as the
    window (a key kept in a plain settings file is one more secret on disk; a new one is a click away)."""

    host: str = "127.0.0.1"
    port: int = 8080
    cors: bool = False
    """Whether web pages from ``cors_origins`` may call the server."""
    cors_origins: str = "http://localhost:3000"
    """Comma-separated origins, as typed."""

    def to_dict(self) -> dict[str, Any]:
        return {"host": self.host, "port": self.port, "cors": self.cors, "cors_origins": self.cors_origins}


@dataclass(frozen=True)
class Settings:
    """What the app remembers between runs: how replies are drawn (``sampling``) and how models are loaded
    (``load``) among them."""

    theme: Theme = "system"
    sampling: SamplingParams = field(default_factory=SamplingParams)
    load: LoadOptions = field(default_factory=LoadOptions)
    """Context length, threads, batch sizes, GPU layers, flash attention, KV-cache type, adapters."""
    system_prompt: str = DEFAULT_SYSTEM_PROMPT
    models_folder: str = ""
    """Where Open GGUF… starts; empty means the app's models folder."""
    library_folders: tuple[str, ...] = ()
    """Folders the user added to the library, besides the ones it always scans."""
    endpoints: tuple[EndpointConfig, ...] = ()
    """OpenAI-compatible servers the user set up (their API keys live in the OS keyring, never here)."""
    backend: str = "auto"
    """Which backend runs local models: ``auto`` (chosen per model and machine), ``llama.cpp`` or ``mlx``."""
    model_load: tuple[tuple[str, LoadOptions], ...] = ()
    """Load options a person set for one model only, by the model's path, used instead of ``load`` for it."""
    server: ServerSettings = field(default_factory=ServerSettings)
    """The Server tab's address, port and CORS choice (never its key)."""
    language: str = ""
    """The window's language (one of :data:`LANGUAGE_SETTINGS`); empty follows the system's."""

    @property
    def threads(self) -> int:
        return self.load.threads

    def load_for(self, path: str) -> LoadOptions:
        """The load options ``path`` is loaded with: its own when it has them, else the defaults (``load``)."""
        return dict(self.model_load).get(path, self.load)

    def has_own_load(self, path: str) -> bool:
        """Whether ``path`` has load options of its own."""
        return any(key == path for key, _ in self.model_load)

    def with_model_load(self, path: str, options: LoadOptions | None) -> Settings:
        """A copy where ``path`` has ``options`` of its own (None: it follows the defaults again). The most
        recently set come last; the oldest are forgotten beyond :data:`MAX_MODEL_LOAD`."""
        kept = tuple((key, value) for key, value in self.model_load if key != path)
        if options is not None:
            kept = (*kept, (path, options))[-MAX_MODEL_LOAD:]
        return replace(self, model_load=kept)

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
            "language": self.language,
            "sampling": self.sampling.to_dict(),
            "load": self.load.to_dict(),
            "model_load": {path: options.to_dict() for path, options in self.model_load},
            "server": self.server.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Settings:
        """Build from parsed TOML; unknown keys are ignored, wrong types and values out of range are fixed."""
        return checked_settings(data)[0]


SAMPLING_LIMITS: dict[str, tuple[float, float]] = {
    "temperature": (0.0, 2.0),
    "top_p": (0.0, 1.0),
    "min_p": (0.0, 1.0),
    "repeat_penalty": (0.8, 2.0),
    "top_k": (0, 1000),
    "max_tokens": (1, 32768),
    "seed": (-1, 2**31 - 1),
}
"""The range each sampling and runtime value may take (the parameters panel offers the same)."""

SETTING_LABELS: dict[str, str] = {
    "theme": "theme",
    "system_prompt": "system prompt",
    "models_folder": "models folder",
    "library_folders": "library folders",
    "endpoints": "endpoints",
    "backend": "backend",
    "language": "language",
    "sampling": "sampling parameters",
    "temperature": "temperature",
    "top_p": "top-p",
    "min_p": "min-p",
    "repeat_penalty": "repeat penalty",
    "top_k": "top-k",
    "max_tokens": "max tokens",
    "seed": "seed",
    "context_length": "context length",
    "threads": "threads",
    "load": "load options",
    "batch_size": "batch size",
    "ubatch_size": "micro-batch size",
    "gpu_layers": "GPU layers",
    "flash_attention": "flash attention",
    "kv_cache_type": "KV-cache type",
    "weights": "where the weights are kept",
    "server": "server settings",
    "server.host": "server address",
    "server.port": "server port",
    "server.cors": "server CORS choice",
    "server.cors_origins": "server CORS addresses",
}
"""Each setting as the window names it, for the message that says which ones were fixed."""

MAX_MODEL_LOAD = 200
"""Models whose own load options are remembered at most."""
MAX_TEXT_SETTING = 100_000
"""Longest system prompt kept (characters)."""
MAX_PATH_SETTING = 4096
MAX_LIBRARY_FOLDERS = 200


def checked_settings(data: dict[str, Any]) -> tuple[Settings, list[str]]:
    """Settings from parsed TOML, each value checked; and one short phrase per value that was fixed
    (``max tokens (was 4,294,967,296, now 32,768)``). Unknown keys are ignored without a word."""
    defaults = Settings()
    fixes: list[str] = []

    def fixed(key: str, was: Any, now: Any) -> None:
        fixes.append(f"{SETTING_LABELS.get(key, key)} (was {_describe(was)}, now {_describe(now)})")

    def text(key: str, default: str, limit: int, path: bool = False) -> str:
        if key not in data:
            return default
        value = data[key]
        if not isinstance(value, str) or (path and "\x00" in value):
            fixed(key, value, default)
            return default
        if len(value) > limit:
            fixes.append(f"{SETTING_LABELS[key]} (cut to {limit:,} characters)")
            return value[:limit]
        return value

    theme = data.get("theme", defaults.theme)
    if theme not in THEMES:
        fixed("theme", theme, defaults.theme)
        theme = defaults.theme
    backend = data.get("backend", defaults.backend)
    if backend not in BACKEND_SETTINGS:
        fixed("backend", backend, defaults.backend)
        backend = defaults.backend
    language = data.get("language", defaults.language)
    if language not in LANGUAGE_SETTINGS:
        fixed("language", language, "the system's")
        language = defaults.language
    folders_raw = data.get("library_folders", [])
    folders = tuple(
        f for f in _list(folders_raw) if isinstance(f, str) and "\x00" not in f and len(f) <= MAX_PATH_SETTING
    )[:MAX_LIBRARY_FOLDERS]
    if not isinstance(folders_raw, list) or len(folders) != len(folders_raw):
        fixes.append(f"library folders ({_count(folders_raw)} kept as {len(folders):,})")
    endpoints_raw = data.get("endpoints")
    endpoints = endpoints_from_toml(endpoints_raw)
    if endpoints_raw is not None and len(endpoints) != (len(endpoints_raw) if isinstance(endpoints_raw, dict) else -1):
        fixes.append(f"endpoints ({_count(endpoints_raw)} kept as {len(endpoints):,})")
    sampling = data.get("sampling", {})
    if isinstance(sampling, dict):
        params = _checked_sampling(sampling, fixed)
    else:
        fixed("sampling", sampling, "the defaults")
        params = defaults.sampling
    settings = Settings(
        theme=cast(Theme, theme),
        sampling=params,
        load=_load_options(data.get("load"), sampling, fixed),
        system_prompt=text("system_prompt", defaults.system_prompt, MAX_TEXT_SETTING),
        models_folder=text("models_folder", "", MAX_PATH_SETTING, path=True),
        library_folders=folders,
        endpoints=endpoints,
        backend=backend,
        language=language,
        model_load=_model_load(data.get("model_load"), fixed, fixes),
        server=_server(data.get("server"), fixed),
    )
    return settings, fixes


def _server(data: Any, fixed: Callable[[str, Any, Any], None]) -> ServerSettings:
    """The Server tab's settings, each checked: an unknown address is this computer only, a port out of range is
    clamped, a CORS list too long or not text goes back to the default."""
    defaults = ServerSettings()
    if data is None:
        return defaults
    if not isinstance(data, dict):
        fixed("server", data, "the defaults")
        return defaults
    host = data.get("host", defaults.host)
    if host not in SERVER_HOSTS:
        fixed("server.host", host, defaults.host)
        host = defaults.host
    port = data.get("port", defaults.port)
    if isinstance(port, bool) or not isinstance(port, int):
        fixed("server.port", port, defaults.port)
        port = defaults.port
    elif not SERVER_PORTS[0] <= port <= SERVER_PORTS[1]:
        clamped = min(max(port, SERVER_PORTS[0]), SERVER_PORTS[1])
        fixed("server.port", port, clamped)
        port = clamped
    cors = data.get("cors", defaults.cors)
    if not isinstance(cors, bool):
        fixed("server.cors", cors, defaults.cors)
        cors = defaults.cors
    origins = data.get("cors_origins", defaults.cors_origins)
    if not isinstance(origins, str) or len(origins) > MAX_CORS_SETTING or "\x00" in origins:
        fixed("server.cors_origins", origins, defaults.cors_origins)
        origins = defaults.cors_origins
    return ServerSettings(host=host, port=port, cors=cors, cors_origins=origins)


def _model_load(
    raw: Any, fixed: Callable[[str, Any, Any], None], fixes: list[str]
) -> tuple[tuple[str, LoadOptions], ...]:
    """The ``[model_load]`` table: each model's own options checked like ``[load]``; entries that are not a
    path and a table are dropped (and counted), the oldest beyond :data:`MAX_MODEL_LOAD` forgotten."""
    if raw is None:
        return ()
    entries = raw if isinstance(raw, dict) else {}
    kept = [
        (path, _load_options(options, None, fixed))
        for path, options in entries.items()
        if isinstance(path, str) and path and "\x00" not in path and len(path) <= MAX_PATH_SETTING
        and isinstance(options, dict)
    ][-MAX_MODEL_LOAD:]
    if not isinstance(raw, dict) or len(kept) != len(entries):
        fixes.append(f"models' own load options ({_count(raw)} kept as {len(kept):,})")
    return tuple(kept)


def _count(value: Any) -> str:
    return f"{len(value):,}" if isinstance(value, (list, dict)) else _describe(value)


def _describe(value: Any) -> str:
    """A settings value in a message: numbers with separators, text quoted and short, other kinds named."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return "not a number" if math.isnan(value) else ("infinite" if math.isinf(value) else f"{value:g}")
    if isinstance(value, str):
        clean = "".join(c if c.isprintable() else "?" for c in value[:41])
        return f"“{clean[:40]}…”" if len(clean) > 40 else f"“{clean}”"
    if isinstance(value, (list, tuple)):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return "an unreadable value"


LOAD_LIMITS: dict[str, tuple[int, int]] = {
    "context_length": (128, 1 << 20),
    "threads": (0, 256),
    "batch_size": (1, 1 << 16),
    "ubatch_size": (1, 1 << 16),
    "gpu_layers": (-1, 10_000),
}
"""The range each whole-number load option may take."""


def _load_options(load: Any, sampling: Any, fixed: Callable[[str, Any, Any], None]) -> LoadOptions:
    """The ``[load]`` table, each number clamped to its range; settings written before it existed kept the
    context length and threads under ``[sampling]``, and those are taken from there."""
    data = dict(load) if isinstance(load, dict) else {}
    if load is not None and not isinstance(load, dict):
        fixed("load", load, "the defaults")
    if isinstance(sampling, dict):
        for key in ("context_length", "threads"):
            if key in sampling:
                data.setdefault(key, sampling[key])
    defaults = LoadOptions()
    for key, (low, high) in LOAD_LIMITS.items():
        if key not in data:
            continue
        value = data[key]
        if not isinstance(value, int) or isinstance(value, bool):
            fixed(key, value, getattr(defaults, key))
            del data[key]
        elif not low <= value <= high:
            data[key] = min(max(value, low), high)
            fixed(key, value, data[key])
    for key, allowed in (("flash_attention", FLASH_ATTENTION_MODES), ("kv_cache_type", KV_CACHE_TYPES),
                         ("weights", WEIGHTS_MODES)):
        if key in data and data[key] not in allowed:
            fixed(key, data[key], getattr(defaults, key))
    return LoadOptions.from_dict(data)


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _checked_sampling(data: dict[str, Any], fixed: Callable[[str, Any, Any], None]) -> SamplingParams:
    """Each sampling entry of the right type and inside its range; anything else reset or clamped.
    Unknown keys (a newer version's) are ignored; an int may stand for a float."""
    defaults = SamplingParams().to_dict()
    checked: dict[str, Any] = {}
    for key, value in data.items():
        if key not in defaults:
            continue
        default = defaults[key]
        low, high = SAMPLING_LIMITS.get(key, (-math.inf, math.inf))
        if isinstance(default, float):
            ok = isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
        else:
            ok = isinstance(value, int) and not isinstance(value, bool)
        if not ok:
            fixed(key, value, default)
            continue
        number = float(value) if isinstance(default, float) else int(value)
        clamped = min(max(number, type(default)(low)), type(default)(high))
        if clamped != number:
            fixed(key, value, clamped)
        checked[key] = clamped
    return SamplingParams.from_dict(checked)


MAX_SETTINGS_FILE = 4 << 20
"""A settings file larger than this (4 MB) is not one this app wrote: it is moved aside like a damaged one."""


class SettingsStore:
    """Reads and writes :class:`Settings` at ``path`` (a TOML file).

    Attributes:
        problem: a one-line message when the file could not be read (and was moved aside), else None.
        fixes: one phrase per value that was out of range or of the wrong type and was reset or clamped.
        unsaved: a one-line message when the settings folder cannot be written: the settings are then kept in
            memory for this session (:meth:`save` keeps them there), else None.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.problem: str | None = None
        self.fixes: list[str] = []
        self.unsaved: str | None = None
        self._in_memory: Settings | None = None

    @property
    def notices(self) -> list[str]:
        """Everything the person should be told after :meth:`load`, one line each: what was moved aside,
        which values were fixed, and whether settings will be saved."""
        found = [m for m in (self.problem, self.unsaved) if m]
        if self.fixes:
            found.append("Some settings were not valid and were fixed: " + "; ".join(self.fixes) + ".")
        return found

    def load(self) -> Settings:
        """The saved settings, or the defaults when there is no file or it is unreadable."""
        self.problem, self.fixes = None, []
        reason = folder_problem(self.path.parent)
        self.unsaved = (
            None
            if reason is None
            else f"Settings will not be saved: the folder {self.path.parent} cannot be written ({reason})."
        )
        if self._in_memory is not None:
            return self._in_memory
        try:
            if self.path.stat().st_size > MAX_SETTINGS_FILE:
                return self._moved_aside("it is far larger than a settings file")
            raw = self.path.read_bytes()
        except (FileNotFoundError, NotADirectoryError):  # nothing saved yet (or no folder to save it in)
            return Settings()
        except OSError as exc:
            self.problem = (
                f"The settings file {self.path} cannot be read ({exc.strerror or 'the system refused'}); "
                "using defaults."
            )
            return Settings()
        try:
            data = tomllib.loads(raw.decode("utf-8"))
        except UnicodeDecodeError:
            return self._moved_aside("it is not text in UTF-8")
        except (ValueError, RecursionError) as exc:  # tomllib.TOMLDecodeError is a ValueError
            detail = str(exc).splitlines()[0][:200] if isinstance(exc, tomllib.TOMLDecodeError) else "nested too deep"
            return self._moved_aside(detail)
        settings, self.fixes = checked_settings(data)
        return settings

    def _moved_aside(self, why: str) -> Settings:
        try:
            aside = move_aside(self.path)
        except OSError as exc:
            self.problem = (
                f"The settings file was damaged ({why}) and cannot be moved aside "
                f"({exc.strerror or 'the system refused'}); defaults are used."
            )
        else:
            self.problem = f"The settings file was damaged ({why}); it was moved to {aside.name} and defaults are used."
        return Settings()

    def save(self, settings: Settings) -> bool:
        """Write atomically (a temporary file, then a rename over the old one); True when written.

        When the folder cannot be written, the settings are kept in memory for this session instead, and
        :attr:`unsaved` says why (False is returned; nothing is raised).
        """
        if self.unsaved is not None:
            self._in_memory = settings
            return False
        tmp = self.path.with_name(self.path.name + ".tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(dumps_toml(settings.to_dict()), encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError as exc:
            self._in_memory = settings
            self.unsaved = (
                f"Settings will not be saved: {self.path} cannot be written ({exc.strerror or 'the system refused'})."
            )
            return False
        return True


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
