"""The on-disk parse cache: sentence key -> tokens, in an SQLite file.

Keys come from :meth:`storyline.nlp.parser.Parser.key` (sha256 of model, settings and text),
so a cache file can be shared between runs and models without mixing their parses.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from storyline.errors import StoreError
from storyline.models import Token

__all__ = ["DiskCache"]

_log = logging.getLogger(__name__)

_FIELDS = ("i", "start", "end", "surface", "lemma", "pos", "tag", "dep", "head")


def _encode(tokens: Sequence[Token]) -> str:
    """Serialise tokens compactly for the disk cache."""
    return json.dumps(
        [[getattr(t, f) for f in _FIELDS] for t in tokens],
        ensure_ascii=False,
        separators=(",", ":"),
    )


def _decode(data: str) -> tuple[Token, ...]:
    """Inverse of :func:`_encode`."""
    return tuple(
        Token(sentence=0, **dict(zip(_FIELDS, row, strict=True))) for row in json.loads(data)
    )


class DiskCache:
    """A key -> tokens table in an SQLite file, so a rerun skips sentences already parsed."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path)
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS parses (key TEXT PRIMARY KEY, tokens TEXT NOT NULL)"
            )
            self._db.commit()
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(
                f"parse cache {self.path} cannot be opened: {exc}; "
                "remove the file or give another path"
            ) from exc

    def get_many(self, keys: Sequence[str]) -> dict[str, tuple[Token, ...]]:
        """Return the cached tokens of those ``keys`` that are in the file."""
        found: dict[str, tuple[Token, ...]] = {}
        for i in range(0, len(keys), 500):  # stay below SQLite's bound-parameter limit
            chunk = list(keys[i : i + 500])
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT key, tokens FROM parses WHERE key IN ({marks})", chunk
            ).fetchall()
            found.update((k, _decode(v)) for k, v in rows)
        return found

    def put_many(self, items: Sequence[tuple[str, tuple[Token, ...]]]) -> None:
        """Store parsed tokens; a write failure is logged, not raised (the cache is optional)."""
        try:
            self._db.executemany(
                "INSERT OR REPLACE INTO parses (key, tokens) VALUES (?, ?)",
                [(k, _encode(v)) for k, v in items],
            )
            self._db.commit()
        except sqlite3.Error as exc:
            _log.warning("parse cache %s could not be written: %s", self.path, exc)

    def close(self) -> None:
        self._db.close()
