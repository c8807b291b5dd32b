"""The two seed pages together (read from ../shared/seeds, never copied): one story, and the
前大統領 title flagged with a sentence from each side. Uses the nlp layer without a parser
(no GiNZA): actors and times are enough for grouping and the role check."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.config import Settings
from storyline.models import Rejected

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"


@pytest.fixture(scope="module")
def stories():  # type: ignore[no-untyped-def]
    from storyline import extract, ingest, nlp
    from storyline.stories import build_stories

    paths = sorted(SEEDS.glob("0*.txt"))
    if len(paths) != 2:
        pytest.skip("the seeds are not at ../shared/seeds")
    settings = Settings()
    articles = []
    for item in ingest.iter_inputs([str(p) for p in paths], settings=settings.ingest):
        assert not isinstance(item, Rejected)
        article = extract.extract_article(item, settings=settings.extract)
        assert not isinstance(article, Rejected)
        articles.append(article)
    kb = nlp.load_kb()
    analyses = [nlp.analyze_article(a, settings=settings.nlp, parser=None, kb=kb) for a in articles]
    return articles, build_stories(
        articles, analyses, [], role_check=lambda e, t, d: kb.held(e, t, on=d)
    )


def test_one_story_with_the_title_flagged(stories) -> None:  # type: ignore[no-untyped-def]
    articles, found = stories
    assert len(found) == 1 and set(found[0].article_ids) == {a.id for a in articles}
    roles = [d for d in found[0].discrepancies if d.kind == "role"]
    assert [d.entity for d in roles] == ["donald_trump"]
    wrong, right = roles[0].values[:2]
    blog = next(a for a in articles if a.published is None)
    news = next(a for a in articles if a.published is not None)
    assert wrong.value == "前大統領" and wrong.article_ids == (blog.id,)
    assert right.value == "大統領" and news.id in right.article_ids
    assert all(s in blog.body for s in wrong.evidence)
    assert any(s in news.body for s in right.evidence)


@pytest.fixture(scope="module")
def with_events():  # type: ignore[no-untyped-def]
    """The seeds through the whole chain with GiNZA: articles, their events and the stories."""
    from storyline import events, extract, ingest, nlp
    from storyline.stories import build_stories

    paths = sorted(SEEDS.glob("0*.txt"))
    if len(paths) != 2:
        pytest.skip("the seeds are not at ../shared/seeds")
    settings = Settings()
    kb = nlp.load_kb()
    parser = nlp.load_parser_for(settings.nlp)
    articles, analyses = [], []
    for item in ingest.iter_inputs([str(p) for p in paths], settings=settings.ingest):
        assert not isinstance(item, Rejected)
        article = extract.extract_article(item, settings=settings.extract)
        assert not isinstance(article, Rejected)
        articles.append(article)
        analyses.append(nlp.analyze_article(article, settings=settings.nlp, parser=parser, kb=kb))
    found = [e for a in analyses for e in events.extract_events(a)]
    return articles, build_stories(
        articles, analyses, found, role_check=lambda e, t, d: kb.held(e, t, on=d)
    )


@pytest.mark.model
def test_the_call_date_disagreement_is_flagged_with_both_sides(with_events) -> None:  # type: ignore[no-untyped-def]
    articles, found = with_events
    assert len(found) == 1
    blog = next(a for a in articles if a.published is None)
    news = next(a for a in articles if a.published is not None)
    dates = [d for d in found[0].discrepancies if d.kind == "date"]
    sides = [{v.value: v for v in d.values} for d in dates]
    hit = [s for s in sides if {"2025-03-14", "2025-03-18"} <= set(s)]
    assert hit, [(d.kind, [(v.value, v.article_ids) for v in d.values]) for d in dates]
    march14, march18 = hit[0]["2025-03-14"], hit[0]["2025-03-18"]
    assert march14.article_ids == (blog.id,) and march18.article_ids == (news.id,)
    assert all(s in blog.body for s in march14.evidence) and march14.evidence
    assert all(s in news.body for s in march18.evidence) and march18.evidence


@pytest.mark.model
def test_the_undated_19th_call_is_not_merged_into_march(with_events) -> None:  # type: ignore[no-untyped-def]
    articles, found = with_events
    blog = next(a for a in articles if a.published is None)
    for event in found[0].events:
        blog_mentions = [m for m in event.mentions if m.article_id == blog.id]
        if any("19日" in m.sentence for m in blog_mentions) and event.type == "CONSULT":
            assert not (event.date or "").startswith("2025-03"), event
