"""``storyline.json``: the machine-readable output, contract version 1.

Fields and meanings follow shared/contract/output-v1.md; the full JSON Schema is
``report/schema/output-v1.schema.json`` and a test validates real output against it.
Fields may be added, never renamed or dropped. Unknown is ``null``, never a guess.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Mapping, Sequence
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any

from storyline.models import Article, Rejected

SCHEMA_VERSION = "1"


def article_to_json(article: Article) -> dict[str, Any]:
    """One article in contract form (contract fields first, then storyline's additions)."""
    return {
        "id": article.id,
        "source": article.source,
        "title": article.title,
        "published": article.published,
        "published_text": article.published_text,
        "publisher": article.publisher,
        "wire": article.wire,
        "byline": article.byline,
        "language": article.language,
        "body": article.body,
        "captions": list(article.captions),
        "cited_urls": list(article.cited_urls),
        "duplicate_of": article.duplicate_of,
        "errors": list(article.errors),
        # additions (allowed by the contract)
        "url": article.url,
        "modified": article.modified,
        "format": article.format,
        "input_hash": article.input_hash,
        "producer": article.producer,
    }


def rejected_to_json(rejected: Rejected) -> dict[str, Any]:
    return {
        "source": rejected.source,
        "reason": rejected.reason,
        "detail": rejected.detail,
        "stage": rejected.stage,
    }


def build_output(
    articles: Sequence[Article],
    rejected: Sequence[Rejected],
    *,
    generated_at: datetime,
    stories: Sequence[Mapping[str, Any]] = (),
    run: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Assemble the storyline.json document. ``stories`` are already in contract form."""
    doc: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "generated_at": generated_at.isoformat(timespec="seconds"),
        "articles": [article_to_json(a) for a in articles],
        "stories": [dict(s) for s in stories],
        "rejected": [rejected_to_json(r) for r in rejected],
    }
    if run is not None:
        doc["run"] = dict(run)
    return doc


def write_json(doc: Mapping[str, Any], path: Path) -> None:
    """Write ``doc`` as UTF-8 JSON (ensure_ascii=False) atomically: a crash never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".storyline-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(doc, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def load_schema() -> dict[str, Any]:
    """The JSON Schema of storyline.json (contract version 1)."""
    text = (
        resources.files("storyline.report")
        .joinpath("schema/output-v1.schema.json")
        .read_text(encoding="utf-8")
    )
    schema: dict[str, Any] = json.loads(text)
    return schema
