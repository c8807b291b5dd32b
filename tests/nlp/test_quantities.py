"""Tests for storyline.nlp.quantities: the gold table, amounts and properties."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.nlp.quantities import find_quantities, parse_amount

GOLD = Path(__file__).parent / "gold" / "quantities.tsv"


def _rows() -> list[list[str]]:
    return [
        line.split("\t")
        for line in GOLD.read_text("utf-8").splitlines()
        if line and not line.startswith("#")
    ]


def test_gold_table_size() -> None:
    assert len(_rows()) >= 40


@pytest.mark.parametrize("row", _rows(), ids=lambda r: r[0][:20])
def test_gold_row(row: list[str]) -> None:
    text, target, value, unit, normalized, approx, extra = row
    found = find_quantities(text)
    if target == "NONE":
        assert found == ()
        return
    matching = [q for q in found if q.text == target]
    assert matching, f"{target!r} not found in {[q.text for q in found]}"
    q = matching[0]
    assert text[q.start : q.end] == q.text
    assert q.value == (None if value == "-" else pytest.approx(float(value)))
    assert q.unit == unit
    assert q.normalized == (None if normalized == "-" else normalized)
    assert q.approximate is (approx == "1")
    expected = dict(kv.split("=") for kv in extra.split(";")) if extra != "-" else {}
    assert q.per == expected.get("per")
    assert q.direction == expected.get("direction")
    assert q.compared_to == expected.get("compared_to")
    high = expected.get("high")
    assert q.high == (None if high is None else pytest.approx(float(high)))


@pytest.mark.parametrize(
    ("amount", "expected"),
    [("1800億", (1.8e11, 1.8e11, False)), ("1兆2000億", (1.2e12, 1.2e12, False)),
     ("３万", (3e4, 3e4, False)), ("五千", (5e3, 5e3, False)), ("三百二十", (320.0, 320.0, False)),
     ("数百", (200.0, 900.0, True)), ("数百万", (2e6, 9e6, True)), ("2,900", (2900.0, 2900.0, False)),
     ("２８．５", (28.5, 28.5, False)), ("abc", None)],
)  # fmt: skip
def test_parse_amount(amount: str, expected: tuple[float, float, bool] | None) -> None:
    assert parse_amount(amount) == expected


def test_several_quantities_in_order() -> None:
    text = "死者は175人、負傷者は約300人で、被害額は1800億円に上る。"
    got = find_quantities(text)
    assert [q.text for q in got] == ["175人", "約300人", "1800億円"]
    assert [q.start for q in got] == sorted(q.start for q in got)


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list("0123456789０１,.約数百千万億兆人円%時間分日半前年比増減～あ")
        ),
        max_size=50,
    )
)
def test_never_raises_and_offsets_in_range(text: str) -> None:
    for q in find_quantities(text):
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_never_raises_on_any_text(text: str) -> None:
    find_quantities(text)


_PIECES = [
    *"0123456789０１２,.．〇一二三四五六七八九十百千数万億兆円人件%％～〜~－分時間日年月半株",
    *"約超余強弱前後比増減台回、。（）第統複多",
    "前年比", "前年同期比で", "1株", "1日あたり", "時速", "年率", "およそ", "少なくとも",
    "最大で", "キロ", "ドル", "以上", "未満", "程度", "上昇", "下落", "マグニチュード", "震度",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_gated_scan_finds_what_finditer_finds(text: str) -> None:
    from storyline.nlp.quantities import _gate, _pattern
    from storyline.nlp.timex import gated_matches

    plain = [(m.span(), m.groupdict()) for m in _pattern().finditer(text) if m.end() > m.start()]
    gated = [(m.span(), m.groupdict()) for m in gated_matches(_pattern(), _gate(), text)]
    assert gated == plain
