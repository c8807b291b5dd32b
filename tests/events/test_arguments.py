"""Argument helpers (tests events/arguments.py): dates and quantities as contract values."""

from __future__ import annotations

import pytest

from storyline.events.arguments import _attribute, contract_date
from storyline.models import Quantity


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-03-18", "2025-03-18"),
        ("2025-03-24T15:00", "2025-03-24"),
        ("2025-03", "2025-03"),
        ("2025", "2025"),
        ("--03-19", "--03-19"),
        ("XXXX-XX-19", None),
        ("2025-W12", None),
        ("PT30D", None),
        ("", None),
        (None, None),
    ],
)
def test_contract_date(value: str | None, expected: str | None) -> None:
    assert contract_date(value) == expected


def _q(text: str, value: float | None, unit: str, **kw: object) -> Quantity:
    return Quantity(text=text, value=value, unit=unit, start=0, end=len(text), **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("quantity", "expected"),
    [
        (
            _q("約2時間半", 2.5, "時間", normalized="PT2H30M", approximate=True),
            ("duration", "PT2H30M"),
        ),
        (_q("30日間", 30, "日", normalized="P30D"), ("duration", "P30D")),
        (_q("約141億ドル", 1.41e10, "ドル", approximate=True), ("amount", "~14100000000 ドル")),
        (_q("1株55ドル", 55, "ドル", per="株"), ("price", "55 ドル")),
        (_q("175人", 175, "人"), ("count", "175 人")),
        (_q("16%", 16, "%"), ("percent", "16%")),
        (
            _q("約2600ヘクタール", 2600, "ヘクタール", approximate=True),
            ("ヘクタール", "~2600 ヘクタール"),
        ),
        (_q("数人", None, "人"), ("", "")),
    ],
)
def test_attribute(quantity: Quantity, expected: tuple[str, str]) -> None:
    assert _attribute(quantity) == expected
