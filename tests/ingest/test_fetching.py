"""fetch_url over httpx.MockTransport: retries, Retry-After, redirects, size cap, politeness."""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import httpx
import pytest

from storyline.config import IngestSettings
from storyline.ingest import fetch_url
from storyline.ingest.fetching import HostThrottle, parse_content_type, parse_retry_after
from storyline.models import RawDocument, Rejected

PAGE = "<html><head><title>速報</title></head><body><p>新駅の開業日が決まった。</p></body></html>"
NOW = datetime(2025, 3, 24, 0, 0, tzinfo=UTC)
Handler = Callable[[httpx.Request], httpx.Response]


def client_for(handler: Handler) -> httpx.Client:
    return httpx.Client(transport=httpx.MockTransport(handler))


def html(body: str = PAGE, *, charset: str = "utf-8", status: int = 200) -> httpx.Response:
    return httpx.Response(
        status,
        headers={"Content-Type": f"text/html; charset={charset}"},
        content=body.encode(charset),
    )


def fetch(
    handler: Handler,
    settings: IngestSettings,
    sleeps: list[float],
    url: str = "https://news.example/a",
) -> RawDocument | Rejected:
    return fetch_url(
        url, settings=settings, client=client_for(handler), sleep=sleeps.append, now=lambda: NOW
    )


def test_page_is_fetched_with_user_agent_and_charset(
    fast_settings: IngestSettings, sleeps: list[float]
) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return html(charset="shift_jis")

    doc = fetch(handler, fast_settings, sleeps)
    assert isinstance(doc, RawDocument)
    assert (doc.source, doc.url, doc.text, doc.media_type) == (
        "https://news.example/a",
        "https://news.example/a",
        PAGE,
        "text/html",
    )
    assert (doc.encoding, doc.encoding_source, doc.fetched_at) == ("cp932", "http", NOW)
    assert seen[0].headers["User-Agent"] == fast_settings.user_agent
    assert fast_settings.user_agent.startswith("storyline/")


@pytest.mark.parametrize("status", [429, 500, 502, 503])
def test_retries_with_exponential_backoff(
    status: int, fast_settings: IngestSettings, sleeps: list[float]
) -> None:
    answers = iter([httpx.Response(status), httpx.Response(status), html()])
    doc = fetch(lambda request: next(answers), fast_settings, sleeps)
    assert isinstance(doc, RawDocument)
    assert sleeps == [0.5, 1.0]  # backoff 0.5, doubled


def test_gives_up_after_retries(fast_settings: IngestSettings, sleeps: list[float]) -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(503)

    result = fetch(handler, fast_settings, sleeps)
    assert isinstance(result, Rejected)
    assert (result.reason, result.stage) == ("http_error", "ingest")
    assert "503" in result.detail and "3 attempts" in result.detail
    assert len(calls) == 3 and sleeps == [0.5, 1.0]


def test_connection_errors_are_retried(fast_settings: IngestSettings, sleeps: list[float]) -> None:
    attempts: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        attempts.append(1)
        if len(attempts) < 3:
            raise httpx.ConnectError("connection refused", request=request)
        return html()

    assert isinstance(fetch(handler, fast_settings, sleeps), RawDocument)
    assert sleeps == [0.5, 1.0]


def test_timeouts_end_as_unreachable(fast_settings: IngestSettings, sleeps: list[float]) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    result = fetch(handler, fast_settings, sleeps)
    assert isinstance(result, Rejected) and result.reason == "unreachable"
    assert "did not answer within 5.0 s" in result.detail


def test_4xx_is_not_retried(fast_settings: IngestSettings, sleeps: list[float]) -> None:
    result = fetch(lambda request: httpx.Response(404), fast_settings, sleeps)
    assert isinstance(result, Rejected) and result.reason == "http_error"
    assert "404" in result.detail and sleeps == []


def test_retry_after_seconds_is_honoured(
    fast_settings: IngestSettings, sleeps: list[float]
) -> None:
    answers = iter([httpx.Response(429, headers={"Retry-After": "7"}), html()])
    assert isinstance(fetch(lambda r: next(answers), fast_settings, sleeps), RawDocument)
    assert sleeps == [7.0]


def test_retry_after_date_is_honoured(fast_settings: IngestSettings, sleeps: list[float]) -> None:
    when = "Mon, 24 Mar 2025 00:00:12 GMT"  # NOW + 12 s
    answers = iter([httpx.Response(503, headers={"Retry-After": when}), html()])
    assert isinstance(fetch(lambda r: next(answers), fast_settings, sleeps), RawDocument)
    assert sleeps == [12.0]


def test_long_retry_after_is_a_rejection(
    fast_settings: IngestSettings, sleeps: list[float]
) -> None:
    result = fetch(
        lambda r: httpx.Response(429, headers={"Retry-After": "3600"}), fast_settings, sleeps
    )
    assert isinstance(result, Rejected) and result.reason == "http_error"
    assert "3600 s" in result.detail and sleeps == []


def test_redirects_are_followed(fast_settings: IngestSettings, sleeps: list[float]) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/a":
            return httpx.Response(301, headers={"Location": "/b"})
        if request.url.path == "/b":
            return httpx.Response(302, headers={"Location": "https://mirror.example/c"})
        return html()

    doc = fetch(handler, fast_settings, sleeps)
    assert isinstance(doc, RawDocument)
    assert doc.source == "https://news.example/a" and doc.url == "https://mirror.example/c"


def test_too_many_redirects(sleeps: list[float]) -> None:
    settings = IngestSettings(per_host_delay=0.0, max_redirects=3)
    hops: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        hops.append(request.url.path)
        return httpx.Response(302, headers={"Location": f"/r{len(hops)}"})

    result = fetch(handler, settings, sleeps)
    assert isinstance(result, Rejected) and result.reason == "http_error"
    assert "more than 3 times" in result.detail and len(hops) == 4


def test_redirect_to_other_scheme_is_refused(
    fast_settings: IngestSettings, sleeps: list[float]
) -> None:
    result = fetch(
        lambda r: httpx.Response(302, headers={"Location": "ftp://files.example/x"}),
        fast_settings,
        sleeps,
    )
    assert isinstance(result, Rejected) and result.reason == "unreachable"


class CountingStream(httpx.SyncByteStream):
    """A body sent in chunks, counting how many were pulled."""

    def __init__(self, chunks: int, size: int) -> None:
        self.chunks, self.size, self.pulled = chunks, size, 0

    def __iter__(self) -> Iterator[bytes]:
        for _ in range(self.chunks):
            self.pulled += 1
            yield b"a" * self.size


def test_size_cap_is_enforced_while_streaming(sleeps: list[float]) -> None:
    settings = IngestSettings(per_host_delay=0.0, max_bytes=10_000)
    stream = CountingStream(chunks=1000, size=1000)  # 1 MB, no Content-Length

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Type": "text/html"}, stream=stream)

    result = fetch(handler, settings, sleeps)
    assert isinstance(result, Rejected) and result.reason == "too_large"
    assert "10000" in result.detail
    assert stream.pulled == 11  # stopped right after passing the cap, not at 1000


def test_size_cap_uses_content_length_before_reading(sleeps: list[float]) -> None:
    settings = IngestSettings(per_host_delay=0.0, max_bytes=100)
    stream = CountingStream(chunks=2, size=100)

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, headers={"Content-Type": "text/html", "Content-Length": "200"}, stream=stream
        )

    result = fetch(handler, settings, sleeps)
    assert isinstance(result, Rejected) and result.reason == "too_large"
    assert stream.pulled == 0


@pytest.mark.parametrize("content_type", ["image/png", "application/pdf", "application/json"])
def test_unsupported_type(
    content_type: str, fast_settings: IngestSettings, sleeps: list[float]
) -> None:
    result = fetch(
        lambda r: httpx.Response(200, headers={"Content-Type": content_type}, content=b"{}"),
        fast_settings,
        sleeps,
    )
    assert isinstance(result, Rejected) and result.reason == "unsupported_type"
    assert content_type in result.detail


def test_octet_stream_is_sniffed(fast_settings: IngestSettings, sleeps: list[float]) -> None:
    ok = fetch(
        lambda r: httpx.Response(
            200, headers={"Content-Type": "application/octet-stream"}, content=PAGE.encode()
        ),
        fast_settings,
        sleeps,
    )
    assert isinstance(ok, RawDocument) and ok.media_type == "text/html"
    png = fetch(
        lambda r: httpx.Response(200, content=b"\x89PNG\r\n\x1a\n\x00\x00"), fast_settings, sleeps
    )
    assert isinstance(png, Rejected) and png.reason == "not_text"


def test_feed_given_to_fetch_url_is_refused(
    fast_settings: IngestSettings, sleeps: list[float]
) -> None:
    rss = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'
    result = fetch(
        lambda r: httpx.Response(200, headers={"Content-Type": "application/rss+xml"}, content=rss),
        fast_settings,
        sleeps,
    )
    assert isinstance(result, Rejected) and result.reason == "unsupported_type"
    assert "feed" in result.detail


def test_empty_body_is_empty(fast_settings: IngestSettings, sleeps: list[float]) -> None:
    result = fetch(
        lambda r: httpx.Response(200, headers={"Content-Type": "text/html"}, content=b" \n"),
        fast_settings,
        sleeps,
    )
    assert isinstance(result, Rejected) and result.reason == "empty"


def test_unreachable_closed_port(sleeps: list[float]) -> None:
    with socket.socket() as sock:  # bind and close: the port is then (almost surely) closed
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    settings = IngestSettings(per_host_delay=0.0, retries=1, backoff=0.25, timeout=2.0)
    result = fetch_url(f"http://127.0.0.1:{port}/page", settings=settings, sleep=sleeps.append)
    assert isinstance(result, Rejected) and result.reason == "unreachable"
    assert f"127.0.0.1:{port}" in result.detail and sleeps == [0.25]


def test_per_host_delay_between_requests(sleeps: list[float]) -> None:
    settings = IngestSettings(per_host_delay=2.0)
    now = [100.0]

    def sleep(seconds: float) -> None:  # a fake sleep that moves the fake clock on
        sleeps.append(seconds)
        now[0] += seconds

    throttle = HostThrottle(settings.per_host_delay, sleep=sleep, clock=lambda: now[0])
    client = client_for(lambda r: html())
    # (url, seconds passing before the request)
    plan = [
        ("https://a.example/1", 0.0),
        ("https://a.example/2", 0.5),
        ("https://b.example/1", 0.0),
        ("https://a.example/3", 3.0),
    ]
    for url, gap in plan:
        now[0] += gap
        doc = fetch_url(url, settings=settings, client=client, sleep=sleep, throttle=throttle)
        assert isinstance(doc, RawDocument)
    # a/2 comes 0.5 s after a/1: waits 1.5 s; b is another host; a/3 comes 3 s after a/2.
    assert sleeps == [1.5]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("text/html; charset=Shift_JIS", ("text/html", "Shift_JIS")),
        ('Text/HTML;Charset="euc-jp"', ("text/html", "euc-jp")),
        ("application/xhtml+xml", ("application/xhtml+xml", None)),
        (None, (None, None)),
    ],
)
def test_parse_content_type(value: str | None, expected: tuple[str | None, str | None]) -> None:
    assert parse_content_type(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("30", 30.0),
        ("Mon, 24 Mar 2025 00:01:00 GMT", 60.0),
        ("Sun, 23 Mar 2025 00:00:00 GMT", 0.0),
        ("soon", None),
        (None, None),
    ],
)
def test_parse_retry_after(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value, now=lambda: NOW) == expected
