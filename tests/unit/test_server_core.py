"""The local server's pure parts: reading requests, cutting at stop strings, taking turns, metrics, addresses."""

from __future__ import annotations

import threading
import time

import pytest

from workbench.sampling import SamplingParams
from workbench.server.local import ServerConfig, ServerRefused, check_config, is_loopback, who_can_reach
from workbench.server.metrics import RequestRecord, ServerMetrics
from workbench.server.replies import first_stop, held_back
from workbench.server.requests import ApiError, parse_chat, parse_json
from workbench.server.snippets import curl_snippet, open_webui_snippet, python_snippet
from workbench.server.turns import CHAT, SERVER, EngineTurns, Turn, TurnNotGiven

DEFAULTS = SamplingParams()
USER = [{"role": "user", "content": "hi"}]


def _refusal(body: dict[str, object]) -> ApiError:
    with pytest.raises(ApiError) as caught:
        parse_chat(body, DEFAULTS, 512)
    error = caught.value
    assert 400 <= error.status < 500
    assert set(error.body()["error"]) == {"message", "type", "param", "code"}
    return error


def test_a_chat_request_takes_every_sampling_field() -> None:
    chat = parse_chat({"model": "m", "messages": USER, "max_tokens": 7, "temperature": 0, "top_p": 0.5,
                       "seed": 3, "stop": "\n", "top_k": 5, "min_p": 0.2, "repeat_penalty": 1.3, "stream": True,
                       "stream_options": {"include_usage": True}, "user": "someone"}, DEFAULTS, 512)
    assert chat.params == SamplingParams(temperature=0.0, top_p=0.5, top_k=5, min_p=0.2, repeat_penalty=1.3,
                                         max_tokens=7, seed=3)
    assert chat.stop == ("\n",) and chat.stream and chat.include_usage
    assert chat.messages == [{"role": "user", "content": "hi"}]


def test_defaults_fill_what_a_request_leaves_out_and_max_tokens_is_bounded_by_the_context() -> None:
    chat = parse_chat({"messages": USER}, DEFAULTS, 100)
    assert chat.params == DEFAULTS.with_changes(max_tokens=100)
    assert chat.model == "" and chat.stop == () and not chat.stream


def test_text_parts_are_joined_and_developer_counts_as_system() -> None:
    chat = parse_chat({"messages": [{"role": "developer", "content": [{"type": "text", "text": "a"},
                                                                       {"type": "text", "text": "b"}]}]},
                      DEFAULTS, 512)
    assert chat.messages == [{"role": "system", "content": "ab"}]


@pytest.mark.parametrize(("body", "param"), [
    ({"messages": []}, "messages"),
    ({"messages": [{"role": "wizard", "content": "x"}]}, "messages"),
    ({"messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {}}]}]}, "messages"),
    ({"messages": USER, "n": 2}, "n"),
    ({"messages": USER, "max_tokens": 0}, "max_tokens"),
    ({"messages": USER, "max_tokens": 10_000}, "max_tokens"),
    ({"messages": USER, "temperature": "hot"}, "temperature"),
    ({"messages": USER, "top_p": 3}, "top_p"),
    ({"messages": USER, "seed": 1.5}, "seed"),
    ({"messages": USER, "stop": ["a", "b", "c", "d", "e"]}, "stop"),
    ({"messages": USER, "stop": 5}, "stop"),
    ({"messages": USER, "stream": "yes"}, "stream"),
    ({"messages": USER, "tools": [{"type": "function"}]}, "tools"),
    ({"messages": USER, "presence_penalty": 0.5}, "presence_penalty"),
    ({"messages": USER, "response_format": {"type": "json_object"}}, "response_format"),
    ({"messages": USER, "logprobs": True}, "logprobs"),
    ({"messages": USER, "functions": []}, "functions"),
])
def test_bad_or_unsupported_fields_are_refused_by_name(body: dict[str, object], param: str) -> None:
    error = _refusal(body)
    assert error.param == param and param in error.message or error.param == param


def test_neutral_values_of_unsupported_fields_are_accepted() -> None:
    chat = parse_chat({"messages": USER, "n": 1, "presence_penalty": 0, "frequency_penalty": 0.0, "logit_bias": {},
                       "tools": [], "response_format": {"type": "text"}, "logprobs": False}, DEFAULTS, 512)
    assert chat.params.max_tokens == DEFAULTS.max_tokens


@pytest.mark.parametrize("raw", [b"{", b"[1, 2]", b"\xff\xfe", b"null"])
def test_a_body_that_is_not_a_json_object_is_a_400(raw: bytes) -> None:
    with pytest.raises(ApiError) as caught:
        parse_json(raw)
    assert caught.value.status == 400 and "JSON" in caught.value.message


def test_stop_strings_are_found_and_their_beginnings_held_back() -> None:
    assert first_stop("one two three", ("two", "three"), 0) == 4
    assert first_stop("one two", ("x",), 0) == -1
    assert held_back("hello wo", ("world",)) == 2
    assert held_back("hello", ("world",)) == 0
    assert held_back("abc", ()) == 0
    assert held_back("x<|e", ("<|end|>", "<")) == 3


def test_turns_are_given_first_come_first_served() -> None:
    turns = EngineTurns()
    first, order = Turn(CHAT), []
    turns.take(first)
    waiting = [Turn(f"client {i}") for i in range(3)]

    def take(turn: Turn) -> None:
        turns.take(turn, timeout=10)
        order.append(turn.user)
        turns.release(turn)

    threads = []
    for turn in waiting:
        thread = threading.Thread(target=take, args=(turn,))
        thread.start()
        threads.append(thread)
        while turn.user not in turns.waiting:
            time.sleep(0.001)
    assert turns.holder == CHAT and turns.waiting == ["client 0", "client 1", "client 2"]
    turns.release(first)
    for thread in threads:
        thread.join(10)
    assert order == ["client 0", "client 1", "client 2"]
    assert turns.holder is None and turns.waiting == []


def test_a_waiting_turn_gives_up_when_stopped_or_at_its_deadline() -> None:
    turns = EngineTurns()
    holder = Turn(CHAT)
    turns.take(holder)
    with pytest.raises(TurnNotGiven, match="busy"):
        turns.take(Turn(SERVER), timeout=0.05)
    stopped = Turn(SERVER)
    timer = threading.Timer(0.05, lambda: turns.cancel_user(SERVER))
    timer.start()
    with pytest.raises(TurnNotGiven, match="stopped"):
        turns.take(stopped, timeout=10)
    timer.join()
    assert turns.waiting == [] and turns.holder == CHAT
    assert turns.cancel_user(CHAT) and holder.cancelled.is_set()


def test_metrics_read_as_prometheus_text() -> None:
    metrics = ServerMetrics(queue_length=lambda: 2, engine_memory=lambda: 1234)
    heard: list[RequestRecord] = []
    metrics.listen(heard.append)
    record = RequestRecord(number=1, started=0, method="POST", path="/v1/chat/completions", status=200,
                           client="127.0.0.1", prompt_tokens=10, completion_tokens=5, time_to_first_token=0.04,
                           tokens_per_second=90.0)
    metrics.record(record)
    text = metrics.render()
    assert heard == [record]
    assert 'slm_requests_total{path="/v1/chat/completions",status="200"} 1' in text
    assert "slm_completion_tokens_total 5" in text and "slm_prompt_tokens_total 10" in text
    assert 'slm_time_to_first_token_seconds_bucket{le="0.05"} 1' in text
    assert 'slm_time_to_first_token_seconds_bucket{le="0.025"} 0' in text
    assert 'slm_generation_tokens_per_second_bucket{le="+Inf"} 1' in text
    assert "slm_queue_length 2" in text and "slm_engine_memory_bytes 1234" in text
    for line in text.splitlines():
        assert line.startswith("#") or len(line.rsplit(" ", 1)) == 2


def test_only_loopback_is_served_without_a_key() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5")
    check_config(ServerConfig())
    with pytest.raises(ServerRefused, match="API key"):
        check_config(ServerConfig(host="0.0.0.0"))
    check_config(ServerConfig(host="0.0.0.0", api_key="secret"))
    assert "Only programs on this computer" in who_can_reach(ServerConfig())
    assert "networks" in who_can_reach(ServerConfig(host="0.0.0.0", api_key="k"))
    with pytest.raises(ServerRefused, match="port"):
        check_config(ServerConfig(port=70000))


def test_snippets_name_the_address_model_and_key() -> None:
    url = "http://127.0.0.1:8080/v1"
    assert "curl -N http://127.0.0.1:8080/v1/chat/completions" in curl_snippet(url, "m")
    assert "Authorization: Bearer k" in curl_snippet(url, "m", "k")
    code = python_snippet(url, "m", "")
    compile(code, "snippet", "exec")
    assert "base_url='http://127.0.0.1:8080/v1'" in code and "model='m'" in code
    assert "host.docker.internal:8080/v1" in open_webui_snippet(url, "m")


def test_each_side_is_told_when_the_other_uses_the_engine() -> None:
    from workbench.server.turns import engine_use

    assert engine_use(None, [], CHAT) == ""
    assert engine_use(CHAT, [], CHAT) == ""
    assert engine_use(SERVER, [], CHAT) == "The model is answering the server."
    assert engine_use(SERVER, [CHAT], CHAT) == "The model is answering the server; a reply here waits its turn."
    assert engine_use(CHAT, [SERVER, SERVER], SERVER) == (
        "The model is answering the chat; 2 replies here wait their turn.")
    assert engine_use(CHAT, [SERVER], CHAT) == "The server waits for the model."


def test_a_completion_request_scores_or_continues_a_text() -> None:
    from workbench.server.requests import COMPLETION_MAX_TOKENS, parse_completion

    scoring = parse_completion({"prompt": ["a b"], "echo": True, "max_tokens": 0, "logprobs": 3}, DEFAULTS, 512)
    assert scoring.prompt == "a b" and scoring.params.max_tokens == 0 and scoring.logprobs == 3 and scoring.echo
    writing = parse_completion({"prompt": "a", "temperature": 0, "stop": ["\n"]}, DEFAULTS, 512)
    assert writing.params.max_tokens == COMPLETION_MAX_TOKENS and writing.logprobs is None
    assert writing.params.temperature == 0 and writing.stop == ("\n",)
    for body, param in (({"prompt": ["a", "b"]}, "prompt"), ({"prompt": "a", "max_tokens": 0}, "max_tokens"),
                        ({"prompt": "a", "logprobs": 1}, "logprobs"), ({"prompt": "a", "best_of": 2}, "best_of"),
                        ({"prompt": "a", "echo": "yes"}, "echo")):
        with pytest.raises(ApiError) as caught:
            parse_completion(body, DEFAULTS, 512)
        assert caught.value.status == 400 and caught.value.param == param
