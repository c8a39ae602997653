"""Search the Hugging Face Hub and read a repository's page, through ``huggingface_hub``, never hanging.

Every request goes through huggingface_hub's shared HTTP session with an explicit timeout and no retries
(``HfApi.list_models`` offers neither, so search calls the same ``/api/models`` endpoint itself and parses with
huggingface_hub's own ``ModelInfo``). Errors come back typed: :class:`HubOffline` (:class:`HubOfflineMode` when
``HF_HUB_OFFLINE`` is set, and then nothing is sent), :class:`HubAccessDenied` (gated) apart from
:class:`HubSignInNeeded` (a private repository or a refused token), :class:`HubNotFound`, :class:`HubServerError`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from workbench import formats
from workbench.hub.errors import (
    HubAccessDenied,
    HubError,
    HubNotFound,
    HubOffline,
    HubOfflineMode,
    HubServerError,
    HubSignInNeeded,
    plain_line,
)
from workbench.hub.quant import (
    HubFile,
    QuantGroup,
    group_by_quantization,
    group_onnx_variants,
    judge_groups,
    parse_parameters,
    parse_quantization,
    pick_hint,
)
from workbench.i18n import QT_TRANSLATE_NOOP, tr
from workbench.model_info import size_class

SortKey = Literal["downloads", "likes", "last_modified"]
FormatFilter = Literal["", "gguf", "mlx", "onnx", "safetensors"]
SEARCH_EXPAND = [
    "downloads", "likes", "lastModified", "tags", "library_name", "gguf", "safetensors", "siblings", "gated",
]
TokenProvider = Callable[[], "str | None"]
TOKENS_PAGE = "https://huggingface.co/settings/tokens"
LICENSE_LENGTH = 80
"""A license name longer than this is shortened (real ones are a few words)."""
OFFLINE_MODE = QT_TRANSLATE_NOOP(
    "Hub",
    "Offline mode is on (HF_HUB_OFFLINE): the Hub is not asked. Models already downloaded still work; unset "
    "HF_HUB_OFFLINE and restart to search and download.",
)
_INVALID_TOKEN = "Invalid credentials in Authorization header"


def offline_mode() -> bool:
    """True when ``HF_HUB_OFFLINE`` asks that the Hub not be contacted (read at call time)."""
    from huggingface_hub import constants

    value = os.environ.get("HF_HUB_OFFLINE")
    if value is not None:
        return value.strip().upper() in constants.ENV_VARS_TRUE_VALUES
    return bool(constants.is_offline_mode())


def _transport_reason(exc: BaseException) -> str:
    """Why a connection failed, in a few words a person reads (never an exception's class name)."""
    text = str(exc).lower()
    if "refused" in text:
        return "the connection was refused"
    if "name or service not known" in text or "nodename nor servname" in text or "getaddrinfo" in text:
        return "the host name is unknown: no network?"
    if "network is unreachable" in text:
        return "the network is unreachable"
    if "certificate" in text or "ssl" in text:
        return "its secure connection could not be checked"
    return "no answer"


def default_endpoint() -> str:
    """``$HF_ENDPOINT`` read at call time (tests point it at a loopback server), else huggingface_hub's."""
    from huggingface_hub import constants

    return (os.environ.get("HF_ENDPOINT") or constants.ENDPOINT).rstrip("/")


@dataclass(frozen=True)
class SearchFilters:
    """What to narrow a search to. Empty strings mean "any"."""

    format: FormatFilter = ""
    size_class: str = ""
    quantization: str = ""
    license: str = ""


@dataclass(frozen=True)
class HubModel:
    """One search result (or catalog entry shown like one)."""

    repo_id: str
    downloads: int = 0
    likes: int = 0
    last_modified: datetime | None = None
    license: str = ""
    formats: tuple[str, ...] = ()
    parameters: int | None = None
    quantizations: tuple[str, ...] = ()
    gated: bool = False

    @property
    def size_class(self) -> str:
        return size_class(self.parameters) if self.parameters else ""


@dataclass(frozen=True)
class RepoPage:
    """What the repository page shows: summary, license, files grouped by quantization with fit, and a hint."""

    repo_id: str
    summary: str
    license: str
    parameters: int | None
    gated: bool
    groups: tuple[QuantGroup, ...]
    files: tuple[HubFile, ...]
    hint: str
    context_length: int = 4096
    other_files: tuple[HubFile, ...] = field(default=())

    @property
    def url(self) -> str:
        return f"https://huggingface.co/{self.repo_id}"


def _license_of(tags: list[str] | None, card: Any = None) -> str:
    for tag in tags or []:
        if tag.startswith("license:"):
            return plain_line(tag.split(":", 1)[1], LICENSE_LENGTH)
    if isinstance(card, dict) and card.get("license"):
        return plain_line(str(card["license"]), LICENSE_LENGTH)
    return ""


def _formats_of(tags: list[str] | None, library: str | None, filenames: list[str]) -> tuple[str, ...]:
    tagset = set(tags or []) | ({library} if library else set())
    found = []
    if "gguf" in tagset or any(formats.GGUF.detect_file(n) for n in filenames):
        found.append("gguf")
    if "mlx" in tagset:
        found.append("mlx")
    if "onnx" in tagset or any(n.rsplit("/", 1)[-1] == "genai_config.json" for n in filenames):
        found.append("onnx")
    if "safetensors" in tagset or any(n.endswith(".safetensors") for n in filenames):
        found.append("safetensors")
    return tuple(found)


def _parameters_of(info: Any) -> int | None:
    """From the Hub's GGUF or safetensors metadata when it gives one, else from the repository name."""
    gguf = getattr(info, "gguf", None)
    if isinstance(gguf, dict) and gguf.get("total"):
        return int(gguf["total"])
    st = getattr(info, "safetensors", None)
    total = getattr(st, "total", None) if st is not None else None
    if total:
        return int(total)
    return parse_parameters(info.id.split("/")[-1])


def first_paragraph(readme: str, limit: int = 600) -> str:
    """The model card's first paragraph of prose: front matter, headings, images, tables and HTML skipped."""
    text = readme
    if text.startswith("---"):
        end = text.find("\n---", 3)
        text = text[end + 4 :] if end != -1 else ""
    paragraph: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        skip = stripped.startswith(("#", "!", "|", "<", "```", ">", "[!")) or set(stripped) <= set("-=*_ ")
        if not stripped or skip:
            if paragraph:
                break
            continue
        paragraph.append(stripped)
    summary = " ".join(paragraph)
    return summary if len(summary) <= limit else summary[: limit - 1].rsplit(" ", 1)[0] + "…"


class HubClient:
    """Talks to the Hub. Thread-safe (each call is independent); blocking, so call it from a job.

    ``connect_timeout`` is short so "offline" is said quickly; ``read_timeout`` bounds a slow server.
    ``token`` returns the access token for gated repositories, or None.
    """

    def __init__(
        self,
        endpoint: str | None = None,
        token: TokenProvider | None = None,
        connect_timeout: float = 3.0,
        read_timeout: float = 15.0,
    ) -> None:
        self._endpoint = endpoint
        self._token = token or (lambda: None)
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout

    @property
    def endpoint(self) -> str:
        return self._endpoint or default_endpoint()

    def timeout(self) -> Any:
        import httpx2

        return httpx2.Timeout(self.read_timeout, connect=self.connect_timeout)

    def token(self) -> str | None:
        """The access token for gated repositories, if the person gave one."""
        return self._token()

    def headers(self) -> dict[str, str]:
        from huggingface_hub.utils import build_hf_headers

        return build_hf_headers(token=self._token() or False, library_name="slm-workbench")

    def check_online(self) -> None:
        """Raise :class:`HubOfflineMode` when ``HF_HUB_OFFLINE`` is set: no request is even tried then."""
        if offline_mode():
            raise HubOfflineMode(tr("Hub", OFFLINE_MODE))

    @contextmanager
    def translate_errors(self, repo_id: str = "") -> Iterator[None]:
        """Turn httpx and huggingface_hub errors into the typed errors of this module."""
        import httpx2
        from huggingface_hub import errors as hf_errors

        self.check_online()
        try:
            yield
        except HubError:
            raise
        except hf_errors.OfflineModeIsEnabled as exc:
            raise HubOfflineMode(tr("Hub", OFFLINE_MODE)) from exc
        except httpx2.TimeoutException as exc:
            raise HubOffline(
                tr("Hub", "The Hub at {endpoint} did not answer within {seconds} s. Check the network and try again.")
                .format(endpoint=self.endpoint, seconds=f"{self.read_timeout:g}")
            ) from exc
        except (httpx2.ConnectError, httpx2.NetworkError, httpx2.RemoteProtocolError, OSError) as exc:
            if isinstance(exc, hf_errors.HfHubHTTPError):
                raise self._http_error(exc, repo_id) from exc
            raise HubOffline(
                tr("Hub", "Offline: cannot reach the Hub at {endpoint} ({reason}).").format(
                    endpoint=self.endpoint, reason=_transport_reason(exc)
                )
            ) from exc
        except hf_errors.HfHubHTTPError as exc:
            raise self._http_error(exc, repo_id) from exc
        except ValueError as exc:
            raise HubServerError(tr("Hub", "The Hub sent an answer that cannot be read; try again later.")) from exc

    def _http_error(self, exc: Any, repo_id: str) -> HubError:
        """The typed error for an HTTP error answer. A 401 or 403 is "gated" only when the Hub says so (its
        ``GatedRepo`` code); otherwise the repository is private or the token is refused, which is said as such."""
        from huggingface_hub import errors as hf_errors

        response = getattr(exc, "response", None)
        status = response.status_code if response is not None else 0
        said = response.headers.get("X-Error-Message", "") if response is not None else ""
        code = response.headers.get("X-Error-Code", "") if response is not None else ""
        page = f"https://huggingface.co/{repo_id}" if repo_id else "https://huggingface.co"
        name = plain_line(repo_id) or tr("Hub", "This repository")
        has_token = bool(self._token())
        if isinstance(exc, hf_errors.GatedRepoError):
            if has_token:
                step = tr(
                    "Hub",
                    "The access token you gave was refused for it: check that access was granted (the page says so) "
                    "and that the token is valid.",
                )
            else:
                step = tr("Hub", "Then create an access token at {page} and enter it here.").format(page=TOKENS_PAGE)
            gated = tr(
                "Hub", "{name} is gated: request access on its page, {page} (sign in and accept the license there)."
            ).format(name=name, page=page)
            return HubAccessDenied(f"{gated} {step}", repo_id, page, status)
        if status == 401 and code == "RepoNotFound" and has_token and said != _INVALID_TOKEN:
            return HubNotFound(
                tr(
                    "Hub",
                    "{name} was not found on the Hub, or it is private and your access token does not give access "
                    "to it.",
                ).format(name=name)
            )
        refused = tr("Hub", "The Hub refused the access token.")
        if status == 401 and (said == _INVALID_TOKEN or has_token):
            return HubSignInNeeded(
                tr(
                    "Hub",
                    "The Hub refused your access token: it is invalid or has expired. Check it, or make a new one, at "
                    "{page} and enter it here.",
                ).format(page=TOKENS_PAGE),
                repo_id, TOKENS_PAGE, status, refused,
            )
        if status == 401:
            return HubSignInNeeded(
                tr(
                    "Hub",
                    "{name} needs you to sign in: it is private or does not exist. If you have access to it, create "
                    "an access token at {page} and enter it here.",
                ).format(name=name, page=TOKENS_PAGE),
                repo_id, TOKENS_PAGE, status,
                tr("Hub", "{name} needs you to sign in.").format(name=name),
            )
        if status == 403:
            return HubSignInNeeded(
                tr(
                    "Hub",
                    "The Hub refused access to {name} with your token (HTTP 403): the token may lack read permission. "
                    "Check it at {page}.",
                ).format(name=name, page=TOKENS_PAGE),
                repo_id, TOKENS_PAGE, status, refused,
            )
        if isinstance(exc, hf_errors.RepositoryNotFoundError) or status == 404:
            if repo_id:
                missing = tr("Hub", "{name} was not found on the Hub (it may have been renamed or removed).")
            else:
                missing = tr("Hub", "Not found on the Hub (it may have been renamed or removed).")
            return HubNotFound(missing.format(name=name))
        return HubServerError(
            tr("Hub", "The Hub answered with an error (HTTP {status}); try again later.").format(status=status)
        )

    def _get(self, url: str, params: Any = None, repo_id: str = "") -> Any:
        from huggingface_hub.utils import get_session, hf_raise_for_status

        with self.translate_errors(repo_id):
            response = get_session().get(url, params=params, headers=self.headers(), timeout=self.timeout())
            hf_raise_for_status(response)
            return response

    def search(
        self, query: str, sort: SortKey = "downloads", filters: SearchFilters | None = None, limit: int = 50
    ) -> list[HubModel]:
        """Models matching ``query``, best first by ``sort``; format filtered by the Hub, the rest here."""
        from huggingface_hub.hf_api import ModelInfo

        filters = filters or SearchFilters()
        params: list[tuple[str, Any]] = [("limit", limit), ("direction", -1)]
        if query:
            params.append(("search", query))
        params.append(("sort", "lastModified" if sort == "last_modified" else sort))
        if filters.format:
            params.append(("filter", filters.format))
        params.extend(("expand[]", key) for key in SEARCH_EXPAND)
        response = self._get(f"{self.endpoint}/api/models", params=params)
        with self.translate_errors():
            items = response.json()
            if not isinstance(items, list):
                raise ValueError("expected a list of models")
            infos = [ModelInfo(**{**item, "siblings": item.get("siblings")}) for item in items]
        results = [self._model_of(info) for info in infos]
        return [m for m in results if _matches(m, filters)]

    @staticmethod
    def _model_of(info: Any) -> HubModel:
        names = [s.rfilename for s in (info.siblings or [])]
        quants = sorted({q for n in names if formats.GGUF.detect_file(n) and (q := parse_quantization(n))})
        return HubModel(
            repo_id=info.id,
            downloads=int(info.downloads or 0),
            likes=int(info.likes or 0),
            last_modified=info.last_modified,
            license=_license_of(info.tags, getattr(info, "card_data", None)),
            formats=_formats_of(info.tags, info.library_name, names),
            parameters=_parameters_of(info),
            quantizations=tuple(quants),
            gated=bool(info.gated),
        )

    def repository(
        self, repo_id: str, context_length: int = 4096, memory: tuple[int, int] | None = None
    ) -> RepoPage:
        """The repository page: model card summary, license, files grouped by quantization, fit and a hint."""
        from huggingface_hub import HfApi

        with self.translate_errors(repo_id):
            info = HfApi(endpoint=self.endpoint, token=self._token() or False).model_info(
                repo_id, files_metadata=True, timeout=self.timeout()
            )
        files = []
        for sibling in info.siblings or []:
            lfs = sibling.lfs
            sha = lfs.sha256 if lfs is not None else None
            files.append(HubFile(sibling.rfilename, int(sibling.size or (lfs.size if lfs else 0) or 0), sha))
        parameters = _parameters_of(info)
        groups = judge_groups(group_by_quantization(files) + group_onnx_variants(files), parameters, context_length,
                              memory)
        grouped = {f.filename for g in groups for f in g.files}
        summary = ""
        if any(f.filename == "README.md" for f in files):
            try:
                summary = first_paragraph(self.readme(repo_id))
            except HubError:
                summary = ""
        return RepoPage(
            repo_id=repo_id,
            summary=summary or tr("Hub", "This repository has no model card summary."),
            license=_license_of(info.tags, getattr(info, "card_data", None)) or "not stated",
            parameters=parameters,
            gated=bool(info.gated),
            groups=tuple(groups),
            files=tuple(files),
            hint=pick_hint(groups),
            context_length=context_length,
            other_files=tuple(f for f in files if f.filename not in grouped),
        )

    def readme(self, repo_id: str) -> str:
        """The repository's README.md text."""
        from huggingface_hub import hf_hub_url

        url = hf_hub_url(repo_id, "README.md", endpoint=self.endpoint)
        return str(self._get(url, repo_id=repo_id).text)


def _matches(model: HubModel, filters: SearchFilters) -> bool:
    if filters.size_class and model.size_class != filters.size_class:
        return False
    if filters.quantization and filters.quantization not in model.quantizations:
        return False
    return not (filters.license and model.license != filters.license)
