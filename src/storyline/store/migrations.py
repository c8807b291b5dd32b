"""Numbered schema migrations for the SQLite store.

Each migration runs once, inside a transaction, and is recorded in ``migrations`` with the time
it was applied. Never edit a released migration: add the next number.
"""

from __future__ import annotations

MIGRATIONS: tuple[tuple[int, str, str], ...] = (
    (
        1,
        "initial: inputs, articles, rejections, runs",
        """
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            inputs TEXT NOT NULL,          -- JSON list of the inputs as given
            counts TEXT                    -- JSON run report
        );
        CREATE TABLE inputs (
            source TEXT NOT NULL,
            input_hash TEXT NOT NULL,
            first_run INTEGER NOT NULL REFERENCES runs(id),
            last_run INTEGER NOT NULL REFERENCES runs(id),
            PRIMARY KEY (source, input_hash)
        );
        CREATE TABLE articles (
            input_hash TEXT PRIMARY KEY,   -- sha256 of the raw input bytes
            id TEXT NOT NULL,
            producer TEXT NOT NULL,        -- stage + version that made this record
            source TEXT NOT NULL,
            data TEXT NOT NULL,            -- JSON of models.Article
            created_run INTEGER NOT NULL REFERENCES runs(id)
        );
        CREATE INDEX articles_id ON articles(id);
        CREATE TABLE rejections (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            run_id INTEGER NOT NULL REFERENCES runs(id),
            source TEXT NOT NULL,
            stage TEXT NOT NULL,
            reason TEXT NOT NULL,
            detail TEXT NOT NULL
        );
        CREATE INDEX rejections_run ON rejections(run_id);
        """,
    ),
    (
        2,
        "analyses: stored NLP output keyed by article input hash and producer",
        """
        CREATE TABLE analyses (
            input_hash TEXT NOT NULL,
            producer TEXT NOT NULL,
            data TEXT NOT NULL,            -- JSON of models.AnalyzedArticle
            PRIMARY KEY (input_hash, producer)
        );
        """,
    ),
    (
        3,
        "stories: the stories of the latest run, so grouping is incremental across runs",
        """
        CREATE TABLE stories (
            id TEXT PRIMARY KEY,
            run_id INTEGER NOT NULL REFERENCES runs(id),
            data TEXT NOT NULL             -- JSON of models.Story
        );
        """,
    ),
)
