"""The stories quality gate: the whole chain over the 60 gold pages, scores held to the floors
pinned in tests/baseline.json "stories" (raise a floor deliberately; never lower one silently).

Loads GiNZA through the nlp stage, hence the ``model`` mark."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.config import Settings
from storyline.evaluation_stories import StoryScores, evaluate_stories, load_stories_gold

ROOT = Path(__file__).resolve().parents[2]
FLOORS = json.loads((ROOT / "tests/baseline.json").read_text(encoding="utf-8"))["stories"]

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def scores() -> StoryScores:
    pytest.importorskip("ja_ginza")
    gold = load_stories_gold(ROOT / "tests/stories/gold")
    return evaluate_stories(gold, root=ROOT, settings=Settings())


@pytest.mark.parametrize(
    ("name", "higher_is_better"),
    [
        ("pair_f1", True),
        ("merged_accuracy", True),
        ("disagreement_recall", True),
        ("false_flag_share", False),
    ],
)
def test_floor(scores: StoryScores, name: str, higher_is_better: bool) -> None:
    got = scores.to_json()[name]
    floor = FLOORS[name]
    if higher_is_better:
        assert got >= floor, f"{name} {got} fell below its floor {floor}: {scores.failures}"
    else:
        assert got <= floor, f"{name} {got} rose above its ceiling {floor}: {scores.failures}"
