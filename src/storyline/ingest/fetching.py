"""Fetch pages over HTTP(S) politely and defensively, with httpx.

- one request at a time, at least ``settings.per_host_delay`` seconds apart per host;
- an honest ``User-Agent`` (``settings.user_agent``) on every request;
- a timeout per request (``settings.timeout``);
- redirects followed by hand, at most ``settings.max_redirects``, http(s) targets only;
- retries after connection errors, timeouts, 429 and 5xx: ``settings.retries`` more attempts,
  waiting ``settings.backoff * 2**n`` seconds, or the server's ``Retry-After`` when that is
  longer but no more than :data:`MAX_RETRY_AFTER` (a longer wait is a rejection);
- the body is streamed and abandoned as soon as it passes ``settings.max_bytes``;
- the content type is checked before the body is read: HTML, plain text and XML (feeds) are
  read, octet-stream or no type is sniffed, anything else is ``unsupported_type``.

All waiting goes through the injected ``sleep`` and all clocks are injected, so tests run
instantly. Trouble is raised as :class:`storyline.errors.InputError` with a rejection code.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from storyline.config import IngestSettings
from storyline.errors import InputError
from storyline.ingest.documents import MediaType, make_document, reject
from storyline.ingest.sniffing import looks_like_feed, looks_like_html, media_kind
from storyline.models import RawDocument, Rejected

if TYPE_CHECKING:  # httpx is imported where it is used: importing the stage stays cheap
    import httpx

#: Longest Retry-After storyline waits, in seconds. A server asking for more is rate-limiting us
#: for real; the URL is rejected (rerun later) instead of stalling the whole batch.
MAX_RETRY_AFTER = 60.0

_ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.1"
)


def utc_now() -> datetime:
    """The current time, timezone-aware, in UTC."""
    return datetime.now(UTC)


class HostThrottle:
    """Keeps requests to one host at least ``delay`` seconds apart (start to start)."""

    def __init__(
        self,
        delay: float,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.delay = delay
        self._sleep = sleep
        self._clock = clock
        self._last: dict[str, float] = {}

    def wait(self, url: str) -> None:
        """Sleep until a request to ``url``'s host is allowed, then record it as made."""
        host = (urlsplit(url).hostname or "").lower()
        last = self._last.get(host)
        if last is not None and self.delay > 0:
            remaining = last + self.delay - self._clock()
            if remaining > 0:
                self._sleep(remaining)
        self._last[host] = self._clock()


@dataclass(frozen=True, slots=True, kw_only=True)
class Fetched:
    """A successful response: final URL, body, media type and charset from Content-Type."""

    url: str
    content: bytes
    media_type: str | None
    charset: str | None
    fetched_at: datetime


@dataclass(frozen=True, slots=True)
class _Redirect:
    target: str


class _Retryable(Exception):
    """A failure worth another attempt (connection trouble, 429, 5xx)."""

    def __init__(self, reason: str, detail: str, retry_after: float | None = None) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail
        self.retry_after = retry_after


def make_client(settings: IngestSettings) -> httpx.Client:
    """An httpx client with storyline's User-Agent and timeout; redirects are followed by hand."""
    import httpx

    return httpx.Client(
        headers={"User-Agent": settings.user_agent},
        timeout=settings.timeout,
        follow_redirects=False,
    )


def fetch_bytes(
    url: str,
    *,
    settings: IngestSettings,
    client: httpx.Client,
    sleep: Callable[[float], None] = time.sleep,
    now: Callable[[], datetime] = utc_now,
    throttle: HostThrottle | None = None,
) -> Fetched:
    """GET ``url`` following redirects, with retries, throttling and the size cap.

    Returns the :class:`Fetched` response. Raises InputError with reason ``unreachable``,
    ``http_error``, ``too_large`` or ``unsupported_type``.
    """
    throttle = throttle or HostThrottle(settings.per_host_delay, sleep=sleep)
    current = url
    for _hop in range(settings.max_redirects + 1):
        result = _get_with_retries(
            current, settings=settings, client=client, sleep=sleep, now=now, throttle=throttle
        )
        if isinstance(result, Fetched):
            return result
        current = result.target
    raise InputError(
        "http_error",
        f"{url} redirected more than {settings.max_redirects} times (last to {current}); "
        "open it in a browser to find the final address, or raise ingest.max_redirects",
    )


def _get_with_retries(
    url: str,
    *,
    settings: IngestSettings,
    client: httpx.Client,
    sleep: Callable[[float], None],
    now: Callable[[], datetime],
    throttle: HostThrottle,
) -> Fetched | _Redirect:
    """One hop: GET with up to ``settings.retries`` retries, backing off between attempts."""
    attempts = settings.retries + 1
    for attempt in range(attempts):
        throttle.wait(url)
        try:
            return _get_once(url, settings=settings, client=client, now=now)
        except _Retryable as exc:
            if attempt + 1 == attempts:
                raise InputError(
                    exc.reason, f"{exc.detail} (gave up after {attempts} attempts)"
                ) from exc
            delay = settings.backoff * 2**attempt
            if exc.retry_after is not None:
                if exc.retry_after > MAX_RETRY_AFTER:
                    raise InputError(
                        exc.reason,
                        f"{exc.detail}; the server asks to wait {exc.retry_after:.0f} s "
                        f"(more than {MAX_RETRY_AFTER:.0f} s): try again later",
                    ) from exc
                delay = max(delay, exc.retry_after)
            sleep(delay)
    raise AssertionError("unreachable: the loop returns or raises")  # pragma: no cover


def _get_once(
    url: str, *, settings: IngestSettings, client: httpx.Client, now: Callable[[], datetime]
) -> Fetched | _Redirect:
    """One GET: the response, a redirect, or _Retryable / InputError for trouble."""
    import httpx

    headers = {"User-Agent": settings.user_agent, "Accept": _ACCEPT}
    try:
        with client.stream(
            "GET", url, headers=headers, timeout=settings.timeout, follow_redirects=False
        ) as response:
            return _read_response(url, response, settings=settings, now=now)
    except (httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
        raise InputError("unreachable", f"{url} is not a fetchable http(s) URL: {exc}") from exc
    except httpx.TimeoutException as exc:
        raise _Retryable(
            "unreachable",
            f"{url} did not answer within {settings.timeout} s ({type(exc).__name__})",
        ) from exc
    except httpx.TransportError as exc:
        raise _Retryable(
            "unreachable", f"{url} could not be reached: {exc or type(exc).__name__}"
        ) from exc
    except httpx.HTTPError as exc:
        raise InputError("unreachable", f"{url}: broken response ({exc})") from exc


def _read_response(
    url: str, response: httpx.Response, *, settings: IngestSettings, now: Callable[[], datetime]
) -> Fetched | _Redirect:
    """Judge status and content type before the body is read, then read it capped."""
    status = response.status_code
    if response.is_redirect:
        return _Redirect(_redirect_target(url, response))
    if status == 429 or status >= 500:
        raise _Retryable(
            "http_error",
            f"{url} answered HTTP {status} {response.reason_phrase}",
            retry_after=parse_retry_after(response.headers.get("Retry-After"), now=now),
        )
    if status >= 400:
        raise InputError(
            "http_error",
            f"{url} answered HTTP {status} {response.reason_phrase}; check the address",
        )
    media_type, charset = parse_content_type(response.headers.get("Content-Type"))
    if media_kind(media_type) == "other":
        raise InputError(
            "unsupported_type",
            f"{url} is {media_type}, not a web page or feed; give HTML or text pages",
        )
    content = _read_capped(url, response, settings.max_bytes)
    return Fetched(
        url=str(response.url),
        content=content,
        media_type=media_type,
        charset=charset,
        fetched_at=now(),
    )


def _redirect_target(url: str, response: httpx.Response) -> str:
    """The absolute target of a redirect; InputError when it leaves http(s)."""
    target = urljoin(str(response.url), response.headers["Location"])
    if urlsplit(target).scheme not in {"http", "https"}:
        raise InputError("unreachable", f"{url} redirects to {target}, which is not http(s)")
    return target


def _read_capped(url: str, response: httpx.Response, max_bytes: int) -> bytes:
    """Read the body, stopping as soon as it passes ``max_bytes``; raise too_large then."""
    declared = response.headers.get("Content-Length")
    too_large = InputError(
        "too_large",
        f"{url} is larger than ingest.max_bytes = {max_bytes} bytes; raise the cap to read it",
    )
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise too_large
    chunks: list[bytes] = []
    total = 0
    for chunk in response.iter_bytes():
        total += len(chunk)
        if total > max_bytes:
            raise too_large
        chunks.append(chunk)
    return b"".join(chunks)


def parse_content_type(value: str | None) -> tuple[str | None, str | None]:
    """Split ``text/html; charset=Shift_JIS`` into ``("text/html", "Shift_JIS")``."""
    if not value:
        return None, None
    media_type, *params = value.split(";")
    charset = None
    for param in params:
        key, _, raw = param.partition("=")
        if key.strip().lower() == "charset" and raw.strip():
            charset = raw.strip().strip("\"'")
    return media_type.strip().lower() or None, charset


def parse_retry_after(value: str | None, *, now: Callable[[], datetime]) -> float | None:
    """Seconds asked by a Retry-After header (delta seconds or HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now()).total_seconds())


def classify(fetched: Fetched) -> str:
    """``feed`` when the response is an RSS/Atom feed, else ``page``; raise for other XML.

    Raises InputError("not_a_feed") for XML served as a feed type that is neither a feed nor
    XHTML, and InputError("unsupported_type") for other XML.
    """
    if looks_like_feed(fetched.content):
        return "feed"
    if media_kind(fetched.media_type) == "feed" and not looks_like_html(
        fetched.content[:4096].decode("latin-1")
    ):
        if fetched.media_type in {"application/rss+xml", "application/atom+xml"}:
            raise InputError(
                "not_a_feed",
                f"{fetched.url} is served as {fetched.media_type} but is neither RSS nor Atom",
            )
        raise InputError(
            "unsupported_type",
            f"{fetched.url} is XML ({fetched.media_type}) but neither a feed nor a web page",
        )
    return "page"


def document_from_fetched(
    fetched: Fetched, *, source: str, container: str | None = None
) -> RawDocument:
    """Wrap a fetched page; raise InputError (not_text, undecodable, empty) like make_document."""
    kind = media_kind(fetched.media_type)
    media_type: MediaType | None = None  # unknown: sniffed from the text
    if kind in {"html", "feed"}:  # "feed" here is XHTML served as XML (classify said page)
        media_type = "text/html"
    elif kind == "text":
        media_type = "text/plain"
    return make_document(
        source,
        fetched.content,
        media_type=media_type,
        http_charset=fetched.charset,
        url=fetched.url,
        container=container,
        fetched_at=fetched.fetched_at,
    )


def fetch_url(
    url: str,
    *,
    settings: IngestSettings,
    client: httpx.Client | None = None,
    sleep: Callable[[float], None] = time.sleep,
    now: Callable[[], datetime] = utc_now,
    throttle: HostThrottle | None = None,
    container: str | None = None,
) -> RawDocument | Rejected:
    """Fetch one page. Returns its RawDocument (source = ``url``) or a Rejected.

    A response that turns out to be an RSS/Atom feed is rejected as ``unsupported_type`` here:
    give feeds to ``iter_inputs``, which reads their items. Never raises for a bad URL.
    """
    owned = client is None
    active = client if client is not None else make_client(settings)
    try:
        fetched = fetch_bytes(
            url, settings=settings, client=active, sleep=sleep, now=now, throttle=throttle
        )
        if classify(fetched) == "feed":
            raise InputError(
                "unsupported_type", f"{url} is an RSS/Atom feed, not a page; read it as an input"
            )
        return document_from_fetched(fetched, source=url, container=container)
    except InputError as exc:
        return reject(url, exc.reason, exc.detail)
    finally:
        if owned:
            active.close()
