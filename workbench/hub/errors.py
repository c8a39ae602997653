"""Typed errors of the Hub browser and downloads; ``str(err)`` is a sentence a person can act on."""

from __future__ import annotations

from workbench.errors import WorkbenchError


def plain_line(text: str, limit: int = 120) -> str:
    """Untrusted ``text`` (a repository or file name, a license from the Hub) as one plain line of at most
    ``limit`` characters, an ellipsis marking a cut."""
    line = " ".join("".join(c if c.isprintable() else " " for c in text[: limit * 4]).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


class HubError(WorkbenchError):
    """Something went wrong talking to the Hub."""


class HubOffline(HubError):
    """No answer from the Hub: no network, no server, or it did not answer in time."""


class HubOfflineMode(HubOffline):
    """Offline mode is on (``HF_HUB_OFFLINE``): the Hub is not asked at all."""


class HubAccessDenied(HubError):
    """The repository is gated (HTTP 401/403 with the Hub's "gated" code). ``access_url`` is where to ask for
    access; ``headline`` is the short phrase shown above the explanation."""

    gated = True

    def __init__(self, message: str, repo_id: str, access_url: str, status: int, headline: str = "") -> None:
        super().__init__(message)
        self.repo_id = repo_id
        self.access_url = access_url
        self.status = status
        self.headline = headline or f"{repo_id or 'This repository'} is gated."


class HubSignInNeeded(HubAccessDenied):
    """Not gated, but the Hub wants a valid access token: a private repository, or a token it refuses (invalid,
    expired, or without read permission). ``access_url`` is the page where tokens are made."""

    gated = False


class HubNotFound(HubError):
    """The repository or file does not exist (HTTP 404)."""


class HubServerError(HubError):
    """The Hub answered with an error of its own (HTTP 5xx or a malformed answer)."""


class DownloadError(HubError):
    """A download failed; nothing unverified was left in the library."""


class DownloadInterrupted(DownloadError):
    """The connection dropped mid-file; the part downloaded so far is kept, and Resume continues from it."""


class ChecksumMismatch(DownloadError):
    """The downloaded file's SHA-256 differs from the Hub's; the file was deleted."""


class DiskFull(DownloadError):
    """Not enough free disk space; the partial file was deleted."""
