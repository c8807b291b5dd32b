"""Session 3, round 2 date rules of events/extraction.py: a time that only opens a stretch
(4日以降) gives no date; a day written right before the trigger dates it whatever GiNZA's
tree; terms a party of the lead meeting is reported to have put take the meeting's day;
a position taken in a vote takes the vote's day; a reaction given at a press conference
or in a statement takes the dated lead's day; signing one's own decree is no agreement.

The sentences are the project's own.
"""

from __future__ import annotations

import dataclasses

import pytest
from builders import A, article

from storyline.events import extract_events
from storyline.events.extraction import (
    bare_clause_day,
    date_by_lead_statement,
    finish,
    open_start,
    vote_day,
)
from storyline.models import Event, EventMention, Participant, TimeExpression, Token


def _time(body: str, text: str, value: str) -> TimeExpression:
    start = body.index(text)
    return TimeExpression(text=text, type="date", value=value, start=start, end=start + len(text))


def _event(
    body: str,
    trigger: str,
    *,
    type_: str = "OTHER",
    date: str | None = None,
    text: str | None = None,
    start: int = 0,
    actors: tuple[str, ...] = (),
    kind: str | None = None,
) -> Event:
    """An occurred event of the sentence ``body`` (at offset ``start`` of the article)."""
    at = start + body.index(trigger)
    mention = EventMention(
        article_id="art", sentence_index=0, sentence=body, start=start, end=start + len(body),
        trigger_start=at, trigger_end=at + len(trigger), date_text=text,
    )  # fmt: skip
    return Event(
        id="", article_id="art", type=type_, trigger=trigger, status="occurred",
        mention=mention, date=date,
        actors=tuple(Participant(entity=a, name=a, surface=a) for a in actors),
        attributes=(("kind", kind),) if kind else (),
    )  # fmt: skip


# --------------------------------------------------------------------------- open start


@pytest.mark.parametrize(
    ("body", "time", "trigger", "expected"),
    [
        ("町は4日以降も消火を続けるよう求めている。", ("4日", "2025-03-04"), "求め", True),
        ("社は1月末以後、案を示した。", ("1月末", "2025-01"), "示し", True),
        ("町は4日に消火を求めた。", ("4日", "2025-03-04"), "求め", False),
        ("町は4日まで消火を続けた。", ("4日", "2025-03-04"), "続け", False),
    ],
)  # fmt: skip
def test_a_time_that_opens_a_stretch_gives_no_date(
    body: str, time: tuple[str, str], trigger: str, expected: bool
) -> None:
    ev = _event(body, trigger, date=time[1], text=time[0])
    assert open_start(body, ev, [_time(body, *time)]) is expected


# --------------------------------------------------------------------------- bare clause day


def _tokens(body: str, words: tuple[tuple[str, str], ...]) -> list[Token]:
    """Tokens for ``words`` (surface, POS) found in ``body`` in order; the tree is not used."""
    out, at = [], 0
    for n, (surface, pos) in enumerate(words):
        at = body.index(surface, at)
        out.append(
            Token(i=n, sentence=0, start=at, end=at + len(surface), surface=surface,
                  lemma=surface, pos=pos, tag="", dep="dep", head=n)
        )  # fmt: skip
        at += len(surface)
    return out


@pytest.mark.parametrize(
    ("body", "words", "trigger", "expected"),
    [
        # GiNZA may cut the day off as a root of its own: the text still dates the outbreak.
        ("火事は3月2日午後に港町で発生した。",
         (("港町", "PROPN"), ("発生", "VERB")), "発生", "3月2日"),
        ("首相は3月2日に官邸で会談した。", (("官邸", "NOUN"), ("会談", "VERB")), "会談", "3月2日"),
        # A verb between: the day belongs to the relative clause (合意した), not to the refusal.
        ("ロシアは3月2日に合意した案を拒否した。",
         (("合意", "VERB"), ("案", "NOUN"), ("拒否", "VERB")), "拒否", None),
        # A comma between: the day frames another clause.
        ("市は3月2日に会見し、支援を求めた。",
         (("会見", "VERB"), ("支援", "NOUN"), ("求め", "VERB")), "求め", None),
        # No に after the day (3月2日の会談): a noun's day, not the predicate's.
        ("首相は3月2日の会談で支援を求めた。", (("会談", "NOUN"), ("求め", "VERB")), "求め", None),
    ],
)  # fmt: skip
def test_a_day_right_before_the_trigger_dates_it(
    body: str, words: tuple[tuple[str, str], ...], trigger: str, expected: str | None
) -> None:
    times = [_time(body, "3月2日", "2025-03-02")]
    found = bare_clause_day(body, _event(body, trigger), times, _tokens(body, words))
    assert (found.text if found else None) == expected


# --------------------------------------------------------------------------- terms of a meeting

LEAD = "米ロ首脳は18日、電話で会談した。"
LATER = "ロシア側は支援をやめるよう求めた。"


@pytest.mark.parametrize(
    ("type_", "actors", "expected"),
    [
        ("REQUEST", ("putin",), "2025-03-18"),  # terms put in the call
        ("REQUEST", ("zelensky",), None),  # not a party of the call
        ("ACCUSE", ("putin",), None),  # only terms are carried, not any act of a party
    ],
)
def test_terms_a_party_of_the_lead_meeting_put_take_its_day(
    type_: str, actors: tuple[str, ...], expected: str | None
) -> None:
    body = LEAD + "\n\n" + LATER
    lead = _event(LEAD, "会談", type_="CONSULT", date="2025-03-18", text="18日",
                  actors=("trump", "putin"))  # fmt: skip
    later = _event(LATER, "求め", type_=type_, start=body.index(LATER), actors=actors)
    out = finish([lead, later], "2025-03-19", lead_end=body.index("\n\n"))
    assert out[1].date == expected


# --------------------------------------------------------------------------- vote


VOTE = "予算案は4日の本会議で可決された。"


@pytest.mark.parametrize(
    ("between", "trigger", "expected"),
    [
        ("", "反対", "2025-03-04"),
        ("", "賛成", "2025-03-04"),
        ("", "批判", None),  # not a position in a vote
        ("与党は2月25日に合意した。", "反対", None),  # another dated event in between
    ],
)
def test_a_position_in_a_vote_takes_its_day(
    between: str, trigger: str, expected: str | None
) -> None:
    later = f"野党は{trigger}した。"
    body = VOTE + between + later
    vote = _event(VOTE, "可決", date="2025-03-04", text="4日", kind="vote")
    earlier = [vote]
    if between:
        earlier.append(_event(between, "合意", date="2025-02-25", start=len(VOTE)))
    ev = _event(later, trigger, start=body.index(later))
    assert vote_day(earlier, ev) == expected
    assert vote_day(earlier, dataclasses.replace(ev, status="planned")) is None


# --------------------------------------------------------------------------- signing


def _signed(thing: str) -> str:
    """大統領は<thing>に署名した。 in the builders notation."""
    return (
        "大統領 NOUN nsubj 4; は ADP case 0; "
        f"{thing} NOUN obl 4; に ADP case 2; 署名 VERB ROOT - 名詞-普通名詞-サ変可能; "
        "し=する AUX aux 4; た AUX aux 4; 。 PUNCT punct 4"
    )


@pytest.mark.parametrize(
    ("thing", "expected"),
    [
        ("布告", "OTHER"),  # one party's decree
        ("大統領令", "OTHER"),
        ("法案", "OTHER"),
        ("協定", "AGREE"),  # an agreement with another party
        ("合意書", "AGREE"),
    ],
)
def test_signing_ones_own_decree_is_no_agreement(thing: str, expected: str) -> None:
    a = article(_signed(thing), actors=(A("大統領", "donald_trump"),))
    assert [e.type for e in extract_events(a)] == [expected]


# --------------------------------------------------------------------------- statements

NEWS = "検察は17日、男を起訴した。"


@pytest.mark.parametrize(
    ("between", "said", "status", "expected"),
    [
        ("", "検事は記者会見で男を非難した。", "occurred", "2024-12-17"),
        ("", "委員長は声明で措置を批判した。", "occurred", "2024-12-17"),
        ("", "検事は男を非難した。", "occurred", None),  # no occasion of a statement named
        ("", "検事は記者会見で男を非難する。", "planned", None),
        # Another dated event in between: the statement may belong to that day.
        ("男は5日に逮捕された。", "検事は記者会見で男を非難した。", "occurred", None),
    ],
)
def test_a_statement_at_a_press_conference_takes_the_leads_day(
    between: str, said: str, status: str, expected: str | None
) -> None:
    body = NEWS + "\n\n" + between + said
    lead = _event(NEWS, "起訴", date="2024-12-17", text="17日")
    events = [lead]
    if between:
        events.append(_event(between, "逮捕", date="2024-12-05", start=body.index(between)))
    trigger = "非難" if "非難" in said else "批判"
    ev = _event(said, trigger, type_="ACCUSE", start=body.index(said))
    events.append(dataclasses.replace(ev, status=status))  # type: ignore[arg-type]
    assert date_by_lead_statement(events, body)[-1].date == expected
