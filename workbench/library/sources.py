"""Where models live on this machine, and how to find the candidate files in each place.

Discovery only lists paths; reading them is the scanner's job. Every function here is a generator, so a scan can
stop (cancel) between any two files.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from workbench import formats
from workbench.library.entry import EntryFormat, Source

OLLAMA_MODEL_MEDIA_TYPE = "application/vnd.ollama.image.model"
"""The manifest layer that names the GGUF weights blob."""


def hf_cache_dir() -> Path:
    """The Hugging Face hub cache, read from the environment at call time (``HF_HUB_CACHE``, then ``HF_HOME``)."""
    explicit = os.environ.get("HF_HUB_CACHE") or os.environ.get("HUGGINGFACE_HUB_CACHE")
    if explicit:
        return Path(explicit).expanduser()
    home = os.environ.get("HF_HOME")
    if home:
        return Path(home).expanduser() / "hub"
    from huggingface_hub import constants

    return Path(constants.HF_HUB_CACHE)


@dataclass(frozen=True)
class Candidate:
    """A file or folder that may be a model, the source that holds it, and the id of the format it looks like."""

    path: Path
    source: Source
    format: EntryFormat
    label: str = ""


@dataclass
class LibrarySources:
    """The places the library looks in. ``LibrarySources.default`` fills them in for this machine."""

    starter: Path | None = None
    app_models_dir: Path | None = None
    hf_cache: Path | None = None
    user_folders: list[Path] = field(default_factory=list)
    lmstudio_dirs: list[Path] = field(default_factory=list)
    ollama_dir: Path | None = None
    foundry_dirs: list[Path] = field(default_factory=list)
    """Foundry Local's model cache: ONNX model folders, one per variant."""

    @classmethod
    def default(
        cls, app_models_dir: Path | None, user_folders: list[Path] | None = None, home: Path | None = None
    ) -> LibrarySources:
        """The starter, the app's folder, the HF cache, LM Studio's and Ollama's usual folders, and ``user_folders``."""
        from workbench.starter import starter_model_path

        home = home or Path.home()
        ollama = os.environ.get("OLLAMA_MODELS")
        return cls(
            starter=starter_model_path(),
            app_models_dir=app_models_dir,
            hf_cache=hf_cache_dir(),
            user_folders=list(user_folders or []),
            lmstudio_dirs=[home / ".lmstudio" / "models", home / ".cache" / "lm-studio" / "models"],
            ollama_dir=Path(ollama) if ollama else home / ".ollama" / "models",
            foundry_dirs=[home / ".foundry" / "cache" / "models"],
        )

    def own_folders(self) -> list[Path]:
        """Folders the app owns: files in them may be deleted without a warning about other tools."""
        return [self.app_models_dir] if self.app_models_dir is not None else []

    def candidates(self) -> Iterator[Candidate]:
        """Every candidate, source by source, in a stable order."""
        if self.starter is not None and self.starter.is_file():
            yield Candidate(self.starter, "starter", formats.format_of_path(self.starter).id)
        if self.app_models_dir is not None:
            yield from walk_folder(self.app_models_dir, "app")
        if self.hf_cache is not None:
            yield from hf_cache_candidates(self.hf_cache)
        for folder in self.user_folders:
            yield from walk_folder(folder, "folder")
        for folder in self.lmstudio_dirs:
            yield from walk_folder(folder, "lm-studio")
        if self.ollama_dir is not None:
            yield from ollama_candidates(self.ollama_dir)
        for folder in self.foundry_dirs:
            yield from walk_folder(folder, "foundry-local")


def walk_folder(root: Path, source: Source) -> Iterator[Candidate]:
    """Model files and model folders under ``root`` (hidden folders skipped; a model folder is not entered further)."""
    if not root.is_dir():
        return
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as it:
                children = sorted(it, key=lambda e: e.name)
        except OSError:
            continue
        names = [c.name for c in children]
        folder_format = formats.folder_format(names)
        if folder_format is not None:
            yield Candidate(folder, source, folder_format.id)
            continue
        subfolders = []
        for child in children:
            if child.name.startswith("."):
                continue
            try:
                if child.is_dir():
                    subfolders.append(Path(child.path))
                    continue
                file_format = formats.file_format(child.name)
                if file_format is not None and child.is_file():
                    yield Candidate(Path(child.path), source, file_format.id)
            except OSError:
                continue
        stack.extend(reversed(subfolders))


def hf_cache_candidates(cache: Path) -> Iterator[Candidate]:
    """Model files and model folders in the Hugging Face cache (model repos only; newest revision first). A model
    folder is a snapshot, or a folder in it (an ONNX repository's variants: ``cpu-int4-rtn-block-32/``).

    Partial downloads (``blobs/*.incomplete``) are never listed: only files linked from a snapshot are.
    """
    if not cache.is_dir():
        return
    from huggingface_hub import scan_cache_dir

    try:
        info = scan_cache_dir(cache)
    except Exception:  # noqa: BLE001 - a damaged cache hides nothing else
        return
    for repo in sorted(info.repos, key=lambda r: r.repo_id):
        if repo.repo_type != "model":
            continue
        seen: set[str] = set()
        for revision in sorted(repo.revisions, key=lambda r: r.last_modified, reverse=True):
            folders: dict[str, list[str]] = {}
            for file in revision.files:
                parent = file.file_path.relative_to(revision.snapshot_path).parent.as_posix()
                folders.setdefault(parent, []).append(file.file_name)
            for folder in sorted(folders):
                folder_format = formats.folder_format(folders[folder])
                key = f"{folder_format.id}:{folder}" if folder_format is not None else ""
                if folder_format is not None and key not in seen:
                    seen.add(key)
                    label = repo.repo_id if folder == "." else f"{repo.repo_id} / {folder}"
                    path = Path(revision.snapshot_path) / folder if folder != "." else Path(revision.snapshot_path)
                    yield Candidate(path, "hf-cache", folder_format.id, label=label)
            for file in sorted(revision.files, key=lambda f: f.file_name):
                rel = str(file.file_path.relative_to(revision.snapshot_path))
                file_format = formats.file_format(file.file_name)
                if file_format is not None and rel not in seen:
                    seen.add(rel)
                    yield Candidate(Path(file.file_path), "hf-cache", file_format.id)


def ollama_candidates(store: Path) -> Iterator[Candidate]:
    """The GGUF blobs that Ollama's manifests name, labelled ``name:tag`` (``namespace/name:tag`` off library)."""
    manifests = store / "manifests"
    if not manifests.is_dir():
        return
    for manifest in sorted(p for p in manifests.rglob("*") if p.is_file()):
        parts = manifest.relative_to(manifests).parts  # host / namespace / name / tag
        if len(parts) < 3:
            continue
        namespace, name, tag = parts[-3], parts[-2], parts[-1]
        label = f"{name}:{tag}" if namespace == "library" else f"{namespace}/{name}:{tag}"
        try:
            layers = json.loads(manifest.read_text(encoding="utf-8")).get("layers", [])
        except (OSError, ValueError, AttributeError):
            continue
        for layer in layers:
            if isinstance(layer, dict) and layer.get("mediaType") == OLLAMA_MODEL_MEDIA_TYPE:
                digest = str(layer.get("digest", ""))
                blob = store / "blobs" / digest.replace(":", "-")
                if blob.is_file():
                    yield Candidate(blob, "ollama", formats.GGUF.id, label=label)  # Ollama's weights are GGUF
