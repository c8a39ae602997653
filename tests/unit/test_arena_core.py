"""The Arena's core without a model: who runs when, the blind vote and its tally, first divergence, the map's
shades, saving sessions, and reading a GGUF file's token texts."""

from __future__ import annotations

import csv
import io
import pathlib
import random
import sqlite3

import pytest

from tests.support.tiny_gguf import train_tiny_vocab
from workbench.arena import blind
from workbench.arena.divergence import (
    LEVELS,
    char_offset,
    divergence_map,
    first_divergence,
    level,
    mark_divergences,
)
from workbench.arena.plan import plan_run
from workbench.arena.runner import ColumnUpdate, apply_update
from workbench.arena.session import ARENA_SAMPLING, ArenaColumn, ArenaRound, ArenaSession
from workbench.arena.store import ArenaStore, ArenaStoreError
from workbench.arena.vocab import TokenTexts, VocabularyUnreadable
from workbench.engine.protocol import ReplyStats

MB = 1_000_000


# -- planning --------------------------------------------------------------------------------------


def test_in_turn_gives_every_column_its_own_turn_and_says_the_numbers() -> None:
    plan = plan_run([500 * MB, 400 * MB, 600 * MB, 400 * MB], 14_000 * MB, "in turn")
    assert plan.turns == ((0,), (1,), (2,), (3,))
    assert not plan.together
    assert plan.summary.startswith("These four need about 1.9 GB; 14.0 GB are free.")


def test_at_once_runs_together_what_fits_and_gives_the_rest_its_own_turn() -> None:
    plan = plan_run([300 * MB, 300 * MB, 900 * MB, 100 * MB], 1_000 * MB, "at once", ["A1", "B1", "Big", "C1"])
    # 80% of 1 GB may be used at once: 300 + 300 + 100 share a turn, 900 cannot join them
    assert plan.turns == ((0, 1, 3), (2,))
    assert plan.together
    assert plan.notes == ("Big does not fit next to the others: it runs on its own turn.",)
    assert "2 turns" in plan.summary


def test_at_once_all_together_when_they_fit_and_servers_take_no_memory() -> None:
    plan = plan_run([100 * MB, None, 100 * MB], 8_000 * MB, "at once")
    assert plan.turns == ((0, 1, 2),)
    assert "all run at once" in plan.summary and "slower" in plan.summary


# -- blind mode ------------------------------------------------------------------------------------


def _round(labels: list[str], question: str = "Why is the sky blue?") -> ArenaRound:
    return ArenaRound(question, [ArenaColumn(label, f"/m/{label}.gguf") for label in labels])


def test_shuffled_order_never_gives_the_picked_order_away() -> None:
    rng = random.Random(3)
    for n in (2, 3, 4):
        for _ in range(50):
            order = blind.shuffled_order(n, rng)
            assert sorted(order) == list(range(n)) and order != list(range(n))


def test_vote_by_letter_reaches_the_column_behind_it_and_tally_counts_rounds() -> None:
    session = ArenaSession()
    for winner_letter in "ABABBAABBB":
        r = _round(["F16", "Q4_K_M"])
        r.order = [1, 0]  # A shows Q4_K_M, B shows F16
        session.rounds.append(r)
        blind.vote(r, winner_letter)
    session.rounds.append(_round(["F16", "Q4_K_M"]))  # no vote: not counted
    wins = {row.label: (row.wins, row.rounds) for row in blind.tally(session)}
    assert wins == {"Q4_K_M": (4, 10), "F16": (6, 10)}
    assert blind.tally_lines(session) == ["F16 won 6 of 10 against Q4_K_M", "Q4_K_M won 4 of 10 against F16"]
    assert blind.letter(session.rounds[0], 1) == "A"
    with pytest.raises(ValueError):
        blind.vote(session.rounds[0], "D")


def test_csv_has_one_row_per_answer_and_defuses_formulas() -> None:
    session = ArenaSession()
    r = _round(["=HYPERLINK(1)", "Q2_K"], question="+1 what?")
    r.order = [1, 0]
    r.columns[0].stats = ReplyStats(10, 0.1, 20, 0.5, 0.05, "eos").to_dict()
    r.columns[0].state = "done"
    blind.vote(r, "B")
    session.rounds.append(r)
    rows = list(csv.reader(io.StringIO(blind.to_csv(session))))
    assert rows[0][:5] == ["round", "question", "shown as", "model", "chosen"]
    assert rows[1][:7] == ["1", "'+1 what?", "B", "'=HYPERLINK(1)", "yes", "20", "38.0"]
    assert rows[2][2:5] == ["A", "Q2_K", "no"]


# -- where replies part ways ------------------------------------------------------------------------


def test_first_divergence() -> None:
    assert first_divergence(["The", " sky", " is"], ["The", " sky", " is"]) is None
    assert first_divergence(["The", " sky", " is"], ["The", " sea", " is"]) == 1
    assert first_divergence(["The", " sky"], ["The", " sky", " is"]) == 2
    assert first_divergence([], ["x"]) == 0
    assert char_offset(["The", " sky", " is"], 2) == len("The sky")


def test_marks_need_the_same_tokenizer_and_say_why_not() -> None:
    r = _round(["F16", "Q4_0", "Other", "Server"])
    for column, pieces, vocab in zip(
        r.columns,
        (["a", "b", "c"], ["a", "x", "c"], ["a", "b", "c"], ["a", "b"]),
        ("1024:aa", "1024:aa", "2048:bb", ""),
        strict=True,
    ):
        column.pieces, column.vocabulary, column.state = pieces, vocab, "done"
    mark_divergences(r)
    base, q4, other, server = r.columns
    assert q4.divergence == 1 and "token 2" in q4.divergence_note
    assert base.divergence == 1
    assert other.divergence is None and "different tokenizer" in other.divergence_note
    assert server.divergence is None and "server" in server.divergence_note


def test_map_shades_and_missing_variants() -> None:
    assert level(0.0) == 0 and level(LEVELS[0]) == 1 and level(5.0) == len(LEVELS) and level(float("nan")) == 5
    variants = [("Q8_0", [0.0, 0.01, 0.3]), ("MLX", None)]
    m = divergence_map("F16", [5, 6, 7], variants, lambda ids: [str(i) for i in ids])
    assert [row.label for row in m.rows] == ["Q8_0"]
    assert m.rows[0].levels() == [0, 1, 3]
    assert m.rows[0].share_above(0.25) == pytest.approx(1 / 3)
    assert "MLX" in m.note


def test_apply_update_keeps_partial_text_and_the_reason() -> None:
    column = ArenaColumn("Q4_0", "/m/q4.gguf")
    apply_update(column, ColumnUpdate(0, "streaming", ("Hel", "lo")))
    apply_update(column, ColumnUpdate(0, "failed", (" wor",), error="The engine stopped."))
    assert column.text == "Hello wor" and column.pieces == ["Hel", "lo", " wor"]
    assert column.state == "failed" and column.error == "The engine stopped."


# -- saved sessions ---------------------------------------------------------------------------------


def test_sessions_are_saved_reopened_and_updated(tmp_path: pathlib.Path) -> None:
    store = ArenaStore(tmp_path / "app.sqlite3")
    session = ArenaSession(title="Q4 vs F16", created="2026-11-30T12:00:00")
    r = _round(["F16", "Q4_0"])
    r.columns[1].text, r.columns[1].pieces, r.columns[1].state = "Hi", ["Hi"], "done"
    r.columns[1].stats = ReplyStats(5, 0.1, 1, 0.0, 0.02, "eos").to_dict()
    r.order = [1, 0]
    blind.vote(r, "A")
    session.rounds.append(r)
    session_id = store.save(session)
    r.revealed = True
    assert store.save(session) == session_id
    store.close()

    again = ArenaStore(tmp_path / "app.sqlite3")
    assert again.sessions() == [(session_id, "2026-11-30T12:00:00", "Q4 vs F16")]
    loaded = again.load(session_id)
    assert loaded.params == ARENA_SAMPLING and loaded.params.temperature == 0
    assert loaded.rounds[0].winner == 1 and loaded.rounds[0].revealed
    assert loaded.rounds[0].columns[1].reply_stats == ReplyStats(5, 0.1, 1, 0.0, 0.02, "eos")
    with pytest.raises(ArenaStoreError):
        again.load(session_id + 1)
    again.close()


def test_a_damaged_saved_session_says_so(tmp_path: pathlib.Path) -> None:
    store = ArenaStore(tmp_path / "app.sqlite3")
    store.close()
    with sqlite3.connect(tmp_path / "app.sqlite3") as conn:
        conn.execute("INSERT INTO arena_sessions (created, title, data) VALUES ('', 't', '{not json')")
    store = ArenaStore(tmp_path / "app.sqlite3")
    with pytest.raises(ArenaStoreError, match="damaged"):
        store.load(1)
    store.close()


# -- token texts from a GGUF file -----------------------------------------------------------------


def test_token_texts_decode_like_the_tokenizer(tiny_gguf: pathlib.Path) -> None:
    from tokenizers import Tokenizer, decoders, models

    texts = TokenTexts(tiny_gguf)
    vocab = train_tiny_vocab(1024)
    assert len(texts) == len(vocab.tokens) and texts.model == "gpt2"
    tokenizer = Tokenizer(models.BPE({t: i for i, t in enumerate(vocab.tokens)}, []))
    tokenizer.decoder = decoders.ByteLevel()
    ids = [i for i, t in enumerate(vocab.tokens) if not t.startswith("<|")][:300]
    assert "".join(texts.pieces(ids)) == tokenizer.decode(ids)
    assert texts.pieces([vocab.token_id("<|im_end|>")]) == [""]


def test_token_texts_of_a_damaged_file(tmp_path: pathlib.Path, tiny_gguf: pathlib.Path) -> None:
    cut = tmp_path / "cut.gguf"
    cut.write_bytes(tiny_gguf.read_bytes()[:2000])
    with pytest.raises(VocabularyUnreadable, match="ends before"):
        TokenTexts(cut)
    other = tmp_path / "not.gguf"
    other.write_bytes(b"hello world, not a model")
    with pytest.raises(VocabularyUnreadable, match="not a GGUF"):
        TokenTexts(other)


def test_session_data_is_what_asdict_gives_and_shares_nothing_mutable() -> None:
    from dataclasses import asdict

    column = ArenaColumn("F16", "a.gguf", text="Hi there", pieces=["Hi", " there"], state="done",
                         stats={"generated_tokens": 2}, divergence=1, divergence_note="parts at 2")
    session = ArenaSession(title="t", created="c", rounds=[ArenaRound("Why?", [column], order=[0], winner=0)], id=3)
    data = session.to_dict()
    expected = asdict(session)
    expected["params"] = session.params.to_dict()
    assert data == expected
    column.pieces.append("!")
    column.stats["generated_tokens"] = 3  # type: ignore[index]
    session.rounds[0].order.append(1)
    assert data["rounds"][0]["columns"][0]["pieces"] == ["Hi", " there"]
    assert data["rounds"][0]["columns"][0]["stats"] == {"generated_tokens": 2}
    assert data["rounds"][0]["order"] == [0]
    assert ArenaSession.from_dict(data).rounds[0].columns[0].text == "Hi there"


def test_a_plan_writes_its_line_again_in_the_language_installed_now() -> None:
    from workbench import i18n

    plan = plan_run([500 * MB, 400 * MB], 14_000 * MB, "in turn")
    assert plan.text().endswith("They run one after another.")
    i18n.install(lambda context, text: f"[{text}]")
    try:
        assert plan.text().endswith("[They run one after another.]")
    finally:
        i18n.install(None)
    crowded = plan_run([300 * MB, 300 * MB, 900 * MB], 1_000 * MB, "at once", ["A1", "B1", "Big"])
    assert crowded.text() == " ".join([crowded.summary, *crowded.notes])
    assert "Big does not fit" in crowded.text()
