"""The main job end to end: storyline build over good and bad inputs, reruns, exit codes,
and the output validated against the contract's JSON Schema."""

from __future__ import annotations

import gzip
import io
import json
import sqlite3
from pathlib import Path

import jsonschema
import pytest

from storyline.cli import main
from storyline.report import load_schema

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "corpus"

PAGE = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8">
<title>日銀、政策金利を据え置き　物価の先行きを注視 | 東邦日報</title>
<meta property="og:site_name" content="東邦日報">
<meta property="article:published_time" content="2025-03-19T13:05:00+09:00">
</head><body>
<nav><a href="/">トップ</a> <a href="/economy">経済</a></nav>
<article>
<h1>日銀、政策金利を据え置き　物価の先行きを注視</h1>
<p>日本銀行は19日に開いた金融政策決定会合で、短期の政策金利を0.5％程度に据え置くことを決めた。据え置きは2会合連続となる。</p>
<p>植田和男総裁は会合後の記者会見で、米国の関税政策が世界経済に与える影響について「不確実性が極めて高い」と述べ、慎重に見極める考えを示した。</p>
<p>市場では、次の利上げは夏以降になるとの見方が広がっている。円相場は会見中に一時1ドル＝148円台まで下落した。</p>
</article>
<aside><h2>アクセスランキング</h2><ol><li>桜の開花、各地で早まる</li></ol></aside>
<footer>Copyright 2019 東邦日報社</footer>
</body></html>
"""

TEXT_PAGE = """ホーム > 社会
気象庁、東北に大雪警報　交通への影響に警戒を
2025年2月4日 18時20分
気象庁は4日、強い冬型の気圧配置の影響で、東北地方の日本海側を中心に5日にかけて大雪になるおそれがあるとして、警戒を呼びかけた。

山形県や秋田県の山沿いでは、24時間の降雪量が最大で70センチに達する見込みだという。

各地の自治体は除雪車を増やして対応しているが、交通機関の乱れや停電への備えを求めている。
この記事をシェアする
Copyright © 2025 みちのく放送
"""


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    (d / "boj.html").write_text(PAGE, encoding="utf-8")
    (d / "snow.txt").write_text(TEXT_PAGE, encoding="utf-8")
    (d / "empty.txt").write_text("   \n", encoding="utf-8")
    (d / "junk.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10)
    (d / "cp932.html").write_bytes(PAGE.replace("utf-8", "Shift_JIS").encode("cp932"))
    return d


def _run(args: list[str], *, parse: bool = False) -> int:
    """Run the CLI; without ``parse`` GiNZA is not loaded (sentences, actors and times still
    run), which keeps these tests fast. The sample-corpus test runs the full chain."""
    if args and args[0] == "build" and not parse:
        args = [*args, "--set", "nlp.parse=none"]
    return main(args)


def test_build_keeps_good_pages_and_rejects_bad_ones(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    code = _run(["build", str(corpus), str(tmp_path / "missing.html"), "-o", str(out), "-q"])
    assert code == 1  # some inputs rejected, the rest written
    doc = json.loads((out / "storyline.json").read_text(encoding="utf-8"))
    jsonschema.validate(doc, load_schema())
    sources = {a["source"] for a in doc["articles"]}
    assert str(corpus / "boj.html") in sources and str(corpus / "snow.txt") in sources
    reasons = {Path(r["source"]).name: r["reason"] for r in doc["rejected"]}
    assert reasons == {"empty.txt": "empty", "junk.html": "not_text", "missing.html": "not_found"}
    boj = next(a for a in doc["articles"] if a["source"].endswith("boj.html"))
    assert boj["title"] == "日銀、政策金利を据え置き　物価の先行きを注視"
    assert boj["published"] == "2025-03-19T13:05:00+09:00"
    assert boj["publisher"] == "東邦日報"
    assert "アクセスランキング" not in boj["body"] and "Copyright" not in boj["body"]
    # the Shift_JIS copy has other bytes (another id) but the same text: a duplicate
    sjis = next(a for a in doc["articles"] if a["source"].endswith("cp932.html"))
    assert sjis["id"] != boj["id"]
    assert {sjis["duplicate_of"], boj["duplicate_of"]} == {None, boj["id"]} or {
        sjis["duplicate_of"],
        boj["duplicate_of"],
    } == {None, sjis["id"]}
    snow = next(a for a in doc["articles"] if a["source"].endswith("snow.txt"))
    assert snow["published"] == "2025-02-04T18:20:00+09:00"
    assert "シェア" not in snow["body"] and snow["body"].startswith("気象庁は4日")
    assert doc["run"]["rejected_by_reason"] == {"empty": 1, "not_found": 1, "not_text": 1}


def test_rerun_adds_nothing_and_new_inputs_are_processed(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    _run(["build", str(corpus), "-o", str(out), "-q"])
    first = json.loads((out / "storyline.json").read_text(encoding="utf-8"))
    db = out / "storyline.sqlite"
    n_articles = sqlite3.connect(db).execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    assert n_articles == len(first["articles"]) == 3
    _run(["build", str(corpus), "-o", str(out), "-q"])
    doc = json.loads((out / "storyline.json").read_text(encoding="utf-8"))
    assert doc["run"]["extracted"] == 0 and doc["run"]["reused"] == 3
    assert doc["run"]["rejected_by_reason"] == first["run"]["rejected_by_reason"]
    assert [a["id"] for a in doc["articles"]] == [a["id"] for a in first["articles"]]
    assert sqlite3.connect(db).execute("SELECT COUNT(*) FROM articles").fetchone()[0] == n_articles
    (corpus / "new.html").write_text(PAGE.replace("据え置き", "引き上げ"), encoding="utf-8")
    _run(["build", str(corpus), "-o", str(out), "-q"])
    doc = json.loads((out / "storyline.json").read_text(encoding="utf-8"))
    assert doc["run"]["extracted"] == 1
    assert (
        sqlite3.connect(db).execute("SELECT COUNT(*) FROM articles").fetchone()[0] == n_articles + 1
    )


def test_nothing_usable_exits_3(tmp_path: Path) -> None:
    (tmp_path / "e.txt").write_text("", encoding="utf-8")
    assert _run(["build", str(tmp_path / "e.txt"), "-o", str(tmp_path / "o"), "-q"]) == 3
    doc = json.loads((tmp_path / "o" / "storyline.json").read_text(encoding="utf-8"))
    assert doc["articles"] == [] and doc["rejected"][0]["reason"] == "empty"


def test_all_fine_exits_0_and_db_option(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "elsewhere.sqlite"
    assert (
        _run(["build", str(corpus / "boj.html"), "-o", str(tmp_path / "o"), "--db", str(db), "-q"])
        == 0
    )
    assert db.exists() and not (tmp_path / "o" / "storyline.sqlite").exists()


@pytest.mark.parametrize(
    "args",
    [
        ["build", "x.html"],  # no -o
        ["build", "x.html", "-o", "o", "--set", "ingest.nope=1"],
        ["build", "x.html", "-o", "o", "--set", "broken"],
        ["frobnicate"],
    ],
)
def test_usage_errors_exit_2(
    args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(args) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_stdin_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PAGE.encode("utf-8"))))
    assert _run(["build", "-", "-o", str(tmp_path / "o"), "-q"]) == 0
    doc = json.loads((tmp_path / "o" / "storyline.json").read_text(encoding="utf-8"))
    assert doc["articles"][0]["source"] == "-"


def test_warc_gz_input(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        rec = writer.create_warc_record(
            "https://news.example.jp/boj",
            "response",
            payload=io.BytesIO(PAGE.encode()),
            http_headers=headers,
        )
        writer.write_record(rec)
    with gzip.open(path) as fh:
        assert fh.read(4) == b"WARC"
    assert _run(["build", str(path), "-o", str(tmp_path / "o"), "-q"]) == 0
    doc = json.loads((tmp_path / "o" / "storyline.json").read_text(encoding="utf-8"))
    assert doc["articles"][0]["source"] == "https://news.example.jp/boj"


@pytest.mark.model
@pytest.mark.skipif(not SAMPLES.exists(), reason="sample corpus not present")
def test_sample_corpus_builds_and_matches_the_schema(tmp_path: Path) -> None:
    out = tmp_path / "demo"
    code = _run(["build", str(SAMPLES), "-o", str(out), "-q"], parse=True)
    doc = json.loads((out / "storyline.json").read_text(encoding="utf-8"))
    jsonschema.validate(doc, load_schema())
    assert code == 0, doc["rejected"]
    assert len(doc["articles"]) >= 12
    assert any(a["duplicate_of"] for a in doc["articles"]), "the corpus has wire copies"
    # the corpus holds two stories: the Ukraine ceasefire pages and the Nippon Steel pages
    assert len(doc["stories"]) == 2
    by_story = {
        s["id"]: {
            Path(a["source"]).parent.name for a in doc["articles"] if a["id"] in s["article_ids"]
        }
        for s in doc["stories"]
    }
    assert sorted(len(v) for v in by_story.values()) == [1, 1], by_story
    assert all(s["events"] for s in doc["stories"])
    assert (out / "index.html").is_file() and (out / "digest.md").is_file()
    # a rerun reuses every article and analysis
    _run(["build", str(SAMPLES), "-o", str(out), "-q"], parse=True)
    again = json.loads((out / "storyline.json").read_text(encoding="utf-8"))
    assert again["run"]["extracted"] == 0 and again["run"]["analysed"] == 0
    assert [s["id"] for s in again["stories"]] == [s["id"] for s in doc["stories"]]


def test_a_bug_on_one_page_is_a_rejection_and_the_rest_goes_on(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from storyline import extract, pipeline

    real = extract.extract_article

    def flaky(doc, *, settings):  # type: ignore[no-untyped-def]
        if doc.source.endswith("snow.txt"):
            raise RuntimeError("boom")
        return real(doc, settings=settings)

    monkeypatch.setattr(pipeline.extract, "extract_article", flaky)
    out = tmp_path / "o"
    assert (
        _run(["build", str(corpus / "boj.html"), str(corpus / "snow.txt"), "-o", str(out), "-q"])
        == 1
    )
    doc = json.loads((out / "storyline.json").read_text(encoding="utf-8"))
    assert [Path(a["source"]).name for a in doc["articles"]] == ["boj.html"]
    assert (
        doc["rejected"][0]["reason"] == "internal_error" and "boom" in doc["rejected"][0]["detail"]
    )


def test_an_interrupted_run_keeps_what_was_processed(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from storyline import pipeline

    real = pipeline._process
    seen: list[str] = []

    def stop_on_second(run, doc):  # type: ignore[no-untyped-def]
        seen.append(doc.source)
        if len(seen) == 2:
            raise KeyboardInterrupt
        real(run, doc)

    monkeypatch.setattr(pipeline, "_process", stop_on_second)
    out = tmp_path / "o"
    assert (
        _run(["build", str(corpus / "boj.html"), str(corpus / "snow.txt"), "-o", str(out), "-q"])
        == 130
    )
    rows = (
        sqlite3.connect(out / "storyline.sqlite").execute("SELECT source FROM articles").fetchall()
    )
    assert [Path(r[0]).name for r in rows] == ["boj.html"]
