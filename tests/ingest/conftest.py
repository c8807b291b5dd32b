"""Fixtures for the ingest tests: a real HTTP server on 127.0.0.1 and instant settings."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from storyline.config import IngestSettings


@dataclass
class Route:
    """What the server answers for one path."""

    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class LocalServer:
    """A threaded HTTP server; tests fill ``routes`` and read ``requests``."""

    base: str
    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)

    def url(self, path: str) -> str:
        return self.base + path

    def serve(
        self,
        path: str,
        body: bytes,
        *,
        content_type: str = "text/html; charset=utf-8",
        status: int = 200,
        headers: dict[str, str] | None = None,
    ) -> str:
        """Answer GET ``path`` with ``body``; return the full URL."""
        self.routes[path] = Route(body, content_type, status, headers or {})
        return self.url(path)


def _handler_for(server: LocalServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            server.requests.append((self.path, dict(self.headers.items())))
            route = server.routes.get(self.path)
            if route is None:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(route.status)
            self.send_header("Content-Type", route.content_type)
            self.send_header("Content-Length", str(len(route.body)))
            for key, value in route.headers.items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(route.body)

        def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
            return

    return Handler


@pytest.fixture
def local_server() -> Iterator[LocalServer]:
    """An HTTP server on 127.0.0.1 (free port), stopped after the test."""
    state = LocalServer(base="")
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(state))
    state.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


@pytest.fixture
def fast_settings() -> IngestSettings:
    """Settings that never wait for real: no per-host delay, short timeout."""
    return IngestSettings(timeout=5.0, per_host_delay=0.0, retries=2, backoff=0.5)


@pytest.fixture
def sleeps() -> list[float]:
    """Seconds asked of the fake ``sleep``: pass ``sleep=sleeps.append``."""
    return []
