"""The library scan over a generated tree: every source, junk files, the cache, cancel and delete rules."""

from __future__ import annotations

import os
import pathlib

import pytest

from tests.support.model_tree import ModelTree, build_model_tree
from workbench.jobs import CancelToken, JobCancelled
from workbench.library import LibraryScanner, LibrarySources, ScanProgress, delete_entry
from workbench.library.entry import LLAMA_CPP, mlx_backend_name

MEMORY = (16 * 10**9, 32 * 10**9)


@pytest.fixture
def tree(tmp_path: pathlib.Path, tiny_gguf: pathlib.Path) -> ModelTree:
    return build_model_tree(tmp_path, tiny_gguf)


def sources_for(tree: ModelTree, starter: pathlib.Path | None = None) -> LibrarySources:
    return LibrarySources(
        starter=starter,
        app_models_dir=tree.app_models,
        hf_cache=tree.root / "no-hf-cache",
        user_folders=[tree.user_folder],
        lmstudio_dirs=[tree.lmstudio, tree.root / "home" / ".cache" / "lm-studio" / "models"],
        ollama_dir=tree.ollama,
    )


def test_every_source_is_listed_and_junk_is_unreadable(tree: ModelTree, tiny_gguf: pathlib.Path) -> None:
    entries = list(LibraryScanner(sources_for(tree, tiny_gguf)).iter_entries(memory=MEMORY))
    by_name = {pathlib.Path(e.path).name: e for e in entries}
    assert [e.source for e in entries] == ["starter", "app", "folder", "folder", "folder", "folder", "lm-studio",
                                           "ollama"]
    assert set(by_name) >= {"tiny-f16.gguf", "tiny-app.gguf", "tiny-copy.GGUF", "Tiny-MLX-4bit",
                            "broken-download.gguf", "notes.gguf", "tiny-lms.gguf"}
    assert "ignored.gguf" not in by_name
    good = by_name["tiny-app.gguf"]
    assert good.readable and good.architecture == "llama" and good.backend == LLAMA_CPP
    assert good.fit is not None and good.verdict == "fits" and good.quantization == "F16"
    assert by_name["broken-download.gguf"].verdict.startswith("unreadable: is ")
    assert "interrupted download" in by_name["broken-download.gguf"].verdict
    assert by_name["notes.gguf"].verdict == "unreadable: is not a GGUF model file"
    mlx = by_name["Tiny-MLX-4bit"]
    assert mlx.format == "mlx" and mlx.backend == mlx_backend_name() and mlx.backend.startswith("MLX")
    assert mlx.quantization == "4-bit" and mlx.parameters == 64 * 64 + 64 and mlx.verdict == "fits"
    ollama = [e for e in entries if e.source == "ollama"][0]
    assert ollama.name == "tinyllama:latest" and ollama.readable


def test_the_fit_follows_the_cache_type_of_the_load_options(tree: ModelTree) -> None:
    scanner = LibraryScanner(sources_for(tree))
    f16 = {e.path: e.fit for e in scanner.iter_entries(memory=MEMORY) if e.fit is not None}
    scanner.cache_type = "q8_0"
    q8 = {e.path: e.fit for e in scanner.iter_entries(memory=MEMORY) if e.fit is not None}
    gguf = next(p for p in f16 if p.endswith("tiny-app.gguf"))
    assert q8[gguf].estimate.cache_type == "q8_0" and q8[gguf].estimate.kv_cache < f16[gguf].estimate.kv_cache
    mlx = next(p for p in f16 if p.endswith("Tiny-MLX-4bit"))
    assert q8[mlx].estimate == f16[mlx].estimate  # MLX keeps an F16 cache


def test_scan_job_reports_batches_and_rescan_reads_only_changes(tree: ModelTree) -> None:
    scanner = LibraryScanner(sources_for(tree))
    batches: list[ScanProgress] = []
    result = scanner.scan(batches.append, CancelToken(), batch_seconds=0.0)
    assert sum(len(b.entries) for b in batches) == len(result.entries) == 7
    assert result.read == 7
    again = scanner.scan(lambda e: None, CancelToken())
    assert again.read == 0 and len(again.entries) == 7
    target = tree.app_models / "tiny-app.gguf"
    target.write_bytes(target.read_bytes()[:1000])
    os.utime(target, ns=(1, 1))
    third = scanner.scan(lambda e: None, CancelToken())
    assert third.read == 1
    assert next(e for e in third.entries if e.path == str(target)).verdict.startswith("unreadable")


def test_cancel_stops_between_files(tree: ModelTree) -> None:
    token = CancelToken()
    seen = []
    with pytest.raises(JobCancelled):
        for entry in LibraryScanner(sources_for(tree)).iter_entries(token, memory=MEMORY):
            seen.append(entry)
            token.cancel()
    assert len(seen) == 1


def test_hf_cache_files_are_listed(tmp_path: pathlib.Path, tiny_gguf: pathlib.Path) -> None:
    snapshot = tmp_path / "hub" / "models--org--Tiny-GGUF" / "snapshots" / ("a" * 40)
    blobs = tmp_path / "hub" / "models--org--Tiny-GGUF" / "blobs"
    snapshot.mkdir(parents=True)
    blobs.mkdir()
    (blobs / "b").write_bytes(tiny_gguf.read_bytes())
    (snapshot / "tiny-Q8_0.gguf").symlink_to(os.path.relpath(blobs / "b", snapshot))
    (blobs / "c.incomplete").write_bytes(b"GGUF partial")
    (tmp_path / "hub" / "models--org--Tiny-GGUF" / "refs").mkdir()
    (tmp_path / "hub" / "models--org--Tiny-GGUF" / "refs" / "main").write_text("a" * 40)
    entries = list(LibraryScanner(LibrarySources(hf_cache=tmp_path / "hub")).iter_entries(memory=MEMORY))
    assert [(e.source, pathlib.Path(e.path).name, e.readable) for e in entries] == [
        ("hf-cache", "tiny-Q8_0.gguf", True)
    ]


def test_delete_rules(tree: ModelTree, tiny_gguf: pathlib.Path) -> None:
    sources = sources_for(tree, tiny_gguf)
    entries = {e.source + ":" + pathlib.Path(e.path).name: e
               for e in LibraryScanner(sources).iter_entries(memory=MEMORY)}
    own = sources.own_folders()
    assert delete_entry(entries["starter:tiny-f16.gguf"], own).outcome == "refused"
    ollama = delete_entry(next(e for k, e in entries.items() if k.startswith("ollama")), own)
    assert ollama.outcome == "refused" and "ollama rm tinyllama:latest" in ollama.message
    outside = entries["lm-studio:tiny-lms.gguf"]
    asked = delete_entry(outside, own)
    assert asked.outcome == "needs-confirmation" and "LM Studio" in asked.message
    assert pathlib.Path(outside.path).exists()
    assert delete_entry(outside, own, outside_confirmed=True).outcome == "deleted"
    assert not pathlib.Path(outside.path).exists()
    inside = entries["app:tiny-app.gguf"]
    done = delete_entry(inside, own)
    assert done.outcome == "deleted" and done.freed > 0 and not pathlib.Path(inside.path).exists()
    mlx = entries["folder:Tiny-MLX-4bit"]
    assert delete_entry(mlx, own, outside_confirmed=True).outcome == "deleted"
    assert not pathlib.Path(mlx.path).exists()


def test_a_split_model_is_one_entry_with_all_parts_or_says_what_is_missing(tmp_path: pathlib.Path) -> None:
    from tests.support.tiny_gguf import write_tiny_llama_gguf
    from workbench.model_info import read_model_info

    folder = tmp_path / "models"
    folder.mkdir()
    whole = write_tiny_llama_gguf(tmp_path / "whole.gguf")
    first = write_tiny_llama_gguf(folder / "Tiny-Q8_0.gguf", split_max_tensors=9)
    parts = sorted(folder.iterdir())
    assert [p.name for p in parts] == [f"Tiny-Q8_0-0000{i}-of-00003.gguf" for i in (1, 2, 3)]
    scanner = LibraryScanner(LibrarySources(user_folders=[folder]))
    (entry,) = scanner.iter_entries(memory=MEMORY)
    assert entry.path == str(first) and entry.readable and entry.problem is None
    assert entry.parts == tuple(str(p) for p in parts)
    assert entry.file_size == sum(p.stat().st_size for p in parts)
    assert entry.parameters == read_model_info(whole).parameters  # every part's weights counted
    assert entry.name == "Tiny"
    moved = parts[1].rename(tmp_path / parts[1].name)
    (entry,) = scanner.iter_entries(memory=MEMORY)  # the cache notices the part is gone
    assert entry.path == str(first) and not entry.readable
    assert entry.problem == "incomplete: part 2 of 3 missing"
    assert entry.parts == (str(parts[0]), str(parts[2]))
    parts[0].rename(tmp_path / parts[0].name)
    (entry,) = scanner.iter_entries(memory=MEMORY)  # listed at the first part still there
    assert entry.path == str(parts[2]) and entry.problem == "incomplete: parts 1 and 2 of 3 missing"
    (tmp_path / parts[0].name).rename(parts[0])
    moved.rename(parts[1])
    with open(parts[2], "r+b") as f:  # cut the last part short
        f.truncate(parts[2].stat().st_size - 100)
    (entry,) = scanner.iter_entries(memory=MEMORY)
    assert entry.problem is not None and entry.problem.startswith("incomplete: part 3 of 3 is cut off")
    done = delete_entry(entry, [folder])
    assert done.outcome == "deleted" and "(3 parts)" in done.message and list(folder.iterdir()) == []


def test_a_split_model_says_what_is_missing_in_the_language_in_use(tmp_path: pathlib.Path) -> None:
    """What is wrong with a split model is written in the language in use, and its kind (the Fit column's word)
    is put in words where it is shown, so a later switch of language changes that word at once."""
    from tests.support.tiny_gguf import write_tiny_llama_gguf
    from workbench.i18n import speaking
    from workbench.library.entry import problem_in_words, problem_kind_in_words

    folder = tmp_path / "models"
    folder.mkdir()
    write_tiny_llama_gguf(folder / "Tiny-Q8_0.gguf", split_max_tensors=9)
    parts = sorted(folder.iterdir())
    scanner = LibraryScanner(LibrarySources(user_folders=[folder]))
    with speaking("da"):
        parts[1].rename(tmp_path / parts[1].name)
        (entry,) = scanner.iter_entries(memory=MEMORY)
        assert entry.problem == "incomplete: del 2 af 3 mangler"  # the kind stays a word the code can test
        assert problem_in_words(entry.problem) == "ufuldstændig: del 2 af 3 mangler"
        assert problem_kind_in_words(entry.problem) == "ufuldstændig"
        (tmp_path / parts[1].name).rename(parts[1])
        with open(parts[2], "r+b") as f:  # cut the last part inside its header
            f.truncate(40)
        (entry,) = scanner.iter_entries(memory=MEMORY)
        shown = problem_in_words(entry.problem or "")
        assert shown.startswith("ufuldstændig: del 3 af 3 er skåret af (den slutter inde i sin header, ved byte 40")
        assert "is incomplete" not in shown and "part" not in shown
    assert problem_kind_in_words(entry.problem or "") == "incomplete"  # English again after the switch


def test_an_importance_matrix_beside_the_models_is_left_out(tmp_path: pathlib.Path, tiny_gguf: pathlib.Path) -> None:
    """Quantizing with an importance matrix saves it next to its outputs: it is no model, and no damaged one."""
    import shutil

    import numpy as np

    from workbench.quantize.imatrix import write_imatrix

    models = tmp_path / "models"
    models.mkdir()
    shutil.copy(tiny_gguf, models / "tiny-IQ2_XS.gguf")
    write_imatrix(models / "tiny.imatrix.gguf", {"blk.0.attn_q.weight": np.ones(8)}, {"blk.0.attn_q.weight": 2}, 1,
                  "test")
    scanner = LibraryScanner(LibrarySources(app_models_dir=models, hf_cache=tmp_path / "no-hf-cache"))
    for _ in range(2):  # read, then from the cache
        entries = list(scanner.iter_entries(memory=MEMORY))
        assert [pathlib.Path(e.path).name for e in entries] == ["tiny-IQ2_XS.gguf"]
        assert entries[0].problem is None
