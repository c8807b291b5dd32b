"""Event merging (stories/merging.py): one real event, one group; distinct events apart."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

import pytest
from stories_helpers import ev

from storyline.models import Event
from storyline.stories.merging import Group, merge_events
from storyline.stories.rules import load_rules

KINDS = {"united_states": "country", "russia": "country", "ukraine": "country"}


def groups_of(events: list[Event], ref: Mapping[str, date | None] | None = None) -> list[set[str]]:
    groups = merge_events(events, kinds=KINDS, rules=load_rules(), ref_day=ref or {})
    return sorted(({e.id for e in g.events} for g in groups), key=lambda s: sorted(s))


def merged(events: list[Event]) -> list[Group]:
    return merge_events(events, kinds=KINDS, rules=load_rules(), ref_day={})


def test_february_and_march_calls_stay_apart() -> None:
    events = [
        ev("a", 1, date="2025-02-12", attributes=[("duration", "PT1H30M")]),
        ev("b", 1, date="2025-03-18", attributes=[("duration", "PT2H30M")]),
        ev("c", 1, date="2025-02-12"),
        ev("c", 2, date="2025-03-18"),
    ]
    assert groups_of(events) == [{"a-e1", "c-e1"}, {"b-e1", "c-e2"}]


@pytest.mark.parametrize(
    ("date", "date_text"),
    [
        (None, "19日"),  # a bare day: the month is unknown
        ("XXXX-XX-19", "19日"),  # the same as an unresolved time value
        (None, None),  # nothing at all, two calls fit: doubt
    ],
)
def test_partial_date_call_is_not_guessed_into_march(
    date: str | None, date_text: str | None
) -> None:
    events = [
        ev("a", 1, date="2025-02-12"),
        ev("b", 1, date="2025-03-18"),
        ev("blog", 1, date=date, date_text=date_text),
    ]
    groups = groups_of(events)
    assert {"blog-e1"} in groups
    assert len(groups) == 3


def test_partial_date_joins_when_only_one_event_fits() -> None:
    events = [ev("a", 1, date="2025-03-18"), ev("blog", 1, date="2025-03", date_text="3月")]
    assert groups_of(events) == [{"a-e1", "blog-e1"}]


def test_wrong_date_within_a_week_is_merged_and_marked_as_conflict() -> None:
    events = [
        ev("a", 1, date="2025-03-18"),
        ev("b", 1, date="2025-03-18"),
        ev("blog", 1, date="2025-03-14"),
    ]
    groups = merged(events)
    assert len(groups) == 1
    assert groups[0].conflict


@pytest.mark.parametrize(
    ("blog", "why"),
    [
        (dict(date="2025-04-18"), "a month apart"),
        (dict(date="2025-03-16", trigger="首脳会談"), "another trigger, no shared mode"),
        (dict(date="2025-03-16", place="ジッダ"), "a place the others do not give"),
        (dict(date="2025-03-16", attributes=[("duration", "PT30M")]), "a duration far apart"),
    ],
)
def test_close_dates_need_strong_evidence(blog: dict[str, object], why: str) -> None:
    events = [
        ev("a", 1, date="2025-03-18", place="リヤド", attributes=[("duration", "PT2H30M")]),
        ev("blog", 1, **blog),  # type: ignore[arg-type]
    ]
    assert len(merged(events)) == 2, why


def test_two_games_on_consecutive_days_reported_by_one_page_stay_apart() -> None:
    game = dict(type="OTHER", actors=["dodgers"], recipients=["cubs"], trigger="試合")
    events = [
        ev("m1", 1, date="2025-03-18", **game),  # type: ignore[arg-type]
        ev("m2", 1, date="2025-03-18", **game),  # type: ignore[arg-type]
        ev("m2", 2, date="2025-03-19", **game),  # type: ignore[arg-type]
        ev("m4", 1, date="2025-03-19", **game),  # type: ignore[arg-type]
    ]
    assert groups_of(events) == [{"m1-e1", "m2-e1"}, {"m2-e2", "m4-e1"}]


def test_two_meetings_in_one_city_a_month_apart() -> None:
    talks = dict(type="CONSULT", trigger="協議", place="リヤド", recipients=["russia"])
    events = [
        ev("a", 1, date="2025-02-18", **talks),  # type: ignore[arg-type]
        ev("b", 1, date="2025-03-24", **talks),  # type: ignore[arg-type]
    ]
    assert len(merged(events)) == 2


def test_calls_with_different_counterparts_on_one_day_stay_apart() -> None:
    events = [
        ev("a", 1, date="2025-03-19", recipients=["vladimir_putin"]),
        ev("b", 1, date="2025-03-19", recipients=["volodymyr_zelenskyy"]),
        ev("c", 1, date="2025-03-19", recipients=[]),  # Trump alone: fits both -> first
    ]
    groups = groups_of(events)
    assert {"a-e1"} <= groups[0] or {"a-e1"} <= groups[1]
    assert not any({"a-e1", "b-e1"} <= g for g in groups)


def test_countries_do_not_separate_leaders() -> None:
    events = [
        ev("a", 1, actors=["united_states"], recipients=["russia"]),  # 米ロ首脳が電話会談
        ev("b", 1, actors=["donald_trump"], recipients=["vladimir_putin"]),
    ]
    assert len(merged(events)) == 1


def test_background_mention_joins_the_earlier_event() -> None:
    events = [
        ev("a", 1, date="2025-02-12"),
        ev("b", 1, date="2025-03-18"),
        ev("c", 1, date=None, date_text=None, background=True),
    ]
    ref = {"c": date(2025, 3, 1)}
    assert groups_of(events, ref) == [{"a-e1", "c-e1"}, {"b-e1"}]


def test_planned_and_occurred_mentions_are_one_event() -> None:
    events = [
        ev("m1", 1, date="2025-03-19", status="planned"),
        ev("m2", 1, date="2025-03-19", status="occurred"),
    ]
    assert len(merged(events)) == 1


def test_different_types_never_merge() -> None:
    events = [ev("a", 1, type="AGREE"), ev("b", 1, type="CONSULT")]
    assert len(merged(events)) == 2


def test_undated_mention_prefers_the_one_dated_group() -> None:
    events = [
        ev(
            "a",
            1,
            date="2025-03-19",
            type="RETREAT",
            actors=["russia", "ukraine"],
            recipients=[],
            attributes=[("count", "175 人")],
        ),
        ev(
            "b",
            1,
            date=None,
            date_text=None,
            type="RETREAT",
            actors=["russia", "ukraine"],
            recipients=[],
        ),
        ev(
            "c",
            1,
            date=None,
            date_text=None,
            type="RETREAT",
            actors=["russian_mod"],
            recipients=[],
            attributes=[("count", "150 人")],
        ),
    ]
    groups = groups_of(events)
    # c shares a like quantity with the dated group; b names only countries: no evidence.
    assert {"a-e1", "c-e1"} in groups and {"b-e1"} in groups


def test_undated_headline_joins_the_call_its_page_dates() -> None:
    events = [
        ev("a", 1, date="2025-02-12"),
        ev("b", 1, date="2025-03-18"),
        ev("blog", 1, date="2025-03-18", start=100),
        ev("blog", 2, date=None, date_text=None),  # the page's headline: "the call"
        ev("blog", 3, date=None, date_text=None, status="planned"),  # another, announced call
        ev("blog", 4, date=None, date_text=None, status="hedged"),  # 「話す可能性がある」
    ]
    groups = groups_of(events)
    assert {"b-e1", "blog-e1", "blog-e2"} in groups
    assert {"blog-e3"} in groups
    assert not any("blog-e4" in g and len(g) > 1 for g in groups)  # a maybe is no anchor


@pytest.mark.parametrize(
    ("people", "merged_into_one"),
    [
        (["donald_trump", "vladimir_putin"], True),
        (["donald_trump"], False),  # a subset is not enough when the dates differ
    ],
)
def test_conflict_merge_needs_the_same_participants(
    people: list[str], merged_into_one: bool
) -> None:
    events = [
        ev("a", 1, date="2025-03-18", actors=["donald_trump", "vladimir_putin"], recipients=[]),
        ev("blog", 1, date="2025-03-16", actors=people, recipients=[]),
    ]
    assert (len(merged(events)) == 1) is merged_into_one


def test_event_without_participants_merges_across_dates_by_place() -> None:
    fire = dict(type="OTHER", trigger="発生", actors=[], recipients=[])
    events = [
        ev("o1", 1, date="2025-02-26", place="大船渡市赤崎町", **fire),  # type: ignore[arg-type]
        ev("o5", 1, date="2025-02-25", place="赤崎町", **fire),  # type: ignore[arg-type]
        ev("x", 1, date="2025-02-24", **fire),  # type: ignore[arg-type]  # no place: too vague
    ]
    assert groups_of(events) == [{"o1-e1", "o5-e1"}, {"x-e1"}]


def test_partial_date_fits_a_group_that_holds_two_close_dates() -> None:
    events = [
        ev("a", 1, date="2025-03-19"),
        ev("b", 1, date="2025-03-19"),
        ev("c", 1, date="2025-03-18"),  # a wrong date, merged as a conflict
        ev("portal", 1, date="--03-19"),
    ]
    assert len(merged(events)) == 1


# --------------------------------------------------------------------------- scores

GAME = dict(type="OTHER", actors=["dodgers"], recipients=["cubs"], trigger="勝ち")


def test_a_misreported_score_joins_its_game() -> None:
    events = [
        ev("m1", 1, date="2025-03-18", attributes=[("score", "4-1")], **GAME),  # type: ignore[arg-type]
        ev("m2", 1, date="2025-03-18", attributes=[("score", "4-1")], **GAME),  # type: ignore[arg-type]
        ev("m2", 2, date="2025-03-19", attributes=[("score", "6-3")], **GAME),  # type: ignore[arg-type]
        ev("blog", 1, date="--03-18", attributes=[("score", "4-2")], **GAME),  # type: ignore[arg-type]
    ]
    assert groups_of(events) == [{"blog-e1", "m1-e1", "m2-e1"}, {"m2-e2"}]


def test_two_scores_one_page_gives_on_one_day_are_two_games() -> None:
    # A double-header: one page gives both scores to games of the same day.
    events = [
        ev("p", 1, date="2025-05-03", attributes=[("score", "4-1")], **GAME),  # type: ignore[arg-type]
        ev("p", 2, date="2025-05-03", attributes=[("score", "2-7")], **GAME),  # type: ignore[arg-type]
        ev("q", 1, date="2025-05-03", attributes=[("score", "2-7")], **GAME),  # type: ignore[arg-type]
    ]
    assert groups_of(events) == [{"p-e1"}, {"p-e2", "q-e1"}]


# --------------------------------------------------------------------------- placement order


def test_a_lone_date_follows_its_anchored_sibling_into_the_majority() -> None:
    # The blog's headline (no place) and body (a place) both give the 25th; the others the
    # 26th. The body names the place, so it joins the majority as a conflict, and the
    # headline follows it instead of founding a 25th of its own.
    fire = dict(type="OTHER", actors=[], recipients=[], trigger="発生")
    events = [
        ev("o1", 1, date="2025-02-26", place="大船渡市赤崎町", **fire),  # type: ignore[arg-type]
        ev("o3", 1, date="2025-02-26", place="赤崎町", **fire),  # type: ignore[arg-type]
        ev("o7", 1, date="2025-02-26", **fire),  # type: ignore[arg-type]
        ev("blog", 1, date="2025-02-25", **fire),  # type: ignore[arg-type]
        ev("blog", 2, date="2025-02-25", place="赤崎町", **fire),  # type: ignore[arg-type]
    ]
    groups = merged(events)
    assert len(groups) == 1 and groups[0].conflict


# --------------------------------------------------------------------------- far planned dates

LISTING = dict(
    type="OTHER",
    trigger="上場",
    status="planned",
    actors=["honda", "nissan"],
    recipients=[],
)


def _listing(aid: str, n: int, date: str, **kw: object) -> Event:
    return ev(aid, n, date=date, date_text=date[:4] + "年" + date[5:7] + "月", **{**LISTING, **kw})  # type: ignore[arg-type]


def test_a_unique_planned_occasion_meets_across_a_year() -> None:
    events = [
        _listing("n5", 1, "2026-08"),
        _listing("n7", 1, "2026-08"),
        _listing("n3", 1, "2027-08"),
    ]
    groups = merged(events)
    assert len(groups) == 1 and groups[0].conflict


def test_a_far_planned_date_meets_a_group_that_also_holds_a_report() -> None:
    # One page words the plan as past (「上場させる計画でした」, read as occurred): the
    # planned mentions of the group still decide.
    events = [
        _listing("n5", 1, "2026-08"),
        _listing("n7", 1, "2026-08", status="occurred"),
        _listing("n3", 1, "2027-08"),
    ]
    assert len(merged(events)) == 1


@pytest.mark.parametrize(
    ("odd", "why"),
    [
        (dict(status="occurred"), "an event that happened is not a plan"),
        (dict(actors=["honda"]), "not the very same participants"),
        (dict(trigger="設立"), "another trigger"),
        (dict(sentence="上場は2027年8月に延期された。"), "the plan was moved on purpose"),
        (dict(actors=[]), "nobody named"),
    ],
)
def test_far_planned_dates_stay_apart_without_full_evidence(
    odd: dict[str, object], why: str
) -> None:
    events = [_listing("n5", 1, "2026-08"), _listing("n3", 1, "2027-08", **odd)]
    assert len(merged(events)) == 2, why


def test_two_planned_occasions_are_not_guessed_between() -> None:
    # Two planned listings (two exchanges) already apart: a third date joins neither.
    events = [
        _listing("a", 1, "2026-08"),
        _listing("a", 2, "2027-03"),
        _listing("b", 1, "2028-01"),
    ]
    assert len(merged(events)) == 3
