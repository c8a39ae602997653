"""Comparison runs: saved in the app database and back, JSON and CSV exports that parse back."""

from __future__ import annotations

import csv
import io
import json
import math
import sqlite3

import pytest

from workbench.compare.export import CSV_COLUMNS, CompareFileError, from_json, to_csv, to_json
from workbench.compare.results import (
    Answer,
    CompareRun,
    CompareSettings,
    MachineFacts,
    Measurement,
    Quality,
    VariantResult,
)
from workbench.compare.store import CompareStore, CompareStoreError
from workbench.conversations import ConversationStore
from workbench.paths import AppPaths


def sample_run() -> CompareRun:
    done = VariantResult(
        path="/models/m-F16.gguf",
        label="m F16",
        status="done",
        backend="llama.cpp",
        quantization="F16",
        file_bytes=271_000_000,
        parameters=134_515_008,
        bits_per_weight=16.0,
        load_seconds=0.3,
        peak_rss_bytes=330_000_000,
        estimated_bytes=450_000_000,
        expected_bytes=320_000_000,
        prompt_speed=Measurement([500.0, 510.0, 490.0]),
        generation_speed=Measurement([40.0, 41.0, 39.5], [1, 2, 3]),
        bytes_per_token=269_000_000,
        ceiling_tokens_per_second=74.3,
        quality=Quality(20.5, 0.4, 2040, 8, 512, kl_mean=0.0, kl_stderr=0.0, top1_agreement=1.0, top1_stderr=0.0),
        answers=[Answer("Why is the sky blue?", "Because of Rayleigh scattering, \"mostly\".\nYes.", 12, 0.4)],
    )
    other_tokenizer = VariantResult(
        path="/models/other.gguf",
        label="other Q4_0",
        status="done",
        quantization="Q4_0",
        quality=Quality(30.0, 0.6, 2040, 8, 512, kl_note="A different tokenizer than the baseline m F16."),
    )
    failed = VariantResult(path="/models/bad.gguf", label="bad.gguf", status="failed", error="llama.cpp could not load")
    return CompareRun(
        variants=[done, other_tokenizer, failed],
        settings=CompareSettings(baseline="/models/m-F16.gguf", prompts=["Why is the sky blue?"]),
        machine=MachineFacts(cpu="CPU", cores=2, memory_bytes=8 << 30, bandwidth_bytes_per_second=2e10, system="X"),
        created="2026-01-02T03:04:05+00:00",
        title="m: F16, Q4_0",
    )


def test_json_round_trip_keeps_every_figure() -> None:
    run = sample_run()
    back = from_json(to_json(run))
    assert back == run
    assert back.variants[0].generation_speed is not None
    assert back.variants[0].generation_speed.mean == pytest.approx(40.1666, rel=1e-4)
    assert back.variants[0].generation_speed.rounds == [1, 2, 3]  # which speed round each sample was timed in


def test_a_saved_run_without_rounds_or_with_rounds_that_do_not_fit_reads_as_unpaired() -> None:
    data = json.loads(to_json(sample_run()))
    data["variants"][0]["generation_speed"]["rounds"] = [1, 2]  # one short of the samples
    del data["variants"][0]["prompt_speed"]["rounds"]  # a run saved before rounds were kept
    back = from_json(json.dumps(data)).variants[0]
    assert back.generation_speed is not None and back.generation_speed.samples == [40.0, 41.0, 39.5]
    assert back.generation_speed.rounds == [] and back.prompt_speed is not None and back.prompt_speed.rounds == []
    for bad in (["1", "2", "3"], [1.5, 2, 3], "123", {"1": 1}, [True, 2, 3]):  # an edited or damaged file
        data["variants"][0]["generation_speed"]["rounds"] = bad
        back = from_json(json.dumps(data)).variants[0]
        assert back.generation_speed is not None and back.generation_speed.samples == [40.0, 41.0, 39.5]
        assert back.generation_speed.rounds == []


def test_json_has_no_nan_and_says_what_it_is() -> None:
    run = sample_run()
    assert run.variants[0].quality is not None
    run.variants[0].quality.perplexity_stderr = math.nan
    text = to_json(run)
    data = json.loads(text)  # strict JSON parses: no NaN tokens
    assert data["format"] == "slm-workbench-compare" and "NaN" not in text
    assert data["variants"][0]["generation_speed"]["mean"] == pytest.approx(40.1666, rel=1e-4)
    back = from_json(text)
    assert back.variants[0].quality is not None and math.isnan(back.variants[0].quality.perplexity_stderr)


@pytest.mark.parametrize("text", ["", "{", "[]", '{"variants": []}'])
def test_from_json_refuses_what_is_not_a_run(text: str) -> None:
    with pytest.raises(CompareFileError, match="Not a comparison file"):
        from_json(text)


def test_csv_one_row_per_variant_with_a_header() -> None:
    run = sample_run()
    rows = list(csv.DictReader(io.StringIO(to_csv(run))))
    assert len(rows) == 3
    assert list(rows[0]) == list(CSV_COLUMNS)
    first = rows[0]
    assert first["label"] == "m F16" and first["status"] == "done"
    assert float(first["generation_tokens_per_second"]) == pytest.approx(40.1666, rel=1e-4)
    assert float(first["perplexity"]) == 20.5 and int(first["tokens_scored"]) == 2040
    assert int(first["file_bytes"]) == 271_000_000 and first["answers"] == "1"
    assert rows[1]["kl_mean"] == "" and "different tokenizer" in rows[1]["kl_note"]
    assert rows[2]["error"] == "llama.cpp could not load" and rows[2]["perplexity"] == ""


def test_store_save_list_load_update_delete(tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = AppPaths.for_root(tmp_path).database_file
    store = CompareStore(db)
    run = sample_run()
    first = store.save(run)
    assert run.id == first
    second_run = sample_run()
    second_run.title = "second"
    second = store.save(second_run)
    assert store.runs() == [(second, second_run.created, "second"), (first, run.created, "m: F16, Q4_0")]
    loaded = store.load(first)
    assert loaded == run
    run.title = "renamed"
    run.variants[1].status = "cancelled"
    store.update(run)
    assert store.load(first).title == "renamed" and store.load(first).variants[1].status == "cancelled"
    store.delete(first)
    assert [r[0] for r in store.runs()] == [second]
    with pytest.raises(CompareStoreError, match="no saved comparison"):
        store.load(first)
    store.close()
    reopened = CompareStore(db)  # kept on disk
    assert reopened.load(second).title == "second"
    reopened.close()


def test_store_shares_the_database_with_conversations(tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = AppPaths.for_root(tmp_path).database_file
    conversations = ConversationStore(db)
    chat = conversations.create("Hello")
    runs = CompareStore(db)
    runs.save(sample_run())
    runs.close()
    conversations.close()
    again = ConversationStore(db)
    assert again.problem is None and [c.title for c in again.conversations()] == [chat.title]
    again.close()
    tables = {r[0] for r in sqlite3.connect(db).execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"conversations", "messages", "compare_runs"} <= tables


def test_store_that_cannot_be_opened_says_why(tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "db.sqlite3"
    folder.mkdir()
    with pytest.raises(CompareStoreError, match="cannot be kept"):
        CompareStore(folder)
