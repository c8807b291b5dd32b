"""The SQLite store: every stage's output, keyed by input hash and producer version.

``open_store(path)`` creates or migrates the database and returns a :class:`Store`. Records are
JSON of the frozen dataclasses in :mod:`storyline.models`. A rerun looks an input up by its
hash: when the stored article was made by the current producer it is reused and nothing is
added; a changed input (new hash) or a new producer version is processed again.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from storyline.errors import StoreError
from storyline.models import AnalyzedArticle, Article, Rejected, Story
from storyline.store.migrations import MIGRATIONS
from storyline.store.records import from_record, to_record

__all__ = ["Store", "from_record", "open_store", "to_record"]


def _dumps(obj: Any) -> str:
    return json.dumps(to_record(obj), ensure_ascii=False, sort_keys=True)


class Store:
    """A handle on one SQLite store. Use as a context manager or call :meth:`close`."""

    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        self._conn = conn
        self.path = path

    # -- lifecycle -----------------------------------------------------------------------
    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        row = self._conn.execute("SELECT MAX(version) FROM migrations").fetchone()
        return int(row[0] or 0)

    # -- runs ----------------------------------------------------------------------------
    def start_run(self, inputs: Sequence[str], *, now: datetime) -> int:
        with self._conn:
            cur = self._conn.execute(
                "INSERT INTO runs (started_at, inputs) VALUES (?, ?)",
                (now.isoformat(), json.dumps(list(inputs), ensure_ascii=False)),
            )
        return int(cur.lastrowid or 0)

    def finish_run(self, run_id: int, counts: dict[str, Any], *, now: datetime) -> None:
        with self._conn:
            self._conn.execute(
                "UPDATE runs SET finished_at = ?, counts = ? WHERE id = ?",
                (now.isoformat(), json.dumps(counts, ensure_ascii=False), run_id),
            )

    # -- articles ------------------------------------------------------------------------
    def get_article(self, input_hash: str) -> Article | None:
        row = self._conn.execute(
            "SELECT data FROM articles WHERE input_hash = ?", (input_hash,)
        ).fetchone()
        return from_record(Article, json.loads(row[0])) if row else None

    def put_article(self, article: Article, *, run_id: int) -> None:
        """Insert or replace the article for its input hash; committed at once so nothing
        already processed is lost if a later input crashes the process."""
        with self._conn:
            self._conn.execute(
                "INSERT OR REPLACE INTO articles (input_hash, id, producer, source, data, created_run)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    article.input_hash,
                    article.id,
                    article.producer,
                    article.source,
                    _dumps(article),
                    run_id,
                ),
            )

    def record_input(self, source: str, input_hash: str, *, run_id: int) -> None:
        with self._conn:
            self._conn.execute(
                "INSERT INTO inputs (source, input_hash, first_run, last_run) VALUES (?, ?, ?, ?)"
                " ON CONFLICT(source, input_hash) DO UPDATE SET last_run = excluded.last_run",
                (source, input_hash, run_id, run_id),
            )

    def known_url(self, url: str) -> str | None:
        """The input hash last stored for a fetched URL, or None."""
        row = self._conn.execute(
            "SELECT input_hash FROM inputs WHERE source = ? ORDER BY last_run DESC LIMIT 1", (url,)
        ).fetchone()
        return str(row[0]) if row else None

    def iter_articles(self) -> Iterator[Article]:
        for (data,) in self._conn.execute("SELECT data FROM articles ORDER BY rowid"):
            yield from_record(Article, json.loads(data))

    def count(self, table: str) -> int:
        if table not in {"articles", "rejections", "runs", "inputs", "analyses", "stories"}:
            raise StoreError(f"unknown table {table!r}")
        return int(self._conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])

    # -- rejections ----------------------------------------------------------------------
    def put_rejection(self, rejected: Rejected, *, run_id: int) -> None:
        with self._conn:
            self._conn.execute(
                "INSERT INTO rejections (run_id, source, stage, reason, detail) VALUES (?, ?, ?, ?, ?)",
                (run_id, rejected.source, rejected.stage, rejected.reason, rejected.detail),
            )

    def rejections(self, run_id: int) -> list[Rejected]:
        rows = self._conn.execute(
            "SELECT source, stage, reason, detail FROM rejections WHERE run_id = ? ORDER BY id",
            (run_id,),
        )
        return [Rejected(source=s, stage=st, reason=r, detail=d) for s, st, r, d in rows]

    # -- analyses ------------------------------------------------------------------------
    def get_analysis(self, input_hash: str, producer: str) -> AnalyzedArticle | None:
        row = self._conn.execute(
            "SELECT data FROM analyses WHERE input_hash = ? AND producer = ?",
            (input_hash, producer),
        ).fetchone()
        return from_record(AnalyzedArticle, json.loads(row[0])) if row else None

    def put_analysis(self, analysis: AnalyzedArticle) -> None:
        with self._conn:
            self._conn.execute(
                "INSERT OR REPLACE INTO analyses (input_hash, producer, data) VALUES (?, ?, ?)",
                (analysis.input_hash, analysis.producer, _dumps(analysis)),
            )

    # -- stories -------------------------------------------------------------------------
    def put_stories(self, stories: Sequence[Story], *, run_id: int) -> None:
        """Replace the kept stories with ``stories`` (those of the latest run)."""
        with self._conn:
            self._conn.execute("DELETE FROM stories")
            self._conn.executemany(
                "INSERT INTO stories (id, run_id, data) VALUES (?, ?, ?)",
                [(s.id, run_id, _dumps(s)) for s in stories],
            )

    def stories(self) -> list[Story]:
        rows = self._conn.execute("SELECT data FROM stories ORDER BY id")
        return [from_record(Story, json.loads(data)) for (data,) in rows]


def _migrate(conn: sqlite3.Connection) -> None:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
        " applied_at TEXT NOT NULL)"
    )
    done = {int(r[0]) for r in conn.execute("SELECT version FROM migrations")}
    for version, name, sql in MIGRATIONS:
        if version in done:
            continue
        try:
            conn.execute("BEGIN")
            for statement in sql.split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(
                "INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (version, name, datetime.now(UTC).isoformat()),
            )
            conn.execute("COMMIT")
        except sqlite3.Error:
            conn.execute("ROLLBACK")
            raise


def open_store(path: str | Path) -> Store:
    """Open (creating and migrating as needed) the SQLite store at ``path``.

    Raises StoreError when the file cannot be opened or is not a storyline store.
    """
    p = Path(path)
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(p), isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA foreign_keys=ON")
        _migrate(conn)  # explicit BEGIN/COMMIT per migration, so autocommit mode here
        conn.isolation_level = "DEFERRED"  # then implicit transactions, committed by `with conn:`
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(
            f"cannot open the store at {p}: {exc}; pass another path with --db or remove the file"
        ) from exc
    return Store(conn, str(p))
