"""Endpoint settings, presets, keys, paths, stats and error translation: pure core, no server."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import openai
import pytest

from workbench.endpoints.backend import ConnectionReport, reply_stats, request_options
from workbench.endpoints.config import (
    DEFAULT_READ_TIMEOUT,
    PRESETS,
    EndpointConfig,
    check_name,
    endpoints_from_toml,
    normalize_base_url,
)
from workbench.endpoints.errors import (
    EndpointAuthFailed,
    EndpointBadReply,
    EndpointConfigError,
    EndpointNotFound,
    EndpointServerError,
    EndpointStreamBroken,
    EndpointTimeout,
    EndpointUnreachable,
    translate,
)
from workbench.endpoints.keys import EndpointKeyStore
from workbench.endpoints.paths import parse_remote_path, remote_path
from workbench.sampling import SamplingParams
from workbench.settings import Settings, SettingsStore

try:  # the HTTP library the installed openai release is built on (httpx, or its successor httpx2)
    import httpx2 as httpx
except ImportError:  # pragma: no cover
    import httpx  # type: ignore[no-redef]


# -- URLs, names, presets ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("http://localhost:11434/v1", "http://localhost:11434/v1"),
        ("  https://example.org/api/v1/  ", "https://example.org/api/v1"),
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
        ("HTTP://Box.local:1234/v1", "http://Box.local:1234/v1"),
    ],
)
def test_good_base_urls_are_tidied(text: str, expected: str) -> None:
    assert normalize_base_url(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Enter the server's base URL"),
        ("localhost:11434/v1", "must start with http:// or https://"),
        ("ftp://host/v1", "must start with http:// or https://"),
        ("http:///v1", "names no server"),
        ("http://host:99999/v1", "bad port number"),
        ("http://host:port/v1", "bad port number"),
        ("http://my host/v1", "contains spaces"),
        ("http://host/v1?key=abc", "should not contain"),
    ],
)
def test_bad_base_urls_get_one_clear_line(text: str, message: str) -> None:
    with pytest.raises(EndpointConfigError, match=message) as caught:
        normalize_base_url(text)
    assert "\n" not in str(caught.value)


def test_names_are_required_unique_and_tidied() -> None:
    assert check_name("  My   Ollama ") == "My Ollama"
    with pytest.raises(EndpointConfigError, match="Give the endpoint a name"):
        check_name("   ")
    with pytest.raises(EndpointConfigError, match="already is an endpoint called “vLLM”"):
        check_name("vLLM", {"vLLM"})


def test_presets_fill_valid_addresses_for_each_server_kind() -> None:
    by_label = {p.label: p for p in PRESETS}
    assert by_label["Ollama"].base_url == "http://localhost:11434/v1"
    assert by_label["llama.cpp server"].base_url == "http://localhost:8080/v1"
    assert by_label["LM Studio"].base_url == "http://localhost:1234/v1"
    assert by_label["vLLM"].base_url == "http://localhost:8000/v1"
    assert "foundry service status" in by_label["Foundry Local"].note  # its port varies
    for preset in PRESETS:
        assert normalize_base_url(preset.base_url) == preset.base_url
        assert check_name(preset.name) == preset.name


# -- persistence: settings.toml has the endpoints, never a key ----------------------------------------


def test_endpoints_round_trip_through_settings_without_their_keys(tmp_path: Path) -> None:
    keys = EndpointKeyStore(use_keyring=False)
    keys.set("Lab vLLM", "sk-very-secret-123")
    endpoints = (
        EndpointConfig("Ollama", "http://localhost:11434/v1"),
        EndpointConfig('Lab "vLLM" / GPU', "https://gpu.example.org/v1", has_key=True, read_timeout=120.0),
        EndpointConfig("Lab vLLM", "https://gpu.example.org/v1", has_key=True),
    )
    store = SettingsStore(tmp_path / "settings.toml")
    store.save(Settings(endpoints=endpoints))
    text = (tmp_path / "settings.toml").read_text(encoding="utf-8")
    assert "sk-very-secret-123" not in text and "api_key" not in text
    assert store.load().endpoints == endpoints
    assert store.problem is None
    assert keys.get("Lab vLLM") == "sk-very-secret-123" and keys.get("Ollama") is None


def test_damaged_endpoint_entries_are_skipped_not_fatal() -> None:
    parsed = endpoints_from_toml(
        {
            "Good": {"base_url": "http://localhost:8080/v1", "has_key": "yes", "read_timeout": -4},
            "No URL": {"has_key": True},
            "Bad URL": {"base_url": "localhost:8080"},
            "Not a table": "http://localhost:1/v1",
            "  ": {"base_url": "http://localhost:2/v1"},
        }
    )
    assert parsed == (EndpointConfig("Good", "http://localhost:8080/v1", False, DEFAULT_READ_TIMEOUT),)
    assert endpoints_from_toml("nonsense") == ()


class _Ring:
    """A keyring with the keyring package's three calls, in memory."""

    def __init__(self) -> None:
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, user: str) -> str | None:
        return self.saved.get((service, user))

    def set_password(self, service: str, user: str, value: str) -> None:
        self.saved[(service, user)] = value

    def delete_password(self, service: str, user: str) -> None:
        del self.saved[(service, user)]


def _with_ring(ring: Any) -> EndpointKeyStore:
    store = EndpointKeyStore()
    store._found, store._looked = ring, True
    return store


def test_keys_go_to_the_keyring_per_endpoint_and_follow_renames() -> None:
    ring = _Ring()
    keys = _with_ring(ring)
    assert keys.persistent
    assert keys.set("Lab", " sk-1 ") is True
    assert ring.saved == {("slm-workbench", "endpoint:Lab"): "sk-1"}
    assert _with_ring(ring).get("Lab") == "sk-1", "a new session reads it back from the keyring"
    assert keys.rename("Lab", "GPU box") is True
    assert ring.saved == {("slm-workbench", "endpoint:GPU box"): "sk-1"}
    keys.delete("GPU box")
    assert ring.saved == {} and keys.get("GPU box") is None


def test_without_a_keyring_keys_last_the_session_only() -> None:
    keys = EndpointKeyStore(use_keyring=False)
    assert not keys.persistent
    assert keys.set("Lab", "sk-1") is False
    assert keys.get("Lab") == "sk-1"
    assert EndpointKeyStore(use_keyring=False).get("Lab") is None


def test_a_failing_keyring_keeps_the_key_for_the_session() -> None:
    class Broken(_Ring):
        def set_password(self, service: str, user: str, value: str) -> None:
            raise RuntimeError("locked")

    keys = _with_ring(Broken())
    assert keys.set("Lab", "sk-1") is False
    assert keys.get("Lab") == "sk-1" and not keys.persistent


# -- library paths, request fields, stats ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "model"), [("Ollama", "llama3.2:1b"), ("Lab / GPU 100%", "Qwen/Qwen2.5-0.5B-Instruct"), ("é", "/m.gguf")]
)
def test_remote_paths_round_trip(name: str, model: str) -> None:
    path = remote_path(name, model)
    assert path.startswith("endpoint://") and parse_remote_path(path) == (name, model)


def test_local_paths_are_not_remote() -> None:
    assert parse_remote_path("/models/tiny.gguf") is None
    assert parse_remote_path("endpoint://no-model") is None


def test_request_sends_standard_fields_only() -> None:
    params = SamplingParams(temperature=0.3, top_p=0.9, max_tokens=64, seed=-1, top_k=5)
    assert request_options(params) == {"temperature": 0.3, "top_p": 0.9, "max_tokens": 64}
    assert request_options(params.with_changes(seed=42))["seed"] == 42


class _Usage:
    prompt_tokens = 11
    completion_tokens = 20


def test_stats_prefer_the_servers_token_count_and_time_from_our_clock() -> None:
    stats = reply_stats(pieces=10, first=0.5, last=2.5, elapsed=2.6, usage=_Usage(), stop_reason="eos")
    assert (stats.generated_tokens, stats.prompt_tokens) == (20, 11)
    assert stats.time_to_first_token == 0.5 and stats.generation_seconds == 2.0
    assert stats.tokens_per_second == pytest.approx(19 / 2.0)
    counted = reply_stats(pieces=10, first=0.5, last=2.5, elapsed=2.6, usage=None, stop_reason="length")
    assert counted.generated_tokens == 10 and counted.prompt_tokens == 0
    assert counted.tokens_per_second == pytest.approx(9 / 2.0)
    empty = reply_stats(pieces=0, first=None, last=0.0, elapsed=0.4, usage=None, stop_reason="cancelled")
    assert (empty.generated_tokens, empty.time_to_first_token, empty.tokens_per_second) == (0, 0.4, 0.0)


def test_connection_report_summary() -> None:
    summary = ConnectionReport(("a", "b", "c", "d"), 0.034).summary
    assert summary == "Connected in 0.03 s: 4 models (a, b, c and 1 more)."
    assert "lists no models" in ConnectionReport((), 0.1).summary


# -- translating the openai library's errors -------------------------------------------------------------

URL = "http://localhost:8080/v1"


def _request() -> Any:
    return httpx.Request("GET", URL + "/models")


def _status(cls: type, status: int, body: Any) -> BaseException:
    response = httpx.Response(status, request=_request(), content=json.dumps(body).encode())
    exc: BaseException = cls(f"Error code: {status}", response=response, body=body)
    return exc


def _caused(outer: BaseException, inner: BaseException) -> BaseException:
    outer.__cause__ = inner
    return outer


@pytest.mark.parametrize(
    ("exc", "kind", "message"),
    [
        (_status(openai.AuthenticationError, 401, {"error": {"message": "Invalid key."}}), EndpointAuthFailed,
         "Lab refused the API key (HTTP 401): Invalid key. Check the key in Model ▸ Endpoints…"),
        (_status(openai.PermissionDeniedError, 403, None), EndpointAuthFailed, "refused the API key (HTTP 403)."),
        (_status(openai.NotFoundError, 404, {"detail": "Not Found"}), EndpointNotFound,
         f"Lab ({URL}) answered “not found” (HTTP 404): Not Found. Check the base URL: it usually ends in /v1."),
        (_status(openai.NotFoundError, 404, {"error": {"message": "model 'x' not found"}}), EndpointNotFound,
         "Check that the model is still on the server."),
        (_status(openai.InternalServerError, 500, {"error": "boom"}), EndpointServerError,
         "Lab had an internal error (HTTP 500): boom."),
        (_status(openai.InternalServerError, 502, "<html>Bad gateway</html>"), EndpointServerError,
         "Lab had an internal error (HTTP 502)."),
        (_status(openai.RateLimitError, 429, None), EndpointServerError, "busy (HTTP 429"),
        (_status(openai.BadRequestError, 400, {"error": {"message": "context too long"}}), EndpointServerError,
         "refused the request (HTTP 400): context too long."),
        (_caused(openai.APIConnectionError(request=_request()), ConnectionRefusedError(111, "Connection refused")),
         EndpointUnreachable, f"Cannot reach Lab ({URL}) (connection refused). Is the server running"),
        (_caused(openai.APIConnectionError(request=_request()), OSError("[Errno -2] Name or service not known")),
         EndpointUnreachable, "(unknown host name)"),
        (_caused(openai.APITimeoutError(request=_request()), httpx.ConnectTimeout("timed out")), EndpointTimeout,
         "did not accept a connection in time"),
        (_caused(openai.APITimeoutError(request=_request()), httpx.ReadTimeout("timed out")), EndpointTimeout,
         "Lab sent nothing for 30 s: no answer came."),
        (json.JSONDecodeError("Expecting value", "{oops", 1), EndpointBadReply, "is not OpenAI-compatible"),
    ],
)
def test_openai_errors_become_one_readable_line(exc: BaseException, kind: type, message: str) -> None:
    translated = translate(exc, "Lab", URL, read_timeout=30)
    assert type(translated) is kind
    assert message in str(translated)
    assert "\n" not in str(translated)


def test_errors_in_the_middle_of_a_reply_keep_the_partial_text() -> None:
    dropped = _caused(openai.APIConnectionError(request=_request()), httpx.RemoteProtocolError("peer closed"))
    broken = translate(dropped, "Lab", URL, partial_text="Once upon", during="the reply")
    assert isinstance(broken, EndpointStreamBroken) and broken.partial_text == "Once upon"
    assert "closed the connection in the middle of the reply. The text so far is kept." in str(broken)
    stalled = translate(_caused(openai.APITimeoutError(request=_request()), httpx.ReadTimeout("")), "Lab", URL,
                        read_timeout=2, partial_text="Once", during="the reply")
    assert isinstance(stalled, EndpointTimeout) and "for 2 s: the reply stalled" in str(stalled)
    assert stalled.partial_text == "Once"
