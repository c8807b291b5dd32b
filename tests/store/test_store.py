"""The SQLite store: migrations, idempotent writes, and a lossless round trip of records."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.errors import StoreError
from storyline.models import (
    ActorMention,
    AnalyzedArticle,
    Article,
    Quantity,
    Rejected,
    Sentence,
    TimeExpression,
    Token,
)
from storyline.store import from_record, open_store, to_record
from storyline.store.migrations import MIGRATIONS

NOW = datetime(2025, 3, 24, 9, 0, tzinfo=UTC)

text = st.text(min_size=0, max_size=40)
opt_text = st.none() | text
articles = st.builds(
    Article,
    id=st.text(alphabet="0123456789abcdef", min_size=12, max_size=12),
    source=text,
    input_hash=st.text(alphabet="0123456789abcdef", min_size=64, max_size=64),
    producer=text,
    body=text,
    title=opt_text,
    published=opt_text,
    publisher=opt_text,
    wire=opt_text,
    captions=st.lists(text, max_size=3).map(tuple),
    cited_urls=st.lists(text, max_size=3).map(tuple),
    errors=st.lists(text, max_size=2).map(tuple),
    format=st.sampled_from(["html", "text"]),
)


@given(articles)
@settings(max_examples=60)
def test_article_record_round_trip(article: Article) -> None:
    assert from_record(Article, to_record(article)) == article


def _analysis() -> AnalyzedArticle:
    return AnalyzedArticle(
        article_id="abc",
        input_hash="h" * 64,
        producer="nlp/1",
        body="トランプ氏は18日、電話で会談した。",
        published="2025-03-19",
        sentences=(
            Sentence(
                index=0, start=0, end=18, text="トランプ氏は18日、電話で会談した。", parsed=True
            ),
        ),
        tokens=(
            Token(
                i=0,
                sentence=0,
                start=0,
                end=4,
                surface="トランプ",
                lemma="トランプ",
                pos="PROPN",
                tag="名詞-固有名詞-人名-姓",
                dep="nsubj",
                head=1,
            ),
        ),
        actors=(
            ActorMention(
                entity="donald_trump",
                name="Donald Trump",
                surface="トランプ氏",
                start=0,
                end=5,
                kind="person",
                wikidata="Q22686",
                title="氏",
            ),
        ),
        times=(
            TimeExpression(
                text="18日", type="date", value="2025-03-18", start=6, end=9, anchor="publication"
            ),
        ),
        quantities=(
            Quantity(text="2時間", value=2.0, unit="時間", start=0, end=3, normalized="PT2H"),
        ),
    )


def test_analysis_round_trip_through_the_store(tmp_path: Path) -> None:
    a = _analysis()
    with open_store(tmp_path / "s.sqlite") as store:
        store.put_analysis(a)
        assert store.get_analysis(a.input_hash, "nlp/1") == a
        assert store.get_analysis(a.input_hash, "nlp/2") is None


def test_migrations_are_numbered_and_applied_once(tmp_path: Path) -> None:
    numbers = [m[0] for m in MIGRATIONS]
    assert numbers == list(range(1, len(numbers) + 1))
    db = tmp_path / "s.sqlite"
    with open_store(db) as store:
        assert store.schema_version == len(MIGRATIONS)
    with open_store(db) as store:  # reopening applies nothing again
        assert store.schema_version == len(MIGRATIONS)
    rows = sqlite3.connect(db).execute("SELECT COUNT(*) FROM migrations").fetchone()
    assert rows[0] == len(MIGRATIONS)


def test_put_article_is_idempotent(tmp_path: Path) -> None:
    art = Article(id="a" * 12, source="x.txt", input_hash="f" * 64, producer="p", body="本文")
    with open_store(tmp_path / "s.sqlite") as store:
        run = store.start_run(["x.txt"], now=NOW)
        store.put_article(art, run_id=run)
        store.put_article(art, run_id=run)
        assert store.count("articles") == 1
        assert store.get_article("f" * 64) == art
        assert list(store.iter_articles()) == [art]


def test_rejections_are_kept_per_run(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.sqlite") as store:
        r1 = store.start_run(["a"], now=NOW)
        r2 = store.start_run(["b"], now=NOW)
        store.put_rejection(
            Rejected(source="a", stage="ingest", reason="empty", detail="d"), run_id=r1
        )
        assert [r.source for r in store.rejections(r1)] == ["a"]
        assert store.rejections(r2) == []


def test_known_url(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.sqlite") as store:
        run = store.start_run([], now=NOW)
        assert store.known_url("http://127.0.0.1/a") is None
        store.record_input("http://127.0.0.1/a", "h1", run_id=run)
        assert store.known_url("http://127.0.0.1/a") == "h1"


def test_a_file_that_is_not_a_database_is_a_store_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="cannot open the store"):
        open_store(bad)
