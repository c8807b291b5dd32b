"""Turn command-line inputs into RawDocuments or Rejected values, one input after another.

Each input is, in this order of checks: ``-`` (standard input), an ``http(s)://`` URL, or a
path. A folder is walked recursively in sorted path order (hidden entries and symlinked
folders are skipped) and keeps only pages (``.txt``, ``.html``, ``.htm``, ``.xhtml``),
WARC files (``.warc``, ``.warc.gz``) and feeds (``.xml``, ``.rss``, ``.atom``); a file named
explicitly is read whatever its extension, its kind sniffed from its bytes. Any file or
response whose content sniffs as RSS/Atom is read as a feed.
"""

from __future__ import annotations

import os
import re
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from storyline.config import IngestSettings
from storyline.errors import InputError
from storyline.ingest.documents import MediaType, check_not_binary, make_document, reject
from storyline.ingest.feeds import feed_links, is_http_url
from storyline.ingest.fetching import (
    HostThrottle,
    classify,
    document_from_fetched,
    fetch_bytes,
    fetch_url,
    make_client,
    utc_now,
)
from storyline.ingest.sniffing import looks_like_feed
from storyline.ingest.warcs import iter_warc
from storyline.models import RawDocument, Rejected

if TYPE_CHECKING:
    import httpx

Item = RawDocument | Rejected

PAGE_SUFFIXES: dict[str, MediaType] = {
    ".txt": "text/plain",
    ".html": "text/html",
    ".htm": "text/html",
    ".xhtml": "text/html",
}
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom"})
WARC_SUFFIXES = (".warc", ".warc.gz")
_OTHER_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


@dataclass(slots=True, kw_only=True)
class _Context:
    settings: IngestSettings
    stdin: BinaryIO | None
    client: httpx.Client
    sleep: Callable[[float], None]
    now: Callable[[], datetime]
    throttle: HostThrottle


def iter_inputs(
    inputs: Sequence[str],
    *,
    settings: IngestSettings,
    stdin: BinaryIO | None = None,
    client: httpx.Client | None = None,
    sleep: Callable[[float], None] = time.sleep,
    now: Callable[[], datetime] = utc_now,
) -> Iterator[RawDocument | Rejected]:
    """Yield a RawDocument for every page found in ``inputs`` and a Rejected for every input
    (or item inside one) that cannot be used, in input order and, inside a folder, path order.

    ``stdin`` is read for the input ``-`` (default: ``sys.stdin.buffer``); ``client`` is used
    for all HTTP requests (default: a client made and closed here); ``sleep`` and ``now`` are
    injected for tests. Never raises for a bad input: an unexpected error in one input becomes
    a Rejected with reason ``internal_error`` and the next input is read.
    """
    owned = client is None
    ctx = _Context(
        settings=settings,
        stdin=stdin,
        client=client if client is not None else make_client(settings),
        sleep=sleep,
        now=now,
        throttle=HostThrottle(settings.per_host_delay, sleep=sleep),
    )
    try:
        for arg in inputs:
            yield from _guarded(arg, _iter_one(arg, ctx))
    finally:
        if owned:
            ctx.client.close()


def _guarded(source: str, items: Iterator[Item]) -> Iterator[Item]:
    """Pass ``items`` on; an InputError or unexpected exception while producing them ends
    them with one rejection for ``source`` (what was yielded before is kept)."""
    try:
        yield from items
    except InputError as exc:
        yield reject(source, exc.reason, exc.detail)
    except Exception as exc:  # the batch must go on; the detail carries the bug for a report
        yield reject(source, "internal_error", f"{type(exc).__name__}: {exc}")


def _iter_one(arg: str, ctx: _Context) -> Iterator[Item]:
    """Dispatch one command-line input to the reader for its kind."""
    if arg == "-":
        yield from _iter_stdin(ctx)
    elif arg.lower().startswith(("http://", "https://")):
        yield from _iter_url(arg, ctx)
    elif _OTHER_SCHEME.match(arg) and not Path(arg).exists():
        raise InputError(
            "unreachable", f"{arg}: only http:// and https:// URLs are fetched; download it first"
        )
    else:
        yield from _iter_path(arg, ctx)


def _iter_stdin(ctx: _Context) -> Iterator[Item]:
    """Standard input, read up to the size cap and sniffed."""
    stream = ctx.stdin if ctx.stdin is not None else sys.stdin.buffer
    content = stream.read(ctx.settings.max_bytes + 1)
    if len(content) > ctx.settings.max_bytes:
        raise InputError(
            "too_large", f"standard input is over ingest.max_bytes = {ctx.settings.max_bytes} bytes"
        )
    yield from _iter_bytes("-", content, media_type=None, ctx=ctx)


def _iter_url(url: str, ctx: _Context) -> Iterator[Item]:
    """A URL: its page, or the items of the feed it serves."""
    fetched = fetch_bytes(
        url,
        settings=ctx.settings,
        client=ctx.client,
        sleep=ctx.sleep,
        now=ctx.now,
        throttle=ctx.throttle,
    )
    if classify(fetched) == "feed":
        yield from _iter_feed(url, fetched.content, base_url=fetched.url, ctx=ctx)
    else:
        yield document_from_fetched(fetched, source=url)


def _iter_bytes(
    source: str, content: bytes, *, media_type: MediaType | None, ctx: _Context
) -> Iterator[Item]:
    """A page read from a file or stdin: a feed if it sniffs as one, else one document."""
    check_not_binary(content, source)
    if looks_like_feed(content):
        yield from _iter_feed(source, content, base_url=None, ctx=ctx)
    else:
        yield make_document(source, content, media_type=media_type)


def _iter_feed(
    source: str, content: bytes, *, base_url: str | None, ctx: _Context
) -> Iterator[Item]:
    """Fetch the items of a feed: one RawDocument or Rejected per item, repeats skipped."""
    links = feed_links(content, source=source, base_url=base_url, limit=ctx.settings.max_feed_items)
    seen: set[str] = set()
    for index, link in enumerate(links, start=1):
        if not is_http_url(link):
            yield reject(
                f"{source}#{index}",
                "unreachable",
                f"item {index} of the feed {source} has no absolute http(s) link ({link!r})",
            )
            continue
        if link in seen:
            continue  # feeds repeat items (updates, several categories); one fetch is enough
        seen.add(link)
        yield fetch_url(
            link,
            settings=ctx.settings,
            client=ctx.client,
            sleep=ctx.sleep,
            now=ctx.now,
            throttle=ctx.throttle,
            container=source,
        )


def _iter_path(arg: str, ctx: _Context) -> Iterator[Item]:
    """A path: folder, file, or a not_found rejection."""
    path = Path(arg)
    if path.is_dir():
        yield from _iter_folder(arg, ctx)
    elif path.exists():
        yield from _iter_file(arg, ctx)
    else:
        where = "broken symbolic link" if path.is_symlink() else "no such file or folder"
        raise InputError("not_found", f"{arg}: {where}; check the path (relative to {os.getcwd()})")


def _iter_folder(arg: str, ctx: _Context) -> Iterator[Item]:
    """Every usable file of a folder, each guarded on its own so one bug spares the rest."""
    files = walk_folder(Path(arg))
    if not files:
        raise InputError(
            "no_pages",
            f"the folder {arg} has no .txt, .html, .htm, .warc(.gz), .xml, .rss or .atom files",
        )
    for file in files:
        source = str(file)
        yield from _guarded(source, _iter_file(source, ctx))


def walk_folder(root: Path) -> list[Path]:
    """The usable files under ``root``, recursively, sorted by their path components.

    Hidden files and folders (name starting with ``.``) and symlinked folders are skipped.
    """
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if not name.startswith(".") and input_kind(name) is not None:
                found.append(Path(dirpath) / name)
    return sorted(found, key=lambda p: p.relative_to(root).parts)


def input_kind(name: str) -> str | None:
    """``page``, ``warc`` or ``feed`` for a file name by its extension, else None."""
    lower = name.lower()
    if lower.endswith(WARC_SUFFIXES):
        return "warc"
    suffix = os.path.splitext(lower)[1]
    if suffix in PAGE_SUFFIXES:
        return "page"
    if suffix in FEED_SUFFIXES:
        return "feed"
    return None


def _iter_file(source: str, ctx: _Context) -> Iterator[Item]:
    """One file: a WARC, a feed, or a page (kind sniffed when the extension says nothing)."""
    kind = input_kind(source)
    limit = ctx.settings.max_warc_bytes if kind == "warc" else ctx.settings.max_bytes
    try:
        size = os.stat(source).st_size
        if size > limit:
            setting = "ingest.max_warc_bytes" if kind == "warc" else "ingest.max_bytes"
            raise InputError("too_large", f"{source} is {size} bytes, over {setting} = {limit}")
        if kind == "warc":
            yield from iter_warc(source, settings=ctx.settings)
            return
        content = Path(source).read_bytes()
    except OSError as exc:
        raise InputError(
            "unreadable", f"{source} could not be read: {exc.strerror or exc}"
        ) from exc
    if kind == "feed" and not looks_like_feed(content):
        check_not_binary(content, source)
        raise InputError("not_a_feed", f"{source} has a feed extension but is neither RSS nor Atom")
    media_type = PAGE_SUFFIXES.get(os.path.splitext(source.lower())[1])
    yield from _iter_bytes(source, content, media_type=media_type, ctx=ctx)
