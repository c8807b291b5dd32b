"""Tests of storyline.extract.metadata: JSON-LD, meta tags, <time>, site names in titles."""

from __future__ import annotations

import json
from typing import Any

import pytest
from lxml import html as lxml_html

from storyline.extract.metadata import read_json_ld, read_metadata, strip_site_name


def tree_of(head: str = "", body: str = "") -> lxml_html.HtmlElement:
    """Parse a minimal page with ``head`` and ``body`` markup."""
    return lxml_html.document_fromstring(
        f'<html lang="ja"><head><meta charset="utf-8">{head}</head><body>{body}<p>本文。</p></body></html>'
    )


def ld(data: Any) -> str:
    """A JSON-LD script element holding ``data``."""
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


ARTICLE = {
    "@type": "NewsArticle",
    "headline": "県知事が辞職を表明",
    "datePublished": "2025-07-01T18:20:00+09:00",
    "dateModified": "2025-07-01T21:00:00+09:00",
    "author": {"@type": "Person", "name": "高橋 一郎"},
    "publisher": {"@type": "Organization", "name": "北海新報"},
}


# ----------------------------------------------------------------------------- JSON-LD shapes


@pytest.mark.parametrize(
    "head",
    [
        ld(ARTICLE),
        ld([{"@type": "BreadcrumbList"}, ARTICLE]),
        ld({"@context": "https://schema.org", "@graph": [{"@type": "WebPage"}, ARTICLE]}),
        ld({**ARTICLE, "@type": ["NewsArticle", "ReportageNewsArticle"]}),
        ld({**ARTICLE, "@type": "ReportageNewsArticle"}),
        ld({**ARTICLE, "@type": "https://schema.org/Article"}),
    ],
    ids=["object", "list", "graph", "type-list", "reportage", "type-url"],
)
def test_json_ld_article_is_found_in_every_shape(head: str) -> None:
    meta = read_metadata(tree_of(head))
    assert meta.titles[0] == "県知事が辞職を表明"
    assert meta.published == "2025-07-01T18:20:00+09:00"
    assert meta.published_text == "2025-07-01T18:20:00+09:00"
    assert meta.modified == "2025-07-01T21:00:00+09:00"
    assert meta.authors == ("高橋 一郎",)
    assert meta.site_names[0] == "北海新報"
    assert meta.errors == ()


def test_publisher_given_by_id_reference_is_resolved() -> None:
    graph = {
        "@graph": [
            {"@type": "NewsMediaOrganization", "@id": "#org", "name": "みなと日報社"},
            {**ARTICLE, "publisher": {"@id": "#org"}},
        ]
    }
    assert read_metadata(tree_of(ld(graph))).site_names[0] == "みなと日報社"


@pytest.mark.parametrize(
    ("author", "persons", "orgs"),
    [
        ("山田 花子", ("山田 花子",), ()),
        ([{"@type": "Person", "name": "甲"}, {"@type": "Person", "name": "乙"}], ("甲", "乙"), ()),
        ({"@type": "Organization", "name": "共同通信"}, (), ("共同通信",)),
        ("https://example.invalid/author/1", (), ()),
    ],
)
def test_authors_split_into_persons_and_organisations(
    author: Any, persons: tuple[str, ...], orgs: tuple[str, ...]
) -> None:
    meta = read_metadata(tree_of(ld({**ARTICLE, "author": author})))
    assert meta.authors == persons
    assert meta.author_orgs == orgs


@pytest.mark.parametrize(
    ("extra", "urls"),
    [
        ({"isBasedOn": "https://example.org/source"}, ("https://example.org/source",)),
        (
            {
                "citation": [
                    {"@type": "CreativeWork", "url": "https://a.example/x"},
                    "https://b.example/y",
                ]
            },
            ("https://a.example/x", "https://b.example/y"),
        ),
        ({"isBasedOn": "参考資料"}, ()),
    ],
)
def test_is_based_on_and_citation_urls(extra: dict[str, Any], urls: tuple[str, ...]) -> None:
    assert read_metadata(tree_of(ld({**ARTICLE, **extra}))).cited_urls == urls


def test_invalid_json_ld_blocks_are_reported_by_number() -> None:
    head = (
        ld({"@type": "WebSite", "name": "x"})
        + '<script type="application/ld+json">{"a": 1,,}</script>'
    )
    objects, errors = read_json_ld(tree_of(head))
    assert len(objects) == 1
    assert len(errors) == 1 and errors[0].startswith("JSON-LD block 2 is not valid JSON")


def test_json_ld_wrapped_in_comment_markers_is_read() -> None:
    head = f'<script type="application/ld+json"><!-- {json.dumps(ARTICLE)} --></script>'
    assert read_metadata(tree_of(head)).published == "2025-07-01T18:20:00+09:00"


# ----------------------------------------------------------------------------- meta tags and <time>


@pytest.mark.parametrize(
    ("head", "body", "published", "published_text"),
    [
        (
            '<meta property="article:published_time" content="2025-03-24T08:57:00+09:00">',
            "",
            "2025-03-24T08:57:00+09:00",
            "2025-03-24T08:57:00+09:00",
        ),
        (
            '<meta name="pubdate" content="2025-03-24T08:57:00Z">',
            "",
            "2025-03-24T08:57:00+00:00",
            "2025-03-24T08:57:00Z",
        ),
        (
            '<meta name="date" content="2025/03/24 08:57">',
            "",
            "2025-03-24T08:57:00+09:00",
            "2025/03/24 08:57",
        ),
        ('<meta itemprop="datePublished" content="2025-03-24">', "", "2025-03-24", "2025-03-24"),
        (
            "",
            '<time datetime="2025-03-24T08:57">3月24日</time>',
            "2025-03-24T08:57:00+09:00",
            "2025-03-24T08:57",
        ),
        # a related list's <time> is another article's date, never ours
        (
            "",
            '<aside><ul><li><time datetime="2024-12-01">12月1日</time></li></ul></aside>',
            None,
            None,
        ),
        # JSON-LD wins over meta tags
        (
            ld(ARTICLE)
            + '<meta property="article:published_time" content="2020-01-01T00:00:00+09:00">',
            "",
            "2025-07-01T18:20:00+09:00",
            "2025-07-01T18:20:00+09:00",
        ),
        # no date anywhere: null, never the copyright year
        ("", "<footer>Copyright © 2024 北海新報社</footer>", None, None),
    ],
)
def test_publication_time_sources(
    head: str, body: str, published: str | None, published_text: str | None
) -> None:
    meta = read_metadata(tree_of(head, body))
    assert (meta.published, meta.published_text) == (published, published_text)


def test_unreadable_meta_date_is_reported_and_the_next_one_used() -> None:
    head = (
        '<meta property="article:published_time" content="近日公開">'
        '<meta name="pubdate" content="2025-05-01T10:00:00+09:00">'
    )
    meta = read_metadata(tree_of(head))
    assert meta.published == "2025-05-01T10:00:00+09:00"
    assert any("近日公開" in e for e in meta.errors)


@pytest.mark.parametrize(
    ("head", "body", "titles", "sites"),
    [
        (
            '<title>見出し | 北海新報</title><meta property="og:title" content="見出しOG">'
            '<meta property="og:site_name" content="北海新報">',
            "<h1>見出しH1</h1>",
            ("見出しOG", "見出しH1", "見出し | 北海新報"),
            ("北海新報",),
        ),
        (
            "<title>港の火災｜みなと日報</title>",
            '<h2 class="midashi">港の火災、けが人なし</h2>',
            ("港の火災｜みなと日報",),
            (),
        ),
        (
            "<title>港の火災、けが人なし｜みなと日報</title>",
            "<h2>港の火災、けが人なし</h2>",
            ("港の火災、けが人なし", "港の火災、けが人なし｜みなと日報"),
            (),
        ),
        ('<meta name="twitter:site" content="@hokkai">', "", (), ()),
    ],
)
def test_title_and_site_name_candidates(
    head: str, body: str, titles: tuple[str, ...], sites: tuple[str, ...]
) -> None:
    meta = read_metadata(tree_of(head, body))
    assert meta.titles == titles
    assert meta.site_names == sites


# ----------------------------------------------------------------------------- site names in titles


@pytest.mark.parametrize(
    ("title", "names", "expected"),
    [
        ("見出し | 北海新報", ["北海新報"], "見出し"),
        ("見出し｜北海新報", ["北海新報社"], "見出し"),
        ("見出し - 北海新報デジタル", ["北海新報"], "見出し"),
        ("北海新報：見出し", ["北海新報"], "見出し"),
        ("見出し - 社会 - 北海新報", ["北海新報"], "見出し - 社会"),
        ("速報：大雨で列車が運休 | 北海新報", ["北海新報"], "速報：大雨で列車が運休"),
        # the headline starts with the outlet's name: only a separated site name goes
        (
            "北海新報が創刊100年 - 記念式典に500人",
            ["北海新報"],
            "北海新報が創刊100年 - 記念式典に500人",
        ),
        ("見出し | 別の新聞", ["北海新報"], "見出し | 別の新聞"),
        ("北海新報", ["北海新報"], "北海新報"),
        ("見出し | 北海新報", [], "見出し | 北海新報"),
        ("Newsweekの記事 - Newsweek Japan", ["Newsweek Japan"], "Newsweekの記事"),
    ],
)
def test_strip_site_name(title: str, names: list[str], expected: str) -> None:
    assert strip_site_name(title, names) == expected
