"""Several occasions in one mention, claims dated by their statement, and the dated lead of a
page that opens with headlines (tests events/candidates.py ``date_list``/``occasions`` and the
rules ``_per_occasion``, ``_date_claims``, ``_date_by_dated_lead`` of events/extraction.py).

The sentences are the project's own wording; the parses are GiNZA's (parses.py).
"""

from __future__ import annotations

import parses as P
import pytest
from builders import A, T, article

from storyline.events import extract_events
from storyline.events.candidates import date_list
from storyline.models import Event, TimeExpression

MINISTERS = (A("外相", "minister_a", coref=True), A("外相", "minister_b", coref=True))
BOTH = (A("両首脳", "donald_trump", coref=True), A("両首脳", "vladimir_putin", coref=True))


def entities(ev: Event) -> set[str]:
    return {p.entity for p in (*ev.actors, *ev.recipients)}


def _times(body: str, *texts: str) -> list[TimeExpression]:
    out = []
    for n, text in enumerate(texts):
        at = body.index(text)
        out.append(
            TimeExpression(
                text=text, type="date", value=f"2025-0{n + 1}-1{n}", start=at, end=at + len(text)
            )
        )
    return out


@pytest.mark.parametrize(
    ("text", "counted", "expected"),
    [
        ("会談は2月12日と3月18日の2回が公表された", True, 2),
        ("会談は2月12日、3月18日、4月2日の3回", True, 3),
        ("会談は2月12日と3月18日の二回", True, 2),
        ("会談は2月12日と3月18日の3回", True, 0),  # the count does not match the list
        ("会談は2月12日と3月18日に行われた", True, 0),  # に: only for a predicate's own list
        ("両氏は2月12日と3月18日に会談した", False, 2),
        ("両氏は2月12日に会い、3月18日に会談した", False, 0),  # two clauses, no list
    ],
)
def test_date_list(text: str, counted: bool, expected: int) -> None:
    dates = [d for d in ("2月12日", "3月18日", "4月2日") if d in text]
    times = _times(text, *dates)
    assert len(date_list(times, text, 0, len(text), counted=counted)) == expected


def test_a_counted_list_of_dates_gives_one_background_meeting_per_date() -> None:
    a = article(
        P.LISTED_MEETINGS,
        actors=MINISTERS,
        times=(T("昨年", "2024"), T("5月9日", "2024-05-09"), T("6月20日", "2024-06-20")),
        published="2025-03-19T07:00:00+09:00",
    )
    found = [(e.type, e.date, e.mention.background, e.mention.date_text) for e in extract_events(a)]
    assert found == [
        ("CONSULT", "2024-05-09", True, "5月9日"),
        ("CONSULT", "2024-06-20", True, "6月20日"),
    ]
    assert all(entities(e) == {"minister_a", "minister_b"} for e in extract_events(a))


def test_a_list_of_dates_on_a_verb_gives_one_meeting_per_date() -> None:
    a = article(
        P.LISTED_DAYS,
        actors=MINISTERS,
        times=(T("4月3日", "2025-04-03"), T("5月8日", "2025-05-08")),
        published="2025-06-01T07:00:00+09:00",
    )
    found = [(e.type, e.date, e.status, e.mention.background) for e in extract_events(a)]
    assert found == [
        ("CONSULT", "2025-04-03", "occurred", False),
        ("CONSULT", "2025-05-08", "occurred", False),
    ]


PESKOV = (A("報道官", "dmitry_peskov", name="Dmitry Peskov"), A("報道官", "dmitry_peskov", nth=1))


def _claimed_talks(claim: str) -> Event:
    """The talks Peskov's ``claim`` paragraph tells of, in a page where he spoke on the 10th."""
    a = article(
        claim,
        "\n\n",
        P.SAID_ON_DAY,
        actors=(*PESKOV, *BOTH),
        times=(T("10日", "2025-06-10"),),
        published="2025-06-11T08:00:00+09:00",
    )
    return next(e for e in extract_events(a) if e.trigger == "会談")


def test_a_hedged_past_claim_is_dated_by_the_speakers_statement_day() -> None:
    claim = _claimed_talks(P.CLAIM_PAST)
    assert (claim.status, claim.date, claim.mention.claimed_by_entity) == (
        "hedged",
        "2025-06-10",
        "dmitry_peskov",
    )
    assert claim.mention.date_text == "10日"


def test_a_hedged_future_stays_undated() -> None:
    claim = _claimed_talks(P.CLAIM_FUTURE)
    assert (claim.status, claim.date) == ("hedged", None)


def test_an_undated_claim_without_a_dated_statement_stays_undated() -> None:
    a = article(P.CLAIM_PAST, actors=(PESKOV[0], *BOTH), published="2025-06-11T08:00:00+09:00")
    claim = next(e for e in extract_events(a) if e.trigger == "会談")
    assert (claim.status, claim.date) == ("hedged", None)


ISHIBA = "shigeru_ishiba"
TRUMP = "donald_trump"
LEAD_ACTORS = (
    A("首相", ISHIBA),
    A("大統領", TRUMP),
    A("両首脳", ISHIBA, coref=True, nth=1),  # the 0th is in the headline
    A("両首脳", TRUMP, coref=True, nth=1),
    A("大統領", TRUMP, nth=1),
    A("首相", ISHIBA, nth=1),
    A("首相", ISHIBA, nth=2),
    A("知事", "provisional:知事", provisional=True),
)


def _blog() -> list[Event]:
    """A page without a publication date that opens with a headline, then the dated lead."""
    a = article(
        P.HEADLINE,
        "\n\n",
        P.DATED_LEAD,
        "\n\n",
        P.AGREED_IN_IT,
        "\n\n",
        P.REFUSED_IN_IT,
        "\n\n",
        P.LATER_MEETING,
        actors=LEAD_ACTORS,
        times=(T("2025年4月2日", "2025-04-02"),),
        published=None,
    )
    return list(extract_events(a))


def test_what_was_done_in_the_dated_lead_meeting_takes_its_date() -> None:
    found: dict[tuple[str, str], Event] = {}
    for e in _blog():
        found.setdefault((e.type, e.trigger), e)  # the first of each: the lead's meeting
    assert found[("CONSULT", "会談")].date == "2025-04-02"
    assert found[("AGREE", "合意")].date == "2025-04-02"
    refusal = found[("REJECT", "拒否")]
    assert (refusal.date, refusal.status) == ("2025-04-02", "occurred")
    assert TRUMP in {p.entity for p in refusal.actors}


def test_another_meeting_after_the_dated_lead_stays_undated() -> None:
    later = [e for e in _blog() if e.type == "CONSULT" and "provisional:知事" in entities(e)]
    assert [e.date for e in later] == [None]


def test_a_list_of_dates_may_carry_weekdays() -> None:
    text = "両チームは3月18日（火）と19日（水）に対戦する"
    times = [
        TimeExpression(
            text=t, type="date", value=v, start=text.index(t), end=text.index(t) + len(t)
        )
        for t, v in (("3月18日（火）", "2025-03-18"), ("19日（水）", "2025-03-19"))
    ]
    found = date_list(times, text, 0, len(text), counted=False)
    assert [t.value for t in found] == ["2025-03-18", "2025-03-19"]


def test_a_since_cleft_dates_the_earlier_meeting() -> None:
    a = article(
        P.SINCE_CLEFT,
        actors=BOTH,
        times=(T("5月9日", "2024-05-09"), T("今年", "2025")),
    )
    found = [(e.type, e.date, e.mention.background, e.mention.date_text) for e in extract_events(a)]
    assert found == [("CONSULT", "2024-05-09", True, "5月9日")]
    assert all(entities(e) == {"donald_trump", "vladimir_putin"} for e in extract_events(a))


def _news(refusal: str, *middle: str) -> list[Event]:
    """A dated page whose first paragraph is the lead meeting, then ``middle``, then a refusal
    by one of its two participants (one participant: the lead rule of finish() needs two)."""
    listed = P.LISTED_DAYS in middle
    a = article(
        P.DATED_LEAD,
        "\n\n",
        *middle,
        refusal,
        actors=(
            A("首相", ISHIBA),
            A("大統領", TRUMP),
            A("大統領", TRUMP, nth=1),
            *(MINISTERS if listed else ()),
        ),
        times=(
            T("2025年4月2日", "2025-04-02"),
            *((T("4月3日", "2025-04-03"), T("5月8日", "2025-05-08")) if listed else ()),
        ),
        published="2025-06-01T07:00:00+09:00",
    )
    return list(extract_events(a))


@pytest.mark.parametrize(
    ("refusal", "expected"),
    [
        (P.REFUSED_IN_MEETING, "2025-04-02"),  # 会談の場で…拒否した: done in the lead meeting
        (P.REFUSED_ALONE, None),  # a bare later sentence may tell another occasion
    ],
)
def test_what_the_lead_meeting_decided_further_down_takes_its_date(
    refusal: str, expected: str | None
) -> None:
    found = [(e.type, e.date) for e in _news(refusal)]
    assert found == [("CONSULT", "2025-04-02"), ("REJECT", expected)]


def test_an_event_with_another_date_ends_the_lead_meeting() -> None:
    found = [(e.type, e.date) for e in _news(P.REFUSED_IN_MEETING, P.LISTED_DAYS, "\n\n")]
    assert ("REJECT", None) in found


def test_days_sharing_one_hi_are_one_occasion() -> None:
    # 28、29日に会合を開く: a two-day meeting (the days share one 日), not two meetings.
    text = "理事会は28、29日に会合を開く"
    times = _times(text, "28", "29日")
    assert date_list(times, text, 0, len(text), counted=False) == ()
