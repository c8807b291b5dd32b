"""Status, attribution and special mentions (tests events/status.py and the rules that use it).

Rows: a sentence parse, its actors and times, and what the one event of interest must be.
"""

from __future__ import annotations

import parses as P
import pytest
from builders import A, T, article

from storyline.events import extract_events

BOTH = (A("両首脳", "donald_trump", coref=True), A("両首脳", "vladimir_putin", coref=True))
PAIR = (A("両国", "both_countries", "group"),)


@pytest.mark.parametrize(
    ("spec", "actors", "trigger", "status"),
    [
        (P.OUTLOOK, BOTH, "会談", "hedged"),  # 会談する見通しだ
        (P.POLICY, PAIR, "協議", "planned"),  # 協議を開く方針だ
        (
            P.LIKELY,
            (A("政府", "japan_government", "org"), A("ロシア", "russia", "country")),
            "制裁",
            "hedged",
        ),
        (P.APPARENT, (A("ロシア軍", "russian_army", "org"),), "攻撃", "hedged"),  # 攻撃した模様だ
        (P.ARRANGING, BOTH, "会談", "planned"),  # 会談する方向で調整している
        # 可決され、…送られた: a passive continuative takes the tense of the next clause
        (P.PASSIVE_CHAIN, (A("参院", "house_of_councillors", "org"),), "可決", "occurred"),
        (
            P.HELD_LATER,
            (A("米", "united_states", "country"), A("ロ", "russia", "country")),
            "協議",
            "planned",
        ),
        (
            P.CALL,
            (A("トランプ米大統領", "donald_trump"), A("プーチン大統領", "vladimir_putin")),
            "会談",
            "occurred",
        ),
        # 4－2で勝利、: a verbal noun with no auxiliary is a done deed, not a non-past verb
        (P.NOUN_FORM_WIN, (A("チーム", "team_x", "org"),), "勝利", "occurred"),
        # 応じる考えを示した: declaring the will to accept is the acceptance
        (P.INTENT_ACCEPT, (A("大統領", "president_x"),), "応じる", "occurred"),
    ],
)
def test_status(spec: str, actors: tuple[A, ...], trigger: str, status: str) -> None:
    events = extract_events(article(spec, actors=actors))
    assert [(e.trigger, e.status) for e in events] == [(trigger, status)]


def test_background_reference_and_the_new_event() -> None:
    events = extract_events(
        article(P.FOLLOWS, actors=BOTH, times=(T("先月", "2025-02"),), published="2025-03-19")
    )
    assert [(e.trigger, e.mention.background, e.date) for e in events] == [
        ("会談", True, "2025-02"),
        ("会談", False, None),
    ]


def test_non_kb_source_is_named_by_its_words() -> None:
    (ev,) = extract_events(
        article(P.INSIDER, actors=(A("ホンダ", "honda", "org"), A("日産", "nissan", "org")))
    )
    assert (ev.type, ev.mention.claimed_by, ev.mention.claimed_by_entity) == (
        "REQUEST",
        "関係者",
        None,
    )
    assert [p.entity for p in ev.actors] == ["honda"]
    assert [p.entity for p in ev.recipients] == ["nissan"]


def test_announced_acquisition_is_the_event_and_the_announcer_its_source() -> None:
    (ev,) = extract_events(
        article(
            P.BUY_ANNOUNCED,
            actors=(
                A("日本製鉄", "nippon_steel", "org", name="Nippon Steel"),
                A("USスチール", "us_steel", "org"),
            ),
        )
    )
    assert (ev.type, ev.mode, ev.trigger) == ("OTHER", None, "買収")
    assert ("kind", "acquisition") in ev.attributes
    assert (ev.mention.claimed_by, ev.mention.claimed_by_entity) == ("Nippon Steel", "nippon_steel")
    assert [p.entity for p in ev.actors] == ["nippon_steel"]
    assert [p.entity for p in ev.recipients] == ["us_steel"]


def test_visit_mode_and_place_object() -> None:
    (ev,) = extract_events(
        article(
            P.VISIT,
            actors=(A("石破首相", "shigeru_ishiba"), A("ホワイトハウス", "white_house", "place")),
            times=(T("7日", "2025-02-07"),),
        )
    )
    assert (ev.type, ev.mode, ev.date) == ("CONSULT", "visit", "2025-02-07")
    assert [p.entity for p in ev.actors] == ["shigeru_ishiba"]


def test_sanction_target_is_the_owner_of_the_object() -> None:
    (ev,) = extract_events(
        article(
            P.SANCTIONED,
            actors=(A("米", "united_states", "country"), A("ロシア", "russia", "country")),
        )
    )
    assert ev.type == "SANCTION"
    assert [p.entity for p in ev.recipients] == ["russia"]


def test_overnight_call_is_dated_by_its_start() -> None:
    (ev,) = extract_events(
        article(
            P.OVERNIGHT,
            actors=(*BOTH, A("日本", "japan", "country")),
            times=(T("18日", "2025-03-18"), T("19日", "2025-03-19")),
        )
    )
    assert (ev.mode, ev.date, ev.mention.date_text) == ("phone", "2025-03-18", "18日")
    assert {p.entity for p in ev.actors} == {"donald_trump", "vladimir_putin"}


def test_pluperfect_is_a_background_retelling() -> None:
    (ev,) = extract_events(
        article(
            P.PLUPERFECT,
            actors=(A("日鉄", "nippon_steel", "org"), A("USスチール", "us_steel", "org")),
            times=(T("1月6日", "2025-01-06"),),
            published="2025-04-08",
        )
    )
    assert (ev.trigger, ev.date, ev.mention.background) == ("提訴", "2025-01-06", True)


def test_event_dated_before_the_lead_event_is_background() -> None:
    a = article(
        P.CALL, "\n\n", P.VISIT,
        actors=(A("トランプ米大統領", "donald_trump"), A("プーチン大統領", "vladimir_putin"),
                A("石破首相", "shigeru_ishiba")),
        times=(T("18日", "2025-03-18"), T("7日", "2025-02-07")),
    )  # fmt: skip
    lead, visit = extract_events(a)
    assert (lead.mention.background, visit.mention.background) == (False, True)


def test_intent_to_accept_is_an_agreement() -> None:
    # 攻撃停止に応じる考えを示した: an AGREE declared, not a planned acceptance; after a
    # trigger without the accept flag (会う考え) the intention only makes it planned.
    events = extract_events(article(P.INTENT_ACCEPT, actors=(A("大統領", "president_x"),)))
    assert [(e.type, e.status) for e in events] == [("AGREE", "occurred")]


# 両首脳は共同声明を発表し、条約が適用されることを確認した。 GiNZA hangs 発表し、 on the
# こと clause (適用される), whose non-past form is what was confirmed, not the next act.
STATEMENT_ACROSS = "両 NOUN compound 1; 首脳 NOUN nsubj 16; は ADP case 1 助詞-係助詞; 共同 NOUN compound 4 名詞-普通名詞-サ変可能; 声明 NOUN obj 6 名詞-普通名詞-サ変可能; を ADP case 4; 発表 VERB advcl 11 名詞-普通名詞-サ変可能; し=する AUX aux 6; 、 PUNCT punct 6; 条約 NOUN nsubj 11; が ADP case 9; 適用 VERB acl 14 名詞-普通名詞-サ変可能; さ=する AUX aux 11; れる AUX aux 11; こと NOUN obj 16; を ADP case 14; 確認 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 16; た AUX aux 16; 。 PUNCT punct 16"


def test_a_continuative_clause_hung_on_a_relative_clause_takes_the_main_tense() -> None:
    events = extract_events(article(STATEMENT_ACROSS, actors=BOTH))
    assert [(e.trigger, e.status) for e in events] == [
        ("共同声明", "occurred"),
        ("確認", "occurred"),
    ]


# 両国は互いを非難し合っている。 GiNZA labels the subsidiary verb 合う advcl.
MUTUAL = "両国 NOUN nsubj 4; は ADP case 0 助詞-係助詞; 互い NOUN obj 4; を ADP case 2; 非難 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 4 動詞-非自立可能; 合っ=合う VERB advcl 4 動詞-非自立可能; て SCONJ mark 4; いる VERB fixed 7 動詞-非自立可能; 。 PUNCT punct 4"


def test_a_subsidiary_verb_is_part_of_the_predicate_tail() -> None:
    (ev,) = extract_events(article(MUTUAL, actors=PAIR))
    assert (ev.type, ev.status) == ("ACCUSE", "occurred")  # 〜し合っている: ongoing, not planned
