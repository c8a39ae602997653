"""The ``slm-workbench`` command: a headless command when one is named, else the window.

Kept free of Qt imports so the headless commands start fast and run without a display.
"""

from __future__ import annotations

import multiprocessing
import sys


def main(argv: list[str] | None = None) -> int:
    multiprocessing.freeze_support()  # a frozen bundle re-enters here to start the engine process
    args = sys.argv[1:] if argv is None else argv
    from workbench import cli

    if args and not args[0].startswith("-") or any(a in ("-h", "--help") for a in args[:1]):
        return cli.main(args)
    from ui.app import run_app

    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())
