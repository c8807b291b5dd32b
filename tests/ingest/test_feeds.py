"""RSS and Atom feeds whose items are served by a real HTTP server on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from storyline.config import IngestSettings
from storyline.ingest import iter_inputs
from storyline.models import RawDocument, Rejected

if TYPE_CHECKING:  # for the fixture type only; conftest is never imported at run time
    from conftest import LocalServer

ARTICLES = {
    "/news/1": "<html><body><h1>台風10号が接近</h1><p>気象台は警戒を呼びかけた。</p></body></html>",
    "/news/2": "<html><body><h1>新庁舎が開所</h1><p>市役所の業務が始まった。</p></body></html>",
    "/news/3": "<html><body><h1>駅前再開発</h1><p>計画の説明会が開かれた。</p></body></html>",
}


def rss(links: list[str]) -> bytes:
    items = "".join(
        f"<item><title>記事{i}</title><link>{link}</link></item>" for i, link in enumerate(links)
    )
    return f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>テスト新聞</title>{items}</channel></rss>'.encode()


def atom(links: list[str]) -> bytes:
    entries = "".join(
        f'<entry><title>記事{i}</title><id>urn:x:{i}</id><link rel="alternate" href="{link}"/></entry>'
        for i, link in enumerate(links)
    )
    return f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>テスト</title>{entries}</feed>'.encode()


@pytest.fixture
def server(local_server: LocalServer) -> LocalServer:
    for path, page in ARTICLES.items():
        local_server.serve(path, page.encode())
    return local_server


def run(
    inputs: list[str], settings: IngestSettings, sleeps: list[float]
) -> list[RawDocument | Rejected]:
    return list(iter_inputs(inputs, settings=settings, sleep=sleeps.append))


def test_rss_file_items_are_fetched(
    tmp_path: Path, server: LocalServer, fast_settings: IngestSettings, sleeps: list[float]
) -> None:
    feed = tmp_path / "feed.rss"
    feed.write_bytes(rss([server.url(p) for p in ARTICLES]))
    items = run([str(feed)], fast_settings, sleeps)
    assert [type(i) for i in items] == [RawDocument] * 3
    assert [i.source for i in items] == [server.url(p) for p in ARTICLES]
    assert [i.text for i in items if isinstance(i, RawDocument)] == list(ARTICLES.values())
    assert {i.container for i in items if isinstance(i, RawDocument)} == {str(feed)}
    agents = {headers.get("User-Agent") for _, headers in server.requests}
    assert agents == {fast_settings.user_agent}


def test_atom_feed_url_with_relative_links(
    server: LocalServer, fast_settings: IngestSettings, sleeps: list[float]
) -> None:
    url = server.serve(
        "/feeds/atom", atom(["../news/1", "/news/2"]), content_type="application/atom+xml"
    )
    items = run([url], fast_settings, sleeps)
    assert [i.source for i in items] == [server.url("/news/1"), server.url("/news/2")]
    assert all(isinstance(i, RawDocument) and i.container == url for i in items)


def test_feed_sniffed_from_content_whatever_the_type(
    server: LocalServer, tmp_path: Path, fast_settings: IngestSettings, sleeps: list[float]
) -> None:
    url = server.serve("/feed.php", rss([server.url("/news/3")]), content_type="text/html")
    as_text = tmp_path / "feed.txt"
    as_text.write_bytes(rss([server.url("/news/1")]))
    items = run([url, str(as_text)], fast_settings, sleeps)
    assert [i.source for i in items] == [server.url("/news/3"), server.url("/news/1")]


def test_max_feed_items(tmp_path: Path, server: LocalServer, sleeps: list[float]) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_bytes(rss([server.url(p) for p in ARTICLES]))
    settings = IngestSettings(per_host_delay=0.0, max_feed_items=2)
    assert len(run([str(feed)], settings, sleeps)) == 2
    assert len(server.requests) == 2


def test_bad_items_are_rejected_and_the_rest_read(
    tmp_path: Path, server: LocalServer, fast_settings: IngestSettings, sleeps: list[float]
) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_bytes(
        rss([server.url("/news/1"), "/relative/only", server.url("/gone"), server.url("/news/2")])
    )
    items = run([str(feed)], fast_settings, sleeps)
    assert [(i.source, getattr(i, "reason", None)) for i in items] == [
        (server.url("/news/1"), None),
        (f"{feed}#2", "unreachable"),
        (server.url("/gone"), "http_error"),
        (server.url("/news/2"), None),
    ]


def test_per_host_delay_between_feed_items(
    tmp_path: Path, server: LocalServer, sleeps: list[float]
) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_bytes(rss([server.url(p) for p in ARTICLES]))
    settings = IngestSettings(per_host_delay=0.75)
    items = run([str(feed)], settings, sleeps)
    assert len(items) == 3
    # the fake sleep does not pass time, so each later request to the host asks for the full delay
    assert len(sleeps) == 2 and all(0.7 < s <= 0.75 for s in sleeps)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        (
            "sitemap.xml",
            b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url/></urlset>',
        ),
        ("notes.rss", "これはフィードではありません。".encode()),
    ],
)
def test_file_that_is_not_a_feed(
    tmp_path: Path, name: str, content: bytes, fast_settings: IngestSettings, sleeps: list[float]
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    items = run([str(path)], fast_settings, sleeps)
    assert len(items) == 1 and isinstance(items[0], Rejected)
    assert (items[0].reason, items[0].source) == ("not_a_feed", str(path))


def test_url_served_as_feed_that_is_not_one(
    server: LocalServer, fast_settings: IngestSettings, sleeps: list[float]
) -> None:
    url = server.serve(
        "/broken.rss", "障害のため配信を停止しています".encode(), content_type="application/rss+xml"
    )
    items = run([url], fast_settings, sleeps)
    assert len(items) == 1 and isinstance(items[0], Rejected) and items[0].reason == "not_a_feed"


def test_feed_without_items(
    tmp_path: Path, fast_settings: IngestSettings, sleeps: list[float]
) -> None:
    path = tmp_path / "empty.xml"
    path.write_bytes(rss([]))
    items = run([str(path)], fast_settings, sleeps)
    assert len(items) == 1 and isinstance(items[0], Rejected) and items[0].reason == "no_pages"


def test_repeated_items_are_fetched_once(
    tmp_path: Path, server: LocalServer, fast_settings: IngestSettings, sleeps: list[float]
) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_bytes(rss([server.url("/news/1"), server.url("/news/2"), server.url("/news/1")]))
    items = run([str(feed)], fast_settings, sleeps)
    assert [i.source for i in items] == [server.url("/news/1"), server.url("/news/2")]
    assert [path for path, _ in server.requests] == ["/news/1", "/news/2"]
