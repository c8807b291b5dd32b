"""Read the item links of an RSS (0.9x, 1.0, 2.0) or Atom feed with feedparser.

A feed is an input that stands for its items: each item's link is fetched as a page
(``source`` = the item URL, ``container`` = the feed). At most ``max_feed_items`` items are
read, in feed order. Relative links are resolved against the feed's URL; an item with no
usable http(s) link is rejected as ``unreachable``; a feed with no items as ``no_pages``.
"""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

from storyline.errors import InputError


def feed_links(content: bytes, *, source: str, base_url: str | None, limit: int) -> list[str]:
    """Return the links of the first ``limit`` items, resolved against ``base_url``
    ("" for an item without a link; check the scheme with :func:`is_http_url`).

    Raises InputError("not_a_feed") when ``content`` is neither RSS nor Atom and
    InputError("no_pages") when the feed has no items.
    """
    import feedparser  # imported lazily: it is only needed when a feed is given

    headers = {"content-location": base_url} if base_url else {}
    parsed = feedparser.parse(content, response_headers=headers)
    if not parsed.version:
        problem = parsed.get("bozo_exception")
        raise InputError(
            "not_a_feed",
            f"{source} is neither RSS nor Atom"
            + (f" ({problem})" if problem else "")
            + "; give a feed URL/file, or the pages themselves",
        )
    if not parsed.entries:
        raise InputError("no_pages", f"the feed {source} has no items")
    return [_item_link(entry, base_url) for entry in parsed.entries[:limit]]


def is_http_url(text: str) -> bool:
    """Whether ``text`` is an absolute http(s) URL with a host."""
    parts = urlsplit(text)
    return parts.scheme in {"http", "https"} and bool(parts.netloc)


def _item_link(entry: dict[str, object], base_url: str | None) -> str:
    link = entry.get("link")
    if not isinstance(link, str):
        return ""
    link = link.strip()
    return urljoin(base_url, link) if base_url and link else link
