"""WARC and WARC.gz files written in tmp_path with warcio's own writer."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from storyline.config import IngestSettings
from storyline.ingest import iter_inputs
from storyline.ingest.warcs import iter_warc
from storyline.models import RawDocument, Rejected

PAGES = [
    (
        "https://news.example/1",
        "text/html; charset=utf-8",
        "utf-8",
        "<html><body><p>港の新しい桟橋が完成した。</p></body></html>",
    ),
    ("https://news.example/style.css", "text/css", "utf-8", "body { color: black }"),
    (
        "https://news.example/2",
        "text/html; charset=Shift_JIS",
        "cp932",
        "<html><body><p>①市長が記者会見～</p></body></html>",
    ),
    (
        "https://news.example/3",
        "text/html",
        "euc_jp",
        "<html><body><p>県は補正予算案をまとめた。</p></body></html>",
    ),
]


def write_warc(
    path: Path,
    *,
    gzip: bool,
    pages: list[tuple[str, str, str, str]] = PAGES,
    status: str = "200 OK",
) -> None:
    """A WARC with a warcinfo record, a request record and one response per page."""
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gzip)
        writer.write_record(
            writer.create_warcinfo_record(path.name, {"software": "storyline-tests"})
        )
        for uri, content_type, encoding, body in pages:
            request = StatusAndHeaders(
                "GET / HTTP/1.1", [("Host", "news.example")], is_http_request=True
            )
            writer.write_record(writer.create_warc_record(uri, "request", http_headers=request))
            headers = StatusAndHeaders(
                status, [("Content-Type", content_type)], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body.encode(encoding)), http_headers=headers
            )
            writer.write_record(record)


def read(path: Path, settings: IngestSettings | None = None) -> list[RawDocument | Rejected]:
    return list(iter_warc(str(path), settings=settings or IngestSettings()))


@pytest.mark.parametrize("name,gzip", [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_html_responses_are_read_and_others_skipped(tmp_path: Path, name: str, gzip: bool) -> None:
    path = tmp_path / name
    write_warc(path, gzip=gzip)
    items = read(path)
    assert all(isinstance(item, RawDocument) for item in items)
    docs = [item for item in items if isinstance(item, RawDocument)]
    assert [d.source for d in docs] == [
        "https://news.example/1",
        "https://news.example/2",
        "https://news.example/3",
    ]
    assert [d.text for d in docs] == [PAGES[0][3], PAGES[2][3], PAGES[3][3]]
    assert [(d.encoding, d.encoding_source) for d in docs] == [
        ("utf-8", "http"),
        ("cp932", "http"),
        ("euc_jp", "detected"),
    ]
    assert {d.container for d in docs} == {str(path)}
    assert all(
        d.url == d.source and d.media_type == "text/html" and d.fetched_at is not None for d in docs
    )


@pytest.mark.parametrize("name,gzip", [("crawl.warc", False), ("crawl.warc.gz", True)])
@pytest.mark.parametrize("cut", [0.5, 0.8, 0.97])
def test_truncated_warc_keeps_earlier_records(
    tmp_path: Path, name: str, gzip: bool, cut: float
) -> None:
    whole = tmp_path / ("whole-" + name)
    write_warc(whole, gzip=gzip)
    data = whole.read_bytes()
    path = tmp_path / name
    path.write_bytes(data[: int(len(data) * cut)])
    items = read(path)
    assert isinstance(items[-1], Rejected)
    assert (items[-1].reason, items[-1].source) == ("truncated_warc", str(path))
    docs = items[:-1]
    assert all(isinstance(d, RawDocument) for d in docs)
    complete = {p[0]: p[3] for p in PAGES}
    for doc in docs:  # what was yielded is whole, never a cut page
        assert isinstance(doc, RawDocument) and doc.text == complete[doc.source]
    assert len(docs) < 3


def test_gzip_missing_its_last_bytes_is_truncated(tmp_path: Path) -> None:
    whole = tmp_path / "whole.warc.gz"
    write_warc(whole, gzip=True)
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(whole.read_bytes()[:-4])  # only the gzip trailer of the last member is lost
    items = read(path)
    assert isinstance(items[-1], Rejected) and items[-1].reason == "truncated_warc"
    assert sum(isinstance(i, RawDocument) for i in items) == 3


def test_garbage_is_a_corrupt_warc(tmp_path: Path) -> None:
    path = tmp_path / "junk.warc"
    path.write_text("これはWARCではない\n" * 20, encoding="utf-8")
    items = read(path)
    assert (
        len(items) == 1 and isinstance(items[0], Rejected) and items[0].reason == "truncated_warc"
    )


def test_error_statuses_are_rejected(tmp_path: Path) -> None:
    path = tmp_path / "errors.warc"
    write_warc(path, gzip=False, pages=PAGES[:1], status="404 Not Found")
    items = read(path)
    assert len(items) == 1 and isinstance(items[0], Rejected)
    assert (items[0].reason, items[0].source) == ("http_error", "https://news.example/1")


def test_record_over_the_cap_is_too_large(tmp_path: Path) -> None:
    big = ("https://news.example/big", "text/html", "utf-8", "<p>" + "長い本文。" * 400 + "</p>")
    path = tmp_path / "big.warc.gz"
    write_warc(path, gzip=True, pages=[big, PAGES[0]])
    items = read(path, IngestSettings(max_bytes=1000))
    assert isinstance(items[0], Rejected) and items[0].reason == "too_large"
    assert isinstance(items[1], RawDocument) and items[1].source == "https://news.example/1"


def test_warc_through_iter_inputs_and_size_cap(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, gzip=True)
    items = list(iter_inputs([str(path)], settings=IngestSettings()))
    assert [i.source for i in items] == [
        "https://news.example/1",
        "https://news.example/2",
        "https://news.example/3",
    ]
    small = IngestSettings(max_warc_bytes=100)
    rejected = list(iter_inputs([str(path)], settings=small))
    assert (
        len(rejected) == 1
        and isinstance(rejected[0], Rejected)
        and rejected[0].reason == "too_large"
    )
    assert "ingest.max_warc_bytes" in rejected[0].detail


def record_ends(path: Path) -> set[int]:
    """Offsets where the records of an intact WARC end (a cut there leaves a valid WARC)."""
    from warcio.archiveiterator import ArchiveIterator

    ends = {0}
    with path.open("rb") as handle:
        iterator = ArchiveIterator(handle)
        for record in iterator:
            iterator.read_to_end(record)
            ends.add(iterator.get_record_offset() + iterator.get_record_length())
    return ends


@pytest.mark.parametrize("name,gzip", [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_every_cut_point_is_caught(tmp_path: Path, name: str, gzip: bool) -> None:
    whole = tmp_path / ("whole-" + name)
    write_warc(whole, gzip=gzip)
    data = whole.read_bytes()
    # Uncompressed records are followed by a blank line (4 bytes) outside their length: a cut
    # inside it loses nothing.
    ends = record_ends(whole)
    clean = {end + k for end in ends for k in range(5)} if not gzip else ends
    complete = {p[0]: p[3] for p in PAGES}
    path = tmp_path / name
    for cut in range(1, len(data), 7):
        path.write_bytes(data[:cut])
        items = read(path)
        docs = [i for i in items if isinstance(i, RawDocument)]
        assert all(doc.text == complete[doc.source] for doc in docs), cut
        rejected = [i for i in items if isinstance(i, Rejected)]
        if cut in clean:
            continue
        assert [r.reason for r in rejected] == ["truncated_warc"], cut
        assert items[-1] is rejected[0]
