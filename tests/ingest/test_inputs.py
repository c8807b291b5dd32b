"""iter_inputs: files, folders, stdin, URLs, and one test per bad-input rejection."""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

import pytest

from storyline.config import IngestSettings
from storyline.ingest import iter_inputs
from storyline.ingest.documents import make_document
from storyline.models import REJECTION_REASONS, RawDocument, Rejected

if TYPE_CHECKING:  # for the fixture type only; conftest is never imported at run time
    from conftest import LocalServer

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"

HTML = "<!DOCTYPE html><html><head><title>地域ニュース</title></head><body><p>商店街で夏祭りが開かれた。</p></body></html>"
TEXT = "地域ニュース\n\n商店街で夏祭りが開かれ、多くの家族連れでにぎわった。\n"


def run(
    inputs: list[str], settings: IngestSettings | None = None, *, stdin: BinaryIO | None = None
) -> list[RawDocument | Rejected]:
    settings = settings or IngestSettings(per_host_delay=0.0)
    return list(iter_inputs(inputs, settings=settings, stdin=stdin))


def only_rejection(items: list[RawDocument | Rejected]) -> Rejected:
    assert len(items) == 1 and isinstance(items[0], Rejected), items
    assert items[0].stage == "ingest" and items[0].reason in REJECTION_REASONS
    assert items[0].detail
    return items[0]


# --------------------------------------------------------------------------- good inputs


def test_files_by_extension(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "c.htm").write_bytes(HTML.encode("cp932"))
    items = run([str(tmp_path / n) for n in ("a.html", "b.txt", "c.htm")])
    docs = [i for i in items if isinstance(i, RawDocument)]
    assert [(d.media_type, d.text) for d in docs] == [
        ("text/html", HTML),
        ("text/plain", TEXT),
        ("text/html", HTML),
    ]
    assert docs[2].encoding == "cp932"
    assert all(d.url is None and d.container is None for d in docs)


def test_unknown_extension_is_sniffed_when_named(tmp_path: Path) -> None:
    (tmp_path / "page").write_text(HTML, encoding="utf-8")
    (tmp_path / "note.md").write_text(TEXT, encoding="utf-8")
    items = run([str(tmp_path / "page"), str(tmp_path / "note.md")])
    assert [getattr(i, "media_type", None) for i in items] == ["text/html", "text/plain"]


def test_folder_walk_is_recursive_sorted_and_filtered(tmp_path: Path) -> None:
    root = tmp_path / "news"
    for rel in [
        "b.txt",
        "a/z.html",
        "a/b/c.htm",
        "A.txt",
        "a.txt",
        "img.png",
        "notes.md",
        ".hidden.txt",
        ".git/x.txt",
    ]:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(TEXT, encoding="utf-8")
    items = run([str(root) + "/"])
    assert [i.source for i in items] == [
        f"{root}/A.txt",
        f"{root}/a/b/c.htm",
        f"{root}/a/z.html",
        f"{root}/a.txt",
        f"{root}/b.txt",
    ]
    assert all(isinstance(i, RawDocument) for i in items)


def test_source_is_exactly_as_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "x.txt").write_text(TEXT, encoding="utf-8")
    items = run(["./d/../d/x.txt", "d"])
    assert [i.source for i in items] == ["./d/../d/x.txt", "d/x.txt"]


def test_input_order_is_kept(tmp_path: Path) -> None:
    for name in ("1.txt", "2.txt"):
        (tmp_path / name).write_text(TEXT + name, encoding="utf-8")
    items = run([str(tmp_path / "2.txt"), str(tmp_path / "missing.txt"), str(tmp_path / "1.txt")])
    assert [(i.source, type(i).__name__) for i in items] == [
        (str(tmp_path / "2.txt"), "RawDocument"),
        (str(tmp_path / "missing.txt"), "Rejected"),
        (str(tmp_path / "1.txt"), "RawDocument"),
    ]


@pytest.mark.parametrize(
    ("content", "media_type"),
    [
        (HTML.encode("utf-8"), "text/html"),
        (TEXT.encode("euc_jp"), "text/plain"),
        (b"<b>" + TEXT.encode(), "text/plain"),
    ],
)
def test_stdin_is_sniffed(content: bytes, media_type: str) -> None:
    items = run(["-"], stdin=io.BytesIO(content))
    assert len(items) == 1 and isinstance(items[0], RawDocument)
    assert (items[0].source, items[0].media_type) == ("-", media_type)


def test_stdin_too_large_and_empty() -> None:
    big = only_rejection(run(["-"], IngestSettings(max_bytes=10), stdin=io.BytesIO(b"x" * 11)))
    assert big.reason == "too_large" and big.source == "-"
    assert only_rejection(run(["-"], stdin=io.BytesIO(b""))).reason == "empty"


def test_url_page(local_server: LocalServer) -> None:
    url = local_server.serve(
        "/article?id=7", HTML.encode("euc_jp"), content_type="text/html; charset=EUC-JP"
    )
    items = run([url])
    assert len(items) == 1 and isinstance(items[0], RawDocument)
    doc = items[0]
    assert (doc.source, doc.url, doc.text, doc.encoding_source) == (url, url, HTML, "http")
    assert doc.fetched_at is not None and doc.fetched_at.tzinfo is not None


def test_seeds_are_read_as_plain_text() -> None:
    if not SEEDS.is_dir():
        pytest.skip("the shared seeds are not present")
    docs = run([str(SEEDS)])
    assert len(docs) == 2 and all(isinstance(d, RawDocument) for d in docs)
    for doc in docs:
        assert isinstance(doc, RawDocument)
        assert (doc.media_type, doc.encoding) == ("text/plain", "utf-8")
        assert "\r" not in doc.text and "ロイター" in docs[0].text  # type: ignore[union-attr]
        assert doc.content == Path(doc.source).read_bytes()


# --------------------------------------------------------------------------- bad inputs


def test_missing_path_is_not_found(tmp_path: Path) -> None:
    rejected = only_rejection(run([str(tmp_path / "nope.html")]))
    assert rejected.reason == "not_found" and "nope.html" in rejected.detail


def test_broken_symlink_is_not_found(tmp_path: Path) -> None:
    link = tmp_path / "dead.html"
    link.symlink_to(tmp_path / "gone.html")
    rejected = only_rejection(run([str(link)]))
    assert rejected.reason == "not_found" and "broken symbolic link" in rejected.detail


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = tmp_path / "locked.html"
    page.write_text(HTML, encoding="utf-8")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    rejected = only_rejection(run([str(page)]))
    assert rejected.reason == "unreadable" and "Permission denied" in rejected.detail


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read a chmod 000 file")
def test_unreadable_file_by_permissions(tmp_path: Path) -> None:
    page = tmp_path / "locked.html"
    page.write_text(HTML, encoding="utf-8")
    page.chmod(0)
    assert only_rejection(run([str(page)])).reason == "unreadable"


@pytest.mark.parametrize("names", [[], ["photo.jpg", "readme.md", ".hidden.html"]])
def test_folder_without_pages(tmp_path: Path, names: list[str]) -> None:
    for name in names:
        (tmp_path / name).write_bytes(b"x")
    rejected = only_rejection(run([str(tmp_path)]))
    assert (rejected.reason, rejected.source) == ("no_pages", str(tmp_path))


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("photo.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
        ("paper.txt", b"%PDF-1.4\n1 0 obj"),
        ("bundle.html", b"PK\x03\x04\x14\x00\x06\x00"),
        ("page.html.gz", b"\x1f\x8b\x08\x00\x00\x00\x00\x00"),
        ("tool.txt", b"\x7fELF\x02\x01\x01\x00"),
        ("noise.txt", bytes([0x01, 0x02, 0x03, 0x04, 0x05, 0x06]) * 50 + b"abc"),
        ("nul.html", "<p>本文</p>".encode() + b"\x00\x00\x00"),
    ],
)
def test_binary_is_not_text(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    rejected = only_rejection(run([str(path)]))
    assert (rejected.reason, rejected.source) == ("not_text", str(path))


@pytest.mark.parametrize(
    "content", [b"", b"  \n\t\r\n", "\u3000\u3000\n".encode(), b"\xef\xbb\xbf\n"]
)
def test_empty_or_whitespace(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    assert only_rejection(run([str(path)])).reason == "empty"


def test_undecodable(tmp_path: Path) -> None:
    path = tmp_path / "mangled.html"
    path.write_bytes(bytes(range(0x80, 0x100)) * 16)
    assert only_rejection(run([str(path)])).reason == "undecodable"


def test_too_large_is_checked_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.html"
    path.write_bytes(b"<p>" + b"a" * 5000 + b"</p>")

    def must_not_read(self: Path) -> bytes:
        raise AssertionError("read before the size check")

    monkeypatch.setattr(Path, "read_bytes", must_not_read)
    rejected = only_rejection(run([str(path)], IngestSettings(max_bytes=1000)))
    assert rejected.reason == "too_large" and "5007" in rejected.detail


def test_broken_html_is_passed_on(tmp_path: Path) -> None:
    path = tmp_path / "broken.html"
    path.write_text("<html><body><p>閉じていない段落<div><<>>", encoding="utf-8")
    items = run([str(path)])
    assert len(items) == 1 and isinstance(items[0], RawDocument)


def test_unexpected_error_is_internal_error_and_batch_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.html").write_text(HTML, encoding="utf-8")

    def flaky(source: str, content: bytes, **kwargs: Any) -> RawDocument:
        if source.endswith("a.txt"):
            raise RuntimeError("boom")
        return make_document(source, content, **kwargs)

    monkeypatch.setattr("storyline.ingest.inputs.make_document", flaky)
    items = run([str(tmp_path), str(tmp_path / "b.html")])
    assert [(i.source, getattr(i, "reason", None)) for i in items] == [
        (str(tmp_path / "a.txt"), "internal_error"),
        (str(tmp_path / "b.html"), None),
        (str(tmp_path / "b.html"), None),
    ]
    assert "RuntimeError: boom" in items[0].detail  # type: ignore[union-attr]


def test_url_errors(local_server: LocalServer) -> None:
    settings = IngestSettings(per_host_delay=0.0, retries=0)
    missing = local_server.url("/missing")
    image = local_server.serve("/logo.png", b"\x89PNG\r\n\x1a\n", content_type="image/png")
    items = run([missing, image], settings)
    assert [(i.source, getattr(i, "reason", None)) for i in items] == [
        (missing, "http_error"),
        (image, "unsupported_type"),
    ]


@pytest.mark.parametrize("url", ["ftp://files.example/news.html", "file:///tmp/page.html"])
def test_other_url_schemes_are_refused(url: str) -> None:
    rejected = only_rejection(run([url]))
    assert (rejected.reason, rejected.source) == ("unreachable", url)
    assert "http" in rejected.detail
