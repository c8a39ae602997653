"""A loopback stand-in for the Hugging Face Hub, for tests: the real ``huggingface_hub`` client talks to it.

It serves recorded-shape answers of ``/api/models`` (search), ``/api/models/{repo}`` (with ``blobs=true``),
``/api/models/{repo}/tree/main`` and ``/{repo}/resolve/main/{file}`` (HEAD with ``X-Repo-Commit``,
``X-Linked-Etag``, ``X-Linked-Size`` and ``ETag`` as the real Hub sends them; GET with ``Range``). Gated
repositories answer 401 without a token and 403 with a wrong one, with ``X-Error-Code: GatedRepo``. Private
repositories answer 401 with ``X-Error-Code: RepoNotFound`` without the right token, as the real Hub does for
private and missing repositories alike; with ``reject_bad_tokens`` any wrong token gets the real Hub's 401
"Invalid credentials in Authorization header", on every path.

Faults for tests: ``cut_after`` (close the connection mid-file), ``delay`` (a slow server), ``fail_status``
(answer a path with a given HTTP status), ``corrupt`` (serve other bytes than the advertised SHA-256);
``bytes_per_second`` paces file bodies like a real network; ``stall`` (method, path prefix) pairs get no answer at
all, not even headers, until the server stops (``stalled`` is set when one starts waiting).
HTTP/1.0 so no connection outlives a response; :meth:`FakeHub.stop` ends every thread.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

COMMIT = "0123456789abcdef0123456789abcdef01234567"


@dataclass
class FakeRepo:
    """A model repository: its files (name → bytes) and what the API says about it."""

    repo_id: str
    files: dict[str, bytes]
    tags: list[str] = field(default_factory=lambda: ["gguf", "license:apache-2.0", "text-generation"])
    library_name: str | None = None
    downloads: int = 1000
    likes: int = 10
    last_modified: str = "2025-05-01T12:00:00.000Z"
    gated: bool = False
    private: bool = False
    gguf_total: int | None = None
    gguf_context: int = 4096

    def sha256(self, name: str) -> str:
        return hashlib.sha256(self.files[name]).hexdigest()

    def is_lfs(self, name: str) -> bool:
        return not name.endswith((".md", ".json", ".txt", ".gitattributes"))

    def summary(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "_id": hashlib.md5(self.repo_id.encode()).hexdigest()[:24],
            "id": self.repo_id,
            "modelId": self.repo_id,
            "author": self.repo_id.split("/")[0],
            "downloads": self.downloads,
            "likes": self.likes,
            "lastModified": self.last_modified,
            "createdAt": "2025-01-01T00:00:00.000Z",
            "tags": self.tags,
            "library_name": self.library_name,
            "private": False,
            "gated": "manual" if self.gated else False,
            "pipeline_tag": "text-generation",
            "siblings": [{"rfilename": n} for n in self.files],
        }
        if self.gguf_total:
            data["gguf"] = {"total": self.gguf_total, "architecture": "llama", "context_length": self.gguf_context}
        return data

    def info(self, blobs: bool) -> dict[str, Any]:
        data = self.summary()
        data["sha"] = COMMIT
        data["cardData"] = {"license": next((t[8:] for t in self.tags if t.startswith("license:")), None)}
        siblings = []
        for name, content in self.files.items():
            sib: dict[str, Any] = {"rfilename": name}
            if blobs:
                sib["size"] = len(content)
                sib["blobId"] = hashlib.sha1(content).hexdigest()
                if self.is_lfs(name):
                    sib["lfs"] = {"sha256": self.sha256(name), "size": len(content), "pointerSize": 134}
            siblings.append(sib)
        data["siblings"] = siblings
        return data

    def tree(self) -> list[dict[str, Any]]:
        entries = []
        for name, content in self.files.items():
            item: dict[str, Any] = {"type": "file", "oid": hashlib.sha1(content).hexdigest(), "size": len(content),
                                    "path": name}
            if self.is_lfs(name):
                item["lfs"] = {"oid": self.sha256(name), "size": len(content), "pointerSize": 134}
            entries.append(item)
        return entries


class FakeHub:
    """The server. ``url`` is the value for ``HF_ENDPOINT``; ``requests`` logs (method, path, Range) tuples."""

    def __init__(self, repos: list[FakeRepo] | None = None, token: str = "hf_good_token") -> None:
        self.repos: dict[str, FakeRepo] = {r.repo_id: r for r in repos or []}
        self.token = token
        self.cut_after: dict[str, int] = {}
        """file name → bytes after which the next GET of it drops the connection (once)."""
        self.delay = 0.0
        self.fail_status: dict[str, int] = {}
        """path prefix → HTTP status to answer with."""
        self.corrupt: set[str] = set()
        self.bytes_per_second = 0.0
        """Serve file bodies at most this fast (0: as fast as the loopback goes), like a real network."""
        self.stall: set[tuple[str, str]] = set()
        """(method, path prefix) of requests that get no answer at all until the server stops."""
        self.stalled = threading.Event()
        """Set when a request starts stalling."""
        self.resolve_headers: dict[str, str] = {}
        """Headers that replace the real ones in file answers (a hostile ``X-Repo-Commit``, ``X-Linked-Etag``…)."""
        self.reject_bad_tokens = False
        """Answer any request with a wrong token 401 "Invalid credentials", as the real Hub does."""
        self.requests: list[tuple[str, str, str]] = []
        self._stopping = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="fake-hub", daemon=True)

    @property
    def url(self) -> str:
        port = self._server.server_address[1]
        return f"http://127.0.0.1:{port}"

    def add(self, repo: FakeRepo) -> FakeRepo:
        self.repos[repo.repo_id] = repo
        return repo

    def start(self) -> FakeHub:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)

    def wait(self, seconds: float) -> None:
        """Sleep, but wake at once when the server stops."""
        self._stopping.wait(seconds)


def _handler_for(hub: FakeHub) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet
            pass

        def do_HEAD(self) -> None:
            self._serve(head=True)

        def do_GET(self) -> None:
            self._serve(head=False)

        def _send_json(self, data: Any, status: int = 200, headers: dict[str, str] | None = None) -> None:
            body = json.dumps(data).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(body)

        def _error(self, status: int, code: str, message: str) -> None:
            self._send_json({"error": message}, status, {"X-Error-Code": code, "X-Error-Message": message})

        def _authorized(self, repo: FakeRepo) -> bool:
            auth = self.headers.get("Authorization", "")
            if repo.private and auth != f"Bearer {hub.token}":
                self._error(401, "RepoNotFound", "Repository not found")
                return False
            if not repo.gated:
                return True
            if not auth:
                self._error(401, "GatedRepo", f"Access to model {repo.repo_id} is restricted. You must have "
                            "access to it and be authenticated to access it. Please log in.")
                return False
            if auth != f"Bearer {hub.token}":
                self._error(403, "GatedRepo", f"Access to model {repo.repo_id} is restricted and you are not in "
                            "the authorized list. Visit the repository to ask for access.")
                return False
            return True

        def _serve(self, head: bool) -> None:
            parts = urlsplit(self.path)
            path = unquote(parts.path)
            query = parse_qs(parts.query)
            hub.requests.append((self.command, path, self.headers.get("Range", "")))
            if hub.delay:
                hub.wait(hub.delay)
            if any(self.command == method and path.startswith(prefix) for method, prefix in hub.stall):
                hub.stalled.set()
                hub._stopping.wait()
                return
            auth = self.headers.get("Authorization", "")
            if hub.reject_bad_tokens and auth and auth != f"Bearer {hub.token}":
                self._error(401, "", "Invalid credentials in Authorization header")
                return
            for prefix, status in hub.fail_status.items():
                if path.startswith(prefix):
                    self._error(status, "", f"Fake failure {status}")
                    return
            if path == "/api/models":
                self._search(query)
                return
            m = re.match(r"^/api/models/([^/]+/[^/]+)(/tree/main)?$", path)
            if m:
                repo = hub.repos.get(m.group(1))
                if repo is None:
                    self._error(404, "RepoNotFound", "Repository not found")
                elif self._authorized(repo):
                    if m.group(2):
                        self._send_json(repo.tree())
                    else:
                        self._send_json(repo.info(blobs="true" in query.get("blobs", [])))
                return
            m = re.match(r"^/([^/]+/[^/]+)/resolve/([^/]+)/(.+)$", path)
            if m:
                self._resolve(m.group(1), m.group(3), head)
                return
            self._error(404, "", "Not found")

        def _search(self, query: dict[str, list[str]]) -> None:
            text = (query.get("search") or [""])[0].lower()
            wanted = query.get("filter", [])
            found = [r for r in hub.repos.values() if text in r.repo_id.lower() and not r.private]
            found = [r for r in found if all(f in r.tags or f == r.library_name for f in wanted)]
            key = {"likes": "likes", "lastModified": "last_modified"}.get((query.get("sort") or [""])[0], "downloads")
            found.sort(key=lambda r: getattr(r, key), reverse=True)
            limit = int((query.get("limit") or ["50"])[0])
            self._send_json([r.summary() for r in found[:limit]])

        def _resolve(self, repo_id: str, name: str, head: bool) -> None:
            repo = hub.repos.get(repo_id)
            if repo is None:
                self._error(404, "RepoNotFound", "Repository not found")
                return
            if not self._authorized(repo):
                return
            if name not in repo.files:
                self._error(404, "EntryNotFound", f"{name} does not exist")
                return
            content = repo.files[name]
            if name in hub.corrupt:
                content = bytes(b ^ 0xFF for b in content[:64]) + content[64:]
            sha = repo.sha256(name)
            start = 0
            rng = re.match(r"bytes=(\d+)-", self.headers.get("Range", ""))
            if rng and not head:
                start = int(rng.group(1))
                if start >= len(content):
                    self._error(416, "", "Range not satisfiable")
                    return
            self.send_response(206 if start else 200)
            described = {
                "X-Repo-Commit": COMMIT,
                "ETag": f'"{sha if repo.is_lfs(name) else hashlib.sha1(content).hexdigest()}"',
            }
            if repo.is_lfs(name):
                described.update({"X-Linked-Etag": f'"{sha}"', "X-Linked-Size": str(len(content))})
            for key, value in {**described, **hub.resolve_headers}.items():
                self.send_header(key, value)
            self.send_header("Accept-Ranges", "bytes")
            self.send_header("Content-Length", str(len(content) - start))
            if start:
                self.send_header("Content-Range", f"bytes {start}-{len(content) - 1}/{len(content)}")
            self.end_headers()
            if head:
                return
            body = content[start:]
            cut = hub.cut_after.pop(name, None)
            if cut is not None:
                self.wfile.write(body[: max(0, cut - start)])
                self.wfile.flush()
                self.close_connection = True
                return
            for i in range(0, len(body), 64 * 1024):
                if hub._stopping.is_set():
                    return
                try:
                    self.wfile.write(body[i : i + 64 * 1024])
                except (BrokenPipeError, ConnectionResetError):
                    return
                if hub.bytes_per_second:
                    hub.wait(64 * 1024 / hub.bytes_per_second)

    return Handler


README = b"---\nlicense: apache-2.0\n---\n# Tiny Llama\n\nA tiny random llama for tests.\nIt says nothing.\n"


def standard_hub(gguf: bytes) -> FakeHub:
    """A (not yet started) fake Hub with a GGUF repository of three quantizations, a gated one and an MLX one."""
    hub = FakeHub()
    hub.add(FakeRepo("tiny/Tiny-Llama-1.7B-GGUF", {
        "README.md": README,
        "tiny-f16.gguf": gguf,
        "tiny-Q8_0.gguf": gguf[: len(gguf) // 2] + gguf[: len(gguf) - len(gguf) // 2],
        "tiny-Q4_K_M.gguf": gguf[::-1],
    }, gguf_total=1_700_000_000, downloads=5000, likes=50))
    hub.add(FakeRepo("acme/Gated-3B-GGUF", {"gated-Q4_K_M.gguf": gguf}, gated=True, downloads=300,
                     tags=["gguf", "license:llama3.2"]))
    hub.add(FakeRepo("mlx-community/Tiny-0.5B-4bit", {"config.json": b"{}", "model.safetensors": b"x" * 100},
                     tags=["mlx", "safetensors", "license:mit"], library_name="mlx", downloads=200, likes=99))
    return hub
