"""Cheap looks at the first bytes of an input: binary or text, HTML or plain, feed or page.

These never parse a whole document; they decide which reader gets the bytes. A false
"HTML" is harmless (extract copes with text in HTML clothing); a false "binary" loses a page,
so :func:`binary_kind` only fires on strong evidence.
"""

from __future__ import annotations

import re

#: Magic numbers of binary formats people point a news tool at by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx/.epub)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\x1f\x8b", "a gzip file (only .warc.gz is read)"),
    (b"BZh", "a bzip2 file"),
    (b"\xfd7zXZ\x00", "an xz file"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x7fELF", "an ELF executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x00\x00\x01\x00", "an icon file"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 file"),
    (b"\x1aE\xdf\xa3", "a Matroska/WebM video"),
)
_TEXT_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")

#: Bytes looked at by the control-character test.
_WINDOW = 8192
#: Share of C0 control bytes (other than tab, newlines, form feed and ESC of ISO-2022-JP) above
#: which bytes are binary. Text pages have none; uniformly random bytes have about 10 %; 5 % sits
#: between with margin for a text file with a few stray controls.
_MAX_CONTROL_SHARE = 0.05
_CONTROL_BYTES = frozenset(set(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D, 0x1B}) | {0x7F}


def binary_kind(content: bytes) -> str | None:
    """Return a description of why ``content`` is binary (``"a PNG image"``), or None for text."""
    for magic, kind in _MAGIC:
        if content.startswith(magic):
            return kind
    if content[4:12] in (b"ftypisom", b"ftypmp42") or (
        content.startswith(b"RIFF") and content[8:12] in (b"WEBP", b"WAVE", b"AVI ")
    ):
        return "a media file"
    if content.startswith(_TEXT_BOMS) or content.startswith(b"\x00\x00\xfe\xff"):
        return None  # UTF-16/32 text legitimately holds NUL bytes
    head = content[:_WINDOW]
    if b"\x00" in head:
        return "binary data (NUL bytes)"
    controls = sum(1 for byte in head if byte in _CONTROL_BYTES)
    if head and controls / len(head) > _MAX_CONTROL_SHARE:
        return f"binary data ({controls} control bytes in the first {len(head)})"
    return None


_HTML_START = re.compile(
    r"^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml[^>]*>\s*<(?:!doctype\s+)?html)",
    re.IGNORECASE,
)
_HTML_TAG = re.compile(
    r"<(?:html|head|body|meta|title|div|p|article|section|main|script|br|table|span|a\s)[\s/>]",
    re.IGNORECASE,
)
#: Tags needed in the first 4 KB for a text that starts with a comment or a bare tag to count
#: as HTML: one tag could be a quoted example in a plain text, three means markup.
_MIN_TAGS = 3


def looks_like_html(text: str) -> bool:
    """Whether decoded ``text`` is HTML markup rather than a plain-text dump of a page."""
    head = text[:4096]
    if _HTML_START.match(head):
        return True
    return head.lstrip().startswith("<") and len(_HTML_TAG.findall(head)) >= _MIN_TAGS


_FEED_ROOT = re.compile(
    rb"^(?:\s|<\?[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*<(?:[\w.-]+:)?(rss|feed|RDF)[\s>/]",
    re.DOTALL,
)


def looks_like_feed(content: bytes) -> bool:
    """Whether the root element of ``content`` is RSS (``<rss>``, RSS 1.0 ``<rdf:RDF>``) or Atom
    (``<feed>``). Only the first 4 KB are looked at."""
    head = content[:4096].removeprefix(b"\xef\xbb\xbf")
    match = _FEED_ROOT.match(head)
    if match is None:
        return False
    if match.group(1) == b"RDF":  # any RDF document has this root; RSS 1.0 names its namespace
        return b"purl.org/rss" in head
    return True


_HTML_MEDIA = frozenset({"text/html", "application/xhtml+xml"})
_FEED_MEDIA = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
        "application/x-rss+xml",
    }
)


def media_kind(media_type: str | None) -> str:
    """Classify an HTTP media type: ``html``, ``text``, ``feed`` (XML that may be a feed),
    ``unknown`` (absent or octet-stream: sniff the bytes) or ``other`` (not a page)."""
    if not media_type or media_type in {"application/octet-stream", "binary/octet-stream"}:
        return "unknown"
    if media_type in _HTML_MEDIA:
        return "html"
    if media_type == "text/plain":
        return "text"
    if media_type in _FEED_MEDIA or media_type.endswith("+xml"):
        return "feed"
    return "other"
