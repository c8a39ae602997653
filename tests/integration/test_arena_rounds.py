"""The Arena for real: a tiny quantized ladder in two to four columns, one after another and all at once; Stop
mid-way; an engine that dies in one column; first divergence checked against a direct greedy run; and the
divergence map from a real Compare run."""

from __future__ import annotations

import pathlib
import threading
from dataclasses import replace

import psutil
import pytest

from workbench.arena.divergence import divergence_map, first_divergence
from workbench.arena.plan import RunMode, plan_run
from workbench.arena.runner import ENGINE_NICENESS, ColumnUpdate, Contender, RoundRun
from workbench.arena.session import ARENA_SAMPLING, ArenaColumn, ArenaRound
from workbench.arena.vocab import TokenTexts
from workbench.compare.results import CompareSettings
from workbench.compare.suite import run_suite
from workbench.engine.inspect import inspect_model
from workbench.engine.options import LoadOptions
from workbench.engine.protocol import ChatMessage
from workbench.evaltext import evaluation_text
from workbench.jobs import CancelToken
from workbench.quantize import QuantizationJob, plan_quantization

OPTIONS = LoadOptions(context_length=512, threads=1)
QUESTION: list[ChatMessage] = [{"role": "user", "content": "Why is the sky blue?"}]
LABELS = ["F16", "Q8_0", "Q4_0", "Q2_K"]


@pytest.fixture(scope="module")
def ladder(tiny_gguf: pathlib.Path, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The tiny F16 model and its Q8_0, Q4_0 and Q2_K variants, made by the app's quantizer."""
    out = tmp_path_factory.mktemp("arena_ladder")
    plan = plan_quantization(tiny_gguf, ["q8_0", "q4_0", "q2_k"], out, threads=1)
    return [str(tiny_gguf), *[r.path for r in QuantizationJob(plan)(lambda _: None, CancelToken())]]


_BEFORE: set[int] = set()
"""Child processes that were there before the test (another test's, not the Arena's)."""


def _children() -> set[int]:
    found = set()
    for child in psutil.Process().children():
        try:
            if "resource_tracker" not in " ".join(child.cmdline()) and child.status() != psutil.STATUS_ZOMBIE:
                found.add(child.pid)
        except psutil.Error:
            continue
    return found


@pytest.fixture(autouse=True)
def _children_before() -> None:
    _BEFORE.clear()
    _BEFORE.update(_children())


def _engines() -> int:
    """Engine processes this test started that run now."""
    return len(_children() - _BEFORE)


def _run(
    paths: list[str],
    mode: RunMode,
    *,
    max_tokens: int = 32,
    on_update=None,  # type: ignore[no-untyped-def]
    cancel: CancelToken | None = None,
) -> tuple[ArenaRound, list[ColumnUpdate], RoundRun]:
    labels = LABELS[: len(paths)]
    contenders = [Contender(lab, p, inspect_model(p, OPTIONS)) for lab, p in zip(labels, paths, strict=True)]
    plan = plan_run([c.expected_bytes for c in contenders], psutil.virtual_memory().available, mode, labels)
    round_ = ArenaRound("Why is the sky blue?", [ArenaColumn(c.label, c.source) for c in contenders])
    run = RoundRun(round_, contenders, plan, QUESTION, replace(ARENA_SAMPLING, max_tokens=max_tokens), OPTIONS)
    updates: list[ColumnUpdate] = []
    lock = threading.Lock()

    def progress(update: object) -> None:
        assert isinstance(update, ColumnUpdate)
        with lock:
            updates.append(update)
        if on_update is not None:
            on_update(run, update)

    result = run.run(progress, cancel or CancelToken())
    return result, updates, run


def test_two_columns_in_turn_unload_in_between(ladder: list[str]) -> None:
    engines_while_streaming: list[int] = []

    def watch(_run: RoundRun, update: ColumnUpdate) -> None:
        if update.state == "streaming":
            engines_while_streaming.append(_engines())

    result, updates, _ = _run([ladder[0], ladder[2]], "in turn", on_update=watch)
    assert [c.state for c in result.columns] == ["done", "done"], [c.error for c in result.columns]
    for column in result.columns:
        stats = column.reply_stats
        assert stats is not None and stats.generated_tokens > 0 and stats.time_to_first_token > 0
        assert column.text and "".join(column.pieces) == column.text
        assert column.vocabulary and column.vocabulary == result.columns[0].vocabulary
    assert engines_while_streaming and max(engines_while_streaming) == 1  # one engine at a time
    # the first column finished before the second began
    first_done = next(i for i, u in enumerate(updates) if u.column == 0 and u.state == "done")
    assert all(u.column == 0 for u in updates[:first_done])


def test_four_columns_at_once_stream_together(ladder: list[str]) -> None:
    engines_while_streaming: list[int] = []
    niceness: set[int] = set()

    def watch(run: RoundRun, update: ColumnUpdate) -> None:
        # Every streaming update, the first of each column included: on a quiet machine a tiny model's reply can
        # arrive whole before the first flush, and then the column's only update with text is its last.
        if update.state == "streaming":
            engines_while_streaming.append(_engines())
            niceness.add(psutil.Process(run.backends[update.column].pid).nice())  # type: ignore[attr-defined]

    result, updates, run = _run(ladder, "at once", max_tokens=192, on_update=watch)
    assert run.plan.turns == ((0, 1, 2, 3),)
    assert [c.state for c in result.columns] == ["done"] * 4, [c.error for c in result.columns]
    assert max(engines_while_streaming) >= 2  # replies really overlapped
    assert niceness == {psutil.Process().nice() + ENGINE_NICENESS}  # below the window, evenly among themselves
    assert _engines() == 0  # every engine unloaded at the end


def test_stop_midway_keeps_the_text_so_far(ladder: list[str]) -> None:
    cancel = CancelToken()

    def stop_after_some_text(run: RoundRun, update: ColumnUpdate) -> None:
        if sum(len(c.pieces) for c in run.round.columns) >= 6:
            cancel.cancel()

    result, _updates, _ = _run(ladder[:3], "at once", max_tokens=400, on_update=stop_after_some_text, cancel=cancel)
    assert cancel.cancelled
    states = [c.state for c in result.columns]
    assert "stopped" in states and "failed" not in states, [(c.state, c.error) for c in result.columns]
    assert sum(len(c.text) for c in result.columns) > 0
    assert _engines() == 0


def test_an_engine_that_dies_fails_its_column_only(ladder: list[str]) -> None:
    killed: list[int] = []

    def kill_column_two(run: RoundRun, update: ColumnUpdate) -> None:
        if update.column == 1 and update.state == "streaming" and update.tokens >= 3 and not killed:
            killed.append(update.tokens)
            run.backends[1].kill()  # type: ignore[attr-defined]

    result, _updates, _ = _run(ladder[:3], "at once", max_tokens=300, on_update=kill_column_two)
    assert killed
    first, dead, third = result.columns
    assert first.state == "done" and third.state == "done"
    assert dead.state == "failed" and "engine stopped" in dead.error and "text so far is kept" in dead.error
    assert len(dead.pieces) >= killed[0] and dead.text  # the partial reply is still there
    assert "Traceback" not in dead.error and "EngineCrashed" not in dead.error
    assert _engines() == 0


def _direct_greedy_tokens(path: str, max_tokens: int) -> list[int]:
    """Greedy token ids straight from llama.cpp in this process (the engine's own prompt), no Arena involved."""
    import llama_cpp

    from workbench.engine.llama_backend import LlamaBackend

    backend = LlamaBackend()
    backend.load(path, OPTIONS)
    try:
        llm = backend._require()
        vocab = llama_cpp.llama_model_get_vocab(llm._model.model)
        ids: list[int] = []
        for token in llm.generate(backend.prompt_tokens(QUESTION), top_k=1, temp=0.0, repeat_penalty=1.0):
            if llama_cpp.llama_vocab_is_eog(vocab, token) or len(ids) >= max_tokens:
                break
            ids.append(int(token))
        return ids
    finally:
        backend.unload()


def test_first_divergence_matches_a_direct_greedy_run(ladder: list[str]) -> None:
    max_tokens = 48
    result, _updates, _ = _run(ladder, "in turn", max_tokens=max_tokens)
    assert [c.state for c in result.columns] == ["done"] * 4, [c.error for c in result.columns]
    direct = [_direct_greedy_tokens(p, max_tokens) for p in ladder]
    assert [len(d) for d in direct] == [c.reply_stats.generated_tokens for c in result.columns]  # type: ignore[union-attr]
    expected = [first_divergence(direct[0], d) for d in direct[1:]]  # on token ids
    assert [c.divergence for c in result.columns[1:]] == expected
    assert any(e is not None for e in expected), "no variant left the baseline's reply: the check proves nothing"
    marked = [e for e in expected if e is not None]
    assert result.columns[0].divergence == min(marked)


def test_divergence_map_from_a_real_compare_run(ladder: list[str]) -> None:
    settings = CompareSettings(n_prompt=0, n_gen=0, chunk_tokens=128, max_chunks=2, threads=1, prompts=[],
                               baseline=ladder[0])
    run = run_suite([ladder[0], ladder[3]], settings, lambda _: None, CancelToken())
    base, q2 = run.variants
    assert base.quality and q2.quality and base.quality.kl_tokens and q2.quality.token_kl
    assert len(q2.quality.token_kl) == len(base.quality.kl_tokens) == q2.quality.tokens_scored == 2 * 63
    assert max(base.quality.token_kl or [1]) < 1e-4  # the baseline against itself
    texts = TokenTexts(ladder[0])
    the_map = divergence_map(base.label, base.quality.kl_tokens, [(q2.label, q2.quality.token_kl)], texts.pieces)
    (row,) = the_map.rows
    assert row.mean_kl == pytest.approx(q2.quality.kl_mean, rel=1e-3)
    first_chunk = "".join(row.pieces[:63])
    assert first_chunk and first_chunk in evaluation_text("bundled")  # the scored text, token by token
    assert max(row.kl) > 2 * min(row.kl)  # per token: some words far less sure than others


def test_models_on_servers_answer_beside_a_local_one_and_a_failing_server_fails_alone(
    ladder: list[str], tmp_path_factory: pytest.TempPathFactory
) -> None:
    from tests.support.bad_endpoint import MODEL_ID, MisbehavingServer
    from tests.support.llama_server import LlamaServer
    from workbench.endpoints.backend import EndpointBackend
    from workbench.endpoints.config import EndpointConfig

    log = tmp_path_factory.mktemp("arena-server") / "server.log"
    with LlamaServer(ladder[0], alias="tiny", log=log) as server, MisbehavingServer("close-mid") as broken:
        good = EndpointBackend(EndpointConfig("Local llama.cpp", server.base_url, read_timeout=60))
        bad = EndpointBackend(EndpointConfig("Flaky", broken.base_url, read_timeout=10))
        contenders = [
            Contender("F16", ladder[0], inspect_model(ladder[0], OPTIONS)),
            Contender("tiny on the server", "Local llama.cpp / tiny", endpoint=good, model="tiny"),
            Contender("flaky", f"Flaky / {MODEL_ID}", endpoint=bad, model=MODEL_ID),
        ]
        plan = plan_run([c.expected_bytes for c in contenders], psutil.virtual_memory().available, "at once")
        assert plan.turns == ((0, 1, 2),)
        round_ = ArenaRound("Why is the sky blue?", [ArenaColumn(c.label, c.source) for c in contenders])
        run = RoundRun(round_, contenders, plan, QUESTION, replace(ARENA_SAMPLING, max_tokens=16), OPTIONS)
        result = run.run(lambda _u: None, CancelToken())
    local, remote, flaky = result.columns
    assert local.state == "done" and remote.state == "done", (local.error, remote.error)
    assert remote.text and remote.reply_stats is not None and remote.reply_stats.generated_tokens > 0
    assert "server" in remote.divergence_note and remote.divergence is None
    assert flaky.state == "failed" and flaky.error and flaky.text  # its three chunks stay
    assert "Traceback" not in flaky.error


def test_each_column_loads_with_its_models_own_load_options(ladder: list[str]) -> None:
    from workbench.arena.runner import prepare_round
    from workbench.engine.client import EngineClient

    own = LoadOptions(context_length=256, threads=1)
    loaded: list[tuple[str, LoadOptions | None]] = []

    class RecordingClient(EngineClient):
        """The real engine client, noting the options each model is loaded with."""

        def load(self, path: str, options: LoadOptions | None = None, **kwargs):  # type: ignore[no-untyped-def]
            loaded.append((path, options))
            return super().load(path, options, **kwargs)

    paths = [ladder[0], ladder[3]]
    contenders, plan = prepare_round(paths, lambda p: own if p == ladder[3] else OPTIONS, "in turn")(
        lambda _u: None, CancelToken()
    )
    assert [c.options for c in contenders] == [OPTIONS, own]
    assert contenders[1].inspection is not None and contenders[1].inspection.options == own
    round_ = ArenaRound("Why is the sky blue?", [ArenaColumn(c.label, c.source) for c in contenders])
    run = RoundRun(round_, contenders, plan, QUESTION, replace(ARENA_SAMPLING, max_tokens=4), OPTIONS,
                   engine_factory=RecordingClient)
    result = run.run(lambda _u: None, CancelToken())
    assert [c.state for c in result.columns] == ["done", "done"], [c.error for c in result.columns]
    assert dict(loaded) == {contenders[0].source: OPTIONS, contenders[1].source: own}
    assert _engines() == 0
