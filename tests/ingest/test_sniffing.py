"""The cheap sniffers: binary or text, HTML or plain, feed or not, media type classes."""

from __future__ import annotations

import codecs

import pytest

from storyline.ingest.sniffing import binary_kind, looks_like_feed, looks_like_html, media_kind


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3", "a PDF document"),
        (b"PK\x03\x04\x14\x00\x00\x00", "a ZIP archive (or .docx/.xlsx/.epub)"),
        (b"\x1f\x8b\x08\x00\x00\x00", "a gzip file (only .warc.gz is read)"),
        (b"\x7fELF\x02\x01\x01", "an ELF executable"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"),
        (b"GIF89a\x01\x00", "a GIF image"),
        (b"abc\x00def", "binary data (NUL bytes)"),
        (
            bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 10 + b"text" * 10,
            "binary data (80 control bytes in the first 120)",
        ),
    ],
)
def test_binary_kind(content: bytes, expected: str) -> None:
    assert binary_kind(content) == expected


@pytest.mark.parametrize(
    "content",
    [
        "ニュース本文です。\n\t段落二。\f".encode(),
        "漢字".encode("iso2022_jp"),  # ESC bytes are text here
        codecs.BOM_UTF16_LE + "日本".encode("utf-16-le"),  # NUL bytes behind a BOM are text
        b"",
        b"a\x07b" + b"plain text " * 20,  # one stray bell is not binary
    ],
)
def test_text_is_not_binary(content: bytes) -> None:
    assert binary_kind(content) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<!DOCTYPE html><html><body>本文</body></html>", True),
        ("  \n<html lang='ja'>", True),
        ('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">', True),
        ("<!-- saved page -->\n<div><p>本文</p><p>続き</p></div>", True),
        ("最新記事\n<速報>地震が発生\n本文", False),
        ("<b>だけの一行。</b>あとはテキスト。", False),
        ("記事の本文。HTMLの<p>タグについて解説する。", False),
    ],
)
def test_looks_like_html(text: str, expected: bool) -> None:
    assert looks_like_html(text) is expected


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>', True),
        (
            b'\xef\xbb\xbf<?xml version="1.0"?><!-- generator --><feed xmlns="http://www.w3.org/2005/Atom">',
            True,
        ),
        (
            b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">',
            True,
        ),
        (
            b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description/>',
            False,
        ),
        (
            b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
            False,
        ),
        (b"<html><body>rss</body></html>", False),
        ("RSSについての記事".encode(), False),
    ],
)
def test_looks_like_feed(content: bytes, expected: bool) -> None:
    assert looks_like_feed(content) is expected


@pytest.mark.parametrize(
    ("media_type", "expected"),
    [
        ("text/html", "html"),
        ("application/xhtml+xml", "html"),
        ("text/plain", "text"),
        ("application/rss+xml", "feed"),
        ("text/xml", "feed"),
        (None, "unknown"),
        ("application/octet-stream", "unknown"),
        ("image/png", "other"),
        ("application/pdf", "other"),
        ("application/json", "other"),
    ],
)
def test_media_kind(media_type: str | None, expected: str) -> None:
    assert media_kind(media_type) == expected
