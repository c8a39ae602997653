"""Endpoints that misbehave, served by a loopback stdlib server: each failure is one clear line, fast, and a
reply that breaks off keeps its text."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from tests.support.bad_endpoint import ELSEWHERE, MODEL_ID, MisbehavingServer, free_port
from tests.support.unanswering import unanswering_url
from workbench.endpoints.backend import EndpointBackend
from workbench.endpoints.config import EndpointConfig
from workbench.endpoints.directory import EndpointDirectory
from workbench.endpoints.errors import (
    EndpointAuthFailed,
    EndpointBadReply,
    EndpointCancelled,
    EndpointError,
    EndpointNotFound,
    EndpointRedirected,
    EndpointReplyCut,
    EndpointServerError,
    EndpointStreamBroken,
    EndpointTimeout,
    EndpointUnreachable,
)
from workbench.endpoints.keys import EndpointKeyStore
from workbench.endpoints.library import list_endpoint_entries
from workbench.engine.protocol import ChatMessage, ReplyDone, TokenEvent
from workbench.sampling import SamplingParams

MESSAGES = [ChatMessage(role="user", content="hello")]
SHORT = 1.0
"""Read timeout in these tests (seconds): a stall is declared after this long."""


@pytest.fixture
def server() -> Iterator[MisbehavingServer]:
    with MisbehavingServer("ok", tokens=5) as running:
        yield running


def _backend(url: str, key: str | None = None, **config: float) -> EndpointBackend:
    settings = {"read_timeout": SHORT, **config}
    return EndpointBackend(EndpointConfig("Test server", url, **settings), key, connect_timeout=SHORT)  # type: ignore[arg-type]


def _loaded(server: MisbehavingServer, key: str | None = None, **config: float) -> EndpointBackend:
    backend = _backend(server.base_url, key, **config)
    backend.load(MODEL_ID)
    return backend


def _stream(backend: EndpointBackend, params: SamplingParams | None = None) -> tuple[list[str], ReplyDone | None]:
    texts, done = [], None
    for event in backend.generate(MESSAGES, params):
        if isinstance(event, TokenEvent):
            texts.append(event.text)
        else:
            done = event
    return texts, done


def test_a_well_behaved_stream_uses_the_servers_usage_for_counts(server: MisbehavingServer) -> None:
    backend = _loaded(server, key="sk-test")
    texts, done = _stream(backend)
    assert done is not None and done.text == "word0 word1 word2 word3 word4 "
    assert (done.stats.generated_tokens, done.stats.prompt_tokens, done.stats.stop_reason) == (5, 7, "eos")
    body = server.server.last_body
    assert body["stream"] is True and body["stream_options"] == {"include_usage": True}
    assert body["model"] == MODEL_ID and body["messages"] == [{"role": "user", "content": "hello"}]
    assert server.server.last_auth == "Bearer sk-test"
    backend.unload()


def test_connection_refused() -> None:
    url = f"http://127.0.0.1:{free_port()}/v1"
    with pytest.raises(EndpointUnreachable, match=r"Cannot reach Test server .*connection refused.*running"):
        _backend(url).list_models()


def test_wrong_key_is_named(server: MisbehavingServer) -> None:
    server.mode = "unauthorized"
    with pytest.raises(EndpointAuthFailed, match=r"refused the API key \(HTTP 401\): Incorrect API key"):
        _backend(server.base_url, "wrong").list_models()


def test_server_error_during_a_reply(server: MisbehavingServer) -> None:
    backend = _loaded(server)
    server.mode = "server-error"
    with pytest.raises(EndpointServerError, match=r"internal error \(HTTP 500\): The model crashed while thinking"):
        _stream(backend)
    backend.unload()


def test_wrong_url_gives_404_or_a_web_page(server: MisbehavingServer) -> None:
    server.mode = "not-found"
    with pytest.raises(EndpointNotFound, match=r"HTTP 404.*base URL: it usually ends in /v1"):
        _backend(server.base_url).list_models()
    server.mode = "html"
    with pytest.raises(EndpointBadReply, match="not with an OpenAI-style list of models"):
        _backend(server.base_url).list_models()


def test_malformed_stream_keeps_the_text_so_far(server: MisbehavingServer) -> None:
    backend = _loaded(server)
    server.mode = "malformed"
    with pytest.raises(EndpointBadReply, match="not OpenAI-compatible") as caught:
        _stream(backend)
    assert caught.value.partial_text == "word0 "
    backend.unload()


def test_a_stall_times_out_and_keeps_the_text(server: MisbehavingServer) -> None:
    backend = _loaded(server)
    server.mode = "stall"
    with pytest.raises(EndpointTimeout, match=f"sent nothing for {SHORT:g} s: the reply stalled") as caught:
        _stream(backend)
    assert caught.value.partial_text == "word0 word1 "
    backend.unload()


def test_stop_during_a_stall_ends_the_reply_at_once(server: MisbehavingServer) -> None:
    backend = EndpointBackend(EndpointConfig("Test server", server.base_url, read_timeout=600))
    backend.load(MODEL_ID)
    server.mode = "stall"
    texts: list[str] = []
    done = None
    for event in backend.generate(MESSAGES):
        if isinstance(event, TokenEvent):
            texts.append(event.text)
            if len(texts) == 2:  # the server now goes silent; only Stop can end this before 600 s
                threading.Timer(0.2, backend.cancel).start()
        else:
            done = event
    assert done is not None and done.stats.stop_reason == "cancelled" and done.text == "word0 word1 "
    backend.unload()


def test_a_server_that_closes_mid_stream_keeps_the_text(server: MisbehavingServer) -> None:
    backend = _loaded(server)
    server.mode = "close-mid"
    with pytest.raises(EndpointStreamBroken, match="closed the connection before the reply was finished") as caught:
        _stream(backend)
    assert caught.value.partial_text == "word0 word1 word2 "
    backend.unload()


def test_generate_without_a_model_says_so() -> None:
    with pytest.raises(EndpointError, match="pick one in the library"):
        list(_backend("http://127.0.0.1:9/v1").generate(MESSAGES))


def test_library_shows_an_unreachable_endpoint_as_one_row() -> None:
    directory = EndpointDirectory(
        [EndpointConfig("Gone", f"http://127.0.0.1:{free_port()}/v1")], EndpointKeyStore(False), connect_timeout=SHORT
    )
    (entry,) = list_endpoint_entries(directory, "Gone")
    assert entry.name == "Gone (not reachable)" and not entry.readable
    assert entry.problem is not None and entry.problem.startswith("unreachable: Cannot reach Gone")
    (missing,) = list_endpoint_entries(directory, "Removed meanwhile")
    assert "no endpoint called “Removed meanwhile”" in (missing.problem or "")


def test_stop_reaches_a_request_the_server_has_not_answered(server: MisbehavingServer) -> None:
    """A server that takes the request and sends nothing: Stop (or closing the app) must not wait it out."""
    backend = EndpointBackend(EndpointConfig("Test server", server.base_url, read_timeout=600))
    backend.load(MODEL_ID)
    server.mode = "silent"
    timer = threading.Timer(0.3, backend.cancel)
    timer.start()
    started = time.monotonic()
    with pytest.raises(EndpointCancelled, match="Stopped asking Test server for its models"):
        backend.list_models()
    assert time.monotonic() - started < 60  # not the 600 s read timeout

    threading.Timer(0.3, backend.cancel).start()
    events = list(backend.generate(MESSAGES))
    done = events[-1]
    assert isinstance(done, ReplyDone) and done.stats.stop_reason == "cancelled" and done.text == ""
    timer.join()
    backend.unload()


def test_stop_reaches_a_connect_the_host_never_answers() -> None:
    """A host that is down or drops packets: Stop must not wait out the connect timeout (60 s here)."""
    with unanswering_url() as url:
        backend = EndpointBackend(EndpointConfig("Far server", f"{url}/v1", read_timeout=600), connect_timeout=60)
        backend._openai()  # the client is made (and its library imported) before the clock starts
        timer = threading.Timer(0.3, backend.cancel)
        timer.start()
        started = time.monotonic()
        with pytest.raises(EndpointCancelled, match="Stopped asking Far server for its models"):
            backend.test_connection()
        assert time.monotonic() - started < 1.3  # Cancel within 1 s
        timer.join()
        backend.unload()


# -- servers that do not stop by themselves, say errors with HTTP 200, or send us elsewhere --------------


def test_a_server_that_ignores_max_tokens_is_cut_at_the_budget(server: MisbehavingServer) -> None:
    backend = _loaded(server, read_timeout=30, reply_deadline=20)
    server.mode = "endless"  # streams until the client hangs up, whatever max_tokens says
    with pytest.raises(EndpointReplyCut, match="kept writing past the 7-token limit.*The text so far is kept") as cut:
        _stream(backend, SamplingParams(max_tokens=7))
    assert cut.value.partial_text == "".join(f"word{i} " for i in range(7))
    assert server.server.last_body["max_tokens"] == 7
    assert "\n" not in str(cut.value)
    backend.unload()


def test_keep_alive_comments_do_not_keep_a_stalled_reply_alive(server: MisbehavingServer) -> None:
    backend = _loaded(server, read_timeout=SHORT, reply_deadline=20)
    server.mode = "keep-alive"  # two words, then only ": keep-alive" comments every 10 ms, forever
    with pytest.raises(EndpointTimeout, match=f"only keep-alive signals and no text for {SHORT:g} s") as caught:
        _stream(backend)
    assert caught.value.partial_text == "word0 word1 "
    assert server.server.sent > 10  # comments kept coming: the idle wait was not reset by them
    backend.unload()


def test_a_reply_that_never_ends_meets_the_whole_reply_deadline(server: MisbehavingServer) -> None:
    server.delay = 0.02
    backend = _loaded(server, read_timeout=30, reply_deadline=1.0)
    server.mode = "endless"
    with pytest.raises(EndpointTimeout, match="The reply from Test server took longer than 1 s") as caught:
        _stream(backend, SamplingParams(max_tokens=1_000_000))
    assert caught.value.partial_text.startswith("word0 word1 ")
    backend.unload()


def test_an_error_sent_with_http_200_is_shown_in_the_servers_words(server: MisbehavingServer) -> None:
    backend = _loaded(server)
    server.mode = "error-200"
    said = "answered with an error: The model is still loading; try again in 30 seconds."
    with pytest.raises(EndpointServerError, match=said):
        backend.list_models()
    with pytest.raises(EndpointServerError, match=said):
        _stream(backend)
    server.mode = "error-in-stream"
    with pytest.raises(EndpointServerError, match="reported an error: The model is still loading") as caught:
        _stream(backend)
    assert caught.value.partial_text == "word0 "
    backend.unload()


def test_a_servers_long_error_message_is_bounded_and_plain(server: MisbehavingServer) -> None:
    backend = _loaded(server)
    server.server.error_message = "<b>Out of memory</b>\n\x1b[31m" + "details " * 2000
    for mode in ("error-200", "error-in-stream"):
        server.mode = mode
        with pytest.raises(EndpointServerError) as caught:
            _stream(backend)
        message = str(caught.value)
        assert "<b>Out of memory</b>" in message and "…" in message
        assert len(message) < 420 and "\n" not in message and "\x1b" not in message
    backend.unload()


def test_a_redirect_to_another_host_is_refused_and_named(server: MisbehavingServer) -> None:
    backend = _loaded(server)
    server.mode = "redirect-away"
    refused = f"tried to send us to another host, {ELSEWHERE}; that was not followed"
    with pytest.raises(EndpointRedirected, match=refused):
        backend.list_models()
    with pytest.raises(EndpointRedirected, match=ELSEWHERE):
        _stream(backend)
    backend.unload()


def test_a_redirect_on_the_same_host_is_followed(server: MisbehavingServer) -> None:
    backend = _loaded(server)
    server.mode = "redirect-here"
    assert backend.list_models() == [MODEL_ID]
    texts, done = _stream(backend)
    assert done is not None and done.text == "word0 word1 word2 word3 word4 " and len(texts) == 5
    backend.unload()


def test_a_slow_first_byte_is_waited_for_up_to_the_idle_wait(server: MisbehavingServer) -> None:
    backend = _loaded(server)
    server.mode = "slow-first-byte"
    server.server.first_byte = 0.3
    _, done = _stream(backend)
    assert done is not None and done.stats.stop_reason == "eos"
    server.server.first_byte = 30
    with pytest.raises(EndpointTimeout, match=f"sent nothing for {SHORT:g} s"):
        _stream(backend)
    backend.unload()


def test_a_whole_reply_instead_of_a_stream_is_taken(server: MisbehavingServer) -> None:
    backend = _loaded(server)
    server.mode = "no-stream"
    texts, done = _stream(backend)
    assert done is not None and done.text == "word0 word1 word2 word3 word4 " and done.stats.stop_reason == "eos"
    backend.unload()
