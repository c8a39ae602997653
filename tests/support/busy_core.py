"""Another program keeping one core busy, for tests of what the engine does when it cannot have every core."""

from __future__ import annotations

import contextlib
import subprocess
import sys
import time
from collections.abc import Iterator


@contextlib.contextmanager
def one_core_busy(seconds: float, settle: float) -> Iterator[None]:
    """A child process spinning on one core for at most ``seconds`` (ended on leaving); ``settle`` seconds for it to
    get going before the block runs."""
    spin = f"import time\nend = time.time() + {seconds}\nwhile time.time() < end: pass"
    burner = subprocess.Popen([sys.executable, "-c", spin])
    try:
        time.sleep(settle)
        yield
    finally:
        burner.kill()
        burner.wait(5)
