"""Build the SLM Workbench bundle for this platform and print where it is and how big.

    python packaging/build.py              # bundle + archive
    python packaging/build.py --no-archive # bundle only (dist/slm-workbench/ or dist/SLM Workbench.app)

Run it as a script, not ``python -m packaging.build``: a package named ``packaging`` in the
repository would shadow the PyPI ``packaging`` library that pip, setuptools and PyInstaller
import. This folder therefore has no ``__init__.py``, and PyInstaller runs in a child process
whose working directory and ``sys.path`` do not contain it.

Outputs, under ``dist/`` in the repository:

- Linux: ``slm-workbench/`` (one folder) and ``slm-workbench-<version>-linux-<arch>.tar.gz``,
  which adds the freedesktop ``.desktop`` entry, AppStream metainfo, hicolor icons and
  ``install-desktop-entry.sh``. (No AppImage: appimagetool cannot be fetched on the build machines.)
- Windows: ``slm-workbench/`` (one folder) and ``slm-workbench-<version>-windows-<arch>.zip``.
- macOS: ``SLM Workbench.app`` and ``SLM-Workbench-<version>-macos-arm64.zip``.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import importlib.util
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPEC = HERE / "slm-workbench.spec"
LINUX_FILES = HERE / "linux"
APP_NAME = "slm-workbench"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def check_not_shadowing() -> None:
    """Fail early if the repository's ``packaging/`` folder could hide PyPI's ``packaging``."""
    if (HERE / "__init__.py").exists():
        raise SystemExit("packaging/__init__.py must not exist: it would shadow the PyPI 'packaging' library")
    if importlib.util.find_spec("PyInstaller") is None:
        raise SystemExit("PyInstaller is not installed: pip install -e '.[packaging]'")


def folder_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() or p.is_symlink())


def megabytes(size: int) -> str:
    return f"{size / 1e6:.0f} MB"


def run_pyinstaller(dist: Path, work: Path) -> None:
    work.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(dist), "--workpath", str(work), str(SPEC),
    ]  # fmt: skip
    print("$ " + " ".join(command), flush=True)
    subprocess.run(command, cwd=work, env=env, check=True)  # cwd: neither the repo root nor packaging/


def linux_archive(bundle: Path, version: str) -> Path:
    """The tarball: the one-folder build plus the desktop entry, metainfo, icons and an installer."""
    machine = platform.machine() or "unknown"
    top = f"{APP_NAME}-{version}-linux-{machine}"
    share = {
        f"share/applications/{APP_NAME}.desktop": LINUX_FILES / f"{APP_NAME}.desktop",
        f"share/metainfo/{APP_NAME}.metainfo.xml": LINUX_FILES / f"{APP_NAME}.metainfo.xml",
        "install-desktop-entry.sh": LINUX_FILES / "install-desktop-entry.sh",
        f"share/icons/hicolor/scalable/apps/{APP_NAME}.svg": ROOT / "resources" / "icons" / f"{APP_NAME}.svg",
    }
    for size in ICON_SIZES:
        share[f"share/icons/hicolor/{size}x{size}/apps/{APP_NAME}.png"] = (
            ROOT / "resources" / "icons" / f"{APP_NAME}-{size}.png"
        )
    archive = bundle.parent / f"{top}.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=top)
        for name, source in share.items():
            tar.add(source, arcname=f"{top}/{name}")
    return archive


def zip_archive(bundle: Path, name: str) -> Path:
    return Path(shutil.make_archive(str(bundle.parent / name), "zip", bundle.parent, bundle.name))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the SLM Workbench bundle for this platform.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller work folder")
    parser.add_argument("--no-archive", action="store_true", help="skip the tarball/zip")
    args = parser.parse_args(argv)
    check_not_shadowing()
    version = importlib.metadata.version(APP_NAME)
    dist, work = args.dist.resolve(), args.work.resolve()

    started = time.monotonic()
    run_pyinstaller(dist, work)
    bundle = dist / ("SLM Workbench.app" if sys.platform == "darwin" else APP_NAME)
    if not bundle.exists():
        raise SystemExit(f"PyInstaller finished but {bundle} is missing")
    built = time.monotonic() - started

    archive: Path | None = None
    if not args.no_archive:
        if sys.platform.startswith("linux"):
            archive = linux_archive(bundle, version)
        elif sys.platform == "darwin":
            archive = zip_archive(bundle, f"SLM-Workbench-{version}-macos-arm64")
        else:
            archive = zip_archive(bundle, f"{APP_NAME}-{version}-windows-{platform.machine().lower()}")
    total = time.monotonic() - started

    print()
    print(f"SLM Workbench {version} for {sys.platform} built in {built:.0f} s (total {total:.0f} s)")
    print(f"  bundle:  {bundle}  ({megabytes(folder_size(bundle))})")
    if archive is not None:
        print(f"  archive: {archive}  ({megabytes(archive.stat().st_size)})")
    executable = {"darwin": bundle / "Contents" / "MacOS" / APP_NAME, "win32": bundle / f"{APP_NAME}-cli.exe"}
    print(f"  check it: {executable.get(sys.platform, bundle / APP_NAME)} --self-test")
    return 0


if __name__ == "__main__":
    sys.exit(main())
