"""The ``slm-workbench`` command: a headless command when one is named, else the window.

Kept free of Qt imports so the headless commands start fast and run without a display.
``--version`` prints the version; ``--self-test`` checks the install (see :mod:`ui.selftest`).
"""

from __future__ import annotations

import multiprocessing
import sys
from pathlib import Path

DISTRIBUTION = "slm-workbench"
EXIT_NO_DISPLAY = 3


def version() -> str:
    """The installed version; inside a frozen bundle, the one the build recorded."""
    import importlib.metadata

    try:
        return importlib.metadata.version(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        pass
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        recorded = Path(bundle) / "VERSION"
        if recorded.is_file():
            return recorded.read_text(encoding="utf-8").strip()
    return "unknown"


def main(argv: list[str] | None = None) -> int:
    multiprocessing.freeze_support()  # a frozen bundle re-enters here to start the engine process
    from workbench.hugepages import offer_huge_pages_to_children

    offer_huge_pages_to_children()  # before any thread starts: the engine process inherits it
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["--version"]:
        print(f"{DISTRIBUTION} {version()}")
        return 0
    if "--self-test" in args:
        from ui import selftest

        return selftest.main(args)
    from workbench import cli

    if args and not args[0].startswith("-") or any(a in ("-h", "--help") for a in args[:1]):
        return cli.main(args)
    from ui.selftest import display_problem

    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return EXIT_NO_DISPLAY
    from ui.app import run_app

    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())
