"""Compare with a model on a server next to a local file: against the app's own server (in this process, on
loopback) and a real ``llama_cpp.server`` child process, both serving the tiny model the local variant is."""

from __future__ import annotations

import pathlib
from collections.abc import Iterator

import pytest

from tests.support.bad_endpoint import MODEL_ID, MisbehavingServer
from tests.support.llama_server import LlamaServer
from tests.support.own_server import serving
from workbench.arena.vocab import TokenTexts
from workbench.compare.remote import APPROXIMATE_KL, MEMORY_NOTE, SHIFTED_NOTE
from workbench.compare.results import CompareRun, CompareSettings, SuiteProgress
from workbench.compare.suite import CompareError, run_suite
from workbench.endpoints.config import EndpointConfig
from workbench.endpoints.directory import EndpointDirectory
from workbench.endpoints.keys import EndpointKeyStore
from workbench.endpoints.paths import remote_path
from workbench.endpoints.scoring import variant_opener
from workbench.jobs import CancelToken
from workbench.server.local import LocalServer
from workbench.server.models import served_name

SETTINGS = CompareSettings(
    n_prompt=32, n_gen=8, repetitions=2, chunk_tokens=64, max_chunks=2, threads=1,
    prompts=["Say hello.", "Name a colour."], answer_tokens=8,
)


def _directory(name: str, base_url: str, read_timeout: float = 30.0) -> EndpointDirectory:
    return EndpointDirectory([EndpointConfig(name, base_url, read_timeout=read_timeout, reply_deadline=120.0)],
                             EndpointKeyStore(use_keyring=False))


def _compare(paths: list[str], directory: EndpointDirectory, baseline: str | None) -> CompareRun:
    settings = CompareSettings(**{**SETTINGS.__dict__, "baseline": baseline})
    reports: list[SuiteProgress] = []
    return run_suite(paths, settings, reports.append, CancelToken(), remote=variant_opener(directory),
                     token_texts=lambda path: TokenTexts(path).pieces)


@pytest.fixture(scope="module")
def own_server(tiny_gguf: pathlib.Path) -> Iterator[LocalServer]:
    with serving(tiny_gguf) as server:
        yield server


def _check_remote(run: CompareRun, local: int, remote: int) -> None:
    here, there = run.variants[local], run.variants[remote]
    assert here.status == "done", here.error
    assert there.status == "done", there.error
    assert there.remote and not here.remote
    assert there.first_token_seconds is not None and len(there.first_token_seconds.samples) == 4
    assert there.generation_speed is not None and there.generation_speed.mean > 0
    assert there.peak_rss_bytes is None and MEMORY_NOTE in there.notes
    assert [a.prompt for a in there.answers] == SETTINGS.prompts
    # The same model, the same chunks: the server's perplexity is the local one's, within a small margin (the
    # server puts its start-of-text token before a chunk's first token, the local evaluation in its place).
    assert here.quality is not None and there.quality is not None
    assert there.quality.tokens_scored == here.quality.tokens_scored
    assert abs(there.quality.perplexity / here.quality.perplexity - 1) < 0.02
    assert there.quality.kl_method == APPROXIMATE_KL and there.quality.kl_note is None
    assert there.quality.kl_mean is not None and there.quality.kl_mean < 0.02
    assert there.quality.top1_agreement is not None and there.quality.top1_agreement > 0.9


def test_a_variant_on_the_apps_own_server(tiny_gguf: pathlib.Path, own_server: LocalServer) -> None:
    name = served_name(str(tiny_gguf))
    directory = _directory("Workbench", own_server.base_url)
    path = remote_path("Workbench", name)
    run = _compare([str(tiny_gguf), path], directory, str(tiny_gguf))
    _check_remote(run, 0, 1)
    assert run.variants[1].label == f"{name} on Workbench"


def test_a_variant_on_llama_cpp_server(tiny_gguf: pathlib.Path, tmp_path: pathlib.Path) -> None:
    """Speed and answers as from any server. Its prompt scores are shifted by one token for a model without a
    start-of-text token (the tiny model's case): each position carries the next one's prediction. The comparison
    finds that against the baseline and says so instead of showing a wrong perplexity."""
    with LlamaServer(tiny_gguf, "tiny", n_ctx=512, log=tmp_path / "server.log") as server:
        directory = _directory("llama.cpp server", server.base_url)
        run = _compare([remote_path("llama.cpp server", "tiny"), str(tiny_gguf)], directory, str(tiny_gguf))
    there, here = run.variants
    assert here.status == "done" and there.status == "done", there.error
    assert there.first_token_seconds is not None and len(there.first_token_seconds.samples) == 4
    assert there.generation_speed is not None and there.generation_speed.mean > 0
    assert [a.prompt for a in there.answers] == SETTINGS.prompts and all(a.tokens > 0 for a in there.answers)
    assert there.peak_rss_bytes is None and MEMORY_NOTE in there.notes
    assert there.quality is None and SHIFTED_NOTE in there.notes


def test_a_server_that_scores_nothing_still_gives_speed_and_answers(tiny_gguf: pathlib.Path) -> None:
    with MisbehavingServer("ok", tokens=4) as server:
        directory = _directory("Plain", server.base_url)
        run = _compare([str(tiny_gguf), remote_path("Plain", MODEL_ID)], directory, str(tiny_gguf))
    remote = run.variants[1]
    assert run.variants[0].status == "done" and remote.status == "done", remote.error
    assert remote.generation_speed is not None and remote.first_token_seconds is not None
    assert remote.quality is None
    refused = [n for n in remote.notes if n.startswith("No perplexity from this server")]
    assert len(refused) == 1 and "does not score a text" in refused[0] and "Traceback" not in refused[0]


def test_a_server_that_stalls_fails_its_replies_and_the_run_goes_on(tiny_gguf: pathlib.Path) -> None:
    with MisbehavingServer("stall") as server:
        directory = _directory("Stuck", server.base_url, read_timeout=0.5)
        run = _compare([remote_path("Stuck", MODEL_ID), str(tiny_gguf)], directory, str(tiny_gguf))
    remote, local = run.variants
    assert local.status == "done"
    assert remote.status == "done" and remote.generation_speed is None
    assert any("replies failed" in n and "stalled" in n for n in remote.notes), remote.notes
    assert all(a.text.startswith("[not answered: ") for a in remote.answers)


def test_an_endpoint_that_is_gone_fails_alone(tiny_gguf: pathlib.Path) -> None:
    directory = _directory("Other", "http://127.0.0.1:9/v1")
    run = _compare([str(tiny_gguf), remote_path("Removed", "m")], directory, str(tiny_gguf))
    assert run.variants[0].status == "done"
    assert run.variants[1].status == "failed" and "no endpoint called" in (run.variants[1].error or "")


def test_a_server_model_cannot_be_the_baseline(tiny_gguf: pathlib.Path) -> None:
    path = remote_path("Other", "m")
    with pytest.raises(CompareError, match="cannot be the baseline"):
        _compare([str(tiny_gguf), path], _directory("Other", "http://127.0.0.1:9/v1"), path)
