"""Session 4 detection, status, type and date rules of the events stage (issue 4): verbs
that move a level typed by their object (引き上げる), an act decided (…ことを決めた) and the
meeting day it was decided on, an order to a company (COERCE), a concessive 'even if'
frame, a condition stated as a position (…後になるとの立場を示した), the day of the act an
outcome follows from (…同意し、予算は成立した), and a confirmation that needs a doer.

Hand-built parses of the project's own sentences (see builders.py), shaped like GiNZA's.
"""

from __future__ import annotations

import dataclasses

import pytest
from builders import A, T, article

from storyline.events import extract_events
from storyline.events.extraction import (
    _date_by_meeting,
    _mutual,
    after_day,
    bill_vote_day,
    dropped_plan,
    news_day,
    numbered_day,
    vote_after,
    vote_day,
)
from storyline.models import ActorMention, Event, EventMention, Participant, TimeExpression

BOJ = A("日銀", "bank_of_japan", kind="org")


def _by_trigger(events: tuple[Event, ...], trigger: str) -> list[Event]:
    return [e for e in events if e.trigger.endswith(trigger)]


# --- a verb that moves a level: the object says what it is --------------------------------

RAISE = "日銀 PROPN nsubj 5; は ADP case 0; 政策 NOUN compound 3; {obj} NOUN obj 5; を ADP case 3; 引き上げ=引き上げる VERB ROOT -; た AUX aux 5; 。 PUNCT punct 5"


@pytest.mark.parametrize(
    ("obj", "expected"),
    [
        ("金利", ("OTHER", "rate")),  # 政策金利を引き上げた: a rate decision
        ("見通し", ("OTHER", "forecast")),  # 政策見通しを引き上げた: a forecast revised
        ("部隊", None),  # troops withdrawn: not a level this rule types, no event
        ("関税", None),  # a tariff raised or threatened: left out (see cues.tsv)
    ],
)
def test_a_level_verb_is_typed_by_its_object(obj: str, expected: tuple[str, str] | None) -> None:
    events = extract_events(article(RAISE.format(obj=obj), actors=(BOJ,)))
    got = _by_trigger(events, "引き上げ")
    if expected is None:
        assert got == []
        return
    assert [(e.type, dict(e.attributes).get("kind")) for e in got] == [expected]
    assert [a.entity for a in got[0].actors] == ["bank_of_japan"]


# --- an act decided is taken; its day is the day the meeting that decided it ended ---------

DECIDED = (
    "日銀 PROPN nsubj 15; は ADP case 0; 20 NUM nummod 3; 日 NOUN obl 5; まで ADP case 3; "
    "開い=開く VERB acl 7; た AUX aux 5; 会合 NOUN obl 15 名詞-普通名詞-サ変可能; で ADP case 7; "
    "、 PUNCT punct 7; 金利 NOUN obj 12; を ADP case 10; 引き上げる VERB acl 13; "
    "こと NOUN obj 15; を ADP case 13; 決め=決める VERB ROOT -; {tail} AUX aux 15; 。 PUNCT punct 15"
)


@pytest.mark.parametrize(
    ("tail", "status", "date"),
    [
        ("た", "occurred", "2025-03-20"),  # 決めた: decided at the meeting that ended on the 20th
        ("る", "planned", None),  # 決める (will decide): nothing is taken yet
    ],
)
def test_an_act_decided_is_taken_on_the_meetings_last_day(
    tail: str, status: str, date: str | None
) -> None:
    a = article(
        DECIDED.format(tail=tail),
        actors=(BOJ,),
        times=(T("20日", "2025-03-20"),),
        published="2025-03-21T12:00:00+09:00",
    )
    got = _by_trigger(extract_events(a), "引き上げる")
    assert [(e.type, e.status, e.date) for e in got] == [("OTHER", status, date)]


# --- an order to a company coerces it; an order to one's own agency is an order -----------

ORDER = "厚労省 PROPN nsubj 8; は ADP case 0; {addressee} NOUN obl 8; に ADP case 2; 製品 NOUN nmod 6; の ADP case 4; {what} NOUN obj 8 名詞-普通名詞-サ変可能; を ADP case 6; 命じ=命じる VERB ROOT -; た AUX aux 8; 。 PUNCT punct 8"
MHLW = A("厚労省", "mhlw", kind="org")


@pytest.mark.parametrize(
    ("addressee", "actor", "what", "expected"),
    [
        ("同社", A("同社", "provisional:製薬会社", kind="org", provisional=True), "回収", "COERCE"),
        ("両社", A("両社", "provisional:A社", kind="org", provisional=True), "点検", "COERCE"),
        (
            "委員会",
            A("委員会", "provisional:委員会", kind="org", provisional=True),
            "点検",
            "OTHER",
        ),
    ],
)
def test_an_order_to_a_company_is_coerce(
    addressee: str, actor: A, what: str, expected: str
) -> None:
    spec = ORDER.format(addressee=addressee, what=what)
    got = _by_trigger(extract_events(article(spec, actors=(MHLW, actor))), "命じ")
    assert [e.type for e in got] == [expected]
    assert got[0].mode is None


# --- a concessive 'even if' frame tells a rule, not an event -------------------------------

EVEN_IF = (
    "ロシア PROPN nsubj 2 名詞-固有名詞-地名-国; が ADP case 0; 反対 VERB advcl 11 "
    "名詞-普通名詞-サ変可能; し=する AUX aux 2; て SCONJ mark 2; も ADP case 2; 、 PUNCT punct 2; "
    "日本 PROPN nsubj 11 名詞-固有名詞-地名-国; は ADP case 7; 制裁 NOUN obj 11 "
    "名詞-普通名詞-サ変可能; を ADP case 9; 科す VERB ROOT -; 。 PUNCT punct 11"
)
# The same without も: …反対して、日本は制裁を科す (the sanction follows the objection).
AFTER = (
    "ロシア PROPN nsubj 2 名詞-固有名詞-地名-国; が ADP case 0; 反対 VERB advcl 10 "
    "名詞-普通名詞-サ変可能; し=する AUX aux 2; て SCONJ mark 2; 、 PUNCT punct 2; "
    "日本 PROPN nsubj 10 名詞-固有名詞-地名-国; は ADP case 6; 制裁 NOUN obj 10 "
    "名詞-普通名詞-サ変可能; を ADP case 8; 科す VERB ROOT -; 。 PUNCT punct 10"
)
ACTORS = (A("ロシア", "russia", kind="country"), A("日本", "japan", kind="country"))


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        (EVEN_IF, []),  # ロシアが反対しても、日本は制裁を科す: what would be done anyway
        (AFTER, [("SANCTION", "planned")]),  # no 'even if': a sanction planned
    ],
)
def test_a_sanction_imposed_even_if_someone_objects_is_no_event(
    spec: str, expected: list[tuple[str, str]]
) -> None:
    events = extract_events(article(spec, actors=ACTORS))
    assert [(e.type, e.status) for e in _by_trigger(events, "制裁")] == expected


def test_the_even_if_clause_itself_is_no_event() -> None:
    # ロシアが反対しても: a hypothetical objection, like ロシアが反対すれば
    events = extract_events(article(EVEN_IF, actors=ACTORS))
    assert events == ()


# --- a condition stated as a position is a demand ------------------------------------------

POSITION = (
    "大統領府 PROPN nsubj 22; は ADP case 0; 、 PUNCT punct 0; 合意 NOUN nsubj 5 "
    "名詞-普通名詞-サ変可能; が ADP case 3; 発効 VERB advcl 17 名詞-普通名詞-サ変可能; "
    "する AUX aux 5; の SCONJ mark 5; は ADP case 5; 制裁 NOUN nsubj 11 名詞-普通名詞-サ変可能; "
    "が ADP case 9; 解除 VERB acl 15 名詞-普通名詞-サ変可能; さ=する AUX aux 11; "
    "れ=れる AUX aux 11; た AUX aux 11; 後 NOUN obl 17; に ADP case 15; {end} VERB nmod 20; "
    "と ADP case 17; の ADP case 17; 立場 NOUN obj 22; を ADP case 20; 示し=示す VERB ROOT -; "
    "た AUX aux 22; 。 PUNCT punct 22"
)


@pytest.mark.parametrize(
    ("end", "expected"),
    [
        ("なる", ["REQUEST"]),  # …発効するのは制裁が解除された後になる: a condition, a demand
        ("始まる", []),  # …後に始まる: when something starts, no condition put to anyone
    ],
)
def test_a_condition_stated_as_a_position_is_a_request(end: str, expected: list[str]) -> None:
    spec = POSITION.format(end=end)
    events = extract_events(article(spec, actors=(A("大統領府", "kremlin", kind="org"),)))
    assert [e.type for e in events if e.type != "OTHER"] == expected
    if expected:
        # 発効 and 解除 are what is demanded (the REQUEST's content), not events of their own
        assert [e.type for e in events] == expected


# --- an outcome with no party takes the day of the act it follows from --------------------

OUTCOME = (
    "衆院 NOUN nsubj 9; は ADP case 0; 31 NUM nummod 3; 日 NOUN nmod 5; の ADP case 3; "
    "本会議 NOUN obl 9; で ADP case 5; 修正 NOUN obl 9 名詞-普通名詞-サ変可能; に ADP case 7; "
    "同意 VERB advcl 14 名詞-普通名詞-サ変可能; し=する AUX aux 9; 、 PUNCT punct 9; "
    "予算 NOUN nsubj 14; は ADP case 12; 成立 VERB ROOT - 名詞-普通名詞-サ変可能; "
    "し=する AUX aux 14; た AUX aux 14; 。 PUNCT punct 14"
)


def test_an_outcome_takes_the_day_of_the_act_it_follows_from() -> None:
    a = article(
        OUTCOME,
        actors=(A("衆院", "house_of_representatives_japan", kind="org"),),
        times=(T("31日", "2025-03-31"),),
        published="2025-04-01T07:00:00+09:00",
    )
    got = _by_trigger(extract_events(a), "成立")
    assert [(e.type, e.date, e.actors, e.recipients) for e in got] == [
        ("OTHER", "2025-03-31", (), ())
    ]


# --- a confirmation needs a doer among its two parties ---------------------------------------


def _mention(entity: str) -> ActorMention:
    return ActorMention(entity=entity, name=entity, surface=entity, start=0, end=1, kind="country")


@pytest.mark.parametrize(
    ("doers", "others", "expected"),
    [
        (["japan", "united_states"], [], True),  # 両首脳は…確認した
        (["japan"], ["united_states"], True),  # 首相は大統領と…確認した
        ([], ["japan", "united_states"], False),  # 日米同盟の強化を確認し: owners only
        (["japan"], [], False),  # 市は…確認した: one party verifying a fact
    ],
)
def test_a_confirmation_needs_a_doer_and_two_parties(
    doers: list[str], others: list[str], expected: bool
) -> None:
    assert _mutual([_mention(x) for x in doers], [_mention(x) for x in others]) is expected


# --- the terms of a deal are its content, not events ------------------------------------

TERMS = (
    "{src} NOUN obl 9 名詞-普通名詞-サ変可能; に ADP case 0; よる VERB fixed 1; と SCONJ fixed 1; "
    "、 PUNCT punct 0; ハマス PROPN nsubj 9; は ADP case 5; 人質 NOUN obj 9; を ADP case 7; "
    "解放 VERB ROOT - 名詞-普通名詞-サ変可能; する AUX aux 9; 。 PUNCT punct 9"
)
HAMAS = (A("ハマス", "hamas", kind="org"),)


@pytest.mark.parametrize(
    ("src", "expected"),
    [
        ("合意", []),  # 合意によると、ハマスは人質を解放する: a term of the deal
        ("提案", []),  # 提案によると: what the proposal asks, not an event
        ("報道", [("RETREAT", "planned")]),  # 報道によると: the outlet's source, kept
    ],
)
def test_undated_terms_of_a_deal_are_no_events(src: str, expected: list[tuple[str, str]]) -> None:
    spec = TERMS.format(src=src)
    events = extract_events(article(spec, actors=HAMAS))
    assert [(e.type, e.status) for e in _by_trigger(events, "解放")] == expected


# --- readiness to help is the help, planned; readiness to halt or swap is an offer (AGREE) --

READY = (
    "日本 PROPN nsubj 7 名詞-固有名詞-地名-国; は ADP case 0; {noun} NOUN obj 4 "
    "名詞-普通名詞-サ変可能; を ADP case 2; 行う VERB acl 5; 用意 NOUN nsubj 7; が ADP case 5; "
    "ある VERB ROOT -; 。 PUNCT punct 7"
)


@pytest.mark.parametrize(
    ("noun", "expected"),
    [
        ("支援", [("AID", "planned")]),  # 支援を行う用意がある: aid offered, not yet given
        ("交換", [("AGREE", "occurred")]),  # 捕虜の交換を行う用意: an offer answering a plan
    ],
)
def test_readiness_to_help_stays_help(noun: str, expected: list[tuple[str, str]]) -> None:
    spec = READY.format(noun=noun)
    events = extract_events(article(spec, actors=(A("日本", "japan", kind="country"),)))
    assert [(e.type, e.status) for e in events] == expected


# --- a board member's vote follows the board's rate decision -----------------------------

RATE_BODY = "日銀は20日、金利を引き上げた。委員の1人は反対した。"


def _dated(trigger: str, kind: str | None, date: str | None, type_: str = "OTHER") -> Event:
    sentence = RATE_BODY.split("。")[0 if trigger != "反対" else 1] + "。"
    start = RATE_BODY.index(sentence)
    at = start + sentence.index(trigger)
    mention = EventMention(
        article_id="art", sentence_index=0, sentence=sentence, start=start,
        end=start + len(sentence), trigger_start=at, trigger_end=at + len(trigger),
    )  # fmt: skip
    return Event(
        id="", article_id="art", type=type_, trigger=trigger, status="occurred",  # type: ignore[arg-type]
        mention=mention, date=date, attributes=(("kind", kind),) if kind else (),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("rate", "2025-03-20"),  # 金利を引き上げた, then 委員の1人は反対した: the board's vote
        ("vote", "2025-03-20"),  # as before: a vote
        ("price", None),  # a price raised is no vote of a board
    ],
)
def test_a_position_takes_the_day_of_the_rate_decision(kind: str, expected: str | None) -> None:
    decision = _dated("引き上げ", kind, "2025-03-20")
    position = _dated("反対", None, None, type_="REJECT")
    assert vote_day([decision], position) == expected


# --- a proposal received is a REQUEST made to the subject; 提案を受けて is only "following" ---

RECEIVED = (
    "ニデック PROPN nsubj 6; は ADP case 0; 他社 NOUN obl 6; から ADP case 2; 提案 NOUN obj 6 "
    "名詞-普通名詞-サ変可能; を ADP case 4; 受け=受ける VERB ROOT -; た AUX aux 6; 。 PUNCT punct 6"
)
FOLLOWING = (
    "ニデック PROPN nsubj 9; は ADP case 0; 提案 NOUN obj 4 名詞-普通名詞-サ変可能; を ADP case 2; "
    "受け=受ける VERB advcl 9; て SCONJ mark 4; 、 PUNCT punct 4; 協議 NOUN obj 9 "
    "名詞-普通名詞-サ変可能; を ADP case 7; 始め=始める VERB ROOT -; た AUX aux 9; 。 PUNCT punct 9"
)
NIDEC = (A("ニデック", "provisional:ニデック", kind="org", provisional=True),)


def test_a_proposal_received_is_a_request_to_the_subject() -> None:
    # ニデックは他社から提案を受けた: the one asked is the subject; the asker is not named
    events = extract_events(article(RECEIVED, actors=NIDEC))
    got = [(e.type, e.actors, [r.entity for r in e.recipients]) for e in events]
    assert got == [("REQUEST", (), ["provisional:ニデック"])]


def test_following_a_proposal_is_no_request() -> None:
    events = extract_events(article(FOLLOWING, actors=NIDEC))
    assert "REQUEST" not in [e.type for e in events]


# --- a position told before the vote in its own sentence takes the vote's day --------------

VOTE_SENTENCE = "予算案は4日、与党が賛成し、可決された。"


def _in_vote_sentence(trigger: str, type_: str, date: str | None, kind: str | None) -> Event:
    at = VOTE_SENTENCE.index(trigger)
    mention = EventMention(
        article_id="art", sentence_index=0, sentence=VOTE_SENTENCE, start=0,
        end=len(VOTE_SENTENCE), trigger_start=at, trigger_end=at + len(trigger),
    )  # fmt: skip
    return Event(
        id="", article_id="art", type=type_, trigger=trigger, status="occurred",  # type: ignore[arg-type]
        mention=mention, date=date, attributes=(("kind", kind),) if kind else (),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("kind", "date", "expected"),
    [
        ("vote", "2025-03-04", "2025-03-04"),  # 与党が賛成し、可決された: the vote of the 4th
        ("vote", "2025-03", None),  # a month dates no vote of a day
        (None, "2025-03-04", None),  # not a vote (e.g. a statement after the position)
    ],
)
def test_a_position_takes_the_day_of_the_vote_told_after_it(
    kind: str | None, date: str, expected: str | None
) -> None:
    position = _in_vote_sentence("賛成", "SUPPORT", None, None)
    vote = _in_vote_sentence("可決", "OTHER", date, kind)
    assert vote_after(position, [vote]) == expected
    assert vote_after(vote, [position]) is None  # the vote is no position


# --- a numbered occasion is dated where the article dates it ------------------------------

SERIES = (
    "💡 第2戦は大谷が本塁打。\n\n3月19日の第2戦は、ドジャースが勝った。\n\n開幕戦は3月18日だった。"
)


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("💡 第2戦は大谷が本塁打。", "--03-19"),  # dated later as 3月19日の第2戦
        ("第3戦は雨で中止。", None),  # 第3戦 is dated nowhere
        ("大谷が第2戦で本塁打。", None),  # the sentence does not open on the occasion
    ],
)
def test_a_numbered_occasion_takes_its_day_from_anywhere_in_the_article(
    opening: str, expected: str | None
) -> None:
    body = SERIES.replace("💡 第2戦は大谷が本塁打。", opening)
    at = body.index("3月19日")
    times = [TimeExpression(text="3月19日", type="date", value="--03-19", start=at, end=at + 5)]
    got = numbered_day(body, 0, times)
    assert (got.value if got else None) == expected


# --- a public advisory is no demand ---------------------------------------------------------

CALL = (
    "政府 NOUN nsubj 6; は ADP case 0; ロシア PROPN obl 6 名詞-固有名詞-地名-国; に ADP case 2; "
    "{obj} NOUN obj 6; を ADP case 4; 呼びかけ=呼びかける VERB ROOT -; た AUX aux 6; 。 PUNCT punct 6"
)
GOV = (A("政府", "japan_government", kind="org"), A("ロシア", "russia", kind="country"))


@pytest.mark.parametrize(
    ("obj", "expected"),
    [
        ("注意", []),  # 注意を呼びかけた: an advisory
        ("警戒", []),
        ("自制", ["REQUEST"]),  # ロシアに自制を呼びかけた: a demand on a party
    ],
)
def test_a_public_advisory_is_no_request(obj: str, expected: list[str]) -> None:
    events = extract_events(article(CALL.format(obj=obj), actors=GOV))
    assert [e.type for e in events] == expected


# --- a same-day disaster report dates its casualties and evacuations by publication ------

QUAKE = "3日朝、地震があった。\n\n9人が死亡した。\n\n市は避難指示を出した。\n\n知事は国を批判した。"


def _quake_event(sentence: str, trigger: str, kind: str | None, date: str | None) -> Event:
    start = QUAKE.index(sentence)
    at = start + sentence.index(trigger)
    mention = EventMention(
        article_id="art", sentence_index=0, sentence=sentence, start=start,
        end=start + len(sentence), trigger_start=at, trigger_end=at + len(trigger),
    )  # fmt: skip
    return Event(
        id="", article_id="art", type="OTHER" if kind else "ACCUSE", trigger=trigger,
        status="occurred", mention=mention, date=date,
        attributes=(("kind", kind),) if kind else (),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        # published the day of the quake: its deaths and evacuations that day; criticism not
        ("2024-04-03T19:50:00+09:00", ["2024-04-03", "2024-04-03", "2024-04-03", None]),
        # a report of the next day: nothing is dated by its publication
        ("2024-04-04T07:00:00+09:00", ["2024-04-03", None, None, None]),
    ],
)
def test_a_same_day_disaster_report_dates_what_unfolds(
    published: str, expected: list[str | None]
) -> None:
    events = [
        _quake_event("3日朝、地震があった。", "地震", "disaster", "2024-04-03"),
        _quake_event("9人が死亡した。", "死亡", "casualty", None),
        _quake_event("市は避難指示を出した。", "避難指示", "evacuation", None),
        _quake_event("知事は国を批判した。", "批判", None, None),
    ]
    lead_end = QUAKE.index("\n\n")
    got = news_day(events, published, lead_end, [])
    assert [e.date for e in got] == expected


# --- a meeting told over several days dates nothing after it -------------------------------


def _talks_event(body: str, sentence: str, trigger: str, type_: str, date: str | None) -> Event:
    start = body.index(sentence)
    at = start + sentence.index(trigger)
    mention = EventMention(
        article_id="art", sentence_index=body[:start].count("。"), sentence=sentence,
        start=start, end=start + len(sentence), trigger_start=at,
        trigger_end=at + len(trigger),
    )  # fmt: skip
    parties = ("united_states", "russia", "ukraine")
    return Event(
        id="", article_id="art", type=type_, trigger=trigger, status="occurred",  # type: ignore[arg-type]
        mention=mention, date=date,
        actors=tuple(Participant(entity=x, name=x, surface=x) for x in parties),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("talks", "expected"),
    [
        ("米国は24日、両国とそれぞれ協議した。", "2025-03-24"),  # one sitting: agreed in it
        ("米国は23日にウクライナと、24日にロシアとそれぞれ協議した。", None),  # two sittings
    ],
)
def test_a_meeting_over_several_days_dates_nothing_after_it(
    talks: str, expected: str | None
) -> None:
    agreed = "米国と両国は、航行の安全を確保することで一致した。"
    body = talks + agreed
    events = [
        _talks_event(body, talks, "協議", "CONSULT", "2025-03-24"),
        _talks_event(body, agreed, "一致", "AGREE", None),
    ]
    assert [e.date for e in _date_by_meeting(events, body)] == ["2025-03-24", expected]


# --- session 4, round 2: a position on a bill takes the day of the vote on that bill ------

BILL_BODY = "衆院は13日、決議案を否決した。国会は13日に閉会した。共産党なども{bill}に賛成した。"


def _bill_event(body: str, n: int, trigger: str, type_: str, date: str | None) -> Event:
    sentence = body.split("。")[n] + "。"
    start = body.index(sentence)
    at = start + sentence.index(trigger)
    mention = EventMention(
        article_id="art", sentence_index=n, sentence=sentence, start=start,
        end=start + len(sentence), trigger_start=at, trigger_end=at + len(trigger),
    )  # fmt: skip
    return Event(
        id="", article_id="art", type=type_, trigger=trigger, status="occurred",  # type: ignore[arg-type]
        mention=mention, date=date,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("bill", "expected"),
    [
        ("決議案", "2025-12-13"),  # the bill voted down two sentences before, a 閉会 between
        ("不信任決議案", "2025-12-13"),  # written in full: its last characters name it
        ("予算案", None),  # another bill: no vote on it is told
    ],
)
def test_a_position_on_a_bill_takes_the_day_of_its_vote(bill: str, expected: str | None) -> None:
    body = BILL_BODY.format(bill=bill)
    vote = _bill_event(body, 0, "否決", "REJECT", "2025-12-13")
    closing = _bill_event(body, 1, "閉会", "OTHER", "2025-12-13")
    position = _bill_event(body, 2, "賛成", "SUPPORT", None)
    assert bill_vote_day([vote, closing], position) == expected


# --- session 4, round 2: a statement issued is the act its relative clause names -----------

ISSUED = (
    "国務省 PROPN nsubj 9; は ADP case 0; 中国 PROPN obl 6; に ADP case 2; 自制 NOUN obj 6; "
    "を ADP case 4; 求める VERB acl 7; {noun} NOUN obj 9; を ADP case 7; 出し=出す VERB ROOT -; "
    "た AUX aux 9; 。 PUNCT punct 9"
)
STATE = (A("国務省", "us_state_department", kind="org"), A("中国", "china", kind="country"))


@pytest.mark.parametrize(
    ("noun", "expected"),
    [
        # 中国に自制を求める声明を出した: the demand made, by the issuer, done
        ("声明", [("REQUEST", "occurred", ("us_state_department",), ("china",))]),
        ("談話", [("REQUEST", "occurred", ("us_state_department",), ("china",))]),
        ("記事", []),  # 自制を求める記事を出した: a description of what was published
    ],
)
def test_a_statement_issued_is_the_act_it_names(
    noun: str, expected: list[tuple[str, str, tuple[str, ...], tuple[str, ...]]]
) -> None:
    events = extract_events(article(ISSUED.format(noun=noun), actors=STATE))
    got = [
        (e.type, e.status, tuple(a.entity for a in e.actors), tuple(r.entity for r in e.recipients))
        for e in events
    ]
    assert got == expected


# --- session 4, round 2: what follows a dated act, named as 〜後, takes its day -------------

AFTER_BODY = "両首脳は10日、会談した。大統領は{after}目標を発表した。"


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        ("会談後の共同記者会見で", "2025-04-10"),  # the press conference after the talks
        ("首脳会談後の会見で", "2025-04-10"),  # the act named in a longer compound
        ("会見で", None),  # nothing named as followed: no day
        ("就任後、", None),  # an act the article does not date
    ],
)
def test_what_follows_a_dated_act_takes_its_day(after: str, expected: str | None) -> None:
    body = AFTER_BODY.format(after=after)
    talks = _bill_event(body, 0, "会談", "CONSULT", "2025-04-10")
    told = _bill_event(body, 1, "発表", "OTHER", None)
    assert after_day([talks], told) == expected


# --- session 4, round 2: a plan told and dropped in one sentence is one denied event -------

PLAN_BODY = "立憲民主党は22日にも決議案を提出する方針だったが、{then}。"


def _party(entity: str) -> Participant:
    return Participant(entity=entity, name=entity, surface=entity)


@pytest.mark.parametrize(
    ("then", "trigger", "status", "expected"),
    [
        ("提出を見送った", "提出", "denied", ("denied", "2025-05-22", ["house", "cdp"])),
        ("提出した", "提出", "occurred", None),  # the plan carried out: two statements
        ("採決を見送った", "採決", "denied", None),  # another act dropped
    ],
)
def test_a_plan_dropped_in_its_sentence_is_one_denied_event(
    then: str, trigger: str, status: str, expected: tuple[str, str, list[str]] | None
) -> None:
    body = PLAN_BODY.format(then=then)
    plan = dataclasses.replace(
        _bill_event(body, 0, "提出", "OTHER", "2025-05-22"),
        status="planned",
        recipients=(_party("house"),),
    )
    second = _bill_event(body, 0, trigger, "OTHER", None)
    at = body.rindex(trigger)
    drop = dataclasses.replace(
        second,
        status=status,
        actors=(_party("cdp"),),
        mention=dataclasses.replace(second.mention, trigger_start=at, trigger_end=at + 2),
    )
    got = dropped_plan(plan, drop)
    if expected is None:
        assert got is None
        return
    assert got is not None
    parties = [p.entity for p in got.recipients + got.actors]
    assert (got.status, got.date, sorted(parties)) == (
        expected[0],
        expected[1],
        sorted(expected[2]),
    )
