"""The app's log file, the one-line error, and the sweep of stale partial outputs."""

from __future__ import annotations

import errno
import logging
import os
import pathlib
import sys
import time

import pytest

from ui.errors import MAX_LENGTH, error_line, report
from workbench.errors import ModelNotFound
from workbench.logs import BACKUP_COUNT, log_file, setup_logging, stop_logging
from workbench.paths import AppPaths
from workbench.quantize.errors import QuantizationFailed
from workbench.quantize.job import STALE_PARTIAL_SECONDS, remove_stale_partials


@pytest.fixture
def paths(tmp_path: pathlib.Path) -> AppPaths:
    return AppPaths.for_root(tmp_path / "home").ensure()


def test_a_reported_error_leaves_its_traceback_in_the_log(paths: AppPaths) -> None:
    hooks_before = sys.excepthook
    path = setup_logging(paths)
    try:
        assert sys.excepthook is not hooks_before  # uncaught exceptions are logged too
        assert path == log_file(paths) and path.parent == paths.data_dir / "logs"
        assert setup_logging(paths) == path  # once: a second call adds no second handler
        try:
            {}["missing"]
        except KeyError as exc:
            line = report(exc, "reading the settings")
    finally:
        stop_logging()
    text = path.read_text(encoding="utf-8")
    assert "ERROR ui.errors" in text and "reading the settings failed" in text
    assert "Traceback (most recent call last)" in text and "KeyError: 'missing'" in text
    assert "KeyError" not in line and "Help ▸ Open log folder" in line
    assert sys.excepthook is hooks_before
    logging.getLogger("workbench").error("after the end")  # no longer goes to the file
    assert "after the end" not in path.read_text(encoding="utf-8")


def test_the_log_is_rotated(paths: AppPaths, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("workbench.logs.MAX_BYTES", 2_000)
    path = setup_logging(paths)
    try:
        for i in range(200):
            logging.getLogger("workbench.test").warning("line %d %s", i, "x" * 40)
    finally:
        stop_logging()
    rotated = sorted(p.name for p in path.parent.iterdir())
    assert rotated == [path.name] + [f"{path.name}.{n}" for n in range(1, BACKUP_COUNT + 1)]
    assert all(p.stat().st_size <= 2_200 for p in path.parent.iterdir())


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (ModelNotFound("/m/x.gguf", "no such file"), "/m/x.gguf: no such file"),
        (QuantizationFailed("could not make Q4_0:\n  bad\tshape"), "could not make Q4_0: bad shape"),
        (FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), "/m/y.gguf"), "No such file or directory: /m/y"),
        (PermissionError(errno.EACCES, os.strerror(errno.EACCES)), "Permission denied"),
        (RuntimeError("the server hung up"), "Something unexpected went wrong: the server hung up"),
        (KeyError("n_ctx"), "Something unexpected went wrong; the details are in the log"),
        (ValueError(""), "Something unexpected went wrong; the details are in the log"),
    ],
)
def test_error_line_is_one_plain_line(exc: BaseException, expected: str) -> None:
    line = error_line(exc)
    assert line.startswith(expected)
    assert "\n" not in line and "Error" not in line.replace("error", "")  # never a type name


def test_error_line_is_bounded() -> None:
    line = error_line(RuntimeError("z" * 10_000))
    assert line.count("z") < MAX_LENGTH and len(line) < MAX_LENGTH + 100


def test_stale_partials_older_than_a_day_are_swept(tmp_path: pathlib.Path) -> None:
    now = time.time()
    old_file = tmp_path / ".model-Q4_0.gguf.1a2b3c4d.partial"
    young_file = tmp_path / ".model-Q8_0.gguf.5e6f7a8b.partial"
    old_folder = tmp_path / ".model-4bit-g64.0a0b0c0d.partial"
    visible = tmp_path / "notes.partial"  # not ours: not hidden
    model = tmp_path / ".hidden-model.gguf"
    for p in (old_file, young_file, visible, model):
        p.write_bytes(b"GGUF")
    old_folder.mkdir()
    (old_folder / "config.json").write_text("{}")
    day_and_a_bit = now - STALE_PARTIAL_SECONDS - 60
    for p in (old_file, old_folder, visible, model):
        os.utime(p, (day_and_a_bit, day_and_a_bit))
    removed = remove_stale_partials(tmp_path, now=now)
    assert sorted(removed) == sorted([old_file, old_folder])
    assert young_file.exists() and visible.exists() and model.exists()
    assert not old_file.exists() and not old_folder.exists()
    assert remove_stale_partials(tmp_path / "missing") == []
