"""Page metadata of HTML news pages: JSON-LD, Open Graph / <meta> tags and <time> elements.

:func:`read_metadata` reads, in this priority, JSON-LD objects of an article type (also inside
``@graph`` and lists), then ``og:``/``article:`` and other ``<meta>`` tags, then ``<time
datetime>``. It never looks at the visible text; html.py falls back to that.
:func:`strip_site_name` removes the site name from a headline.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from lxml import html as lxml_html

from storyline.extract.captions import element_text, normalise_line

#: schema.org types whose headline/dates describe the article itself.
ARTICLE_TYPES = frozenset(
    {
        "NewsArticle",
        "Article",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "BackgroundNewsArticle",
        "OpinionNewsArticle",
        "ReviewNewsArticle",
        "AskPublicNewsArticle",
        "BlogPosting",
        "LiveBlogPosting",
        "Report",
    }
)

#: <meta> names/properties carrying the publication time, most specific first.
PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "article.published",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "dc.date",
    "date",
    "cxenseparse:recs:publishtime",
)
MODIFIED_META = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dcterms.modified",
    "last-modified",
    "lastmod",
)
TITLE_META = ("og:title", "twitter:title", "title", "dc.title")
SITE_META = ("og:site_name", "application-name", "twitter:site", "dc.publisher", "publisher")

#: Separators between a headline and the site name in <title>/og:title, checked in this order.
TITLE_SEPARATORS = (
    " | ",
    "｜",
    " - ",
    " – ",
    " — ",
    " － ",
    "－",
    " / ",
    "／",
    "：",
    ": ",
    " :: ",
    "|",
)


@dataclass(frozen=True, slots=True, kw_only=True)
class PageMetadata:
    """What the page's machine-readable parts say about the article.

    ``titles`` are headline candidates, best first (JSON-LD headline, og:title, <h1>, <title>),
    not yet stripped of the site name. ``site_names`` are names of the site/publisher, best
    first. ``published_text``/``modified_text`` are the raw values the times were read from.
    ``authors`` are person names; ``author_orgs`` organisations given as authors (often a wire).
    ``page_urls`` are the page's own addresses (``<link rel="canonical">``, og:url).
    """

    titles: tuple[str, ...] = ()
    site_names: tuple[str, ...] = ()
    published: str | None = None
    published_text: str | None = None
    modified: str | None = None
    modified_text: str | None = None
    authors: tuple[str, ...] = ()
    author_orgs: tuple[str, ...] = ()
    cited_urls: tuple[str, ...] = ()
    page_urls: tuple[str, ...] = ()
    errors: tuple[str, ...] = ()


# --------------------------------------------------------------------------- JSON-LD


def read_json_ld(tree: lxml_html.HtmlElement) -> tuple[list[dict[str, Any]], list[str]]:
    """Return every JSON-LD object of the page (lists and ``@graph`` flattened) and errors.

    Errors are messages like "JSON-LD block 2 is not valid JSON (...)"; blocks are numbered
    from 1 in page order. Never raises.
    """
    objects: list[dict[str, Any]] = []
    errors: list[str] = []
    blocks = tree.xpath('//script[contains(translate(@type,"LDJSON","ldjson"),"ld+json")]')
    for number, block in enumerate(blocks, start=1):
        raw = (block.text or "").strip()
        if not raw:
            continue
        # Some CMSs leave HTML comment markers or a trailing ';' around the JSON.
        raw = raw.removeprefix("<!--").removesuffix("-->").strip().rstrip(";")
        try:
            data = json.loads(raw, strict=False)
        except json.JSONDecodeError as exc:
            errors.append(f"JSON-LD block {number} is not valid JSON ({exc.msg} at char {exc.pos})")
            continue
        except RecursionError:
            errors.append(f"JSON-LD block {number} is nested too deeply to read")
            continue
        objects.extend(_flatten_ld(data))
    return objects, errors


def _flatten_ld(data: Any) -> Iterator[dict[str, Any]]:
    """Yield the dict objects of a JSON-LD value, descending into lists and ``@graph``."""
    if isinstance(data, list):
        for item in data:
            yield from _flatten_ld(item)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _flatten_ld(data["@graph"])


def _types(obj: dict[str, Any]) -> set[str]:
    """Return the schema.org type names of ``obj`` (``@type`` may be a string or a list)."""
    raw = obj.get("@type", ())
    values = [raw] if isinstance(raw, str) else raw if isinstance(raw, list) else []
    return {str(v).rsplit("/", 1)[-1] for v in values}


def _names(value: Any, by_id: dict[str, dict[str, Any]]) -> Iterator[tuple[str, set[str]]]:
    """Yield ``(name, types)`` of persons/organisations given as a string, object, ref or list."""
    if isinstance(value, list):
        for item in value:
            yield from _names(item, by_id)
    elif isinstance(value, str) and value.strip() and not value.startswith("http"):
        yield value.strip(), set()
    elif isinstance(value, dict):
        if "name" not in value and isinstance(value.get("@id"), str):
            value = by_id.get(value["@id"], value)
        name = value.get("name")
        if isinstance(name, str) and name.strip():
            yield name.strip(), _types(value)


def _urls(value: Any) -> Iterator[str]:
    """Yield http(s) URLs from a JSON-LD ``isBasedOn``/``citation`` value."""
    if isinstance(value, list):
        for item in value:
            yield from _urls(item)
    elif isinstance(value, str) and value.startswith(("http://", "https://")):
        yield value
    elif isinstance(value, dict):
        for key in ("url", "@id", "sameAs"):
            yield from _urls(value.get(key))


def _first_str(obj: dict[str, Any], *keys: str) -> str | None:
    """Return the first non-empty string among ``obj[key]`` for ``keys``."""
    for key in keys:
        value = obj.get(key)
        if isinstance(value, list) and value:
            value = value[0]
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


# --------------------------------------------------------------------------- meta tags


def read_meta_tags(tree: lxml_html.HtmlElement) -> dict[str, str]:
    """Return ``<meta>`` contents keyed by lower-cased property/name/itemprop (first wins)."""
    found: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        content = meta.get("content")
        if key and content and content.strip():
            found.setdefault(key.strip().lower(), content.strip())
    return found


def _time_elements(tree: lxml_html.HtmlElement) -> list[str]:
    """Return ``datetime`` values of <time> elements, the likeliest publication time first.

    Order: itemprop=datePublished, the HTML4 ``pubdate`` attribute, the first inside
    <article>, then the first outside nav/footer/aside/list items (where related-article
    lists carry other articles' dates).
    """
    ranked: list[str] = []
    for xpath in (
        '//*[@itemprop="datePublished"][@datetime]',
        "//time[@pubdate][@datetime]",
        "//article//time[@datetime]",
        "//time[@datetime][not(ancestor::footer or ancestor::nav or ancestor::aside"
        " or ancestor::li)]",
    ):
        for el in tree.xpath(xpath)[:1]:
            value = (el.get("datetime") or "").strip()
            if value and value not in ranked:
                ranked.append(value)
    return ranked


# --------------------------------------------------------------------------- assembly


def read_metadata(tree: lxml_html.HtmlElement, *, tz: str = "Asia/Tokyo") -> PageMetadata:
    """Read the page's machine-readable metadata. Never raises; trouble goes to ``errors``.

    Returns a PageMetadata whose times are contract values (``2025-03-24T08:57:00+09:00`` or
    ``2025-03-24``), read with :func:`storyline.extract.dates.parse_iso_datetime` (and the
    text parser for meta values written like ``2025/03/24 08:57``).
    """
    objects, errors = read_json_ld(tree)
    by_id = {o["@id"]: o for o in objects if isinstance(o.get("@id"), str)}
    articles = [o for o in objects if _types(o) & ARTICLE_TYPES]
    metas = read_meta_tags(tree)

    titles = _unique(_ld_values(articles, "headline", "name"), _meta_values(metas, TITLE_META))
    page_title = _tag_texts(tree, "title")
    h1 = _tag_texts(tree, "h1")
    titles += _unique(
        _headline_under_label(tree, h1), h1, _heading_of(tree, page_title), page_title, seen=titles
    )
    site_names = _unique(
        (n for o in articles for n, _ in _names(o.get("publisher"), by_id)),
        (_first_str(o, "name") or "" for o in objects if "WebSite" in _types(o)),
        _meta_values(metas, SITE_META),
    )
    persons: list[str] = []
    orgs: list[str] = []
    for obj in articles:
        for name, kinds in _names(obj.get("author"), by_id):
            (
                orgs if "Organization" in kinds or "NewsMediaOrganization" in kinds else persons
            ).append(name)
    if not persons and not orgs and metas.get("author", "").strip():
        persons.append(metas["author"])

    published_raw = _ld_values(articles, "datePublished", "dateCreated")
    published_raw += _meta_values(metas, PUBLISHED_META) + tuple(_time_elements(tree))
    modified_raw = _ld_values(articles, "dateModified") + _meta_values(metas, MODIFIED_META)
    published, published_text = _first_time(published_raw, tz, errors)
    modified, modified_text = _first_time(modified_raw, tz, errors)
    cited = _unique(u for o in articles for k in ("isBasedOn", "citation") for u in _urls(o.get(k)))
    return PageMetadata(
        titles=titles,
        site_names=tuple(n for n in site_names if n and not n.startswith("@")),
        published=published,
        published_text=published_text,
        modified=modified,
        modified_text=modified_text,
        authors=_unique(persons),
        author_orgs=_unique(orgs),
        cited_urls=cited,
        page_urls=_unique(_canonical_links(tree), _meta_values(metas, ("og:url",))),
        errors=tuple(errors),
    )


def _canonical_links(tree: lxml_html.HtmlElement) -> list[str]:
    """Return the hrefs of ``<link rel="canonical">`` elements, in page order."""
    return [
        (link.get("href") or "").strip()
        for link in tree.iter("link")
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href")
    ]


def _first_time(values: Iterable[str], tz: str, errors: list[str]) -> tuple[str | None, str | None]:
    """Return ``(value, raw text)`` of the first readable time in ``values``, else (None, None).

    An unreadable value is reported in ``errors`` and the next candidate is tried.
    """
    from storyline.extract.dates import parse_date_text, parse_iso_datetime

    for raw in values:
        value = parse_iso_datetime(raw, tz=tz) or parse_date_text(raw, tz=tz)
        if value:
            return value, raw
        errors.append(f"publication time {raw!r} in the page metadata could not be read")
    return None, None


def _ld_values(objects: Iterable[dict[str, Any]], *keys: str) -> tuple[str, ...]:
    """Return the first string of each object for ``keys`` (duplicates once)."""
    return _unique(v for o in objects if (v := _first_str(o, *keys)))


def _meta_values(metas: dict[str, str], keys: Iterable[str]) -> tuple[str, ...]:
    """Return the meta contents for ``keys`` in order, skipping absent ones."""
    return tuple(metas[k] for k in keys if k in metas)


def _tag_texts(tree: lxml_html.HtmlElement, tag: str) -> tuple[str, ...]:
    """Return the text of the first ``tag`` element, as a 0/1-tuple."""
    for el in tree.iter(tag):
        text = element_text(el)
        if text:
            return (text,)
    return ()


#: An <h1> shorter than this is a section label ("国際ニュース", "スポーツ"), not a headline:
#: the headlines of the gold pages are 12-60 characters, section names 2-8.
SECTION_H1_CHARS = 10


def _headline_under_label(tree: lxml_html.HtmlElement, h1: tuple[str, ...]) -> tuple[str, ...]:
    """The first <h2> of headline length after a short section-label <h1>, as a 0/1-tuple.

    Blog-style templates print the section ("国際ニュース") in <h1> and the story's headline
    in <h2>. Headings inside nav/aside/footer are skipped (widget titles).
    """
    if not h1 or len(h1[0]) >= SECTION_H1_CHARS:
        return ()
    for el in tree.xpath("//h2[not(ancestor::nav or ancestor::aside or ancestor::footer)]"):
        text = element_text(el)
        if len(text) >= SECTION_H1_CHARS and not text.endswith("。"):
            return (text,)
    return ()


def _heading_of(tree: lxml_html.HtmlElement, page_title: tuple[str, ...]) -> tuple[str, ...]:
    """Return the first <h2>/<h3> that the <title> starts or ends with, as a 0/1-tuple.

    On sites whose <h1> is the logo, such a heading is the headline without the site name
    that <title> adds.
    """
    if not page_title:
        return ()
    for el in tree.iter("h2", "h3"):
        text = element_text(el)
        # 5+ characters: a short section heading ("経済") must not pass for the headline.
        full = page_title[0]
        if len(text) >= 5 and (full.startswith(text) or full.endswith(text)) and full != text:
            return (text,)
    return ()


def _unique(*groups: Iterable[str], seen: Iterable[str] = ()) -> tuple[str, ...]:
    """Concatenate ``groups`` keeping the first of equal strings and dropping ``seen`` ones."""
    out: list[str] = []
    skip = set(seen)
    for group in groups:
        for item in group:
            if item and item not in skip:
                skip.add(item)
                out.append(item)
    return tuple(out)


# --------------------------------------------------------------------------- titles


def _name_key(name: str) -> str:
    """Return a comparison key for site names (NFKC, lower case, no spaces or 株式会社)."""
    key = normalise_line(name).lower().replace(" ", "")
    return re.sub(r"株式会社|\(株\)|新聞社$|社$", "", key)


def is_site_name(part: str, names: Iterable[str], *, loose: bool = False) -> bool:
    """Say whether ``part`` of a title is one of the site ``names``.

    ``part`` may be the name or a shortening of it; with ``loose`` also the name followed by
    a short extension ("北海新報デジタル", "北海新報 - 北海道のニュース"): at most
    _SITE_EXTENSION_CHARS more characters, so a headline that starts with the outlet's name
    ("北海新報が創刊100年を記念して式典を開く") is not taken for it.
    """
    key = _name_key(part)
    if not key:
        return False
    for name in names:
        other = _name_key(name)
        if len(other) < 2:  # a one-letter name would match everything
            continue
        if key in other or (
            loose and other in key and len(key) - len(other) <= _SITE_EXTENSION_CHARS
        ):
            return True
    return False


#: Longest tail after a site name still read as part of it ("デジタル", "オンライン", " - 北海道の
#: ニュース"); a headline that merely starts with the name is usually longer. Set from the
#: site titles of the fixtures; rerun tests/extract/test_metadata.py when it changes.
_SITE_EXTENSION_CHARS = 12


def strip_site_name(title: str, names: Iterable[str]) -> str:
    """Return ``title`` without a leading or trailing site name.

    ``"見出し | 北海新報"`` -> ``"見出し"`` when a separator (TITLE_SEPARATORS) splits off a part
    that is one of ``names``. Repeated so ``"見出し - 社会 - 北海新報"`` loses only the site
    name, never the headline. A title that is all site name is returned unchanged.
    """
    names = tuple(n for n in names if n)
    title = title.strip()
    changed = True
    while changed:
        changed = False
        for sep in TITLE_SEPARATORS:
            if sep not in title:
                continue
            head, _, tail = title.rpartition(sep)
            if head.strip() and is_site_name(tail, names, loose=True):
                title, changed = head.strip(), True
                break
            first, _, rest = title.partition(sep)
            if rest.strip() and is_site_name(first, names, loose=False):
                title, changed = rest.strip(), True
                break
    return title
