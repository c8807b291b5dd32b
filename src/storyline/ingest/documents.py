"""Build a :class:`RawDocument` from bytes, with the checks every input kind shares."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from storyline.errors import InputError
from storyline.ingest.decoding import decode_page
from storyline.ingest.sniffing import binary_kind, looks_like_html
from storyline.models import RawDocument, Rejected

STAGE = "ingest"

MediaType = Literal["text/html", "text/plain"]


def reject(source: str, reason: str, detail: str) -> Rejected:
    """Return an ingest :class:`Rejected` for ``source``."""
    return Rejected(source=source, stage=STAGE, reason=reason, detail=detail)


def check_not_binary(content: bytes, source: str) -> None:
    """Raise InputError("not_text") when ``content`` is binary; do nothing for text."""
    kind = binary_kind(content)
    if kind is not None:
        raise InputError(
            "not_text", f"{source} is {kind}, not a web page; give .html/.txt pages, feeds or WARC"
        )


def make_document(
    source: str,
    content: bytes,
    *,
    media_type: MediaType | None,
    http_charset: str | None = None,
    url: str | None = None,
    container: str | None = None,
    fetched_at: datetime | None = None,
) -> RawDocument:
    """Check, decode and wrap one page.

    ``media_type`` None means "sniff it" (stdin, an unknown file extension, a server that did
    not say). Returns the RawDocument. Raises InputError with reason ``not_text``, ``undecodable``
    or ``empty``.
    """
    check_not_binary(content, source)
    text, encoding, encoding_source = decode_page(
        content, http_charset=http_charset, media_type_hint=media_type
    )
    if not text.strip():
        what = "empty" if not content else f"only whitespace ({len(content)} bytes)"
        raise InputError("empty", f"{source} is {what}; nothing to read")
    if media_type is None:
        media_type = "text/html" if looks_like_html(text) else "text/plain"
    return RawDocument(
        source=source,
        content=content,
        text=text,
        media_type=media_type,
        encoding=encoding,
        encoding_source=encoding_source,
        url=url,
        container=container,
        fetched_at=fetched_at,
    )
