"""Dates from the frame a sentence sets (tests the paragraph-frame and declaration-day rules of
events/extraction.py): a day that opens a sentence with a comma dates the undated events told
after it in its paragraph; a declaration of readiness is dated by its declaring verb.

Parses are hand-built in the builders.py notation; the sentences are the project's own.
"""

from __future__ import annotations

import parses as P
import pytest
from builders import A, T, article

from storyline.events import extract_events
from storyline.events.extraction import paragraph_frame
from storyline.models import TimeExpression

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
