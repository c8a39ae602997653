"""Typed errors of the Hub browser and downloads; ``str(err)`` is a sentence a person can act on."""

from __future__ import annotations

from workbench.errors import WorkbenchError


class HubError(WorkbenchError):
    """Something went wrong talking to the Hub."""


class HubOffline(HubError):
    """No answer from the Hub: no network, no server, or it did not answer in time."""


class HubAccessDenied(HubError):
    """The repository is gated or private (HTTP 401/403). ``access_url`` is where to ask for access."""

    def __init__(self, message: str, repo_id: str, access_url: str, status: int) -> None:
        super().__init__(message)
        self.repo_id = repo_id
        self.access_url = access_url
        self.status = status


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
