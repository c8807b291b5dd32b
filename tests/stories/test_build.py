"""build_stories end to end on hand-built inputs, story_to_json against the contract schema,
independent sources and incremental grouping."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from stories_helpers import analysis, art, ev, mention

from storyline.models import AnalyzedArticle, Article, Story
from storyline.stories import build_stories, producer_name, story_to_json
from storyline.stories.sources import count_sources, origins

SCHEMA = Path(__file__).resolve().parents[2] / "src/storyline/report/schema/output-v1.schema.json"

# Two made-up topics, written for these tests.
CALL = (
    "トランプ大統領とプーチン大統領が電話会談を行い、ウクライナのエネルギー施設への攻撃を停止する"
    "ことで合意した。ロシア大統領府によると、会談は長時間に及んだ。停戦交渉は中東で始まる見通しだ。"
)
CALL2 = (
    "ロシア大統領府は、プーチン大統領がトランプ大統領との電話会談でエネルギー施設への攻撃停止に"
    "応じたと発表した。ウクライナ側は全面停戦を求めている。停戦交渉の行方が焦点となる。"
)
FIRE = (
    "岩手県の山林で火災が発生し、強風で燃え広がった。消防によると焼失面積は拡大を続けており、"
    "住民に避難指示が出ている。山林火災の鎮圧には時間がかかる見通しだ。"
)
FIRE2 = (
    "山林火災の延焼が続き、避難指示の対象が広がった。岩手県は自衛隊に災害派遣を要請した。"
    "消防は焼失面積の把握を急いでいる。"
)


def role_check(entity: str, title: str, day: str) -> bool | None:
    if entity != "donald_trump":
        return None
    return not title.startswith("前") if day >= "2025-01-20" else None


def corpus() -> tuple[list[Article], list[AnalyzedArticle]]:
    articles = [
        art("call1", CALL),
        art("call2", CALL2, published="2025-03-20T09:00:00+09:00"),
        art("copy", CALL, duplicate_of="call1"),
        art("blog", CALL.replace("トランプ大統領", "トランプ前大統領"), published=None),
        art("fire1", FIRE, published="2025-02-27T11:00:00+09:00"),
        art("fire2", FIRE2, published="2025-02-28T11:00:00+09:00"),
    ]
    analyses: list[AnalyzedArticle] = []
    for a in articles:
        actors = []
        for surface, entity, title in (
            ("トランプ前大統領", "donald_trump", "前大統領"),
            ("トランプ大統領", "donald_trump", "大統領"),
            ("プーチン大統領", "vladimir_putin", "大統領"),
            ("ウクライナ", "ukraine", None),
        ):
            if surface in a.body:
                actors.append(mention(a.body, surface, entity, title=title))
        analyses.append(analysis(a, actors=actors))
    return articles, analyses


def events() -> list[object]:
    return [
        ev("call1", 1, date="2025-03-18"),
        ev("copy", 1, date="2025-03-18"),
        ev("call2", 1, date="2025-03-18"),
        ev("blog", 1, date="2025-03-14"),
        ev("blog", 2, date=None, date_text="19日"),
        ev("call1", 2, date="2025-02-12", background=True),
    ]


@pytest.fixture(scope="module")
def stories() -> tuple[Story, ...]:
    articles, analyses = corpus()
    return build_stories(articles, analyses, events(), role_check=role_check)  # type: ignore[arg-type]


def test_two_topics_two_stories(stories: tuple[Story, ...]) -> None:
    assert sorted(sorted(s.article_ids) for s in stories) == [
        ["blog", "call1", "call2", "copy"],
        ["fire1", "fire2"],
    ]


def test_timeline_merges_flags_and_keeps_the_undated_call_apart(stories: tuple[Story, ...]) -> None:
    call = next(s for s in stories if "call1" in s.article_ids)
    by_date = {e.date: e for e in call.events}
    assert list(by_date) == ["2025-02-12", "2025-03-18", None]  # date order, undated last
    march = by_date["2025-03-18"]
    assert len(march.mentions) == 4 and march.sources == 3  # the copy counts once
    assert march.precision == "day" and by_date[None].precision == "unknown"
    assert [e.id for e in call.events] == [f"{call.id}-e{n}" for n in (1, 2, 3)]
    kinds = sorted(d.kind for d in call.discrepancies)
    assert kinds == ["date", "role"]
    date = next(d for d in call.discrepancies if d.kind == "date")
    assert date.event_id == march.id
    assert [v.value for v in date.values] == ["2025-03-18", "2025-03-14"]


def test_story_json_follows_the_contract(stories: tuple[Story, ...]) -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    story_schema = {"$defs": schema["$defs"], **schema["$defs"]["story"]}
    for s in stories:
        doc = story_to_json(s)
        jsonschema.validate(doc, story_schema)
        for e in doc["events"]:
            assert e["precision"] in {"day", "month", "year", "unknown"}
            assert isinstance(e["sources"], int)


def test_ids_are_stable_and_incremental_grouping_keeps_them() -> None:
    articles, analyses = corpus()
    first = build_stories(articles[:2], analyses[:2], [])
    again = build_stories(articles[:2], analyses[:2], [])
    assert [s.id for s in first] == [s.id for s in again]
    later = build_stories(articles, analyses, [], previous=first)
    old = first[0]
    grown = next(s for s in later if s.id == old.id)
    assert set(old.article_ids) < set(grown.article_ids)
    assert {"blog", "copy"} <= set(grown.article_ids)
    assert not any("fire1" in s.article_ids for s in later if s.id == old.id)


def test_previous_stories_are_never_merged_together() -> None:
    articles, analyses = corpus()
    previous = (
        Story(id="s-old-1", title="one", article_ids=("call1",)),
        Story(id="s-old-2", title="two", article_ids=("call2",)),
    )
    later = build_stories(articles, analyses, [], previous=previous)
    ids = {s.id for s in later}
    assert {"s-old-1", "s-old-2"} <= ids


@pytest.mark.parametrize(
    ("pages", "count"),
    [
        ([art("a"), art("b")], 2),
        ([art("a"), art("b", duplicate_of="a")], 1),
        ([art("a"), art("b", duplicate_of="a"), art("c", duplicate_of="b")], 1),  # a chain
        ([art("a", wire="共同通信"), art("b", wire="共同")], 1),  # one agency, two papers
        ([art("a", wire="ロイター"), art("b", wire="共同通信")], 2),
        ([art("a", wire="時事通信"), art("b", duplicate_of="a")], 1),  # a copy of a wire page
    ],
)
def test_independent_sources(pages: list[Article], count: int) -> None:
    assert count_sources([p.id for p in pages], origins(pages)) == count


def test_producer_name_has_both_versions() -> None:
    assert producer_name().startswith("stories/") and "+rules-" in producer_name()
    assert "+measures-" in producer_name()


def test_earlier_pages_not_passed_again_are_kept() -> None:
    articles, analyses = corpus()
    previous = (
        Story(id="s-old", title="calls", article_ids=("call1", "gone")),
        Story(id="s-lost", title="old", article_ids=("gone2",)),
    )
    later = build_stories(articles, analyses, [], previous=previous)
    by_id = {s.id: s for s in later}
    assert {"call1", "gone", "call2"} <= set(by_id["s-old"].article_ids)
    assert by_id["s-lost"] == previous[1]
