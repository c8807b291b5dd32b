"""End-to-end rules of the events stage on hand-built analyses (tests events/extraction.py).

Each row: a sentence parse (parses.py), the actors/times/quantities nlp would give, and the
one event expected, summarised as (type, mode, trigger, status, actors, recipients, place,
date). Entities are KB keys. The sentences are the project's own wording.
"""

from __future__ import annotations

from typing import Any

import parses as P
import pytest
from builders import A, Q, T, article

from storyline.events import EVENTS_VERSION, extract_events
from storyline.events.extraction import roll_back
from storyline.models import PLOVER_TYPES, Event

TRUMP = A("トランプ米大統領", "donald_trump", name="Donald Trump")
PUTIN = A("プーチン大統領", "vladimir_putin", name="Vladimir Putin")
BOTH = (A("両首脳", "donald_trump", coref=True), A("両首脳", "vladimir_putin", coref=True))
RUSSIA = A("ロシア", "russia", "country")


def summary(ev: Event) -> tuple[Any, ...]:
    return (
        ev.type,
        ev.mode,
        ev.trigger,
        ev.status,
        tuple(p.entity for p in ev.actors),
        tuple(p.entity for p in ev.recipients),
        ev.place,
        ev.date,
    )


CASES = [
    pytest.param(
        P.CALL,
        (TRUMP, PUTIN, RUSSIA),
        (T("18日", "2025-03-18"),),
        (
            "CONSULT",
            "phone",
            "会談",
            "occurred",
            ("donald_trump",),
            ("vladimir_putin",),
            None,
            "2025-03-18",
        ),
        id="phone-call-partner-with-to",
    ),
    pytest.param(
        P.LIGHT,
        BOTH,
        (T("19日", "2025-03-19"),),
        (
            "CONSULT",
            "phone",
            "電話会談",
            "occurred",
            ("donald_trump", "vladimir_putin"),
            (),
            None,
            "2025-03-19",
        ),
        id="light-verb-okonau-and-ryoshuno",
    ),
    pytest.param(
        P.FOLD,
        (PUTIN,),
        (),
        ("AGREE", None, "合意", "occurred", ("vladimir_putin",), (), None, None),
        id="agree-to-halt-is-one-agree",
    ),
    pytest.param(
        P.REFUSE,
        (RUSSIA,),
        (T("30日間", "P30D", "duration"),),
        ("REJECT", None, "受け入れ", "occurred", ("russia",), (), None, None),
        id="not-accepted-is-reject",
    ),
    pytest.param(
        P.SPORTS,
        (A("ドジャース", "dodgers", "org"), A("カブス", "cubs", "org")),
        (),
        ("OTHER", None, "勝利", "occurred", ("dodgers",), ("cubs",), None, None),
        id="sports-win",
    ),
    pytest.param(
        P.DISASTER,
        (A("大船渡市", "ofunato", "place"),),
        (T("26日", "2025-02-26"),),
        ("OTHER", None, "発生", "occurred", (), (), "大船渡市", "2025-02-26"),
        id="disaster-with-place-only",
    ),
    pytest.param(
        P.POLITICS,
        (A("衆議院", "house_of_representatives", "org"),),
        (T("4日", "2025-03-04"),),
        (
            "OTHER",
            None,
            "可決",
            "occurred",
            ("house_of_representatives",),
            (),
            None,
            "2025-03-04",
        ),
        id="politics-budget-passed",
    ),
    pytest.param(
        P.ECONOMY,
        (A("日産自動車", "nissan", "org"), A("ホンダ", "honda", "org")),
        (),
        ("OTHER", None, "打ち切っ", "occurred", ("nissan", "honda"), (), None, None),
        id="economy-talks-broken-off",
    ),
    pytest.param(
        P.ACCUSE,
        (A("ゼレンスキー大統領", "volodymyr_zelenskyy"), RUSSIA),
        (),
        ("ACCUSE", None, "非難", "occurred", ("volodymyr_zelenskyy",), ("russia",), None, None),
        id="accuse-speech-is-the-event",
    ),
    pytest.param(
        P.SUFFER,
        (A("ウクライナ", "ukraine", "country"),),
        (),
        ("ASSAULT", None, "攻撃", "occurred", (), ("ukraine",), None, None),
        id="attacked-subject-is-target",
    ),
    pytest.param(
        P.ANNOUNCE,
        (A("日本製鉄", "nippon_steel", "org"),),
        (),
        ("OTHER", None, "発表", "occurred", ("nippon_steel",), (), None, None),
        id="announce-with-object-is-event",
    ),
]


@pytest.mark.parametrize(("spec", "actors", "times", "expected"), CASES)
def test_single_event(
    spec: str, actors: tuple[A, ...], times: tuple[T, ...], expected: tuple[Any, ...]
) -> None:
    events = extract_events(article(spec, actors=actors, times=times))
    assert [summary(e) for e in events] == [expected]


NO_EVENT = [
    pytest.param(P.QUESTION, BOTH, id="question"),
    pytest.param(P.SPEECH, (A("ペスコフ氏", "dmitry_peskov"),), id="speech-verb-alone"),
    pytest.param(
        P.ANNOUNCE_CLAUSE, (A("日本製鉄", "nippon_steel", "org"),), id="to-happyo-is-attribution"
    ),
    pytest.param("!国営テレビで撮影された首脳会談の写真(2月撮影)", (), id="unparsed-caption"),
]


@pytest.mark.parametrize(("spec", "actors"), NO_EVENT)
def test_no_event(spec: str, actors: tuple[A, ...]) -> None:
    assert extract_events(article(spec, actors=actors)) == ()


def test_conditional_clause_gives_no_event_but_main_clause_does() -> None:
    events = extract_events(
        article(P.CONDITIONAL, actors=(A("ウクライナ", "ukraine", "country"), RUSSIA))
    )
    # 続ければ is hypothetical; 打ち切る (non-past, no cue) is a stated plan of Russia.
    assert [(e.trigger, e.status) for e in events] == [("打ち切る", "planned")]


def test_no_agreement_reached_is_agree_denied() -> None:
    (ev,) = extract_events(article(P.NOAGREE, actors=(A("両国", "both", "group"),)))
    assert (ev.type, ev.status) == ("AGREE", "denied")


def test_hedged_call_claimed_by_the_speaker() -> None:
    (ev,) = extract_events(
        article(
            P.HEDGED,
            actors=(A("ペスコフ報道官", "dmitry_peskov", name="Dmitry Peskov"), *BOTH),
        )
    )
    assert summary(ev)[:5] == (
        "CONSULT",
        "phone",
        "電話協議",
        "hedged",
        ("donald_trump", "vladimir_putin"),
    )
    assert (ev.mention.claimed_by, ev.mention.claimed_by_entity) == (
        "Dmitry Peskov",
        "dmitry_peskov",
    )


def test_planned_talks_with_place_and_date() -> None:
    (ev,) = extract_events(
        article(
            P.PLANNED,
            actors=(A("米国", "united_states", "country"), RUSSIA, A("リヤド", "riyadh", "place")),
            times=(T("24日", "2025-03-24"),),
        )
    )
    assert summary(ev) == (
        "CONSULT", None, "協議", "planned", ("united_states", "russia"), (), "リヤド", "2025-03-24",
    )  # fmt: skip


def test_background_reference_keeps_its_own_date() -> None:
    (ev,) = extract_events(article(P.BACKGROUND, actors=BOTH, times=(T("2月12日", "2025-02-12"),)))
    assert ev.mention.background is True
    assert (ev.type, ev.mode, ev.date, ev.mention.date_text) == (
        "CONSULT",
        "phone",
        "2025-02-12",
        "2月12日",
    )


def test_denial_marks_the_denied_event_and_is_no_reject() -> None:
    (ev,) = extract_events(article(P.DENIED, actors=(A("ペスコフ氏", "dmitry_peskov"), *BOTH)))
    assert (ev.type, ev.status, ev.mention.claimed_by_entity) == (
        "CONSULT",
        "denied",
        "dmitry_peskov",
    )


def test_source_phrase_gives_the_claimant() -> None:
    (ev,) = extract_events(
        article(
            P.SOURCE,
            actors=(
                A("ロシア大統領府", "kremlin", "org", name="Presidential Administration of Russia"),
                A("プーチン氏", "vladimir_putin"),
                A("米国", "united_states", "country"),
            ),
        )
    )
    assert (ev.type, ev.mention.claimed_by_entity) == ("AGREE", "kremlin")
    assert [p.entity for p in ev.actors] == ["vladimir_putin"]


def test_duration_is_an_attribute() -> None:
    (ev,) = extract_events(
        article(P.DURATION, actors=BOTH, quantities=(Q("約2時間半", 2.5, "時間", "PT2H30M", True),))
    )
    assert ("duration", "PT2H30M") in ev.attributes
    assert ev.mode == "phone"


def test_chained_clauses_share_subject_and_date() -> None:
    events = extract_events(
        article(
            P.CHAIN,
            actors=(
                A("トランプ氏", "donald_trump"),
                A("ゼレンスキー大統領", "volodymyr_zelenskyy"),
            ),
            times=(T("19日", "2025-03-19"),),
            quantities=(Q("約1時間", 1.0, "時間", "PT1H", True),),
        )
    )
    assert [(e.trigger, e.status, e.date) for e in events] == [
        ("会談", "occurred", "2025-03-19"),
        ("協議", "occurred", "2025-03-19"),
    ]
    assert all(e.actors[0].entity == "donald_trump" for e in events)
    assert events[0].recipients[0].entity == "volodymyr_zelenskyy"
    assert ("duration", "PT1H") in events[0].attributes


def test_event_fields_ids_offsets_and_producer() -> None:
    a = article(
        P.CALL, P.CALL, actors=(TRUMP, PUTIN, TRUMP.__class__("トランプ米大統領", "donald_trump", nth=1),
                                PUTIN.__class__("プーチン大統領", "vladimir_putin", nth=1)),
        times=(T("18日", "2025-03-18"), T("18日", "2025-03-18", nth=1)), article_id="abc",
    )  # fmt: skip
    events = extract_events(a)
    assert [e.id for e in events] == ["abc-e1", "abc-e2"]
    for e in events:
        m = e.mention
        assert a.body[m.start : m.end] == m.sentence
        assert a.body[m.trigger_start : m.trigger_end] == e.trigger
        assert e.type in PLOVER_TYPES
        assert e.producer.startswith(f"events/{EVENTS_VERSION}+")


def test_dateless_retelling_takes_the_lead_date_only() -> None:
    lead = P.CALL
    later = P.DURATION  # 両首脳は約2時間半にわたり電話で会談した (no date of its own)
    a = article(
        lead, "\n\n", later,
        actors=(TRUMP, PUTIN, *BOTH), times=(T("18日", "2025-03-18"),),
    )  # fmt: skip
    first, second = extract_events(a)
    assert first.date == "2025-03-18"
    assert (second.date, second.mention.date_text) == ("2025-03-18", "18日")
    # The same retelling with no dated lead event keeps date None (unknown is null).
    (alone,) = extract_events(article(later, actors=BOTH))
    assert alone.date is None


def test_past_verb_dated_after_publication_takes_the_latest_past_reading() -> None:
    # 「19日、電話会談を行った」 in a page of 2025-03-17: a past verb cannot be in the future,
    # so the day is read in the month before (a mis-resolved bare day).
    a = article(P.LIGHT, actors=BOTH, times=(T("19日", "2025-03-19"),), published="2025-03-17")
    (ev,) = extract_events(a)
    assert (ev.status, ev.date) == ("occurred", "2025-02-19")


def test_non_past_verb_dated_after_publication_is_planned() -> None:
    a = article(
        P.PLANNED,
        actors=(A("米国", "united_states", "country"), RUSSIA),
        times=(T("24日", "2025-03-24"),),
        published="2025-03-20",
    )
    (ev,) = extract_events(a)
    assert (ev.status, ev.date) == ("planned", "2025-03-24")


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        ("2025-03-19", "19日", "2025-02-19"),
        ("2025-01-05", "5日", "2024-12-05"),
        ("2026-02-12", "2月12日", "2025-02-12"),
        ("2025-03-31", "31日", "2025-01-31"),
        ("2025-03-19", "2025年3月19日", None),
        ("2026-01", "1月末", "2025-01"),
        ("2025", "今年", None),
        (None, "19日", None),
    ],
)
def test_roll_back(date: str | None, text: str, expected: str | None) -> None:
    assert roll_back(date, text) == expected


def test_other_events_carry_their_kind_as_an_attribute_not_a_mode() -> None:
    (ev,) = extract_events(
        article(P.POLITICS, actors=(A("衆議院", "house_of_representatives", "org"),))
    )
    assert ev.mode is None
    assert ("kind", "vote") in ev.attributes


def test_empty_article_gives_nothing() -> None:
    assert extract_events(article()) == ()


def test_relative_clause_on_a_trigger_noun_is_its_content() -> None:
    # 買収計画を禁止する命令を出した: one COERCE (the order), content 禁止, dated by 3日
    # even though GiNZA hangs 3日 on 禁止.
    events = extract_events(
        article(
            P.ORDER_BAN,
            actors=(A("バイデン米大統領", "joe_biden"), A("日本製鉄", "nippon_steel", "org")),
            times=(T("3日", "2025-01-03"),),
            published="2025-01-04",
        )
    )
    assert [summary(e) for e in events] == [
        ("COERCE", None, "命令", "occurred", ("joe_biden",), ("nippon_steel",), None, "2025-01-03")
    ]
    assert ("content", "禁止") in events[0].attributes


def test_topic_phrase_gives_no_participant() -> None:
    (ev,) = extract_events(article(P.TOPIC, actors=(*BOTH, A("ウクライナ", "ukraine", "country"))))
    assert {p.entity for p in ev.actors + ev.recipients} == {"donald_trump", "vladimir_putin"}


def test_unlinked_proper_names_become_provisional_participants() -> None:
    (ev,) = extract_events(article(P.UNLINKED))
    assert [p.entity for p in ev.actors] == ["provisional:ドジャース"]
    assert [p.entity for p in ev.recipients] == ["provisional:カブス"]


def test_an_organisation_as_venue_acts_in_an_other_event() -> None:
    (ev,) = extract_events(
        article(
            P.VENUE,
            actors=(A("参院", "house_of_councillors", "org"),),
            times=(T("31日", "2025-03-31"),),
            published="2025-04-01",
        )
    )
    assert (ev.trigger, ev.date) == ("可決", "2025-03-31")
    assert [p.entity for p in ev.actors] == ["house_of_councillors"]


@pytest.mark.parametrize("fiscal", [T("2025年3月期", "2025"), T("2025年", "2025")])
def test_fiscal_period_is_no_event_date(fiscal: T) -> None:
    # nlp may give the whole 2025年3月期 or only its 2025年: either way it names a period.
    (ev,) = extract_events(
        article(
            P.FISCAL, actors=(A("日産", "nissan", "org"),), times=(T("同日", "2025-02-13"), fiscal)
        )
    )
    assert (ev.trigger, ev.date) == ("下方修正", "2025-02-13")


@pytest.mark.parametrize(
    ("spec", "actors", "trigger", "place"),
    [
        (P.COURT, (A("日本製鉄", "nippon_steel", "org"),), "提訴", "米連邦控訴裁判所"),
        (
            P.CHAIN_PLACE,
            (A("米国", "united_states", "country"), A("ウクライナ", "ukraine", "country"),
             A("ジッダ", "jeddah", "place")),
            "合意",
            "ジッダ",
        ),
        (P.DOME, (), "勝っ", "東京ドーム"),
    ],
)  # fmt: skip
def test_place(spec: str, actors: tuple[A, ...], trigger: str, place: str) -> None:
    events = extract_events(article(spec, actors=actors))
    assert (trigger, place) in [(e.trigger, e.place) for e in events]


def test_zero_subject_continues_the_previous_topic() -> None:
    # プーチン大統領は…同意した。一方、…受け入れを見送った。 The second sentence names no doer:
    # it continues the topic (は) of the first, and 受け入れを見送った is a REJECT.
    events = extract_events(article(P.TOPIC_LEAD, P.TOPIC_NEXT, actors=(PUTIN,)))
    assert [(e.type, e.trigger, tuple(p.entity for p in e.actors)) for e in events] == [
        ("AGREE", "同意", ("vladimir_putin",)),
        ("REJECT", "受け入れ", ("vladimir_putin",)),
    ]


def test_a_subject_that_is_no_actor_blocks_the_topic() -> None:
    # 大船渡市で26日、山林火災が発生した after a sentence about a person: 火災 is the subject,
    # so the person's topic does not carry over.
    events = extract_events(
        article(P.TOPIC_LEAD, P.DISASTER, actors=(PUTIN, A("大船渡市", "ofunato", "place")))
    )
    assert [(e.trigger, e.actors) for e in events][1] == ("発生", ())


# --------------------------------------------------------------------------- issue 4/5 rules

HONDA = A("ホンダ", "honda", "org")
NISSAN = A("日産", "nissan", "org")
LOWER = A("衆院", "house_of_representatives_japan", "org")
UPPER = A("参院", "house_of_councillors", "org")


def test_onbin_past_after_a_verb_is_occurred() -> None:
    # 結んだ: the tagger lemmatises the past auxiliary as だ; after a verb it is still past,
    # even where the publication date cannot confirm it (published without a year).
    # The clause names no doer: it continues the topic of the sentence before (日産は).
    a = article(
        P.PROPOSER,
        P.ONBIN,
        actors=(NISSAN, HONDA),
        times=(T("昨年12月23日", "--12-23"),),
        published="--02-13",
    )
    ev = next(e for e in extract_events(a) if e.trigger == "基本合意書")
    assert (ev.type, ev.status, ev.date) == ("AGREE", "occurred", "--12-23")


def test_game_score_is_an_attribute() -> None:
    ev = extract_events(article(P.SCORE))[0]
    assert ("kind", "game") in ev.attributes
    assert ("score", "5-2") in ev.attributes


def test_score_only_for_game_events() -> None:
    # A vote has no score even when a ratio is written near it.
    events = extract_events(article(P.PASSED, actors=(UPPER,), times=(T("3月31日", "2025-03-31"),)))
    assert all(k != "score" for e in events for k, _ in e.attributes)


def test_amount_in_a_relative_clause_on_an_argument_is_the_events() -> None:
    # 約500億円を削減する修正を経て通過した: the cut describes the amendment the bill passed with.
    a = article(
        P.NESTED_AMOUNT,
        actors=(LOWER,),
        times=(T("3月4日", "2025-03-04"),),
        quantities=(Q("約500億円", 5e10, "円", approximate=True),),
    )
    ev = next(e for e in extract_events(a) if e.trigger == "通過")
    assert ("amount", "~50000000000 円") in ev.attributes
    assert ev.date == "2025-03-04"


def test_quantity_in_a_time_clause_is_not_the_events() -> None:
    # 3人が辞任する前に会談した: 前 makes a time clause; its count says nothing about the talks.
    a = article(P.TIME_CLAUSE, actors=BOTH, quantities=(Q("3人", 3, "人"),))
    ev = next(e for e in extract_events(a) if e.trigger == "会談")
    assert ev.attributes == ()


def test_same_day_takes_the_latest_day_written_before() -> None:
    a = article(
        P.PASSED,
        P.SAME_DAY,
        actors=(UPPER, LOWER),
        times=(T("3月31日", "2025-03-31"),),
        published="2025-04-01T07:00:00+09:00",
    )
    events = extract_events(a)
    agree = next(e for e in events if e.trigger == "同意")
    assert (agree.date, agree.mention.date_text) == ("2025-03-31", "3月31日")


def test_same_day_with_no_earlier_day_stays_undated() -> None:
    events = extract_events(article(P.SAME_DAY, actors=(LOWER,)))
    assert [e.date for e in events if e.trigger == "同意"] == [None]


def test_proposer_of_a_refused_plan_is_a_recipient() -> None:
    ev = extract_events(article(P.PROPOSER, actors=(NISSAN, HONDA)))[0]
    assert (ev.type, [p.entity for p in ev.actors], [p.entity for p in ev.recipients]) == (
        "REJECT",
        ["nissan"],
        ["honda"],
    )


def test_reason_phrase_gives_no_participant() -> None:
    # ウクライナの再武装を理由に拒否: Ukraine is in the reason, not the one refused.
    a = article(P.REASON, actors=(RUSSIA, A("ウクライナ", "ukraine", "country")))
    ev = next(e for e in extract_events(a) if e.trigger == "拒否")
    assert [p.entity for p in ev.actors + ev.recipients] == ["russia"]


def test_venue_of_a_chained_clause_acts_in_an_other_event() -> None:
    ev = next(e for e in extract_events(article(P.CHAIN_VENUE, actors=(UPPER,))))
    assert (ev.type, ev.trigger, [p.entity for p in ev.actors]) == (
        "OTHER",
        "可決",
        ["house_of_councillors"],
    )


PRESIDENT = A("大統領", "president_x")


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # The halt is done by order: one RETREAT, the halt kept as its content.
        (P.ORDER_HALT, ("RETREAT", None, (("content", "停止"),))),
        # An order whose content is no PLOVER event stays an order.
        (P.ORDER_REVIEW, ("OTHER", None, (("kind", "order"),))),
    ],
)
def test_order_of_a_plover_event_takes_its_type(
    spec: str, expected: tuple[str, str | None, tuple[tuple[str, str], ...]]
) -> None:
    ev = extract_events(article(spec, actors=(PRESIDENT,)))[0]
    assert (ev.type, ev.mode, ev.attributes) == expected
    assert [p.entity for p in ev.actors] == ["president_x"]


def test_humble_itasu_makes_a_verbal_noun_a_verb() -> None:
    a = article(P.HUMBLE, actors=(A("両社", "honda", "org", coref=True),))
    ev = extract_events(a)[0]
    assert (ev.type, ev.trigger, ev.status) == ("OTHER", "提起", "occurred")
    assert ("kind", "lawsuit") in ev.attributes


PM = A("首相", "prime_minister_x")


def test_talking_with_a_partner_is_a_consult() -> None:
    ev = extract_events(article(P.TALK, actors=(PM, PRESIDENT)))[0]
    summary = (ev.type, ev.mode, [p.entity for p in ev.actors], [p.entity for p in ev.recipients])
    assert summary == ("CONSULT", "phone", ["prime_minister_x"], ["president_x"])


def test_talking_as_a_quotation_is_no_event() -> None:
    assert extract_events(article(P.SAID, actors=(PM,))) == ()


def test_following_an_event_with_ukeru_is_no_event() -> None:
    # 成立を受けて: the passing of the budget is what the statement follows, not news here.
    assert extract_events(article(P.FOLLOWING, actors=(PM,))) == ()


def test_an_alleged_act_is_the_content_of_the_accusation() -> None:
    # ウクライナが施設を攻撃したと非難した: one ACCUSE; the attack, though it names its own
    # subject, is only what is alleged, not an ASSAULT the article asserts.
    events = extract_events(
        article(P.ALLEGED, actors=(RUSSIA, A("ウクライナ", "ukraine", "country")))
    )
    assert [(e.type, e.attributes) for e in events] == [("ACCUSE", (("content", "攻撃"),))]
    assert [p.entity for p in events[0].actors] == ["russia"]


# --- detection rules of issue 4: one row per rule, (type, trigger, status, participants,
# date, background, content) of every event of the sentence, in text order.

LEADERS = (A("両首脳", "donald_trump", coref=True), A("両首脳", "vladimir_putin", coref=True))
FIRM = A("A社", "provisional:A社", "org", provisional=True)


def detected(ev: Event) -> tuple[Any, ...]:
    content = dict(ev.attributes).get("content")
    people = tuple(p.entity for p in ev.actors + ev.recipients)
    return (ev.type, ev.trigger, ev.status, people, ev.date, ev.mention.background, content)


DETECTION = [
    pytest.param(
        P.DATED_OCCASION,
        LEADERS,
        (T("18日", "2025-03-18"),),
        [
            ("CONSULT", "電話会談", "occurred", ("donald_trump", "vladimir_putin"),
             "2025-03-18", True, None),
            # Agreed in the call of the 18th: the occasion dates it (guidelines, "Dates").
            ("AGREE", "一致", "occurred", ("donald_trump", "vladimir_putin"), "2025-03-18",
             False, None),
        ],
        id="dated-meeting-is-a-background-event-with-the-occasion-participants",
    ),
    pytest.param(
        P.DATED_NOMINAL,
        (A("日米", "japan", "country"), A("日米", "united_states", "country")),
        (T("3月7日", "2025-03-07"),),
        [("CONSULT", "首脳会談", "occurred", ("japan", "united_states"), "2025-03-07", True,
          None)],
        id="dated-nominal-meeting",
    ),
    pytest.param(
        P.IDIOM_REFUSE,
        (A("首相", "shigeru_ishiba"), A("野党", "opposition", "org")),
        (),
        [("REJECT", "首を縦に振ら", "occurred", ("shigeru_ishiba", "opposition"), None, False,
          None)],
        id="idiom-kubi-wo-tate-ni-furanai-is-reject",
    ),
    pytest.param(
        P.STANCE,
        (A("外相", "sergey_lavrov"),),
        (),
        [("REJECT", "否定的な考え", "occurred", ("sergey_lavrov",), None, False, None)],
        id="negative-stance-shown-is-reject",
    ),
    pytest.param(
        P.PREFIX_NOUN,
        (FIRM,),
        (T("15日", "2025-03-15"),),
        [("OTHER", "下方修正", "occurred", ("provisional:A社",), "2025-03-15", False, None)],
        id="noun-parsed-as-argument-still-forms-the-trigger",
    ),
    pytest.param(
        P.PASSIVE_NOUN,
        (),
        (),
        [("OTHER", "避難指示", "occurred", (), None, False, None)],
        id="passive-light-verb-event-needs-no-participant",
    ),
    pytest.param(
        P.ENTER_TALKS,
        (A("政府", "japan_government", "org"),),
        (T("5日", "2025-03-05"),),
        [("CONSULT", "協議", "occurred", ("japan_government",), "2025-03-05", False, None)],
        id="entering-talks-announced-is-the-talks",
    ),
    pytest.param(
        P.ORDER_STOP,
        (A("大統領", "vladimir_putin"),),
        (),
        [("RETREAT", "指示", "occurred", ("vladimir_putin",), None, False, "やめる")],
        id="order-to-stop-attacking-is-retreat",
    ),
    pytest.param(
        P.READY,
        (A("同国", "ukraine", "country", coref=True),),
        (),
        [("AGREE", "受け入れる", "occurred", ("ukraine",), None, False, None)],
        id="readiness-declared-is-an-agreement-that-occurred",
    ),
    pytest.param(
        P.QUOTED_CONTENT,
        (A("首相", "shigeru_ishiba"),),
        (),
        [("AGREE", "同意", "occurred", ("shigeru_ishiba",), None, False, None)],
        id="halt-quoted-as-content-of-a-proposal-is-no-event",
    ),
    pytest.param(
        P.RUN_ON,
        (A("チーム", "provisional:チーム", "org", provisional=True),),
        (),
        [("OTHER", "勝っ", "occurred", ("provisional:チーム",), None, False, None)],
        id="te-form-labelled-acl-is-no-relative-clause",
    ),
    pytest.param(
        P.CHAINED_RELATIVE,
        (A("野党", "cdp", "org"), A("与党", "ldp", "org")),
        (T("4日", "2025-03-04"),),
        [("OTHER", "可決", "occurred", (), "2025-03-04", False, None)],
        id="clause-chained-into-a-past-relative-clause-describes-the-noun",
    ),
    pytest.param(
        P.TALK_PLAN,
        (A("首相", "shigeru_ishiba"), A("大統領", "donald_trump")),
        (),
        [("CONSULT", "話をする", "planned", ("shigeru_ishiba", "donald_trump"), None, False,
          None)],
        id="hanashi-wo-suru-with-partner-is-consult",
    ),
    pytest.param(
        P.ALSO_ANNOUNCED,
        (FIRM,),
        (),
        [("OTHER", "発表", "occurred", ("provisional:A社",), None, False, None)],
        id="mo-object-of-happyo-is-an-announcement",
    ),
    pytest.param(
        P.VERB_TAG,
        (RUSSIA,),
        (),
        [("RETREAT", "引き渡す", "planned", ("russia",), None, False, None)],
        id="verb-parsed-as-compound-noun-is-still-a-verb",
    ),
    pytest.param(
        P.PHONE_TALK,
        LEADERS,
        (T("2日", "2025-03-02"),),
        [("CONSULT", "話し", "occurred", ("donald_trump", "vladimir_putin"), "2025-03-02",
          False, None)],
        id="talking-by-phone-is-a-call-without-a-to-partner",
    ),
    pytest.param(
        P.SPREAD,
        (),
        (T("3日", "2025-03-03"),),
        [("OTHER", "拡大", "occurred", (), "2025-03-03", False, None)],
        id="dated-spread-with-a-subject-word-needs-no-participant",
    ),
    pytest.param(
        P.NO_RAIN,
        (),
        (T("先月", "2025-02"),),
        [],
        id="negated-bare-happening-is-a-state-not-an-event",
    ),
    pytest.param(
        P.CONDITION_OF,
        (A("政府", "japan_government", "org"),),
        (),
        [],
        id="making-a-halt-the-condition-is-no-event",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("spec", "actors", "times", "expected"), DETECTION)
def test_detection_rules(
    spec: str, actors: tuple[A, ...], times: tuple[T, ...], expected: list[tuple[Any, ...]]
) -> None:
    events = extract_events(article(spec, actors=actors, times=times))
    assert [detected(e) for e in events] == expected
