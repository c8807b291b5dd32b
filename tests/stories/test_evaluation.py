"""The stories scorer (evaluation_stories.py) with a fake predict, and the gold files' shape."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from stories_helpers import ev

from storyline.config import Settings
from storyline.evaluation_stories import StoriesGold, evaluate_stories, load_stories_gold
from storyline.models import Discrepancy, DiscrepancyValue, Story, StoryEvent

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests/stories/gold"


def side(value: str, *ids: str) -> DiscrepancyValue:
    return DiscrepancyValue(value=value, article_ids=ids, independent_sources=len(ids), evidence=())


def sev(eid: str, date: str | None, *pages: str, type: str = "CONSULT") -> StoryEvent:
    return StoryEvent(
        id=eid,
        type=type,
        trigger="会談",
        status="occurred",
        mentions=tuple(ev(p, 1, date=date).mention for p in pages),
        date=date,
    )


GOLD_SMALL = StoriesGold(
    stories={"x/a": "one", "x/b": "one", "x/c": "one", "y/d": "two", "y/e": "two"},
    events=(
        {"story": "one", "date": "2025-03-18", "type": "CONSULT", "what": "call", "paths": ["x/a", "x/b", "x/c"]},
        {"story": "two", "date": "2025-02-26", "type": "OTHER", "what": "fire", "paths": ["y/d", "y/e"]},
    ),
    disagreements=(
        {"expected": "flag", "kind": "date", "what": "call date", "values": [
            {"value": "2025-03-14", "paths": ["x/c"]}, {"value": "2025-03-18", "paths": ["x/a", "x/b"]}]},
        {"expected": "flag", "kind": "role", "what": "title", "values": [
            {"value": "前大統領", "paths": ["x/c"]}, {"value": "大統領", "paths": ["x/a"]}]},
        {"expected": "no_flag", "kind": "number", "what": "two counts", "values": [
            {"value": "1", "paths": ["y/d"]}, {"value": "2", "paths": ["y/e"]}]},
    ),
)  # fmt: skip
IDS = {"x/a": "a", "x/b": "b", "x/c": "c", "y/d": "d", "y/e": "e"}


def fake(stories: tuple[Story, ...]):  # type: ignore[no-untyped-def]
    def predict(
        paths: Sequence[str], settings: Settings
    ) -> tuple[dict[str, str], tuple[Story, ...]]:
        assert sorted(paths) == sorted(GOLD_SMALL.stories)
        return dict(IDS), stories

    return predict


def test_perfect_prediction_scores_one() -> None:
    stories = (
        Story(
            id="s1",
            title=None,
            article_ids=("a", "b", "c"),
            events=(sev("s1-e1", "2025-03-18", "a", "b", "c"),),
            discrepancies=(
                Discrepancy(
                    kind="date",
                    explanation="",
                    values=(side("2025-03-18", "a", "b"), side("2025-03-14", "c")),
                ),
                Discrepancy(kind="role", explanation="", values=(side("前大統領", "c"),)),
            ),
        ),
        Story(
            id="s2",
            title=None,
            article_ids=("d", "e"),
            events=(sev("s2-e1", "2025-02-26", "d", "e", type="OTHER"),),
        ),
    )
    s = evaluate_stories(GOLD_SMALL, root=ROOT, settings=Settings(), predict=fake(stories))
    assert (s.pair_f1, s.merged_accuracy, s.disagreement_recall, s.false_flag_share) == (
        1.0,
        1.0,
        1.0,
        0.0,
    )


def test_errors_are_counted() -> None:
    stories = (
        Story(
            id="s1",
            title=None,
            article_ids=("a", "b", "c", "d"),  # d wrongly joins
            events=(sev("s1-e1", "2025-03-18", "a", "b"), sev("s1-e2", "2025-03-18", "c")),  # split
            discrepancies=(
                Discrepancy(
                    kind="number", explanation="trap", values=(side("1", "d"), side("2", "e"))
                ),
                Discrepancy(
                    kind="place", explanation="other", values=(side("x", "a"), side("y", "b"))
                ),
            ),
        ),
        Story(id="s2", title=None, article_ids=("e",)),
    )
    s = evaluate_stories(GOLD_SMALL, root=ROOT, settings=Settings(), predict=fake(stories))
    # pairs: gold {ab, ac, bc, de}; predicted {ab, ac, ad, bc, bd, cd}
    assert (s.pair_tp, s.pair_fp, s.pair_fn) == (3, 3, 1)
    assert s.merged_accuracy == 0.0  # the call is split, the fire has no merged event
    assert (s.flags_found, s.flags_false, s.traps_flagged) == (0, 2, 1)
    assert s.false_flag_share == 1.0 and s.disagreement_recall == 0.0
    assert any("missed" in f for f in s.failures)


def test_gold_files_are_consistent() -> None:
    gold = load_stories_gold(GOLD)
    assert len(gold.stories) == 60
    assert len(set(gold.stories.values())) == 6
    for path, story in gold.stories.items():
        assert (ROOT / path).is_file(), path
        assert story == "ukraine-ceasefire-2025-03" or Path(path).parent.name == story
    rows = [*gold.events, *gold.disagreements]
    for row in rows:
        for p in row.get("paths", []) + [p for v in row.get("values", []) for p in v["paths"]]:
            assert gold.stories[p] == row["story"], (row, p)
    flags = [r for r in gold.disagreements if r["expected"] == "flag"]
    assert {r["kind"] for r in flags} == {"date", "number", "place", "role", "attribution"}
    assert all(len(r["values"]) >= 2 for r in gold.disagreements)


@pytest.mark.parametrize("name", ["stories.json", "events.jsonl", "disagreements.jsonl"])
def test_missing_gold_file_is_a_config_error(tmp_path: Path, name: str) -> None:
    from storyline.errors import ConfigError

    for n in ("stories.json", "events.jsonl", "disagreements.jsonl"):
        if n != name:
            (tmp_path / n).write_text(
                '{"stories": {}}' if n == "stories.json" else "", encoding="utf-8"
            )
    with pytest.raises(ConfigError):
        load_stories_gold(tmp_path)
