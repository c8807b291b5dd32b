"""Partial dates (stories/dates.py): parsing, compatibility, precision, order."""

from __future__ import annotations

import pytest

from storyline.models import PartialDate
from storyline.stories.dates import (
    compatible,
    contract_value,
    days_apart,
    parse_date,
    precision,
    sort_key,
)


@pytest.mark.parametrize(
    ("value", "text", "expected"),
    [
        ("2025-03-18", None, PartialDate(2025, 3, 18)),
        ("2025-03-18T23:00:00+09:00", None, PartialDate(2025, 3, 18)),
        ("2025-03", None, PartialDate(2025, 3, None)),
        ("2025", None, PartialDate(2025, None, None)),
        ("--03-19", None, PartialDate(None, 3, 19)),
        ("XXXX-XX-19", None, PartialDate(None, None, 19)),
        (None, "19日", PartialDate(None, None, 19)),
        (None, "１９日", PartialDate(None, None, 19)),
        (None, "来週", None),
        (None, None, None),
        ("XXXX", None, None),
    ],
)
def test_parse(value: str | None, text: str | None, expected: PartialDate | None) -> None:
    assert parse_date(value, text) == expected


@pytest.mark.parametrize(
    ("a", "b", "ok"),
    [
        ("2025-03-18", "2025-03-18", True),
        ("2025-03-18", "2025-03", True),
        ("2025-03-18", "--03-18", True),
        ("2025-03-18", "XXXX-XX-19", False),
        ("2025-03-18", "2025-02", False),
        ("2025-03-18", None, True),
        ("2026-08", "2027-08", False),
    ],
)
def test_compatible(a: str | None, b: str | None, ok: bool) -> None:
    assert compatible(parse_date(a), parse_date(b)) is ok


@pytest.mark.parametrize(
    ("a", "b", "days"),
    [
        ("2025-03-14", "2025-03-18", 4),
        ("--03-16", "2025-03-18", 2),
        ("2025-03", "2025-03-18", None),
    ],
)
def test_days_apart(a: str, b: str, days: int | None) -> None:
    assert days_apart(parse_date(a), parse_date(b)) == days


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-03-18", "day"),
        ("--03-18", "day"),
        ("2025-03", "month"),
        ("2025", "year"),
        (None, "unknown"),
        ("XXXX-XX-19", "unknown"),
    ],
)
def test_precision(value: str | None, expected: str) -> None:
    assert precision(value) == expected


def test_contract_value_and_order() -> None:
    assert contract_value(PartialDate(None, None, 19)) is None
    assert contract_value(PartialDate(2025, 3, None)) == "2025-03"
    values = [None, "2025-03-18", "2025-03", "2025-02-12", "2025"]
    assert sorted(values, key=sort_key) == ["2025-02-12", "2025-03-18", "2025-03", "2025", None]
