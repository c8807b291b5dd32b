"""Role check (stories/roles.py): titles against the knowledge base at the time of writing."""

from __future__ import annotations

from datetime import date

import pytest
from stories_helpers import analysis, art, mention

from storyline.models import AnalyzedArticle, Article
from storyline.stories.roles import check_roles
from storyline.stories.sources import origins

# A fake knowledge base: Trump president from 2025-01-20, Biden until then.
_TERMS = {"donald_trump": ("2025-01-20", None), "joe_biden": ("2021-01-20", "2025-01-20")}


def role_check(entity: str, title: str, day: str) -> bool | None:
    if entity not in _TERMS or not title.endswith("大統領"):
        return None
    start, end = _TERMS[entity]
    sitting = start <= day and (end is None or day < end)
    if title.startswith(("前", "元")):
        return end is not None and end <= day
    return sitting


def page(
    aid: str, body: str, surface: str, entity: str, title: str, published: str | None
) -> tuple[Article, AnalyzedArticle]:
    a = art(aid, body, published=published)
    return a, analysis(a, actors=[mention(body, surface, entity, title=title)])


@pytest.mark.parametrize(
    ("surface", "entity", "title", "published", "flag"),
    [
        ("トランプ前大統領", "donald_trump", "前大統領", "2025-03-19", True),  # sitting president
        ("トランプ大統領", "donald_trump", "大統領", "2025-03-19", False),
        ("バイデン前大統領", "joe_biden", "前大統領", "2025-02-08", False),  # left on 01-20
        ("バイデン大統領", "joe_biden", "大統領", "2025-01-04", False),  # still in office then
        ("バイデン大統領", "joe_biden", "大統領", "2025-02-08", True),
        ("トランプ会長", "donald_trump", "会長", "2025-03-19", False),  # unknown to the base
    ],
)
def test_role_table(surface: str, entity: str, title: str, published: str, flag: bool) -> None:
    body = f"{surface}は声明を出した。"
    a, an = page("x", body, surface, entity, title, published)
    found = check_roles(
        [an], [], ref_day=_days([a]), role_check=role_check, origin_of=origins([a]), names={}
    )
    assert bool(found) is flag
    if flag:
        assert found[0].kind == "role" and found[0].entity == entity
        assert found[0].values[0].value == title
        assert found[0].values[0].evidence == (body,)


def _days(articles: list[Article]) -> dict[str, date | None]:
    return {a.id: date.fromisoformat(a.published[:10]) if a.published else None for a in articles}


def test_wrong_title_is_shown_beside_the_confirmed_one() -> None:
    a, an = page(
        "news", "トランプ大統領は述べた。", "トランプ大統領", "donald_trump", "大統領", "2025-03-19"
    )
    b, bn = page(
        "blog", "トランプ前大統領は述べた。", "トランプ前大統領", "donald_trump", "前大統領", None
    )
    days = _days([a, b])
    days["blog"] = days["news"]  # an undated page speaks from the latest day it reports
    (d,) = check_roles(
        [an, bn],
        [],
        ref_day=days,
        role_check=role_check,
        origin_of=origins([a, b]),
        names={"donald_trump": "Donald Trump"},
    )
    assert [(v.value, v.article_ids) for v in d.values] == [
        ("前大統領", ("blog",)),
        ("大統領", ("news",)),
    ]
    assert [v.kb for v in d.values] == ["contradicted", "confirmed"]
    assert "Donald Trump" in d.explanation


def test_undated_page_without_any_date_is_not_judged() -> None:
    b, bn = page(
        "blog", "トランプ前大統領は述べた。", "トランプ前大統領", "donald_trump", "前大統領", None
    )
    assert (
        check_roles(
            [bn],
            [],
            ref_day={"blog": None},
            role_check=role_check,
            origin_of=origins([b]),
            names={},
        )
        == []
    )


def test_unknown_title_contradicted_by_an_exclusive_one() -> None:
    def company(entity: str, title: str, day: str) -> bool | None:
        return True if title == "社長" else None  # the base knows only his 社長 role

    a, an = page("blog", "三部会長は会見した。", "三部会長", "mibe", "会長", "2025-02-13")
    args = dict(ref_day=_days([a]), role_check=company, origin_of=origins([a]), names={})
    assert check_roles([an], [], **args) == []  # type: ignore[arg-type]
    (d,) = check_roles([an], [], exclusive=[frozenset({"社長", "会長"})], **args)  # type: ignore[arg-type]
    assert d.values[0].value == "会長"
