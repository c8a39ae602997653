"""The local server's guards, over real HTTP on loopback: the Host-header check against DNS rebinding, and a 400
(not a 500) when a plain-text completion is asked of a model that cannot do it (MLX, a model on another server)."""

from __future__ import annotations

import http.client
import json
import pathlib
from collections.abc import Iterator
from typing import Any

import pytest

from tests.support.bad_endpoint import MODEL_ID, MisbehavingServer
from tests.support.own_server import serving
from workbench.endpoints.backend import EndpointBackend
from workbench.endpoints.config import EndpointConfig
from workbench.engine.client import EngineClient
from workbench.engine.options import LoadOptions
from workbench.server.local import LocalServer, ServerConfig
from workbench.server.turns import SharedRunner


def _request(server: LocalServer, method: str, path: str, host: str | None = None,
             body: dict[str, Any] | None = None) -> tuple[int, Any]:
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
    try:
        headers = {"Content-Type": "application/json"}
        if host is not None:
            connection.putrequest(method, path, skip_host=True)
            connection.putheader("Host", host)
            payload = json.dumps(body).encode() if body is not None else b""
            for key, value in {**headers, "Content-Length": str(len(payload))}.items():
                connection.putheader(key, value)
            connection.endheaders(payload)
        else:
            connection.request(method, path, json.dumps(body) if body is not None else None, headers)
        response = connection.getresponse()
        return response.status, json.loads(response.read() or b"null")
    finally:
        connection.close()


@pytest.fixture(scope="module")
def gguf_server(tiny_gguf: pathlib.Path) -> Iterator[LocalServer]:
    with serving(tiny_gguf) as server:
        yield server


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "[::1]", "127.0.0.1:1234", "LOCALHOST:8080", "[::1]:80"])
def test_loopback_names_are_answered(gguf_server: LocalServer, host: str) -> None:
    status, body = _request(gguf_server, "GET", "/v1/models", host)
    assert status == 200 and body["data"]


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8080", "127.0.0.1.evil.example", "localhost.evil",
                                  "[::2]:80", "127.0.0.2", "", "localhost:80x", "[::1]x"])
def test_other_names_are_refused_before_anything_is_answered(gguf_server: LocalServer, host: str) -> None:
    for method, path, body in (("GET", "/v1/models", None), ("GET", "/metrics", None),
                               ("POST", "/v1/chat/completions", {"messages": [{"role": "user", "content": "Hi"}]})):
        status, answer = _request(gguf_server, method, path, host, body)
        assert status == 400, (host, path)
        assert answer["error"]["code"] == "host_not_allowed" and "this computer" in answer["error"]["message"]


def test_scoring_a_prompt_still_works_with_the_host_check(gguf_server: LocalServer) -> None:
    status, body = _request(gguf_server, "POST", "/v1/completions", "localhost",
                            {"prompt": "Hello there, sea.", "max_tokens": 0, "echo": True, "logprobs": 2})
    assert status == 200 and body["choices"][0]["logprobs"]["token_logprobs"]


def test_a_plain_text_completion_of_a_model_on_another_server_is_a_400() -> None:
    with MisbehavingServer("ok") as upstream:
        backend = EndpointBackend(EndpointConfig("Upstream", upstream.base_url))
        runner = SharedRunner(EngineClient())
        backend.load(MODEL_ID)
        runner.use_remote(backend)
        server = LocalServer(runner, ServerConfig(port=0))
        server.start()
        try:
            for body in ({"prompt": "Once upon", "max_tokens": 4},
                         {"prompt": "Once upon", "max_tokens": 0, "echo": True, "logprobs": 1}):
                status, answer = _request(server, "POST", "/v1/completions", None, body)
                assert status == 400, answer
                error = answer["error"]
                assert error["type"] == "invalid_request_error" and error["code"] == "unsupported_model"
                assert "/v1/chat/completions" in error["message"] and error["param"] == "prompt"
        finally:
            server.stop()
            runner.unload()


def test_a_plain_text_completion_of_an_mlx_model_is_a_400(tmp_path: pathlib.Path) -> None:
    pytest.importorskip("mlx_lm")
    from tests.support.tiny_mlx import write_tiny_mlx_model

    model = write_tiny_mlx_model(tmp_path / "Tiny-MLX")
    client = EngineClient()
    client.load(str(model), LoadOptions(context_length=256, threads=1))
    server = LocalServer(SharedRunner(client), ServerConfig(port=0))
    server.start()
    try:
        status, answer = _request(server, "POST", "/v1/completions", None, {"prompt": "Once upon", "max_tokens": 4})
        assert status == 400 and answer["error"]["code"] == "unsupported_model", answer
        assert "does not continue or score plain text" in answer["error"]["message"]
    finally:
        server.stop()
        client.unload()
