"""The stories stage: articles, analyses and events -> stories with timelines and disagreements.

:func:`build_stories` groups articles into developing stories (grouping.py), merges the event
mentions of each story into real events (merging.py, timeline.py), counts independent origins
(sources.py) and checks where the sources disagree on a date, a number, a place (discrepancies.py),
a title (roles.py) or who said a quote (quotes.py). :func:`story_to_json` gives the contract
form. The stage reads only shared models; the knowledge base reaches it as ``role_check``.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from storyline.models import (
    AnalyzedArticle,
    Article,
    Discrepancy,
    Event,
    Participant,
    Story,
    StoryEvent,
)
from storyline.stories.dates import as_date, parse_date
from storyline.stories.discrepancies import (
    Context,
    check_date,
    check_numbers,
    check_place,
    unreliable_dates,
)
from storyline.stories.grouping import central, cluster, features, reference_day, similarity_matrix
from storyline.stories.measures import check_measures, covered, load_measures
from storyline.stories.merging import merge_events
from storyline.stories.quotes import check_attribution
from storyline.stories.roles import check_roles
from storyline.stories.rules import Rules, load_rules
from storyline.stories.sources import origins
from storyline.stories.timeline import order_groups, story_event

__all__ = ["STORIES_VERSION", "build_stories", "producer_name", "story_to_json"]

#: Version of this stage's code; the rules file has its own (see :func:`producer_name`).
STORIES_VERSION = "2"

RoleCheck = Callable[[str, str, str], bool | None]


def producer_name() -> str:
    """``stories/{STORIES_VERSION}+rules-{rules version}+measures-{measures version}``."""
    return (
        f"stories/{STORIES_VERSION}+rules-{load_rules().version}+measures-{load_measures().version}"
    )


def _story_id(article_ids: Sequence[str]) -> str:
    # Stable: the same first article always names the same story; an incremental run keeps
    # earlier ids through ``previous``.
    return "s" + hashlib.sha256(min(article_ids).encode()).hexdigest()[:8]


def _ref_days(
    articles: Sequence[Article],
    analyses: Mapping[str, AnalyzedArticle],
    events: Sequence[Event],
) -> dict[str, date | None]:
    """Each page's reference day: publication day; for undated pages the latest date of the
    events it reports as happened, else the latest absolute date it states."""
    latest: dict[str, date] = {}
    for e in events:
        d = as_date(e.date)
        if d is not None and e.status != "planned":
            latest[e.article_id] = max(d, latest.get(e.article_id, d))
    out: dict[str, date | None] = {}
    for a in articles:
        day = as_date(a.published)
        out[a.id] = day or latest.get(a.id) or reference_day(a, analyses.get(a.id))
    return out


def _complete_ref_days(
    arts: Sequence[Article],
    analyses: Mapping[str, AnalyzedArticle],
    ref_day: dict[str, date | None],
) -> None:
    """Give undated pages that state only month and day (3月31日) a reference day, in place:
    their latest such date in the one year that the story's dated pages share; else the
    story's latest reference day (a page grouped into a story was written during it)."""
    known = [d for a in arts if (d := ref_day.get(a.id)) is not None]
    if not known:
        return
    years = {d.year for d in known}
    for a in arts:
        if ref_day.get(a.id) is not None:
            continue
        analysis = analyses.get(a.id)
        days: list[date] = []
        if len(years) == 1 and analysis is not None:
            year = next(iter(years))
            for t in analysis.times:
                pd = parse_date(t.value) if t.type == "date" else None
                if pd is not None and pd.year is None and pd.month and pd.day:
                    try:
                        days.append(date(year, pd.month, pd.day))
                    except ValueError:
                        continue
        ref_day[a.id] = max(days) if days else max(known)


def _kinds(analyses: Sequence[AnalyzedArticle]) -> dict[str, str]:
    kinds: dict[str, str] = {}
    for a in analyses:
        for m in a.actors:
            for k in (m.entity, m.name, m.surface):
                kinds.setdefault(k, m.kind)
    return kinds


def _group_articles(
    articles: Sequence[Article],
    analyses: Mapping[str, AnalyzedArticle],
    previous: Sequence[Story],
    rules: Rules,
) -> list[tuple[str, list[Article], str | None]]:
    """(story id, articles, title) for each story."""
    feats = [features(a, analyses.get(a.id)) for a in articles]
    fixed = {aid: s.id for s in previous for aid in s.article_ids}
    forced = {a.id: a.duplicate_of for a in articles if a.duplicate_of}
    sim = similarity_matrix(feats, rules)
    out = []
    for members in cluster(feats, rules=rules, fixed=fixed, forced=forced):
        arts = [articles[i] for i in members]
        old = next((fixed[a.id] for a in arts if a.id in fixed), None)
        sid = old or _story_id([a.id for a in arts])
        originals = [i for i in members if not articles[i].duplicate_of and articles[i].title]
        # A dated news page names the story better than an undated summary blog, whose
        # "everything about X" headline is often the most central text of all.
        originals = [i for i in originals if articles[i].published] or originals
        title = articles[central(originals, sim)].title if originals else None
        if title is None and old is not None:
            title = next((s.title for s in previous if s.id == old), None)
        out.append((sid, arts, title))
    return out


def build_stories(
    articles: Sequence[Article],
    analyses: Sequence[AnalyzedArticle],
    events: Sequence[Event],
    *,
    role_check: RoleCheck | None = None,
    previous: Sequence[Story] = (),
) -> tuple[Story, ...]:
    """Group ``articles`` into stories, merge their ``events`` into timelines and find where
    independent sources disagree.

    ``analyses`` and ``events`` may cover only some articles (missing ones give fewer
    signals). ``role_check(entity, title, day)`` says whether the knowledge base has the
    entity holding that title on that ISO day (None: unknown); without it no role check runs.
    ``previous`` are stories of an earlier run: their articles stay in them and their ids are
    kept; pass their articles again (from the store) so that new pages can be compared with
    them. Earlier pages not passed again stay listed in their story (an earlier story with
    none passed is returned unchanged), but give no signal. Returns the stories, largest
    first. Raises ConfigError only if the bundled rules file is broken.
    """
    rules = load_rules()
    by_id = {a.article_id: a for a in analyses}
    run = _Run(
        ctx=Context(
            origin_of=origins(articles), analyses=by_id, kinds=_kinds(analyses), rules=rules
        ),
        ref_day=_ref_days(articles, by_id, events),
        names=_names(analyses, events),
        role_check=role_check,
    )
    stories = []
    present = {a.id for a in articles}
    for sid, arts, title in _group_articles(articles, by_id, previous, rules):
        _complete_ref_days(arts, by_id, run.ref_day)
        story = _build_story(sid, arts, events, run)
        extra = _absent(sid, previous, present)
        ids = tuple(sorted(set(story.article_ids) | extra))
        stories.append(dataclasses.replace(story, title=title, article_ids=ids))
    # Earlier stories none of whose pages were passed again are kept as they were.
    done = {s.id for s in stories}
    stories.extend(s for s in previous if s.id not in done)
    stories.sort(key=lambda s: (-len(s.article_ids), s.id))
    return tuple(stories)


@dataclass(frozen=True, slots=True)
class _Run:
    """What every story of one call shares."""

    ctx: Context
    ref_day: dict[str, date | None]
    names: dict[str, str]
    role_check: RoleCheck | None


def _build_story(sid: str, arts: Sequence[Article], events: Sequence[Event], run: _Run) -> Story:
    """One story: its merged timeline and its disagreements (title set by the caller)."""
    ctx = run.ctx
    ids = {a.id for a in arts}
    evs = [e for e in events if e.article_id in ids]
    analyses = [ctx.analyses[a.id] for a in arts if a.id in ctx.analyses]
    merged = merge_events(evs, kinds=ctx.kinds, rules=ctx.rules, ref_day=run.ref_day)
    groups = order_groups(merged, ctx.origin_of)
    ambiguous = unreliable_dates(groups, ctx.analyses)
    timeline: list[StoryEvent] = []
    found: list[Discrepancy] = []
    for n, g in enumerate(groups, 1):
        eid = f"{sid}-e{n}"
        timeline.append(story_event(g, eid, ctx.origin_of))
        checks = (check_date(g, eid, ctx, ambiguous), check_place(g, eid, ctx))
        found.extend(d for d in checks if d)
        found.extend(check_numbers(g, eid, ctx))
    event_of = {
        (e.article_id, e.mention.sentence_index): f"{sid}-e{n}"
        for n, g in enumerate(groups, 1)
        for e in g.events
    }
    measured = check_measures(analyses, origin_of=ctx.origin_of, rules=ctx.rules, event_of=event_of)
    found.extend(d for d in measured if not covered(d, found))
    if run.role_check is not None:
        found.extend(
            check_roles(
                analyses,
                evs,
                ref_day=run.ref_day,
                role_check=run.role_check,
                origin_of=ctx.origin_of,
                names=run.names,
                exclusive=ctx.rules.exclusive_titles,
            )
        )
    found.extend(
        check_attribution(analyses, evs, rules=ctx.rules, origin_of=ctx.origin_of, names=run.names)
    )
    return Story(
        id=sid,
        title=None,
        article_ids=tuple(sorted(ids)),
        events=tuple(timeline),
        discrepancies=tuple(found),
    )


def _absent(sid: str, previous: Sequence[Story], present: set[str]) -> set[str]:
    """Pages of the earlier story ``sid`` that were not passed again: they stay in it."""
    return {a for s in previous if s.id == sid for a in s.article_ids if a not in present}


def _names(analyses: Sequence[AnalyzedArticle], events: Sequence[Event]) -> dict[str, str]:
    names: dict[str, str] = {}
    for a in analyses:
        for m in a.actors:
            names.setdefault(m.entity, m.name)
    for e in events:
        for p in (*e.actors, *e.recipients):
            names.setdefault(p.entity, p.name)
    return names


# --------------------------------------------------------------------------- JSON


def _person(p: Participant) -> dict[str, Any]:
    return {"name": p.name, "id": p.wikidata, "surface": p.surface}


def _event_json(e: StoryEvent) -> dict[str, Any]:
    return {
        "id": e.id,
        "type": e.type,
        "mode": e.mode,
        "trigger": e.trigger,
        "actors": [_person(p) for p in e.actors],
        "recipients": [_person(p) for p in e.recipients],
        "place": e.place,
        "date": {"value": e.date, "text": e.date_text},
        "status": e.status,
        "attributes": dict(e.attributes),
        "mentions": [
            {
                "article_id": m.article_id,
                "sentence": m.sentence,
                "start": m.start,
                "end": m.end,
                "claimed_by": m.claimed_by,
                "background": m.background,
            }
            for m in e.mentions
        ],
        "precision": e.precision,
        "sources": e.sources,
    }


def story_to_json(story: Story) -> dict[str, Any]:
    """The contract form of a story (``stories[]`` of output-v1.md), with the additions
    ``precision`` and ``sources`` on events and ``background`` on mentions."""
    return {
        "id": story.id,
        "title": story.title,
        "article_ids": list(story.article_ids),
        "events": [_event_json(e) for e in story.events],
        "discrepancies": [
            {
                "kind": d.kind,
                "event_id": d.event_id,
                "entity": d.entity,
                "explanation": d.explanation,
                "values": [
                    {
                        "value": v.value,
                        "article_ids": list(v.article_ids),
                        "independent_sources": v.independent_sources,
                        "evidence": list(v.evidence),
                    }
                    | ({"kb": v.kb} if v.kb else {})
                    for v in d.values
                ],
            }
            for d in story.discrepancies
        ],
    }
