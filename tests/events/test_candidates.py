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


# 政府の発表は協議の開始を前面に出した。 (the announcement put the start of talks forward)
SUBJECT_WITH_OBJECT = "政府 NOUN nmod 2; の ADP case 0; 発表 NOUN nsubj 10 名詞-普通名詞-サ変可能; は ADP case 2 助詞-係助詞; 協議 NOUN nmod 6 名詞-普通名詞-サ変可能; の ADP case 4; 開始 NOUN obj 10 名詞-普通名詞-サ変可能; を ADP case 6; 前面 NOUN obl 10; に ADP case 8; 出し=出す VERB ROOT - 動詞-非自立可能; た AUX aux 10; 。 PUNCT punct 10"


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # 発表は…を前面に出した: 出す carries out its own object; the subject is no event
        (SUBJECT_WITH_OBJECT, []),
        # 避難指示は市内の広い範囲に出された: no object, the subject noun is the event
        (P.PASSIVE_NOUN, [("OTHER", "避難指示")]),
    ],
)
def test_a_subject_noun_is_carried_only_by_a_light_verb_without_object(
    spec: str, expected: list[tuple[str, str]]
) -> None:
    actors = (GOVERNMENT,) if "政府" in spec else ()
    a = article(spec, actors=actors, times=())
    assert [(e.type, e.trigger) for e in extract_events(a)] == expected


# 両社は命令の無効を求めて提訴した。 / 両社は命令の無効を求め、提訴した。
SEEKING_SUIT = "両社 NOUN nsubj 8; は ADP case 0 助詞-係助詞; 命令 NOUN nmod 4 名詞-普通名詞-サ変可能; の ADP case 2; 無効 NOUN obj 6; を ADP case 4; 求め=求める VERB advcl 8 動詞-一般; て SCONJ mark 6; 提訴 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 8; た AUX aux 8; 。 PUNCT punct 8"
ASKED_THEN_SUED = "両社 NOUN nsubj 8; は ADP case 0 助詞-係助詞; 命令 NOUN nmod 4 名詞-普通名詞-サ変可能; の ADP case 2; 無効 NOUN obj 6; を ADP case 4; 求め=求める VERB advcl 8 動詞-一般; 、 PUNCT punct 6; 提訴 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 8; た AUX aux 8; 。 PUNCT punct 8"


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # 無効を求めて提訴した: what the suit seeks is its content, not a REQUEST of its own
        (SEEKING_SUIT, [("OTHER", "提訴", "求める")]),
        # 無効を求め、提訴した: two acts
        (ASKED_THEN_SUED, [("REQUEST", "求め", None), ("OTHER", "提訴", None)]),
    ],
)
def test_a_demand_in_te_form_before_its_act_is_that_acts_aim(
    spec: str, expected: list[tuple[str, str, str | None]]
) -> None:
    a = article(spec, actors=COMPANIES)
    got = [(e.type, e.trigger, dict(e.attributes).get("content")) for e in extract_events(a)]
    assert got == expected
