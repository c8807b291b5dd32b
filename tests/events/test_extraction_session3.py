"""Session 3 rules of events/extraction.py and candidates.py: states and 'since' clauses are
no events, casualty counts and natural events pass the gate without a party, announced plans
fold into the announcement, intentions stay planned, and dates from a clause's own opening
day, a deadline, or a sentence that names a day.

Parses are hand-built in the builders.py notation; the sentences are the project's own.
"""

from __future__ import annotations

import pytest
from builders import A, Q, T, article

from storyline.events import extract_events
from storyline.events.extraction import clause_day, copula_frame, deadline, opening_day
from storyline.models import Event, EventMention, TimeExpression

SAHEN = "名詞-普通名詞-サ変可能"


def _time(body: str, text: str, value: str, nth: int = 0) -> TimeExpression:
    start = -1
    for _ in range(nth + 1):
        start = body.index(text, start + 1)
    return TimeExpression(text=text, type="date", value=value, start=start, end=start + len(text))


def _event(body: str, trigger: str, *, date: str | None = None, text: str | None = None) -> Event:
    """An occurred event of the one-sentence ``body`` whose trigger is ``trigger``."""
    at = body.index(trigger)
    mention = EventMention(
        article_id="art", sentence_index=0, sentence=body, start=0, end=len(body),
        trigger_start=at, trigger_end=at + len(trigger), date_text=text,
    )  # fmt: skip
    return Event(
        id="", article_id="art", type="OTHER", trigger=trigger, status="planned",
        mention=mention, date=date,
    )  # fmt: skip


# --------------------------------------------------------------------------- clause day


@pytest.mark.parametrize(
    ("body", "times", "trigger", "expected"),
    [
        # 翌10日には opens the clause of the lifting, after the declaration of the 9th.
        ("市は3月9日に鎮圧を宣言し、翌10日には指示を解除した。",
         (("3月9日", "2025-03-09"), ("10日", "2025-03-10")), "解除", "10日"),
        ("町は5日、会見し、6日に避難所を閉じた。",
         (("5日", "2025-04-05"), ("6日", "2025-04-06")), "閉じ", "6日"),
        # A list of days (28、29日) is no clause opening.
        ("理事会は28、29日に会合を開く。", (("29日", "2025-01-29"),), "会合", None),
        # The day is not at the start of the clause.
        ("市は宣言し、避難所を10日に閉じた。", (("10日", "2025-03-10"),), "閉じ", None),
        # A comma after the day and another before the trigger: the day frames something else.
        ("市は宣言し、10日、県と協議し、避難所を閉じた。", (("10日", "2025-03-10"),), "閉じ", None),
    ],
)  # fmt: skip
def test_clause_day(
    body: str, times: tuple[tuple[str, str], ...], trigger: str, expected: str | None
) -> None:
    found = clause_day(body, _event(body, trigger), [_time(body, *t) for t in times])
    assert (found.text if found else None) == expected


# --------------------------------------------------------------------------- deadline


@pytest.mark.parametrize(
    ("body", "time", "trigger", "expected"),
    [
        ("三菱自動車は検討し、1月末をめどに結論を出す。", ("1月末", "2025-01"), "結論を出す", "1月末"),
        ("両社は6月までに合意する。", ("6月", "2025-06"), "合意", "6月"),
        ("政府は年内を目標に法案を提出する。", ("年内", "2025"), "提出", None),  # a year: too vague
        # The deadline belongs to another clause (a comma stands between).
        ("両社は3月までに協議し、統合を決める。", ("3月", "2025-03"), "決める", None),
        # A time that is no deadline.
        ("両社は3月に統合を決める。", ("3月", "2025-03"), "決める", None),
    ],
)  # fmt: skip
def test_deadline(body: str, time: tuple[str, str], trigger: str, expected: str | None) -> None:
    found = deadline(body, _event(body, trigger), [_time(body, *time)])
    assert (found.text if found else None) == expected


# --------------------------------------------------------------------------- copula frame


@pytest.mark.parametrize(
    ("body", "time", "sentence_at", "expected"),
    [
        ("最初の転機は2月25日だった。与党と維新が合意した。", ("2月25日", "2025-02-25"), "与党", "2月25日"),
        ("山場は18日です。両首脳が話した。", ("18日", "2025-03-18"), "両首脳", "18日"),
        # A sentence that tells more than a day is no frame.
        ("与党は2月25日に維新と協議を重ねてきた日だった。合意した。",
         ("2月25日", "2025-02-25"), "合意", None),
        # Only sentences before: the frame does not reach back.
        ("与党と維新が合意した。転機は2月25日だった。", ("2月25日", "2025-02-25"), "与党", None),
        # Another paragraph's day does not frame this one.
        ("転機は2月25日だった。\n\n与党と維新が合意した。", ("2月25日", "2025-02-25"), "与党", None),
        # A month is no day.
        ("転機は2月だった。与党と維新が合意した。", ("2月", "2025-02"), "与党", None),
    ],
)  # fmt: skip
def test_copula_frame(
    body: str, time: tuple[str, str], sentence_at: str, expected: str | None
) -> None:
    found = copula_frame(body, body.index(sentence_at), (_time(body, *time),))
    assert (found.text if found else None) == expected


# --------------------------------------------------------------------------- gates

RUSSIA = A("ロシア", "russia", "country")
UKRAINE = A("ウクライナ", "ukraine", "country")

# ロシアとウクライナは19日、拘束していた互いの兵士の交換を実施した。 GiNZA hangs 拘束 on
# ウクライナ (dep) and 19日 on 拘束: the clause describes the soldiers, it is no arrest.
HELD_SOLDIERS = (
    "ロシア PROPN nmod 2; と ADP case 0; ウクライナ PROPN obl 18; は ADP case 2; "
    "19 NUM nummod 5; 日 NOUN obl 7; 、 PUNCT punct 5; "
    f"拘束 VERB dep 2 {SAHEN}; し=する AUX aux 7; て SCONJ mark 7; い=いる VERB fixed 9; "
    "た AUX aux 7; 互い NOUN nmod 14; の ADP case 12; 兵士 NOUN nmod 16; の ADP case 14; "
    f"交換 NOUN obj 18 {SAHEN}; を ADP case 16; 実施 VERB ROOT - {SAHEN}; し=する AUX aux 18; "
    "た AUX aux 18; 。 PUNCT punct 18"
)

# トランプ氏が政権を発足させてから2回目だ。
SINCE = (
    f"トランプ氏 PROPN nsubj 4; が ADP case 0; 政権 NOUN obj 4; を ADP case 2; 発足 VERB advcl 9 {SAHEN}; "
    "さ=する AUX aux 4; せ=せる AUX aux 4; て SCONJ mark 4; から SCONJ mark 4; 2回目 NOUN ROOT -; "
    "だ AUX cop 9; 。 PUNCT punct 9"
)

# トランプ氏が1月に政権を発足させた。 (no count after it: an event)
LAUNCHED = (
    f"トランプ氏 PROPN nsubj 4; が ADP case 0; 政権 NOUN obj 4; を ADP case 2; 発足 VERB ROOT - {SAHEN}; "
    "さ=する AUX aux 4; せ=せる AUX aux 4; た AUX aux 4; 。 PUNCT punct 4"
)

TRUMP = A("トランプ氏", "donald_trump")


@pytest.mark.parametrize(
    ("spec", "actors", "expected"),
    [
        (HELD_SOLDIERS, (RUSSIA, UKRAINE), ["RETREAT"]),
        (SINCE, (TRUMP,), []),
        (LAUNCHED, (TRUMP,), ["OTHER"]),
    ],
)
def test_states_and_since_clauses_are_no_events(
    spec: str, actors: tuple[A, ...], expected: list[str]
) -> None:
    a = article(spec, actors=actors, times=(T("19日", "2025-03-19"),) if "19" in spec else ())
    assert [e.type for e in extract_events(a)] == expected


# 9人が死亡した。
DEATHS = f"9 NUM nummod 1; 人 NOUN nsubj 3; が ADP case 1; 死亡 VERB ROOT - {SAHEN}; し=する AUX aux 3; た AUX aux 3; 。 PUNCT punct 3"

# 余震が起きる可能性がある。
AFTERSHOCKS = "余震 NOUN nsubj 2; が ADP case 0; 起きる VERB acl 3; 可能性 NOUN nsubj 5; が ADP case 3; ある VERB ROOT -; 。 PUNCT punct 5"

# 火災が起こりうる。 (what can happen in general)
CAN_HAPPEN = "火災 NOUN nsubj 2; が ADP case 0; 起こり=起こる VERB ROOT -; うる=得る AUX aux 2; 。 PUNCT punct 2"


@pytest.mark.parametrize(
    ("spec", "quantities", "expected"),
    [
        (DEATHS, (Q("9人", 9.0, "人"),), [("OTHER", "occurred")]),
        (DEATHS, (), []),  # no count known: who died is not said, the gate holds
        (AFTERSHOCKS, (), [("OTHER", "hedged")]),
        (CAN_HAPPEN, (), []),
    ],
)
def test_casualty_counts_and_natural_events_need_no_party(
    spec: str, quantities: tuple[Q, ...], expected: list[tuple[str, str]]
) -> None:
    events = extract_events(article(spec, quantities=quantities))
    assert [(e.type, e.status) for e in events] == expected
    assert all(not e.actors and not e.recipients for e in events)


# --------------------------------------------------------------------------- announcements

# 日鉄はUSスチールを買収する計画を発表した。
PLAN_ANNOUNCED = (
    "日鉄 PROPN nsubj 8; は ADP case 0; USスチール PROPN obj 4; を ADP case 2; "
    f"買収 VERB acl 6 {SAHEN}; する AUX aux 4; 計画 NOUN obj 8; を ADP case 6; "
    f"発表 VERB ROOT - {SAHEN}; し=する AUX aux 8; た AUX aux 8; 。 PUNCT punct 8"
)


def test_a_plan_announced_is_the_announcements_content() -> None:
    a = article(
        PLAN_ANNOUNCED,
        actors=(A("日鉄", "nippon_steel", "org"), A("USスチール", "us_steel", "org")),
    )
    (ev,) = extract_events(a)
    assert (ev.type, ev.trigger, ev.status) == ("OTHER", "発表", "occurred")
    assert ("content", "買収") in ev.attributes


# 孫選手は2日、退団すると明らかにした。 (an intention, told on the 2nd)
LEAVING = (
    "孫選手 PROPN nsubj 10; は ADP case 0; 2 NUM nummod 3; 日 NOUN obl 10; 、 PUNCT punct 3; "
    f"退団 VERB advcl 10 {SAHEN}; する AUX aux 5; と SCONJ mark 5; 明らか ADJ advcl 10; "
    "に=だ AUX aux 8; し=する VERB ROOT -; た AUX aux 10; 。 PUNCT punct 10"
)

# 大統領は3日、計画を禁止すると発表した。 (a decision declared: the ban takes effect)
BANNED = (
    "大統領 PROPN nsubj 10; は ADP case 0; 3 NUM nummod 3; 日 NOUN obl 10; 、 PUNCT punct 3; "
    f"計画 NOUN obj 7; を ADP case 5; 禁止 VERB advcl 10 {SAHEN}; する AUX aux 7; と SCONJ mark 7; "
    f"発表 VERB ROOT - {SAHEN}; し=する AUX aux 10; た AUX aux 10; 。 PUNCT punct 10"
)


@pytest.mark.parametrize(
    ("spec", "actor", "time", "expected"),
    [
        (LEAVING, A("孫選手", "provisional:孫興民"), T("2日", "2025-08-02"),
         ("OTHER", "planned", None)),
        (BANNED, A("大統領", "joe_biden"), T("3日", "2025-08-03"),
         ("COERCE", "occurred", "2025-08-03")),
    ],
)  # fmt: skip
def test_an_intention_stays_planned_and_undated_a_declared_decision_happens(
    spec: str, actor: A, time: T, expected: tuple[str, str, str | None]
) -> None:
    a = article(spec, actors=(actor,), times=(time,), published="2025-08-04T09:00:00+09:00")
    (ev,) = extract_events(a)
    assert (ev.type, ev.status, ev.date) == expected


# --------------------------------------------------------------------------- opening day


@pytest.mark.parametrize(
    ("body", "text", "expected"),
    [
        ("翌3日には、親善試合に先発出場。", "3日", "3日"),
        ("容疑者は9日、店で警察官に拘束された。", "9日", "9日"),
        # After a topic the day must be set off by a comma; a clause before it is no topic.
        ("容疑者は9日に店で拘束された。", "9日", None),
        ("通報を受けた警察は、9日、容疑者を拘束した。", "9日", None),
    ],
)
def test_opening_day_after_a_prefix_or_the_topic(
    body: str, text: str, expected: str | None
) -> None:
    found = opening_day(body, 0, (_time(body, text, "2024-12-0" + text[0]),))
    assert (found.text if found else None) == expected


# --------------------------------------------------------------------------- meetings

# 米国と日本は13日、会談した。 (the meeting, dated)
MET = (
    "米国 PROPN nmod 2 名詞-固有名詞-地名-国; と ADP case 0; 日本 PROPN nsubj 8 名詞-固有名詞-地名-国; "
    f"は ADP case 2; 13 NUM nummod 5; 日 NOUN obl 8; 、 PUNCT punct 5; 会談 VERB ROOT - {SAHEN}; "
    "し=する AUX aux 7; た AUX aux 7; 。 PUNCT punct 7"
)

# 米国と日本は同盟を強化する方針で一致した。 (both parties: done in the meeting)
BOTH_AGREED = (
    "米国 PROPN nmod 2 名詞-固有名詞-地名-国; と ADP case 0; 日本 PROPN nsubj 10 名詞-固有名詞-地名-国; "
    f"は ADP case 2; 同盟 NOUN obj 6; を ADP case 4; 強化 VERB acl 8 {SAHEN}; する AUX aux 6; "
    f"方針 NOUN obl 10; で ADP case 8; 一致 VERB ROOT - {SAHEN}; し=する AUX aux 10; た AUX aux 10; "
    "。 PUNCT punct 10"
)

# 日本は同盟を強化する方針で一致した。 (one party only: may be another occasion)
ONE_AGREED = (
    "日本 PROPN nsubj 8 名詞-固有名詞-地名-国; は ADP case 0; 同盟 NOUN obj 4; を ADP case 2; "
    f"強化 VERB acl 6 {SAHEN}; する AUX aux 4; 方針 NOUN obl 8; で ADP case 6; "
    f"一致 VERB ROOT - {SAHEN}; し=する AUX aux 8; た AUX aux 8; 。 PUNCT punct 8"
)


@pytest.mark.parametrize(
    ("then", "expected"),
    [
        ((BOTH_AGREED,), "2025-03-13"),
        ((ONE_AGREED,), None),
        (("\n\n", BOTH_AGREED), None),  # another paragraph
    ],
)
def test_what_the_meetings_parties_did_together_next_takes_its_day(
    then: tuple[str, ...], expected: str | None
) -> None:
    both = BOTH_AGREED in then
    actors = [A("米国", "united_states", "country"), A("日本", "japan", "country")]
    actors += [A("日本", "japan", "country", nth=1)]
    actors += [A("米国", "united_states", "country", nth=1)] if both else []
    # An undated lead first, so that the lead-event rules of finish() stay out of it.
    a = article(
        "!両国の関係は深い。", "\n\n", MET, *then,
        actors=tuple(actors), times=(T("13日", "2025-03-13"),),
    )  # fmt: skip
    found = [(e.type, e.date) for e in extract_events(a)]
    assert found == [("CONSULT", "2025-03-13"), ("AGREE", expected)]


# --------------------------------------------------------------------------- announced day


def _announced(verb: str, lemma: str, pluperfect: bool) -> str:
    """首相はドーハで15日、イスラエルとハマスが停戦で合意した(ていた)と<verb>した。 The day
    follows a place, so it frames the statement only (no day opens the sentence)."""
    n = 19 if pluperfect else 17  # the index of the reporting verb
    tail = (
        "し=する AUX aux 13; て SCONJ mark 13; い=いる VERB fixed 15; た AUX aux 13"
        if pluperfect
        else "し=する AUX aux 13; た AUX aux 13"
    )
    return (
        f"首相 NOUN nsubj {n}; は ADP case 0; ドーハ PROPN obl {n}; で ADP case 2; "
        f"15 NUM nummod 5; 日 NOUN obl {n}; 、 PUNCT punct 5; "
        "イスラエル PROPN nmod 9; と ADP case 7; ハマス PROPN nsubj 13; が ADP case 9; "
        f"停戦 NOUN obl 13 {SAHEN}; で ADP case 11; 合意 VERB ccomp {n} {SAHEN}; {tail}; "
        f"と ADP case 13; {verb}={lemma} VERB ROOT - {SAHEN}; し=する AUX aux {n}; "
        f"た AUX aux {n}; 。 PUNCT punct {n}"
    )


@pytest.mark.parametrize(
    ("verb", "lemma", "pluperfect", "expected"),
    [
        ("発表", "発表", False, "2025-01-15"),  # announced that day: done that day
        ("発表", "発表", True, None),  # 合意していたと発表: retold, no day of its own
        ("説明", "説明", False, None),  # an explanation may retell an older agreement
    ],
)
def test_an_act_announced_takes_the_announcements_day(
    verb: str, lemma: str, pluperfect: bool, expected: str | None
) -> None:
    a = article(
        _announced(verb, lemma, pluperfect),
        actors=(A("首相", "qatar_pm"), A("イスラエル", "israel", "country"),
                A("ハマス", "hamas", "org")),
        times=(T("15日", "2025-01-15"),),
        published="2025-01-16T07:00:00+09:00",
    )  # fmt: skip
    agree = [e for e in extract_events(a) if e.type == "AGREE"]
    assert [e.date for e in agree] == [expected]


# --------------------------------------------------------------------------- no event

PUTIN_ = A("プーチン氏", "vladimir_putin")
TRUMP_ = A("トランプ氏", "donald_trump")

# トランプ氏はロシアが停戦に同意することを期待すると述べた。 (a hope: no AGREE)
HOPED = (
    "トランプ氏 PROPN nsubj 13; は ADP case 0; ロシア PROPN nsubj 6 名詞-固有名詞-地名-国; "
    f"が ADP case 2; 停戦 NOUN obl 6 {SAHEN}; に ADP case 4; 同意 VERB acl 8 {SAHEN}; "
    f"する AUX aux 6; こと NOUN obj 10; を ADP case 8; 期待 VERB ccomp 13 {SAHEN}; "
    "する AUX aux 10; と ADP case 10; 述べ=述べる VERB ROOT -; た AUX aux 13; 。 PUNCT punct 13"
)

# 日鉄は買収するのではなく投資をするのだと述べた。 (the acquisition is set aside)
SET_ASIDE = (
    f"日鉄 PROPN nsubj 14; は ADP case 0; 買収 VERB advcl 10 {SAHEN}; する AUX aux 2; "
    "の SCONJ mark 2; で=だ AUX cop 2; は ADP case 2; なく=ない AUX aux 2; "
    f"投資 NOUN obj 10 {SAHEN}; を ADP case 8; する VERB ccomp 14; の SCONJ mark 10; "
    "だ AUX cop 10; と ADP case 10; 述べ=述べる VERB ROOT -; た AUX aux 14; 。 PUNCT punct 14"
)


@pytest.mark.parametrize(
    ("spec", "actors", "unwanted"),
    [
        (HOPED, (TRUMP_, RUSSIA), "AGREE"),
        (SET_ASIDE, (A("日鉄", "nippon_steel", "org"),), "OTHER"),
    ],
)
def test_hopes_and_acts_set_aside_are_no_events(
    spec: str, actors: tuple[A, ...], unwanted: str
) -> None:
    assert unwanted not in [e.type for e in extract_events(article(spec, actors=actors))]


# 両首脳は交渉を始めることで一致した。 GiNZA hangs the topic 両首脳は on 始める: the talks
# to be started are what was agreed, not an event of their own.
TALKS_AGREED = (
    "両首脳 NOUN nsubj 4; は ADP case 0; 交渉 NOUN obj 4 名詞-普通名詞-サ変可能; を ADP case 2; "
    f"始める VERB acl 5; こと NOUN obl 7; で ADP case 5; 一致 VERB ROOT - {SAHEN}; "
    "し=する AUX aux 7; た AUX aux 7; 。 PUNCT punct 7"
)


def test_a_topic_hung_inside_an_agreed_clause_does_not_unfold_it() -> None:
    a = article(
        TALKS_AGREED,
        actors=(A("両首脳", "donald_trump"), A("両首脳", "vladimir_putin")),
    )
    assert [e.type for e in extract_events(a)] == ["AGREE"]
