"""Dates from the frame a sentence sets (tests the paragraph-frame and declaration-day rules of
events/extraction.py): a day that opens a sentence with a comma dates the undated events told
after it in its paragraph; a declaration of readiness is dated by its declaring verb.

Parses are hand-built in the builders.py notation; the sentences are the project's own.
"""

from __future__ import annotations

import dataclasses

import parses as P
import pytest
from builders import A, T, article

from storyline.events import extract_events
from storyline.events.extraction import (
    _date_by_game_day,
    _date_by_sentence_frame,
    opening_day,
    ordinal_frame,
    paragraph_frame,
)
from storyline.models import Event, EventMention, TimeExpression

TRUMP = A("トランプ米大統領", "donald_trump", name="Donald Trump")
PUTIN = A("プーチン大統領", "vladimir_putin", name="Vladimir Putin")
US = A("米国", "united_states", "country")
RUSSIA = A("ロシア", "russia", "country")
UKRAINE = A("ウクライナ", "ukraine", "country")

# 20日、米国とロシアは協議した。
FRAMED = "20 NUM nummod 1; 日 NOUN obl 7; 、 PUNCT punct 1; 米国 PROPN nmod 5 名詞-固有名詞-地名-国; と ADP case 3; ロシア PROPN nsubj 7 名詞-固有名詞-地名-国; は ADP case 5; 協議 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 7; た AUX aux 7; 。 PUNCT punct 7"

# 米国とロシアは20日、協議した。 (the day follows the subject: it frames only this sentence)
UNFRAMED = "米国 PROPN nmod 2 名詞-固有名詞-地名-国; と ADP case 0; ロシア PROPN nsubj 7 名詞-固有名詞-地名-国; は ADP case 2; 20 NUM nummod 5; 日 NOUN obl 7; 、 PUNCT punct 5; 協議 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 7; た AUX aux 7; 。 PUNCT punct 7"

# ウクライナは11日、停戦案を受け入れる用意があると表明した。 (GiNZA hangs 11日 on 表明)
DECLARED = "ウクライナ PROPN nsubj 13 名詞-固有名詞-地名-国; は ADP case 0; 11 NUM nummod 3; 日 NOUN obl 13; 、 PUNCT punct 3; 停戦 NOUN compound 6 名詞-普通名詞-サ変可能; 案 NOUN obj 8; を ADP case 6; 受け入れる VERB acl 9; 用意 NOUN nsubj 11 名詞-普通名詞-サ変可能; が ADP case 9; ある VERB ccomp 13; と ADP case 11; 表明 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 13; た AUX aux 13; 。 PUNCT punct 13"


def _time(body: str, text: str, value: str) -> TimeExpression:
    start = body.index(text)
    return TimeExpression(text=text, type="date", value=value, start=start, end=start + len(text))


@pytest.mark.parametrize(
    ("body", "time", "sentence_at", "expected"),
    [
        ("3月11日、両国が協議した。", ("3月11日", "2025-03-11"), "両国", "3月11日"),
        ("翌19日、大統領は話した。", ("19日", "2025-03-19"), "大統領", "19日"),
        ("前置きだ。3月11日、両国が協議した。", ("3月11日", "2025-03-11"), "両国", "3月11日"),
        (
            "前置きだ。3月11日、両国が協議した。続けた。",
            ("3月11日", "2025-03-11"),
            "続け",
            "3月11日",
        ),
        # The day comes after the sentence: it does not frame the one before it.
        ("前置きだ。3月11日、両国が協議した。", ("3月11日", "2025-03-11"), "前置き", None),
        # 同日 only points back at another event's day.
        ("同日、両国が協議した。", ("同日", "2025-03-11"), "両国", None),
        # Not at the start of the sentence, or no comma: the day is the clause's own.
        ("両国は11日、協議した。", ("11日", "2025-03-11"), "両国", None),
        ("11日に両国が協議した。", ("11日", "2025-03-11"), "両国", None),
        # A month is no day frame.
        ("3月、両国が協議した。", ("3月", "2025-03"), "両国", None),
        # Another paragraph's opening day does not reach across the break.
        ("3月11日、協議した。\n\n両国は続けた。", ("3月11日", "2025-03-11"), "両国", None),
    ],
)
def test_paragraph_frame(
    body: str, time: tuple[str, str], sentence_at: str, expected: str | None
) -> None:
    found = paragraph_frame(body, body.index(sentence_at), (_time(body, *time),))
    assert (found.text if found else None) == expected


def _lead_then(*paragraph: str) -> list[tuple[str, str | None]]:
    """Events (type, date) of an article with a dated lead call and the given paragraph."""
    a = article(
        P.CALL, "\n\n", *paragraph,
        actors=(TRUMP, PUTIN, US, RUSSIA, A("ロシア", "russia", "country", nth=2)),
        times=(T("18日", "2025-03-18"), T("20日", "2025-03-20")),
        published="2025-03-21T07:00:00+09:00",
    )  # fmt: skip
    return [(e.type, e.date) for e in extract_events(a)]


def test_a_day_opening_a_sentence_dates_what_the_paragraph_tells_after_it() -> None:
    # 20日、米国とロシアは協議した。ロシアは30日間の全面停戦案を受け入れなかった。
    assert _lead_then(FRAMED, P.REFUSE) == [
        ("CONSULT", "2025-03-18"),
        ("CONSULT", "2025-03-20"),
        ("REJECT", "2025-03-20"),
    ]


def test_a_day_after_the_subject_frames_only_its_own_sentence() -> None:
    # 米国とロシアは20日、協議した。ロシアは…受け入れなかった。: the refusal stays unknown.
    assert _lead_then(UNFRAMED, P.REFUSE) == [
        ("CONSULT", "2025-03-18"),
        ("CONSULT", "2025-03-20"),
        ("REJECT", None),
    ]


def test_declared_readiness_takes_the_day_of_the_declaration() -> None:
    a = article(DECLARED, actors=(UKRAINE,), times=(T("11日", "2025-03-11"),))
    (ev,) = extract_events(a)
    assert (ev.type, ev.status, ev.date) == ("AGREE", "occurred", "2025-03-11")
    assert [p.entity for p in ev.actors] == ["ukraine"]
    assert ev.mention.date_text == "11日"


# 法案は既に衆院を通過していたため、修正が必要になった。
REASON_RETOLD = "法案 NOUN nsubj 4; は ADP case 0 助詞-係助詞; 既に ADV advmod 4; 衆院 NOUN obj 4; 通過 VERB acl 9 名詞-普通名詞-サ変可能; し=する AUX aux 4; て SCONJ mark 4; い=いる VERB fixed 6; た AUX aux 4; ため NOUN obl 14; 、 PUNCT punct 4; 修正 NOUN nsubj 14 名詞-普通名詞-サ変可能; が ADP case 11; 必要 ADJ advcl 14; なっ=なる VERB ROOT -; た AUX aux 14; 。 PUNCT punct 14"

# 法案は3日に衆院を通過していたため、修正が必要になった。 (dated: kept as background)
REASON_DATED = "法案 NOUN nsubj 6; は ADP case 0 助詞-係助詞; 3 NUM nummod 3; 日 NOUN obl 6; に ADP case 3; 衆院 NOUN obj 6; 通過 VERB advcl 16 名詞-普通名詞-サ変可能; し=する AUX aux 6; て SCONJ mark 6; い=いる AUX aux 6; た AUX aux 6; ため NOUN mark 6; 、 PUNCT punct 6; 修正 NOUN nsubj 16 名詞-普通名詞-サ変可能; が ADP case 13; 必要 ADJ advcl 16; なっ=なる VERB ROOT -; た AUX aux 16; 。 PUNCT punct 16"

LOWER_HOUSE = A("衆院", "house_a", "org")


@pytest.mark.parametrize(
    ("spec", "times", "expected"),
    [
        (REASON_RETOLD, (), []),  # retold as the reason, nothing to place on a timeline
        (REASON_DATED, (T("3日", "2025-03-03"),), [("OTHER", "2025-03-03", True)]),
    ],
)
def test_an_undated_retelling_in_a_reason_clause_is_no_event(
    spec: str, times: tuple[T, ...], expected: list[tuple[str, str | None, bool]]
) -> None:
    a = article(spec, actors=(LOWER_HOUSE,), times=times)
    assert [(e.type, e.date, e.mention.background) for e in extract_events(a)] == expected


def _in_sentence(sentence: str, trigger: str, date: str | None, date_text: str | None) -> Event:
    """An event of ``sentence`` (at offset 0 of its article) triggered at ``trigger``."""
    at = sentence.index(trigger)
    mention = EventMention(
        article_id="x",
        sentence_index=0,
        sentence=sentence,
        start=0,
        end=len(sentence),
        trigger_start=at,
        trigger_end=at + len(trigger),
        date_text=date_text,
    )
    return Event(
        id="x-e1",
        article_id="x",
        type="OTHER",
        trigger=trigger,
        status="occurred",
        mention=mention,
        date=date,
    )


GAME = "3月19日の第2戦は、大谷選手が本塁打を放ち、チームが勝って2連勝した。"


@pytest.mark.parametrize(
    ("sentence", "dated", "undated", "expected"),
    [
        # The day dates the topic (の…は) or is set off by a comma: it frames the sentence.
        (GAME, ("放ち", "2025-03-19", "3月19日"), "勝っ", "2025-03-19"),
        (
            "20日、両国は協議し、停戦案で一致した。",
            ("協議", "2025-03-20", "20日"),
            "一致",
            "2025-03-20",
        ),
        # A day inside a clause (11日に合意した案) dates that clause only.
        ("両国が11日に合意した案を大統領は拒んだ。", ("合意", "2025-03-11", "11日"), "拒ん", None),
        # A month, or a day written after the first trigger, frames nothing.
        ("3月、両国は協議し、停戦案で一致した。", ("協議", "2025-03", "3月"), "一致", None),
        ("両国は協議し、20日、停戦案で一致した。", ("一致", "2025-03-20", "20日"), "協議", None),
    ],
)
def test_a_day_opening_a_sentence_dates_its_other_events(
    sentence: str, dated: tuple[str, str, str], undated: str, expected: str | None
) -> None:
    events = [_in_sentence(sentence, *dated), _in_sentence(sentence, undated, None, None)]
    events.sort(key=lambda e: e.mention.trigger_start)
    got = {e.trigger: e.date for e in _date_by_sentence_frame(events)}
    assert got[undated] == expected
    assert got[dated[0]] == dated[1]  # the donor keeps its own date


ORDINALS = "両国は2度会談した。1度目は2月12日、2度目は3月18日だ。\n\n"


@pytest.mark.parametrize(
    ("body", "sentence_at", "expected"),
    [
        (ORDINALS + "2度目の会談は長かった。両国は一致した。", "両国は一致", "3月18日"),
        (ORDINALS + "1度目の会談では、両国が一致した。", "両国が", "2月12日"),
        (ORDINALS.replace("度", "回") + "2回目の協議は長かった。", "2回目の協議", "3月18日"),
        # The paragraph must open on the occasion; one named further in is not its frame.
        (ORDINALS + "両国は一致した。2度目の会談は長かった。", "両国", None),
        # No day written for that occasion, or only a month.
        (ORDINALS + "3度目の会談は長かった。", "3度目", None),
        ("1度目は2月、2度目は3月だ。\n\n2度目の会談は長かった。", "2度目の会談", None),
    ],
)
def test_a_paragraph_opening_on_the_nth_occasion_takes_its_day(
    body: str, sentence_at: str, expected: str | None
) -> None:
    values = {"2月12日": "2025-02-12", "3月18日": "2025-03-18", "2月": "2025-02", "3月": "2025-03"}
    times = tuple(
        _time(body, text, value)
        for text, value in values.items()
        if text in body and not (len(text) == 2 and f"{text}1" in body)
    )
    found = ordinal_frame(body, body.rindex(sentence_at), times)
    assert (found.text if found else None) == expected


def _game(sentence: str, trigger: str, *, score: bool, start: int = 0) -> Event:
    """A game event of ``sentence`` (kind game, with a score when ``score``) at ``start``."""
    ev = _in_sentence(sentence, trigger, None, None)
    attrs = (("kind", "game"), ("score", "4-1")) if score else (("kind", "game"),)
    at = dataclasses.replace(
        ev.mention,
        start=start,
        end=start + len(sentence),
        trigger_start=start + ev.mention.trigger_start,
        trigger_end=start + ev.mention.trigger_end,
    )
    return dataclasses.replace(ev, attributes=attrs, mention=at)


EVENING = "2025-03-18T22:45:00+09:00"
MORNING = "2025-03-19T07:00:00+09:00"


@pytest.mark.parametrize(
    ("published", "lead_times", "expected"),
    [
        # An undated result in the lead: the game of the publication day, and its plays too.
        (EVENING, (), ["2025-03-18", "2025-03-18", None]),
        # The lead writes a day: the writer dated the game; nothing is guessed.
        (EVENING, (("18日", "2025-03-18"),), [None, None, None]),
        # No publication day known; a morning page may report the night before.
        (None, (), [None, None, None]),
        (MORNING, (), [None, None, None]),
        ("2025-03-18", (), [None, None, None]),
    ],
)
def test_an_undated_game_result_in_the_lead_is_the_publication_days(
    published: str | None, lead_times: tuple[tuple[str, str], ...], expected: list[str | None]
) -> None:
    lead = "大谷が本塁打を放ち、チームは4－1で勝った。"
    later = "\n\n佐々木は3回で降板した。"
    events = [
        _game(lead, "本塁打", score=False),
        _game(lead, "勝っ", score=True),
        _game(later.strip(), "降板", score=False, start=len(lead) + 2),
    ]
    times = tuple(
        TimeExpression(text=t, type="date", value=v, start=0, end=3) for t, v in lead_times
    )
    got = _date_by_game_day(events, published, len(lead), times)
    assert [e.date for e in got] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("26日夕方には遺体が見つかり、死亡が確認された。", "26日"),
        ("26日には避難指示が出た。", "26日"),
        ("26日、避難指示が出た。", "26日"),
        # A day with に (the clause's own), a later day, or a month opens no frame.
        ("26日に協議し、避難指示が出た。", None),
        ("市は26日には避難指示を出した。", None),
        ("2月には避難指示が出た。", None),
    ],
)
def test_a_day_with_niwa_opening_a_sentence(body: str, expected: str | None) -> None:
    text = "2月" if body.startswith("2月") else "26日"
    time = _time(body, text, "2025-02" if text == "2月" else "2025-02-26")
    found = opening_day(body, 0, (time,))
    assert (found.text if found else None) == expected
