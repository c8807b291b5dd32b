"""Checks shared by the events gold set and the held-out set (no model needed): the extracted
body of a gold article, and that a set's rows point at one place each and name known
participants."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from storyline import extract, ingest
from storyline.config import Settings
from storyline.models import Rejected
from storyline.nlp import load_kb

ROOT = Path(__file__).resolve().parents[2]


@cache
def body_of(article: str) -> str:
    """The extracted body of a gold article (ingest + extract only; no model). Skips the test
    when the article is not here (the seeds live beside the repository)."""
    path = ROOT / article
    if not path.exists():
        pytest.skip(f"{article} is not available here")
    settings = Settings()
    for item in ingest.iter_inputs([str(path)], settings=settings.ingest):
        assert not isinstance(item, Rejected), item
        result = extract.extract_article(item, settings=settings.extract)
        assert not isinstance(result, Rejected), result
        return result.body
    raise AssertionError(f"nothing read from {article}")


def assert_substrings_point_at_one_place(rows: Sequence[dict[str, Any]], article: str) -> None:
    """Every ``sentence`` / ``ignore`` / ``also`` substring of the article's rows occurs
    exactly once in its extracted body."""
    body = body_of(article)
    for row in (r for r in rows if r["article"] == article):
        for needle in [row.get("sentence") or row["ignore"], *row.get("also", [])]:
            assert body.count(needle) == 1, (
                f"{needle!r} occurs {body.count(needle)} times in {article}"
            )


def assert_participants_known(events: Sequence[dict[str, Any]]) -> None:
    """Participants are actors plus recipients, each a KB key or ``provisional:<name>``."""
    kb = load_kb()
    for row in events:
        assert sorted(row["participants"]) == sorted(row["actors"] + row["recipients"]), row
        for slot in row["participants"]:
            for alt in slot.split("|"):
                assert alt.startswith("provisional:") or kb.get(alt) is not None, (alt, row)


def assert_scores_meet_floors(rows: Sequence[dict[str, Any]], floors_key: str) -> None:
    """Score ``rows`` with the real pipeline (needs the model) and assert every full-match,
    typed and field score is at least the floor pinned in tests/baseline.json[floors_key]."""
    import json

    from storyline.evaluation_events import evaluate_events

    floors = json.loads((ROOT / "tests" / "baseline.json").read_text("utf-8"))[floors_key]
    report = evaluate_events(rows, root=ROOT, settings=Settings()).to_json()
    assert report["failures"] == []
    for name in ("precision", "recall", "typed_precision", "typed_recall"):
        assert report[name] >= floors[name], f"{name} {report[name]} < {floors[name]}"
    for name, floor in floors["fields"].items():
        assert report["fields"][name] >= floor, f"field {name} {report['fields'][name]} < {floor}"
