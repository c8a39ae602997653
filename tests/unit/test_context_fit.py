"""The context meter's figures and what is left out of a history that no longer fits."""

from __future__ import annotations

from workbench.chat.context import ContextUse, estimate_tokens, fit_history, message_tokens
from workbench.engine.protocol import ChatMessage


def _turns(n: int, size: int = 350) -> list[ChatMessage]:
    return [ChatMessage(role="user" if i % 2 == 0 else "assistant", content=f"{i} " + "x" * size) for i in range(n)]


def test_the_meter_reads_plainly_and_warns_near_the_limit() -> None:
    assert ContextUse(1234, 4096).describe() == "1,234 of 4,096 tokens"
    assert ContextUse(1234, 4096, estimated=True).describe() == "about 1,234 of 4,096 tokens"
    assert ContextUse(3500, 4096).near_limit and ContextUse(3500, 4096).describe().endswith("nearly full")
    assert ContextUse(4096, 4096).describe().endswith("the context is full")
    assert estimate_tokens("") == 0 and 20 <= estimate_tokens("word " * 20) <= 40


def test_a_history_that_fits_is_sent_whole() -> None:
    turns = [ChatMessage(role="system", content="Be brief.")] + _turns(5)
    fitted = fit_history(turns, 4096, 512, "drop-oldest")
    assert fitted.messages == turns and fitted.left_out == 0 and fitted.fits


def test_the_oldest_turns_are_left_out_keeping_the_system_prompt_and_the_new_message() -> None:
    system = ChatMessage(role="system", content="Be brief.")
    turns = [system] + _turns(21)  # ~106 tokens each: about 2,200 in all
    fitted = fit_history(turns, 1024, 256, "drop-oldest")
    assert fitted.fits and fitted.left_out > 0
    assert fitted.messages[0] == system and fitted.messages[-1] == turns[-1]
    assert fitted.messages[1]["role"] == "user"
    assert sum(message_tokens(m) for m in fitted.messages) <= 1024 - 256
    assert fitted.messages[1:] == turns[1 + fitted.left_out:]


def test_stop_sends_nothing_and_one_huge_message_does_not_fit() -> None:
    turns = _turns(21)
    stopped = fit_history(turns, 1024, 256, "stop")
    assert not stopped.fits and stopped.left_out == 0 and stopped.messages == turns
    huge = [ChatMessage(role="user", content="x" * 1_000_000)]  # a 1 MB paste
    fitted = fit_history(huge, 4096, 512, "drop-oldest")
    assert not fitted.fits and fitted.messages == huge
