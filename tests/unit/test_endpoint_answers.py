"""What a server answers is read as untrusted data: model lists, errors sent with HTTP 200, whole replies,
redirect targets, and the one-line, bounded messages made of them."""

from __future__ import annotations

import json

import pytest

from workbench.endpoints.answers import (
    MAX_MODELS,
    ServerSaidError,
    error_message,
    parse_model_list,
    parse_whole_reply,
    redirect_elsewhere,
)
from workbench.endpoints.config import (
    DEFAULT_READ_TIMEOUT,
    DEFAULT_REPLY_DEADLINE,
    EndpointConfig,
    endpoints_from_toml,
    endpoints_to_toml,
)
from workbench.endpoints.errors import (
    AnswerTooLarge,
    EndpointBadReply,
    EndpointRedirected,
    EndpointTimeout,
    RedirectRefused,
    ReplyOverdue,
    one_line,
    translate,
)


def _body(data: object) -> bytes:
    return json.dumps(data).encode()


def test_a_model_list_is_sorted_deduplicated_and_only_plain_short_ids() -> None:
    data = {"object": "list", "data": [
        {"id": "qwen2.5:7b"}, {"id": "Llama-3.2"}, {"id": "qwen2.5:7b"}, {"id": "x" * 201}, {"id": "bad\nid"},
        {"id": 42}, "not a model", {"id": "  "},
    ]}
    assert parse_model_list(_body(data)) == ["Llama-3.2", "qwen2.5:7b"]
    many = {"data": [{"id": f"m{i:05d}"} for i in range(MAX_MODELS + 50)]}
    assert len(parse_model_list(_body(many))) == MAX_MODELS


@pytest.mark.parametrize("body", [b"<html>hello</html>", b"\xff\xfe", _body([1, 2]), _body({"models": []})])
def test_something_else_than_a_model_list_is_unreadable(body: bytes) -> None:
    with pytest.raises(ValueError):
        parse_model_list(body)


def test_an_error_body_with_http_200_carries_the_servers_words() -> None:
    with pytest.raises(ServerSaidError) as said:
        parse_model_list(_body({"error": {"message": "Model  is\nloading", "code": 503}}))
    assert said.value.message == "Model is loading"
    assert error_message({"error": "quota exceeded"}) == "quota exceeded"
    assert error_message({"error": {"code": 500}}) == ""
    assert error_message({"error": None, "data": []}) is None
    with pytest.raises(ServerSaidError):
        parse_whole_reply(_body({"error": {"detail": "no such model"}}))


def test_a_whole_reply_sent_as_json() -> None:
    reply = parse_whole_reply(_body({"choices": [{"message": {"content": "Hi there"}, "finish_reason": "length"}]}))
    assert (reply.text, reply.finish_reason) == ("Hi there", "length")
    with pytest.raises(ValueError):
        parse_whole_reply(_body({"choices": []}))


@pytest.mark.parametrize(("location", "elsewhere"), [
    ("/v1/models", None),
    ("models2", None),
    ("http://LOCALHOST:8080/v2/models", None),
    ("https://localhost/v1/models", "localhost"),  # port 8080 -> 443: another server
    ("http://localhost:9999/v1", "localhost:9999"),
    ("http://evil.example/steal", "evil.example"),
    ("//evil.example:81/x", "evil.example:81"),
    ("http://localhost:notaport/", "http://localhost:notaport/"),
])
def test_redirect_targets(location: str, elsewhere: str | None) -> None:
    assert redirect_elsewhere("http://localhost:8080/v1/models", location) == elsewhere


def test_http_to_https_on_the_same_host_is_not_another_host() -> None:
    assert redirect_elsewhere("http://gpu.example.org/v1/models", "https://gpu.example.org/v1/models") is None
    assert redirect_elsewhere("https://gpu.example.org/v1", "http://gpu.example.org/v1") == "gpu.example.org"


def test_a_hostile_redirect_target_is_shown_plain_and_bounded() -> None:
    shown = redirect_elsewhere("http://localhost:8080/v1", "http://" + "a" * 500 + ".example/<script>")
    assert shown is not None and len(shown) <= 100 and shown.endswith("…")


def test_one_line_is_plain_and_bounded() -> None:
    assert one_line("a\n\tb\x1b[31m  c") == "a b [31m c"
    long = one_line("word " * 1000)
    assert len(long) == 300 and long.endswith("…")


def test_the_backends_signals_become_one_readable_line() -> None:
    idle = translate(ReplyOverdue("idle", 30), "Ollama", "http://localhost:11434/v1", partial_text="Hi",
                     during="the reply")
    assert isinstance(idle, EndpointTimeout) and idle.partial_text == "Hi"
    assert str(idle) == ("Ollama sent only keep-alive signals and no text for 30 s: the reply stalled. The server may "
                         "be overloaded or stuck. The text so far is kept.")
    late = translate(ReplyOverdue("deadline", 600), "Ollama", "http://x/v1", during="the reply")
    assert str(late) == "The reply from Ollama took longer than 600 s, the most allowed, so it was stopped."
    wrapped = RuntimeError("connection error")
    wrapped.__cause__ = RedirectRefused("evil.example")
    moved = translate(wrapped, "Lab", "http://lab/v1", during="listing models")
    assert isinstance(moved, EndpointRedirected) and "another host, evil.example;" in str(moved)
    big = translate(AnswerTooLarge(8_000_000), "Lab", "http://lab/v1", during="listing models")
    assert isinstance(big, EndpointBadReply) and "more than 8 MB for a model list" in str(big)


def test_no_exception_class_name_reaches_the_person() -> None:
    class StrangeFailure(Exception):
        pass

    message = str(translate(StrangeFailure("it broke"), "Lab", "http://lab/v1"))
    assert message == "Talking to Lab failed: it broke." and "StrangeFailure" not in message
    assert str(translate(StrangeFailure(), "Lab", "http://lab/v1")) == "Talking to Lab failed: no reason was given."


def test_the_whole_reply_deadline_is_kept_per_endpoint() -> None:
    endpoint = EndpointConfig("Lab", "http://lab:8000/v1", read_timeout=45.0, reply_deadline=1800.0)
    assert endpoints_from_toml(endpoints_to_toml([endpoint])) == (endpoint,)
    damaged = endpoints_from_toml({"Lab": {"base_url": "http://lab/v1", "reply_deadline": -1}})
    assert damaged[0].reply_deadline == DEFAULT_REPLY_DEADLINE and damaged[0].read_timeout == DEFAULT_READ_TIMEOUT
    assert endpoints_from_toml({"Lab": {"base_url": "http://lab/v1", "reply_deadline": True}})[0].reply_deadline == (
        DEFAULT_REPLY_DEADLINE)
