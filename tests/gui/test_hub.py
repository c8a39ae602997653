"""The Hub panel against a loopback Hub: catalog offline, search, repository page, gated, downloads."""

from __future__ import annotations

import hashlib
import pathlib
import socket
from collections.abc import Iterator
from typing import Any

import pytest

from tests.support.fake_hub import FakeHub, standard_hub
from ui.hub import DownloadsPanel, HubPanel
from ui.jobs import JobRunner
from workbench.hub.catalog import load_catalog
from workbench.hub.client import HubClient
from workbench.hub.download import DownloadRequest, DownloadService
from workbench.hub.token import HubTokenStore


@pytest.fixture
def hf_cache(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> pathlib.Path:
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hf" / "hub"))
    monkeypatch.delenv("HF_TOKEN", raising=False)
    return tmp_path / "hf" / "hub"


@pytest.fixture
def hub(tiny_gguf: pathlib.Path, hf_cache: pathlib.Path) -> Iterator[FakeHub]:
    server = standard_hub(tiny_gguf.read_bytes()).start()
    yield server
    server.stop()


def make_panel(qtbot: object, runner: JobRunner, endpoint: str) -> HubPanel:
    tokens = HubTokenStore(use_keyring=False)
    panel = HubPanel(HubClient(endpoint=endpoint, token=tokens, read_timeout=5), load_catalog(), runner, tokens)
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    return panel


def test_catalog_shows_offline_and_no_server_says_offline(qtbot: object, runner: JobRunner) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    panel = make_panel(qtbot, runner, f"http://127.0.0.1:{port}")
    assert panel.results.rowCount() == len(load_catalog()) >= 12
    panel.search_edit.setText("qwen")
    with qtbot.waitSignal(panel.offline_changed, timeout=30_000) as offline:  # type: ignore[attr-defined]
        panel.search()
    assert offline.args == [True] and "Offline" in panel.status.text()
    assert panel.results.rowCount() == len(load_catalog())


def test_search_then_repository_page_with_fit(qtbot: object, runner: JobRunner, hub: FakeHub,
                                              qtmodeltester: Any) -> None:
    panel = make_panel(qtbot, runner, hub.url)
    qtmodeltester.check(panel.repo_page.files, force_py=True)  # and again on every change below
    panel.search_edit.setText("tiny")
    panel.search()
    qtbot.waitUntil(lambda: panel.results.rowCount() == 2, timeout=30_000)  # type: ignore[attr-defined]
    assert panel.results.result(0).repo_id == "tiny/Tiny-Llama-1.7B-GGUF"
    panel.open_repository("tiny/Tiny-Llama-1.7B-GGUF")
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.repo_page, timeout=30_000)  # type: ignore[attr-defined]
    page = panel.repo_page
    assert page.files.rowCount() == 3
    assert page.files.index(0, 4).data() in ("fits", "tight", "does not fit")
    assert page.hint.text().startswith(("Pick", "Only", "None"))
    assert page.download_button.isEnabled()
    with qtbot.waitSignal(panel.download_requested) as requested:  # type: ignore[attr-defined]
        page.download_button.click()
    assert isinstance(requested.args[0][0], DownloadRequest) and requested.args[0][0].sha256


def test_gated_repository_asks_for_a_token(qtbot: object, runner: JobRunner, hub: FakeHub) -> None:
    panel = make_panel(qtbot, runner, hub.url)
    panel.open_repository("acme/Gated-3B-GGUF")
    qtbot.waitUntil(lambda: panel.access_box.isVisibleTo(panel), timeout=30_000)  # type: ignore[attr-defined]
    assert "huggingface.co/acme/Gated-3B-GGUF" in panel.access_text.text()
    panel.token_edit.setText(hub.token)
    panel.token_button.click()
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.repo_page, timeout=30_000)  # type: ignore[attr-defined]
    assert panel.repo_page.title.text() == "acme/Gated-3B-GGUF"


def test_downloads_panel_runs_cancels_and_resumes(qtbot: object, runner: JobRunner, hub: FakeHub,
                                                   hf_cache: pathlib.Path, tmp_path: pathlib.Path) -> None:
    repo = hub.repos["tiny/Tiny-Llama-1.7B-GGUF"]
    content = repo.files["tiny-f16.gguf"]
    hub.cut_after["tiny-f16.gguf"] = len(content) // 2
    service = DownloadService(HubClient(endpoint=hub.url), hf_cache, tmp_path / "downloads.json")
    panel = DownloadsPanel(service, runner)
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    request = DownloadRequest(repo.repo_id, "tiny-f16.gguf", size=len(content),
                              sha256=hashlib.sha256(content).hexdigest())
    panel.enqueue([request])
    settled = ("queued", "downloading")
    qtbot.waitUntil(lambda: service.downloads.get(request.key).status not in settled, timeout=30_000)  # type: ignore
    assert service.downloads.get(request.key).status == "paused", service.downloads.get(request.key)
    qtbot.waitUntil(lambda: not panel._handles, timeout=30_000)  # type: ignore[attr-defined]
    assert "Paused" in panel.model.index(0, 5).data()
    panel.view.selectRow(0)
    assert panel.resume_button.isEnabled()
    with qtbot.waitSignal(panel.download_finished, timeout=30_000) as finished:  # type: ignore[attr-defined]
        panel.resume_button.click()
    assert pathlib.Path(finished.args[0]).read_bytes() == content
    qtbot.waitUntil(lambda: not panel._handles, timeout=30_000)  # type: ignore[attr-defined]
    assert panel.model.index(0, 5).data() == "Done"
    assert panel.model.index(0, 2).data().startswith(f"{len(content) / 1e6:.1f} MB of")


def test_a_split_model_is_one_row_and_downloads_every_part(qtbot: object, runner: JobRunner, hub: FakeHub) -> None:
    from tests.support.fake_hub import FakeRepo

    gguf = hub.repos["tiny/Tiny-Llama-1.7B-GGUF"].files["tiny-f16.gguf"]
    half = len(gguf) // 2
    hub.add(FakeRepo("tiny/Split-GGUF", {
        "Split-Q8_0-00001-of-00002.gguf": gguf[:half], "Split-Q8_0-00002-of-00002.gguf": gguf[half:],
        "Split-Q4_K_M-00001-of-00002.gguf": gguf[:half],
    }, gguf_total=1_700_000_000))
    panel = make_panel(qtbot, runner, hub.url)
    panel.open_repository("tiny/Split-GGUF")
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.repo_page, timeout=30_000)  # type: ignore[attr-defined]
    page = panel.repo_page
    assert page.files.rowCount() == 2
    rows = {page.files.index(r, 0).data(): r for r in range(2)}
    assert page.files.index(rows["Q8_0"], 1).data() == "Split-Q8_0.gguf (2 parts)"
    assert page.files.index(rows["Q8_0"], 2).data() == f"{len(gguf) / 1e6:.1f} MB"
    assert page.files.index(rows["Q4_K_M"], 4).data() == "incomplete: part 2 of 2 missing"
    assert [r.filename for r in page.selected_requests()] == [  # the complete one is preselected
        "Split-Q8_0-00001-of-00002.gguf", "Split-Q8_0-00002-of-00002.gguf"]
    assert page.download_button.text() == "Download Q8_0 (2 parts)"
    page.view.selectRow(rows["Q4_K_M"])
    assert page.selected_requests() == [] and not page.download_button.isEnabled()


def test_cancel_reaches_a_download_the_hub_has_not_answered(qtbot: object, runner: JobRunner, hub: FakeHub,
                                                            hf_cache: pathlib.Path, tmp_path: pathlib.Path) -> None:
    repo = hub.repos["tiny/Tiny-Llama-1.7B-GGUF"]
    content = repo.files["tiny-f16.gguf"]
    hub.stall.add(("HEAD", "/tiny/Tiny-Llama-1.7B-GGUF/resolve/"))  # no answer, not even headers
    service = DownloadService(HubClient(endpoint=hub.url, read_timeout=600), hf_cache, tmp_path / "downloads.json")
    panel = DownloadsPanel(service, runner)
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    request = DownloadRequest(repo.repo_id, "tiny-f16.gguf", size=len(content),
                              sha256=hashlib.sha256(content).hexdigest())
    panel.enqueue([request])
    qtbot.waitUntil(hub.stalled.is_set, timeout=30_000)  # type: ignore[attr-defined]
    panel.view.selectRow(0)
    assert panel.cancel_button.isEnabled()
    panel.cancel_button.click()
    qtbot.waitUntil(lambda: not panel._handles, timeout=30_000)  # type: ignore[attr-defined]
    assert service.downloads.get(request.key).status == "paused"  # type: ignore[union-attr]
    assert panel.model.index(0, 5).data() == "Paused: Cancelled; press Resume to continue."
    assert panel.resume_button.isEnabled()


def test_offline_mode_is_named_in_the_hub_panel(qtbot: object, runner: JobRunner, hub: FakeHub,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    panel = make_panel(qtbot, runner, hub.url)
    panel.search_edit.setText("tiny")
    with qtbot.waitSignal(panel.offline_changed, timeout=30_000) as offline:  # type: ignore[attr-defined]
        panel.search()
    assert offline.args == [True]
    assert "Offline mode is on (HF_HUB_OFFLINE)" in panel.status.text()
    assert "cannot reach" not in panel.status.text() and hub.requests == []


def test_a_private_repository_asks_to_sign_in_not_for_access(qtbot: object, runner: JobRunner, hub: FakeHub) -> None:
    from tests.support.fake_hub import FakeRepo

    hub.add(FakeRepo("someone/Private-GGUF", {"private-Q4_0.gguf": b"GGUF"}, private=True))
    panel = make_panel(qtbot, runner, hub.url)
    panel.open_repository("someone/Private-GGUF")
    qtbot.waitUntil(lambda: panel.access_box.isVisibleTo(panel), timeout=30_000)  # type: ignore[attr-defined]
    assert "someone/Private-GGUF needs you to sign in." in panel.access_text.text()
    assert "gated" not in panel.access_text.text()


def test_recommended_models_offline_have_size_and_fit_filter_and_open_says_why(qtbot: object,
                                                                                runner: JobRunner) -> None:
    from ui.hub.models import RESULT_COLUMNS

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    panel = make_panel(qtbot, runner, f"http://127.0.0.1:{port}")
    catalog = load_catalog()
    size_col, fit_col = RESULT_COLUMNS.index("Download"), RESULT_COLUMNS.index("Fit on this machine")
    for row in range(panel.proxy.rowCount()):
        assert panel.proxy.index(row, size_col).data().startswith("≈")
        assert panel.proxy.index(row, fit_col).data() in ("fits", "tight", "does not fit")
    assert "fit" in panel.status.text()

    # The search text filters the recommended list as it is typed, by name, repository or summary.
    panel.search_edit.setText("qwen3")
    assert 0 < panel.proxy.rowCount() < len(catalog)
    assert all("qwen3" in panel.results.result(panel.proxy.mapToSource(panel.proxy.index(r, 0)).row()).repo_id.lower()
               for r in range(panel.proxy.rowCount()))
    assert "match “qwen3”" in panel.status.text()
    panel.search_edit.setText("reasoning")  # words of the summaries too
    assert panel.proxy.rowCount() >= 1
    panel.search_edit.setText("no such model at all")
    assert panel.proxy.rowCount() == 0 and "No recommended model matches" in panel.status.text()
    panel.search_edit.setText("qwen3")

    # Searching while offline keeps the filtered list and says so.
    with qtbot.waitSignal(panel.offline_changed, timeout=30_000):  # type: ignore[attr-defined]
        panel.search()
    assert 0 < panel.proxy.rowCount() < len(catalog)
    assert "matching “qwen3”" in panel.status.text()

    # Open repository offline says why it cannot, instead of doing nothing.
    panel.view.selectRow(0)
    repo = panel.results.result(panel.proxy.mapToSource(panel.proxy.index(0, 0)).row()).repo_id
    assert panel.open_button.isEnabled()
    panel.open_button.click()
    assert "needs the internet" in panel.status.text()
    qtbot.waitUntil(lambda: "cannot be opened" in panel.status.text(), timeout=30_000)  # type: ignore[attr-defined]
    assert repo in panel.status.text() and "Hugging Face Hub" in panel.status.text()
    assert panel.stack.currentIndex() == 0  # the list stays

