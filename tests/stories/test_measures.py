"""The measure check (stories/measures.py): one measured thing, one reference, two values.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import pytest
from stories_helpers import analysis, art

from storyline.models import AnalyzedArticle, Article, Discrepancy, Quantity, TimeExpression
from storyline.stories.measures import check_measures, covered, load_measures, readings
from storyline.stories.rules import load_rules
from storyline.stories.sources import origins


def q(body: str, text: str, value: float, unit: str, **kw: object) -> Quantity:
    """The quantity ``text`` (first occurrence) of ``body``."""
    start = body.index(text)
    return Quantity(text=text, value=value, unit=unit, start=start, end=start + len(text), **kw)  # type: ignore[arg-type]


def t(body: str, text: str, value: str, *, nth: int = 0) -> TimeExpression:
    """The date expression ``text`` (``nth`` occurrence) of ``body``."""
    start = -1
    for _ in range(nth + 1):
        start = body.index(text, start + 1)
    return TimeExpression(text=text, type="date", value=value, start=start, end=start + len(text))


@dataclasses.dataclass
class Page:
    aid: str
    body: str
    published: str | None = "2025-03-03T19:00:00+09:00"
    quantities: Sequence[Quantity] = ()
    times: Sequence[TimeExpression] = ()
    wire: str | None = None
    duplicate_of: str | None = None

    def article(self) -> Article:
        return art(
            self.aid,
            self.body,
            published=self.published,
            wire=self.wire,
            duplicate_of=self.duplicate_of,
        )

    def analysis(self) -> AnalyzedArticle:
        a = analysis(self.article(), quantities=self.quantities)
        return dataclasses.replace(a, times=tuple(self.times))


def flags(*pages: Page) -> list[Discrepancy]:
    arts = [p.article() for p in pages]
    return check_measures(
        [p.analysis() for p in pages], origin_of=origins(arts), rules=load_rules()
    )


def fire(aid: str, body: str, area: str, value: float, published: str | None, **kw: object) -> Page:
    return Page(
        aid,
        body,
        published=published,
        quantities=[q(body, area, value, "ha", approximate=area.startswith("約"))],
        **kw,  # type: ignore[arg-type]
    )


# --------------------------------------------------------------------------- readings


@pytest.mark.parametrize(
    ("body", "text", "unit", "measure"),
    [
        ("焼失面積は約2600ヘクタールと推計された。", "約2600ヘクタール", "ha", "burned_area"),
        (
            "延焼範囲は3日までに約3600ヘクタールに広がった。",
            "約3600ヘクタール",
            "ha",
            "burned_area",
        ),
        ("山林約500ヘクタールを焼失した。", "約500ヘクタール", "ha", "burned_area"),
        ("観衆は4万2367人だった。", "4万2367人", "人", "attendance"),
        ("4万5367人の大観衆が見守った。", "4万5367人", "人", "attendance"),
        ("初戦は4万2365人が観戦した。", "4万2365人", "人", "attendance"),
        ("同社を総額約141億ドルで買収する。", "約141億ドル", "ドル", "deal_value"),
        ("両社に60日以内に計画を放棄するよう命じた。", "60日", "日", "deadline"),
        ("死者は12人に上った。", "12人", "人", "deaths"),
        ("双方が各150人を解放した。", "150人", "人", "released_prisoners"),
        ("両国が19日にそれぞれ175人の捕虜を交換した。", "175人", "人", "released_prisoners"),
        ("重傷の兵士23人を引き渡した。", "23人", "人", None),
        # an aggregate or a part of the cue's count is another figure
        ("死者・行方不明者は計30人となった。", "30人", "人", None),
        ("死者のうち子どもは5人だった。", "5人", "人", None),
        # not measures: a change, a stock price, an unrelated area, a total without a deal
        ("前日から約500ヘクタール増えた。", "約500ヘクタール", "ha", None),
        ("株価は一時42ドルを付けた。", "42ドル", "ドル", None),
        ("市の面積は約3万2000ヘクタールある。", "約3万2000ヘクタール", "ha", None),
        ("一般会計の総額は115兆円となった。", "115兆円", "円", None),
        ("会談は約2時間半に及んだ。", "約2時間半", "時間", None),
        # a cue too far back (two clauses) does not reach the number
        (
            "焼失面積の推計について市の担当者は、山林の約2600ヘクタールとした。",
            "約2600ヘクタール",
            "ha",
            None,
        ),
    ],
)
def test_reading_table(body: str, text: str, unit: str, measure: str | None) -> None:
    values = {"約2600ヘクタール": 2600.0, "約3600ヘクタール": 3600.0, "約500ヘクタール": 500.0}
    direction = "increase" if "増え" in body else None
    quantity = q(body, text, values.get(text, 1.0), unit, direction=direction)
    page = Page("p", body, quantities=[quantity])
    got = readings(page.analysis(), load_rules())
    assert [r.key[0] for r in got] == ([measure] if measure else [])


def test_deadline_is_qualified_by_what_must_be_done() -> None:
    body = "命令は45日以内に報告するよう求めた。"
    page = Page("p", body, quantities=[q(body, "45日", 45.0, "日", normalized="P45D")])
    (r,) = readings(page.analysis(), load_rules())
    assert r.key[:2] == ("deadline", "報告")


def test_lexicon_is_versioned_and_well_formed() -> None:
    lexicon = load_measures()
    assert lexicon.version and lexicon.max_gap > 0
    assert {m.kind for m in lexicon.measures} <= {"running", "occasion", "fixed"}


# --------------------------------------------------------------------------- running


def test_same_area_on_the_same_marked_day_is_flagged() -> None:
    a = "焼失面積は3日時点で約2600ヘクタールと推計された。"
    b = "延焼範囲は3日までに約3600ヘクタールに広がった。"
    (d,) = flags(
        fire("o3", a, "約2600ヘクタール", 2600, "2025-03-03", times=[t(a, "3日", "2025-03-03")]),
        fire("o2", b, "約3600ヘクタール", 3600, "2025-03-03", times=[t(b, "3日", "2025-03-03")]),
    )
    assert d.kind == "number"
    assert sorted(v.value for v in d.values) == ["約2600ヘクタール", "約3600ヘクタール"]
    assert all(v.independent_sources == 1 and v.evidence for v in d.values)


@pytest.mark.parametrize(
    ("first", "second", "why"),
    [
        (("2025-02-27", 600.0), ("2025-03-02", 2100.0), "a developing count on two days"),
        (("2025-03-03", 2600.0), ("2025-03-12", 2900.0), "the final figure a week later"),
        (("2025-03-03", 2600.0), (None, 2900.0), "an undated page gives no as-of day"),
        (("2025-03-03", 2600.0), ("2025-03-03", 2650.0), "within the rounding of 約"),
    ],
)
def test_running_traps(
    first: tuple[str | None, float], second: tuple[str | None, float], why: str
) -> None:
    pages = [
        fire(f"p{n}", f"焼失面積は約{int(v)}ヘクタールとなった。", f"約{int(v)}ヘクタール", v, day)
        for n, (day, v) in enumerate((first, second))
    ]
    assert flags(*pages) == [], why


def test_as_of_marker_beats_the_publication_day() -> None:
    # Published on the 4th, but the figure is "as of the 3rd": it meets the 3rd's figure.
    a = "焼失面積は3日時点で約2600ヘクタールだった。"
    b = "焼失面積は約3600ヘクタールとなった。"
    pages = [
        fire("x", a, "約2600ヘクタール", 2600, "2025-03-04", times=[t(a, "3日", "2025-03-03")]),
        fire("y", b, "約3600ヘクタール", 3600, "2025-03-04"),
    ]
    assert flags(*pages) == []  # the 3rd vs the 4th: a developing count
    pages[1] = fire("y", b, "約3600ヘクタール", 3600, "2025-03-03")
    assert len(flags(*pages)) == 1


def test_a_copy_does_not_disagree_with_its_original() -> None:
    a = "焼失面積は約2600ヘクタールとなった。"
    b = "焼失面積は約3600ヘクタールとなった。"
    pages = [
        fire("o", a, "約2600ヘクタール", 2600, "2025-03-03", wire="共同"),
        fire("c", b, "約3600ヘクタール", 3600, "2025-03-03", wire="共同通信"),
    ]
    assert flags(*pages) == []


def test_a_page_giving_two_values_makes_the_measure_ambiguous() -> None:
    body = "焼失面積は約2600ヘクタール。焼失面積は約3600ヘクタールとの推計もある。"
    page = Page(
        "both",
        body,
        quantities=[
            q(body, "約2600ヘクタール", 2600, "ha", approximate=True),
            q(body, "約3600ヘクタール", 3600, "ha", approximate=True),
        ],
    )
    other = fire("o", "焼失面積は約2600ヘクタール。", "約2600ヘクタール", 2600, "2025-03-03")
    assert flags(page, other) == []


# --------------------------------------------------------------------------- occasion


def _game(aid: str, body: str, crowd: str, value: float, times: Sequence[TimeExpression]) -> Page:
    return Page(
        aid,
        body,
        published="2025-03-19T23:00:00+09:00",
        quantities=[q(body, crowd, value, "人")],
        times=times,
    )


def test_two_games_two_attendances_are_not_a_disagreement() -> None:
    a = "開幕シリーズが18日に始まった。初戦は4万2365人が観戦した。"
    b = "第2戦が19日にあった。観衆は4万2367人だった。"
    pages = [
        _game("m7", a, "4万2365人", 42365, [t(a, "18日", "2025-03-18")]),
        _game("m4", b, "4万2367人", 42367, [t(b, "19日", "2025-03-19")]),
    ]
    assert flags(*pages) == []


def test_one_game_two_attendances_is_flagged() -> None:
    a = "第2戦が19日にあった。観衆は4万2367人だった。"
    b = "4万5367人の大観衆が見守った。"  # no date: the publication day (the 19th)
    pages = [
        _game("m4", a, "4万2367人", 42367, [t(a, "19日", "2025-03-19")]),
        _game("m5", b, "4万5367人", 45367, []),
    ]
    (d,) = flags(*pages)
    assert {v.value for v in d.values} == {"4万2367人", "4万5367人"}


def test_a_bound_meets_the_exact_figure() -> None:
    a = "観衆は4万2367人だった。"
    b = "観衆は4万2000人以上だった。"
    pages = [
        _game("m4", a, "4万2367人", 42367, []),
        _game("m6", b, "4万2000人以上", 42000, []),
    ]
    assert flags(*pages) == []


def test_deadlines_of_one_order_are_compared_and_other_deadlines_are_not() -> None:
    a = "大統領は3日、買収を禁じた。命令は30日以内に計画を放棄するよう求めた。"
    b = "大統領は3日、買収を禁じた。両社に60日以内に計画を放棄するよう命じた。"
    c = "大統領は3日、買収を禁じた。委員会に45日以内に報告するよう命じた。"

    def page(aid: str, body: str, text: str, days: float) -> Page:
        return Page(
            aid,
            body,
            published="2025-01-05",
            quantities=[q(body, text, days, "日", normalized=f"P{int(days)}D")],
            times=[t(body, "3日", "2025-01-03")],
        )

    (d,) = flags(page("b1", a, "30日", 30), page("b7", b, "60日", 60))
    assert {v.value for v in d.values} == {"30日", "60日"}
    assert flags(page("b1", a, "30日", 30), page("b10", c, "45日", 45)) == []


# --------------------------------------------------------------------------- fixed


def test_deal_value_is_compared_whatever_the_day() -> None:
    a = "日鉄は2023年12月、同社を総額約141億ドルで買収すると発表した。"
    b = "1株55ドル、総額150億ドルで全株を取得する計画だ。"

    def page(aid: str, body: str, text: str, value: float, day: str) -> Page:
        return Page(
            aid,
            body,
            published=day,
            quantities=[q(body, text, value, "ドル", approximate=text.startswith("約"))],
        )

    (d,) = flags(
        page("b1", a, "約141億ドル", 1.41e10, "2025-01-04"),
        page("b3", a, "約141億ドル", 1.41e10, "2025-02-08"),
        page("b5", b, "150億ドル", 1.5e10, "2025-04-09"),
    )
    assert [(v.value, v.independent_sources) for v in d.values] == [
        ("約141億ドル", 2),
        ("150億ドル", 1),
    ]


def test_share_price_and_offer_price_are_not_compared() -> None:
    a = "日鉄は1株55ドルで全株を取得する計画だ。"
    b = "株価は一時42ドルを付け、1株55ドルの買収価格を下回った。"
    pages = [
        Page("b1", a, quantities=[q(a, "1株55ドル", 55, "ドル", per="株")]),
        Page(
            "b10",
            b,
            quantities=[q(b, "42ドル", 42, "ドル"), q(b, "1株55ドル", 55, "ドル", per="株")],
        ),
    ]
    assert flags(*pages) == []


def test_covered_by_an_event_number_discrepancy() -> None:
    (d,) = flags(
        fire("o3", "焼失面積は約2600ヘクタール。", "約2600ヘクタール", 2600, "2025-03-03"),
        fire("o2", "焼失面積は約3600ヘクタール。", "約3600ヘクタール", 3600, "2025-03-03"),
    )
    assert covered(d, [d])
    swapped = dataclasses.replace(d, values=(d.values[0], d.values[0]))
    assert not covered(d, [swapped])
    assert not covered(d, [dataclasses.replace(d, kind="date")])


@pytest.mark.parametrize(
    ("body", "text", "qualifier"),
    [
        ("双方が各150人を解放した。", "150人", "each"),
        ("両国は175人ずつ捕虜を交換した。", "175人", "each"),
        ("両国がそれぞれ175人の捕虜を交換した。", "175人", "each"),
        ("双方合わせて350人の捕虜を交換した。", "350人", ""),
    ],
)
def test_per_side_and_total_are_different_measures(body: str, text: str, qualifier: str) -> None:
    page = Page("p", body, quantities=[q(body, text, float(text[:-1]), "人")])
    (r,) = readings(page.analysis(), load_rules())
    assert r.key[:2] == ("released_prisoners", qualifier)


def test_a_revised_deal_value_is_not_a_disagreement() -> None:
    a = "同社を総額141億ドルで買収する計画だ。"
    b = "日鉄は買収額を引き上げた。同社を総額150億ドルで買収する。"

    def page(aid: str, body: str, text: str, value: float) -> Page:
        return Page(aid, body, quantities=[q(body, text, value, "ドル")])

    pages = [page("x", a, "141億ドル", 1.41e10), page("y", b, "150億ドル", 1.5e10)]
    assert flags(*pages) == []
    pages[1] = page("y", "同社を総額150億ドルで買収する。", "150億ドル", 1.5e10)
    assert len(flags(*pages)) == 1


def test_one_area_in_two_units_is_compared() -> None:
    a = "焼失面積は約26平方キロとなった。"
    b = "焼失面積は約2600ヘクタールとなった。"
    c = "焼失面積は約36平方キロとなった。"

    def page(aid: str, body: str, text: str, value: float, unit: str) -> Page:
        quantity = q(body, text, value, unit, approximate=True)
        return Page(aid, body, published="2025-03-03", quantities=[quantity])

    assert (
        flags(page("x", a, "約26平方キロ", 26, "km2"), page("y", b, "約2600ヘクタール", 2600, "ha"))
        == []
    )
    (d,) = flags(
        page("z", c, "約36平方キロ", 36, "km2"), page("y", b, "約2600ヘクタール", 2600, "ha")
    )
    assert {v.value for v in d.values} == {"約36平方キロ", "約2600ヘクタール"}
