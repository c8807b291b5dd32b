"""Tests for storyline.nlp.timex: the gold-set accuracy gate, unit tables and properties."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.models import PartialDate, TimeExpression
from storyline.nlp.timex import _tense, find_times, iso_duration, resolve_time

HERE = Path(__file__).parent
GOLD = HERE / "gold" / "timex.tsv"
BASELINE = HERE / "baseline.json"


def _gold_rows() -> list[tuple[str, str, str, str, str]]:
    rows = []
    for line in GOLD.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            ref, sentence, target, gold, kind = line.split("\t")
            rows.append((ref, sentence, target, gold, kind))
    return rows


def _scored(times: tuple[TimeExpression, ...], start: int, end: int) -> TimeExpression | None:
    """The expression the gold row scores: same text as the target, else the most overlap."""
    overlapping = [t for t in times if t.start < end and t.end > start]
    exact = [t for t in overlapping if (t.start, t.end) == (start, end)]
    if exact:
        return exact[0]
    if not overlapping:
        return None
    return max(overlapping, key=lambda t: min(t.end, end) - max(t.start, start))


def row_correct(ref: str, sentence: str, target: str, gold: str) -> bool:
    """Score one gold row with the conventions described in the gold file's header."""
    start = sentence.index(target)
    got = _scored(find_times(sentence, published=ref or None), start, start + len(target))
    if gold == "NONE":
        return got is None or got.type in {"duration", "set"}
    if gold == "UNRESOLVED":
        return got is not None and got.type in {"date", "time"} and got.value is None
    if gold.startswith(("duration:", "set:")):
        kind, _, value = gold.partition(":")
        return got is not None and got.type == kind and got.value == value
    return got is not None and got.type in {"date", "time"} and got.value == gold


def timex_accuracy() -> tuple[float, list[tuple[str, str, str]]]:
    rows = _gold_rows()
    wrong = [(s, t, g) for ref, s, t, g, _ in rows if not row_correct(ref, s, t, g)]
    return 1 - len(wrong) / len(rows), wrong


def test_gold_set_size() -> None:
    rows = _gold_rows()
    assert len(rows) >= 160
    kinds = {r[4] for r in rows}
    for needed in ("anaphoric", "fiscal-year", "wareki", "duration", "set", "no-ref",
                   "partial-ref", "rel-week", "time", "not-a-date",
                   # patterns found on the sample pages (bench/timex_corpus.py)
                   "comma-main-predicate", "far-future", "anaphoric-narrative",
                   "anaphoric-day-precision", "same-month-day", "planned-past"):  # fmt: skip
        assert needed in kinds


def test_gold_accuracy_floor() -> None:
    accuracy, wrong = timex_accuracy()
    floor = json.loads(BASELINE.read_text("utf-8"))["timex_exact"]
    assert floor >= 0.95
    assert accuracy >= floor, f"timex accuracy {accuracy:.3f} < {floor}; wrong: {wrong}"


@pytest.mark.parametrize(
    ("expr", "ref", "context", "previous", "expected"),
    [
        ("18日", PartialDate(2025, 3, 24), "に会談した。", None, ("date", "2025-03-18")),
        ("28日", PartialDate(2025, 3, 24), "に発表した。", None, ("date", "2025-02-28")),
        ("28日", PartialDate(2025, 3, 24), "に発表する。", None, ("date", "2025-03-28")),
        ("12月", PartialDate(2025, 3, 24), "に合意した。", None, ("date", "2024-12")),
        ("4月", PartialDate(2025, 3, 24), "に開業する予定だ。", None, ("date", "2025-04")),
        ("先週", PartialDate(2025, 3, 24), "", None, ("date", "2025-W12")),
        ("来週", PartialDate(2025, 3, 24), "", None, ("date", "2025-W14")),
        ("24日午後3時", PartialDate(2025, 3, 24), "", None, ("time", "2025-03-24T15:00")),
        ("2024年度", PartialDate(2025, 3, 24), "", None, ("date", "2024")),
        ("同日", PartialDate(2025, 3, 24), "", "2025-03-18", ("date", "2025-03-18")),
        ("前日", PartialDate(2025, 3, 24), "", "2025-03-01", ("date", "2025-02-28")),
        ("翌日", PartialDate(2025, 3, 24), "", "2024-12-31", ("date", "2025-01-01")),
        ("同月", PartialDate(2025, 3, 24), "", "2024-11-05", ("date", "2024-11")),
        ("翌日", PartialDate(2025, 3, 24), "", None, ("date", "2025-03-25")),
        ("3月19日", None, "", None, ("date", "--03-19")),
        ("19日", None, "", None, ("date", "XXXX-XX-19")),
        ("2025年3月14日", None, "", None, ("date", "2025-03-14")),
        ("昨年", None, "", None, ("date", None)),
        ("18日", PartialDate(None, 3, 19), "", None, ("date", "--03-18")),
        ("令和元年", None, "", None, ("date", "2019")),
        ("平成31年4月30日", None, "", None, ("date", "2019-04-30")),
        ("３０日間", None, "", None, ("duration", "P30D")),
        ("24時間", None, "", None, ("duration", "PT24H")),
        ("３週間", None, "", None, ("duration", "P3W")),
        ("2時間半", None, "", None, ("duration", "PT2H30M")),
        ("1日あたり", None, "", None, ("set", "P1D")),
        ("毎日", None, "", None, ("set", "P1D")),
        ("日本", PartialDate(2025, 3, 24), "", None, ("none", None)),
        ("休日", PartialDate(2025, 3, 24), "", None, ("none", None)),
        ("2週間後", PartialDate(2025, 3, 24), "", None, ("date", "2025-04-07")),
        ("おととし", PartialDate(2025, 3, 24), "", None, ("date", "2023")),
    ],
)
def test_resolve_time(
    expr: str,
    ref: PartialDate | None,
    context: str,
    previous: str | None,
    expected: tuple[str, str | None],
) -> None:
    assert resolve_time(expr, reference=ref, context=context, previous=previous) == expected


@pytest.mark.parametrize(
    ("text", "modifier"),
    [("今月末", "END"), ("来月上旬", "START"), ("4月中旬", "MID"), ("3月下旬", "END"),
     ("2024年度", "FY"), ("年度末", "FY_END"), ("20日ごろ", "APPROX"), ("来月", None)],
)  # fmt: skip
def test_modifiers(text: str, modifier: str | None) -> None:
    (got,) = find_times(text, published="2025-03-24")
    assert got.modifier == modifier


def test_find_times_offsets_anchor_and_anaphora_chain() -> None:
    body = "首相は18日に訪米した。\n\n翌日、大統領と会談した。その翌日に帰国した。"
    got = find_times(body, published="2025-03-24T08:57:00+09:00")
    assert [(t.text, t.value, t.anchor) for t in got] == [
        ("18日", "2025-03-18", "publication"),
        ("翌日", "2025-03-19", "anaphoric"),
        ("翌日", "2025-03-20", "anaphoric"),
    ]
    assert all(body[t.start : t.end] == t.text for t in got)


def test_absolute_anchor() -> None:
    (got,) = find_times("2022年2月24日に侵攻した。", published="2025-03-24")
    assert (got.value, got.anchor) == ("2022-02-24", "absolute")


@pytest.mark.parametrize(
    ("amount", "unit", "expected"),
    [(90, "m", "PT1H30M"), (2.5, "H", "PT2H30M"), (1.5, "Y", "P1Y6M"), (30, "D", "P30D"),
     (3, "W", "P3W"), (None, "D", "PXD"), (45, "S", "PT45S"), (1.5, "D", "P1DT12H")],
)  # fmt: skip
def test_iso_duration(amount: float | None, unit: str, expected: str) -> None:
    assert iso_duration(amount, unit) == expected


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list("0123456789０１２年月日時分間半前後今昨来同翌先週度令和元午後夜、。毎本")
        ),
        max_size=60,
    ),
    st.sampled_from(["2025-03-24", "--03-19", None, "2024-02-29T10:00:00+09:00", "garbage"]),
)
def test_find_times_never_raises_and_offsets_in_range(text: str, published: str | None) -> None:
    for t in find_times(text, published=published):
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start : t.end] == t.text


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_find_times_never_raises_on_any_text(text: str) -> None:
    for t in find_times(text, published="2025-03-24"):
        assert 0 <= t.start < t.end <= len(text)


@pytest.mark.parametrize(
    ("after", "tense"),
    [
        # comma adverbial: the main (last) predicate decides, not a verb in a relative clause
        ("、企業の合併を差し止める命令に署名した。", "past"),
        ("（日本時間8日）、委員会に調べるよう指示した。", "past"),
        ("午前、首相と会談する予定だ。", "future"),
        ("、提携で合意したとみられる。", "past"),  # a hedge after a past verb stays past
        ("、訪米する見通しだ。", "future"),
        ("、交渉がまとまる可能性がある。", "future"),
        # without a comma the first cue decides
        ("に開かれる会合で決めた。", "future"),
        ("に決めた方針を見直す。", "past"),
        ("に予定していた引き上げを見送る。", None),  # a plan stated in the past: no tense
        ("にかけてまとまった雨が降る見込みだ。", "future"),  # まとまった雨 is not a past verb
        ("、", None),
    ],
)
def test_tense(after: str, tense: str | None) -> None:
    assert _tense(after) == tense


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        # 同6日 keeps the month of the date before it, even when that month is not the current one
        ("1月3日に命令が出た。両社は同6日に提訴した。", "2025-02-09",
         [("1月3日", "2025-01-03"), ("6日", "2025-01-06")]),
        # 翌10日 counts forward from the date before it; without a publication date too
        ("3月9日に宣言し、翌10日に解除した。", None, [("3月9日", "--03-09"), ("10日", "--03-10")]),
        ("3月30日に宣言し、翌1日に解除した。", "2025-04-05",
         [("3月30日", "2025-03-30"), ("1日", "2025-04-01")]),
        # 同日 counts from the last date with a day, not from the month-only 昨年12月
        ("両社は13日、発表した。昨年12月に結んだ。同日、公表した。", "2025-02-13",
         [("13日", "2025-02-13"), ("昨年12月", "2024-12"), ("同日", "2025-02-13")]),
        # ...and not from a date inside a relative clause, nor from a look-back 前日
        ("両社は13日、合意した。昨年12月23日に結んだ覚書は解消する。同日、公表した。", "2025-02-13",
         [("13日", "2025-02-13"), ("昨年12月23日", "2024-12-23"), ("同日", "2025-02-13")]),
        ("19日、協議した。前日に話した内容を伝えた。同日、解放した。", "2025-03-20",
         [("19日", "2025-03-19"), ("前日", "2025-03-18"), ("同日", "2025-03-19")]),
        # a background date is still the narrative's day when it is the first one
        ("3日に開いた会合で合意した。同日、声明も出した。", "2025-03-10",
         [("3日", "2025-03-03"), ("同日", "2025-03-03")]),
        # 前日 / 翌日 still count from the last day mentioned, relative clause or not
        ("18日に開いた会談の翌日、声明を出した。", "2025-03-24",
         [("18日", "2025-03-18"), ("翌日", "2025-03-19")]),
        # past 年度内 is the fiscal year of the narrated day when that is before publication
        ("予算は3月31日に可決され、年度内に成立した。", "2025-04-01",
         [("3月31日", "2025-03-31"), ("年度内", "2024")]),
        ("予算は年度内に成立する見通しだ。", "2025-04-01", [("年度内", "2025")]),
        # 発生当日 is the day something broke out on, named before, not the narrative's day
        ("市内で2月26日に発生した山林火災は2日も続いた。発生当日には1人が死亡した。",
         "2025-03-02",
         [("2月26日", "2025-02-26"), ("2日", "2025-03-02"), ("当日", "2025-02-26")]),
        ("事故は5日午後に発生した。7日に会見した。事故の発生当日、社長は現場にいた。",
         "2025-03-08",
         [("5日", "2025-03-05"), ("7日", "2025-03-07"), ("当日", "2025-03-05")]),
        # ...while a bare 当日 / 同日 stays the narrative's day
        ("市内で2月26日に発生した山林火災は2日も続いた。当日は風が強かった。", "2025-03-02",
         [("2月26日", "2025-02-26"), ("2日", "2025-03-02"), ("当日", "2025-03-02")]),
    ],
)  # fmt: skip
def test_find_times_counts_from_the_right_date(
    body: str, published: str | None, expected: list[tuple[str, str]]
) -> None:
    got = find_times(body, published=published)
    assert [(t.text, t.value) for t in got] == expected


_CONTEXTS = (
    "に会談した。",
    "、買収を禁止する命令を出した。",
    "に開く。",
    "に開く予定だ。",
    "の会合で",
    "",
)


@settings(max_examples=300, deadline=None)
@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31)),
    st.integers(min_value=1, max_value=31),
    st.sampled_from(_CONTEXTS),
)
def test_bare_day_stays_near_publication(ref: date, day: int, context: str) -> None:
    """A bare day is never placed more than about two months from the publication, and never
    after it when its verb is past."""
    kind, value = resolve_time(
        f"{day}日", reference=PartialDate(ref.year, ref.month, ref.day), context=context
    )
    assert kind == "date" and value is not None
    got = date.fromisoformat(value)
    assert got.day == day
    assert abs((got - ref).days) <= 62
    if context.endswith("した。"):
        assert got <= ref


# --------------------------------------------------------------------------- gated scanning

# Pieces of time expressions and their neighbours, so that random strings of them hit every
# pattern, its lookarounds and its gate (see timex._gates).
_PIECES = [
    *"0123456789０１２〇一二三四五六七八九十数半年月日週間時分秒前後毎連隔あたりにの回度曜",
    *"火水木金土先今来同翌昨令和平成元午朝夜正、。（）()/.-～〜~:・両からと比上旬末ごろカヶか箇",
    "大正", "明治", "昭和", "正午", "夕方", "深夜", "未明", "中旬", "下旬", "初め", "半ば",
    "前後", "頃", "年度", "今年", "昨年", "来月", "先週", "同日", "前日", "翌日", "年内",
    "2025/3/19", "令和7年", "午後3時", "12:30", "3月18～19日", "1日あたり", "年2回",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_gated_scan_finds_what_finditer_finds(text: str) -> None:
    from storyline.nlp.timex import _gates, _patterns, gated_matches

    gates = _gates()
    for kind, pattern in _patterns().items():
        plain = [(m.span(), m.groupdict()) for m in pattern.finditer(text) if m.end() > m.start()]
        gated = [(m.span(), m.groupdict()) for m in gated_matches(pattern, gates[kind], text)]
        assert gated == plain, kind


def test_gated_scan_on_a_written_paragraph() -> None:
    from storyline.nlp.timex import _gates, _patterns, gated_matches

    text = ("政府は2025年3月18日午後3時、来年度予算案を閣議決定した。前年比で3日前より2週間後、"
            "毎週2回、同日夜に会見し、令和7年度の4月上旬から1日あたり30日間続ける。")  # fmt: skip
    kinds = set()
    for kind, pattern in _patterns().items():
        gated = gated_matches(pattern, _gates()[kind], text)
        assert [m.span() for m in gated] == [
            m.span() for m in pattern.finditer(text) if m.end() > m.start()
        ]
        kinds |= {kind} if gated else set()
    assert {"chain", "offset", "duration", "set"} <= kinds
