"""Quality measurement on gold sets: ``storyline eval extract GOLD...``.

The extraction gold set is JSONL, one page a row (see tests/extract/gold/README.md):
``path`` (from the root), ``title``, ``published``, ``publisher``, ``wire`` (exact values),
``body_starts`` / ``body_ends`` / ``body_contains`` / ``body_not_contains`` (snippets),
``captions`` (snippets that must be in a caption and not in the body), ``cited_urls`` (exact
set) and ``duplicate_of_path``. Scores are the share of pages right per field; the body score
is the share of pages whose every body snippet check passes. Duplicates are scored as pairs
(precision and recall of ``duplicate_of`` links, over the whole gold set at once).

Like the pipeline, this module wires stages together; the stages stay unaware of it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from storyline import dedup, extract, ingest
from storyline.config import Settings
from storyline.errors import ConfigError
from storyline.models import Article, Rejected

FIELDS = ("title", "published", "publisher", "wire", "body", "captions", "cited_urls")


@dataclass(slots=True)
class ExtractionScores:
    pages: int = 0
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    failures: list[dict[str, Any]] = field(default_factory=list)
    dup_tp: int = 0
    dup_fp: int = 0
    dup_fn: int = 0

    def score(self, name: str) -> float:
        return self.right[name] / self.pages if self.pages else 0.0

    @property
    def duplicate_precision(self) -> float:
        found = self.dup_tp + self.dup_fp
        return self.dup_tp / found if found else 1.0

    @property
    def duplicate_recall(self) -> float:
        gold = self.dup_tp + self.dup_fn
        return self.dup_tp / gold if gold else 1.0

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"pages": self.pages}
        out.update({name: round(self.score(name), 4) for name in FIELDS})
        out["duplicate_precision"] = round(self.duplicate_precision, 4)
        out["duplicate_recall"] = round(self.duplicate_recall, 4)
        return out


def read_jsonl(paths: Iterable[str | Path], *, key: str) -> list[tuple[dict[str, Any], str]]:
    """Read JSONL gold rows from files or folders of ``*.jsonl`` files, in order.

    Returns ``(row, "file:line")`` pairs. Raises ConfigError for an unreadable file, a line
    that is not JSON, or a row that is not an object with ``key``.
    """
    files: list[Path] = []
    for p in map(Path, paths):
        files.extend(sorted(p.glob("*.jsonl")) if p.is_dir() else [p])
    rows: list[tuple[dict[str, Any], str]] = []
    for f in files:
        try:
            lines = f.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise ConfigError(f"gold file {f} cannot be read: {exc}") from exc
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ConfigError(f"{f}:{n} is not valid JSON: {exc}") from exc
            if not isinstance(row, dict) or key not in row:
                raise ConfigError(f"{f}:{n} is not an object with a {key!r}")
            rows.append((row, f"{f}:{n}"))
    return rows


def load_gold(paths: Sequence[str | Path]) -> list[dict[str, Any]]:
    """Read extraction gold rows from JSONL files or folders of them (see :func:`read_jsonl`)."""
    return [row for row, _where in read_jsonl(paths, key="path")]


def _body_failures(row: dict[str, Any], body: str) -> list[str]:
    fails = []
    if row.get("body_starts") and not body.startswith(row["body_starts"]):
        fails.append(f"body does not start with {row['body_starts']!r}: {body[:40]!r}")
    if row.get("body_ends") and not body.rstrip().endswith(row["body_ends"]):
        fails.append(f"body does not end with {row['body_ends']!r}: {body[-40:]!r}")
    fails += [f"body lacks {s!r}" for s in row.get("body_contains", []) if s not in body]
    fails += [f"body keeps clutter {s!r}" for s in row.get("body_not_contains", []) if s in body]
    return fails


def _check(row: dict[str, Any], article: Article) -> dict[str, list[str]]:
    fails: dict[str, list[str]] = {}
    for name in ("title", "published", "publisher", "wire"):
        if name in row and row[name] != getattr(article, name):
            fails[name] = [f"expected {row[name]!r}, got {getattr(article, name)!r}"]
    body = _body_failures(row, article.body)
    if body:
        fails["body"] = body
    caps = [
        c
        for c in row.get("captions", [])
        if not any(c in got for got in article.captions) or c in article.body
    ]
    if caps:
        fails["captions"] = [
            f"caption {c!r} not kept apart; got {list(article.captions)}" for c in caps
        ]
    if "cited_urls" in row and sorted(row["cited_urls"]) != sorted(article.cited_urls):
        fails["cited_urls"] = [f"expected {row['cited_urls']}, got {list(article.cited_urls)}"]
    return fails


def _extract_one(path: Path, settings: Settings) -> Article | Rejected:
    for item in ingest.iter_inputs([str(path)], settings=settings.ingest):
        if isinstance(item, Rejected):
            return item
        return extract.extract_article(item, settings=settings.extract)
    return Rejected(source=str(path), stage="eval", reason="empty", detail="no document read")


def evaluate_extraction(
    rows: Sequence[dict[str, Any]], *, root: Path, settings: Settings
) -> ExtractionScores:
    """Extract every gold page and score each field; see the module docstring."""
    scores = ExtractionScores()
    by_path: dict[str, Article] = {}
    for row in rows:
        scores.pages += 1
        result = _extract_one(root / row["path"], settings)
        if isinstance(result, Rejected):
            scores.failures.append(
                {"path": row["path"], "rejected": f"{result.reason}: {result.detail}"}
            )
            continue
        by_path[row["path"]] = result
        fails = _check(row, result)
        for name in FIELDS:
            if name not in fails:
                scores.right[name] += 1
        if fails:
            scores.failures.append({"path": row["path"], **fails})
    _score_duplicates(rows, by_path, scores, settings)
    return scores


def _score_duplicates(
    rows: Sequence[dict[str, Any]],
    by_path: dict[str, Article],
    scores: ExtractionScores,
    settings: Settings,
) -> None:
    arts = list(by_path.values())
    found = dedup.find_duplicates(arts, settings=settings.dedup)
    path_of = {a.id: p for p, a in by_path.items()}
    # A pair is right when both pages are in the same copy group, whichever is called original.
    gold_pairs = {
        frozenset((r["path"], r["duplicate_of_path"]))
        for r in rows
        if r.get("duplicate_of_path") and r["path"] in by_path and r["duplicate_of_path"] in by_path
    }
    groups: dict[str, set[str]] = {}
    for child, parent in found.items():
        groups.setdefault(parent, {parent}).add(child)
    found_pairs = {
        frozenset((path_of[a], path_of[b]))
        for members in groups.values()
        for a in members
        for b in members
        if a < b
    }
    gold_groups = _closure(gold_pairs)
    scores.dup_tp = len(found_pairs & gold_groups)
    scores.dup_fp = len(found_pairs - gold_groups)
    scores.dup_fn = len(gold_groups - found_pairs)


def _closure(pairs: set[frozenset[str]]) -> set[frozenset[str]]:
    """All pairs within the groups that the gold links form (A copies B, C copies B: A~C too)."""
    groups: list[set[str]] = []
    for pair in pairs:
        merged = set(pair)
        for g in [g for g in groups if g & merged]:
            merged |= g
            groups.remove(g)
        groups.append(merged)
    return {frozenset((a, b)) for g in groups for a in g for b in g if a < b}
