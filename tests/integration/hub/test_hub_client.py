"""Search and repository pages through the real huggingface_hub client, against a loopback Hub."""

from __future__ import annotations

import socket

import pytest

from tests.support.fake_hub import FakeHub, FakeRepo
from workbench.hub.client import HubClient, SearchFilters
from workbench.hub.errors import (
    HubAccessDenied,
    HubNotFound,
    HubOffline,
    HubOfflineMode,
    HubServerError,
    HubSignInNeeded,
)

PLENTY = (64 * 10**9, 64 * 10**9)
LITTLE = (100 * 10**6, 1 * 10**9)


def test_search_finds_sorts_and_filters(fake_hub: FakeHub) -> None:
    client = HubClient()
    results = client.search("", sort="downloads")
    assert [m.repo_id for m in results] == [
        "tiny/Tiny-Llama-1.7B-GGUF", "acme/Gated-3B-GGUF", "mlx-community/Tiny-0.5B-4bit"
    ]
    top = results[0]
    assert top.parameters == 1_700_000_000 and top.size_class == "Small"
    assert top.license == "apache-2.0" and "gguf" in top.formats
    assert set(top.quantizations) == {"F16", "Q8_0", "Q4_K_M"}
    assert [m.repo_id for m in client.search("", sort="likes")][0] == "mlx-community/Tiny-0.5B-4bit"
    assert [m.repo_id for m in client.search("tiny", filters=SearchFilters(format="mlx"))] == [
        "mlx-community/Tiny-0.5B-4bit"
    ]
    assert client.search("", filters=SearchFilters(license="llama3.2"))[0].repo_id == "acme/Gated-3B-GGUF"
    assert client.search("", filters=SearchFilters(size_class="Micro"))[0].parameters == 500_000_000
    assert [m.repo_id for m in client.search("", filters=SearchFilters(quantization="Q8_0"))] == [
        "tiny/Tiny-Llama-1.7B-GGUF"
    ]
    assert any("search=tiny" in path or path == "/api/models" for _, path, _ in fake_hub.requests)


def test_repository_page_groups_files_with_fit_and_hint(fake_hub: FakeHub) -> None:
    page = HubClient().repository("tiny/Tiny-Llama-1.7B-GGUF", memory=PLENTY)
    assert page.summary == "A tiny random llama for tests. It says nothing."
    assert page.license == "apache-2.0"
    assert [g.quantization for g in page.groups] == ["F16", "Q8_0", "Q4_K_M"]
    assert all(g.fit is not None and g.fit.verdict == "fits" for g in page.groups)
    assert all(f.sha256 and len(f.sha256) == 64 for g in page.groups for f in g.files)
    assert page.hint.startswith("Pick Q4_K_M")
    assert [f.filename for f in page.other_files] == ["README.md"]
    small = HubClient().repository("tiny/Tiny-Llama-1.7B-GGUF", memory=LITTLE)
    assert all(g.fit is not None and g.fit.verdict == "does not fit" for g in small.groups)
    assert "None of these files fits" in small.hint


def test_gated_repository_explains_how_to_get_access(fake_hub: FakeHub) -> None:
    with pytest.raises(HubAccessDenied) as denied:
        HubClient().repository("acme/Gated-3B-GGUF")
    assert denied.value.status == 401 and denied.value.gated and not isinstance(denied.value, HubSignInNeeded)
    assert "is gated: request access on its page" in str(denied.value)
    assert denied.value.headline == "acme/Gated-3B-GGUF is gated."
    assert "https://huggingface.co/acme/Gated-3B-GGUF" in str(denied.value)
    assert "access token" in str(denied.value)
    with pytest.raises(HubAccessDenied) as refused:
        HubClient(token=lambda: "hf_wrong").repository("acme/Gated-3B-GGUF")
    assert refused.value.status == 403 and "refused" in str(refused.value)
    page = HubClient(token=lambda: fake_hub.token).repository("acme/Gated-3B-GGUF")
    assert page.groups[0].quantization == "Q4_K_M"


def test_missing_repository_says_not_found(fake_hub: FakeHub) -> None:
    with pytest.raises(HubNotFound, match="nobody/nothing was not found"):
        HubClient().repository("nobody/nothing")


def test_server_error_is_reported_without_retries(fake_hub: FakeHub) -> None:
    fake_hub.fail_status["/api/models"] = 500
    with pytest.raises(HubServerError, match="HTTP 500"):
        HubClient().search("tiny")
    assert len(fake_hub.requests) == 1


def test_slow_server_times_out_as_offline(fake_hub: FakeHub) -> None:
    fake_hub.delay = 10.0
    client = HubClient(read_timeout=0.5)
    with pytest.raises(HubOffline, match="did not answer within 0.5 s"):
        client.search("tiny")
    with pytest.raises(HubOffline):
        client.repository("tiny/Tiny-Llama-1.7B-GGUF")


def test_no_server_is_offline_quickly(hf_env: object) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(HubOffline, match="Offline: cannot reach"):
        HubClient(endpoint=f"http://127.0.0.1:{port}").search("anything")


def test_a_401_without_the_gated_code_is_sign_in_not_gated(fake_hub: FakeHub) -> None:
    fake_hub.add(FakeRepo("someone/Private-GGUF", {"private-Q4_0.gguf": b"GGUF"}, private=True))
    with pytest.raises(HubSignInNeeded) as needed:
        HubClient().repository("someone/Private-GGUF")
    message = str(needed.value)
    assert message.startswith("someone/Private-GGUF needs you to sign in") and "gated" not in message
    assert needed.value.headline == "someone/Private-GGUF needs you to sign in."
    assert needed.value.access_url == "https://huggingface.co/settings/tokens"
    with pytest.raises(HubNotFound, match="or it is private and your access token does not give access"):
        HubClient(token=lambda: "hf_someone_else").repository("someone/Private-GGUF")
    assert HubClient(token=lambda: fake_hub.token).repository("someone/Private-GGUF").repo_id == "someone/Private-GGUF"


def test_an_invalid_token_is_told_apart_from_gated(fake_hub: FakeHub) -> None:
    fake_hub.reject_bad_tokens = True
    for ask in (lambda c: c.search("tiny"), lambda c: c.repository("acme/Gated-3B-GGUF")):
        with pytest.raises(HubSignInNeeded, match="refused your access token: it is invalid or has expired") as bad:
            ask(HubClient(token=lambda: "hf_expired"))
        assert "gated" not in str(bad.value) and bad.value.headline == "The Hub refused the access token."


def test_offline_mode_says_so_instead_of_cannot_reach(fake_hub: FakeHub, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    client = HubClient()
    for ask in (lambda: client.search("tiny"), lambda: client.repository("tiny/Tiny-Llama-1.7B-GGUF")):
        with pytest.raises(HubOfflineMode, match=r"^Offline mode is on \(HF_HUB_OFFLINE\)") as offline:
            ask()
        assert isinstance(offline.value, HubOffline) and "cannot reach" not in str(offline.value)
    assert fake_hub.requests == []
    monkeypatch.setenv("HF_HUB_OFFLINE", "0")
    assert client.search("tiny")


def test_unreachable_hub_says_why_in_words(hf_env: object) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(HubOffline) as offline:
        HubClient(endpoint=f"http://127.0.0.1:{port}").search("anything")
    assert str(offline.value).endswith("(the connection was refused).")
    assert "Error" not in str(offline.value)
