"""Tests for storyline.extract.dates: date text, machine dates and the page's own date line."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storyline.extract.dates import (
    find_date_lines,
    find_published_line,
    is_prose_line,
    parse_date_text,
    parse_iso_datetime,
)

JST = "+09:00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025年3月24日(月)08時57分", f"2025-03-24T08:57:00{JST}"),
        ("2025年3月24日 8:57", f"2025-03-24T08:57:00{JST}"),
        ("2025年3月24日（月） 8:57", f"2025-03-24T08:57:00{JST}"),
        ("2025/3/26 06:00", f"2025-03-26T06:00:00{JST}"),
        ("2025.03.26", "2025-03-26"),
        ("2025-03-26 6:00", f"2025-03-26T06:00:00{JST}"),
        ("2025年3月24日", "2025-03-24"),
        ("3/19(水) 7:30配信", "--03-19"),
        ("3月19日", "--03-19"),
        ("12月1日(日)", "--12-01"),
        ("令和7年3月24日", "2025-03-24"),
        ("令和元年5月1日", "2019-05-01"),
        ("R7.3.24", "2025-03-24"),
        ("H31.4.30", "2019-04-30"),
        ("平成31年4月30日", "2019-04-30"),
        ("昭和64年1月7日", "1989-01-07"),
        ("２０２５年３月２４日", "2025-03-24"),
        ("２０２５年３月２４日　１５時０５分", f"2025-03-24T15:05:00{JST}"),
        ("2025年3月24日 午後3時5分", f"2025-03-24T15:05:00{JST}"),
        ("2025年3月24日 午前0時30分", f"2025-03-24T00:30:00{JST}"),
        ("2025年3月24日 午後12時", f"2025-03-24T12:00:00{JST}"),
        ("2025年3月24日 午前12時", f"2025-03-24T00:00:00{JST}"),
        ("2025年3月24日 9時半", f"2025-03-24T09:30:00{JST}"),
        ("2025/03/24 8:57 PM", f"2025-03-24T20:57:00{JST}"),
        ("公開日：2025年3月19日", "2025-03-19"),
        ("最終更新 2025/3/25 10:00", f"2025-03-25T10:00:00{JST}"),
        ("2025年2月30日", None),  # no such day
        ("2025年13月1日", None),
        ("13/45", None),
        ("売上高は1/3に減った", "--01-03"),  # a fraction reads as a day: callers check context
        ("日付なし", None),
        ("", None),
        ("2025年3月24日 25時70分", "2025-03-24"),  # an impossible time keeps the day
    ],
)
def test_parse_date_text(text: str, expected: str | None) -> None:
    assert parse_date_text(text) == expected


def test_parse_date_text_other_zone() -> None:
    assert parse_date_text("2025/1/15 12:00", tz="Europe/London") == "2025-01-15T12:00:00+00:00"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-03-24T08:57:00+09:00", f"2025-03-24T08:57:00{JST}"),
        ("2025-03-23T23:57:00Z", "2025-03-23T23:57:00+00:00"),
        ("2025-03-23T23:57:00z", "2025-03-23T23:57:00+00:00"),
        ("2025-03-24", "2025-03-24"),
        ("2025-03-24 08:57", f"2025-03-24T08:57:00{JST}"),
        ("2025-03-24T08:57:00.123+0900", f"2025-03-24T08:57:00{JST}"),
        ("2025-03-24T08:57:00-05:00", "2025-03-24T08:57:00-05:00"),
        ("20250324T085700+0900", f"2025-03-24T08:57:00{JST}"),
        ("Mon, 24 Mar 2025 08:57:00 +0900", f"2025-03-24T08:57:00{JST}"),
        ("Sun, 23 Mar 2025 23:57:00 GMT", "2025-03-23T23:57:00+00:00"),
        ("  2025-03-24T08:57:00+09:00  ", f"2025-03-24T08:57:00{JST}"),
        ("2025-02-30T10:00:00+09:00", None),
        ("not a date", None),
        ("", None),
        ("3月24日", None),
    ],
)
def test_parse_iso_datetime(value: str, expected: str | None) -> None:
    assert parse_iso_datetime(value) == expected


# --------------------------------------------------------------------- the date line

_TITLE = "市議会、新庁舎の建設計画を可決　2027年度の完成目指す"
_BODY = "市議会は24日の本会議で、老朽化した庁舎を建て替える計画案を賛成多数で可決した。"


@pytest.mark.parametrize(
    ("lines", "title_index", "expected"),
    [
        # plain date line right after the headline
        ([_TITLE, "2025年3月24日(月)08時57分", _BODY], 0, f"2025-03-24T08:57:00{JST}"),
        # labelled, full-width
        ([_TITLE, "公開日：２０２５年３月２４日", _BODY], 0, "2025-03-24"),
        ([_TITLE, "配信 2025/03/24 08:57", _BODY], 0, f"2025-03-24T08:57:00{JST}"),
        ([_TITLE, "3/19(水) 7:30配信", _BODY], 0, "--03-19"),
        # the date above the headline
        (["2025.03.24", _TITLE, _BODY], 1, "2025-03-24"),
        # published preferred over modified, in either order
        ([_TITLE, "更新日：2025年3月25日", "公開日：2025年3月24日", _BODY], 0, "2025-03-24"),
        ([_TITLE, "投稿日:2025/3/24 更新日:2025/3/26", _BODY], 0, "2025-03-24"),
        (
            [_TITLE, "2025年1月24日 12:05 (2025年1月24日 13:40更新)", _BODY],
            0,
            f"2025-01-24T12:05:00{JST}",
        ),
        # only a modified date: it is used
        ([_TITLE, "最終更新：2025年3月26日", _BODY], 0, "2025-03-26"),
        # traps: a date in the headline, in the body, in a copyright line, a magazine issue
        (["2025年3月14日、米ロ首脳が電話会談した経緯まとめ", _BODY], 0, None),
        ([_TITLE, _BODY, _BODY, "公開日:2025/03/19", _BODY], 0, None),
        # a lead (deck) under the headline, then the date, then the body
        ([_TITLE, _BODY, "2025年3月24日 10:00", _BODY], 0, f"2025-03-24T10:00:00{JST}"),
        ([_TITLE, "Copyright (C) 2024 Example Press", _BODY], 0, None),
        ([_TITLE, "2025年4月29日号(4月22日発売)", _BODY], 0, None),
        ([_TITLE, "受付は2025年4月30日まで", _BODY], 0, None),
        # no title given: the header is the top of the page up to the first paragraph
        (["ホーム", _TITLE, "2025/3/24", _BODY, "2025/3/30"], None, "2025-03-24"),
        (["ホーム", _TITLE, _BODY, "2025/3/30"], None, None),
    ],
)
def test_find_published_line(
    lines: list[str], title_index: int | None, expected: str | None
) -> None:
    match = find_published_line(lines, title_index=title_index)
    assert (match.value if match else None) == expected


def test_published_line_reports_text_index_and_kind() -> None:
    lines = [_TITLE, "", "  最終更新：2025年3月26日 10:00  ", _BODY]
    match = find_published_line(lines, title_index=0)
    assert match is not None
    assert (match.text, match.line_index, match.kind) == (
        "最終更新：2025年3月26日 10:00",
        2,
        "modified",
    )


def test_find_date_lines_lists_both_kinds() -> None:
    lines = [_TITLE, "公開日 2025/3/24 更新日 2025/3/25", _BODY]
    kinds = [(m.value, m.kind) for m in find_date_lines(lines, title_index=0)]
    assert kinds == [("2025-03-24", "published"), ("2025-03-25", "modified")]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (_BODY, True),
        ("トランプ氏は米メディアに対し、プーチン氏と何週間も対話していると述べている。", True),
        ("プーチン大統領とトランプ大統領", False),
        ("あわせて読みたい", False),
        ("Find Go Logo Menu opener", False),
        ("国内 国際 経済 スポーツ エンタメ 天気", False),
        ("「現地の状況を注視している」と話した。", True),
        ("「現地の状況を注視している」と話した", False),
    ],
)
def test_is_prose_line(line: str, expected: bool) -> None:
    assert is_prose_line(line) is expected


@given(st.text(max_size=60))
def test_parsers_never_raise(text: str) -> None:
    for value in (parse_date_text(text), parse_iso_datetime(text)):
        assert value is None or value[:2] in {"--", "19", "20", "21"}
