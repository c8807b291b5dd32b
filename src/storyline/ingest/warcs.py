"""Read the HTML pages stored in a WARC (``.warc`` or ``.warc.gz``) file with warcio.

Every ``response`` record whose HTTP status is 2xx and whose Content-Type is HTML becomes a
RawDocument: ``source`` and ``url`` are the record's ``WARC-Target-URI``, ``container`` the WARC
path, ``fetched_at`` its ``WARC-Date``, and the HTTP charset is used for decoding. Other records
(requests, metadata, images, CSS, redirects) are skipped silently; 4xx/5xx HTML responses are
rejected as ``http_error``; a record over ``max_bytes`` as ``too_large``.

warcio stops quietly at a damaged end, so damage is checked here: a record whose block is
shorter than its ``Content-Length``, bytes left over after the last complete record, or a gzip
stream that ends early. Records read before the damage are yielded, then one
``truncated_warc`` rejection for the file.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from storyline.config import IngestSettings
from storyline.errors import InputError
from storyline.ingest.documents import make_document, reject
from storyline.ingest.fetching import parse_content_type
from storyline.ingest.sniffing import media_kind
from storyline.models import RawDocument, Rejected

_CHUNK = 1 << 20


class _Damaged(Exception):
    """The WARC is truncated or corrupt; the message says where."""


def iter_warc(path: str, *, settings: IngestSettings) -> Iterator[RawDocument | Rejected]:
    """Yield the HTML pages of the WARC at ``path``, then a rejection if the file is damaged.

    Raises OSError when the file cannot be opened (the caller turns it into ``unreadable``).
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    yielded = 0
    with open(path, "rb") as handle:
        size = handle.seek(0, 2)
        handle.seek(0)
        iterator = ArchiveIterator(handle)
        last_end = 0
        try:
            for record in _records(iterator):
                item = _read_record(record, path=path, settings=settings)
                iterator.read_to_end(record)
                _check_complete(record)
                last_end = iterator.get_record_offset() + iterator.get_record_length()
                if item is not None:
                    yielded += 1
                    yield item
            _check_tail(handle, last_end, size)
            if path.lower().endswith(".gz"):
                _check_gzip(path)
        except (_Damaged, ArchiveLoadFailed, EOFError, zlib.error, ValueError) as exc:
            yield reject(
                path,
                "truncated_warc",
                f"{path} is truncated or corrupt ({exc}); the {yielded} pages before the damage "
                "were read. Re-download or re-crawl it",
            )


def _records(iterator: Any) -> Iterator[Any]:
    """The records of a warcio iterator; any parser failure is damage, not a bug of ours."""
    records = iter(iterator)
    while True:
        try:
            record = next(records)
        except StopIteration:
            return
        except Exception as exc:  # warcio raises assorted errors on mangled headers
            raise _Damaged(f"unparsable record: {type(exc).__name__}: {exc}") from exc
        yield record


def _check_complete(record: Any) -> None:
    """Raise _Damaged for a record cut in its headers or its block (after read_to_end)."""
    uri = record.rec_headers.get_header("WARC-Target-URI") or record.rec_type
    length = record.rec_headers.get_header("Content-Length")
    if not (length and length.strip().isdigit()):
        raise _Damaged(f"the record for {uri} has no valid Content-Length ({length!r})")
    if record.raw_stream.limit > 0:
        raise _Damaged(f"the record for {uri} ends {record.raw_stream.limit} bytes early")


def _read_record(
    record: Any, *, path: str, settings: IngestSettings
) -> RawDocument | Rejected | None:
    """One record: a RawDocument, a Rejected, or None when it is not an HTML page."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    media_type, charset = parse_content_type(record.http_headers.get_header("Content-Type"))
    if media_kind(media_type) != "html":
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or f"{path}#record"
    status = _status(record.http_headers.get_statuscode())
    if 300 <= status < 400:
        return None  # a redirect's tiny "moved" page is not an article
    body = record.content_stream().read(settings.max_bytes + 1)
    if len(body) > settings.max_bytes:
        return reject(
            uri, "too_large", f"record in {path} is over ingest.max_bytes = {settings.max_bytes}"
        )
    if record.raw_stream.limit > 0:  # checked before the page is made from a cut body
        raise _Damaged(f"the record for {uri} ends {record.raw_stream.limit} bytes early")
    if status >= 400:
        return reject(uri, "http_error", f"the crawl of {uri} in {path} got HTTP {status}")
    try:
        return make_document(
            uri,
            body,
            media_type="text/html",
            http_charset=charset,
            url=uri,
            container=path,
            fetched_at=_warc_date(record.rec_headers.get_header("WARC-Date")),
        )
    except InputError as exc:
        return reject(uri, exc.reason, exc.detail)


def _status(code: str | None) -> int:
    """The HTTP status of a record; 200 when warcio could not read one."""
    return int(code) if code and code.isdigit() else 200


def _warc_date(value: str | None) -> datetime | None:
    """The WARC-Date as an aware datetime, or None when absent or malformed."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _check_tail(handle: Any, last_end: int, size: int) -> None:
    """Raise _Damaged when non-blank bytes follow the last record warcio could parse.

    For .warc.gz the offsets are compressed ones, so this catches a trailing partial member.
    """
    if last_end >= size:
        return
    handle.seek(last_end)
    rest = handle.read(4096)
    if rest.strip(b"\r\n \t\x00"):
        raise _Damaged(
            f"{size - last_end} bytes after the last complete record at offset {last_end}"
        )


def _check_gzip(path: str) -> None:
    """Decompress the whole file once to prove every gzip member is complete."""
    try:
        with gzip.open(path, "rb") as stream:
            while stream.read(_CHUNK):
                pass
    except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
        raise _Damaged(f"the gzip stream is broken: {exc}") from exc
