"""Deleting a library entry: freely inside the app's own folders, only on explicit confirmation elsewhere."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

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
        return DeleteResult("refused", "The bundled starter model is part of the app and cannot be deleted.")
    if entry.source == "ollama":
        name = entry.label or path.name
        return DeleteResult("refused", f"This model belongs to Ollama. Remove it with: ollama rm {name}")
    inside = any(_inside(path, folder) for folder in own_folders)
    if not inside and not outside_confirmed:
        where = SOURCE_LABELS.get(entry.source, entry.source)
        tool = {
            "hf-cache": "Other tools that use the Hugging Face cache (transformers, llama.cpp) will lose it too.",
            "lm-studio": "LM Studio will lose it too.",
            "foundry-local": "Foundry Local will lose it too.",
        }.get(entry.source, "It is not one of the app's own files.")
        return DeleteResult(
            "needs-confirmation",
            f"{path}{f' and its other {len(entry.parts) - 1} parts' if len(entry.parts) > 1 else ''} is outside "
            f"the app's own folders ({where}). {tool} Delete it from the disk anyway?",
        )
    targets = [Path(p) for p in entry.parts] or [path]  # a split model: every part
    freed = 0
    for target in targets:
        try:
            freed += _remove(target)
        except OSError as exc:
            return DeleteResult("failed", f"Could not delete {target}: {exc.strerror or exc}", freed)
    parts = f" ({len(targets)} parts)" if len(targets) > 1 else ""
    return DeleteResult("deleted", f"Deleted {path.name}{parts}.", freed)


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
