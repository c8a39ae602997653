"""The curated catalog: small models the field recommends for laptops, browsable offline."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workbench.model_info import size_class
from workbench.resources import resource_path

CATALOG_FILE = "catalog.json"


@dataclass(frozen=True)
class CatalogModel:
    """One recommended model: its repository, size and license, and a sentence on what it is good for."""

    repo_id: str
    name: str
    family: str
    parameters: int
    license: str
    formats: tuple[str, ...]
    recommended_file: str
    summary: str

    @property
    def size_class(self) -> str:
        return size_class(self.parameters)


def parse_catalog(data: dict[str, Any]) -> list[CatalogModel]:
    """Catalog entries from the JSON document; raises ``ValueError`` naming a malformed entry."""
    models = []
    for i, item in enumerate(data.get("models", [])):
        try:
            models.append(
                CatalogModel(
                    repo_id=str(item["repo_id"]),
                    name=str(item.get("name") or item["repo_id"]),
                    family=str(item.get("family", "")),
                    parameters=int(item["parameters"]),
                    license=str(item.get("license", "not stated")),
                    formats=tuple(item.get("formats", ["gguf"])),
                    recommended_file=str(item.get("recommended_file", "")),
                    summary=str(item.get("summary", "")),
                )
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"catalog entry {i} is malformed: {exc}") from exc
    return models


def load_catalog(path: Path | None = None) -> list[CatalogModel]:
    """The catalog from ``path`` or ``resources/catalog.json``; an empty list if the file is missing."""
    path = path or resource_path(CATALOG_FILE)
    if path is None or not path.is_file():
        return []
    return parse_catalog(json.loads(path.read_text(encoding="utf-8")))
