"""Attribute values as intervals (stories/numbers.py)."""

from __future__ import annotations

import math

import pytest

from storyline.stories.numbers import as_number, loosely_equal, rounding_unit


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("175", 175.0),
        ("1.41e10", 1.41e10),
        ("PT2H30M", 150.0),
        ("PT90M", 90.0),
        ("P30D", 43200.0),
        ("4-1", None),
        ("リヤド", None),
    ],
)
def test_as_number(value: str, expected: float | None) -> None:
    got = as_number(value)
    assert got == expected or (
        got is not None and expected is not None and math.isclose(got, expected)
    )


@pytest.mark.parametrize(
    ("x", "duration", "unit"),
    [
        (4300.0, False, 100.0),
        (3437.0, False, 1.0),
        (1.41e10, False, 1e8),
        (2.5, False, 0.1),
        (150.0, True, 30.0),
        (120.0, True, 60.0),
        (90.0, True, 30.0),
        (42000.0, False, 1000.0),
    ],
)
def test_rounding_unit(x: float, duration: bool, unit: float) -> None:
    assert math.isclose(rounding_unit(x, duration=duration), unit)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("PT2H", "PT2H30M", True),
        ("PT1H30M", "PT2H30M", False),
        ("175", "150", True),
        ("4-1", "4-1", True),
        # A score says nothing against one game (4-2 may be 4-1 misreported); merging.py
        # keeps two scores one page gives to two games apart.
        ("4-1", "4-2", True),
        ("6-3", "4-1", True),
        ("停止", "停止", True),
        ("停止", "再開", False),
    ],
)
def test_loosely_equal_for_merging(a: str, b: str, same: bool) -> None:
    assert loosely_equal(a, b, 0.25) is same
