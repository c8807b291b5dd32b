"""HTML pages -> Article: body with trafilatura, cleaned for Japanese news, plus metadata.

The cascade (each step only when the previous one under-delivered):

1. trafilatura ``bare_extraction`` on the page with captions already taken out;
2. the ``<p>`` texts of the page's largest ``<article>``/``<main>`` element;
3. trafilatura's ``baseline``;
4. reject as ``no_article``.

After each step the lines go through the same cleaning: caption-like lines move to the
captions, clutter lines (``data/clutter_html.txt``) and the headline repeated at the top are
dropped, and related-article lists at the end are cut.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from copy import deepcopy
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from storyline.config import ExtractSettings
from storyline.extract.captions import (
    element_text,
    looks_like_caption,
    normalise_line,
    pop_caption_elements,
)
from storyline.extract.metadata import PageMetadata, read_metadata, strip_site_name
from storyline.models import Article, RawDocument, Rejected

#: trafilatura stops trusting its main extractor below MIN_EXTRACTED_SIZE characters and
#: replaces the result by a whole-page dump (baseline) or justext, which knows no Japanese and
#: returns one line of everything. Its default (250) is calibrated on European text; a Japanese
#: character carries about 2-3 times as much as a Latin one, and short Japanese news items
#: (速報, 4-5 sentences) run 120-250 characters. 100 keeps those on the main extractor; set by
#: running tests/extract/test_html.py (short-article fixture) and bench/extract.py.
TRAFILATURA_MIN_EXTRACTED = 100

#: A line kept after a related-list heading must be longer than this, or end like a sentence,
#: to show that article text goes on; shorter lines are link titles. Japanese headlines are
#: 15-40 characters; body paragraphs of the fixtures are 40-250.
TAIL_LINK_MAX_CHARS = 60

_BLOCK_TAGS = frozenset(
    "p div li h1 h2 h3 h4 h5 h6 br tr td th dt dd section article header footer aside nav "
    "blockquote pre figure figcaption time table ul ol dl main address".split()
)
_CODE_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "object", "embed")
_SENTENCE_END = ("。", "」", "！", "？", "!", "?", ")", "）")
_BYLINE_LINE = re.compile(
    r"^[(（]?(?:文|文・写真|取材・文|記者|執筆|筆者|編集|構成)\s*[・:：=＝/／]\s*"
    r"(?P<name>[^\s、。()（）]{2,20}(?:\s[^\s、。()（）]{1,10})?)\s*[)）]?$"
)


@dataclass(frozen=True, slots=True)
class ClutterRules:
    """Compiled ``data/clutter_html.txt``: exact lines, search patterns, list headings."""

    exact: frozenset[str]
    patterns: tuple[re.Pattern[str], ...]
    tails: tuple[re.Pattern[str], ...]


@cache
def clutter_rules() -> ClutterRules:
    """Load and compile ``data/clutter_html.txt`` (cached). Raises ValueError on a bad row."""
    text = resources.files("storyline.extract").joinpath("data/clutter_html.txt").read_text(
        encoding="utf-8"
    )
    exact: set[str] = set()
    patterns: list[re.Pattern[str]] = []
    tails: list[re.Pattern[str]] = []
    for number, row in enumerate(text.splitlines(), start=1):
        row = row.strip()
        if not row or row.startswith("#"):
            continue
        kind, sep, value = row.partition(":")
        if kind == "exact" and sep:
            exact.add(normalise_line(value).lower())
        elif kind == "re" and sep:
            patterns.append(re.compile(value, re.IGNORECASE))
        elif kind == "tail" and sep:
            tails.append(re.compile(value, re.IGNORECASE))
        else:
            raise ValueError(f"clutter_html.txt line {number}: unknown rule {row!r}")
    return ClutterRules(frozenset(exact), tuple(patterns), tuple(tails))


def is_clutter_line(line: str) -> bool:
    """Say whether one body line is page furniture by the clutter list."""
    key = normalise_line(line)
    rules = clutter_rules()
    if not key or key.lower() in rules.exact:
        return True
    return any(p.search(key) for p in rules.patterns)


def _is_list_heading(line: str) -> bool:
    """Say whether ``line`` is a heading of a related/ranking list (a ``tail:`` rule)."""
    key = normalise_line(line).strip("■●◆◇□【】[]<>〈〉《》 ")
    return any(p.fullmatch(key) for p in clutter_rules().tails)


def _looks_like_text(line: str) -> bool:
    """Say whether ``line`` reads as article text rather than a link title."""
    stripped = line.strip()
    return len(stripped) > TAIL_LINK_MAX_CHARS or stripped.endswith(_SENTENCE_END[:4])


def clean_body_lines(lines: Sequence[str], *, title: str | None) -> tuple[list[str], list[str]]:
    """Split extracted lines into ``(body lines, caption lines)``, dropping clutter.

    Drops clutter lines, a leading repetition of the title and related-article lists: after
    a list heading ("関連記事", "あわせて読みたい") every line up to the next line that reads
    as text is a link title and is dropped.
    """
    body: list[str] = []
    captions: list[str] = []
    title_key = normalise_line(title) if title else None
    in_list = False
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if _is_list_heading(line):
            in_list = True
            continue
        if in_list and not _looks_like_text(line):
            continue
        in_list = False
        if looks_like_caption(line):
            captions.append(line)
        elif not is_clutter_line(line) and not (
            not body and title_key and normalise_line(line) == title_key
        ):
            body.append(line)
    return body, captions


# --------------------------------------------------------------------------- parsing


def parse_page(text: str) -> lxml_html.HtmlElement | None:
    """Parse HTML text into a tree; None when lxml finds no document in it."""
    try:
        tree = lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        # ValueError: a str with an XML encoding declaration; retry without it.
        try:
            tree = lxml_html.document_fromstring(text.encode("utf-8"))
        except (etree.ParserError, ValueError):
            return None
    return tree if isinstance(tree, lxml_html.HtmlElement) else None


def strip_code(tree: lxml_html.HtmlElement) -> None:
    """Remove scripts, styles, embedded objects and HTML comments from ``tree`` in place."""
    for el in list(tree.iter(*_CODE_TAGS, etree.Comment, etree.ProcessingInstruction)):
        el.drop_tree() if isinstance(el, lxml_html.HtmlElement) else _remove_keep_tail(el)


def _remove_keep_tail(node: Any) -> None:
    """Remove a comment/PI node from its parent, keeping its tail text."""
    parent = node.getparent()
    if parent is None:
        return
    tail = node.tail or ""
    previous = node.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(node)


def visible_lines(tree: lxml_html.HtmlElement) -> list[str]:
    """Return the page's visible text as lines, one per block element (tree not modified)."""
    body = tree.find("body")
    # <head> text (the <title>) is not visible; pages without <body> are read whole.
    work = deepcopy(body if body is not None else tree)
    strip_code(work)
    for el in work.iter(*_BLOCK_TAGS):
        el.tail = "\n" + (el.tail or "")
        if el.tag != "br":
            el.text = "\n" + (el.text or "")
    lines = (normalise_space(t) for t in work.text_content().splitlines())
    return [t for t in lines if t]


_SPACES = re.compile(r"[ \t\u3000\xa0]+")


def normalise_space(text: str) -> str:
    """Collapse runs of spaces (incl. ideographic) to one and strip the ends."""
    return _SPACES.sub(" ", text).strip()


# --------------------------------------------------------------------------- body cascade


@cache
def _trafilatura_config() -> Any:
    """Return a trafilatura config with the extraction floor set for Japanese (cached)."""
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", str(TRAFILATURA_MIN_EXTRACTED))
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    return config


def trafilatura_lines(tree: lxml_html.HtmlElement, url: str | None) -> list[str]:
    """Return the lines trafilatura extracts as the main text of ``tree`` (may be empty).

    Settings for news: no comments, tables only when they hold text (trafilatura keeps
    their cells), precision focus (it prunes share bars, related lists and captions that
    recall mode keeps; measured on the fixtures in tests/extract/data/html).
    """
    from trafilatura import bare_extraction

    document = bare_extraction(
        deepcopy(tree),
        url=url,
        favor_precision=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        with_metadata=False,
        config=_trafilatura_config(),
    )
    text = getattr(document, "text", None) or ""
    return [normalise_space(t) for t in text.splitlines() if t.strip()]


def article_paragraph_lines(tree: lxml_html.HtmlElement) -> list[str]:
    """Return the ``<p>`` texts of the ``<article>``/``<main>`` element with the most of them."""
    best: list[str] = []
    for container in tree.iter("article", "main"):
        texts = [element_text(p) for p in container.iter("p")]
        texts = [t for t in texts if t]
        if sum(map(len, texts)) > sum(map(len, best)):
            best = texts
    return best


def baseline_lines(tree: lxml_html.HtmlElement) -> list[str]:
    """Return the lines of trafilatura's ``baseline`` extraction of ``tree``."""
    from trafilatura import baseline

    _, text, _ = baseline(deepcopy(tree))
    return [normalise_space(t) for t in text.splitlines() if t.strip()]


def extract_body(
    tree: lxml_html.HtmlElement, *, url: str | None, title: str | None, min_chars: int
) -> tuple[list[str], list[str], str]:
    """Run the body cascade on a caption-free tree.

    Returns ``(body lines, caption lines, method)``; method is "trafilatura", "article",
    "baseline", or "none" when no step reached ``min_chars`` (the best lines are returned).
    """
    steps: tuple[tuple[str, Callable[[], list[str]]], ...] = (
        ("trafilatura", lambda: trafilatura_lines(tree, url)),
        ("article", lambda: article_paragraph_lines(tree)),
        ("baseline", lambda: baseline_lines(tree)),
    )
    best: tuple[list[str], list[str]] = ([], [])
    for method, step in steps:
        body, captions = clean_body_lines(step(), title=title)
        if _chars(body) >= min_chars:
            return body, captions, method
        if _chars(body) > _chars(best[0]):
            best = (body, captions)
    return best[0], best[1], "none"


def _chars(lines: Iterable[str]) -> int:
    """Return the total length of ``lines``."""
    return sum(len(line) for line in lines)


# --------------------------------------------------------------------------- metadata helpers


def _byline_from_lines(lines: Sequence[str]) -> tuple[str | None, list[str]]:
    """Take a clearly marked byline ("文・山田太郎", "(記者:…)") from the first/last 2 lines.

    Returns ``(name or None, remaining lines)``.
    """
    edges = {0, 1, len(lines) - 2, len(lines) - 1}
    for index in sorted(i for i in edges if 0 <= i < len(lines)):
        match = _BYLINE_LINE.match(normalise_space(lines[index]))
        if match:
            return match.group("name"), [ln for i, ln in enumerate(lines) if i != index]
    return None, list(lines)


def _title_index(lines: Sequence[str], title: str | None) -> int | None:
    """Return the index of the page line that holds the title, if any."""
    if not title:
        return None
    key = normalise_line(title)
    for index, line in enumerate(lines):
        if key and key in normalise_line(line):
            return index
    return None


_COPYRIGHT = re.compile(
    r"(?i)(?:copyright|©|\(c\))\s*(?:\(c\)|©)?\s*(?:\d{4}(?:\s*[-–~]\s*\d{4})?)?[\s,.]*"
    r"(?P<name>[^\s,.].*?)\s*(?:[.,]?\s*all rights reserved.*|記事の無断.*|無断.*)?$"
)


def copyright_holders(lines: Sequence[str]) -> list[str]:
    """Return the holder names of copyright lines ("Copyright © 2024 北海新報社" -> 北海新報社)."""
    holders = []
    for line in lines:
        match = _COPYRIGHT.search(normalise_line(line))
        if match and 2 <= len(match.group("name")) <= 40:
            holders.append(match.group("name").strip())
    return holders


def cited_link_urls(tree: lxml_html.HtmlElement, base_url: str | None) -> list[str]:
    """Return hrefs of links labelled as sources (出典/引用元/ソース/参照元), in page order.

    A link counts when its own text, title or aria-label, or the text just before it in the
    same block, names it a source.
    """
    label = re.compile(r"(出典|引用元|引用|ソース|参照元|情報元|画像元|source)", re.IGNORECASE)
    found: list[str] = []
    for link in tree.iter("a"):
        href = (link.get("href") or "").strip()
        if base_url:
            href = _absolute(href, base_url)
        if not href.startswith(("http://", "https://")) or href in found:
            continue
        parent = link.getparent()
        before = (parent.text or "") if parent is not None else ""
        previous = link.getprevious()
        if previous is not None:
            before = previous.tail or ""
        own = f"{element_text(link)} {link.get('title', '')} {link.get('aria-label', '')}"
        if label.search(own) or label.search(before[-20:]):
            found.append(href)
    return found


def _absolute(href: str, base_url: str) -> str:
    """Resolve ``href`` against ``base_url``."""
    from urllib.parse import urljoin

    return urljoin(base_url, href)


@dataclass(frozen=True, slots=True, kw_only=True)
class _Page:
    """What extract_html reads from a page before building the Article."""

    meta: PageMetadata
    lines: list[str]
    body: list[str]
    captions: tuple[str, ...]
    method: str
    links: list[str]


def read_page(tree: lxml_html.HtmlElement, doc: RawDocument, settings: ExtractSettings) -> _Page:
    """Read metadata, visible lines, captions and the body lines of a parsed page."""
    meta = read_metadata(tree, tz=settings.timezone)
    lines = visible_lines(tree)
    work = deepcopy(tree)
    strip_code(work)
    links = cited_link_urls(work, doc.url)
    element_captions = pop_caption_elements(work)
    title = meta.titles[0] if meta.titles else None
    body, line_captions, method = extract_body(
        work, url=doc.url, title=title, min_chars=settings.min_body_chars
    )
    captions = tuple(dict.fromkeys((*element_captions, *line_captions)))
    return _Page(
        meta=meta, lines=lines, body=body, captions=captions, method=method, links=links
    )


def extract_html_page(doc: RawDocument, *, settings: ExtractSettings, producer: str) -> Article | Rejected:
    """Extract an Article from an HTML RawDocument (see module docstring); never raises on purpose.

    Returns Rejected(stage="extract") with reason "broken_html" when lxml finds no document,
    "no_article" when the body stays under ``settings.min_body_chars``.
    """
    tree = parse_page(doc.text)
    if tree is None:
        return Rejected(source=doc.source, stage="extract", reason="broken_html",
                        detail="lxml found no HTML document in the page")
    page = read_page(tree, doc, settings)
    if _chars(page.body) < settings.min_body_chars:
        return Rejected(
            source=doc.source,
            stage="extract",
            reason="no_article",
            detail=f"the body has {_chars(page.body)} characters after extraction "
            f"(minimum {settings.min_body_chars}); methods tried: trafilatura, article, baseline",
        )
    return _build_article(doc, page, settings=settings, producer=producer)


def _choose_title(titles: Sequence[str], names: Sequence[str]) -> str | None:
    """Return the best headline without the site name (see metadata.strip_site_name).

    When the best candidate still carries an unknown suffix after a separator and a later
    candidate (the <h1>) is exactly the part before it, the shorter one is taken.
    """
    stripped = [strip_site_name(t, names) for t in titles]
    stripped = [t for t in stripped if t]
    if not stripped:
        return None
    best = stripped[0]
    for other in stripped[1:]:
        rest = best[len(other) :].lstrip()
        if other != best and best.startswith(other) and rest[:1] in set("|｜-–—－/／：:"):
            best = other
    return best


def _published(
    page: _Page, title: str | None, tz: str
) -> tuple[str | None, str | None, str | None]:
    """Return ``(published, published_text, modified)`` from metadata, else the visible text.

    A visible date line is used when the metadata has no publication time, or when the
    metadata gives only the day and the visible line gives the same day with a time.
    """
    from storyline.extract.dates import find_date_lines

    meta = page.meta
    matches = find_date_lines(page.lines, tz=tz, title_index=_title_index(page.lines, title))
    visible = next((m for m in matches if m.kind == "published"), None)
    visible_modified = next((m for m in matches if m.kind == "modified"), None)
    published, text = meta.published, meta.published_text
    if visible is not None and (
        published is None
        or (len(published) == 10 and "T" in visible.value and visible.value.startswith(published))
    ):
        published, text = visible.value, visible.text
    modified = meta.modified or (visible_modified.value if visible_modified else None)
    return published, text, modified


def _publisher(
    meta: PageMetadata, url_publisher: str | None, holders: Sequence[str], wire: str | None
) -> str | None:
    """Return the outlet: site name/JSON-LD publisher, else the URL's, else a copyright holder.

    A copyright holder that is the wire agency is not the publisher (wire copy often carries
    the agency's copyright line).
    """
    from storyline.extract.outlets import canonical_publisher

    if meta.site_names:
        return canonical_publisher(meta.site_names[0])
    if url_publisher:
        return url_publisher
    for holder in holders:
        name = canonical_publisher(holder)
        if name and name != wire:
            return name
    return None


def _build_article(
    doc: RawDocument, page: _Page, *, settings: ExtractSettings, producer: str
) -> Article:
    """Assemble the Article from what read_page found."""
    from storyline.extract.outlets import canonical_publisher, publisher_from_url
    from storyline.extract.wire import find_cited_urls, find_wire

    meta = page.meta
    url_publisher = publisher_from_url(doc.url) if doc.url else None
    names = [*meta.site_names, *(canonical_publisher(n) for n in meta.site_names)]
    names += [url_publisher] if url_publisher else []
    title = _choose_title(meta.titles, names)
    byline_line, body_lines = _byline_from_lines(page.body)
    body = "\n\n".join(body_lines)
    holders = copyright_holders(page.lines)
    credits = [*meta.author_orgs, *meta.authors, byline_line or "", *holders]
    found_wire = find_wire(body) or find_wire("\n".join(c for c in credits if c))
    wire = found_wire[0] if found_wire else None
    published, published_text, modified = _published(page, title, settings.timezone)
    cited = dict.fromkeys(
        (*find_cited_urls("\n".join(page.lines)), *meta.cited_urls, *page.links)
    )
    byline = "、".join(meta.authors) if meta.authors else byline_line
    return Article(
        id=doc.id,
        source=doc.source,
        input_hash=doc.sha256,
        producer=producer,
        body=body,
        title=title,
        url=doc.url,
        published=published,
        published_text=published_text,
        modified=modified,
        publisher=_publisher(meta, url_publisher, holders, wire),
        wire=wire,
        byline=byline,
        captions=page.captions,
        cited_urls=tuple(cited),
        errors=meta.errors,
        format="html",
    )
