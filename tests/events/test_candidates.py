"""Light verbs that carry only a goal in に (tests events/candidates.py ``_light_link``)."""

from __future__ import annotations

import parses as P
import pytest
from builders import A, T, article

from storyline.events import extract_events

COMPANIES = (A("両社", "company_a", "org", coref=True), A("両社", "company_b", "org", coref=True))


@pytest.mark.parametrize(
    ("spec", "time", "expected"),
    [
        (P.ENTERED_TALKS, T("3月", "2025-03"), [("CONSULT", "交渉")]),  # the talks began
        (P.TOPIC_ON_ENTER, T("今年", "2025"), []),  # 交渉は今年に入り: only a topic
    ],
)
def test_enter_carries_only_a_noun_in_ni(
    spec: str, time: T, expected: list[tuple[str, str]]
) -> None:
    a = article(spec, actors=COMPANIES, times=(time,))
    assert [(e.type, e.trigger) for e in extract_events(a)] == expected


MINISTER = A("外相", "minister_a")
GOVERNMENT = A("政府", "government_a", "org")


@pytest.mark.parametrize(
    ("spec", "actor", "times", "expected"),
    [
        # …が前提になると主張した: a condition named in a statement is a demand
        (P.DEMAND_PREMISE, MINISTER, (), [("REQUEST", "主張", "解除", None)]),
        # …されるまで発効しないとする声明を出した: not until X is a demand for X
        (
            P.DEMAND_UNTIL,
            GOVERNMENT,
            (T("5日", "2025-03-05"),),
            [("REQUEST", "声明", "撤廃", "2025-03-05")],
        ),
        (P.CLAIM_PLAIN, MINISTER, (), []),  # 順調に進んでいると主張した: a claim, no demand
        (P.SO_FAR_NOT, MINISTER, (), []),  # これまで守られてこなかった: "so far", no "until"
    ],
)
def test_a_statement_naming_a_condition_is_a_demand(
    spec: str, actor: A, times: tuple[T, ...], expected: list[tuple[str, str, str, str | None]]
) -> None:
    a = article(spec, actors=(actor,), times=times)
    found = [
        (e.type, e.trigger, dict(e.attributes).get("content"), e.date) for e in extract_events(a)
    ]
    assert found == expected
    assert all(actor.entity in {p.entity for p in e.actors} for e in extract_events(a))


def test_a_game_is_played_with_a_carrier_verb() -> None:
    a = article(
        P.OPENER,
        actors=(A("チーム", "provisional:チーム", "org", provisional=True),),
        times=(T("28日", "2025-03-28"),),
    )
    found = [
        (e.type, e.trigger, e.status, e.date, dict(e.attributes).get("kind"))
        for e in extract_events(a)
    ]
    assert found == [("OTHER", "開幕戦", "planned", "2025-03-28", "game")]


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        (P.IN_CASE, []),  # …に違反した場合には、…制裁を科す: what would be done
        (P.SANCTIONED, [("SANCTION", "occurred")]),  # 制裁を科した: done
    ],
)
def test_an_in_case_clause_makes_the_predicate_hypothetical(
    spec: str, expected: list[tuple[str, str]]
) -> None:
    actors = (A("政府", "government_a", "org"), A("ロシア", "russia", "country"))
    a = article(spec, actors=tuple(x for x in actors if x.surface in spec))
    assert [(e.type, e.status) for e in extract_events(a)] == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # 大統領と hung on 示した: still the partner of the talk
        (P.PARTNER_ABOVE, [("CONSULT", "planned", ("shigeru_ishiba",), ("donald_trump",))]),
        (P.QUOTE_ABOVE, []),  # 「…」と…話をする: a quotation is no partner
    ],
)
def test_a_talk_finds_its_partner_hung_above_it(
    spec: str, expected: list[tuple[str, str, tuple[str, ...], tuple[str, ...]]]
) -> None:
    actors = (A("首相", "shigeru_ishiba"), A("大統領", "donald_trump"))
    a = article(spec, actors=tuple(x for x in actors if x.surface in spec))
    found = [
        (
            e.type,
            e.status,
            tuple(p.entity for p in e.actors),
            tuple(p.entity for p in e.recipients),
        )
        for e in extract_events(a)
    ]
    assert found == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # 両国がジュネーブで合意した停戦案: a relative clause with its own place is kept
        (P.PLACED_RELATIVE, [("AGREE", "ジュネーブ", True)]),
        (P.BARE_RELATIVE, []),  # 両国が合意した停戦案: only describes the plan
    ],
)
def test_a_relative_clause_with_its_own_place_is_a_background_mention(
    spec: str, expected: list[tuple[str, str | None, bool]]
) -> None:
    actors = (
        A("両国", "country_a", "country", coref=True),
        A("両国", "country_b", "country", coref=True),
        A("ジュネーブ", "geneva", "place"),
    )
    a = article(spec, actors=tuple(x for x in actors if x.surface in spec))
    found = [(e.type, e.place, e.mention.background) for e in extract_events(a)]
    assert found == expected
