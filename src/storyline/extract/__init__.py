"""The extract stage: RawDocument -> Article | Rejected.

HTML pages go through :func:`extract_html` (trafilatura plus Japanese-news cleaning, metadata
from JSON-LD / meta tags / the visible text); flat text dumps through
``storyline.extract.text.extract_text_dump``. Nothing heavy is imported until a page is
extracted: trafilatura is loaded on first use.
"""

from __future__ import annotations

from functools import cache
from importlib.metadata import PackageNotFoundError, version

from storyline.config import ExtractSettings
from storyline.models import Article, RawDocument, Rejected

__all__ = ["extract_article", "extract_html", "producer_for"]

#: Version of the extract stage's own code and data files (data/clutter_html.txt,
#: data/caption_patterns.txt, ...). Bump it whenever their behaviour changes, so the store
#: re-extracts pages made by an older version.
EXTRACT_VERSION = "0.6.0"


@cache
def producer_name() -> str:
    """Return the producer string of HTML articles, e.g. ``extract/0.1.0+trafilatura-2.3.1``."""
    try:
        trafilatura_version = version("trafilatura")
    except PackageNotFoundError:  # pragma: no cover - trafilatura is a hard dependency
        trafilatura_version = "missing"
    return f"extract/{EXTRACT_VERSION}+trafilatura-{trafilatura_version}"


def producer_for(media_type: str) -> str:
    """The producer string an article of this media type would get now.

    The pipeline compares it with a stored article's producer to decide whether a page must
    be extracted again (a new version re-extracts; the same version reuses the stored one).
    """
    if media_type == "text/html":
        return producer_name()
    from storyline.extract.text import producer

    return producer()


def _internal_error(doc: RawDocument, exc: Exception) -> Rejected:
    """Return the Rejected value for a bug met while extracting ``doc``."""
    return Rejected(
        source=doc.source,
        stage="extract",
        reason="internal_error",
        detail=f"{type(exc).__name__}: {exc}",
    )


def extract_html(doc: RawDocument, *, settings: ExtractSettings) -> Article | Rejected:
    """Extract the article of an HTML page.

    Returns an Article (format "html"), or Rejected(stage="extract") with reason
    "broken_html" (no document could be parsed), "no_article" (body shorter than
    ``settings.min_body_chars`` after every fallback) or "internal_error" (a bug; the
    exception text is in ``detail``). Never raises for a bad page.
    """
    from storyline.extract.html import extract_html_page

    try:
        return extract_html_page(doc, settings=settings, producer=producer_name())
    except Exception as exc:  # one bad page must never stop a batch
        return _internal_error(doc, exc)


def extract_article(doc: RawDocument, *, settings: ExtractSettings) -> Article | Rejected:
    """Extract the article of any RawDocument, dispatching on ``doc.media_type``.

    ``text/html`` goes to :func:`extract_html`, ``text/plain`` to the text-dump extractor.
    Returns an Article or a Rejected value; unexpected exceptions become
    Rejected(reason="internal_error"). Never raises for a bad page.
    """
    try:
        if doc.media_type == "text/html":
            return extract_html(doc, settings=settings)
        from storyline.extract.text import extract_text_dump

        return extract_text_dump(doc, settings=settings)
    except Exception as exc:  # one bad page must never stop a batch
        return _internal_error(doc, exc)
