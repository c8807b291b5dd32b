"""stories/sources.py: independent origins, and how the sides of a disagreement are ranked and
written in its English explanation."""

from __future__ import annotations

import pytest

from storyline.models import DiscrepancyValue
from storyline.stories.sources import count_sources, ranked, sides_text


def _side(value: str, sources: int, pages: int) -> DiscrepancyValue:
    ids = tuple(f"a{i}" for i in range(pages))
    return DiscrepancyValue(value=value, article_ids=ids, independent_sources=sources, evidence=())


def test_count_sources_counts_origins_not_pages() -> None:
    origin = {"a": "wire:kyodo", "b": "wire:kyodo", "c": "page:c"}
    assert count_sources(["a", "b", "c"], origin) == 2
    # An id with no known origin counts on its own.
    assert count_sources(["a", "zz"], origin) == 2


def test_ranked_puts_best_supported_side_first_and_is_stable() -> None:
    sides = [_side("2025-03-14", 1, 1), _side("2025-03-18", 3, 4), _side("2025-03-16", 1, 2)]
    assert [v.value for v in ranked(sides)] == ["2025-03-18", "2025-03-16", "2025-03-14"]
    # Ties on sources and pages fall back to the value, so reruns print the same order.
    tie = [_side("b", 1, 1), _side("a", 1, 1)]
    assert [v.value for v in ranked(tie)] == ["a", "b"]


@pytest.mark.parametrize(
    ("noun", "expected"),
    [
        (False, "2025-03-18 (2) vs 2025-03-14 (1)"),
        (True, "2025-03-18 (2 sources) vs 2025-03-14 (1 source)"),
    ],
)
def test_sides_text(noun: bool, expected: str) -> None:
    sides = [_side("2025-03-18", 2, 2), _side("2025-03-14", 1, 1)]
    assert sides_text(sides, noun=noun) == expected
