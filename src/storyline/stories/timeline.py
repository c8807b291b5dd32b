"""A story's timeline: each merged group of mentions becomes one StoryEvent, in date order.

The event's date is the one the most independent origins give (then the more precise, then the
earlier); its place, trigger, mode and attribute values likewise by majority. Its status is
``occurred`` as soon as one mention reports it as having happened (a game announced as planned
and later reported played is one event that occurred), else the most common status.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from storyline.models import Event, EventStatus, Participant, StoryEvent
from storyline.stories.dates import contract_value, precision, sort_key
from storyline.stories.merging import Group, event_date
from storyline.stories.sources import count_sources


def _by_sources(
    pairs: Sequence[tuple[str, str]], origin_of: Mapping[str, str]
) -> list[tuple[str, int]]:
    """Values (value, article id) ranked by independent sources, then pages, then value."""
    ids: dict[str, set[str]] = {}
    for value, aid in pairs:
        ids.setdefault(value, set()).add(aid)
    # Pages break a tie of origins: two papers printing one wire report outweigh one blog.
    ranked = [(v, count_sources(a, origin_of), len(a)) for v, a in ids.items()]
    ranked.sort(key=lambda x: (-x[1], -x[2], x[0]))
    return [(v, n) for v, n, _ in ranked]


def _date(events: Sequence[Event], origin_of: Mapping[str, str]) -> tuple[str | None, str | None]:
    main = [e for e in events if not e.mention.background] or list(events)
    pairs = [(v, e.article_id) for e in main if (v := contract_value(event_date(e)))]
    if not pairs:
        return None, next((e.mention.date_text for e in main if e.mention.date_text), None)
    ranked = _by_sources(pairs, origin_of)
    top = ranked[0][1]
    best = min(
        (v for v, n in ranked if n == top),
        key=lambda v: (
            {"day": 0, "month": 1, "year": 2}.get(precision(v), 3),
            v.startswith("--"),
            v,
        ),
    )
    text = next((e.mention.date_text for e in main if contract_value(event_date(e)) == best), None)
    return best, text


def _status(events: Sequence[Event]) -> EventStatus:
    if any(e.status == "occurred" for e in events):
        return "occurred"
    return Counter(e.status for e in events).most_common(1)[0][0]


def _participants(lists: Sequence[Sequence[Participant]]) -> tuple[Participant, ...]:
    seen: dict[str, Participant] = {}
    for people in lists:
        for p in people:
            seen.setdefault(p.entity, p)
    return tuple(seen.values())


def _majority(values: Sequence[tuple[str, str]], origin_of: Mapping[str, str]) -> str | None:
    ranked = _by_sources(values, origin_of)
    return ranked[0][0] if ranked else None


def story_event(g: Group, event_id: str, origin_of: Mapping[str, str]) -> StoryEvent:
    """Assemble one timeline entry from a merged group."""
    evs = g.events
    date, date_text = _date(evs, origin_of)
    keys = sorted({k for e in evs for k, _ in e.attributes})
    attributes = tuple(
        (k, v)
        for k in keys
        if (
            v := _majority(
                [(val, e.article_id) for e in evs for kk, val in e.attributes if kk == k], origin_of
            )
        )
    )
    mode = _majority([(e.mode, e.article_id) for e in evs if e.mode], origin_of)
    return StoryEvent(
        id=event_id,
        type=g.type,
        trigger=_majority([(e.trigger, e.article_id) for e in evs], origin_of) or evs[0].trigger,
        status=_status(evs),
        mentions=tuple(sorted((e.mention for e in evs), key=lambda m: (m.article_id, m.start))),
        mode=mode,
        actors=_participants([e.actors for e in evs]),
        recipients=_participants([e.recipients for e in evs]),
        place=_majority([(e.place, e.article_id) for e in evs if e.place], origin_of),
        date=date,
        date_text=date_text,
        precision=precision(date),  # type: ignore[arg-type]
        attributes=attributes,
        sources=count_sources({e.article_id for e in evs}, origin_of),
    )


def order_groups(groups: Sequence[Group], origin_of: Mapping[str, str]) -> list[Group]:
    """Groups in timeline order: by their chosen date (undated last), then first mention."""

    def key(g: Group) -> tuple[tuple[int, int, int], str, int]:
        date, _ = _date(g.events, origin_of)
        first = min(g.events, key=lambda e: (e.article_id, e.mention.start))
        return sort_key(date), first.article_id, first.mention.start

    return sorted(groups, key=key)
