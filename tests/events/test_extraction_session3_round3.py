"""Session 3, round 3 date rules of events/extraction.py: a statement made after 記者会見し、
takes the dated lead's day like one made 会見で, and a glance back inside the lead paragraph
(前日に…) does not end the news day; terms put by a leader's side (ロシア側は…求めた, after
ロシアのプーチン大統領が会談し) take the lead meeting's day; a day set off by a comma is no
own date of a relative clause GiNZA hung it on.

The sentences are the project's own.
"""

from __future__ import annotations

import pytest
from builders import A, T, article

from storyline.events import extract_events
from storyline.events.extraction import (
    JUDGED_AFTER,
    date_by_lead_statement,
    finish,
    leader_sides,
)
from storyline.models import ActorMention, Event, EventMention, Participant


def _event(
    sentence: str,
    trigger: str,
    *,
    body: str,
    type_: str = "OTHER",
    date: str | None = None,
    actors: tuple[str, ...] = ("x",),
) -> Event:
    """An occurred event of ``sentence``, which stands at its first place in ``body``."""
    start = body.index(sentence)
    at = start + sentence.index(trigger)
    mention = EventMention(
        article_id="art", sentence_index=0, sentence=sentence, start=start,
        end=start + len(sentence), trigger_start=at, trigger_end=at + len(trigger),
        date_text="17日" if date else None,
    )  # fmt: skip
    return Event(
        id="", article_id="art", type=type_, trigger=trigger, status="occurred",
        mention=mention, date=date,
        actors=tuple(Participant(entity=a, name=a, surface=a) for a in actors),
    )  # fmt: skip


LEAD = "外相は17日、隣国の外相と電話で協議した。"
LOOK_BACK = "前日に首相が話し合った内容を伝えた。"


@pytest.mark.parametrize(
    ("lead_extra", "between", "said", "expected"),
    [
        # 記者会見し、 names the occasion of the statement as 記者会見で does
        ("", "", "知事は記者会見し、支援を続ける考えを表明した。", "2025-03-17"),
        ("", "", "知事は支援を続ける考えを表明した。", None),  # no occasion named
        # a look-back inside the lead paragraph leaves the news day as it is
        (LOOK_BACK, "", "知事は記者会見し、支援を続ける考えを表明した。", "2025-03-17"),
        # an event of another day after the lead still ends it
        ("", "両国は5日に合意していた。", "知事は記者会見し、考えを表明した。", None),
    ],
)
def test_a_statement_after_a_press_conference_takes_the_leads_day(
    lead_extra: str, between: str, said: str, expected: str | None
) -> None:
    body = LEAD + lead_extra + "\n\n" + between + said
    events = [_event(LEAD, "協議", body=body, type_="CONSULT", date="2025-03-17")]
    if lead_extra:
        events.append(_event(lead_extra, "話し合っ", body=body, date="2025-03-16"))
    if between:
        events.append(_event(between, "合意", body=body, type_="AGREE", date="2025-03-05"))
    events.append(_event(said, "表明", body=body))
    assert date_by_lead_statement(events, body)[-1].date == expected


# --------------------------------------------------------------------------- a leader's side


def _actors(body: str, names: list[tuple[str, str, str]]) -> list[ActorMention]:
    """Actor mentions of (surface, entity, kind) at their first places in ``body``."""
    out = []
    for surface, entity, kind in names:
        start = body.index(surface)
        out.append(
            ActorMention(entity=entity, name=surface, surface=surface, start=start,
                         end=start + len(surface), kind=kind)  # type: ignore[arg-type]
        )  # fmt: skip
    return out


@pytest.mark.parametrize(
    ("body", "names", "expected"),
    [
        ("フランスのマクロン大統領とドイツのメルツ首相が会談した。",
         [("フランス", "france", "country"), ("マクロン大統領", "macron", "person"),
          ("ドイツ", "germany", "country"), ("メルツ首相", "merz", "person")],
         {"macron": "france", "merz": "germany"}),
        # not a country right before with の: no side
        ("フランスとマクロン大統領が話した。",
         [("フランス", "france", "country"), ("マクロン大統領", "macron", "person")], {}),
        ("国連のグテレス事務総長が訪れた。",
         [("国連", "un", "org"), ("グテレス事務総長", "guterres", "person")], {}),
    ],
)  # fmt: skip
def test_leader_sides(
    body: str, names: list[tuple[str, str, str]], expected: dict[str, str]
) -> None:
    assert leader_sides(body, _actors(body, names)) == expected


MEETING = "フランスのマクロン大統領とドイツのメルツ首相は3日、電話で会談した。"


@pytest.mark.parametrize(
    ("later", "doer", "expected"),
    [
        ("フランス側は支援の拡大を求めた。", "france", "2025-06-03"),  # a leader's side
        ("イタリア側は支援の拡大を求めた。", "italy", None),  # no side of the call
    ],
)
def test_terms_put_by_a_leaders_side_take_the_meetings_day(
    later: str, doer: str, expected: str | None
) -> None:
    body = MEETING + "\n\n" + later
    lead = _event(MEETING, "会談", body=body, type_="CONSULT", date="2025-06-03",
                  actors=("macron", "merz"))  # fmt: skip
    ev = _event(later, "求め", body=body, type_="REQUEST", actors=(doer,))
    sides = {"macron": "france", "merz": "germany"}
    out = finish([lead, ev], "2025-06-04", lead_end=body.index("\n\n"), sides=sides)
    assert out[1].date == expected
    # without the sides, a country is no party of the leaders' call
    assert finish([lead, ev], "2025-06-04", lead_end=body.index("\n\n"))[1].date is None


# --------------------------------------------------------------------------- a comma-set day


def _suit(day: str) -> str:
    """日鉄は<day>米社の買収を禁止する大統領令について、訴訟を提起した。 in the builders
    notation, with the day hung on 禁止 as GiNZA does; ``day`` is 6日、 or 6日に."""
    particle = "、 PUNCT punct 3 補助記号-読点" if day.endswith("、") else "に ADP case 3"
    return (
        "日鉄 PROPN nsubj 16; は ADP case 0; 6 NUM nummod 3; 日 NOUN obl 9; "
        f"{particle}; 米社 PROPN nmod 7; の ADP case 5; 買収 NOUN obj 9; を ADP case 7; "
        "禁止 VERB acl 11 名詞-普通名詞-サ変可能; する AUX aux 9; 大統領令 NOUN obl 16; "
        "について ADP case 11; 、 PUNCT punct 11 補助記号-読点; 訴訟 NOUN obj 16; "
        "を ADP case 14; 提起 VERB ROOT - 名詞-普通名詞-サ変可能; し=する AUX aux 16; "
        "た AUX aux 16; 。 PUNCT punct 16"
    )


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        # the comma sets the day off for the main clause: the decree is only described
        ("6日、", [("OTHER", "提起", "2025-01-06")]),
        # written without one, the day is the relative clause's own: a dated background act
        ("6日に", [("COERCE", "禁止", "2025-01-06"), ("OTHER", "提起", None)]),
    ],
)
def test_a_comma_set_day_is_no_date_of_a_relative_clause(
    day: str, expected: list[tuple[str, str, str]]
) -> None:
    a = article(
        _suit(day),
        actors=(A("日鉄", "nippon_steel", kind="org"), A("米社", "us_steel", kind="org")),
        times=(T("6日", "2025-01-06"),),
        published="2025-01-07T09:00:00+09:00",
    )
    assert [(e.type, e.trigger, e.date) for e in extract_events(a)] == expected


# --------------------------------------------------------------------------- a judged act

#: 大統領が命令を出したのは違法だとして、日鉄は訴えを起こした。
JUDGED = (
    "大統領 NOUN nsubj 4; が ADP case 0; 命令 NOUN obj 4 名詞-普通名詞-サ変可能; "
    "を ADP case 2; 出し=出す VERB advcl 8; た AUX aux 4; の SCONJ mark 4; は ADP case 4; "
    "違法 ADJ advcl 11; だ AUX cop 8; と ADP case 8; し=する VERB advcl 18; "
    "て SCONJ mark 11; 、 PUNCT punct 11 補助記号-読点; 日鉄 PROPN nsubj 18; "
    "は ADP case 14; 訴え NOUN obj 18; を ADP case 16; 起こし=起こす VERB ROOT -; "
    "た AUX aux 18; 。 PUNCT punct 18"
)
#: 大統領が3日に命令を出したのは違法だとして、日鉄は訴えを起こした。
JUDGED_DATED = (
    "大統領 NOUN nsubj 7; が ADP case 0; 3 NUM nummod 3; 日 NOUN obl 7; に ADP case 3; "
    "命令 NOUN obj 7 名詞-普通名詞-サ変可能; を ADP case 5; 出し=出す VERB advcl 11; "
    "た AUX aux 7; の SCONJ mark 7; は ADP case 7; 違法 ADJ advcl 14; だ AUX cop 11; "
    "と ADP case 11; し=する VERB advcl 21; て SCONJ mark 14; 、 PUNCT punct 14 補助記号-読点; "
    "日鉄 PROPN nsubj 21; は ADP case 17; 訴え NOUN obj 21; を ADP case 19; "
    "起こし=起こす VERB ROOT -; た AUX aux 21; 。 PUNCT punct 21"
)


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # the order is only what the suit calls unlawful: background, no event
        (JUDGED, [("OTHER", "訴え", None)]),
        # with a date of its own it is a (background) event the reader needs
        (JUDGED_DATED, [("COERCE", "命令", "2025-01-03"), ("OTHER", "訴え", None)]),
    ],
)
def test_an_act_named_as_what_a_verdict_is_about(
    spec: str, expected: list[tuple[str, str, str | None]]
) -> None:
    a = article(
        spec,
        actors=(A("大統領", "joe_biden"), A("日鉄", "nippon_steel", kind="org")),
        times=(T("3日", "2025-01-03"),) if "3 NUM" in spec else (),
        published="2025-01-07T09:00:00+09:00",
    )
    assert [(e.type, e.trigger, e.date) for e in extract_events(a)] == expected


@pytest.mark.parametrize(
    ("after", "judged"),
    [
        ("のは違法だとして", True),
        ("のは不当であるとして", True),
        ("のは2月26日の午後だった", False),  # a cleft naming the day: news
        ("のは「違法」だと", False),
        ("ので、", False),
    ],
)
def test_judged_after(after: str, judged: bool) -> None:
    assert (JUDGED_AFTER.match(after) is not None) == judged


# --------------------------------------------------------------------------- a casualty

#: 社長は4日、ホテル前で銃撃され、死亡した。
SHOT = (
    "社長 NOUN nsubj 11; は ADP case 0; 4 NUM nummod 3; 日 NOUN obl 11; "
    "、 PUNCT punct 3 補助記号-読点; ホテル前 NOUN obl 7; で ADP case 5; "
    "銃撃 VERB advcl 11 名詞-普通名詞-サ変可能; さ=する AUX aux 7; れ=れる AUX aux 7; "
    "、 PUNCT punct 7 補助記号-読点; 死亡 VERB ROOT - 名詞-普通名詞-サ変可能; "
    "し=する AUX aux 11; た AUX aux 11; 。 PUNCT punct 11"
)
#: 社長は4日、ホテル前で銃撃され、死亡した。, with GiNZA's other reading: the two clauses
#: side by side, not one inside the other: both stay events.
SIDE_BY_SIDE = SHOT.replace("銃撃 VERB advcl 11", "銃撃 VERB conj 11")


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        (SHOT, [("ASSAULT", "銃撃")]),  # the death is the attack's outcome: one row
        (SIDE_BY_SIDE, [("ASSAULT", "銃撃"), ("OTHER", "死亡")]),
    ],
)
def test_a_death_from_an_attack_is_folded_into_it(
    spec: str, expected: list[tuple[str, str]]
) -> None:
    a = article(
        spec,
        actors=(A("社長", "provisional:社長"),),
        times=(T("4日", "2024-12-04"),),
        published="2024-12-05T09:00:00+09:00",
    )
    assert [(e.type, e.trigger) for e in extract_events(a)] == expected
