"""The events gold set (tests/events/gold/*.jsonl) and the quality gate on it.

The first tests keep the gold honest without loading a model: every row is valid, every
substring points at exactly one place in its article's extracted body, every participant key
is in the knowledge base. The gate (marked ``model``: it parses with GiNZA) runs the whole
pipeline through :func:`storyline.evaluation_events.evaluate_events` and holds the scores at the
floors pinned in tests/baseline.json ("events"). Raise a floor deliberately, in the commit that
earns it; never lower one to make a change pass.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from gold_checks import assert_participants_known, assert_substrings_point_at_one_place

from storyline.config import Settings
from storyline.evaluation_events import EventScores, evaluate_events, load_event_gold

ROOT = Path(__file__).resolve().parents[2]
GOLD_DIR = ROOT / "tests" / "events" / "gold"
FLOORS: dict[str, Any] = json.loads((ROOT / "tests" / "baseline.json").read_text(encoding="utf-8"))[
    "events"
]
ROWS = load_event_gold([GOLD_DIR])
EVENTS = [r for r in ROWS if "ignore" not in r]
ARTICLES = sorted({r["article"] for r in ROWS})


def test_gold_is_large_enough() -> None:
    assert len(EVENTS) >= FLOORS["min_events"]
    assert len({r["article"] for r in EVENTS}) >= FLOORS["min_articles"]
    # Every kind of event the guidelines name is represented, not only diplomacy.
    types = Counter(r["type"] for r in EVENTS)
    assert {"CONSULT", "AGREE", "REJECT", "REQUEST", "OTHER"} <= set(types)
    assert sum(r["status"] != "occurred" for r in EVENTS) >= 20
    assert sum(bool(r["background"]) for r in EVENTS) >= 20


@pytest.mark.parametrize("article", ARTICLES)
def test_gold_substrings_point_at_one_place(article: str) -> None:
    assert_substrings_point_at_one_place(ROWS, article)


def test_gold_participants_are_kb_keys_or_provisional() -> None:
    assert_participants_known(EVENTS)


# --------------------------------------------------------------------------- the gate


@pytest.fixture(scope="module")
def scores() -> EventScores:
    return evaluate_events(ROWS, root=ROOT, settings=Settings())


@pytest.mark.model
def test_events_meet_the_floors(scores: EventScores) -> None:
    report = scores.to_json()
    print(json.dumps(report, ensure_ascii=False, indent=1))
    assert report["failures"] == []
    for name in ("precision", "recall", "typed_precision", "typed_recall"):
        assert report[name] >= FLOORS[name], f"{name} {report[name]} < floor {FLOORS[name]}"
    for name, floor in FLOORS["fields"].items():
        assert report["fields"][name] >= floor, f"field {name} {report['fields'][name]} < {floor}"
