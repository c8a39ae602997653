"""2 MB memory pages ("transparent huge pages") on Linux: who gets them, and when.

Generating a token reads every weight of the model once. In ordinary 4 KB pages that is tens of thousands of pages
per token even for a small model, each needing an entry in the processor's address cache (the TLB); in 2 MB pages,
a few dozen. Measured here, reading the weights into 2 MB pages made generation 4–7% faster
(:mod:`workbench.engine.pages`). Everything else keeps small pages: a buffer that is reserved but only partly used
(llama.cpp's compute buffers, the allocator's heap) would be held whole in large ones, and the memory estimate counts
what is used.

How the weights get them: glibc's ``malloc`` asks for 2 MB pages for its large blocks when the process starts with
the tunable :data:`HUGE_PAGES_TUNABLE` (:func:`offer_huge_pages_to_children`, called before any thread starts, so
that the child processes inherit it). Every child starts with large pages switched off (:func:`small_pages_only`);
the llama.cpp backend switches them on (:func:`allow_huge_pages`) only while it reads a model's weights.
"""

from __future__ import annotations

import ctypes
import functools
import os
import platform
import sys
from collections.abc import Mapping, MutableMapping
from pathlib import Path

HUGE_PAGES_TUNABLE = "glibc.malloc.hugetlb=1"
"""glibc 2.35 and later: ``malloc`` marks its large blocks ``MADV_HUGEPAGE``; older versions ignore it."""
THP_SETTING = Path("/sys/kernel/mm/transparent_hugepage/enabled")
_PR_SET_THP_DISABLE = 41


def offer_huge_pages_to_children(environ: MutableMapping[str, str] | None = None) -> bool:
    """Add :data:`HUGE_PAGES_TUNABLE` to the environment that processes started from now on inherit, on Linux with
    glibc; keep any tunables already set (and a ``hugetlb`` choice someone made). Call it first thing, before any
    thread starts: changing the environment while another thread reads it is not safe. Whether it is offered."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc":
        return False
    current = env.get("GLIBC_TUNABLES", "")
    if "glibc.malloc.hugetlb=" in current:
        return HUGE_PAGES_TUNABLE in current.split(":")
    env["GLIBC_TUNABLES"] = f"{current}:{HUGE_PAGES_TUNABLE}" if current else HUGE_PAGES_TUNABLE
    return True


def without_huge_pages_offer(environ: Mapping[str, str]) -> dict[str, str]:
    """A copy of ``environ`` without :data:`HUGE_PAGES_TUNABLE` (any other tunables kept): the environment for a
    program that should run as it does when started by hand, such as llama.cpp's own tools when they are the
    yardstick."""
    env = dict(environ)
    kept = [t for t in env.get("GLIBC_TUNABLES", "").split(":") if t and t != HUGE_PAGES_TUNABLE]
    if kept:
        env["GLIBC_TUNABLES"] = ":".join(kept)
    else:
        env.pop("GLIBC_TUNABLES", None)
    return env


def transparent_huge_pages(setting: Path = THP_SETTING) -> str | None:
    """The system's transparent huge pages mode (``always``, ``madvise`` or ``never``); None where there are none."""
    try:
        text = setting.read_text(encoding="ascii")
    except (OSError, ValueError):
        return None
    start, end = text.find("["), text.find("]")
    return text[start + 1 : end] if 0 <= start < end else None


def huge_pages_offered(environ: Mapping[str, str], setting: Path = THP_SETTING) -> bool:
    """Whether a process started with ``environ`` has its large allocations in 2 MB pages: the system gives them to
    every process (``always``), or on request (``madvise``) and the environment has the tunable."""
    mode = _system_mode() if setting == THP_SETTING else transparent_huge_pages(setting)
    if mode == "always":
        return True
    return mode == "madvise" and HUGE_PAGES_TUNABLE in environ.get("GLIBC_TUNABLES", "").split(":")


@functools.cache
def _system_mode() -> str | None:
    """The system's mode, read once (the memory estimate asks for every model listed)."""
    return transparent_huge_pages()


def huge_pages_here() -> bool:
    """:func:`huge_pages_offered` to this process: glibc reads its tunables once, from the environment the process
    started with (which a later change to ``os.environ`` does not alter)."""
    return huge_pages_offered(_starting_environment())


def huge_pages_for_children() -> bool:
    """:func:`huge_pages_offered` to the processes this one starts from now on (the engine): they inherit
    ``os.environ``."""
    return huge_pages_offered(os.environ)


def _starting_environment() -> Mapping[str, str]:
    try:
        raw = Path("/proc/self/environ").read_bytes()
    except OSError:
        return os.environ
    pairs = (entry.decode("utf-8", "replace").partition("=") for entry in raw.split(b"\0") if entry)
    return {name: value for name, _, value in pairs}


def _thp_disable(disable: bool) -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return int(libc.prctl(_PR_SET_THP_DISABLE, int(disable), 0, 0, 0)) == 0
    except (OSError, AttributeError):
        return False


def small_pages_only() -> bool:
    """From now on this process's new memory comes in small pages (what is already in large ones stays). Whether
    the system took the request (Linux 3.15 and later)."""
    return _thp_disable(True)


def allow_huge_pages() -> bool:
    """From now on this process's new memory may come in large pages again, where it qualifies."""
    return _thp_disable(False)
