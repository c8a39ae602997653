"""ONNX model folders in the library (Foundry Local's cache, Olive's output, a folder the user added) and the
Hub's naming of ONNX variant folders."""

from __future__ import annotations

import pathlib

import pytest

from tests.support.tiny_onnx import write_tiny_onnx_model
from workbench.hub.quant import HubFile, group_onnx_variants, judge_groups, onnx_variant_label, pick_hint
from workbench.library import LibraryScanner, LibrarySources, delete_entry
from workbench.library.entry import SOURCE_LABELS

pytest.importorskip("onnx")

MEMORY = (16 * 10**9, 32 * 10**9)
VARIANT = "cpu-int4-rtn-block-32-acc-level-4"


def test_foundry_local_and_olive_folders_are_listed(tmp_path: pathlib.Path, tiny_gguf: pathlib.Path) -> None:
    home = tmp_path / "home"
    foundry = write_tiny_onnx_model(
        home / ".foundry" / "cache" / "models" / "Microsoft" / "tiny-llama-generic-cpu-1" / VARIANT, tiny_gguf,
        precision="int4")
    olive = write_tiny_onnx_model(tmp_path / "projects" / "tiny-olive" / "model", tiny_gguf, precision="f16")
    (olive.parent / "footprints.json").write_text("{}")  # what else Olive leaves beside its model
    sources = LibrarySources.default(None, user_folders=[tmp_path / "projects"], home=home)
    sources.starter, sources.hf_cache = None, tmp_path / "no-hf-cache"
    entries = list(LibraryScanner(sources).iter_entries(memory=MEMORY))
    assert [(e.source, e.format, e.name) for e in entries] == [
        ("folder", "onnx", "tiny-olive / model"),
        ("foundry-local", "onnx", f"tiny-llama-generic-cpu-1 / {VARIANT}"),
    ]
    olive_entry, foundry_entry = entries
    assert foundry_entry.path == str(foundry) and olive_entry.path == str(olive)
    assert foundry_entry.source_label == "Foundry Local" == SOURCE_LABELS["foundry-local"]
    assert foundry_entry.quantization == "INT4 (RTN, blocks of 32)" and olive_entry.quantization == "F16"
    assert all(e.readable and e.verdict == "fits" and e.file_size > 0 for e in entries)
    assert foundry_entry.backend_choice is not None and foundry_entry.backend_choice.backend == "onnx"
    refused = delete_entry(foundry_entry, sources.own_folders())
    assert refused.outcome == "needs-confirmation" and "Foundry Local will lose it too." in refused.message


def test_a_damaged_onnx_folder_is_listed_as_unreadable(tmp_path: pathlib.Path) -> None:
    folder = tmp_path / "models" / "broken-onnx"
    folder.mkdir(parents=True)
    (folder / "genai_config.json").write_text('{"model": ')
    entries = list(LibraryScanner(LibrarySources(user_folders=[tmp_path / "models"])).iter_entries(memory=MEMORY))
    assert [(e.format, e.readable) for e in entries] == [("onnx", False)]
    assert entries[0].verdict.startswith("unreadable: is not a usable ONNX model folder: genai_config.json is "
                                         "damaged")


def test_variant_folder_names_in_a_persons_words() -> None:
    assert onnx_variant_label(f"cpu_and_mobile/{VARIANT}") == "INT4 RTN, blocks of 32 · CPU"
    assert onnx_variant_label("cuda/cuda-fp16") == "F16 · CUDA"
    assert onnx_variant_label("directml/directml-int4-awq-block-128") == "INT4 AWQ, blocks of 128 · DirectML"
    assert onnx_variant_label("onnx") == "onnx"  # says nothing recognisable: its own name


def test_variants_group_every_file_under_their_folder() -> None:
    files = [HubFile(name, size) for name, size in (
        ("README.md", 10),
        (f"cpu_and_mobile/{VARIANT}/genai_config.json", 1_000),
        (f"cpu_and_mobile/{VARIANT}/model.onnx", 100_000),
        (f"cpu_and_mobile/{VARIANT}/model.onnx.data", 2_000_000_000),
        (f"cpu_and_mobile/{VARIANT}/tokenizer.json", 1_000),
        ("cuda/cuda-fp16/genai_config.json", 1_000),
        ("cuda/cuda-fp16/model.onnx.data", 7_000_000_000),
    )]
    groups = judge_groups(group_onnx_variants(files), 3_800_000_000, memory=MEMORY)
    assert [(g.folder, len(g.files), g.bits_per_weight) for g in groups] == [
        ("cuda/cuda-fp16", 2, 16.0), (f"cpu_and_mobile/{VARIANT}", 4, 4.0)]
    assert groups[1].size == 2_000_102_000 and groups[1].fit is not None and groups[1].complete
    assert pick_hint(groups) == (f"Pick cpu_and_mobile/{VARIANT} (2.0 GB): built for the CPU, which every "
                                 "computer can run. It fits this machine comfortably.")
    root = group_onnx_variants([HubFile("genai_config.json", 1), HubFile("model.onnx", 2), HubFile("a/b.txt", 3)])
    assert [(g.folder, [f.filename for f in g.files]) for g in root] == [(".", ["genai_config.json", "model.onnx"])]
