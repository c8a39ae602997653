"""Deleting a library entry: freely inside the app's own folders, only on explicit confirmation elsewhere."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from workbench.i18n import tr
from workbench.library.entry import SOURCE_LABELS, LibraryEntry

DeleteOutcome = Literal["deleted", "needs-confirmation", "refused", "failed"]


@dataclass(frozen=True)
class DeleteResult:
    """What a delete did, with a sentence the UI shows as is.

    ``needs-confirmation``: the file is outside the app's folders; nothing was deleted. Ask the person with
    ``message`` (which names the other tool) and call again with ``outside_confirmed=True``.
    """

    outcome: DeleteOutcome
    message: str
    freed: int = 0


def _inside(path: Path, folder: Path) -> bool:
    try:
        Path(os.path.realpath(path)).relative_to(os.path.realpath(folder))
    except ValueError:
        return False
    return True


def delete_entry(entry: LibraryEntry, own_folders: list[Path], outside_confirmed: bool = False) -> DeleteResult:
    """Delete the entry's file (or MLX folder, or every part of a split model).

    Never deletes the bundled starter model or an Ollama blob (Ollama's manifests would point at nothing: use
    ``ollama rm``). Files in the Hugging Face cache lose their blob as well as the snapshot link.
    """
    path = Path(entry.path)
    if entry.source == "starter":
        return DeleteResult(
            "refused", tr("Library", "The bundled starter model is part of the app and cannot be deleted.")
        )
    if entry.source == "ollama":
        name = entry.label or path.name
        return DeleteResult(
            "refused", tr("Library", "This model belongs to Ollama. Remove it with: {command}").format(
                command=f"ollama rm {name}"
            )
        )
    inside = any(_inside(path, folder) for folder in own_folders)
    if not inside and not outside_confirmed:
        where = tr("Library", SOURCE_LABELS[entry.source]) if entry.source in SOURCE_LABELS else entry.source
        tool = {
            "hf-cache": tr(
                "Library", "Other tools that use the Hugging Face cache (transformers, llama.cpp) will lose it too."
            ),
            "lm-studio": tr("Library", "LM Studio will lose it too."),
            "foundry-local": tr("Library", "Foundry Local will lose it too."),
        }.get(entry.source) or tr("Library", "It is not one of the app's own files.")
        if len(entry.parts) > 1:
            question = tr(
                "Library",
                "{path} and its other {count} parts is outside the app's own folders ({where}). {tool} Delete it from "
                "the disk anyway?",
            )
        else:
            question = tr(
                "Library", "{path} is outside the app's own folders ({where}). {tool} Delete it from the disk anyway?"
            )
        return DeleteResult(
            "needs-confirmation", question.format(path=path, count=len(entry.parts) - 1, where=where, tool=tool)
        )
    targets = [Path(p) for p in entry.parts] or [path]  # a split model: every part
    freed = 0
    for target in targets:
        try:
            freed += _remove(target)
        except OSError as exc:
            failed = tr("Library", "Could not delete {path}: {reason}").format(path=target, reason=exc.strerror or exc)
            return DeleteResult("failed", failed, freed)
    if len(targets) > 1:
        deleted = tr("Library", "Deleted {name} ({count} parts).").format(name=path.name, count=len(targets))
    else:
        deleted = tr("Library", "Deleted {name}.").format(name=path.name)
    return DeleteResult("deleted", deleted, freed)


def _remove(path: Path) -> int:
    if path.is_dir() and not path.is_symlink():
        freed = sum(_remove_file(child) for child in path.iterdir() if child.is_file() or child.is_symlink())
        shutil.rmtree(path, ignore_errors=True)
        return freed
    return _remove_file(path)


def _remove_file(path: Path) -> int:
    """Remove a file; a Hugging Face cache symlink takes its blob with it."""
    freed = 0
    if path.is_symlink():
        target = Path(os.path.realpath(path))
        path.unlink()
        if target.is_file():
            freed = target.stat().st_size
            target.unlink()
        return freed
    freed = path.stat().st_size
    path.unlink()
    return freed
