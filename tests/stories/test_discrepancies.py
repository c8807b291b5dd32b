"""Disagreement checks of one merged event: date, number, place (and the traps)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import pytest
from stories_helpers import analysis, art, ev, quantity

from storyline.models import AnalyzedArticle, Article, Discrepancy, Event, Token
from storyline.stories.discrepancies import Context, check_date, check_numbers, check_place
from storyline.stories.merging import Group
from storyline.stories.rules import load_rules
from storyline.stories.sources import origins


def ctx_for(
    articles: Sequence[Article],
    analyses: Sequence[AnalyzedArticle] = (),
    kinds: dict[str, str] | None = None,
) -> Context:
    return Context(
        origin_of=origins(articles),
        analyses={a.article_id: a for a in analyses},
        kinds=kinds or {},
        rules=load_rules(),
    )


def arts(*ids: str, **kw: object) -> list[Article]:
    return [art(i, **kw) for i in ids]  # type: ignore[arg-type]


# --------------------------------------------------------------------------- date


def test_date_conflict_lists_both_sides_with_sources_and_evidence() -> None:
    articles = [*arts("a", "b", "c"), art("copy", duplicate_of="a"), art("blog", published=None)]
    g = Group(
        [ev(i, 1, date="2025-03-18") for i in ("a", "b", "c", "copy")]
        + [ev("blog", 1, date="2025-03-14")]
    )
    d = check_date(g, "s-e1", ctx_for(articles))
    assert d is not None and d.kind == "date" and d.event_id == "s-e1"
    first, second = d.values
    assert (first.value, first.independent_sources) == ("2025-03-18", 3)  # the copy counts once
    assert set(first.article_ids) == {"a", "b", "c", "copy"}
    assert (second.value, second.article_ids) == ("2025-03-14", ("blog",))
    assert second.evidence == (g.events[-1].mention.sentence,)


@pytest.mark.parametrize(
    ("events", "why"),
    [
        ([ev("a", 1, date="2025-03-18"), ev("b", 1, date="--03-18")], "year missing, same day"),
        ([ev("a", 1, date="2025-03-18"), ev("b", 1, date="2025-03")], "month only"),
        (
            [ev("a", 1, date="2025-03-24", status="planned"), ev("b", 1, date="2025-03-25")],
            "planned date vs when it happened",
        ),
        (
            [ev("a", 1, date="2025-03-18"), ev("b", 1, date="2025-03-17", date_text="翌日")],
            "a date derived from another date of the page",
        ),
        (
            [
                ev("a", 1, date="2025-03-18", sentence="米東部時間18日に電話会談した。"),
                ev("b", 1, date="2025-03-19", sentence="日本時間の19日未明まで会談した。"),
            ],
            "one moment in two time zones",
        ),
        (
            [ev("a", 1, date="2025-03-18"), ev("b", 1, date="2025-03-14", background=True)],
            "a background mention",
        ),
    ],
)
def test_date_traps_are_not_flagged(events: list[Event], why: str) -> None:
    assert check_date(Group(events), "e", ctx_for(arts("a", "b"))) is None, why


def test_one_wire_with_two_dates_is_not_two_sources() -> None:
    articles = [art("a", wire="共同通信"), art("b", wire="共同")]
    g = Group([ev("a", 1, date="2025-03-18"), ev("b", 1, date="2025-03-16")])
    assert check_date(g, "e", ctx_for(articles)) is None


def test_one_day_apart_without_time_zone_is_a_conflict() -> None:
    g = Group(
        [
            ev("a", 1, date="2025-02-26"),
            ev("b", 1, date="2025-02-26"),
            ev("blog", 1, date="2025-02-25"),
        ]
    )
    d = check_date(g, "e", ctx_for(arts("a", "b", "blog")))
    assert d is not None and [v.value for v in d.values] == ["2025-02-26", "2025-02-25"]


# --------------------------------------------------------------------------- number

CALL_A = "電話会談は2時間以上続いた。"
CALL_B = "会談は2時間半を超えた。"
CALL_C = "会談は約2時間半に及んだ。"
CALL_D = "会談はおよそ2時間だった。"


def _duration_group() -> tuple[Group, Context]:
    bodies = {"a": CALL_A, "b": CALL_B, "c": CALL_C, "d": CALL_D}
    articles = [art(k, v) for k, v in bodies.items()]
    found = {
        "a": quantity(CALL_A, "2時間以上", 2, "時間", normalized="PT2H", approximate=True),
        "b": quantity(CALL_B, "2時間半", 2.5, "時間", normalized="PT2H30M"),
        "c": quantity(CALL_C, "約2時間半", 2.5, "時間", normalized="PT2H30M", approximate=True),
        "d": quantity(CALL_D, "およそ2時間", 2, "時間", normalized="PT2H", approximate=True),
    }
    analyses = [analysis(a, quantities=[found[a.id]]) for a in articles]
    values = {"a": "PT2H", "b": "PT2H30M", "c": "PT2H30M", "d": "PT2H"}
    g = Group([ev(k, 1, sentence=bodies[k], attributes=[("duration", values[k])]) for k in bodies])
    return g, ctx_for(articles, analyses)


def test_bounds_and_approximations_of_one_duration_agree() -> None:
    g, ctx = _duration_group()
    assert check_numbers(g, "e", ctx) == []


@pytest.mark.parametrize(
    ("a", "b", "flag"),
    [
        (
            ("各175人を解放した。", "175人", 175, False),
            ("各150人を解放した。", "150人", 150, False),
            True,
        ),
        (
            ("約141億ドルで買収する。", "約141億ドル", 1.41e10, True),
            ("総額150億ドルで買収する。", "150億ドル", 1.5e10, False),
            True,
        ),
        (
            ("約4300億円を減額した。", "約4300億円", 4.3e11, True),
            ("3437億円を減額した。", "3437億円", 3.437e11, False),
            True,
        ),
        (
            ("約4300億円を減額した。", "約4300億円", 4.3e11, True),
            ("4320億円を減額した。", "4320億円", 4.32e11, False),
            False,
        ),
        (
            ("4万2000人以上が観戦した。", "4万2000人以上", 42000, True),
            ("4万2367人が観戦した。", "4万2367人", 42367, False),
            False,
        ),
        (
            ("4万5367人が観戦した。", "4万5367人", 45367, False),
            ("4万2367人が観戦した。", "4万2367人", 42367, False),
            True,
        ),
    ],
)
def test_number_table(
    a: tuple[str, str, float, bool], b: tuple[str, str, float, bool], flag: bool
) -> None:
    articles, analyses, events = [], [], []
    for aid, (body, text, value, approx) in zip(("x", "y"), (a, b), strict=True):
        article = art(aid, body)
        articles.append(article)
        analyses.append(
            analysis(article, quantities=[quantity(body, text, value, "人", approximate=approx)])
        )
        events.append(ev(aid, 1, sentence=body, attributes=[("count", repr(value))]))
    found = check_numbers(Group(events), "e", ctx_for(articles, analyses))
    assert bool(found) is flag
    if flag:
        assert found[0].kind == "number" and len(found[0].values) == 2


def test_developing_count_reported_at_different_times_is_not_flagged() -> None:
    g = Group(
        [
            ev("o1", 1, type="ASSAULT", date="2025-02-27", attributes=[("area", "600")]),
            ev("o3", 1, type="ASSAULT", date="2025-03-03", attributes=[("area", "2600")]),
        ]
    )
    assert check_numbers(g, "e", ctx_for(arts("o1", "o3"))) == []


def test_same_count_at_the_same_time_is_flagged() -> None:
    g = Group(
        [
            ev("o2", 1, type="ASSAULT", date="2025-03-03", attributes=[("area", "3600")]),
            ev("o3", 1, type="ASSAULT", date="2025-03-03", attributes=[("area", "2600")]),
        ]
    )
    (d,) = check_numbers(g, "e", ctx_for(arts("o2", "o3")))
    assert sorted(v.value for v in d.values) == ["2600", "3600"]


def test_scores_compare_as_strings() -> None:
    game = dict(type="OTHER", actors=["dodgers"], recipients=["cubs"])
    g = Group(
        [
            ev("m1", 1, attributes=[("score", "4-1")], **game),  # type: ignore[arg-type]
            ev("m2", 1, attributes=[("score", "4-1")], **game),  # type: ignore[arg-type]
            ev("blog", 1, attributes=[("score", "4-2")], **game),  # type: ignore[arg-type]
        ]
    )
    (d,) = check_numbers(g, "e", ctx_for(arts("m1", "m2", "blog")))
    assert [(v.value, v.independent_sources) for v in d.values] == [("4-1", 2), ("4-2", 1)]


def test_two_attributes_are_never_compared_with_each_other() -> None:
    g = Group(
        [
            ev("a", 1, attributes=[("released", "175"), ("wounded", "23")]),
            ev("b", 1, attributes=[("released", "175"), ("wounded", "23")]),
        ]
    )
    assert check_numbers(g, "e", ctx_for(arts("a", "b"))) == []


# --------------------------------------------------------------------------- place


@pytest.mark.parametrize(
    ("places", "kinds", "flag"),
    [
        (["リヤド", "リヤド", "ジッダ"], {"リヤド": "place", "ジッダ": "place"}, True),
        (["ジッダ", "サウジアラビア西部のジッダ"], {}, False),
        (["サウジアラビア", "リヤド"], {"サウジアラビア": "country", "リヤド": "place"}, False),
        (["リヤド", "リヤド"], {}, False),
    ],
)
def test_place_table(places: list[str], kinds: dict[str, str], flag: bool) -> None:
    ids = [f"p{i}" for i in range(len(places))]
    g = Group([ev(i, 1, place=p) for i, p in zip(ids, places, strict=True)])
    d: Discrepancy | None = check_place(g, "e", ctx_for(arts(*ids), kinds=kinds))
    assert (d is not None) is flag
    if d is not None:
        assert [(v.value, v.independent_sources) for v in d.values] == [
            ("リヤド", 2),
            ("ジッダ", 1),
        ]


def test_comma_date_before_a_later_predicate_is_no_evidence() -> None:
    from storyline.stories.discrepancies import unreliable_dates

    sentence = "両社は米国時間6日、大統領令の無効を求める訴訟を起こした。"
    order = ev(
        "b4",
        1,
        type="COERCE",
        trigger="大統領令",
        date="2025-01-06",
        sentence=sentence,
        date_text="米国時間6日",
    )
    order = replace_trigger(order, sentence.index("大統領令"))
    suit = replace_trigger(
        ev("b4", 1, type="OTHER", trigger="訴訟", date=None, sentence=sentence),
        sentence.index("訴訟"),
    )
    others = [ev(i, 1, type="COERCE", trigger="大統領令", date="2025-01-03") for i in ("b1", "b3")]
    g = Group([*others, order])
    ambiguous = unreliable_dates([g, Group([suit])])
    assert check_date(g, "e", ctx_for(arts("b1", "b3", "b4")), ambiguous) is None
    assert check_date(g, "e", ctx_for(arts("b1", "b3", "b4"))) is not None  # without the rule


def test_date_bound_to_its_verb_stays_evidence() -> None:
    from storyline.stories.discrepancies import unreliable_dates

    sentence = "山林火災は2025年2月25日に赤崎町で発生し、燃え広がった。"
    start = replace_trigger(
        ev(
            "o5",
            1,
            type="OTHER",
            trigger="発生",
            date="2025-02-25",
            sentence=sentence,
            date_text="2025年2月25日",
        ),
        sentence.index("発生"),
    )
    spread = replace_trigger(
        ev("o5", 1, type="OTHER", trigger="燃え広がっ", date=None, sentence=sentence),
        sentence.index("燃え"),
    )
    assert unreliable_dates([Group([start]), Group([spread])]) == frozenset()


def replace_trigger(e: Event, at: int) -> Event:
    import dataclasses

    m = dataclasses.replace(
        e.mention,
        trigger_start=e.mention.start + at,
        trigger_end=e.mention.start + at + len(e.trigger),
    )
    return dataclasses.replace(e, mention=m)


def test_two_places_from_one_page_are_one_place() -> None:
    g = Group(
        [
            ev("o1", 1, place="岩手県大船渡市"),
            ev("o1", 2, place="赤崎町"),
            ev("o2", 1, place="赤崎町"),
            ev("o8", 1, place="岩手県大船渡市"),
        ]
    )
    assert check_place(g, "e", ctx_for(arts("o1", "o2", "o8"))) is None


@pytest.mark.parametrize(
    ("a", "b", "kinds", "flag"),
    [
        ("リヤド", "ジッダ", {"リヤド": "place", "ジッダ": "place"}, True),
        ("東京ドーム", "大リーグ", {}, False),  # a venue and a league: not places to compare
        ("大船渡市", "陸前高田市", {}, True),  # administrative names are places
    ],
)
def test_only_recognisable_places_are_compared(
    a: str, b: str, kinds: dict[str, str], flag: bool
) -> None:
    g = Group([ev("x", 1, place=a), ev("y", 1, place=b)])
    assert (check_place(g, "e", ctx_for(arts("x", "y"), kinds=kinds)) is not None) is flag


def test_background_mention_still_says_where() -> None:
    kinds = {"リヤド": "place", "ジッダ": "place"}
    g = Group([ev("a7", 1, place="ジッダ"), ev("a6", 1, place="リヤド", background=True)])
    d = check_place(g, "e", ctx_for(arts("a6", "a7"), kinds=kinds))
    assert d is not None and {v.value for v in d.values} == {"ジッダ", "リヤド"}


# --------------------------------------------------------------------------- background numbers


def _vote(aid: str, amount: str, *, background: bool, date: str | None) -> Event:
    return ev(
        aid,
        1,
        type="OTHER",
        trigger="通過",
        actors=[],
        recipients=["house"],
        date=date,
        attributes=[("amount", amount)],
        background=background,
    )


def test_a_dated_background_mention_carries_the_events_number() -> None:
    # 「予算案は4日、総額を3437億円減らす修正をしたうえで衆院を通過していた」: background
    # (pluperfect), but its own date ties it to the vote, so its number counts.
    g = Group(
        [
            _vote("b3", "343700000000 円", background=True, date="2025-03-04"),
            _vote("b7", "~430000000000 円", background=False, date="2025-03-04"),
        ]
    )
    (d,) = check_numbers(g, "e", ctx_for(arts("b3", "b7")))
    assert {v.value for v in d.values} == {"343700000000 円", "~430000000000 円"}


@pytest.mark.parametrize("date_text", [None, "同日"])
def test_an_undated_or_derived_background_mention_is_not_compared(date_text: str | None) -> None:
    old = _vote("b3", "343700000000 円", background=True, date=None)
    if date_text:
        old = _vote("b3", "343700000000 円", background=True, date="2025-03-04")
        old = dataclasses.replace(
            old, mention=dataclasses.replace(old.mention, date_text=date_text)
        )
    g = Group([old, _vote("b7", "~430000000000 円", background=False, date="2025-03-04")])
    assert check_numbers(g, "e", ctx_for(arts("b3", "b7"))) == []


# --------------------------------------------------------------------------- coordinated clauses


def _tokens(sentence: str, spec: list[tuple[str, str, str, int]], index: int) -> list[Token]:
    """Tokens of ``sentence`` from (surface, pos, dep, head offset in the list)."""
    out, at = [], 0
    for i, (surface, pos, dep, head) in enumerate(spec):
        start = sentence.index(surface, at)
        at = start + len(surface)
        out.append(
            Token(
                i=i, sentence=index, start=start, end=at, surface=surface, lemma=surface,
                pos=pos, tag="", dep=dep, head=head,
            )
        )  # fmt: skip
    return out


def test_a_date_before_two_coordinated_clauses_dates_both() -> None:
    from storyline.stories.discrepancies import unreliable_dates

    sentence = "2024年12月25日、両社は基本合意書を結び、協議入りを発表した。"
    spec = [
        ("2024年12月25日", "NOUN", "obl", 4), ("両社", "NOUN", "nsubj", 7),
        ("基本合意書", "NOUN", "obj", 4), ("を", "ADP", "case", 2),
        ("結び", "VERB", "advcl", 7), ("協議入り", "NOUN", "obj", 7),
        ("を", "ADP", "case", 5), ("発表", "VERB", "ROOT", 7),
    ]  # fmt: skip
    kw = dict(date="2024-12-25", sentence=sentence, date_text="2024年12月25日")
    memo = replace_trigger(
        ev("n7", 1, type="AGREE", trigger="基本合意書", **kw),  # type: ignore[arg-type]
        sentence.index("基本合意書"),
    )
    news = replace_trigger(
        ev("n7", 1, type="OTHER", trigger="発表", **kw),  # type: ignore[arg-type]
        sentence.index("発表"),
    )
    page = dataclasses.replace(
        analysis(art("n7", sentence)), tokens=tuple(_tokens(sentence, spec, 1))
    )
    groups = [Group([memo]), Group([news])]
    assert unreliable_dates(groups, {"n7": page}) == frozenset()
    # Without the parse the shared date stays doubtful.
    assert len(unreliable_dates(groups)) == 2
    # A noun hung on another event's predicate (大統領令について…提起) is no clause of
    # its own: still doubtful.
    embedded = [(s, p, "nmod" if s == "基本合意書" else d, 7 if s == "基本合意書" else h)
                for s, p, d, h in spec]  # fmt: skip
    page2 = dataclasses.replace(page, tokens=tuple(_tokens(sentence, embedded, 1)))
    assert (memo.article_id, 1, memo.mention.trigger_start) in unreliable_dates(
        groups, {"n7": page2}
    )


def test_a_month_that_fits_both_days_is_no_side() -> None:
    g = Group(
        [
            ev("n1", 1, type="AGREE", date="2024-12", date_text="昨年12月"),
            ev("n5", 1, type="AGREE", date="2024-12-23"),
            ev("n7", 1, type="AGREE", date="2024-12-25"),
        ]
    )
    d = check_date(g, "e", ctx_for(arts("n1", "n5", "n7")))
    assert d is not None
    assert sorted(v.value for v in d.values) == ["2024-12-23", "2024-12-25"]


# --------------------------------------------------------------------------- background dates


def test_a_background_mention_with_its_own_date_supports_a_side() -> None:
    g = Group(
        [
            ev("a1", 1, date="2025-03-18"),
            ev("a6", 1, date="2025-03-18", background=True),  # 「18日の電話会談で」
            ev("a8", 1, date="2025-03-18", background=True),
            ev("blog", 1, date="2025-03-16"),
        ]
    )
    d = check_date(g, "e", ctx_for(arts("a1", "a6", "a8", "blog")))
    assert d is not None
    assert [(v.value, v.independent_sources) for v in d.values] == [
        ("2025-03-18", 3),
        ("2025-03-16", 1),
    ]


@pytest.mark.parametrize(
    ("odd", "why"),
    [
        (dict(background=True), "a side of background mentions only"),
        (dict(background=True, date_text="前日"), "a derived background date"),
    ],
)
def test_background_dates_alone_make_no_side(odd: dict[str, object], why: str) -> None:
    g = Group(
        [
            ev("a1", 1, date="2025-03-18"),
            ev("a2", 1, date="2025-03-18"),
            ev("x", 1, date="2025-03-16", **odd),  # type: ignore[arg-type]
        ]
    )
    assert check_date(g, "e", ctx_for(arts("a1", "a2", "x"))) is None, why


def _recall(**kw: object) -> Event:
    """Seed 000's kind of mention: the call recalled in a count of occasions after its noun."""
    sentence = "両首脳の電話会談は今年に入り2月12日と3月18日の2回が公表されている。"
    base: dict[str, object] = dict(
        date="2025-03-18", background=True, date_text="3月18日", sentence=sentence, mode="phone"
    )
    return ev("reuters", 1, **(base | kw))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("recall", "flagged", "why"),
    [
        (_recall(), True, "a recall with the month and day written out dates the call"),
        (_recall(date_text="18日"), False, "no month written: it may be another day's call"),
        (_recall(recipients=()), False, "the parties must be the same two"),
        (_recall(mode=None), False, "a meeting is not the phone call"),
    ],
)
def test_a_counted_recall_is_a_side_against_a_page_telling_the_call(
    recall: Event, flagged: bool, why: str
) -> None:
    told = ev("blog", 1, date="2025-03-14", mode="phone")
    d = check_date(Group([told, recall]), "e", ctx_for(arts("blog", "reuters")))
    assert (d is not None) is flagged, why
    if d is not None:
        assert sorted(v.value for v in d.values) == ["2025-03-14", "2025-03-18"]
