"""Hand-built pages for the extract rule tests: a RawDocument from text, a minimal HTML page
around a body, and the Article extracted from either."""

from __future__ import annotations

from typing import Literal

from storyline.config import ExtractSettings
from storyline.extract import extract_article
from storyline.models import Article, RawDocument

SETTINGS = ExtractSettings()


def doc(
    text: str, media_type: Literal["text/html", "text/plain"], url: str | None = None
) -> RawDocument:
    """A UTF-8 document as ingest would hand it over (the URL, when given, is its source)."""
    return RawDocument(
        source=url or ("page.html" if media_type == "text/html" else "page.txt"),
        content=text.encode("utf-8"),
        text=text,
        media_type=media_type,
        encoding="utf-8",
        encoding_source="utf-8",
        url=url,
    )


def page(body: str, head: str = "", lang: str = "ja") -> str:
    """A minimal HTML page with ``head`` and ``body`` inside."""
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8">{head}</head><body>{body}</body></html>'
    )


def from_html(body: str, head: str = "", url: str | None = None) -> Article:
    """The article extracted from a minimal HTML page around ``body``."""
    art = extract_article(doc(page(body, head), "text/html", url), settings=SETTINGS)
    assert isinstance(art, Article), art
    return art


def from_text(text: str, url: str | None = None) -> Article:
    """The article extracted from a flat text dump."""
    art = extract_article(doc(text, "text/plain", url), settings=SETTINGS)
    assert isinstance(art, Article), art
    return art
