"""An ONNX repository on the (loopback) Hub: its variant folders are the models, each downloads whole into the
Hugging Face cache, and the library then lists the variant as an ONNX model folder that loads."""

from __future__ import annotations

import hashlib
import pathlib

import pytest

from tests.support.fake_hub import FakeHub, FakeRepo
from tests.support.tiny_onnx import write_tiny_onnx_model
from workbench.engine.client import EngineClient
from workbench.engine.options import LoadOptions
from workbench.engine.protocol import ReplyDone
from workbench.hub.client import HubClient, SearchFilters
from workbench.hub.download import DownloadJob, DownloadRequest
from workbench.jobs import CancelToken
from workbench.library import LibraryScanner, LibrarySources
from workbench.sampling import SamplingParams

pytest.importorskip("onnx")

REPO = "microsoft/Tiny-Llama-onnx"
INT4 = "cpu_and_mobile/cpu-int4-rtn-block-32-acc-level-4"
FP16 = "cuda/cuda-fp16"
PLENTY = (64 * 10**9, 64 * 10**9)


@pytest.fixture
def onnx_repo(fake_hub: FakeHub, tiny_gguf: pathlib.Path, tmp_path: pathlib.Path) -> FakeRepo:
    files: dict[str, bytes] = {"README.md": b"# Tiny Llama ONNX\n\nA tiny llama in ONNX variants for tests.\n"}
    for folder, precision in ((INT4, "int4"), (FP16, "f16")):
        written = write_tiny_onnx_model(tmp_path / "src" / folder, tiny_gguf, precision=precision,
                                        providers=[{"cuda": {}}] if precision == "f16" else None)
        for path in sorted(written.iterdir()):
            files[f"{folder}/{path.name}"] = path.read_bytes()
    return fake_hub.add(FakeRepo(REPO, files, tags=["onnx", "license:mit", "text-generation"],
                                 library_name="onnxruntime-genai"))


def test_an_onnx_repository_is_grouped_by_variant_folder(fake_hub: FakeHub, onnx_repo: FakeRepo) -> None:
    found = HubClient().search("onnx", filters=SearchFilters(format="onnx"))
    assert [m.repo_id for m in found] == [REPO] and "onnx" in found[0].formats
    page = HubClient().repository(REPO, memory=PLENTY)
    assert [(g.quantization, g.folder, len(g.files)) for g in page.groups] == [
        ("F16 · CUDA", FP16, 5),
        ("INT4 RTN, blocks of 32 · CPU", INT4, 5),
    ]
    int4 = page.groups[1]
    assert int4.size == sum(len(onnx_repo.files[f.filename]) for f in int4.files)
    assert int4.fit is not None and int4.fit.verdict == "fits" and int4.bits_per_weight == 4.0
    assert int4.label == f"{INT4}/ (5 files)"
    assert page.hint.startswith(f"Pick {INT4} (") and "built for the CPU" in page.hint
    assert [f.filename for f in page.other_files] == ["README.md"]


def test_a_variant_downloads_into_the_cache_and_loads_from_the_library(
    fake_hub: FakeHub, onnx_repo: FakeRepo, hf_env: pathlib.Path
) -> None:
    page = HubClient().repository(REPO, memory=PLENTY)
    group = next(g for g in page.groups if g.folder == INT4)
    for f in group.files:
        content = onnx_repo.files[f.filename]
        request = DownloadRequest(REPO, f.filename, size=len(content), sha256=hashlib.sha256(content).hexdigest())
        DownloadJob(request, HubClient(), hf_env)(lambda event: None, CancelToken())
    entries = list(LibraryScanner(LibrarySources(hf_cache=hf_env)).iter_entries(memory=PLENTY))
    assert [(e.format, e.name, e.readable) for e in entries] == [("onnx", f"{REPO} / {INT4}", True)]
    entry = entries[0]
    assert entry.quantization == "INT4 (RTN, blocks of 32)" and entry.verdict == "fits"
    assert entry.backend_choice is not None and entry.backend_choice.backend == "onnx"
    assert pathlib.Path(entry.path).parts[-2:] == ("cpu_and_mobile", "cpu-int4-rtn-block-32-acc-level-4")
    pytest.importorskip("onnxruntime_genai")
    with EngineClient() as engine:  # the cache's links to its blobs are a model folder the runtime loads
        loaded = engine.load(entry.path, LoadOptions(context_length=256, threads=1))
        assert loaded.backend == "ONNX Runtime GenAI"
        done = list(engine.generate([{"role": "user", "content": "Hi"}], SamplingParams(max_tokens=4)))[-1]
        assert isinstance(done, ReplyDone) and done.stats.generated_tokens == 4
